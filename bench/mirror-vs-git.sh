#!/usr/bin/env bash
# Times CodeVault's first mirror of a repository against `git clone --mirror` of the same URL. Both read it from the
# loopback smart-HTTP test server (git http-backend behind the JDK's HTTP server, with Basic authentication). The
# mirror runs the server's own RepositoryMirror in a fresh JVM with a bounded heap. Each run times both, alternating
# which goes first, and the script prints the medians and their ratio.
# Usage: bench/mirror-vs-git.sh REPO [RUNS]
#   REPO  a bare repository, for example one made by bench/make-history.sh
#   RUNS  runs of each, default 3
# Settings: HEAP (default 256m), WORK (default backend/target/mirror-bench), MIRROR_JAVA_OPTIONS (more options of the
# mirror JVM, for example -Dorg.eclipse.jgit.util.sha1.implementation=jdkNative). With WARM=1 the mirror JVM mirrors
# twice and the second, warm mirror is timed too: a server mirrors with code the JIT compiled long before.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: $0 REPO [RUNS]" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$1" && pwd)"
RUNS="${2:-3}"
HEAP="${HEAP:-256m}"
WORK="${WORK:-$ROOT/backend/target/mirror-bench}"
CLASSPATH_FILE="$WORK/classpath.txt"

mkdir -p "$WORK"
cd "$ROOT"
./mvnw -B -q -pl backend -am install -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
CLASSPATH="$ROOT/backend/target/test-classes:$ROOT/backend/target/classes:$(cat "$CLASSPATH_FILE")"

# A throwaway login for the loopback server; git sends it as a header, the mirror as its credentials.
export BENCH_GIT_USER=bench
BENCH_GIT_TOKEN="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export BENCH_GIT_TOKEN
AUTH_HEADER="Authorization: Basic $(printf '%s:%s' "$BENCH_GIT_USER" "$BENCH_GIT_TOKEN" | base64 -w0)"

# The server serves the repository's parent folder and stops when its standard input closes.
SERVER_IN="$WORK/server.in"
SERVER_OUT="$WORK/server.out"
rm -f "$SERVER_IN" "$SERVER_OUT"
mkfifo "$SERVER_IN"
java -Xmx256m -cp "$CLASSPATH" dev.codevault.backend.bench.GitServerMain "$(dirname "$REPO")" \
  <"$SERVER_IN" >"$SERVER_OUT" 2>"$WORK/server.err" &
SERVER_PID=$!
exec 3>"$SERVER_IN"
cleanup() {
  exec 3>&-
  wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK/git-mirror.git" "$WORK/storage" "$SERVER_IN"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  grep -q '^port=' "$SERVER_OUT" 2>/dev/null && break
  sleep 0.2
done
PORT="$(sed -n 's/^port=//p' "$SERVER_OUT")"
[[ -n "$PORT" ]] || { echo "The git server did not start; see $WORK/server.err" >&2; exit 1; }
URL="http://127.0.0.1:$PORT/$(basename "$REPO")"

now_ms() {
  date +%s%3N
}

time_git() {
  rm -rf "$WORK/git-mirror.git"
  local start end
  start="$(now_ms)"
  git -c http.extraHeader="$AUTH_HEADER" clone -q --mirror "$URL" "$WORK/git-mirror.git"
  end="$(now_ms)"
  echo $((end - start))
}

# Prints the process wall time, then the mirror's own lines (time inside the JVM, peak heap, size), on one line.
time_codevault() {
  rm -rf "$WORK/storage"
  local start end lines
  start="$(now_ms)"
  # shellcheck disable=SC2086
  lines="$(java "-Xmx$HEAP" ${MIRROR_JAVA_OPTIONS:-} -cp "$CLASSPATH" dev.codevault.backend.mirror.MirrorBenchmark \
    "$URL" "$WORK/storage" "$((${WARM:-0} ? 2 : 1))" 2>"$WORK/mirror.err" | grep '^mirror_ms=' | tr '\n' ' ')"
  end="$(now_ms)"
  echo "$((end - start)) $lines"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== machine"
echo "processors: $(nproc)"
lscpu | sed -n 's/^Model name: *//p'
echo "memory: $(free -m | awk '/^Mem:/ { print $2 " MiB" }')"
java -version 2>&1 | head -n 1
git --version
echo "== repository"
echo "commits: $(git -C "$REPO" rev-list --all --count), size: $(du -sb "$REPO" | cut -f1) bytes"
echo "== runs (mirror JVM: -Xmx$HEAP ${MIRROR_JAVA_OPTIONS:-})"

GIT_TIMES=()
JVM_TIMES=()
MIRROR_TIMES=()
WARM_TIMES=()
for run in $(seq 1 "$RUNS"); do
  if (( run % 2 )); then
    git_ms="$(time_git)"
    codevault="$(time_codevault)"
  else
    codevault="$(time_codevault)"
    git_ms="$(time_git)"
  fi
  process_ms="${codevault%% *}"
  mirror_ms="$(grep -o 'mirror_ms=[0-9]*' <<<"$codevault" | head -n 1 | cut -d= -f2)"
  [[ -n "$mirror_ms" ]] || { echo "The mirror failed; see $WORK/mirror.err" >&2; exit 1; }
  GIT_TIMES+=("$git_ms")
  JVM_TIMES+=("$process_ms")
  MIRROR_TIMES+=("$mirror_ms")
  if [[ "${WARM:-0}" == 1 ]]; then
    WARM_TIMES+=("$(grep -o 'mirror_ms=[0-9]*' <<<"$codevault" | tail -n 1 | cut -d= -f2)")
  fi
  echo "run $run: git clone --mirror ${git_ms} ms; CodeVault mirror ${mirror_ms} ms (process ${process_ms} ms;" \
    "${codevault#* }); load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

GIT_MEDIAN="$(printf '%s\n' "${GIT_TIMES[@]}" | median)"
MIRROR_MEDIAN="$(printf '%s\n' "${MIRROR_TIMES[@]}" | median)"
JVM_MEDIAN="$(printf '%s\n' "${JVM_TIMES[@]}" | median)"
echo "== medians of $RUNS runs"
echo "git clone --mirror: $GIT_MEDIAN ms"
echo "CodeVault mirror: $MIRROR_MEDIAN ms (whole process with JVM start: $JVM_MEDIAN ms)"
awk -v m="$MIRROR_MEDIAN" -v p="$JVM_MEDIAN" -v g="$GIT_MEDIAN" \
  'BEGIN { printf "ratio to git: %.2f (whole process: %.2f); target: at most 1.50\n", m / g, p / g }'
if [[ "${WARM:-0}" == 1 ]]; then
  WARM_MEDIAN="$(printf '%s\n' "${WARM_TIMES[@]}" | median)"
  awk -v w="$WARM_MEDIAN" -v g="$GIT_MEDIAN" \
    'BEGIN { printf "warm CodeVault mirror (second in its JVM): %d ms, ratio to git: %.2f\n", w, w / g }'
fi
