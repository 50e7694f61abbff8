#!/usr/bin/env bash
# The isolation probe, by hand: people of commune A, an outsider and the database's tenant role make more than
# 10,000 attempts on commune B's data (API, public status look-up, SQL as the tenant role) on an embedded
# PostgreSQL and S3, and it prints `leaks: N` (0 expected; each leak is listed). The test suite runs the same probe.
#
#   ops/probe/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
log="$(mktemp)"
status=0
./mvnw -B -pl ui -am verify -Dtest=IsolationProbeTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
grep -E '^\[isolation probe\]|^leaks: |^  leak: ' "$log" || { tail -50 "$log"; }
exit "$status"
