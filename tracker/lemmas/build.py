"""Build the packed dictionaries from the installed simplemma.

    python -m tracker.lemmas.build            # rewrite tracker/lemmas/{de,en}.lemmas
    python -m tracker.lemmas.build --check    # exit 1 if a shipped file is not current

Run it after changing the simplemma version: a file built from other dictionary data
is ignored at run time (tracker falls back to simplemma's slow load), and the test
suite fails until the files are rebuilt. The output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tracker.lemmas import PACKED_LANGUAGES, packed_path, simplemma_source
from tracker.lemmas.packed import write_packed


def simplemma_items(language: str) -> Iterator[tuple[bytes, bytes]]:
    """Every entry of simplemma's dictionary for ``language``, as UTF-8 bytes."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(language)
    for key, value in dictionary.items():
        yield key.encode(), value.encode()


def build(language: str, target: Path) -> dict[str, object]:
    source = simplemma_source(language)
    if source is None:
        raise SystemExit(f"simplemma has no dictionary for {language!r} here")
    return write_packed(target, simplemma_items(language), source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("languages", nargs="*", default=list(PACKED_LANGUAGES))
    args = parser.parse_args(argv)
    stale = []
    for language in args.languages:
        target = packed_path(language)
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / target.name
                build(language, fresh)
                current = target.is_file() and target.read_bytes() == fresh.read_bytes()
            print(f"{target.name}: {'current' if current else 'STALE'}")
            if not current:
                stale.append(language)
        else:
            header = build(language, target)
            print(
                f"{target.name}: {header['entries']:,} entries, "
                f"{target.stat().st_size:,} bytes, from {header['source']}"
            )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
