#!/usr/bin/env python3
"""Compares the verdicts of two report.json files scenario by scenario and exits 1 on any
difference (a scenario missing from one, or another verdict). CI uses it to show that the
parallel default gives exactly the verdicts of a serial run.

    containers/scripts/same-verdicts.py [--unstable FILE] serial.json parallel.json

--unstable FILE lists scenarios (id, two spaces, why) whose verdict on that server depends on
timing the harness does not control (GreenMail's clock-based UIDVALIDITY): they are printed
with both verdicts and the reason, and left out of the comparison. Every other scenario must
agree.
"""
import json
import sys


def verdicts(path):
    report = json.load(open(path, encoding="utf-8"))
    return {s["id"]: s["verdict"] for s in report["scenarios"]}


def unstable(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        sid, _, why = line.partition("  ")
        out[sid.strip()] = why.strip()
    return out


args = sys.argv[1:]
skip = {}
if len(args) >= 2 and args[0] == "--unstable":
    skip = unstable(args[1])
    args = args[2:]
if len(args) != 2:
    sys.exit(__doc__)
a, b = verdicts(args[0]), verdicts(args[1])
for i, why in skip.items():
    print(f"  not compared (timing-dependent on this server): {i}: {a.get(i, 'absent')} and {b.get(i, 'absent')}; {why}")
diff = [i for i in sorted(set(a) | set(b)) if i not in skip and a.get(i) != b.get(i)]
for i in diff:
    print(f"  differs: {i}: {a.get(i, 'absent')} in {args[0]}, {b.get(i, 'absent')} in {args[1]}")
print(f"same-verdicts: {len(a)} and {len(b)} scenarios, {len(diff)} differ"
      + (f", {len(skip)} not compared" if skip else ""))
sys.exit(1 if diff else 0)
