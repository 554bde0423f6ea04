'use client';
// Light / dark theme: remembered in localStorage, applied before paint by the root layout's nonce-carrying script.
// The current theme is the `dark` class on <html>, read as an external store so server and client renders agree.
import { useSyncExternalStore } from 'react';

export const THEME_KEY = 'tokenmeter-theme';

const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const isDark = () => document.documentElement.classList.contains('dark');

export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return (
    <button
      type="button"
      aria-label={dark ? 'Use the light theme' : 'Use the dark theme'}
      onClick={() => {
        document.documentElement.classList.toggle('dark', !dark);
        localStorage.setItem(THEME_KEY, dark ? 'light' : 'dark');
        for (const l of listeners) l();
      }}
      className="rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
