// One embeddings request (a batch of texts), with the same failure-and-retry behaviour as chat calls: rate limits
// hit indexing jobs hardest because they send many requests back to back.
import type { ModelSpec } from '../catalog/models';
import { estimateTokens } from '../text/template';
import { stepIds, type BuildContext } from './build-context';
import { failureDurationMs, isRetryable, llmError, pickFailure } from './failures';
import type { EmbeddingStep, StepError } from './types';

export interface EmbeddingCallResult {
  readonly steps: readonly EmbeddingStep[];
  readonly endMs: number;
  readonly ok: boolean;
  readonly error: StepError | undefined;
}

export function callEmbedding(ctx: BuildContext, model: ModelSpec, inputs: readonly string[], startMs: number): EmbeddingCallResult {
  const steps: EmbeddingStep[] = [];
  const inputTokens = inputs.reduce((n, text) => n + estimateTokens(text), 0);
  let cursor = startMs;
  for (let attempt = 0; attempt < 3; attempt++) {
    const failure = pickFailure(ctx.rng, model.provider, ctx.incident);
    if (failure === undefined) {
      const durationMs = ctx.rng.logNormal(model.firstTokenMs, 0.4) + (inputTokens / 1000) * model.prefillMsPerKToken;
      steps.push({ kind: 'embedding', ...stepIds(ctx), startMs: cursor, durationMs, children: [], model, inputs, inputTokens });
      return { steps, endMs: cursor + durationMs, ok: true, error: undefined };
    }
    const error = llmError(ctx.rng, failure, model.provider, model.id, ctx.runtime);
    const durationMs = Math.min(failureDurationMs(ctx.rng, failure), 20_000);
    steps.push({ kind: 'embedding', ...stepIds(ctx), startMs: cursor, durationMs, error, children: [], model, inputs, inputTokens: 0 });
    cursor += durationMs;
    if (!isRetryable(failure) || attempt === 2) return { steps, endMs: cursor, ok: false, error };
    cursor += 500 * 2 ** attempt + ctx.rng.float(0, 300);
  }
  throw new Error('unreachable');
}
