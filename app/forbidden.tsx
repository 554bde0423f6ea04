// Shown (with status 403) when a signed-in person opens a page their role does not allow.
import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="mb-2 text-xl font-semibold">Not allowed</h1>
      <p className="mb-6 text-sm text-slate-500">Your role does not include this page. An admin of the organisation can change your role.</p>
      <Link href="/" className="text-sm text-brand-600 hover:underline">
        Back to your projects
      </Link>
    </main>
  );
}
