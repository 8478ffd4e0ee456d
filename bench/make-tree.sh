#!/usr/bin/env bash
# Builds the benchmark tree: the unpacked -sources.jar files of well-known libraries from Maven Central, fetched
# with the Maven Wrapper. Usage: bench/make-tree.sh TARGET_FOLDER
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "Usage: $0 TARGET_FOLDER" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$1"
JARS="$(mktemp -d)"
trap 'rm -rf "$JARS"' EXIT

# groupId:artifactId:version, each fetched with the "sources" classifier.
ARTIFACTS=(
  com.google.guava:guava:33.5.0-jre
  org.scala-lang:scala-compiler:2.13.18
  org.scala-lang:scala-library:2.13.18
  org.hibernate.orm:hibernate-core:7.4.16.Final
  org.apache.groovy:groovy:5.0.8
  org.jetbrains.kotlin:kotlin-stdlib:2.2.0
  org.apache.lucene:lucene-core:9.12.3
  org.springframework:spring-core:7.0.10
  org.springframework:spring-context:7.0.10
  io.netty:netty-codec-http:4.2.10.Final
  org.apache.commons:commons-lang3:3.18.0
)

mkdir -p "$TARGET"
for artifact in "${ARTIFACTS[@]}"; do
  IFS=: read -r group name version <<<"$artifact"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="$group:$name:$version:jar:sources" \
    -DoutputDirectory="$JARS" -Dmdep.overWriteReleases=true)
  mkdir -p "$TARGET/$name"
  unzip -q -o "$JARS/$name-$version-sources.jar" -d "$TARGET/$name"
done

echo "Tree at $TARGET: $(find "$TARGET" -type f | wc -l) files, $(du -sb "$TARGET" | cut -f1) bytes"
