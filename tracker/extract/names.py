"""Name folding and fuzzy identity of claimants across spellings, languages and articles.

Decisions
---------
* ``fold_name`` (:mod:`tracker.lexicon`) lower-cases (casefold), writes ``ß`` as ``ss`` and
  ``ä/ö/ü`` as ``ae/oe/ue``, strips every other diacritic, and turns punctuation into spaces.
  ``fold_variants`` also gives the plain-stripped variant (``ä`` -> ``a``), so "Jürgen Weiß",
  "Juergen Weiss" and "Jurgen Weiss" all share a variant.
* Transliteration: German and English transliterate Cyrillic names differently
  (Selenskyj / Zelensky / Zelenskyy, Wolodymyr / Volodymyr, Peskow / Peskov,
  Dmitrij / Dmitry).  ``skeleton`` maps the handful of spellings that differ between those
  conventions to one form (w->v, sch->sh, tsch->ch, zh->sh, kh->ch, a word-initial s/z
  before a vowel -> s, final -ow/-ew -> -ov/-ev, final -yj/-ij/-iy/-yy/-y -> -i).
  So "Selensky", "Selenskyj", "Zelensky" and "Wolodymyr Selenskyj" are the same claimant.
  Full transliteration of Cyrillic script is out of scope.
* Identity (``same_claimant``): names are compared token-wise on skeletons.
  - a single token matches a multi-token name when it equals its surname (last token):
    "Vogt" joins "Petra Vogt" (callers must decide what to do when two people share it);
  - two multi-token names need both the first and the last token to agree; an initial
    agrees with a first name ("P. Vogt"); middle names are ignored;
  - tokens agree when their skeletons are equal, or, for tokens of 7+ letters, when the
    rapidfuzz ratio of the skeletons is at least 90 (one typo in a long name).
  So "Peter Vogt" != "Petra Vogt", "Park" != "Parker", "Polizei" != "Politik",
  "Meier" != "Meyer" (different German surnames), "Müller" != "Möller".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from tracker.lexicon import fold_name

__all__ = [
    "fold_variants",
    "skeleton",
    "name_similarity",
    "same_claimant",
    "ClaimantMatch",
    "ClaimantResolver",
    "block_keys",
    "first_name_gender",
]

SAME_THRESHOLD = 90.0

_PLAIN = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHE_S = re.compile(r"['’]s\b")


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean(s: str) -> str:
    s = _APOSTROPHE_S.sub("", s)
    return " ".join(_NON_WORD.sub(" ", s).replace("_", " ").split())


@lru_cache(maxsize=65536)
def fold_variants(s: str) -> tuple[str, ...]:
    """The umlaut-expanded fold and the plain-stripped fold (one if they are equal)."""
    expanded = fold_name(s)
    plain = _clean(_strip_marks(s.casefold().translate(_PLAIN)))
    return (expanded,) if plain == expanded else (expanded, plain)


_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"schtsch|shch", "shch"),
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"zh", "sh"),
        (r"kh", "ch"),
        (r"w", "v"),
        (r"^[sz](?=[aeiouy])", "s"),
        (r"(?<=[^aeiou])(?:yj|ij|iy|yy|ji|y)$", "i"),
        (r"(.)\1+", r"\1"),
    )
)


def _token_skeleton(tok: str) -> str:
    for pat, rep in _SKELETON_RULES:
        tok = pat.sub(rep, tok)
    return tok


_PARTICLES = frozenset(
    "von van der den de di da del della dos du la le al el bin ben ibn zu ter ten st".split()
)


@lru_cache(maxsize=65536)
def skeleton(s: str) -> tuple[str, ...]:
    """Token skeletons of a name, for transliteration-tolerant comparison."""
    return tuple(_token_skeleton(t) for t in fold_name(s).split())


def _parts(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """Given names and surname; a surname starts at a particle ("von der Leyen")."""
    for i, tok in enumerate(tokens[:-1]):
        if tok in _PARTICLES:
            return tokens[:i], "".join(tokens[i:])
    return tokens[:-1], tokens[-1]


@lru_cache(maxsize=65536)
def name_skeleton(token: str) -> str:
    """One spelling for a name written in several ("Selenskyj", "Zelensky", "Selensky"
    -> "selenski"; "Peskow", "Peskov" -> "peskov"), for key texts and anchors."""
    variants = fold_variants(token)
    return _token_skeleton(variants[0]) if variants else token.lower()


def _skeleton_variants(s: str) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for v in fold_variants(s):
        sk = tuple(_token_skeleton(t) for t in v.split())
        if sk and sk not in out:
            out.append(sk)
    return tuple(out)


def _tokens_agree(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if len(a) >= 7 and len(b) >= 7:
        # one edit in a long name is a typo, not another person
        if Levenshtein.distance(a, b, score_cutoff=1) <= 1:
            return 95.0
        return min(ratio(a, b), 89.0)
    return ratio(a, b) * 0.8  # short tokens: never enough on their own


def _initial_agrees(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _skeleton_similarity(sa: tuple[str, ...], sb: tuple[str, ...]) -> float:
    if sa == sb:
        return 100.0
    ga, la = _parts(sa)
    gb, lb = _parts(sb)
    last = _tokens_agree(la, lb)
    if not ga and not gb:
        return last
    if not ga or not gb:
        # a surname alone joins a full name; a first name alone does not
        last = max(last, _tokens_agree(sa[-1], sb[-1]))
        return 95.0 if last >= SAME_THRESHOLD else min(last, 85.0)
    first = 95.0 if _initial_agrees(ga[0], gb[0]) else _tokens_agree(ga[0], gb[0])
    return min(first, last)


@lru_cache(maxsize=65536)
def name_similarity(a: str, b: str) -> float:
    """How likely ``a`` and ``b`` name the same claimant, 0..100 (>= 90 means the same)."""
    if not a or not b:
        return 0.0
    if set(fold_variants(a)) & set(fold_variants(b)):
        return 100.0
    best = 0.0
    for sa in _skeleton_variants(a):
        for sb in _skeleton_variants(b):
            best = max(best, _skeleton_similarity(sa, sb))
    return best


def same_claimant(a: str, b: str) -> bool:
    """Whether two claimant names denote the same claimant (see the module doc)."""
    return name_similarity(a, b) >= SAME_THRESHOLD


# --------------------------------------------------------------------------- resolver


@dataclass(frozen=True)
class ClaimantMatch:
    key: Hashable  # what the caller registered (a database id, say)
    name: str  # the registered canonical name
    alias: str  # the name or alias that matched
    score: float


@dataclass
class _Entry:
    key: Hashable
    name: str
    kind: str | None
    aliases: list[str] = field(default_factory=list)


def block_keys(name: str) -> set[str]:
    """Blocking keys of a name: the first four letters of its surname skeleton (and of its
    last token).  Two spellings of one claimant share a key ("Selenskyj", "Zelensky",
    "Wolodymyr Selenskyj" -> "sele"); store them with each alias to look candidates up."""
    keys: set[str] = set()
    for sk in _skeleton_variants(name):
        keys.add(_parts(sk)[1][:4])
        keys.add(sk[-1][:4])
    return keys


class ClaimantResolver:
    """Find the best known claimant for a new name.

    Blocking: every registered name and alias is indexed under the first four letters of
    the skeleton of its last token, so a lookup compares only names that share a surname
    prefix (Selenskyj / Zelensky / Selensky share ``sele``).  Within a block,
    ``name_similarity`` decides.  A surname alone that fits two different claimants
    ("Vogt" with "Petra Vogt" and "Peter Vogt" known) is ambiguous and returns None.
    """

    def __init__(self, threshold: float = SAME_THRESHOLD) -> None:
        self.threshold = threshold
        self._entries: dict[Hashable, _Entry] = {}
        self._blocks: dict[str, set[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self, key: Hashable, name: str, aliases: Iterable[str] = (), kind: str | None = None
    ) -> None:
        """Register a claimant (or more aliases for one already registered)."""
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(key, name, kind)
            self._entries[key] = entry
        for alias in (name, *aliases):
            if alias and alias not in entry.aliases:
                entry.aliases.append(alias)
                for bk in block_keys(alias):
                    self._blocks.setdefault(bk, set()).add(key)

    def candidates(self, name: str, kind: str | None = None, limit: int = 5) -> list[ClaimantMatch]:
        """Registered claimants in ``name``'s block, best first, with their scores."""
        keys: set[Hashable] = set()
        for bk in block_keys(name):
            keys |= self._blocks.get(bk, set())
        out: list[ClaimantMatch] = []
        for key in keys:
            entry = self._entries[key]
            if kind and entry.kind and kind != entry.kind and "unknown" not in (kind, entry.kind):
                continue  # a person is never an institution; "unknown" fits either
            best_alias, best = "", -1.0
            for alias in entry.aliases:
                sc = name_similarity(name, alias)
                if sc > best:
                    best_alias, best = alias, sc
            out.append(ClaimantMatch(key, entry.name, best_alias, best))
        out.sort(key=lambda m: (-m.score, -len(m.alias)))
        return out[:limit]

    def resolve(self, name: str, kind: str | None = None) -> ClaimantMatch | None:
        """The registered claimant that ``name`` denotes, or None (unknown or ambiguous)."""
        cands = [m for m in self.candidates(name, kind, limit=3) if m.score >= self.threshold]
        if not cands:
            return None
        if len(cands) >= 2 and cands[1].score >= cands[0].score:
            return None  # "Vogt" when both Petra and Peter Vogt are known
        return cands[0]


# --------------------------------------------------------------------------- first names

# Common given names (German, English, French, Slavic in German and English transliteration,
# Arabic, Turkish...), used only to recognise "Firstname Lastname" as a person and to guess
# a gender for pronoun resolution.  Folded with ``fold_name``.
_MALE = """
aaron abdul abdullah adam adrian ahmed ahmet alan albert alexander alexandre alexei alexej
alexey ali andre andreas andrei andrej andrew andrey andrzej angelo anthony antoine anton
antonio armin arnold arthur axel ben benjamin bernd bernhard bill bob boris brian bruno
carl carlos charles chris christian christoph christopher claus daniel dave david dennis
dieter dietmar dirk dmitri dmitrij dmitriy dmitry donald edward elon emmanuel emil enrico
eric erik ernst fabian felix ferdinand florian francesco frank franz friedrich fritz gabriel
georg george gerald gerhard giorgio giuseppe gregor guido gunter guenter guenther hakan hans
harald hassan heiko heinrich heinz helmut henrik henry herbert hermann horst hubert hugo
hussein ibrahim igor ilja ivan iwan jacob jakob james jan jean jens jeremy jerome jim joachim
joe joerg johann johannes john jonas jonathan jorge jose josef joseph juan juergen julian
julius justin kai karl karsten kevin klaus konrad kurt lars lennart leon leonid lothar louis
luca lucas ludwig luis lukas lutz magnus manfred manuel marc marco marcel marcus mario mark
markus martin matteo matthew matthias max maxim maximilian mehmet michael michel mike mikhail
mohamed mohammed muhammad mustafa nicholas nick nicolas niklas nikolai nikolaj norbert olaf
ole oliver omar oskar otto pascal patrick paul pedro peter philip philipp pierre rafael ralf
ralph rainer reinhard rene richard robert roberto roland rolf roman ronald rudolf
ruediger sam samuel sascha scott sebastian sergej sergey sergei simon stefan steffen stephan
stephen steve steven sven thomas thorsten tim timo tobias tom torsten udo ulrich uwe valentin
viktor vincent vladimir volker volodymyr walter werner wilhelm william winfried wladimir
wolfgang wolodymyr yuri yusuf juri jurij
"""
_FEMALE = """
agnes alexandra alice alina amelie amy andrea angela angelika anja anke ann anna annalena
anne annegret annette antje astrid barbara beate bettina bianca birgit brigitte carla carmen
caroline catherine charlotte christa christiane christina christine claudia cornelia daniela
diana doris dorothea edith elena elisabeth elizabeth ellen elke emily emma eva franziska
frauke gabriele gabi gisela giorgia hanna hannah heike helga helene hillary ilse ines inge
ingrid irina iris isabel isabella jana jane jennifer jessica joanna johanna judith julia
juliane jutta karin katarina katharina kathrin katja katrin kerstin kirsten klara kristina
laura lea lena linda lisa luisa maja manuela margarete margit maria marie marina marion
marta martha martina melanie michaela monika nadine nadja nancy natalia natalie natascha
nicole nina olga patricia paula petra pia ramona regina renate rita sabine sahra sandra
sara sarah saskia silke silvia simone sofia sonja sophie stefanie stephanie susanne svenja
svetlana swetlana tanja tatjana theresa ulla ulrike ursula ute valentina vanessa vera
veronika victoria viktoria yvonne yulia julija kamala marine ricarda alice
"""
# given names of either gender: they make a person ("Robin Sertell"), no pronoun's gender
_EITHER = """
robin alex kim jamie sasha
"""
FIRST_NAME_GENDER: dict[str, str] = {n: "m" for n in _MALE.split()}
FIRST_NAME_GENDER.update({n: "f" for n in _FEMALE.split()})
FIRST_NAME_GENDER.update({n: "x" for n in _EITHER.split()})


def first_name_gender(token: str) -> str | None:
    """'m' / 'f' for a known given name, 'x' for one of either gender ("Robin"), else None
    ("Petra" -> 'f')."""
    return FIRST_NAME_GENDER.get(fold_name(token))
