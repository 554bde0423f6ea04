// Slugs name organisations and projects in URLs. Project slugs share the first path segment with the app's own pages,
// so those words are reserved.
import { AccountError } from './account-error';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const RESERVED_SLUGS = new Set([
  'api', 'app', 'orgs', 'org', 'settings', 'sign-in', 'sign-out', 'signin', 'setup', 'invite', 'account', 'admin',
  'static', 'public', 'favicon.ico', 'favicon.svg', 'robots.txt', 'health', 'v1', 'new', '_next',
]);

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return base || 'project';
}

export function checkSlug(slug: string): string {
  if (!SLUG_PATTERN.test(slug)) throw new AccountError('invalid', `"${slug}" is not a usable slug: lower-case letters, digits and dashes, starting with a letter or digit, at most 63 characters.`);
  if (RESERVED_SLUGS.has(slug)) throw new AccountError('invalid', `"${slug}" is reserved for Tokenmeter's own pages; choose another slug.`);
  return slug;
}

/** `base`, or `base-2`, `base-3`, ... : the first that `taken` says is free. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = RESERVED_SLUGS.has(base) ? `${base}-project` : base;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 58)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new AccountError('conflict', `No free slug near "${base}"; give one explicitly.`);
}

export function cleanName(name: string, what: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new AccountError('invalid', `The ${what} needs a name.`);
  if (trimmed.length > 80) throw new AccountError('invalid', `The ${what} name is too long (at most 80 characters).`);
  return trimmed;
}
