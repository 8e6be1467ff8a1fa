#!/usr/bin/env bash
# Extraction benchmark: Concordia's whole extraction (decode → facts) and wink-nlp (doc.entities()) on the same
# corpus of at least 50 MB made by repeating data/sample-corpus, each on one core. Usage: bench/run-extraction.sh [MB]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mb="${1:-50}"
cd "$root"
if [ ! -d bench/wink/node_modules/wink-nlp ]; then
  npm install --prefix bench/wink --no-audit --no-fund --silent
fi
dotnet build bench/Concordia.Bench -c Release -v quiet -nologo >/dev/null
# Tiered compilation off: on one core, tier-0 code, PGO instrumentation and the background re-compilation of
# ~4,000 methods cost more CPU than the whole extraction of a 10 MB run (process CPU 4.3 s with tiering + PGO,
# 3.0 s with tiering alone, 2.1 s without). The start-up and JIT cost is printed separately.
export DOTNET_gcServer=0 DOTNET_GCHeapCount=1 DOTNET_TieredCompilation=0
exec taskset -c 0 dotnet bench/Concordia.Bench/bin/Release/net10.0/Concordia.Bench.dll \
  data/sample-corpus bench/out "$mb" bench/wink/bench.js
