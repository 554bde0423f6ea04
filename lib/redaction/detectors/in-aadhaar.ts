import { verhoeffValid } from '../checksums';
import { digitsOnly, NATIONAL_ID, regexDetector } from '../detector';

// Indian Aadhaar numbers as printed on the card, 2345 6789 0123 (or with dashes): twelve digits, the first 2-9, the
// last a Verhoeff check digit. Twelve digits written together are too often other ids to be taken without the groups.
const SHAPE = /\d{4}[ -]\d{4}[ -]\d{4}/;

export const inAadhaarDetector = regexDetector({
  name: 'in_aadhaar',
  label: NATIONAL_ID,
  patterns: [/(?<![\w-])[2-9]\d{3}([ -])\d{4}\1\d{4}(?![\w-])/g],
  hints: [SHAPE],
  mayContain: (_text, facts) => facts.hasDigits(12),
  accept: (aadhaar) => verhoeffValid(digitsOnly(aadhaar)),
  canonical: digitsOnly,
});
