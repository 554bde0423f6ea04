'use client';
// The sidebar's links, highlighting the section the current address is in.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Also active for addresses below it (not for the project's overview). */
  readonly prefix?: boolean;
}

export function NavLinks({ items, label }: { items: readonly NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = item.prefix ? pathname === item.href || pathname.startsWith(`${item.href}/`) : pathname === item.href;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm ${active ? 'bg-brand-50 font-medium text-brand-700 dark:bg-brand-700/30 dark:text-brand-50' : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
