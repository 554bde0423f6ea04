'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ALWAYS_ON_DETECTORS, type CustomRule, type DetectorName } from '@/lib/redaction/settings';

interface Attribution {
  tenantKeys: string[];
  featureKeys: string[];
  userKeys: string[];
  sessionKeys: string[];
  hallucinationKey?: string;
}

interface Settings {
  attribution: Attribution;
  redaction: { detectors: DetectorName[]; customRules: CustomRule[] };
  detectors: DetectorName[];
  editable: boolean;
}

const DETECTOR_LABELS: Record<DetectorName, string> = {
  secret: 'Secrets (API keys, tokens, private keys)',
  payment_card: 'Payment cards',
  email: 'Email addresses',
  phone: 'Phone numbers',
  iban: 'IBANs',
  national_id: 'National ids (SSN, NI, SIN, DNI, Aadhaar)',
  ip_address: 'IP addresses',
};

const ATTRIBUTION_FIELDS = [
  ['tenantKeys', 'Tenant keys', 'tenant.id, app.tenant.id, traceloop association properties…'],
  ['featureKeys', 'Feature keys', 'feature, app.feature…'],
  ['userKeys', 'User keys', 'user.id, enduser.id…'],
  ['sessionKeys', 'Session keys', 'session.id, gen_ai.conversation.id…'],
] as const;

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function ruleSummary(rule: CustomRule): string {
  return rule.kind === 'regex' ? `/${rule.pattern}/${rule.caseInsensitive ? 'i' : ''}` : rule.words.join(', ');
}

export function GeneralSettingsClient({ project, name, canRename }: { project: string; name: string; canRename: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['project-settings', project], queryFn: () => fetchJson<Settings>(`/api/projects/${project}/settings`) });
  const [rules, setRules] = useState<CustomRule[] | undefined>(undefined);
  const [detectors, setDetectors] = useState<DetectorName[] | undefined>(undefined);

  const rename = useMutation({
    mutationFn: (newName: string) => fetchJson(`/api/projects/${project}`, { method: 'PATCH', body: { name: newName } }),
    onSuccess: () => router.refresh(),
  });
  const save = useMutation({
    mutationFn: (body: { attribution?: Partial<Attribution>; redaction?: Settings['redaction'] }) => fetchJson(`/api/projects/${project}/settings`, { method: 'PUT', body }),
    onSuccess: () => {
      setRules(undefined);
      setDetectors(undefined);
      void queryClient.invalidateQueries({ queryKey: ['project-settings', project] });
    },
  });

  const data = settings.data;
  const editable = data?.editable ?? false;
  const currentRules = rules ?? data?.redaction.customRules ?? [];
  const currentDetectors = detectors ?? data?.redaction.detectors ?? [];

  return (
    <div className="space-y-6">
      {canRename ? (
        <form
          className="flex max-w-xl items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate(String(new FormData(e.currentTarget).get('name')));
          }}
        >
          <div className="flex-1">
            <Field label="Project name" hint="The slug stays the same, so links and exporters keep working.">
              <TextInput name="name" defaultValue={name} required maxLength={80} />
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={rename.isPending}>
            Rename
          </Button>
        </form>
      ) : null}
      {rename.error ? <Notice tone="error">{rename.error.message}</Notice> : null}
      {settings.error ? <Notice tone="error">{settings.error.message}</Notice> : null}
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
      {save.isSuccess ? <Notice tone="success">Saved. The receiver applies it from the next request.</Notice> : null}
      {data && !editable ? <Notice>Only owners and admins change what is stored; you can see the settings.</Notice> : null}

      {data ? (
        <Card title="Attribution">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            Span or resource attribute names that carry the tenant, feature, user and session. They are tried before the built-in conventions&apos; keys,
            and the first span of a trace that carries one attributes the whole trace.
          </p>
          <form
            className="grid gap-3 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const hallucinationKey = String(f.get('hallucinationKey') ?? '').trim();
              save.mutate({
                attribution: {
                  tenantKeys: list(String(f.get('tenantKeys'))),
                  featureKeys: list(String(f.get('featureKeys'))),
                  userKeys: list(String(f.get('userKeys'))),
                  sessionKeys: list(String(f.get('sessionKeys'))),
                  ...(hallucinationKey ? { hallucinationKey } : {}),
                },
              });
            }}
          >
            {ATTRIBUTION_FIELDS.map(([key, label, builtIn]) => (
              <Field key={key} label={label} hint={`Comma separated. Built in: ${builtIn}`}>
                <TextInput name={key} defaultValue={data.attribution[key].join(', ')} disabled={!editable} />
              </Field>
            ))}
            <Field label="Hallucination flag key" hint="A boolean attribute that marks a span as a hallucination.">
              <TextInput name="hallucinationKey" defaultValue={data.attribution.hallucinationKey ?? ''} disabled={!editable} />
            </Field>
            {editable ? (
              <div className="flex items-end">
                <Button type="submit" disabled={save.isPending}>
                  Save attribution
                </Button>
              </div>
            ) : null}
          </form>
        </Card>
      ) : null}

      {data ? (
        <Card title="Redaction">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            Matching values are replaced with typed placeholders such as <code>[EMAIL_1]</code> before anything is stored. Secrets and payment cards are
            always redacted.
          </p>
          <fieldset className="mb-4 grid gap-2 sm:grid-cols-2">
            <legend className="sr-only">Detectors</legend>
            {data.detectors.map((d) => {
              const always = (ALWAYS_ON_DETECTORS as readonly string[]).includes(d);
              return (
                <label key={d} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={always || currentDetectors.includes(d)}
                    disabled={always || !editable}
                    onChange={(e) => setDetectors(e.target.checked ? [...currentDetectors, d] : currentDetectors.filter((x) => x !== d))}
                  />
                  {DETECTOR_LABELS[d]}
                  {always ? <Badge>always</Badge> : null}
                </label>
              );
            })}
          </fieldset>
          <h3 className="mb-2 text-sm font-semibold">Custom rules</h3>
          <ul className="mb-3 space-y-1">
            {currentRules.length === 0 ? <li className="text-sm text-slate-500">None.</li> : null}
            {currentRules.map((r, i) => (
              <li key={`${r.name}-${i}`} className="flex items-center gap-2 text-sm" data-testid={`rule-${r.name}`}>
                <Badge tone="brand">{r.kind}</Badge>
                <span className="font-mono">{r.name}</span>
                <span className="truncate text-slate-500">{ruleSummary(r)}</span>
                {editable ? (
                  <Button variant="ghost" className="ml-auto" onClick={() => setRules(currentRules.filter((_, j) => j !== i))}>
                    Remove
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {editable ? (
            <>
              <form
                className="mb-4 grid gap-3 md:grid-cols-[1fr_1fr_2fr_auto] md:items-end"
                onSubmit={(e) => {
                  e.preventDefault();
                  const f = new FormData(e.currentTarget);
                  const ruleName = String(f.get('ruleName')).trim();
                  const value = String(f.get('ruleValue'));
                  const rule: CustomRule = f.get('ruleKind') === 'regex' ? { kind: 'regex', name: ruleName, pattern: value, caseInsensitive: false } : { kind: 'words', name: ruleName, words: list(value) };
                  setRules([...currentRules, rule]);
                  e.currentTarget.reset();
                }}
              >
                <Field label="Rule kind">
                  <select name="ruleKind" className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950">
                    <option value="words">word list</option>
                    <option value="regex">regular expression</option>
                  </select>
                </Field>
                <Field label="Rule name" hint="e.g. order_id gives [ORDER_ID_1]">
                  <TextInput name="ruleName" required pattern="[a-z][a-z0-9_]*" />
                </Field>
                <Field label="Words (comma separated) or pattern">
                  <TextInput name="ruleValue" required />
                </Field>
                <Button type="submit" variant="secondary">
                  Add rule
                </Button>
              </form>
              <Button disabled={save.isPending} onClick={() => save.mutate({ redaction: { detectors: currentDetectors, customRules: currentRules } })}>
                Save redaction
              </Button>
            </>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
