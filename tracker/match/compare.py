"""Comparisons of two figures, as record linkage makes them: one signal, a few levels.

Each comparison turns one kind of evidence about a pair of figures into a level
(``measure: conflict``, ``time: week``); the link model (:mod:`tracker.match.model`)
gives every level a match weight. The levels are plain names, so a stored link can
be explained and replayed.

| comparison | levels |
|---|---|
| measure  | conflict, same, similar, unknown, none |
| subject  | same_local, same_sentence, same_scene, conflict, none |
| story    | high, medium, low, none |
| time     | same_day, week, month, quarter, longer, unknown |
| value    | equal_distinctive, equal_common, close, different, magnitude |
| lexical  | very_high, high, medium, low, none |
| change   | signalled, none (the newer claim says its value is news) |
| claimant | same, different, unknown |
| source   | same, different |

Blocking comes first (:func:`blocked`): figures of different units, of one claim, or of
one article with different values are never one fact, whatever the model says.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tracker.match import slots, values
from tracker.match.views import ClaimView, FigureView
from tracker.normalise import is_common_word

COMPARISONS: dict[str, tuple[str, ...]] = {
    "measure": ("conflict", "same", "similar", "unknown", "none"),
    "subject": ("same_local", "same_sentence", "same_scene", "conflict", "none"),
    "story": ("high", "medium", "low", "none"),
    "time": ("same_day", "week", "month", "quarter", "longer", "unknown"),
    "value": ("equal_distinctive", "equal_common", "close", "different", "magnitude"),
    "lexical": ("very_high", "high", "medium", "low", "none"),
    "change": ("signalled", "none"),
    "claimant": ("same", "different", "unknown"),
    "source": ("same", "different"),
}

IdfLookup = Callable[[str], float]


def blocked(new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView) -> str:
    """Why two figures can never be one fact ("" when they can)."""
    if new_figure.unit is None or new_figure.unit != old_figure.unit:
        return "another unit"
    if new.id == old.id:
        return "one claim"  # two figures of one sentence have different roles
    if new.article_id == old.article_id and not values.agree(new_figure, old_figure):
        return "one article, another value"
    return ""


def term_overlap(a: tuple[str, ...], b: tuple[str, ...], idf: IdfLookup) -> float:
    """Weighted Dice coefficient of two term sets (placeholders left out)."""
    set_a = {t for t in a if not t.startswith("#")}
    set_b = {t for t in b if not t.startswith("#")}
    if not set_a or not set_b:
        return 0.0
    shared = sum(idf(t) for t in set_a & set_b)
    total = sum(idf(t) for t in set_a) + sum(idf(t) for t in set_b)
    return 2 * shared / total if total else 0.0


def lexical_similarity(new: ClaimView, old: ClaimView, idf: IdfLookup) -> float:
    """What the two claims say alike: the better of the idf-weighted overlap of their
    key terms and rapidfuzz's token_set_ratio of the key texts (rescaled so that the
    level of unrelated short texts, about 0.35, is 0). Across languages only the shared
    concepts count: the words differ by nature."""
    terms = term_overlap(new.terms, old.terms, idf)
    if new.language != old.language:
        return terms
    ratio = fuzz.token_set_ratio(new.key_text, old.key_text, processor=default_process) / 100
    return max(terms, 0.9 * max(0.0, (ratio - 0.35) / 0.65))


def _subjects(names: frozenset[str]) -> frozenset[str]:
    """Names that say where or whom (not ordinary words that happen to be capitalised)."""
    return frozenset(n for n in names if not is_common_word(n))


def compare_measure(
    new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView,
    idf: IdfLookup,
) -> str:
    a = new.slot(new_figure).measure
    b = old.slot(old_figure).measure
    if a.side and b.side and a.side != b.side:
        return "conflict"  # votes for and votes against
    if (a.increment and b.total and not b.increment) or (b.increment and a.total and not a.increment):
        return "conflict"  # two more hostages freed vs 20 freed in all
    if a.predicates and b.predicates:
        if not a.predicates & b.predicates:
            return "conflict"  # killed vs injured; debt vs spending
        if a.negated != b.negated:
            return "conflict"  # "gerechtfertigt" vs "nicht gerechtfertigt"
        return "same"
    shared = term_overlap(tuple(a.terms), tuple(b.terms), idf)
    if a.terms & b.terms and a.negated != b.negated:
        return "conflict"
    if shared >= 0.3:
        return "similar"
    if not a.terms or not b.terms:
        return "unknown"
    return "none"


def compare_subject(
    new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView
) -> str:
    local_a = _subjects(new.slot(new_figure).names)
    local_b = _subjects(old.slot(old_figure).names)
    if local_a & local_b:
        return "same_local"
    sentence_a = _subjects(new.anchors - new.speakers)
    sentence_b = _subjects(old.anchors - old.speakers)
    if sentence_a & sentence_b:
        return "same_sentence"
    scene_a = _subjects(new.scene_names - new.speakers) | sentence_a
    scene_b = _subjects(old.scene_names - old.speakers) | sentence_b
    if scene_a & scene_b:
        return "same_scene"
    if scene_a and scene_b:
        # Both say where or whom, and not the same: another place or incident.
        return "conflict"
    return "none"


def compare_story(new: ClaimView, old: ClaimView, idf: IdfLookup) -> str:
    """How alike the two claims' scenes (headline and the text before) are."""
    overlap = term_overlap(tuple(new.scene_terms), tuple(old.scene_terms), idf)
    if overlap >= 0.3:
        return "high"
    if overlap >= 0.15:
        return "medium"
    if overlap >= 0.05:
        return "low"
    return "none"


def compare_time(new: ClaimView, old: ClaimView) -> str:
    if new.time is None or old.time is None:
        return "unknown"
    days = abs((new.time - old.time).total_seconds()) / 86400
    if days <= 1.5:
        return "same_day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    if days <= 92:
        return "quarter"
    return "longer"


def compare_value(new_figure: FigureView, old_figure: FigureView) -> str:
    if values.agree(new_figure, old_figure):
        if values.distinctive(new_figure.value) or values.distinctive(old_figure.value):
            return "equal_distinctive"
        return "equal_common"
    ratio = values.ratio(new_figure, old_figure)
    if ratio >= 10:
        return "magnitude"
    if ratio <= 1.25 or not values.conflict(new_figure, old_figure):
        return "close"
    return "different"


def compare_lexical(new: ClaimView, old: ClaimView, idf: IdfLookup) -> str:
    similarity = lexical_similarity(new, old, idf)
    if similarity >= 0.6:
        return "very_high"
    if similarity >= 0.4:
        return "high"
    if similarity >= 0.25:
        return "medium"
    if similarity >= 0.1:
        return "low"
    return "none"


def compare_claimant(new: ClaimView, old: ClaimView) -> str:
    if new.claimant_id is None or old.claimant_id is None:
        return "unknown"
    return "same" if new.claimant_id == old.claimant_id else "different"


def compare_source(new: ClaimView, old: ClaimView) -> str:
    return "same" if new.source_id is not None and new.source_id == old.source_id else "different"


def compare(
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    idf: IdfLookup,
) -> dict[str, str]:
    """The level of every comparison for a pair of figures that is not blocked."""
    levels = {
        "measure": compare_measure(new, new_figure, old, old_figure, idf),
        "subject": compare_subject(new, new_figure, old, old_figure),
        "story": compare_story(new, old, idf),
        "time": compare_time(new, old),
        "value": compare_value(new_figure, old_figure),
        "lexical": compare_lexical(new, old, idf),
        "change": "signalled" if slots.has_change_signal(new.text, new.language) else "none",
        "claimant": compare_claimant(new, old),
        "source": compare_source(new, old),
    }
    return levels
