"""The cue table of attribution: every verb and phrase that says who makes a claim.

One row per cue, each with an example and the claimant (and relay) it must give;
``tests/test_attribution_cues.py`` runs every example through the whole attribution pass.
To teach tracker a new cue, add a row here with an example: a verb to ``VERB_CUES``, a
phrase to ``PHRASE_CUES``.

Verb rows (``VerbCue``): the lemma, its finite forms (German weak verbs by their stem: "sag"
gives sagt, sagte, sagten, sagen), the particle that closes the clause of a separable verb
("teilte ... mit"), the verb-final forms of subordinate clauses ("wie die Polizei
mitteilte"), the participles ("hat ... mitgeteilt"), and the present plural forms that are
also infinitives (a cue only with a plural subject: "Die Stadtwerke sagen" / "nichts
sagen"). A weak verb (``strong=False``: forderte, kritisierte, urged) counts only with a
speaker that is a known person or an institution.

Phrase rows (``PhraseCue``): a regular expression over the sentence (quotations blanked) and
where its speaker stands:

``after``     the noun phrase after the cue: "laut Polizei", "according to the ministry"
``before``    the noun phrase before it: "dem Bericht zufolge", "Ökonom Hans Brandt zufolge"
``subject``   the sentence's own subject: "hat die FPÖ nach eigenen Angaben investiert",
              "nach ihren Schätzungen", "by its own count"
``main_subject`` the first noun phrase of the main clause, or nobody: "The NRA opposed the
              bill, arguing that ..."
``cited``     the one a passive "zitiert" cites, the outlet citing as relay: "wird X vom
              Portal Y zitiert"
``compound``  the first part of a compound: "nach Polizeiangaben" -> Polizei
``previous``  whoever the previous sentence attributes: "Demnach wurden ...", "Dem
              zufolge", "That's according to ..."
``so``        German "so" + speaker after a statement: "Die Lage sei ernst, so Ott"
``heisst``    "heißt es aus/von/in X" (an institution), else nobody named
``side``      a national adjective names a side: "nach ukrainischen Angaben" -> ukrainische
              Seite

``relay="subject"`` makes the sentence's subject the relay ("Wie die Bild-Zeitung unter
Berufung auf Regierungskreise berichtet": claimant Regierungskreise, via Bild).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "CUES",
    "DE_FINITE",
    "PHRASE_CUES",
    "TRANSITIVE",
    "VERB_CUES",
    "Cue",
    "Example",
    "PhraseCue",
    "VerbCue",
    "phrase_regex",
]


@dataclass(frozen=True)
class Example:
    """An article text whose last sentence the cue attributes to ``claimant`` (via ``via``)."""

    text: str
    claimant: str | None
    via: str | None = None


@dataclass(frozen=True)
class VerbCue:
    label: str
    lang: str
    stems: tuple[str, ...] = ()  # German weak verbs: finite forms from the stem
    forms: tuple[str, ...] = ()  # other finite forms
    particles: tuple[str, ...] = ()  # a separable verb's particle closing the clause
    final: tuple[str, ...] = ()  # verb-final forms: "mitteilte", "ankündigte"
    participles: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()  # present plurals that are also infinitives
    plural_final: tuple[str, ...] = ()
    strong: bool = True
    strong_participle: bool | None = None  # when the participle differs ("geschätzt")
    transitive: bool = False  # a bare noun after it is its object ("meldet Tote")
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class PhraseCue:
    name: str
    lang: str
    pattern: str  # a regex on the masked sentence; the group "cue" is the cue itself
    speaker: str  # after | before | subject | main_subject | compound | previous | so | heisst
    # | cited
    relay: str | None = None  # "subject": the sentence's subject relays the claim
    examples: tuple[Example, ...] = ()


E = Example


Examples = Example | tuple[Example, ...] | None


def _examples(example: Examples) -> tuple[Example, ...]:
    if example is None:
        return ()
    return example if isinstance(example, tuple) else (example,)


def _de(
    label: str,
    *stems: str,
    example: Examples = None,
    strong: bool = True,
    strong_participle: bool | None = None,
    transitive: bool = False,
    forms: tuple[str, ...] = (),
    particles: tuple[str, ...] = (),
    final: tuple[str, ...] = (),
    participles: tuple[str, ...] = (),
    plural: tuple[str, ...] = (),
    plural_final: tuple[str, ...] = (),
) -> VerbCue:
    return VerbCue(
        label,
        "de",
        stems=stems,
        forms=forms,
        particles=particles,
        final=final,
        participles=participles,
        plural=plural,
        plural_final=plural_final,
        strong=strong,
        strong_participle=strong_participle,
        transitive=transitive,
        examples=_examples(example),
    )


def _en(label: str, *forms: str, example: Examples = None, strong: bool = True) -> VerbCue:
    return VerbCue(label, "en", forms=(label, *forms), strong=strong, examples=_examples(example))


# fmt: off
VERB_CUES: tuple[VerbCue, ...] = (
    # ------------------------------------------------------------------ German, strong
    _de("sagen", "sag", plural=("sagen",), participles=("gesagt",), example=(
        E('"Wir haben die Lage im Griff", sagte Bürgermeisterin Anna Berg.', "Anna Berg"),
        E("Oksana Selenska sagte, 26 Länder hätten zugesagt.", "Oksana Selenska"),
        E("Baerbock sagte der Deutschen Presse-Agentur, 26 Länder seien bereit.", "Baerbock",
          "dpa"),
        # a frame closing the sentence speaks all of it, the authority it contradicts not
        E("Die Behörden meldeten nicht 120 Tote, sondern 80, sagte der Gouverneur.",
          "Gouverneur"),
        E('"Ich werde meine Meinung nicht ändern", sagte Marine Le Pen. "Ich trete an", '
          "fügte die 57-Jährige hinzu.", "Marine Le Pen"),
    )),
    _de("erklären", "erklär", participles=("erklärt",),
        example=(
        E("Wie Selenskyj am Freitag erklärte, haben 26 Länder zugesagt.", "Selenskyj"),
        # "sich bereit erklären" is to agree: the outlet narrates
        E("26 westliche Länder hatten sich im September bereit erklärt, Truppen zu entsenden.",
          None),
        E("Es wäre ein Risiko, bevor ich bereit bin, erklärte Federer.", "Federer"),
    )),
    _de("betonen", "beton", participles=("betont",),
        example=E("Die Ministerin Eva Lang betonte, es gebe 40 neue Stellen.", "Eva Lang")),
    _de("warnen", "warn", participles=("gewarnt",), transitive=True,
        example=E("Der Deutsche Wetterdienst warnte vor 40 Zentimetern Neuschnee.",
                  "Deutsche Wetterdienst")),
    _de("erläutern", "erläuter", participles=("erläutert",),
        example=E("Landrat Uwe Sommer erläuterte, 300 Häuser seien betroffen.", "Uwe Sommer")),
    _de("berichten", "bericht", plural=("berichten",), participles=("berichtet",),
        example=E("Die Zeitung Iswestija berichtete, 26 Länder hätten zugesagt.", "Iswestija")),
    _de("melden", "meld", plural=("melden",), participles=("gemeldet",), transitive=True,
        example=E("Die Polizei meldete 14 Verletzte.", "Polizei")),
    _de("bestätigen", "bestätig", participles=("bestätigt",), transitive=True,
        example=E("Das Gesundheitsamt bestätigte 61 Fälle.", "Gesundheitsamt")),
    _de("dementieren", "dementier", participles=("dementiert",), transitive=True,
        example=E("Der Kreml dementierte, dass 26 Länder zugesagt hätten.", "Kreml")),
    _de("versichern", "versicher", participles=("versichert",),
        example=E("Bürgermeister Jan Ott versicherte, die 12 Schulen blieben offen.", "Jan Ott")),
    _de("beteuern", "beteuer",
        example=E("Trainer Jens Kolb beteuerte, alle 20 Spieler seien fit.", "Jens Kolb")),
    _de("behaupten", "behaupt", participles=("behauptet",),
        example=E("Der Betriebsrat behauptete, 640 Stellen fielen weg.", "Betriebsrat")),
    _de("ergänzen", "ergänz",
        example=E("Landrätin Petra Vogt ergänzte, 20 Straßen seien gesperrt.", "Petra Vogt")),
    _de("bekräftigen", "bekräftig",
        example=E("Kanzler Olaf Berg bekräftigte, 3 Milliarden Euro stünden bereit.", "Olaf Berg")),
    _de("korrigieren", "korrigier", participles=("korrigiert",), transitive=True,
        example=E("Die Klinik korrigierte die Zahl der Patienten von 14 auf 12.", "Klinik")),
    _de("präzisieren", "präzisier",
        example=E("Die Behörde präzisierte, es seien 12 Fälle.", "Behörde")),
    _de("verkünden", "verkünd", participles=("verkündet",), transitive=True,
        example=E("Russland verkündet eine Waffenruhe für zwei Tage.", "Russland")),
    _de("twittern", "twitter",
        example=E("Außenministerin Anna Kurz twitterte, 12 Helfer seien frei.", "Anna Kurz")),
    _de("posten", "post",
        example=E("Präsident Igor Lenz postete, 300 Soldaten seien vor Ort.", "Igor Lenz")),
    _de("kommentieren", "kommentier", transitive=True,
        example=E("Ökonom Hans Brandt kommentierte, das Wachstum liege bei 0,5 Prozent.",
                  "Hans Brandt")),
    _de("antworten", "antwort",
        example=E("Die Stadt antwortete, 40 Anträge seien offen.", "Stadt")),
    _de("entgegnen", "entgegn",
        example=E("Der Minister Karl Huber entgegnete, es seien 50 Fälle.", "Karl Huber")),
    _de("erwidern", "erwider",
        example=E("Bürgermeisterin Anna Berg erwiderte, 30 Busse führen.", "Anna Berg")),
    _de("enthüllen", "enthüll", transitive=True,
        example=E("Das Magazin Spiegel enthüllte, 12 Beamte seien betroffen.", "Spiegel")),
    _de("beziffern", "beziffer", participles=("beziffert",), transitive=True,
        example=E("Die Versicherung bezifferte den Schaden auf 3 Millionen Euro.",
                  "Versicherung")),
    _de("schätzen", "schätz", participles=("geschätzt",), strong_participle=False,
        transitive=True,
        example=E("Die Polizei schätzte die Zahl der Teilnehmer auf 5.000.", "Polizei")),
    _de("meinen", "mein",
        example=E("Lawrow meinte, 26 Länder seien zu viele.", "Lawrow")),
    _de("argumentieren", "argumentier",
        example=E("Die Gewerkschaft argumentierte, 8 Prozent seien fair.", "Gewerkschaft")),
    _de("prognostizieren", "prognostizier", transitive=True,
        example=E("Das Ifo-Institut prognostizierte 0,5 Prozent Wachstum.", "Ifo-Institut")),
    _de("bilanzieren", "bilanzier",
        example=E("Die Feuerwehr bilanzierte, es habe 80 Einsätze gegeben.", "Feuerwehr")),
    _de("informieren", "informier", transitive=True,
        example=E("Die Stadt informierte, 12 Straßen seien gesperrt.", "Stadt")),
    _de("schildern", "schilder",
        example=E("Drei Augenzeugen schilderten, 20 Menschen seien geflohen.", "Augenzeugen")),
    _de("schreiben", forms=("schrieb", "schrieben", "schreibt"), plural=("schreiben",),
        participles=("geschrieben",),
        example=E("Der Forscher Tim Roth schrieb, 40 Prozent seien betroffen.", "Tim Roth")),
    _de("bestreiten", forms=("bestritt", "bestritten", "bestreitet"), plural=("bestreiten",),
        participles=("bestritten",), transitive=True,
        example=E("Der Kreml bestritt, dass 26 Länder zugesagt haben.", "Kreml")),
    _de("unterstreichen", forms=("unterstrich", "unterstrichen", "unterstreicht"),
        plural=("unterstreichen",),
        example=E("Kanzler Olaf Berg unterstrich, 3 Milliarden seien genug.", "Olaf Berg")),
    _de("urteilen", "urteil", participles=("geurteilt",), plural=("urteilen",),
        example=E("Jetzt hat das Landesgericht Linz geurteilt: Die Stadt habe 8,24 Millionen "
                  "Euro zu bezahlen.", "Landesgericht Linz")),
    _de("beschreiben", forms=("beschrieb", "beschrieben", "beschreibt"),
        plural=("beschreiben",), participles=("beschrieben",),
        example=E("Die Zeugin Anna Roth beschrieb, wie 3 Männer flohen.", "Anna Roth")),
    _de("verraten", forms=("verriet", "verrät"),
        example=E("Trainer Jens Kolb verriet, 3 Spieler fehlten.", "Jens Kolb")),
    _de("erzählen", "erzähl", participles=("erzählt",),
        example=(
        E("Es müssten 16 Tage sein, erzählt der Arzt Bohdan Marchuk.", "Bohdan Marchuk"),
        E("Es müssten 16 Tage sein, erzählt Bohdan Marchuk Journalisten der "
          "Nachrichtenagentur Reuters.", "Bohdan Marchuk", "Reuters"),
    )),
    _de("gestehen", forms=("gestand", "gestanden", "gesteht"),
        example=(
        E("Da habe ich viel Speed mitgenommen, gestand Aksel Svindal nach 3 Siegen.",
          "Aksel Svindal"),
        # a two-word name with an unknown given name that spoke is a person "er" refers to
        E("Aksel Svindal sagte, er sei fit. Es sind 3 Siege, gestand er.",
          "Aksel Svindal"),
    )),
    _de("widersprechen", forms=("widersprach", "widersprachen", "widerspricht"),
        plural=("widersprechen",), transitive=True,
        example=E("Die Gewerkschaft widersprach, es seien 800 Stellen.", "Gewerkschaft")),
    _de("fragen", forms=("frug",)),
    _de("bekennen", forms=("bekannte", "bekennt"),
        example=E("Die Gruppe Aktion Nord bekannte, 3 Anschläge verübt zu haben.",
                  "Gruppe Aktion Nord")),
    # ------------------------------------------------------------------ German, separable
    _de("teilte mit", "teil", particles=("mit",), final=("mitteilte", "mitteilten", "mitteilt"),
        participles=("mitgeteilt",), plural_final=("mitteilen",), example=(
        E("Zwei Menschen wurden verletzt, teilte die Feuerwehr mit.", "Feuerwehr"),
        # a wire dateline relays the article; the speaker stays the speaker
        E("Paris (dpa) - Selenskyj hat mitgeteilt, dass 26 Länder zugesagt haben.", "Selenskyj",
          "dpa"),
        E("Eine Frau starb, wie der Chef der Regionalregierung, Iwan Fedorow, auf Telegram "
          "mitteilte.", "Iwan Fedorow", "Telegram"),
        # a company descriptor refers to the organisation the sentence is about
        E("Lidl senkte den Preis um 20 Cent, wie der Discounter mitteilte.", "Lidl"),
        E("Es seien 1.000 Menschen, wie der Flughafen mitteilte.", "Flughafen"),
        # a name set off by commas before the particle
        E("Es seien 10 Prozent mehr, teilte der Vertriebsleiter von Weco, Oliver Gerstmeier, "
          "mit.", "Oliver Gerstmeier"),
        E("Die iranische Revolutionsgarde teilte mit, die Marine habe 8 Ziele zerstört.",
          "Revolutionsgarde"),
    )),
    _de("kündigte an", "kündig", particles=("an",), final=("ankündigte",),
        participles=("angekündigt",), plural_final=("ankündigen",), transitive=True,
        example=E("Die Stadt kündigte 30 neue Busse an.", "Stadt")),
    _de("fügte hinzu", "füg", particles=("hinzu",), final=("hinzufügte",),
        participles=("hinzugefügt",),
        example=E('Landrätin Petra Vogt sprach. "Es sind 20 Häuser", fügte sie hinzu.',
                  "Petra Vogt")),
    _de("stellte fest", final=("feststellte",)),
    _de("stellte klar", "stell", particles=("klar", "fest"), final=("klarstellte",),
        participles=("klargestellt",), forms=("stellten",), transitive=True,
        example=E("Die Behörde stellte klar, es seien 12 Fälle.", "Behörde")),
    _de("räumte ein", "räum", particles=("ein",), final=("einräumte",),
        participles=("eingeräumt",), plural_final=("einräumen",),
        example=E("Der Konzern räumte ein, 400 Stellen zu streichen.", "Konzern")),
    _de("führte aus", "führ", particles=("aus",), final=("ausführte",),
        example=E("Staatssekretär Ralf Kühn führte aus, 12 Anträge lägen vor.", "Ralf Kühn")),
    _de("machte deutlich", "mach", particles=("deutlich", "klar"),
        example=E("Die Ministerin Eva Lang machte deutlich, 40 Stellen blieben.", "Eva Lang")),
    _de("hob hervor", "heb", particles=("hervor",), forms=("hob", "hoben", "hebt"),
        final=("hervorhob",), participles=("hervorgehoben",), plural_final=("hervorheben",),
        transitive=True,
        example=E("Der Verband hob hervor, 30 Prozent der Betriebe seien betroffen.",
                  "Verband")),
    _de("gab an", forms=("gab", "gaben", "gibt", "geben"),
        particles=("an", "bekannt", "bedenken", "preis", "zu"),
        final=("angab", "angaben", "angibt", "zugab"),
        participles=("angegeben", "zugegeben"), plural_final=("angeben",), transitive=True,
        example=(
        E("Die Polizei gab bekannt, 23 Menschen seien verletzt.", "Polizei"),
        E("Der Konzern gab zu, 300 Stellen zu streichen.", "Konzern"),
    )),
    _de("gab bekannt", final=("bekanntgab",), participles=("bekanntgegeben",)),
    _de("wies zurück", forms=("wies", "wiesen", "weist", "weisen"), particles=("zurück", "hin"),
        final=("zurückwies",), participles=("zurückgewiesen",),
        plural_final=("zurückweisen",), transitive=True,
        example=E("Der Kreml wies die Angaben von 26 Ländern zurück.", "Kreml")),
    _de("wies hin", final=("hinwies",)),
    _de("warf vor", forms=("warf", "warfen", "wirft", "werfen"), particles=("vor",),
        final=("vorwarf",), transitive=True,
        example=E("Die Opposition warf der Regierung vor, 3 Milliarden verschwendet zu haben.",
                  "Opposition")),
    _de("sprach von", forms=("sprach", "sprachen", "spricht", "sprechen"),
        particles=("von", "aus"), transitive=True, example=(
        E("Die Polizei sprach von 1.600 Teilnehmern.", "Polizei"),
        E("Bürgermeister Michael Häupl spricht sich in der Kronen Zeitung für 3 Schulen aus.",
          "Michael Häupl", "Kronen Zeitung"),
    )),
    _de("hielt fest", forms=("hielt", "halten"), particles=("fest",),
        example=E("Das Gericht hielt fest, 40 Prozent seien zu viel.", "Gericht")),
    # ------------------------------------------------------------------ German, weak
    _de("fordern", "forder", participles=("gefordert",), strong=False, transitive=True,
        example=E("Die SPD fordert ein Verbot für Kinder unter 14.", "SPD")),
    _de("kritisieren", "kritisier", participles=("kritisiert",), strong=False, transitive=True,
        example=(
        E("Die Gewerkschaft kritisierte, 800 Stellen fielen weg.", "Gewerkschaft"),
        E("Fünf Tage danach hat die Bundesregierung die 3 Angriffe erstmals kritisiert.",
          "Bundesregierung"),
    )),
    _de("loben", "lob", participles=("gelobt",), strong=False, transitive=True),
    _de("danken", "dank", strong=False, transitive=True),
    _de("beschuldigen", "beschuldig", strong=False, transitive=True),
    _de("mahnen", "mahn", participles=("gemahnt", "angemahnt"), strong=False, transitive=True),
    _de("appellieren", "appellier", strong=False),
    _de("beklagen", "beklag", participles=("beklagt",), strong=False, transitive=True),
    _de("bedauern", "bedauer", participles=("bedauert",), strong=False, transitive=True,
        example=E("2013 seien es nur 137 gewesen, bedauerte Bürgermeister Karl Deutsch.",
                  "Karl Deutsch")),
    _de("klagen", "klag", strong=False),
    _de("monieren", "monier", strong=False, transitive=True),
    _de("fragen", "frag", strong=False),
    _de("zählen", "zähl", strong=False, transitive=True,
        example=E("Das BKA zählt mehr als 320 Verdachtsfälle.", "BKA")),
    _de("drohen", "droh", participles=("gedroht",), strong=False, transitive=True,
        example=E("Die USA drohen mit Sanktionen gegen 3 Banken.", "USA")),
    _de("bezeichnen", "bezeichn", strong=False, transitive=True),
    _de("erwarten", "erwart", strong=False, transitive=True,
        example=E("Das Ifo-Institut erwartet 0,5 Prozent Wachstum.", "Ifo-Institut")),
    _de("rechnen", "rechn", strong=False, transitive=True, plural=("rechnen",),
        example=E("Die Bundesbank rechnet mit 0,5 Prozent Wachstum.", "Bundesbank")),
    _de("ging aus", forms=("geht", "ging", "gingen"), particles=("aus",),
        final=("ausgeht", "ausging", "ausgingen"), plural_final=("ausgehen",), strong=False,
        transitive=True,
        example=E("Die Polizei geht von einer Beute von 30 Millionen Euro aus.", "Polizei")),
    _de("nennen", forms=("nannte", "nannten", "nennt"), participles=("genannt",), strong=False,
        transitive=True,
        example=E("Das Ministerium nannte 300 Fälle.", "Ministerium")),
    # ------------------------------------------------------------------ English, strong
    _en("said", "says", "say", example=(
        E("The Elysee Palace said 27 countries had agreed.", "Elysee Palace"),
        E("Ryanair cancelled 50 flights on Friday. The airline said 8,000 passengers were "
          "affected.", "Ryanair"),
        E('"We passed the bill," Senate Majority Leader Chuck Schumer, D-N.Y., said.',
          "Chuck Schumer"),
        E("J.D. Vance, the Senate candidate in Ohio, recently said 3 judges agreed.",
          "J.D. Vance"),
        E("Immigration advocates say the 2 rules are long overdue.", "Immigration advocates"),
        # an unnamed official or spokesperson: the body named before the role, else the
        # description
        E("A White House official said 40 staff would leave.", "White House"),
        E("A Pentagon spokesman said 40 troops were hurt.", "Pentagon"),
        E("The toll rose to 40, the ministry's spokesman told AFP.", "ministry", "AFP"),
        E("A county spokesman said 8 roads are closed.", "county spokesman"),
        # a subject's postmodifier is not its head: "Sources familiar with ..." are sources
        E("Sources familiar with the planning say 3 flights were cancelled.", "sources"),
        E("The WHO said 8 cases were confirmed.", "WHO"),
        # a party tag whose state is no initial ("D-Conn.,") ends no clause
        E("Sen. Chris Murphy, D-Conn., said 30 bills had failed.", "Chris Murphy"),
        # a relative clause between the subject and its verb
        E("Boeing, which employs 3,000 people in the state, said 40 jobs would go.", "Boeing"),
        # a quotation framed by a name with a party tag is direct: the next quotation
        # continues it
        E("“We are passing the first bill in nearly 30 years,” Senate Majority Leader Chuck "
          "Schumer, D-N.Y., said immediately before the vote. “The bill can be described with "
          "three adjectives.”", "Chuck Schumer"),
    )),
    _en("told", "tells",
        example=E("Anna Berg, a spokeswoman for the city, told Reuters that 12 bridges are "
                  "closed.", "Anna Berg", "Reuters")),
    # a frame only: "she added: ...", "the letter continues." (not "continued talks")
    _en("added", "adds", "continued", "continues", example=(
        E('Mayor Ellen Park spoke first. "It is 120 teachers," she added.', "Ellen Park"),
        E('"We expect 170,000 migrants," the lawmakers wrote. "It will be 3 times as many," '
          "the letter continues.", "lawmakers"),
        E("A group of nine senators continued negotiations on 3 bills.", None),
    )),
    _en("stressed", "stresses", "emphasised", "emphasized", "exhorted"),
    _en("announced", "announces"),
    _en("warned", "warns", "warn", "cautioned"),
    _en("explained", "explains", "reasoned", "argued", "argues", "argue", "contended"),
    _en("noted", "observed", "pointed"),
    _en("claimed", "claim", "alleged", "asserted", "maintained", "insisted", "insists", "insist"),
    _en("confirmed", "confirms", "acknowledged", "admitted", "conceded"),
    _en("denied", "denies", "disputed", "countered", "replied", "responded",
        example=E("Kremlin spokesman Dmitry Peskov on Friday denied that 26 countries had "
                  "agreed.", "Dmitry Peskov")),
    _en("reported", "reports", "wrote", "writes", "tweeted", "posted", "stated", "declared",
        "revealed", "testified", "notes", "observes", example=(
        E('"It is 120 teachers," the lawmakers wrote.', "lawmakers"),
        # a passive with its agent, an adverb before the participle
        E("Plans to end the rule were first reported by the Wall Street Journal.",
          "Wall Street Journal"),
    )),
    _en("estimated", "estimate", "estimates", "predicted", "predict", "predicts", "corrected",
        example=E("The CBO estimates the bill would cost $40 billion.", "CBO")),
    # a study, poll or data set speaks for its author ("A poll from Gallup found")
    _en("found", "finds", "showed", "shows", "show", strong=False, example=(
        E("A new poll from Gallup found that 40 percent of Americans approve.", "Gallup"),
        E("Police found 3 bodies in the house.", "Police"),
    )),
    _en("summarized", "summarised", "summarizes", "described", "describes", "recounted",
        "recalls", "projected", "projects", "forecast", "forecasts", "highlighted", "indicated",
        example=(
        E("Amanda Walters, a tax examiner, summarized that 3 of 4 returns wait.",
          "Amanda Walters"),
        E("But Amanda Walters, a tax examiner who was hired 18 months ago, summarized the "
          "situation at the IRS in 3 words.", "Amanda Walters"),
    )),
    _en("reiterated", "vowed", "pledged", "promised", "recalled", "suggested",
        example=E("Justice Samuel Alito reasoned that 5 justices agreed.", "Samuel Alito")),
    # ------------------------------------------------------------------ English, weak
    _en("urged", "criticized", "criticised", "praised", "thanked", "accused", "demanded",
        "called", "dismissed", "rejected", "refuted", "threatened", "complained", "demands",
        "demanding", "offered", "offers", "proposed", "proposes", "asking", "requested",
        "requests", "requesting", "denounced", "condemned", "slammed", "blasted",
        strong=False, example=(
        E("The GZL union called a strike. The union is demanding a pay rise of 8.5 percent.",
          "GZL"),
        E("The Biden administration is rightly asking for a big increase for 2023 (a request "
          "of $14.1 billion).", "Biden administration"),
        E("Former president Donald Trump spoke. Texas Sen. Ted Cruz — a staunch Trump ally — "
          "denounced the “elites who dominate our culture,” a newspaper reported. He added: "
          "“It’s far easier to slander 3 rivals.”", "Ted Cruz"),
    )),
)
# fmt: on

_PHRASE_BASE = (
    r"(?:Angaben|Worten|Aussagen|Informationen|Darstellung|Einschätzung|Schätzungen"
    r"|Berechnungen|Erkenntnissen|Ansicht|Auffassung|Zählung|Zahlen|Daten|Mitteilung)"
)

# a document that can show a finding for its author: "Studie", "Forsa-Umfrage", "Zahlen des"
_DOC_DE = (
    r"(?:[\w-]*-)?(?:Studie|Studien|Umfrage|Umfragen|Berechnung|Berechnungen|Zahlen|Daten"
    r"|Statistik|Statistiken|Analyse|Erhebung|Auswertung|Untersuchung|Befragung|Bericht"
    r"|Prognose|Schätzung|Schätzungen)"
)

# fmt: off
PHRASE_CUES: tuple[PhraseCue, ...] = (
    PhraseCue("laut", "de", r"\b(?P<cue>[Ll]aut)\b", "after", examples=(
        E("Laut Polizei wurden zwei Menschen verletzt.", "Polizei"),
        E("Seit Ausbruch des Krieges sind laut UN 3,2 Millionen Menschen geflüchtet.", "UN"),
        E("Laut einer ADAC-Analyse kostete ein Liter Super 2,076 Euro.", "ADAC"),
        # an acronym that spells a stop word is a name
        E("Es gibt laut der WHO acht bestätigte Infektionen.", "WHO"),
        # a known outlet in quotation marks
        E('Laut "Spiegel" wurden 3 Männer festgenommen.', "Spiegel"),
        E('Laut der "Financial Times" sind 3 Banken betroffen.', "Financial Times"),
    )),
    PhraseCue("nach eigenen Angaben", "de",
              rf"\b(?P<cue>[Nn]ach\s+(?:eigenen|seinen|ihren|eigener)\s+{_PHRASE_BASE})\b",
              "subject", examples=(
        E("Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert.", "FPÖ"),
        E("Die EU-Kommission nannte die nach ihren Schätzungen 70 Milliarden Euro.",
          "EU-Kommission"),
    )),
    PhraseCue("eigenen Angaben zufolge", "de",
              rf"\b(?P<cue>(?:eigenen|seinen|ihren)\s+{_PHRASE_BASE}\s+zufolge)\b", "subject",
              examples=(
        E("Die von Iran unterstützte Huthi-Miliz hat eigenen Angaben zufolge sechs Schiffe "
          "zur Umkehr gezwungen.", "Huthi-Miliz"),
    )),
    PhraseCue("nach Angaben", "de",
              rf"\b(?P<cue>[Nn]ach\s+{_PHRASE_BASE}(?:\s+(?:von|vom|aus))?)\b", "after",
              examples=(
        E("Nach Angaben des Gesundheitsamts gibt es 12 neue Fälle.", "Gesundheitsamt"),
        E("Nach Angaben des Élysée-Palasts haben 26 Länder zugesagt.", "Élysée-Palast"),
        E("Nach Angaben aus medizinischen Kreisen wurden 56 Menschen getötet.", "Kreise"),
    )),
    PhraseCue("nach aktuellen Angaben des", "de",
              r"\b(?P<cue>[Nn]ach\s+(?:aktuellen|jüngsten|neuesten|neuen|offiziellen|ersten"
              rf"|vorläufigen|bisherigen)\s+{_PHRASE_BASE})(?=\s+(?:des|der)\s)", "after",
              examples=(
        # an adjective before the document noun, its author in the genitive after
        E("Nach jüngsten Angaben des Innenministeriums sind 80 Menschen tot.",
          "Innenministerium"),
        E("Bei dem Angriff wurden nach offiziellen Angaben sechs Menschen getötet.", None),
    )),
    PhraseCue("nach aktuellen Angaben Xs", "de",
              r"\b(?P<cue>[Nn]ach\s+(?:(?:aktuellen|jüngsten|neuesten|neuen|offiziellen|ersten"
              rf"|vorläufigen|bisherigen)\s+)?{_PHRASE_BASE}\s+"
              r"(?P<src>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)s)\b", "compound", examples=(
        E("Nach aktuellen Angaben Sri Lankas sind mindestens 80 Besatzungsmitglieder tot.",
          "Sri Lanka"),
    )),
    PhraseCue("nach Xs Angaben", "de",
              rf"\b(?P<cue>[Nn]ach)\s+(?=[A-ZÄÖÜ][\w-]+s\s+{_PHRASE_BASE}\b)", "after",
              examples=(
        E("Nach Selenskyjs Angaben starben zwei Menschen.", "Selenskyj"),
    )),
    PhraseCue("nach einem Bericht des", "de",
              r"\b(?P<cue>[Nn]ach\s+(?:(?:einem|einer|dem|der|den|jüngsten|neuen|ersten)\s+)?"
              r"(?:Bericht|Berichten|Recherchen|Vorstellung|Vorstellungen|Meinung|Überzeugung"
              r"|Prognose|Studie|Umfrage|Analyse|Auskunft|Aussage|Aussagen|Bilanz|Statistik"
              r"|Erhebung|Auswertung|Zählung|Berechnung|Berechnungen|Rechnung))"
              r"(?=\s+(?:des|der|von|vom)\s)", "after", examples=(
        # a generic noun named by what follows it refers back to nobody
        E("US-Informationen zufolge sollen IS-Kämpfer Senfgas eingesetzt haben. Nach einem "
          "Bericht der Organisation für das Verbot chemischer Waffen waren mindestens zwei "
          "Menschen betroffen.", "Organisation für das Verbot chemischer Waffen"),
        E("Die Preise sollen nach Vorstellung des Europaparlaments fünf Prozent niedriger sein.",
          "Europaparlament"),
        E("Die Terrorwelle hat nach einer Bilanz der Staatsanwaltschaft 129 Tote gefordert.",
          "Staatsanwaltschaft"),
    )),
    PhraseCue("nach Angaben (Seite)", "de",
              r"\b(?P<cue>[Nn]ach\s+(?:(?:jüngsten|neuesten|neuen|offiziellen|ersten"
              r"|vorläufigen|aktuellen|bisherigen)\s+)?"
              rf"(?P<adj>(?:[A-ZÄÖÜ]+-)?[a-zäöüß]+schen)\s+{_PHRASE_BASE})"
              r"\b", "side", examples=(
        E("Nach palästinensischen Angaben sind 300.000 Menschen zurückgekehrt.",
          "palästinensische Seite"),
        E("Dabei wurden nach russischen Angaben 40 Drohnen abgeschossen.", "russische Seite"),
    )),
    PhraseCue("nach Polizeiangaben", "de",
              r"\b(?P<cue>(?:[Nn]ach\s+)?(?P<src>[A-ZÄÖÜ][a-zäöüß]{2,}|[A-ZÄÖÜ]{2,5})-?"
              r"[Aa]ngaben)\b",
              "compound", examples=(
        E("Nach Polizeiangaben wurden 12 Menschen verletzt.", "Polizei"),
        E("Behördenangaben zufolge starben 3 Menschen.", "Behörden"),
        E("Der Verkehr ist nach UN-Angaben um 80 Prozent eingebrochen.", "UN"),
    )),
    PhraseCue("Xs Angaben nach", "de",
              rf"\b(?P<cue>(?P<src>[A-ZÄÖÜ][\w-]+)s\s+{_PHRASE_BASE}\s+nach)\b", "compound",
              examples=(
        E("Präsident Wolodymyr Selenskyj sprach. Präsident Selenskyjs Angaben nach sind 14 "
          "Menschen verletzt worden.", "Wolodymyr Selenskyj"),
    )),
    PhraseCue("zufolge", "de", r"\b(?P<cue>zufolge)\b", "before", examples=(
        E("Ökonom Hans Brandt zufolge sinkt die Zahl auf 40.", "Hans Brandt"),
        E("Der Zeitung Haaretz zufolge gab es 2 Telefonate.", "Haaretz"),
        E("Einer Forsa-Umfrage zufolge liegt die Union bei 30 Prozent.", "Forsa"),
        # a genitive owner before the document: "Selenskyjs Angaben zufolge"
        E("Präsident Wolodymyr Selenskyj sprach. In der Stadt kamen Selenskyjs Angaben zufolge "
          "zwei Menschen ums Leben.", "Wolodymyr Selenskyj"),
        E("Informationen von Anwohnern zufolge soll die Gruppe von 42 Menschen bereits "
          "weggebracht worden sein.", "Anwohner"),
        E("Stefan Schwalb sagte, die Lage sei ernst. Ihm zufolge sind 2.200 Soldaten dort.",
          "Stefan Schwalb"),
    )),
    PhraseCue("demnach", "de",
              r"(?:^|[.;:,]\s*|\b(?:wurden?|sind|seien|sei|ist|war|waren|hat|haben|hatte|hätten"
              r"|lag|lagen|liegt|liegen|gab|gibt|soll|sollen|sollte|sollten|kam|kamen|kommt"
              r"|stieg|stiegen|steigt|sank|sanken|sinkt|wird|werden|könnte|könnten|gilt|galt)\s+)"
              r"(?P<cue>[Dd]emnach|[Dd]ementsprechend|[Dd]em\s+zufolge|[Dd]enen\s+zufolge"
              r"|(?:[Dd]en|[Dd]iesen)\s+Angaben\s+(?:zufolge|nach)|[Nn]ach\s+diesen\s+Angaben)\b",
              "previous", examples=(
        E("Die Polizei meldete einen Unfall. Demnach wurden 3 Menschen verletzt.", "Polizei"),
        E("Die Polizei meldete 3 Tote. Den Angaben zufolge waren 20 Regionen betroffen.",
          "Polizei"),
        E("Die Klinik teilte mit, die Lage sei ernst. 12 Patienten sind demnach in Behandlung.",
          "Klinik"),
        E("Die Deutsche Bahn teilte mit, die Lage sei ernst. Die Pünktlichkeit lag demnach bei "
          "61,9 Prozent.", "Bahn"),
    )),
    PhraseCue("zeigt eine Studie", "de",
              r"\b(?P<cue>zeigt|zeigte|zeigen|zeigten|ergab|ergaben|ergibt|belegt|belegen)\s+"
              rf"(?=(?:(?:eine|einer|die|der|neue|neuen|aktuelle|jüngste|jüngsten)\s+)?{_DOC_DE}\b)",
              "after", examples=(
        E("86 Prozent der Mittel seien zweckentfremdet worden, zeigen Berechnungen des "
          "Instituts der deutschen Wirtschaft (IW).", "Institut der deutschen Wirtschaft"),
        E("Das ergab eine Umfrage des Meinungsforschungsinstituts Forsa unter 1.000 Menschen.",
          "Forsa"),
        # pictures show, they do not claim
        E("Die Bilder zeigen 3 Soldaten.", None),
    )),
    PhraseCue("wie eine Studie zeigt", "de",
              r"\b(?P<cue>[Ww]ie)\s+(?=(?:(?:eine|die|der|das|neue|aktuelle|jüngste)\s+)?"
              rf"{_DOC_DE}\b[^,.;:]*?\b(?:zeigt|zeigte|zeigen|ergab|ergibt|ergaben|belegt)\b)",
              "after", examples=(
        E("Im ersten Halbjahr gab es 58 Anfragen, wie die Facebook-Statistik zeigt.",
          "Facebook"),
        E("Ein Fehler mit Folgen, wie die Zahlen aus dem Vorjahr zeigen: 111 Personen starben.",
          None),
    )),
    PhraseCue("zeigte sich zuversichtlich", "de",
              r"\b(?P<cue>zeigte|zeigt|zeigten|zeigen|gab|gibt|gaben|geben)\s+sich\s+"
              r"(?:[\w-]+\s+){0,9}?(?:zuversichtlich|optimistisch"
              r"|pessimistisch|überzeugt|skeptisch|besorgt|zufrieden|unzufrieden|enttäuscht"
              r"|kämpferisch|selbstbewusst|gelassen|versöhnlich|zurückhaltend|erleichtert)\b",
              "subject", examples=(
        E("Norbert Hofer trat an. Für die Wahl am 22. Mai zeigte sich Hofer zuversichtlich: "
          "Wir liegen über 50 Prozent.", "Norbert Hofer"),
        E("Zuletzt zeigte sich Naftogas-Chef Andrej Kobolew jedoch ziemlich optimistisch, dass "
          "3 Lieferungen kommen.", "Andrej Kobolew"),
        E("Die Mannschaft zeigte sich gut organisiert, 3 Tore fielen.", None),
        E("Finanzminister Hans Schelling zeigte sich überzeugt, dass 600 Millionen reichen.",
          "Hans Schelling"),
    )),
    PhraseCue("wird zitiert", "de",
              r"\b(?P<cue>wird|wurde|werden|wurden)\s+(?=[^,.;:]*?\b(?:von|vom)\b[^.;:]*?"
              r"\bzitiert\b)", "cited", examples=(
        E("Ich habe 8.000 Kassetten gekauft, wird Quentin Tarantino vom Filmportal Indiewire "
          "zitiert.", "Quentin Tarantino", "Indiewire"),
        E("Der Minister Karl Huber wird von der Zeitung Bild mit den Worten zitiert, 3 Schulen "
          "würden geschlossen.", "Karl Huber", "Bild"),
    )),
    PhraseCue("Bilanz ziehen", "de",
              r"^(?=.*\b(?:gezogen|zog|zogen|zieht|ziehen)\b).*?\b(?P<cue>Bilanz)\b", "subject",
              examples=(
        E("Nach dem Gipfel hat Kanzler Merz im ARD-Interview eine positive Bilanz gezogen: 3 "
          "Abkommen.", "Merz", "ARD"),
        E("Die Feuerwehr zog Bilanz: 80 Einsätze.", "Feuerwehr"),
    )),
    PhraseCue("geht hervor", "de",
              r"^(?=.*\b(?:geht|ging|gehen|gingen|hervorgeht|hervorging|hervorgehen)\b)"
              r"(?=.*\bhervor).*?\b(?P<cue>aus)\s", "after", examples=(
        E("Das geht aus einem Bericht des Bundesrechnungshofs hervor, wonach 3 Milliarden Euro "
          "fehlen.", "Bundesrechnungshof"),
        E("Wie aus einer Antwort der Bundesregierung hervorgeht, fehlen 3.000 Lehrer.",
          "Bundesregierung"),
    )),
    PhraseCue("so", "de", r"(?:^|,)\s*(?P<cue>so)\s+(?=[A-ZÄÖÜ]|der\b|die\b|das\b|ein\b|eine\b)",
              "so", examples=(
        E("Die Lage sei ernst, so Bürgermeister Jan Ott.", "Jan Ott"),
    )),
    PhraseCue("heißt es", "de",
              r"\b(?P<cue>(?:heißt|hieß)\s+es)\b(?:\s+(?:in|aus|von|vom|bei|beim|im|aus dem"
              r"|aus der))?", "heisst", examples=(
        E("Der Entwurf sei klar verbessert, hieß es aus dem Finanzministerium.",
          "Finanzministerium"),
        # "in dem Brief": the letter the sentence before attributed
        E('Die Länder schrieben an den Kanzler. "Die Mehrkosten stiegen auf 27 Milliarden '
          'Euro", heißt es in dem Brief.', "Länder"),
        E("In Brüsseler Militärkreisen hieß es, das dürfte für sechs Monate geschehen.",
          "Militärkreise"),
        # a document's author; a document an outlet has seen relays through it
        E('"Am Ende fehlen vier Millionen Arbeitskräfte", heißt es in einer Berechnung des '
          "Instituts der deutschen Wirtschaft, die dem Evangelischen Pressedienst epd vorliegt.",
          "Institut der deutschen Wirtschaft", "epd"),
    )),
    PhraseCue("aus Kreisen", "de",
              r"\b(?P<cue>[Aa]us)\s+(?=(?:[A-ZÄÖÜ][\w-]*[Kk]reisen|Kreisen\s+(?:der|des)\s)\b)",
              "after", examples=(
        E("Die Vertreter seien empfänglich gewesen, berichtete die dpa aus Sicherheitskreisen.",
          "Sicherheitskreise", "dpa"),
        E("Aus Kreisen der Regierung hieß es, 40 Fälle seien bekannt.", "Regierung"),
    )),
    PhraseCue("unter Berufung auf", "de", r"\b(?P<cue>unter\s+Berufung\s+auf)\b", "after",
              relay="subject", examples=(
        E("Wie die Bild-Zeitung unter Berufung auf Regierungskreise berichtet, sollen 5.000 "
          "Soldaten kommen.", "Regierungskreise", "Bild"),
        # a compound media noun names an outlet; a document speaks for its author; "Demnach"
        # brings the relay along
        E("Der finnische Rundfunksender Yle berichtete unter Berufung auf eine "
          "Pressekonferenz der finnischen Polizei, es handle sich um einen Frachter. Demnach "
          "wurden 14 Mitglieder der Besatzung festgenommen.", "Polizei", "Yle"),
    )),
    PhraseCue("beruft sich auf", "de",
              r"\b(?P<cue>(?:beruft|berief|berufen|beriefen|berufe)\s+sich\s+(?:dabei\s+)?auf)\b",
              "after", relay="subject", examples=(
        E("Eine Preiserhöhung sei möglich, berichtet die Nachrichtenagentur dpa und beruft sich "
          "auf Verhandlerkreise.", "Verhandlerkreise", "dpa"),
    )),
    PhraseCue("according to", "en",
              r"\b(?P<cue>[Aa]ccording\s+to)\b(?:\s+(?:(?:a|an|the)\s+)?(?:new\s+|latest\s+"
              r"|recent\s+)?(?:statement|report|post|release|analysis|study|survey|estimate"
              r"|estimates|poll|review|letter|memo|tally|data|figures|numbers|records)\s+"
              r"(?:from|by|of|released\s+by|compiled\s+by))?", "after", examples=(
        E("According to data from the CDC, 40 percent of adults are obese.", "CDC"),
        E("Eight people were hurt, according to a county spokesman.", "county spokesman"),
        E("More than half of American Muslims agree, according to Pew.", "Pew"),
        # a role word before a document is an adjective: nobody named
        E("The rule was used 3 million times, according to official estimates.", None),
        E("Sentences were 47 percent lower, according to an analysis from Sen. Ted Cruz "
          "(R-Texas).", "Ted Cruz"),
    )),
    PhraseCue("per", "en", r"(?:^|,\s*)(?P<cue>[Pp]er)\s+(?=the\s|[A-Z])", "after",
              examples=(
        E("Twelve people were killed, per the Associated Press.", "AP"),
        E("Twelve people were killed, per the health ministry.", "health ministry"),
        E("The fee rose 3 percent, per the terms of the deal.", None),
        E("It costs $40 per Person.", None),
    )),
    PhraseCue("citing", "en", r"\b(?P<cue>citing)\b", "after", relay="subject", examples=(
        E("The Washington Post reported, citing government sources, that 3 jets crashed.",
          "government sources", "Washington Post"),
    )),
    PhraseCue("saying", "en",
              r",\s+(?P<cue>saying|adding|noting|arguing|warning|claiming|insisting|stressing"
              r"|explaining|writing|declaring|predicting|estimating)\b(?!\s+(?:goodbye|no\b))",
              "main_subject", examples=(
        # ", saying ...": the subject of the main clause speaks
        E("Senator Joe Manchin came out against the measure on Tuesday, saying the bill "
          "would expand 3 rules.", "Joe Manchin"),
        E("The NRA opposed the bill, arguing that it falls short at every level.", "NRA"),
        # only the subject of the main clause: not a name further on
        E("Reps. Henry Cuellar and Vincente Gonzalez signed a letter sent to Secretary Xavier "
          "Becerra, warning that 3 shelters are full.", "Henry Cuellar"),
        E("Rain fell for 3 days, adding to the misery.", None),
    )),
    PhraseCue("by its own count", "en",
              r"\b(?P<cue>(?:by|according\s+to)\s+(?:its|their|his|her)\s+own\s+(?:count|figures"
              r"|estimates?|account))\b", "subject", examples=(
        E("The union has 4,000 members by its own count.", "union"),
    )),
)
# fmt: on


def phrase_regex(lang: str) -> list[tuple[PhraseCue, re.Pattern[str]]]:
    """The phrase cues of a language with their compiled regexes (in table order)."""
    return _COMPILED[lang]


_COMPILED: dict[str, list[tuple[PhraseCue, re.Pattern[str]]]] = {
    lang: [(row, re.compile(row.pattern)) for row in PHRASE_CUES if row.lang == lang]
    for lang in ("de", "en")
}


# ------------------------------------------------------------------ verb lookup tables


@dataclass(frozen=True)
class Cue:
    """What one verb form says: its lemma, the particles its clause must end in, strength,
    the form (finite | final | participle), and whether it is also an infinitive."""

    label: str
    particles: tuple[str, ...] = ()
    strong: bool = True
    kind: str = "finite"  # finite | final | participle
    plural: bool = False  # also the infinitive: a cue only with a plural subject


def _de_forms(stem: str) -> tuple[str, ...]:
    """Finite past and present forms of a weak German verb stem (sag -> sagte, sagten, sagt,
    sagen; bericht -> berichtete, berichteten, berichtet, berichten)."""
    if stem.endswith(("er", "el")) and not stem.endswith("ier"):
        return (stem + "te", stem + "ten", stem + "t", stem + "n")
    if stem[-1] in "td" or stem.endswith(("chn", "ffn", "gn")):
        return (stem + "ete", stem + "eten", stem + "et", stem + "en")
    return (stem + "te", stem + "ten", stem + "t", stem + "en")


# infinitives and homographs that are no finite cue ("meinen Sohn", "nichts sagen"); the
# plural rows put some back as cues with a plural subject
_NOT_FINITE = frozenset("meinen sagen melden berichten fragen loben posten zählen".split())

DE_FINITE: set[str] = set()  # finite forms, to tell "erklärt" (both) from "gesagt"


def _build() -> dict[str, dict[str, Cue]]:
    de: dict[str, Cue] = {}
    rows = [r for r in VERB_CUES if r.lang == "de"]
    for row in sorted(rows, key=lambda r: r.strong):  # weak first: strong forms win
        for stem in row.stems:
            for form in _de_forms(stem):
                de[form] = Cue(row.label, row.particles, row.strong)
        for form in row.forms:
            de[form] = Cue(row.label, row.particles, row.strong)
    DE_FINITE.update(de)
    for row in rows:
        for form in row.final:
            de[form] = Cue(row.label, (), True, "final")
        strong = row.strong if row.strong_participle is None else row.strong_participle
        for form in row.participles:
            de[form] = Cue(row.label, (), strong, "participle")
    for bad in _NOT_FINITE:
        de.pop(bad, None)
    for row in rows:
        for form in row.plural:
            de[form] = Cue(row.label, (), row.strong, plural=True)
        for form in row.plural_final:
            de[form] = Cue(row.label, (), True, "final", plural=True)
    en: dict[str, Cue] = {}
    for row in VERB_CUES:
        if row.lang != "en":
            continue
        for form in row.forms:
            particles = ("out",) if form == "pointed" else ()
            label = "pointed out" if form == "pointed" else form
            en[form] = Cue(label, particles, row.strong)
    return {"de": de, "en": en}


CUES = _build()
# verbs whose object may follow them: a bare noun after them is no speaker
TRANSITIVE = frozenset(r.label for r in VERB_CUES if r.transitive)
