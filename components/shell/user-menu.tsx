'use client';
// The signed-in person, the theme switch and sign-out, at the foot of the sidebar.
import { signOut } from 'next-auth/react';
import { ThemeToggle } from './theme-toggle';

export function UserMenu({ email, name }: { email: string; name: string | null }) {
  return (
    <div className="border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      <div className="truncate font-medium" title={email}>
        {name ?? email}
      </div>
      <div className="mb-2 truncate text-xs text-slate-500">{email}</div>
      <div className="flex items-center gap-2">
        <button type="button" onClick={() => void signOut({ callbackUrl: '/sign-in' })} className="rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
          Sign out
        </button>
        <ThemeToggle />
      </div>
    </div>
  );
}
