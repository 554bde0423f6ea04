import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { redactAlone } from './test-support';

const emailOnly = createRedactor({ detectors: ['email'], customRules: [] });
const phoneOnly = createRedactor({ detectors: ['phone'], customRules: [] });

describe('email', () => {
  it.each([
    ['mail me at jane.doe+work@example.co.uk today', 'mail me at [EMAIL_1] today'],
    ['JOHN_SMITH@Example.COM wrote:', '[EMAIL_1] wrote:'],
    ['<ops@example.io>', '<[EMAIL_1]>'],
    ['mailto:first.last@sub.domain.example.org?subject=hi', 'mailto:[EMAIL_1]?subject=hi'],
    ['"user%tag@example.com",', '"[EMAIL_1]",'],
    ['end of sentence a@b.io.', 'end of sentence [EMAIL_1].'],
  ])('%s', (input, expected) => {
    expect(redactAlone(input, emailOnly)).toEqual({ text: expected, counts: { email: 1 } });
  });

  it.each([
    'thanks @maria for the review',
    'user@localhost and admin@intranet have no public domain',
    'import "@types/node"; @media print {}',
    'price 5@3.50 each',
    'a @ b.com is not written as an address',
    'x@y.z has a one-letter top-level domain',
  ])('leaves look-alikes alone: %s', (input) => {
    expect(redactAlone(input, emailOnly)).toEqual({ text: input, counts: {} });
  });

  it('treats case as the same address', () => {
    expect(redactAlone('Jane@Example.com and jane@example.COM', emailOnly)).toEqual({ text: '[EMAIL_1] and [EMAIL_1]', counts: { email: 1 } });
  });
});

describe('phone numbers', () => {
  it.each([
    ['+1 415 555 0132', '[PHONE_1]'],
    ['call +1 (415) 555-0132 now', 'call [PHONE_1] now'],
    ['+44 20 7946 0958', '[PHONE_1]'],
    ['+44 (0)20 7946 0958', '[PHONE_1]'],
    ['+49-30-1234567', '[PHONE_1]'],
    ['+33 1 23 45 67 89', '[PHONE_1]'],
    ['tel:+14155550132', 'tel:[PHONE_1]'],
    ['(415) 555-0132', '[PHONE_1]'],
    ['415-555-0132', '[PHONE_1]'],
    ['415.555.0132', '[PHONE_1]'],
    ['at 415 555 0132,', 'at [PHONE_1],'],
    ['1-800-555-0199', '[PHONE_1]'],
    ['London 020 7946 0958', 'London [PHONE_1]'],
    ['mobile 07700 900123', 'mobile [PHONE_1]'],
    ['Paris 01 23 45 67 89', 'Paris [PHONE_1]'],
    ['Berlin (030) 1234567', 'Berlin [PHONE_1]'],
    ['NL 06-12345678', 'NL [PHONE_1]'],
    ['phone: 4155550132', 'phone: [PHONE_1]'],
    ['Tel. 030/1234567', 'Tel. [PHONE_1]'],
    ['mobile number 07700900123', 'mobile number [PHONE_1]'],
  ])('%s', (input, expected) => {
    expect(redactAlone(input, phoneOnly)).toEqual({ text: expected, counts: { phone: 1 } });
  });

  it.each([
    ['a date', 'due 2024-11-22'],
    ['an ISO timestamp with offset', '2024-11-22T14:52:07+05:30'],
    ['a time', 'at 14:52:07'],
    ['version strings', 'v1.2.3.4 and version 10.0.19041.1'],
    ['unix timestamps', 'ts 1732272000 and 1732272000123'],
    ['a plain 10-digit number', 'order 4155550132 shipped'],
    ['a long id', 'id 123456789012345'],
    ['amounts', '$1,234,567.89 and 1 234 567 EUR'],
    ['signed numbers', 'score +15.5 and +5'],
    ['an ISBN', 'ISBN 978-3-16-148410-0'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a date then a count', 'on 01-02-2024 10 people came'],
    ['a dotted date', 'on 01.02.2024 at noon'],
    ['an id that embeds a phone shape', 'ticket ORD-555-123-4567'],
    ['a number with a leading 00 that is an id', 'invoice 0012345678'],
  ])('leaves look-alikes alone: %s', (_name, input) => {
    expect(redactAlone(input, phoneOnly)).toEqual({ text: input, counts: {} });
  });
});
