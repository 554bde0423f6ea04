// Evaluation scores and the hallucination flag: GenAI `gen_ai.evaluation.result` events, OpenInference
// `annotations.{i}.annotation.*` / `evaluations.{i}.evaluation.*`, and the project-configured attribute.
import type { Attributes } from '@/ingest/otlp/types';
import { EVENT, type SpanView } from './span-view';
import type { EvaluationScore } from './types';
import { readNumber, readString } from './values';

const MAX_INDEX = 10_000;

function score(attrs: Attributes, name: string, value: string, label: string, explanation: string): EvaluationScore | undefined {
  const scoreName = readString(attrs, name);
  if (scoreName === undefined) return undefined;
  const scoreValue = readNumber(attrs, value);
  const scoreLabel = readString(attrs, label);
  const scoreExplanation = readString(attrs, explanation);
  return {
    name: scoreName,
    ...(scoreValue !== undefined && { value: scoreValue }),
    ...(scoreLabel !== undefined && { label: scoreLabel }),
    ...(scoreExplanation !== undefined && { explanation: scoreExplanation }),
  };
}

export function genaiEvaluationScores(view: SpanView): EvaluationScore[] | undefined {
  if (!view.hasEvent(EVENT.evaluation)) return undefined;
  let scores: EvaluationScore[] | undefined;
  for (const event of view.span.events) {
    if (event.name !== 'gen_ai.evaluation.result') continue;
    const s = score(event.attributes, 'gen_ai.evaluation.name', 'gen_ai.evaluation.score.value', 'gen_ai.evaluation.score.label', 'gen_ai.evaluation.explanation');
    if (s) (scores ??= []).push(s);
  }
  return scores;
}

/** `annotations.{i}.annotation.name/.score/.label/.explanation`, then `evaluations.{i}.evaluation.*`. */
export function openInferenceScores(view: SpanView): EvaluationScore[] | undefined {
  let scores: EvaluationScore[] | undefined;
  for (const [prefix, field] of [['annotations', 'annotation'], ['evaluations', 'evaluation']] as const) {
    for (let i = 0; i < MAX_INDEX; i++) {
      const base = `${prefix}.${i}.${field}.`;
      const s = score(view.attrs, `${base}name`, `${base}score`, `${base}label`, `${base}explanation`);
      if (!s) break;
      (scores ??= []).push(s);
    }
  }
  return scores;
}

const HALLUCINATED_LABELS: ReadonlySet<string> = new Set(['hallucinated', 'hallucination', 'true', 'yes']);
const TRUTHY: ReadonlySet<string> = new Set(['true', '1', 'yes', 'hallucinated']);

function isHallucinationScore(s: EvaluationScore): boolean {
  const label = s.label?.toLowerCase();
  if (label !== undefined && label === 'hallucinated') return true;
  if (!s.name.toLowerCase().includes('hallucinat')) return false;
  // A hallucination judge's label is the verdict; without one, its score is the probability of hallucination.
  return label !== undefined ? HALLUCINATED_LABELS.has(label) : (s.value ?? 0) >= 0.5;
}

export function isHallucination(view: SpanView, scores: readonly EvaluationScore[]): boolean {
  const key = view.settings.hallucinationKey;
  if (key !== undefined) {
    const flag = readString(view.attrs, key);
    if (flag !== undefined && TRUTHY.has(flag.toLowerCase())) return true;
  }
  return scores.some(isHallucinationScore);
}
