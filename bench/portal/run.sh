#!/usr/bin/env bash
# Portal latency benchmark (issue 4, Speed): fills a SQLite file with the synthetic registry (once; reused after),
# serves it with `concordia serve` in one process, and loads it from a second process on loopback.
# Usage: bench/portal/run.sh [SCALE] [CONCURRENCY] [SECONDS]   (defaults: 1 = 1,000 mechanisms ... 1,000,000 facts; 8; 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=${1:-1}; concurrency=${2:-8}; seconds=${3:-30}
work=${CONCORDIA_BENCH_DIR:-artifacts/bench}; mkdir -p "$work"
db="$work/portal-scale-$scale.db"; port=${CONCORDIA_BENCH_PORT:-5481}

dotnet build bench/portal -c Release -nologo -clp:ErrorsOnly >&2
dotnet build src/Concordia.Cli -c Release -nologo -clp:ErrorsOnly >&2
[ -f "$db.urls.tsv" ] || dotnet bench/portal/bin/Release/net10.0/Concordia.Bench.Portal.dll fill "$db" --scale "$scale"

dotnet src/Concordia.Cli/bin/Release/net10.0/concordia.dll serve --db "$db" --no-sample --urls "http://127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done

echo "scale $scale ($(du -h "$db" | cut -f1) SQLite file), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) before the run"
dotnet bench/portal/bin/Release/net10.0/Concordia.Bench.Portal.dll load "http://127.0.0.1:$port" "$db.urls.tsv" \
  --concurrency "$concurrency" --seconds "$seconds"
