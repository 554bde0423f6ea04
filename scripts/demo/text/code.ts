// Source code for the code-review agent: unified diffs, file excerpts, search hits and review comments. The code
// is plausible TypeScript assembled from identifier parts; occasionally a hard-coded credential-looking string
// appears, which is exactly what a reviewer (and a redaction rule) should catch.
import type { Rng } from '../random';
import { fill, type Vocabulary } from './template';

const VERBS = ['load', 'save', 'sync', 'parse', 'validate', 'fetch', 'render', 'retry', 'merge', 'resolve', 'charge'];
const NOUNS = ['Invoice', 'Session', 'Webhook', 'Customer', 'Ledger', 'Token', 'Export', 'Quota', 'Order', 'Member'];
const DIRS = ['src/billing', 'src/auth', 'src/webhooks', 'src/exports', 'lib/ledger', 'services/orders', 'packages/sdk/src'];

export function identifier(rng: Rng): string {
  return `${rng.pick(VERBS)}${rng.pick(NOUNS)}`;
}

export function filePath(rng: Rng): string {
  return `${rng.pick(DIRS)}/${rng.pick(NOUNS).toLowerCase()}-${rng.pick(['service', 'handler', 'client', 'store', 'utils'])}.ts`;
}

function codeLine(rng: Rng): string {
  const fn = identifier(rng);
  const v = rng.pick(['result', 'payload', 'row', 'attempt', 'response', 'cursor', 'total']);
  return rng.pick([
    `  const ${v} = await ${fn}(ctx, input.${rng.pick(['id', 'cursor', 'amount', 'tenantId'])});`,
    `  if (!${v}) throw new NotFoundError('${rng.pick(NOUNS).toLowerCase()} not found');`,
    `  for (const item of ${v}.items) total += item.amountCents;`,
    `  logger.info({ ${v} }, '${fn} finished');`,
    `  return ${v}.map((r) => ({ ...r, updatedAt: new Date() }));`,
    `  await db.query('UPDATE ${rng.pick(NOUNS).toLowerCase()}s SET status = $1 WHERE id = $2', [status, id]);`,
    `  if (attempt > MAX_RETRIES) return backoff(attempt * ${rng.int(100, 900)});`,
    `  const ${v} = JSON.parse(body) as ${rng.pick(NOUNS)}Payload;`,
    `  // TODO: handle ${rng.pick(['partial refunds', 'currency rounding', 'pagination', 'timeouts'])}`,
  ]);
}

/** A unified diff of one file, with context, removed and added lines. */
export function diffHunk(rng: Rng, path: string, minChars: number): string {
  const lines = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  let length = 0;
  let line = rng.int(10, 400);
  while (length < minChars) {
    const count = rng.int(6, 12);
    lines.push(`@@ -${line},${count} +${line},${count + 2} @@ export async function ${identifier(rng)}(ctx: Context) {`);
    for (let i = 0; i < count; i++) {
      const prefix = rng.weighted([[' ', 6], ['-', 2], ['+', 3]] as const);
      const text = `${prefix}${codeLine(rng)}`;
      lines.push(text);
      length += text.length + 1;
    }
    if (rng.chance(0.04)) lines.push(`+  const apiKey = 'sk_live_${rng.hex(24)}';`);
    line += rng.int(30, 120);
  }
  return lines.join('\n');
}

export function fileExcerpt(rng: Rng, path: string, minChars: number): string {
  const lines = [`// ${path}`, `import { logger } from '../logger';`, ''];
  let length = 0;
  while (length < minChars) {
    const header = `export async function ${identifier(rng)}(ctx: Context, input: Input) {`;
    lines.push(header);
    for (let i = rng.int(4, 9); i > 0; i--) lines.push(codeLine(rng));
    lines.push('}', '');
    length = lines.reduce((n, l) => n + l.length + 1, 0);
  }
  return lines.join('\n');
}

const REVIEW_V: Vocabulary = {
  severity: ['Blocking', 'Suggestion', 'Nit', 'Question', 'Security'],
  issue: [
    'the retry loop has no upper bound when the upstream returns 503',
    'amounts are summed as floats, which will drift for large invoices',
    'the error is swallowed, so the caller cannot distinguish not-found from a timeout',
    'this query runs once per item inside the loop (N+1)',
    'a secret appears to be hard-coded; it should come from the environment',
    'the new branch is not covered by a test',
    'the function now does two things; splitting it would make the retry logic testable',
  ],
  suggestion: [
    'Consider using the shared `withRetry` helper with a max of 5 attempts.',
    'Store cents as integers or use the Decimal type from the ledger package.',
    'Rethrow with a typed error and add the upstream status to the message.',
    'Batch the lookups with a single `WHERE id = ANY($1)` query.',
    'Move it to the secrets manager and rotate the exposed key.',
    'A table-driven test with the three status codes would cover it.',
  ],
};

export function reviewComment(rng: Rng, path: string, line: number): string {
  return fill(rng, REVIEW_V, `**{severity}** in \`${path}\` line ${line}: {issue}. {suggestion}`);
}

export function reviewSummary(rng: Rng, comments: readonly string[]): string {
  const verdict = rng.pick(['Requesting changes.', 'Approve with suggestions.', 'Looks good overall.', 'Needs another pass.']);
  return `${verdict} I reviewed ${comments.length} finding(s):\n\n${comments.join('\n\n')}\n\nThe rest of the change reads well.`;
}

export function searchHits(rng: Rng, symbol: string): string {
  const hits = Array.from({ length: rng.int(2, 5) }, () => `${filePath(rng)}:${rng.int(5, 600)}: ${codeLine(rng).trim()}`);
  return JSON.stringify({ query: symbol, matches: hits });
}

export function pullRequestTitle(rng: Rng): string {
  return `${rng.pick(['Fix', 'Add', 'Refactor', 'Speed up', 'Harden'])} ${identifier(rng)} ${rng.pick(['handling', 'retries', 'validation', 'pagination', 'logging'])}`;
}
