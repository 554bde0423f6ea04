// Exact money arithmetic. A Decimal is a bigint count of 1e-12 USD: the scale of the ClickHouse Decimal(18, 12) cost
// columns, so a value computed here is stored without another rounding, and no float ever touches money.
//
// Rounding: half-to-even ("banker's"), applied only where digits beyond the 12th must go: when parsing a value with
// more than 12 fraction digits, and once per cost component in `costOfTokens`. Half-even has no upward bias when
// millions of rounded components are summed, and every total is the exact sum of its already-rounded components.
//
// Canonical text (`formatDecimal`): the shortest exact form: no exponent, no trailing fraction zeros, no trailing
// point, "0" for zero, a leading "-" for negatives ("0.00012345", "12.5", "0"). ClickHouse parses it into
// Decimal(18, 12) unchanged, and equal values always format to equal strings.

declare const decimalBrand: unique symbol;
export type Decimal = bigint & { readonly [decimalBrand]: true };

export const FRACTION_DIGITS = 12;
const TOKENS_PER_PRICE_UNIT = 1_000_000n;
/** Decimal(18, 12) holds |value| < 10^6; beyond that an insert would fail. */
const COLUMN_LIMIT = 10n ** 18n;
/** Bounds the work a hostile string (e.g. "1e999999999") can cause; real prices and costs are far inside. */
const MAX_TEXT_LENGTH = 64;
const MAX_EXPONENT = 64;

export const ZERO_DECIMAL = 0n as Decimal;

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class DecimalParseError extends Error {
  constructor(text: string, why: string) {
    super(`Not a decimal number (${why}): ${JSON.stringify(text.slice(0, MAX_TEXT_LENGTH))}`);
    this.name = 'DecimalParseError';
  }
}

/**
 * Parses "0.15", "1.5e-7", "-2", ".5" or a finite number. A number is read through its shortest round-trip text
 * (String(0.15) is "0.15"), which recovers exactly the decimal written in the catalog the number came from.
 */
export function parseDecimal(value: string | number): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DecimalParseError(String(value), 'not finite');
    return parseDecimalText(String(value));
  }
  return parseDecimalText(value.trim());
}

/** Like parseDecimal, but undefined instead of an exception, for values from untrusted spans. */
export function tryParseDecimal(value: string | number): Decimal | undefined {
  try {
    return parseDecimal(value);
  } catch (error) {
    if (error instanceof DecimalParseError) return undefined;
    throw error;
  }
}

function parseDecimalText(text: string): Decimal {
  if (text.length === 0 || text.length > MAX_TEXT_LENGTH) throw new DecimalParseError(text, 'empty or too long');
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new DecimalParseError(text, 'unexpected characters');
  const [, sign = '', integerDigits = '', fractionDigits = '', exponentText = '0'] = match;
  if (integerDigits.length + fractionDigits.length === 0) throw new DecimalParseError(text, 'no digits');
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new DecimalParseError(text, 'exponent out of range');

  const digits = BigInt(integerDigits + fractionDigits);
  // value = digits * 10^(exponent - fractionDigits.length); in units of 1e-12 that is one more shift by 12.
  const shift = exponent - fractionDigits.length + FRACTION_DIGITS;
  const magnitude = shift >= 0 ? digits * 10n ** BigInt(shift) : divideHalfEven(digits, 10n ** BigInt(-shift));
  return (sign === '-' ? -magnitude : magnitude) as Decimal;
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  return (a + b) as Decimal;
}

export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total = 0n;
  for (const value of values) total += value;
  return total as Decimal;
}

/**
 * Cost of `tokens` at a price in USD per million tokens, rounded half-even to 12 fraction digits. The product is
 * exact before the single division, so the only rounding is the one documented above.
 */
export function costOfTokens(tokens: number, pricePerMillion: Decimal): Decimal {
  if (!Number.isSafeInteger(tokens) || tokens < 0) {
    throw new RangeError(`Token count must be a non-negative integer, got ${tokens}`);
  }
  return divideHalfEven(BigInt(tokens) * pricePerMillion, TOKENS_PER_PRICE_UNIT) as Decimal;
}

/** True when the value fits a Decimal(18, 12) column. */
export function fitsCostColumn(value: Decimal): boolean {
  return value < COLUMN_LIMIT && value > -COLUMN_LIMIT;
}

/** The canonical text described at the top of this file. */
export function formatDecimal(value: Decimal): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(FRACTION_DIGITS + 1, '0');
  const integerPart = digits.slice(0, -FRACTION_DIGITS);
  const fractionPart = digits.slice(-FRACTION_DIGITS).replace(/0+$/, '');
  const unsigned = fractionPart.length > 0 ? `${integerPart}.${fractionPart}` : integerPart;
  return negative ? `-${unsigned}` : unsigned;
}

/** numerator / divisor rounded half-to-even; divisor must be positive. */
function divideHalfEven(numerator: bigint, divisor: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / divisor;
  const twiceRemainder = (magnitude % divisor) * 2n;
  if (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}
