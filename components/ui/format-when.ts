// Timestamps in lists: date and minute in UTC, stated, so everyone reading a shared screen sees the same moment.
export function formatWhen(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
