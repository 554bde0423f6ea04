// Summarization worker: short documents go to the model in one call; long ones are split, summarized chunk by chunk
// (map) and combined (reduce) inside a workflow. Acme runs part of it on its own fine-tuned model, which has no
// public price: those calls must show up as unpriced.
import { model, type ModelId } from '../../catalog/models';
import type { TenantId } from '../../catalog/tenants';
import { chunkSummary, longDocument, summaryOf } from '../../text/documents';
import { gap, stepIds, type BuildContext } from '../build-context';
import { callLlm, textMessage } from '../llm-call';
import type { Step, StepError, TaskStep, WorkflowStep } from '../types';
import { chooseModel, requestStep, type FeatureBuild } from './shared';

const MODELS: Partial<Record<TenantId, ReadonlyArray<readonly [ModelId, number]>>> = {
  acme: [['acme-llama-ft', 45], ['gpt-4o-mini', 55]],
  globex: [['gemini-2.0-flash', 60], ['mistral-large', 40]],
  initech: [['gpt-4o-mini', 100]],
  umbrella: [['mistral-large', 50], ['gpt-4o', 50]],
  hooli: [['gemini-2.0-flash', 50], ['claude-3-5-haiku', 50]],
};

const SYSTEM = 'Summarize the document for a busy executive: at most six bullet points, then one sentence overall. Keep numbers and owners exact; do not invent facts.';
const MAP_SYSTEM = 'Summarize this part of a longer document in three to five sentences. Keep names, numbers and decisions.';

export function buildSummarize(ctx: BuildContext): FeatureBuild {
  const { rng } = ctx;
  const long = rng.chance(0.3);
  const doc = longDocument(rng, long ? rng.int(5000, 8000) : rng.int(1400, 2600));
  const summary = summaryOf(rng, doc);
  const modelSpec = model(chooseModel(rng, MODELS, ctx.tenant.id, 'gpt-4o-mini'));
  const start = gap(ctx, 6);

  if (!long) {
    const llm = callLlm(ctx, {
      model: modelSpec, system: SYSTEM, input: [textMessage('user', `${doc.title}\n\n${doc.text}`)],
      output: [textMessage('assistant', summary)], finishReason: 'stop', startMs: start, streaming: false,
      evaluationRate: 0.05, temperature: 0.2, maxTokens: 800,
    });
    const root = requestStep(ctx, {
      method: 'POST', route: '/v1/summarize', input: doc.title, output: llm.ok ? summary : '', children: llm.steps,
      endMs: llm.endMs, error: llm.error,
    });
    return { root, remember: [] };
  }

  const children: Step[] = [];
  const chunkSize = Math.ceil(doc.text.length / rng.int(2, 4));
  const chunks: string[] = [];
  for (let i = 0; i < doc.text.length; i += chunkSize) chunks.push(doc.text.slice(i, i + chunkSize));
  const split: TaskStep = {
    kind: 'task', ...stepIds(ctx), startMs: start + gap(ctx, 1), durationMs: rng.logNormal(3, 0.4), children: [],
    name: 'split-document', input: JSON.stringify({ title: doc.title, chars: doc.text.length }),
    output: JSON.stringify({ chunks: chunks.length, chunk_chars: chunkSize }),
  };
  children.push(split);

  // Map calls run concurrently (the worker fans out), so the map phase lasts as long as the slowest chunk.
  const mapStart = split.startMs + split.durationMs + gap(ctx, 2);
  let mapEnd = mapStart;
  const partials: string[] = [];
  let error: StepError | undefined;
  for (const chunk of chunks) {
    const partial = chunkSummary(rng);
    const llm = callLlm(ctx, {
      model: modelSpec, system: MAP_SYSTEM, input: [textMessage('user', chunk)], output: [textMessage('assistant', partial)],
      finishReason: 'stop', startMs: mapStart + rng.float(0, 15), streaming: false, temperature: 0.2, maxTokens: 400,
    });
    children.push(...llm.steps);
    mapEnd = Math.max(mapEnd, llm.endMs);
    if (!llm.ok) error = llm.error;
    partials.push(partial);
  }

  let endMs = mapEnd;
  if (!error) {
    const reduce = callLlm(ctx, {
      model: modelSpec, system: SYSTEM,
      input: [textMessage('user', `Combine these partial summaries of "${doc.title}":\n\n${partials.map((p, i) => `Part ${i + 1}: ${p}`).join('\n\n')}`)],
      output: [textMessage('assistant', summary)], finishReason: 'stop', startMs: mapEnd + gap(ctx, 2), streaming: false,
      evaluationRate: 0.05, temperature: 0.2, maxTokens: 800,
    });
    children.push(...reduce.steps);
    endMs = reduce.endMs;
    error = reduce.error;
  }

  const workflow: WorkflowStep = {
    kind: 'workflow', ...stepIds(ctx), startMs: start, durationMs: endMs + gap(ctx, 2) - start, children,
    ...(error ? { error } : {}), name: 'map-reduce-summarize', input: doc.title, output: error ? '' : summary,
  };
  const root = requestStep(ctx, {
    method: 'POST', route: '/v1/summarize', input: doc.title, output: error ? '' : summary, children: [workflow],
    endMs: workflow.startMs + workflow.durationMs, error,
  });
  return { root, remember: [] };
}
