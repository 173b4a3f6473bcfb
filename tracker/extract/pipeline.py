"""Article text in, claim drafts out: sentences -> attribution -> figures -> polarity -> time.

The headline is read as a claim too ("Mindestens fünf Tote bei Angriff auf ..."): stated at
the article's time, by the outlet unless it names a speaker ("Selenskyj: 26 Länder ...").
Its draft has ``headline=True`` and spans into the title; an article whose text opens with
its own headline gets no second claim of it.

Pure functions, no database. The ingest service stores the drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from tracker.extract.attribution import Attribution, attribute_sentences
from tracker.extract.changes import denied_values, previous_values
from tracker.extract.dates import stated_time
from tracker.extract.figures import FigureMention, find_figures
from tracker.extract.polarity import is_negated
from tracker.extract.sentences import Sentence, split_sentences

EXTRACTOR_VERSION = "claims-2"


@dataclass
class ClaimDraft:
    """A claim found in an article; spans are offsets into the article text."""

    sentence: Sentence
    attribution: Attribution
    figures: list[FigureMention] = field(default_factory=list)
    negated: bool = False
    stated_at: dt.datetime | None = None
    previous: set[int] = field(default_factory=set)  # figures naming an earlier value
    external_id: str | None = None  # the record id of a claim from a collection
    headline: bool = False  # a claim of the article's title: spans are offsets into the title

    @property
    def text(self) -> str:
        return self.sentence.text


def extraction_language(language: str | None) -> str:
    """The rules to use: German or English; anything else is read with English rules."""
    return language if language in ("de", "en") else "en"


def is_claim(sentence: Sentence, attribution: Attribution, figures: list[FigureMention]) -> bool:
    """A sentence is a claim when it carries a figure, a direct quote or an attribution."""
    return bool(figures) or attribution.has_quote or attribution.attribution != "author"


_FOLD_RE = re.compile(r"[\W_]+")


def _folded(text: str) -> str:
    return _FOLD_RE.sub("", text.casefold())


def headline_sentence(title: str | None, text: str) -> Sentence | None:
    """The title as a sentence to read claims from (index and paragraph -1, offsets into the
    title), or None when there is none or the text opens with it already."""
    stripped = (title or "").strip()
    if not stripped:
        return None
    head = _folded(stripped)
    if head and _folded(text[: len(stripped) + 40]).startswith(head[: max(12, len(head) - 4)]):
        return None  # the text repeats its headline as its first sentence
    start = (title or "").index(stripped)
    return Sentence(text=stripped, start=start, end=start + len(stripped), index=-1, paragraph=-1)


def extract_claims(
    text: str,
    language: str | None,
    *,
    title: str | None = None,
    published_at: dt.datetime | None = None,
) -> list[ClaimDraft]:
    lang = extraction_language(language)
    sentences = split_sentences(text, lang)
    head = headline_sentence(title, text)
    read = [head, *sentences] if head is not None else sentences
    attributions = attribute_sentences(read, lang, title=title)
    drafts: list[ClaimDraft] = []
    previous_sentence: str | None = None
    for sentence, attribution in zip(read, attributions, strict=True):
        headline = sentence is head
        # The sentence before can name what a bare number counts ("Elf von ihnen").
        found = find_figures(sentence.text, lang, context=None if headline else previous_sentence)
        if not headline:
            # the two sentences before (a bare "Das teilte X mit." may stand between)
            previous_sentence = " ".join(
                t for t in (previous_sentence and previous_sentence[-300:], sentence.text) if t
            )
        earlier = previous_values(sentence.text, found, lang)
        denied = denied_values(sentence.text, found, lang)
        figures = [
            replace(
                f,
                start=f.start + sentence.start,
                end=f.end + sentence.start,
                negated=f.negated or index in denied,
            )
            for index, f in enumerate(found)
        ]
        if not is_claim(sentence, attribution, figures):
            continue
        drafts.append(
            ClaimDraft(
                sentence=sentence,
                attribution=attribution,
                figures=figures,
                negated=is_negated(sentence.text, lang),
                stated_at=published_at
                if headline
                else stated_time(sentence.text, lang, published_at),
                previous=earlier,
                headline=headline,
            )
        )
    return drafts


def claim_from_record(
    text: str,
    language: str | None,
    *,
    claimant: str | None = None,
    claimant_kind: str | None = None,
    published_at: dt.datetime | None = None,
    external_id: str | None = None,
) -> ClaimDraft:
    """A record of a claim collection is one claim, verbatim: its figures and, unless
    the record names one, its claimant are still extracted from the text."""
    lang = extraction_language(language)
    sentence = Sentence(text=text, start=0, end=len(text), index=0, paragraph=0)
    if claimant:
        attribution = Attribution(
            claimant=claimant,
            claimant_kind=claimant_kind or "unknown",
            attribution="reported",
            via=None,
            has_quote=False,
            attribution_cue=None,
        )
    else:
        attribution = attribute_sentences([sentence], lang)[0]
    found = find_figures(text, lang)
    denied = denied_values(text, found, lang)
    found = [replace(f, negated=f.negated or i in denied) for i, f in enumerate(found)]
    return ClaimDraft(
        sentence=sentence,
        attribution=attribution,
        figures=found,
        negated=is_negated(text, lang),
        stated_at=stated_time(text, lang, published_at),
        previous=previous_values(text, found, lang),
        external_id=external_id,
    )
