import type { Detector } from '../detector';

// US Social Security numbers in their written form (area 001-899 except 666, group 01-99, serial 0001-9999) and
// UK National Insurance numbers (two letters, six digits, A-D).
export const nationalIdDetector: Detector = {
  type: 'NATIONAL_ID',
  countKey: 'national_id',
  pattern: /(?<![\w-])(?:(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}|(?![DFIQUV])[A-Z](?![DFIQUVO])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![\w-])/g,
  mayContain: (text) => /\d{2}/.test(text),
};
