import { NATIONAL_ID, regexDetector } from '../detector';

// Spanish DNI (12345678Z) and NIE (X1234567L) numbers: the letter is a check on the digits (number mod 23), so a
// random "eight digits and a letter" passes one time in 23.
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function checkLetterValid(id: string): boolean {
  const compact = id.replace(/[ -]/g, '').toUpperCase();
  const digits = compact.slice(0, -1).replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2');
  return LETTERS[Number(digits) % 23] === compact.slice(-1);
}

const SHAPE = /\d{7}[ -]?[A-Z]/;

export const esDniDetector = regexDetector({
  name: 'es_dni',
  label: NATIONAL_ID,
  patterns: [/(?<![\w-])(?:\d{8}|[XYZ]-?\d{7})[ -]?[A-Z](?![\w-])/g],
  hints: [SHAPE],
  mayContain: (_text, facts) => facts.hasDigits(7),
  accept: checkLetterValid,
  canonical: (id) => id.replace(/[ -]/g, ''),
});
