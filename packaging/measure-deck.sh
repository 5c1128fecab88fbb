#!/usr/bin/env bash
# Whole-process `deck` times (JVM start included), RUNS runs each, interleaved: median wall and user CPU seconds
# and the load average before each run. Not part of CI: a shared machine is too noisy to gate on.
#   bash packaging/measure-deck.sh RUNS [JAR]
# Tasks: the default deck (every registered chart), the four charts of issue 16 (tokens-params, density,
# layer-loss, pareto), one chart slide (tokens-params), and the four-chart deck rebuilt over its previous
# output (reads the previous deck's values and compares them); and the four-slide and one-slide decks again with
# -XX:TieredStopAtLevel=1 (C1 only: a short process spends much of its CPU in the C2 compiler's threads).
set -euo pipefail
# The JVM configurations named here, not java -jar's own relaunch with its archive (bench export measures that).
export SCALINGLENS_CDS=off
RUNS=${1:-5}; JAR=${2:-target/scalinglens.jar}
OUT=$(mktemp -d)
source "$(dirname "$0")/deck-specs.sh"
write_deck_specs "$OUT"
declare -A wall user load
run() { # key [jvm flag] args...
  local key=$1; shift
  local flags=()
  if [[ $1 == -XX:* ]]; then flags=("$1"); shift; fi
  load[$key]+="$(cut -d' ' -f1 /proc/loadavg) "
  /usr/bin/time -o "$OUT/t" -f "%e %U" java "${flags[@]}" -jar "$JAR" deck "$@" >/dev/null 2>&1
  local t; t=$(tail -1 "$OUT/t"); wall[$key]+="${t% *} "; user[$key]+="${t#* } "
}
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for i in $(seq "$RUNS"); do
  rm -f "$OUT"/*.pptx
  run "default deck" --out "$OUT/default.pptx"
  run "four slides" --spec "$OUT/four.json" --out "$OUT/four.pptx"
  run "one slide" --spec "$OUT/one.json" --out "$OUT/one.pptx"
  run "four slides, rebuilt" --spec "$OUT/four.json" --out "$OUT/four.pptx"
  run "four slides, C1 only" -XX:TieredStopAtLevel=1 --spec "$OUT/four.json" --out "$OUT/four-c1.pptx"
  run "one slide, C1 only" -XX:TieredStopAtLevel=1 --spec "$OUT/one.json" --out "$OUT/one-c1.pptx"
done
printf '%-22s %9s %9s  %-32s %s\n' task "wall med" "user med" "wall runs" "load before each run"
for k in "default deck" "four slides" "one slide" "four slides, rebuilt" "four slides, C1 only" "one slide, C1 only"; do
  printf '%-22s %9s %9s  %-32s %s\n' "$k" "$(median "${wall[$k]}")" "$(median "${user[$k]}")" "${wall[$k]}" "${load[$k]}"
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); load average at end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
rm -rf "$OUT"
