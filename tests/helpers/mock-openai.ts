// A local OpenAI-compatible server for real-client tests: chat completions (with usage, tool calls, and SSE
// streaming ending in a usage chunk) and embeddings. Deterministic answers, bound to 127.0.0.1.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockUsage {
  prompt: number;
  completion: number;
  cached: number;
  reasoning: number;
}

export interface MockOpenAi {
  readonly baseUrl: string;
  readonly requests: { path: string; body: Record<string, unknown> }[];
  usage: MockUsage;
  answer: string;
  close(): Promise<void>;
}

type ChatMessage = { role: string; content?: unknown; tool_calls?: unknown };

export async function startMockOpenAi(): Promise<MockOpenAi> {
  const state = {
    requests: [] as { path: string; body: Record<string, unknown> }[],
    usage: { prompt: 1200, completion: 80, cached: 400, reasoning: 0 } as MockUsage,
    answer: 'Your order ships tomorrow.',
  };
  const usageJson = () => ({
    prompt_tokens: state.usage.prompt,
    completion_tokens: state.usage.completion,
    total_tokens: state.usage.prompt + state.usage.completion,
    prompt_tokens_details: { cached_tokens: state.usage.cached },
    completion_tokens_details: { reasoning_tokens: state.usage.reasoning },
  });

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
      const path = (req.url ?? '').replace(/^\/v1/, '');
      state.requests.push({ path, body });
      const model = String(body.model ?? 'gpt-4o-mini');
      if (path === '/embeddings') {
        const inputs = Array.isArray(body.input) ? body.input : [body.input];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            model,
            data: inputs.map((_, i) => ({ object: 'embedding', index: i, embedding: [0.1, 0.2, 0.3, 0.4] })),
            usage: { prompt_tokens: state.usage.prompt, total_tokens: state.usage.prompt },
          }),
        );
        return;
      }
      if (path !== '/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const messages = (body.messages ?? []) as ChatMessage[];
      const last = messages[messages.length - 1];
      const tools = Array.isArray(body.tools) ? (body.tools as { function?: { name?: string } }[]) : [];
      const callTool = tools.length > 0 && last?.role === 'user';
      const toolCall = callTool ? { id: 'call_mock_1', type: 'function', function: { name: tools[0]?.function?.name ?? 'tool', arguments: '{"orderId":"A-1001"}' } } : undefined;
      const finish = toolCall ? 'tool_calls' : 'stop';
      const id = `chatcmpl-${state.requests.length}`;
      const created = Math.floor(Date.now() / 1000);
      if (body.stream === true) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const send = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
        const chunk = (delta: unknown, finishReason: string | null) => ({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] });
        send(chunk({ role: 'assistant', content: '' }, null));
        for (const word of state.answer.split(/(?<= )/)) send(chunk({ content: word }, null));
        send(chunk({}, 'stop'));
        const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
        if (streamOptions?.include_usage) send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: usageJson() });
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content: toolCall ? null : state.answer, ...(toolCall && { tool_calls: [toolCall] }) } }],
          usage: usageJson(),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    get requests() {
      return state.requests;
    },
    get usage() {
      return state.usage;
    },
    set usage(u: MockUsage) {
      state.usage = u;
    },
    get answer() {
      return state.answer;
    },
    set answer(a: string) {
      state.answer = a;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
