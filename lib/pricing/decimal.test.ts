import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  costOfTokens,
  fitsCostColumn,
  formatDecimal,
  parseDecimal,
  sumDecimals,
  tryParseDecimal,
  type Decimal,
} from './decimal';

const text = (value: string | number) => formatDecimal(parseDecimal(value));

describe('parseDecimal and formatDecimal', () => {
  it('reads plain decimals and formats them in the shortest exact form', () => {
    expect(text('0.15')).toBe('0.15');
    expect(text('2.50')).toBe('2.5');
    expect(text('10')).toBe('10');
    expect(text('.5')).toBe('0.5');
    expect(text('5.')).toBe('5');
    expect(text('+3')).toBe('3');
    expect(text('-0.000123450000')).toBe('-0.00012345');
    expect(text('  1.25  ')).toBe('1.25');
    expect(text('0')).toBe('0');
    expect(text('-0')).toBe('0');
    expect(text('000123.000')).toBe('123');
  });

  it('holds exactly 12 fraction digits', () => {
    expect(parseDecimal('1')).toBe(1_000_000_000_000n);
    expect(parseDecimal('0.000000000001')).toBe(1n);
    expect(text('999999.999999999999')).toBe('999999.999999999999');
  });

  it('reads exponents, as catalogs and emitters write small prices', () => {
    expect(text('1.5e-7')).toBe('0.00000015');
    expect(text('1.5E-7')).toBe('0.00000015');
    expect(text('2.5e3')).toBe('2500');
    expect(text('1e+2')).toBe('100');
    expect(text('1e-12')).toBe('0.000000000001');
  });

  it('reads numbers through their shortest round-trip text, recovering the decimal the catalog wrote', () => {
    expect(text(0.15)).toBe('0.15');
    expect(text(0.075)).toBe('0.075');
    expect(text(1.5e-7)).toBe('0.00000015');
    expect(text(0.1 + 0.2)).toBe('0.3'); // 0.30000000000000004 rounded at the 12th digit
    expect(text(3)).toBe('3');
  });

  it('rounds digits beyond the 12th half to even', () => {
    expect(text('0.0000000000005')).toBe('0'); // tie, 0 is even
    expect(text('0.0000000000015')).toBe('0.000000000002'); // tie, up to even
    expect(text('0.0000000000025')).toBe('0.000000000002'); // tie, down to even
    expect(text('0.00000000000250001')).toBe('0.000000000003'); // above the tie
    expect(text('0.0000000000024999')).toBe('0.000000000002'); // below the tie
    expect(text('-0.0000000000015')).toBe('-0.000000000002'); // symmetric for negatives
    expect(text('-0.0000000000025')).toBe('-0.000000000002');
    expect(text('5e-13')).toBe('0');
    expect(text('1.5e-12')).toBe('0.000000000002');
  });

  it('rejects what is not a decimal', () => {
    for (const bad of ['', ' ', '.', 'abc', '1,5', '1.2.3', '0x10', '1e', 'e5', '--1', 'NaN', 'Infinity', '1e999', '1'.repeat(65)]) {
      expect(() => parseDecimal(bad), bad).toThrow(/Not a decimal/);
      expect(tryParseDecimal(bad), bad).toBeUndefined();
    }
    expect(() => parseDecimal(Number.NaN)).toThrow();
    expect(() => parseDecimal(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe('arithmetic', () => {
  it('adds exactly where floats do not', () => {
    expect(formatDecimal(addDecimals(parseDecimal('0.1'), parseDecimal('0.2')))).toBe('0.3');
    const tenCents = parseDecimal('0.1');
    const many = Array.from({ length: 1000 }, () => tenCents);
    expect(formatDecimal(sumDecimals(many))).toBe('100');
    expect(formatDecimal(sumDecimals([]))).toBe('0');
  });

  it('multiplies tokens by a price per million tokens', () => {
    expect(formatDecimal(costOfTokens(1000, parseDecimal('0.15')))).toBe('0.00015');
    expect(formatDecimal(costOfTokens(1_000_000, parseDecimal('2.5')))).toBe('2.5');
    expect(formatDecimal(costOfTokens(123_456_789, parseDecimal('3')))).toBe('370.370367');
    expect(formatDecimal(costOfTokens(0, parseDecimal('15')))).toBe('0');
    expect(formatDecimal(costOfTokens(7, parseDecimal('0')))).toBe('0');
  });

  it('rounds a cost once, half to even, at the 12th digit', () => {
    // 1 token x 0.0000005 $/M = 5e-13: a tie, rounds to 0. 3 tokens = 1.5e-12: a tie, rounds to 2e-12.
    expect(costOfTokens(1, parseDecimal('0.0000005'))).toBe(0n);
    expect(costOfTokens(3, parseDecimal('0.0000005'))).toBe(2n);
    expect(costOfTokens(5, parseDecimal('0.0000005'))).toBe(2n);
    expect(costOfTokens(7, parseDecimal('0.0000005'))).toBe(4n);
    // 1 token x 0.0375 $/M = 3.75e-8, exactly representable: no rounding at all.
    expect(formatDecimal(costOfTokens(1, parseDecimal('0.0375')))).toBe('0.0000000375');
  });

  it('refuses token counts that are not non-negative integers', () => {
    const price = parseDecimal('1');
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => costOfTokens(bad, price), String(bad)).toThrow(RangeError);
    }
  });

  it('knows the bounds of a Decimal(18, 12) column', () => {
    expect(fitsCostColumn(parseDecimal('999999.999999999999'))).toBe(true);
    expect(fitsCostColumn(parseDecimal('1000000'))).toBe(false);
    expect(fitsCostColumn(parseDecimal('-999999.999999999999'))).toBe(true);
    expect(fitsCostColumn(parseDecimal('-1000000'))).toBe(false);
    expect(fitsCostColumn(costOfTokens(Number.MAX_SAFE_INTEGER, parseDecimal('1000')))).toBe(false);
  });

  it('formats values below one cent without exponent or padding', () => {
    expect(formatDecimal(1n as Decimal)).toBe('0.000000000001');
    expect(formatDecimal(-1n as Decimal)).toBe('-0.000000000001');
    expect(formatDecimal(123_450_000n as Decimal)).toBe('0.00012345');
    expect(formatDecimal(1_000_000_000_000_000_000n as Decimal)).toBe('1000000');
  });
});
