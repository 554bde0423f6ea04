import type { Detector } from '../detector';

export const emailDetector: Detector = {
  type: 'EMAIL',
  countKey: 'email',
  pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  mayContain: (text) => text.includes('@'),
};
