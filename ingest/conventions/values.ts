// Typed reads of stored attribute strings (ingest/otlp/types.ts: strings as sent, every other AnyValue as JSON text)
// and of parsed JSON values. Nothing here throws: a value that does not parse is simply not a fact.
import type { Attributes } from '@/ingest/otlp/types';

/**
 * The attribute as a non-empty string. The typeof check keeps keys such as "constructor" or "__proto__" (which a
 * project may configure) from reading the object's prototype.
 */
export function readString(attrs: Attributes, key: string): string | undefined {
  const value: unknown = attrs[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A finite number, from an int/double attribute or a numeric string (some emitters send counts as strings). */
export function readNumber(attrs: Attributes, key: string): number | undefined {
  const value = readString(attrs, key);
  return value === undefined ? undefined : toNumber(value);
}

/** A token count: a finite number >= 0. */
export function readCount(attrs: Attributes, key: string): number | undefined {
  const n = readNumber(attrs, key);
  return n !== undefined && n >= 0 ? n : undefined;
}

function toNumber(text: string): number | undefined {
  // A string attribute may hold a quoted number ("\"12\"") when an SDK stringified it twice.
  const unquoted = text.charCodeAt(0) === 34 && text.length > 1 ? text.slice(1, -1) : text;
  if (unquoted.trim().length === 0) return undefined;
  const n = Number(unquoted);
  return Number.isFinite(n) ? n : undefined;
}

/** Whether attribute text is meant as JSON (an object, an array or a quoted string), well-formed or not. */
export function looksLikeJson(text: string): boolean {
  const c = firstNonSpace(text);
  return c === 123 /* { */ || c === 91 /* [ */ || c === 34 /* " */;
}

/** JSON.parse for attribute text; undefined when absent or malformed. Only objects, arrays and strings are tried. */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.length === 0 || !looksLikeJson(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return -1;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as a string (numbers and booleans as their JSON text). */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return toNumber(value);
  return undefined;
}

/** A value as text: strings as they are, anything else as JSON (tool arguments and results are often objects). */
export function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A string-array attribute (JSON text) or a single plain string, as a list. */
export function readStringList(attrs: Attributes, key: string): string[] | undefined {
  const value = readString(attrs, key);
  if (value === undefined) return undefined;
  if (value.charCodeAt(0) !== 91 /* [ */) return [value];
  const parsed = parseJson(value);
  // Text that starts like a JSON array but does not parse is corrupt, not a one-element list.
  if (!Array.isArray(parsed)) return undefined;
  const list: string[] = [];
  for (const item of parsed) {
    const s = asString(item);
    if (s !== undefined && s.length > 0) list.push(s);
  }
  return list.length > 0 ? list : undefined;
}

/** A JSON object's scalar fields as strings (invocation parameters are kept as text). */
export function recordAsStrings(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  let any = false;
  for (const key of Object.keys(value)) {
    const text = asText(value[key]);
    if (text === undefined) continue;
    out[key] = text;
    any = true;
  }
  return any ? out : undefined;
}
