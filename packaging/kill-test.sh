#!/usr/bin/env bash
# Kills exports, decks and catalog imports with SIGKILL at random moments and checks, after each kill,
# that the target is either the previous complete file or the new complete one, and that the next run
# leaves no temporary debris. Usage: bash packaging/kill-test.sh [KILLS_PER_KIND=50] (needs target/scalinglens.jar).
set -uo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
jar=${JAR:-target/scalinglens.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
epoch=../shared/external/epoch/notable_ai_models_24_02_2025.csv

complete() { # kind file → 0 when the file is a whole one of its kind
  case "$1" in
    export) tail -c 1024 "$2" | grep -q '%%EOF' ;;
    deck) unzip -tq "$2" >/dev/null 2>&1 ;;
    import) java -jar "$jar" validate datasets "$2" >/dev/null 2>&1 ;;
  esac
}
run() { # kind out
  case "$1" in
    export) exec java -jar "$jar" export --chart tokens-params --format pdf --out "$2" ;;
    deck) exec java -jar "$jar" deck --out "$2" ;;
    import) exec java -jar "$jar" import --format epoch-csv "$epoch" --out "$2" ;;
  esac
}

failures=0
kinds=(export deck)
[ -f "$epoch" ] && kinds+=(import) || echo "import: skipped ($epoch is absent)"
for kind in "${kinds[@]}"; do
  out="$work/$kind.out"
  (run "$kind" "$out") >/dev/null 2>&1 || { echo "$kind: the first run failed"; exit 2; }
  for ((i = 1; i <= kills; i++)); do
    run "$kind" "$out" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v s=$RANDOM 'BEGIN { printf "%.2f", 0.3 + (s % 300) / 100 }')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! complete "$kind" "$out"; then
      echo "$kind kill $i: $out is not a complete file"; failures=$((failures + 1))
    fi
  done
  (run "$kind" "$out") >/dev/null 2>&1
  debris=$(find "$work" -name '.*.part' | wc -l)
  echo "$kind: $kills kills, target complete after each: $([ $failures -eq 0 ] && echo yes || echo NO), debris after the next run: $debris"
  [ "$debris" -eq 0 ] || failures=$((failures + 1))
done
exit $((failures > 0))
