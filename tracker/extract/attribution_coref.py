"""Coreference for attribution: pronouns and generic organisation nouns to who they name.

- A pronoun (er/sie/he/she/they/it) is the nearest fitting person named before it in its own
  sentence ("Betriebsratschefin Hollerath rechnet ...: „...“, sagte sie"), else the most recent
  fitting speaker (three sentences back), else the most recent fitting mention (five).
  Gender comes from roles, given names and articles; German "sie" is plural with a plural verb.
  With no person who fits, "er"/"sie"/"it" is the organisation that spoke or that a recent
  sentence was about ("Die Firma X ... Nach eigenen Angaben beschäftigt sie ...").
- A generic organisation noun ("das Unternehmen", "eine Sprecherin des Unternehmens", "die
  Behörde", "the company", "the operator", "a company spokeswoman") is the organisation of that
  type named earlier in the article, when exactly one was (see
  ``attribution_people.learn_organisations``); with none or several it stays as written.
  The nouns and their types are the ``generic_orgs.*`` lists of ``lexicon/attribution.tsv``.
"""

from __future__ import annotations

from tracker.extract.attribution_clauses import ParsedSentence
from tracker.extract.attribution_lexicon import (
    ADJ_RE,
    DETERMINERS,
    EN_MODIFIERS,
    GENERIC_ORGS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
)
from tracker.extract.attribution_speakers import NO_SPEAKER, ArticleState, Speaker
from tracker.extract.attribution_words import Token, role_info
from tracker.lexicon import fold_name

_SPOKES_SUFFIXES = ("sprecherin", "sprecher")
# pronouns that may stand for an organisation ("die Firma ... sie", "der Konzern ... er",
# "the company ... it"); German "es" is mostly expletive ("es heißt") and never resolves
_ORG_PRONOUNS = frozenset(("it", "sie", "er"))
_CLAUSE_OPENERS = frozenset(
    "when after before since although als nachdem bevor seit obwohl".split()
)


def _named_unknown(sp: Speaker) -> bool:
    """A name of unknown kind that may be a person: a surname only ("Sertell"), or two or
    three capitalised words with an unknown given name ("Aksel Svindal")."""
    if sp.kind != "unknown" or not sp.name or sp.plural or sp.outlet:
        return False
    words = sp.name.split()
    return len(words) == 1 or (
        len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def mentions(
    article: ArticleState, s: ParsedSentence, idx: int, touch: bool = True
) -> list[tuple[int, Speaker]]:
    """Registered people a sentence names, with the token index of the first mention.

    ``touch`` marks them as seen in sentence ``idx`` (name lookups prefer recent people)."""
    out: list[tuple[int, Speaker]] = []
    seen: set[str] = set()
    for k, t in enumerate(s.tokens):
        if not t.cap:
            continue
        persons = article.registry.by_surname.get(fold_name(t.text))
        if not persons:
            continue
        person = persons[0]
        if len(persons) > 1:
            nxt = fold_name(s.tokens[k + 1].text) if k + 1 < len(s.tokens) else ""
            person = next(
                (p for p in persons if nxt and nxt in fold_name(p.name).split()),
                max(persons, key=lambda p: p.last_seen),
            )
        if person.name in seen:
            continue
        seen.add(person.name)
        if touch:
            person.last_seen = idx
        out.append((k, Speaker(person.name, "person", True, gender=person.gender)))
    return out


def _leads_subject(tok: Token, lang: str) -> bool:
    """A word that may stand before the person opening a sentence: "Auch", "Die deutsche
    Kanzlerin", "Former Mayor" (never a verb, a preposition or a conjunction)."""
    if not tok.word or tok.low in PREPOSITIONS or tok.low in SUBORDINATORS[lang]:
        return False
    if tok.cap or tok.low in DETERMINERS or role_info(tok, lang) is not None:
        return True
    if lang == "en":
        return tok.low in EN_MODIFIERS
    return ADJ_RE.match(tok.low) is not None


def _attached(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether the person named at tokens[k] hangs off something else: "unter Minister Jan
    Roth", "der Auftritt der Bayern", "the deputy of John Smith"."""
    j = k - 1
    while (
        j >= 0
        and tokens[j].word
        and (
            role_info(tokens[j], lang) is not None
            or not tokens[j].cap
            and (ADJ_RE.match(tokens[j].low) is not None or tokens[j].low in EN_MODIFIERS)
        )
    ):
        j -= 1
    if j < 0:
        return False
    t = tokens[j]
    if t.low in PREPOSITIONS or t.low in ("des", "of"):
        return True
    return t.low in ("der", "dem", "den") and j > 0 and tokens[j - 1].cap and tokens[j - 1].word


def same_sentence_antecedents(
    s: ParsedSentence, named: list[tuple[int, Speaker]], cue_at: int, pronoun: str, lang: str
) -> list[tuple[Speaker, bool]]:
    """People named in the pronoun's own sentence who may be its antecedent, best first,
    each with whether it is the subject that opens the sentence.

    The subject that opens the sentence ("Bundespräsident Heinz Fischer findet ..., er
    mahnt"; "Betriebsratschefin Hollerath rechnet ...: „...“, sagte sie") comes first, then a
    person named before the reported content starts (a colon or an opening quote), nearest
    first; never one named in the content itself ("...: Die Ukraine sei Trump egal, sagte er")
    or hanging off a preposition or a noun ("unter Sebastian Kurz", "Auftritt der Bayern")."""
    tokens = s.tokens
    near = [k for k, t in enumerate(tokens) if t.low == pronoun]
    if not near:
        return []
    at = min(near, key=lambda k: abs(k - cue_at))
    quote_starts = {q.start for q in s.long_spans}
    opening = max(
        (k for k in range(at) if tokens[k].text == ":" or tokens[k].start in quote_starts),
        default=-1,
    )
    subjects: list[tuple[Speaker, bool]] = []
    others: list[tuple[Speaker, bool]] = []
    for k, sp in named:
        if k >= at:
            break
        if k <= 5 and all(_leads_subject(t, lang) for t in tokens[:k]):
            subjects.append((sp, True))
        elif k < opening and not _attached(tokens, k, lang):
            others.append((sp, False))
        elif (
            opening < 0
            and any(t.text == "," for t in tokens[k:at])
            and tokens[0].low in SUBORDINATORS[lang] | _CLAUSE_OPENERS
        ):
            # "When President Biden took office, he vowed ...": the person of a clause
            # that opens the sentence
            others.append((sp, False))
    return subjects + others[::-1]


def resolve_pronoun(
    article: ArticleState,
    pronoun: str,
    verb: str | None,
    idx: int,
    before: list[tuple[Speaker, bool]],
) -> Speaker:
    """The speaker a pronoun subject refers to; ``before`` are the antecedents its own
    sentence offers (see ``same_sentence_antecedents``)."""
    gender, plural = PRONOUNS[pronoun]
    if pronoun == "sie" and article.lang == "de" and verb is None:
        # no verb tells the number ("nach ihren Angaben"): one first, then several
        for number_verb in ("ist", "sind"):
            found = resolve_pronoun(article, pronoun, number_verb, idx, before)
            if found.name:
                return found
        return NO_SPEAKER
    if pronoun == "sie" and article.lang == "de":
        plural = bool(verb and verb.endswith(("ten", "en", "ern")) and verb != "ben")
        gender = None if plural else "f"
    if pronoun in ("es", "it") and article.lang == "de":
        return NO_SPEAKER
    if not plural and pronoun != "it":
        for sp, _subject in before:
            if gender is None or sp.gender in (gender, None):
                return sp
    # an organisation of unknown grammatical gender for "er"/"sie": only when no person fits
    organisation: Speaker | None = None
    for speakers_only, depth in ((True, 3), (False, 5)):
        for s_idx, sp, was_speaker in reversed(article.salience):
            if idx - s_idx > depth:
                break
            if speakers_only and not was_speaker:
                continue
            if plural:
                if sp.plural:
                    return sp
                continue
            if sp.plural:
                continue
            if sp.kind == "person" or (was_speaker and _named_unknown(sp)):
                # a person, or a single name that spoke ("Sertell said ...")
                if pronoun in ("it",):
                    continue
                if gender is None or sp.gender in (None, gender):
                    return sp
            elif sp.kind == "institution":
                if pronoun == "it" or (sp.gender is not None and sp.gender == gender):
                    return sp
                if sp.gender is None and organisation is None and pronoun in _ORG_PRONOUNS:
                    organisation = sp
    if organisation is not None:
        return organisation
    if pronoun in ("he", "she"):
        for s_idx, name in reversed(article.subjects):
            # "Zelensky spoke in Kyiv. He added ...": a single name of unknown kind that a
            # recent sentence was about, when no person fits (an organisation is no "he")
            if s_idx < idx and idx - s_idx <= 2 and " " not in name and not article.orgs.get(name):
                return Speaker(name, "person", True, gender=gender)
    if not plural and pronoun in _ORG_PRONOUNS:
        for s_idx, name in reversed(article.subjects):
            # "Acme filed for bankruptcy. It said ...", "Die Firma Acme ... Nach eigenen
            # Angaben beschäftigt sie ...": the organisation a recent sentence was about
            if s_idx <= idx and idx - s_idx <= 3:
                return Speaker(name, "institution", True)
    return NO_SPEAKER


def generic_kind(name: str) -> str | None:
    """The organisation type a generic noun names ("Unternehmen", "the operator",
    "Unternehmenssprecher", "local authority"), else None."""
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[:-1]):
        return None  # "Wrenhallow District Council": a name, not a noun
    low = words[-1].lower()
    if low.endswith(_SPOKES_SUFFIXES) and low not in _SPOKES_SUFFIXES:
        low = low.removesuffix("in").removesuffix("sprecher").removesuffix("s")
    return GENERIC_ORGS.get(low)


def resolve_organisation(article: ArticleState, speaker: Speaker, idx: int) -> Speaker:
    """The one organisation of a generic noun's type named up to sentence ``idx``, or the
    speaker unchanged."""
    if speaker.kind != "institution" or not speaker.name or speaker.outlet or speaker.plural:
        return speaker
    kind = generic_kind(speaker.name)
    if kind is None:
        return speaker
    org = article.orgs.only(kind, idx)
    if org is not None:
        return Speaker(org.name, "institution", True, gender=None, via=speaker.via)
    if any(o.kind == kind and o.first <= idx for o in article.orgs.items):
        return speaker  # several of the type: the noun stays as written
    for s_idx, sp, was_speaker in reversed(article.salience):
        # "Nach Angaben der Beobachtungsstelle ... Wie die Organisation mitteilte": the
        # organisation that spoke in one of the two sentences before
        if idx - s_idx > 2:
            break
        if s_idx < idx and was_speaker and sp.kind == "institution" and sp.name:
            if not (sp.place or sp.outlet or sp.plural or generic_kind(sp.name)):
                return Speaker(sp.name, "institution", True, via=speaker.via)
    for s_idx, name in reversed(article.subjects):
        # "Ryanair cancelled 50 flights. The airline said ...": the organisation a recent
        # sentence was about
        if s_idx <= idx and idx - s_idx <= 3:
            return Speaker(name, "institution", True, via=speaker.via)
    return speaker
