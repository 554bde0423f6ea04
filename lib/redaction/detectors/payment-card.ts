import type { Detector } from '../detector';

/** The Luhn checksum every payment card number satisfies; random 16-digit ids fail it nine times in ten. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Issuer prefixes and lengths of the card networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay,
// Maestro): a Luhn-valid run of digits that no network issues is an id, not a card.
const NETWORKS: readonly (readonly [RegExp, readonly number[]])[] = [
  [/^4/, [13, 16, 19]],
  [/^(5[1-5]|2(2[2-9][1-9]|[3-6]\d\d|7[01]\d|720))/, [16]],
  [/^3[47]/, [15]],
  [/^(6011|65|64[4-9])/, [16, 19]],
  [/^35(2[89]|[3-8]\d)/, [16, 19]],
  [/^3(0[0-5]|[68])/, [14, 16, 19]],
  [/^62/, [16, 17, 18, 19]],
  [/^(50|5[6-9]|6\d)/, [12, 13, 14, 15, 16, 17, 18, 19]],
];

function issuedByANetwork(digits: string): boolean {
  return NETWORKS.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length));
}

export const paymentCardDetector: Detector = {
  type: 'CARD',
  countKey: 'payment_card',
  // 13-19 digits, optionally grouped by single spaces or dashes, not part of a longer number.
  pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
  mayContain: (text) => /\d{4}/.test(text),
  isValid: (match) => {
    const digits = match.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && issuedByANetwork(digits) && luhnValid(digits);
  },
};
