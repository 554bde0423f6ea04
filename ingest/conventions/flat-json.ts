// The raw text of each scalar in a flat JSON object, without JSON.parse: provided costs must stay the decimal strings
// the emitter sent ("0.000123456789012345678" would lose digits as a double), and usage maps are small enough that
// scanning them is cheaper than building objects. Anything that is not a flat object of scalars gives undefined.

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** `{"input": 0.0012, "total": "0.0019"}` -> Map { input => "0.0012", total => "0.0019" }; null/true/false skipped. */
export function flatJsonScalars(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return undefined;
  const scanner = new Scanner(text);
  scanner.skipSpace();
  if (!scanner.take(123 /* { */)) return undefined;
  const out = new Map<string, string>();
  scanner.skipSpace();
  if (scanner.take(125 /* } */)) return scanner.atEnd() ? out : undefined;
  for (;;) {
    scanner.skipSpace();
    const key = scanner.string();
    if (key === undefined) return undefined;
    scanner.skipSpace();
    if (!scanner.take(58 /* : */)) return undefined;
    scanner.skipSpace();
    const value = scanner.scalar();
    if (value === undefined) return undefined;
    if (value !== null) out.set(key, value);
    scanner.skipSpace();
    if (scanner.take(44 /* , */)) continue;
    if (scanner.take(125 /* } */)) return scanner.atEnd() ? out : undefined;
    return undefined;
  }
}

class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.pos === this.text.length;
  }

  skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.pos++;
    }
  }

  take(char: number): boolean {
    if (this.text.charCodeAt(this.pos) !== char) return false;
    this.pos++;
    return true;
  }

  /** A JSON string (escapes decoded), or undefined when there is none here. */
  string(): string | undefined {
    if (this.text.charCodeAt(this.pos) !== 34) return undefined;
    const start = this.pos;
    let escaped = false;
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 92 /* \ */) {
        escaped = true;
        this.pos++;
      } else if (c === 34) {
        this.pos++;
        const raw = this.text.slice(start, this.pos);
        if (!escaped) return raw.slice(1, -1);
        try {
          return JSON.parse(raw) as string;
        } catch {
          return undefined;
        }
      }
    }
    return undefined;
  }

  /** A number's raw text, a string's content, null for null/true/false, undefined for anything else. */
  scalar(): string | null | undefined {
    const c = this.text.charCodeAt(this.pos);
    if (c === 34) return this.string();
    for (const word of ['null', 'true', 'false']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return null;
      }
    }
    const start = this.pos;
    while (this.pos < this.text.length) {
      const d = this.text.charCodeAt(this.pos);
      // digits, minus, plus, dot, e, E
      if ((d >= 48 && d <= 57) || d === 45 || d === 43 || d === 46 || d === 101 || d === 69) this.pos++;
      else break;
    }
    const raw = this.text.slice(start, this.pos);
    return NUMBER.test(raw) ? raw : undefined;
  }
}
