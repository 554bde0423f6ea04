// Table styling shared by every list page: one look for headers, rows and empty states.
import type { ReactNode } from 'react';

export function DataTable({ head, children, empty }: { head: ReactNode; children: ReactNode; empty?: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:bg-slate-900/60">
          {head}
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>
      </table>
      {empty ? <div className="px-4 py-8 text-center text-sm text-slate-500">{empty}</div> : null}
    </div>
  );
}

export const th = 'px-4 py-2 font-medium';
export const td = 'px-4 py-2.5 align-middle';
