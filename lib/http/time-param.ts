// Time parameters of the read API: an RFC 3339 timestamp or milliseconds since the epoch, as nanosecond strings.
import { z } from 'zod';

export const timeParam = z
  .string()
  .transform((value, ctx) => {
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: 'expected an RFC 3339 timestamp (2026-11-01T00:00:00Z) or epoch milliseconds' });
      return z.NEVER;
    }
    return (BigInt(Math.trunc(ms)) * 1_000_000n).toString();
  });
