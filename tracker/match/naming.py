"""Fact names people recognise: what is measured and about whom, in the claims' words.

A fact is named after its most representative claim, in the language most of its
claims use: the measure (the counted noun with its predicate, "Menschen getötet",
"Flüge gestrichen", "people killed", from the figure's own stretch of that sentence),
then the places and names it is about that the phrase does not already say (from the
sentence, else from the fact's other claims (a name only one of them says when a
headline says it too), else a place two of its sentences or headlines say bare after
"in" ("in Stade"), else the article's headline, else the incident its sentence or
headline names, else the headlines of the fact's other articles), then the day it was
first stated: "Menschen getötet, Saporischschja, 11 Aug 2026". A name with neither a
place nor an incident gets the incident its sentence or headline names ("Verdächtige
festgenommen, Kronjuwelen-Diebstahl im Pariser Louvre"); among claims, one whose phrase
names the incident ("Verdächtige nach Louvre-Diebstahl festgenommen") comes first. One
place is enough: no "Großbritannien" after "in London". An outlet or platform something
was said on ("auf Telegram") is no subject.

A name holds no number (neither the fact's value nor another figure's), no weekday, no
pronoun or auxiliary verb, and not who said it ("nach Angaben von", "officials said"):
a name says what a fact measures, not one claim's sentence. A figure that is an age
("89 Jahre alt", "18-year-old") measures "Alter" / "age". The machine key (unit and
lemmas) is kept apart (``Fact.key``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tracker import lexicon
from tracker.extract.numbers import parse_de_words, parse_en_words, scale_value
from tracker.lexicon.vocabulary import find_places
from tracker.match import slots
from tracker.normalise import fold, is_geographic, is_place, is_time_word

NAME_WORDS = 8
NAME_NAMES = 2  # names of places, people, organisations in a name
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
    title: str = ""  # the article's headline
    title_names: tuple[str, ...] = ()  # places and names of the headline (as written)
    claimant: str | None = None  # who makes the claim: not what the fact is about


# Words that carry no measure and no subject: pronouns, auxiliary and modal verbs,
# "there is" ("es gab", "es gibt"). Dropped wherever they stand in a name.
_FILLER = frozenset(
    """
    wo where which who whom that
    er sie es wir ich ihr du man sich ihm ihn ihnen uns dies diese dieser dieses
    he she it they we i you him her them us this these those there their its his our
    ist sind war waren wurde wurden worden sei seien wäre wären habe haben hat hatte hatten
    hätten soll sollen sollte sollten werde werden wird würde würden kann können könnte
    könnten muss müssen musste mussten dürfte dürften gab gibt gebe gäbe
    is are was were been be being has have had will would could should can may might must
    also auch zudem ebenfalls sogar nur noch bereits nun jetzt derzeit inzwischen mittlerweile
    allerdings jedoch demnach dabei damit insgesamt jeweils allein rund etwa
    """.split()
)
# Who says it is not what is said: "nach Angaben der Polizei", "laut Behörden",
# "Regierungsangaben", "said", "according".
_ATTRIBUTION = re.compile(
    r"^(?:\w*angaben|angaben|laut|zufolge|according|said|says|say|told|tells|sagte|sagten|"
    r"sagt|teilte|teilten|mitteilte|mitteilten|erklärte|erklärten|berichtete|berichteten|"
    r"schrieb|meldete|meldeten|reported|reports|announced|stated|claimed|nannte|nannten|"
    r"bezifferte|bezifferten|sprach|sprachen|spricht|sprechen|gesprochen|genannt|hieß|heißt|"
    r"Rede)$",
    re.I,
)
_AGE = re.compile(
    r"(?:-?jährig\w*|\bJahre\s+alt\b|\bJahren?\b(?=[^.;:]{0,30}\b(?:gestorben|verstorben|"
    r"starb)\b)|\bim\s+Alter\b|year-old|\byears?\s+old\b|\baged?\b)",
    re.I,
)
_NUMBER_PREFIX = re.compile(r"^[\d.,]+-")
_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "a", "an"})


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _is_number(word: str) -> bool:
    """A number as digits or a number word ("zwölf", "twenty-six", "Millionen"); a year
    ("2026") is not one: it says when, as a month does."""
    if _YEAR.match(word):
        return False
    if any(ch.isdigit() for ch in word):
        return True
    folded = word.casefold()
    if folded in _ARTICLES:
        return False
    for part in folded.split("-"):
        if scale_value(part, "de") is not None or scale_value(part, "en") is not None:
            return True
        if parse_de_words(part) is not None or parse_en_words(part) is not None:
            return True
    return False


def _unnumbered(word: str) -> str:
    """A word without the number glued to it: "1.000-Euro" -> "Euro", "60-vote" ->
    "vote"; a number word alone -> ""."""
    word = _NUMBER_PREFIX.sub("", word)
    parts = word.split("-")
    while parts and _is_number(parts[0]):
        parts = parts[1:]
    return "-".join(parts)


def _words(text: str) -> list[str]:
    """The words of ``text`` without glued numbers; a preposition before a number goes
    with it ("ist von 49 Euro auf 58 gestiegen" -> "ist gestiegen")."""
    found = _WORD.findall(text)
    kept = []
    for i, word in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else ""
        if nxt and _PREPOSITION.match(word) and _is_number(nxt):
            continue
        # a number stays (it cuts the phrase where another figure begins) until _clean
        kept.append(_unnumbered(word) or word)
    return kept


_SPEECH = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen|gesprochen|spoke|speaks|spoken|talked)\b"
)
_PREPOSITION = re.compile(r"^(?:auf|um|von|bei|über|unter|mit|to|by|from|of|at|for)$", re.I)
# Who said it, as a phrase: "nach Angaben der örtlichen Behörden", "laut Polizei",
# "unter Berufung auf vorläufige Zahlen", "according to the Interior Ministry".
_ATTRIBUTION_SPAN = re.compile(
    r"\b(?:nach|laut)\s+(?:[\w-]+\s+){0,2}?[\w-]*[Aa]ngaben"
    r"(?:\s+(?:von|des|der|aus|dem)(?:\s+(?:[A-ZÄÖÜ][\w-]*|der|des|dem|örtlichen))+)?"
    r"|\bunter\s+Berufung\s+auf\s+(?:[\w-]+\s+){0,2}[\w-]+"
    r"|\b(?:den|der|dem)\s+[\w-]+\s+zufolge\b"
    r"|\blaut\s+(?:de[mnrs]\s+|die\s+)?(?:[\w-]+\s+)?[A-ZÄÖÜ][\w-]*"
    r"|\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+",
)


def _unattributed(text: str) -> str:
    return _ATTRIBUTION_SPAN.sub(" ", text)


def _after_last_number(words: list[str]) -> list[str]:
    """The words before a figure that still belong to it: after any other number there
    (and the joining word that follows it)."""
    for i in range(len(words) - 1, -1, -1):
        if _is_number(words[i]):
            rest = words[i + 1 :]
            joins = [j for j, w in enumerate(rest) if _JOINING.match(w)]
            return rest[joins[-1] + 1 :] if joins else rest
    return words


def _before_first_number(words: list[str]) -> list[str]:
    """The words after a figure that still belong to it: up to another number ("getötet
    und fast 100 weitere verletzt" -> "getötet"), cut at the joining word before it."""
    for i, word in enumerate(words):
        if _is_number(word):
            before = words[:i]
            joins = [j for j, w in enumerate(before) if _JOINING.match(w)]
            before = before[: joins[-1]] if joins else before
            if before or not joins:
                return before
            # "[19 children] and two adults were killed": the predicate both share
            rest = words[i + 1 :]
            if rest and (rest[0][:1].isupper() or not rest[0].endswith(("ed", "en", "t"))):
                rest = rest[1:]
            return _before_first_number(rest)
    return words


_JOINING = re.compile(r"^(?:und|sowie|oder|and|or|plus|bis|to|von|from)$", re.I)
_BEFORE_TIME = re.compile(r"^(?:am|an|on|at|seit|since|vom|ab|bis|by|this|diesen|letzten)$", re.I)


def _clean(words: list[str], claimant: frozenset[str]) -> list[str]:
    """Words of a name: no filler, no attribution (and the speaker it names), no
    weekday (nor the preposition before it), no number."""
    kept: list[str] = []
    for i, word in enumerate(words):
        folded = fold(word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            # a filler word, not a noun written like one ("Waren und Dienstleistungen")
            (word.casefold() in _FILLER and (word.islower() or i == 0))
            or _ATTRIBUTION.match(word)
            or folded in claimant
            or _is_number(word)
            or (is_time_word(folded) and not _MONTH.match(folded))
            or (_BEFORE_TIME.match(word) and nxt and is_time_word(fold(nxt)))
        ):
            continue
        kept.append(word)
    return kept


_MONTH = re.compile(
    r"^(?:januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|january|february|march|june|july|october|december)$"
)


def _until_attribution(words: list[str]) -> list[str]:
    """A phrase ends where who said it begins ("teachers Mayor Ellen Park said",
    "Menschen getötet, wie die Polizei mitteilte")."""
    for i, word in enumerate(words):
        if i and (_ATTRIBUTION.match(word) or word.casefold() in {"wie", "as", "so"}):
            cut = i
            # the speaker's name just before the verb ("Mayor Ellen Park said")
            while cut > 1 and words[cut - 1][:1].isupper() and words[cut - 1] not in words[:1]:
                cut -= 1
            return words[:cut]
    return words


def measure_phrase(
    text: str, start: int, end: int, language: str = "", claimant: str | None = None
) -> str:
    """What the figure at ``start:end`` measures, in its sentence's words: the counted
    noun with its predicate ("Menschen getötet", "people killed"), or for a sum, a share
    or a measure ("12 Millionen Euro", "41,3 Grad") the words that say of what; no
    number, filler, weekday or attribution; at most a few words."""
    speaker = frozenset(fold(w) for w in _WORD.findall(claimant or ""))
    part = slots.stretch(text, start, end, [])
    figure = text[start:end]
    said_before = _words(_unattributed(text[part.start : start]))
    if _JOINING.match(_WORD.findall(figure)[:1][0] if _WORD.findall(figure) else ""):
        # "62 [bis 64 Euro]": the range's first number belongs to the figure
        while said_before and _is_number(said_before[-1]):
            said_before = said_before[:-1]
    before = _after_last_number(said_before)
    whole_clause = len(before) == len(said_before)
    after = _until_subordinate(
        _until_attribution(_before_first_number(_words(_unattributed(text[end : part.end]))))
    )
    head = _trim_end(_clean(before, speaker))[-4:]
    clause = text[part.start : part.end]
    speech = _SPEECH.search(clause)
    if speech and re.search(r"\b(?:von|of)\s*$", text[part.start : start]):
        # "der Koordinator sprach von [50.000 Vermissten]", "hatte von ... gesprochen": the
        # words before "von" name who speaks; only what stands before the verb says more
        head = (
            _trim_end(_clean(_words(_unattributed(clause[: speech.start()])), speaker))[-4:]
            if part.start + speech.start() < start
            else []
        )
    if (
        len(after) > 1
        and after[0].casefold() in _CLAUSE_VERBS
        and after[1].casefold() in _SUBJECT_DET
    ):
        # "mit sechs Toten und [mehr als 300 Verletzten] ist der Prozess ... eröffnet
        # worden": the verb after the figure has a subject of its own, so what follows is
        # not said of the figure
        after = []
    tail = _clean(after, speaker)
    words_figure = [w for w in _words(figure) if not _is_number(w)]
    german = language == "de" or (not language and bool(re.search(r"[äöüß]", text)))
    # the figure's own counted noun, when it says what is counted ("zwei ... [Männer] im
    # Alter von 32 und 35 Jahren" counts men, it gives no age)
    own_noun = [w for w in words_figure if not _LEADING.match(w)][-1:]
    counts_other = bool(own_noun) and not (
        own_noun[0].casefold() in _AGE_WORDS or _AGE.search(own_noun[0])
    )
    if not counts_other and (
        _AGE.search(text[start : min(part.end, end + 30)])
        or _AGE.search(text[part.start : start][-15:])
    ):
        # an age: "der mutmaßliche Täter ist 16 Jahre alt", "Bardot ist mit 91 Jahren gestorben"
        if german:
            said = _whose_age(figure, before, after, whole_clause)
            return " ".join(_tidy(["Alter", *said]))
        rest = [w for w in head + tail if not _AGE.search(w) and w.casefold() not in _AGE_WORDS]
        rest_head = [w for w in head if w.casefold() not in _AGE_WORDS and not _AGE.search(w)]
        said = rest_head[-3:] if rest_head else [w for w in rest if w not in rest_head][:1]
        words = ["age", *said]
        return " ".join(_tidy(words))
    # the counted noun of the figure with its attributes ("14 Menschen" -> "Menschen",
    # "28 toten Geiseln" -> "toten Geiseln"), not its number or approximation words
    counted = [w for w in words_figure if w[:1].isupper() or not _LEADING.match(w)]
    noun = counted[-1:]
    # a time span with a verb after it ("für [zwei Monate] senken", "[drei Stunden]
    # dauerten die Verhandlungen") measures how long something lasts: named, like a sum,
    # by what lasts that long; one with its noun ("[zehn Jahren] Haft", "[drei Tage]
    # Waffenruhe", "[22 Wochen] der Aggression") by that noun
    duration = (
        german
        and bool(noun)
        and bool(_DURATION.match(noun[0]))
        and not (
            tail and (_is_noun(tail[0]) or tail[0].casefold() in _DET or _JOINING.match(tail[0]))
        )
    )
    if noun and not _MEASURE_WORD.match(noun[0]) and not duration:
        attributes = [w for w in counted[:-1] if _is_attribute(w)][-2:]
        words = _dedupe(attributes + noun + tail)
        if len(words) > NAME_WORDS:
            words = _keep_predicate(words, german)
        if len(words) < 2:
            words = head[-2:] + words
        return " ".join(_tidy(_tidy(words)[:NAME_WORDS]))
    # a sum, a share, a measure ("12 Millionen Euro", "41,3 Grad") or a bare number:
    # the noun phrase of what is measured ("die Inflationsrate im Dezember sinkt auf
    # 1,8 Prozent", "einem Ausgabepreis von 135 Dollar")
    if german and text[end : end + 1] == "-" and after and _is_noun(after[0]):
        # "eine steuerfreie [1.000-Euro]-Prämie": the noun the figure is glued to, with
        # the adjectives before it
        glued = "-".join([*noun, after[0]])
        # and the noun before it with what joins them ("die Erderwärmung unter dem
        # wichtigen [1,5-Grad]-Limit"), without verbs or fillers
        nouns = [i for i, w in enumerate(before) if _is_noun(w)]
        lead = before[nouns[-1] :] if nouns and len(before) - nouns[-1] <= 5 else []
        lead = [
            w
            for w in lead
            if _is_noun(w)
            or _is_attribute(w)
            or w.casefold() in _DET
            or w.casefold() in _PREPOSITIONS
        ]
        words = [*lead, glued, *_phrase_tail(tail[1:])]
        return " ".join(_tidy(_tidy(_dedupe(words))[:NAME_WORDS]))
    measured = measured_phrase(before, after, whole_clause, speaker, noun) if german else []
    if measured and duration:
        measured = [*noun, *measured]
    if measured:
        return " ".join(_tidy(_dedupe(measured)[:NAME_WORDS]))
    if (
        len(head) > 1
        and _ESTIMATE.match(head[-1])
        and re.search(r"\b(?:at|auf)\s*$", text[part.start : start])
    ):
        # "the damage put at [15 million euros]", "valued at": how it was said, not what;
        # the noun phrase before says what is measured ("Nordhafen fire damage")
        words = _trim_end(_clean(before, speaker))[:-1][-6:] + tail[:3]
    elif noun:
        words = head + noun + tail[:3]
    else:
        # a bare number ("ist auf 1.700 gestiegen"): the words before say what it counts
        words = head + tail[: NAME_WORDS - len(head)]
    words = _tidy(_dedupe(words))
    if german:
        # no finite verb first ("liegt die Prognose bei ...", "feuerte die Hisbollah")
        while (
            len(words) > 1
            and words[0].islower()
            and not _adjective_at(words, 0)
            and not any(_PARTICIPLE.match(w) for w in words[:2])
        ):
            words = _tidy(words[1:])
        if len(words) == 1 and words[0].islower() and not _PARTICIPLE.match(words[0]):
            words = []  # a verb alone ("Zuletzt stieg sie auf 1.700") says nothing
    return " ".join(_tidy(words[:NAME_WORDS]))


def _is_attribute(word: str) -> bool:
    """An adjective of the counted noun ("toten", "deutsche", "ballistische"), not an
    approximation word ("weitere", "mindestens") nor a number."""
    folded = word.casefold()
    return (
        word.islower()
        and folded not in _NOT_ATTRIBUTES
        and not _LEADING.match(word)
        and not _is_number(word)
        and folded.endswith(("e", "en", "er", "es", "em"))
    )


_NOT_ATTRIBUTES = frozenset(
    """weitere weiteren weiterer neue neuen rund etwa knapp gut mehrere einige
    zusätzliche zusätzlichen insgesamt bislang mindestens über unter jeweils
    those these more other""".split()
)


def _dedupe(words: list[str]) -> list[str]:
    """A word said twice in a name ("Diesel Prozent Prozent") is kept once; short
    function words ("die", "in") may repeat."""
    seen: set[str] = set()
    kept = []
    for word in words:
        folded = word.casefold()
        if folded in seen and (word[:1].isupper() or len(word) > 3) and folded not in _DET:
            continue
        seen.add(folded)
        kept.append(word)
    return kept


def _keep_predicate(words: list[str], german: bool) -> list[str]:
    """A phrase too long for a name keeps its end when that is the predicate
    ("Menschen gelten nach dem schweren Erdbeben in Kolumbien als vermisst" ->
    "Menschen gelten nach dem schweren Erdbeben vermisst")."""
    last = words[-1]
    if not (last.islower() and _PARTICIPLE.match(last)):
        return words
    # first a finite verb after the counted noun ("Menschen gelten ..."), then what
    # does not fit
    second = words[1]
    if (
        german
        and second.islower()
        and not _function(second)
        and not _PARTICIPLE.match(second)
        and not _adjective_at(words, 1)
    ):
        words = [words[0], *words[2:]]
    if len(words) > NAME_WORDS:
        words = _trim_end_words(words[: NAME_WORDS - 1]) + [last]
    return words


_PARTICIPLE = re.compile(r"^(?:ge\w{3,}(?:t|en)|\w+(?:iert|ed)|vermisst|verletzt|getötet)$")

# Word classes for finding the noun phrase of what is measured (German and English).
_DET = frozenset(
    """der die das den dem des ein eine einen einem einer eines the a an its their""".split()
)
_SUBJECT_DET = frozenset({"der", "die", "das", "ein", "eine", "the", "a", "an"})
_GENITIVE = frozenset({"des", "der", "of"})
_PREPOSITIONS = frozenset(
    """in im am an auf aus bei beim für mit nach von vom zu zum zur ums über unter vor gegen
    um durch seit ab bis pro je ohne zwischen innerhalb binnen wegen während trotz
    into on at from for with by about after before since per""".split()
)
_ATTACHING = frozenset(
    """in im am an auf aus für von vom zum zur gegen zwischen innerhalb into on for from
    in""".split()
)
# Capitalised at the start of a sentence, yet no noun.
_NOT_NOUNS = frozenset(
    """auch noch doch aber dabei damit demnach allein nun zudem so wie statt jeder jede
    jedes mehr bis insgesamt allerdings zuletzt heute bislang bisher erst schon dann
    danach davon darunter dafür dagegen deshalb daher hier dort zunächst inzwischen
    umgerechnet immerhin fast knapp rund etwa mindestens nur sogar vorerst täglich
    dass ob weil obwohl whether
    the a an in on at of for this that these those there it he she they we its their
    but and or so as if while after before when since""".split()
)


def _function(word: str) -> bool:
    folded = word.casefold()
    return (
        folded in _DET
        or folded in _PREPOSITIONS
        or folded in _NOT_NOUNS
        or folded in _FILLER
        or bool(_LEADING.match(word))
        or bool(_JOINING.match(word))
        or bool(_ATTRIBUTION.match(word))
    )


def _is_noun(word: str) -> bool:
    return (
        word[:1].isupper()
        and not _function(word)
        and not _MEASURE_WORD.match(word)
        and not _is_number(word)
        and not (is_time_word(fold(word)) and not _MONTH.match(fold(word)))
    )


def _adjective_at(words: list[str], i: int) -> bool:
    """A lowercase word before a noun ("die neue Obergrenze", "russischem Öl")."""
    word = words[i]
    if not word.islower() or _function(word) or _is_number(word):
        return False
    if not word.endswith(_ADJECTIVE_ENDINGS) and not (i and words[i - 1].casefold() in _DET):
        # a finite verb before its object ("Trump kündigt weitere Zölle ... an"), not an
        # adjective: German adjectives before a noun are inflected (-e, -en, -er, -es, -em);
        # after an article any word is one ("the new rules")
        return False
    j = i + 1
    while j < len(words) and words[j].islower() and not _function(words[j]):
        j += 1
    return j < len(words) and j > i and _is_noun(words[j])


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _noun_phrase(words: list[str], i: int) -> int:
    """The end of the noun phrase starting at ``i`` (a determiner, adjectives, nouns,
    then genitives and prepositional attributes: "der Preis des Deutschlandtickets im
    Nahverkehr", "Postversand in die USA"), or ``i`` when none starts there."""
    j = i
    if j < len(words) and words[j].casefold() in _DET:
        j += 1
    while j < len(words) and _adjective_at(words, j):
        j += 1
    if j >= len(words) or not _is_noun(words[j]):
        return i
    while j < len(words) and _is_noun(words[j]):
        j += 1
    while j < len(words):
        k = j
        if [w.casefold() for w in words[k : k + 2]] == ["in", "höhe"]:
            break  # "Zölle in Höhe von ...": the figure's own phrase
        if words[k].casefold() in _GENITIVE or words[k].casefold() in _ATTACHING:
            k += 1
            if k < len(words) and words[k].casefold() in _DET:
                k += 1
            while k < len(words) and _adjective_at(words, k):
                k += 1
            if k < len(words) and _is_noun(words[k]):
                while k < len(words) and _is_noun(words[k]):
                    k += 1
                j = k
                continue
        break
    return j


def _content_words(words: list[str]) -> list[str]:
    while words and (_function(words[0]) or _is_number(words[0])):
        words = words[1:]
    return words


def measured_phrase(
    before: list[str],
    after: list[str],
    whole_clause: bool,
    speaker: frozenset[str],
    unit: list[str] | None = None,
) -> list[str]:
    """The noun phrase of what a sum, share or measure measures, with what the figure's
    clause says of it after the figure: the noun the figure is "von"/"in Höhe von"/"of"
    ("einem Ausgabepreis von 135 Dollar" -> "Ausgabepreis"), else the sentence's subject
    ("Im Dezember sank die Inflationsrate auf 1,8 Prozent" -> "Inflationsrate im
    Dezember"), else a subject after the figure ("mit 41,7 Grad ist ein
    Temperaturhöchstwert für Deutschland gemessen worden"); [] when there is none."""
    words = [w for w in before if fold(w) not in speaker or w.islower()]
    tail = _clean(_until_subordinate(_until_attribution(_before_first_number(after))), speaker)
    tail = _trim_end(tail)
    while tail and _JOINING.match(tail[-1]):
        tail = tail[:-1]
    month = _month_phrase(words)
    # "NOUN von FIGURE", "NOUN in Höhe von FIGURE", "NOUN of FIGURE"
    cut = len(words)
    while cut and words[cut - 1].casefold() in {"rund", "etwa", "knapp", "gut", "über"}:
        cut -= 1
    if cut >= 2 and words[cut - 1].casefold() in {"von", "of"}:
        end = cut - 1
        if end >= 2 and [w.casefold() for w in words[end - 2 : end]] == ["in", "höhe"]:
            end -= 2
        for start in range(max(0, end - 6), end):
            if _THRESHOLD.match(words[end - 1]):
                break  # "überschritt die Marke von [100 Dollar]": what crossed it
            if _noun_phrase(words, start) >= end and _is_noun(words[end - 1]):
                found = _content_words(words[start:end])
                if found:
                    return _with_month(found + _phrase_tail(tail, unit), month)
    # what is measured: the last noun phrase after "der/die/das/ein(e)" ("Im Dezember
    # sank die Inflationsrate", "Die EU-Mitgliedsstaaten haben das Darlehen über ...
    # gebilligt"), else the one that starts the clause with its verb and the
    # prepositional phrase it has before the figure ("Friedrich Merz will beim
    # Bürgergeld [fünf Milliarden Euro] einsparen", "Dem Bundesverkehrsministerium
    # fehlen für Fernstraßen [15 Milliarden Euro]")
    marked: list[str] = []
    first: list[str] = []
    verb: list[str] = []
    phrases: list[list[str]] = []
    loose: list[list[str]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.casefold() in _PREPOSITIONS:
            # skip the prepositional phrase ("Im April", "bei den ICE-Zügen")
            end = _noun_phrase(words, i + 1)
            if end > i + 1:
                phrases.append(words[i:end])
            i = max(end, i + 1)
            continue
        end = _noun_phrase(words, i)
        found = _content_words(words[i:end])
        if end > i and found and not _pronoun_like(found) and not _threshold(found):
            if word.casefold() in _SUBJECT_DET:
                marked = found
            elif i == 0 and whole_clause:
                first = found
                nxt = words[end] if end < len(words) else ""
                if nxt.islower() and not _function(nxt) and nxt.casefold() not in _MODALS:
                    verb = [nxt]
                phrases = []
            else:
                while found and found[0].islower():
                    found = found[1:]  # its article stood in a phrase before
                loose.append(found)
                phrases = []
            i = end
            continue
        i += 1
    if marked:
        if len(marked) == 1:
            # a bare "Wert", "Prognose", "Quote": with the clause's phrase that says
            # of what ("Bei den ICE-Zügen lag der Wert bei ...")
            marked += [
                w.casefold() if i == 0 else w
                for p in phrases[:1]
                if not any(is_time_word(fold(w)) for w in p)
                for i, w in enumerate(p)
            ]
        return _with_month(marked + _phrase_tail(tail, unit), month)
    if first and loose:
        # a headline without articles: "London erhöht Verteidigungsetat um ..."
        first = [*first, *verb, *loose[-1]]
        verb = []
    if first or loose:
        said = [w for p in phrases[:1] if not any(is_time_word(fold(w)) for w in p) for w in p]
        subject = first + verb if first else loose[-1]
        return _with_month(_dedupe(subject + said) + _phrase_tail(tail, unit), month)
    # a subject after the figure: "[41,7 Grad] zeigte die Messstation", "ist mit [41,7
    # Grad] erneut ein Temperaturhöchstwert ... gemessen worden"
    for i, word in enumerate(tail[:4]):
        if word.casefold() in _SUBJECT_DET - {"the", "a", "an"}:
            end = _noun_phrase(tail, i)
            if end > i:
                found = _content_words(tail[i:end])
                if found:
                    return _with_month(found + _phrase_tail(tail[end:], unit), month)
    return []


# A mark or size a figure is said against, not what is measured: "überschritt die
# symbolische Marke von 100 Dollar", "eine Größenordnung von fünf Milliarden Euro".
_THRESHOLD = re.compile(
    r"^(?:\w*marke|schwelle|schwellenwert|größenordnung|schallmauer|grenze)$", re.I
)


def _threshold(words: list[str]) -> bool:
    nouns = [w for w in words if _is_noun(w)]
    return bool(nouns) and all(_THRESHOLD.match(w) for w in nouns)


_MODALS = frozenset(
    """will wollen wollte wollten möchte möchten mag darf dürfen lässt ließ""".split()
)


def _pronoun_like(words: list[str]) -> bool:
    return all(w.casefold() in _FILLER or _function(w) for w in words)


def _phrase_tail(tail: list[str], unit: list[str] | None = None) -> list[str]:
    """What the clause says after the figure, up to four words, without a dangling
    preposition, article, adjective or a verb's particle at its end ("pro Monat
    möglich", "eingebrochen")."""
    while tail and _MEASURE_WORD.match(tail[0]):
        tail = tail[1:]  # another figure's unit ("und 77,8 [Prozent]")
    if unit and tail and tail[0].casefold() in _GENITIVE:
        # "[60 Prozent] des Gazastreifens": the share of what
        return [*unit, *_trim_end_words(tail[:4])]
    return _trim_end_words(tail[:4])


def _month_phrase(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if _MONTH.match(fold(word)) and i and words[i - 1].casefold() in {"im", "in"}:
            return ["im", word]
    return []


def _with_month(words: list[str], month: list[str]) -> list[str]:
    if month and month[-1] not in words:
        return words + month
    return words


# "zurück" and "weg" are no prepositions: at the end they finish the verb ("Minister
# treten zurück", "Stellen fallen weg"), and a name without them says another thing
_PARTICLES = frozenset(
    """ein an aus ab zu vor fest auf um mit bei nach dar her hin the of to in
    and or by for at on with a an""".split()
)


def _trim_end_words(words: list[str]) -> list[str]:
    """No preposition, article, conjunction or function word at the end, nor a
    separable verb's particle ("setzte ... ein") or an adjective whose noun was cut off
    ("im Vergleich zum vorindustriellen")."""
    while words:
        last = words[-1]
        if _function(last) or last.casefold() in _PARTICLES or _is_number(last):
            words = words[:-1]
        elif (
            len(words) > 1
            and last.islower()
            and (words[-2].casefold() in _DET or words[-2].casefold() in _PREPOSITIONS)
        ):
            words = words[:-2]
        else:
            break
    return words


_VERB_PREFIX = re.compile(
    r"^(?:ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|"
    r"zusammen)(?=ge\w{3,}(?:t|en)$)"
)


def _unprefixed(word: str) -> str:
    """A participle without its separable prefix: "festgenommen" -> "genommen"."""
    return _VERB_PREFIX.sub("", word)


def _whose_age(figure: str, before: list[str], after: list[str], whole_clause: bool) -> list[str]:
    """Whose age a German figure gives: the noun after "die [47-jährige] Warken", the
    subject of "Die Schauspielerin Brigitte Bardot ist mit [91 Jahren] gestorben";
    nobody for "der [25-Jährige]" (the figure is the person: the sentence's subject is
    someone else) or a pronoun ("Er wurde [89 Jahre alt]")."""
    if re.search(r"\bJährig", figure):
        return []
    if re.search(r"jährig", figure):
        run = []
        for word in after:
            if not _is_noun(word):
                break
            run.append(word)
        rest = after[len(run) :]
        if run and rest and rest[0].islower() and _PARTICIPLE.match(_unprefixed(rest[0])):
            # "einen [22-jährigen] Mann festgenommen": what happened to them says who
            return [*run[:3], rest[0]]
        return run[:3]
    words = [w for w in before if w.casefold() not in _AGE_WORDS]
    found = _sentence_subject(words, whole_clause)
    return found[:4]


def _sentence_subject(words: list[str], whole_clause: bool) -> list[str]:
    """The noun phrase a German clause is about: after "der/die/das/ein(e)" and not in
    a prepositional phrase, else the one that starts the clause; [] for a pronoun."""
    i = 0
    found: list[str] = []
    while i < len(words):
        word = words[i]
        if word.casefold() in _PREPOSITIONS:
            i = max(_noun_phrase(words, i + 1), i + 1)
            continue
        if (word.casefold() in _SUBJECT_DET or (i == 0 and whole_clause)) and not (
            i and words[i - 1].casefold() in _PREPOSITIONS
        ):
            end = _noun_phrase(words, i)
            phrase = _content_words(words[i:end])
            if end > i and phrase and not _pronoun_like(phrase):
                found = phrase
                i = end
                continue
        i += 1
    return found


_CLAUSE_VERBS = frozenset("ist sind war waren wurde wurden hat haben hatte hatten".split())
_AGE_WORDS = frozenset({"alt", "old", "jahre", "jahren", "years", "year", "alter", "age", "aged"})


def _tidy(words: list[str]) -> list[str]:
    """No approximation word, preposition, article or conjunction at either end, no
    sentence-initial function word ("Umgerechnet", "liegt die ..."), no verb particle
    at the end."""
    while (
        words
        and len(words) > 1
        and (
            _LEADING.match(words[0])
            or words[0].casefold() in _PREPOSITIONS
            or words[0].casefold() in _DET
            or words[0].casefold() in _NOT_NOUNS
        )
    ):
        words = words[1:]
    while (
        words
        and len(words) > 1
        and (
            _LEADING.match(words[-1])
            or _JOINING.match(words[-1])
            or words[-1].casefold() in _PREPOSITIONS
            or words[-1].casefold() in _DET
            or words[-1].casefold() in _PARTICLES
        )
    ):
        words = words[:-1]
    return words


_MEASURE_WORD = re.compile(
    r"^(?:euros?|dollars?|pounds?|francs?|prozent|percent|%|grad|degrees?|cents?|"
    r"meter|metres?|meters?|kilometer\w*|kilometres?|tonnen|tonnes?|tons?|liter|litres?|"
    r"hektar|hectares?|prozentpunkte?|percentage|points?|millionen|milliarden|million|"
    r"billion|mio|mrd|usd|eur|(?:us-)?dollars?|franken|yen|yuan|rubel|kronen|pfund|rappen|"
    r"metern|quadratmeter\w*|kubikmeter\w*|barrel|megawatt|gigawatt)$",
    re.I,
)


# verbs of putting a figure on something ("put at", "estimated at", "beziffert auf")
_ESTIMATE = re.compile(
    r"^(?:put|puts|estimated|estimates|valued|pegged|priced|assessed|reckoned|"
    r"beziffert|bezifferte|geschätzt|schätzte|taxiert)$",
    re.I,
)
_DURATION = re.compile(
    r"^(?:sekunden|minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren|"
    r"jahrzehnte|jahrzehnten|quartale|quartalen)$",
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
            nxt = words[i + 1] if i + 1 < len(words) else ""
            # "gelten als vermisst": "als" before a predicate ends no clause
            if word.casefold() == "als" and nxt.islower() and _PARTICIPLE.match(nxt):
                continue
            return words[:i]
    return words


def _phrase(claim: NamedClaim) -> str:
    return measure_phrase(claim.text, claim.start, claim.end, claim.language, claim.claimant)


def _content(phrase: str) -> int:
    """How many words of a phrase say something beyond the unit."""
    return sum(1 for w in phrase.split() if not _MEASURE_WORD.match(w) and not _LEADING.match(w))


def _is_headline(claim: NamedClaim) -> bool:
    return bool(claim.title) and claim.text.strip() == claim.title.strip()


_FIRST_DAYS = dt.timedelta(days=14)


def representative(claims: Sequence[NamedClaim]) -> NamedClaim:
    """The claim in the fact's main language, of its first two weeks, whose key terms
    the others share most, among those whose phrase says what is measured (a headline
    counts a little more: it says measure and subject in few words)."""
    languages = Counter(c.language for c in claims)
    main = languages.most_common(1)[0][0]
    pool = [c for c in claims if c.language == main] or list(claims)
    # a figure with its counted noun ("14 Menschen") names a fact better than a bare "14"
    with_noun = [
        c
        for c in pool
        if any(not _is_number(w) and not _LEADING.match(w) for w in _words(c.text[c.start : c.end]))
    ]
    pool = with_noun or pool
    # the claims of the fact's first days: a figure repeated months later in another
    # story ("25 Prozent" on India, then on cars from the EU) does not name it
    times = [c.time for c in claims if c.time is not None]
    if times:
        early = [c for c in pool if c.time is None or c.time - min(times) <= _FIRST_DAYS]
        pool = early or pool
    counts = Counter(t for c in claims for t in set(c.terms) if not t.startswith("#"))

    def weight(claim: NamedClaim) -> tuple[int, int, float]:
        shared = sum(counts[t] - 1 for t in set(claim.terms) if not t.startswith("#"))
        phrase = _phrase(claim)
        said = min(_content(phrase), 2)
        bonus = 2 * said + (1 if _is_headline(claim) else 0)
        when = claim.time.timestamp() if claim.time else float("inf")
        # a phrase that says which event or place ("Verdächtige nach Louvre-Diebstahl
        # festgenommen", "Tote nach Glätteunfällen in Frankreich") before one that does
        # not ("Verdächtige festgenommen")
        specific = min(_specific(phrase), 1) if said else 0
        if specific and _is_headline(claim):
            bonus += 4  # a headline says measure and incident in the fewest words
        if _GLUED.search(phrase):
            # a live ticker's run-together lines ("aus Haft entlassenTrump zu ..."): the
            # phrase runs into another item
            specific, bonus = -1, 0
        return (specific, shared + bonus, -when)

    return max(pool, key=weight)


# What happened, as a noun (also the last part of a compound: "Louvre-Diebstahl",
# "Glätteunfällen", "Fährunglück"): a name that says it says which incident.
_EVENT = re.compile(
    r"(?:anschlag|anschlags|anschläge|anschlägen|angriff|angriffs|angriffe|angriffen|"
    r"attacke|attacken|attentat|attentats|attentate|attentaten|beben|bebens|streik|streiks|"
    r"brand|brandes|brands|brände|bränden|unfall|unfalls|unfälle|unfällen|unglück|"
    r"unglücks|diebstahl|diebstahls|einbruch|einbruchs|explosion|explosionen|lawine|"
    r"lawinen|überschwemmung|überschwemmungen|sturm|sturms|stürme|stürmen|hochwasser|"
    r"amoklauf|amoklaufs|amokfahrt|absturz|absturzes|schüsse|schüssen|schießerei|flut|"
    r"fluten|feuer|krieg|kriegs|krieges|überfall|überfalls|entgleisung|geiselnahme|"
    r"erdrutsch|erdrutsche|hitzewelle|razzia|razzien|"
    r"attacks?|strikes?|earthquakes?|quakes?|shootings?|crash|crashes|storms?|floods?|"
    r"fires?|wildfires?|explosions?|avalanches?|hurricanes?|war|bombings?|airstrikes?)",
    re.I,
)
_EVENT_PLACE = frozenset({"in", "im", "auf", "bei", "beim", "nahe", "vor", "at", "on", "near"})


def _is_event(word: str) -> bool:
    """A noun of an incident, alone or as the end of a compound ("Anschlag",
    "Louvre-Diebstahl", "Fährunglück"); not "Feuerwehr" nor "Angriffskrieg" (a war)."""
    if not word[:1].isupper() and not word.islower():
        return False
    folded = word.casefold()
    last = folded.rsplit("-", 1)[-1]
    if _EVENT.fullmatch(last):
        return True
    if last.startswith("angriffs"):
        return False
    # a German compound ending in an event noun of four letters or more
    return bool(word[:1].isupper()) and any(
        _EVENT.fullmatch(last[i:]) and last[i:][:1].isalpha()
        for i in range(3, max(3, len(last) - 3))
        if len(last) - i >= 4
    )


def _specific(phrase: str) -> int:
    """How many words of a phrase say which incident: event nouns."""
    return sum(1 for w in _WORD.findall(phrase) if _is_event(w))


# Two words run together where a live ticker's lines were joined ("entlassenTrump",
# "LaridschaniWHO"): no part of a name; a name that ends in one capital ("SpaceX") is
# not two words
_GLUED = re.compile(r"[a-zäöüß]{2}[A-ZÄÖÜ](?=[^\W\d_])")


def _subject(
    claims: Sequence[NamedClaim], chosen: NamedClaim, phrase: str, others: bool = True
) -> list[str]:
    """The places and names a fact is about: the chosen sentence's, else those its other
    claims name most; when the phrase names none, a place said bare after "in" in two
    of its texts, else its headline's, else (with ``others``) the other headlines';
    never a weekday, who said it, a second place, or words a live ticker ran
    together."""
    folded_phrase = fold(phrase)
    speaker = {fold(w) for c in claims for w in _WORD.findall(c.claimant or "")}

    def usable(name: str) -> bool:
        words = [fold(w) for w in _WORD.findall(name)]
        return (
            bool(words)
            and not _MEASURE_WORD.match(name)
            and fold(name) not in folded_phrase
            and not all(is_time_word(w) for w in words)
            # who said it is not what it is about, unless a place ("Stadtwerke Grünstadt")
            and not (all(w in speaker for w in words) and not is_place(fold(name)))
            and not _idiom_noun(name, claims)
            and not _GLUED.search(name)
            and len(name) > 1  # "X" (the platform), not a subject
            and not _carrier(name, claims)
        )

    # one place is enough: none where the phrase says where ("Menschen in London
    # niedergestochen" needs no "Großbritannien"), else the sentence's first
    found: list[str] = []
    for name in dict.fromkeys(chosen.names):
        if usable(name) and not (_where(name) and (_where(phrase) or any(map(_where, found)))):
            found.append(name)
    topic = _topic(chosen.title)
    if not found and topic and usable(topic) and not _where(phrase):
        # the headline is a topic label ("Volkswagen:", "Waldbrände:"): what the
        # article is about, before the names of the fact's other sentences
        found.append(topic)
    if len(found) < NAME_NAMES:
        same = [c for c in claims if c.language == chosen.language and c is not chosen]
        counts = Counter(n for c in same for n in dict.fromkeys(c.names) if usable(n))
        # names several other claims share; the commonest one when the sentence has none;
        # no second place
        where = any(_where(n) for n in found) or _where(phrase)
        shared = [
            n
            for n, k in counts.most_common()
            if k >= 2 and n not in found and not (where and _where(n))
        ]
        if not found and not shared:
            # a name only one other sentence says: one the fact's headlines say too
            # ("Sydney", not the police officer quoted); when the chosen claim's headline
            # names the fact, only a place ("SpaceX", not the companies a sentence lists)
            single = [n for n, _ in counts.most_common() if not (where and _where(n))]
            headlined = {
                fold(n)
                for c in claims
                if _plain_title(c.title, c.language)
                for n in c.title_names
                if usable(n)
            }
            in_titles = [n for n in single if fold(n) in headlined]
            own_title = _plain_title(chosen.title, chosen.language) and any(
                usable(n) for n in chosen.title_names
            )
            places = [n for n in single if _where(n)]
            shared = in_titles[:1] or (places[:1] if own_title else single[:1])
        found += shared
    if _names_in(phrase, claims):
        # the phrase names its place or subject ("Tote bei Angriffen im Libanon"): no
        # other place from a headline, but what the headline is about ("Roe")
        if not found and _plain_title(chosen.title, chosen.language):
            found = [n for n in dict.fromkeys(chosen.title_names) if usable(n) and not _where(n)]
        return _unique(found)
    if not found:
        # a place said bare after "in"/"aus" in two of the fact's sentences or headlines
        # ("in Stade", "in Kiew"): the dictionary may know the word, the sentence says
        # it is a place
        found = [n for n in _bare_places(claims) if usable(n)][:1]
    if not found and _plain_title(chosen.title, chosen.language):
        found = [n for n in dict.fromkeys(chosen.title_names) if usable(n)]
    if not found and not others:
        return []
    if not found:
        # the headlines of the fact's other articles: the name most of them give
        titles = {c.title: c.title_names for c in claims if _plain_title(c.title, c.language)}
        counts = Counter(n for names in titles.values() for n in dict.fromkeys(names) if usable(n))
        found = [n for n, _ in counts.most_common(1)]
    return _unique(found)


@cache
def _outlets() -> frozenset[str]:
    return frozenset(lexicon.outlets())


def _carrier(name: str, claims: Sequence[NamedClaim]) -> bool:
    """An outlet or platform something was said on or reported by ("teilte Klitschko auf
    Telegram mit", "laut Reuters", "told CNN"): where it was said, not what it is about."""
    if name not in _outlets():
        return False
    said = re.compile(
        r"\b(?:(?i:auf|bei|via|über|laut|im|in|on|told|to)\s+(?:(?:der|dem|den|die|the)\s+)?"
        # "nach Informationen von WDR, NDR und SZ": one of the outlets a report names
        r"|(?i:nach)\s+(?:\w+\s+)?Informationen\s+(?:von|des|der|aus)\s+(?:[\w-]+,?\s+(?:und\s+)?){0,4})"
        + re.escape(name)
        + r"(?![\w-])"
    )
    return any(said.search(c.text) for c in claims)


def _names_in(phrase: str, claims: Sequence[NamedClaim]) -> bool:
    """Does the phrase say a name or place of the fact's sentences or headlines?"""
    names = {fold(w) for c in claims for n in (*c.names, *c.title_names) for w in _WORD.findall(n)}
    return _where(phrase) or any(fold(w) in names for w in _WORD.findall(phrase) if w[:1].isupper())


def _where(text: str) -> bool:
    """Does ``text`` name a country, region or city ("Großbritannien", "Kiew")?"""
    return any(is_geographic(c) for _, _, c in find_places(_WORD.findall(text), compounds=False))


def _unique(found: list[str]) -> list[str]:
    unique: list[str] = []
    for name in found:
        if not any(fold(name) in fold(u) or fold(u) in fold(name) for u in unique):
            unique.append(name)
    return unique[:NAME_NAMES]


_BARE_PLACE = re.compile(r"\b(?:in|aus)\s+([A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ][\w]+)?)(?=[\s,.:;!?)]|$)")
# German nouns said bare after "in": not places ("in Haft", "in Kraft", "in Höhe von")
_BARE_NOT_PLACES = frozenset(
    """höhe kraft haft brand gefahr betrieb frage folge richtung sachen zukunft kürze
    anspruch ordnung not panik sicherheit deckung gewahrsam untersuchungshaft teilen summe
    anbetracht bezug verbindung zusammenarbeit erwägung aussicht abstimmung rente zeiten
    euro dollar prozent millionen milliarden form gang schach angst sorge trauer ruhe
    deutschlands zusammenhang kooperation absprache schritten stufen etappen""".split()
)


def _bare_places(claims: Sequence[NamedClaim]) -> list[str]:
    """Words said bare after "in" or "aus" ("in Stade", "aus Indien") in two or more of
    the fact's sentences and headlines, commonest first."""
    texts = {c.text for c in claims} | {c.title for c in claims if c.title}
    counts: Counter[str] = Counter()
    for text in texts:
        found = {
            m.group(1)
            for m in _BARE_PLACE.finditer(text)
            if m.group(1).casefold() not in _BARE_NOT_PLACES
            and not _MONTH.match(fold(m.group(1)))
            and not is_time_word(fold(m.group(1)))
            and not _ATTRIBUTION.match(m.group(1))
            and not _is_event(m.group(1))
        }
        counts.update(found)
    return [n for n, k in counts.most_common() if k >= 2]


def _event_of(claims: Sequence[NamedClaim], chosen: NamedClaim, others: bool = True) -> list[str]:
    """The incident the headlines name when the name says none: "Wintersturm" of
    "Überschwemmungen und Tote durch Wintersturm"; the chosen claim's sentence and
    headline first, then (with ``others``) the one most headlines give."""

    def events(text: str) -> list[str]:
        words = _WORD.findall(text)
        found = []
        for i, word in enumerate(words):
            if word[:1].isupper() and _is_event(word):
                # with the place it happened at ("Einbruch in den Louvre", "Anschlag in
                # Jerusalem", "Kronjuwelen-Diebstahl im Pariser Louvre")
                nxt = words[i + 1].casefold() if i + 1 < len(words) else ""
                end = _noun_phrase(words, i + 2) if nxt in _EVENT_PLACE else i + 1
                rest = words[i + 1 : end]
                # and what kind ("russischen Angriffen", "schweren Erdbeben")
                lead: list[str] = []
                for before in reversed(words[max(0, i - 2) : i]):
                    if not (before.islower() and before.endswith(_ADJECTIVE_ENDINGS)):
                        break
                    if _function(before) or before.casefold() in _NOT_ATTRIBUTES:
                        break
                    lead.insert(0, before)
                lead = lead[-1:]
                if end > i + 2 and len(rest) <= 4:
                    found.append(" ".join([*lead, word, *rest]))
                else:
                    found.append(" ".join([*lead, word]))
        return found

    phrase = fold(_phrase(chosen))
    own = [e for e in events(chosen.text) if not any(fold(w) in phrase for w in e.split())]
    if own:
        return own[:1]
    own = events(chosen.title) if _plain_title(chosen.title, chosen.language) else []
    if own or not others:
        return own[-1:]
    counts = Counter(
        w for t in {c.title for c in claims if _plain_title(c.title, c.language)} for w in events(t)
    )
    return [n for n, _ in counts.most_common(1)]


def _idiom_noun(name: str, claims: Sequence[NamedClaim]) -> bool:
    """A common noun of a prepositional idiom, not a name: "im Vorfeld des Gipfels",
    "im Rahmen der", "am Rande des", "in the wake of"."""
    if " " in name:
        return False
    idiom = re.compile(
        rf"\b(?:im|am|vom|zum|zur|beim|in|an|the)\s+{re.escape(name)}\s+(?:des|der|of)\b"
    )
    return any(idiom.search(c.text) for c in claims)


_TOPIC = re.compile(r"^\s*([^\W\d_][\w-]*(?:\s+[\w-]+){0,2}):\s*$")


def _topic(title: str) -> str:
    """A headline that is a topic label and nothing else ("Volkswagen:", "Hongkong:",
    "Krieg in der Ukraine:"): the topic."""
    found = _TOPIC.match(title)
    return found.group(1) if found and not _is_number(found.group(1)) else ""


def _plain_title(title: str, language: str = "") -> bool:
    """A headline whose names say what its article is about: not In Title Case, not a
    live ticker's ("++ Trump äußert sich vor Gipfel ++": its latest item)."""
    return not _title_case(title, language) and not title.lstrip().startswith("++")


def _title_case(title: str, language: str = "") -> bool:
    """An English headline In Title Case: its capitals say nothing about names. A German
    headline capitalises its nouns ("Mindestens 188 Tote nach Erdbeben in Venezuela"):
    many capitals are no title case there."""
    if language == "de":
        return False
    words = [w for w in _WORD.findall(title) if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) / len(words) > 0.6


def fact_name(claims: Sequence[NamedClaim]) -> str:
    if not claims:
        return ""
    chosen = representative(claims)
    phrase = _phrase(chosen)
    owner = phrase.split()[1:] if phrase.startswith("Alter ") else []
    if owner and not any(_names_in(w, claims) for w in owner):
        # whose age is a common noun ("einen [22-jährigen] Mann"): "Alter, Mann
        # festgenommen", never "Alter Mann" (an old man)
        phrase = "Alter, " + " ".join(owner)
    if phrase in ("Alter", "age"):
        names = _subject(claims, chosen, phrase)
        # whose age the sentence does not say ("der [25-Jährige] wurde verurteilt"): the
        # incident that says who, before a place
        if names or _names_in(phrase, claims):
            names = _unique([*_event_of(claims, chosen), *names])
        else:
            names = _event_of(claims, chosen)
    else:
        names = _subject(claims, chosen, phrase, others=False)
    if not names and not _names_in(phrase, claims):
        # no place, no name: the incident the sentence or its headline names ("Tote
        # nach massiven russischen Angriffen"), else the name the other headlines give,
        # else their incident
        if not _specific(phrase):
            names = _event_of(claims, chosen, others=False)
        if not names:
            names = _subject(claims, chosen, phrase)
        if not names and not _specific(phrase):
            names = _event_of(claims, chosen)
    first = min((c.time for c in claims if c.time is not None), default=None)
    parts = [phrase, *names]
    if first is not None:
        parts.append(f"{first:%d %b %Y}".lstrip("0"))
    name = ", ".join(p for p in parts if p)
    return name[:NAME_LENGTH]
