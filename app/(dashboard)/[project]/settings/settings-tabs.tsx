// The tabs of a project's settings, showing only what the role may open.
import { Tabs } from '@/components/ui/tabs';
import type { ProjectAccess } from '@/lib/auth/access';

export function SettingsTabs({ access }: { access: ProjectAccess }) {
  const base = `/${access.project.slug}/settings`;
  const tabs = [{ href: base, label: 'General' }];
  if (access.can('keys.view')) tabs.push({ href: `${base}/api-keys`, label: 'API keys' });
  if (access.can('costs.view')) tabs.push({ href: `${base}/prices`, label: 'Prices' });
  return <Tabs items={tabs} />;
}
