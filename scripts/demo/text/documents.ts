// Long inputs for the summarizer (meeting transcripts, incident reports, account reviews) and their summaries.
// Transcripts carry names and the occasional phone number or email, which is realistic and gives redaction work.
import type { Rng } from '../random';
import { fill, paragraph, textOfLength, type Vocabulary } from './template';
import { fakeEmail, fakePhone } from './pii';

const V: Vocabulary = {
  speaker: ['Dana', 'Marcus', 'Priya', 'Tomasz', 'Aiko', 'Femi', 'Lena', 'Jorge', 'Sven', 'Mei'],
  metric: ['net revenue retention', 'weekly active teams', 'ticket backlog', 'p95 latency', 'churn', 'trial conversion',
    'gross margin', 'infrastructure spend', 'NPS', 'time to first response'],
  trend: ['went up', 'dropped', 'stayed flat', 'recovered', 'spiked'],
  pct: (rng) => `${rng.int(2, 38)}%`,
  quarter: ['Q1', 'Q2', 'Q3', 'Q4'],
  team: ['platform', 'payments', 'growth', 'support', 'data', 'mobile', 'security'],
  project: ['the EU data residency launch', 'the pricing page redesign', 'SSO for the Starter plan', 'the new onboarding flow',
    'the Postgres migration', 'usage-based billing', 'the partner API'],
  risk: ['vendor contract renewal is late', 'two engineers are out next sprint', 'the legal review is still pending',
    'load tests showed a regression', 'the customer asked for a custom SLA'],
  action: ['send the revised forecast', 'book a follow-up with legal', 'share the dashboard with finance',
    'draft the customer announcement', 'run the load test again', 'update the runbook'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  service: ['checkout-api', 'auth-gateway', 'ledger', 'notification-worker', 'search-indexer'],
  cause: ['an expired TLS certificate', 'a connection pool exhausted by a retry storm', 'a bad feature-flag rollout',
    'a schema migration that locked the orders table', 'a cache stampede after a deploy'],
  minutes: (rng) => String(rng.int(7, 140)),
};

const MEETING_LINES = [
  '{speaker}: Quick update from {team}, {metric} {trend} by {pct} compared to last {quarter}.',
  '{speaker}: The main blocker for {project} is that the {risk}.',
  '{speaker}: I can {action} by {day}.',
  '{speaker}: Do we know why {metric} {trend}? My guess is it relates to {project}.',
  '{speaker}: Agreed. Let us also {action} before we commit to a date.',
  '{speaker}: For the record, {metric} is the number the board will ask about.',
  '{speaker}: Customers keep asking about {project}; sales says it is in most renewal calls.',
];

const INCIDENT_SENTENCES = [
  'At 14:{minutes} UTC alerts fired for elevated error rates on {service}.',
  'The root cause was {cause}.',
  'Customer impact lasted {minutes} minutes; roughly {pct} of requests failed.',
  'The on-call engineer rolled back the last deploy of {service}, which restored service.',
  'Follow-up: {action}; owner {speaker}.',
  'Detection took {minutes} minutes because the dashboard for {service} did not page.',
];

export type DocumentKind = 'meeting' | 'incident' | 'account-review';

export interface LongDocument {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly text: string;
}

export function longDocument(rng: Rng, minChars: number): LongDocument {
  const kind = rng.weighted<DocumentKind>([['meeting', 5], ['incident', 3], ['account-review', 2]]);
  if (kind === 'meeting') {
    const title = fill(rng, V, 'Weekly sync: {team} and {team}');
    const lines: string[] = [];
    let length = 0;
    while (length < minChars) {
      const line = fill(rng, V, rng.pick(MEETING_LINES));
      lines.push(line);
      length += line.length + 1;
    }
    if (rng.chance(0.15)) lines.push(fill(rng, V, '{speaker}: ') + `Call me on ${fakePhone(rng)} if the bridge drops.`);
    return { kind, title, text: lines.join('\n') };
  }
  if (kind === 'incident') {
    const title = fill(rng, V, 'Postmortem: {service} outage');
    const text = textOfLength(rng, minChars, () => paragraph(rng, V, INCIDENT_SENTENCES, rng.int(3, 5)));
    return { kind, title, text };
  }
  const title = fill(rng, V, 'Account review {quarter}');
  const contact = rng.chance(0.3) ? `\nPrimary contact: ${fakeEmail(rng)}` : '';
  const text = textOfLength(rng, minChars, () => paragraph(rng, V, [...MEETING_LINES.map((l) => l.slice(11)), ...INCIDENT_SENTENCES.slice(2, 4)], 4));
  return { kind, title, text: text + contact };
}

export function summaryOf(rng: Rng, doc: LongDocument): string {
  const bullets = [
    fill(rng, V, '{metric} {trend} by {pct}; the team links it to {project}.'),
    fill(rng, V, 'Main risk: the {risk}.'),
    fill(rng, V, 'Decision: prioritise {project} over new feature work this sprint.'),
    fill(rng, V, 'Action items: {speaker} will {action} by {day}; {speaker} will {action}.'),
    fill(rng, V, 'Open question: whether {metric} needs a separate dashboard.'),
  ];
  const picked = rng.sample(bullets, rng.int(3, 5)).map((b) => `- ${b}`);
  return `Summary of "${doc.title}":\n${picked.join('\n')}\n\nOverall: ${paragraph(rng, V, INCIDENT_SENTENCES.slice(1, 3), 1)}`;
}

/** Intermediate summary of one chunk, used by the map step of map-reduce summarization. */
export function chunkSummary(rng: Rng): string {
  return paragraph(rng, V, [...MEETING_LINES.map((l) => l.slice(11)), ...INCIDENT_SENTENCES], rng.int(2, 4));
}
