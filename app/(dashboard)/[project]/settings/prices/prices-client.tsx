'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { DataTable, td, th } from '@/components/ui/data-table';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

interface Override {
  id: string;
  provider: string | null;
  modelPattern: string;
  effectiveFrom: string;
  prices: Record<string, string>;
}

const KINDS = [
  ['input', 'Input'],
  ['output', 'Output'],
  ['cache_read', 'Cached input'],
  ['cache_write', 'Cache write'],
  ['reasoning', 'Reasoning'],
] as const;

export function PricesClient({ project }: { project: string }) {
  const queryClient = useQueryClient();
  const prices = useQuery({ queryKey: ['prices', project], queryFn: () => fetchJson<{ overrides: Override[]; editable: boolean }>(`/api/projects/${project}/prices`) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['prices', project] });
  const add = useMutation({
    mutationFn: (body: { modelPattern: string; provider?: string; effectiveFrom: string; prices: Record<string, string> }) =>
      fetchJson(`/api/projects/${project}/prices`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => fetchJson(`/api/projects/${project}/prices/${id}`, { method: 'DELETE' }), onSuccess: refresh });
  const editable = prices.data?.editable ?? false;

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Spans are priced with the built-in catalog unless one of these matches the model (exact name or a pattern such as <code>acme-llama-*</code>) at the
        span&apos;s time. Prices are USD per million tokens. New spans use a change from their next request; repricing stored history comes with the cost
        explorer.
      </p>
      {prices.error ? <Notice tone="error">{prices.error.message}</Notice> : null}
      {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
      <DataTable
        head={
          <tr>
            <th className={th}>Model</th>
            <th className={th}>Provider</th>
            <th className={th}>From</th>
            {KINDS.map(([k, label]) => (
              <th key={k} className={`${th} text-right`}>
                {label}
              </th>
            ))}
            <th className={th} />
          </tr>
        }
        empty={prices.data && prices.data.overrides.length === 0 ? 'No overrides: every model is priced by the catalog.' : undefined}
      >
        {prices.data?.overrides.map((o) => (
          <tr key={o.id} data-testid={`price-${o.modelPattern}`}>
            <td className={`${td} font-mono text-xs`}>{o.modelPattern}</td>
            <td className={td}>{o.provider ?? 'any'}</td>
            <td className={`${td} whitespace-nowrap`}>{o.effectiveFrom.slice(0, 10)}</td>
            {KINDS.map(([k]) => (
              <td key={k} className={`${td} text-right tabular-nums`}>
                {o.prices[k] !== undefined ? `$${o.prices[k]} / 1M` : <span className="text-slate-400">{k === 'reasoning' ? 'as output' : 'as input'}</span>}
              </td>
            ))}
            <td className={`${td} text-right`}>
              {editable ? (
                <Button
                  variant="danger"
                  onClick={() => {
                    if (window.confirm(`Remove the price for ${o.modelPattern}? New spans fall back to the catalog.`)) remove.mutate(o.id);
                  }}
                >
                  Remove
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {editable ? (
        <form
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-4 dark:border-slate-800 dark:bg-slate-900"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const entries = KINDS.map(([k]) => [k, String(f.get(k) ?? '').trim()] as const).filter(([, v]) => v !== '');
            const provider = String(f.get('provider') ?? '').trim();
            add.mutate({
              modelPattern: String(f.get('modelPattern')),
              ...(provider ? { provider } : {}),
              effectiveFrom: String(f.get('effectiveFrom')),
              prices: Object.fromEntries(entries),
            });
          }}
        >
          <Field label="Model or pattern">
            <TextInput name="modelPattern" required placeholder="acme-llama-*" />
          </Field>
          <Field label="Provider (optional)">
            <TextInput name="provider" placeholder="any" />
          </Field>
          <Field label="Effective from">
            <TextInput name="effectiveFrom" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
          </Field>
          <div />
          {KINDS.map(([k, label]) => (
            <Field key={k} label={`${label} $ / 1M`} hint={k === 'input' || k === 'output' ? 'required' : 'optional'}>
              <TextInput name={k} inputMode="decimal" required={k === 'input' || k === 'output'} pattern="\d+(\.\d+)?" />
            </Field>
          ))}
          <div className="flex items-end">
            <Button type="submit" disabled={add.isPending}>
              Add price
            </Button>
          </div>
        </form>
      ) : null}
      {add.error ? <Notice tone="error">{add.error.message}</Notice> : null}
    </div>
  );
}
