#!/usr/bin/env python3
"""Flesch-Kincaid grade of every topic's parents' and kids' body.

grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59

Heuristics, stated so that anyone can check a figure by hand:
- Text is what the reader sees: inline tokens become their labels.
- Words are runs of letters, digits and inner apostrophes or hyphens; a
  hyphenated word counts as one word whose syllables are its parts' sum.
  A number counts as one word of one syllable per digit group.
- Sentences end at '.', '!' or '?' (runs count once), and at the end of every
  paragraph, list item and heading, which the reader also sees as a stop.
- Syllables: groups of vowels (a e i o u y) in the lower-cased word; a final
  silent 'e' is dropped unless the word ends in consonant + 'le'; '-ed' after
  a letter other than 't' or 'd' adds none; every word has at least one.

Exit status 1 when any topic is over its limit (--check).
"""

import argparse
import re
import sys

import irbundle

LIMITS = {"parents": 8.0, "kids": 5.0}

WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*")
VOWELS = re.compile(r"[aeiouy]+")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$|[\"'\u201d)])")


def syllables(word):
    if word[0].isdigit():
        return max(1, len(re.findall(r"\d+", word)))
    total = 0
    for part in re.split(r"['\u2019-]", word.lower()):
        if not part:
            continue
        if part.isdigit():
            total += 1
            continue
        count = len(VOWELS.findall(part))
        if part.endswith("e") and not re.search(r"[^aeiouy]le$", part) and count > 1:
            count -= 1
        if re.search(r"[^td]ed$", part) and count > 1 and not re.search(r"[aeiouy]{2}ed$", part):
            count -= 1
        total += max(1, count)
    return max(1, total)


def measure(chunks):
    """chunks: the paragraphs, items and headings of one body."""
    words = sentences = syll = 0
    for chunk in chunks:
        found = WORD.findall(chunk)
        if not found:
            continue
        words += len(found)
        syll += sum(syllables(w) for w in found)
        stops = len(SENTENCE_END.findall(chunk.strip()))
        if not re.search(r"[.!?][\"'\u201d)]?\s*$", chunk.strip()):
            stops += 1
        sentences += max(1, stops)
    if not words:
        return None
    grade = 0.39 * words / sentences + 11.8 * syll / words - 15.59
    return {"words": words, "sentences": sentences, "syllables": syll, "grade": grade}


def table(path):
    sections, topics, glossary = irbundle.load(path)
    terms = {g["id"]: g["term"] for g in glossary}
    rows = []
    for topic in topics:
        for audience in irbundle.AUDIENCES:
            body = topic.get(audience)
            if not body:
                continue
            chunks = [irbundle.plain(text, terms) for _, _, text in irbundle.body_texts(body)]
            m = measure(chunks)
            if m:
                rows.append((topic["id"], audience, m))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bundle", help="a bundle file or directory")
    parser.add_argument("--check", action="store_true", help="exit 1 when a topic is over its limit")
    args = parser.parse_args()

    rows = table(args.bundle)
    over = 0
    # The figures can be checked by hand only against the rules that made them.
    heuristics = __doc__[__doc__.index("Heuristics"):__doc__.index("Exit status")]
    print("\n".join("# " + line for line in heuristics.strip().splitlines()))
    print(f"{'topic':34} {'audience':8} {'words':>6} {'sent.':>6} {'syll.':>6} {'grade':>6} {'limit':>6}")
    for topic_id, audience, m in rows:
        limit = LIMITS[audience]
        flag = "" if m["grade"] <= limit else "  OVER"
        over += bool(flag)
        print(f"{topic_id:34} {audience:8} {m['words']:6} {m['sentences']:6} {m['syllables']:6} "
              f"{m['grade']:6.2f} {limit:6.1f}{flag}")
    for audience in irbundle.AUDIENCES:
        grades = [m["grade"] for _, a, m in rows if a == audience]
        if grades:
            print(f"{audience}: {len(grades)} bodies, mean grade {sum(grades) / len(grades):.2f}, "
                  f"highest {max(grades):.2f} (limit {LIMITS[audience]})")
    if args.check and over:
        print(f"{over} bodies over their limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
