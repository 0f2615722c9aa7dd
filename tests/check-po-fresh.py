#!/usr/bin/env python3
"""Fails when a translation lags behind the sources: the strings of
po/POTFILES.in are extracted afresh, as the ir-guide-pot target does, and
every language of po/LINGUAS must translate each of them (msgcmp).

    check-po-fresh.py SOURCE-ROOT XGETTEXT MSGCMP

After changing a source string, run the ir-guide-update-po target and
translate what it marks.
"""

import os
import subprocess
import sys
import tempfile

top, xgettext, msgcmp = sys.argv[1:4]

# meson's i18n.gettext(preset: 'glib') arguments.
GLIB_PRESET = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
]

with open(os.path.join(top, "po", "LINGUAS"), encoding="utf-8") as f:
    languages = [line.strip() for line in f if line.strip() and not line.startswith("#")]

results = []
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "fresh.pot")
    r = subprocess.run([xgettext, "--package-name=ir-guide", f"--directory={top}",
                        "--files-from", os.path.join(top, "po", "POTFILES.in"), "--output", pot, *GLIB_PRESET],
                       capture_output=True, text=True)
    results.append((r.returncode == 0 and os.path.exists(pot), "the sources' strings extract", r.stderr))
    if os.path.exists(pot):
        for lang in languages:
            r = subprocess.run([msgcmp, os.path.join(top, "po", f"{lang}.po"), pot], capture_output=True, text=True)
            results.append((r.returncode == 0, f"po/{lang}.po translates every string of the sources", r.stderr))

print(f"1..{len(results)}")
for i, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok:
        for line in detail.strip().splitlines()[:20]:
            print(f"# {line}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
