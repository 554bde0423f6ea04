// Usage as the readers build it: only the kinds a convention reported, so that a kind one convention lacks can be
// taken from the next (normalise-span.ts merges kind by kind).
import type { Usage, UsageKind } from './types';

export const USAGE_KINDS: readonly UsageKind[] = ['input', 'output', 'cache_read', 'cache_write', 'reasoning', 'total'];

export function usageOf(counts: Readonly<Partial<Record<UsageKind, number | undefined>>>): Usage | undefined {
  let usage: Usage | undefined;
  for (const kind of USAGE_KINDS) {
    const n = counts[kind];
    if (n !== undefined) (usage ??= {})[kind] = n;
  }
  return usage;
}
