import { IP, regexDetector } from '../detector';

// IPv4 addresses. Version strings look the same ("1.2.3.4"), and a bare dotted quad is taken as an address because
// it is one: leaving real addresses out would be a leak, redacting a version is only a nuisance. Context that says
// "version" keeps it: a v prefix (v1.2.3.4), a word such as "version" or "build" just before, a fifth part
// (1.2.3.4.5), or a pre-release suffix (1.2.3.4-beta). Octets with leading zeros are not addresses. Loopback,
// 0.0.0.0 and the broadcast address identify nobody and stay. A port (:443) or prefix length (/24) stays too.
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const VERSION_BEFORE = /\b(?:version|ver|release|build|firmware|fw)\.?\s{0,3}[:=]?\s{0,3}$/i;
const MAY_CONTAIN = /\d\.\d{1,3}\.\d{1,3}\.\d/;

export const ipv4Detector = regexDetector({
  name: 'ipv4',
  label: IP,
  patterns: [new RegExp(String.raw`(?<![\w.])${OCTET}(?:\.${OCTET}){3}(?!\.?\d|\w|-[A-Za-z])`, 'g')],
  hints: [MAY_CONTAIN],
  accept: (address, text, start) =>
    !address.startsWith('127.') && address !== '0.0.0.0' && address !== '255.255.255.255' && !VERSION_BEFORE.test(text.slice(Math.max(0, start - 16), start)),
});
