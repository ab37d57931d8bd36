#!/usr/bin/env bash
# Times the conformance suites against one target and prints the figures: wall time of the whole
# `mvn verify` and, from target/conformance/report.json, the time spent in scenarios per protocol,
# the slowest scenarios, and the counts by verdict.
#
#   containers/scripts/time-suites.sh [target] [runs]     # default: dovecot-local, 3 runs
#
# The build is compiled once first (offline when possible), so the runs time the suites, not javac.
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${1:-dovecot-local}
RUNS=${2:-3}
mvn -B -q -o install -DskipTests >/dev/null 2>&1 || mvn -B -q install -DskipTests >/dev/null
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N)
  mvn -B -q -o verify -DskipUnitTests=true -Dtarget="$TARGET" -pl imap-suite,pop3-suite >/tmp/time-suites.log 2>&1 \
    || echo "run $i: the build failed (see /tmp/time-suites.log); figures below are still the run's"
  wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  python3 - "$wall" "$i" <<'PY'
import json, sys
wall, run = int(sys.argv[1]), sys.argv[2]
r = json.load(open("target/conformance/report.json"))
by = {}
for s in r["scenarios"]:
    by.setdefault(s["protocol"], []).append(s)
parts = ", ".join(f'{p}: {len(v)} scenarios in {sum(x["durationMs"] for x in v)/1000:.1f} s' for p, v in sorted(by.items()))
print(f"run {run}: target {r['target']['name']}, mvn verify wall {wall/1000:.1f} s; {parts}; summary {r['summary']}")
if run == "1":
    slow = sorted(r["scenarios"], key=lambda s: -s["durationMs"])[:5]
    for s in slow:
        print(f"   slowest: {s['durationMs']:6d} ms  {s['id']}")
PY
done
