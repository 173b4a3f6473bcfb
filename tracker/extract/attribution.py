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
   right after a quote by X is X's; "Das teilte X mit" / "Dies sagte X" / "That's what X
   said" attribute the previous, unattributed sentence to X too; a German sentence in
   Konjunktiv I with no cue continues the previous sentence's reported speech.  A quotation
   carries its speaker over at most ``_MAX_QUOTE_RUN`` sentences (a stray quote mark must
   not hand a paragraph to one speaker).
8. Guards that keep precision: a bare noun after a transitive cue is an object ("meldet
   Tote"); "der" + feminine noun after the verb is a dative ("widerspricht der Botschaft");
   coordinated subjects ("Frauen und Mädchen berichteten") name nobody; German words whose
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

from tracker.extract.attribution_clauses import Cand, Extractor, Sent, prepare
from tracker.extract.attribution_coref import (
    mentions,
    resolve_organisation,
    resolve_pronoun,
    same_sentence_antecedents,
)
from tracker.extract.attribution_lexicon import DATELINE_RE, KONJ1_EXCLUDE_RE, KONJ1_RE, SOURCE_RE
from tracker.extract.attribution_people import learn_organisations, learn_people
from tracker.extract.attribution_speakers import NO_SPEAKER, Article, Speaker
from tracker.extract.sentences import Sentence

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


# =========================================================================== the article pass


def _lang(language: str) -> str:
    return "de" if (language or "").lower().startswith("de") else "en"


def _choose(cands: list[Cand]) -> tuple[Cand | None, str | None, bool]:
    """The candidate that attributes the sentence, a relaying outlet, and direct-ness."""
    valid = [c for c in cands if c.speaker.name and (c.strong_cue or c.speaker.strong)]
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


def attribute_sentences(
    sentences: list[Sentence], language: str, title: str | None = None
) -> list[Attribution]:
    """One Attribution per sentence, in order (see the module doc for the rules)."""
    lang = _lang(language)
    art = Article(lang)
    ext = Extractor(art)
    prepared: list[Sent] = []
    stack: tuple[str, ...] = ()
    para: int | None = None
    if title:
        tp, _ = prepare(title, (), lang)
        learn_people(art.reg, title, tp.toks, lang, -1)
        learn_organisations(art.orgs, title, tp.toks, lang, -1)
    for i, sent in enumerate(sentences):
        if sent.paragraph != para:
            stack, para = (), sent.paragraph
        ps, stack = prepare(sent.text, stack, lang)
        prepared.append(ps)
        learn_people(art.reg, sent.text, ps.toks, lang, i)
        learn_organisations(art.orgs, sent.text, ps.toks, lang, i)
        art.lower_words.update(t.low for t in ps.toks if t.word and not t.cap)
    for p in art.reg.persons:
        p.last_seen = -1
    article_via: str | None = None
    for sent in sentences:
        m = SOURCE_RE.search(sent.text)
        if m:
            article_via = " ".join(m.group(1).split())
            break
    if article_via is None and sentences:
        m = DATELINE_RE.match(sentences[0].text)
        if m:
            article_via = m.group(1)

    results: list[Attribution] = []
    speakers: list[Speaker | None] = []
    open_quote: tuple[Attribution, Speaker] | None = None
    quote_run = 0  # sentences a quotation has stayed open: a stray quote mark must not
    # hand one speaker the rest of a paragraph
    for i, (sent, ps) in enumerate(zip(sentences, prepared, strict=True)):
        same_para = i > 0 and sentences[i - 1].paragraph == sent.paragraph
        if not same_para:
            open_quote = None
        cands = ext.candidates(ps, i, headline=sent.paragraph < 0)
        named: list[tuple[int, Speaker]] | None = None
        for c in cands:
            if c.previous:
                # "Demnach ...": whoever the sentence before attributes
                c.speaker = speakers[i - 1] if i > 0 and speakers[i - 1] else NO_SPEAKER
                continue
            if c.speaker.pronoun:
                if named is None:
                    named = mentions(art, ps, i, touch=False)
                before = same_sentence_antecedents(ps, named, c.pos, c.speaker.pronoun, lang)
                c.speaker = resolve_pronoun(art, c.speaker.pronoun, c.verb, i, before)
            else:
                c.speaker = resolve_organisation(art, c.speaker, i)
        chosen, via, direct = _choose(cands)
        has_quote = bool(ps.long_spans)
        speaker: Speaker | None = None
        if chosen is not None:
            speaker = chosen.speaker
            if via is None:
                via = ext.carrier_via(ps, i, speaker.name)
            attr = Attribution(
                speaker.name,
                speaker.kind,
                "direct_quote" if direct else "reported",
                via,
                has_quote,
                chosen.cue,
            )
            if chosen.refer_back and i > 0 and results[i - 1].claimant is None:
                prev_direct = bool(prepared[i - 1].long_spans) and prepared[i - 1].fully_quoted
                results[i - 1] = _with(
                    attr,
                    attribution="direct_quote" if prev_direct else "reported",
                    has_quote=results[i - 1].has_quote,
                )
                speakers[i - 1] = speaker
        elif ps.starts_inside and open_quote is not None and quote_run < _MAX_QUOTE_RUN:
            attr = _with(open_quote[0], has_quote=True, attribution="direct_quote")
            speaker = open_quote[1]
        elif (
            ps.fully_quoted
            and i > 0
            and results[i - 1].attribution == "direct_quote"
            and results[i - 1].claimant
            and sentences[i].paragraph - sentences[i - 1].paragraph <= 1
        ):
            attr = _with(results[i - 1], has_quote=True)
            speaker = speakers[i - 1]
        elif (
            lang == "de"
            and same_para
            and results[i - 1].claimant
            and results[i - 1].attribution != "author"
            and not any(c.strong_cue for c in cands)
            and KONJ1_RE.search(ps.masked)
            and not KONJ1_EXCLUDE_RE.search(ps.masked)
        ):
            attr = _with(results[i - 1], attribution="reported", has_quote=has_quote)
            speaker = speakers[i - 1]
        else:
            strong = next((c for c in cands if c.strong_cue), None)
            if strong is not None:
                attr = Attribution(None, "unknown", "reported", None, has_quote, strong.cue)
            else:
                attr = _with(AUTHOR, has_quote=has_quote)
            if via is None and strong is not None:
                attr = _with(attr, via=ext.carrier_via(ps, i, None))
        results.append(attr)
        speakers.append(speaker)
        if ps.ends_open:
            if not ps.starts_inside:
                quote_run = 0
            quote_run += 1
            if attr.claimant and attr.attribution == "direct_quote" and speaker is not None:
                open_quote = (attr, speaker)
            elif not ps.starts_inside:
                open_quote = None
        else:
            open_quote = None
        for _, mention in reversed(mentions(art, ps, i)):
            art.salience.append((i, mention, False))
        if speaker is not None and speaker.name:
            art.salience.append((i, speaker, True))

    # a quotation whose speaker is named only where it closes: fill it backwards
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
    if article_via:
        results = [r if r.via else _with(r, via=article_via) for r in results]
    return results


def has_attribution_cue(sentence_text: str, language: str) -> bool:
    """Whether the sentence carries an attribution verb or phrase outside quotations."""
    lang = _lang(language)
    ps, _ = prepare(sentence_text, (), lang)
    cands = Extractor(Article(lang)).candidates(ps, 0)
    return any(c.strong_cue or c.speaker.name for c in cands)
