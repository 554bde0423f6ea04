// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes), which follow OWASP's recommendation.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when an account does not exist keeps the answer's timing from telling which emails exist.
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hash('tokenmeter-decoy-password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 512) return 'Use at most 512 characters.';
  if (email && password.toLowerCase() === email.toLowerCase()) return 'The password must differ from the email address.';
  return undefined;
}
