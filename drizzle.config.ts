import { defineConfig } from 'drizzle-kit';

// Migrations are generated (`npm run db:generate`) and committed; they are applied at start-up and by
// `npm run db:migrate`, against PGlite or a server, by lib/db/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './drizzle/schema/index.ts',
  out: './drizzle/migrations',
  strict: true,
  verbose: true,
});
