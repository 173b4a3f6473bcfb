"""Fact names people recognise: what is measured and about whom, in the claims' words.

A fact is named after its most representative claim, in the language most of its
claims use: the words of the figure's own stretch of that sentence ("Menschen wurden
bei dem Luftangriff getötet"), then the places and names the sentence is about that
the phrase does not already say, then the day it was first stated. The machine key
(unit and lemmas) is kept apart (``Fact.key``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.match import slots

NAME_WORDS = 9
NAME_LENGTH = 120
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_NUMBERISH = re.compile(r"^[\d.,]+$")
_LEADING = re.compile(
    r"^(?:rund|etwa|ungefähr|ca|circa|mindestens|höchstens|mehr|als|über|fast|knapp|gut|"
    r"bis|zu|weniger|nahezu|about|around|roughly|nearly|almost|more|than|over|at|least|"
    r"most|up|to|some|fewer|less|under|only|nur|the|die|der|das|den|dem|a|an|and|und|"
    r"of|von|with|mit|in|im|am|on|for|für|wurden|were|was|sind|seien|haben|hatten|"
    r"have|has|had|is|are|ist|war)$",
    re.I,
)


@dataclass(frozen=True)
class NamedClaim:
    """What naming needs of one figure of the fact and its claim."""

    claim_id: int
    text: str
    start: int  # the figure's span in the claim text
    end: int
    language: str
    names: tuple[str, ...]  # places and names the sentence is about (as written)
    time: dt.datetime | None
    terms: tuple[str, ...]  # key terms, to find the most representative claim


def measure_phrase(text: str, start: int, end: int) -> str:
    """The figure's stretch of its sentence, without the number and the words that
    only qualify it ("mindestens", "rund", "about"); at most a few words."""
    part = slots.stretch(text, start, end, [])
    before = text[part.start : start]
    figure = text[start:end]
    after = text[end : part.end]
    words_figure = [w for w in _WORD.findall(figure) if not _NUMBERISH.match(w)]
    # the counted noun of the figure ("14 Menschen" -> "Menschen"), not its number words
    noun = [w for w in words_figure if w[:1].isupper() or not _LEADING.match(w)][-1:]
    tail = _WORD.findall(after)
    head = _WORD.findall(before)
    tail = _until_subordinate(tail)
    head = _trim_end(head)[-6:]
    if noun and not _MEASURE_WORD.match(noun[0]):
        words = noun + tail
        if len(words) < 3:
            words = head[-(3 - len(words)) :] + words if head else words
    elif noun:
        # "12 Millionen Euro", "41,3 Grad": the words before say what is measured
        words = head + noun + tail[:3]
    else:
        # a bare number ("ist auf 1.700 gestiegen"): the words before say what it counts
        words = head + tail
    while words and _LEADING.match(words[0]) and len(words) > 1:
        words = words[1:]
    while words and _LEADING.match(words[-1]) and len(words) > 1:
        words = words[:-1]
    return " ".join(words[:NAME_WORDS])


_MEASURE_WORD = re.compile(
    r"^(?:euros?|dollars?|pounds?|francs?|prozent|percent|%|grad|degrees?|cents?|"
    r"meter|metres?|meters?|kilometer\w*|kilometres?|tonnen|tonnes?|tons?|liter|litres?|"
    r"hektar|hectares?|prozentpunkte?|percentage|points?|millionen|milliarden|million|"
    r"billion|mio|mrd|usd|eur)$",
    re.I,
)


def _trim_end(words: list[str]) -> list[str]:
    while words and _LEADING.match(words[-1]):
        words = words[:-1]
    return words


_SUBORDINATE = re.compile(
    r"^(?:when|after|because|while|as|als|wenn|nachdem|weil|da|wie|darunter|including)$", re.I
)


def _until_subordinate(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if i and _SUBORDINATE.match(word):
            return words[:i]
    return words


def representative(claims: Sequence[NamedClaim]) -> NamedClaim:
    """The claim in the fact's main language whose key terms the others share most."""
    languages = Counter(c.language for c in claims)
    main = languages.most_common(1)[0][0]
    pool = [c for c in claims if c.language == main] or list(claims)
    # a figure with its counted noun ("14 Menschen") names a fact better than a bare "14"
    with_noun = [c for c in pool if re.search(r"[^\W\d_]", c.text[c.start : c.end])]
    pool = with_noun or pool
    counts = Counter(t for c in claims for t in set(c.terms) if not t.startswith("#"))

    def weight(claim: NamedClaim) -> tuple[int, float]:
        shared = sum(counts[t] - 1 for t in set(claim.terms) if not t.startswith("#"))
        when = claim.time.timestamp() if claim.time else float("inf")
        return (shared, -when)

    return max(pool, key=weight)


def fact_name(claims: Sequence[NamedClaim]) -> str:
    if not claims:
        return ""
    chosen = representative(claims)
    phrase = measure_phrase(chosen.text, chosen.start, chosen.end)
    folded = phrase.casefold()
    names = [n for n in dict.fromkeys(chosen.names) if n.casefold() not in folded][:2]
    first = min((c.time for c in claims if c.time is not None), default=None)
    parts = [phrase, *names]
    if first is not None:
        parts.append(f"{first:%d %b %Y}".lstrip("0"))
    name = ", ".join(p for p in parts if p)
    return name[:NAME_LENGTH]
