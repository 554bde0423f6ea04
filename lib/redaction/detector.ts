// A detector finds one kind of sensitive value. `mayContain` is a cheap pre-check so that clean text (most text)
// never runs the regular expression; `isValid` rejects look-alikes the pattern alone cannot (Luhn, mod 97, ...).
export interface Detector {
  /** Placeholder type, e.g. EMAIL in [EMAIL_1]. Letters, digits and underscores only. */
  readonly type: string;
  /** Key in the per-span counts, e.g. "email". */
  readonly countKey: string;
  readonly pattern: RegExp;
  mayContain(text: string): boolean;
  isValid?(match: string): boolean;
}
