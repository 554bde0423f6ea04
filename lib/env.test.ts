import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.TOKENMETER_OTLP_PORT).toBe(4318);
    expect(e.TOKENMETER_DATA_DIR).toBe('./data');
    expect(e.CLICKHOUSE_URL).toBeUndefined();
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.TOKENMETER_MAX_BODY_BYTES).toBe(64 * 1024 * 1024);
  });

  it('treats empty strings as unset', () => {
    const e = parseEnv({ PORT: '', CLICKHOUSE_URL: '', DATABASE_URL: '' });
    expect(e.PORT).toBe(3000);
    expect(e.CLICKHOUSE_URL).toBeUndefined();
  });

  it('names the variable and what it expects', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(EnvError);
    try {
      parseEnv({ PORT: '70000', CLICKHOUSE_URL: 'clickhouse:8123' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/PORT: .*65535|PORT: .*port/i);
      expect(message).toMatch(/CLICKHOUSE_URL: expected a URL such as http:\/\/clickhouse:8123/);
    }
  });

  it('never echoes secrets in its messages', () => {
    try {
      parseEnv({ DATABASE_URL: 'mysql://root:hunter2@db/x' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('DATABASE_URL');
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  it('requires the headless initialisation variables together', () => {
    expect(() => parseEnv({ TOKENMETER_INIT_ADMIN_EMAIL: 'a@b.co' })).toThrow(/TOKENMETER_INIT_PROJECT: must be set together/);
    const e = parseEnv({
      TOKENMETER_INIT_ADMIN_EMAIL: 'a@b.co',
      TOKENMETER_INIT_ADMIN_PASSWORD: 'correct horse',
      TOKENMETER_INIT_PROJECT: 'demo',
      TOKENMETER_INIT_API_KEY: 'tm_0123456789abcdefghijklmnop',
    });
    expect(e.TOKENMETER_INIT_PROJECT).toBe('demo');
  });

  it('rejects a cluster without a server and equal ports', () => {
    expect(() => parseEnv({ CLICKHOUSE_CLUSTER: 'main' })).toThrow(/CLICKHOUSE_CLUSTER: needs CLICKHOUSE_URL/);
    expect(() => parseEnv({ PORT: '4000', TOKENMETER_OTLP_PORT: '4000' })).toThrow(/must differ from PORT/);
  });
});
