/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native engines and their drivers must be loaded by Node at run time, never bundled:
  // chdb is a native addon, PGlite ships WASM next to its JS, argon2 is a native addon.
  serverExternalPackages: ['chdb', '@clickhouse/client', '@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole tree (server, ingest, scripts too); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
