import { describe, expect, it } from 'vitest';
// @ts-expect-error next.config.mjs is plain JavaScript without types; its shape is checked below.
import nextConfig from '@/next.config.mjs';
import { contentSecurityPolicy, SECURITY_HEADERS } from './content-security-policy';

describe('security headers', () => {
  it('next.config.mjs sends exactly the listed headers on every path', async () => {
    const rules = await (nextConfig as { headers: () => Promise<Array<{ source: string; headers: Array<{ key: string; value: string }> }>> }).headers();
    const all = rules.find((r) => r.source === '/:path*');
    expect(all?.headers).toEqual(SECURITY_HEADERS);
  });

  it('allows scripts only with the nonce in production, never inline', () => {
    const policy = contentSecurityPolicy('abc', false);
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });
});
