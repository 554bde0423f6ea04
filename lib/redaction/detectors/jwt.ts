import { regexDetector, SECRET } from '../detector';

// JSON Web Tokens: base64url header and payload that both start with {" (eyJ), and a signature (empty for alg none).
export const jwtDetector = regexDetector({
  name: 'jwt',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g],
  hints: ['eyJ'],
});
