// Token estimation for spans with content but no usage. Tests in this file run in order: the first one checks that
// encodings load only when needed, before any other test loads them.
import { describe, expect, it } from 'vitest';
import type { Message } from '@/ingest/conventions/types';
import { countTokens, estimateTokens, estimatorLabel, loadedTokenizers, tokenizerForModel } from './estimate-tokens';
import { priceSpan } from './price-span';

describe('estimateTokens', () => {
  it('loads only the encoding a model needs, on first use', async () => {
    expect(loadedTokenizers()).toEqual([]);
    await estimateTokens({ model: 'gpt-4o', input: 'hello', output: '' });
    expect(loadedTokenizers()).toEqual(['o200k_base']);
  });

  it('picks o200k_base for GPT-4o and later, cl100k_base for GPT-4 / 3.5 and everything else', () => {
    for (const model of ['gpt-4o', 'gpt-4o-mini-2024-07-18', 'chatgpt-4o-latest', 'gpt-4.1-nano', 'gpt-5', 'gpt-5-mini', 'o1', 'o3-mini', 'o4-mini', 'openai/gpt-4o', 'GPT-4O']) {
      expect(tokenizerForModel(model), model).toBe('o200k_base');
    }
    for (const model of ['gpt-4', 'gpt-4-turbo', 'gpt-4-0613', 'gpt-3.5-turbo', 'text-embedding-3-small', 'claude-sonnet-4', 'gemini-2.5-pro', 'llama-3', undefined, '']) {
      expect(tokenizerForModel(model), String(model)).toBe('cl100k_base');
    }
  });

  it('counts "hello world" as 2 tokens in both encodings', async () => {
    expect(await countTokens('hello world', 'o200k_base')).toBe(2);
    expect(await countTokens('hello world', 'cl100k_base')).toBe(2);
    expect(await countTokens('', 'cl100k_base')).toBe(0);
  });

  it('counts input and output with the model encoding, plausibly for longer text', async () => {
    const paragraph = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
    const estimate = await estimateTokens({ model: 'gpt-3.5-turbo', input: paragraph, output: 'hello world' });
    expect(estimate.tokenizer).toBe('cl100k_base');
    expect(estimate.output).toBe(2);
    // About ten tokens per sentence: 20 sentences is 200 give or take a few.
    expect(estimate.input).toBeGreaterThan(180);
    expect(estimate.input).toBeLessThan(220);
  });

  it('counts message text, reasoning, tool calls and results, not images', async () => {
    const messages: Message[] = [
      { role: 'system', parts: [{ type: 'text', content: 'hello world' }] },
      { role: 'user', parts: [{ type: 'image', uri: 'https://example.com/a.png' }, { type: 'text', content: 'hello world' }] },
    ];
    const output: Message[] = [
      { role: 'assistant', parts: [{ type: 'reasoning', content: 'hello world' }, { type: 'tool_call', name: 'search', arguments: '{"q":"x"}' }] },
    ];
    const estimate = await estimateTokens({ model: 'gpt-4o', input: messages, output });
    const joinedInput = await countTokens('hello world\nhello world', 'o200k_base');
    const joinedOutput = await countTokens('hello world\nsearch\n{"q":"x"}', 'o200k_base');
    expect(estimate).toEqual({ input: joinedInput, output: joinedOutput, tokenizer: 'o200k_base' });
    expect(estimate.input).toBeGreaterThanOrEqual(4);
  });

  it('treats special-token text in content as text instead of throwing', async () => {
    expect(await countTokens('<|endoftext|>', 'cl100k_base')).toBeGreaterThan(1);
  });

  it('feeds priceSpan, which marks the cost estimated', async () => {
    const estimate = await estimateTokens({ model: 'gpt-4o-mini', input: 'hello world', output: 'hello world' });
    const priced = priceSpan({
      provider: 'openai',
      model: 'gpt-4o-mini',
      usage: { input: estimate.input, output: estimate.output },
      at: new Date('2025-09-01T00:00:00Z'),
      overrides: [],
      billable: true,
      estimatedBy: estimatorLabel(estimate.tokenizer),
    });
    // 2 x 0.15 / 1M and 2 x 0.6 / 1M.
    expect(priced).toMatchObject({ status: 'estimated', estimatedBy: 'tiktoken:o200k_base', total: '0.0000015' });
  });
});
