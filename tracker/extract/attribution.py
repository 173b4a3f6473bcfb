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
   name with that surname (``names.same_claimant``).
3. Cues: attribution verbs (finite, separable with their particle, verb-final, participle
   with auxiliary) and phrases (laut, nach Angaben, zufolge, wie ... mitteilte, so X,
   heißt es aus, unter Berufung auf, according to, citing).  For a verb the speaker is the
   noun phrase before it in its clause (German Vorfeld / English subject) or, when that is
   not a speaker (an adverb, "Am Montag", "Das"), the one right after it.  Weak cues
   (lobte, dankte, forderte, kritisierte, beschuldigte, ...) count only with a strong
   speaker (a known person, a role + name, an institution).
4. Speakers are classified: person (registered, role + name, given name + surname),
   institution (lexicon and compound suffixes: Polizei, Landratsamt, Kreml,
   -ministerium, finance office, organisers, an unnamed "Feuerwehrsprecher"), outlet
   (media noun + name, known agencies and platforms), group (Experten, witnesses: kind
   "unknown"), pronoun (er/sie/he/she/they/it: the most recent fitting speaker, then the
   most recent fitting mention; gender from roles, given names and articles).  Places,
   function words and common nouns are never claimants: an honest None beats a wrong name.
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
   are not speech.  A cue whose speaker cannot be named gives ``reported`` with claimant
   None, not a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from tracker.extract.names import first_name_gender, fold_name, same_claimant
from tracker.extract.sentences import QUOTE_CHARS, QuoteSpan, Sentence, scan_quotes

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

# =========================================================================== lexicons


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _pairs(s: str) -> dict[str, str]:
    return dict((a, b.replace("_", " ")) for a, b in (item.split(":") for item in s.split()))


def _triples(s: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for item in s.split():
        form, particles, label = item.split(":")
        out[form] = (label.replace("_", " "), tuple(particles.split("/")))
    return out


# --- cue verbs.  Written compactly: "form:label" pairs; labels use "_" for a space.
# weak German stems -> lemma (sag -> sagte, sagten, sagt, sagen)
_DE_SIMPLE_STRONG = _pairs(
    "sag:sagen erklär:erklären beton:betonen warn:warnen erläuter:erläutern bericht:berichten "
    "meld:melden bestätig:bestätigen dementier:dementieren versicher:versichern beteuer:beteuern "
    "behaupt:behaupten ergänz:ergänzen bekräftig:bekräftigen korrigier:korrigieren "
    "präzisier:präzisieren verkünd:verkünden twitter:twittern post:posten kommentier:kommentieren "
    "antwort:antworten entgegn:entgegnen erwider:erwidern enthüll:enthüllen beziffer:beziffern "
    "schätz:schätzen mein:meinen argumentier:argumentieren prognostizier:prognostizieren "
    "bilanzier:bilanzieren informier:informieren"
)
_DE_IRREGULAR_STRONG = _pairs(
    "schrieb:schreiben schrieben:schreiben schreibt:schreiben bestritt:bestreiten "
    "bestritten:bestreiten bestreitet:bestreiten unterstrich:unterstreichen "
    "unterstrichen:unterstreichen unterstreicht:unterstreichen verriet:verraten verrät:verraten "
    "widersprach:widersprechen widersprachen:widersprechen widerspricht:widersprechen frug:fragen "
    "bekannte:bekennen bekennt:bekennen"
)
_DE_SIMPLE_WEAK = _pairs(
    "forder:fordern kritisier:kritisieren lob:loben dank:danken beschuldig:beschuldigen "
    "mahn:mahnen appellier:appellieren beklag:beklagen klag:klagen monier:monieren frag:fragen"
)
# separable verbs: stem or form : particle(s) that must close the clause : label
_DE_SEPARABLE = _triples(
    "teil:mit:teilte_mit kündig:an:kündigte_an füg:hinzu:fügte_hinzu stell:klar/fest:stellte_klar "
    "räum:ein:räumte_ein führ:aus:führte_aus mach:deutlich/klar:machte_deutlich "
    "heb:hervor:hob_hervor"
)
_DE_SEPARABLE_IRREGULAR = _triples(
    "gab:an/bekannt/bedenken/preis:gab_an gaben:an/bekannt/bedenken/preis:gab_an "
    "gibt:an/bekannt/bedenken/preis:gab_an geben:an/bekannt/bedenken/preis:gab_an "
    "wies:zurück/hin:wies_zurück wiesen:zurück/hin:wies_zurück weist:zurück/hin:wies_zurück "
    "hob:hervor:hob_hervor hoben:hervor:hob_hervor hebt:hervor:hob_hervor warf:vor:warf_vor "
    "warfen:vor:warf_vor wirft:vor:warf_vor sprach:von:sprach_von sprachen:von:sprach_von "
    "spricht:von:sprach_von sprechen:von:sprach_von hielt:fest:hielt_fest "
    "stellten:klar/fest:stellte_klar"
)
_DE_VERB_FINAL = _pairs(
    "mitteilte:teilte_mit mitteilten:teilte_mit ankündigte:kündigte_an hinzufügte:fügte_hinzu "
    "bekanntgab:gab_bekannt angab:gab_an angaben:gab_an klarstellte:stellte_klar "
    "hervorhob:hob_hervor einräumte:räumte_ein zurückwies:wies_zurück hinwies:wies_hin "
    "ausführte:führte_aus feststellte:stellte_fest vorwarf:warf_vor mitteilt:teilte_mit "
    "angibt:gab_an"
)
_DE_PARTICIPLES = _pairs(
    "gesagt:sagen erklärt:erklären betont:betonen mitgeteilt:teilte_mit angekündigt:kündigte_an "
    "gewarnt:warnen berichtet:berichten gemeldet:melden bestätigt:bestätigen "
    "bestritten:bestreiten dementiert:dementieren gefordert:fordern hinzugefügt:fügte_hinzu "
    "geschrieben:schreiben versichert:versichern behauptet:behaupten eingeräumt:räumte_ein "
    "zurückgewiesen:wies_zurück bekanntgegeben:gab_bekannt angegeben:gab_an "
    "klargestellt:stellte_klar hervorgehoben:hob_hervor erläutert:erläutern verkündet:verkünden "
    "korrigiert:korrigieren beziffert:beziffern geschätzt:schätzen"
)
_WEAK_LABELS = frozenset(_DE_SIMPLE_WEAK.values()) | {"fordern", "warf vor", "schätzen", "meinen"}

_EN_STRONG = _words(
    "said says told tells added adds stressed stresses announced announces warned warns "
    "explained explains noted claimed insisted insists confirmed confirms denied denies "
    "reported wrote writes tweeted posted argued argues estimated acknowledged admitted "
    "declared emphasised emphasized stated revealed disputed corrected predicted conceded "
    "maintained countered replied asserted alleged testified say warn claim insist argue "
    "estimate predict"
)
_EN_WEAK = _words(
    "urged criticized criticised praised thanked accused demanded called dismissed rejected refuted"
)
_EN_PARTICLE = {"pointed": ("pointed out", ("out",))}
_EN_PARTICIPLE_AUX = _words("has have had")

_DE_AUX = _words("hat haben hatte hatten habe hätte hätten")
_PASSIVE_AUX = _words("wurde wurden worden ist sind war waren wird werden was were been")


def _de_forms(stem: str) -> tuple[str, ...]:
    """Finite past and present forms of a weak German verb stem (sag -> sagte, sagten, sagt,
    sagen; bericht -> berichtete, berichteten, berichtet, berichten)."""
    if stem.endswith(("er", "el")) and not stem.endswith("ier"):
        return (stem + "te", stem + "ten", stem + "t", stem + "n")
    if stem[-1] in "td" or stem.endswith(("chn", "ffn", "gn")):
        return (stem + "ete", stem + "eten", stem + "et", stem + "en")
    return (stem + "te", stem + "ten", stem + "t", stem + "en")


@dataclass(frozen=True)
class _Cue:
    label: str
    particles: tuple[str, ...] = ()
    strong: bool = True
    kind: str = "finite"  # finite | final | participle


# verbs whose object may follow them: a bare noun after them is no speaker
_TRANSITIVE = frozenset(
    "melden wies zurück kritisieren fordern bestätigen dementieren kündigte an loben danken "
    "beschuldigen warf vor bestreiten verkünden enthüllen beziffern schätzen korrigieren "
    "kommentieren informieren warnen widersprechen gab an hob hervor stellte klar sprach von".split(
        " "
    )
) | {"wies zurück", "kündigte an", "warf vor", "gab an", "hob hervor", "stellte klar"}
_DE_FINITE: set[str] = set()  # finite forms, to tell "erklärt" (both) from "gesagt"


def _build_cues() -> dict[str, dict[str, _Cue]]:
    de: dict[str, _Cue] = {}
    for stem, label in _DE_SIMPLE_WEAK.items():
        for form in _de_forms(stem):
            de[form] = _Cue(label, (), False)
    for stem, label in _DE_SIMPLE_STRONG.items():
        for form in _de_forms(stem):
            de[form] = _Cue(label)
    for form, label in _DE_IRREGULAR_STRONG.items():
        de[form] = _Cue(label)
    for stem, (label, parts) in _DE_SEPARABLE.items():
        for form in _de_forms(stem):
            de[form] = _Cue(label, parts)
    for form, (label, parts) in _DE_SEPARABLE_IRREGULAR.items():
        de[form] = _Cue(label, parts)
    _DE_FINITE.update(de)
    for form, label in _DE_VERB_FINAL.items():
        de[form] = _Cue(label, (), True, "final")
    for form, label in _DE_PARTICIPLES.items():
        de[form] = _Cue(label, (), label not in _WEAK_LABELS, "participle")
    for bad in ("meinen", "sagen", "melden", "berichten", "fragen", "loben", "posten"):
        de.pop(bad, None)  # infinitives and homographs ("meinen Sohn")
    en: dict[str, _Cue] = {}
    for form in _EN_STRONG:
        en[form] = _Cue(form)
    for form in _EN_WEAK:
        en[form] = _Cue(form, (), False)
    for form, (label, parts) in _EN_PARTICLE.items():
        en[form] = _Cue(label, parts)
    return {"de": de, "en": en}


_CUES = _build_cues()

# --- nominal cues (regexes on the masked sentence)
_NOMINAL = {
    "de": re.compile(
        r"\b(?P<laut>[Ll]aut)\b"
        r"|\b(?P<angaben>[Nn]ach\s+(?:(?P<own>eigenen)\s+)?(?:Angaben|Worten|Aussagen|Informationen"
        r"|Darstellung|Einschätzung|Schätzungen|Berechnungen|Erkenntnissen|Ansicht|Auffassung"
        r"|Zählung|Zahlen|Daten|Mitteilung)(?:\s+(?:von|vom))?)\b"
        r"|\b(?P<zufolge>zufolge)\b"
        r"|(?:^|,)\s*(?P<so>so)\s+(?=[A-ZÄÖÜ]|der\b|die\b|das\b|ein\b|eine\b)"
        r"|\b(?P<heisst>(?:heißt|hieß)\s+es)\b"
        r"(?:\s+(?:in|aus|von|vom|bei|beim|im|aus dem|aus der))?"
        r"|\b(?P<berufung>unter\s+Berufung\s+auf)\b"
    ),
    "en": re.compile(
        r"\b(?P<according>[Aa]ccording\s+to)\b(?:\s+(?:a|the)\s+(?:statement|report|post|"
        r"release)\s+(?:from|by|of))?"
        r"|\b(?P<citing>citing)\b"
    ),
}

_NOMINAL_LABELS = {
    "laut": "laut",
    "angaben": "nach Angaben",
    "zufolge": "zufolge",
    "so": "so",
    "heisst": "heißt es",
    "berufung": "unter Berufung auf",
    "according": "according to",
    "citing": "citing",
}

# --- function words that never start or make a name (compared lower-cased)
_STOP = _words(
    # German articles, pronouns, prepositions, conjunctions, adverbs
    "der die das des dem den ein eine einer eines einem einen kein keine keiner keinen "
    "er sie es wir ihr ich du man sich ihm ihn ihnen uns euch mir mich dir dich "
    "dies diese dieser dieses diesem diesen das jene jener jenes dort hier da "
    "am im an in ins vom von zum zur zu bei beim mit nach aus auf über unter vor hinter "
    "neben zwischen durch für gegen ohne um seit bis ab laut gemäß wegen trotz während "
    "statt samt per pro via je "
    "und oder aber doch denn sondern auch noch schon nur erst bereits zudem außerdem "
    "dennoch daher deshalb darum trotzdem jedoch allerdings gleichzeitig inzwischen "
    "mittlerweile bislang bisher zuvor danach dann später damals gestern heute morgen "
    "nun jetzt zuletzt zunächst schließlich zugleich ebenso ebenfalls jedenfalls immerhin "
    "zwar etwa rund fast knapp mehr weniger viele einige alle beide manche andere sonst "
    "seinerseits ihrerseits andererseits einerseits dagegen hingegen indes unterdessen "
    "wiederum weiterhin weiter erneut wieder vielmehr stattdessen demnach somit also so "
    "wie wo wann warum weshalb was wer wen wem wessen welche welcher welches ob dass als "
    "wenn falls weil obwohl nachdem bevor sobald solange damit sodass "
    "sein seine seiner seinen seinem ihre ihrer ihren ihrem unser unsere euer eure mein "
    "meine dein deine "
    "ja nein nicht nie niemand nichts etwas alles jeder jede jedes "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende "
    "januar februar märz april mai juni juli august september oktober november dezember "
    # English
    "the a an he she it they we i you his her its their our my your this that these those "
    "and or but so also then now later earlier meanwhile however still yet already "
    "in on at of for from by with to into about after before during since until "
    "monday tuesday wednesday thursday friday saturday sunday "
    "january february march june july october december "
    "there here who whom whose which what when where why how mr mrs ms"
)
_DETERMINERS = _words(
    "der die das des dem den ein eine einer eines einem einen the a an "
    "sein seine seiner seinen seinem ihre ihrer ihren ihrem "
)
_DE_NOM_DET = _words("der die das ein eine")  # may start a subject after the verb
_PRONOUNS = {
    "er": ("m", False),
    "sie": ("f", None),
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": ("n", False),
    "es": ("n", False),
}
_DEMONSTRATIVE_DE = _words("das dies dieses diese solches")
_SUBORDINATORS = {
    "de": _words("dass wie als weil ob nachdem während und aber sondern denn wobei wo"),
    "en": _words("that as while because and but whereas after when where who which"),
}
_MAX_QUOTE_RUN = 5
_DE_TRAILING = _words("selbst auch allein jedoch aber nun dagegen hingegen indes wiederum zudem")
_BOUNDARY_PUNCT = frozenset(",;:()[]–—") | frozenset(QUOTE_CHARS)

# --- roles (person titles and functions); German feminine -in forms are added.
_DE_ROLE_STEMS = _words(
    "präsident minister kanzler sprecher chef sekretär meister direktor leiter gouverneur "
    "botschafter senator kommissar richter general admiral kommandeur kommandant trainer "
    "kapitän autor forscher professor politiker premier regierungschef staatschef "
    "kollege amtskollege papst könig prinz bischof kardinal oberst sänger schauspieler "
    "ökonom analyst manager gründer unternehmer geschäftsführer intendant regisseur "
    "diktator machthaber amtsinhaber herausforderer kandidat obmann klubobmann "
    "landeshauptmann wissenschaftler historiker chefredakteur journalist reporter "
    "korrespondent moderator aktivist vertreter mediziner virologe epidemiologe "
    "ministerpräsident bürgermeister landrat stadtrat gemeinderat staatssekretär "
    "generalsekretär vorsitzender vorstand experte beauftragter abgeordneter "
    "staatsanwalt anwalt ermittler inspektor pfarrer abt fürst herzog graf vize ceo cfo "
    "coo cto kurator direktorin obfrau"
)
_DE_ROLE_FEMININE_IRREGULAR = _words(
    "landrätin anwältin staatsanwältin ärztin vorsitzende abgeordnete beauftragte "
    "kollegin amtskollegin königin prinzessin äbtissin expertin stadträtin gemeinderätin "
    "fürstin herzogin gräfin kanzlerin frau"
)
_DE_ROLE_EXTRA_MALE = _words("arzt herr amtskollegen kollegen")
_EN_ROLES = _words(
    "mayor president minister chancellor spokesperson spokesman spokeswoman secretary "
    "administrator clerk director chief executive chair chairman chairwoman chairperson "
    "governor senator representative congressman congresswoman ambassador commissioner "
    "officer judge attorney lawyer general coach professor analyst economist founder ceo "
    "cfo manager leader head deputy councillor councilor councilman councilwoman sheriff "
    "inspector superintendent captain lieutenant sergeant colonel king queen prince "
    "princess pope premier treasurer auditor comptroller commander admiral marshal "
    "prosecutor researcher scientist doctor dr mr mrs ms sir dame lord lady"
)
_EN_ROLE_FEMALE = _words(
    "spokeswoman chairwoman congresswoman councilwoman queen princess mrs ms dame lady"
)
_EN_ROLE_MALE = _words("spokesman chairman congressman councilman king prince mr sir lord")
_EN_MODIFIERS = _words(
    "local federal state city district regional national senior former foreign finance "
    "health police fire council county municipal government military security top deputy "
    "assistant interim acting press education school interior defence defense justice "
    "economy economic prime vice chief executive general public emergency rescue town "
    "us u.s. eu un white house"
)

# --- institutions: heads (folded) and compound suffixes
_INSTITUTIONS_DE = _words(
    "polizei feuerwehr landratsamt ministerium regierung bundesregierung landesregierung "
    "kreml behörde behörden staatsanwaltschaft gericht armee militär bundeswehr verwaltung "
    "stadtverwaltung kommission präsidialamt kanzleramt rathaus amt institut konzern "
    "unternehmen firma verband gewerkschaft partei fraktion opposition koalition senat "
    "parlament bundestag bundesrat landtag kabinett justiz geheimdienst verfassungsschutz "
    "zoll küstenwache weltbank zentralbank notenbank bundesbank pentagon botschaft "
    "generalstab veranstalter organisatoren ermittler einsatzkräfte rettungskräfte "
    "rettungsdienst beamte stadt gemeinde landkreis bezirk kreis ministerien klinik "
    "krankenhaus universität uni vereinte nationen un uno eu nato who iwf ezb oecd"
)
_INSTITUTION_SUFFIXES_DE = tuple(
    "ministerium regierung amt behörde behörden polizei direktion anwaltschaft gericht "
    "kommission verwaltung verband gewerkschaft partei institut bank konzern agentur dienst "
    "kammer wehr ausschuss fraktion koalition kabinett stelle büro kanzlei zentrale präsidium "
    "kommando ministerien sekretariat rat senat vorstand".split()
)
_INSTITUTION_SUFFIX_RE = re.compile(
    "(?:" + "|".join(_INSTITUTION_SUFFIXES_DE) + ")(?:e|en|n|s|es)?$"
)
_INSTITUTIONS_EN = _words(
    "police government ministry department office agency authorities authority council "
    "commission administration military army court prosecutors officials organisers "
    "organizers kremlin pentagon company firm committee board bureau service regulator "
    "hospital university union party campaign investigators rescuers firefighters "
    "spokespeople un eu nato who imf coastguard embassy institute foundation center centre "
    "fund organization organisation association federation bureau"
)
_PLURAL_INSTITUTIONS = _words(
    "behörden organisatoren veranstalter ermittler einsatzkräfte rettungskräfte beamte "
    "authorities officials organisers organizers prosecutors investigators rescuers "
    "firefighters"
)
_GROUPS = _words(
    "experten fachleute forscher wissenschaftler ärzte kritiker beobachter analysten "
    "augenzeugen zeugen anwohner bewohner diplomaten insider helfer aktivisten "
    "demonstranten teilnehmer mediziner ökonomen "
    "experts researchers scientists doctors critics observers analysts witnesses residents "
    "diplomats sources insiders activists economists medics"
)
_MEDIA_NOUNS = {
    "de": _words(
        "zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung boulevardblatt "
        "blatt magazin nachrichtenmagazin zeitschrift nachrichtenagentur agentur presseagentur "
        "sender fernsehsender tv-sender radiosender staatssender staatsfernsehen staatsmedien "
        "portal nachrichtenportal onlineportal internetportal nachrichtenseite website webseite "
        "plattform app kurznachrichtendienst onlinedienst messengerdienst kanal podcast "
        "sendung blog branchenmedium medium"
    ),
    "en": _words(
        "newspaper paper daily tabloid magazine agency wire broadcaster network channel "
        "station outlet site website app platform podcast programme program"
    ),
}
_OUTLETS = tuple(
    (
        "Reuters|AFP|AP|dpa|DPA|APA|KNA|epd|Bloomberg|Interfax|TASS|Tass|RIA Nowosti|RIA Novosti|"
        "Xinhua|BBC|CNN|ARD|ZDF|ORF|NDR|WDR|SWR|MDR|RTL|ntv|n-tv|Deutschlandfunk|Tagesschau|"
        "Spiegel|Bild|Bild am Sonntag|Stern|Focus|FAZ|Süddeutsche Zeitung|"
        "Frankfurter Allgemeine Zeitung|Handelsblatt|taz|New York Times|Washington Post|"
        "Wall Street Journal|Financial Times|Guardian|Politico|Axios|Al Jazeera|Sky News|Fox News|"
        "NBC|CBS|ABC|NPR|Telegram|Twitter|Facebook|Instagram|TikTok|YouTube|Truth Social|Threads|"
        "Bluesky|LinkedIn|WhatsApp|Weibo|Kyodo|Yonhap|Anadolu|Kommersant|Ukrinform|Le Monde|"
        "Le Figaro|El País|Corriere della Sera|Kurier|Kronen Zeitung|Der Standard|Die Presse|"
        "Die Zeit|Die Welt|Der Spiegel|Daily Mail|Daily Telegraph|The Times|Sunday Times|The Sun|"
        "Independent|Bild-Zeitung|Le Parisien|Libération|La Stampa|Haaretz|Times of Israel|"
        "Jerusalem Post|Associated Press|Agence France-Presse|Deutsche Presse-Agentur|Nikkei|"
        "South China Morning Post|Global Times|Meduza|Nowaja Gaseta|CNBC|MSNBC|Euronews|Welt TV|RT|"
        "Sputnik"
    ).split("|")
)
_OUTLET_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(o) for o in sorted(_OUTLETS, key=len, reverse=True))
    + r")(?![\w-])"
)
_OUTLET_FOLDED = frozenset(fold_name(o) for o in _OUTLETS)
_CARRIERS = _words(
    "auf in im bei gegenüber mit dem der den via per told to on with interview gespräch "
    "app plattform kanal sender zeitung"
)
_DOCUMENT_NOUNS = _words(
    "angaben bericht berichten berichte studie umfrage statistik schätzungen schätzung "
    "informationen daten zahlen prognose mitteilung erklärung anklage urteil dokument "
    "dokumenten unterlagen medienberichten medienberichte kreisen kreise klage text "
    "schreiben brief aussendung statement protokoll gutachten untersuchung analyse index "
    "papier liste plan entwurf antrag beschluss vertrag gesetz website webseite "
    "report statement study survey data figures estimates documents"
)
_DOCUMENT_SUFFIXES = tuple(
    "bericht berichten berichte studie umfrage statistik prognose analyse mitteilung "
    "aussendung erklärung schreiben gutachten klage text papier dokument index angaben "
    "schätzung schätzungen daten zahlen informationen kreisen kreise gesetz gesetzes "
    "verordnung vertrag vertrags urteil entwurf beschluss".split()
)
_TIME_NOUNS = _words(
    "woche wochen monat monate monats jahr jahre jahres tag tage tages abend morgen nacht "
    "wochenende stunde stunden minute minuten zeit zeitpunkt beginn ende anfang mitte "
    "week month year day evening morning night weekend"
)
_PLACES = _words(
    "deutschland österreich schweiz frankreich italien spanien polen russland ukraine "
    "belarus china japan indien iran irak israel türkei syrien ägypten usa amerika "
    "großbritannien england europa afrika asien kanada mexiko brasilien nordkorea "
    "südkorea ungarn tschechien griechenland niederlande belgien dänemark schweden "
    "norwegen finnland berlin wien moskau kiew kyjiw paris london brüssel washington "
    "peking rom madrid warschau ankara teheran jerusalem gaza washington pakistan "
    "afghanistan saudi-arabien katar jemen libanon jordanien irak kuwait indonesien "
    "vietnam thailand philippinen australien neuseeland argentinien chile kolumbien "
    "venezuela kuba peru südafrika nigeria äthiopien kenia sudan libyen tunesien algerien "
    "marokko serbien kroatien slowenien bosnien albanien mazedonien nordmazedonien "
    "bulgarien rumänien moldau georgien armenien aserbaidschan kasachstan portugal irland "
    "schottland wales litauen lettland estland slowakei luxemburg taiwan hongkong "
    "grönland dänemark island zypern malta montenegro kosovo "
    "germany austria switzerland france italy spain poland russia ukraine britain "
    "europe america canada moscow kyiv kiev beijing rome brussels london tehran "
    "india pakistan afghanistan iran iraq israel syria turkey egypt china japan korea "
    "mexico brazil argentina australia nigeria kenya sudan libya serbia croatia greece "
    "hungary romania bulgaria portugal ireland scotland taiwan washington"
)
_PARTY_RE = re.compile(r"\(\s*[A-ZÄÖÜ][\w./-]{0,12}\s*\)")
# "WASHINGTON (Reuters) -", "Berlin (dpa) -": wire copy, the agency relays the article
_DATELINE_RE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w .,/'-]{1,40}?\s*\(\s*(Reuters|AP|AFP|dpa|DPA|APA|KNA|epd|AFP/dpa|"
    r"dpa/AFP|Bloomberg|Interfax|TASS|Xinhua|Kyodo|Yonhap|ANSA|EFE|PAP)\s*\)\s*[-–—]"
)
_SOURCE_RE = re.compile(r"\((?:Quelle|Quellen|Source|Sources)\s*:\s*([^)]{2,80})\)")
_KONJ1_RE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|möge|gebe|gehe|komme|liege|"
    r"stehe|bleibe|lasse|wisse|brauche|handle|handele|zeige|fehle|hätten)\b"
)
_KONJ1_EXCLUDE_RE = re.compile(
    r"\b(?:sei es|es sei denn|sei dahingestellt|ich habe|ich werde|ich könne|wir hätten)\b",
    re.IGNORECASE,
)
_REFER_BACK_EN_RE = re.compile(
    r"^(?:That|This)(?:'s|’s| is| was)\s+(?:what|according\s+to)\b"
    r"|\b(?:said|confirmed|reported)\s+(?:so|this|that)\s*[.!]?$"
)
_DISPUTE_RE = re.compile(r"\bdass\b|\bVorw[uü]rf|\bBericht|\bAngaben\b|:|\bdies\b|\bdas\b")
_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\d.,]*|\S")
# =========================================================================== tokens


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    low: str
    cap: bool
    word: bool


def _tokenize(masked: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(masked):
        t = m.group()
        w = t[0].isalpha()
        toks.append(_Tok(t, m.start(), m.end(), t.lower(), w and t[0].isupper(), w))
    return toks


_AFTER_QUOTE_RE = re.compile(r"\s*,?\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?")


def _is_speech(text: str, q: QuoteSpan, inner: str, lang: str) -> bool:
    """A short quotation is speech (not a name or a scare quote) when a cue verb is attached:
    '"Es reicht", sagte Ott' / 'sagte: "Nein"'."""
    if not any(w[:1].islower() for w in inner.split()):
        return False  # "Iswestija", "Telegram": a name in quotes
    if text[: max(q.start, 0)].rstrip().endswith(":"):
        return True
    m = _AFTER_QUOTE_RE.match(text, q.end)
    return m is not None and any(w and w.lower() in _CUES[lang] for w in m.groups())


def _mask(text: str, spans: list[QuoteSpan], lang: str) -> tuple[str, list[QuoteSpan]]:
    """Blank out quotations of speech; returns the masked text and their spans."""
    chars = list(text)
    long_spans: list[QuoteSpan] = []
    for q in spans:
        a = q.start + 1 if q.start >= 0 else 0
        b = q.end - 1 if q.closed else q.end
        inner = text[a:b]
        n_words = len(inner.split())
        if (
            q.continued
            or not q.closed
            or n_words >= 4
            or any(c in inner for c in ".!?")
            or _is_speech(text, q, inner, lang)
        ):
            long_spans.append(q)
            for i in range(a, b):
                chars[i] = " "
    return "".join(chars), long_spans


# =========================================================================== word classes

_COMPANY_SUFFIXES = _words("ag gmbh se kg kgaa inc ltd corp plc llc sa nv holding group")
_ABSTRACT_SUFFIXES = tuple(
    "ung heit keit schaft ion tät nis tum ismus ment enz anz ungen heiten keiten ionen täten "
    "nisse".split()
)
_ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)$")
_NAME_PARTICLES = _words("von van der den de di da del dos du la le al el bin ibn zu ter ten")
_EN_SKIP_BEFORE_VERB = _words(
    "also later previously now then again further earlier first once recently has have had "
    "would will had already reportedly"
)
_EN_ADVERBS = _words("also later previously now then again further earlier first once recently")


_DE_ROLE_RE = re.compile(
    "(" + "|".join(sorted(_DE_ROLE_STEMS, key=len, reverse=True)) + ")(in|en|n|s|es)?$"
)


def _last_part(low: str) -> str:
    return low.rsplit("-", 1)[-1]


@lru_cache(maxsize=65536)
def _role_key(low: str, cap: bool, lang: str) -> tuple[str, str | None] | None:
    if low in _GROUPS or low in _PLURAL_INSTITUTIONS:
        return None
    if lang == "en" or not cap:
        key = low.rstrip(".")
        if key in _EN_ROLES:
            gender = "f" if key in _EN_ROLE_FEMALE else "m" if key in _EN_ROLE_MALE else None
            return key, gender
        return None
    part = _last_part(low)
    if part in _DE_ROLE_FEMININE_IRREGULAR:
        return part, "f"
    if part in _DE_ROLE_EXTRA_MALE:
        return part.removesuffix("en"), "m"
    m = _DE_ROLE_RE.search(part)
    if m is None:
        return None
    stem, rest = m.group(1), m.group(2) or ""
    key = part[: m.end(1)]  # the whole compound: "kremlchef", "ministerpräsident"
    if rest == "in":
        return key + "in", "f"
    return key, "m" if stem not in ("vorsitzender", "experte") else None


def _role_info(tok: _Tok, lang: str) -> tuple[str, str | None] | None:
    """(role key, gender) when the token is a person role or title, else None."""
    return _role_key(tok.low, tok.cap, lang)


@lru_cache(maxsize=65536)
def _is_institution_word(low: str, lang: str) -> bool:
    if low in _INSTITUTIONS_DE or low in _INSTITUTIONS_EN:
        return True
    if lang != "de":
        return False
    part = _last_part(low)
    return part in _INSTITUTIONS_DE or _INSTITUTION_SUFFIX_RE.search(part) is not None


@lru_cache(maxsize=65536)
def _de_lemma(word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang="de"))


@lru_cache(maxsize=65536)
def _inflected_noun(word: str) -> bool:
    """German: a capitalised word that is an inflected form of a known noun ("Zölle",
    "Wahlen", "Journalisten"); surnames are rarely inflected ("Vogt", "Merkel")."""
    if _first_gender(word):
        return False
    lemma = _de_lemma(word).lower()
    low = word.lower()
    return lemma != low and low not in (lemma + "s", lemma + "es")


@lru_cache(maxsize=65536)
def _known_de(word: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))


def _name_token(tok: _Tok, lang: str, pos: int) -> bool:
    """Whether tok can be the pos-th token of a person name."""
    if not _nameish(tok, lang):
        return False
    if lang == "de":
        if _inflected_noun(tok.text):
            return False
        if pos >= 2 and _known_de(tok.text):
            return False
    return True


@lru_cache(maxsize=65536)
def _strip_genitive(word: str, lang: str) -> str:
    """German genitive singular to base form: Landratsamts -> Landratsamt, Kremls -> Kreml."""
    if lang != "de":
        return word
    low = word.lower()
    for suffix in ("es", "s"):
        n = len(suffix)
        if low.endswith(suffix) and len(low) > n + 3:
            stem = low[:-n]
            if _is_institution_word(stem, lang) or _is_media(stem):
                return word[:-n]
            info = _role_key(stem, True, lang)
            if info is not None and _last_part(stem).endswith(info[0]):
                return word[:-n]
            if _de_lemma(word).lower() == stem:
                return word[:-n]
    return word


def _base_adjective(word: str) -> str:
    """German capitalised adjective to its form after a definite article:
    "Statistischen" -> "Statistische", "Europäischen" -> "Europäische"."""
    low = word.lower()
    if low.endswith(("en", "em", "er", "es")) and _de_lemma(word).lower() == low[:-2]:
        return word[:-2] + "e"
    return word


def _is_media(low: str, lang: str = "de") -> bool:
    nouns = _MEDIA_NOUNS["de" if lang == "de" else "en"]
    return low in nouns or _last_part(low) in nouns


@lru_cache(maxsize=65536)
def _nameish_word(text: str, lang: str) -> bool:
    if len(text) < 2 or not text[0].isupper():
        return False
    low = text.lower()
    if low in _STOP or low in _GROUPS or _is_media(low, lang):
        return False
    if low.endswith(("'s", "’s")):
        return False
    if _role_key(low, True, lang) is not None or _is_institution_word(low, lang):
        return False
    if low in _DOCUMENT_NOUNS or low in _TIME_NOUNS:
        return False
    if lang == "de":
        if _is_institution_word(_strip_genitive(text, lang).lower(), lang):
            return False
        if low.endswith(_DOCUMENT_SUFFIXES) and not _first_gender(text):
            return False
        if _de_lemma(text)[:1].islower():
            return False  # "Dabei", "Seinerseits", "Gestern": not nouns, so not names
    return True


def _nameish(tok: _Tok, lang: str) -> bool:
    return tok.word and _nameish_word(tok.text, lang)


def _is_place(low: str, places: set[str]) -> bool:
    return low in _PLACES or low in places or (low.endswith("s") and low[:-1] in places)


# =========================================================================== registry


@dataclass
class _Person:
    name: str
    gender: str | None
    roles: set[str] = field(default_factory=set)
    last_seen: int = -1


class _Registry:
    """People named in one article, with roles and genders."""

    def __init__(self) -> None:
        self.persons: list[_Person] = []
        self.by_surname: dict[str, list[_Person]] = {}
        self.places: set[str] = set()

    def add(self, name: str, gender: str | None, role: str | None, idx: int) -> _Person:
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
        """The most recent person with this role; "der Präsident" also finds a
        "Ministerpräsident", "the mayor" a "Mayor"."""
        fits = [p for p in self.persons if role in p.roles]
        if not fits:
            fits = [p for p in self.persons if any(r.endswith(role) for r in p.roles)]
        return max(fits, key=lambda p: p.last_seen) if fits else None


def _name_run(toks: list[_Tok], i: int, lang: str, limit: int = 4) -> int:
    """End index of a run of name tokens starting at i (i when there is none)."""
    j = i
    n = 0
    given = i < len(toks) and bool(_first_gender(toks[i].text))
    while j < len(toks) and n < limit:
        t = toks[j]
        if _name_token(t, lang, n) or (
            # after a given name, a surname may look like a noun: "Stephan Zoll"
            given
            and n == 1
            and t.cap
            and t.word
            and len(t.text) > 1
            and t.low not in _STOP
            and not (lang == "de" and _inflected_noun(t.text))
        ):
            j += 1
            n += 1
        elif n > 0 and _particle_ok(toks, j, len(toks), lang):
            j += 1
        elif t.text == "." and n > 0 and len(toks[j - 1].text) == 1:  # initial "W."
            j += 1
        else:
            break
    while j > i and not toks[j - 1].word:
        j -= 1
    return j


@lru_cache(maxsize=65536)
def _first_gender(word: str) -> str | None:
    return first_name_gender(word) if word[:1].isupper() else None


def _particle_ok(toks: list[_Tok], j: int, limit: int, lang: str) -> bool:
    """A lower-case name particle inside a name: "von der Leyen", "de Gaulle", "bin Salman"."""
    t = toks[j]
    if t.low not in _NAME_PARTICLES or j == 0 or j + 1 >= limit:
        return False
    prev = toks[j - 1]
    if t.low in ("der", "den", "la", "le", "del"):
        if prev.low not in ("von", "van", "de", "di", "da"):
            return False
    elif not _first_gender(prev.text.split("-")[0]):
        return False  # particles follow a given name: "Ursula von", "Mohammed bin"
    nxt = toks[j + 1]
    return _nameish(nxt, lang) or (nxt.low in _NAME_PARTICLES and j + 2 < limit)


def _run_text(text: str, toks: list[_Tok], i: int, j: int) -> str:
    return " ".join(text[toks[i].start : toks[j - 1].end].split())


_PLACE_PREPS = _words("in im aus nach nahe from")


def _learn_people(reg: _Registry, text: str, toks: list[_Tok], lang: str, idx: int) -> None:
    """Register the people a sentence names in strong patterns (see the module doc)."""
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.low
        # places: "in Paris", "im Landkreis Mittelau", "aus der Ukraine"
        if low in _PLACE_PREPS and i + 1 < n:
            k = i + 1
            if toks[k].low in ("der", "dem", "den", "the") and k + 1 < n:
                k += 1
            while k < n and toks[k].cap and toks[k].word and k < i + 4:
                reg.places.add(toks[k].low)
                k += 1
            continue
        if t.text == "(" and i >= 2 and _PARTY_RE.match(text, t.start):
            # "Wolfgang Katzian (SPÖ)"
            k = i
            while k > 0 and i - k < 3 and _name_token(toks[k - 1], lang, 0):
                k -= 1
            if i - k >= 2:
                reg.add(_run_text(text, toks, k, i), None, None, idx)
            continue
        if not t.cap and lang != "en":
            continue
        if not t.word:
            continue
        info = _role_info(t, lang)
        if info is not None:
            j = _name_run(toks, i + 1, lang)
            if j > i + 1:
                name = _run_text(text, toks, i + 1, j)
                gender = info[1]
                fg = _first_gender(toks[i + 1].text)
                if fg and j - i > 2:
                    gender = fg
                reg.add(name, gender, info[0], idx)
                continue
            # apposition: "der Sprecher des Präsidialamtes, Dmitri Peskow,"
            k = i + 1
            while k < n and k < i + 7 and toks[k].text != "," and toks[k].word:
                k += 1
            if k < n and toks[k].text == ",":
                j = _name_run(toks, k + 1, lang)
                if j - (k + 1) >= 2 and (
                    j >= n or toks[j].text in ",.;:" or toks[j].low in _CUES[lang]
                ):
                    gender = _first_gender(toks[k + 1].text) or info[1]
                    reg.add(_run_text(text, toks, k + 1, j), gender, info[0], idx)
            continue
        if t.cap and _first_gender(t.text) and not (i > 0 and toks[i - 1].text[0].isdigit()):
            if i > 0 and toks[i - 1].cap and _nameish(toks[i - 1], lang):
                continue  # inside a longer name run already seen
            j = _name_run(toks, i, lang)
            if j - i >= 2:
                reg.add(_run_text(text, toks, i, j), _first_gender(t.text), None, idx)


# =========================================================================== noun phrases


@dataclass
class _NP:
    start: int
    end: int  # token index after the phrase
    det: str | None = None
    words: list[_Tok] = field(default_factory=list)
    quoted: str | None = None
    genitive: _NP | None = None
    apposition: str | None = None
    pronoun: str | None = None
    adjectives: int = 0


def _quoted_name(text: str, toks: list[_Tok], i: int, limit: int) -> tuple[str, int] | None:
    """A short quoted name starting at toks[i] (an opening quote): (name, index after)."""
    for k in range(i + 1, min(limit, i + 7)):
        if toks[k].text in QUOTE_CHARS:
            if k == i + 1 or not toks[i + 1].cap:
                return None
            return " ".join(text[toks[i + 1].start : toks[k - 1].end].split()), k + 1
    return None


def _skip_parenthesis(toks: list[_Tok], j: int, limit: int) -> int:
    """Index after a short parenthesis at j ("(DWD)", "(SPD)"), else j."""
    if j < limit and toks[j].text == "(":
        for k in range(j + 1, min(limit, j + 8)):
            if toks[k].text == ")":
                return k + 1
    return j


def _parse_np(
    text: str, toks: list[_Tok], i: int, limit: int, lang: str, genitive: bool = True
) -> _NP | None:
    """The noun phrase starting at toks[i], not reaching past ``limit``."""
    if i >= limit:
        return None
    t = toks[i]
    if t.low in _PRONOUNS and (i + 1 >= limit or not toks[i + 1].cap or lang == "en"):
        return _NP(i, i + 1, pronoun=t.low)
    np = _NP(i, i)
    j = i
    if t.low in _DETERMINERS:
        np.det = t.low
        j += 1
    while j < limit:
        t = toks[j]
        if (
            lang == "de"
            and not np.words
            and t.word
            and not t.cap
            and t.low not in _STOP
            and _ADJ_RE.match(t.low)
        ):
            j += 1  # German adjective before the noun: dropped from names
            np.adjectives += 1
            continue
        if t.text in QUOTE_CHARS:
            q = _quoted_name(text, toks, j, limit)
            if q is None:
                break
            np.quoted, j = q
            continue
        if t.word and t.cap and (t.low not in _STOP or t.low in ("un", "us")):
            np.words.append(t)
            j += 1
            continue
        if (
            t.word
            and lang == "en"
            and (
                t.low in _EN_MODIFIERS
                or t.low in _EN_ROLES
                or t.low in _INSTITUTIONS_EN
                or t.low in _GROUPS
                or t.low in _MEDIA_NOUNS["en"]
            )
        ):
            np.words.append(t)
            j += 1
            continue
        if _particle_ok(toks, j, limit, lang) and np.words:
            np.words.append(t)
            j += 1
            continue
        if t.text == "." and np.words and len(np.words[-1].text) == 1:
            j += 1  # initial
            continue
        break
    if not np.words and np.quoted is None:
        return None
    j = _skip_parenthesis(toks, j, limit)
    if (
        j + 1 < limit
        and toks[j].low in ("in", "im", "aus", "at", "from")
        and toks[j + 1].cap
        and toks[j + 1].word
        and np.words
        and np.words[-1].low not in _STOP
    ):
        k = j + 1
        while k < limit and k < j + 4 and toks[k].cap and toks[k].word:
            k += 1
        j = k  # "Officials in Kyiv", "die Polizei in Berlin"
    np.end = j
    if genitive and j < limit:
        nxt = toks[j].low
        g: _NP | None = None
        if nxt in ("des", "der", "eines", "einer") and lang == "de":
            g = _parse_np(text, toks, j, limit, lang, genitive=False)
        elif nxt in ("von", "vom", "of", "for", "at") and j + 1 < limit:
            # English names nest once more: "Institute for the Study of War"
            nested = lang == "en" and np.words[-1].cap
            g = _parse_np(text, toks, j + 1, limit, lang, genitive=nested)
        if g is not None and g.words:
            np.genitive = g
            np.end = j = _skip_parenthesis(toks, g.end, limit)
    if j + 2 < len(toks) and toks[j].text == ",":
        k = _name_run(toks, j + 1, lang)
        if k - (j + 1) >= 2 and (k >= len(toks) or not toks[k].word or toks[k].low in _CUES[lang]):
            np.apposition = _run_text(text, toks, j + 1, k)
            np.end = k + 1 if k < len(toks) and toks[k].text == "," else k
    return np


# =========================================================================== speakers


@dataclass
class _Speaker:
    name: str | None
    kind: str = "unknown"
    strong: bool = False
    outlet: bool = False
    gender: str | None = None
    plural: bool = False
    pronoun: str | None = None
    via: str | None = None  # an outlet met while reading the phrase ("dem Sender RT")


_NO_SPEAKER = _Speaker(None)
# the subject is there but names nobody we can claim: a place ("Moskau warnte"), a
# coordination ("Frauen und Mädchen berichteten"); do not look for another subject
_BLOCKED = _Speaker(None, kind="blocked")


def _det_gender(det: str | None) -> str | None:
    return {"der": "m", "die": "f", "das": "n", "ein": "m", "eine": "f"}.get(det or "")


class _Article:
    """Per-article state: language, registry, salience for pronouns."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.reg = _Registry()
        self.lower_words: set[str] = set()  # words seen lower-case: never names
        # (sentence index, speaker, was a speaker rather than a mention)
        self.salience: list[tuple[int, _Speaker, bool]] = []

    # ---------------------------------------------------------------- classification
    def classify(self, text: str, np: _NP, idx: int) -> _Speaker:
        lang = self.lang
        if np.pronoun is not None:
            return _Speaker(None, pronoun=np.pronoun)
        if np.apposition:
            return self.person(np.apposition, None, None, idx)
        words = np.words
        # outlets: media noun + name, or a known outlet
        media_at = next((k for k, w in enumerate(words) if _is_media(w.low, lang)), None)
        if media_at is not None:
            name: str | None = np.quoted
            if name is None and media_at + 1 < len(words):
                name = " ".join(w.text for w in words[media_at + 1 :])
            if name is None and media_at > 0 and lang == "en":
                name = " ".join(w.text for w in words[:media_at])
            if name:
                return _Speaker(name, "institution", True, True)
            return _Speaker(None, outlet=True)
        if np.quoted and not words:
            return _NO_SPEAKER
        joined = " ".join(w.text for w in words)
        if fold_name(joined) in _OUTLET_FOLDED:
            return _Speaker(joined, "institution", True, True)
        roles: list[tuple[str, str | None]] = []
        k = 0
        while k < len(words):
            info = _role_info(words[k], lang)
            if info is None and not (lang == "en" and words[k].low in _EN_MODIFIERS):
                break
            if info is not None:
                roles.append(info)
            k += 1
        name_words = [w for w in words[k:] if w.low not in _NAME_PARTICLES or w is not words[k]]
        if lang == "en" and name_words and not name_words[-1].cap:
            name_words = []  # "finance office": an institution phrase, handled below
            k = 0
        if name_words and roles:
            cut = _name_run(name_words, 0, lang)
            if cut:
                name_words = name_words[:cut]  # "Benjamin Netanjahu Vergeltung"
            nm = " ".join(w.text for w in name_words)
            if all(_nameish(w, lang) or w.low in _NAME_PARTICLES for w in name_words) or (
                len(name_words) == 2 and _first_gender(name_words[0].text)
            ):
                return self.person(nm, roles[-1][1], roles[-1][0], idx)
        given_at = next(
            (k for k, w in enumerate(words[:-1]) if k > 0 and _first_gender(w.text)), None
        )
        if given_at is not None and all(_nameish(w, lang) for w in words[given_at:]):
            # "Stürmer Joel Campbell": an unknown descriptor before a full name
            return self.person(" ".join(w.text for w in words[given_at:]), None, None, idx)
        if roles and not name_words:
            return self.role_only(text, np, roles[-1], idx)
        if not words:
            return _NO_SPEAKER
        nm = " ".join(w.text for w in words)
        if np.det is None and not np.adjectives:
            person = self.reg.lookup(nm)
            if person is not None:
                return _Speaker(person.name, "person", True, gender=person.gender)
        if lang == "de" and len(words) >= 2:
            for k, w in enumerate(words[:-1]):
                if _is_institution_word(w.low, lang) and _inflected_noun(words[k + 1].text):
                    words = words[: k + 1]  # "die Behörden Stromausfälle": an object follows
                    nm = " ".join(w.text for w in words)
                    break
        head = words[-1]
        head_low = head.low
        if _is_institution_word(head_low, lang) or _is_institution_word(
            _strip_genitive(head.text, lang).lower(), lang
        ):
            full = None
            if lang == "en" and np.genitive is not None and np.genitive.words:
                g = np.genitive
                while g.genitive is not None and g.genitive.words:
                    g = g.genitive
                first, last = words[0], g.words[-1]
                full = " ".join(text[first.start : last.end].split())
            return self.institution(words, np.det, full)
        if head_low in _GROUPS:
            return _Speaker(head.text, "unknown", True, plural=True)
        if head_low in _DOCUMENT_NOUNS or (lang == "de" and head_low.endswith(_DOCUMENT_SUFFIXES)):
            if np.genitive is not None:
                return self.classify(text, np.genitive, idx)
            return _NO_SPEAKER
        if np.adjectives and np.det is None:
            return _NO_SPEAKER  # "vergangene Woche": names take no adjective without article
        places = self.reg.places
        if all(_is_place(w.low, places) for w in words):
            return _BLOCKED
        if (
            lang == "de"
            and len(words) >= 2
            and _is_institution_word(words[0].low, lang)
            and all(_nameish(w, lang) for w in words[1:])
        ):
            return _Speaker(nm, "institution", True)  # "Bank Austria"
        if not all(_nameish(w, lang) or w.low in _NAME_PARTICLES for w in words):
            return _NO_SPEAKER
        if _first_gender(words[0].text) and len(words) >= 2:
            cut = _name_run(words, 0, lang)
            if cut >= 2:
                return self.person(" ".join(w.text for w in words[:cut]), None, None, idx)
        if all(w.text.isupper() and len(w.text) >= 2 for w in words):
            return _Speaker(nm, "institution", True)  # EU, UN, IRNA
        if head_low.rstrip(".") in _COMPANY_SUFFIXES and len(words) >= 2:
            return _Speaker(nm, "institution", True)  # "Energie Steiermark AG"
        if (
            lang == "de"
            and np.det in ("der", "die", "das")
            and len(words) == 1
            and not _known_de(head.text)
            and not _inflected_noun(head.text)
        ):
            return _Speaker(nm, "institution", True)  # "die Hamas", "der ADAC"
        if np.det is not None:
            return _NO_SPEAKER  # "die Zahl", "das Ergebnis": a common noun
        if len(words) > 3 or any(w.low in self.lower_words for w in words):
            return _NO_SPEAKER  # "Dabei" is also written "dabei": not a name
        if lang == "de" and any(
            _inflected_noun(w.text) or w.low.endswith(_ABSTRACT_SUFFIXES) for w in words
        ):
            return _NO_SPEAKER  # "Zölle", "Journalisten", "Entscheidung"
        return _Speaker(nm, "unknown", False)

    def person(self, name: str, gender: str | None, role: str | None, idx: int) -> _Speaker:
        p = self.reg.lookup(name)
        if p is None:
            p = self.reg.add(name, gender or first_name_gender(name.split()[0]), role, idx)
        return _Speaker(p.name, "person", True, gender=p.gender)

    def role_only(self, text: str, np: _NP, role: tuple[str, str | None], idx: int) -> _Speaker:
        if np.genitive is not None:
            g = self.classify(text, np.genitive, idx)
            if g.outlet and g.name and self.lang == "de":
                # "sagte sein Anwalt der Nachrichtenagentur Reuters": a dative, not a genitive
                np2 = _NP(np.start, np.start, np.det, np.words)
                return replace(self.role_only(text, np2, role, idx), via=g.name)
            if g.name and g.kind == "institution":
                return g
        head = np.words[-1]
        low = _strip_genitive(head.text, self.lang).lower()
        if (
            self.lang == "de" and _last_part(low) not in ("sprecher", "sprecherin") or "-" in low
        ) and low.endswith(("sprecher", "sprecherin")):
            # "ein Feuerwehrsprecher": an unnamed spokesperson of an institution
            return _Speaker(_strip_genitive(head.text, self.lang), "institution", True)
        if np.det in ("der", "die", "the", "dem", "des") or (self.lang == "en" and np.det is None):
            p = self.reg.by_role(role[0])
            if p is not None:
                return _Speaker(p.name, "person", True, gender=p.gender)
        return _NO_SPEAKER

    def institution(self, words: list[_Tok], det: str | None, full: str | None = None) -> _Speaker:
        lang = self.lang
        ws = list(words)
        head = ws[-1]
        if lang == "en" and full and head.cap:
            return _Speaker(full, "institution", True)  # "Institute for the Study of War"
        if lang == "en":
            if not head.cap or head.low in _INSTITUTIONS_EN:
                while len(ws) > 1 and ws[0].cap and ws[1].low != ws[0].low and not ws[1].cap:
                    ws.pop(0)  # "Riverton finance office" -> "finance office"
            name = " ".join(w.text for w in ws)
        else:
            while len(ws) > 1 and (
                ws[0].low.endswith("er")
                and not _is_institution_word(ws[0].low, lang)
                or _is_place(ws[0].low, self.reg.places)
            ):
                ws.pop(0)  # "Berliner Polizei" -> "Polizei"
            mods = [_base_adjective(w.text) for w in ws[:-1]]
            name = " ".join([*mods, _strip_genitive(ws[-1].text, lang)])
        low = _last_part(head.low)
        plural = low in _PLURAL_INSTITUTIONS or low in _GROUPS
        gender = None
        if lang == "de" and det in ("der", "die", "das") and not plural:
            gender = _det_gender(det)
        if lang == "de" and gender is None and not plural:
            if low.endswith(("ung", "ei", "schaft", "ion", "behörde", "wehr", "kammer")):
                gender = "f"
            elif low.endswith(("amt", "ministerium", "gericht", "institut", "unternehmen")):
                gender = "n"
        return _Speaker(name, "institution", True, gender=gender, plural=plural)

    # ---------------------------------------------------------------- pronouns
    def resolve_pronoun(self, pronoun: str, verb: str | None, idx: int) -> _Speaker:
        gender, plural = _PRONOUNS[pronoun]
        if pronoun == "sie" and self.lang == "de":
            plural = bool(verb and verb.endswith(("ten", "en", "ern")) and verb != "ben")
            gender = None if plural else "f"
        if pronoun in ("es", "it") and self.lang == "de":
            return _NO_SPEAKER
        for speakers_only, depth in ((True, 3), (False, 5)):
            for s_idx, sp, was_speaker in reversed(self.salience):
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
                if sp.kind == "person":
                    if pronoun in ("it",):
                        continue
                    if sp.gender in (None, gender):
                        return sp
                elif sp.kind == "institution":
                    if pronoun == "it" or (sp.gender is not None and sp.gender == gender):
                        return sp
        return _NO_SPEAKER


# =========================================================================== one sentence

_PUNCT_BOUNDARY = frozenset(",;:()[]–—.!?")
_TIME_WORD_RE = re.compile(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?$|^(?:wochenende|nacht|abend|"
    r"morgen|vormittag|nachmittag|rande|anschluss|interview|gespräch|pressekonferenz)$"
)
_PREPOSITIONS = _words(
    "am im an in ins vom von zum zur zu bei beim mit nach aus auf über unter vor hinter neben "
    "zwischen durch für gegen ohne um seit bis ab gegenüber während wegen trotz "
    "at on in of for from by with to into about after before during since until"
)
_DE_SKIP_RIGHT = _STOP - _DETERMINERS - frozenset(_PRONOUNS)
_FEMININE_SUFFIXES = tuple(
    "ung heit keit schaft ion tät ei ie ik ur anz enz behörde wehr kammer botschaft zeitung "
    "agentur plattform app webseite website sendung seite bank stadt gemeinde armee partei "
    "kommission regierung polizei".split()
)


def _feminine(low: str) -> bool:
    """German nouns that are feminine by their ending ("der Botschaft" is then a dative)."""
    return _last_part(low) in _FEMININE_MEDIA or low.endswith(_FEMININE_SUFFIXES)


_FEMININE_MEDIA = _words(
    "zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung zeitschrift "
    "nachrichtenagentur agentur presseagentur plattform app webseite website sendung "
    "nachrichtenseite"
)


@dataclass
class _Cand:
    pos: int  # token index of the cue
    cue: str
    speaker: _Speaker
    strong_cue: bool = True
    direct: bool = False
    refer_back: bool = False
    via: str | None = None
    verb: str | None = None


@dataclass
class _Sent:
    text: str
    masked: str
    toks: list[_Tok]
    long_spans: list[QuoteSpan]
    boundary: set[int]
    starts_inside: bool
    ends_open: bool
    fully_quoted: bool


def _prepare(text: str, stack: tuple[str, ...], lang: str) -> tuple[_Sent, tuple[str, ...]]:
    spans, new_stack = scan_quotes(text, stack)
    masked, long_spans = _mask(text, spans, lang)
    toks = _tokenize(masked)
    quote_pos: set[int] = set()
    for q in long_spans:
        if q.start >= 0:
            quote_pos.add(q.start)
        if q.closed:
            quote_pos.add(q.end - 1)
    boundary = {k for k, t in enumerate(toks) if t.text in _PUNCT_BOUNDARY or t.start in quote_pos}
    quoted_chars = sum(q.end - max(q.start, 0) for q in long_spans)
    fully = bool(long_spans) and quoted_chars >= 0.8 * len(text.strip())
    return (
        _Sent(text, masked, toks, long_spans, boundary, bool(stack), bool(new_stack), fully),
        new_stack,
    )


def _clause_start(s: _Sent, v: int, lang: str, subordinators: bool = True) -> int:
    k = v - 1
    while k >= 0:
        if s.toks[k].text == ")":  # a parenthesis inside the clause: "vom DWD (...)"
            depth = 0
            while k >= 0:
                depth += {")": 1, "(": -1}.get(s.toks[k].text, 0)
                if depth == 0:
                    break
                k -= 1
            k -= 1
            continue
        if k in s.boundary or (
            subordinators
            and s.toks[k].low in _SUBORDINATORS[lang]
            and not (k > 0 and s.toks[k - 1].text == "-")  # "Rechts- und Sozialpolitik"
        ):
            break
        k -= 1
    return k + 1


def _clause_end(s: _Sent, v: int) -> int:
    k = v + 1
    while k < len(s.toks) and k not in s.boundary:
        k += 1
    return k


def _is_direct(s: _Sent, lo_tok: int, hi_tok: int) -> bool:
    """Whether the clause toks[lo_tok:hi_tok] is attached to a long quotation."""
    if not s.long_spans:
        return False
    c_lo = s.toks[lo_tok - 1].end if lo_tok > 0 else 0
    c_hi = s.toks[hi_tok].start if hi_tok < len(s.toks) else len(s.text)
    for q in s.long_spans:
        if q.end <= c_lo and not s.masked[q.end : c_lo].strip(" ,\u2013\u2014-"):
            return True
        if q.start >= c_hi and not s.masked[c_hi : q.start].strip(" :,"):
            return True
    return False


class _Extractor:
    def __init__(self, art: _Article) -> None:
        self.art = art
        self.lang = art.lang
        self.cues = _CUES[art.lang]

    def np_speaker(self, s: _Sent, np: _NP | None, idx: int) -> _Speaker:
        if np is None:
            return _NO_SPEAKER
        return self.art.classify(s.text, np, idx)

    def right_speaker(self, s: _Sent, i: int, end: int, idx: int) -> tuple[_Speaker, str | None]:
        """Subject after a German verb (or an English inverted one); also a dative outlet."""
        via: str | None = None
        skipped = 0
        toks = s.toks
        while i < end and skipped < 6:
            t = toks[i]
            if t.low in _PREPOSITIONS:
                # a prepositional phrase is never the subject; it may carry the outlet
                np = _parse_np(s.text, toks, i + 1, end, self.lang, genitive=False)
                if np is not None:
                    sp = self.np_speaker(s, np, idx)
                    if sp.outlet and sp.name and t.low in _CARRIERS:
                        via = sp.name
                    i = np.end
                else:
                    i += 1
                skipped += 1
                continue
            if (self.lang == "de" and (t.low in _DE_SKIP_RIGHT or _TIME_WORD_RE.match(t.low))) or (
                self.lang == "en" and t.low in _EN_ADVERBS
            ):
                i += 1
                skipped += 1
                continue
            np = _parse_np(s.text, toks, i, end, self.lang)
            if np is None:
                return _NO_SPEAKER, via
            sp = self.np_speaker(s, np, idx)
            via = sp.via or via
            dative = np.det in ("dem", "den", "einem", "einer") or (
                np.det == "der" and bool(np.words) and _feminine(np.words[-1].low)
            )
            if self.lang == "de" and dative:
                if sp.outlet and sp.name:
                    via = sp.name
                i = np.end
                skipped += 1
                continue
            return sp, via
        return _NO_SPEAKER, via

    def left_speaker(self, s: _Sent, cs: int, fv: int, idx: int) -> tuple[_Speaker, bool]:
        """Subject before the verb; (speaker, refer_back)."""
        toks = s.toks
        if cs >= fv:
            return _NO_SPEAKER, False
        if (
            cs >= 2
            and toks[cs - 1].low in ("und", "oder", "sowie", "and", "or")
            and toks[cs - 2].cap
            and toks[cs - 2].word
        ):
            return _BLOCKED, False  # "Frauen und Mädchen berichteten": several speakers
        first = toks[cs]
        if self.lang == "de":
            if fv - cs == 1 and first.low in _DEMONSTRATIVE_DE:
                return _NO_SPEAKER, True
            if first.low in ("von", "van", "de") and fv - cs >= 2:
                person = self.art.reg.lookup(_run_text(s.text, toks, cs, fv))
                if person is not None:  # "Von der Leyen sagte"
                    return _Speaker(person.name, "person", True, gender=person.gender), False
            if first.low in _STOP and first.low not in _DETERMINERS and first.low not in _PRONOUNS:
                return _NO_SPEAKER, False
            while fv - 1 > cs and toks[fv - 1].low in _DE_TRAILING:
                fv -= 1  # "Faymann selbst spricht"
            np = _parse_np(s.text, toks, cs, fv, self.lang)
            if np is None:
                return _NO_SPEAKER, False
            sp = self.np_speaker(s, np, idx)
            if np.end != fv:
                # "Walter Fuchs vom Institut für ... (IRKS) sagt": a person with an attachment
                if sp.kind == "person" and toks[np.end].low in _PREPOSITIONS:
                    return sp, False
                return _NO_SPEAKER, False
            return sp, False
        end = fv
        while end > cs and toks[end - 1].low in _EN_SKIP_BEFORE_VERB:
            end -= 1
        refer_back = bool(_REFER_BACK_EN_RE.search(s.masked))
        for k in range(cs, end):
            np = _parse_np(s.text, toks, k, end, self.lang)
            if np is not None and np.end == end:
                return self.np_speaker(s, np, idx), refer_back
        return _NO_SPEAKER, refer_back

    def verb_candidate(self, s: _Sent, v: int, idx: int) -> _Cand | None:
        toks = s.toks
        t = toks[v]
        spec = self.cues.get(t.low)
        if spec is None or t.cap:
            return None
        if (
            v > 1
            and toks[v - 1].low in _DETERMINERS
            and (v - 1) not in s.boundary
            and toks[v - 2].word
            and v + 1 < len(toks)
            and toks[v + 1].cap
        ):
            return None  # "selbst das erklärte Ziel": a participle used as an adjective
        cue = t.text
        ce = _clause_end(s, v)
        if spec.particles:
            if "von" in spec.particles:
                if not any(toks[k].low == "von" for k in range(v + 1, ce)):
                    return None
                cue = f"{t.text} von"
            else:
                last = ce - 1
                while last > v and not toks[last].word:
                    last -= 1
                if last <= v and self.lang == "de":
                    return None
                if self.lang == "en":
                    if v + 1 < len(toks) and toks[v + 1].low in spec.particles:
                        cue = f"{t.text} {toks[v + 1].text}"
                    else:
                        return None
                elif toks[last].low in spec.particles:
                    cue = f"{t.text} {toks[last].text}"
                else:
                    return None
        if spec.label == "sagen":
            last = ce - 1
            while last > v and not toks[last].word:
                last -= 1
            if last > v and toks[last].low in ("zu", "ab"):
                return None  # "sagte ... zu" promised, "sagte ... ab" cancelled
        if spec.label == "erklären" and any(
            toks[k].low in ("zum", "zur") for k in range(max(0, v - 6), ce)
        ):
            return None  # "zum Notstandsgebiet erklärt": declared, not said
        if spec.label == "bestreiten" and not _DISPUTE_RE.search(s.masked, t.end):
            return None  # "bestreitet fünf Wettkämpfe": to compete, not to deny
        fv = v
        cs = _clause_start(s, v, self.lang)
        prev_low = toks[v - 1].low if v > 0 else ""
        if spec.kind == "participle" or (
            self.lang == "en" and prev_low in ("was", "were", "been", "is", "are")
        ):
            aux = next(
                (
                    k
                    for k in range(v - 1, cs - 1, -1)
                    if toks[k].low in _DE_AUX | _EN_PARTICIPLE_AUX
                ),
                None,
            )
            passive = next(
                (k for k in range(v - 1, cs - 1, -1) if toks[k].low in _PASSIVE_AUX), None
            )
            if passive is not None and aux is None:
                agent = next(
                    (
                        k
                        for k in range(passive + 1, ce)
                        if toks[k].low in ("von", "vom", "durch", "by")
                    ),
                    None,
                )
                if agent is None:
                    return None
                start = agent + 1 if toks[agent].low != "vom" else agent
                np = _parse_np(s.text, toks, start, ce, self.lang)
                if toks[agent].low == "vom" and np is None:
                    np = _parse_np(s.text, toks, agent + 1, ce, self.lang)
                sp = self.np_speaker(s, np, idx)
                rb = fv - cs >= 1 and toks[cs].low in _DEMONSTRATIVE_DE | {"this", "that"}
                return _Cand(v, cue, sp, spec.strong, _is_direct(s, cs, ce), rb)
            if aux is not None:
                fv = aux
            elif spec.kind == "participle" and t.low in _DE_FINITE:
                fv = v  # "erklärt", "betont": also finite present
            elif spec.kind == "participle":
                return None
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
                end = next((k for k in range(fv + 1, ce) if toks[k].low == "von"), ce)
            sp2, via = self.right_speaker(s, fv + 1, end, idx)
            if spec.label in _TRANSITIVE and not sp2.strong and not sp2.pronoun:
                sp2 = _NO_SPEAKER  # "meldet Tote", "wies Kritik zurück": an object
            if sp2.name or sp2.pronoun or not (sp.outlet or weak_left):
                sp = sp2
        elif self.lang == "en":
            if cs >= fv and not (sp.name or sp.pronoun) and t.low not in ("told", "tells"):
                sp, via = self.right_speaker(s, v + 1, ce, idx)
            if t.low in ("told", "tells") and v + 1 < len(toks):
                obj = _parse_np(s.text, toks, v + 1, ce, self.lang)
                osp = self.np_speaker(s, obj, idx)
                if osp.outlet and osp.name:
                    via = osp.name
        if (
            not (sp.name or sp.pronoun)
            and sp.kind != "blocked"
            and cs >= fv - (1 if refer_back else 0)
        ):
            sp = self.apposition_speaker(s, cs, idx) or sp
        if sp.kind == "blocked":
            sp = _NO_SPEAKER
        direct = _is_direct(s, _clause_start(s, v, self.lang, False), ce)
        return _Cand(v, cue, sp, spec.strong, direct, refer_back, via, t.low)

    def apposition_speaker(self, s: _Sent, cs: int, idx: int) -> _Speaker | None:
        """ ", Dmitri Peskow, sagte" / "Sam Reed, the council clerk, said"."""
        end = cs - 1
        for _ in range(2):
            if end <= 0 or s.toks[end].text != ",":
                return None
            start = _clause_start(s, end, self.lang, False)
            np = _parse_np(s.text, s.toks, start, end, self.lang)
            if np is not None and np.end == end:
                sp = self.np_speaker(s, np, idx)
                if sp.kind == "person" and sp.name:
                    return sp
            end = start - 1
        return None

    def nominal_candidates(self, s: _Sent, idx: int) -> list[_Cand]:
        out: list[_Cand] = []
        toks = s.toks
        starts: dict[int, int] = {}
        for m in _NOMINAL[self.lang].finditer(s.masked):
            if not starts:
                starts = {t.start: k for k, t in enumerate(toks)}
            group = m.lastgroup
            if group == "own":
                group = "angaben"
            if group is None:
                continue
            gstart = m.start(group)
            k0 = starts.get(gstart)
            if k0 is None:
                continue
            after = next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks))
            ce = _clause_end(s, after - 1) if after > 0 else len(toks)
            label = _NOMINAL_LABELS[group]
            sp: _Speaker = _NO_SPEAKER
            direct = False
            if group == "zufolge":
                best: _NP | None = None
                end0 = k0
                if k0 > 0 and toks[k0 - 1].text == ")":
                    end0 = next(
                        (k for k in range(k0 - 2, max(-1, k0 - 9), -1) if toks[k].text == "("),
                        k0,
                    )
                for k in range(end0 - 1, max(-1, end0 - 8), -1):
                    if k in s.boundary:
                        break
                    np = _parse_np(s.text, toks, k, end0, self.lang)
                    if np is not None and np.end == end0:
                        best = np
                sp = self.np_speaker(s, best, idx)
            elif group == "angaben" and m.group("own"):
                first = next(
                    (k + 1 for k, t in enumerate(toks[:6]) if t.text in ("–", "—", "-")), 0
                )  # after a dateline: "Graz – Die Energie Steiermark AG ..."
                np = _parse_np(s.text, toks, first, len(toks), self.lang)
                sp = self.np_speaker(s, np, idx)
            elif group == "so":
                np = _parse_np(s.text, toks, after, len(toks), self.lang)
                if np is None:
                    continue
                sp = self.np_speaker(s, np, idx)
                direct = _is_direct(s, k0, len(toks))
            elif group == "heisst":
                if after < len(toks) and toks[after - 1].low not in ("es",):
                    sp = self.np_speaker(s, _parse_np(s.text, toks, after, ce, self.lang), idx)
                    if toks[after - 1].low == "in" and sp.kind != "institution":
                        sp = _NO_SPEAKER
            else:
                sp = self.np_speaker(s, _parse_np(s.text, toks, after, ce, self.lang), idx)
            cand = _Cand(k0, label if group != "laut" else toks[k0].text, sp, True, direct)
            if group in ("berufung", "citing"):
                cand.via = "__subject__"
            out.append(cand)
        return out

    def colon_candidate(self, s: _Sent, idx: int) -> _Cand | None:
        toks = s.toks
        colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
        if colon is None or colon == 0 or not _is_direct(s, 0, colon):
            return None
        np = _parse_np(s.text, toks, 0, colon, self.lang)
        if np is None or np.end != colon or np.pronoun:
            return None
        sp = self.np_speaker(s, np, idx)
        if not (sp.strong and sp.name):
            return None
        return _Cand(colon, ":", sp, True, True)

    def carrier_via(self, s: _Sent, idx: int, claimant: str | None) -> str | None:
        """An outlet or platform in a carrier phrase: in der App "Telegram", told Reuters."""
        toks = s.toks
        for k, t in enumerate(toks):
            if not (t.word and _is_media(t.low, self.lang)) and not (t.cap and t.word):
                continue
            if (
                k == 0
                or toks[k - 1].low not in _CARRIERS
                and (k < 2 or toks[k - 2].low not in _CARRIERS)
            ):
                continue
            np = _parse_np(s.text, toks, k, len(toks), self.lang, genitive=False)
            sp = self.np_speaker(s, np, idx)
            if sp.outlet and sp.name and sp.name != claimant:
                return sp.name
        for m in _OUTLET_RE.finditer(s.masked):
            at = next((i for i, t in enumerate(toks) if t.start == m.start()), None)
            if at is None or at == 0 or m.group() == claimant:
                continue
            if toks[at - 1].low in _CARRIERS or (at >= 2 and toks[at - 2].low in _CARRIERS):
                return m.group()
        return None

    def candidates(self, s: _Sent, idx: int) -> list[_Cand]:
        cands: list[_Cand] = []
        cues = self.cues
        for v, t in enumerate(s.toks):
            if t.low in cues and t.word:
                c = self.verb_candidate(s, v, idx)
                if c is not None:
                    cands.append(c)
        cands.extend(self.nominal_candidates(s, idx))
        if not cands and s.long_spans:
            c = self.colon_candidate(s, idx)
            if c is not None:
                cands.append(c)
        cands.sort(key=lambda c: c.pos)
        return cands


# =========================================================================== the article pass


def _lang(language: str) -> str:
    return "de" if (language or "").lower().startswith("de") else "en"


def _choose(cands: list[_Cand]) -> tuple[_Cand | None, str | None, bool]:
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


def _mentions(art: _Article, s: _Sent, idx: int) -> list[_Speaker]:
    out: list[_Speaker] = []
    seen: set[str] = set()
    for k, t in enumerate(s.toks):
        if not t.cap:
            continue
        persons = art.reg.by_surname.get(fold_name(t.text))
        if not persons:
            continue
        person = persons[0]
        if len(persons) > 1:
            nxt = fold_name(s.toks[k + 1].text) if k + 1 < len(s.toks) else ""
            person = next(
                (p for p in persons if nxt and nxt in fold_name(p.name).split()),
                max(persons, key=lambda p: p.last_seen),
            )
        if person.name in seen:
            continue
        seen.add(person.name)
        person.last_seen = idx
        out.append(_Speaker(person.name, "person", True, gender=person.gender))
    return out


def _with(a: Attribution, **changes: Any) -> Attribution:
    return replace(a, **changes)


def attribute_sentences(
    sentences: list[Sentence], language: str, title: str | None = None
) -> list[Attribution]:
    """One Attribution per sentence, in order (see the module doc for the rules)."""
    lang = _lang(language)
    art = _Article(lang)
    ext = _Extractor(art)
    prepared: list[_Sent] = []
    stack: tuple[str, ...] = ()
    para: int | None = None
    if title:
        tp, _ = _prepare(title, (), lang)
        _learn_people(art.reg, title, tp.toks, lang, -1)
    for i, sent in enumerate(sentences):
        if sent.paragraph != para:
            stack, para = (), sent.paragraph
        ps, stack = _prepare(sent.text, stack, lang)
        prepared.append(ps)
        _learn_people(art.reg, sent.text, ps.toks, lang, i)
        art.lower_words.update(t.low for t in ps.toks if t.word and not t.cap)
    for p in art.reg.persons:
        p.last_seen = -1
    article_via: str | None = None
    for sent in sentences:
        m = _SOURCE_RE.search(sent.text)
        if m:
            article_via = " ".join(m.group(1).split())
            break
    if article_via is None and sentences:
        m = _DATELINE_RE.match(sentences[0].text)
        if m:
            article_via = m.group(1)

    results: list[Attribution] = []
    speakers: list[_Speaker | None] = []
    open_quote: tuple[Attribution, _Speaker] | None = None
    quote_run = 0  # sentences a quotation has stayed open: a stray quote mark must not
    # hand one speaker the rest of a paragraph
    for i, (sent, ps) in enumerate(zip(sentences, prepared, strict=True)):
        same_para = i > 0 and sentences[i - 1].paragraph == sent.paragraph
        if not same_para:
            open_quote = None
        cands = ext.candidates(ps, i)
        for c in cands:
            if c.speaker.pronoun:
                c.speaker = art.resolve_pronoun(c.speaker.pronoun, c.verb, i)
        chosen, via, direct = _choose(cands)
        has_quote = bool(ps.long_spans)
        speaker: _Speaker | None = None
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
            and _KONJ1_RE.search(ps.masked)
            and not _KONJ1_EXCLUDE_RE.search(ps.masked)
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
        for mention in reversed(_mentions(art, ps, i)):
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
    ps, _ = _prepare(sentence_text, (), lang)
    cands = _Extractor(_Article(lang)).candidates(ps, 0)
    return any(c.strong_cue or c.speaker.name for c in cands)
