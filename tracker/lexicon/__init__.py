"""Word lists as package data, one loader, one ``fold()``.

Every word list of tracker lives in a ``.tsv`` file next to this module (shipped in the
wheel): the bilingual concepts and places of :mod:`tracker.lexicon.vocabulary`, the unit
lexicon of :mod:`tracker.extract.units`, the word lists of attribution. A file is UTF-8,
one row per line, cells separated by tabs; lines starting with ``#`` and blank lines are
comments (a blank line is an error: it would be a row). A file's last comment line before its
rows names its columns.

:func:`rows` reads a table, :func:`word_list` (in order) and :func:`words` (as a set) one list
of a word-list file (rows ``list<TAB>words``, space separated; a list may run over several
rows), :func:`patterns` a table whose last column is a regular expression (the cue tables of
attribution, polarity and figures; a long pattern may run over several rows, and may use
named pieces). Files are read once
per process, on first use, with plain ``open()`` (no import costs on the ingest path).

:func:`fold` is how tracker compares words: case, ``ß``/``ss``, umlauts (``ü``/``ue``) and
other accents do not matter (``Zürich``/``Zuerich``/``zurich`` -> ``zuerich``, ``zurich``).
:func:`fold_name` also turns punctuation into spaces, for names.

This package imports nothing else of tracker: every layer may use it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache, lru_cache

__all__ = ["fold", "fold_name", "items", "patterns", "rows", "word_list", "word_lists", "words"]

_HERE = os.path.dirname(os.path.abspath(__file__))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """Case-, umlaut- and accent-insensitive form of ``text``: ``Zürich`` -> ``zuerich``.

    Lower case (casefold: ``ß`` -> ``ss``), ``ä``/``ö``/``ü`` -> ``ae``/``oe``/``ue``, every
    other accent stripped.

    >>> fold("Zürich"), fold("Straße"), fold("Élysée"), fold("ÖVP")
    ('zuerich', 'strasse', 'elysee', 'oevp')
    """
    if text.isascii():  # the same result, several times faster: no composition, no umlauts
        return text.lower()
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # the combining marks dropped: looked up once per distinct character, not per character
    marks = [ord(c) for c in set(decomposed) if unicodedata.combining(c)]
    return decomposed.translate(dict.fromkeys(marks)) if marks else decomposed


# Letters folded for names beyond fold(): "Ørsted" -> "oersted", "Cæsar" -> "caesar".
_NAME_LETTERS = str.maketrans({"æ": "ae", "ø": "oe"})
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHE_S = re.compile(r"['’]s\b")


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """:func:`fold` for names: also ``æ``/``ø`` -> ``ae``/``oe``, a possessive ``'s`` dropped,
    punctuation -> one space.

    >>> fold_name("Jürgen Weiß"), fold_name("Ørsted's"), fold_name("Bild-Zeitung")
    ('juergen weiss', 'oersted', 'bild zeitung')
    """
    text = fold(text.casefold().translate(_NAME_LETTERS))
    text = _APOSTROPHE_S.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


def _path(name: str) -> str:
    return os.path.join(_HERE, f"{name}.tsv")


@cache
def rows(name: str, columns: int = 0) -> tuple[tuple[str, ...], ...]:
    """The rows of ``tracker/lexicon/<name>.tsv`` (cells as written: the files have no
    spaces around cells, ``tests/test_lexicon.py`` checks it).

    With ``columns``, every row has exactly that many cells (missing trailing cells are
    empty strings; a row with more is an error).
    """
    with open(_path(name), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    table = [tuple(line.split("\t")) for line in lines if line and line[0] != "#"]
    if columns:
        for number, cells in enumerate(table):
            if len(cells) > columns:
                raise ValueError(f"{name}.tsv: {len(cells)} cells, not {columns}: {cells}")
            if len(cells) < columns:
                table[number] = cells + ("",) * (columns - len(cells))
    return tuple(table)


def rows_before(name: str, marker: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``tracker/lexicon/<name>.tsv`` above its first comment line containing
    ``marker`` (a section of the table: "the people sections of units.tsv")."""
    with open(_path(name), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    end = next((k for k, line in enumerate(lines) if line[:1] == "#" and marker in line), None)
    if end is None:
        raise ValueError(f"{name}.tsv: no comment line with {marker!r}")
    return tuple(tuple(line.split("\t")) for line in lines[:end] if line and line[0] != "#")


@cache
def outlets() -> tuple[str, ...]:
    """The outlets and platforms of ``outlets.tsv`` ("Reuters", "Telegram", "Truth
    Social"): where something was said or reported, never what it is about."""
    return tuple(row[0] for row in rows("outlets", 1))


def items(cell: str) -> list[str]:
    """The comma-separated items of one cell, stripped, empty ones left out."""
    return [item.strip() for item in cell.split(",") if item.strip()]


@cache
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """Every list of a word-list file (rows ``list<TAB>words``): list name -> its words, in
    file order."""
    lists: dict[str, list[str]] = {}
    for row in rows(name, 2):
        lists.setdefault(row[0], []).extend(row[1].split())
    return {list_name: tuple(words) for list_name, words in lists.items()}


def word_list(name: str, list_name: str) -> tuple[str, ...]:
    """One list of the word-list file ``name``, in file order."""
    try:
        return word_lists(name)[list_name]
    except KeyError:
        raise KeyError(f"no list {list_name!r} in tracker/lexicon/{name}.tsv") from None


def words(name: str, list_name: str) -> frozenset[str]:
    """One list of the word-list file ``name`` as a set."""
    return frozenset(word_list(name, list_name))


_PIECE = re.compile(r"\{([A-Za-z_]\w*)\}")


@cache
def patterns(name: str, columns: int, **pieces: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a pattern table ``tracker/lexicon/<name>.tsv``: the last of its ``columns``
    cells is a regular expression, returned as one string (compiling is the caller's).

    * A row whose cells are all empty but the last continues the pattern of the row above:
      the pieces are joined as written, so a long pattern breaks at its alternatives.
    * A row whose first cell is ``{NAME}`` names a piece (its last cell, continued like a
      pattern) instead of being a row; later patterns and pieces write it as ``{NAME}``.
      ``pieces`` names more pieces from code (``DIGITS=...``). A regex quantifier such as
      ``{0,2}`` is no name; an unknown name is an error.
    """
    named = dict(pieces)
    table: list[list[str]] = []
    piece_names: list[str | None] = []  # per row of ``table``: the piece it defines, if any
    for cells in rows(name, columns):
        if not any(cells[:-1]) and table:
            table[-1][-1] += cells[-1]
            continue
        first = cells[0]
        is_piece = first.startswith("{") and first.endswith("}")
        table.append(list(cells))
        piece_names.append(first[1:-1] if is_piece else None)

    def expand(pattern: str) -> str:
        def lookup(match: re.Match[str]) -> str:
            if match[1] not in named:
                raise ValueError(f"{name}.tsv: no piece {{{match[1]}}} (defined above its use)")
            return named[match[1]]

        return _PIECE.sub(lookup, pattern)

    out: list[tuple[str, ...]] = []
    for row, piece in zip(table, piece_names, strict=True):
        if piece is not None:
            named[piece] = expand(row[-1])
        else:
            out.append((*row[:-1], expand(row[-1])))
    return tuple(out)
