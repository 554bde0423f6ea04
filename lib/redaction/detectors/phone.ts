import { anyOf, digitsOnly, PHONE, regexDetector } from '../detector';
import type { TextFacts } from '../text-facts';

// Phone numbers in the forms people write them, and nothing that merely has many digits: a find needs a + country
// code, the North American shape, a national trunk 0 with separators, or a label such as "phone:". Dates, times,
// versions, amounts and long ids fit none of these, and the digit count is checked (E.164 allows at most 15).
// Plain runs of digits (4155550132) are left alone unless labelled: they are as often order numbers as phones.
const NOT_AFTER = String.raw`(?<![\w+.-])`;
const NOT_BEFORE = String.raw`(?![\w.-]?\d)`;
const digitCount = (value: string) => digitsOnly(value).length;
const DATE = /\d{2}([./-])\d{2}\1(?:19|20)\d{2}/;
// Hints, one per form: far cheaper than the search, and a date or a time matches none of them. They start with a
// digit (or are a single character) so that the scan skips everything else quickly.
const LABELS = ['phone', 'tel', 'mobile', 'cell', 'fax', 'whatsapp', 'sms'];
const NORTH_AMERICAN_TAIL = /\d{3}[ .-]\d{4}/;
const TRUNK_ZERO = /0(?<!\d0)[1-9]\d{0,3}\)?[ .-]\d{2}/;
// A labelled number written in a form none of the others covers has seven digits together (030/1234567, 4155550132).
const SEVEN_DIGITS = /\d{7}/;
const enoughDigits = (_text: string, facts: TextFacts) => facts.hasDigits(7);

const parts = [
  // +44 20 7946 0958, +1 (415) 555-0132, +49-30-1234567, +44 (0)20 7946 0958, +14155550132
  regexDetector({
    name: 'phone_international',
    label: PHONE,
    patterns: [new RegExp(String.raw`${NOT_AFTER}\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){1,4}[ .-]?\d{2,4}${NOT_BEFORE}`, 'g')],
    hints: ['+'],
    mayContain: enoughDigits,
    accept: (value) => digitCount(value) >= 8 && digitCount(value) <= 15,
  }),
  // (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132, 1-800-555-0199: area code and exchange start with 2-9.
  regexDetector({
    name: 'phone_north_american',
    label: PHONE,
    patterns: [new RegExp(String.raw`${NOT_AFTER}(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}${NOT_BEFORE}`, 'g')],
    hints: [NORTH_AMERICAN_TAIL],
    mayContain: enoughDigits,
  }),
  // National numbers with a trunk 0: 020 7946 0958, 07700 900123, 01 23 45 67 89, (030) 1234567, 06-12345678.
  regexDetector({
    name: 'phone_national',
    label: PHONE,
    patterns: [new RegExp(String.raw`${NOT_AFTER}(?:\(0[1-9]\d{0,3}\)|0[1-9]\d{0,3})(?:[ .-]\d{2,8}){1,4}${NOT_BEFORE}`, 'g')],
    hints: [TRUNK_ZERO],
    mayContain: enoughDigits,
    accept: (value) => digitCount(value) >= 9 && digitCount(value) <= 12 && !DATE.test(value),
  }),
  // Labelled numbers in any shape: "phone: 4155550132", "Tel. 030/1234567", "mobile number 07700900123".
  regexDetector({
    name: 'phone_labelled',
    label: PHONE,
    patterns: [/\b(?:phone|tel|telephone|mobile|cell|fax|whatsapp|sms)\b(?:\s?(?:no\.?|number|#))?\.?\s?[:=#]?\s?(?<value>\+?\(?\d[\d ()/.-]{5,18}\d)(?![\w.-]?\d)/dgi],
    hints: [SEVEN_DIGITS],
    mayContain: (text, facts) => enoughDigits(text, facts) && LABELS.some((label) => facts.lowerCase.includes(label)),
    accept: (value) => digitCount(value) >= 7 && digitCount(value) <= 15 && !DATE.test(value),
  }),
];

export const phoneDetector = anyOf('phone', PHONE, parts);
