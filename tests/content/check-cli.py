#!/usr/bin/env python3
"""The content options of the built ir-guide, run without a display:
exit codes and output formats. TAP output.

    check-cli.py IR_GUIDE FIXTURES
"""

import os
import re
import subprocess
import sys
import tempfile

ir_guide, fixtures = sys.argv[1], sys.argv[2]
starter = os.path.join(fixtures, "starter")
env = dict(os.environ)
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)
PROBLEM = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<path>\$\S*): \S.*$")

tests = []


def test(func):
    tests.append(func)
    return func


def run(*args):
    return subprocess.run([ir_guide, *args], capture_output=True, text=True, env=env, timeout=60)


@test
def validate_clean():
    r = run(f"--validate-content={starter}")
    assert r.returncode == 0, r
    assert r.stderr == "", r.stderr


@test
def validate_broken():
    bad = os.path.join(fixtures, "bad")
    r = run(f"--validate-content={bad}")
    assert r.returncode == 1, r
    lines = r.stderr.splitlines()
    problems = [line for line in lines if PROBLEM.match(line)]
    # Every fixture has a problem, each line names its place; the last
    # line counts them.
    assert len({PROBLEM.match(p).group("file") for p in problems}) == len(os.listdir(bad)), lines
    assert lines[-1].endswith(f"{len(problems)} problems"), lines[-1]
    for line in lines[:-1]:
        assert PROBLEM.match(line), line


@test
def validate_exact_line():
    path = os.path.join(fixtures, "bad", "unknown-reference.json")
    r = run(f"--validate-content={path}")
    assert r.returncode == 1
    first = r.stderr.splitlines()[0]
    assert first == (f'{path}:35:9: $.topics[0].related[0]: no topic has the id "pic-line"; '
                     'did you mean "picc-line"?'), first


@test
def validate_missing():
    r = run("--validate-content=" + os.path.join(fixtures, "does-not-exist"))
    assert r.returncode == 1
    assert "does-not-exist" in r.stderr


@test
def list_topics():
    r = run(f"--content={starter}", "--list-topics")
    assert r.returncode == 0, r
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows[0] == ["what-is-ir", "overview", "What is interventional radiology?"], rows[0]
    assert ["picc-line", "procedure", "PICC line"] in rows
    assert all(len(row) == 3 for row in rows)
    assert len(rows) == 7


@test
def search():
    r = run(f"--content={starter}", "--search=Ultrasound")
    assert r.returncode == 0, r
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows[0][:2] == ["ultrasound", "Ultrasound"], rows
    assert all(len(row) == 3 and row[2] for row in rows), rows


@test
def search_nothing():
    r = run(f"--content={starter}", "--search=zebra")
    assert r.returncode == 0 and r.stdout == "", r


@test
def unknown_topic():
    # Named with the closest ids before any window; with no display, the
    # start that follows fails (tests/check-remote.py has one).
    r = run(f"--content={starter}", "--topic=pic-line")
    first = r.stderr.splitlines()[0]
    assert "pic-line" in first and "picc-line" in first, r.stderr


@test
def broken_content_falls_back():
    bad = os.path.join(fixtures, "bad", "wrong-type.json")
    r = run(f"--content={bad}", "--search=catheter")
    assert r.returncode == 0, r
    assert PROBLEM.match(r.stderr.splitlines()[0]), r.stderr
    # The built-in content answers, not nothing.
    assert "central-line\t" in r.stdout or "picc-line\t" in r.stdout, r.stdout


@test
def readme_example_is_valid():
    readme = os.path.join(fixtures, "..", "..", "..", "data", "content", "README.md")
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    start = text.index("```json", text.index("## A complete example")) + len("```json")
    example = text[start:text.index("```", start)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        tmp.write(example)
    try:
        r = run(f"--validate-content={tmp.name}")
    finally:
        os.unlink(tmp.name)
    assert r.returncode == 0, r.stderr


@test
def version_alone():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("ir-guide "), r


print(f"1..{len(tests)}")
failed = 0
for number, func in enumerate(tests, 1):
    try:
        func()
        print(f"ok {number} {func.__name__}")
    except AssertionError as e:
        failed += 1
        print(f"not ok {number} {func.__name__}")
        for line in str(e).splitlines():
            print(f"# {line}")
sys.exit(1 if failed else 0)
