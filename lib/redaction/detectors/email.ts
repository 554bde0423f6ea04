import { EMAIL, type Detector, type Found } from '../detector';

// Addresses with a dotted domain and an alphabetic top-level domain (user@localhost is not one). Found from each "@"
// outwards rather than by a pattern tried at every position: text is mostly letters, and only the "@" is rare.
// The local part is taken whole (up to 64 characters, as RFC 5321 allows); case does not make a new address.
const isLocalPart = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
const DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9])/y;

function findEmails(text: string): Found[] {
  const found: Found[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let start = at;
    while (start > 0 && isLocalPart(text.charCodeAt(start - 1))) start--;
    if (start === at || at - start > 64) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    found.push({ start, end, value: text.slice(start, end).toLowerCase() });
    from = end;
  }
  return found;
}

export const emailDetector: Detector = {
  name: 'email',
  type: EMAIL.type,
  countKey: EMAIL.countKey,
  hints: ['@'],
  find: findEmails,
};
