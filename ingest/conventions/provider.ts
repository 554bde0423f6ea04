// Canonical provider names (the OTel GenAI `gen_ai.provider.name` values) from every form emitters use:
// `openai.chat` (Vercel AI SDK), `OpenAI` (OpenInference), `Anthropic`, `bedrock`, `vertex`, `azure` ...

const ALIASES: Readonly<Record<string, string>> = {
  openai: 'openai',
  'azure.ai.openai': 'azure.ai.openai',
  azure: 'azure.ai.openai',
  'azure-openai': 'azure.ai.openai',
  azureopenai: 'azure.ai.openai',
  anthropic: 'anthropic',
  'aws.bedrock': 'aws.bedrock',
  bedrock: 'aws.bedrock',
  'amazon-bedrock': 'aws.bedrock',
  aws_bedrock: 'aws.bedrock',
  'gcp.vertex_ai': 'gcp.vertex_ai',
  vertex: 'gcp.vertex_ai',
  vertexai: 'gcp.vertex_ai',
  vertex_ai: 'gcp.vertex_ai',
  'google.vertex': 'gcp.vertex_ai',
  'gcp.gemini': 'gcp.gemini',
  'gcp.gen_ai': 'gcp.gen_ai',
  google: 'gcp.gemini',
  'google.generative-ai': 'gcp.gemini',
  gemini: 'gcp.gemini',
  mistral: 'mistral_ai',
  mistral_ai: 'mistral_ai',
  mistralai: 'mistral_ai',
  xai: 'x_ai',
  x_ai: 'x_ai',
  groq: 'groq',
  cohere: 'cohere',
  deepseek: 'deepseek',
  perplexity: 'perplexity',
  ollama: 'ollama',
  together: 'together',
  togetherai: 'together',
  fireworks: 'fireworks',
  openrouter: 'openrouter',
};

export function canonicalProvider(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const lower = raw.trim().toLowerCase();
  if (lower === '') return undefined;
  const direct = ALIASES[lower];
  if (direct) return direct;
  // Vercel AI SDK: "<provider>.<api>" such as openai.chat, openai.responses, anthropic.messages, google.generative-ai.
  const head = lower.split('.')[0] ?? lower;
  return ALIASES[head] ?? lower;
}

const MODEL_FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/^(gpt-|chatgpt-|o\d(-|$)|text-embedding-|davinci|babbage|dall-e|whisper|tts-|omni-moderation)/, 'openai'],
  [/^claude-/, 'anthropic'],
  [/^(gemini-|text-embedding-00|gemma-)/, 'gcp.gemini'],
  [/^(mistral-|mixtral-|codestral-|open-mistral|ministral-|pixtral-)/, 'mistral_ai'],
  [/^grok-/, 'x_ai'],
  [/^command(-|$)|^embed-(english|multilingual)/, 'cohere'],
  [/^deepseek-/, 'deepseek'],
];

/**
 * The provider of a span that names none (OpenInference embedding spans, hand-written spans): the instrumentation
 * scope names it ("...-instrumentation-openai"), or the model family does ("claude-..." is Anthropic's).
 */
export function inferProvider(model: string | undefined, scopeName: string): string | undefined {
  const scope = scopeName.toLowerCase();
  for (const name of ['openai', 'anthropic', 'bedrock', 'vertex', 'mistral', 'cohere', 'groq']) {
    if (scope.endsWith(`-${name}`) || scope.endsWith(`.${name}`) || scope.endsWith(`/${name}`)) return canonicalProvider(name);
  }
  const bare = (model ?? '').toLowerCase().replace(/^.*\//, '');
  for (const [family, provider] of MODEL_FAMILIES) if (family.test(bare)) return provider;
  return undefined;
}
