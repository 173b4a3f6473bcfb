"""Earlier values named inside a change: "up from 12 million", "von 11 auf 9",
"rose from 3 to 5", "nach zuvor 1.200". Such a figure is not a new claim of that
value; it points back at the value the change replaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.figures import FigureMention

_BEFORE = {
    "en": re.compile(
        r"(?:\b(?:up|down)\s+from|\b(?:rose|risen|rising|fell|fallen|falling|increased|"
        r"decreased|grew|dropped|climbed|jumped|revised|corrected|changed)\s+from|"
        r"\bcompared\s+(?:with|to)|\bfrom\s+(?:an?\s+)?(?:earlier|previous|initial|original)"
        r"(?:\s+\w+){0,2}\s+of|\b(?:previously|earlier|initially|originally|formerly))"
        r"(?:\s+(?:an?|the))?(?:\s+(?:earlier|previous|initial|original|first))?"
        r"(?:\s+(?:estimate|figure|count|forecast|total|number)s?)?(?:\s+of)?\s*$",
        re.I,
    ),
    "de": re.compile(
        r"(?:\bnach\s+(?:zuvor|bisher|bislang|ursprünglich|anfangs|zunächst)|"
        r"\b(?:statt|anstatt|gegenüber)\s+(?:der\s+)?(?:bisher|bislang|zuvor|ursprünglich)?"
        r"(?:\s+\w+en)?|\b(?:zuvor|bisher|bislang|ursprünglich|zunächst)\s+(?:war|waren|hatte|"
        r"hatten|wurde|wurden|hieß)\s+(?:von\s+)?(?:es\s+)?(?:noch\s+)?)\s*$",
        re.I,
    ),
}
_FROM = {"en": re.compile(r"\bfrom\s*$", re.I), "de": re.compile(r"\bvon\s*$", re.I)}
_TO_AFTER = {
    "en": re.compile(r"^\s*(?:\w+\s+){0,2}to\b", re.I),
    "de": re.compile(r"^\s*(?:\w+\s+){0,2}auf\b", re.I),
}


def previous_values(text: str, figures: Sequence[FigureMention], language: str) -> set[int]:
    """Indexes of the figures in ``text`` that name the earlier value of a change."""
    found: set[int] = set()
    languages = [language] if language in _BEFORE else ["de", "en"]
    for index, figure in enumerate(figures):
        before = text[max(0, figure.start - 60) : figure.start]
        after = text[figure.end : figure.end + 30]
        for lang in languages:
            if _BEFORE[lang].search(before) or (
                _FROM[lang].search(before) and _TO_AFTER[lang].search(after)
            ):
                found.add(index)
                break
    return found


# "bestritt, dass 20.000 ...", "dementierten, dass ...", "denied that 500 ...",
# "wies zurück, dass ...": what follows, up to the next colon or semicolon, is the
# value being denied, not a value claimed.
_DENIAL = {
    "de": re.compile(
        r"\b(?:bestr(?:itt|itten|eitet|eiten)|dementier\w*|zurückgewiesen|wies\w*\s+(?:\w+\s+){0,4}"
        r"zurück|widersprach\w*)\b[^:;]{0,40}?\b(?:dass|,\s*wonach)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:den(?:ied|ies|y)|disputed?|rejected|refuted)\b(?:\s+(?:\w+\s+){0,3}?claims?)?"
        r"\s+(?:that|reports\s+that)\b",
        re.I,
    ),
}
_CLAUSE_END = re.compile(r"[:;]|\s[–—-]\s")


def denied_values(text: str, figures: Sequence[FigureMention], language: str) -> set[int]:
    """Indexes of the figures inside what a denial denies."""
    languages = [language] if language in _DENIAL else ["de", "en"]
    found: set[int] = set()
    for lang in languages:
        for match in _DENIAL[lang].finditer(text):
            end_match = _CLAUSE_END.search(text, match.end())
            end = end_match.start() if end_match else len(text)
            found |= {i for i, f in enumerate(figures) if match.end() <= f.start < end}
    return found
