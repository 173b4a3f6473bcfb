"""Noun phrases and who they name: person, institution, outlet, group, pronoun."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tracker.extract.attribution_lexicon import (
    ABSTRACT_SUFFIXES,
    ADJ_RE,
    COMPANY_NAME_HEADS,
    COMPANY_SUFFIXES,
    CUES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    DOCUMENT_SUFFIXES,
    EN_MODIFIERS,
    EN_QUALIFIED_MEDIA,
    EN_ROLES,
    GROUPS,
    INSTITUTIONS_EN,
    MEDIA_NAME_WORDS,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    OUTLET_ALIASES,
    OUTLET_FOLDED,
    PLURAL_INSTITUTIONS,
    PLURAL_ORGS_DE,
    PRONOUNS,
    SOURCE_BASES,
    SPOKES_ROLES,
    STOP,
    TIME_NOUNS,
    TIME_WORD_RE,
    number_token_re,
)
from tracker.extract.attribution_people import Organisations, Registry, name_run, run_text
from tracker.extract.attribution_words import (
    Token,
    base_adjective,
    demonym,
    det_gender,
    first_gender,
    inflected_noun,
    is_institution_word,
    is_media,
    is_place,
    known_de,
    known_en,
    last_part,
    nameish,
    particle_ok,
    person_noun,
    plural_org_noun,
    ranked_role,
    role_info,
    strip_genitive,
)
from tracker.extract.names import first_name_gender
from tracker.extract.sentences import QUOTE_CHARS
from tracker.extract.units import NATIONAL_UNITS, lexicon_unit, unit_kind
from tracker.lexicon import fold_name

# =========================================================================== noun phrases


@dataclass
class NounPhrase:
    start: int
    end: int  # token index after the phrase
    det: str | None = None
    words: list[Token] = field(default_factory=list)
    quoted: str | None = None
    genitive: NounPhrase | None = None
    apposition: str | None = None
    pronoun: str | None = None
    adjectives: int = 0
    count: bool = False  # a number before the noun: "fünf konservative Richter", "20 Staaten"
    # the phrase fills its clause position (the German Vorfeld, or the rest of the clause
    # after the verb): a capitalised word inside it is no object ("Stadtwerke Halden")
    whole: bool = False
    label: str | None = None  # an unnamed person described: "ein 23-Jähriger" -> 23-Jähriger
    demonym: str | None = None  # "der Norweger": the person the article named so, if any


INDEFINITE = frozenset("ein eine einer einen a an".split())


def _quoted_name(text: str, tokens: list[Token], i: int, limit: int) -> tuple[str, int] | None:
    """A short quoted name starting at tokens[i] (an opening quote): (name, index after)."""
    for k in range(i + 1, min(limit, i + 7)):
        if tokens[k].text in QUOTE_CHARS:
            if k == i + 1 or not tokens[i + 1].cap:
                return None
            return " ".join(text[tokens[i + 1].start : tokens[k - 1].end].split()), k + 1
    return None


def _skip_parenthesis(tokens: list[Token], j: int, limit: int) -> int:
    """Index after a short parenthesis at j ("(DWD)", "(SPD)"), else j."""
    if j < limit and tokens[j].text == "(":
        for k in range(j + 1, min(limit, j + 8)):
            if tokens[k].text == ")":
                return k + 1
    return j


def _en_institution_end(tokens: list[Token], j: int, limit: int, after_name: bool) -> int | None:
    """Index after an English institution head that lower-case nouns lead up to ("ambulance
    service", "state health department"), or that "and" continues inside a capitalised name
    ("Fire and Rescue Service"); None when no such head follows."""
    t = tokens[j]
    if t.low in ("and", "&"):
        if not after_name:
            return None
        k = j + 1
        while k < limit and k < j + 5 and tokens[k].cap and tokens[k].word:
            k += 1
        return k if k > j + 1 and tokens[k - 1].low in INSTITUTIONS_EN else None
    for k in range(j, min(limit, j + 3)):
        tk = tokens[k]
        if not tk.word or tk.cap or tk.low in STOP:
            return None
        if tk.low in INSTITUTIONS_EN:
            while k + 1 < limit and not tokens[k + 1].cap and tokens[k + 1].low in INSTITUTIONS_EN:
                k += 1  # "the coastguard agency"
            return k + 1 if k > j else None
    return None


_OWNER_RE = re.compile(r"^[\w.\- ]+['’]s\s+(?=[A-Z])")
SHARE_WORDS = frozenset("prozent prozentpunkte percent per cent".split())
# the media as a whole: a claimant with no outlet named ("Medien zufolge", "state media said")
GENERIC_MEDIA = frozenset("medien staatsmedien medienberichten medienberichte media".split())
# roles that describe a person rather than name an office: they refer back to whoever was
# just named ("sagte der CDU-Politiker" after "Jens Spahn (CDU)")
DESCRIPTIVE_ROLES = frozenset(
    "politiker politikerin politician lawmaker abgeordneter abgeordnete".split()
)
_AGE_DE_RE = re.compile(r"jährige[rnms]?$")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_TITLES = frozenset("mr mrs ms dr sen rep gov gen lt col prof st jr sr hon".split())


def _abbreviation(tok: Token) -> bool:
    """An initial ("J", "J.D") or a title ("Mr", "Sen") that a dot follows inside a name."""
    if len(tok.text) == 1 or tok.low in _TITLES:
        return True
    return re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", tok.text) is not None


def _age_noun(tokens: list[Token], j: int, limit: int, det: str | None) -> NounPhrase | None:
    """ "die 57-Jährige", "der 34-Jährige", "the 45-year-old", "der Wiener", "die
    Französin": a person the article named; read as a pronoun of that gender."""
    word = tokens[j] if j < limit else None
    if (
        word is not None
        and word.word
        # one person: "der Wiener", "die Französin"; not "die Briten", "der Franzosen"
        and (
            det == "der" and not word.low.endswith("en") or det == "die" and word.low.endswith("in")
        )
        and demonym(word.text)
    ):
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or not (nxt.word and nxt.cap):  # "der Franzose Macron": a name follows
            return NounPhrase(
                j - 1, j + 1, det=det, pronoun="sie" if det == "die" else "er", demonym=word.low
            )
    if det is None or j + 2 >= limit + 1 or not tokens[j].text[:1].isdigit():
        return None
    if (
        det in INDEFINITE
        and j + 2 < len(tokens)
        and tokens[j + 1].text == "-"
        and (
            _AGE_DE_RE.search(tokens[j + 2].low)
            and tokens[j + 2].cap
            or tokens[j + 2].low == "year-old"
        )
    ):
        # "sagt ein 23-Jähriger": somebody new, described by the age
        return NounPhrase(j - 1, j + 3, det=det, label=f"{tokens[j].text}-{tokens[j + 2].text}")
    if (
        j + 2 < len(tokens)
        and tokens[j + 1].text == "-"
        and _AGE_DE_RE.search(tokens[j + 2].low)
        and tokens[j + 2].cap  # "die 55-jährige Guo": an adjective before a name
    ):
        female = det == "die" and not tokens[j + 2].low.endswith("r")
        return NounPhrase(j - 1, j + 3, det=det, pronoun="sie" if female else "er")
    if j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j + 2].low == "year-old":
        return NounPhrase(j - 1, j + 3, det=det, pronoun="__someone__")
    return None


def described_name(text: str, np: NounPhrase) -> str:
    """The words of a noun phrase after its article, adjectives included: "schwedische
    Rundfunk" of "Der schwedische Rundfunk"."""
    head = np.words[-1]
    start = np.words[0].start
    for _ in range(np.adjectives):
        start = text.rfind(" ", 0, start - 1) + 1
    return " ".join(text[start : head.end].split())


def _lower_outlet_name(t: Token, words: list[Token], lang: str) -> bool:
    """A lower-case name right after a media noun: "das Nachrichtenportal ynet"."""
    if not words or not t.word or t.cap or not is_media(words[-1].low, lang):
        return False
    if t.low in STOP or t.low in CUES[lang] or len(t.text) < 3:
        return False
    return not known_de(t.text) and not known_en(t.text)


def parse_np(
    text: str, tokens: list[Token], i: int, limit: int, lang: str, genitive: bool = True
) -> NounPhrase | None:
    """The noun phrase starting at tokens[i], not reaching past ``limit``."""
    if i >= limit:
        return None
    t = tokens[i]
    if t.low in PRONOUNS and (i + 1 >= limit or not tokens[i + 1].cap or lang == "en"):
        return NounPhrase(i, i + 1, pronoun=t.low)
    np = NounPhrase(i, i)
    j = i
    if t.low in DETERMINERS:
        np.det = t.low
        j += 1
    age = _age_noun(tokens, j, limit, np.det)
    if age is not None:
        return age  # "die 57-Jährige", "the 45-year-old": a person named before
    if (
        j + 3 < limit
        and tokens[j].text[:1].isdigit()
        and tokens[j + 1].text == "-"
        and not tokens[j + 2].cap
        and (_AGE_DE_RE.search(tokens[j + 2].low) or tokens[j + 2].low == "year-old")
    ):
        j += 3  # "die 55-jährige Guo", "the 45-year-old Smith": an age before the name
        np.adjectives += 1
    if j < limit and tokens[j].low != "one" and number_token_re().fullmatch(tokens[j].low):
        np.count = True  # "fünf konservative Richter", "three senior officials"
        j += 1
    while j < limit:
        t = tokens[j]
        if (
            lang == "de"
            and not np.words
            and t.word
            and not t.cap
            and t.low not in STOP
            and ADJ_RE.match(t.low)
            and not t.text.rpartition("-")[2][:1].isupper()  # "ifo-Analyse": a noun
        ):
            j += 1  # German adjective before the noun: dropped from names
            np.adjectives += 1
            continue
        if t.text in QUOTE_CHARS:
            q = _quoted_name(text, tokens, j, limit)
            if q is None:
                break
            np.quoted, j = q
            continue
        name_word = (
            t.cap
            or t.low in OUTLET_FOLDED  # "die dpa", "taz": outlets in lower case
            or _lower_outlet_name(t, np.words, lang)  # "das Nachrichtenportal ynet"
            # a German compound noun after a lower-case name: "der ifo-Analyse"
            or lang == "de"
            and t.word
            and t.text.rpartition("-")[2][:1].isupper()
        )
        if (
            t.word
            and name_word
            # an acronym is a name although its letters spell a stop word ("WHO", "US")
            and (
                t.low not in STOP
                or t.low in ("un", "us")
                or t.text.isupper()
                and t.low in INSTITUTIONS_EN
            )
        ):
            np.words.append(t)
            j += 1
            continue
        if (
            t.word
            and lang == "en"
            and (
                t.low in EN_MODIFIERS
                or t.low in EN_ROLES
                or t.low in INSTITUTIONS_EN
                or t.low in GROUPS
                or t.low in MEDIA_NOUNS["en"]
            )
        ):
            np.words.append(t)
            j += 1
            continue
        if (
            lang == "en"
            and t.word
            and (
                t.low in ("and", "&")
                or not t.cap
                and (np.det is not None or np.words)
                and (not np.words or np.words[-1].cap or np.words[-1].low in EN_MODIFIERS)
            )
        ):
            k = _en_institution_end(tokens, j, limit, bool(np.words) and np.words[-1].cap)
            if k is not None:
                # "the ambulance service", "Wrenhallow Fire and Rescue Service"
                np.words.extend(tokens[j:k])
                j = k
                continue
        if particle_ok(tokens, j, limit, lang) and np.words:
            np.words.append(t)
            j += 1
            continue
        if t.text == "." and np.words and _abbreviation(np.words[-1]):
            j += 1  # an initial or a title: "J.D. Vance", "Mr. McConnell", "Sen. Ted Cruz"
            continue
        break
    if not np.words and np.quoted is None:
        return None
    j = _skip_parenthesis(tokens, j, limit)
    if (
        j + 1 < limit
        and tokens[j].low in ("in", "im", "aus", "at", "from")
        and tokens[j + 1].cap
        and tokens[j + 1].word
        and np.words
        and np.words[-1].low not in STOP
    ):
        k = j + 1
        while k < limit and k < j + 4 and tokens[k].cap and tokens[k].word:
            k += 1
        j = k  # "Officials in Kyiv", "die Polizei in Berlin"
    np.end = j
    if genitive and j < limit:
        nxt = tokens[j].low
        g: NounPhrase | None = None
        if nxt in ("des", "der", "eines", "einer") and lang == "de":
            g = parse_np(text, tokens, j, limit, lang, genitive=False)
        elif (
            nxt in ("von", "vom", "of", "for", "at")
            or nxt in ("from", "by", "aus")
            and bool(np.words)
            and np.words[-1].low in DOCUMENT_NOUNS
        ) and j + 1 < limit:
            # English names nest once more: "Institute for the Study of War"
            nested = lang == "en" and bool(np.words) and np.words[-1].cap
            g = parse_np(text, tokens, j + 1, limit, lang, genitive=nested)
        if g is not None and g.words:
            np.genitive = g
            np.end = j = _skip_parenthesis(tokens, g.end, limit)
    if j + 2 < len(tokens) and tokens[j].text == ",":
        k = name_run(tokens, j + 1, lang)
        if k - (j + 1) >= 2 and (
            k >= len(tokens) or not tokens[k].word or tokens[k].low in CUES[lang]
        ):
            np.apposition = run_text(text, tokens, j + 1, k)
            np.end = k + 1 if k < len(tokens) and tokens[k].text == "," else k
    return np


# =========================================================================== speakers


@dataclass
class Speaker:
    name: str | None
    kind: str = "unknown"
    strong: bool = False
    outlet: bool = False
    gender: str | None = None
    plural: bool = False
    pronoun: str | None = None
    via: str | None = None  # an outlet met while reading the phrase ("dem Sender RT")
    place: bool = False  # a state or city named by its place: a subject, rarely an object
    document: bool = False  # a document with no author named: "laut einem Bericht"
    # the name a spokesperson of nobody named keeps when the article names no organisation
    # ("Sprecher" for "der Sprecher"; pronoun SPOKESPERSON)
    fallback: str | None = None


NO_SPEAKER = Speaker(None)
# a spokesperson of nobody named ("Ein Sprecher sagte", "a spokeswoman said"): resolved like
# a pronoun, to the organisation the article is about
SPOKESPERSON = "__spokesperson__"
# the subject is there but names nobody we can claim: a place ("Moskau warnte"), a
# coordination ("Frauen und Mädchen berichteten"); do not look for another subject
BLOCKED = Speaker(None, kind="blocked")


def _measure_word(word: str, lang: str) -> bool:
    """A unit of an amount: a share, a currency, a measure or a time ("Prozent", "Euro",
    "Kilometer", "Jahre")."""
    if word.lower() in SHARE_WORDS:
        return True
    entry = lexicon_unit(word, lang)
    return entry is not None and unit_kind(entry.unit) in ("money", "measure", "time", "percent")


def _sentence_initial(text: str, tok: Token) -> bool:
    """Whether ``tok`` opens its sentence (after quotes, dashes or a colon at most)."""
    return not text[: tok.start].strip(" \"'“”„«»‘’‚:–—-(")


class ArticleState:
    """Per-article state: language, registry, salience for pronouns."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.registry = Registry()
        self.orgs = Organisations()
        self.lower_words: set[str] = set()  # words seen lower-case: never names
        # (sentence index, speaker, was a speaker rather than a mention)
        self.salience: list[tuple[int, Speaker, bool]] = []
        # (sentence index, name) of organisation-like names that open a sentence as its
        # subject: what a later "the airline", "das Unternehmen" may refer to
        self.subjects: list[tuple[int, str]] = []
        # sentence index -> how many known given names it holds (registered or not): a bare
        # role refers back only to a sentence that names one person
        self.given_names: dict[int, int] = {}

    # ---------------------------------------------------------------- classification
    def classify(self, text: str, np: NounPhrase, idx: int, source: bool = False) -> Speaker:
        """Who the noun phrase names. ``source``: it follows a source cue ("laut", "nach
        Angaben", "according to"), so a name in it is the source even where a subject
        would need more evidence ("Nach Angaben des Élysée-Palasts", "laut Moskau")."""
        if (
            source
            and self.lang == "de"
            and np.det is None
            and len(np.words) == 1
            and np.words[0].low.endswith(SOURCE_BASES)
        ):
            return NO_SPEAKER  # "laut Buchwert", "laut Fahrplan": a basis, nobody speaking
        author = self._compound_document(np)
        if author is not None:
            return author
        sp = self._classify(text, np, idx)
        if np.words and (sp.name is None and sp.kind != "blocked" or sp.kind == "unknown"):
            for k in range(len(np.words)):
                # "Eastmoor Power", "der Energieversorger Nordstrom": a typed organisation
                org = self.orgs.get(" ".join(w.text for w in np.words[k:]))
                if org is not None:
                    return Speaker(org.name, "institution", True)
        if sp.kind == "blocked" and np.words and self._country_like(np):
            # "Russland warnt", "Moskau meldet", "the US said": a state speaks
            return Speaker(" ".join(w.text for w in np.words), "institution", True, place=True)
        if source and not sp.name and not sp.pronoun:
            if np.words and not np.words[-1].cap:
                nxt = _NEXT_WORD_RE.match(text, np.words[-1].end)
                if nxt is not None and nxt.group(1).lower() in DOCUMENT_NOUNS:
                    return sp  # "according to official estimates": an adjective, no source
            return self._source_name(np) or sp
        if sp.name and TIME_WORD_RE.match(sp.name.lower()):
            return NO_SPEAKER  # "Angaben ... vom Samstagabend": a time, nobody speaking
        if sp.name and self.lang == "de" and sp.name.endswith("kreisen"):
            return replace(sp, name=sp.name[:-1])  # "aus Sicherheitskreisen": Sicherheitskreise
        if sp.name and sp.kind == "institution" and _OWNER_RE.match(sp.name):
            # "Biden's Bureau of Labor Statistics": the bureau speaks, not its owner
            return replace(sp, name=_OWNER_RE.sub("", sp.name, count=1))
        return sp

    def _compound_document(self, np: NounPhrase) -> Speaker | None:
        """The author a hyphenated document noun names: "einer Forsa-Umfrage", "der
        ifo-Analyse", "laut einer ADAC-Studie", "a CBO report" is read elsewhere."""
        if self.lang != "de" or not np.words or np.genitive is not None:
            return None
        head = np.words[-1].text
        prefix, _, last = head.rpartition("-")
        if not prefix or len(prefix) < 2 or not last[:1].isupper():
            return None
        low = last.lower()
        if low not in DOCUMENT_NOUNS and not low.endswith(DOCUMENT_SUFFIXES):
            return None
        if (
            prefix.lower() in GENERIC_MEDIA
            or prefix.lower() in STOP
            or TIME_WORD_RE.match(prefix.lower())
        ):
            return None  # "Medien-Berichte", "Januar-Daten": nobody named
        return Speaker(prefix, "institution", True)

    def _country_like(self, np: NounPhrase) -> bool:
        """A subject that is only place names: a state or its capital speaking."""
        return np.det in (None, "der", "die", "das", "the")

    def _source_name(self, np: NounPhrase) -> Speaker | None:
        """The name in a noun phrase after a source cue, as written (German genitive and
        capitalised adjectives to their base form)."""
        words = np.words
        if not words or np.pronoun:
            return None
        head = words[-1]
        if self.lang == "de" and head.low.endswith("kreisen") and np.genitive is None:
            # "aus Sicherheitskreisen", "unter Berufung auf Regierungskreisen", "aus
            # medizinischen Kreisen"
            return Speaker(head.text[:-1], "unknown", True, plural=True)
        if head.low in DOCUMENT_NOUNS or head.low in TIME_NOUNS or head.low in STOP:
            return None
        if self.lang == "de":
            if not all(w.cap for w in words):
                return None
            last = strip_genitive(head.text, "de")
            if last == head.text and np.det in ("des", "eines") and head.low.endswith("s"):
                if not head.low.endswith("ss") and len(head.text) > 4:
                    last = (
                        head.text[:-2]
                        if head.low.endswith("es") and len(head.text) > 6
                        else (head.text[:-1])
                    )
            name = " ".join([*(base_adjective(w.text) for w in words[:-1]), last])
        else:
            name = " ".join(w.text for w in words)
        return Speaker(name, "institution" if len(words) > 1 else "unknown", True)

    def _classify(self, text: str, np: NounPhrase, idx: int) -> Speaker:
        if np.pronoun is not None:
            named = None
            if np.demonym:  # the one so named, else the one person in the sentence before
                gender = "f" if np.pronoun == "sie" else "m"
                named = self.registry.by_role(np.demonym) or self.registry.only_recent(gender, idx)
            if named is not None:  # "gestand der Norweger" after "der Norweger Aksel Lund
                return Speaker(named.name, "person", True, gender=named.gender)  # Svindal"
            return Speaker(None, pronoun=np.pronoun)
        if np.count and np.words and np.words[-1].low in SHARE_WORDS:
            return NO_SPEAKER  # "54 Prozent sprechen sich aus": respondents of a survey
        if np.count and np.words and _measure_word(np.words[0].text, self.lang):
            return NO_SPEAKER  # "0,2 Prozent Wachstum", "5 Millionen Euro Schaden": an amount
        if np.label is not None:
            return Speaker(np.label, "person", True)
        if np.apposition:
            # "der Sprecher des Präsidialamtes, Dmitri Peskow," names the person after the
            # comma; "Mr. McConnell, Kentucky Republican" describes the one before it
            plain = replace(np, apposition=None)
            main = self._classify(text, plain, idx) if plain.words else NO_SPEAKER
            if main.kind == "person" and main.name:
                return main
            return self.person(np.apposition, None, None, idx)
        for step in (self._outlet, self._spokesperson, self._person):
            found = step(text, np, idx)
            if found is not None:
                return found
        return self._organisation_or_name(text, np, idx)

    def _outlet(self, text: str, np: NounPhrase, idx: int) -> Speaker | None:
        """An outlet: a known one ("die Bild-Zeitung", "der Deutschen Presse-Agentur"), or a
        media noun and its name ("die Zeitung »Iswestija«", "the broadcaster NHK")."""
        lang = self.lang
        words = np.words
        if words and words[-1].low in GENERIC_MEDIA and np.quoted is None:
            # "Medien berichteten", "iranische Staatsmedien", "local media reported": the
            # media as a whole speak, no outlet named
            media = "Medien" if words[-1].low.startswith("medienbericht") else words[-1].text
            return Speaker(media, "institution", True, plural=True)
        joined = " ".join(w.text for w in words)
        folded = fold_name(joined)
        if words and (folded in OUTLET_FOLDED or folded in OUTLET_ALIASES):
            # "die Bild-Zeitung", "der Deutschen Presse-Agentur", "the Associated Press"
            return Speaker(OUTLET_ALIASES.get(folded, joined), "institution", True, True)
        # outlets: media noun + name, or a known outlet
        media_at = next(
            (
                k
                for k, w in enumerate(words)
                if is_media(w.low, lang)
                and not (
                    lang == "en"
                    and w.low in EN_QUALIFIED_MEDIA
                    and (k == 0 or words[k - 1].low not in EN_QUALIFIED_MEDIA[w.low])
                )
            ),
            None,
        )
        if media_at is not None:
            name: str | None = np.quoted
            after = words[media_at + 1 :]
            if (
                name is None
                and after
                and all(
                    w.cap
                    or w.low in OUTLET_FOLDED
                    or _lower_outlet_name(w, words[: media_at + 1], lang)
                    for w in after
                )
            ):
                media = words[media_at].text
                # "Radio Birkachtal", "ORF-Radio Oberösterreich": the media word is named too
                named = (
                    last_part(media.lower()) in MEDIA_NAME_WORDS
                    and words[media_at].cap
                    and all(w.cap and not is_media(w.low, lang) for w in words[media_at + 1 :])
                )
                name = " ".join(w.text for w in words[media_at + (0 if named else 1) :])
            if name is None and media_at > 0 and lang == "en":
                # "Hugh Hewitt's radio show": the owner of the show
                name = re.sub(r"['’]s$", "", " ".join(w.text for w in words[:media_at]))
            if name:
                return Speaker(name, "institution", True, True)
            if np.adjectives and np.det in ("der", "die", "das", "the") and media_at == 0:
                # "der schwedische Rundfunk", "das staatliche Fernsehen": one outlet, known
                # by its description
                return Speaker(described_name(text, np), "institution", True, True)
            return Speaker(None, outlet=True)
        if np.quoted and not words:
            # 'laut "Spiegel"', 'der "Financial Times"': a known outlet in quotation marks
            folded_q = fold_name(np.quoted)
            if folded_q in OUTLET_FOLDED or folded_q in OUTLET_ALIASES:
                return Speaker(OUTLET_ALIASES.get(folded_q, np.quoted), "institution", True, True)
            quoted_words = np.quoted.split()
            if len(quoted_words) >= 2 and is_media(quoted_words[-1].lower(), lang):
                return Speaker(np.quoted, "institution", True, True)  # "Süddeutsche Zeitung"
            return NO_SPEAKER
        return None

    _SPOKES_OR_OFFICIAL = SPOKES_ROLES | {"official"}

    def _spokesperson(self, text: str, np: NounPhrase, idx: int) -> Speaker | None:
        """ "a company spokeswoman", "a police spokesman": the institution speaks."""
        lang = self.lang
        words = np.words
        joined = " ".join(w.text for w in words)
        if lang == "en" and len(words) >= 2 and words[-1].low in self._SPOKES_OR_OFFICIAL:
            # "a company spokeswoman", "a police spokesman": the institution speaks
            org = self.orgs.get(" ".join(w.text for w in words[:-1]))
            if org is not None:
                return Speaker(org.name, "institution", True)
            plural_org = self.plural_organisation(text, np, words[:-1])
            if plural_org is not None:
                return plural_org  # "a Wrenhallow Water Works spokeswoman"
            k = max((k for k, w in enumerate(words[:-1]) if w.low in INSTITUTIONS_EN), default=-1)
            if k >= 0 and not any(w.cap for w in words[: k + 1]):
                return self.institution(words[: k + 1], np.det)
            mods = [w for w in words[:-1] if w.low not in EN_MODIFIERS or w.cap]
            national = lexicon_unit(mods[-1].text, "en") if mods else None
            if (
                mods
                and all(w.cap for w in mods)
                and not (national is not None and national.unit in NATIONAL_UNITS)
            ):
                # "a Pentagon spokesman", "a senior White House official": the body named
                # before the role ("an Israeli official" stays a description)
                return Speaker(" ".join(w.text for w in mods), "institution", True)
            # "a county spokesman", "a senior administration official", "an Israeli
            # official": the description is the best name there is
            return Speaker(described_name(text, np), "institution", True)
        if fold_name(joined) in OUTLET_FOLDED:
            return Speaker(joined, "institution", True, True)
        return None

    def _person(self, text: str, np: NounPhrase, idx: int) -> Speaker | None:
        """A person: role + name, given name + surname, a role alone, a counted group."""
        lang = self.lang
        words = np.words
        roles: list[tuple[str, str | None]] = []
        k = 0
        while k < len(words):
            info = role_info(words[k], lang)
            if info is None and not (lang == "en" and words[k].low in EN_MODIFIERS):
                break
            if info is not None:
                roles.append(ranked_role(info, words[k - 1] if k > 0 else None))
            k += 1
        if lang == "en" and roles and k == len(words):
            nxt = _NEXT_WORD_RE.match(text, words[-1].end)
            if nxt is not None and nxt.group(1).lower() in DOCUMENT_NOUNS:
                return NO_SPEAKER  # "official estimates": the role word is an adjective
        name_words = [w for w in words[k:] if w.low not in NAME_PARTICLES or w is not words[k]]
        if lang == "en" and name_words and not name_words[-1].cap:
            name_words = []  # "finance office": an institution phrase, handled below
            k = 0
        if name_words and roles:
            cut = name_run(name_words, 0, lang)
            if cut:
                name_words = name_words[:cut]  # "Benjamin Netanjahu Vergeltung"
            nm = " ".join(w.text for w in name_words)
            if all(nameish(w, lang) or w.low in NAME_PARTICLES for w in name_words) or (
                len(name_words) == 2 and first_gender(name_words[0].text)
            ):
                return self.person(nm, roles[-1][1], roles[-1][0], idx)
        if lang == "en" and not roles and len(words) >= 3:
            # "Senate Majority Leader Chuck Schumer", "Kremlin spokesman Dmitry Peskov": a
            # role after capitalised modifiers, then the name
            at = next((k for k in range(len(words) - 2, 0, -1) if role_info(words[k], lang)), None)
            if at is not None and all(nameish(w, lang) for w in words[at + 1 :]):
                info = role_info(words[at], lang)
                assert info is not None
                info = ranked_role(info, words[at - 1])
                nm = " ".join(w.text for w in words[at + 1 :])
                return self.person(nm, info[1], info[0], idx)
        given_at = next(
            (k for k, w in enumerate(words[:-1]) if k > 0 and first_gender(w.text)), None
        )
        if given_at is not None and all(nameish(w, lang) for w in words[given_at:]):
            # "Stürmer Joel Campbell": an unknown descriptor before a full name
            return self.person(" ".join(w.text for w in words[given_at:]), None, None, idx)
        if (
            lang == "de"
            and 2 <= len(words) <= 4
            and (demonym(words[0].text) or person_noun(words[0], lang))
            and not is_institution_word(words[0].low, lang)
            and all(nameish(w, lang) and not inflected_noun(w.text) for w in words[1:])
            and words[-1].low not in COMPANY_NAME_HEADS  # "die Deutsche Bahn", "Deutsche Bank"
        ):
            # "der Franzose Paul-Henri Mathieu", "Schlagersängerin Jordi": a person noun
            # before a name
            return self.person(" ".join(w.text for w in words[1:]), None, None, idx)
        if roles and not name_words:
            if np.count:
                # "die fünf konservativen Richter", "zwei Abgeordnete": a group of them
                return Speaker(words[-1].text, "unknown", True, plural=True)
            return self.role_only(text, np, roles[-1], idx)
        return None

    def _organisation_or_name(self, text: str, np: NounPhrase, idx: int) -> Speaker:
        """A registered person, an institution, a group, a document's author, a place, an
        abbreviation, a company, or a name of unknown kind; NO_SPEAKER for a common noun."""
        lang = self.lang
        words = np.words
        if not words:
            return NO_SPEAKER
        nm = " ".join(w.text for w in words)
        if np.det is None and not np.adjectives:
            person = self.registry.lookup(nm)
            if person is not None:
                return Speaker(person.name, "person", True, gender=person.gender)
        if lang == "de" and len(words) >= 2:
            for k, w in enumerate(words[:-1]):
                if is_institution_word(w.low, lang) and inflected_noun(words[k + 1].text):
                    words = words[: k + 1]  # "die Behörden Stromausfälle": an object follows
                    nm = " ".join(w.text for w in words)
                    break
        plural_org = self.plural_organisation(text, np, words)
        if plural_org is not None:
            return plural_org
        head = words[-1]
        head_low = head.low
        if is_institution_word(head_low, lang) or is_institution_word(
            strip_genitive(head.text, lang).lower(), lang
        ):
            full = None
            if lang == "en" and np.genitive is not None and np.genitive.words:
                g = np.genitive
                while g.genitive is not None and g.genitive.words:
                    g = g.genitive
                first, last = words[0], g.words[-1]
                full = " ".join(text[first.start : last.end].split())
            return self.institution(words, np.det, full)
        if head_low in GROUPS:
            return Speaker(head.text, "unknown", True, plural=True)
        if head_low in DOCUMENT_NOUNS or (lang == "de" and head_low.endswith(DOCUMENT_SUFFIXES)):
            if np.genitive is not None:
                return self.classify(text, np.genitive, idx)
            owner = words[-2] if len(words) >= 2 and np.det is None else None
            if (
                owner is not None
                and lang == "de"
                and owner.cap
                and owner.low.endswith("s")
                and len(owner.low) > 3
                and owner.low not in STOP
            ):
                # "Selenskyjs Angaben zufolge", "nach Merz' Worten": the owner speaks
                name = owner.text[:-1]
                person = self.registry.lookup(name)
                if person is not None:
                    return Speaker(person.name, "person", True, gender=person.gender)
                return Speaker(name, "unknown", True)
            return NO_SPEAKER
        if np.adjectives and np.det is None:
            return NO_SPEAKER  # "vergangene Woche": names take no adjective without article
        places = self.registry.places
        if all(is_place(w.low, places) for w in words):
            return BLOCKED
        if (
            lang == "de"
            and len(words) >= 2
            and is_institution_word(words[0].low, lang)
            and all(nameish(w, lang) for w in words[1:])
        ):
            return Speaker(nm, "institution", True)  # "Bank Austria"
        if not all(nameish(w, lang) or w.low in NAME_PARTICLES for w in words):
            return NO_SPEAKER
        if first_gender(words[0].text) and len(words) >= 2:
            cut = name_run(words, 0, lang)
            if cut >= 2:
                return self.person(" ".join(w.text for w in words[:cut]), None, None, idx)
        if all(w.text.isupper() and len(w.text) >= 2 for w in words):
            return Speaker(nm, "institution", True)  # EU, UN, IRNA
        if head_low.rstrip(".") in COMPANY_SUFFIXES and len(words) >= 2:
            return Speaker(nm, "institution", True)  # "Energie Steiermark AG"
        if (
            lang == "de"
            and np.det in ("der", "die", "das")
            and len(words) == 1
            and not known_de(head.text)
            and not inflected_noun(head.text)
        ):
            return Speaker(nm, "institution", True)  # "die Hamas", "der ADAC"
        if lang == "en" and np.det == "the" and all(w.cap for w in words):
            return Speaker(nm, "institution", True)  # "the Elysee Palace", "the White House"
        if (
            np.det in INDEFINITE
            and lang == "de"
            and len(words) == 1
            and person_noun(head, lang)
            and not is_institution_word(head_low, lang)
        ):
            # "sagte ein malischer Offizier", "eine Anwohnerin berichtete": somebody
            # unnamed, known by the description; "der Nachrichtenagentur AFP" after it is
            # a dative, the relay
            via = None
            if np.genitive is not None:
                relay = self.classify(text, np.genitive, idx)
                if not (relay.outlet and relay.name):
                    return NO_SPEAKER
                via = relay.name
            return Speaker(described_name(text, np), "person", True, via=via)
        if np.det is not None:
            return NO_SPEAKER  # "die Zahl", "das Ergebnis": a common noun
        if len(words) > 3 or any(
            w.low in self.lower_words and (lang == "de" or _sentence_initial(text, w))
            for w in words
        ):
            # "Dabei" is also written "dabei": not a name. English capitalises only names
            # inside a sentence ("Eastmoor Power" although "power" is a word), so there the
            # test is for the first word of a sentence ("Later", "Officials").
            return NO_SPEAKER
        if lang == "de" and any(
            inflected_noun(w.text) or w.low.endswith(ABSTRACT_SUFFIXES) for w in words
        ):
            return NO_SPEAKER  # "Zölle", "Journalisten", "Entscheidung"
        return Speaker(nm, "unknown", False)

    def plural_organisation(self, text: str, np: NounPhrase, words: list[Token]) -> Speaker | None:
        """An organisation named by a plural noun: "die Stadtwerke Grünstadt", "die Berliner
        Wasserbetriebe", "den Vereinten Nationen", "die Streitkräfte", "the Wrenhallow Water
        Works", "the United Nations".

        German: the plural organisation noun (``plural_org_noun``) with the capitalised
        adjectives or names before it and the names after it, in the nominative; alone only
        when the plural is one organisation by itself ("Stadtwerke", "Streitkräfte"), so that
        "die Kliniken" or "die Kraftwerke" stay unnamed.  English: a capitalised name whose
        last word is such a plural.  Sentence-initial capitals and words the article also
        writes in lower case are no evidence of a name ("Zahlreiche Kliniken")."""
        lang = self.lang

        def capital(w: Token) -> bool:
            # a capital that marks a name: not the first word of the sentence without article
            # ("Several Hospitals said"; German "Zahlreiche" is known as no noun)
            if np.det is None and w is words[0] and _sentence_initial(text, w):
                return lang == "de" and nameish(w, lang) and w.low not in self.lower_words
            return True

        if lang != "de":
            if len(words) < 2 or plural_org_noun(words[-1].text, lang) is None:
                return None
            if not all(w.cap and nameish(w, lang) and capital(w) for w in words[:-1]):
                return None
            name = " ".join(text[words[0].start : words[-1].end].split())
            return Speaker(name, "institution", True, plural=True)
        at, head = next(
            ((k, h) for k, w in enumerate(words) if (h := plural_org_noun(w.text, lang))),
            (-1, None),
        )
        if head is None:
            return None
        mods = words[:at]
        if not all((nameish(w, lang) or ADJ_RE.match(w.low)) and capital(w) for w in mods):
            return None  # "Zahlreiche Kliniken": no name before the noun
        after = words[at + 1 :]
        names: list[Token] = []
        for w in after:
            if not nameish(w, lang) or w.low.endswith(ABSTRACT_SUFFIXES):
                break
            if inflected_noun(w.text) and not np.whole:
                break  # "meldeten die Stadtwerke Ausfälle": an object may follow
            names.append(w)
        if len(names) < len(after) and names:
            return None  # a name mixed with other words: not one organisation
        if not mods and not names and head.lower() not in PLURAL_ORGS_DE:
            return None  # "die Kliniken", "die Kraftwerke": several, unnamed
        parts = [base_adjective(w.text) for w in mods] + [head] + [w.text for w in names]
        return Speaker(" ".join(parts), "institution", True, plural=True)

    def person(self, name: str, gender: str | None, role: str | None, idx: int) -> Speaker:
        p = self.registry.lookup(name)
        if p is None:
            p = self.registry.add(name, gender or first_name_gender(name.split()[0]), role, idx)
        return Speaker(p.name, "person", True, gender=p.gender)

    def _name_closing(
        self, g: NounPhrase, role: tuple[str, str | None], idx: int
    ) -> Speaker | None:
        """The person who closes the genitive after a role: "der Chef des Gasmonopolisten
        Naftogas Andrej Kobolew" is Andrej Kobolew (a given name and a surname, or a person
        named before). Not when the genitive is a role of its own: "der Sprecher des
        Präsidenten Selenskyj" is the spokesman."""
        words = g.words
        for m, w in enumerate(words):
            if m == 0 or role_info(w, self.lang) is not None:
                if role_info(w, self.lang) is not None:
                    return None
                continue
            rest = words[m:]
            if (
                len(rest) >= 2
                and first_gender(w.text)
                and all(nameish(x, self.lang) for x in rest[1:])
            ):
                return self.person(" ".join(x.text for x in rest), None, role[0], idx)
        if len(words) >= 2 and role_info(words[0], self.lang) is None:
            known = self.registry.by_surname.get(fold_name(words[-1].text))
            if known and len(known) == 1 and known[0].last_seen < idx:
                return Speaker(known[0].name, "person", True, gender=known[0].gender)
        return None

    def role_only(
        self, text: str, np: NounPhrase, role: tuple[str, str | None], idx: int
    ) -> Speaker:
        if np.genitive is not None:
            closing = self._name_closing(np.genitive, role, idx)
            if closing is not None:
                return closing
            g = self.classify(text, np.genitive, idx)
            if g.outlet and g.name and np.genitive.det in ("des", "eines"):
                return replace(g, outlet=False)  # "ein Sprecher des ORF": the broadcaster
            if g.outlet and g.name and self.lang == "de":
                # "sagte sein Anwalt der Nachrichtenagentur Reuters": a dative, not a genitive
                np2 = NounPhrase(np.start, np.start, np.det, np.words)
                return replace(self.role_only(text, np2, role, idx), via=g.name)
            if g.name and g.kind == "institution":
                return g
        head = np.words[-1]
        low = strip_genitive(head.text, self.lang).lower()
        if (
            self.lang == "de" and last_part(low) not in ("sprecher", "sprecherin") or "-" in low
        ) and low.endswith(("sprecher", "sprecherin")):
            # "ein Feuerwehrsprecher": an unnamed spokesperson of an institution
            return Speaker(strip_genitive(head.text, self.lang), "institution", True)
        if np.det in ("der", "die", "the", "dem", "des") or (self.lang == "en" and np.det is None):
            p = self.registry.by_role(role[0])
            if p is None and role[0] in DESCRIPTIVE_ROLES and np.det is not None:
                # "sagte der SPD-Politiker": a description of someone just named
                p = self.registry.recent(role[1], idx)
            if p is None and np.det is not None and len(np.words) == 1:
                # "Anna Berg took office. The mayor said ...": the role the article gives
                # the person it named just before
                if self.given_names.get(idx - 1, 0) <= 1:
                    p = self.registry.only_recent_unroled(role[1], idx)
            if p is not None:
                return Speaker(p.name, "person", True, gender=p.gender)
        spokes = role[0] in SPOKES_ROLES or low in ("sprecher", "sprecherin")
        if np.det in ("der", "die", "the") and len(np.words) == 1:
            # "sagte der Gouverneur", "the governor said": nobody of that role was named,
            # the role is the best name there is
            name = strip_genitive(head.text, self.lang)
            if spokes:  # "der Sprecher": the organisation's, if the article is about one
                return Speaker(None, pronoun=SPOKESPERSON, gender=role[1], fallback=name)
            return Speaker(name, "person", True, gender=role[1])
        if spokes and np.det in INDEFINITE and np.genitive is None and len(np.words) == 1:
            # "Ein Sprecher sagte", "a spokeswoman said": the organisation's, if any
            return Speaker(None, pronoun=SPOKESPERSON, gender=role[1])
        if (
            np.det in INDEFINITE
            and np.genitive is None
            and not low.endswith(("sprecher", "sprecherin", "spokesman", "spokeswoman"))
            and role[0] not in SPOKES_ROLES
        ):
            # "sagte ein malischer Offizier", "an environmental advocate said": somebody
            # unnamed, known by the description
            return Speaker(described_name(text, np), "person", True, gender=role[1])
        return NO_SPEAKER

    def institution(self, words: list[Token], det: str | None, full: str | None = None) -> Speaker:
        lang = self.lang
        ws = list(words)
        head = ws[-1]
        if lang == "en" and full and head.cap:
            return Speaker(full, "institution", True)  # "Institute for the Study of War"
        if lang == "en":
            if not head.cap or head.low in INSTITUTIONS_EN:
                while len(ws) > 1 and ws[0].cap and ws[1].low != ws[0].low and not ws[1].cap:
                    ws.pop(0)  # "Riverton finance office" -> "finance office"
            name = " ".join(w.text for w in ws)
        else:
            while len(ws) > 1 and (
                ws[0].low.endswith("er")
                and not is_institution_word(ws[0].low, lang)
                or is_place(ws[0].low, self.registry.places)
            ):
                ws.pop(0)  # "Berliner Polizei" -> "Polizei"
            mods = [base_adjective(w.text) for w in ws[:-1]]
            name = " ".join([*mods, strip_genitive(ws[-1].text, lang)])
        low = last_part(head.low)
        plural = low in PLURAL_INSTITUTIONS or low in GROUPS
        by_suffix: str | None = None
        if low.endswith(("ung", "ei", "schaft", "ion", "behörde", "wehr", "kammer")):
            by_suffix = "f"
        elif low.endswith(("amt", "ministerium", "gericht", "institut", "unternehmen")):
            by_suffix = "n"
        if lang == "de" and by_suffix == "n" and det in ("der", "den"):
            plural = True  # "eine Aussendung der Unternehmen": several
        gender = None
        if lang == "de" and det in ("der", "die", "das") and not plural:
            gender = det_gender(det)
        if lang == "de" and gender is None and not plural:
            gender = by_suffix
        # "a charity called ...": an unidentified institution is too weak for a weak cue
        strong = not (lang == "en" and det in ("a", "an") and not head.cap)
        return Speaker(name, "institution", strong, gender=gender, plural=plural)
