#!/usr/bin/env bash
# Desktop benchmark: launch time to the sign-in screen, time to a filled dashboard of a large vault after its data
# arrives, JavaFX-thread stalls over 100 ms and resident memory. Usage:
#   bench/desktop-bench.sh [FILES] [RUNS]
# FILES is the size of the made-up vault (12000 by default), RUNS the number of app launches (5 by default).
# JVM options for the app come from DESKTOP_JVM_OPTIONS (the launcher's options by default). Needs a display:
# run it under xvfb-run -a -s "-screen 0 1600x1200x24" on a machine without one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FILES="${1:-12000}"
RUNS="${2:-5}"
cd "$ROOT"

./mvnw -B -q -pl desktop -am install -DskipTests
./mvnw -B -q -pl desktop dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/desktop/target/bench-classpath.txt"
# common's own classes come first: the class path above names the codevault-common jar in ~/.m2, which another
# checkout may have replaced with a different version.
TEST_CP="$ROOT/desktop/target/test-classes:$ROOT/desktop/target/classes:$ROOT/common/target/classes"
TEST_CP="$TEST_CP:$(cat "$ROOT/desktop/target/bench-classpath.txt")"
APP_CP="$ROOT/desktop/target/codevault-desktop.jar:$ROOT/desktop/target/lib/*"
# shellcheck disable=SC2086
read -r -a APP_OPTIONS <<< "${DESKTOP_JVM_OPTIONS-$(sed -n 's/^DESKTOP_JVM_OPTIONS="\(.*\)"$/\1/p' "$ROOT/codevault")}"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "App JVM options: ${APP_OPTIONS[*]:-(none)}"
# The launcher writes a class data archive at the app's first start; the benchmark does the same in a warm-up run.
java -Dcodevault.bench.cds-archive="$ROOT/desktop/target/bench-desktop.jsa" \
  -Dcodevault.backend.jar="$ROOT/backend/target/codevault-backend.jar" -cp "$TEST_CP" \
  dev.codevault.desktop.bench.DesktopBenchmark "$FILES" "$RUNS" "$APP_CP" "${APP_OPTIONS[@]}"
