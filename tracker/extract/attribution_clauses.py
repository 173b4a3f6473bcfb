"""Attribution cues in one sentence: clauses, verb and nominal cues, their speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracker.extract.attribution_cues import Cue, PhraseCue, phrase_regex
from tracker.extract.attribution_lexicon import (
    ABSTRACT_SUFFIXES,
    ADJ_RE,
    ADVERBIAL_NOUNS,
    AUDIENCE,
    CARRIERS,
    CUES,
    DE_AUX,
    DE_FINITE,
    DE_MODALS,
    DE_SKIP_RIGHT,
    DE_TRAILING,
    DEMONSTRATIVE_DE,
    DETERMINERS,
    DISPUTE_RE,
    DOCUMENT_NOUNS,
    EN_ADVERBS,
    EN_PARTICIPLE_AUX,
    EN_SKIP_BEFORE_VERB,
    EN_TIME_BEFORE_VERB,
    EN_TIME_LEADS,
    GENERIC_ORGS,
    INSTITUTIONS_EN,
    OUTLET_INTERVIEW_RE,
    OUTLET_RE,
    PARTY_TAG_RE,
    PASSIVE_AUX,
    PREPOSITIONS,
    PRONOUNS,
    PUNCT_BOUNDARY,
    REFER_BACK_EN_RE,
    RELATIVE_PRONOUNS,
    SOURCE_DOCUMENTS,
    SPOKES_ROLES,
    STOP,
    SUBORDINATORS,
    TIME_WORD_RE,
    TRANSITIVE,
    counter_claim_re,
    number_token_re,
)
from tracker.extract.attribution_people import name_run, run_text
from tracker.extract.attribution_speakers import (
    BLOCKED,
    INDEFINITE,
    NO_SPEAKER,
    ArticleState,
    NounPhrase,
    Speaker,
    parse_np,
)
from tracker.extract.attribution_words import (
    Token,
    de_lemma,
    feminine,
    is_media,
    is_place,
    mask,
    person_noun,
    role_info,
    tokenize,
)
from tracker.extract.sentences import QUOTE_CHARS, QuoteSpan, scan_quotes


@dataclass
class AttributionCandidate:
    pos: int  # token index of the cue
    cue: str
    speaker: Speaker
    strong_cue: bool = True
    direct: bool = False
    refer_back: bool = False
    via: str | None = None
    verb: str | None = None
    previous: bool = False  # "Demnach": the speaker is whoever the previous sentence names
    trailing: bool = False  # ", sagte der Gouverneur." at the end: it frames the sentence


@dataclass
class ParsedSentence:
    text: str
    masked: str
    tokens: list[Token]
    long_spans: list[QuoteSpan]
    boundary: set[int]
    starts_inside: bool
    ends_open: bool
    fully_quoted: bool


def prepare(text: str, stack: tuple[str, ...], lang: str) -> tuple[ParsedSentence, tuple[str, ...]]:
    spans, new_stack = scan_quotes(text, stack)
    masked, long_spans = mask(text, spans, lang)
    tokens = tokenize(masked)
    quote_pos: set[int] = set()
    for q in long_spans:
        if q.start >= 0:
            quote_pos.add(q.start)
        if q.closed:
            quote_pos.add(q.end - 1)
    boundary = {
        k
        for k, t in enumerate(tokens)
        if t.text in PUNCT_BOUNDARY
        or t.start in quote_pos
        or t.text == "-"
        and masked[t.start - 1 : t.start] == " "
        and masked[t.end : t.end + 1] == " "
    }  # a dash between blanks ends a dateline: "Paris (dpa) - Selenskyj hat mitgeteilt"
    for k, t in enumerate(tokens):
        if t.text == "." and 0 < k < len(tokens) - 1 and tokens[k - 1].end == t.start:
            prev = tokens[k - 1]
            if (
                len(prev.text) <= 4
                or "." in prev.text
                or PARTY_TAG_RE.fullmatch(prev.text + ".")
                or masked[t.end : t.end + 1] == ","
            ):
                # "Mr.", "J.D.", "D-N.Y.", "D-Conn.,": an abbreviation inside
                boundary.discard(k)
    quoted_chars = sum(q.end - max(q.start, 0) for q in long_spans)
    fully = bool(long_spans) and quoted_chars >= 0.8 * len(text.strip())
    return (
        ParsedSentence(
            text, masked, tokens, long_spans, boundary, bool(stack), bool(new_stack), fully
        ),
        new_stack,
    )


_DASHES = frozenset("—–")
# capitalised words set off by commas between a quotation and its verb: the speaker's name
_NAME_ASIDE_RE = re.compile(r"[\s,]*(?:[A-Z][\w.'’-]*[\s,]+){1,7}")


def _clause_start(s: ParsedSentence, v: int, lang: str, subordinators: bool = True) -> int:
    k = v - 1
    while k >= 0:
        if s.tokens[k].text == ")":  # a parenthesis inside the clause: "vom DWD (...)"
            depth = 0
            while k >= 0:
                depth += {")": 1, "(": -1}.get(s.tokens[k].text, 0)
                if depth == 0:
                    break
                k -= 1
            k -= 1
            continue
        if s.tokens[k].text in _DASHES:
            # "Ted Cruz — a staunch ally — denounced": an aside between dashes
            j = next(
                (j for j in range(k - 1, max(-1, k - 20), -1) if s.tokens[j].text in _DASHES), -1
            )
            if (
                j > 0
                and s.tokens[j - 1].word
                and not any(s.tokens[m].text in ".;:!?" for m in range(j + 1, k))
            ):
                k = j - 1
                continue
        if k in s.boundary or (
            subordinators
            and s.tokens[k].low in SUBORDINATORS[lang]
            and not (k > 0 and s.tokens[k - 1].text == "-")  # "Rechts- und Sozialpolitik"
            and not (len(s.tokens[k].text) > 1 and s.tokens[k].text.isupper())  # "the WHO"
        ):
            break
        k -= 1
    return k + 1


def _clause_end(s: ParsedSentence, v: int) -> int:
    tokens = s.tokens
    k = v + 1
    while k < len(tokens):
        if (
            tokens[k].text == ","
            and k + 2 < len(tokens)
            and tokens[k + 2].text == ","
            and TIME_WORD_RE.match(tokens[k + 1].low)
        ):
            k += 3  # "teilte das Ministerium heute, Freitag, in Berlin mit": a date aside
            continue
        if tokens[k].text == ",":
            m = next((j for j in range(k + 2, min(k + 7, len(tokens))) if tokens[j].text == ","), 0)
            if (
                m
                and all(t.cap and t.word for t in tokens[k + 1 : m])
                and m + 1 < len(tokens)
                and tokens[m + 1].word
                and not tokens[m + 1].cap
                and (m + 2 >= len(tokens) or tokens[m + 2].text in ".!?")
            ):
                # "teilte der Vertriebsleiter, Oliver Gerstmeier, mit": a name set off
                # before the particle
                k = m + 1
                continue
        if k in s.boundary:
            break
        k += 1
    return k


def _is_direct(s: ParsedSentence, lo_tok: int, hi_tok: int) -> bool:
    """Whether the clause tokens[lo_tok:hi_tok] is attached to a long quotation."""
    if not s.long_spans:
        return False
    c_lo = s.tokens[lo_tok - 1].end if lo_tok > 0 else 0
    c_hi = s.tokens[hi_tok].start if hi_tok < len(s.tokens) else len(s.text)
    for q in s.long_spans:
        if q.end <= c_lo and not s.masked[q.end : c_lo].strip(" ,\u2013\u2014-"):
            return True
        if q.end <= c_lo and _NAME_ASIDE_RE.fullmatch(PARTY_TAG_RE.sub("", s.masked[q.end : c_lo])):
            return True  # '"...," Senate Majority Leader Chuck Schumer, D-N.Y., said'

        if q.start >= c_hi and not s.masked[c_hi : q.start].strip(" :,"):
            return True
    return False


_ARTICLES = frozenset("der dem den the".split())
_NOT_CARRYING = frozenset("und sowie oder zwischen gegen and or between against".split())
_TALK_WORDS = frozenset(
    "gespräch interview telefonat sprach sprachen spricht sprechen redete redeten".split()
)


def _carried(tokens: list[Token], at: int) -> bool:
    """Whether the words before ``at`` carry a statement to it ("sagte der Krone", "told
    Reuters", "im Gespräch mit der Zeitung"), not join it to another noun ("zwischen den
    Behörden und der Krone", "sich mit der Krone geeinigt")."""
    one = tokens[at - 1].low
    two = tokens[at - 2].low if at >= 2 else ""
    if one in _ARTICLES and two in _NOT_CARRYING:
        return False
    if one in _ARTICLES and two in ("mit", "with"):
        return any(t.low in _TALK_WORDS for t in tokens[max(0, at - 6) : at - 2])
    return one in CARRIERS or two in CARRIERS


def _kicker_repeated(s: ParsedSentence, start: int, colon: int) -> bool:
    """A headline's kicker whose name comes back after the colon ("Amazon: Amazon streicht
    ...", "Nato: USA geben zwei Nato-Kommandos ab", "Tesla: Tesla-Aktionäre ..."): the
    headline is about it, so it names its topic."""
    names = {t.low for t in s.tokens[start:colon] if t.cap and t.word and len(t.low) > 2}
    for t in s.tokens[colon + 1 :]:
        if t.word and t.cap and (t.low in names or any(p in names for p in t.low.split("-"))):
            return True
    return False


class Extractor:
    def __init__(self, article: ArticleState) -> None:
        self.article = article
        self.lang = article.lang
        self.cues = CUES[article.lang]

    def np_speaker(
        self, s: ParsedSentence, np: NounPhrase | None, idx: int, source: bool = False
    ) -> Speaker:
        """Who a noun phrase names; ``source``: the phrase follows a source cue ("laut",
        "according to"), so any name in it is the source."""
        if np is None:
            return NO_SPEAKER
        return self.article.classify(s.text, np, idx, source=source)

    def right_speaker(
        self, s: ParsedSentence, i: int, end: int, idx: int, left_named: bool = False
    ) -> tuple[Speaker, str | None]:
        """Subject after a German verb (or an English inverted one); also a dative outlet.
        ``left_named``: a name stands before the verb, so "der" + an outlet after it is a
        dative ("Selenskyj sagte der Washington Post"), not a second subject."""
        via: str | None = None
        skipped = 0
        tokens = s.tokens
        while i < end and skipped < 6:
            t = tokens[i]
            if t.low in PREPOSITIONS:
                # a prepositional phrase is never the subject; it may carry the outlet
                np = parse_np(s.text, tokens, i + 1, end, self.lang, genitive=False)
                if np is not None:
                    sp = self.np_speaker(s, np, idx)
                    if (
                        sp.outlet
                        and sp.name
                        and t.low in CARRIERS
                        and not _affiliation(tokens, _name_start(tokens, np.start), self.lang)
                    ):
                        via = sp.name
                    i = np.end
                else:
                    i += 1
                skipped += 1
                continue
            if (self.lang == "de" and (t.low in DE_SKIP_RIGHT or TIME_WORD_RE.match(t.low))) or (
                self.lang == "en" and t.low in EN_ADVERBS
            ):
                i += 1
                skipped += 1
                continue
            np = parse_np(s.text, tokens, i, end, self.lang)
            if np is None:
                return NO_SPEAKER, via
            if self.lang == "de":
                cut = next((j for j in range(i + 1, np.end) if tokens[j].low in AUDIENCE), None)
                if cut is not None:  # the speaker ends before a dative audience
                    np = parse_np(s.text, tokens, i, cut, self.lang) or np
            np.whole = all(not t.word or t.low in STOP for t in tokens[np.end : end])
            sp = self.np_speaker(s, np, idx)
            via = sp.via or via
            dative = np.det in ("dem", "den", "einem", "einer") or (
                np.det == "der"
                and bool(np.words)
                and (feminine(np.words[-1].low) or left_named and sp.outlet)
            )
            if self.lang == "de" and dative:
                if sp.outlet and sp.name:
                    via = sp.name
                i = np.end
                skipped += 1
                continue
            return sp, via
        return NO_SPEAKER, via

    def left_speaker(self, s: ParsedSentence, cs: int, fv: int, idx: int) -> tuple[Speaker, bool]:
        """Subject before the verb; (speaker, refer_back)."""
        tokens = s.tokens
        if cs >= fv:
            return NO_SPEAKER, False
        if (
            self.lang == "en"
            and cs >= 2
            and tokens[cs - 1].low in ("and", "&")
            and tokens[cs - 2].cap
            and tokens[cs].cap
        ):
            # "Wrenhallow Fire and Rescue Service said": one name with "and" inside
            end = fv
            while end > cs and tokens[end - 1].low in EN_SKIP_BEFORE_VERB:
                end -= 1
            for k in range(_clause_start(s, cs - 1, self.lang, False), cs - 1):
                np = parse_np(s.text, tokens, k, end, self.lang)
                if np is not None and np.end == end:
                    return self.np_speaker(s, np, idx), False
            np = parse_np(s.text, tokens, cs, end, self.lang)
            if np is not None and np.end == end:
                sp = self.np_speaker(s, np, idx)
                if sp.kind == "institution" and sp.name:
                    return sp, False  # "Department of Health and Human Services officials"
            return self.pair_or_blocked(s, fv)  # "Smith and Jones said": the pair
        if (
            cs >= 2
            and tokens[cs - 1].low in ("und", "oder", "sowie", "and", "or")
            and tokens[cs - 2].cap
            and tokens[cs - 2].word
        ):
            return self.pair_or_blocked(s, fv)  # "Frauen und Mädchen berichteten": nobody
        member = self.group_member(s, cs, fv, idx)
        if member is not None:
            return member, False
        first = tokens[cs]
        if self.lang == "de":
            if fv - cs == 1 and first.low in DEMONSTRATIVE_DE:
                return NO_SPEAKER, True
            if first.low in ("von", "van", "de") and fv - cs >= 2:
                person = self.article.registry.lookup(run_text(s.text, tokens, cs, fv))
                if person is not None:  # "Von der Leyen sagte"
                    return Speaker(person.name, "person", True, gender=person.gender), False
            if first.low in STOP and first.low not in DETERMINERS and first.low not in PRONOUNS:
                return NO_SPEAKER, False
            while fv - 1 > cs and tokens[fv - 1].low in DE_TRAILING:
                fv -= 1  # "Faymann selbst spricht"
            np = parse_np(s.text, tokens, cs, fv, self.lang)
            if (np is None or np.end != fv) and first.low in DETERMINERS:
                attributed = self.attributed_subject(s, cs, fv, idx)
                if attributed is not None:
                    return attributed, False
            if np is None:
                return NO_SPEAKER, False
            np.whole = np.end == fv
            sp = self.np_speaker(s, np, idx)
            if np.end != fv:
                # "Walter Fuchs vom Institut für ... (IRKS) sagt", "Die Polizei in Berlin am
                # Freitag mitteilte": a speaker with an adverbial before the verb
                if (sp.name or sp.pronoun) and _adverbial(tokens[np.end : fv]):
                    return sp, False
                return NO_SPEAKER, False
            return sp, False
        end = _skip_adverbials_en(tokens, cs, fv)
        refer_back = bool(REFER_BACK_EN_RE.search(s.masked))
        post = next((k for k in range(cs + 1, end) if tokens[k].low in _EN_POSTMODIFIERS), None)
        if post is not None and tokens[post - 1].word:
            end = post  # "Sources familiar with the internal planning say": sources
        if end - 1 > cs and tokens[end - 1].text in _DASHES:
            opening = next((j for j in range(end - 2, cs, -1) if tokens[j].text in _DASHES), None)
            if opening is not None:
                end = opening  # "Ted Cruz — a staunch ally — denounced": Ted Cruz
        owner = _possessive_spokesperson(tokens, cs, end)
        if owner is not None:
            return Speaker(owner, "institution", True), refer_back
        found: Speaker | None = None
        for k in range(cs, end):
            if any(
                j + 1 < end and tokens[j].low in CONTAINER_NOUNS and tokens[j + 1].low == "of"
                for j in (k, k + 1)
            ):
                continue  # "A group of residents said": the residents
            np = parse_np(s.text, tokens, k, end, self.lang)
            if np is not None and np.end == end:
                sp = self.np_speaker(s, np, idx)
                if sp.name or sp.pronoun or sp.kind == "blocked":
                    return sp, refer_back
                found = found or sp  # "Department of ... officials": try the shorter phrase
        return found or NO_SPEAKER, refer_back

    def pair_or_blocked(self, s: ParsedSentence, fv: int) -> tuple[Speaker, bool]:
        """Two coordinated subjects: two people named opening the sentence speak together
        ("Smith and Jones said"); other coordinations name nobody ("Frauen und Mädchen
        berichteten")."""
        pair = coordinated_subject(s, self.lang)
        if pair is not None and pair[1] <= fv:
            return pair[0], False
        return BLOCKED, False

    def group_member(self, s: ParsedSentence, cs: int, fv: int, idx: int) -> Speaker | None:
        """One of a group speaks: "Einer der Anwälte sagte", "Eine der Zeuginnen sagt", "One
        of the lawyers said" name the group's noun; "einer der Sprecher der Polizei" the
        institution the group belongs to."""
        tokens = s.tokens
        if fv - cs < 3 or tokens[cs].low not in ("einer", "eine", "eines", "one"):
            return None
        if tokens[cs + 1].low == "der" and self.lang == "de":
            start = cs + 1
        elif tokens[cs + 1].low == "of" and self.lang == "en":
            start = cs + 2
        else:
            return None  # "einer von ihnen": a pronoun, "eine Sprecherin": no group
        np = parse_np(s.text, tokens, start, fv, self.lang)
        if np is not None and np.end == fv and np.words and not np.pronoun:
            sp = self.np_speaker(s, np, idx)
            if sp.kind == "institution" and sp.name:
                return sp
            head = np.words[-1]
        elif fv - start <= 3 and all(t.word and not t.cap for t in tokens[start:fv]):
            head = tokens[fv - 1]  # "one of the senior lawyers"
        else:
            return None
        single = de_lemma(head.text) if self.lang == "de" else head.text.removesuffix("s")
        if not any(person_noun(t, self.lang) for t in tokenize(f"{head.text} {single}")):
            return None  # "einer der Gründe"
        return Speaker(head.text, "person", True)

    def attributed_subject(self, s: ParsedSentence, cs: int, fv: int, idx: int) -> Speaker | None:
        """A German subject with an extended attribute between article and noun: "Die in den
        USA ansässige Menschenrechtsorganisation HRANA hatte erklärt": the noun phrase after
        the last adjective, when it reaches the verb."""
        tokens = s.tokens
        for k in range(fv - 1, cs + 1, -1):
            prev = tokens[k - 1]
            if not (tokens[k].cap and prev.word and not prev.cap and ADJ_RE.match(prev.low)):
                continue
            if prev.low in DETERMINERS and k >= 2 and tokens[k - 2].low in PREPOSITIONS:
                continue  # "Die Richter in der Hauptstadt Washington": a place after "in der"
            np = parse_np(s.text, tokens, k, fv, self.lang)
            if np is None or np.end != fv:
                continue
            np.det = tokens[cs].low
            np.whole = True
            sp = self.np_speaker(s, np, idx)
            if sp.name and sp.strong:
                return sp
        return None

    def relative_antecedent(self, s: ParsedSentence, fv: int, idx: int) -> Speaker | None:
        """The subject before a relative clause or an apposition that the cue verb follows:
        "Der 51-Jährige, der zuvor die CHP angeführt hat, sagte, ...", "Der Ingenieur
        Sébastien Evrard, Leiter des Aufräumprojekts, erklärte": the noun phrase before the
        comma."""
        tokens = s.tokens
        if fv < 1 or tokens[fv - 1].text != ",":
            return None
        for r in range(fv - 2, max(0, fv - 25), -1):
            if r in s.boundary and tokens[r].text != ",":
                return None
            if tokens[r].text != ",":
                continue
            aside = parse_np(s.text, tokens, r + 1, fv - 1, self.lang)
            apposition = aside is not None and aside.end == fv - 1 and r + 1 < fv - 1
            if apposition or r + 1 < fv - 1 and tokens[r + 1].low in RELATIVE_PRONOUNS:
                start = _clause_start(s, r, self.lang)
                np = parse_np(s.text, tokens, start, r, self.lang)
                if np is None or np.end != r:
                    return None
                sp = self.np_speaker(s, np, idx)
                return sp if sp.name or sp.pronoun else None
        return None

    def verb_candidate(self, s: ParsedSentence, v: int, idx: int) -> AttributionCandidate | None:
        """The candidate of the cue verb at token ``v``: its speaker (subject before or after
        it, an agent of a passive, an apposition) and whether it frames a quotation."""
        tokens = s.tokens
        t = tokens[v]
        spec = self.cues.get(t.low)
        if spec is None or t.cap:
            return None
        ce = _clause_end(s, v)
        reading = self.verb_reading(s, v, spec, ce)
        if reading is None:
            return None
        cue, agree = reading
        cs = _clause_start(s, v, self.lang)
        if (
            cs > 0
            and tokens[cs - 1].low in ("as", "wie")
            and counter_claim_re().search(s.masked, 0, tokens[cs - 1].start)
        ):
            return None  # "not 5,000 as the council leader had claimed"
        position = self.finite_position(s, v, spec, cs, ce, cue, idx)
        if position is None or isinstance(position, AttributionCandidate):
            return position
        sp, refer_back, via = self.verb_subject(s, v, position, cs, ce, spec, idx)
        if agree and not (sp.plural or sp.pronoun == "sie"):
            return None  # "nichts sagen", "mitteilen wollen": an infinitive, not a plural verb
        if self.lang == "en" and t.low in _EN_SHOW_VERBS and sp.kind == "person":
            return None  # "McConaughey showed the artwork": data show, people show things
        direct = _is_direct(s, _clause_start(s, v, self.lang, False), ce)
        cand = AttributionCandidate(v, cue, sp, spec.strong, direct, refer_back, via, t.low)
        if not (sp.name or sp.pronoun) and _definite_document(tokens, cs, position):
            # "the letter continues", "heißt es in dem Bericht": the document the previous
            # sentence attributed speaks for its author
            cand.previous = True
        # ", sagte der Gouverneur." / ", the governor said.": a frame closing the sentence
        first = tokens[cs] if cs < len(tokens) else t
        cand.trailing = (
            cs > 0
            and tokens[cs - 1].text == ","
            and ce >= len(tokens) - 1
            and ce - cs <= 8
            and (cs == v or first.cap or first.low in DETERMINERS or first.low in PRONOUNS)
        )
        inverted = cs == v and cs > 0 and tokens[cs - 1].text == ","  # "..., freute sich X, die"
        if spec.frame and (
            not (sp.name or sp.pronoun)
            or not (cand.trailing or inverted or _before_colon(tokens, v))
        ):
            return None  # "Hofer strahlte über den Sieg": no statement framed
        return cand

    def verb_reading(
        self, s: ParsedSentence, v: int, spec: Cue, ce: int
    ) -> tuple[str, bool] | None:
        """The cue text ("teilte mit", "sprach von") and whether its subject must be plural;
        None where the form is no cue here (an adjective, an infinitive, a question, "sagte
        ... zu", "zählt zu", "zum Notstand erklärt", "droht" without "mit", "If confirmed")."""
        tokens = s.tokens
        t = tokens[v]
        if (
            v > 1
            and tokens[v - 1].low in DETERMINERS
            and (v - 1) not in s.boundary
            and tokens[v - 2].word
            and v + 1 < len(tokens)
            and tokens[v + 1].cap
        ):
            return None  # "selbst das erklärte Ziel": a participle used as an adjective
        if spec.plural and (
            v > 0
            and tokens[v - 1].low == "zu"
            or v + 1 < len(tokens)
            and (tokens[v + 1].low in DE_MODALS or tokens[v + 1].low in DE_AUX)
        ):
            return None  # "zu sagen", "sagen können", "mitteilen wollen": an infinitive
        if ce < len(tokens) and tokens[ce].text == "?":
            return None  # "Was sagen Kritiker?": a question, not a claim
        cue = self.particle_cue(s, v, spec, ce)
        if cue is None:
            return None
        agree = spec.plural  # the form is also the infinitive: the subject must be plural
        last = ce - 1
        while last > v and not tokens[last].word:
            last -= 1
        closing = tokens[last].low if last > v else ""
        if spec.label == "sagen" and closing in ("zu", "ab"):
            return None  # "sagte ... zu" promised, "sagte ... ab" cancelled
        if spec.label == "sagen" and closing == "voraus":
            cue, agree = f"{t.text} voraus", False  # "sagte ... voraus": predicted, finite
        if spec.label == "zählen" and not _counts(tokens, v, ce):
            return None
        if spec.label == "erklären" and any(
            tokens[k].low in ("zum", "zur") for k in range(max(0, v - 6), ce)
        ):
            return None  # "zum Notstandsgebiet erklärt": declared, not said
        if spec.label == "erklären" and any(
            tokens[k].low in _DE_DECLARED_STATE
            for k in range(max(_clause_start(s, v, self.lang), v - 8), min(ce, v + 2))
        ):
            return None  # "hatten sich bereit erklärt": agreed, not said
        if spec.label == "bestreiten" and not DISPUTE_RE.search(s.masked, t.end):
            return None  # "bestreitet fünf Wettkämpfe": to compete, not to deny
        if spec.label == "drohen" and not any(tokens[k].low == "mit" for k in range(v + 1, ce)):
            return None  # "droht mit Sanktionen" threatens; "Gegenwind droht ihr" looms
        if self.lang == "en" and v > 0 and tokens[v - 1].low in _EN_NO_SPEAKER_BEFORE:
            return None  # "If confirmed, ...", "as reported": no speaker speaks here
        if (
            self.lang == "en"
            and t.low in _EN_NAMING_VERBS
            and any(tokens[k].low == "what" for k in range(max(0, v - 4), v))
        ):
            return None  # "signed what he called a ... bill": a name quoted, no statement
        if self.lang == "en" and t.low in _EN_FRAME_ONLY and v + 1 < len(tokens):
            nxt = tokens[v + 1]
            if (
                nxt.word
                and nxt.low not in _EN_FRAME_NEXT
                and nxt.low not in EN_TIME_LEADS
                or nxt.text[:1].isdigit()
                or nxt.text == "$"
            ):
                return None  # "continued negotiations", "added 200,000 jobs": no speech
        return cue, agree

    def particle_cue(self, s: ParsedSentence, v: int, spec: Cue, ce: int) -> str | None:
        """The cue text of a separable verb with its particle ("teilte ... mit", "spricht
        sich ... aus", "sprach von", "pointed out"), the form itself for other verbs; None
        when the particle is missing."""
        tokens = s.tokens
        t = tokens[v]
        if not spec.particles:
            return t.text
        closing = next((tokens[k] for k in range(ce - 1, v, -1) if tokens[k].word), None)
        if "aus" in spec.particles and closing is not None and closing.low == "aus":
            return f"{t.text} aus"  # "spricht sich ... für X aus"
        if "von" in spec.particles:
            if not any(tokens[k].low == "von" for k in range(v + 1, ce)):
                return None
            return f"{t.text} von"
        if self.lang == "en":
            if v + 1 < len(tokens) and tokens[v + 1].low in spec.particles:
                return f"{t.text} {tokens[v + 1].text}"
            return None
        if closing is not None and closing.low in spec.particles:
            return f"{t.text} {closing.text}"
        return None

    def finite_position(
        self, s: ParsedSentence, v: int, spec: Cue, cs: int, ce: int, cue: str, idx: int
    ) -> int | AttributionCandidate | None:
        """Where the finite verb of the cue stands (the auxiliary of "hat ... mitgeteilt",
        "is demanding"); a whole candidate for a passive with its agent ("wurde von der
        Polizei bestätigt"); None for a participle without a finite verb."""
        tokens = s.tokens
        t = tokens[v]
        pv = v - 1
        if self.lang == "en" and v > 1 and _en_adverb(tokens[pv].low):
            pv -= 1  # "were first reported by", "is rightly asking for"
        prev_low = tokens[pv].low if pv >= 0 else ""
        if self.lang == "en" and prev_low in ("was", "were", "is", "are") and t.low.endswith("ing"):
            return pv  # "The union is demanding ...": a progressive, not a passive
        if not (
            spec.kind == "participle"
            or self.lang == "en"
            and prev_low in ("was", "were", "been", "is", "are")
        ):
            return v
        aux = next(
            (k for k in range(v - 1, cs - 1, -1) if tokens[k].low in DE_AUX | EN_PARTICIPLE_AUX),
            None,
        )
        passive = next((k for k in range(v - 1, cs - 1, -1) if tokens[k].low in PASSIVE_AUX), None)
        if passive is not None and aux is None:
            agent = next(
                (
                    k
                    for k in range(passive + 1, ce)
                    if tokens[k].low in ("von", "vom", "durch", "by")
                ),
                None,
            )
            if agent is None:
                return None
            start = agent + 1 if tokens[agent].low != "vom" else agent
            np = parse_np(s.text, tokens, start, ce, self.lang)
            if tokens[agent].low == "vom" and np is None:
                np = parse_np(s.text, tokens, agent + 1, ce, self.lang)
            sp = self.np_speaker(s, np, idx)
            rb = v - cs >= 1 and tokens[cs].low in DEMONSTRATIVE_DE | {"this", "that"}
            return AttributionCandidate(v, cue, sp, spec.strong, _is_direct(s, cs, ce), rb)
        if aux is not None:
            return aux
        if spec.kind == "participle" and t.low in DE_FINITE:
            return v  # "erklärt", "betont": also finite present
        return None if spec.kind == "participle" else v

    def verb_subject(
        self, s: ParsedSentence, v: int, fv: int, cs: int, ce: int, spec: Cue, idx: int
    ) -> tuple[Speaker, bool, str | None]:
        """The speaker of a cue verb: the subject before the finite verb, else after it
        (German inversion, English "said X"), a "wie"-clause subject, an apposition;
        with whether it refers back to the sentence before, and a relay met on the way."""
        tokens = s.tokens
        t = tokens[v]
        sp, refer_back = self.left_speaker(s, cs, fv, idx)
        via: str | None = None
        weak_left = bool(sp.name) and not sp.strong
        if (
            self.lang == "de"
            and (weak_left or not (sp.name or sp.pronoun))
            and spec.kind != "final"
            and sp.kind != "blocked"
        ):
            end = ce
            if "von" in spec.particles:
                end = next((k for k in range(fv + 1, ce) if tokens[k].low == "von"), ce)
            sp2, via = self.right_speaker(s, fv + 1, end, idx, left_named=weak_left)
            if spec.label in TRANSITIVE and (not sp2.strong or sp2.place) and not sp2.pronoun:
                sp2 = NO_SPEAKER  # "meldet Tote", "beschuldigte Europa": an object
            if sp2.name or sp2.pronoun or not (sp.outlet or weak_left):
                sp = sp2
        elif self.lang == "en":
            if cs >= fv and not (sp.name or sp.pronoun) and t.low not in ("told", "tells"):
                sp, via = self.right_speaker(s, v + 1, ce, idx)
            if t.low in ("told", "tells") and v + 1 < len(tokens):
                obj = parse_np(s.text, tokens, v + 1, ce, self.lang)
                osp = self.np_speaker(s, obj, idx)
                if osp.outlet and osp.name:
                    via = osp.name
                elif (
                    obj is not None
                    and tokens[v + 1].text == "The"
                    and obj.words
                    and all(w.cap for w in obj.words)
                    and (obj.end >= len(tokens) or not tokens[obj.end].word)
                ):
                    # "Judd told The Post": a capital "The" in mid-sentence opens a title
                    via = "The " + " ".join(w.text for w in obj.words)
        if self.lang == "de" and not (sp.name or sp.pronoun) and sp.kind != "blocked":
            sp = self.wie_speaker(s, v, idx) or sp
        if not (sp.name or sp.pronoun) and cs >= fv:
            # "Der 51-Jährige, der ..., sagte", "Boeing, which employs 3,000 people, said"
            sp = self.relative_antecedent(s, fv, idx) or sp
        subject_end = _skip_adverbials_en(tokens, cs, fv) if self.lang == "en" else fv
        if (
            not (sp.name or sp.pronoun)
            and sp.kind != "blocked"
            and (cs >= fv - (1 if refer_back else 0) or cs >= subject_end)
        ):
            sp = self.apposition_speaker(s, cs, idx) or sp
        if sp.kind == "blocked":
            sp = NO_SPEAKER
        return sp, refer_back, via

    def wie_speaker(self, s: ParsedSentence, v: int, idx: int) -> Speaker | None:
        """The subject of a "wie"/"als" clause that the cue verb closes, across the commas of
        an apposition: "wie der Chef der Regionalregierung, Iwan Fedorow, auf Telegram
        mitteilte"."""
        tokens = s.tokens
        if v + 1 < len(tokens) and tokens[v + 1].word:
            return None  # the verb must close its clause
        k = v - 1
        while k >= 0 and v - k <= 20:
            t = tokens[k]
            if t.text in (":", ";") or k in s.boundary and t.text not in (",", "(", ")"):
                return None
            if (
                t.low in ("wie", "als")
                and (k == 0 or tokens[k - 1].text in (",", "-", "–", "—"))
                or t.low in ("das", "die", "den")
                and k > 0
                and tokens[k - 1].text == ","
            ):
                break  # "wie X mitteilte", "das Ergebnis, das der Wahlausschuss feststellte"
            k -= 1
        else:
            return None
        if k < 0:
            return None
        np = parse_np(s.text, tokens, k + 1, v, self.lang)
        if np is None:
            return None
        sp = self.np_speaker(s, np, idx)
        return sp if sp.name or sp.pronoun else None

    def apposition_speaker(self, s: ParsedSentence, cs: int, idx: int) -> Speaker | None:
        """The speaker before a chain of commas: ", Dmitri Peskow, sagte", "Sam Reed, the
        council clerk, said", "Chuck Schumer, D-N.Y., said", "Workizer, who is a mother of
        three, reiterated", "J.D. Vance, the ... candidate in Ohio, recently said"."""
        end = cs - 1
        for _ in range(3):
            if end <= 0 or s.tokens[end].text != ",":
                return None
            start = _clause_start(s, end, self.lang, False)
            while start < end - 1 and s.tokens[start].low in _LEADING_CONJUNCTIONS:
                start += 1  # "But Amanda Walters, a tax examiner, summarized"
            seg = s.tokens[start:end]
            if (
                not seg
                or PARTY_TAG_RE.fullmatch(s.text[seg[0].start : seg[-1].end])
                or (seg[0].low in RELATIVE_PRONOUNS)
            ):
                end = start - 1  # "D-N.Y.", "who is a mother of three": skip
                continue
            np = parse_np(s.text, s.tokens, start, end, self.lang)
            if np is not None and np.end == end:
                sp = self.np_speaker(s, np, idx)
                if sp.name and (sp.kind == "person" or sp.kind == "unknown" and np.det is None):
                    return sp
            end = start - 1
        return None

    def nominal_candidates(self, s: ParsedSentence, idx: int) -> list[AttributionCandidate]:
        """Candidates of the phrase cues (``attribution_cues.PHRASE_CUES``)."""
        out: list[AttributionCandidate] = []
        tokens = s.tokens
        starts: dict[int, int] = {}
        for row, regex in phrase_regex(self.lang):
            for m in regex.finditer(s.masked):
                if not starts:
                    starts = {t.start: k for k, t in enumerate(tokens)}
                k0 = starts.get(m.start("cue"))
                if k0 is None:
                    continue
                after = next((k for k, t in enumerate(tokens) if t.start >= m.end()), len(tokens))
                found = self.phrase_speaker(row, m, s, k0, after, idx)
                if found is None:
                    continue
                sp, direct = found
                if (
                    sp.name
                    and sp.name.lower() in DOCUMENT_NOUNS
                    and not sp.name.lower().startswith("kreis")  # "aus Kreisen": circles speak
                ):
                    sp = NO_SPEAKER  # "wie die Zahlen aus dem Vorjahr zeigen": no author named
                definite = False
                if not sp.name and not sp.pronoun and row.speaker in ("after", "before"):
                    document = _unnamed_document(s, k0, after, row.speaker == "before", self.lang)
                    if document is not None:
                        sp, definite = document
                elif not sp.name and row.speaker == "heisst" and after < len(tokens):
                    # "heißt es in dem Brief", "heißt es im Bericht": the document the
                    # sentence before attributed (or was about), else the document itself
                    doc = _document_at(tokens, after)
                    if doc is not None:
                        sp = Speaker(tokens[doc].text, "unknown", True, document=True)
                        definite = True
                    elif tokens[after].low in _GOES_ON:
                        definite = True  # "hieß es weiter": whoever spoke the sentence before
                cue = tokens[k0].text if row.name == "laut" else row.name
                previous = definite or row.speaker == "previous"
                cand = AttributionCandidate(k0, cue, sp, True, direct, previous=previous)
                if row.relay == "subject":
                    cand.via = "__subject__"
                elif sp.via:
                    cand.via = sp.via
                out.append(cand)
        return out

    def phrase_speaker(
        self, row: PhraseCue, m: re.Match[str], s: ParsedSentence, k0: int, after: int, idx: int
    ) -> tuple[Speaker, bool] | None:
        """The speaker a phrase cue names, and whether the sentence is a direct quote;
        None when the phrase is no cue here."""
        tokens = s.tokens
        ce = _clause_end(s, after - 1) if after > 0 else len(tokens)
        mode = row.speaker
        if mode == "before":
            if k0 >= 2 and tokens[k0 - 2].low in OWN_WORDS:
                return None  # "eigenen Angaben zufolge": the subject row reads it
            if k0 >= 1 and tokens[k0 - 1].low in DATIVE_PRONOUNS:
                return Speaker(None, pronoun=DATIVE_PRONOUNS[tokens[k0 - 1].low]), False
            return self.speaker_before(s, k0, idx), False
        if mode == "subject":
            owner = POSSESSIVE_OWNERS.get(tokens[k0 + 1].low) if k0 + 1 < len(tokens) else None
            if owner is None and k0 < len(tokens):
                owner = POSSESSIVE_OWNERS.get(tokens[k0].low)  # "ihren Angaben zufolge"
            if owner is not None:
                # "Nach ihren Angaben wurden 3 Beamte verletzt": whoever "ihren" stands for,
                # a subject before the cue ("Die FPÖ hat nach ihren Angaben ...") or someone
                # named earlier, not a subject after it; "eigenen" is the subject's
                before = self.sentence_subject(s, k0, idx, end=k0)
                return (before if before.name else Speaker(None, pronoun=owner)), False
            return self.sentence_subject(s, k0, idx), False
        if mode == "main_subject":
            return self.sentence_subject(s, k0, idx, end=k0, first_only=True), False
        if mode == "cited":
            return self.cited_speaker(s, k0, after, idx), False
        if mode == "quoted":
            quoted = self.quoted_object(s, k0, idx)
            return (quoted, False) if quoted is not None else None
        if mode == "compound":
            return compound_source(m.group("src")), False
        if mode == "previous":
            return NO_SPEAKER, False
        if mode == "side":
            adjective = m.group("adj")
            if adjective.lower().split("-")[-1] in NOT_NATIONAL:
                return None  # "nach statistischen Angaben": no side named
            return Speaker(adjective[:-1] + " Seite", "institution", True), False
        if mode == "so":
            np = parse_np(s.text, tokens, after, len(tokens), self.lang)
            if np is None:
                return None
            return self.np_speaker(s, np, idx, source=True), _is_direct(s, k0, len(tokens))
        if mode == "heisst":
            if after < len(tokens) and tokens[after - 1].low not in ("es",):
                np = parse_np(s.text, tokens, after, ce, self.lang)
                if np is not None and np.words and np.words[0].low in ADVERBIAL_NOUNS:
                    return NO_SPEAKER, False  # "hieß es im Vorfeld", "im Anschluss": when
                circles = np is not None and np.words and np.words[-1].low.endswith("kreisen")
                sp = self.np_speaker(s, np, idx, source=bool(circles))
                if tokens[after - 1].low == "in" and sp.kind != "institution" and not circles:
                    sp = NO_SPEAKER  # "hieß es in Regierungskreisen" names the circles
                return sp, False
            cs = _clause_start(s, k0, self.lang)
            if k0 - cs >= 2 and tokens[cs].low in ("in", "aus"):
                # "In Brüsseler Militärkreisen hieß es": the circles before the cue
                np = parse_np(s.text, tokens, cs + 1, k0, self.lang)
                if np is not None and np.end == k0 and np.words[-1].low.endswith("kreisen"):
                    return self.np_speaker(s, np, idx, source=True), False
            return NO_SPEAKER, False
        np = parse_np(s.text, tokens, after, ce, self.lang)
        sp = self.np_speaker(s, np, idx, source=True)
        # "aus Kreisen der Organisation für ...": the genitive's noun is the one named
        named = np.genitive if np is not None and np.genitive is not None else np
        if (
            named is not None
            and sp.name
            and named.words
            and named.words[-1].low in GENERIC_ORGS
            and named.end + 1 < ce
            and tokens[named.end].low in ("für", "zur", "for")
        ):
            # "der Organisation für das Verbot chemischer Waffen", "Bundesagentur für Arbeit":
            # a generic noun named by what follows it, no reference back
            tail = parse_np(s.text, tokens, named.end + 1, ce, self.lang)
            if tail is not None and tail.end > named.end + 1:
                first, last = named.words[0], tokens[tail.end - 1]
                sp = Speaker(" ".join(s.text[first.start : last.end].split()), "institution", True)
        return sp, False

    def cited_speaker(self, s: ParsedSentence, k0: int, after: int, idx: int) -> Speaker:
        """ "..., wird Tarantino vom Filmportal Indiewire zitiert", "Der Minister wird von
        der Zeitung mit den Worten zitiert": the one cited speaks, the outlet citing relays."""
        tokens = s.tokens
        if after < len(tokens) and tokens[after].low in ("von", "vom"):
            sp = self.sentence_subject(s, k0, idx, end=k0, first_only=True)
        else:
            np = parse_np(s.text, tokens, after, len(tokens), self.lang, genitive=False)
            sp = self.np_speaker(s, np, idx, source=True)
        agent = next(
            (k for k in range(after, len(tokens)) if tokens[k].low in ("von", "vom")), None
        )
        if sp.name and agent is not None:
            start = agent if tokens[agent].low == "vom" else agent + 1
            outlet = self.np_speaker(
                s, parse_np(s.text, tokens, start, len(tokens), self.lang), idx
            )
            if not outlet.name and tokens[agent].low == "vom":
                outlet = self.np_speaker(
                    s, parse_np(s.text, tokens, agent + 1, len(tokens), self.lang), idx
                )
            if outlet.outlet and outlet.name:
                sp = replace(sp, via=outlet.name)
        return sp

    def quoted_object(self, s: ParsedSentence, k0: int, idx: int) -> Speaker | None:
        """The one an active "zitiert" quotes, with the quoting outlet as relay: the subject
        stands before the verb ("Die Agentur Tass zitierte Peskow") or right after it
        ("..., zitiert die Zeitung den Beamten X"); the object follows. None when nobody is
        quoted by name, or the verb is a passive ("wird ... zitiert": the ``cited`` row)."""
        tokens = s.tokens
        ce = _clause_end(s, k0)
        cs = _clause_start(s, k0, self.lang)
        if any(t.low in PASSIVE_AUX for t in tokens[cs:k0]):
            return None
        subject: Speaker = NO_SPEAKER
        start = k0 + 1
        if cs < k0:
            np = parse_np(s.text, tokens, cs, k0, self.lang)
            if np is not None and np.end == k0:
                subject = self.np_speaker(s, np, idx)
        if not subject.name:
            np = parse_np(s.text, tokens, start, ce, self.lang)
            if np is None:
                return None
            subject = self.np_speaker(s, np, idx)
            start = np.end
        obj = parse_np(s.text, tokens, start, ce, self.lang)
        if obj is None:
            return None
        sp = self.np_speaker(s, obj, idx)
        if not sp.name or sp.outlet or sp.place:
            return None  # "zitiert MCV UK den Schweden": a person by nationality, no state
        return replace(sp, via=subject.name) if subject.outlet and subject.name else sp

    def speaker_before(self, s: ParsedSentence, k0: int, idx: int) -> Speaker:
        """The noun phrase ending at the cue: "Ökonom Hans Brandt zufolge"."""
        tokens = s.tokens
        best: NounPhrase | None = None
        end0 = k0
        if k0 > 0 and tokens[k0 - 1].text == ")":
            end0 = next(
                (k for k in range(k0 - 2, max(-1, k0 - 9), -1) if tokens[k].text == "("),
                k0,
            )
        shorter: list[NounPhrase] = []
        for k in range(end0 - 1, max(-1, end0 - 8), -1):
            if k in s.boundary:
                break
            np = parse_np(s.text, tokens, k, end0, self.lang)
            if np is not None and np.end == end0:
                if best is not None:
                    shorter.append(best)
                best = np
        sp = self.np_speaker(s, best, idx, source=True)
        if not sp.name:
            # "Angaben von Anwohnern zufolge": the source after a document noun and "von"
            for np in reversed(shorter):
                if np.start > 0 and tokens[np.start - 1].low in ("von", "vom"):
                    found = self.np_speaker(s, np, idx, source=True)
                    if found.name:
                        return found
        return sp

    def sentence_subject(
        self,
        s: ParsedSentence,
        k0: int,
        idx: int,
        end: int | None = None,
        first_only: bool = False,
    ) -> Speaker:
        """The organisation or person the sentence is about, for "nach eigenen Angaben",
        "nach ihren Schätzungen", "by its own count": the first noun phrase outside a
        prepositional phrase that names one ("Zwei Millionen Euro hat die FPÖ ..."); before
        token ``end`` when given; with ``first_only`` the first such noun phrase or nobody
        (", saying ...": the main clause's subject)."""
        tokens = s.tokens
        stop = len(tokens) if end is None else end
        pair = coordinated_subject(s, self.lang)
        if pair is not None and pair[1] <= min(stop, k0):
            return pair[0]  # "Kyrsten Sinema and Mark Kelly ... issued a warning"
        pending: str | None = None
        k = next((j + 1 for j, t in enumerate(tokens[:6]) if t.text in ("–", "—", "-")), 0)
        while k < stop:
            t = tokens[k]
            if k == k0:
                k += 1
                continue
            if t.low in PREPOSITIONS and k + 1 < stop:
                np = parse_np(s.text, tokens, k + 1, stop, self.lang, genitive=False)
                k = np.end if np is not None and np.end > k else k + 1
                continue
            np = parse_np(s.text, tokens, k, stop, self.lang)
            if np is None:
                if t.low in DETERMINERS:
                    pending = t.low  # "Die von Iran unterstützte Huthi-Miliz": an attribute
                k += 1
                continue
            if np.det is None and np.adjectives and pending is not None:
                np.det = pending
            pending = None
            sp = self.np_speaker(s, np, idx)
            if sp.name and sp.kind in ("person", "institution"):
                return sp
            if sp.pronoun in OWN_PRONOUNS:
                # "Nach eigenen Angaben beschäftigt sie ...", "it employs, by its own
                # count, ...": whoever the pronoun stands for (resolved with the article)
                return sp
            if first_only:
                return sp if sp.name and sp.strong and not sp.place else NO_SPEAKER
            k = max(np.end, k + 1)
        return NO_SPEAKER

    def colon_candidate(
        self, s: ParsedSentence, idx: int, headline: bool = False
    ) -> AttributionCandidate | None:
        """ "Selenskyj: 26 Länder ...", "Anwalt: »Meine Immobilien ...«", "21:14 Uhr - Marine
        Traffic: ...": a speaker and a colon opening the statement. Before a quotation any
        name or role counts; before plain text (a headline, a ticker line) only a person or
        an institution, because a kicker names a topic ("Ukraine: ...", "Bundesliga: ...")."""
        tokens = s.tokens
        start = 0
        dash = next(
            (k for k, t in enumerate(tokens[:10]) if k in s.boundary and t.text in "-–—"), None
        )
        if dash is not None and (dash > 0 and tokens[dash - 1].low == "uhr" or headline):
            start = dash + 1  # a ticker time: "21:14 Uhr - X: ..."
        colon = next(
            (k for k in range(start + 1, min(len(tokens), start + 9)) if tokens[k].text == ":"),
            None,
        )
        if colon is None or not tokens[colon - 1].word:
            return None
        if not any(c.isalnum() for c in s.text[tokens[colon].end :]):
            return None  # "FDP:" alone is a kicker with its text cut off, no statement
        quoted = _is_direct(s, start, colon)
        if not (quoted or headline or start > 0 or colon - start <= 3):
            return None
        np = parse_np(s.text, tokens, start, colon, self.lang)
        sp = self.np_speaker(s, np, idx) if np is not None and np.end == colon else NO_SPEAKER
        if np is not None and np.pronoun:
            return None
        if (
            (headline or start > 0)  # a headline, or a ticker line "20:36 Uhr - Bericht: ..."
            and sp.kind == "unknown"
            and tokens[colon - 1].low.rpartition("-")[2] in SOURCE_DOCUMENTS
        ):  # "ZDF-Politbarometer: ...": a compound's head
            if all(
                t.word and (k == colon - 1 or ADJ_RE.match(t.low))
                for k, t in enumerate(tokens[start:colon], start)
            ):
                # "Bericht: 20.000 Stellen fallen weg", "Neue Studie: ...", "Poll: ...": a
                # document with no author named says it
                name = tokens[colon - 1].text
                return AttributionCandidate(
                    colon, ":", Speaker(name, "unknown", True, document=True), True, False
                )
        if not (quoted or headline or start > 0) and not (
            sp.kind == "person" and sp.strong and self.article.registry.lookup(sp.name or "")
        ):
            return None  # body text: "Poposki: 100 Beamte sind gekommen" names a known person
        if (headline or start > 0) and not quoted and _kicker_repeated(s, start, colon):
            return None  # "Amazon: Amazon streicht 14.000 Stellen": the topic, not a speaker
        if sp.name and (
            sp.kind in ("person", "institution") and sp.strong and not sp.place or quoted
        ):
            return AttributionCandidate(
                colon, ":", sp, True, quoted
            )  # "Ungarn: ..." is a kicker, not a speaker
        if quoted and tokens[start].cap and colon - start <= 6:
            # "Anwalt: »...«", "Partner in einer Kanzlei: »...«": an unnamed speaker
            words = tokens[start:colon]
            if person_noun(words[0], self.lang) and not any(
                t.low.endswith(ABSTRACT_SUFFIXES)
                or is_place(t.low, set())
                or t.word
                and not t.cap
                and t.low not in PREPOSITIONS | DETERMINERS
                for t in words
            ):
                name = " ".join(s.text[words[0].start : words[-1].end].split())
                return AttributionCandidate(colon, ":", Speaker(name, "unknown", True), True, True)
        return None

    def quote_intro_candidate(self, s: ParsedSentence, idx: int) -> AttributionCandidate | None:
        """ "Merz fand deutliche Worte: »Das ist inakzeptabel.«", "Biden had a clear
        message: "We will ..."": a clause whose subject introduces the quotation after its
        colon; the subject is a named person or institution."""
        tokens = s.tokens
        colon = next(
            (k for k, t in enumerate(tokens) if t.text == ":" and k > 1 and k in s.boundary), None
        )
        if colon is None or not _is_direct(s, colon, colon + 1):
            return None
        if any(q.start < tokens[colon].start for q in s.long_spans):
            return None  # a quotation began before: not introduced by this clause
        sp = self.sentence_subject(s, -1, idx, end=colon)
        if not (sp.name and sp.strong and not sp.place and not sp.outlet):
            return None
        return AttributionCandidate(colon, ":", sp, True, True)

    def carrier_via(self, s: ParsedSentence, idx: int, claimant: str | None) -> str | None:
        """An outlet or platform in a carrier phrase: in der App "Telegram", told Reuters."""
        tokens = s.tokens
        for k, t in enumerate(tokens):
            if not (t.word and is_media(t.low, self.lang)) and not (t.cap and t.word):
                continue
            if k == 0 or not _carried(tokens, k):
                continue
            if _affiliation(tokens, k, self.lang):
                continue
            np = parse_np(s.text, tokens, k, len(tokens), self.lang, genitive=False)
            sp = self.np_speaker(s, np, idx)
            if sp.outlet and sp.name and sp.name != claimant:
                return sp.name
        for m in OUTLET_RE.finditer(s.masked):
            at = next((i for i, t in enumerate(tokens) if t.start == m.start()), None)
            if (
                at is None
                or at == 0
                or m.group() == claimant
                or _affiliation(tokens, at, self.lang)
            ):
                continue
            if _carried(tokens, at):
                return m.group()
        interview = OUTLET_INTERVIEW_RE.search(s.masked)
        if interview is not None and interview.group(1) != claimant:
            return interview.group(1)
        return None

    def candidates(
        self, s: ParsedSentence, idx: int, headline: bool = False
    ) -> list[AttributionCandidate]:
        cands: list[AttributionCandidate] = []
        cues = self.cues
        for v, t in enumerate(s.tokens):
            if t.low in cues and t.word:
                c = self.verb_candidate(s, v, idx)
                if c is not None:
                    cands.append(c)
        cands.extend(self.nominal_candidates(s, idx))
        if not any(c.speaker.name or c.speaker.pronoun for c in cands):
            c = self.colon_candidate(s, idx, headline)
            if c is None and not cands:
                c = self.quote_intro_candidate(s, idx)
            if c is not None:
                cands.append(c)
        cands.sort(key=lambda c: c.pos)
        return cands


OWN_WORDS = frozenset("eigenen seinen ihren eigener".split())
# verbs of joining an employer after "zum ORF": no relay
_JOINS = frozenset(
    "gehen gehe geht ging wechseln wechselt wechselte wechsle kommen kommt kam stoßen stößt "
    "stieß zurück zurückkehren zurückkehrt".split()
)
# possessives before "Angaben" that stand for someone named before: the pronoun they resolve as
POSSESSIVE_OWNERS = {"seinen": "er", "ihren": "sie"}
# subject pronouns that may own "eigenen Angaben" / "its own count" (never "es": "es gibt")
OWN_PRONOUNS = frozenset(("er", "sie", "he", "she", "it", "they"))
# "Ihm zufolge", "Ihr zufolge": the person a pronoun stands for
DATIVE_PRONOUNS = {"ihm": "er", "ihr": "sie", "ihnen": "they"}
# adjectives in -isch that name no country or people ("nach statistischen Angaben")
NOT_NATIONAL = frozenset(
    "statistischen medizinischen politischen technischen militärischen diplomatischen "
    "juristischen klinischen praktischen theoretischen empirischen kritischen logischen "
    "typischen chemischen physikalischen biologischen ökonomischen ökologischen "
    "strategischen taktischen telefonischen schriftlichen elektronischen".split()
)
_LINKING_S_RE = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|amt|tum|ium|rat|werk)s$")


def _name_start(tokens: list[Token], k: int) -> int:
    """The first word of a noun phrase's name, after its article and an opening quote."""
    if k < len(tokens) and tokens[k].low in DETERMINERS:
        k += 1
    if k < len(tokens) and tokens[k].text in QUOTE_CHARS:
        k += 1
    return k


def _affiliation(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether the outlet named at tokens[k] is where somebody works, not a relay: a genitive
    after a role ("der Chef der Washington Post", "ein Reporter der Zeit") or "bei der" /
    "beim" before the outlet's own name ("Bezos hat bei der Washington Post ... verkündet").
    A broadcast without an article stays a relay ("sagte er bei CNN", "beim Sender n-tv")."""
    if lang != "de" or k < 2 or is_media(tokens[k].low, lang):
        return False
    before = tokens[k - 1].low
    if tokens[k - 1].text in QUOTE_CHARS and k >= 3:
        before, k = tokens[k - 2].low, k - 1  # 'bei der "Washington Post"'
    if before == "beim":
        return True
    if before == "zum" and any(t.low in _JOINS for t in tokens[k + 1 : k + 4]):
        return True  # "dass er zum ORF gehen werde": a new employer
    if before not in ("der", "dem"):
        return False
    prev = tokens[k - 2]
    return prev.low == "bei" or (prev.cap and role_info(prev, lang) is not None)


def compound_source(prefix: str) -> Speaker:
    """ "Polizeiangaben" -> Polizei, "Regierungsangaben" -> Regierung, "Behördenangaben" ->
    Behörden: the first part of a compound of "Angaben"."""
    name = prefix[:-1] if _LINKING_S_RE.search(prefix.lower()) else prefix
    return Speaker(name, "institution", True)


def _en_adverb(low: str) -> bool:
    """An English adverb between an auxiliary and its verb: "first", "also", "rightly"."""
    return low in EN_ADVERBS or len(low) > 4 and low.endswith("ly") and low != "only"


def _possessive_spokesperson(tokens: list[Token], cs: int, end: int) -> str | None:
    """ "the ministry's spokesman", "the company's spokeswoman": the institution."""
    words = [t for t in tokens[cs:end] if t.word]
    if len(words) not in (2, 3) or len(words) == 3 and words[0].low not in ("the", "a", "an"):
        return None
    owner, role = words[-2], words[-1]
    if role.low not in SPOKES_ROLES or not owner.low.endswith(("'s", "’s")):
        return None
    name = owner.text[:-2]
    return name if name.lower() in INSTITUTIONS_EN or name[:1].isupper() else None


_DEFINITE = frozenset("der die das dem den des the this these diesem dieser diese".split())
_QUANTIFIERS = frozenset("einem einer eines".split())
# "hieß es weiter", "heißt es außerdem": the statement goes on
_GOES_ON = frozenset("weiter außerdem zudem ferner darüber".split())
# words after a document that name its author or where it appeared: "Bericht des Spiegel",
# "a report by the CBO", "einem Bericht in der Zeitung"
_AUTHOR_WORDS = frozenset("des der von vom im in bei of by from on".split())


# titles before a name: "Sens. Kyrsten Sinema and Mark Kelly"
_TITLES = frozenset("sen sens rep reps gov govs mr mrs ms dr prof".split())


def coordinated_subject(ps: ParsedSentence, lang: str) -> tuple[Speaker, int] | None:
    """Two names joined by "and"/"und" opening the sentence as its subject, titles before
    them allowed, and the token after them: the pair speaks ("Sens. Kyrsten Sinema and Mark
    Kelly, both Arizona Democrats, issued a warning", "Henry Cuellar and Vincente Gonzalez
    — along with ... — signed on to a letter, warning ...") and a following "they"/"sie"
    refers to it."""
    tokens = ps.tokens
    k = 0
    for j in range(min(4, len(tokens) - 1)):
        if not tokens[j].cap:
            break
        if tokens[j].low in _TITLES and tokens[j + 1].text == ".":
            k = j + 2  # "Texas Democratic Reps. Henry Cuellar and ..."
    first_end = name_run(tokens, k, lang)
    if first_end - k < 2 or first_end >= len(tokens) or tokens[first_end].low not in ("and", "und"):
        return None
    second_end = name_run(tokens, first_end + 1, lang)
    if second_end - (first_end + 1) < 2:
        return None
    if second_end < len(tokens) and tokens[second_end].word and tokens[second_end].cap:
        return None
    a = run_text(ps.text, tokens, k, first_end)
    b = run_text(ps.text, tokens, first_end + 1, second_end)
    pair = Speaker(f"{a} {tokens[first_end].text} {b}", "person", True, plural=True)
    return pair, second_end


def _unnamed_document(
    s: ParsedSentence, k0: int, after: int, before: bool, lang: str
) -> tuple[Speaker, bool] | None:
    """A document a source cue names with no author: it speaks itself ("laut einem
    Bericht": Bericht; "einer neuen Studie zufolge"; "according to official estimates";
    "according to multiple reports"), and whether it is definite ("dem Bericht zufolge",
    "according to the report": the one the sentence before attributed, if any). Laws,
    plans and contracts are no source (``source_documents`` in lexicon/attribution.tsv)."""
    tokens = s.tokens
    if before:  # "... Studie zufolge": the document ends at the cue
        doc = k0 - 1
        if doc < 0 or tokens[doc].low not in SOURCE_DOCUMENTS:
            return None
        first = doc
        while first > 0 and doc - first < 3 and tokens[first - 1].word:
            prev = tokens[first - 1]
            if prev.cap and prev.low not in _DEFINITE | INDEFINITE | _QUANTIFIERS:
                return None  # "der ifo-Analyse", "Ökonom Brandt": a name is read elsewhere
            first -= 1
    else:
        first = doc = after
        while doc < len(tokens) and doc - first < 3 and tokens[doc].word:
            if tokens[doc].low in SOURCE_DOCUMENTS:
                break
            if tokens[doc].cap and lang == "de" or tokens[doc].cap and doc > first:
                return None  # a name, not an unnamed document
            doc += 1
        if doc >= len(tokens) or tokens[doc].low not in SOURCE_DOCUMENTS:
            return None
        nxt = tokens[doc + 1] if doc + 1 < len(tokens) else None
        if nxt is not None and nxt.word and nxt.cap:
            return None  # "der Studie PwC Global Economic Crime Survey": a name follows
        ce = _clause_end(s, doc)
        if any(t.low in _AUTHOR_WORDS for t in tokens[doc + 1 : min(ce, doc + 4)]):
            return None  # "einem Bericht des Spiegel", "a survey just out from Pew"
    words = tokens[first : doc + 1]
    if words and words[0].low in DETERMINERS | INDEFINITE | _DEFINITE | _QUANTIFIERS:
        words = words[1:]
    if not words:
        return None
    definite = tokens[first].low in _DEFINITE
    if lang == "de":
        name = tokens[doc].text  # "einem neuen Bericht": Bericht
        if name.endswith("en") and name[:-1].lower() in SOURCE_DOCUMENTS:
            name = name[:-1]  # "Berichten zufolge": Berichte
    else:
        name = s.text[words[0].start : tokens[doc].end]  # "official estimates"
    return Speaker(name, "unknown", True, plural=name.endswith("s"), document=True), definite


def _document_at(tokens: list[Token], k: int) -> int | None:
    """The index of a document noun a statement is in: "dem Brief", "(im) Bericht", "der
    neuen Studie"; None when it is named by a genitive ("im Bericht des Rechnungshofs" is
    read as the Rechnungshof's) or is no document."""
    if k < len(tokens) and tokens[k].low in _DEFINITE:
        k += 1
    while k < len(tokens) and tokens[k].word and not tokens[k].cap and ADJ_RE.match(tokens[k].low):
        k += 1
    if k >= len(tokens) or not (
        tokens[k].low in DOCUMENT_NOUNS or tokens[k].low in SOURCE_DOCUMENTS
    ):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].low in _AUTHOR_WORDS:
        return None
    return k


def _before_colon(tokens: list[Token], v: int) -> bool:
    """Whether a colon follows the verb at ``v`` within two words ("Hofer strahlte: ...",
    "freute sich Pinkelnig: ...")."""
    return any(t.text == ":" for t in tokens[v + 1 : v + 4])


def _definite_document(tokens: list[Token], cs: int, fv: int) -> bool:
    """A subject that is only a definite article and a document noun: "the letter", "der
    Bericht", "die Studie"."""
    return (
        fv - cs == 2
        and tokens[cs].low in ("the", "der", "die", "das", "dem", "this", "dieser", "diese")
        and tokens[cs + 1].low in DOCUMENT_NOUNS
    )


def _skip_adverbials_en(tokens: list[Token], cs: int, fv: int) -> int:
    """End of an English subject before its verb, without the adverbs and times between:
    "Peskov on Friday denied", "Biden also said", "the White House late Tuesday said"."""
    end = fv
    while end > cs:
        low = tokens[end - 1].low
        if low in EN_SKIP_BEFORE_VERB:
            end -= 1
        elif low in EN_TIME_BEFORE_VERB and end - 2 >= cs:
            k = end - 1
            if tokens[k - 1].low in EN_TIME_BEFORE_VERB:
                k -= 1  # "on Friday night"
            if k - 1 >= cs and tokens[k - 1].low in EN_TIME_LEADS:
                end = k - 1
            else:
                break
        else:
            break
    return end


def _adverbial(gap: list[Token]) -> bool:
    """Whether tokens between a German subject and its verb are adverbials only: a
    prepositional phrase, a time, an adverb ("am Freitag", "auf Telegram", "bereits")."""
    if not gap or len(gap) > 8:
        return False
    first = gap[0]
    if first.low in PREPOSITIONS or TIME_WORD_RE.match(first.low):
        return all(t.word or t.text in ".-" for t in gap)
    return all(t.low in DE_SKIP_RIGHT or TIME_WORD_RE.match(t.low) for t in gap)


# a conjunction or linking adverb opening a sentence is no part of its subject
_LEADING_CONJUNCTIONS = frozenset(
    "but and yet so still also meanwhile however now then aber doch und auch jedoch".split()
)
# "sich bereit / einverstanden / für zuständig erklären": to agree or declare a state, no
# statement of a figure
_DE_DECLARED_STATE = frozenset("bereit einverstanden zuständig solidarisch".split())
_EN_NO_SPEAKER_BEFORE = frozenset("if when once unless until as than".split())
# English verbs that speak only as a frame (before a colon, a quotation, "that", or closing
# the sentence): "she added: ...", "the letter continues." but "continued negotiations"
_EN_FRAME_ONLY = frozenset("added adds continued continues".split())
_EN_FRAME_NEXT = frozenset("that in during later".split())
# what may follow an English subject's head noun before its verb without ending the subject:
# "Sources familiar with the planning say", "officials close to the talks said"
# verbs that quote a name after "what": "what he called a bill", "what the narrator calls"
_EN_NAMING_VERBS = frozenset("call calls called described describes dubbed dubs termed".split())
# "show" speaks for data and documents, not for a person showing something
_EN_SHOW_VERBS = frozenset("show shows showed".split())
# nouns that hold the speakers after "of": "a group of residents", "a team of doctors"
CONTAINER_NOUNS = frozenset("group team number couple handful majority".split())
_EN_POSTMODIFIERS = ("familiar", "close", "briefed", "knowledgeable", "involved", "aware")


def _counts(tokens: list[Token], v: int, ce: int) -> bool:
    """ "zählte 61 Erkrankte" counts (a claim about a number); "zählt zu den Favoriten",
    "zählt auf ihn" do not."""
    k = v + 1
    while k < ce and tokens[k].low in ("nicht", "auch", "noch", "weiterhin", "bereits"):
        k += 1
    if k < ce and tokens[k].low in ("zu", "zum", "zur", "auf", "als", "dazu", "mit"):
        return False
    return any(number_token_re().fullmatch(tokens[m].low) for m in range(v + 1, ce))
