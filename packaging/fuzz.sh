#!/usr/bin/env bash
# Fuzzes the readers of untrusted input with Jazzer (coverage-guided), one target after another, 60 s each
# (the @FuzzTest maxDuration), seeding each from the committed corpus plus, where present, the real files
# in ../shared/external (read in place, copied only into the uncommitted .cifuzz-corpus folder).
# Usage: [ROUNDS=N] bash packaging/fuzz.sh [TARGET...]   (default: all; targets are the methods of InputFuzzTest;
# ROUNDS runs each target N times in a row, each round continuing from the corpus the previous one grew)
# A finding stops the run and is written under src/test/resources/dev/scalinglens/fuzz/InputFuzzTestInputs/TARGET,
# where `mvn verify` replays it from then on: fix the reader, keep the input as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
((${#targets[@]})) || targets=(catalog epochModelsCsv epochHardwareCsv hfConfig inferenceXResult experimentCsv figureView deckSpec)
external=../shared/external
seed() { # target files...
  local dir=.cifuzz-corpus/dev.scalinglens.fuzz.InputFuzzTest/$1; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/" || true; done
}
seed catalog datasets/*.json
# The Epoch exports are 1.7 MB each: whole, one execution parses 1.7 MB (~40 ms) and libFuzzer then mutates
# inputs up to that size, so the target ran at ~150 exec/s. Excerpts (header + the first 12 records; multi-line
# quoted cells kept whole) cover the same columns and cell shapes at 20-55 KB each.
excerpt() { # file records → the file's header and first records, on stdout
  awk -v n="$2" '{ rec = rec $0 "\n"; q += gsub(/"/, "\"") } q % 2 == 0 { printf "%s", rec; rec = ""; if (++k > n) exit }' "$1"
}
for f in "$external"/epoch/notable_ai_models_24_02_2025.csv "$external"/epoch/frontier_ai_models.csv; do
  [ -f "$f" ] || continue
  mkdir -p .cifuzz-corpus/excerpts
  excerpt "$f" 12 > ".cifuzz-corpus/excerpts/$(basename "$f")"
done
rm -f .cifuzz-corpus/dev.scalinglens.fuzz.InputFuzzTest/epochModelsCsv/notable_ai_models_24_02_2025.csv \
  .cifuzz-corpus/dev.scalinglens.fuzz.InputFuzzTest/epochModelsCsv/frontier_ai_models.csv
seed epochModelsCsv .cifuzz-corpus/excerpts/*.csv
seed epochHardwareCsv "$external"/epoch/ml_hardware.csv
seed hfConfig "$external"/hf-configs/modelconfig.json
seed inferenceXResult "$external"/inferencex/glm-5/glm5_fp8_vllm_tp8_isl1024_osl128_conc4.json "$external"/inferencex/qwen3.5/qwen35_vllm_tp8_isl1024_osl128_conc4.json
seed experimentCsv "$external"/engram/*.csv
mvn -B -q -o test-compile
for target in "${targets[@]}"; do
 for ((round = 1; round <= ${ROUNDS:-1}; round++)); do
  echo "== $target (round $round)"
  JAZZER_FUZZ=1 mvn -B -o surefire:test -Dtest="InputFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E "^#[0-9]+.*DONE|^Done [0-9]+ runs|Tests run:.*Fail|FuzzTestFinding" || true
 done
done
