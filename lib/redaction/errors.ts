/** A project's redaction settings cannot be used; the message names the rule and says why, never quoting its content. */
export class RedactionConfigError extends Error {
  constructor(
    message: string,
    readonly ruleName?: string,
  ) {
    super(message);
    this.name = 'RedactionConfigError';
  }
}
