#!/usr/bin/env bash
# Directory search benchmark: builds Release, makes a fresh SQLite data folder with the demo content plus COUNT
# generated services (generate-services), serves it on a free loopback port, then measures keyword + category + age +
# distance searches through the ORUK API and through the people's search page with wrk at 1 and at 64 connections,
# and the server's peak memory (VmHWM). Checks the targets in bench/README.md. Removes its data when done.
#
# Settings (environment): COUNT (100000), DURATION (15s), WARMUP (5s), THREADS (2), KEEP_DATA (empty), REUSE_DATA (a
# folder kept by KEEP_DATA=1, to measure again without generating).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

count=${COUNT:-100000}
duration=${DURATION:-15s}
warmup=${WARMUP:-5s}
threads=${THREADS:-2}

log() { printf '==> %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
  log "Installing wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed to read the taxonomy" >&2; exit 1; }

log "Building Release"
dotnet build src/Together.Web -c Release --nologo -v quiet -clp:ErrorsOnly

work=$(mktemp -d /tmp/together-directory-bench.XXXXXX)
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "No free loopback port" >&2; exit 1; }
base="http://127.0.0.1:$port"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    # The site runs in a child of the backgrounded function: stop it too, or it keeps the port.
    pkill -P "$server_pid" 2>/dev/null || true
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() { stop_server; if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$work"; else log "Data kept in $work"; fi; }
trap cleanup EXIT

site() {
  (
    cd src/Together.Web
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$base" \
    Demo__Seed=true \
    Database__Provider=Sqlite \
    Database__DataDirectory="$work/data" \
    Notifications__PickupDirectory="$work/outbox" \
    RateLimits__AnonymousPostsPerMinute=1000000 \
      exec dotnet bin/Release/net10.0/Together.Web.dll "$@"
  )
}

start_server() {
  site >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "The site stopped while starting:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "The site did not answer /health within 120 s" >&2; tail -n 40 "$work/server.log" >&2; exit 1
}

if [ -n "${REUSE_DATA:-}" ]; then
  # A data folder kept by an earlier run (KEEP_DATA=1) that already holds the generated services.
  log "Reusing the data in $REUSE_DATA"
  cp -r "$REUSE_DATA/data" "$work/data"
  generate_seconds="(reused)"
else
  log "Loading the demo content (places, categories, about 300 services) into $work"
  start_server
  stop_server

  log "Generating $count services"
  generate_started=$(date +%s)
  site generate-services "$count" | tee "$work/generate.log" >&2
  generate_seconds=$(( $(date +%s) - generate_started ))
fi

log "Starting the site on $base"
start_server

term=$(curl -fsS "$base/oruk/taxonomy_terms?per_page=200" | python3 -c 'import json,sys; print(next(t["id"] for t in json.load(sys.stdin)["contents"] if t["code"] == "speech-and-language"))')
total=$(curl -fsS "$base/oruk/services?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_items"])')
oruk_path="/oruk/service_at_locations?search=speech&taxonomy_term_id=$term&minimum_age=3&maximum_age=3&postcode=CW1&proximity=8000&per_page=20"
page_path="/services?q=speech&category=speech-and-language&age=3&near=CW1&within=5"
for path in "$oruk_path" "$page_path"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "$path answers $code, not 200" >&2; exit 1; }
done
oruk_hits=$(curl -fsS "$base$oruk_path" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_items"])')

# A mix of different searches (keywords x categories x ages x places), one picked at random for each request, so the
# figures also show searches the server has not just answered: the same URL again and again would measure its caches.
curl -fsS "$base/oruk/taxonomy_terms?per_page=200" > "$work/terms.json"
python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
terms = {t["code"]: t["id"] for t in json.load(open(f"{work}/terms.json"))["contents"]}
words = ["speech", "football", "club", "parenting", "autism", "money", "swimming", "counselling", "homework", "dance", "baby", "youth"]
codes = [c for c in ["speech-and-language", "youth-activities", "parenting", "send", "mental-health-and-wellbeing", "money-and-housing", "early-years", "health"] if c in terms]
ages = [1, 3, 5, 8, 11, 14, 16]
places = [("CW1", "Crewe"), ("CW11", "Sandbach"), ("SK11", "Macclesfield"), ("CW5", "Nantwich"), ("SK9", "Wilmslow"), ("CW12", "Congleton"), ("WA16", "Knutsford"), ("ST7", "Alsager")]
random.seed(2026)
combos = [(w, c, a, p) for w in words for c in codes for a in ages for p in places]
random.shuffle(combos)
oruk = [f"/oruk/service_at_locations?search={w}&taxonomy_term_id={terms[c]}&minimum_age={a}&maximum_age={a}&postcode={p[0]}&proximity=8000&per_page=20" for w, c, a, p in combos]
page = [f"/services?q={w}&category={c}&age={a}&near={p[1]}&within=5" for w, c, a, p in combos]
for name, paths in (("oruk", oruk), ("page", page)):
    with open(f"{work}/mixed-{name}.lua", "w") as f:
        f.write("paths = {\n" + ",\n".join(json.dumps(x) for x in paths) + "\n}\n")
        f.write("init = function(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end\n")
        f.write("request = function() return wrk.format(\"GET\", paths[math.random(#paths)]) end\n")
        f.write(open("bench/directory/report.lua").read())
print(len(combos))
PY
mixed_count=$(python3 -c 'import sys; print(sum(1 for l in open(sys.argv[1]) if l.startswith("\"/")))' "$work/mixed-oruk.lua")

declare -A result
measure() {
  local name=$1 path=$2 connections=$3 script=${4:-bench/directory/report.lua} wrk_threads=$threads
  [ "$connections" -lt "$wrk_threads" ] && wrk_threads=$connections
  log "Warming up $name ($warmup, $connections connections)"
  wrk -t"$wrk_threads" -c"$connections" -d"$warmup" -s "$script" "$base$path" >/dev/null
  log "Measuring $name ($duration, $connections connections)"
  result[$name]=$(wrk -t"$wrk_threads" -c"$connections" -d"$duration" -s "$script" "$base$path" | awk '/^RESULT/ { $1 = ""; print }')
}

measure oruk-1 "$oruk_path" 1
measure page-1 "$page_path" 1
measure oruk-64 "$oruk_path" 64
measure page-64 "$page_path" 64
measure oruk-mix-1 / 1 "$work/mixed-oruk.lua"
measure page-mix-1 / 1 "$work/mixed-page.lua"
measure oruk-mix-64 / 64 "$work/mixed-oruk.lua"
measure page-mix-64 / 64 "$work/mixed-page.lua"
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "The site stopped during the measurements:" >&2; tail -n 60 "$work/server.log" >&2; exit 1
fi
# server_pid is the backgrounded function's shell; the site is its child.
site_pid=$(pgrep -P "$server_pid" | head -n 1); site_pid=${site_pid:-$server_pid}
peak_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$site_pid/status")
peak_mb=$(( peak_kb / 1024 ))

runs="oruk-1 page-1 oruk-64 page-64 oruk-mix-1 page-mix-1 oruk-mix-64 page-mix-64"
field() { tr ' ' '\n' <<<"${result[$1]}" | awk -F= -v k="$2" '$1 == k {print $2}'; }

echo
echo "Together directory benchmark: $(nproc) cores, $total services ($count generated in ${generate_seconds} s), $duration per run after a $warmup warm-up"
echo "  ORUK:  $oruk_path  ($oruk_hits matches)"
echo "  page:  $page_path"
echo "  mix:   $mixed_count different searches of each kind (12 keywords x categories x 7 ages x 8 places), one at random per request"
echo
printf '%-12s %12s %9s %9s %9s %9s %8s\n' run "requests/s" "p50 ms" "p95 ms" "p99 ms" "max ms" errors
for name in $runs; do
  printf '%-12s %12s %9s %9s %9s %9s %8s\n' "$name" "$(field "$name" rps)" "$(field "$name" p50)" "$(field "$name" p95)" "$(field "$name" p99)" "$(field "$name" max)" \
    "$(( $(field "$name" errors) + $(field "$name" non2xx) ))"
done
echo "server peak memory (VmHWM): ${peak_mb} MB"
echo

verdict=0
check() { if [ "$2" = 1 ]; then echo "PASS  $1"; else echo "FAIL  $1"; verdict=1; fi; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
for name in oruk-1 page-1 oruk-mix-1 page-mix-1; do check "$name p95 ≤ 20 ms ($(field "$name" p95) ms)" "$(below "$(field "$name" p95)" 20)"; done
for name in oruk-64 page-64 oruk-mix-64 page-mix-64; do check "$name p95 ≤ 100 ms ($(field "$name" p95) ms)" "$(below "$(field "$name" p95)" 100)"; done
check "server memory ≤ 500 MB (${peak_mb} MB)" "$(below "$peak_mb" 500)"
errors=0; for name in $runs; do errors=$(( errors + $(field "$name" errors) + $(field "$name" non2xx) )); done
check "no errors or non-2xx answers ($errors)" "$([ "$errors" = 0 ] && echo 1 || echo 0)"
exit $verdict
