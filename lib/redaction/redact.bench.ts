// Redaction throughput on one core: `npx tsx lib/redaction/redact.bench.ts`. Ingest must sustain 15,000 spans/s with
// everything else, so redaction should cost a small part of that. Prints MB/s, spans/s and µs per 2 KB prompt for
// (a) clean prompts, the common case, which should cost a few microseconds, and (b) prompts with planted PII.
// A span here is what the pipeline redacts for one LLM call: the input messages (~2 KB of JSON), the output
// (~0.5 KB) and ten short attribute values.
import { performance } from 'node:perf_hooks';
import { createRedactor, type Redactor } from './redactor';
import { DEFAULT_REDACTION_SETTINGS, DETECTOR_NAMES } from './settings';

const SENTENCES = [
  'Summarise the customer conversation below in three bullet points and suggest the next action for the agent.',
  'The deployment on 2026-11-22 at 14:52 UTC rolled out version 2.4.1 to 35% of traffic; error rate stayed at 0.3%.',
  'Our refund policy allows returns within 30 days of delivery, provided the item is unused and in its original box.',
  'Please rewrite the following paragraph so that it reads naturally to a non-technical audience of about 200 people.',
  'The function returns a list of (score, document_id) pairs sorted by descending score; ties keep their input order.',
  'Context: order 88421 shipped in 2 parcels, the second is delayed by the carrier until Thursday afternoon.',
  'You are a helpful assistant for an online bookshop. Answer briefly, cite the catalogue entry when you can.',
  'Translate into German, keeping product names such as "Kindle Paperwhite" and prices like $139.99 unchanged.',
  'Retrieved chunk 3 of 12 (similarity 0.8412): "Warranty claims must include the receipt and a description".',
  'Assistant: I checked the tracking page and the parcel is at the regional depot; it should arrive tomorrow.',
];

const PII = [
  'You can reach me at jordan.lee@example.com or on +1 (415) 555-0134 after 6pm.',
  'The card we used was 4111 1111 1111 1111, expiry 09/28, please refund it there.',
  'Please send it to our account DE89 3704 0044 0532 0130 00 instead of the card.',
  'The requests come from 203.0.113.57 behind our office proxy, key sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp.',
];

/** A chat-completions style input of about 2 KB, as the GenAI conventions store it. */
function prompt(seed: number, withPii: boolean): string {
  const user: string[] = [];
  for (let i = 0; user.join(' ').length < 1700; i++) {
    user.push(SENTENCES[(seed * 7 + i * 3) % SENTENCES.length] as string);
    if (withPii && i % 4 === 1) user.push(PII[(seed + i) % PII.length] as string);
  }
  return JSON.stringify([
    { role: 'system', content: SENTENCES[seed % SENTENCES.length] },
    { role: 'user', content: user.join('\n') },
  ]);
}

interface SpanTexts {
  readonly texts: readonly string[];
  readonly bytes: number;
}

function makeSpans(count: number, withPii: boolean): SpanTexts[] {
  return Array.from({ length: count }, (_, i) => {
    const texts = [
      prompt(i, withPii),
      JSON.stringify([{ role: 'assistant', content: `${SENTENCES[(i + 3) % SENTENCES.length]} ${SENTENCES[(i + 5) % SENTENCES.length]} ${withPii ? (PII[i % PII.length] as string) : ''}` }]),
      'chat',
      'openai',
      'gpt-4o-mini-2024-07-18',
      'gpt-4o-mini-2024-07-18',
      String(120 + i),
      String(40 + (i % 90)),
      'stop',
      `tenant-${i % 50}`,
      'support-bot',
      `session-${(i * 7919) % 100_000}`,
    ];
    return { texts, bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) };
  });
}

function measure(redactor: Redactor, spans: readonly SpanTexts[], seconds: number): { spansPerSecond: number; mbPerSecond: number; microsPerPrompt: number } {
  let done = 0;
  let bytes = 0;
  let promptTime = 0;
  let sink = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const span of spans) {
      const redaction = redactor.forSpan(`trace-${done % 5000}`);
      const t0 = performance.now();
      sink += redaction.redact(span.texts[0] as string).length;
      promptTime += performance.now() - t0;
      for (let i = 1; i < span.texts.length; i++) sink += redaction.redact(span.texts[i] as string).length;
      bytes += span.bytes;
      done++;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  if (sink === 0) throw new Error('nothing redacted');
  return { spansPerSecond: Math.round(done / elapsed), mbPerSecond: Math.round(bytes / 1e6 / elapsed), microsPerPrompt: Number(((promptTime * 1000) / done).toFixed(2)) };
}

const clean = makeSpans(500, false);
const withPii = makeSpans(500, true);
const defaults = createRedactor(DEFAULT_REDACTION_SETTINGS);
const everything = createRedactor({
  detectors: DETECTOR_NAMES,
  customRules: [
    { kind: 'words', name: 'codename', words: ['Project Nightingale', 'bluebird'] },
    { kind: 'regex', name: 'order_id', pattern: 'ORD-\\d{6}', caseInsensitive: false },
  ],
});

const promptBytes = Buffer.byteLength(clean[0]?.texts[0] ?? '');
console.log(`prompt size ${promptBytes} bytes, span ${clean[0]?.bytes} bytes (${clean[0]?.texts.length} texts)`);
for (const [label, redactor] of [
  ['defaults (secrets + cards)', defaults],
  ['all detectors + 2 custom rules', everything],
] as const) {
  measure(redactor, clean, 0.3); // warm up
  for (const [kind, spans] of [
    ['clean', clean],
    ['with PII', withPii],
  ] as const) {
    const r = measure(redactor, spans, 1.5);
    console.log(`${label.padEnd(32)} ${kind.padEnd(9)} ${String(r.mbPerSecond).padStart(5)} MB/s  ${String(r.spansPerSecond).padStart(7)} spans/s  ${String(r.microsPerPrompt).padStart(6)} µs per 2 KB prompt`);
  }
}
