"""Write the pre-built vocabulary tables: ``python -m tracker.lexicon.build [--check]``.

``tracker/lexicon/vocabulary.marshal`` holds the concept and place tables of
:mod:`tracker.lexicon.vocabulary` as parsed from their ``.tsv`` files, so that a process
loads them instead of parsing them. Run this after changing ``concepts.tsv``,
``concepts_unmapped_de.tsv``, ``places.tsv``, ``organisations.tsv`` or the parsing code;
``--check`` exits 1 when the file is not current (``tests/test_lexicon.py`` checks it).
"""

from __future__ import annotations

import marshal
import sys

from tracker.lexicon import vocabulary


def is_current() -> bool:
    """Whether the shipped file holds what parsing the tables gives now (compared as
    values: sets are written in no fixed order)."""
    return vocabulary.load_packed() == vocabulary.packed_tables()


def main(argv: list[str]) -> int:
    current = is_current()
    if "--check" in argv:
        print("current" if current else "stale: run python -m tracker.lexicon.build")
        return 0 if current else 1
    if not current:
        with open(vocabulary.PACKED_PATH, "wb") as handle:
            handle.write(marshal.dumps(vocabulary.packed_tables()))
    print(f"{vocabulary.PACKED_PATH}: {'unchanged' if current else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
