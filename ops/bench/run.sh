#!/usr/bin/env bash
# Runs one benchmark from a fresh clone: builds what it needs with the Maven wrapper (no install into ~/.m2),
# then starts the benchmark on the module outputs. Figures go to stdout as `name: value unit` lines.
#
#   ops/bench/run.sh CatalogSearchBench [national-portal-2642.jsonl]
#   ops/bench/run.sh DossierBench [dossiers (1000000)] [intakes (300)]
#   ops/bench/run.sh IndicatorBench [dossiers (1000000)] [calls (100)]
#   ops/bench/run.sh FootprintBench [sessions per page (50)]
#   ops/bench/run.sh OnboardingBench [communes-2025-phu-tho.csv]
#   ops/bench/run.sh MergeBench [dossiers (300000)] [stored objects (300)]
#   ops/bench/run.sh ApiBench [dossiers (1000000)] [seconds of the 16-client run (30)]
#   ops/bench/run.sh QueueBench [tickets per center (680)] [threads (16)]
set -euo pipefail
cd "$(dirname "$0")/../.."
name="${1:-}"
case "$name" in
  FootprintBench|ApiBench) modules=ui,ops ;;   # also needs the packaged application ui/target/motcua.jar
  *) modules=ops ;;
esac
if [ -z "$name" ] || [ ! -f "ops/bench/src/main/java/vn/motcua/ops/bench/$name.java" ]; then
  echo "usage: ops/bench/run.sh BENCHMARK [arguments]; benchmarks:" \
    $(cd ops/bench/src/main/java/vn/motcua/ops/bench && ls *Bench.java | sed 's/[.]java$//') >&2
  exit 2
fi
shift
./mvnw -B -q -DskipTests -pl "$modules" -am package
if [ "$name" = FootprintBench ]; then
  bash ops/scripts/ensure-chromium.sh
fi
exec java -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "ops/target/classes:$(cat ops/target/bench.classpath)" "vn.motcua.ops.bench.$name" "$@"
