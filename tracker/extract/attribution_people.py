"""People and organisations named in one article: registries and the strong patterns that
fill them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.attribution_lexicon import (
    ADVERBIAL_NOUNS,
    AUTHORITY_HEADS,
    AUTHORITY_NAMES_EN,
    COMPANY_NAME_HEADS,
    CUES,
    GENERIC_ORGS,
    ORG_DESCRIPTORS_DE,
    ORG_DESCRIPTORS_EN,
    PLACE_PREPS,
    RAIL_NAME_SUFFIX,
    STOP,
    TIME_NOUNS,
)
from tracker.extract.attribution_words import (
    Token,
    base_adjective,
    de_lemma,
    demonym,
    first_gender,
    inflected_noun,
    is_media,
    known_de,
    last_part,
    name_token,
    nameish,
    other_office,
    particle_ok,
    ranked_role,
    role_info,
    strip_genitive,
)
from tracker.extract.names import same_claimant
from tracker.lexicon import fold_name

_PARTY_RE = re.compile(r"\(\s*[A-ZÄÖÜ][\w./-]{0,12}\s*\)")


# =========================================================================== registry


@dataclass
class _Person:
    name: str
    gender: str | None
    roles: set[str] = field(default_factory=set)
    last_seen: int = -1


class Registry:
    """People named in one article, with roles and genders."""

    def __init__(self) -> None:
        self.persons: list[_Person] = []
        self.by_surname: dict[str, list[_Person]] = {}
        self.places: set[str] = set()

    def add(self, name: str, gender: str | None, role: str | None, idx: int) -> _Person:
        if gender not in ("m", "f"):
            gender = None  # "x": a given name of either gender ("Robin")
        person = self.lookup(name, exact_only=True)
        if person is None:
            person = _Person(name, gender)
            self.persons.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        if gender and not person.gender:
            person.gender = gender
        if role:
            person.roles.add(role)
        person.last_seen = max(person.last_seen, idx)
        for tok in name.split():
            self.by_surname.setdefault(fold_name(tok), [])
            if person not in self.by_surname[fold_name(tok)]:
                self.by_surname[fold_name(tok)].append(person)
        return person

    def lookup(self, name: str, exact_only: bool = False) -> _Person | None:
        fits = [p for p in self.persons if same_claimant(name, p.name)]
        if exact_only and len(fits) > 1:
            return None
        if not fits:
            return None
        return max(fits, key=lambda p: (p.last_seen, len(p.name)))

    def by_role(self, role: str) -> _Person | None:
        """The most recent person named with this role; "der Präsident" also finds a
        "US-Präsident" or "Bundespräsident", never a "Vizepräsident", "Ministerpräsident"
        or "Former President" (see ``other_office``); of two last seen in the same
        sentence, the one the article introduced later. Nobody named so: None, the role
        stays as written."""
        fits = [p for p in self.persons if role in p.roles]
        if not fits:
            fits = [
                p
                for p in self.persons
                if any(r.endswith(role) and not other_office(r, role) for r in p.roles)
            ]
        return max(reversed(fits), key=lambda p: p.last_seen) if fits else None

    def recent(self, gender: str | None, idx: int, window: int = 3) -> _Person | None:
        """The person last seen within ``window`` sentences before ``idx``, of ``gender``
        when given: "der CDU-Politiker", "the Democrat" after a named politician."""
        fits = [
            p
            for p in self.persons
            if 0 <= idx - p.last_seen <= window and (gender is None or p.gender in (gender, None))
        ]
        return max(fits, key=lambda p: p.last_seen) if fits else None

    def only_recent_unroled(self, gender: str | None, idx: int) -> _Person | None:
        """The one person of ``gender`` seen in the sentence before ``idx``, when the
        article gave them no role: what a bare role then refers to ("Anna Berg took office.
        The mayor said ..."). Two fitting people, or one with a role of their own: None."""
        fits = self.seen_just_before(gender, idx)
        return fits[0] if len(fits) == 1 and not fits[0].roles else None

    def only_recent(self, gender: str | None, idx: int) -> _Person | None:
        """The one person of ``gender`` seen in the sentence before ``idx``, whatever their
        role: who "der Norweger" is when the article named nobody so ("Der 28. Sieg von
        Svindal ... Da habe ich Speed mitgenommen, gestand der Norweger")."""
        fits = self.seen_just_before(gender, idx)
        return fits[0] if len(fits) == 1 else None

    def seen_just_before(self, gender: str | None, idx: int) -> list[_Person]:
        return [
            p
            for p in self.persons
            if p.last_seen >= 0
            and idx - p.last_seen == 1
            and (gender is None or p.gender in (gender, None))
        ]


def name_run(tokens: list[Token], i: int, lang: str, limit: int = 4) -> int:
    """End index of a run of name tokens starting at i (i when there is none)."""
    j = i
    n = 0
    given = i < len(tokens) and bool(first_gender(tokens[i].text))
    while j < len(tokens) and n < limit:
        t = tokens[j]
        if n > 0 and t.cap and particle_ok(tokens, j, len(tokens), lang):
            j += 1  # "Marine Le Pen": a capitalised particle is no name word of its own
        elif name_token(t, lang, n) or (
            # after a given name, a surname may look like a noun: "Stephan Zoll"
            given
            and n == 1
            and t.cap
            and t.word
            and len(t.text) > 1
            and t.low not in STOP
            and not (lang == "de" and inflected_noun(t.text))
        ):
            j += 1
            n += 1
        elif n > 0 and particle_ok(tokens, j, len(tokens), lang):
            j += 1
        elif t.text == "." and n > 0 and len(tokens[j - 1].text) == 1:  # initial "W."
            j += 1
        else:
            break
    while j > i and not tokens[j - 1].word:
        j -= 1
    return j


def run_text(text: str, tokens: list[Token], i: int, j: int) -> str:
    return " ".join(text[tokens[i].start : tokens[j - 1].end].split())


def learn_people(registry: Registry, text: str, tokens: list[Token], lang: str, idx: int) -> None:
    """Register the people a sentence names in strong patterns (see the module doc)."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        low = t.low
        # places: "in Paris", "im Landkreis Mittelau", "aus der Ukraine"
        if low in PLACE_PREPS and i + 1 < n:
            k = i + 1
            if tokens[k].low in ("der", "dem", "den", "the") and k + 1 < n:
                k += 1
            while (
                k < n
                and tokens[k].cap
                and tokens[k].word
                and k < i + 4
                and tokens[k].low not in ADVERBIAL_NOUNS  # "im Vorfeld": no place
            ):
                registry.places.add(tokens[k].low)
                k += 1
            continue
        if t.text == "(" and i >= 2 and _PARTY_RE.match(text, t.start):
            # "Wolfgang Katzian (SPÖ)"
            k = i
            while k > 0 and i - k < 3 and name_token(tokens[k - 1], lang, 0):
                k -= 1
            if i - k >= 2:
                registry.add(run_text(text, tokens, k, i), None, None, idx)
            continue
        if not t.cap and lang != "en":
            continue
        if not t.word:
            continue
        info = role_info(t, lang)
        if info is not None:
            info = ranked_role(info, tokens[i - 1] if i > 0 else None)
            j = name_run(tokens, i + 1, lang)
            if j > i + 1:
                name = run_text(text, tokens, i + 1, j)
                gender = info[1]
                fg = first_gender(tokens[i + 1].text)
                if fg in ("m", "f") and j - i > 2:
                    gender = fg
                registry.add(name, gender, info[0], idx)
                continue
            # apposition: "der Sprecher des Präsidialamtes, Dmitri Peskow,"
            k = i + 1
            while k < n and k < i + 7 and tokens[k].text != "," and tokens[k].word:
                k += 1
            if k < n and tokens[k].text == ",":
                j = name_run(tokens, k + 1, lang)
                if j - (k + 1) >= 2 and (
                    j >= n or tokens[j].text in ",.;:" or tokens[j].low in CUES[lang]
                ):
                    fg = first_gender(tokens[k + 1].text)
                    gender = fg if fg in ("m", "f") else info[1]
                    registry.add(run_text(text, tokens, k + 1, j), gender, info[0], idx)
            continue
        if lang == "de" and demonym(t.text):
            # "Der Norweger Aksel Lund Svindal": a later "der Norweger" is he
            j = name_run(tokens, i + 1, lang)
            start = next((k for k in range(i + 1, j - 1) if first_gender(tokens[k].text)), i + 1)
            if j - start >= 2:  # "der Schweizer Jungstar Belinda Bencic": from the given name
                gender = "f" if low.endswith("in") else "m"
                registry.add(run_text(text, tokens, start, j), gender, low, idx)
                continue
        if t.cap and first_gender(t.text) and not (i > 0 and tokens[i - 1].text[0].isdigit()):
            if i > 0 and tokens[i - 1].cap and nameish(tokens[i - 1], lang):
                continue  # inside a longer name run already seen
            j = name_run(tokens, i, lang)
            if j - i >= 2:
                registry.add(run_text(text, tokens, i, j), first_gender(t.text), None, idx)


# =========================================================================== organisations


@dataclass
class Organisation:
    name: str
    kind: str  # "company" | "authority" | "union"
    first: int  # index of the sentence that first names it (-1: the title)


class Organisations:
    """Organisations named in one article, typed by a descriptor or their name's form."""

    def __init__(self) -> None:
        self.items: list[Organisation] = []
        self._by_name: dict[str, Organisation] = {}

    def add(self, name: str, kind: str, idx: int) -> None:
        key = fold_name(name)
        org = self._by_name.get(key)
        if org is None:
            org = Organisation(name, kind, idx)
            self.items.append(org)
            self._by_name[key] = org
        org.first = min(org.first, idx)

    def get(self, name: str) -> Organisation | None:
        return self._by_name.get(fold_name(name))

    def only(self, kind: str, idx: int) -> Organisation | None:
        """The organisation of this type named up to sentence ``idx``, when there is one."""
        fits = [o for o in self.items if o.kind == kind and o.first <= idx]
        return fits[0] if len(fits) == 1 else None


def _org_name_end(tokens: list[Token], i: int, lang: str) -> int:
    """End of a capitalised organisation name starting at i ("Eastmoor Power", "Varnholt")."""
    j = i
    while j < len(tokens) and j < i + 4:
        t = tokens[j]
        if not (t.word and t.cap) or t.low in STOP or t.low in TIME_NOUNS:
            break
        if lang == "de" and j == i and not name_token(t, lang, 0) and not t.text.isupper():
            break  # "der Konzern Gewinne": a noun, not a name
        j += 1
    return j


def _org_name(text: str, tokens: list[Token], i: int, j: int, lang: str) -> str:
    """The name tokens[i:j] in its base form: "der Deutschen Bahn" -> "Deutsche Bahn"."""
    name = run_text(text, tokens, i, j)
    if lang != "de" or j - i < 2:
        return name
    words = name.split()
    return " ".join([*(base_adjective(w) for w in words[:-1]), words[-1]])


@lru_cache(maxsize=65536)
def _org_word(text: str, lang: str) -> str | None:
    """What one word says about organisations: "company" / "union" for a descriptor
    ("Autozulieferer", "maker"), "authority" for a German authority word ("Gesundheitsamt",
    "Polizei"), "head" for the last word of a company name ("Power", "AG"), "agency" for the
    last word of an English authority name ("Department"), "rail" for a rail company's name
    ("Lindenbahn"); None for anything else."""
    low = text.lower()
    cap = text[:1].isupper()
    if lang == "de":
        if not cap:
            return None
        part = last_part(low)
        for kind, suffixes in ORG_DESCRIPTORS_DE.items():
            if part.endswith(suffixes):
                return kind
    elif not cap:  # "Carrier Corporation": a capitalised word belongs to a name
        for kind, words in ORG_DESCRIPTORS_EN.items():
            if low in words:
                return kind
    if not cap:
        return None
    if low in COMPANY_NAME_HEADS:
        return "head"
    if low.endswith(RAIL_NAME_SUFFIX) and len(low) >= len(RAIL_NAME_SUFFIX) + 3:
        if "-" not in low and not known_de(text):
            return "rail"  # "Lindenbahn", also in English text; "Autobahn" is a known noun
    if lang == "en":
        return "agency" if low in AUTHORITY_NAMES_EN else None
    if low in GENERIC_ORGS:
        return None
    base = strip_genitive(text, lang).lower()
    head = next((h for h in AUTHORITY_HEADS if base.endswith(h)), None)
    if head is None or base in GENERIC_ORGS or (head != base and len(base) < len(head) + 3):
        return None  # "Amt" is generic, "Samt" is cloth
    if is_media(base, lang):
        return None  # "Nachrichtenagentur": an outlet
    return "authority" if de_lemma(text)[:1].isupper() else None  # "Insgesamt" is no noun


def learn_organisations(
    orgs: Organisations, text: str, tokens: list[Token], lang: str, idx: int
) -> None:
    """Register the organisations a sentence names with a type (see attribution_coref)."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not t.word or (lang == "de" and not t.cap):
            continue
        word = _org_word(t.text, lang)
        if word is None:
            continue
        if word in ("company", "union"):
            j = _org_name_end(tokens, i + 1, lang)
            if j > i + 1:
                orgs.add(
                    _org_name(text, tokens, i + 1, j, lang), word, idx
                )  # "Zulieferer Varnholt"
                while j + 1 < n and tokens[j].low in (",", "und", "and", "sowie", "oder", "or"):
                    k = _org_name_end(tokens, j + 1, lang)  # "Mobilfunker A1, T-Mobile und 3"
                    if k == j + 1:
                        break
                    orgs.add(_org_name(text, tokens, j + 1, k, lang), word, idx)
                    j = k
            elif lang == "en" and i > 0 and tokens[i - 1].cap and tokens[i - 1].low not in STOP:
                k = i - 1
                while k > 0 and k > i - 4 and tokens[k - 1].cap and tokens[k - 1].low not in STOP:
                    k -= 1
                orgs.add(run_text(text, tokens, k, i), word, idx)  # "the GZL union"
            elif lang == "de" and word == "union":
                # "Die Gewerkschaft der Zugbegleiter und Lokführer (GZL)": the abbreviation
                for k in range(i + 1, min(n - 2, i + 10)):
                    if tokens[k].text == "(" and tokens[k + 2].text == ")":
                        if tokens[k + 1].text.isupper() and len(tokens[k + 1].text) >= 2:
                            orgs.add(tokens[k + 1].text, word, idx)
                        break
        elif word == "authority":
            orgs.add(strip_genitive(t.text, lang), "authority", idx)
        elif word == "rail":
            orgs.add(t.text, "company", idx)
        else:  # the last word of a name: "Eastmoor Power", "Health Department"
            k = i
            while k > 0 and k > i - 4 and tokens[k - 1].cap and tokens[k - 1].low not in STOP:
                k -= 1
            if k < i and not any(tokens[m].low in COMPANY_NAME_HEADS for m in range(k, i)):
                kind = "company" if word == "head" else "authority"
                orgs.add(_org_name(text, tokens, k, i + 1, lang), kind, idx)
            elif lang == "en" and t.low == "police":
                orgs.add(t.text, "authority", idx)  # "Police said": ambiguity for "the authority"
