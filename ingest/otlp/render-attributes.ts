// The one place that turns an AnyValue into its stored string form (see Attributes in types.ts), so the protobuf
// and JSON decoders render every value identically.

/** A decoded AnyValue before rendering; undefined when no value was set. */
export type AnyValue =
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'double'; value: number }
  | { kind: 'bytes'; base64: string }
  | { kind: 'array'; values: (AnyValue | undefined)[] }
  | { kind: 'kvlist'; entries: [string, AnyValue | undefined][] };

function nestedJson(v: AnyValue | undefined): string {
  if (v === undefined) return 'null';
  switch (v.kind) {
    case 'string':
      return JSON.stringify(v.value);
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'int':
      return v.value.toString();
    case 'double':
      return Number.isFinite(v.value) ? JSON.stringify(v.value) : JSON.stringify(String(v.value));
    case 'bytes':
      return JSON.stringify(v.base64);
    case 'array':
      return `[${v.values.map(nestedJson).join(',')}]`;
    case 'kvlist': {
      const seen = new Map<string, string>();
      for (const [k, val] of v.entries) seen.set(k, nestedJson(val));
      return `{${[...seen].map(([k, val]) => `${JSON.stringify(k)}:${val}`).join(',')}}`;
    }
  }
}

export function renderAnyValue(v: AnyValue | undefined): string {
  if (v === undefined) return '';
  if (v.kind === 'string') return v.value;
  if (v.kind === 'double') return Number.isFinite(v.value) ? JSON.stringify(v.value) : String(v.value);
  return nestedJson(v);
}

/** Deepest array / kvlist nesting accepted; deeper input is refused as undecodable. */
export const MAX_VALUE_DEPTH = 64;

/** An attribute map without a prototype, so a key such as "__proto__" is just a key. */
export function newAttributes(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
