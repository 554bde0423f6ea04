import { regexDetector, SECRET } from '../detector';

// PEM and OpenSSH private keys (-----BEGIN RSA PRIVATE KEY----- ... -----END RSA PRIVATE KEY-----) and PGP private key
// blocks. A block cut short (attribute values are often truncated by the SDK) is redacted up to where its base64
// body stops. The body never contains a double quote, so a find never leaves the JSON string it starts in.
const BODY = String.raw`[A-Za-z0-9+/=\s:,.()-]`;
const MARKER = String.raw`(?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----`;

export const privateKeyBlockDetector = regexDetector({
  name: 'private_key_block',
  label: SECRET,
  patterns: [new RegExp(`-----BEGIN ${MARKER}${BODY}*?(?:-----END ${MARKER}|(?!${BODY}))`, 'g')],
  hints: ['PRIVATE KEY'],
  // The same key written with real newlines or inside JSON (blanked "\n") is one value.
  canonical: (block) => block.replace(/\s+/g, ''),
});
