#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it. Lint and type check, a production build, then unit + integration
# (embedded stores and a real Postgres server) + real-client tests with vitest, then browser tests with Playwright.
# Needs Debian's chromium and postgresql packages (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s\n' "$1"; }

step "lint"
npm run --silent lint
step "type check"
npm run --silent typecheck

if [ -z "${TOKENMETER_TEST_DATABASE_URL:-}" ]; then
  step "postgres for server-mode tests"
  TOKENMETER_TEST_DATABASE_URL=$(bash scripts/test-postgres.sh)
  export TOKENMETER_TEST_DATABASE_URL
  echo "$TOKENMETER_TEST_DATABASE_URL"
fi

step "build"
npm run --silent build > /tmp/tokenmeter-build.log 2>&1 || { cat /tmp/tokenmeter-build.log; exit 1; }
echo "built"

step "unit, integration and client tests (vitest)"
npx vitest run

step "browser tests (playwright, system chromium)"
npx playwright test
