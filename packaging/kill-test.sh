#!/usr/bin/env bash
# Kills exports, decks, catalog imports and workspace saves with SIGKILL at random moments and checks, after each kill,
# that the target is either the previous complete file or the new complete one, and that the next run
# leaves no temporary debris. Usage: bash packaging/kill-test.sh [KILLS_PER_KIND=50] (needs target/scalinglens.jar).
set -uo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
jar=${JAR:-target/scalinglens.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
epoch=../shared/external/epoch/notable_ai_models_24_02_2025.csv
# SIGKILL must hit the JVM that writes: without this, `java -jar` relaunches the app in a second JVM
# (CdsRelaunch), which the kill of the first would stop in an orderly way instead.
export SCALINGLENS_CDS=off

complete() { # kind file → 0 when the file is a whole one of its kind
  case "$1" in
    export) tail -c 1024 "$2" | grep -q '%%EOF' ;;
    deck) unzip -tq "$2" >/dev/null 2>&1 ;;
    import) java -jar "$jar" validate datasets "$2" >/dev/null 2>&1 ;;
    workspace) java -cp "$jar:$work/classes" WorkspaceSaveLoop check "$2" >/dev/null 2>&1 ;;
  esac
}
run() { # kind out
  case "$1" in
    export) exec java -jar "$jar" export --chart tokens-params --format pdf --out "$2" ;;
    deck) exec java -jar "$jar" deck --out "$2" ;;
    import) exec java -jar "$jar" import --format epoch-csv "$epoch" --out "$2" ;;
    # The app's workspace writer saving a ~6 MB workspace in a loop (a "save" takes well under a second).
    workspace) exec java -cp "$jar:$work/classes" WorkspaceSaveLoop save "$2" "${3:-1000000}" ;;
  esac
}

javac -nowarn -cp "$jar" -d "$work/classes" packaging/WorkspaceSaveLoop.java || { echo "cannot compile WorkspaceSaveLoop"; exit 2; }
failures=0
kinds=(${KINDS:-export deck workspace})
[ -n "${KINDS:-}" ] || { [ -f "$epoch" ] && kinds+=(import) || echo "import: skipped ($epoch is absent)"; }
for kind in "${kinds[@]}"; do
  out="$work/$kind.out"
  (run "$kind" "$out" 1) >/dev/null 2>&1 || { echo "$kind: the first run failed"; exit 2; }
  midwrite=0
  for ((i = 1; i <= kills; i++)); do
    run "$kind" "$out" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v s=$RANDOM 'BEGIN { printf "%.2f", 0.3 + (s % 300) / 100 }')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # A .part file right after the kill means it landed in the middle of a write.
    [ "$(find "$work" -name '.*.part' | wc -l)" -gt 0 ] && midwrite=$((midwrite + 1))
    if ! complete "$kind" "$out"; then
      echo "$kind kill $i: $out is not a complete file"; failures=$((failures + 1))
    fi
  done
  (run "$kind" "$out" 1) >/dev/null 2>&1
  debris=$(find "$work" -name '.*.part' | wc -l)
  echo "$kind: $kills kills, target complete after each: $([ $failures -eq 0 ] && echo yes || echo NO), kills during a write (a .part file right after): $midwrite, debris after the next run: $debris"
  [ "$debris" -eq 0 ] || failures=$((failures + 1))
done
exit $((failures > 0))
