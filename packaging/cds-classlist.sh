#!/usr/bin/env bash
# CDS training run for an app-image: writes APP_IMAGE/lib/app/scalinglens.classlist, the classes a start
# loads, from which the build (and the .deb's postinst) dump a static CDS archive for the app's path.
#   bash packaging/cds-classlist.sh target/dist/scalinglens
# With Xvfb and xdotool: opens the window under a private Xvfb display and lets the app run until the first
# chart with data is painted (it then exits by itself), so the start-up classes are in the list (measured
# in docs/packaging.md). Without them, or
# with CDS_TRAINING=cli: the CLI's --help.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_IMAGE=$1
JAVA="$APP_IMAGE/lib/runtime/bin/java"
JAR="$APP_IMAGE/lib/app/scalinglens.jar"
CLASSLIST="$APP_IMAGE/lib/app/scalinglens.classlist"
OUT=target/cds-training
fail() { echo "cds-classlist: $*" >&2; exit 1; }
mkdir -p "$OUT"
rm -f "$CLASSLIST"

if [[ ${CDS_TRAINING:-gui} == gui ]] && command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  source packaging/xvfb-lib.sh
  trap stop_all EXIT
  start_xvfb
  # Up to the first chart with data, where the app exits by itself: its classes are what start-up loads.
  start_app "$OUT/gui.log" "$JAVA" -XX:DumpLoadedClassList="$CLASSLIST" -Dscalinglens.exitAfterFirstPaint=true \
    -Dscalinglens.config.dir="$OUT/config" -cp "$JAR" dev.scalinglens.Main
  window_id=$(wait_for_window 120) || fail "no window within 120 s; log: $(cat "$OUT/gui.log")"
  for _ in $(seq 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$APP_PID" 2>/dev/null; then
    echo "cds-classlist: no chart painted within 60 s; stopping the app" >&2
    stop_app "$window_id" 0 20 2>/dev/null
  else
    wait "$APP_PID" || true
    APP_PID=""
  fi
  echo "cds-classlist: start to the first chart ($(grep -vc '^#' "$CLASSLIST") classes)"
else
  "$JAVA" -XX:DumpLoadedClassList="$CLASSLIST" -cp "$JAR" dev.scalinglens.Main --help >"$OUT/cli.log" 2>&1
  echo "cds-classlist: CLI --help only, no Xvfb/xdotool ($(grep -vc '^#' "$CLASSLIST") classes)"
fi
[[ -s "$CLASSLIST" ]] || fail "the training run wrote no class list"
