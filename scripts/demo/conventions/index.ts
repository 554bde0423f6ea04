// Registry of convention emitters, keyed by the id a deployment declares.
import type { ConventionId } from '../catalog/deployments';
import { genaiCurrent } from './genai-current';
import { genaiLegacy } from './genai-legacy';
import { langfuse } from './langfuse';
import { openinference } from './openinference';
import { openllmetry } from './openllmetry';
import type { ConventionEmitter } from './types';
import { vercelAiV4, vercelAiV5, vercelAiV6 } from './vercel-ai';

const EMITTERS: Readonly<Record<ConventionId, ConventionEmitter>> = {
  'genai-current': genaiCurrent,
  'genai-legacy': genaiLegacy,
  openinference,
  openllmetry,
  'vercel-ai-v4': vercelAiV4,
  'vercel-ai-v5': vercelAiV5,
  'vercel-ai-v6': vercelAiV6,
  langfuse,
};

export function conventionEmitter(id: ConventionId): ConventionEmitter {
  return EMITTERS[id];
}

export type { ConventionEmitter, RenderContext, SpanSpec } from './types';
