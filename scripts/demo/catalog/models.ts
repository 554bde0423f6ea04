// The models the demo tenants call. Speeds and first-token latencies are rough public medians, enough to make the
// latency charts look like real traffic. Prices are deliberately absent: pricing is Tokenmeter's job, and
// `acme-llama-ft` exists precisely because it has no price anywhere (it must show as "unpriced", never as $0).

export type ProviderId = 'openai' | 'anthropic' | 'google' | 'mistral' | 'self-hosted';

export type ModelId =
  | 'gpt-4o'
  | 'gpt-4o-mini'
  | 'o3-mini'
  | 'claude-sonnet-4'
  | 'claude-3-5-haiku'
  | 'gemini-2.0-flash'
  | 'mistral-large'
  | 'text-embedding-3-small'
  | 'acme-llama-ft';

export interface ModelSpec {
  readonly id: ModelId;
  /** What the API reports back as the concrete snapshot (gen_ai.response.model). */
  readonly responseModel: string;
  readonly provider: ProviderId;
  readonly kind: 'chat' | 'embedding';
  /** Median output tokens per second while streaming. */
  readonly tokensPerSecond: number;
  /** Median time to first token for a short prompt, in ms. */
  readonly firstTokenMs: number;
  /** Extra prefill time per 1k input tokens, in ms. */
  readonly prefillMsPerKToken: number;
  /** o-series models think before answering; the hidden tokens are billed as output. */
  readonly reasoning: boolean;
  /** How prompt caching shows up in usage: explicit cache_control (Anthropic), automatic prefix cache (OpenAI). */
  readonly caching: 'explicit' | 'automatic' | 'none';
  readonly contextWindow: number;
  /** Embedding vector length (embedding models only). */
  readonly dimensions?: number;
  /** Host the client talks to (server.address). */
  readonly host: string;
}

const MODELS: Readonly<Record<ModelId, ModelSpec>> = {
  'gpt-4o': {
    id: 'gpt-4o', responseModel: 'gpt-4o-2024-08-06', provider: 'openai', kind: 'chat', tokensPerSecond: 85,
    firstTokenMs: 420, prefillMsPerKToken: 35, reasoning: false, caching: 'automatic', contextWindow: 128_000,
    host: 'api.openai.com',
  },
  'gpt-4o-mini': {
    id: 'gpt-4o-mini', responseModel: 'gpt-4o-mini-2024-07-18', provider: 'openai', kind: 'chat', tokensPerSecond: 120,
    firstTokenMs: 330, prefillMsPerKToken: 20, reasoning: false, caching: 'automatic', contextWindow: 128_000,
    host: 'api.openai.com',
  },
  'o3-mini': {
    id: 'o3-mini', responseModel: 'o3-mini-2025-01-31', provider: 'openai', kind: 'chat', tokensPerSecond: 150,
    firstTokenMs: 900, prefillMsPerKToken: 25, reasoning: true, caching: 'automatic', contextWindow: 200_000,
    host: 'api.openai.com',
  },
  'claude-sonnet-4': {
    id: 'claude-sonnet-4', responseModel: 'claude-sonnet-4-20250514', provider: 'anthropic', kind: 'chat',
    tokensPerSecond: 60, firstTokenMs: 780, prefillMsPerKToken: 40, reasoning: false, caching: 'explicit',
    contextWindow: 200_000, host: 'api.anthropic.com',
  },
  'claude-3-5-haiku': {
    id: 'claude-3-5-haiku', responseModel: 'claude-3-5-haiku-20241022', provider: 'anthropic', kind: 'chat',
    tokensPerSecond: 95, firstTokenMs: 520, prefillMsPerKToken: 20, reasoning: false, caching: 'explicit',
    contextWindow: 200_000, host: 'api.anthropic.com',
  },
  'gemini-2.0-flash': {
    id: 'gemini-2.0-flash', responseModel: 'gemini-2.0-flash-001', provider: 'google', kind: 'chat',
    tokensPerSecond: 190, firstTokenMs: 380, prefillMsPerKToken: 10, reasoning: false, caching: 'none',
    contextWindow: 1_000_000, host: 'generativelanguage.googleapis.com',
  },
  'mistral-large': {
    id: 'mistral-large', responseModel: 'mistral-large-2411', provider: 'mistral', kind: 'chat', tokensPerSecond: 45,
    firstTokenMs: 600, prefillMsPerKToken: 45, reasoning: false, caching: 'none', contextWindow: 128_000,
    host: 'api.mistral.ai',
  },
  'text-embedding-3-small': {
    id: 'text-embedding-3-small', responseModel: 'text-embedding-3-small', provider: 'openai', kind: 'embedding',
    tokensPerSecond: 0, firstTokenMs: 110, prefillMsPerKToken: 12, reasoning: false, caching: 'none',
    contextWindow: 8191, dimensions: 1536, host: 'api.openai.com',
  },
  'acme-llama-ft': {
    id: 'acme-llama-ft', responseModel: 'acme-llama-ft-v3', provider: 'self-hosted', kind: 'chat', tokensPerSecond: 38,
    firstTokenMs: 260, prefillMsPerKToken: 30, reasoning: false, caching: 'none', contextWindow: 32_000,
    host: 'llm.internal.acme.example',
  },
};

export function model(id: ModelId): ModelSpec {
  return MODELS[id];
}

export const ALL_MODELS: readonly ModelSpec[] = Object.values(MODELS);

/**
 * How each convention names a provider. The conventions disagree (gen_ai.provider.name says `gcp.gemini`,
 * the Vercel AI SDK says `google.generative-ai`, OpenInference says `google`), and the demo should exercise that.
 */
export interface ProviderNames {
  /** gen_ai.provider.name (semconv >= 1.37). */
  readonly genai: string;
  /** gen_ai.system in older semconv and OpenLLMetry. */
  readonly genaiSystem: string;
  /** OpenInference llm.provider. */
  readonly openinferenceProvider: string;
  /** OpenInference llm.system. */
  readonly openinferenceSystem: string;
  /** Vercel AI SDK ai.model.provider prefix (a suffix like `.chat` is added per call type). */
  readonly vercel: string;
}

const PROVIDER_NAMES: Readonly<Record<ProviderId, ProviderNames>> = {
  openai: { genai: 'openai', genaiSystem: 'openai', openinferenceProvider: 'openai', openinferenceSystem: 'openai', vercel: 'openai' },
  anthropic: {
    genai: 'anthropic', genaiSystem: 'anthropic', openinferenceProvider: 'anthropic', openinferenceSystem: 'anthropic',
    vercel: 'anthropic',
  },
  google: {
    genai: 'gcp.gemini', genaiSystem: 'gemini', openinferenceProvider: 'google', openinferenceSystem: 'vertexai',
    vercel: 'google.generative-ai',
  },
  mistral: {
    genai: 'mistral_ai', genaiSystem: 'mistral_ai', openinferenceProvider: 'mistralai', openinferenceSystem: 'mistralai',
    vercel: 'mistral',
  },
  // Served by vLLM behind an OpenAI-compatible API, as self-hosted fine-tunes usually are.
  'self-hosted': { genai: 'vllm', genaiSystem: 'vllm', openinferenceProvider: 'vllm', openinferenceSystem: 'vllm', vercel: 'vllm' },
};

export function providerNames(provider: ProviderId): ProviderNames {
  return PROVIDER_NAMES[provider];
}
