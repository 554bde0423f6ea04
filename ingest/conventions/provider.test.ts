import { describe, expect, it } from 'vitest';
import { canonicalProvider, inferProvider } from './provider';

describe('canonicalProvider', () => {
  it.each([
    ['openai.chat', 'openai'],
    ['openai.responses', 'openai'],
    ['OpenAI', 'openai'],
    ['Anthropic', 'anthropic'],
    ['anthropic.messages', 'anthropic'],
    ['azure', 'azure.ai.openai'],
    ['azure.chat', 'azure.ai.openai'],
    ['azure.ai.openai', 'azure.ai.openai'],
    ['bedrock', 'aws.bedrock'],
    ['amazon-bedrock', 'aws.bedrock'],
    ['aws', 'aws.bedrock'],
    ['vertex', 'gcp.vertex_ai'],
    ['vertexai', 'gcp.vertex_ai'],
    ['google.vertex.chat', 'gcp.vertex_ai'],
    ['vertex.anthropic.messages', 'gcp.vertex_ai'],
    ['google.generative-ai', 'gcp.gemini'],
    ['google', 'gcp.gemini'],
    ['mistralai', 'mistral_ai'],
    ['mistral.chat', 'mistral_ai'],
    ['xai.chat', 'x_ai'],
    ['ibm.watsonx.ai', 'ibm.watsonx.ai'],
    ['vllm.chat', 'vllm'],
    [' Groq ', 'groq'],
    ['acme.internal', 'acme.internal'],
  ])('%s -> %s', (raw, canonical) => {
    expect(canonicalProvider(raw)).toBe(canonical);
  });

  it('has no name for nothing', () => {
    expect(canonicalProvider(undefined)).toBeUndefined();
    expect(canonicalProvider('   ')).toBeUndefined();
  });
});

describe('inferProvider', () => {
  it('uses the instrumentation scope, then the model family', () => {
    expect(inferProvider('my-model', '@opentelemetry/instrumentation-openai')).toBe('openai');
    expect(inferProvider('claude-3-5-haiku-20241022', 'app')).toBe('anthropic');
    expect(inferProvider('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'app')).toBe('aws.bedrock');
    expect(inferProvider('models/gemini-2.0-flash', 'app')).toBe('gcp.gemini');
    expect(inferProvider('o3-mini', 'app')).toBe('openai');
    expect(inferProvider('acme-llama-ft', 'app')).toBeUndefined();
  });
});
