// One TracerProvider per deployment (service, release, environment): in OpenTelemetry the resource belongs to the
// provider, and the demo needs many resources in one process. All providers share one id generator and feed the
// same exporter through their own span processor.
import type { Tracer } from '@opentelemetry/api';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOnSampler, BasicTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Deployment } from '../catalog/deployments';
import type { ScopeSpec } from '../conventions/types';
import type { ScriptedIdGenerator } from './ids';

function resourceFor(d: Deployment) {
  const python = d.runtime === 'python';
  return defaultResource().merge(resourceFromAttributes({
    'service.name': d.serviceName,
    'service.version': d.serviceVersion,
    'service.namespace': 'tokenmeter-demo',
    'deployment.environment.name': d.environment,
    // The Python services report the Python SDK, as they would in reality.
    ...(python ? { 'telemetry.sdk.language': 'python', 'telemetry.sdk.version': '1.29.0' } : {}),
    'process.runtime.name': python ? 'cpython' : 'nodejs',
  }));
}

export class ProviderPool {
  private readonly providers = new Map<string, BasicTracerProvider>();

  constructor(
    private readonly makeProcessor: () => SpanProcessor,
    private readonly ids: ScriptedIdGenerator,
  ) {}

  tracer(deployment: Deployment, scope: ScopeSpec): Tracer {
    const key = `${deployment.serviceName}|${deployment.serviceVersion}|${deployment.environment}`;
    let provider = this.providers.get(key);
    if (!provider) {
      provider = new BasicTracerProvider({
        resource: resourceFor(deployment),
        idGenerator: this.ids,
        // Explicit, so OTEL_TRACES_SAMPLER or OTEL_SPAN_*_LIMIT in the environment cannot drop demo data.
        sampler: new AlwaysOnSampler(),
        spanLimits: { attributeCountLimit: 1024, eventCountLimit: 256, attributeValueLengthLimit: 1_000_000 },
        spanProcessors: [this.makeProcessor()],
      });
      this.providers.set(key, provider);
    }
    return provider.getTracer(scope.name, scope.version);
  }

  async forceFlush(): Promise<void> {
    await Promise.all([...this.providers.values()].map((p) => p.forceFlush()));
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.providers.values()].map((p) => p.shutdown()));
    this.providers.clear();
  }
}
