// The one place that turns AnyValues into their stored string form (Attributes in types.ts) and holds the limits both
// decoders enforce, so a span decodes to the same thing whichever encoding it arrived in.
//
// Rendering rule: a string_value at the top level is stored as sent; every other value is stored as its JSON text
// (bytes as a quoted base64 string). Two top-level exceptions: a non-finite double is stored as NaN / Infinity /
// -Infinity without quotes, so Number() reads every top-level double back; an AnyValue with nothing set is "". Inside
// arrays and kvlists everything must stay valid JSON: non-finite doubles become the strings "NaN", "Infinity",
// "-Infinity" (the protobuf JSON mapping's spelling) and an unset value is null. Decoders call these renderers as they
// read, instead of building an AnyValue tree first.
import { OtlpDecodeError, type Attributes } from './types';

/** Array / kvlist nesting accepted in one attribute value; deeper input is undecodable (it only serves to attack). */
export const MAX_VALUE_DEPTH = 64;

export const EMPTY_VALUE = '';
export const EMPTY_NESTED_VALUE = 'null';

export function renderString(s: string, nested: boolean): string {
  return nested ? JSON.stringify(s) : s;
}

export function renderBool(b: boolean): string {
  return b ? 'true' : 'false';
}

/** A number here is a safe integer (decoders pass small values without making a BigInt). */
export function renderInt(v: bigint | number): string {
  return String(v);
}

/** String(d) is also JSON for finite doubles (2.0 renders as 2, 1e21 as 1e+21). */
export function renderDouble(d: number, nested: boolean): string {
  if (!nested || Number.isFinite(d)) return String(d);
  return d > 0 ? '"Infinity"' : d < 0 ? '"-Infinity"' : '"NaN"';
}

export function renderBytes(base64: string): string {
  return `"${base64}"`;
}

export function renderArray(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}

/** keys[i] goes with values[i] (already rendered as nested values); a repeated key keeps its last value. */
export function renderKvlist(keys: readonly string[], values: readonly string[]): string {
  const merged = new Map<string, string>();
  for (let i = 0; i < keys.length; i++) merged.set(keys[i] as string, values[i] as string);
  const parts: string[] = [];
  for (const [k, v] of merged) parts.push(`${JSON.stringify(k)}:${v}`);
  return `{${parts.join(',')}}`;
}

export function tooDeep(): OtlpDecodeError {
  return new OtlpDecodeError(`attribute value nested deeper than ${MAX_VALUE_DEPTH} arrays/kvlists`);
}

/** Sets one attribute (a repeated key keeps its last value); "__proto__" stays an ordinary key, not a prototype. */
export function setAttribute(into: Attributes, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  else into[key] = value;
}

/**
 * Caps how much memory a body can make the decoder allocate. A span, event, link or attribute costs far more as a
 * decoded object than it can take on the wire (an empty span is 2 bytes), so a body of millions of empty elements
 * would otherwise turn 64 MiB into gigabytes. Real SDK output stays far below the cap: each element it sends is at
 * least a few times its cost divided by COST_PER_INPUT_BYTE.
 */
export const COST = { span: 256, event: 64, link: 96, attribute: 32, arrayItem: 8 } as const;
const COST_PER_INPUT_BYTE = 16;
const BASE_ALLOWANCE = 64 * 1024;

export class DecodeBudget {
  private left: number;

  constructor(inputLength: number) {
    this.left = inputLength * COST_PER_INPUT_BYTE + BASE_ALLOWANCE;
  }

  spend(cost: number): void {
    this.left -= cost;
    if (this.left < 0) {
      throw new OtlpDecodeError('too many (near-)empty spans, events, links or attributes for the size of the body');
    }
  }
}
