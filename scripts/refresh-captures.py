#!/usr/bin/env python3
"""Copies each snapshot named by a `<!-- capture: NAME -->` marker in README.md and docs/*.md into
the fenced block after it, so docs follow a re-recorded snapshot (DocCaptureTests checks them)."""
import glob, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
snapshots = os.path.join(root, "Tests", "AllyTUITests", "Snapshots")
marker = re.compile(r"(<!-- capture: ([^ ]+) -->\n```\n)(.*?)(```\n)", re.S)
changed = 0
for path in [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "docs", "*.md"))):
    text = open(path, encoding="utf-8").read()
    def fill(m):
        snap = open(os.path.join(snapshots, m.group(2)), encoding="utf-8").read()
        return m.group(1) + (snap if snap.endswith("\n") else snap + "\n") + m.group(4)
    new = marker.sub(fill, text)
    if new != text:
        open(path, "w", encoding="utf-8").write(new)
        changed += 1
        print("updated", os.path.relpath(path, root))
sys.exit(0)
