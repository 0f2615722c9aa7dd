#!/usr/bin/env python3
"""IR Guide's benchmarks, run by `build-aux/dev bench` under Xvfb.

Start-up: ir-guide, a bare libadwaita window and a plain reader (a window of
ir-guide's shape with none of its widgets; tests/benchmarks/), run
alternately so that all see the same machine state. Each is started with
IR_GUIDE_EXIT_AFTER_FIRST_FRAME=1, prints the monotonic time of its first
painted frame and quits. Wall time is exec to that frame; peak RSS comes
from wait4(). Budget: ir-guide / bare <= 1.10 for both medians. The ratio to
the plain reader is printed beside it: what our own widgets add.

Then the content benchmarks, if the build has them.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

BUDGET = 1.10


def run_once(argv, env):
    start = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    frame_us = None
    for line in out.splitlines():
        if line.startswith("first-frame "):
            frame_us = int(line.split()[1])
    if proc.returncode != 0 or frame_us is None:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode} without a first frame")
    wall_ms = (frame_us * 1000 - start) / 1e6
    return wall_ms, usage.ru_maxrss / 1024.0


def startup(builddir, runs):
    env = dict(os.environ)
    env["IR_GUIDE_EXIT_AFTER_FIRST_FRAME"] = "1"
    env["GSETTINGS_BACKEND"] = "memory"
    env.setdefault("GSETTINGS_SCHEMA_DIR", os.path.join(builddir, "data"))
    env["NO_AT_BRIDGE"] = "1"
    programs = {
        "bare": [os.path.join(builddir, "tests", "benchmarks", "bare-window")],
        "plain": [os.path.join(builddir, "tests", "benchmarks", "plain-reader")],
        "ir-guide": [os.path.join(builddir, "src", "ir-guide")],
    }
    results = {name: {"wall": [], "rss": []} for name in programs}
    # One untimed run each warms the page cache and the font cache.
    for argv in programs.values():
        run_once(argv, env)
    for _ in range(runs):
        for name, argv in programs.items():
            wall, rss = run_once(argv, env)
            results[name]["wall"].append(wall)
            results[name]["rss"].append(rss)

    print(f"Start-up, {runs} alternating runs each, median (renderer: {env.get('GSK_RENDERER', 'default')})")
    print(f"  {'program':10} {'first frame':>12} {'peak RSS':>10}")
    medians = {}
    for name, r in results.items():
        medians[name] = (statistics.median(r["wall"]), statistics.median(r["rss"]))
        print(f"  {name:10} {medians[name][0]:9.1f} ms {medians[name][1]:7.1f} MiB")
    wall_ratio = medians["ir-guide"][0] / medians["bare"][0]
    rss_ratio = medians["ir-guide"][1] / medians["bare"][1]
    ok = wall_ratio <= BUDGET and rss_ratio <= BUDGET
    print(f"  ratio ir-guide/bare: first frame {wall_ratio:.3f}, peak RSS {rss_ratio:.3f} "
          f"(budget {BUDGET:.2f}: {'within' if ok else 'OVER'})")
    print(f"  ratio plain/bare: first frame {medians['plain'][0] / medians['bare'][0]:.3f}; "
          f"ratio ir-guide/plain: first frame {medians['ir-guide'][0] / medians['plain'][0]:.3f}, "
          f"peak RSS {medians['ir-guide'][1] / medians['plain'][1]:.3f}")
    # A slow spell moves whole rounds: each round's own ratio shows how far
    # one reading of the medians' ratio can be trusted.
    paired = sorted(i / b for i, b in zip(results["ir-guide"]["wall"], results["bare"]["wall"]))
    quartiles = statistics.quantiles(paired, n=4)
    print(f"  ir-guide/bare round by round: median {statistics.median(paired):.3f}, "
          f"middle half {quartiles[0]:.3f}-{quartiles[2]:.3f}")
    return ok


def main():
    parser = argparse.ArgumentParser(description="IR Guide benchmarks")
    parser.add_argument("--builddir", required=True)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("IR_GUIDE_BENCH_RUNS", "15")))
    args = parser.parse_args()

    ok = startup(args.builddir, max(10, args.runs))

    env = dict(os.environ)
    env.setdefault("GSETTINGS_SCHEMA_DIR", os.path.join(args.builddir, "data"))
    env["NO_AT_BRIDGE"] = "1"
    # The session bus here has no accessibility bus; GTK would warn.
    env["GTK_A11Y"] = "none"
    for extra in (os.path.join(args.builddir, "tests", "content", "ir-content-bench"),
                  os.path.join(args.builddir, "tests", "benchmarks", "bench-topic-switch")):
        if os.path.exists(extra):
            print()
            sys.stdout.flush()
            ok = subprocess.run([extra], env=env).returncode == 0 and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
