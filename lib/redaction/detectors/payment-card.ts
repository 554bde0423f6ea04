import { luhnValid } from '../checksums';
import { CARD, type Detector, type Found } from '../detector';

// Payment card numbers: 13 to 19 digits, written together or in groups separated by single spaces or dashes, that
// pass Luhn and belong to a card network's issued ranges (a Luhn-valid run of digits that no network issues is an id).
// A run of digit groups is searched from each group boundary, so "order 12 4111 1111 1111 1111" still finds the card;
// a single unbroken run is taken whole, so a 20-digit id or a nanosecond timestamp never yields a card from its middle.

// Prefixes and lengths: Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay.
const NETWORKS: readonly (readonly [RegExp, readonly number[]])[] = [
  [/^4/, [13, 16, 19]],
  [/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, [16]],
  [/^3[47]/, [15]],
  [/^(6011|65|64[4-9])/, [16, 19]],
  [/^35(2[89]|[3-8]\d)/, [16, 19]],
  [/^3(0[0-5]|09|[689])/, [14, 16, 19]],
  [/^62/, [16, 17, 18, 19]],
  [/^(50|5[6-9]|6\d)/, [12, 13, 14, 15, 16, 17, 18, 19]],
  [/^220[0-4]/, [16, 17, 18, 19]],
  [/^(60|65|81|82|508)/, [16]],
];

export function isCardNumber(digits: string): boolean {
  return (
    digits.length >= 13 &&
    digits.length <= 19 &&
    !/^(\d)\1+$/.test(digits) &&
    NETWORKS.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length)) &&
    luhnValid(digits)
  );
}

// Runs of at least 13 digits, with single spaces or dashes between them; shorter runs are never looked at.
const DIGIT_GROUPS = /\d(?:[ -]?\d){12,}/g;
const GROUP = /\d+/g;
// What every card find has: 13 digits together, or a group of at least 4 digits followed by another of at least 4
// (or 9 followed by any): far cheaper than the scan, and dates, times and amounts do not pass it.
const MAY_CONTAIN = /\d{13}|\d{4}[ -]\d{4}|\d{9}[ -]\d/;

function findCards(text: string): Found[] {
  const found: Found[] = [];
  DIGIT_GROUPS.lastIndex = 0;
  for (let run = DIGIT_GROUPS.exec(text); run !== null; run = DIGIT_GROUPS.exec(text)) {
    const groups: { start: number; digits: string }[] = [];
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(run[0]); g !== null; g = GROUP.exec(run[0])) groups.push({ start: run.index + g.index, digits: g[0] });
    for (let first = 0; first < groups.length; first++) {
      let digits = '';
      let last = -1;
      let lastDigits = '';
      for (let j = first; j < groups.length; j++) {
        const group = groups[j] as { start: number; digits: string };
        // Cards are written in groups of four to six (4-4-4-4, 4-6-5); only the last group may be shorter, so a list
        // of small numbers ("5 8 12 40 ...") never adds up to a card.
        if (j > first && (groups[j - 1] as { digits: string }).digits.length < 4) break;
        digits += group.digits;
        if (digits.length > 19) break;
        if (isCardNumber(digits)) {
          last = j;
          lastDigits = digits;
        }
      }
      if (last !== -1) {
        const end = groups[last] as { start: number; digits: string };
        found.push({ start: (groups[first] as { start: number }).start, end: end.start + end.digits.length, value: lastDigits });
        first = last;
      }
    }
  }
  return found;
}

export const paymentCardDetector: Detector = {
  name: 'payment_card',
  type: CARD.type,
  countKey: CARD.countKey,
  hints: [MAY_CONTAIN],
  mayContain: (_text, facts) => facts.hasDigits(13),
  find: findCards,
};
