#!/usr/bin/env bash
# Whole-process CLI export and deck times, RUNS runs each, median wall and user CPU seconds; JARS to compare
# (e.g. main's jar as the baseline, measured in the same run, interleaved run by run).
# Not part of CI: timings on a shared machine are too noisy to gate on.
#   bash packaging/measure-export.sh RUNS CATALOG_100K.json JAR [JAR...]
# CATALOG_100K.json: e.g. `python3 packaging/gen-catalog.py 100000 /tmp/cat100k.json` (synthetic, the shape of
# `bench load`'s generated catalog).
set -euo pipefail
RUNS=$1; BIG=$2; shift 2
OUT=$(mktemp -d)
declare -A wall user
run() { # key jar args...
  local key=$1 jar=$2; shift 2
  local t; /usr/bin/time -o "$OUT/t" -f "%e %U" java -jar "$jar" "$@" >/dev/null 2>&1; t=$(tail -1 "$OUT/t")
  wall[$key]+="${t% *} "; user[$key]+="${t#* } "
}
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for i in $(seq "$RUNS"); do
  for jar in "$@"; do
    run "$jar|png catalog" "$jar" export --chart tokens-params --format png -o "$OUT/a.png"
    run "$jar|svg catalog" "$jar" export --chart tokens-params --format svg -o "$OUT/a.svg"
    run "$jar|pdf catalog" "$jar" export --chart tokens-params --format pdf -o "$OUT/a.pdf"
    run "$jar|png 2x 100k" "$jar" export --chart tokens-params --format png --scale 2 --catalog "$BIG" -o "$OUT/b.png"
    run "$jar|svg 100k" "$jar" export --chart tokens-params --format svg --catalog "$BIG" -o "$OUT/b.svg"
    run "$jar|pdf 100k" "$jar" export --chart tokens-params --format pdf --catalog "$BIG" -o "$OUT/b.pdf"
    run "$jar|deck (4 slides)" "$jar" deck --out "$OUT/d.pptx"
    run "$jar|--version" "$jar" --version
  done
  if /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
    for f in png svg pdf; do
      /usr/bin/time -o "$OUT/t" -f "%e %U" /usr/bin/python3 "$(dirname "$0")/../src/main/resources/dev/scalinglens/bench/mpl-export.py" "$BIG" "$OUT/m.$f" >/dev/null 2>&1
      t=$(tail -1 "$OUT/t")
      wall["matplotlib|$f 100k"]+="${t% *} "; user["matplotlib|$f 100k"]+="${t#* } "
    done
  fi
done
printf '%-60s %-18s %9s %9s  %s\n' jar task "wall med" "user med" "wall runs"
for key in $(printf '%s\n' "${!wall[@]}" | sort | tr ' ' '~'); do
  k=${key//\~/ }
  printf '%-60s %-18s %9s %9s  %s\n' "${k%%|*}" "${k#*|}" "$(median "${wall[$k]}")" "$(median "${user[$k]}")" "${wall[$k]}"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$OUT"
