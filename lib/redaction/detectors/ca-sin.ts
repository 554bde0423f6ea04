import { luhnValid } from '../checksums';
import { digitsOnly, NATIONAL_ID, regexDetector } from '../detector';

// Canadian Social Insurance Numbers, written 046 454 286 or 046-454-286: nine digits that pass Luhn. 0 and 8 are
// not issued as first digits.
const SHAPE = /\d{3}[ -]\d{3}[ -]\d{3}/;

export const caSinDetector = regexDetector({
  name: 'ca_sin',
  label: NATIONAL_ID,
  patterns: [/(?<![\w-])[1-79]\d{2}([ -])\d{3}\1\d{3}(?![\w-])/g],
  hints: [SHAPE],
  mayContain: (_text, facts) => facts.hasDigits(9),
  accept: (sin) => luhnValid(digitsOnly(sin)),
  canonical: digitsOnly,
});
