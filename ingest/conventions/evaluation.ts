// Evaluation scores and the hallucination flag: GenAI `gen_ai.evaluation.result` events, OpenInference
// `annotations.{i}.annotation.*` / `evaluations.{i}.evaluation.*`, and a project-configured attribute.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { indexed } from './read-attributes';
import type { EvaluationScore } from './types';

const HALLUCINATED_LABELS = new Set(['hallucinated', 'hallucination', 'true', 'yes', 'fail', 'failed']);
const TRUTHY = new Set(['true', '1', 'yes', 'hallucinated']);

function score(name: string | undefined, value: string | undefined, label: string | undefined, explanation: string | undefined): EvaluationScore | undefined {
  if (!name) return undefined;
  const n = value === undefined || value === '' ? undefined : Number(value);
  return {
    name,
    ...(n !== undefined && Number.isFinite(n) && { value: n }),
    ...(label && { label }),
    ...(explanation && { explanation }),
  };
}

export function readScores(span: OtlpSpan): EvaluationScore[] {
  const scores: EvaluationScore[] = [];
  for (const e of span.events) {
    if (e.name !== 'gen_ai.evaluation.result') continue;
    const s = score(e.attributes['gen_ai.evaluation.name'], e.attributes['gen_ai.evaluation.score.value'], e.attributes['gen_ai.evaluation.score.label'], e.attributes['gen_ai.evaluation.explanation']);
    if (s) scores.push(s);
  }
  for (const [prefix, ns] of [['annotations', 'annotation'], ['evaluations', 'evaluation']] as const) {
    for (const g of indexed(span.attributes, prefix)) {
      const s = score(g[`${ns}.name`], g[`${ns}.score`], g[`${ns}.label`], g[`${ns}.explanation`]);
      if (s) scores.push(s);
    }
  }
  return scores;
}

export function isHallucination(span: OtlpSpan, scores: readonly EvaluationScore[], key: string | undefined): boolean {
  if (key) {
    const v = span.attributes[key];
    if (v !== undefined && TRUTHY.has(v.replace(/^"|"$/g, '').toLowerCase())) return true;
  }
  return scores.some((s) => /hallucinat/i.test(s.name) && (s.label ? HALLUCINATED_LABELS.has(s.label.toLowerCase()) : (s.value ?? 0) >= 0.5));
}
