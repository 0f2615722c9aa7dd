#!/usr/bin/env python3
"""Runs the loader's libFuzzer target for IR_GUIDE_FUZZ_SECONDS (default 60)
with a seed corpus made from the test fixtures. Fails on a crash, a
sanitizer report or a leak; skips (exit 77) when the target could not be
built.

    run-fuzz.py FIXTURES FUZZER|--skip REASON
"""

import os
import shutil
import subprocess
import sys
import tempfile

fixtures = sys.argv[1]
if sys.argv[2] == "--skip":
    print(f"SKIP: {sys.argv[3]}")
    sys.exit(77)
fuzzer = sys.argv[2]
seconds = int(os.environ.get("IR_GUIDE_FUZZ_SECONDS", "60"))

with tempfile.TemporaryDirectory(prefix="ir-guide-fuzz-") as work:
    corpus = os.path.join(work, "corpus")
    seeds = os.path.join(work, "seeds")
    os.makedirs(corpus)
    os.makedirs(seeds)
    n = 0
    for directory, _, names in os.walk(fixtures):
        for name in sorted(names):
            if name.endswith(".json"):
                rel = os.path.relpath(os.path.join(directory, name), fixtures)
                shutil.copy(os.path.join(directory, name), os.path.join(seeds, rel.replace(os.sep, "_")))
                n += 1
    print(f"# {n} seeds, {seconds} s")

    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    result = subprocess.run(
        [fuzzer, f"-max_total_time={seconds}", "-timeout=10", "-rss_limit_mb=2048",
         "-max_len=65536", "-print_final_stats=1", f"-artifact_prefix={work}/", corpus, seeds],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace", env=env)
    output = result.stdout.splitlines()
    for line in output[-40:]:
        print(line)
    if result.returncode != 0:
        for name in os.listdir(work):
            if name.startswith(("crash-", "leak-", "timeout-", "oom-")):
                with open(os.path.join(work, name), "rb") as f:
                    print(f"# {name}: {f.read()[:300]!r}")
        print(f"FAIL: the fuzzer exited with {result.returncode}")
        sys.exit(1)
    print("PASS: no crash, sanitizer report or leak")
