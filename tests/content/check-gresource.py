#!/usr/bin/env python3
"""Fails when a data/content/*.json file is not in the app's GResource, or
the GResource names a content file that does not exist.

    check-gresource.py GRESOURCE_XML_IN CONTENT_DIR
"""

import os
import sys
import xml.etree.ElementTree as ET

xml_in, content = sys.argv[1], sys.argv[2]
listed = {}
for node in ET.parse(xml_in).getroot().iter("file"):
    if node.text.startswith("content/"):
        listed[node.text[len("content/"):]] = node.get("alias")

present = sorted(name for name in os.listdir(content) if name.endswith(".json"))
problems = []
for name in present:
    if name not in listed:
        problems.append(f"data/content/{name} is not in {os.path.basename(xml_in)}")
    elif listed[name] != f"content/{name}":
        problems.append(f"data/content/{name}: alias should be content/{name}, is {listed[name]}")
for name in listed:
    if name not in present:
        problems.append(f"{os.path.basename(xml_in)} lists content/{name}, which does not exist")

for p in problems:
    print(p)
print(f"{len(present)} content files, {len(listed)} in the GResource; {len(problems)} problems")
sys.exit(1 if problems else 0)
