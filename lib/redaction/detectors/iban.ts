import { mod97Valid } from '../checksums';
import { IBAN, type Detector, type Found } from '../detector';

// International bank account numbers, compact or in groups of four: the country's registered length and the mod 97
// check must both hold. When the groups run on ("DE89 3704 0044 0532 0130 00 1234"), the IBAN is the part that has
// its country's length.
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

const MAY_CONTAIN = /[A-Z]{2}\d{2}/;

function findIbans(text: string): Found[] {
  const found: Found[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const length = LENGTHS[m[0].slice(0, 2)];
    if (length === undefined) continue;
    // Walk to the character that completes the country's length; it must end a group.
    let characters = 0;
    let end = 0;
    while (end < m[0].length && characters < length) {
      if (m[0][end] !== ' ') characters++;
      end++;
    }
    if (characters < length || (end < m[0].length && m[0][end] !== ' ')) continue;
    const compact = m[0].slice(0, end).replace(/ /g, '');
    if (mod97Valid(compact)) found.push({ start: m.index, end: m.index + end, value: compact });
  }
  return found;
}

export const ibanDetector: Detector = {
  name: 'iban',
  type: IBAN.type,
  countKey: IBAN.countKey,
  hints: [MAY_CONTAIN],
  mayContain: (_text, facts) => facts.hasDigits(8),
  find: findIbans,
};
