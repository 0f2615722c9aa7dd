#!/usr/bin/env python3
"""Checks IR Guide's translations and its language switch. Output is TAP.

Usage: check-language.py IR-GUIDE PO-DIR FALLBACK-BUNDLE DESKTOP METAINFO

For every language in po/LINGUAS:
- the catalog is complete: no untranslated or fuzzy entry (msgfmt --check);
- the built desktop file has the language's Comment and Keywords, and the
  metainfo its summary and every description paragraph;
- no long string is left in English (a msgstr equal to its msgid);
- every msgstr keeps its msgid's inline tokens and printf placeholders;
- the Plural-Forms header picks the same form as the gettext manual's rule
  for the language, for every n up to 1000, and plural entries have that
  many forms (Arabic has six);
- `LANGUAGE=xx ir-guide --list-topics` prints the translated titles, even
  under the C locale, where gettext would otherwise ignore LANGUAGE;
- the window opened with --language=xx shows the translated page title and
  sidebar headings, right to left for Arabic.

Also: in English and in each language, no two items of the main menu
share a mnemonic letter (in a popover menu the letter would only move
the focus between them); --list-languages names each language in its own words; an unknown
language id is a clear error; switching language from the menu starts
again on the same topic in the new language; and a string with no
translation (a topic from a bundle the catalog does not know) shows in
English, never empty.

The window checks drive the real program: IR_GUIDE_REPORT_STATE prints
what the window shows after its first frame (see ir_window_describe).
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TOKEN = re.compile(r"\{(?:term|topic):[a-z0-9-]+")
PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|h|z|" + r"G_GINT64_FORMAT)?[sdiuxXfgc%]")
# Short strings may be spelled the same in another language ("Sources" in
# French, "Port" in some); a long identical one was left in English.
MAX_SAME_WORDS = 3
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
RTL = {"ar"}
# The gettext manual's rules; a new language needs its line here.
PLURAL_RULES = {
    "ar": (6, "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5"),
    "es": (2, "n != 1"),
    "fr": (2, "n > 1"),
}
TOPIC = "sclerotherapy"

results = []


def check(ok, name, detail=""):
    results.append((bool(ok), name, detail))


def unquote(s):
    """A PO string's text: its C escapes undone."""
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), s)


def parse_po(path):
    """Entries as dicts: ctxt, id, id_plural, strs (list), fuzzy."""
    entries, cur, field = [], None, None

    def flush():
        if cur is not None and "id" in cur:
            entries.append(cur)

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line.startswith("#,") and "fuzzy" in line:
                flush()
                cur, field = {"fuzzy": True, "strs": {}}, None
                continue
            if not line or line.startswith("#"):
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
            if m:
                key, index, text = m.group(1), m.group(2), m.group(3)
                if key in ("msgctxt",) or (key == "msgid" and cur is not None and "id" in cur):
                    flush()
                    cur = {"fuzzy": False, "strs": {}}
                if cur is None:
                    cur = {"fuzzy": False, "strs": {}}
                if key.startswith("msgstr"):
                    field = ("strs", int(index or 0))
                    cur["strs"][field[1]] = text
                else:
                    field = key
                    cur[{"msgctxt": "ctxt", "msgid": "id", "msgid_plural": "id_plural"}[key]] = text
                continue
            if line.startswith('"') and cur is not None and field is not None:
                text = line[1:-1]
                if isinstance(field, tuple):
                    cur["strs"][field[1]] += text
                else:
                    cur[{"msgctxt": "ctxt", "msgid": "id", "msgid_plural": "id_plural"}[field]] += text
    flush()
    for e in entries:
        for k in ("ctxt", "id", "id_plural"):
            if k in e:
                e[k] = unquote(e[k])
        e["strs"] = [unquote(e["strs"][i]) for i in sorted(e["strs"])]
    return [e for e in entries if e["id"] != ""]


def plural_function(expression):
    """A C plural expression as a Python function of n (gettext's grammar)."""
    tokens = re.findall(r"\d+|n|&&|\|\||[=!<>]=|[-+*/%<>!?:()]", expression)
    if "".join(tokens) != re.sub(r"\s+", "", expression):
        raise ValueError(f"cannot read the plural expression {expression!r}")
    binary = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def parse(pos, level=0):
        if level == len(binary):
            return unary(pos)
        left, pos = parse(pos, level + 1)
        while pos < len(tokens) and tokens[pos] in binary[level]:
            op, (right, pos) = tokens[pos], parse(pos + 1, level + 1)
            left = (lambda op, a, b: lambda n: int({
                "||": lambda: bool(a(n)) or bool(b(n)), "&&": lambda: bool(a(n)) and bool(b(n)),
                "==": lambda: a(n) == b(n), "!=": lambda: a(n) != b(n), "<": lambda: a(n) < b(n),
                ">": lambda: a(n) > b(n), "<=": lambda: a(n) <= b(n), ">=": lambda: a(n) >= b(n),
                "+": lambda: a(n) + b(n), "-": lambda: a(n) - b(n), "*": lambda: a(n) * b(n),
                "/": lambda: a(n) // b(n), "%": lambda: a(n) % b(n)}[op]()))(op, left, right)
        return left, pos

    def unary(pos):
        token = tokens[pos]
        if token == "!":
            operand, pos = unary(pos + 1)
            return (lambda n: int(not operand(n))), pos
        if token == "(":
            inner, pos = ternary(pos + 1)
            return inner, pos + 1
        if token == "n":
            return (lambda n: n), pos + 1
        return (lambda n, v=int(token): v), pos + 1

    def ternary(pos):
        test, pos = parse(pos)
        if pos < len(tokens) and tokens[pos] == "?":
            yes, pos = ternary(pos + 1)
            no, pos = ternary(pos + 1)
            return (lambda n: yes(n) if test(n) else no(n)), pos
        return test, pos

    function, pos = ternary(0)
    if pos != len(tokens):
        raise ValueError(f"cannot read the plural expression {expression!r}")
    return function


def plural_problem(code, po):
    """Why the Plural-Forms header of @po is wrong for @code, or None."""
    with open(po, encoding="utf-8") as f:
        header = f.read().split("\n\n")[0]
    header = "".join(re.findall(r'^"(.*)"$', header.split("msgstr", 1)[-1], re.M))
    m = re.search(r"Plural-Forms:\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.*?);?\s*\\n", header)
    if code not in PLURAL_RULES:
        return f"no rule for {code} in PLURAL_RULES"
    if m is None:
        return "no Plural-Forms header"
    want_n, want = PLURAL_RULES[code]
    try:
        have, reference = plural_function(m.group(2)), plural_function(want)
    except ValueError as e:
        return str(e)
    wrong = [n for n in range(1001) if have(n) != reference(n)]
    if int(m.group(1)) != want_n or wrong:
        return f"nplurals={m.group(1)}, want {want_n}; wrong for n in {wrong[:5]}"
    return None


def desktop_keys(path):
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line and not line.startswith("#"))


def metainfo_problem(code, root):
    """What the metainfo lacks in @code, or None."""
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    component = root if root.tag == "component" else root.find("component")
    summaries = [e for e in component.findall("summary") if e.get(lang) == code]
    paragraphs = [e for e in component.find("description") if e.get(lang) is None]
    translated = [e for e in component.find("description") if e.get(lang) == code]
    if not summaries:
        return "no summary"
    if len(translated) != len(paragraphs):
        return f"{len(translated)} of {len(paragraphs)} description elements"
    return None


def run(program, args, language=None, extra_env=None):
    env = dict(os.environ)
    # The harshest case: a C locale, where gettext ignores LANGUAGE.
    env.update({"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    env.pop("LANGUAGE", None)
    if language:
        env["LANGUAGE"] = language
    env.update(extra_env or {})
    return subprocess.run([program] + args, env=env, capture_output=True, text=True, timeout=60)


def window_state(program, args, extra_env=None):
    proc = run(program, args, extra_env=dict({"IR_GUIDE_EXIT_AFTER_FIRST_FRAME": "1",
                                              "IR_GUIDE_REPORT_STATE": "1"}, **(extra_env or {})))
    blocks, state = [], None
    for line in proc.stdout.splitlines():
        key, _, value = line.partition("=")
        if key == "topic":
            state = {"sections": []}
            blocks.append(state)
        if state is None or not _:
            continue
        if key == "section":
            state["sections"].append(value)
        else:
            state[key] = value
    return proc, blocks


def menu_labels(ui_path):
    """(context, label) of every item and submenu of the window's menu."""
    root = ET.parse(ui_path).getroot()
    return [(attr.get("context"), attr.text) for menu in root.iter("menu")
            for attr in menu.iter("attribute") if attr.get("name") == "label"]


def mnemonic_clashes(labels):
    seen, clashes = {}, []
    for label in labels:
        m = re.search(r"_(.)", label)
        if m is None:
            continue
        letter = m.group(1).lower()
        if letter in seen:
            clashes.append(f"{seen[letter]} / {label}")
        seen[letter] = label
    return clashes


def main():
    program, po_dir, fallback_bundle, desktop, metainfo = sys.argv[1:6]
    desktop_entries = desktop_keys(desktop)
    metainfo_root = ET.parse(metainfo).getroot()
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        linguas = [w for line in f for w in line.split("#")[0].split()]

    menu = menu_labels(os.path.join(po_dir, "..", "src", "ir-window.ui"))
    clashes = mnemonic_clashes([label for _, label in menu])
    check(len(menu) > 5 and not clashes, "en: the menu's mnemonic letters are all different", "; ".join(clashes))

    proc = run(program, ["--list-languages"])
    listed = dict(line.split("\t", 1) for line in proc.stdout.splitlines() if "\t" in line)
    check(proc.returncode == 0 and list(listed) == ["en"] + linguas,
          "--list-languages lists English and every language in LINGUAS", repr(listed))
    check(all(listed.get(code) == NATIVE_NAMES.get(code) for code in listed),
          "each language is named in its own words", repr(listed))

    proc = run(program, ["--language=xx", "--list-topics"])
    check(proc.returncode != 0 and "xx" in proc.stderr and "es" not in proc.stdout,
          "an unknown language id is a clear error", proc.stderr.strip())

    proc = run(program, ["--list-topics"])
    english = {line.split("\t")[0]: line.split("\t")[2] for line in proc.stdout.splitlines()}
    check(proc.returncode == 0 and TOPIC in english, "--list-topics works in English")

    for code in linguas:
        po = os.path.join(po_dir, code + ".po")
        stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                               capture_output=True, text=True)
        complete = stats.returncode == 0 and "untranslated" not in stats.stderr and "fuzzy" not in stats.stderr
        check(complete, f"{code}: msgfmt --check is clean and every entry is translated", stats.stderr.strip())

        entries = parse_po(po)
        empty = [e["id"] for e in entries if e["fuzzy"] or not all(e["strs"])]
        check(not empty, f"{code}: no empty or fuzzy msgstr", "; ".join(empty[:5]))

        translated = {(e.get("ctxt"), e["id"]): e["strs"][0] for e in entries if e["strs"]}
        clashes = mnemonic_clashes([translated.get(key, key[1]) for key in menu])
        check(not clashes, f"{code}: the menu's mnemonic letters are all different", "; ".join(clashes))

        english_left = [e["id"] for e in entries
                        if e["strs"] and e["strs"][0] == e["id"] and len(e["id"].split()) > MAX_SAME_WORDS]
        check(not english_left, f"{code}: no string is left in English", "; ".join(english_left[:5]))

        broken = []
        for e in entries:
            for i, text in enumerate(e["strs"]):
                source = e["id"] if i == 0 or "id_plural" not in e else e["id_plural"]
                if sorted(TOKEN.findall(text)) != sorted(TOKEN.findall(source)):
                    broken.append(f"{e.get('ctxt', '')}: tokens")
                if "id_plural" in e or "%" in source:
                    want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%%")
                    have = sorted(p for p in PLACEHOLDER.findall(text) if p != "%%")
                    if [re.sub(r"\d+\$", "", p) for p in have] != [re.sub(r"\d+\$", "", p) for p in want]:
                        broken.append(f"{e.get('ctxt', e['id'][:30])}: placeholders")
        check(not broken, f"{code}: every msgstr keeps its tokens and placeholders", "; ".join(broken[:5]))

        missing = [key for key in ("Comment", "Keywords")
                   if desktop_entries.get(f"{key}[{code}]", desktop_entries.get(key)) == desktop_entries.get(key)]
        check(not missing, f"{code}: the desktop file is translated", "missing " + ", ".join(missing))
        problem = metainfo_problem(code, metainfo_root)
        check(problem is None, f"{code}: the metainfo is translated", problem or "")

        problem = plural_problem(code, po)
        short = [e["id"] for e in entries if "id_plural" in e and len(e["strs"]) != PLURAL_RULES.get(code, (0,))[0]]
        check(problem is None and not short, f"{code}: the plural forms are the language's own",
              "; ".join(filter(None, [problem] + short[:3])))

        titles = {e["ctxt"].split(":")[1]: e["strs"][0] for e in entries
                  if e.get("ctxt", "").startswith("topic:") and e["ctxt"].endswith(":title")}
        sections = {e["ctxt"].split(":", 1)[1]: e["strs"][0] for e in entries
                    if e.get("ctxt", "").startswith("section:")}

        proc = run(program, ["--list-topics"], language=code)
        shown = {line.split("\t")[0]: line.split("\t")[2] for line in proc.stdout.splitlines()}
        wrong = [t for t in english if shown.get(t) != titles.get(t, english[t])]
        check(proc.returncode == 0 and shown and not wrong,
              f"{code}: LANGUAGE={code} ir-guide --list-topics prints the translated titles", ", ".join(wrong[:5]))

        proc, blocks = window_state(program, [f"--language={code}", f"--topic={TOPIC}"])
        state = blocks[-1] if blocks else {}
        check(state.get("topic") == TOPIC and state.get("title") == titles.get(TOPIC)
              and state.get("sections") == list(sections.values()),
              f"{code}: the window shows the translated page title and sidebar headings",
              repr(state) + proc.stderr[-300:])
        check(state.get("direction") == ("rtl" if code in RTL else "ltr"),
              f"{code}: the text direction is {'right to left' if code in RTL else 'left to right'}",
              repr(state.get("direction")))

    if linguas:
        target = "ar" if "ar" in linguas else linguas[0]
        titles = {e["ctxt"].split(":")[1]: e["strs"][0] for e in parse_po(os.path.join(po_dir, target + ".po"))
                  if e.get("ctxt", "").startswith("topic:") and e["ctxt"].endswith(":title")}
        proc, blocks = window_state(program, ["--language=en", f"--topic={TOPIC}"],
                                    {"IR_GUIDE_ACTIVATE_AFTER_FIRST_FRAME": f"app.language::{target}"})
        check(len(blocks) == 2 and blocks[0].get("title") == english[TOPIC]
              and blocks[1].get("topic") == TOPIC and blocks[1].get("title") == titles.get(TOPIC)
              and blocks[1].get("direction") == ("rtl" if target in RTL else "ltr"),
              f"switching to {target} from the menu keeps the topic and translates the page",
              repr(blocks) + proc.stderr[-300:])

        proc = run(program, [f"--content={fallback_bundle}", "--list-topics"], language=target)
        lines = [line.split("\t") for line in proc.stdout.splitlines()]
        check(proc.returncode == 0 and lines and all(len(f) == 3 and f[2].strip() for f in lines),
              "a string with no translation shows in English, never empty", proc.stdout[:200])
    else:
        check(True, "no languages in LINGUAS yet # SKIP")

    print("TAP version 13")
    print(f"1..{len(results)}")
    for n, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {n} - {name}" + (f" # {detail}" if detail and not ok else ""))
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
