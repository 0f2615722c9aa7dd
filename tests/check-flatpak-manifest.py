#!/usr/bin/env python3
"""The Flatpak manifest parses, uses the GNOME runtime and grants exactly the
sandbox holes IR Guide needs: no network, no files."""

import json
import sys

EXPECTED_FINISH_ARGS = ["--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"]

with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
def expect(cond, message):
    if not cond:
        problems.append(message)

expect(manifest.get("id") == "io.github.irguide.IRGuide", "id is not io.github.irguide.IRGuide")
expect(manifest.get("runtime") == "org.gnome.Platform", "runtime is not org.gnome.Platform")
expect(manifest.get("sdk") == "org.gnome.Sdk", "sdk is not org.gnome.Sdk")
expect(str(manifest.get("runtime-version", "")).isdigit(), "runtime-version is not a stable GNOME branch")
expect(manifest.get("command") == "ir-guide", "command is not ir-guide")
expect(manifest.get("finish-args") == EXPECTED_FINISH_ARGS,
       f"finish-args are {manifest.get('finish-args')}, expected exactly {EXPECTED_FINISH_ARGS}")
expect(manifest.get("separate-locales") is False, "separate-locales is not false")
modules = manifest.get("modules", [])
app = modules[-1] if modules else {}
expect(app.get("name") == "ir-guide", "the last module is not ir-guide")
expect(app.get("buildsystem") == "meson", "ir-guide is not built with meson")
expect(any(s.get("type") == "dir" and s.get("path") == ".." for s in app.get("sources", [])),
       "ir-guide is not built from the local checkout")
# The checkout's own builds and the README's Flatpak output are not sources:
# copied in, they would bloat and slow every build.
checkout = next((s for s in app.get("sources", []) if s.get("type") == "dir"), {})
for path in ("_build", "_build-trixie", ".flatpak-builder", "flatpak-build", "repo"):
    expect(path in checkout.get("skip", []), f"the checkout source does not skip {path}/")

for p in problems:
    print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
