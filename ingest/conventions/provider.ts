// Canonical provider names (the OTel GenAI `gen_ai.provider.name` values) from every spelling emitters use:
// `openai.chat` / `openai.responses` / `anthropic.messages` / `google.vertex.chat` (Vercel AI SDK), `OpenAI`,
// `Anthropic` (Traceloop's gen_ai.system), `mistralai` / `google` / `aws` (OpenInference), `bedrock`, `vertex`, `azure`.

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['openai', 'openai'],
  ['azure', 'azure.ai.openai'],
  ['azure.ai.openai', 'azure.ai.openai'],
  ['azure_openai', 'azure.ai.openai'],
  ['azure-openai', 'azure.ai.openai'],
  ['azureopenai', 'azure.ai.openai'],
  ['azure.ai.inference', 'azure.ai.inference'],
  ['az.ai.inference', 'azure.ai.inference'],
  ['anthropic', 'anthropic'],
  ['aws.bedrock', 'aws.bedrock'],
  ['bedrock', 'aws.bedrock'],
  ['amazon-bedrock', 'aws.bedrock'],
  ['amazon_bedrock', 'aws.bedrock'],
  ['aws_bedrock', 'aws.bedrock'],
  ['aws', 'aws.bedrock'],
  ['gcp.vertex_ai', 'gcp.vertex_ai'],
  ['vertex', 'gcp.vertex_ai'],
  ['vertexai', 'gcp.vertex_ai'],
  ['vertex_ai', 'gcp.vertex_ai'],
  ['google.vertex', 'gcp.vertex_ai'],
  ['google-vertex', 'gcp.vertex_ai'],
  ['vertex.anthropic', 'gcp.vertex_ai'],
  ['gcp.gemini', 'gcp.gemini'],
  ['gemini', 'gcp.gemini'],
  ['google', 'gcp.gemini'],
  ['google.generative-ai', 'gcp.gemini'],
  ['google_genai', 'gcp.gemini'],
  ['google-genai', 'gcp.gemini'],
  ['gcp.gen_ai', 'gcp.gen_ai'],
  ['mistral_ai', 'mistral_ai'],
  ['mistral', 'mistral_ai'],
  ['mistralai', 'mistral_ai'],
  ['x_ai', 'x_ai'],
  ['xai', 'x_ai'],
  ['x-ai', 'x_ai'],
  ['ibm.watsonx.ai', 'ibm.watsonx.ai'],
  ['watsonx', 'ibm.watsonx.ai'],
  ['together', 'together'],
  ['togetherai', 'together'],
]);

/** What the Vercel AI SDK appends to the provider id to name the API (`openai.chat`, `anthropic.messages`). */
const API_SUFFIXES: ReadonlySet<string> = new Set([
  'chat', 'completion', 'completions', 'responses', 'messages', 'embedding', 'embeddings', 'image', 'transcription',
  'speech', 'rerank', 'reranking', 'text',
]);

/** A few hundred distinct spellings at most reach us; remembering them keeps the string work off the hot path. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 1024;

function canonicalise(raw: string): string {
  const name = raw.trim().toLowerCase();
  const known = ALIASES.get(name);
  if (known) return known;
  const lastDot = name.lastIndexOf('.');
  if (lastDot > 0 && API_SUFFIXES.has(name.slice(lastDot + 1))) return canonicalise(name.slice(0, lastDot));
  return name;
}

export function canonicalProvider(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let name = cache.get(raw);
  if (name === undefined) {
    name = canonicalise(raw);
    if (cache.size < CACHE_LIMIT) cache.set(raw, name);
  }
  return name.length > 0 ? name : undefined;
}

const MODEL_PREFIXES: readonly (readonly [string, string])[] = [
  ['gpt-', 'openai'], ['chatgpt-', 'openai'], ['o1', 'openai'], ['o3', 'openai'], ['o4', 'openai'],
  ['text-embedding-3', 'openai'], ['text-embedding-ada', 'openai'], ['davinci', 'openai'], ['dall-e', 'openai'],
  ['whisper', 'openai'], ['tts-', 'openai'], ['omni-moderation', 'openai'],
  ['claude', 'anthropic'],
  ['gemini', 'gcp.gemini'], ['gemma', 'gcp.gemini'], ['text-embedding-00', 'gcp.gemini'],
  ['mistral', 'mistral_ai'], ['mixtral', 'mistral_ai'], ['codestral', 'mistral_ai'], ['ministral', 'mistral_ai'],
  ['pixtral', 'mistral_ai'], ['open-mistral', 'mistral_ai'],
  ['grok', 'x_ai'], ['command', 'cohere'], ['deepseek', 'deepseek'],
];

/** Instrumentation packages named after the client they wrap ("@arizeai/openinference-instrumentation-openai"). */
const SCOPE_PROVIDERS = ['openai', 'anthropic', 'bedrock', 'vertex', 'vertexai', 'mistral', 'mistralai', 'cohere', 'groq'];

/**
 * Last resort for spans that name no provider (Langfuse generations, hand-written spans): the instrumentation
 * scope ("@opentelemetry/instrumentation-openai"), then the model family ("claude-..." is Anthropic's). Bedrock
 * model ids ("anthropic.claude-...", "us.anthropic.claude-...") are Bedrock's.
 */
export function inferProvider(model: string | undefined, scopeName: string): string | undefined {
  const scope = scopeName.toLowerCase();
  for (const name of SCOPE_PROVIDERS) {
    for (const separator of ['-', '.', '_', '/']) if (scope.endsWith(separator + name)) return canonicalProvider(name);
  }
  if (model === undefined) return undefined;
  const lower = model.toLowerCase();
  if (lower.includes('anthropic.claude') || lower.includes('amazon.') || lower.includes('meta.llama')) return 'aws.bedrock';
  const bare = lower.slice(lower.lastIndexOf('/') + 1);
  for (const [prefix, provider] of MODEL_PREFIXES) if (bare.startsWith(prefix)) return provider;
  return undefined;
}
