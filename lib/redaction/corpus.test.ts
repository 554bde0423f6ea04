// A trace of realistic spans with planted personal data and secrets: after redaction none of the planted values is
// left anywhere (in any spelling), each span's counts are exact, and a value keeps its placeholder across spans.
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { DETECTOR_NAMES } from './settings';

const P = {
  email: 'maria.gonzalez@example.org',
  email2: 'ops-team@corp.example.com',
  phone: '+1 415 555 0132',
  phone2: '020 7946 0958',
  card: '4012 8888 8888 1881',
  card2: '3782 822463 10005',
  iban: 'DE89 3704 0044 0532 0130 00',
  ssn: '219-09-9999',
  nino: 'AB 12 34 56 C',
  ipv4: '198.51.100.77',
  ipv6: '2001:db8::8a2e:370:7334',
  openaiKey: 'sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp',
  githubToken: 'ghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8',
  awsKeyId: 'AKIAQ3EGW7RP2EXAMPLE',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYXJpYSJ9.Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4PpZx8',
  slackToken: 'xoxb-2048-4096-AbCdEfGhIjKlMnOpQrSt',
  pemBody: 'MIIEowIBAAKCAQEAxZ8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp',
  codename: 'Project Nightingale',
  orderId: 'ORD-884213',
} as const;

const redactor = createRedactor({
  detectors: DETECTOR_NAMES,
  customRules: [
    { kind: 'words', name: 'codename', words: ['Project Nightingale'] },
    { kind: 'regex', name: 'order_id', pattern: 'ORD-\\d{6}', caseInsensitive: false },
  ],
});

const userText = `Hi, I'm Maria (${P.email}, ${P.phone}).\nRefund card ${P.card} or IBAN ${P.iban}; SSN ${P.ssn}.\nAbout ${P.codename}.`;

const SPANS: readonly { name: string; texts: readonly string[]; counts: Record<string, number> }[] = [
  {
    name: 'chat',
    texts: [
      JSON.stringify([
        { role: 'system', content: 'You are a support agent. Today is 2026-11-22; app v2.4.1.0.' },
        { role: 'user', content: userText },
      ]),
      JSON.stringify([
        { role: 'assistant', tool_calls: [{ id: 'call_1', function: { name: 'refund', arguments: JSON.stringify({ card: P.card, email: P.email }) } }] },
      ]),
      P.ipv4,
      `token=${P.githubToken} aws=${P.awsKeyId}`,
      `upstream rejected key ${P.openaiKey}`,
    ],
    counts: { email: 1, phone: 1, payment_card: 1, iban: 1, national_id: 1, codename: 1, ip_address: 1, secret: 3 },
  },
  {
    name: 'tool',
    texts: [JSON.stringify({ card: P.card.replace(/ /g, ''), order: P.orderId }), `refund queued for ${P.orderId}`],
    counts: { payment_card: 1, order_id: 1 },
  },
  {
    name: 'error',
    texts: [
      [
        `Error: connect ECONNREFUSED [${P.ipv6}]:5432`,
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
        `env: AWS_SECRET_ACCESS_KEY=${P.awsSecret} NODE_ENV=production`,
        `request headers: {"authorization":"Bearer ${P.jwt}","x-user":"${P.email2}"}`,
        `customer NI ${P.nino}, phone ${P.phone2}, card on file ${P.card2}`,
      ].join('\n'),
    ],
    counts: { ip_address: 1, secret: 2, email: 1, national_id: 1, phone: 1, payment_card: 1 },
  },
  {
    name: 'events',
    texts: [
      JSON.stringify({ 'exception.message': `bad key -----BEGIN RSA PRIVATE KEY-----\n${P.pemBody}\n-----END RSA PRIVATE KEY-----`, 'slack.token': P.slackToken }),
      `follow-up for ${P.email}`,
    ],
    counts: { secret: 2, email: 1 },
  },
];

// Texts full of look-alikes (dates, versions, ids, hashes, amounts, timestamps) that must come back unchanged.
const CLEAN: readonly string[] = [
  JSON.stringify([{ role: 'user', content: 'Summarise release v10.2.3 (build 2024.11.22) of order 0012345678, commit 9fceb02d0ae598e95dc970b74767f19372d61af8.' }]),
  'trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7 at 2026-11-22T14:52:07.123456Z took 1234.56 ms',
  'Invoice total: $12,345.67 for 3 items; tax 1 234,56 EUR; ratio 0.6180339887; seed 1732272000123456789',
  'request_id=123e4567-e89b-12d3-a456-426614174000 status=200 bytes=4096 duration_ns=1795337973875004000',
  'def f(x):\n    return x @ W.T + b  # matrix product; see std::vector<int> in the C++ port',
];

describe('corpus', () => {
  const outputs = SPANS.map((span) => {
    const redaction = redactor.forSpan('corpus-trace');
    return { name: span.name, texts: span.texts.map((t) => redaction.redact(t)), counts: redaction.counts(), expected: span.counts };
  });
  const everything = outputs.flatMap((o) => o.texts).join('\n');

  it.each(Object.entries(P))('leaves no trace of the planted %s', (_kind, value) => {
    expect(everything).not.toContain(value);
    // Nor the same value in another spelling: the digits of a card or IBAN, the body of a key.
    if (/\d{4} \d/.test(value)) expect(everything.replace(/\D/g, '')).not.toContain(value.replace(/\D/g, ''));
  });

  it.each(SPANS.map((s) => s.name))('counts what span "%s" lost, by type', (name) => {
    const out = outputs.find((o) => o.name === name);
    expect(out?.counts).toEqual(out?.expected);
  });

  it('keeps every JSON text valid', () => {
    const isJson = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const jsonTexts = SPANS.flatMap((span, s) => span.texts.map((text, t) => ({ input: text, output: outputs[s]?.texts[t] ?? '' }))).filter((p) => isJson(p.input));
    expect(jsonTexts.length).toBe(4);
    for (const { output } of jsonTexts) expect(isJson(output)).toBe(true);
  });

  it('gives a value the same placeholder in every span of the trace', () => {
    const [chat, tool, , events] = outputs;
    expect(chat?.texts[0]).toContain('[CARD_1]');
    expect(chat?.texts[1]).toContain('[CARD_1]');
    expect(tool?.texts[0]).toBe('{"card":"[CARD_1]","order":"[ORDER_ID_1]"}');
    expect(events?.texts[1]).toBe('follow-up for [EMAIL_1]');
  });

  it('redacts the user message exactly', () => {
    const messages = JSON.parse(outputs[0]?.texts[0] ?? '') as { content: string }[];
    expect(messages[1]?.content).toBe("Hi, I'm Maria ([EMAIL_1], [PHONE_1]).\nRefund card [CARD_1] or IBAN [IBAN_1]; SSN [NATIONAL_ID_1].\nAbout [CODENAME_1].");
    expect(messages[0]?.content).toBe('You are a support agent. Today is 2026-11-22; app v2.4.1.0.');
  });

  it.each(CLEAN)('leaves clean text untouched: %s', (text) => {
    const span = redactor.forSpan('corpus-clean');
    expect(span.redact(text)).toBe(text);
    expect(span.counts()).toEqual({});
  });
});
