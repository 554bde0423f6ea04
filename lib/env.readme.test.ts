// The README's configuration table must list exactly the variables lib/env.ts reads, with the same defaults.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema, parseEnv } from './env';

const readme = fs.readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((m) => ({ name: m[1] as string, def: (m[2] as string).trim() }));

describe('README configuration table', () => {
  it('names every variable of lib/env.ts, and no other', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('states the defaults lib/env.ts applies', () => {
    const defaults = parseEnv({}) as Record<string, unknown>;
    for (const { name, def } of rows) {
      const actual = defaults[name];
      if (def === 'unset') expect(actual, name).toBeUndefined();
      else if (def === 'empty') expect(actual, name).toBe('');
      else expect(`\`${String(actual)}\``, name).toBe(def);
    }
  });
});
