#!/usr/bin/env bash
# Measures the safeguarding screen's throughput through the `screen` command: the labelled sentences,
# repeated to 20,000 lines, piped through one process. Reports lines per second (machine: see `nproc`).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Together.Web -c Release --nologo -v quiet -clp:ErrorsOnly
input=$(mktemp)
sets=tests/Together.Screening.Tests/LabelledSet
while [ "$(wc -l < "$input")" -lt 20000 ]; do cut -f4 "$sets/sentences.tsv" "$sets/heldout.tsv" | tail -n +2 >> "$input"; done
lines=$(wc -l < "$input")
start=$(date +%s.%N)
dotnet src/Together.Web/bin/Release/net10.0/Together.Web.dll screen < "$input" > /dev/null
end=$(date +%s.%N)
rm -f "$input"
awk -v n="$lines" -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "screen: %d lines in %.2f s = %.0f lines/s (includes process start-up) on %d cores\n", n, t, n / t, '"$(nproc)"' }'
