// The centred card every signed-out page uses.
import type { ReactNode } from 'react';
import { Logo } from '@/components/ui/logo';

export function AuthFrame({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <main className={`mx-auto px-6 py-16 ${wide ? 'max-w-2xl' : 'max-w-md'}`}>
      <div className="mb-8 flex justify-center">
        <Logo />
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </section>
    </main>
  );
}
