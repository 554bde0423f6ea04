// The browser side of the app's JSON API: one error shape ({error: {message}}) turned into an Error with that message.
export class RequestFailed extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'RequestFailed';
  }
}

export async function fetchJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const message = (data as { error?: { message?: string } } | undefined)?.error?.message ?? `Request failed (${response.status})`;
    throw new RequestFailed(response.status, message);
  }
  return data as T;
}
