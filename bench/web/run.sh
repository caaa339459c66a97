#!/usr/bin/env bash
# Web throughput and latency benchmark: builds Release, serves the site on a free loopback port (Production settings,
# demo content in a fresh SQLite folder, rate limits lifted), then measures /health, the home page and an outcome page
# with wrk and checks the targets in bench/README.md. Stops the server and removes its data when done.
#
# Settings (environment): CONNECTIONS (64), THREADS (2), DURATION (15s), WARMUP (5s), OUTCOME_PATH (/plan/outcomes/1).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
duration=${DURATION:-15s}
warmup=${WARMUP:-5s}
outcome_path=${OUTCOME_PATH:-/plan/outcomes/1}

log() { printf '==> %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
  log "Installing wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed to wait for the server" >&2; exit 1; }

log "Building Release"
dotnet build src/Together.Web -c Release --nologo -v quiet -clp:ErrorsOnly

work=$(mktemp -d /tmp/together-bench.XXXXXX)
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
  rm -rf "$work"
}
trap stop_server EXIT

log "Starting the site on $base (data in $work)"
(
  cd src/Together.Web
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="$base" \
  Demo__Seed=true \
  Database__Provider=Sqlite \
  Database__DataDirectory="$work/data" \
  Notifications__PickupDirectory="$work/outbox" \
  RateLimits__AnonymousPostsPerMinute=1000000 \
    exec dotnet bin/Release/net10.0/Together.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "The site stopped while starting:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null || { echo "The site did not answer /health within 60 s:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; }

status_of() { curl -s -o /dev/null -w '%{http_code}' "$base$1"; }
if [ "$(status_of "$outcome_path")" != 200 ]; then
  log "$outcome_path answers $(status_of "$outcome_path"); measuring /plan as the outcome page instead"
  outcome_path=/plan
fi
for path in / "$outcome_path"; do
  code=$(status_of "$path")
  [ "$code" = 200 ] || { echo "$path answers $code, not 200: nothing meaningful to measure." >&2; exit 1; }
done

# Latency from wrk's distribution, in milliseconds (wrk prints us, ms or s).
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.2f", n }'
}

declare -A rps p50 p90 p99 errors
measure() {
  local name=$1 path=$2 out
  log "Warming up $path ($warmup)"
  wrk -t"$threads" -c"$connections" -d"$warmup" "$base$path" >/dev/null
  log "Measuring $path ($duration, $connections connections, $threads threads)"
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")
  echo "$out" >"$work/wrk-$name.txt"
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p90[$name]=$(to_ms "$(awk '$1 == "90%" {print $2}' <<<"$out")")
  p99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  # Non-2xx answers and socket errors make the figures meaningless; report them next to the numbers.
  errors[$name]=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
}

measure health /health
measure home /
measure outcome "$outcome_path"

echo
echo "Together web benchmark: $(nproc) cores, $connections connections, $threads wrk threads, $duration per page after a $warmup warm-up"
echo
printf '%-10s %-22s %12s %9s %9s %9s %10s %7s\n' page path "requests/s" "p50 ms" "p90 ms" "p99 ms" "vs health" errors
for name in health home outcome; do
  case $name in health) path=/health ;; home) path=/ ;; outcome) path=$outcome_path ;; esac
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[health]}" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  printf '%-10s %-22s %12s %9s %9s %9s %10s %7s\n' "$name" "$path" "${rps[$name]}" "${p50[$name]}" "${p90[$name]}" "${p99[$name]}" "$ratio" "${errors[$name]}"
done
echo

verdict=0
check() {
  local label=$1 ok=$2
  if [ "$ok" = 1 ]; then echo "PASS  $label"; else echo "FAIL  $label"; verdict=1; fi
}
check "outcome page throughput ≥ 25% of /health ($(awk -v a="${rps[outcome]}" -v b="${rps[health]}" 'BEGIN { printf "%.0f%%", 100 * a / b }'))" \
  "$(awk -v a="${rps[outcome]}" -v b="${rps[health]}" 'BEGIN { print (a >= 0.25 * b) ? 1 : 0 }')"
check "outcome page p99 < 50 ms (${p99[outcome]} ms)" "$(awk -v p="${p99[outcome]}" 'BEGIN { print (p < 50) ? 1 : 0 }')"
check "no errors or non-2xx answers" "$(awk -v a="${errors[health]}" -v b="${errors[home]}" -v c="${errors[outcome]}" 'BEGIN { print (a + b + c == 0) ? 1 : 0 }')"
[ "$outcome_path" = /plan/outcomes/1 ] || echo "NOTE  measured $outcome_path because /plan/outcomes/1 does not exist yet"
exit $verdict
