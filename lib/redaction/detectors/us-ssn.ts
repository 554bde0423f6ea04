import { digitsOnly, NATIONAL_ID, regexDetector } from '../detector';

// US Social Security numbers: area 001-899 except 666, group 01-99, serial 0001-9999, written 123-45-6789 or
// 123 45 6789 with the same separator twice; nine digits together only after "SSN" or "social security number".
const AREA_GROUP_SERIAL = String.raw`(?!000|666|9)\d{3}(?<separator>[- ]?)(?!00)\d{2}\k<separator>(?!0000)\d{4}`;

// Written with separators, or nine digits together (after a label).
const SHAPE = /\d{3}[- ]\d{2}[- ]\d{4}/;
const NINE_DIGITS = /\d{9}/;

export const usSsnDetector = regexDetector({
  name: 'us_ssn',
  label: NATIONAL_ID,
  patterns: [
    /(?<![\w-])(?!000|666|9)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g,
    new RegExp(String.raw`\b(?:ssn|social security(?: number| no\.?)?)\s?[:#]?\s?(?<value>${AREA_GROUP_SERIAL})(?![\w-])`, 'dgi'),
  ],
  hints: [SHAPE, NINE_DIGITS],
  mayContain: (_text, facts) => facts.hasDigits(9),
  canonical: digitsOnly,
});
