// A loopback HTTP proxy that forwards to a target and counts the status codes the client received.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  readonly url: string;
  readonly statuses: Map<number, number>;
  readonly retryAfter: string[];
  close(): Promise<void>;
}

export async function countingProxy(target: string): Promise<CountingProxy> {
  const statuses = new Map<number, number>();
  const retryAfter: string[] = [];
  const to = new URL(target);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        const code = up.statusCode ?? 0;
        statuses.set(code, (statuses.get(code) ?? 0) + 1);
        const ra = up.headers['retry-after'];
        if (ra) retryAfter.push(String(ra));
        res.writeHead(code, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    statuses,
    retryAfter,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
