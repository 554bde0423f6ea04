import { regexDetector, SECRET } from '../detector';

// Passwords in URLs: postgres://app:s3cret@db:5432/prod, https://user:token@host/. The scheme and user stay readable
// (they help debugging); the password is replaced. " ?" before a slash accepts the JSON-escaped form :\/\/.
export const urlCredentialsDetector = regexDetector({
  name: 'url_credentials',
  label: SECRET,
  patterns: [/: ?\/ ?\/[^\s/:@"'\\]{1,256}:(?<value>[^\s/@"'\\]{1,256})@/dg],
  hints: ['://', ':\\/\\/'],
});
