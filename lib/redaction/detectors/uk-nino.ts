import { NATIONAL_ID, regexDetector } from '../detector';

// UK National Insurance numbers: two letters (never D, F, I, Q, U, V; the second never O; never the unused pairs BG,
// GB, KN, NK, NT, TN, ZZ), six digits, and a suffix A-D, with or without spaces: AB 12 34 56 C.
const SHAPE = /\d{2} ?\d{2} ?\d{2} ?[A-D]/;

export const ukNinoDetector = regexDetector({
  name: 'uk_nino',
  label: NATIONAL_ID,
  patterns: [/(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g],
  hints: [SHAPE],
  mayContain: (_text, facts) => facts.hasDigits(6),
  canonical: (nino) => nino.replace(/ /g, ''),
});
