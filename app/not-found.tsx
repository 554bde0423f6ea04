// 404: also what a project or organisation you are not part of looks like, so slugs cannot be probed.
import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="mb-2 text-xl font-semibold">Not found</h1>
      <p className="mb-6 text-sm text-slate-500">There is nothing here that you can open.</p>
      <Link href="/" className="text-sm text-brand-600 hover:underline">
        Back to your projects
      </Link>
    </main>
  );
}
