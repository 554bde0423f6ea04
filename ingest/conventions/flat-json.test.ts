import { describe, expect, it } from 'vitest';
import { flatJsonScalars } from './flat-json';

describe('flatJsonScalars', () => {
  it('keeps the exact text of numbers and the content of strings', () => {
    const scalars = flatJsonScalars('{"input": 0.000123456789012345678, "output":1e-7 ,"total":"0.5","n":-12}');
    expect(scalars && Object.fromEntries(scalars)).toEqual({ input: '0.000123456789012345678', output: '1e-7', total: '0.5', n: '-12' });
  });

  it('skips null and booleans, decodes escaped keys, accepts an empty object', () => {
    expect(Object.fromEntries(flatJsonScalars('{"a\\u0062":1,"c":null,"d":true,"e":false}') ?? [])).toEqual({ ab: '1' });
    expect(flatJsonScalars(' { } ')?.size).toBe(0);
  });

  it('gives up on anything that is not a flat object of scalars', () => {
    for (const text of ['', '[1]', '{"a":{"b":1}}', '{"a":[1]}', '{"a":1', '{"a":01}', '{"a":1}x', '{a:1}', '{"a":1,}', '{"a":-}', '"x"']) {
      expect(flatJsonScalars(text), text).toBeUndefined();
    }
  });
});
