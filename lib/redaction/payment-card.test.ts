import { describe, expect, it } from 'vitest';
import { luhnValid } from './checksums';
import { isCardNumber } from './detectors/payment-card';
import { defaultsOnly, redactAlone } from './test-support';

// Payment cards are always on: every case runs with the default settings.
describe('payment cards', () => {
  it.each([
    ['Visa in groups of four', 'card 4111 1111 1111 1111 exp 12/29', 'card [CARD_1] exp 12/29'],
    ['Visa with dashes', 'card: 4012-8888-8888-1881.', 'card: [CARD_1].'],
    ['Visa unbroken', 'cc=4111111111111111&cvv=123', 'cc=[CARD_1]&cvv=123'],
    ['Visa, 13 digits', 'old card 4222222222222', 'old card [CARD_1]'],
    ['Mastercard', '5555 5555 5555 4444', '[CARD_1]'],
    ['Mastercard 2-series', '2223 0031 2200 3222', '[CARD_1]'],
    ['Amex 4-6-5', 'Amex 3782 822463 10005', 'Amex [CARD_1]'],
    ['Discover', '6011 1111 1111 1117', '[CARD_1]'],
    ['JCB', '3530 1113 3330 0000', '[CARD_1]'],
    ['Diners, 14 digits', '3056 930902 5904', '[CARD_1]'],
    ['UnionPay', '6200 0000 0000 0005', '[CARD_1]'],
    ['a card after another number', 'order 12 4111 1111 1111 1111', 'order 12 [CARD_1]'],
    ['a card before another number', '4111 1111 1111 1111 12', '[CARD_1] 12'],
    ['a card glued to a dash', 'ref-4111111111111111', 'ref-[CARD_1]'],
  ])('%s', (_name, input, expected) => {
    const out = redactAlone(input, defaultsOnly);
    expect(out.text).toBe(expected);
    expect(out.counts).toEqual({ payment_card: 1 });
  });

  it.each([
    ['16 digits failing Luhn', 'card 4111 1111 1111 1112'],
    ['Luhn-valid but issued by no network', 'id 1234567812345670'],
    ['an order id', 'order ORD-20241115-000123'],
    ['a UUID', 'request 123e4567-e89b-12d3-a456-426614174000'],
    ['a git SHA', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['a nanosecond timestamp', 'start_time_unix_nano 1732272000123456789'],
    ['a millisecond timestamp', 'ts=1732272000123'],
    ['a 20-digit id that starts like a Visa', 'id 41111111111111111111'],
    ['all zeros', '0000 0000 0000 0000'],
    ['a date and time', '2024-11-22 14:52:07'],
    ['a list of small numbers', 'scores 5 8 12 40 41 11 11 11 11 11 11 11'],
    ['a phone number', '+1 415 555 0132'],
  ])('leaves look-alikes alone: %s', (_name, input) => {
    expect(redactAlone(input, defaultsOnly)).toEqual({ text: input, counts: {} });
  });

  it('checks Luhn and issuer ranges', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(isCardNumber('378282246310005')).toBe(true);
    expect(isCardNumber('37828224631000')).toBe(false); // Amex is 15 digits
    expect(isCardNumber('1234567812345670')).toBe(false);
  });

  it('gives one card in different spellings one placeholder, and counts it once', () => {
    const out = redactAlone('4111 1111 1111 1111 / 4111-1111-1111-1111 / 4111111111111111 / 5555555555554444', defaultsOnly);
    expect(out.text).toBe('[CARD_1] / [CARD_1] / [CARD_1] / [CARD_2]');
    expect(out.counts).toEqual({ payment_card: 2 });
  });
});
