// Documentation search (RAG): embed the query, fetch the top documents from the vector store, and have a model
// answer only from that context. The retrieved documents with their scores are the point of this feature's traces.
import { model, type ModelId } from '../../catalog/models';
import type { TenantId } from '../../catalog/tenants';
import type { Rng } from '../../random';
import { kbArticle, searchQuery } from '../../text/support';
import { gap, stepIds, type BuildContext } from '../build-context';
import { callEmbedding } from '../embedding-call';
import { callLlm, textMessage } from '../llm-call';
import type { RetrievalStep, RetrievedDocument, Step, WorkflowStep } from '../types';
import { chooseModel, requestStep, sessionRng, type FeatureBuild, type SessionState } from './shared';

const MODELS: Partial<Record<TenantId, ReadonlyArray<readonly [ModelId, number]>>> = {
  acme: [['gpt-4o-mini', 70], ['claude-sonnet-4', 30]],
  globex: [['claude-sonnet-4', 55], ['gemini-2.0-flash', 45]],
  initech: [['gemini-2.0-flash', 100]],
  umbrella: [['gpt-4o', 60], ['claude-sonnet-4', 40]],
  hooli: [['gemini-2.0-flash', 60], ['gpt-4o-mini', 40]],
};

const SYSTEM = [
  'You are a documentation assistant. Answer the question using only the numbered context passages.',
  'Cite passages as [n]. If the context does not contain the answer, say so and suggest where to look.',
  'Keep answers under 200 words and use bullet points for procedures.',
].join(' ');

/** Top hit is about the question's topic; the rest are near misses with falling scores, as vector search returns. */
function documents(rng: Rng, count: number, topic: string): RetrievedDocument[] {
  let score = rng.float(0.82, 0.93);
  return Array.from({ length: count }, (_, i) => {
    const article = kbArticle(rng, rng.int(450, 800), i === 0 || rng.chance(0.3) ? topic : undefined);
    const doc = { id: article.id, title: article.title, url: article.url, content: article.body, score: Math.round(score * 10000) / 10000 };
    score -= rng.float(0.01, 0.08);
    return doc;
  });
}

function answerFrom(rng: Rng, docs: readonly RetrievedDocument[]): string {
  const cited = rng.sample(docs.map((_, i) => i), Math.min(docs.length, rng.int(2, 3)));
  const lines = cited.map((i) => {
    const doc = docs[i];
    const sentence = doc?.content.split('. ')[rng.int(0, 2)] ?? '';
    return `- ${sentence.replace(/\.$/, '')} [${i + 1}].`;
  });
  return `Here is what the documentation says:\n\n${lines.join('\n')}\n\nFor the full procedure, see "${docs[cited[0] ?? 0]?.title ?? 'the docs'}".`;
}

export function buildDocSearch(ctx: BuildContext, session: SessionState | undefined): FeatureBuild {
  const { rng } = ctx;
  // Later searches in a session often refine the first one, so they share its wording.
  const refine = session && session.turns > 0 && rng.chance(0.5);
  const search = refine ? searchQuery(sessionRng(session)) : searchQuery(rng);
  const query = refine ? `${search.text} ${rng.pick(['example', 'error', 'limits', 'api'])}` : search.text;
  const children: Step[] = [];
  const workflowStart = gap(ctx, 5);
  const embed = callEmbedding(ctx, model('text-embedding-3-small'), [query], workflowStart + gap(ctx, 2));
  children.push(...embed.steps);
  let cursor = embed.endMs + gap(ctx, 2);

  const docs = documents(rng, rng.int(4, 5), search.task);
  let answer = '';
  let error = embed.error;
  if (embed.ok) {
    const retrieval: RetrievalStep = {
      kind: 'retrieval', ...stepIds(ctx), startMs: cursor, durationMs: rng.logNormal(45, 0.5), children: [],
      dataSource: 'product-docs', vectorStore: rng.pick(['qdrant', 'pgvector']), query, topK: docs.length, documents: docs,
    };
    children.push(retrieval);
    cursor = retrieval.startMs + retrieval.durationMs + gap(ctx, 3);

    const context = docs.map((d, i) => `[${i + 1}] ${d.title}\n${d.content}`).join('\n\n');
    const candidate = answerFrom(rng, docs);
    const llm = callLlm(ctx, {
      model: model(chooseModel(rng, MODELS, ctx.tenant.id, 'gpt-4o-mini')), system: SYSTEM,
      input: [textMessage('user', `Context:\n${context}\n\nQuestion: ${query}`)],
      output: [textMessage('assistant', candidate)], finishReason: 'stop', startMs: cursor,
      streaming: rng.chance(0.3), hiddenPromptTokens: 1100, evaluationRate: 0.07, temperature: 0,
    });
    children.push(...llm.steps);
    cursor = llm.endMs;
    error = llm.error;
    if (llm.ok) answer = candidate;
  }

  const workflow: WorkflowStep = {
    kind: 'workflow', ...stepIds(ctx), startMs: workflowStart, durationMs: cursor + gap(ctx, 2) - workflowStart, children,
    ...(error ? { error } : {}), name: 'rag-query', input: query, output: answer,
  };
  const root = requestStep(ctx, {
    method: 'GET', route: '/api/search', input: query, output: answer, children: [workflow],
    endMs: workflow.startMs + workflow.durationMs, error,
  });
  return { root, remember: [textMessage('user', query)] };
}
