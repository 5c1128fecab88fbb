#!/usr/bin/env bash
# Two or more jars compared on whole-process `deck` times, interleaved run by run so that load from other work
# falls on all of them alike: the four-slide deck of issue 16 (tokens-params, density, layer-loss, pareto) and
# one chart slide (tokens-params), each with the default JVM and with a dynamic CDS archive of that jar plus
# -XX:TieredStopAtLevel=1 (the launcher's configuration). Median wall and user CPU seconds over RUNS runs.
# Not part of CI: a shared machine is too noisy to gate on.
#   bash packaging/measure-deck-ab.sh RUNS LABEL=JAR [LABEL=JAR ...]
set -euo pipefail
# The JVM configurations named here, not java -jar's own relaunch with its archive (bench export measures that).
export SCALINGLENS_CDS=off
RUNS=$1; shift
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
source "$(dirname "$0")/deck-specs.sh"
write_deck_specs "$OUT"
labels=()
for arg in "$@"; do
  label=${arg%%=*}; labels+=("$label")
  cp "${arg#*=}" "$OUT/$label.jar" # the archive is valid for this file only
  java -XX:ArchiveClassesAtExit="$OUT/$label.jsa" -jar "$OUT/$label.jar" deck --spec "$OUT/four.json" \
    --out "$OUT/archive.pptx" >/dev/null 2>&1
  rm -f "$OUT/archive.pptx"
done
declare -A wall user
for i in $(seq "$RUNS"); do
  for spec in one four; do
    for label in "${labels[@]}"; do
      for jvm in default cds+c1; do
        flags=()
        [[ $jvm == cds+c1 ]] && flags=(-XX:SharedArchiveFile="$OUT/$label.jsa" -XX:TieredStopAtLevel=1)
        rm -f "$OUT/deck.pptx"
        /usr/bin/time -o "$OUT/t" -f "%e %U" java "${flags[@]}" -jar "$OUT/$label.jar" deck --spec "$OUT/$spec.json" \
          --out "$OUT/deck.pptx" >/dev/null 2>&1
        t=$(tail -1 "$OUT/t"); key="$spec $jvm $label"
        wall[$key]+="${t% *} "; user[$key]+="${t#* } "
      done
    done
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-5s %-8s %-10s %9s %9s  %s\n' slides jvm jar "wall med" "user med" "wall runs"
for spec in one four; do for jvm in default cds+c1; do for label in "${labels[@]}"; do
  key="$spec $jvm $label"
  printf '%-5s %-8s %-10s %9s %9s  %s\n' "$spec" "$jvm" "$label" "$(median "${wall[$key]}")" "$(median "${user[$key]}")" "${wall[$key]}"
done; done; done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); load average at end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
