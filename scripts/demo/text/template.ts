// A minimal slot-filling template engine: "{product} {problem}" picks one entry per slot from a vocabulary.
// Word lists plus templates give varied, readable text that is still fully determined by the seed.
import type { Rng } from '../random';

export type Slot = readonly string[] | ((rng: Rng) => string);
export type Vocabulary = Readonly<Record<string, Slot>>;

export function fill(rng: Rng, vocabulary: Vocabulary, template: string): string {
  // A few passes, because vocabulary entries may themselves contain slots ("the {product} is affected").
  let text = template;
  for (let depth = 0; depth < 3 && text.includes('{'); depth++) {
    text = text.replace(/\{(\w+)\}/g, (_match, key: string) => {
      const slot = vocabulary[key];
      if (slot === undefined) throw new Error(`template slot {${key}} has no vocabulary`);
      return typeof slot === 'function' ? slot(rng) : rng.pick(slot);
    });
  }
  return text;
}

/** Several filled sentences from distinct templates, joined into a paragraph. */
export function paragraph(rng: Rng, vocabulary: Vocabulary, templates: readonly string[], sentences: number): string {
  return rng
    .sample(templates, sentences)
    .map((t) => fill(rng, vocabulary, t))
    .join(' ');
}

/** Keeps adding paragraphs until the text reaches `minChars`: the demo needs ~2 KB per call, not exact sizes. */
export function textOfLength(rng: Rng, minChars: number, makeParagraph: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < minChars) {
    const next = makeParagraph();
    parts.push(next);
    length += next.length + 2;
  }
  return parts.join('\n\n');
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** Rough token estimate (≈ 4 characters per token for English), the same rule of thumb providers publish. */
export function estimateTokens(text: string): number {
  return tokensForChars(text.length);
}

export function tokensForChars(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}
