// What account operations refuse, by kind; route handlers map the kind to an HTTP status (lib/http/api-error.ts).
export type AccountErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'gone';

export class AccountError extends Error {
  constructor(readonly kind: AccountErrorKind, message: string) {
    super(message);
    this.name = 'AccountError';
  }
}
