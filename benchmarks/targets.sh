#!/usr/bin/env bash
# Every figure of BENCHMARKS.md's targets from one command, on one machine, in one session:
# the JMH benchmarks behind them (match on constant codes and on fresh strings, decode and encode on
# both Jacksons, with JMH's gc profiler), summarized by benchmarks/src/build/Targets.java as ratios of
# medians over forks (the codec's: medians of the rounds' own ratios), then the processor's cost
# (benchmarks/processor-cost.sh). About 15 minutes on the 2 cores; the load average is printed
# before and after each part.
# Usage: benchmarks/targets.sh [output directory, default target/targets]
#   FORKS=2 WARMUPS=3 ITERATIONS=4 set JMH's forks (the codec's rounds) and iterations (of 1 s each);
#   SIZES="1000 5000 20000" the catalog sizes of the processor's scaling run (empty: Khipu only).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/targets}
mkdir -p "$out"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average[s]*: //'; }

echo "== building the benchmarks" >&2
mvn -B -q -Pbenchmarks package -DskipTests

match='(khipu|big)_((exact|range|wildcard)_errata|exact_(enumValueOf|hashMap|hashCodeOnly)|range_(oneRangeByHand|hashMapThenOneRange))'
fresh='big_mixed_(errata|hashMapThenRegex)'
codec='(decode_(errata|errataReportOnly|jacksonPojo|jackson3Pojo)|encode_(errata|jacksonPojo|jackson3Pojo))'
echo "load average before JMH: $(load)" | tee "$out/load.txt"
java -jar benchmarks/target/benchmarks.jar \
  "MatchBenchmark\.$match\$" "FreshCodeBenchmark\.($match|$fresh)\$" \
  -f "${FORKS:-2}" -wi "${WARMUPS:-3}" -i "${ITERATIONS:-4}" -w 1s -r 1s -prof gc \
  -rf json -rff "$out/jmh.json" > "$out/jmh.log"
# The codec's times drift with the machine by more than the targets' margins over the minutes that
# one benchmark's forks take, and JMH runs every fork of one before the next: so each round runs
# every codec benchmark once (one fork), and Targets.java takes the median of the rounds' ratios.
rounds=()
for round in $(seq "${FORKS:-2}"); do
  java -jar benchmarks/target/benchmarks.jar "CodecBenchmark\.$codec\$" \
    -f 1 -wi "${WARMUPS:-3}" -i "${ITERATIONS:-4}" -w 1s -r 1s -prof gc \
    -rf json -rff "$out/codec-$round.json" >> "$out/jmh.log"
  rounds+=("$out/codec-$round.json")
done
echo "load average after JMH: $(load)" | tee -a "$out/load.txt"
java benchmarks/src/build/Targets.java "$out/jmh.json" "${rounds[@]}" | tee "$out/targets.md"

# shellcheck disable=SC2086  # SIZES splits into words on purpose
benchmarks/processor-cost.sh khipu ${SIZES-1000 5000 20000} | tee "$out/processor-cost.txt"
