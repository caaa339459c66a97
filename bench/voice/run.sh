#!/usr/bin/env bash
# Survey response benchmark: complete responses POSTed to /api/consultations/{id}/responses (stored by the same
# writer as the journey's "Send my answers"), with durable commits (SQLite WAL, synchronous=FULL).
#
# 1. Throughput: wrk, 64 connections, each request a new complete response with its own idempotency key.
# 2. Crash: the same load, the server killed with SIGKILL part-way, restarted on the same data; verify.py then checks
#    every acknowledged (2xx) response is stored, once, and that retrying acknowledged keys stores nothing new.
#
# Settings (environment): CONNECTIONS (64), THREADS (2), DURATION (20s), WARMUP (20s), CRASH_AFTER (8).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
duration=${DURATION:-20s}
warmup=${WARMUP:-20s}
crash_after=${CRASH_AFTER:-8}

log() { printf '==> %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
  log "Installing wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed to wait for the server" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed to verify the crash run" >&2; exit 1; }

log "Building Release"
dotnet build src/Together.Web -c Release --nologo -v quiet -clp:ErrorsOnly

work=$(mktemp -d /tmp/together-bench-voice.XXXXXX)
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && [ -z "$(ss -Htan "( sport = :$candidate or dport = :$candidate )" 2>/dev/null)" ]; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "No free loopback port" >&2; exit 1; }
base="http://127.0.0.1:$port"

server_pid=""
start_server() {
  (
    cd src/Together.Web
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$base" \
    Demo__Seed=true \
    Database__Provider=Sqlite \
    Database__DataDirectory="$work/data" \
    Notifications__PickupDirectory="$work/outbox" \
    RateLimits__AnonymousPostsPerMinute=100000000 \
    Logging__LogLevel__Default=Warning \
      exec dotnet bin/Release/net10.0/Together.Web.dll
  ) >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "The site stopped while starting:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "The site did not answer /health within 120 s:" >&2; tail -n 40 "$work/server.log" >&2; exit 1
}
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
cleanup() { stop_server; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

log "Starting the site on $base (data in $work)"
start_server
db="$work/data/together.db"
consultation=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT Id FROM Consultations WHERE Slug='better-places-for-young-people'\").fetchone()[0])" "$db")
log "Open consultation $consultation"

to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.2f", n }'
}
load() { # run-id duration output
  mkdir -p "$work/acks-$1"
  CONSULTATION_ID=$consultation RUN_ID=$1 ACK_DIR="$work/acks-$1" \
    wrk -t"$threads" -c"$connections" -d"$2" --latency -s bench/voice/responses.lua "$base" >"$3" 2>&1 || true
}

log "Warming up ($warmup)"
load warmup "$warmup" "$work/wrk-warmup.txt"
log "Measuring ($duration, $connections connections, $threads threads)"
load measure "$duration" "$work/wrk-measure.txt"
out=$(cat "$work/wrk-measure.txt")
rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
p90=$(to_ms "$(awk '$1 == "90%" {print $2}' <<<"$out")")
p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
errors=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
acked=$(cat "$work"/acks-measure/*.log | wc -l)
secs=${duration%s}
stored_rps=$(awk -v a="$acked" -v s="$secs" 'BEGIN { printf "%.0f", a / s }')

echo
echo "Together survey response benchmark: $(nproc) cores, $connections connections, $threads wrk threads, $duration after a $warmup warm-up"
echo "$out" | sed -n '/Latency Distribution/,/Requests\/sec/p'
echo
printf '%-28s %s\n' "completed responses/s" "$rps (wrk), $stored_rps (acknowledged 2xx logged)" "p50 / p90 / p99 ms" "$p50 / $p90 / $p99" "errors and non-2xx" "$errors"

verdict=0
check() { if [ "$2" = 1 ]; then echo "PASS  $1"; else echo "FAIL  $1"; verdict=1; fi; }
check "at least 1,500 completed responses/s ($rps)" "$(awk -v r="$rps" 'BEGIN { print (r >= 1500) ? 1 : 0 }')"
check "p99 at most 150 ms ($p99 ms)" "$(awk -v p="$p99" 'BEGIN { print (p <= 150) ? 1 : 0 }')"
check "no errors or non-2xx answers ($errors)" "$([ "$errors" = 0 ] && echo 1 || echo 0)"

echo
log "Crash run: load for $duration, SIGKILL after ${crash_after}s"
load crash "$duration" "$work/wrk-crash.txt" &
wrk_pid=$!
sleep "$crash_after"
kill -KILL "$server_pid"
wait "$server_pid" 2>/dev/null || true
log "Killed the server (pid $server_pid) with SIGKILL"
wait "$wrk_pid" || true
# The killed server's connections linger in TIME-WAIT on its port, and .NET does not listen with SO_REUSEADDR, so
# binding again fails until they are gone (up to a minute on Linux).
for _ in $(seq 1 90); do
  [ -z "$(ss -Htan state time-wait "( sport = :$port )" 2>/dev/null)" ] && break
  sleep 1
done
log "Restarting on the same data"
start_server
python3 bench/voice/verify.py "$db" "$consultation" "$work/acks-crash" "$base" crash || verdict=1
exit $verdict
