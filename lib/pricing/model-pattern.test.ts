import { describe, expect, it } from 'vitest';
import { compileModelPattern } from './model-pattern';

describe('compileModelPattern', () => {
  it('matches an exact name, ignoring case and nothing else', () => {
    const pattern = compileModelPattern('GPT-4o');
    expect(pattern.exact).toBe(true);
    expect(pattern.matches('gpt-4o')).toBe(true);
    expect(pattern.matches('gpt-4o-mini')).toBe(false);
    expect(pattern.matches('my-gpt-4o')).toBe(false);
  });

  it('matches globs with * and ?', () => {
    const star = compileModelPattern('gpt-4o*');
    expect(star.exact).toBe(false);
    expect(star.matches('gpt-4o')).toBe(true);
    expect(star.matches('GPT-4o-mini-2024-07-18')).toBe(true);
    expect(star.matches('gpt-4')).toBe(false);
    expect(star.matches('xgpt-4o')).toBe(false);

    const middle = compileModelPattern('claude-*-sonnet*');
    expect(middle.matches('claude-3-5-sonnet-20241022')).toBe(true);
    expect(middle.matches('claude-3-haiku')).toBe(false);

    const single = compileModelPattern('o?-mini');
    expect(single.matches('o3-mini')).toBe(true);
    expect(single.matches('o-mini')).toBe(false);
    expect(single.matches('o33-mini')).toBe(false);

    expect(compileModelPattern('*').matches('anything/at:all')).toBe(true);
    expect(compileModelPattern('a*b*c').matches('aXbYbZc')).toBe(true);
    expect(compileModelPattern('a*b*c').matches('aXbYbZ')).toBe(false);
  });

  it('treats regex characters in a pattern literally', () => {
    expect(compileModelPattern('gpt-4.1*').matches('gpt-4x1-mini')).toBe(false);
    expect(compileModelPattern('gpt-4.1*').matches('gpt-4.1-mini')).toBe(true);
    expect(compileModelPattern('(a|b)*').matches('a')).toBe(false);
  });

  it('ranks specificity by literal characters', () => {
    expect(compileModelPattern('gpt-4o-mini*').literalLength).toBeGreaterThan(compileModelPattern('gpt-4o*').literalLength);
  });

  // A backtracking regex would not finish this within the test timeout; the linear matcher answers at once.
  it('does not backtrack exponentially on a hostile model name', () => {
    expect(compileModelPattern('*a*a*a*a*a*a*a*a*b').matches('a'.repeat(5000))).toBe(false);
  });
});
