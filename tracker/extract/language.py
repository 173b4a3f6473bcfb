"""Language identification for news text (German and English first).

A function-word vote: every language has a few dozen very frequent words that
other languages rarely use. Counting them is fast (no dictionaries to load),
stable on a sentence or more of news text, and honest: a text without enough
evidence is ``"unknown"``. Words shared between the candidate languages
("die" in German and English, "de" in French/Spanish/Dutch, "in", "a", ...) are
left out of every list. The lists are ``tracker/lexicon/language.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from tracker import lexicon

SUPPORTED = ("de", "en")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Language -> its function words (``tracker/lexicon/language.tsv``), read on first use."""
    return {lang: frozenset(words) for lang, words in lexicon.word_lists("language").items()}


_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_LETTERS = re.compile(r"[äöüß]")
_GERMAN_CAPITAL_ARTICLE = re.compile(r"(?:^|[.:!?]\s+)(?:Die|Der|Das)\s")


def detect_language(text: str, *, sample: int = 4000) -> str:
    """``"de"``, ``"en"``, another ISO 639-1 code it knows, or ``"unknown"``.

    Needs at least three function-word hits and a clear lead over the runner-up.
    """
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return "unknown"
    votes: Counter[str] = Counter()
    function_words = _function_words()
    for word in words:
        for lang, vocabulary in function_words.items():
            if word in vocabulary:
                votes[lang] += 1
    # Two cheap German signals that short headlines often carry.
    head = text[:sample]
    if _GERMAN_LETTERS.search(head):
        votes["de"] += 1
    if _GERMAN_CAPITAL_ARTICLE.search(head):
        votes["de"] += 1
    ranked = votes.most_common(2)
    if not ranked:
        return "unknown"
    best, best_votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_votes >= 2 and best_votes >= 2 * runner_up:
        return best
    return "unknown"
