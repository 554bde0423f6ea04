import type { Detector } from '../detector';

// International numbers written with their +country code, and the North American forms (555) 123-4567 and
// 555-123-4567. Space-separated digit groups without a + are too often card numbers, amounts or ids to be phones;
// dates, times and versions do not fit, and 8 to 15 digits in all.
export const phoneDetector: Detector = {
  type: 'PHONE',
  countKey: 'phone',
  pattern: /(?<![\w+.-])(?:\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){1,4}[ .-]?\d{2,4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w.-]?\d)/g,
  mayContain: (text) => /\d{3}/.test(text),
  isValid: (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 8 && digits <= 15;
  },
};
