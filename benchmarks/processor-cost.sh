#!/usr/bin/env bash
# What the processor costs a build: compiles generated catalogs of 1,000, 5,000 and 20,000 codes
# (benchmarks/src/build/GenerateCatalog.java: 20 leaf groups of exact codes, ranges and wildcards)
# with javac and the processor, then the same catalog plus the sources it generated with -proc:none,
# and reports the processor's share of the whole run and how time grows with size.
# Each compile runs RUNS times (default 3) and the median counts: the machine is shared and noisy.
# Needs only a JDK 17+ and Maven. Usage: benchmarks/processor-cost.sh [sizes...] (default 1000 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 5000 20000)

echo "== building the processor, annotations and runtime jars" >&2
mvn -B -q -o -pl processor -am package -DskipTests 2>/dev/null || mvn -B -q -pl processor -am package -DskipTests
mvn -B -q -o -pl catalog dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
  || mvn -B -q -pl catalog dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
version=0.1.0-SNAPSHOT
annotations=annotations/target/errata-annotations-$version.jar
classpath=$annotations:catalog/target/errata-catalog-$version.jar:$(cat catalog/target/classpath.txt)
processorpath=processor/target/errata-processor-$version.jar:$annotations

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

runs=${RUNS:-3}

seconds() { # command...: median wall-clock seconds of $runs runs of the command
  local start end times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    times+=("$((end - start))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] / 1e9 }'
}

printf '%-7s %12s %14s %16s %14s %18s\n' codes "with proc (s)" "proc:none (s)" "processor (s)" "share" "processor ms/code"
previous_codes=""
previous_processor=""
for n in "${sizes[@]}"; do
  dir=$work/$n
  java benchmarks/src/build/GenerateCatalog.java "$dir/src" "$n"
  catalog=$dir/src/dev/errata/benchmarks/big/BigErrors.java
  mkdir -p "$dir/gen" "$dir/out" "$dir/out-none"
  # javac -J options keep the two runs alike: the same heap, no tiered-compilation tricks.
  with=$(seconds javac -J-Xmx2g --release 17 -implicit:none -processorpath "$processorpath" -cp "$classpath" \
    -s "$dir/gen" -d "$dir/out" "$catalog")
  without=$(seconds javac -J-Xmx2g --release 17 -implicit:none -proc:none -cp "$classpath" \
    -d "$dir/out-none" "$catalog" $(find "$dir/gen" -name '*.java'))
  processor=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", (a > b ? a - b : 0) }')
  share=$(awk -v a="$with" -v p="$processor" 'BEGIN { printf "%.0f%%", 100 * p / a }')
  per=$(awk -v p="$processor" -v n="$n" 'BEGIN { printf "%.3f", 1000 * p / n }')
  printf '%-7s %12s %14s %16s %14s %18s\n' "$n" "$with" "$without" "$processor" "$share" "$per"
  if [ -n "$previous_codes" ]; then
    awk -v n0="$previous_codes" -v n1="$n" -v t0="$previous_processor" -v t1="$processor" 'BEGIN {
      if (t0 > 0 && t1 > 0) printf "        %dx the codes: processor time %.1fx (linear would be %.1fx)\n", n1 / n0, t1 / t0, n1 / n0 }'
  fi
  previous_codes=$n
  previous_processor=$processor
done
