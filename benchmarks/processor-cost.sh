#!/usr/bin/env bash
# What the processor costs a build, measured as a user sees it: whole javac processes, CPU seconds
# (user + system, every thread: the JIT's and the GC's too) and wall clock.
#
#   khipu   the fixed cost: Khipu's sample catalog (samples/.../KhipuErrors.java, 14 entries) compiled
#           with javac and the processor, against javac -proc:none of the same source plus everything
#           the processor generated. The ratio is what a build with a small catalog pays.
#   <n>     a generated catalog of n codes (benchmarks/src/build/GenerateCatalog.java: 20 leaf groups
#           of exact codes, ranges and wildcards), the same compiles, plus the peak heap of each.
# Beside both, the floor: the same compile with a processor that only writes the same files through the
# Filer (benchmarks/src/build/FilerOnlyProcessor.java), what javac itself charges any processor that
# generates them.
#
# The compiles alternate, RUNS times each (default 11 for khipu, 3 for the sizes), and medians
# count: the machine may be shared. The load average is printed before and after.
# Needs only a JDK 17+ and Maven (SKIP_BUILD=1 reuses the jars of an earlier build; PROCESSOR_JAR=<jar>
# measures another build of the processor, such as an earlier version, against the same catalogs).
# Usage: benchmarks/processor-cost.sh [khipu] [sizes...]   (default: khipu 1000 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(khipu 1000 5000 20000)

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== building the processor, annotations and runtime jars" >&2
  mvn -B -q -pl processor -am package -DskipTests
  mvn -B -q -pl catalog dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
version=0.1.0-SNAPSHOT
annotations=annotations/target/errata-annotations-$version.jar
classpath=$annotations:catalog/target/errata-catalog-$version.jar:$(cat catalog/target/classpath.txt)
processorpath=${PROCESSOR_JAR:-processor/target/errata-processor-$version.jar}:$annotations

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average[s]*: //'; }

# One javac process: prints "cpu wall peak-heap-MB live-heap-MB" (CPU = user + system seconds; the
# heap figures from its GC log: the most used before any collection or at exit, and the most left
# after a collection).
javac_run() {
  local gclog=$work/gc.log start end cpu
  rm -f "$gclog"
  start=$(date +%s%N)
  cpu=$( { TIMEFORMAT='%3U %3S'; time javac -J-Xmx2g "-J-Xlog:gc,gc+heap+exit:file=$gclog" "$@" >/dev/null; } 2>&1 \
    | tail -1 | awk '{ printf "%.3f", $1 + $2 }')
  end=$(date +%s%N)
  awk -v cpu="$cpu" -v wall="$(( end - start ))" '
    function mb(text) { v = text + 0; if (text ~ /K$/) v /= 1024; if (text ~ /G$/) v *= 1024; return v }
    / Pause / && match($0, /[0-9]+[KMG]->[0-9]+[KMG]/) {
      split(substr($0, RSTART, RLENGTH), p, "->"); if (mb(p[1]) > peak) peak = mb(p[1]); if (mb(p[2]) > live) live = mb(p[2])
    }
    /garbage-first heap|def new generation|PSYoungGen|total [0-9]+K, used/ && match($0, /used [0-9]+K/) { used += substr($0, RSTART + 5, RLENGTH - 6) / 1024 }
    END { if (used > peak) peak = used; printf "%s %.3f %.0f %.0f\n", cpu, wall / 1e9, peak, live }' "$gclog"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# measure <label> <runs> <catalog source> <dir>: the three compiles, alternating; prints the row.
measure() {
  local label=$1 runs=$2 catalog=$3 dir=$4 with=() floor=() without=()
  mkdir -p "$dir/gen" "$dir/first" "$dir/resources"
  # A first compile writes what -proc:none compiles and the floor writes again (and warms the disk cache).
  javac --release 17 -implicit:none -processorpath "$processorpath" -cp "$classpath" \
    -s "$dir/gen" -d "$dir/first" "$catalog"
  cp -r "$dir/first/META-INF" "$dir/resources/"
  mapfile -t generated < <(find "$dir/gen" -name '*.java' | sort)
  for _ in $(seq "$runs"); do
    rm -rf "$dir/run" && mkdir -p "$dir/run/gen" "$dir/run/out" "$dir/run/floor-gen" "$dir/run/floor-out" "$dir/run/none"
    with+=("$(javac_run --release 17 -implicit:none -processorpath "$processorpath" -cp "$classpath" \
      -s "$dir/run/gen" -d "$dir/run/out" "$catalog")")
    floor+=("$(javac_run --release 17 -implicit:none -processorpath "$work/filer" \
      -Afiler.sources="$dir/gen" -Afiler.resources="$dir/resources" -cp "$classpath" \
      -s "$dir/run/floor-gen" -d "$dir/run/floor-out" "$catalog")")
    without+=("$(javac_run --release 17 -implicit:none -proc:none -cp "$classpath" \
      -d "$dir/run/none" "$catalog" "${generated[@]}")")
  done
  column() { printf '%s\n' "${@:2}" | awk -v c="$1" '{ print $c }' | median; }
  local cpu_with cpu_floor cpu_without wall_with wall_without
  cpu_with=$(column 1 "${with[@]}"); cpu_floor=$(column 1 "${floor[@]}"); cpu_without=$(column 1 "${without[@]}")
  wall_with=$(column 2 "${with[@]}"); wall_without=$(column 2 "${without[@]}")
  printf '%-7s %8.2f %8.2f %8.2f %7.2fx %7.2fx %8.2f %8.2f %7.2fx %8.2f %8.2f %6s %6s %6s\n' "$label" \
    "$cpu_with" "$cpu_floor" "$cpu_without" \
    "$(awk -v a="$cpu_with" -v b="$cpu_without" 'BEGIN { print a / b }')" \
    "$(awk -v a="$cpu_floor" -v b="$cpu_without" 'BEGIN { print a / b }')" \
    "$wall_with" "$wall_without" "$(awk -v a="$wall_with" -v b="$wall_without" 'BEGIN { print a / b }')" \
    "$(awk -v a="$cpu_with" -v b="$cpu_without" 'BEGIN { print a - b }')" \
    "$(awk -v a="$cpu_with" -v b="$cpu_floor" 'BEGIN { print a - b }')" \
    "$(column 3 "${with[@]}")" "$(column 3 "${without[@]}")" "$(column 4 "${with[@]}")"
}

# The floor: a processor that only writes the same files through the Filer (src/build/FilerOnlyProcessor.java).
mkdir -p "$work/filer/META-INF/services"
javac -d "$work/filer" benchmarks/src/build/FilerOnlyProcessor.java
echo FilerOnlyProcessor > "$work/filer/META-INF/services/javax.annotation.processing.Processor"

echo "load average before: $(load)"
echo "medians; CPU = user + system seconds of the whole javac; proc = with Errata, floor = with a processor"
echo "that only writes the same files, none = -proc:none of the catalog and the generated sources;"
echo "heap in MB: the most used before a collection or at exit (peak), the most left after one (live)"
printf '%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %6s %6s %6s\n' catalog "cpu proc" "floor" "none" \
  "proc/" "floor/" "wall" "wall" "wall" "cpu" "cpu over" "peak" "peak" "live"
printf '%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %6s %6s %6s\n' "" "" "" "" "none" "none" "proc" "none" \
  "ratio" "added" "floor" "proc" "none" "proc"
previous_codes=""
previous_added=""
for target in "${targets[@]}"; do
  if [ "$target" = khipu ]; then
    measure khipu "${RUNS:-11}" samples/src/main/java/dev/errata/samples/khipu/KhipuErrors.java "$work/khipu"
    continue
  fi
  dir=$work/$target
  java benchmarks/src/build/GenerateCatalog.java "$dir/src" "$target"
  row=$(measure "$target" "${RUNS:-3}" "$dir/src/dev/errata/benchmarks/big/BigErrors.java" "$dir")
  echo "$row"
  added=$(echo "$row" | awk '{ print $10 }')
  if [ -n "$previous_codes" ]; then
    awk -v n0="$previous_codes" -v n1="$target" -v t0="$previous_added" -v t1="$added" 'BEGIN {
      if (t0 > 0 && t1 > 0) printf "        %dx the codes: CPU added %.1fx (linear would be %.1fx)\n", n1 / n0, t1 / t0, n1 / n0 }'
  fi
  previous_codes=$target
  previous_added=$added
done
echo "load average after: $(load)"
