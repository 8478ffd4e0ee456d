#!/usr/bin/env bash
# Times `./codevault analyze TREE` against `cloc TREE` on the same tree and prints the median wall times, their
# ratio, the median CPU times (user plus system, less sensitive to other load on the machine) and the peak resident
# memory of the analyze process.
# Usage: bench/analyze-vs-cloc.sh TREE [RUNS]   (RUNS defaults to 5; run from anywhere)
# Where ./codevault has no analyze command yet, the script runs the java command the launcher will run, with the
# JVM options in ANALYZE_JVM_OPTIONS (empty by default) placed before -cp.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: $0 TREE [RUNS]" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TREE="$1"
RUNS="${2:-5}"
JAR="$ROOT/backend/target/codevault-backend.jar"

[[ -e "$TREE" ]] || { echo "$TREE: not found. Pass a folder, archive or repository to analyse." >&2; exit 2; }
command -v cloc >/dev/null || { echo "cloc is not installed. Install it with: apt-get install cloc" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing. Install it with: apt-get install time" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "$JAR is missing. Build it with: ./mvnw -B -q -pl backend -am install -DskipTests" >&2; exit 2; }

# The launcher's analyze command when it has one; otherwise the same java command it runs.
if [[ -x "$ROOT/codevault" ]] && "$ROOT/codevault" help 2>/dev/null | grep -q '^ *analyze'; then
  ANALYZE=("$ROOT/codevault" analyze)
else
  echo "NOTE: ./codevault has no analyze command here; running its java command directly." >&2
  read -r -a JVM_OPTIONS <<<"${ANALYZE_JVM_OPTIONS:-}"
  ANALYZE=(java "${JVM_OPTIONS[@]}" -cp "$JAR:$ROOT/backend/target/lib/*" dev.codevault.backend.analysis.cli.AnalyzeCommand)
fi

STATS="$(mktemp -d)"
trap 'rm -rf "$STATS"' EXIT

# Runs a command RUNS times after one warm-up run, and writes "wall-seconds kilobytes cpu-seconds" per run to a file.
measure() {
  local name="$1"
  shift
  "$@" >/dev/null 2>&1 || { echo "$name failed: $*" >&2; exit 1; }
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$STATS/one" "$@" >/dev/null 2>"$STATS/stderr" \
      || { echo "$name failed:" >&2; cat "$STATS/stderr" >&2; exit 1; }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$STATS/one" >>"$STATS/$name"
  done
}

median() {
  sort -n | awk '{ value[NR] = $1 } END { print (NR % 2) ? value[(NR + 1) / 2] : (value[NR / 2] + value[NR / 2 + 1]) / 2 }'
}

measure analyze "${ANALYZE[@]}" "$TREE"
measure cloc cloc "$TREE"

analyze_median="$(cut -d' ' -f1 "$STATS/analyze" | median)"
cloc_median="$(cut -d' ' -f1 "$STATS/cloc" | median)"
analyze_peak_kb="$(cut -d' ' -f2 "$STATS/analyze" | sort -n | tail -1)"
cloc_peak_kb="$(cut -d' ' -f2 "$STATS/cloc" | sort -n | tail -1)"
analyze_cpu="$(cut -d' ' -f3 "$STATS/analyze" | median)"
cloc_cpu="$(cut -d' ' -f3 "$STATS/cloc" | median)"

echo "tree:            $TREE ($(find "$TREE" -type f | wc -l) files, $(du -sb "$TREE" | cut -f1) bytes)"
echo "runs:            $RUNS each, after one warm-up run each"
echo "analyze command: ${ANALYZE[*]} TREE"
echo "analyze median:  ${analyze_median} s (runs: $(cut -d' ' -f1 "$STATS/analyze" | tr '\n' ' '))"
echo "cloc median:     ${cloc_median} s (runs: $(cut -d' ' -f1 "$STATS/cloc" | tr '\n' ' '))"
echo "speed-up:        $(awk -v a="$analyze_median" -v c="$cloc_median" 'BEGIN { printf "%.1f", c / a }') x (cloc / analyze)"
echo "CPU medians:     analyze ${analyze_cpu} s, cloc ${cloc_cpu} s (user + system)"
echo "load average:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5 and 15 minutes, at the end)"
echo "analyze peak:    $((analyze_peak_kb / 1024)) MiB resident (max over runs)"
echo "cloc peak:       $((cloc_peak_kb / 1024)) MiB resident (max over runs)"
