"""The cue table of attribution: every verb and phrase that says who makes a claim.

The cues are package data in ``tracker/lexicon/``: one row per verb in
``attribution_verbs.tsv``, one per phrase in ``attribution_phrases.tsv``; this module reads
them (once, at import) into ``VERB_CUES`` and ``PHRASE_CUES`` and builds the lookup tables of
:mod:`tracker.extract.attribution_clauses`. Every cue has an example in
``attribution_examples.tsv`` with the claimant (and relay) it must give;
``tests/test_attribution_cues.py`` runs every example through the whole attribution pass.
To teach tracker a new cue, add a row to a table and an example.

Verb rows (``VerbCue``): the lemma, its finite forms (German weak verbs by their stem: "sag"
gives sagt, sagte, sagten, sagen), the particle that closes the clause of a separable verb
("teilte ... mit"), the verb-final forms of subordinate clauses ("wie die Polizei
mitteilte"), the participles ("hat ... mitgeteilt"), and the present plural forms that are
also infinitives (a cue only with a plural subject: "Die Stadtwerke sagen" / "nichts
sagen"). A weak verb (``strong=False``: forderte, kritisierte, urged) counts only with a
speaker that is a known person or an institution; a frame verb (``frame``: scherzte, strahlte,
freute sich) only closing a statement (", scherzte Reichelt.") or before a colon ("Hofer
strahlte: ...").

Phrase rows (``PhraseCue``): a regular expression over the sentence (quotations blanked) and
where its speaker stands:

``after``     the noun phrase after the cue: "laut Polizei", "according to the ministry"
``before``    the noun phrase before it: "dem Bericht zufolge", "Ökonom Hans Brandt zufolge"
``subject``   the sentence's own subject: "hat die FPÖ nach eigenen Angaben investiert",
              "nach ihren Schätzungen", "by its own count"
``main_subject`` the first noun phrase of the main clause, or nobody: "The NRA opposed the
              bill, arguing that ..."
``cited``     the one a passive "zitiert" cites, the outlet citing as relay: "wird X vom
              Portal Y zitiert"
``quoted``    the object of an active "zitiert", the subject as relay: "zitiert die Zeitung den
              Beamten X", "Die Agentur Tass zitierte Peskow mit den Worten"
``compound``  the first part of a compound: "nach Polizeiangaben" -> Polizei
``previous``  whoever the previous sentence attributes: "Demnach wurden ...", "Dem
              zufolge", "That's according to ..."
``so``        German "so" + speaker after a statement: "Die Lage sei ernst, so Ott"
``heisst``    "heißt es aus/von/in X" (an institution), else nobody named
``side``      a national adjective names a side: "nach ukrainischen Angaben" -> ukrainische
              Seite

``relay="subject"`` makes the sentence's subject the relay ("Wie die Bild-Zeitung unter
Berufung auf Regierungskreise berichtet": claimant Regierungskreise, via Bild).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker import lexicon

__all__ = [
    "CUES",
    "DE_FINITE",
    "PHRASE_CUES",
    "TRANSITIVE",
    "VERB_CUES",
    "Cue",
    "Example",
    "PhraseCue",
    "VerbCue",
    "examples",
    "phrase_regex",
]


@dataclass(frozen=True)
class Example:
    """An article text whose last sentence the cue attributes to ``claimant`` (via ``via``)."""

    text: str
    claimant: str | None
    via: str | None = None


@dataclass(frozen=True)
class VerbCue:
    label: str
    lang: str
    stems: tuple[str, ...] = ()  # German weak verbs: finite forms from the stem
    forms: tuple[str, ...] = ()  # other finite forms
    particles: tuple[str, ...] = ()  # a separable verb's particle closing the clause
    final: tuple[str, ...] = ()  # verb-final forms: "mitteilte", "ankündigte"
    participles: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()  # present plurals that are also infinitives
    plural_final: tuple[str, ...] = ()
    strong: bool = True
    strong_participle: bool | None = None  # when the participle differs ("geschätzt")
    transitive: bool = False  # a bare noun after it is its object ("meldet Tote")
    frame: bool = False  # a cue only as a frame: ", scherzte Reichelt." / "Hofer strahlte: ..."


@dataclass(frozen=True)
class PhraseCue:
    name: str
    lang: str
    pattern: str  # a regex on the masked sentence; the group "cue" is the cue itself
    speaker: str  # after | before | subject | main_subject | compound | previous | so | heisst
    # | cited | quoted
    relay: str | None = None  # "subject": the sentence's subject relays the claim


def _words(cell: str) -> tuple[str, ...]:
    return tuple(cell.split())


def _verb_cue(row: tuple[str, ...]) -> VerbCue:
    lang, label, flags, stems, forms, particles, final, participles, plural, plural_final = row
    flag_set = set(flags.split())
    return VerbCue(
        label,
        lang,
        stems=_words(stems),
        forms=_words(forms),
        particles=_words(particles),
        final=_words(final),
        participles=_words(participles),
        plural=_words(plural),
        plural_final=_words(plural_final),
        strong="weak" not in flag_set,
        strong_participle=False if "weak-participle" in flag_set else None,
        transitive="transitive" in flag_set,
        frame="frame" in flag_set,
    )


VERB_CUES: tuple[VerbCue, ...] = tuple(
    _verb_cue(row) for row in lexicon.rows("attribution_verbs", 10)
)
PHRASE_CUES: tuple[PhraseCue, ...] = tuple(
    PhraseCue(name, lang, pattern, speaker, relay or None)
    for lang, name, speaker, relay, pattern in lexicon.patterns("attribution_phrases", 5)
)


def examples() -> list[tuple[str, str, str, Example]]:
    """Every example of ``attribution_examples.tsv``: ``(kind, lang, cue, example)``, kind
    ``verb`` (cue: a verb's label) or ``phrase`` (cue: a phrase cue's name)."""
    return [
        (kind, lang, cue, Example(text, claimant or None, via or None))
        for kind, lang, cue, text, claimant, via in lexicon.rows("attribution_examples", 6)
    ]


@cache
def phrase_regex(lang: str) -> list[tuple[PhraseCue, re.Pattern[str]]]:
    """The phrase cues of a language with their compiled regexes (in table order),
    compiled on the language's first use (one German article compiles no English one)."""
    if lang not in ("de", "en"):
        raise KeyError(lang)
    return [(row, re.compile(row.pattern)) for row in PHRASE_CUES if row.lang == lang]


# ------------------------------------------------------------------ verb lookup tables


@dataclass(frozen=True)
class Cue:
    """What one verb form says: its lemma, the particles its clause must end in, strength,
    the form (finite | final | participle), and whether it is also an infinitive."""

    label: str
    particles: tuple[str, ...] = ()
    strong: bool = True
    kind: str = "finite"  # finite | final | participle
    plural: bool = False  # also the infinitive: a cue only with a plural subject
    frame: bool = False  # only closing a statement or before a colon (VerbCue.frame)


def _de_forms(stem: str) -> tuple[str, ...]:
    """Finite past and present forms of a weak German verb stem (sag -> sagte, sagten, sagt,
    sagen; bericht -> berichtete, berichteten, berichtet, berichten)."""
    if stem.endswith(("er", "el")) and not stem.endswith("ier"):
        return (stem + "te", stem + "ten", stem + "t", stem + "n")
    if stem[-1] in "td" or stem.endswith(("chn", "ffn", "gn")):
        return (stem + "ete", stem + "eten", stem + "et", stem + "en")
    return (stem + "te", stem + "ten", stem + "t", stem + "en")


# infinitives and homographs that are no finite cue ("meinen Sohn", "nichts sagen"); the
# plural rows put some back as cues with a plural subject
_NOT_FINITE = frozenset("meinen sagen melden berichten fragen loben posten zählen".split())

DE_FINITE: set[str] = set()  # finite forms, to tell "erklärt" (both) from "gesagt"


def _build() -> dict[str, dict[str, Cue]]:
    de: dict[str, Cue] = {}
    rows = [r for r in VERB_CUES if r.lang == "de"]
    for row in sorted(rows, key=lambda r: r.strong):  # weak first: strong forms win
        for stem in row.stems:
            for form in _de_forms(stem):
                de[form] = Cue(row.label, row.particles, row.strong, frame=row.frame)
        for form in row.forms:
            de[form] = Cue(row.label, row.particles, row.strong, frame=row.frame)
    DE_FINITE.update(de)
    for row in rows:
        for form in row.final:
            de[form] = Cue(row.label, (), True, "final")
        strong = row.strong if row.strong_participle is None else row.strong_participle
        for form in row.participles:
            de[form] = Cue(row.label, (), strong, "participle")
    for bad in _NOT_FINITE:
        de.pop(bad, None)
    for row in rows:
        for form in row.plural:
            de[form] = Cue(row.label, (), row.strong, plural=True)
        for form in row.plural_final:
            de[form] = Cue(row.label, (), True, "final", plural=True)
    en: dict[str, Cue] = {}
    for row in VERB_CUES:
        if row.lang != "en":
            continue
        for form in row.forms:
            particles = ("out",) if form == "pointed" else ()
            label = "pointed out" if form == "pointed" else form
            en[form] = Cue(label, particles, row.strong)
    return {"de": de, "en": en}


CUES = _build()
# verbs whose object may follow them: a bare noun after them is no speaker
TRANSITIVE = frozenset(r.label for r in VERB_CUES if r.transitive)
