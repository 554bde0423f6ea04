import { describe, expect, it } from 'vitest';
import { contentParts, messagesFromJson, messagesFromText, toMessages, toPart } from './messages';

describe('toPart', () => {
  it('reads tool calls in the GenAI, AI SDK (v4 args, v5 input), Anthropic and OpenAI Responses shapes', () => {
    const expected = { type: 'tool_call', id: 'c1', name: 'f', arguments: '{"x":1}' };
    expect(toPart({ type: 'tool_call', id: 'c1', name: 'f', arguments: { x: 1 } })).toEqual(expected);
    expect(toPart({ type: 'tool-call', toolCallId: 'c1', toolName: 'f', args: { x: 1 } })).toEqual(expected);
    expect(toPart({ type: 'tool-call', toolCallId: 'c1', toolName: 'f', input: '{"x":1}' })).toEqual(expected);
    expect(toPart({ type: 'tool_use', id: 'c1', name: 'f', input: { x: 1 } })).toEqual(expected);
    expect(toPart({ type: 'function_call', call_id: 'c1', name: 'f', arguments: '{"x":1}' })).toEqual(expected);
  });

  it('reads tool results with `response` or `result`, AI SDK v5 outputs and Anthropic blocks', () => {
    const expected = { type: 'tool_result', id: 'c1', result: 'ok' };
    expect(toPart({ type: 'tool_call_response', id: 'c1', response: 'ok' })).toEqual(expected);
    expect(toPart({ type: 'tool_call_response', id: 'c1', result: 'ok' })).toEqual(expected);
    expect(toPart({ type: 'tool-result', toolCallId: 'c1', result: 'ok' })).toEqual(expected);
    expect(toPart({ type: 'tool-result', toolCallId: 'c1', output: { type: 'text', value: 'ok' } })).toEqual(expected);
    expect(toPart({ type: 'tool_result', tool_use_id: 'c1', content: [{ type: 'text', text: 'ok' }] })).toEqual(expected);
    expect(toPart({ type: 'tool_call_response', id: 'c1', response: { ok: true } })).toEqual({ ...expected, result: '{"ok":true}' });
  });

  it('keeps media references but never inline data', () => {
    expect(toPart({ type: 'uri', modality: 'image', uri: 'https://x/a.png', mime_type: 'image/png' })).toEqual({ type: 'image', uri: 'https://x/a.png', mimeType: 'image/png' });
    expect(toPart({ type: 'blob', modality: 'audio', mime_type: 'audio/wav', content: 'UklGRg==' })).toEqual({ type: 'file', mimeType: 'audio/wav' });
    expect(toPart({ type: 'image', image: 'iVBORw0KGgo=', mediaType: 'image/png' })).toEqual({ type: 'image', mimeType: 'image/png' });
    expect(toPart({ type: 'file', data: 'https://x/r.pdf', mediaType: 'application/pdf' })).toEqual({ type: 'file', uri: 'https://x/r.pdf', mimeType: 'application/pdf' });
  });

  it('reads reasoning and skips parts with nothing to show', () => {
    expect(toPart({ type: 'reasoning', content: 'hmm' })).toEqual({ type: 'reasoning', content: 'hmm' });
    expect(toPart({ type: 'thinking', thinking: 'hmm' })).toEqual({ type: 'reasoning', content: 'hmm' });
    expect(toPart({ type: 'server_tool_use' })).toBeUndefined();
    expect(toPart(42)).toBeUndefined();
  });
});

describe('toMessages', () => {
  it('reads OpenAI chat messages: tool_calls and tool answers', () => {
    expect(toMessages([
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'done' },
    ], 'user')).toEqual([
      { role: 'assistant', parts: [{ type: 'tool_call', id: 'c1', name: 'f', arguments: '{}' }] },
      { role: 'tool', parts: [{ type: 'tool_result', id: 'c1', result: 'done' }] },
    ]);
  });

  it('reads the AI SDK prompt object and lists of texts; other values become their JSON text', () => {
    expect(toMessages({ system: 'S', prompt: 'P' }, 'user')).toEqual([
      { role: 'system', parts: [{ type: 'text', content: 'S' }] },
      { role: 'user', parts: [{ type: 'text', content: 'P' }] },
    ]);
    expect(toMessages(['a', 'b'], 'user')).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'a' }, { type: 'text', content: 'b' }] }]);
    expect(toMessages({ rows: 3 }, 'assistant')).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: '{"rows":3}' }] }]);
    expect(toMessages([], 'user')).toBeUndefined();
  });
});

describe('messages from attribute text', () => {
  it('treats JSON-only attributes strictly and free text leniently', () => {
    expect(messagesFromJson('[{"role":"user"', 'user')).toBeUndefined();
    expect(messagesFromText('[1] see the docs', 'user')).toEqual([{ role: 'user', parts: [{ type: 'text', content: '[1] see the docs' }] }]);
    expect(messagesFromText('"quoted"', 'user')).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'quoted' }] }]);
  });

  it('reads JSON content parts inside an indexed content attribute, and text otherwise', () => {
    expect(contentParts('[{"type":"text","text":"hi"}]')).toEqual([{ type: 'text', content: 'hi' }]);
    expect(contentParts('[{broken')).toEqual([{ type: 'text', content: '[{broken' }]);
  });
});
