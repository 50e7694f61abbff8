#!/usr/bin/env bash
# Two MotCua nodes behind HAProxy on one machine, one PostgreSQL and one S3 store (embedded, started by the drill):
# two clerks sign in through the load balancer in headless Chromium (one pinned to each node), write notes, the
# scheduled document sweep removes planted orphans once (not once per node), node A is killed and only its open
# pages are lost. Prints one line per check and `two-nodes: PASS` or `two-nodes: FAIL` (exit status 0 / 1).
#
#   ops/deploy/two-nodes.sh            # builds ui and ops when their outputs are missing, then runs (~1-2 min)
#
# Needs HAProxy (Debian package `haproxy`: installed here with apt-get when running as root) and Chromium
# (ops/scripts/ensure-chromium.sh). Without HAProxy and without root it prints `two-nodes: SKIP` and exits 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${MOTCUA_CI_TWO_NODES:-1}" = 0 ]; then
  echo "two-nodes: SKIP (MOTCUA_CI_TWO_NODES=0)"
  exit 0
fi

if ! command -v haproxy >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "two-nodes: installing haproxy (apt-get)"
    (apt-get install -y -q haproxy >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q haproxy >/dev/null; })
  fi
fi
if ! command -v haproxy >/dev/null 2>&1; then
  echo "two-nodes: SKIP (no haproxy, and not root to install it: apt-get install haproxy)"
  exit 0
fi
bash ops/scripts/ensure-chromium.sh

# `./mvnw -B verify` runs this in the ops module (integration-test phase), after packaging both
if [ ! -f ui/target/motcua.jar ] || [ ! -f ops/target/bench.classpath ] || [ ! -f ops/target/classes/vn/motcua/ops/deploy/TwoNodeDrill.class ]; then
  ./mvnw -B -q -DskipTests -pl ui,ops -am package
fi
exec java -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "ops/target/classes:$(cat ops/target/bench.classpath)" vn.motcua.ops.deploy.TwoNodeDrill \
  ui/target/motcua.jar ops/deploy/haproxy/haproxy.cfg ops/target/two-nodes
