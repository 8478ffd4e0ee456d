#!/usr/bin/env bash
# Builds a large git history from real source files for the mirror benchmark. It replays the -sources.jar of many
# releases of Guava and Apache Commons Lang from Maven Central in release order. Each added or deleted file gets one
# commit, and a changed file gets one commit per changed block of lines (when it has at most MAX_HUNKS blocks), so
# the history holds many small edits. The files are real, but the history is synthetic: the commits are not the
# projects' own, and a file between two releases passes through mixed states that neither release had.
# Usage: bench/make-history.sh TARGET [MIN_COMMITS]
#   TARGET       the bare repository to create; it must not exist
#   MIN_COMMITS  fail when the history has fewer commits (default 20000)
# Jars come from ~/.m2 when present, else from Maven Central, and are kept in ${BENCH_CACHE:-~/.cache/codevault-bench}.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: $0 TARGET [MIN_COMMITS]" >&2
  exit 2
fi

TARGET="$1"
MIN_COMMITS="${2:-20000}"
CACHE="${BENCH_CACHE:-$HOME/.cache/codevault-bench}"
CENTRAL="https://repo1.maven.org/maven2"

if [[ -e "$TARGET" ]]; then
  echo "$TARGET exists already; choose a new folder." >&2
  exit 2
fi

# group:artifact:version, in the order they are replayed; each library lives in a folder named after its artifact.
RELEASES=(
  org.apache.commons:commons-lang3:3.0
  com.google.guava:guava:14.0
  org.apache.commons:commons-lang3:3.1
  com.google.guava:guava:15.0
  com.google.guava:guava:16.0
  org.apache.commons:commons-lang3:3.2
  com.google.guava:guava:17.0
  org.apache.commons:commons-lang3:3.3
  com.google.guava:guava:18.0
  org.apache.commons:commons-lang3:3.4
  com.google.guava:guava:19.0
  com.google.guava:guava:20.0
  org.apache.commons:commons-lang3:3.5
  com.google.guava:guava:21.0
  com.google.guava:guava:22.0
  org.apache.commons:commons-lang3:3.6
  com.google.guava:guava:23.0
  com.google.guava:guava:24.0-jre
  org.apache.commons:commons-lang3:3.7
  com.google.guava:guava:25.0-jre
  com.google.guava:guava:26.0-jre
  org.apache.commons:commons-lang3:3.8
  com.google.guava:guava:27.0-jre
  com.google.guava:guava:28.0-jre
  org.apache.commons:commons-lang3:3.9
  com.google.guava:guava:29.0-jre
  com.google.guava:guava:30.0-jre
  org.apache.commons:commons-lang3:3.10
  com.google.guava:guava:31.0-jre
  org.apache.commons:commons-lang3:3.12.0
  com.google.guava:guava:32.0.0-jre
  org.apache.commons:commons-lang3:3.14.0
  com.google.guava:guava:33.0.0-jre
  com.google.guava:guava:33.2.0-jre
  org.apache.commons:commons-lang3:3.16.0
  com.google.guava:guava:33.4.0-jre
  org.apache.commons:commons-lang3:3.18.0
  com.google.guava:guava:33.5.0-jre
)

fetch_sources() {
  local group="$1" name="$2" version="$3"
  local path="${group//.//}/$name/$version/$name-$version-sources.jar"
  local cached="$CACHE/$name-$version-sources.jar"
  if [[ -f "$HOME/.m2/repository/$path" ]]; then
    cp "$HOME/.m2/repository/$path" "$cached"
  elif [[ ! -f "$cached" ]]; then
    curl -fsSL --retry 3 -o "$cached.part" "$CENTRAL/$path"
    mv "$cached.part" "$cached"
  fi
}

mkdir -p "$CACHE"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

LIST="$WORK/releases.txt"
: >"$LIST"
for release in "${RELEASES[@]}"; do
  IFS=: read -r group name version <<<"$release"
  fetch_sources "$group" "$name" "$version"
  echo "$name $version $CACHE/$name-$version-sources.jar" >>"$LIST"
done

git init -q --bare "$TARGET"
git -C "$TARGET" symbolic-ref HEAD refs/heads/main

# The stream generator reads each jar and compares it with the previous release of the same library. It writes the
# commits as a git fast-import stream, which git stores far faster than one git commit call per change.
python3 - "$LIST" <<'PYTHON' | git -C "$TARGET" fast-import --quiet --done
import difflib
import sys
import zipfile

MAX_HUNKS = 12

releases = [line.split(" ", 2) for line in open(sys.argv[1]).read().splitlines()]
out = sys.stdout.buffer
previous = {}
mark = 0
when = 1_300_000_000
authors = [b"Ada Lovelace <ada@example.com>", b"Alan Turing <alan@example.com>",
           b"Grace Hopper <grace@example.com>", b"Edsger Dijkstra <edsger@example.com>"]

def commit(message, path, data):
    global mark, when
    mark += 1
    when += 600
    author = authors[mark % len(authors)]
    out.write(b"commit refs/heads/main\nmark :%d\n" % mark)
    out.write(b"author %s %d +0000\ncommitter %s %d +0000\n" % (author, when, author, when))
    out.write(b"data %d\n%s\n" % (len(message), message))
    if data is None:
        out.write(b"D %s\n\n" % path)
    else:
        out.write(b"M 100644 inline %s\ndata %d\n%s\n\n" % (path, len(data), data))

def edits(old, new):
    """Returns the file's states after each changed block, the last being the new file."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    blocks = [op for op in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
              if op[0] != "equal"]
    if len(blocks) <= 1 or len(blocks) > MAX_HUNKS:
        return [new]
    states = []
    for applied in range(1, len(blocks)):
        result = []
        position = 0
        for tag, i1, i2, j1, j2 in blocks[:applied]:
            result.extend(old_lines[position:i1])
            result.extend(new_lines[j1:j2])
            position = i2
        result.extend(old_lines[position:])
        states.append(b"".join(result))
    states.append(new)
    return states

for name, version, jar in releases:
    files = {}
    with zipfile.ZipFile(jar) as archive:
        for entry in archive.infolist():
            if entry.is_dir() or entry.filename.startswith("META-INF/"):
                continue
            files[(name + "/" + entry.filename).encode()] = archive.read(entry)
    before = previous.get(name, {})
    for path in sorted(files):
        if path not in before:
            commit(b"Add %s for %s %s" % (path, name.encode(), version.encode()), path, files[path])
        elif before[path] != files[path]:
            steps = edits(before[path], files[path])
            for number, data in enumerate(steps, 1):
                commit(b"Update %s for %s %s (%d of %d)" % (path, name.encode(), version.encode(), number,
                                                            len(steps)), path, data)
    for path in sorted(set(before) - set(files)):
        commit(b"Remove %s for %s %s" % (path, name.encode(), version.encode()), path, None)
    previous[name] = files
    out.write(b"progress %s %s: %d commits so far\n" % (name.encode(), version.encode(), mark))

out.write(b"done\n")
PYTHON

git -C "$TARGET" gc -q --prune=now
COMMITS="$(git -C "$TARGET" rev-list --count main)"
SIZE="$(du -sb "$TARGET" | cut -f1)"
echo "History at $TARGET: $COMMITS commits, $SIZE bytes"
if [[ "$COMMITS" -lt "$MIN_COMMITS" ]]; then
  echo "Only $COMMITS commits, fewer than $MIN_COMMITS: add releases to RELEASES." >&2
  exit 1
fi
