#!/usr/bin/env bash
# Ensures a throwaway Postgres server for the server-mode tests and prints its URL.
# Uses Debian's postgresql binaries (apt-get install postgresql); the cluster lives in $TOKENMETER_TEST_PG_DIR
# (default /tmp/tokenmeter-test-postgres), listens on 127.0.0.1:$TOKENMETER_TEST_PG_PORT (default 55432), trusts local
# connections, and is reused by later runs. Stop it with: pg_ctl -D "$dir/data" stop
set -euo pipefail
dir=${TOKENMETER_TEST_PG_DIR:-/tmp/tokenmeter-test-postgres}
port=${TOKENMETER_TEST_PG_PORT:-55432}
url="postgres://postgres@127.0.0.1:${port}/postgres"

bin=""
for candidate in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bin=$candidate; break; fi
done
if [ -z "$bin" ]; then
  echo "No Postgres server binaries found: install them (Debian: apt-get install -y postgresql) to run the server-mode tests." >&2
  exit 1
fi

# Postgres refuses to run as root: run it as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$dir"
if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
if [ ! -f "$dir/data/PG_VERSION" ]; then
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
fi
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
fi
echo "$url"
