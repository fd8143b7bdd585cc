#!/usr/bin/python3
"""Writes the code points the Chinese font must hold, one "U+XXXX" a line, for pyftsubset
--unicodes-file: every CJK character the zh-Hans text tables use, plus ASCII and the common
CJK punctuation and full-width forms. A table that gains a character makes the build cut it
into the font, with no manual step.

usage: cjk_unicodes.py OUTPUT SOURCE...
"""
import sys


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    output, sources = argv[0], argv[1:]
    points = set(range(0x20, 0x7F))  # ASCII, so mixed text has one look
    points |= set(range(0x3000, 0x3020))  # CJK symbols and punctuation: 、。「」
    points |= set(range(0xFF01, 0xFF5F))  # full-width forms: ，：（）？！
    points |= {0x00B7, 0x2014, 0x2026, 0x201C, 0x201D, 0x00B0, 0x2212}  # · — … “ ” ° −
    for path in sources:
        with open(path, encoding="utf-8") as source:
            points |= {ord(c) for c in source.read() if ord(c) >= 0x2E80}
    with open(output, "w", encoding="ascii") as out:
        for point in sorted(points):
            out.write("U+%04X\n" % point)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
