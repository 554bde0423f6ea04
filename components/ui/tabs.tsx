'use client';
// Section tabs as links, so every tab has its own address.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function Tabs({ items }: { items: ReadonlyArray<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Sections" className="mb-6 flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {items.map((t) => {
        const active = pathname === t.href;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${active ? 'border-brand-600 font-medium text-brand-700 dark:text-brand-50' : 'border-transparent text-slate-500 hover:text-slate-800 dark:hover:text-slate-200'}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
