#!/usr/bin/env python3
"""Checks that the bundled content covers what IR Guide promises families.

- every topic below exists, with its kind, every required part for both
  audiences and at least one relation (declared by it or pointing at it);
- every procedure has all three facts and at least one imaging topic;
- there are at least 40 glossary terms and every one is linked from a topic;
- every inline link names a topic or term that exists.

The C loader (ir-guide --validate-content) checks the format; this checks
the editorial promises. Output is TAP.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "build-aux"))
import irbundle  # noqa: E402

REQUIRED = {
    "overview": ["what-is-ir", "ir-team", "who-needs-ir", "procedure-day",
                 "radiation-safety", "preparing-your-child"],
    "imaging": ["ultrasound", "ct-scan", "x-ray", "fluoroscopy", "mri"],
    "procedure": ["angiography", "embolization", "sclerotherapy",
                  "vascular-malformation-treatment", "laser-photoevaporation",
                  "tumor-treatment", "radiofrequency-ablation", "microwave-ablation",
                  "cryoablation", "drain-placement", "abscess-drainage", "chest-tube",
                  "joint-injection", "picc-line", "port", "dialysis-catheter",
                  "nj-tube", "gastrostomy-tube", "biopsy"],
    "benefit": ["minimally-invasive", "less-pain", "least-sedation", "shorter-recovery",
                "small-scars", "no-hospital-stay", "precision"],
    "condition": ["arteriovenous-malformation", "lymphatic-malformation",
                  "venous-malformation", "hemangioma", "congenital-hemangioma",
                  "infantile-hemangioma", "germ-cell-tumors", "cloves-syndrome"],
}

PARTS = {
    "procedure": {"parents": ["what", "why", "prepare", "during", "after", "risks", "questions"],
                  "kids": ["what", "senses", "people", "helps"]},
    "condition": {"parents": ["what", "signs", "treatment"],
                  "kids": ["what", "signs", "treatment"]},
}
DEFAULT_PARTS = {"parents": ["what"], "kids": ["what"]}
MIN_GLOSSARY = 40

results = []


def check(ok, name, detail=""):
    results.append((ok, name, detail))


def topic_strings(topic):
    yield topic["title"]
    yield topic["summary"]
    for audience in irbundle.AUDIENCES:
        for _, _, text in irbundle.body_texts(topic.get(audience, {})):
            yield text
    yield from topic.get("facts", {}).values()


def main():
    bundle = sys.argv[1]
    _, topics, glossary = irbundle.load(bundle)
    by_id = {t["id"]: t for t in topics}
    term_ids = {g["id"] for g in glossary}

    linked = {}
    for t in topics:
        for a, b in ([(t["id"], x) for x in t.get("related", [])]
                     + [(t["id"], x) for x in t.get("imaging", [])]
                     + [(t["id"], x) for x in t.get("treats", [])]):
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)

    for kind, ids in REQUIRED.items():
        for topic_id in ids:
            topic = by_id.get(topic_id)
            if topic is None:
                check(False, f"{kind} {topic_id} exists", "missing")
                continue
            problems = []
            if topic["kind"] != kind:
                problems.append(f"kind is {topic['kind']}")
            for audience, parts in PARTS.get(kind, DEFAULT_PARTS).items():
                body = topic.get(audience, {})
                problems += [f"{audience}.{p} missing" for p in parts if not body.get(p)]
            if not linked.get(topic_id):
                problems.append("no relation")
            if kind == "procedure":
                facts = topic.get("facts", {})
                problems += [f"fact {f} missing" for f in irbundle.FACTS if not facts.get(f)]
                if not topic.get("imaging"):
                    problems.append("no imaging")
            check(not problems, f"{kind} {topic_id} is complete", "; ".join(problems))

    check(len(glossary) >= MIN_GLOSSARY, f"at least {MIN_GLOSSARY} glossary terms",
          f"{len(glossary)} terms")

    used_terms = set()
    bad_links = []
    for t in topics:
        for text in topic_strings(t):
            for m in irbundle.TOKEN.finditer(text):
                kind, target = m.group(1), m.group(2)
                if kind == "term":
                    used_terms.add(target)
                    if target not in term_ids:
                        bad_links.append(f"{t['id']}: {m.group(0)}")
                elif target not in by_id:
                    bad_links.append(f"{t['id']}: {m.group(0)}")
    for g in glossary:
        for m in irbundle.TOKEN.finditer(g["definition"]):
            if (m.group(2) not in by_id) if m.group(1) == "topic" else (m.group(2) not in term_ids):
                bad_links.append(f"glossary {g['id']}: {m.group(0)}")

    unused = sorted(term_ids - used_terms)
    check(not unused, "every glossary term is linked from a topic", ", ".join(unused))
    check(not bad_links, "every inline link resolves", "; ".join(bad_links))

    print("TAP version 13")
    print(f"1..{len(results)}")
    for n, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {n} - {name}" + (f" # {detail}" if detail and not ok else ""))
    counts = {}
    for t in topics:
        counts[t["kind"]] = counts.get(t["kind"], 0) + 1
    print("# topics by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
          + f"; glossary {len(glossary)}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
