// A signed-in HTTP client for tests: signs in through next-auth's real credentials endpoint (CSRF token, cookies)
// and sends the session cookie and a same-site Origin with every request, as a browser would.
export class SessionClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith('next-auth.session-token'));
  }

  async fetch(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; redirect?: RequestRedirect } = {}): Promise<Response> {
    const headers: Record<string, string> = { Origin: this.baseUrl, ...init.headers };
    if (this.cookies.size > 0) headers.Cookie = this.cookieHeader;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method: init.method ?? 'GET', headers, body, redirect: init.redirect ?? 'manual' });
    this.remember(response);
    return response;
  }

  async json<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const r = await this.fetch(path, init);
    const text = await r.text();
    if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${r.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Signs in with email and password; resolves true when a session cookie was issued. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<boolean> {
    const csrf = await this.fetch('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${this.baseUrl}/` });
    const r = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      body: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    });
    await r.text();
    return this.signedIn;
  }

  signOutLocally(): void {
    this.cookies.clear();
  }
}
