// Token counts for spans that carry content but no usage, so they can still be priced (with status "estimated").
// The BPE ranks are megabytes each: they are imported only when first needed, and only the encoding a model needs.
import { Tiktoken } from 'js-tiktoken/lite';
import type { Message } from '@/ingest/conventions/types';

export type TokenizerName = 'o200k_base' | 'cl100k_base';

export interface TokenEstimate {
  readonly input: number;
  readonly output: number;
  readonly tokenizer: TokenizerName;
}

export interface EstimateTokensInput {
  readonly model?: string;
  readonly input: string | readonly Message[];
  readonly output: string | readonly Message[];
}

const encoders = new Map<TokenizerName, Promise<Tiktoken>>();

// OpenAI's GPT-4o generation and later use o200k_base. Older GPT-4 / 3.5 use cl100k_base, which is also the least
// wrong guess for other providers' models, whose tokenizers are not public.
const O200K_MODEL = /^(gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|gpt-oss|o\d)/;

/** The tokenizer used to estimate a model's tokens. Gateway prefixes ("openai/gpt-4o") are ignored. */
export function tokenizerForModel(model: string | undefined): TokenizerName {
  const name = (model ?? '').trim().toLowerCase();
  const bare = name.slice(name.lastIndexOf('/') + 1);
  return O200K_MODEL.test(bare) ? 'o200k_base' : 'cl100k_base';
}

/**
 * Counts the content's tokens. Messages count their text, reasoning, tool-call names and arguments and tool
 * results; images and files are not counted, nor the few framing tokens a chat format adds per message, so the
 * estimate is a slight undercount.
 */
export async function estimateTokens(content: EstimateTokensInput): Promise<TokenEstimate> {
  const tokenizer = tokenizerForModel(content.model);
  const encoder = await loadEncoder(tokenizer);
  return {
    input: countWith(encoder, textOf(content.input)),
    output: countWith(encoder, textOf(content.output)),
    tokenizer,
  };
}

/** The `estimatedBy` to pass to priceSpan for usage counted with this tokenizer. */
export function estimatorLabel(tokenizer: TokenizerName): string {
  return `tiktoken:${tokenizer}`;
}

export async function countTokens(text: string, tokenizer: TokenizerName): Promise<number> {
  return countWith(await loadEncoder(tokenizer), text);
}

/** Encodings loaded so far (for diagnostics, and to show that loading is lazy). */
export function loadedTokenizers(): TokenizerName[] {
  return [...encoders.keys()];
}

function countWith(encoder: Tiktoken, text: string): number {
  // No special tokens: "<|endoftext|>" inside user content is text to count, not a reason to throw.
  return text.length === 0 ? 0 : encoder.encode(text, [], []).length;
}

function loadEncoder(tokenizer: TokenizerName): Promise<Tiktoken> {
  let encoder = encoders.get(tokenizer);
  if (!encoder) {
    encoder = importRanks(tokenizer).then((ranks) => new Tiktoken(ranks));
    // A failed import must not be cached forever.
    encoder.catch(() => encoders.delete(tokenizer));
    encoders.set(tokenizer, encoder);
  }
  return encoder;
}

async function importRanks(tokenizer: TokenizerName) {
  switch (tokenizer) {
    case 'o200k_base':
      return (await import('js-tiktoken/ranks/o200k_base')).default;
    case 'cl100k_base':
      return (await import('js-tiktoken/ranks/cl100k_base')).default;
  }
}

function textOf(content: string | readonly Message[]): string {
  if (typeof content === 'string') return content;
  const pieces: string[] = [];
  for (const message of content) {
    for (const part of message.parts) {
      switch (part.type) {
        case 'text':
        case 'reasoning':
          pieces.push(part.content);
          break;
        case 'tool_call':
          pieces.push(part.name, part.arguments ?? '');
          break;
        case 'tool_result':
          pieces.push(part.result);
          break;
        case 'file':
        case 'image':
          break;
      }
    }
  }
  return pieces.join('\n');
}
