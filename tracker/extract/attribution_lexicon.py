"""Word lists and regex tables of the attribution rules (see :mod:`tracker.extract.attribution`).

The cues themselves (verbs and phrases, with an example each) are the table in
:mod:`tracker.extract.attribution_cues`; ``CUES``, ``DE_FINITE`` and ``TRANSITIVE`` are
re-exported here. This module holds stop words, roles, institutions, groups, media nouns
and outlets, document and time nouns, places. Written compactly as space-separated strings,
expanded once at import.
"""

from __future__ import annotations

import re

from tracker.extract.attribution_cues import CUES as CUES
from tracker.extract.attribution_cues import DE_FINITE as DE_FINITE
from tracker.extract.attribution_cues import TRANSITIVE as TRANSITIVE
from tracker.extract.names import fold_name
from tracker.extract.numbers import DE_WORD_NUMBER, EN_WORD_NUMBER


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


EN_PARTICIPLE_AUX = _words("has have had")

# finite verbs that take an infinitive: "sagen können", "mitteilen wollen"
DE_MODALS = _words(
    "können konnten könnten wollen wollten müssen mussten müssten sollen sollten dürfen "
    "durften dürften möchten werden würden lassen ließen"
)
DE_AUX = _words("hat haben hatte hatten habe hätte hätten")
PASSIVE_AUX = _words("wurde wurden worden ist sind war waren wird werden was were been")


# nouns and words of a statement: a date next to them dates the statement ("in a statement
# on Tuesday", "in einer Pressekonferenz am Montag") (see ``dates.stated_time``)
STATEMENT_WORDS = {
    "de": _words(
        "erklärung mitteilung interview pressekonferenz stellungnahme aussendung statement "
        "videobotschaft rede ansprache laut zufolge angaben pressemitteilung"
    ),
    "en": _words(
        "statement interview speech briefing conference remarks according tweet post release "
        "testimony hearing spoke speaks"
    ),
}

# --- function words that never start or make a name (compared lower-cased)
STOP = _words(
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
    "there here who whom whose which what when where why how mr mrs ms if unless whether "
    "once until"
)
DETERMINERS = _words(
    "der die das des dem den ein eine einer eines einem einen the a an "
    "sein seine seiner seinen seinem ihre ihrer ihren ihrem "
)
PRONOUNS = {
    "er": ("m", False),
    "sie": ("f", None),
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": ("n", False),
    "es": ("n", False),
    "__someone__": (None, False),  # "the 45-year-old": a person of either gender
}
DEMONSTRATIVE_DE = _words("das dies dieses diese solches")
SUBORDINATORS = {
    "de": _words("dass wie als weil ob nachdem während und aber sondern denn wobei wo"),
    "en": _words("that as while because and but whereas after when where who which"),
}
DE_TRAILING = _words("selbst auch allein jedoch aber nun dagegen hingegen indes wiederum zudem")

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
DE_ROLE_FEMININE_IRREGULAR = _words(
    "landrätin anwältin staatsanwältin ärztin vorsitzende abgeordnete beauftragte "
    "kollegin amtskollegin königin prinzessin äbtissin expertin stadträtin gemeinderätin "
    "fürstin herzogin gräfin kanzlerin frau"
)
FEMININE_COUNCILLOR = "rätin"
DE_ROLE_EXTRA_MALE = _words("arzt herr amtskollegen kollegen")
EN_ROLES = _words(
    "mayor president minister chancellor spokesperson spokesman spokeswoman secretary "
    "administrator clerk director chief executive chair chairman chairwoman chairperson "
    "governor senator representative congressman congresswoman ambassador commissioner "
    "officer judge attorney lawyer general coach professor analyst economist founder ceo "
    "cfo manager leader head deputy councillor councilor councilman councilwoman sheriff "
    "inspector superintendent captain lieutenant sergeant colonel king queen prince "
    "princess pope premier treasurer auditor comptroller commander admiral marshal "
    "prosecutor researcher scientist doctor dr mr mrs ms sir dame lord lady justice sen rep "
    "sens reps senators lawmaker politician"
)
EN_ROLE_FEMALE = _words(
    "spokeswoman chairwoman congresswoman councilwoman queen princess mrs ms dame lady"
)
EN_ROLE_MALE = _words("spokesman chairman congressman councilman king prince mr sir lord")
EN_MODIFIERS = _words(
    "local federal state city district regional national senior former foreign finance "
    "health police fire council county municipal government military security top deputy "
    "assistant interim acting press education school interior defence defense justice "
    "economy economic prime vice chief executive general public emergency rescue town "
    "us u.s. eu un white house"
)

# --- institutions: heads (folded) and compound suffixes
INSTITUTIONS_DE = _words(
    "polizei feuerwehr landratsamt ministerium regierung bundesregierung landesregierung "
    "kreml behörde behörden staatsanwaltschaft gericht armee militär bundeswehr verwaltung "
    "stadtverwaltung kommission präsidialamt kanzleramt rathaus amt institut konzern "
    "unternehmen firma verband gewerkschaft partei fraktion opposition koalition senat "
    "parlament bundestag bundesrat landtag kabinett justiz geheimdienst verfassungsschutz "
    "zoll küstenwache weltbank zentralbank notenbank bundesbank pentagon botschaft "
    "generalstab veranstalter organisatoren ermittler einsatzkräfte rettungskräfte "
    "rettungsdienst beamte stadt gemeinde landkreis bezirk kreis ministerien klinik "
    "krankenhaus universität uni vereinte nationen un uno eu nato who iwf ezb oecd "
    "versicherung gruppe region provinz oblast verwaltung stiftung luftwaffe "
    "nationalgarde miliz heer grenzschutz zivilschutz katastrophenschutz luftabwehr"
)
_INSTITUTION_SUFFIXES_DE = tuple(
    "ministerium regierung amt behörde behörden polizei direktion anwaltschaft gericht "
    "kommission verwaltung verband gewerkschaft partei institut bank konzern agentur dienst "
    "kammer wehr ausschuss fraktion koalition kabinett stelle büro kanzlei zentrale präsidium "
    "kommando ministerien sekretariat rat senat vorstand organisation hilfswerk stiftung "
    "bündnis netzwerk verein initiative".split()
)
INSTITUTION_SUFFIX_RE = re.compile(
    "(?:" + "|".join(_INSTITUTION_SUFFIXES_DE) + ")(?:e|en|n|s|es)?$"
)
INSTITUTIONS_EN = _words(
    "police government ministry department office agency authorities authority council "
    "commission administration military army court prosecutors officials organisers "
    "organizers kremlin pentagon company firm committee board bureau service regulator "
    "hospital university union party campaign investigators rescuers firefighters "
    "spokespeople un eu nato who imf coastguard embassy institute foundation center centre "
    "fund organization organisation association federation bureau airline "
    "team operator utility charity watchdog insurer lender bank trust brigade"
)
# English institution nouns that are other words in German ("Team", "Bank", "Brigade")
# English media nouns that name an outlet only after "news"/"press" ("the coastguard agency")
EN_QUALIFIED_MEDIA = {"agency": frozenset({"news", "press", "wire"})}
EN_ONLY_INSTITUTIONS = _words(
    "team operator utility charity watchdog insurer lender bank trust brigade"
)
PLURAL_INSTITUTIONS = _words(
    "behörden organisatoren veranstalter ermittler einsatzkräfte rettungskräfte beamte "
    "authorities officials organisers organizers prosecutors investigators rescuers "
    "firefighters"
)
GROUPS = _words(
    "staaten länder countries states nations "
    "experten fachleute forscher wissenschaftler ärzte kritiker beobachter analysten "
    "augenzeugen zeugen anwohner bewohner diplomaten insider helfer aktivisten "
    "demonstranten teilnehmer mediziner ökonomen meteorologen wetterexperten virologen "
    "experts researchers scientists doctors critics observers analysts witnesses residents "
    "diplomats sources insiders activists economists medics forecasters meteorologists"
)
MEDIA_NOUNS = {
    "de": _words(
        "zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung boulevardblatt "
        "blatt magazin nachrichtenmagazin zeitschrift nachrichtenagentur agentur presseagentur "
        "radio sender fernsehsender tv-sender radiosender staatssender staatsfernsehen "
        "staatsmedien "
        "portal nachrichtenportal onlineportal internetportal nachrichtenseite website webseite "
        "plattform app kurznachrichtendienst onlinedienst messengerdienst kanal podcast "
        "sendung blog branchenmedium medium rundfunk staatsrundfunk fernsehen"
    ),
    "en": _words(
        "newspaper paper daily tabloid magazine agency wire broadcaster network channel "
        "station outlet site website app platform podcast programme program radio media"
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
        "Bluesky|Mastodon|LinkedIn|WhatsApp|Weibo|Kyodo|Yonhap|Anadolu|Kommersant|Ukrinform|"
        "Le Monde|"
        "Le Figaro|El País|Corriere della Sera|Kurier|Kronen Zeitung|Der Standard|Die Presse|"
        "Die Zeit|Die Welt|Der Spiegel|Daily Mail|Daily Telegraph|The Times|Sunday Times|The Sun|"
        "Independent|Bild-Zeitung|Le Parisien|Libération|La Stampa|Haaretz|Times of Israel|"
        "Jerusalem Post|Associated Press|Agence France-Presse|Deutsche Presse-Agentur|Nikkei|"
        "South China Morning Post|Global Times|Meduza|Nowaja Gaseta|CNBC|MSNBC|Euronews|Welt TV|RT|"
        "USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|New York Post|The Hill|Newsweek|"
        "Time|Vox|HuffPost|Breitbart|Daily Caller|National Review|Washington Times|Fox Business|"
        "Tagesspiegel|Stuttgarter Zeitung|Rheinische Post|Kölner Stadt-Anzeiger|Münchner Merkur|"
        "Funke Mediengruppe|RND|Redaktionsnetzwerk Deutschland|Table.Media|Heute|Profil|Falter|"
        "Sputnik"
    ).split("|")
)
OUTLET_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(o) for o in sorted(_OUTLETS, key=len, reverse=True))
    + r")(?![\w-])"
)
OUTLET_FOLDED = frozenset(fold_name(o) for o in _OUTLETS)
# one name for an outlet written several ways ("der Deutschen Presse-Agentur" -> dpa)
OUTLET_ALIASES = {
    fold_name(k): v
    for k, v in {
        "Deutsche Presse-Agentur": "dpa",
        "Deutschen Presse-Agentur": "dpa",
        "DPA": "dpa",
        "Bild-Zeitung": "Bild",
        "Bild am Sonntag": "Bild am Sonntag",
        "Associated Press": "AP",
        "Agence France-Presse": "AFP",
        "Agence France Presse": "AFP",
        "Austria Presse Agentur": "APA",
        "Spiegel": "Der Spiegel",
        "Tass": "TASS",
    }.items()
}
CARRIERS = _words(
    "auf in im bei gegenüber mit dem der den via per told to on with interview gespräch "
    "app plattform kanal sender zeitung"
)
DOCUMENT_NOUNS = _words(
    "expertise analysis assessment vorschlag konzept draft proposal "
    "angaben bericht berichten berichte studie umfrage statistik schätzungen schätzung "
    "informationen daten zahlen prognose mitteilung erklärung anklage urteil dokument "
    "dokumenten unterlagen medienberichten medienberichte kreisen kreise klage text "
    "schreiben brief aussendung statement protokoll gutachten untersuchung analyse index "
    "papier liste plan entwurf antrag beschluss vertrag gesetz website webseite "
    "report statement study survey data figures estimates documents"
)
DOCUMENT_SUFFIXES = tuple(
    "bericht berichten berichte studie umfrage statistik prognose analyse mitteilung "
    "aussendung erklärung schreiben gutachten klage text papier dokument index angaben "
    "schätzung schätzungen daten zahlen informationen kreisen kreise gesetz gesetzes "
    "verordnung vertrag vertrags urteil entwurf beschluss".split()
)
TIME_NOUNS = _words(
    "woche wochen monat monate monats jahr jahre jahres tag tage tages abend morgen nacht "
    "wochenende stunde stunden minute minuten zeit zeitpunkt beginn ende anfang mitte "
    "week month year day evening morning night weekend"
)
PLACES = _words(
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
# "WASHINGTON (Reuters) -", "Berlin (dpa) -": wire copy, the agency relays the article
DATELINE_RE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w .,/'-]{1,40}?\s*\(\s*(Reuters|AP|AFP|dpa|DPA|APA|KNA|epd|AFP/dpa|"
    r"dpa/AFP|Bloomberg|Interfax|TASS|Xinhua|Kyodo|Yonhap|ANSA|EFE|PAP)\s*\)\s*[-–—]"
)
SOURCE_RE = re.compile(r"\((?:Quelle|Quellen|Source|Sources)\s*:\s*([^)]{2,80})\)")
KONJ1_RE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|möge|gebe|gehe|komme|liege|"
    r"stehe|bleibe|lasse|wisse|brauche|handle|handele|zeige|fehle|hätten|"
    # reported speech where Konjunktiv I looks like the indicative: Konjunktiv II forms,
    # and third persons singular of common verbs
    r"würden|wären|gäbe|betrage|befinde|gelte|plane|erwarte|rechne|steige|sinke|drohe|"
    r"verfüge|bestehe|entstehe|erhalte|arbeite|laufe|zähle|fordere|benötige)\b"
)
KONJ1_EXCLUDE_RE = re.compile(
    r"\b(?:sei es|es sei denn|sei dahingestellt|ich \w+|wir hätten|wir würden)\b",
    re.IGNORECASE,
)
REFER_BACK_EN_RE = re.compile(
    r"^(?:That|This)(?:'s|’s| is| was)\s+(?:what|according\s+to)\b"
    r"|\b(?:said|confirmed|reported)\s+(?:so|this|that)\s*[.!]?$"
)
# "not 5,000 as the mayor had claimed", "nicht 640, wie der Betriebsrat behauptet": the cue
# after "as"/"wie" belongs to the rejected value, not to the sentence
COUNTER_CLAIM_RE = re.compile(
    r"\b(?:not|nicht|statt|anstatt|instead\s+of|rather\s+than)\s+(?:\S+\s+){0,2}?"
    rf"(?:\S*\d\S*|{DE_WORD_NUMBER}|{EN_WORD_NUMBER})\s*,?\s*$",
    re.IGNORECASE,
)
NUMBER_TOKEN_RE = re.compile(rf"\d.*|{DE_WORD_NUMBER}|{EN_WORD_NUMBER}", re.IGNORECASE)
DISPUTE_RE = re.compile(r"\bdass\b|\bVorw[uü]rf|\bBericht|\bAngaben\b|:|\bdies\b|\bdas\b")

# --- organisations: the type a descriptor gives the name next to it ("der Autozulieferer
# Varnholt", "utility Eastmoor Power", "the GZL union"); German descriptors match the end of a
# compound ("Energiekonzern", "Stromversorger")
ORG_DESCRIPTORS_DE = {
    "company": tuple(
        "unternehmen konzern firma hersteller zulieferer versorger betreiber anbieter händler "
        "discounter fluggesellschaft airline reederei brauerei autobauer bahngesellschaft "
        "mobilfunker".split()
    ),
    "union": ("gewerkschaft",),
}
ORG_DESCRIPTORS_EN = {
    "company": _words(
        "company firm maker carmaker automaker chipmaker manufacturer operator supplier carrier "
        "airline retailer utility provider giant chain insurer lender brewer developer"
    ),
    "union": _words("union"),
}
# a capitalised name ending in one of these is a company ("Eastmoor Power", "Varnholt AG")
COMPANY_NAME_HEADS = _words(
    "ag gmbh se kg kgaa inc inc. ltd ltd. corp corp. plc llc holding holdings group power "
    "energy energie airlines airways motors electric telecom telekom pharma bahn water gas rail "
    "corporation "
    "railway railways"
)
# --- organisations named by a plural noun.  German: the singular heads whose plural, fixed
# by a name or a capitalised adjective, is one organisation ("Stadtwerke Grünstadt", "Berliner
# Wasserbetriebe", "Vereinte Nationen", "Helios Kliniken", "Wiener Linien"), matched at the end
# of the singular (simplemma lemma) of a compound; and plurals that are one organisation on
# their own ("die Stadtwerke", "die Streitkräfte").  English: plural last words of a capitalised
# name ("Wrenhallow Water Works", "United Nations", "Israel Defense Forces"): the plurals of
# the institution and company nouns, and heads used in the plural only.
PLURAL_ORG_HEADS_DE = tuple("werk betrieb klinik linie bahn kasse nation werft".split())
PLURAL_ORGS_DE = _words(
    "stadtwerke verkehrsbetriebe wasserbetriebe wasserwerke stadtbetriebe elektrizitätswerke "
    "gemeindewerke streitkräfte"
)


def _en_plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


PLURAL_ORG_HEADS_EN = frozenset(
    _en_plural(w)
    for w in INSTITUTIONS_EN | ORG_DESCRIPTORS_EN["company"]
    if len(w) > 3 and w.isalpha() and not w.endswith("s")
) | _words("works nations forces industries systems laboratories labs utilities")
# German single-word names of rail companies ("Lindenbahn"; "Autobahn" is a known noun)
RAIL_NAME_SUFFIX = "bahn"
# compound words naming an authority ("Gesundheitsamt", "Innenministerium"); bare "Polizei"
# counts too, so that "die Behörde" stays as written when it could be either
AUTHORITY_HEADS = tuple(
    "amt behörde ministerium anwaltschaft präsidium direktion polizei präfektur verwaltung "
    "kommission agentur aufsicht".split()
)
AUTHORITY_NAMES_EN = _words("authority agency department ministry office police")
# generic nouns that may refer back to the one organisation of their type
GENERIC_ORGS = {
    "unternehmen": "company",
    "konzern": "company",
    "firma": "company",
    "betreiber": "company",
    "company": "company",
    "firm": "company",
    "operator": "company",
    "airline": "company",
    "behörde": "authority",
    "amt": "authority",
    "authority": "authority",
    "agency": "authority",
    "gewerkschaft": "union",
    "union": "union",
    "carrier": "company",
    "fluggesellschaft": "company",
    "group": "group",
    "gruppe": "group",
    "organization": "group",
    "organisation": "group",
}
SPOKES_ROLES = _words("spokesman spokeswoman spokesperson")

# --- word classes: suffixes, name particles, adverbs
COMPANY_SUFFIXES = _words("ag gmbh se kg kgaa inc ltd corp plc llc sa nv holding group")
ABSTRACT_SUFFIXES = tuple(
    "ung heit keit schaft ion tät nis tum ismus ment enz anz ungen heiten keiten ionen täten "
    "nisse".split()
)
# German adjective endings: "Slowenischen" (lemma "Slowenische") is an adjective, "Linien"
# (lemma "Linie") a noun
ADJECTIVE_SUFFIXES_DE = tuple("isch lich ig bar sam haft al ell iv ar ent ant".split())
ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)$")
NAME_PARTICLES = _words("von van der den de di da del dos du la le al el bin ibn zu ter ten")
EN_SKIP_BEFORE_VERB = _words(
    "also later previously now then again further earlier first once recently has have had "
    "would will had already reportedly"
)
# "Peskov on Friday denied", "the White House late Tuesday said": a time between subject and
# verb
EN_TIME_BEFORE_VERB = _words(
    "monday tuesday wednesday thursday friday saturday sunday night morning evening "
    "afternoon week weekend month year today yesterday"
)
EN_TIME_LEADS = _words("on late early last this")
EN_ADVERBS = _words("also later previously now then again further earlier first once recently")
DE_ROLE_RE = re.compile(
    "(" + "|".join(sorted(_DE_ROLE_STEMS, key=len, reverse=True)) + ")(in|en|n|s|es)?$"
)
PLACE_PREPS = _words("in im aus nach nahe from")

# --- clause reading: boundaries, time words after a verb, prepositions, feminine endings
# a US party and state tag after a name: "Chuck Schumer, D-N.Y., said", "(R-Texas)"
PARTY_TAG_RE = re.compile(r"\(?[DRI]-[A-Z][\w.]*\)?\.?")
RELATIVE_PRONOUNS = _words("who which whose der die das welcher welche welches")
PUNCT_BOUNDARY = frozenset(",;:()[]–—.!?+")  # "+" marks ticker headlines: "++ X meldet ++"
TIME_WORD_RE = re.compile(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?$|^(?:wochenende|nacht|abend|"
    r"morgen|vormittag|nachmittag|rande|anschluss|interview|gespräch|pressekonferenz)$"
)
PREPOSITIONS = _words(
    "am im an in ins vom von zum zur zu bei beim mit nach aus auf über unter vor hinter neben "
    "zwischen durch für gegen ohne um seit bis ab gegenüber während wegen trotz "
    "at on in of for from by with to into about after before during since until"
)
DE_SKIP_RIGHT = STOP - DETERMINERS - frozenset(PRONOUNS)
FEMININE_SUFFIXES = tuple(
    "ung heit keit schaft ion tät ei ie ik ur anz enz behörde wehr kammer botschaft zeitung "
    "agentur plattform app webseite website sendung seite bank stadt gemeinde armee partei "
    "kommission regierung polizei".split()
)
MEDIA_NAME_WORDS = _words("radio tv")  # part of a station's name: "Radio Bremen"
FEMININE_MEDIA = _words(
    "zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung zeitschrift "
    "nachrichtenagentur agentur presseagentur plattform app webseite website sendung "
    "nachrichtenseite"
)
