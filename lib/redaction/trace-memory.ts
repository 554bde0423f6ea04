// Which placeholder each value got in each recent trace, so a value keeps its placeholder in every span of the trace
// and across the separate export requests its spans arrive in (child spans are often exported before their root).
//
// Why sequential numbers in a bounded memory rather than a keyed hash of the value:
// - [EMAIL_1], [EMAIL_2] read well next to each other in a trace view and say "first, second address of this trace";
//   a hash ([EMAIL_7f3a9c]) is noise to read and, short enough to read, collides.
// - A hash is only unlinkable while its key stays secret, and it must be the same key in every ingest process to be
//   stable; a low-entropy value (a phone number, a card) whose key leaks can then be recovered by trying all values.
//   Numbers carry no information about the value at all.
// The cost: the memory is per process and bounded (MAX_TRACES, least recently used first out). After a restart or
// eviction, or when spans of one trace reach two ingest processes, numbering starts again at 1, so [EMAIL_1] in two
// such spans may stand for different addresses. Nothing is revealed by that; placeholders only stop being linkable.
//
// Raw values are not kept: a value is remembered by a salted hash whose salt is random per process and never leaves
// it, so a heap dump of an ingest process shows which placeholders a trace used, not what they stood for.
import { hash, randomBytes } from 'node:crypto';

export const MAX_TRACES = 50_000;
/** Beyond this many distinct values in one trace, new values still get new numbers but are not remembered. */
export const MAX_VALUES_PER_TRACE = 10_000;

const SALT = randomBytes(32).toString('base64');

/** The key a value is remembered by: a salted hash of type and value, never the value itself. */
export function valueKey(type: string, value: string): string {
  return hash('sha256', `${SALT}\u0000${type}\u0000${value}`, 'base64url').slice(0, 22);
}

export class TracePlaceholders {
  private readonly byKey = new Map<string, string>();
  private readonly lastNumber = new Map<string, number>();

  constructor(private readonly maxValues: number) {}

  placeholderFor(type: string, key: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = (this.lastNumber.get(type) ?? 0) + 1;
    this.lastNumber.set(type, n);
    const placeholder = `[${type}_${n}]`;
    if (this.byKey.size < this.maxValues) this.byKey.set(key, placeholder);
    return placeholder;
  }
}

/** Placeholders of the most recently used traces; the least recently used trace is forgotten first. */
export class TraceMemory {
  private readonly traces = new Map<string, TracePlaceholders>();

  constructor(
    private readonly maxTraces: number = MAX_TRACES,
    private readonly maxValuesPerTrace: number = MAX_VALUES_PER_TRACE,
  ) {}

  forTrace(traceId: string): TracePlaceholders {
    let placeholders = this.traces.get(traceId);
    if (placeholders) {
      // A Map iterates in insertion order: re-inserting moves the trace to the back, so the first key is the oldest.
      this.traces.delete(traceId);
    } else {
      placeholders = new TracePlaceholders(this.maxValuesPerTrace);
      if (this.traces.size >= this.maxTraces) {
        const oldest = this.traces.keys().next();
        if (!oldest.done) this.traces.delete(oldest.value);
      }
    }
    this.traces.set(traceId, placeholders);
    return placeholders;
  }

  get size(): number {
    return this.traces.size;
  }
}
