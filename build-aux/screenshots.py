#!/usr/bin/env python3
"""Renders IR Guide's screenshots under Xvfb (`build-aux/dev screenshots`).

Each shot starts ir-guide with its own settings (a GSettings keyfile in a
temporary folder) and IR_GUIDE_SCREENSHOT, which makes the app save its
window as PNG once it has settled and quit.
"""

import argparse
import os
import struct
import subprocess
import sys
import tempfile

SIZES = {"wide": (1000, 700), "narrow": (360, 720)}

# name: (arguments, settings, extra environment, caption)
SHOTS = {
    "overview": (["--topic=what-is-ir"], {}, {}, "An overview of interventional radiology"),
    "procedure-parents": (["--topic=sclerotherapy"], {}, {}, "A procedure, explained for parents"),
    "procedure-kids": (["--topic=sclerotherapy"], {"audience": "'kids'"}, {}, "The same procedure, for kids"),
    "condition": (["--topic=venous-malformation"], {}, {"IR_GUIDE_SCROLL_TO_CARDS": "1"},
                  "A condition with the procedures that may help"),
    "search": (["--topic=what-is-ir"], {}, {"IR_GUIDE_SEARCH_TEXT": "catheter"}, "Searching every topic"),
    "dark": (["--topic=picc-line"], {}, {"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"}, "The dark style"),
    "arabic": (["--topic=sclerotherapy", "--language=ar"], {}, {}, "IR Guide in Arabic, right to left"),
}


def shoot(binary, schema_id, output, size, args, settings, extra_env):
    with tempfile.TemporaryDirectory() as config:
        path = "/" + schema_id.replace(".", "/") + "/"
        keyfile_dir = os.path.join(config, "glib-2.0", "settings")
        os.makedirs(keyfile_dir)
        values = {"window-width": str(size[0]), "window-height": str(size[1])}
        values.update(settings)
        with open(os.path.join(keyfile_dir, "keyfile"), "w") as f:
            f.write(f"[{path.strip('/')}]\n")
            for key, value in values.items():
                f.write(f"{key}={value}\n")
        env = dict(os.environ)
        env.update(extra_env)
        env.update({
            "GSETTINGS_BACKEND": "keyfile",
            "XDG_CONFIG_HOME": config,
            "IR_GUIDE_SCREENSHOT": output,
            "NO_AT_BRIDGE": "1",
            "IR_GUIDE_LOCALEDIR": os.path.join(os.path.dirname(os.path.dirname(binary)), "po"),
        })
        env.pop("IR_GUIDE_EXIT_AFTER_FIRST_FRAME", None)
        result = subprocess.run([binary] + args, env=env, capture_output=True, text=True, timeout=60)
        if result.returncode != 0 or not os.path.exists(output):
            sys.stderr.write(result.stderr)
            raise RuntimeError(f"no screenshot for {output}")


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise RuntimeError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def shoot_at(binary, schema_id, output, size, frame, args, settings, extra_env):
    """Shoots with the window's content at @size. The PNG holds the window's
    content; the window's own size also counts the frame GTK keeps around
    it, learnt from the first shot and returned."""
    window = (size[0] + frame[0], size[1] + frame[1])
    shoot(binary, schema_id, output, window, args, settings, extra_env)
    got = png_size(output)
    if got != size:
        frame = (window[0] - got[0], window[1] - got[1])
        window = (size[0] + frame[0], size[1] + frame[1])
        shoot(binary, schema_id, output, window, args, settings, extra_env)
        got = png_size(output)
    if got != size:
        raise RuntimeError(f"{output} is {got[0]}x{got[1]}, not {size[0]}x{size[1]}")
    return frame


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--builddir", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--schema-id", default="io.github.irguide.IRGuide.Devel")
    parser.add_argument("--prefix", default="", help="file name prefix, e.g. 'ar-' for a language")
    parser.add_argument("--only", nargs="*", help="shot names to render")
    args = parser.parse_args()

    os.makedirs(args.output, exist_ok=True)
    binary = os.path.join(args.builddir, "src", "ir-guide")
    linguas_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "po", "LINGUAS")
    with open(linguas_path, encoding="utf-8") as f:
        linguas = [w for line in f for w in line.split("#")[0].split()]
    frame = (0, 0)
    for name, (cli, settings, extra_env, caption) in SHOTS.items():
        if args.only and name not in args.only:
            continue
        languages = [a.split("=", 1)[1] for a in cli if a.startswith("--language=")]
        if any(code not in linguas for code in languages):
            print(f"skipping {name}: {', '.join(languages)} is not in po/LINGUAS yet")
            continue
        for size_name, size in SIZES.items():
            output = os.path.join(args.output, f"{args.prefix}{name}-{size_name}.png")
            frame = shoot_at(binary, args.schema_id, output, size, frame, cli, settings, extra_env)
            print(f"{output}: {caption} ({size[0]}x{size[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
