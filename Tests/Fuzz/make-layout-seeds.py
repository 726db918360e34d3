#!/usr/bin/env python3
"""Writes Tests/Fuzz/Seeds/layout-*.txt: fixtures laid out as layout-preserving converters do.

    Tests/Fuzz/make-layout-seeds.py

Each seed is a clean fixture (or the snapshot) rewritten the way `pdftotext -layout`-style
converters lay out a Cyberwellness profile: a UTF-8 byte-order mark, CR CR LF line ends, a
`----------------------- Page N-----------------------` line at each page start, the title
and the country centred (50+ leading spaces), both figures on one line with 40-90 spaces
between them and both data sources side by side on the next, headings with a run of spaces
after the number, prose wrapped at 92 columns, list entries in two columns, link markup
gone, and the date's ordinal suffix lifted onto a line of its own above the date. The
fuzzer starts from these, so that its mutations explore the layouts real documents have.
"""

import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/ProfileParsingTests/Fixtures"
SOURCES = {
    "belize": ROOT / "Snapshots/belize/2015-03-02.txt",
    "list-variants": FIXTURES / "list-variants.txt",
    "page-furniture": FIXTURES / "page-furniture.txt",
    "items-parentheses": FIXTURES / "items-parentheses.txt",
    "items-descriptions": FIXTURES / "items-descriptions.txt",
    "items-years-numbers": FIXTURES / "items-years-numbers.txt",
    "items-dash-runs": FIXTURES / "items-dash-runs.txt",
    "items-not-in-force": FIXTURES / "items-not-in-force.txt",
    "items-numbered": FIXTURES / "items-numbered.txt",
}
PAGE_LINES = 48
WIDTH = 92
HEADING = re.compile(r"^(\d+(?:\.\d+)*\.?) +([A-Z][A-Z &:-]+)$")
DATE = re.compile(r"^Last updated on (\d{1,2})(?:st|nd|rd|th)? +(\w+ \d{4})$")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
BULLET = re.compile(r"^(?:-|•|\*) ?\S")


def ordinal(day):
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def wrap(line):
    words, lines, current = line.split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return lines + [current]


def lay_out(text, rng):
    lines = [LINK.sub(r"\1", line.rstrip()) for line in text.replace("\r", "").split("\n")]
    out = []
    index = 0
    header = False  # between the title and BACKGROUND: the country's lines
    while index < len(lines):
        line = lines[index]
        if line == "CYBERWELLNESS PROFILE":
            out.append(" " * rng.randint(50, 60) + line)
            header = True
        elif line.startswith("BACKGROUND"):
            out.append(line)
            header = False
        elif header and line:
            out.append(" " * rng.randint(55, 70) + line)
        elif line.startswith("Total Population:") or line.startswith("Internet users"):
            # Both figures on one line, both sources side by side on the next.
            figures = [l for l in lines[index:index + 8] if l.startswith(("Total Population", "Internet users"))]
            sources = [l for l in lines[index:index + 8] if l.startswith("(data source")]
            if len(figures) == 2 and len(sources) == 2:
                out.append(figures[0] + " " * rng.randint(40, 90) + figures[1])
                out.append(sources[0] + " " * rng.randint(8, 30) + sources[1])
                last = max(i for i in range(index, index + 8) if lines[i] in figures + sources)
                index = last + 1
                continue
            out.append(line)
        elif (match := HEADING.match(line)):
            out.append(match.group(1) + " " * rng.randint(6, 12) + match.group(2))
        elif (match := DATE.match(line)):
            day = int(match.group(1))
            gap = " " * rng.randint(12, 24)
            out.append(" " * (len("Last updated on ") + 1) + ordinal(day))
            out.append(f"Last updated on {day}{gap}{match.group(2)}")
        elif BULLET.match(line) and index + 1 < len(lines) and BULLET.match(lines[index + 1]):
            # Two list entries side by side.
            out.append(line.ljust(46) + " " * rng.randint(2, 8) + lines[index + 1])
            index += 2
            continue
        elif len(line) > WIDTH:
            out.extend(wrap(line))
        else:
            out.append(line)
        index += 1
    pages = []
    for start in range(0, len(out), PAGE_LINES):
        number = start // PAGE_LINES + 1
        pages.append(f"----------------------- Page {number}-----------------------")
        pages.extend(out[start:start + PAGE_LINES])
    return "\ufeff" + "\r\r\n".join(pages) + "\r\r\n"


def main():
    target = ROOT / "Tests/Fuzz/Seeds"
    target.mkdir(exist_ok=True)
    for name, path in SOURCES.items():
        rng = random.Random(name)
        text = lay_out(path.read_text(encoding="utf-8-sig"), rng)
        (target / f"layout-{name}.txt").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
