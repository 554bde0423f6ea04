// How to point an OpenTelemetry exporter at this installation, with the project's key when it is at hand.
export function SendSpansSnippet({ otlpPort, apiKey }: { otlpPort: number; apiKey?: string }) {
  const host = typeof window === 'undefined' ? 'localhost' : window.location.hostname;
  return (
    <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
      {`export OTEL_EXPORTER_OTLP_ENDPOINT=http://${host}:${otlpPort}
export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer ${apiKey ?? '<your project API key>'}"
# optional: export OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf   (or http/json)`}
    </pre>
  );
}
