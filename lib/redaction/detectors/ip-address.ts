import { isIPv6 } from 'node:net';
import type { Detector } from '../detector';

// IPv4 in dotted quads not inside a longer dotted run (so "1.2.3.4.5" and "v1.2.3.4" version strings stay), and
// IPv6 with at least three groups, checked by Node's parser.
export const ipAddressDetector: Detector = {
  type: 'IP',
  countKey: 'ip_address',
  pattern: /(?<![\w.:])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w.]?\d)|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4})(?![\w:])/g,
  mayContain: (text) => text.includes('.') || text.includes(':'),
  isValid: (match) => (match.includes(':') ? isIPv6(match) && (match.match(/:/g)?.length ?? 0) >= 2 && /[0-9a-f]{2}/i.test(match) : true),
};
