#!/usr/bin/env bash
# The speed benchmark of the conformance suites: runs both suites against one target serially
# (threads=1) and in parallel (the default), and prints for each run
#   - the wall time of the whole `mvn verify` (Maven included),
#   - per suite, the time of each phase (target start, preflight, scenarios, reports),
#   - the time scenarios spend waiting on server-imposed delays (failed-login delays),
#   - the ratio of the scenario phase to the longest single scenario (the floor for any schedule),
# and whether the two runs gave the same verdict for every scenario.
#
#   containers/scripts/bench-suites.sh [target] [runs]        # default: dovecot-local, 1 run each
#
# It times; it judges nothing. The build is compiled once first, so the runs time the suites, not javac.
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${1:-dovecot-local}
RUNS=${2:-1}
OUT=target/bench
mkdir -p "$OUT"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null

run() { # mode threads-args...
  local mode=$1; shift
  for i in $(seq 1 "$RUNS"); do
    local log="$OUT/$mode-$i.log" t0 wall
    t0=$(date +%s%N)
    mvn -B -o verify -Dtarget="$TARGET" "$@" >"$log" 2>&1 || echo "$mode run $i: the build failed (see $log); its figures follow"
    wall=$(( ($(date +%s%N) - t0) / 1000000 ))
    cp target/conformance/report.json "$OUT/$mode-$i.json"
    python3 - "$mode" "$i" "$wall" "$log" "$OUT/$mode-$i.json" <<'PY'
import json, re, sys
mode, run, wall, log, report = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
text = open(log, encoding="utf-8", errors="replace").read()
r = json.load(open(report))
print(f"{mode} run {run}: target {r['target']['name']}, mvn verify wall {wall/1000:.1f} s, summary {r['summary']}")
for p in ("imap", "pop3"):
    t = re.search(rf"\[{p}\] timing: target ([\d.]+) s, preflight ([\d.]+) s, scenarios ([\d.]+) s, reports ([\d.]+) s(?:, waiting for the other suite ([\d.]+) s)?", text)
    d = re.search(rf"\[{p}\] server delays: (\d+) scenario\(s\) wait on failed-login delays, ([\d.]+) s of scenario time; longest scenario ([\d.]+) s", text)
    if not t:
        print(f"  {p}: no timing line (suite not run?)")
        continue
    start, pre, scen, rep = map(float, t.groups()[:4])
    line = f"  {p}: start {start:.2f} s, preflight {pre:.2f} s, scenarios {scen:.2f} s, reports {rep:.2f} s"
    if t.group(5) and float(t.group(5)) > 0.005:
        line += f", waiting for the other suite {float(t.group(5)):.2f} s (one server for both)"
    if d:
        n, delay, longest = int(d.group(1)), float(d.group(2)), float(d.group(3))
        ratio = scen / longest if longest > 0 else float("nan")
        line += f"; {n} scenarios in failed-login delays ({delay:.1f} s); scenarios/longest = {ratio:.1f} (longest {longest:.2f} s)"
    print(line)
PY
  done
}

run serial -Dthreads=1
run parallel
python3 - "$OUT/serial-1.json" "$OUT/parallel-1.json" <<'PY'
import json, sys
a = {s["id"]: s["verdict"] for s in json.load(open(sys.argv[1]))["scenarios"]}
b = {s["id"]: s["verdict"] for s in json.load(open(sys.argv[2]))["scenarios"]}
diff = [i for i in sorted(set(a) | set(b)) if a.get(i) != b.get(i)]
print(f"verdicts: {len(a)} serial, {len(b)} parallel, {len(diff)} differ")
for i in diff:
    print(f"  {i}: serial {a.get(i)}, parallel {b.get(i)}")
PY
