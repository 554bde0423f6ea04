// Every form of every convention, including those no installed client emits any more, against the whole
// normalised span it must become.
import { describe, expect, it } from 'vitest';
import { genaiCurrentFixtures } from './fixtures/genai-current';
import { genaiLegacyFixtures } from './fixtures/genai-legacy';
import { langfuseFixtures } from './fixtures/langfuse';
import { openinferenceFixtures } from './fixtures/openinference';
import { openllmetryFixtures } from './fixtures/openllmetry';
import type { ConventionFixture } from './fixtures/otlp-span';
import { precedenceFixtures } from './fixtures/precedence';
import { vercelAiFixtures } from './fixtures/vercel-ai';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';

function undefinedPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => undefinedPaths(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [`${path}.${key}`] : undefinedPaths(item, `${path}.${key}`)));
}

const SUITES: ReadonlyArray<readonly [string, readonly ConventionFixture[]]> = [
  ['OTel GenAI current', genaiCurrentFixtures],
  ['OTel GenAI legacy', genaiLegacyFixtures],
  ['OpenInference', openinferenceFixtures],
  ['OpenLLMetry', openllmetryFixtures],
  ['Vercel AI SDK', vercelAiFixtures],
  ['langfuse.*', langfuseFixtures],
  ['precedence and robustness', precedenceFixtures],
];

for (const [suite, fixtures] of SUITES) {
  describe(`normaliseSpan: ${suite}`, () => {
    it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
      const normalised = normaliseSpan(fixture.span, fixture.settings ?? DEFAULT_NORMALISE_SETTINGS);
      expect(normalised).toEqual(fixture.expected);
      // toEqual treats a key set to undefined as absent; the stored row should not carry such keys at all.
      expect(undefinedPaths(normalised)).toEqual([]);
    });
  });
}
