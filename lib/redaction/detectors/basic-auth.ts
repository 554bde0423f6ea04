import { regexDetector, SECRET } from '../detector';

/** Whether the base64 text decodes to "user:password" in printable ASCII, as Basic credentials do. */
function isEncodedCredentials(encoded: string): boolean {
  try {
    return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(atob(encoded));
  } catch {
    return false;
  }
}

// "Authorization: Basic dXNlcjpwYXNz": the base64 is the user name and password themselves.
export const basicAuthDetector = regexDetector({
  name: 'basic_auth',
  label: SECRET,
  patterns: [/\bBasic\s+(?<value>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/dgi],
  hints: ['asic', 'ASIC'],
  accept: isEncodedCredentials,
});
