// Attribute helpers shared by the convention emitters: the HTTP server root span (which no LLM library emits; the
// web framework's instrumentation does), generic app spans, usage sums and evaluation events.
import { SpanKind, type AttributeValue, type Attributes } from '@opentelemetry/api';
import type { Evaluation, LlmStep, RequestStep, Step, TraceScenario, Usage } from '../scenario/types';
import type { EventSpec, SpanSpec } from './types';

/** Drops undefined values so optional facts simply do not appear on the span. */
export function compact(attributes: Readonly<Record<string, AttributeValue | undefined>>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out[key] = value;
  return out;
}

export function endMsOf(step: Step): number {
  return step.startMs + step.durationMs;
}

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
];

/** The server span of the incoming request, as the runtime's HTTP instrumentation records it. */
export function httpServerSpan(step: RequestStep, trace: TraceScenario): SpanSpec {
  const python = trace.deployment.runtime === 'python';
  const webhook = step.route.startsWith('/webhooks');
  // Stable per trace (derived from the trace id), so no randomness is needed here.
  const n = parseInt(trace.traceId.slice(0, 6), 16);
  return {
    name: `${step.method} ${step.route}`,
    kind: SpanKind.SERVER,
    scope: python
      ? { name: 'opentelemetry.instrumentation.fastapi', version: '0.50b0' }
      : trace.feature === 'support-chat'
        ? { name: 'next.js', version: '15.3.2' }
        : { name: '@opentelemetry/instrumentation-http', version: '0.57.2' },
    attributes: compact({
      'http.request.method': step.method,
      'http.route': step.route,
      'url.path': step.route,
      'url.scheme': 'https',
      'server.address': `${trace.deployment.serviceName}.${trace.deployment.environment === 'staging' ? 'staging.' : ''}example.com`,
      'http.response.status_code': step.httpStatus,
      'error.type': step.error ? String(step.httpStatus) : undefined,
      'network.protocol.version': '1.1',
      'user_agent.original': webhook ? `GitHub-Hookshot/${trace.traceId.slice(0, 7)}` : USER_AGENTS[n % USER_AGENTS.length],
      'client.address': `198.51.100.${(n % 250) + 2}`,
      'next.span_type': trace.feature === 'support-chat' ? 'BaseServer.handleRequest' : undefined,
      'next.route': trace.feature === 'support-chat' ? step.route : undefined,
    }),
  };
}

/**
 * An application span without any LLM convention (a job step, a database call). It comes from the service's own
 * tracer, not from the LLM library, so its scope is the service.
 */
export function appSpan(trace: TraceScenario, name: string, attributes: Readonly<Record<string, AttributeValue | undefined>>, kind: SpanKind = SpanKind.INTERNAL): SpanSpec {
  return {
    name, kind, attributes: compact(attributes),
    scope: { name: trace.deployment.serviceName, version: trace.deployment.serviceVersion },
  };
}

export function sumUsage(steps: readonly Step[]): Usage {
  const total = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, reasoning: 0 };
  for (const step of steps) {
    if (step.kind !== 'llm') continue;
    total.input += step.usage.input;
    total.output += step.usage.output;
    total.cacheRead += step.usage.cacheRead;
    total.cacheWrite += step.usage.cacheWrite;
    total.reasoning += step.usage.reasoning;
  }
  return total;
}

/** `gen_ai.evaluation.result`, recorded as a span event when the judge finished (just after the call). */
export function evaluationEvents(step: LlmStep): EventSpec[] {
  const evaluation: Evaluation | undefined = step.evaluation;
  if (!evaluation) return [];
  return [{
    name: 'gen_ai.evaluation.result',
    atMs: endMsOf(step),
    attributes: {
      'gen_ai.evaluation.name': evaluation.name,
      'gen_ai.evaluation.score.value': evaluation.score,
      'gen_ai.evaluation.score.label': evaluation.label,
      'gen_ai.evaluation.explanation': evaluation.explanation,
    },
  }];
}

/** Positive counts only: emitters leave zero cache/reasoning counts out, as the real libraries do. */
export function positive(n: number): number | undefined {
  return n > 0 ? n : undefined;
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}
