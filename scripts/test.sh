#!/usr/bin/env bash
# Runs the whole test suite: unit, integration and browser tests on SQLite, then every integration test
# again on a throwaway PostgreSQL cluster on a free loopback port. Installs what is missing
# (Debian's chromium for browser tests, postgresql for the PostgreSQL run) and cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# A throwaway PostgreSQL cluster on a free loopback port, owned by an unprivileged user.
pg_dir=$(mktemp -d /tmp/together-pg.XXXXXX)
pg_port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
done
[ -n "$pg_port" ] || { echo "No free loopback port for PostgreSQL" >&2; exit 1; }

pg_user_run() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown -R postgres "$pg_dir"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_postgres() {
  if [ -f "$pg_dir/data/postmaster.pid" ]; then pg_user_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
pg_user_run "$pg_bin/initdb" -D "$pg_dir/data" -U together --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_user_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
export TOGETHER_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=together;Database=postgres;Pooling=true;Maximum Pool Size=20"

log "Building"
dotnet build Together.slnx -c Release --nologo -v quiet -clp:ErrorsOnly

results=$(mktemp -d /tmp/together-results.XXXXXX)
run_tests() {
  local label=$1; shift
  log "Tests: $label"
  local status=0
  TOGETHER_TEST_DATABASE=$label dotnet test "$@" -c Release --no-build --nologo \
    --logger "console;verbosity=minimal" --results-directory "$results/$label" 2>&1 | tee -a "$results/summary.log" || status=$?
  return $status
}

failed=0
# One project at a time: on two cores, the browser suite and the integration suite starting apps side by side
# starve each other until page loads time out.
for project in tests/*/*.csproj; do
  run_tests sqlite "$project" || failed=1
done
# Every integration test (they all go through the database) again on PostgreSQL. The browser suite checks what
# the browser renders, which does not depend on the database, so it runs once (docs/decisions/0002-test-run.md).
run_tests postgres tests/Together.Tests || failed=1

# One closing line for the whole run, summed over every test project and database.
passed=$(grep -Eo 'Passed: +[0-9]+' "$results/summary.log" | awk '{s+=$2} END {print s+0}')
failures=$(grep -Eo 'Failed: +[0-9]+' "$results/summary.log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$results/summary.log" | awk '{s+=$2} END {print s+0}')
rm -rf "$results"
echo
echo "tests: $passed passed, $failures failed, $skipped skipped"
if [ "$skipped" -ne 0 ]; then echo "Some tests were skipped: every test must run." >&2; failed=1; fi
if [ "$passed" -eq 0 ]; then echo "No test ran." >&2; failed=1; fi
exit $failed
