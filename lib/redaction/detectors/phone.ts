import type { Detector } from '../detector';

// International numbers (+country code) and the common North American and European national groupings. Dates,
// times, versions and long ids do not fit: groups must be separated, and 8 to 15 digits in all.
export const phoneDetector: Detector = {
  type: 'PHONE',
  countKey: 'phone',
  pattern: /(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w.-]?\d)/g,
  mayContain: (text) => /\d{3}/.test(text),
  isValid: (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 8 && digits <= 15;
  },
};
