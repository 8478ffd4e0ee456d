#!/usr/bin/env bash
# Benchmark of the archive import: generates archives of the given sizes, then imports each one in a fresh JVM with a
# small heap and prints the time, the throughput and the heap used (ImportBenchmark in the backend's test sources).
# Usage: bench/archive-import.sh [WORK_FOLDER]
# Settings: SIZES (MiB of file content, default "100 500"), FORMATS (default "tar.gz zip"), HEAP (default 128m).
# The work folder needs about four times the largest size in free space; it is kept for a look afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mkdir -p "${1:-$ROOT/backend/target/archive-bench}" && cd "${1:-$ROOT/backend/target/archive-bench}" && pwd)"
SIZES="${SIZES:-100 500}"
FORMATS="${FORMATS:-tar.gz zip}"
HEAP="${HEAP:-128m}"
CLASSPATH_FILE="$WORK/classpath.txt"

cd "$ROOT"
./mvnw -B -q -pl backend -am install -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
CLASSPATH="$ROOT/backend/target/test-classes:$ROOT/backend/target/classes:$(cat "$CLASSPATH_FILE")"
MAIN=dev.codevault.backend.archive.ImportBenchmark

echo "== machine"
nproc
lscpu | head -n 15
java -version 2>&1
echo "heap of each import: -Xmx$HEAP"

for format in $FORMATS; do
  for size in $SIZES; do
    archive="$WORK/archive-$size.$format"
    repository="$WORK/repository-$size-${format//./-}.git"
    rm -rf "$repository"
    if [[ ! -f "$archive" ]]; then
      java -cp "$CLASSPATH" "$MAIN" generate "$archive" "$size" "$format"
    fi
    echo "== $size MiB, $format"
    java "-Xmx$HEAP" -cp "$CLASSPATH" "$MAIN" import "$archive" "$repository" 2>&1 | grep -v ' INFO '
    rm -rf "$repository"
  done
done
