import { describe, expect, it } from 'vitest';
import { compileRedaction } from './compile-redaction';
import { ProjectSettingsError } from './project-settings-error';

describe('compileRedaction', () => {
  it('keeps placeholders of a trace when the same settings are read again', () => {
    const settings = { detectors: ['email'] };
    const first = compileRedaction(settings, 'p1')('trace-a');
    expect(first.redact('a@example.com, b@example.com')).toBe('[EMAIL_1], [EMAIL_2]');
    const reloaded = compileRedaction(JSON.parse(JSON.stringify(settings)), 'p1')('trace-a');
    expect(reloaded.redact('b@example.com')).toBe('[EMAIL_2]');
    expect(compileRedaction(settings, 'p2')('trace-a').redact('b@example.com')).toBe('[EMAIL_1]');
  });

  it('turns unusable settings into a ProjectSettingsError that says what to fix', () => {
    expect(() => compileRedaction({ detectors: ['fingerprints'] }, 'p3')).toThrow(ProjectSettingsError);
    expect(() => compileRedaction({ customRules: [{ kind: 'regex', name: 'bad', pattern: '(' }] }, 'p3')).toThrow(/Redaction rule "bad"/);
  });
});
