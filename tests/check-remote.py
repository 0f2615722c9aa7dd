#!/usr/bin/env python3
"""Checks that a second ir-guide hands its --topic and --language to the
running one. TAP.

Usage: check-remote.py IR-GUIDE APPLICATION-ID FIXTURES

- with IR Guide running, `ir-guide --topic=ID` exits 0 and the running
  window shows that topic (it prints its state: IR_GUIDE_REPORT_STATE);
- an unknown id is reported with the closest ones, and the running window
  stays where it was;
- `ir-guide --content=PATH --topic=ID` opens a window of its own on that
  bundle's topic, and the running one stays where it was;
- alone, `ir-guide --topic=UNKNOWN` still starts, where it would start
  without the option;
- a second `ir-guide` with no topic exits 0 and changes nothing;
- `ir-guide --language=es --topic=ID` has the running one start again in
  Spanish on that topic, and `ir-guide --language=ar` in Arabic, right to
  left, on the topic it showed.

Needs a display and a session bus (./build-aux/dev test gives both).
"""

import os
import queue
import subprocess
import sys
import threading
import time

results = []


def check(ok, name, detail=""):
    results.append((bool(ok), name, detail))


def gdbus(*args):
    return subprocess.run(["gdbus", "call", "--session", *args], capture_output=True, text=True, timeout=30)


def name_has_owner(app_id):
    r = gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
              "--method", "org.freedesktop.DBus.NameHasOwner", app_id)
    return r.stdout.strip() == "(true,)"


class Reports:
    """The running program's state reports (IR_GUIDE_REPORT_STATE), read
    from its output on a thread."""

    def __init__(self, stream):
        self.lines = queue.Queue()
        self.pending = None
        threading.Thread(target=lambda: [self.lines.put(line) for line in stream], daemon=True).start()

    def _next(self, timeout):
        if self.pending is not None:
            line, self.pending = self.pending, None
            return line
        return self.lines.get(timeout=timeout)

    def topics(self, timeout, first_only=False):
        """Topic ids reported within @timeout seconds."""
        found, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline and not (first_only and found):
            try:
                line = self._next(0.1)
            except queue.Empty:
                continue
            if line.startswith("topic="):
                found.append(line.strip().split("=", 1)[1])
        return found

    def whole(self, timeout, count):
        """The first @count reports within @timeout seconds, as dicts. A
        report is complete once its program has been quiet for a moment."""
        found, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._next(0.5)
            except queue.Empty:
                if len(found) >= count:
                    break
                continue
            key, _, value = line.rstrip("\n").partition("=")
            if key == "topic":
                if len(found) == count:
                    self.pending = line
                    break
                found.append({"topic": value, "sections": []})
            elif found and key == "section":
                found[-1]["sections"].append(value)
            elif found:
                found[-1][key] = value
        return found


def main():
    program, app_id, fixtures = sys.argv[1:4]
    env = dict(os.environ, IR_GUIDE_REPORT_STATE="1")
    env.pop("IR_GUIDE_EXIT_AFTER_FIRST_FRAME", None)
    second_env = dict(env)
    second_env.pop("IR_GUIDE_REPORT_STATE")

    first = subprocess.Popen([program, "--topic=angiography", "--language=system"], env=env,
                             stdout=subprocess.PIPE, text=True)
    reports = Reports(first.stdout)
    try:
        start = reports.whole(30, 1)
        english = start[0]["sections"] if start else []
        check(start and start[0]["topic"] == "angiography" and english,
              "the first ir-guide reports the topic it was started on", repr(start))
        deadline = time.monotonic() + 30
        while not name_has_owner(app_id) and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.1)
        check(name_has_owner(app_id), "the first ir-guide owns its name on the session bus")

        second = subprocess.run([program, "--topic=port"], env=second_env, capture_output=True, text=True,
                                timeout=60)
        check(second.returncode == 0 and "topic=" not in second.stdout,
              "a second ir-guide --topic=port exits 0 without a window of its own",
              f"exit {second.returncode}: {second.stderr.strip()}")
        shown = reports.topics(10, first_only=True)
        check(shown == ["port"], "the running window shows the topic asked for", repr(shown))

        second = subprocess.run([program, "--topic=pic-line"], env=second_env, capture_output=True,
                                text=True, timeout=60)
        shown = reports.topics(2)
        check(second.returncode == 0 and "picc-line" in second.stderr and not shown,
              "an unknown id is reported with the closest ones, and the running window stays put",
              f"exit {second.returncode}, shown {shown!r}, {second.stderr.strip()}")

        # Another bundle is not the running window's: it gets its own.
        own_env = dict(env, IR_GUIDE_EXIT_AFTER_FIRST_FRAME="1")
        second = subprocess.run([program, f"--content={fixtures}/es", "--topic=via-central"], env=own_env,
                                capture_output=True, text=True, timeout=60)
        shown = reports.topics(2)
        check(second.returncode == 0 and "topic=via-central" in second.stdout and not shown,
              "--content with --topic opens a window of its own on that bundle's topic",
              f"exit {second.returncode}, running showed {shown!r}: {second.stdout.strip()} {second.stderr.strip()}")

        second = subprocess.run([program], env=second_env, capture_output=True, text=True, timeout=60)
        shown = reports.topics(2)
        check(second.returncode == 0 and not shown and first.poll() is None,
              "a second ir-guide with no topic exits 0 and changes nothing",
              f"exit {second.returncode}, shown {shown!r}")

        second = subprocess.run([program, "--language=es", "--topic=embolization"], env=second_env,
                                capture_output=True, text=True, timeout=60)
        # One report for the topic, one from the relaunched program.
        shown = reports.whole(30, 2)
        relaunched = shown[-1] if len(shown) == 2 else {}
        check(second.returncode == 0 and relaunched.get("topic") == "embolization"
              and relaunched.get("sections") and relaunched["sections"] != english
              and relaunched.get("direction") == "ltr" and first.poll() is None,
              "--language=es --topic=embolization: the running one starts again in Spanish on that topic",
              f"exit {second.returncode}: {second.stderr.strip()}; reports {shown!r}; English {english!r}")

        deadline = time.monotonic() + 30
        while not name_has_owner(app_id) and time.monotonic() < deadline:
            time.sleep(0.1)
        spanish = relaunched.get("sections")
        second = subprocess.run([program, "--language=ar"], env=second_env, capture_output=True, text=True,
                                timeout=60)
        shown = reports.whole(30, 1)
        arabic = shown[0] if shown else {}
        check(second.returncode == 0 and arabic.get("topic") == "embolization"
              and arabic.get("direction") == "rtl" and arabic.get("sections") not in (None, english, spanish),
              "--language=ar: the running one starts again in Arabic, right to left, on the same topic",
              f"exit {second.returncode}: {second.stderr.strip()}; reports {shown!r}")

        deadline = time.monotonic() + 30
        while not name_has_owner(app_id) and time.monotonic() < deadline:
            time.sleep(0.1)
        path = "/" + app_id.replace(".", "/")
        gdbus("--dest", app_id, "--object-path", path, "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}")
        first.wait(timeout=30)
        check(first.returncode == 0, "the running instance quits cleanly", f"exit {first.returncode}")

        # Nothing running: an unknown id still opens IR Guide, where it
        # would open without the option (the first topic, with no settings).
        alone = subprocess.run([program, "--topic=pic-line", "--language=system"],
                               env=dict(env, IR_GUIDE_EXIT_AFTER_FIRST_FRAME="1"),
                               capture_output=True, text=True, timeout=60)
        check(alone.returncode == 0 and "picc-line" in alone.stderr and "topic=" in alone.stdout,
              "alone, ir-guide --topic=UNKNOWN reports it and still starts",
              f"exit {alone.returncode}: {alone.stdout.strip()} {alone.stderr.strip()}")
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()

    print(f"1..{len(results)}")
    for i, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in detail.splitlines():
                print(f"# {line}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
