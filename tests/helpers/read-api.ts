// Reads back what a real client sent, through the read API, and the catalog's own price for comparison.
import { calcPrice } from '@pydantic/genai-prices';
import type { ServerHandle } from './server-process';

export interface ApiMessagePart {
  type: string;
  content?: string;
  name?: string;
  arguments?: string;
  result?: string;
}

export interface ClientSpan {
  traceId: string;
  spanId: string;
  name: string;
  type: string;
  provider: string | null;
  model: string | null;
  usage: { input: number; output: number; cacheRead: number; cacheWrite: number; reasoning: number; total: number } | null;
  cost: Record<string, string> | null;
  costStatus: string | null;
  usageEstimatedBy: string | null;
  billable: boolean;
  tenantId: string | null;
  feature: string | null;
  userId: string | null;
  sessionId: string | null;
  input: { role: string; parts: ApiMessagePart[] }[];
  output: { role: string; parts: ApiMessagePart[] }[];
  toolCalls: { id?: string; name: string; arguments?: string; result?: string }[];
  timeToFirstTokenMs: number | null;
  attributes: Record<string, string>;
}

/** Polls /api/public/spans until `done` holds for the spans since `since` (bounded). */
export async function waitForSpans(server: ServerHandle, since: Date, done: (spans: ClientSpan[]) => boolean, timeoutMs = 15_000): Promise<ClientSpan[]> {
  const deadline = Date.now() + timeoutMs;
  let spans: ClientSpan[] = [];
  while (Date.now() < deadline) {
    const from = new Date(since.getTime() - 60_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const r = await fetch(`${server.baseUrl}/api/public/spans?from=${from}&to=${to}&limit=1000`, { headers: { 'x-api-key': server.apiKey } });
    spans = ((await r.json()) as { spans: ClientSpan[] }).spans;
    if (done(spans)) return spans;
    await new Promise((res) => setTimeout(res, 300));
  }
  return spans;
}

/** The catalog's price in USD for OpenAI-style usage (input includes cached tokens). */
export function catalogCost(model: string, usage: { input: number; cached: number; output: number }, at = new Date()): number {
  const result = calcPrice({ input_tokens: usage.input, cache_read_tokens: usage.cached, output_tokens: usage.output }, model, { providerId: 'openai', timestamp: at });
  if (!result) throw new Error(`The catalog has no price for ${model}.`);
  return result.total_price;
}

export function texts(messages: ClientSpan['input']): string {
  return messages.flatMap((m) => m.parts.map((p) => p.content ?? '')).join(' ');
}
