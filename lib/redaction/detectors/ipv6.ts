import { isIPv6 } from 'node:net';
import { IP, type Detector, type Found } from '../detector';

// IPv6 addresses, including compressed (2001:db8::1) and IPv4-mapped (::ffff:192.0.2.1) forms, checked by Node's
// parser. Found from each colon outwards: the run of hex digits, colons and dots around it is one candidate, so the
// work is linear in the text. Times (14:52:07), MAC addresses and C++ names (std::vector, Foo::Bar) fail the parser
// or have no digit; loopback (::1) and the unspecified address (::) identify nobody.
const isAddressCharacter = (ch: string | undefined) => ch !== undefined && /[0-9A-Fa-f:.]/.test(ch);
const isWordCharacter = (ch: string | undefined) => ch !== undefined && /[G-Zg-z_]/.test(ch);

function findIpv6(text: string): Found[] {
  const found: Found[] = [];
  let from = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', from)) {
    let start = colon;
    while (isAddressCharacter(text[start - 1])) start--;
    let end = colon + 1;
    while (isAddressCharacter(text[end])) end++;
    from = end + 1;
    if (isWordCharacter(text[start - 1]) || isWordCharacter(text[end])) continue;
    const candidate = text.slice(start, end).replace(/\.+$/, '').replace(/(?<!:):$/, '');
    if (candidate === '::' || candidate === '::1' || !/\d/.test(candidate) || !isIPv6(candidate)) continue;
    found.push({ start, end: start + candidate.length, value: candidate.toLowerCase() });
  }
  return found;
}

// Two colons close together, as every IPv6 address has; "14:52 UTC" and JSON's "key":"value" do not pass.
const MAY_CONTAIN = /:[0-9A-Fa-f]{0,4}:/;

export const ipv6Detector: Detector = {
  name: 'ipv6',
  type: IP.type,
  countKey: IP.countKey,
  hints: [MAY_CONTAIN],
  find: findIpv6,
};
