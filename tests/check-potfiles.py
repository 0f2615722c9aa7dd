#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
when POTFILES.in names a file that does not exist, or when it is not sorted."""

import os
import re
import subprocess
import sys

top = sys.argv[1]
# The glib preset's keywords, and GLib's own gettext calls (g_dgettext,
# g_dngettext, g_dpgettext2, ...).
MARKERS = re.compile(r'\b(?:_|N_|C_|NC_|Q_|g_\w*gettext\w*|\w*ngettext)\s*\(|translatable="yes"')
SUFFIXES = (".c", ".h", ".ui", ".in", ".xml.in")

with open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]

try:
    tracked = subprocess.run(["git", "-C", top, "ls-files", "--cached", "--others", "--exclude-standard"],
                             check=True, capture_output=True, text=True).stdout.split()
except (OSError, subprocess.CalledProcessError):
    tracked = [os.path.relpath(os.path.join(d, n), top)
               for d, _, names in os.walk(top) for n in names]

problems = []
for path in sorted(tracked):
    if not (path.startswith("src/") or path.startswith("data/")) or not path.endswith(SUFFIXES):
        continue
    with open(os.path.join(top, path), encoding="utf-8", errors="replace") as f:
        text = f.read()
    # .desktop/.metainfo/.gschema inputs are translated by their format, not by markers.
    needs = MARKERS.search(text) or path.endswith((".desktop.in.in", ".metainfo.xml.in.in", ".gschema.xml.in"))
    if needs and path not in listed:
        problems.append(f"{path}: has translatable strings but is not in po/POTFILES.in")

for path in listed:
    if not os.path.exists(os.path.join(top, path)):
        problems.append(f"po/POTFILES.in: {path} does not exist")
if listed != sorted(listed):
    problems.append("po/POTFILES.in: entries are not sorted")

for p in problems:
    print(p)
print(f"checked {len(listed)} listed files; {len(problems)} problems")
sys.exit(1 if problems else 0)
