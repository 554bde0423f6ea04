import { describe, expect, it } from 'vitest';
import { AccountError } from './account-error';
import { checkSlug, slugify, uniqueSlug } from './slugs';

describe('slugs', () => {
  it('makes a URL-safe slug from any name', () => {
    expect(slugify('Support Bot (EU)')).toBe('support-bot-eu');
    expect(slugify('Café Crème')).toBe('cafe-creme');
    expect(slugify('!!!')).toBe('project');
  });

  it('refuses reserved and malformed slugs with a reason', () => {
    expect(() => checkSlug('settings')).toThrow(AccountError);
    expect(() => checkSlug('Has Caps')).toThrow(/lower-case/);
    expect(checkSlug('my-app')).toBe('my-app');
  });

  it('finds the first free slug and never returns a reserved one', async () => {
    const taken = new Set(['chat', 'chat-2']);
    expect(await uniqueSlug('chat', async (s) => taken.has(s))).toBe('chat-3');
    expect(await uniqueSlug('api', async () => false)).toBe('api-project');
  });
});
