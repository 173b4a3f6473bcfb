"""Fact names (issue 16): the measure and the subject, no leftover of one sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.match.naming import NamedClaim, fact_name, measure_phrase

DAY = dt.datetime(2026, 8, 11, 8, tzinfo=dt.UTC)


def claim(
    text: str,
    figure: str,
    names: tuple[str, ...] = (),
    *,
    language: str = "de",
    title: str = "",
    title_names: tuple[str, ...] = (),
    claimant: str | None = None,
    claim_id: int = 1,
) -> NamedClaim:
    start = text.index(figure)
    return NamedClaim(
        claim_id,
        text,
        start,
        start + len(figure),
        language,
        names,
        DAY,
        ("death",),
        title,
        title_names,
        claimant,
    )


@pytest.mark.parametrize(
    ("text", "figure", "language", "phrase"),
    [
        # who said it is not what is measured
        (
            "Nach Regierungsangaben sind mindestens 20 Menschen gestorben.",
            "mindestens 20 Menschen",
            "de",
            "Menschen gestorben",
        ),
        (
            "Dabei wurden nach Angaben der örtlichen Behörden sechs Menschen getötet.",
            "sechs Menschen",
            "de",
            "Menschen getötet",
        ),
        # no pronoun or "es gab": the counted noun is the measure
        ("Es gab mindestens sieben Tote.", "mindestens sieben Tote", "de", "Tote"),
        # another figure's number and words stay out of the name
        (
            "Mindestens zehn Menschen sollen getötet und fast 100 weitere verletzt worden sein.",
            "Mindestens zehn Menschen",
            "de",
            "Menschen getötet",
        ),
        (
            "A gunman killed 19 children and two adults were killed in the school.",
            "two adults",
            "en",
            "adults killed in the school",
        ),
        # a number glued to a word leaves the word
        (
            "Die Regierung will eine steuerfreie 1.000-Euro-Prämie bezahlen.",
            "1.000-Euro",
            "de",
            "Regierung eine steuerfreie Euro-Prämie bezahlen",
        ),
        # no weekday (nor its preposition)
        ("Am Donnerstag soll es bis zu 39 Grad heiß werden.", "bis zu 39 Grad", "de", "Grad heiß"),
        # an age is what the figure measures
        (
            "Die Schauspielerin Brigitte Bardot ist mit 91 Jahren gestorben.",
            "91 Jahren",
            "de",
            "Alter Schauspielerin Brigitte Bardot",
        ),
        ("An 18-year-old gunman entered the school.", "18-year-old", "en", "age gunman"),
    ],
)
def test_the_measure_phrase_says_what_is_counted(
    text: str, figure: str, language: str, phrase: str
) -> None:
    start = text.index(figure)
    assert measure_phrase(text, start, start + len(figure), language) == phrase


def test_a_name_holds_no_number_and_no_weekday() -> None:
    tuesday = claim(
        "In Tuesday's shooting at Robb Elementary School, 19 children and two adults were killed.",
        "two adults",
        ("Tuesday", "Robb Elementary School"),
        language="en",
    )
    name = fact_name([tuesday])
    assert name == "adults killed, Robb Elementary School, 11 Aug 2026"
    assert not any(ch.isdigit() for ch in name.split(",")[0])


def test_the_subject_comes_from_other_claims_then_the_headline() -> None:
    bare = claim("Dabei wurden mindestens sechs Menschen getötet.", "mindestens sechs Menschen")
    other = claim(
        "In Saporischschja wurden sechs Menschen getötet.",
        "sechs Menschen",
        ("Saporischschja",),
        claim_id=2,
    )
    assert fact_name([bare]) == "Menschen getötet, 11 Aug 2026"
    assert fact_name([bare, other]).startswith("Menschen getötet, Saporischschja")
    headline = claim(
        "Dabei wurden mindestens sechs Menschen getötet.",
        "mindestens sechs Menschen",
        title="Angriff auf Saporischschja",
        title_names=("Saporischschja",),
    )
    assert fact_name([headline]) == "Menschen getötet, Saporischschja, 11 Aug 2026"
    # an English headline In Title Case names nothing by its capitals
    title_case = claim(
        "The bill would raise the age to buy such rifles.",
        "rifles",
        language="en",
        title="House Passes Bill Raising Age For Rifles",
        title_names=("House Passes Bill Raising Age For Rifles",),
    )
    assert "House" not in fact_name([title_case])


def test_who_said_it_is_not_the_subject_unless_a_place() -> None:
    said = claim(
        "Vier Menschen wurden getötet, sagte Petra Vogt.",
        "Vier Menschen",
        ("Petra Vogt",),
        claimant="Petra Vogt",
    )
    assert fact_name([said]) == "Menschen getötet, 11 Aug 2026"
    utility = claim(
        "In Grünstadt sind 4.000 Haushalte ohne Strom, teilten die Stadtwerke Grünstadt mit.",
        "4.000 Haushalte",
        ("Grünstadt",),
        claimant="Stadtwerke Grünstadt",
    )
    assert fact_name([utility]) == "Haushalte ohne Strom, Grünstadt, 11 Aug 2026"


def phrase_of(text: str, figure: str, language: str = "de") -> str:
    start = text.index(figure)
    return measure_phrase(text, start, start + len(figure), language)


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        # the noun the figure is "von" / "in Höhe von": what it measures
        (
            "Erwartet wird nun ein Wachstum des Bruttoinlandsprodukts von 0,5 Prozent.",
            "0,5 Prozent",
            "Wachstum des Bruttoinlandsprodukts",
        ),
        (
            "Trump hat zusätzliche Zölle in Höhe von 25 Prozent für Importe aus Indien angekündigt.",
            "25 Prozent",
            "zusätzliche Zölle für Importe aus Indien",
        ),
        # the subject after "der/die/das", with the month the clause names
        (
            "Im Dezember sank die Inflationsrate auf 1,8 Prozent.",
            "1,8 Prozent",
            "Inflationsrate im Dezember",
        ),
        # the last such noun phrase: the object the figure is about, not the agent
        (
            "Die EU-Mitgliedsstaaten haben das Darlehen über 90 Milliarden Euro für das angegriffene Land gebilligt.",
            "90 Milliarden Euro",
            "Darlehen für das angegriffene Land",
        ),
        # a noun phrase that starts the clause keeps its attributes, no dangling "um"
        (
            "Postversand in die USA um 81 Prozent eingebrochen",
            "81 Prozent",
            "Postversand in die USA eingebrochen",
        ),
        (
            "Inflationsrate im Dezember sinkt auf 1,8 Prozent",
            "1,8 Prozent",
            "Inflationsrate im Dezember sinkt",
        ),
        # ... with its verb (not a modal) and the phrase before the figure
        (
            "Dem Bundesverkehrsministerium fehlen für Fernstraßen rund 15 Milliarden Euro.",
            "rund 15 Milliarden Euro",
            "Bundesverkehrsministerium fehlen für Fernstraßen",
        ),
        (
            "Friedrich Merz will beim Bürgergeld fünf Milliarden Euro einsparen.",
            "fünf Milliarden Euro",
            "Friedrich Merz beim Bürgergeld einsparen",
        ),
        # a headline without articles: subject, verb, object
        (
            "London erhöht Verteidigungsetat um 15 Milliarden Pfund",
            "15 Milliarden Pfund",
            "London erhöht Verteidigungsetat",
        ),
        # a subject after the figure
        (
            "Im Osten Brandenburgs ist mit 41,7 Grad erneut ein Temperaturhöchstwert für Deutschland gemessen worden.",
            "41,7 Grad",
            "Temperaturhöchstwert für Deutschland gemessen",
        ),
        # a share of what: the unit stays before its genitive
        ("Die Union hält 40 Prozent der Sitze.", "40 Prozent", "Union Prozent der Sitze"),
        # no unit alone as the measure: a bare "Wert" says of what with its phrase
        (
            "Bei den ICE-Zügen lag der Wert nur bei 55,3 Prozent.",
            "55,3 Prozent",
            "Wert bei den ICE-Zügen",
        ),
        ("Der Ölpreis steigt auf über 100 US-Dollar.", "über 100 US-Dollar", "Ölpreis"),
        # a range's first number belongs to the figure, not the words before it
        (
            "Eine Preiserhöhung auf 62 bis 64 Euro pro Monat sei möglich.",
            "bis 64 Euro",
            "Preiserhöhung pro Monat möglich",
        ),
        # no sentence-initial verb, no verb alone
        (
            "Vorausgesetzt, die Länder setzen ihre Pläne um, liegt die Prognose bei 2,3 Grad.",
            "2,3 Grad",
            "Prognose",
        ),
        ("Zuletzt stieg sie auf 1.700.", "1.700", ""),
    ],
)
def test_a_sum_or_share_is_named_by_the_noun_phrase_it_measures(
    text: str, figure: str, phrase: str
) -> None:
    assert phrase_of(text, figure) == phrase


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        # the counted noun keeps its adjectives, not the approximation words
        (
            "Russland setzte dabei zwei ballistische Raketen ein.",
            "zwei ballistische Raketen",
            "ballistische Raketen",
        ),
        (
            "Dabei wurden mehr als 20 weitere Menschen verletzt.",
            "mehr als 20 weitere Menschen",
            "Menschen verletzt",
        ),
        # a phrase too long keeps its predicate, not the finite verb ("gelten ... als")
        (
            "Mehr als 3.000 Menschen gelten nach dem schweren Erdbeben in Kolumbien als vermisst.",
            "Mehr als 3.000 Menschen",
            "Menschen nach dem schweren Erdbeben in Kolumbien vermisst",
        ),
        # whose age: the noun after the figure, the clause's subject, nobody for "der 25-Jährige"
        ("Die 47-jährige Warken soll Kanzleramtschefin werden.", "47-jährige", "Alter Warken"),
        (
            "Zwei Mädchen wurden verletzt, der mutmaßliche Täter ist 16 Jahre alt.",
            "16 Jahre alt",
            "Alter mutmaßliche Täter",
        ),
        (
            "Das Oberlandesgericht stellte bei dem 25-Jährigen die besondere Schwere der Schuld fest.",
            "25-Jährigen",
            "Alter",
        ),
    ],
)
def test_counted_nouns_and_ages(text: str, figure: str, phrase: str) -> None:
    assert phrase_of(text, figure) == phrase


def test_no_word_twice_in_a_name() -> None:
    from tracker.match.naming import _dedupe

    assert _dedupe(["Energiesteuer", "bei", "Diesel", "Prozent", "Prozent"]) == [
        "Energiesteuer",
        "bei",
        "Diesel",
        "Prozent",
    ]
    # short function words may repeat
    assert _dedupe(["Preis", "der", "Karten", "der", "Bahn"]) == [
        "Preis",
        "der",
        "Karten",
        "der",
        "Bahn",
    ]


def test_a_noun_of_an_idiom_is_no_name() -> None:
    summit = claim(
        "Die Erderwärmung liegt bei 1,5 Grad, sagte er im Vorfeld des Gipfels in Belém.",
        "1,5 Grad",
        ("Vorfeld", "Belém"),
    )
    name = fact_name([summit])
    assert "Vorfeld" not in name
    assert "Belém" in name


def test_the_representative_claim_is_from_the_facts_first_two_weeks() -> None:
    india = claim(
        "Trump hat zusätzliche Zölle in Höhe von 25 Prozent für Importe aus Indien angekündigt.",
        "25 Prozent",
        ("Indien",),
    )
    cars = "Trump will die Zölle auf Autos aus der EU auf 25 Prozent erhöhen, sagte er."
    later = NamedClaim(
        2,
        cars,
        cars.index("25 Prozent"),
        cars.index("25 Prozent") + len("25 Prozent"),
        "de",
        ("EU",),
        DAY + dt.timedelta(days=200),
        ("death", "car", "tariff", "european_union"),
    )
    assert fact_name([india, later, later]).startswith("zusätzliche Zölle für Importe aus Indien")


# Round 3 (issue 16): the subject when the sentence does not say it.


def test_a_place_the_anchors_hold_under_its_canonical_name_is_named_as_written() -> None:
    from tracker.store.facts import _surface_names

    # "Frankreich" is the anchor france, "Kiew" kyiv: the name is the word in the text
    assert _surface_names(
        "In Frankreich kamen fünf Menschen ums Leben.", frozenset({"france"})
    ) == ("Frankreich",)
    assert _surface_names("Schüsse in Kiew", frozenset({"kyiv"})) == ("Kiew",)
    # a compound's first part that is a name: "SpaceX-Aktie" -> SpaceX
    assert _surface_names("SpaceX-Aktie nach Börsenstart auf Höhenflug", frozenset({"spacex"})) == (
        "SpaceX",
    )


def test_a_finite_verb_is_no_adjective_of_the_noun_after_it() -> None:
    phrase = phrase_of(
        "Donald Trump kündigt weitere Zölle für China in Höhe von 100 Prozent an.", "100 Prozent"
    )
    assert not phrase.startswith("kündigt")
    assert "Zölle für China" in phrase


def test_the_claim_whose_phrase_names_the_incident_names_the_fact() -> None:
    headline = "Zwei Verdächtige nach Louvre-Diebstahl festgenommen"
    claims = [
        claim(headline, "Zwei Verdächtige", title=headline),
        claim(
            "Die Polizei hat zwei Verdächtige festgenommen.",
            "zwei Verdächtige",
            title=headline,
            claim_id=2,
        ),
        claim(
            "Die französische Polizei hat zwei Verdächtige festgenommen.",
            "zwei Verdächtige",
            title=headline,
            claim_id=3,
        ),
    ]
    assert fact_name(claims).startswith("Verdächtige nach Louvre-Diebstahl festgenommen")


def test_a_place_said_bare_after_in_in_two_sentences_is_the_subject() -> None:
    # the dictionary knows "Stade"; two sentences say "in Stade"
    claims = [
        claim(
            "In einer Jugendeinrichtung in Stade sind sechs Menschen durch Schüsse getötet worden.",
            "sechs Menschen",
            title="Schüsse:",
        ),
        claim(
            "Ein Mann soll in einer Jugendeinrichtung in Stade sechs Menschen erschossen haben.",
            "sechs Menschen",
            claim_id=2,
        ),
    ]
    assert fact_name(claims).startswith("Menschen durch Schüsse getötet, Stade,")
    # "in Haft", "in Kraft": no places
    from tracker.match.naming import _bare_places

    held = [
        claim("Vier Männer sitzen in Haft.", "Vier Männer"),
        claim("Die vier Männer sind in Haft.", "vier Männer", claim_id=2),
    ]
    assert _bare_places(held) == []


def test_the_headline_of_another_article_gives_the_place_when_the_sentence_has_none() -> None:
    claims = [
        claim("Dabei sind mindestens sechs Menschen getötet worden.", "sechs Menschen"),
        claim(
            "Es gibt mindestens sechs Tote.",
            "sechs Tote",
            title="Tote bei Angriffen auf Kiew",
            title_names=("Kiew",),
            claim_id=2,
        ),
    ]
    assert ", Kiew," in fact_name(claims)


def test_the_incident_from_the_sentence_or_headline_when_no_name_says_which() -> None:
    louvre = claim(
        "Nach dem Kronjuwelen-Diebstahl im Pariser Louvre hat die Polizei vier weitere "
        "Verdächtige festgenommen.",
        "vier weitere Verdächtige",
    )
    assert fact_name([louvre]).startswith(
        "Verdächtige festgenommen, Kronjuwelen-Diebstahl im Pariser Louvre,"
    )
    storm = claim(
        "Mindestens zwei Menschen starben.",
        "Mindestens zwei Menschen",
        title="Überschwemmungen und Tote durch Wintersturm",
    )
    assert fact_name([storm]).startswith("Menschen starben, Wintersturm,")
    # an age whose sentence says nobody: the incident says who
    age = claim(
        "Das Oberlandesgericht stellte bei dem 25-Jährigen die besondere Schwere der Schuld fest.",
        "25-Jährigen",
        title="Lebenslange Haft nach Auto-Anschlag auf eine Demonstration",
    )
    assert fact_name([age]).startswith("Alter, Auto-Anschlag")


def test_event_nouns() -> None:
    from tracker.match.naming import _is_event

    for word in ("Anschlag", "Fährunglück", "Louvre-Diebstahl", "Glätteunfällen", "Erdbeben"):
        assert _is_event(word), word
    for word in ("Feuerwehr", "Angriffskrieg", "Shootingstar", "Unfallversicherung", "Menschen"):
        assert not _is_event(word), word


def test_one_place_is_enough() -> None:
    london = claim(
        "In London wurden vier Menschen niedergestochen.",
        "vier Menschen",
        ("London", "Großbritannien"),
    )
    name = fact_name([london])
    assert "London" in name
    assert "Großbritannien" not in name


def test_run_together_ticker_lines_are_no_name_and_no_phrase() -> None:
    ticker = claim(
        "Die wichtigsten Entwicklungen:WHO meldet mehr als 2.300 getötete Zivilisten"
        "Iran meldet Angriff",
        "mehr als 2.300 getötete Zivilisten",
        ("LaridschaniWHO", "Iran"),
    )
    assert "LaridschaniWHO" not in fact_name([ticker])
    # the phrase that runs into the next line is not the one that names the fact
    glued = claim(
        "Israel hat 1.968 Palästinenser aus Haft entlassenTrump zu Nahost-Gipfel in Ägypten",
        "1.968 Palästinenser",
        ("Ägypten",),
    )
    plain = claim(
        "Israel hat 1.968 Palästinenser freigelassen.",
        "1.968 Palästinenser",
        ("Israel",),
        claim_id=2,
    )
    assert fact_name([glued, plain]).startswith("Palästinenser freigelassen")


def test_a_live_tickers_headline_names_its_latest_item_not_the_fact() -> None:
    swap = claim(
        "Russland und die Ukraine haben je 84 Kriegsgefangene ausgetauscht.",
        "84 Kriegsgefangene",
        title="++ Trump äußert sich vor Gipfel vorsichtig optimistisch ++",
        title_names=("Trump",),
    )
    assert "Trump" not in fact_name([swap])


def test_a_phrase_that_names_a_place_still_takes_what_its_headline_is_about() -> None:
    states = claim(
        "Meanwhile, 16 states and the District of Columbia have protected access to abortion.",
        "16 states",
        ("District", "Columbia"),
        language="en",
        title="Where abortion is legal if Roe falls",
        title_names=("Roe",),
    )
    assert ", Roe," in fact_name([states])


def test_only_places_that_say_where_are_named_as_written_from_their_canonical_anchor() -> None:
    from tracker.store.facts import _surface_names

    # a party is no place: "Democrats" counted in a sentence is not what it is about
    assert "Democrats" not in _surface_names(
        "218 Democrats and ten Republicans voted in favor.", frozenset({"democratic_party"})
    )


def test_a_german_headline_with_many_nouns_is_no_title_case() -> None:
    # German capitalises nouns: the headline's place names the fact all the same
    hurt = claim(
        "Mehr als 300 Menschen seien verletzt worden.",
        "Mehr als 300 Menschen",
        title="Mindestens 40 Tote nach Erdbeben in Kirgistan",
        title_names=("Kirgistan",),
    )
    assert fact_name([hurt]).startswith("Menschen verletzt, Kirgistan,")


def test_the_own_headlines_incident_comes_before_the_other_headlines_place() -> None:
    fired = claim(
        "Die Armee hat in der Nacht 40 Raketen abgefeuert.",
        "40 Raketen",
        title="Tote nach schweren russischen Angriffen",
    )
    later = claim(
        "Es waren 40 Raketen.",
        "40 Raketen",
        title="Moldau meldet Hunderte Angriffe",
        title_names=("Moldau",),
        claim_id=2,
    )
    name = fact_name([fired, later])
    assert name.startswith("Raketen abgefeuert, russischen Angriffen,")
    # without an incident of its own, the other headlines' place
    plain = claim("Die Armee hat in der Nacht 40 Raketen abgefeuert.", "40 Raketen")
    assert fact_name([plain, later]).startswith("Raketen abgefeuert, Moldau,")


def test_a_name_one_other_sentence_says_loses_to_the_one_the_headlines_say() -> None:
    killed = claim(
        "Bislang seien mindestens neun Menschen getötet worden.",
        "mindestens neun Menschen",
        title="Entsetzen nach Messerangriff in Ostbrück",
        title_names=("Ostbrück",),
    )
    quoted = claim(
        "Kommissar Berndt Halm sprach von neun genannten Toten.",
        "neun genannten Toten",
        ("Halm",),
        claim_id=2,
    )
    listed = claim(
        "In Ostbrück starben neun Menschen.",
        "neun Menschen",
        ("Ostbrück",),
        title="Trauer in Ostbrück",
        title_names=("Ostbrück",),
        claim_id=3,
    )
    name = fact_name([killed, quoted, listed])
    assert "Ostbrück" in name
    assert "Halm" not in name
    # the chosen claim's headline names the fact: not a company another sentence lists
    opened = claim(
        "Der erste Kurs wurde bei 90 Dollar festgestellt.",
        "90 Dollar",
        title="Nordlicht-Aktie nach Börsenstart gefragt",
        title_names=("Nordlicht",),
    )
    ranked = claim(
        "Mit dem ersten Kurs von 90 Dollar lag die Firma hinter Siemens und Bosch.",
        "90 Dollar",
        ("Siemens", "Bosch"),
        claim_id=2,
    )
    assert ", Nordlicht," in fact_name([opened, ranked])


def test_a_platform_or_outlet_something_was_said_on_is_no_subject() -> None:
    hurt = claim(
        "Etwa 30 Menschen wurden verletzt, teilte der Bürgermeister auf Telegram mit.",
        "Etwa 30 Menschen",
        ("Telegram",),
        title="Luftangriffe auf Charkiw",
        title_names=("Charkiw",),
    )
    name = fact_name([hurt])
    assert "Telegram" not in name
    assert "Charkiw" in name


def test_a_name_ending_in_one_capital_is_not_two_words_run_together() -> None:
    launch = claim(
        "Die Rakete von SpaceX hat 20 Satelliten ins All gebracht.",
        "20 Satelliten",
        ("SpaceX",),
    )
    assert "SpaceX" in fact_name([launch])


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        # a time span with a verb after it: what lasts that long
        (
            "Die Regierung will die Stromsteuer für drei Monate senken.",
            "drei Monate",
            "Monate Stromsteuer senken",
        ),
        (
            "Rund vier Stunden dauerten die Gespräche zwischen Kenia und Uganda.",
            "Rund vier Stunden",
            "Stunden Gespräche zwischen Kenia und Uganda",
        ),
        # a time span with its noun keeps that noun
        (
            "Das Gericht hat den Mann zu sieben Jahren Haft verurteilt.",
            "sieben Jahren",
            "Jahren Haft verurteilt",
        ),
    ],
)
def test_a_time_span_is_named_by_what_lasts_that_long(text: str, figure: str, phrase: str) -> None:
    start = text.index(figure)
    assert measure_phrase(text, start, start + len(figure), "de") == phrase


def test_a_verb_that_puts_a_figure_on_something_is_not_what_is_measured() -> None:
    text = "Brackwater flood damage put at 40 million pounds"
    start = text.index("40 million pounds")
    assert measure_phrase(text, start, len(text), "en") == "Brackwater flood damage"
    text = "The repair bill for the bridge was estimated at 3 million dollars."
    start = text.index("3 million dollars")
    phrase = measure_phrase(text, start, start + len("3 million dollars"), "en")
    assert phrase == "repair bill for the bridge"


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        # who speaks of a figure is not what it counts
        (
            "Der Koordinator Ole Brandt hatte ebenfalls von 8.000 Vermissten gesprochen.",
            "8.000 Vermissten",
            "Vermissten",
        ),
        # what stands before the verb still says which event
        (
            "Nach dem Erdrutsch in Tarvin sprechen die Behörden von mehr als 300 Toten.",
            "mehr als 300 Toten",
            "Tarvin Toten",
        ),
    ],
)
def test_who_speaks_of_a_figure_is_not_what_it_counts(text: str, figure: str, phrase: str) -> None:
    start = text.index(figure)
    assert measure_phrase(text, start, start + len(figure), "de") == phrase


def test_a_mark_a_figure_crosses_is_not_what_is_measured() -> None:
    text = "Der Kurs der Nordwerft-Aktie überschritt die symbolische Marke von 50 Euro."
    start = text.index("50 Euro")
    phrase = measure_phrase(text, start, start + len("50 Euro"), "de")
    assert "Marke" not in phrase
    assert "Nordwerft-Aktie" in phrase


# -- round 5: separable verbs, ages, clauses, outlets, topic headlines ------------------


def test_a_separable_verb_keeps_its_particle() -> None:
    # "treten zurück" without "zurück" says another thing ("treten": kick)
    assert phrase_of("Drei Senatoren treten zurück", "Drei Senatoren") == "Senatoren treten zurück"
    assert phrase_of("In Kassel sollen 500 Stellen wegfallen.", "500 Stellen").endswith(
        "Stellen wegfallen"
    )
    assert phrase_of("Die Sanitäter brachten 40 Menschen zurück.", "40 Menschen").endswith(
        "Menschen zurück"
    )


def test_an_age_said_next_to_a_counted_figure_is_not_what_it_counts() -> None:
    # the figure counts men; "im Alter von ..." is about them, the name is no age
    phrase = phrase_of(
        "Die Polizei fand zwei verletzte Männer im Alter von 40 und 52 Jahren.",
        "zwei verletzte Männer",
    )
    assert not phrase.startswith("Alter")
    assert "Männer" in phrase


def test_whose_age_when_a_common_noun_is_not_an_old_one() -> None:
    # "Alter Mann" reads as "an old man": a common noun comes after a comma, with what
    # happened to it; a name stays as it is ("Alter Warken")
    arrest = claim(
        "Die Polizei hat in Hamburg einen 31-jährigen Mann festgenommen.",
        "31-jährigen",
        ("Hamburg",),
    )
    assert fact_name([arrest]).startswith("Alter, Mann festgenommen, Hamburg")
    warken = claim("Die 47-jährige Warken soll Ministerin werden.", "47-jährige", ("Warken",))
    assert fact_name([warken]).startswith("Alter Warken")


def test_a_verb_with_a_subject_of_its_own_ends_the_figures_phrase() -> None:
    # "[... 40 Verletzten] ist der Prozess ... eröffnet": the trial is not the injured
    phrase = phrase_of(
        "Zwei Jahre nach dem Unfall mit 40 Verletzten ist der Prozess gegen den Fahrer eröffnet worden.",
        "40 Verletzten",
    )
    assert "Prozess" not in phrase


def test_outlets_a_report_is_based_on_are_no_subject() -> None:
    found = claim(
        "Nach Informationen von NDR und SZ wurden in Leipzig drei Gewehre entdeckt.",
        "drei Gewehre",
        ("NDR", "SZ", "Leipzig"),
    )
    name = fact_name([found])
    assert "NDR" not in name and "Leipzig" in name
    # "Auf Telegram" at the start of a sentence is a platform too
    posted = claim(
        "Auf Telegram schrieb er, 12 Drohnen seien abgeschossen worden.",
        "12 Drohnen",
        ("Telegram",),
        title="Angriff auf Odessa",
        title_names=("Odessa",),
    )
    assert "Telegram" not in fact_name([posted])


def test_a_topic_headline_says_what_the_fact_is_about() -> None:
    # a headline that is a topic label ("Siemens:") names the subject before a name one
    # of the fact's other sentences mentions in passing
    cut = claim(
        "Der Konzern will weltweit 8.000 Stellen abbauen.",
        "8.000 Stellen",
        title="Siemens:",
        title_names=("Siemens",),
    )
    other = claim(
        "Insgesamt sollen 8.000 Stellen wegfallen, viele davon in Bayern.",
        "8.000 Stellen",
        ("Bayern",),
        claim_id=2,
        title="Stellenabbau",
    )
    assert "Siemens" in fact_name([cut, other])
