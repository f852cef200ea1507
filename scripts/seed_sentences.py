#!/usr/bin/env python3
"""Print a seed's sentences, numbered, the way tests/core/coverage_test.cpp splits them.

Usage: scripts/seed_sentences.py assets/seeds/000_60a27da499a31ef2.txt [--json]

With --json it prints a skeleton coverage table (every row still to be decided) to start
assets/rules/coverage/<seed>.json from. The test carries its own copy of these rules:
  * a newline ends a sentence (so do paragraph breaks);
  * no-break spaces (U+00A0, U+202F, other Unicode spaces) count as spaces, runs of
    whitespace become one space, ends are trimmed, empty lines are skipped;
  * within a line, a sentence ends after . ! or ? followed by whitespace and then an
    uppercase letter or a digit (markup * [ ( " “ ” may stand before it), unless the word that
    ends with the full stop is a known abbreviation (ABBREVIATIONS below).
"""
import json
import sys

ABBREVIATIONS = {"fx.", "bl.a.", "t.ex.", "dvs.", "max.", "evt.", "mv.", "pr.", "ca.", "m.m.",
                 "osv.", "etc.", "nr.", "jf.", "s.k.", "f.eks.", "ev.", "inkl.", "resp."}
OPENERS = "*[(\"“”"


def normalise(line):
    return " ".join(line.replace("\u00a0", " ").split())


def is_upper_or_digit(ch):
    return ch.isdigit() and ch.isascii() or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u00de" and ch != "\u00d7")


def split_line(line):
    out, start, i = [], 0, 0
    while i < len(line):
        c = line[i]
        if c in ".!?" and i + 1 < len(line) and line[i + 1] == " ":
            j = i + 2
            while j < len(line) and line[j] in OPENERS:
                j += 1
            if j < len(line) and is_upper_or_digit(line[j]):
                word = line[start:i + 1].split(" ")[-1].lstrip("([\"“*").lower()
                if not (c == "." and word in ABBREVIATIONS):
                    out.append(line[start:i + 1].strip())
                    start = i + 2
        i += 1
    out.append(line[start:].strip())
    return [s for s in out if s]


def sentences(text):
    result = []
    for raw in text.split("\n"):
        line = normalise(raw)
        if line:
            result.extend(split_line(line))
    return result


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    if len(args) != 1:
        sys.exit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        items = sentences(f.read())
    if "--json" in sys.argv:
        name = args[0].rsplit("/", 1)[-1]
        rows = [{"n": n, "text": s, "gap": "TODO"} for n, s in enumerate(items, 1)]
        print(json.dumps({"seed": name, "document_date": None, "sentences": rows}, ensure_ascii=False, indent=2))
    else:
        for n, s in enumerate(items, 1):
            print(f"{n:3} {s}")


if __name__ == "__main__":
    main()
