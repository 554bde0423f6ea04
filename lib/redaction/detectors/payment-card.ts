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

export const paymentCardDetector: Detector = {
  type: 'CARD',
  countKey: 'payment_card',
  // 13-19 digits, optionally grouped by single spaces or dashes, not part of a longer number.
  pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
  mayContain: (text) => /\d{4}/.test(text),
  isValid: (match) => {
    const digits = match.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && luhnValid(digits);
  },
};
