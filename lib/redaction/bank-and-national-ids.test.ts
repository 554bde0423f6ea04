import { describe, expect, it } from 'vitest';
import { mod97Valid, verhoeffValid } from './checksums';
import { createRedactor } from './redactor';
import { redactAlone } from './test-support';

const ibanOnly = createRedactor({ detectors: ['iban'], customRules: [] });
const nationalIdsOnly = createRedactor({ detectors: ['national_id'], customRules: [] });

describe('IBAN', () => {
  it.each([
    ['IBAN GB82 WEST 1234 5698 7654 32 please', 'IBAN [IBAN_1] please'],
    ['DE89370400440532013000', '[IBAN_1]'],
    ['DE89 3704 0044 0532 0130 00', '[IBAN_1]'],
    ['FR14 2004 1010 0505 0001 3M02 606', '[IBAN_1]'],
    ['NL91 ABNA 0417 1643 00', '[IBAN_1]'],
    ['ES91 2100 0418 4502 0005 1332', '[IBAN_1]'],
    ['BE68539007547034', '[IBAN_1]'],
    ['CH93 0076 2011 6238 5295 7', '[IBAN_1]'],
    ['IT60X0542811101000000123456', '[IBAN_1]'],
    ['NO93 8601 1117 947', '[IBAN_1]'],
    ['refund BE68539007547034 ASAP', 'refund [IBAN_1] ASAP'],
  ])('%s', (input, expected) => {
    expect(redactAlone(input, ibanOnly)).toEqual({ text: expected, counts: { iban: 1 } });
  });

  it.each([
    ['fails mod 97', 'GB82 WEST 1234 5698 7654 33'],
    ['unknown country', 'XX82 WEST 1234 5698 7654 32'],
    ['too short for its country', 'DE89 3704 0044 0532 0130'],
    ['a product code', 'SKU AB12CDEF3456GHIJ'],
  ])('leaves look-alikes alone: %s', (_name, input) => {
    expect(redactAlone(input, ibanOnly)).toEqual({ text: input, counts: {} });
  });

  it('checks mod 97', () => {
    expect(mod97Valid('GB82WEST12345698765432')).toBe(true);
    expect(mod97Valid('GB82WEST12345698765433')).toBe(false);
  });
});

describe('national ids', () => {
  it.each([
    ['US SSN', 'ssn 219-09-9999 on file', 'ssn [NATIONAL_ID_1] on file'],
    ['US SSN with spaces', '123 45 6789', '[NATIONAL_ID_1]'],
    ['US SSN labelled, unformatted', 'SSN: 123456789', 'SSN: [NATIONAL_ID_1]'],
    ['US SSN, social security number', 'social security number 078051120', 'social security number [NATIONAL_ID_1]'],
    ['UK NI number with spaces', 'NI number AB 12 34 56 C', 'NI number [NATIONAL_ID_1]'],
    ['UK NI number compact', 'NINO CE987654A.', 'NINO [NATIONAL_ID_1].'],
    ['Canadian SIN', 'SIN 130 692 544', 'SIN [NATIONAL_ID_1]'],
    ['Canadian SIN with dashes', '271-403-263', '[NATIONAL_ID_1]'],
    ['Spanish DNI', 'DNI 12345678Z', 'DNI [NATIONAL_ID_1]'],
    ['Spanish DNI with dash', '12345678-Z', '[NATIONAL_ID_1]'],
    ['Spanish NIE', 'NIE X1234567L', 'NIE [NATIONAL_ID_1]'],
    ['Aadhaar', 'Aadhaar 2345 6789 0124', 'Aadhaar [NATIONAL_ID_1]'],
    ['Aadhaar with dashes', '4987-6543-2102', '[NATIONAL_ID_1]'],
  ])('%s', (_name, input, expected) => {
    expect(redactAlone(input, nationalIdsOnly)).toEqual({ text: expected, counts: { national_id: 1 } });
  });

  it.each([
    ['SSN area 000', '000-12-3456'],
    ['SSN area 666', '666-12-3456'],
    ['SSN area 9xx', '900-12-3456'],
    ['SSN group 00', '123-00-4567'],
    ['SSN serial 0000', '123-45-0000'],
    ['SSN with mixed separators', '123-45 6789'],
    ['nine digits without a label', 'order 123456789'],
    ['a phone number', '415-555-0132'],
    ['a date', '2024-01-15'],
    ['a ZIP+4 code', '94105-1234'],
    ['NI number with a Q', 'QQ 12 34 56 C'],
    ['NI number with an unused prefix', 'GB123456A'],
    ['NI number with a bad suffix', 'AB 12 34 56 E'],
    ['SIN failing Luhn', '130 692 545'],
    ['SIN starting with 0, never issued (the published example number)', '046 454 286'],
    ['DNI with the wrong letter', '12345678A'],
    ['NIE with the wrong letter', 'X1234567A'],
    ['Aadhaar failing Verhoeff', '2345 6789 0123'],
    ['Aadhaar starting with 1', '1234 5678 9012'],
  ])('leaves look-alikes alone: %s', (_name, input) => {
    expect(redactAlone(input, nationalIdsOnly)).toEqual({ text: input, counts: {} });
  });

  it('checks Verhoeff', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });
});
