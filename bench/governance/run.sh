#!/usr/bin/env bash
# Meeting pack benchmark: builds (Release) a pack of 20 agenda items whose PDF papers add up to 200 pages, ten times,
# and reports the time per pack and the peak memory. Target (bench/README.md): at most 2 seconds on 2 cores.
#
# Settings (environment): ITEMS (20), PAGES (200), RUNS (10).
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${ITEMS:-20}
pages=${PAGES:-200}
runs=${RUNS:-10}

echo "==> Building Release" >&2
dotnet build bench/governance/MeetingPackBench -c Release --nologo -v quiet -clp:ErrorsOnly
out=$(dotnet bench/governance/MeetingPackBench/bin/Release/net10.0/MeetingPackBench.dll "$items" "$pages" "$runs")
echo "$out"
median=$(echo "$out" | sed -n 's/.*median_ms=\([0-9]*\).*/\1/p')
if [ "$median" -le 2000 ]; then
  echo "PASS: median ${median} ms per pack (target 2,000 ms)"
else
  echo "FAIL: median ${median} ms per pack (target 2,000 ms)"
  exit 1
fi
