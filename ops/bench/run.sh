#!/usr/bin/env bash
# Runs one benchmark from a fresh clone: builds what it needs with the Maven wrapper (no install into ~/.m2),
# then starts the benchmark on the module outputs. Figures go to stdout as `name: value unit` lines.
#
#   ops/bench/run.sh CatalogSearchBench [national-portal-2642.jsonl]
#   ops/bench/run.sh DossierBench [dossiers (1000000)] [intakes (300)]
#   ops/bench/run.sh FootprintBench [sessions per page (50)]
#   ops/bench/run.sh QueueBench [tickets per center (680)] [threads (16)]
set -euo pipefail
cd "$(dirname "$0")/../.."
name="${1:-}"
case "$name" in
  CatalogSearchBench|DossierBench|QueueBench) modules=ops ;;
  FootprintBench) modules=ui,ops ;;   # also needs the packaged application ui/target/motcua.jar
  *) echo "usage: ops/bench/run.sh CatalogSearchBench|DossierBench|FootprintBench|QueueBench [arguments]" >&2; exit 2 ;;
esac
shift
./mvnw -B -q -DskipTests -pl "$modules" -am package
if [ "$name" = FootprintBench ]; then
  bash ops/scripts/ensure-chromium.sh
fi
exec java -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "ops/target/classes:$(cat ops/target/bench.classpath)" "vn.motcua.ops.bench.$name" "$@"
