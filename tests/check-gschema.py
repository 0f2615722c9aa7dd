#!/usr/bin/env python3
"""The settings schema, beyond what glib-compile-schemas checks at build
time: every key says what it is for, and every key whose values could be
bad is bounded, so that GSettings refuses a bad value instead of handing it
to the app (a range for numbers, choices or an enum for strings).

    check-gschema.py SCHEMA.gschema.xml
"""

import sys
import xml.etree.ElementTree as ET

# Strings that are free by nature; the app checks them itself.
FREE_STRINGS = {
    "last-topic": "a topic id: an unknown one falls back to the first topic",
}
NUMBERS = set("ynqiuxtd")

problems = []
root = ET.parse(sys.argv[1]).getroot()
keys = root.findall("./schema/key")
if not keys:
    problems.append("no keys found")
for key in keys:
    name, kind = key.get("name"), key.get("type")
    if not (key.findtext("summary") or "").strip():
        problems.append(f"{name}: no summary")
    if kind in NUMBERS and key.find("range") is None:
        problems.append(f"{name}: a number without a range")
    if kind == "s" and key.find("choices") is None and name not in FREE_STRINGS:
        problems.append(f"{name}: a string without choices (or an enum)")

for p in problems:
    print(p)
print(f"checked {len(keys)} keys; {len(problems)} problems")
sys.exit(1 if problems else 0)
