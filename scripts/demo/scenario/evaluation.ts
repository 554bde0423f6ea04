// Online evaluation results attached to a few percent of answers, as an LLM-as-judge pipeline would produce them.
// Roughly a third of the evaluated answers are flagged, so the hallucination panel is never empty.
import type { Rng } from '../random';
import type { Evaluation } from './types';

const HALLUCINATED = [
  'The answer cites a setting ("Advanced > Legacy limits") that does not exist in any retrieved document.',
  'The refund timeline stated in the answer contradicts the policy document, which says ten business days.',
  'The answer claims SSO is available on the Starter plan; the context says Business and above.',
  'Figures in the summary do not appear in the source transcript.',
];
const FAITHFUL = [
  'Every claim in the answer is supported by the retrieved context.',
  'The answer paraphrases the documentation accurately and adds no unsupported facts.',
  'The summary matches the source; no invented numbers or names.',
];

export function evaluate(rng: Rng): Evaluation {
  const name = rng.weighted<Evaluation['name']>([['hallucination', 6], ['relevance', 2], ['groundedness', 2]]);
  if (name === 'hallucination') {
    const flagged = rng.chance(0.35);
    return {
      name,
      score: round2(flagged ? rng.float(0.62, 0.98) : rng.float(0.01, 0.3)),
      label: flagged ? 'hallucinated' : 'factual',
      explanation: rng.pick(flagged ? HALLUCINATED : FAITHFUL),
    };
  }
  const good = rng.chance(0.75);
  return {
    name,
    score: round2(good ? rng.float(0.7, 1) : rng.float(0.1, 0.5)),
    label: good ? (name === 'relevance' ? 'relevant' : 'grounded') : name === 'relevance' ? 'irrelevant' : 'ungrounded',
    explanation: good ? rng.pick(FAITHFUL) : rng.pick(HALLUCINATED),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
