// Customer-support language: user questions, assistant answers, knowledge-base articles. Shared by the support
// chat, the documentation search (its corpus is the same help center) and the indexer (which embeds it).
import type { Rng } from '../random';
import type { DemoUser } from '../catalog/tenants';
import { capitalize, fill, paragraph, textOfLength, type Vocabulary } from './template';
import { piiSentence } from './pii';

export const PRODUCT_AREAS = [
  'billing portal', 'SSO login', 'API keys', 'webhook deliveries', 'usage dashboard', 'invoice PDF', 'CSV export',
  'team seats', 'audit log', 'rate limits', 'mobile app', 'Slack integration', 'data retention settings',
  'two-factor authentication', 'password reset email', 'order history', 'SCIM provisioning', 'custom domains',
] as const;

const V: Vocabulary = {
  product: PRODUCT_AREAS,
  problem: [
    'returns a 500 error', 'times out after about thirty seconds', 'shows an empty page', 'charged us twice',
    'keeps logging me out', 'does not send the confirmation email', 'displays the wrong currency',
    'is missing last week\'s data', 'rejects our SAML certificate', 'stopped syncing yesterday',
    'shows a different total than the invoice', 'says our quota is exceeded although we barely used it',
  ],
  since: [
    'since this morning', 'since the update on Tuesday', 'for about two days', 'intermittently this week',
    'since we added new seats', 'after we rotated our keys', 'since the start of the month',
  ],
  tried: [
    'clearing the browser cache', 'logging out and in again', 'regenerating the API key', 'a different browser',
    'removing and re-adding the integration', 'waiting an hour as the status page suggested', 'the mobile app instead',
  ],
  plan: ['Starter', 'Team', 'Business', 'Enterprise'],
  seats: (rng) => String(rng.pick([5, 12, 25, 40, 80, 150, 400])),
  ask: [
    'tell me what is going on', 'escalate this to an engineer', 'check whether this is a known issue',
    'refund the duplicate charge', 'walk me through the correct setup', 'confirm whether our data is safe',
  ],
  blocker: [
    'our month-end close', 'onboarding of forty new employees', 'a customer demo on Friday', 'our compliance audit',
    'the whole support team', 'invoices for our biggest client',
  ],
  orderId: (rng) => `ORD-${rng.int(100000, 999999)}`,
  empathy: [
    'I understand how disruptive this is, especially right now.', 'Sorry about the trouble this has caused.',
    'That is definitely not how it should behave.', 'I can see why that is confusing.',
  ],
  diagnosis: [
    'From what you describe, the {product} is most likely affected by a stale session token.',
    'This usually happens when the {product} still points at an expired certificate.',
    'The logs on our side show that requests to the {product} were throttled during that period.',
    'It looks like the {product} was configured before the last plan change, so the old limits still apply.',
    'There was a brief incident affecting the {product}; it is resolved, but cached pages may still show old data.',
  ],
  step: [
    'Open Settings, then Security, and revoke all active sessions.',
    'Download the current metadata XML and upload it again in the SSO section.',
    'Regenerate the key under Developer settings and update it in your deployment.',
    'Check the webhook delivery log for responses other than 2xx and retry the failed ones.',
    'Make sure the seat count under Billing matches the number of active members.',
    'Wait five minutes after saving; the change propagates to all regions asynchronously.',
    'Export the affected period again; exports started before the fix used the old totals.',
    'Ask an owner of the workspace to confirm the change, since admins cannot modify billing.',
  ],
  followup: [
    'If the problem persists after these steps, reply here and I will open a ticket with engineering.',
    'I have also added a note to your account so the next agent has the full context.',
    'You will receive an email once the refund is processed, usually within five business days.',
  ],
  closing: ['Is there anything else I can help with?', 'Let me know how it goes.', 'Happy to stay on the line while you try.'],
  task: [
    'configure SAML single sign-on', 'rotate API keys without downtime', 'export usage as CSV', 'set a spending limit',
    'invite members in bulk', 'verify a custom domain', 'enable SCIM provisioning', 'retry failed webhooks',
    'change the billing owner', 'set data retention per project',
  ],
  location: ['Settings > Security', 'Settings > Billing', 'the Developer console', 'the Admin dashboard', 'Workspace settings'],
  option: ['Advanced', 'Identity providers', 'Keys', 'Exports', 'Limits', 'Members'],
  n: (rng) => String(rng.pick([3, 5, 10, 30, 60, 100, 500, 1000, 5000])),
  unit: ['requests', 'seats', 'webhooks', 'exports', 'projects', 'API keys'],
  period: ['minute', 'hour', 'day', 'month'],
  condition: [
    'the identity provider rotates its certificate', 'a webhook endpoint returns 410', 'an export exceeds 1 GB',
    'a member belongs to several workspaces', 'the invoice currency differs from the card currency',
  ],
  remedy: [
    'upload the new certificate before the old one expires', 'the endpoint is disabled after 24 hours of failures',
    'the file is split into parts and delivered as a ZIP archive', 'the oldest membership wins for billing purposes',
    'the bank may add a conversion fee that is not shown on our invoice',
  ],
};

const QUESTION_TEMPLATES = [
  'Our {product} {problem} {since}.',
  'I already tried {tried} but nothing changed.',
  'We are on the {plan} plan with {seats} seats, if that matters.',
  'Can you {ask}?',
  'This is blocking {blocker}.',
  'Order {orderId} is the one affected.',
  'Also, the {product} {problem} for some of my colleagues.',
  'The error started right after someone on our team changed the {product} configuration.',
];

export function supportQuestion(rng: Rng, user: DemoUser, piiProbability: number): string {
  const opener = rng.pick(['Hi,', 'Hello,', 'Hey there,', 'Good morning,', '']);
  let text = `${opener} ${paragraph(rng, V, QUESTION_TEMPLATES, rng.int(3, 5))}`.trim();
  if (rng.chance(piiProbability)) text += ` ${piiSentence(rng, user)}`;
  return text;
}

export function supportFollowUp(rng: Rng, user: DemoUser, piiProbability: number): string {
  const lead = rng.pick([
    'Thanks, that helped partly.', 'I did that, but', 'OK, one more thing:', 'Still not working.', 'Great, and',
  ]);
  let text = `${lead} ${paragraph(rng, V, QUESTION_TEMPLATES, rng.int(2, 3))}`;
  if (rng.chance(piiProbability)) text += ` ${piiSentence(rng, user)}`;
  return text;
}

export function supportAnswer(rng: Rng, firstName: string): string {
  const steps = rng.sample(V.step as readonly string[], rng.int(2, 4)).map((s, i) => `${i + 1}. ${s}`);
  return [
    `Thanks for the details, ${firstName}. ${fill(rng, V, '{empathy} {diagnosis}')}`,
    `Here is what I suggest:\n${steps.join('\n')}`,
    fill(rng, V, '{followup} {closing}'),
  ].join('\n\n');
}

export interface KbArticle {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly body: string;
}

const ARTICLE_TEMPLATES = [
  'To {task}, open {location} and select {option}.',
  'The {product} supports up to {n} {unit} per {period} on the {plan} plan.',
  'If {condition}, {remedy}.',
  'Changes to the {product} take effect within {n} seconds and are recorded in the audit log.',
  'Only workspace owners can change the {product}; admins see the page read-only.',
  'Requests above the limit receive HTTP 429 with a Retry-After header; clients should back off accordingly.',
  'Before you {task}, make sure the {product} is not used by an active integration.',
];

/** Help-center article about `task` (random when omitted); ids repeat across traces, as a real corpus would. */
export function kbArticle(rng: Rng, minChars: number, topic?: string): KbArticle {
  const task = topic ?? rng.pick(V.task as readonly string[]);
  const title = capitalize(rng.pick([`how to ${task}`, `troubleshooting: ${task}`, `FAQ: ${task}`]));
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
  const body = textOfLength(rng, minChars, () => paragraph(rng, V, ARTICLE_TEMPLATES, rng.int(3, 4)));
  return { id: `kb-${slug.slice(0, 40)}-${rng.int(10, 99)}`, title, url: `https://help.example.com/articles/${slug}`, body };
}

export interface SearchQuery {
  readonly text: string;
  /** The help-center task the question is about, so the best-matching article can be about it too. */
  readonly task: string;
}

export function searchQuery(rng: Rng): SearchQuery {
  const task = rng.pick(V.task as readonly string[]);
  const text = fill(rng, V, rng.pick([
    `how do I ${task}`, `${task} step by step`, `${task} on the {plan} plan`, `cannot ${task}, the {product} {problem}`,
    `what happens if {condition} while I ${task}`,
  ]));
  return { text, task };
}

export function supportVocabulary(): Vocabulary {
  return V;
}
