// Background indexing job: load changed help-center pages, chunk them, embed the chunks in batches, upsert the
// vectors. No end user and no HTTP request: the workflow itself is the root span, and it still carries the tenant.
import { model } from '../../catalog/models';
import { kbArticle } from '../../text/support';
import { gap, stepIds, type BuildContext } from '../build-context';
import { callEmbedding } from '../embedding-call';
import type { Step, StepError, TaskStep, WorkflowStep } from '../types';
import type { FeatureBuild } from './shared';

export function buildEmbeddingsIndexing(ctx: BuildContext): FeatureBuild {
  const { rng } = ctx;
  const children: Step[] = [];
  const articles = Array.from({ length: rng.int(2, 5) }, () => kbArticle(rng, rng.int(900, 1800)));
  let cursor = gap(ctx, 3);

  const load: TaskStep = {
    kind: 'task', ...stepIds(ctx), startMs: cursor, durationMs: rng.logNormal(140, 0.5), children: [],
    name: 'load-documents', input: JSON.stringify({ source: 'help-center', changed_since: '24h' }),
    output: JSON.stringify(articles.map((a) => ({ id: a.id, url: a.url, chars: a.body.length }))),
  };
  children.push(load);
  cursor = load.startMs + load.durationMs + gap(ctx, 2);

  // Paragraph-sized chunks, the usual 300-600 character target for help-center content.
  const chunks = articles.flatMap((a) => a.body.split('\n\n').map((p) => `${a.title}\n${p}`));
  const chunk: TaskStep = {
    kind: 'task', ...stepIds(ctx), startMs: cursor, durationMs: rng.logNormal(6, 0.4), children: [],
    name: 'chunk-documents', input: JSON.stringify({ documents: articles.length }),
    output: JSON.stringify({ chunks: chunks.length }),
  };
  children.push(chunk);
  cursor = chunk.startMs + chunk.durationMs + gap(ctx, 2);

  const batchSize = rng.pick([4, 6, 8]);
  let error: StepError | undefined;
  for (let i = 0; i < chunks.length && !error; i += batchSize) {
    const call = callEmbedding(ctx, model('text-embedding-3-small'), chunks.slice(i, i + batchSize), cursor);
    children.push(...call.steps);
    cursor = call.endMs + gap(ctx, 3);
    error = call.error;
  }

  if (!error) {
    const upsert: TaskStep = {
      kind: 'task', ...stepIds(ctx), startMs: cursor, durationMs: rng.logNormal(60, 0.5), children: [],
      name: 'upsert-vectors', input: JSON.stringify({ collection: `${ctx.tenant.id}-help-center`, vectors: chunks.length }),
      output: JSON.stringify({ upserted: chunks.length, status: 'ok' }),
    };
    children.push(upsert);
    cursor = upsert.startMs + upsert.durationMs;
  }

  const root: WorkflowStep = {
    kind: 'workflow', ...stepIds(ctx), startMs: 0, durationMs: cursor + gap(ctx, 3), children,
    ...(error ? { error } : {}), name: 'index-documents',
    input: JSON.stringify({ tenant: ctx.tenant.id, source: 'help-center' }),
    output: error ? '' : JSON.stringify({ documents: articles.length, chunks: chunks.length }),
  };
  return { root, remember: [] };
}
