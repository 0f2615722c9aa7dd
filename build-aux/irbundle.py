"""Read an IR Guide content bundle for the build tools.

The C loader (src/content/) is the authority on validity; this module only
walks a bundle that is assumed to be well formed, in the same order the app
uses: files sorted by name, arrays in their written order.
"""

import json
import os
import re

TOKEN = re.compile(r"\{(term|topic):([a-z0-9-]+)(?:\|([^{}]*))?\}")

# Body parts in the order the app shows them.
PARTS = ("what", "why", "prepare", "during", "after", "risks", "questions",
         "signs", "treatment", "senses", "people", "helps")
AUDIENCES = ("parents", "kids")
FACTS = ("sedation", "duration", "recovery")


def bundle_files(path):
    if os.path.isdir(path):
        return [os.path.join(path, name) for name in sorted(os.listdir(path))
                if name.endswith(".json")]
    return [path]


def load(path):
    """Returns (sections, topics, glossary), each a list of dicts."""
    sections, topics, glossary = [], [], []
    for name in bundle_files(path):
        with open(name, encoding="utf-8") as f:
            doc = json.load(f)
        sections += doc.get("sections", [])
        topics += doc.get("topics", [])
        glossary += doc.get("glossary", [])
    return sections, topics, glossary


def plain(text, glossary_terms=None):
    """The text a reader sees: tokens become their labels."""
    def label(m):
        if m.group(3) is not None:
            return m.group(3)
        if m.group(1) == "term" and glossary_terms:
            return glossary_terms.get(m.group(2), m.group(2))
        return m.group(2).replace("-", " ")
    return TOKEN.sub(label, text)


def body_texts(body):
    """Every string of a body, in display order: (part, kind, text)."""
    for part in PARTS:
        for text in body.get(part, []):
            yield part, "paragraph", text
    for section in body.get("sections", []):
        yield "section", "heading", section["heading"]
        for text in section["paragraphs"]:
            yield "section", "paragraph", text
