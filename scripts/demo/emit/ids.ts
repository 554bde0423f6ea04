// Span and trace ids come from the scenario (which drew them from the seeded stream), not from the SDK's random
// generator: that is what makes two runs with one seed byte-identical. The renderer primes the next ids right
// before each startSpan; the SDK asks for a span id on every span and a trace id only for roots.
import type { IdGenerator } from '@opentelemetry/sdk-trace-base';

export class ScriptedIdGenerator implements IdGenerator {
  private traceId = '';
  private spanId = '';

  prime(traceId: string, spanId: string): void {
    this.traceId = traceId;
    this.spanId = spanId;
  }

  generateTraceId(): string {
    if (!this.traceId) throw new Error('ScriptedIdGenerator: no trace id primed');
    return this.traceId;
  }

  generateSpanId(): string {
    if (!this.spanId) throw new Error('ScriptedIdGenerator: no span id primed');
    const id = this.spanId;
    this.spanId = '';
    return id;
  }
}
