'use client';
// Switches to another project, keeping the section (costs stay costs) when the other project has it.
import { usePathname, useRouter } from 'next/navigation';

export interface SwitcherProject {
  readonly slug: string;
  readonly name: string;
  readonly organization: string;
}

export function ProjectSwitcher({ projects, current }: { projects: readonly SwitcherProject[]; current?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const orgs = [...new Set(projects.map((p) => p.organization))];
  return (
    <label className="block">
      <span className="sr-only">Project</span>
      <select
        aria-label="Project"
        value={current ?? ''}
        onChange={(e) => {
          const rest = current && pathname.startsWith(`/${current}`) ? pathname.slice(current.length + 1) : '';
          router.push(`/${e.target.value}${rest}`);
        }}
        className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm font-medium dark:border-slate-700 dark:bg-slate-900"
      >
        {current ? null : <option value="">Choose a project</option>}
        {orgs.map((org) => (
          <optgroup key={org} label={org}>
            {projects
              .filter((p) => p.organization === org)
              .map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
