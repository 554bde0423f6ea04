// Planted personal data, so that server-side redaction has something to find in the demo. Every value is from a
// reserved or documented-as-fake range: `.example` domains, 555-01xx phone numbers, the 4111... test card, the IBAN
// from the IBAN registry's own example, TEST-NET IP addresses. None of it can identify a real person.
import type { Rng } from '../random';
import type { DemoUser } from '../catalog/tenants';

export function fakePhone(rng: Rng): string {
  return rng.pick([
    `+1 (415) 555-01${rng.int(10, 99)}`,
    `+1 212-555-01${rng.int(10, 99)}`,
    `+44 20 7946 0${rng.int(100, 999)}`,
    `(303) 555-01${rng.int(10, 99)}`,
  ]);
}

export function fakeEmail(rng: Rng, user?: DemoUser): string {
  if (user && rng.chance(0.7)) return user.email;
  const name = rng.pick(['jordan.lee', 'sam.taylor', 'priya.n', 'm.schulz', 'chris.o', 'ana.souza', 'billing', 'it-admin']);
  return `${name}@${rng.pick(['example.com', 'example.org', 'mail.example.net'])}`;
}

const TEST_CARDS = ['4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005'];
const TEST_IBANS = ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32'];

/** One sentence that carries personal data, phrased the way people actually paste it into a chat. */
export function piiSentence(rng: Rng, user?: DemoUser): string {
  const kind = rng.weighted([
    ['email', 40],
    ['phone', 25],
    ['email+phone', 15],
    ['card', 8],
    ['iban', 6],
    ['ip', 6],
  ] as const);
  switch (kind) {
    case 'email':
      return `You can reach me at ${fakeEmail(rng, user)} if you need more details.`;
    case 'phone':
      return `If it is easier, call me on ${fakePhone(rng)} any time before 6pm.`;
    case 'email+phone':
      return `My contact details are ${fakeEmail(rng, user)} and ${fakePhone(rng)}.`;
    case 'card':
      return `The card we used was ${rng.pick(TEST_CARDS)}, expiry 0${rng.int(1, 9)}/2${rng.int(7, 9)}.`;
    case 'iban':
      return `Please refund to our account ${rng.pick(TEST_IBANS)} instead of the card.`;
    case 'ip':
      return `The requests come from 203.0.113.${rng.int(2, 250)} behind our office proxy.`;
  }
}
