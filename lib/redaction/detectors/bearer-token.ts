import { regexDetector, SECRET } from '../detector';

// "Authorization: Bearer <token>" and the like in logged requests. Only the token goes; a token is random, so it has
// a digit, which keeps prose such as "bearer of responsibilities" out.
export const bearerTokenDetector = regexDetector({
  name: 'bearer_token',
  label: SECRET,
  patterns: [/\bBearer\s+(?<value>[A-Za-z0-9._~+/-]{16,}=*)/dgi],
  hints: ['earer', 'EARER'],
  accept: (token) => /\d/.test(token),
});
