// Small readers over attribute maps (values are strings; non-string values arrive as JSON text). They never throw:
// a malformed value is simply not a fact.
import type { Attributes } from '@/ingest/otlp/types';

export function str(a: Attributes, key: string): string | undefined {
  const v = a[key];
  if (v === undefined || v === '') return undefined;
  // A string array attribute of one element (some SDKs send finish reasons or ids that way) reads as its element.
  return v;
}

export function firstStr(a: Attributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = a[key];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

export function num(a: Attributes, key: string): number | undefined {
  const v = a[key];
  if (v === undefined || v === '') return undefined;
  const n = Number(v.startsWith('"') ? v.slice(1, -1) : v);
  return Number.isFinite(n) ? n : undefined;
}

export function firstNum(a: Attributes, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const n = num(a, key);
    if (n !== undefined) return n;
  }
  return undefined;
}

export function parseJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  const c = text.charCodeAt(0);
  // Only objects, arrays and strings in quotes are worth parsing; anything else is plain text.
  if (c !== 123 && c !== 91 && c !== 34) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A string array attribute (JSON text) or a plain string, as a list. */
export function strList(a: Attributes, key: string): string[] | undefined {
  const v = a[key];
  if (v === undefined || v === '') return undefined;
  const parsed = parseJson(v);
  if (Array.isArray(parsed)) return parsed.map((x) => asString(x)).filter((x): x is string => x !== undefined);
  return [v];
}

/**
 * Groups indexed attributes: `prefix.0.message.role`, `prefix.0.message.content`, `prefix.1...` becomes
 * [{ 'message.role': ..., 'message.content': ... }, ...] in index order.
 */
export function indexed(a: Attributes, prefix: string): Record<string, string>[] {
  const p = `${prefix}.`;
  const groups = new Map<number, Record<string, string>>();
  for (const key in a) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    const dot = rest.indexOf('.');
    const idx = Number(dot === -1 ? rest : rest.slice(0, dot));
    if (!Number.isInteger(idx) || idx < 0) continue;
    let g = groups.get(idx);
    if (!g) groups.set(idx, (g = {}));
    g[dot === -1 ? '' : rest.slice(dot + 1)] = a[key] as string;
  }
  return [...groups.entries()].sort((x, y) => x[0] - y[0]).map(([, g]) => g);
}

/** Whether any attribute key starts with the prefix (cheap check before heavier work). */
export function hasPrefix(a: Attributes, prefix: string): boolean {
  for (const key in a) if (key.startsWith(prefix)) return true;
  return false;
}
