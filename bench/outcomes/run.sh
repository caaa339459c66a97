#!/usr/bin/env bash
# Outcomes at national scale: builds Release, starts the site once on a fresh SQLite folder to create the schema and the
# demo content, stops it, adds 150 areas x 300 indicators x 10 periods x 4 breakdowns (1.8 million figures) with
# bench/outcomes/generate.py, starts it again and times the public scorecard (/outcomes), one indicator page and one
# statement page, then one upload of a 100,000-row CSV through /data/upload as the demo administrator.
#
# Settings (environment): REQUESTS (100 timed requests per page, after 5 warm-up requests), KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${REQUESTS:-100}
log() { printf '==> %s\n' "$*" >&2; }

log "Building Release"
dotnet build src/Together.Web -c Release --nologo -v quiet -clp:ErrorsOnly

work=$(mktemp -d /tmp/together-outcomes-bench.XXXXXX)
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "No free loopback port" >&2; exit 1; }
base="http://127.0.0.1:$port"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() { stop_server; [ "${KEEP:-0}" = 1 ] && echo "Data kept in $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

start_server() {
  (
    cd src/Together.Web
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$base" \
    Demo__Seed=true \
    Database__Provider=Sqlite \
    Database__DataDirectory="$work/data" \
    Notifications__PickupDirectory="$work/outbox" \
    Notifications__SendInBackground=false \
    RateLimits__AnonymousPostsPerMinute=1000000 \
      exec dotnet bin/Release/net10.0/Together.Web.dll
  ) >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "The site stopped while starting:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "The site did not answer /health within 5 minutes" >&2; exit 1
}

log "Creating the schema and demo content in $work/data"
start_server
stop_server

log "Generating the national-scale store"
start=$(date +%s)
python3 bench/outcomes/generate.py "$work/data/together.db" "$work/upload.csv"
log "Generated in $(( $(date +%s) - start )) s ($(du -h "$work/data/together.db" | cut -f1))"
# The generator has just written the whole store; flush it now, or the upload's commit (an fsync of the same file)
# would also pay for writing out several hundred megabytes the site did not write.
sync

log "Starting the site on $base"
start_server
log "Measuring ($requests requests per page)"
python3 bench/outcomes/measure.py "$base" "$work/upload.csv" "$requests"
