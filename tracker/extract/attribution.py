"""Who claims each sentence: claimant, relay (via), attribution kind, quotation.

Rule-based, German and English (other languages use the English rules), one pass over an
article's sentences.  The design choices, in order of application:

1. Quotations are found with the quote pairing of ``sentences.scan_quotes``, carried across
   the sentences of a paragraph.  Long quotations (4+ words, or sentence punctuation, or
   spanning sentences) are masked, so that words inside a quotation ("wie ich sagte") are
   never read as attribution; short quotes ("Iswestija", scare quotes) stay readable.
2. Names: a first pass over the article (and the title) registers people from strong
   patterns only: role + name ("Landrätin Petra Vogt", "Mayor Ellen Park",
   "district administrator Petra Vogt"), role phrase + apposition ("der Sprecher des
   Präsidialamtes, Dmitri Peskow,"), known given name + surname ("Donald Trump"), name +
   party ("Wolfgang Katzian (SPÖ)").  A surname alone later resolves to the longest full
   name with that surname (``names.same_claimant``).  The same pass types organisations:
   descriptor + name ("der Autozulieferer Varnholt", "utility Eastmoor Power", "the GZL
   union"), name forms ("Eastmoor Power", "X AG", a rail company "Lindenbahn") and authority
   compounds ("Gesundheitsamt").
3. Cues: attribution verbs (finite, separable with their particle, verb-final, participle
   with auxiliary) and phrases (laut, nach Angaben, zufolge, wie ... mitteilte, so X,
   heißt es aus, unter Berufung auf, according to, citing).  For a verb the speaker is the
   noun phrase before it in its clause (German Vorfeld / English subject) or, when that is
   not a speaker (an adverb, "Am Montag", "Das"), the one right after it.  Weak cues
   (lobte, dankte, forderte, kritisierte, beschuldigte, zählte + a number, ...) count only
   with a strong speaker (a known person, a role + name, an institution, a typed
   organisation).  English names the speaker at the end as often as at the start ("...,
   Wrenhallow Fire and Rescue Service said", "according to the ambulance service").
4. Speakers are classified: person (registered, role + name, given name + surname),
   institution (lexicon and compound suffixes: Polizei, Landratsamt, Kreml,
   -ministerium, finance office, organisers, an unnamed "Feuerwehrsprecher"), outlet
   (media noun + name, known agencies and platforms), group (Experten, witnesses: kind
   "unknown"), pronoun (er/sie/he/she/they/it: the subject that opens its own sentence or a
   person named before the reported content, then the most recent fitting speaker, then the
   most recent fitting mention; gender from roles, given names and articles).  A generic
   organisation noun ("das Unternehmen", "die Behörde", "the operator", "a company
   spokeswoman") is the one organisation of its type named earlier, if exactly one was
   (``attribution_coref``).  Places, function words and common nouns are never claimants:
   an honest None beats a wrong name.
5. Via: an outlet that is the subject of a reporting verb while someone else speaks in the
   same sentence ("Die Zeitung "Iswestija" berichtete, dass ... Peskow sagte"), an outlet or
   platform in a carrier phrase ("in der App "Telegram"", "told Reuters", "sagte dem Sender
   RT", "in einem Interview mit"), "unter Berufung auf"/"citing", and "(Quelle: X)" /
   "(Source: X)" anywhere in the article, or a wire dateline ("WASHINGTON (Reuters) -"),
   for every sentence without a via of its own.  An outlet that is only the subject of a
   reporting verb, with nobody else speaking, is the claimant itself.
6. Attribution kind: ``direct_quote`` when the cue is attached to a long quotation
   (`"...", sagte X` / `X sagte: "..."` / `"...," X said`), or the sentence continues a
   quotation; ``reported`` for any other cue; ``author`` when nothing attributes it.
7. Carrying over: sentences inside one quotation share its speaker; a stand-alone quotation
   right after a quote by X, or after X's reported speech framed by a verb, is X's; "Das
   teilte X mit" / "Dies sagte X" / "That's what X said" attribute the previous,
   unattributed sentence to X too; a German sentence in Konjunktiv I with no cue continues
   the reported speech of the sentence before, or of one up to ``_MAX_NARRATION_GAP``
   narrated sentences back when its Konjunktiv I stands in the main clause and no other
   person came into view; "Demnach", "hieß es weiter", "Dem Bericht zufolge" go on with
   whoever the sentence before attributed.  A quotation carries its speaker over at most
   ``_MAX_QUOTE_RUN`` sentences (a stray quote mark must not hand a paragraph to one
   speaker).
7a. References resolved from earlier sentences: a spokesperson of nobody named ("Ein
   Sprecher sagte") speaks for the organisation a sentence before was about; "the
   lawmakers" right after two people named together are they; "der Norweger" is the person
   introduced so, else the one person the sentence before named; "nach ihren Angaben" is
   whoever the possessive stands for; a document with no author ("laut einem Bericht",
   "according to official estimates") speaks itself; a generic organisation noun with no
   organisation of its type named is the organisation that spoke in the two sentences
   before ("Nach Angaben der Beobachtungsstelle ... Wie die Organisation mitteilte"), else
   one a recent sentence was about (a dateline "Damaskus –" is no such sentence subject);
   "Demnach" after a sentence that presents a document and attributes nothing is the
   presenter's ("Das RKI stellte seinen Bericht vor. Demnach ...").
8. Guards that keep precision: a bare noun after a transitive cue is an object ("meldet
   Tote"); "der" + feminine noun after the verb is a dative ("widerspricht der Botschaft");
   coordinated subjects ("Frauen und Mädchen berichteten") name nobody; a headline or
   ticker kicker whose name comes back after the colon is a topic ("Amazon: Amazon
   streicht ..."); an outlet after an article joined to another noun is no relay
   ("zwischen den Behörden und der Krone"); German words whose
   simplemma lemma is lower case ("Dabei", "Seinerseits") or that also occur lower case in
   the article are never names; "sagte ... zu" (promised) and "zum X erklärt" (declared)
   are not speech; the cue of a rejected value ("not 5,000 as the mayor had claimed",
   "nicht 640, wie der Betriebsrat behauptet") is not the sentence's.  A cue whose speaker
   cannot be named gives ``reported`` with claimant None, not a guess.

Modules: ``attribution_lexicon`` (word lists and regex tables), ``attribution_words``
(tokens, quotation masking, word classes), ``attribution_people`` (people and organisations
named in the article), ``attribution_speakers`` (noun phrases and what they name),
``attribution_clauses`` (cues and their speakers in one sentence), ``attribution_coref``
(pronouns and generic organisation nouns), and this module (the article pass).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tracker.extract.attribution_clauses import (
    AttributionCandidate,
    Extractor,
    ParsedSentence,
    coordinated_subject,
    prepare,
)
from tracker.extract.attribution_coref import (
    generic_kind,
    mentions,
    resolve_organisation,
    resolve_pronoun,
    same_sentence_antecedents,
)
from tracker.extract.attribution_lexicon import (
    CUES,
    DATELINE_RE,
    DOCUMENT_NOUNS,
    DOCUMENT_SUFFIXES,
    KONJ1_EXCLUDE_RE,
    KONJ1_RE,
    KONJ1_STRICT_RE,
    OUTLET_ALIASES,
    PLURAL_ROLES,
    PRESENTING_VERBS,
    SOURCE_RE,
)
from tracker.extract.attribution_people import (
    learn_organisations,
    learn_people,
)
from tracker.extract.attribution_speakers import (
    NO_SPEAKER,
    SPOKESPERSON,
    ArticleState,
    Speaker,
    parse_np,
)
from tracker.extract.attribution_words import first_gender, subjunctive_verb
from tracker.extract.sentences import Sentence
from tracker.lexicon import fold_name

__all__ = ["Attribution", "attribute_sentences", "has_attribution_cue"]


@dataclass(frozen=True)
class Attribution:
    claimant: str | None
    claimant_kind: str  # "person" | "institution" | "unknown"
    attribution: str  # "direct_quote" | "reported" | "author"
    via: str | None
    has_quote: bool
    attribution_cue: str | None


AUTHOR = Attribution(None, "unknown", "author", None, False, None)
_MAX_QUOTE_RUN = 5
# narrated sentences German reported speech may look back over for its speaker
_MAX_NARRATION_GAP = 2


# =========================================================================== the article pass


def _lang(language: str) -> str:
    return "de" if (language or "").lower().startswith("de") else "en"


def _choose(
    cands: list[AttributionCandidate],
) -> tuple[AttributionCandidate | None, str | None, bool]:
    """The candidate that attributes the sentence, a relaying outlet, and direct-ness.

    A frame closing the sentence (", sagte der Gouverneur.") speaks all of it, even where
    a cue inside reports someone else ("Die Behörden meldeten nicht 120, sondern 80, sagte
    der Gouverneur"); otherwise the first named speaker, an outlet only relaying when
    someone else speaks too."""
    valid = [c for c in cands if c.speaker.name and (c.strong_cue or c.speaker.strong)]
    trailing = [c for c in valid if c.trailing and not c.speaker.outlet]
    if trailing:
        valid = trailing + [c for c in valid if c not in trailing]
    outlets = [c for c in valid if c.speaker.outlet]
    others = [c for c in valid if not c.speaker.outlet]
    via: str | None = None
    if outlets and others:
        chosen = others[0]
        via = outlets[0].speaker.name
    elif valid:
        chosen = valid[0]
    else:
        return None, None, False
    if chosen.via and chosen.via != "__subject__":
        via = chosen.via
    direct = any(c.direct and c.speaker.name == chosen.speaker.name for c in valid)
    return chosen, via, direct


def _with(a: Attribution, **changes: Any) -> Attribution:
    return replace(a, **changes)


def _prepare_all(sentences: list[Sentence], lang: str) -> list[ParsedSentence]:
    """Each sentence prepared with the quotations still open before it, paragraph by
    paragraph. A quotation that never closes in its paragraph (a lost closing mark, common
    in scraped text) is taken to end with the sentence that opened it: otherwise it would
    mask every later sentence of the paragraph, the cues of other speakers included."""
    prepared: list[ParsedSentence] = []
    start = 0
    while start < len(sentences):
        end = start
        while end < len(sentences) and sentences[end].paragraph == sentences[start].paragraph:
            end += 1
        stack: tuple[str, ...] = ()
        opened_at: int | None = None
        for i in range(start, end):
            ps, after = prepare(sentences[i].text, stack, lang)
            prepared.append(ps)
            if after and not stack:
                opened_at = i
            stack = after
        if stack and opened_at is not None:
            stack = ()
            for i in range(opened_at + 1, end):
                prepared[i], stack = prepare(sentences[i].text, stack, lang)
        start = end
    return prepared


def _article_via(sentences: list[Sentence]) -> str | None:
    """A relay for the whole article: "(Quelle: X)" anywhere, or a wire dateline."""
    for sent in sentences:
        m = SOURCE_RE.search(sent.text)
        if m:
            return " ".join(m.group(1).split())
    body = [s for s in sentences if s.index >= 0]
    if body:
        m = DATELINE_RE.match(body[0].text)
        if m:
            return m.group(1)
    return None


def _name_like_runs(ps: ParsedSentence) -> int:
    """How many names a sentence may hold: runs of two or more capitalised words ("Ella
    Grant", "Elysee Palace") and lone known given names; more than one (or an unknown name
    run) keeps a bare role from referring back to it."""
    runs = 0
    run: list[str] = []
    for t in [*ps.tokens, None]:
        if t is not None and t.word and t.cap:
            run.append(t.text)
            continue
        if len(run) >= 2 or len(run) == 1 and first_gender(run[0]):
            runs += 1
        run = []
    return runs


class _Pass:
    """One attribution pass over an article's sentences (see the module doc)."""

    def __init__(self, sentences: list[Sentence], lang: str, title: str | None) -> None:
        self.sentences = sentences
        self.lang = lang
        self.article = ArticleState(lang)
        self.ext = Extractor(self.article)
        if title:
            tp, _ = prepare(title, (), lang)
            learn_people(self.article.registry, title, tp.tokens, lang, -1)
            learn_organisations(self.article.orgs, title, tp.tokens, lang, -1)
        self.prepared = _prepare_all(sentences, lang)
        for i, (sent, ps) in enumerate(zip(sentences, self.prepared, strict=True)):
            learn_people(self.article.registry, sent.text, ps.tokens, lang, i)
            learn_organisations(self.article.orgs, sent.text, ps.tokens, lang, i)
            self.article.lower_words.update(t.low for t in ps.tokens if t.word and not t.cap)
            self.article.given_names[i] = _name_like_runs(ps)
        for p in self.article.registry.persons:
            p.last_seen = -1
        self.results: list[Attribution] = []
        self.speakers: list[Speaker | None] = []
        self.open_quote: tuple[Attribution, Speaker] | None = None
        # sentences a quotation has stayed open: a stray quote mark must not hand one
        # speaker the rest of a paragraph
        self.quote_run = 0

    def run(self) -> list[Attribution]:
        for i in range(len(self.sentences)):
            self.sentence(i)
        self.fill_backwards()
        self.continue_quotations()
        self.first_person_neighbours()
        article_via = _article_via(self.sentences)
        if article_via:
            return [r if r.via else _with(r, via=article_via) for r in self.results]
        return self.results

    def resolve(self, cands: list[AttributionCandidate], i: int) -> None:
        """Pronouns, generic organisation nouns and "Demnach" to who they name."""
        ps = self.prepared[i]
        named: list[tuple[int, Speaker]] | None = None
        for c in cands:
            if c.previous:
                # "Demnach ...": whoever the sentence before attributes
                prev = self.speakers[i - 1] if i > 0 else None
                if prev is None and c.speaker.document:
                    # "Der Rechnungshof legte einen Bericht vor. Dem Bericht zufolge ...": the
                    # organisation the sentence before was about, else the report itself
                    about = [name for k, name in self.article.subjects if k == i - 1]
                    prev = Speaker(about[-1], "institution", True) if about else c.speaker
                if prev is None and i > 0:
                    prev = self.presenter(i - 1)
                c.speaker = prev or NO_SPEAKER
            elif c.speaker.pronoun == SPOKESPERSON:
                c.speaker = self.spokesperson_of(i, c.speaker)
            elif c.speaker.pronoun:
                if named is None:
                    named = mentions(self.article, ps, i, touch=False)
                before = same_sentence_antecedents(ps, named, c.pos, c.speaker.pronoun, self.lang)
                c.speaker = resolve_pronoun(self.article, c.speaker.pronoun, c.verb, i, before)
            elif _plural_role(ps, c.speaker):
                c.speaker = self.recent_pair(i) or c.speaker
            else:
                c.speaker = resolve_organisation(self.article, c.speaker, i)

    def presenter(self, j: int) -> Speaker | None:
        """Who presents a document in sentence ``j`` that attributes nothing ("Streeck hat
        den Drogenbericht vorgestellt", "Zahlen, die die Plattform X vorstellte"): the
        person or organisation named before the presenting verb, for a "Demnach" after it."""
        ps = self.prepared[j]
        if self.results[j].attribution != "author" or self.lang != "de":
            return None
        verb = next((k for k, t in enumerate(ps.tokens) if t.low in PRESENTING_VERBS), None)
        if verb is None or not any(
            t.low in DOCUMENT_NOUNS or t.low.endswith(DOCUMENT_SUFFIXES) for t in ps.tokens
        ):
            return None
        sp = self.ext.sentence_subject(ps, -1, j, end=verb)
        if sp.name and not (sp.place or sp.outlet or sp.document):
            return sp
        return None

    def spokesperson_of(self, i: int, spokes: Speaker) -> Speaker:
        """A spokesperson of nobody named speaks for the organisation a sentence up to two
        before was about ("Die Deutsche Bahn streicht 200 Verbindungen. Ein Sprecher sagte
        ..."), else for the one organisation the article named; else "der Sprecher" keeps
        its role and "ein Sprecher" names nobody."""
        about = [name for k, name in self.article.subjects if 1 <= i - k <= 2]
        if about:
            return Speaker(about[-1], "institution", True)
        named = [o for o in self.article.orgs.items if o.first <= i]
        if len(named) == 1:
            return Speaker(named[0].name, "institution", True)
        if spokes.fallback:
            return Speaker(spokes.fallback, "person", True, gender=spokes.gender)
        return NO_SPEAKER

    def recent_pair(self, i: int) -> Speaker | None:
        """Two people who spoke together up to two sentences before ``i`` ("Henry Cuellar
        and Vincente Gonzalez"), for "the lawmakers", "die Abgeordneten"."""
        for s_idx, sp, was_speaker in reversed(self.article.salience):
            if i - s_idx > 2:
                break
            if was_speaker and sp.plural and sp.kind == "person":
                return sp
        return None

    def sentence(self, i: int) -> None:
        sent, ps = self.sentences[i], self.prepared[i]
        same_para = i > 0 and self.sentences[i - 1].paragraph == sent.paragraph
        if not same_para:
            self.open_quote = None
        cands = self.ext.candidates(ps, i, headline=sent.paragraph < 0)
        self.note_subject(i)  # "Lidl senkte ..., wie der Discounter mitteilte": Lidl
        self.resolve(cands, i)
        chosen, via, direct = _choose(cands)
        speaker: Speaker | None
        if chosen is not None:
            attr, speaker = self.attributed(i, chosen, via, direct)
        else:
            attr, speaker = self.unattributed(i, cands, same_para)
        self.results.append(attr)
        self.speakers.append(speaker)
        self.track_quotation(ps, attr, speaker)
        named = mentions(self.article, ps, i)
        for _, mention in reversed(named):
            self.article.salience.append((i, mention, False))
        if speaker is not None and speaker.name:
            self.article.salience.append((i, speaker, True))
        elif speaker is None:
            pair = coordinated_subject(ps, self.lang)
            if pair is not None:
                # "Sens. Kyrsten Sinema and Mark Kelly issued a warning. '...,' they said."
                self.article.salience.append((i, pair[0], True))

    def attributed(
        self, i: int, chosen: AttributionCandidate, via: str | None, direct: bool
    ) -> tuple[Attribution, Speaker]:
        ps = self.prepared[i]
        speaker = chosen.speaker
        if via is None and chosen.previous and i > 0 and self.speakers[i - 1] is speaker:
            via = self.results[i - 1].via  # "Demnach ...": the relay comes along
        if via is None:
            via = self.ext.carrier_via(ps, i, speaker.name)
        if via and speaker.name and _same_outlet(via, speaker.name):
            via = None  # 'berichtet der "Spiegel"': the outlet speaks, it relays nobody
        kind = "direct_quote" if direct else "reported"
        attr = Attribution(speaker.name, speaker.kind, kind, via, bool(ps.long_spans), chosen.cue)
        bare = _bare_attribution(ps)
        if (chosen.refer_back or bare) and i > 0 and self.results[i - 1].claimant is None:
            # "Das teilte X mit." / "Casey said in a statement." after an unattributed
            # statement or quotation: X said that one
            previous = self.prepared[i - 1]
            prev_direct = bool(previous.long_spans) and previous.fully_quoted
            if chosen.refer_back or prev_direct:
                self.results[i - 1] = _with(
                    attr,
                    attribution="direct_quote" if prev_direct else "reported",
                    has_quote=self.results[i - 1].has_quote,
                )
                self.speakers[i - 1] = speaker
        return attr, speaker

    def unattributed(
        self, i: int, cands: list[AttributionCandidate], same_para: bool
    ) -> tuple[Attribution, Speaker | None]:
        """No cue names a speaker: an open quotation, a quotation right after another by the
        same speaker, or German reported speech (Konjunktiv I) continue; else the author."""
        ps = self.prepared[i]
        has_quote = bool(ps.long_spans)
        prev = self.results[i - 1] if i > 0 else None
        if ps.starts_inside and self.open_quote is not None and self.quote_run < _MAX_QUOTE_RUN:
            return _with(self.open_quote[0], has_quote=True, attribution="direct_quote"), (
                self.open_quote[1]
            )
        if (
            ps.fully_quoted
            and prev is not None
            and prev.attribution == "direct_quote"
            and prev.claimant
            and self.sentences[i].paragraph - self.sentences[i - 1].paragraph <= 1
        ):
            return _with(prev, has_quote=True), self.speakers[i - 1]
        if self.lang == "de" and not any(c.strong_cue for c in cands) and _reported_speech(ps):
            j = self.reported_speaker(i)
            if j is not None and (
                j == i - 1 or not cands and _reported_speech(ps, first_clause=True, strict=True)
            ):
                return _with(self.results[j], attribution="reported", has_quote=has_quote), (
                    self.speakers[j]
                )
        strong = next((c for c in cands if c.strong_cue), None)
        if strong is None:
            return _with(AUTHOR, has_quote=has_quote), None
        attr = Attribution(None, "unknown", "reported", None, has_quote, strong.cue)
        return _with(attr, via=self.ext.carrier_via(ps, i, None)), None

    def reported_speaker(self, i: int) -> int | None:
        """The sentence whose speaker German reported speech (Konjunktiv I) at ``i``
        continues: the nearest one before it in its paragraph with a named speaker, at most
        ``_MAX_NARRATION_GAP`` narrated sentences back ("X sagte, ... . Die Regierung hatte
        ... beschlossen. Man werde ... prüfen." is X's); a sentence with a cue of its own
        but no speaker named ends the search."""
        para = self.sentences[i].paragraph
        for j in range(i - 1, max(-1, i - 2 - _MAX_NARRATION_GAP), -1):
            if self.sentences[j].paragraph != para:
                return None
            found = self.results[j]
            if found.claimant and found.attribution != "author":
                return j
            if found.attribution != "author" or found.has_quote:
                return None
            if mentions(self.article, self.prepared[j], j, touch=False):
                return None  # "Franziskus erwähnte den Vulkan ...": someone else is in view
        return None

    def note_subject(self, i: int) -> None:
        """An organisation-like name opening the sentence ("Ryanair cancelled ..."), for a
        later generic noun ("the airline")."""
        ps = self.prepared[i]
        np = parse_np(ps.text, ps.tokens, 0, len(ps.tokens), self.lang)
        if np is None or not np.words or np.pronoun or len(np.words) > 4:
            return
        if np.end < len(ps.tokens) and ps.tokens[np.end].text in ("–", "—", "-"):
            return  # a dateline ("Damaskus – Bei Kämpfen ..."): a place, not what it is about
        sp = self.article.classify(ps.text, np, i)
        if sp.name and sp.kind in ("institution", "unknown") and not sp.plural and not sp.place:
            if not generic_kind(sp.name) and not sp.outlet:
                self.article.subjects.append((i, sp.name))

    def track_quotation(
        self, ps: ParsedSentence, attr: Attribution, speaker: Speaker | None
    ) -> None:
        if ps.ends_open:
            if not ps.starts_inside:
                self.quote_run = 0
            self.quote_run += 1
            if attr.claimant and attr.attribution == "direct_quote" and speaker is not None:
                self.open_quote = (attr, speaker)
            elif not ps.starts_inside:
                self.open_quote = None
        else:
            self.open_quote = None

    def fill_backwards(self) -> None:
        """A quotation whose speaker is named only where it closes: fill it backwards."""
        results, prepared, sentences = self.results, self.prepared, self.sentences
        for i in range(len(results) - 2, -1, -1):
            nxt = results[i + 1]
            if (
                results[i].attribution == "author"
                and prepared[i].ends_open
                and prepared[i + 1].starts_inside
                and sentences[i].paragraph == sentences[i + 1].paragraph
                and nxt.attribution == "direct_quote"
                and nxt.claimant
            ):
                results[i] = _with(nxt, has_quote=True, attribution_cue=nxt.attribution_cue)

    def continue_quotations(self) -> None:
        """A quotation that opens right after a statement of X, with no speaker of its own,
        is X's too: after X's quotation ('"...," Ernst said. "They are concerned about ...')
        or X's reported speech framed by a verb ("Cademartori sagte, die Konzerne hätten
        nicht erklären können ... "Offen blieb auch die Frage ..."); not after a source
        phrase ("laut Polizei", "according to"), which frames no speech."""
        results, prepared, sentences = self.results, self.prepared, self.sentences
        for i in range(1, len(results)):
            prev = results[i - 1]
            ps = prepared[i]
            if (
                results[i].attribution == "author"
                and ps.long_spans
                and ps.long_spans[0].start >= 0
                and not ps.masked[: ps.long_spans[0].start].strip()
                and (
                    prev.attribution == "direct_quote"
                    or prev.attribution == "reported"
                    and _verb_cue(prev.attribution_cue)
                )
                and prev.claimant
                and 0 <= sentences[i].paragraph - sentences[i - 1].paragraph <= 1
            ):
                results[i] = _with(prev, has_quote=True)
                self.speakers[i] = self.speakers[i - 1]

    def first_person_neighbours(self) -> None:
        """German text that lost its quotation marks (derStandard): a sentence in the first
        person with no cue of its own, next to one in the first person that a speaker frames
        ("Ich habe Fortschritte gemacht. Ich glaube, es wäre ein Risiko, erklärte Federer."),
        is the same speaker's. Runs of such sentences are followed both ways."""
        if self.lang != "de":
            return
        results, prepared, sentences = self.results, self.prepared, self.sentences
        first = [_first_person(ps) for ps in prepared]
        for step in (-1, 1):  # backwards from a frame after, forwards from a frame before
            order = range(len(results) - 2, -1, -1) if step == 1 else range(1, len(results))
            for i in order:
                j = i + step
                nxt = results[j]
                if (
                    results[i].claimant is None
                    and (results[i].attribution_cue is None or first[i] == "subject")
                    and first[i]
                    # "Ich habe ... gesagt" after X's statement: X goes on speaking
                    and (first[j] or first[i] == "subject" and step == -1)
                    and nxt.claimant
                    and nxt.claimant_kind != "institution"  # "ich" is a person speaking
                    and sentences[i].paragraph == sentences[j].paragraph
                ):
                    results[i] = _with(nxt, has_quote=results[i].has_quote)
                    self.speakers[i] = self.speakers[j]


def _reported_speech(ps: ParsedSentence, first_clause: bool = False, strict: bool = False) -> bool:
    """A German sentence in reported speech: a Konjunktiv I (or II) verb outside
    quotations, not in set phrases ("es sei denn", "sei es"); with ``first_clause`` the verb
    must stand before the first comma, in the main clause ("An 25 Orten seien Einschläge
    verzeichnet worden", not "..., zumal Zielpunkt weitere Verluste bauen werde"); with
    ``strict`` only Konjunktiv I counts ("wären", "würden" also narrate what would be)."""
    tokens = ps.tokens
    masked = ps.masked
    if first_clause:
        cut = next((k for k, t in enumerate(tokens) if t.text in (",", ":", ";")), len(tokens))
        tokens = tokens[:cut]
        masked = masked[: tokens[-1].end] if tokens else ""
    forms = KONJ1_STRICT_RE if strict else KONJ1_RE
    return bool(
        forms.search(masked)
        or any(
            t.word
            and not t.cap
            and not (k + 1 < len(tokens) and tokens[k + 1].cap)  # "faule Kredite"
            and subjunctive_verb(t.low, konjunktiv2=not strict)
            for k, t in enumerate(tokens)
        )
    ) and not KONJ1_EXCLUDE_RE.search(ps.masked)


def _plural_role(ps: ParsedSentence, speaker: Speaker) -> bool:
    """A definite plural role as speaker: "the lawmakers", "die Abgeordneten"."""
    name = (speaker.name or "").lower()
    if name not in PLURAL_ROLES:
        return False
    return any(
        t.low == name and k > 0 and ps.tokens[k - 1].low in ("the", "die", "these", "diese")
        for k, t in enumerate(ps.tokens)
    )


def _verb_cue(cue: str | None) -> bool:
    """Whether an attribution came from a speech verb ("sagte", "said"), not a source
    phrase ("laut", "according to", "nach Angaben")."""
    return cue is not None and (cue in _VERB_CUE_LABELS or any(cue in t for t in CUES.values()))


_VERB_CUE_LABELS = frozenset(c.label for table in CUES.values() for c in table.values())


_FIRST_PERSON_DE = frozenset(
    "ich mich mir mein meine meiner meinen meinem wir uns unser unsere unserer unseren "
    "unserem".split()
)


def _first_person(ps: ParsedSentence) -> str | None:
    """Whether the sentence speaks in the first person outside quotation marks: "subject"
    when "ich"/"wir" is the subject of its first clause ("Wir haben gesagt, dass ...",
    "Ich habe den Norwegern gesagt"), "word" for any other first-person word, else None."""
    words = [t for t in ps.tokens if t.word]
    if any(t.low in ("ich", "wir") for t in words[:3]):
        return "subject"
    return "word" if any(t.low in _FIRST_PERSON_DE for t in words) else None


def _same_outlet(a: str, b: str) -> bool:
    """ "Spiegel" and "Der Spiegel" name one outlet."""
    fa, fb = fold_name(a), fold_name(b)
    fa, fb = fold_name(OUTLET_ALIASES.get(fa, a)), fold_name(OUTLET_ALIASES.get(fb, b))
    return fa in fb or fb in fa


def _bare_attribution(ps: ParsedSentence) -> bool:
    """A sentence that only says who spoke: "Casey said in a statement.", "Das teilte die
    Polizei mit." (no content of its own)."""
    words = [t for t in ps.tokens if t.word]
    return (
        not ps.long_spans
        and 2 <= len(words) <= 7
        and not any(t.low in _CONTENT_WORDS or t.text[:1].isdigit() for t in ps.tokens)
    )


_CONTENT_WORDS = frozenset("that dass ob whether wonach weil because".split())


def attribute_sentences(
    sentences: list[Sentence], language: str, title: str | None = None
) -> list[Attribution]:
    """One Attribution per sentence, in order (see the module doc for the rules)."""
    return _Pass(sentences, _lang(language), title).run()


def has_attribution_cue(sentence_text: str, language: str) -> bool:
    """Whether the sentence carries an attribution verb or phrase outside quotations."""
    lang = _lang(language)
    ps, _ = prepare(sentence_text, (), lang)
    cands = Extractor(ArticleState(lang)).candidates(ps, 0)
    return any(c.strong_cue or c.speaker.name for c in cands)
