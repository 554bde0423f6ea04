// Starts the real Tokenmeter server (`node --import tsx server.ts`, production build) on free ports with its own data dir,
// as a user would run it. Needs `npm run build` first (the test command does it).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const TEST_API_KEY = 'tm_test_key_0123456789abcdefghij';
export const TEST_ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };

export interface ServerHandle {
  readonly baseUrl: string;
  readonly otlpUrl: string;
  readonly dataDir: string;
  readonly apiKey: string;
  readonly process: ChildProcess;
  output(): string;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no cleanup, as in a crash. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  readonly dataDir: string;
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
}

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before the integration tests (npm test does).');
  }
  const [port, otlpPort] = [await freePort(), await freePort()];
  let out = '';
  // One process, as `npm start` runs it: a signal reaches the server itself, not a wrapper.
  const child = spawn(process.execPath, [...(process.env.TOKENMETER_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.TOKENMETER_PROFILE_DIR}`] : []), '--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      TOKENMETER_OTLP_PORT: String(otlpPort),
      TOKENMETER_HOST: '127.0.0.1',
      TOKENMETER_DATA_DIR: options.dataDir,
      TOKENMETER_INIT_ADMIN_EMAIL: TEST_ADMIN.email,
      TOKENMETER_INIT_ADMIN_PASSWORD: TEST_ADMIN.password,
      TOKENMETER_INIT_PROJECT: 'test-project',
      TOKENMETER_INIT_API_KEY: TEST_API_KEY,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let ready = false;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`Tokenmeter did not become healthy.\n${out}`);
  }
  return {
    baseUrl,
    otlpUrl: `http://127.0.0.1:${otlpPort}`,
    dataDir: options.dataDir,
    apiKey: TEST_API_KEY,
    process: child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
