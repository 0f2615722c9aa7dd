#!/usr/bin/env python3
"""appstreamcli validate, pedantic: every issue fails the test except the
ones listed here with the reason they cannot be fixed. Also checks that
every screenshot the metainfo names is in data/screenshots/, where
`./build-aux/dev screenshots` writes it."""

import os
import re
import subprocess
import sys

ALLOWED = {
    # The application ID io.github.irguide.IRGuide is fixed by the project.
    "cid-contains-uppercase-letter",
}

result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", "--explain", sys.argv[1]],
                        capture_output=True, text=True)
print(result.stdout, result.stderr, sep="")
issues = re.findall(r"^([EWIP]): \S+: (\S+)", result.stdout, re.MULTILINE)
bad = [(level, tag) for level, tag in issues if tag not in ALLOWED]
for level, tag in bad:
    print(f"not allowed: {level}: {tag}")
screenshots = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "screenshots")
with open(sys.argv[1], encoding="utf-8") as f:
    images = re.findall(r"<image[^>]*>[^<]*/data/screenshots/([^<]+)</image>", f.read())
missing = [name for name in images if not os.path.isfile(os.path.join(screenshots, name))]
for name in missing:
    print(f"screenshot not in data/screenshots/: {name}")
if not images:
    print("the metainfo names no screenshot from data/screenshots/")
sys.exit(1 if bad or missing or not images or result.returncode != 0 else 0)
