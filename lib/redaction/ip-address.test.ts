import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { redactAlone } from './test-support';

const ipOnly = createRedactor({ detectors: ['ip_address'], customRules: [] });

describe('IP addresses', () => {
  it.each([
    ['from 203.0.113.42 today', 'from [IP_1] today'],
    ['connect to 10.0.0.1:8080', 'connect to [IP_1]:8080'],
    ['subnet 192.168.1.0/24', 'subnet [IP_1]/24'],
    ['client.address=198.51.100.77,', 'client.address=[IP_1],'],
    ['2001:db8::8a2e:370:7334', '[IP_1]'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '[IP_1]'],
    ['link-local fe80::1%eth0', 'link-local [IP_1]%eth0'],
    ['[2001:db8::1]:443', '[[IP_1]]:443'],
    ['mapped ::ffff:192.0.2.1 here', 'mapped [IP_1] here'],
    ['ends the sentence fe80::1.', 'ends the sentence [IP_1].'],
    // A bare dotted quad is an address: without a word that says "version", it is taken as one.
    ['1.2.3.4', '[IP_1]'],
  ])('%s', (input, expected) => {
    expect(redactAlone(input, ipOnly)).toEqual({ text: expected, counts: { ip_address: 1 } });
  });

  it('redacts both ends of a range', () => {
    expect(redactAlone('range 10.0.0.1-10.0.0.255', ipOnly)).toEqual({ text: 'range [IP_1]-[IP_2]', counts: { ip_address: 2 } });
  });

  it.each([
    ['loopback, unspecified and broadcast', '127.0.0.1, 0.0.0.0, 255.255.255.255, ::1 and ::'],
    ['a v-prefixed version', 'v1.2.3.4'],
    ['a version after the word', 'version 1.2.3.4, build: 10.0.0.1, release 2.4.1.0'],
    ['a five-part version', '1.2.3.4.5'],
    ['a pre-release version', '1.2.3.4-beta'],
    ['octets with leading zeros', '01.02.03.04'],
    ['an octet above 255', '256.1.1.1'],
    ['times', '14:52:07 and 12:34:56.789'],
    ['a MAC address', '00:1A:2B:3C:4D:5E'],
    ['C++ names', 'std::vector<int> and Foo::Bar::baz and a::b'],
    ['an ISO timestamp', '2024-11-22T14:52:07Z'],
    ['a git SHA', '9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
  ])('leaves look-alikes alone: %s', (_name, input) => {
    expect(redactAlone(input, ipOnly)).toEqual({ text: input, counts: {} });
  });
});
