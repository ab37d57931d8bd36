#!/usr/bin/env python3
"""Compares the verdicts of two report.json files scenario by scenario and exits 1 on any
difference (a scenario missing from one, or another verdict). CI uses it to show that the
parallel default gives exactly the verdicts of a serial run.

    containers/scripts/same-verdicts.py serial.json parallel.json
"""
import json
import sys


def verdicts(path):
    report = json.load(open(path, encoding="utf-8"))
    return {s["id"]: s["verdict"] for s in report["scenarios"]}


a, b = verdicts(sys.argv[1]), verdicts(sys.argv[2])
diff = [i for i in sorted(set(a) | set(b)) if a.get(i) != b.get(i)]
for i in diff:
    print(f"  differs: {i}: {a.get(i, 'absent')} in {sys.argv[1]}, {b.get(i, 'absent')} in {sys.argv[2]}")
print(f"same-verdicts: {len(a)} and {len(b)} scenarios, {len(diff)} differ")
sys.exit(1 if diff else 0)
