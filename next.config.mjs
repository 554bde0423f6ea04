// Security headers are listed in lib/http/content-security-policy.ts; this file is plain JS, so they are repeated
// here and a unit test (lib/http/security-headers.test.ts) checks that both lists agree.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native engines and their drivers must be loaded by Node at run time, never bundled:
  // chdb is a native addon, PGlite ships WASM next to its JS, argon2 is a native addon.
  serverExternalPackages: ['chdb', '@clickhouse/client', '@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole tree (server, ingest, scripts too); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // forbidden() answers 403 from a page whose role lacks the permission (lib/auth/page-access.ts).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
