/** A project's stored settings cannot be used (invalid document, or the metadata store is unreachable). */
export class ProjectSettingsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProjectSettingsError';
  }
}
