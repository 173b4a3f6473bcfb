"""Matching pieces, table-driven, both languages: key texts, value agreement, slots,
comparisons and the link model, relation rules, fact summaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tracker.fact_rules import Entry, RelationEntry, summarise
from tracker.match import values
from tracker.match.compare import blocked, compare
from tracker.match.decide import Member, choose_fact
from tracker.match.model import LinkModel
from tracker.match.relate import decide, independent
from tracker.match.settings import MatchSettings, Placement, RelationKind, RelationStatus
from tracker.match.views import ClaimView, FigureView
from tracker.normalise import FigureSlot, anchors, key_text

# -- key texts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figures", "expected"),
    [
        (
            "Im Kreis Talheim wurden rund 200 Menschen evakuiert, sagte Landrat Bernd Kuhn.",
            "de",
            [FigureSlot(28, 42, "person", 200)],
            {"district", "talheim", "#person", "evacuate"},
        ),
        (
            "About 200 people were evacuated in Talheim district, officials said.",
            "en",
            [FigureSlot(0, 16, "person", 200)],
            {"#person", "evacuate", "talheim", "district"},
        ),
    ],
)
def test_key_text_meets_across_languages(text, language, figures, expected) -> None:  # type: ignore[no-untyped-def]
    key = key_text(text, language, figures, drop_names=["Bernd Kuhn"])
    assert expected <= set(key.terms), key.terms
    assert "=person:200" in key.values
    # the attribution frame and the claimant are not what is claimed
    assert not {"sagen", "say", "kuhn", "bernd", "official"} & set(key.terms)


def test_key_text_drops_calendar_words_and_keeps_event_of_counted_noun() -> None:
    key = key_text(
        "Am Dienstagabend meldete die Polizei 3.500 Evakuierte.",
        "de",
        [FigureSlot(37, 53, "person", 3500, "Evakuierte")],
    )
    assert "evacuate" in key.terms and "#person" in key.terms
    assert not any(t.startswith("dienstag") for t in key.terms)


def test_key_text_drops_an_organisation_only_where_its_whole_name_stands() -> None:
    text = "In Grünstadt sind 6.500 Haushalte ohne Strom, teilten die Stadtwerke Grünstadt mit."
    slots = [FigureSlot(18, 33, "household", 6500)]
    key = key_text(text, "de", slots, drop_phrases=["Stadtwerke Grünstadt"])
    assert "gruenstadt" in key.terms  # the place the sentence is about stays
    assert "stadtwerke" not in key.terms
    # a person's name goes word by word: "Kuhn" alone is the speaker too
    key = key_text("Kuhn sagte, 200 Menschen seien in Grünstadt.", "de", (), ["Bernd Kuhn"])
    assert "kuhn" not in key.terms and "gruenstadt" in key.terms
    # a case ending on the organisation's last word: "nach Angaben des Wahlamts"
    key = key_text(
        "Nach Angaben des Wahlamts lagen 96 Stimmen dazwischen.", "de", (), (), ["Wahlamt"]
    )
    assert not any(t.startswith("wahlamt") for t in key.terms)
    # every word may carry a case ending; a short name only as it is
    text = "Nach Angaben der Technischen Werke Mittelau sind 300 Haushalte betroffen."
    key = key_text(text, "de", (), (), ["Technische Werke Mittelau"])
    assert not {"mittelau", "technology", "technisch"} & set(key.terms)
    key = key_text("Der Rat nannte eine Rate von 5 Prozent.", "de", (), (), ["Rat"])
    assert "rate" in key.terms


def test_anchors_are_names_and_places() -> None:
    found = anchors("Landrätin Petra Kowalczyk besuchte Felsbrunn und Berlin.", "de")
    assert {"kowalczyk", "felsbrunn", "berlin"} <= found
    assert "landraetin" not in found


# -- values ----------------------------------------------------------------------


def fig(value: float, approx: str | None = None, unit: str = "person", **kw) -> FigureView:  # type: ignore[no-untyped-def]
    return FigureView(
        kw.pop("id", int(value * 10) % 100000),
        kw.pop("claim_id", 1),
        value,
        unit,
        approx,
        kw.pop("negated", False),
        **kw,
    )


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (fig(1200, "about"), fig(1250), True),
        (fig(1200, "about"), fig(1400), False),
        (fig(3500), fig(3500, "about"), True),
        (fig(37, "at_least"), fig(52), False),  # a bound and a later count: news
        (fig(10000, "more_than"), fig(3500), False),
        (fig(2, "less_than"), fig(2, "more_than"), False),  # opposite bounds
        (fig(2, "at_most"), fig(2), True),
        (fig(83_000_000, "more_than"), fig(83_000_000), True),  # "gut 83 Millionen" ~ 83
        (fig(26, unit="country"), fig(26, unit="degree"), False),
        # an approximation and a bound that both hold: one count said two ways ("etwa 475
        # Menschen festgenommen", "fast 500 Menschen festgenommen")
        (fig(475, "about"), fig(500, "less_than"), True),
        (fig(480, "about"), fig(500, "about"), True),
    ],
)
def test_values_agree(a: FigureView, b: FigureView, agree: bool) -> None:
    assert values.agree(a, b) is agree


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (fig(83_000_000, "more_than"), fig(83_000_000), False),
        (fig(10000, "more_than"), fig(3500), True),
        (fig(80, "about"), fig(83), False),
        (fig(37, "at_least"), fig(52), False),
        (fig(26), fig(27), True),
        (fig(890), fig(460), True),
    ],
)
def test_values_conflict_only_beyond_their_approximations(
    a: FigureView, b: FigureView, conflict: bool
) -> None:
    assert values.conflict(a, b) is conflict


def test_distinctive_values() -> None:
    assert values.distinctive(26) and values.distinctive(1437) and values.distinctive(2.15)
    assert not values.distinctive(2) and not values.distinctive(1000)
    assert not values.distinctive(500) and not values.distinctive(2_000_000)


# -- comparisons and the model -------------------------------------------------------

T0 = dt.datetime(2025, 3, 10, 8, tzinfo=dt.UTC)


def view(
    claim_id: int,
    text: str,
    terms: str,
    *,
    article: int | None = None,
    context: str = "",
    anchors_: str = "",
    scene: str = "",
    time: dt.datetime | None = T0,
    language: str = "de",
    figures: list[FigureView] | None = None,
    claimant: int | None = None,
    source: int = 1,
    negated: bool = False,
) -> ClaimView:
    return ClaimView(
        id=claim_id,
        article_id=article or claim_id,
        source_id=source,
        claimant_id=claimant,
        text=text,
        terms=tuple(terms.split()),
        anchors=frozenset(anchors_.split()),
        context=frozenset(context.split()),
        time=time,
        negated=negated,
        order=(time.timestamp() if time else float("inf"), claim_id),
        language=language,
        figures=figures or [],
        scene_terms=frozenset(terms.split()) | frozenset(scene.split()),
        scene_names=frozenset(anchors_.split()),
    )


def at(text: str, needle: str, value: float, claim_id: int, **kw) -> FigureView:  # type: ignore[no-untyped-def]
    start = text.index(needle)
    return fig(
        value,
        claim_id=claim_id,
        id=claim_id * 10 + len(needle),
        start=start,
        end=start + len(needle),
        **kw,
    )


def idf(term: str) -> float:
    return 2.0


def test_two_roles_in_one_sentence_measure_different_things() -> None:
    text = "Bei dem Angriff wurden zwei Menschen getötet und zwölf verletzt."
    killed, injured = at(text, "zwei Menschen", 2, 1), at(text, "zwölf", 12, 1)
    claim = view(1, text, "attack #person death #person injure", figures=[killed, injured])
    assert claim.slot(killed).measure.predicates == {"death"}
    assert claim.slot(injured).measure.predicates == {"injure"}
    assert blocked(claim, killed, claim, injured) == "one claim"


def test_killed_and_injured_elsewhere_conflict_in_measure() -> None:
    a_text = "Zwölf Menschen wurden verletzt."
    b_text = "Police said twelve people were killed."
    a = view(1, a_text, "#person injure", figures=[at(a_text, "Zwölf Menschen", 12, 1)])
    b = view(
        2, b_text, "#person death", language="en", figures=[at(b_text, "twelve people", 12, 2)]
    )
    levels = compare(b, b.figures[0], a, a.figures[0], idf)
    assert levels["measure"] == "conflict"


def test_votes_for_and_against_conflict_in_measure() -> None:
    a_text = "318 Abgeordnete stimmten für den Antrag."
    b_text = "Es gab 7 Gegenstimmen."
    a = view(1, a_text, "#person vote", figures=[at(a_text, "318 Abgeordnete", 318, 1)])
    b = view(2, b_text, "#person vote", figures=[at(b_text, "7", 7, 2)])
    assert compare(b, b.figures[0], a, a.figures[0], idf)["measure"] == "conflict"


def test_a_contrast_is_no_vote() -> None:
    """ "dagegen" sets one value against another as often as it votes: without a vote or
    a stance it gives no side, so the police's 23 meets the other 23 injured."""
    a_text = "Die Polizei spricht dagegen von 23 Verletzten."
    b_text = "Die Zahl der Verletzten ist auf 23 gestiegen."
    a = view(1, a_text, "#person injure", figures=[at(a_text, "23 Verletzten", 23, 1)])
    b = view(2, b_text, "#person injure increase", figures=[at(b_text, "23", 23, 2)])
    assert a.slot(a.figures[0]).measure.side is None
    assert compare(b, b.figures[0], a, a.figures[0], idf)["measure"] == "shared"
    stance = "58 Prozent sind dagegen."
    c = view(3, stance, "#percent", figures=[at(stance, "58 Prozent", 58, 3, unit="percent")])
    assert c.slot(c.figures[0]).measure.side == "against"


def test_deaths_of_a_quake_are_not_deaths_of_the_monsoon() -> None:
    """Two sentences that name incidents of kinds that never make one (a quake, the
    monsoon rains) are two facts, whatever else they share; kinds that go together (a
    storm and its floods, an attack and its explosions) are not parted."""
    quake = "Bei einem Erdbeben an der Grenze zu Pakistan sind mehr als 800 Menschen gestorben."
    monsoon = "Seit Beginn der Monsunzeit sind in Pakistan mehr als 800 Menschen gestorben."
    flood = "In den Fluten starben in Pakistan mehr als 800 Menschen."
    a, b, c = (
        view(i, t, " ".join(key_text(t, "de").terms), figures=[at(t, "800", 800, i)])
        for i, t in ((1, quake), (2, monsoon), (3, flood))
    )
    assert blocked(b, b.figures[0], a, a.figures[0]) == "another incident"
    assert blocked(c, c.figures[0], b, b.figures[0]) != "another incident"
    attack = "Bei dem Angriff starben 12 Menschen."
    explosion = "Bei der Explosion starben 12 Menschen."
    d, e = (
        view(i, t, " ".join(key_text(t, "de").terms), figures=[at(t, "12", 12, i)])
        for i, t in ((4, attack), (5, explosion))
    )
    assert blocked(e, e.figures[0], d, d.figures[0]) != "another incident"


def test_a_sum_of_money_is_not_killed() -> None:
    """What happens to people ("tot", "verletzt") is no measure of a sum of money."""
    a_text = "Die vom Bundesrat gestoppte Prämie von 1.000 Euro hält Söder für tot."
    b_text = "Der Bundesrat verweigert der Prämie von 1.000 Euro die Zustimmung."
    a = view(
        1, a_text, "bundesrat #EUR death", figures=[at(a_text, "1.000 Euro", 1000, 1, unit="EUR")]
    )
    b = view(
        2, b_text, "bundesrat #EUR reject", figures=[at(b_text, "1.000 Euro", 1000, 2, unit="EUR")]
    )
    assert "death" not in a.slot(a.figures[0]).measure.predicates
    assert blocked(a, a.figures[0], b, b.figures[0]) != "another measure"


def test_negated_predicate_is_another_measure() -> None:
    a_text = "80 Prozent halten den Einsatz für nicht gerechtfertigt."
    b_text = "14 Prozent halten den Einsatz für gerechtfertigt."
    a = view(
        1,
        a_text,
        "#percent deployment justify",
        figures=[at(a_text, "80 Prozent", 80, 1, unit="percent")],
    )
    b = view(
        2,
        b_text,
        "#percent deployment justify",
        figures=[at(b_text, "14 Prozent", 14, 2, unit="percent")],
    )
    assert compare(b, b.figures[0], a, a.figures[0], idf)["measure"] == "conflict"


def test_a_negation_shares_more_than_the_unit_to_set_measures_apart() -> None:
    """A negated clause that shares only the currency and its scale with the other is no
    other measure ("nicht zurücknehmen" of the same fine); one that shares what is
    measured still is."""
    a_text = "Die EU hat eine Geldstrafe in Höhe von 2,95 Milliarden Euro verhängt."
    b_text = (
        "Trump droht, sollte die EU die Kartellstrafe über 2,95 Milliarden Euro nicht zurücknehmen."
    )
    a = view(
        1,
        a_text,
        "european_union fine impose euro milliarde",
        anchors_="european_union",
        figures=[at(a_text, "2,95 Milliarden Euro", 2.95e9, 1, unit="EUR")],
    )
    b = view(
        2,
        b_text,
        "trump european_union kartellstrafe zuruecknehmen euro milliarde",
        anchors_="trump european_union",
        figures=[at(b_text, "2,95 Milliarden Euro", 2.95e9, 2, unit="EUR")],
    )
    assert b.slot(b.figures[0]).measure.negated
    assert compare(b, b.figures[0], a, a.figures[0], idf)["measure"] != "conflict"
    # what is measured, negated on one side only, another value: another measure
    c_text = "Die EU hat eine Geldstrafe in Höhe von 1,2 Milliarden Euro nicht verhängt."
    c = view(
        3,
        c_text,
        "european_union fine impose euro milliarde",
        anchors_="european_union",
        figures=[at(c_text, "1,2 Milliarden Euro", 1.2e9, 3, unit="EUR")],
    )
    assert compare(c, c.figures[0], a, a.figures[0], idf)["measure"] == "conflict"


@pytest.mark.parametrize(
    ("a_text", "a_needle", "b_text", "b_needle", "value", "unit", "terms"),
    [
        # the same value negated: a denial of the same fine, not another measure
        (
            "Die EU hat eine Geldstrafe in Höhe von 2,95 Milliarden Euro verhängt.",
            "2,95 Milliarden Euro",
            "Die EU hat eine Geldstrafe in Höhe von 2,95 Milliarden Euro nicht verhängt.",
            "2,95 Milliarden Euro",
            2.95e9,
            "EUR",
            "european_union fine impose euro milliarde",
        ),
        # a negation of something else in the clause ("nicht für Einfuhren aus der EU")
        (
            "Auf Medikamentenimporte soll bald ein 100-Prozent-Zoll gelten.",
            "100-Prozent",
            "Die angekündigten 100-Prozent-Zölle auf Arzneimittel sollen nicht für "
            "Einfuhren aus der EU gelten.",
            "100-Prozent",
            100,
            "percent",
            "tariff import medicine gelten",
        ),
        # a negation in another headline glued to the sentence (live-blog fragments)
        (
            "Mehr als 300 Menschen starben.",
            "300 Menschen",
            "Mehr als 300 Tote im Libanon Israel will nicht verhandeln",
            "300 Tote",
            300,
            "person",
            "death lebanon",
        ),
    ],
)
def test_a_negation_with_the_same_value_is_no_other_measure(  # type: ignore[no-untyped-def]
    a_text, a_needle, b_text, b_needle, value, unit, terms
) -> None:
    a = view(1, a_text, terms, figures=[at(a_text, a_needle, value, 1, unit=unit)])
    b = view(2, b_text, terms, figures=[at(b_text, b_needle, value, 2, unit=unit)])
    assert b.slot(b.figures[0]).measure.negated != a.slot(a.figures[0]).measure.negated
    assert compare(b, b.figures[0], a, a.figures[0], idf)["measure"] != "conflict"
    assert not blocked(b, b.figures[0], a, a.figures[0])


def test_a_running_count_is_evidence_for_an_earlier_value_not_an_equal_one() -> None:
    """ "Die Zahl der Toten ist auf 100 gestiegen" says the count moved on from an earlier
    report: against another value of the count that is a sign of one slot; against an
    equal figure it says nothing (the 100 dead of an outbreak elsewhere)."""
    old_text = "Die Zahl der Toten ist nach offiziellen Angaben auf 72 gestiegen."
    other_text = "Bei dem Ausbruch sind mehr als 100 Menschen gestorben."
    new_text = "Die Zahl der Toten beim Andrang auf die Grenze ist auf 100 gestiegen."
    old = view(1, old_text, "death number", figures=[at(old_text, "72", 72, 1)])
    other = view(2, other_text, "death outbreak", figures=[at(other_text, "100 Menschen", 100, 2)])
    new = view(3, new_text, "death number border", figures=[at(new_text, "100", 100, 3)])
    assert compare(new, new.figures[0], old, old.figures[0], idf)["change"] == "running_count"
    assert compare(new, new.figures[0], other, other.figures[0], idf)["change"] == "running_repeat"
    weights = MatchSettings().model.weights["change"]
    assert weights["running_count"] > 1
    assert weights.get("running_repeat", 0.0) <= 0.5


def test_an_age_is_the_same_whatever_the_person_did() -> None:
    a_text = "Ein 22-Jähriger aus Utah soll Charlie Kirk getötet haben."
    b_text = "Der 22-Jährige soll Kirks politische Ansichten abgelehnt haben."
    a = view(1, a_text, "age death kirk utah", figures=[at(a_text, "22", 22, 1, unit="age")])
    b = view(2, b_text, "age reject kirk view", figures=[at(b_text, "22", 22, 2, unit="age")])
    assert blocked(b, b.figures[0], a, a.figures[0]) != "another measure"


def test_organisations_are_not_places_that_part_two_facts() -> None:
    """The Bundesrat and the Bundesregierung say who, not where: two sentences naming
    them are not about two places; two towns are."""
    a_text = "Die von der Bundesregierung geplante Prämie von 1.000 Euro kommt später."
    b_text = "Der Bundesrat hat die Prämie von 1.000 Euro gestoppt."
    a = view(
        1,
        a_text,
        "german_government plan praemie #EUR",
        anchors_="german_government",
        figures=[at(a_text, "1.000 Euro", 1000, 1, unit="EUR")],
    )
    b = view(
        2,
        b_text,
        "bundesrat stop praemie #EUR",
        anchors_="bundesrat",
        figures=[at(b_text, "1.000 Euro", 1000, 2, unit="EUR")],
    )
    assert blocked(b, b.figures[0], a, a.figures[0]) != "another place"


def test_same_sentence_about_another_town_is_never_the_same_fact() -> None:
    text = "Die Temperaturen steigen in {} auf 23 Grad."

    def claim(claim_id: int, town: str, time: dt.datetime) -> ClaimView:
        t = text.format(town)
        return view(
            claim_id,
            t,
            f"temperature {town.lower()} increase #degree",
            anchors_=town.lower(),
            time=time,
            figures=[at(t, "23 Grad", 23, claim_id, unit="degree")],
        )

    a = claim(1, "Talheim", T0)
    same = claim(2, "Talheim", T0 + dt.timedelta(hours=3))
    other = claim(3, "Felsbrunn", T0 + dt.timedelta(hours=3))
    assert blocked(other, other.figures[0], a, a.figures[0]) == "another place"
    assert blocked(same, same.figures[0], a, a.figures[0]) == ""
    assert compare(same, same.figures[0], a, a.figures[0], idf)["subject"] == "same_place"


def test_another_incident_months_later_is_not_linked() -> None:
    text = "Bei dem Angriff wurden mindestens sechs Menschen getötet."
    a = view(
        1,
        text,
        "attack #person death",
        figures=[at(text, "mindestens sechs Menschen", 6, 1, approx="at_least")],
    )
    b = view(
        2,
        text,
        "attack #person death",
        time=T0 + dt.timedelta(days=300),
        figures=[at(text, "mindestens sechs Menschen", 6, 2, approx="at_least")],
    )
    settings = MatchSettings()
    a.figures[0].fact_id = 5
    choice = choose_fact(settings, b, b.figures[0], [a], idf)
    assert choice.joins is None  # at most a suggestion for a person
    assert choice.placement in (Placement.NEW, Placement.SUGGESTED)


def test_model_explains_a_link_as_weights_per_comparison() -> None:
    model = LinkModel("t", -2.0, {"value": {"equal_distinctive": 3.0}, "time": {"same_day": 1.0}})
    explanation = model.explain({"value": "equal_distinctive", "time": "same_day", "lexical": "x"})
    assert explanation.log_odds == pytest.approx(2.0)
    assert explanation.probability == pytest.approx(0.8808, abs=1e-4)
    data = explanation.as_dict()
    assert data["prior"] == -2.0 and data["model"] == "t"
    assert {"comparison": "lexical", "level": "x", "weight": 0.0} in data["comparisons"]


def test_settings_version_changes_with_any_parameter() -> None:
    base = MatchSettings()
    assert base.version.startswith("match-3/") and len(base.version) <= 40
    assert MatchSettings(auto_probability=0.95).version != base.version
    assert MatchSettings().version == base.version
    with pytest.raises(ValueError):
        MatchSettings(auto_probability=0.3, suggest_probability=0.6)


# -- relation rules --------------------------------------------------------------

DAY = dt.timedelta(days=1)
SURE = MatchSettings()


def member(
    claim_id: int,
    value: float,
    time: dt.datetime,
    approx: str | None = None,
    claimant: int | None = None,
    text: str = "x",
) -> Member:
    f = fig(value, approx, id=claim_id * 10, claim_id=claim_id)
    return Member(f, view(claim_id, text, "a", time=time, figures=[f], claimant=claimant))


def new(
    value: float,
    time: dt.datetime,
    text: str,
    *,
    claimant: int | None = None,
    language: str = "de",
    negated: bool = False,
    rejected: list[FigureView] | None = None,
    approx: str | None = None,
):  # type: ignore[no-untyped-def]
    f = fig(value, approx, id=999, claim_id=99)
    return f, view(
        99,
        text,
        "a",
        time=time,
        figures=[f, *(rejected or [])],
        claimant=claimant,
        language=language,
        negated=negated,
    )


def sure(figure: FigureView, member: Member) -> float:
    return 0.99


def unsure(figure: FigureView, member: Member) -> float:
    return 0.6


@pytest.mark.parametrize(
    ("value", "offset", "text", "claimant", "expected"),
    [
        # an earlier value said again at the same time, against the newer one
        (200, DAY, "Es sind 200 Menschen.", None, [("repeat", 1), ("contradiction", 2)]),
        (450, DAY, "Die Zahl ist auf 450 gestiegen.", None, [("update", 2)]),
        (450, DAY, "The number now stands at 450.", None, [("update", 2)]),
        (450, dt.timedelta(hours=2), "Es sind 450 Menschen.", 7, [("update", 2)]),  # same claimant
        (2000, dt.timedelta(hours=2), "Mehr als 2000 Menschen.", None, [("contradiction", 2)]),
        (2000, 2 * DAY, "Es sind 2000 Menschen.", None, [("update", 2)]),  # a later revision
    ],
)
def test_decide(value, offset, text, claimant, expected) -> None:  # type: ignore[no-untyped-def]
    members = [member(1, 200, T0), member(2, 300, T0 + dt.timedelta(hours=20), claimant=7)]
    figure, claim = new(value, T0 + dt.timedelta(hours=20) + offset, text, claimant=claimant)
    drafts = decide(SURE, figure, claim, members, [], sure)
    assert [(d.kind, d.older.claim.id) for d in drafts] == expected
    assert all(d.status == RelationStatus.AUTO for d in drafts)


def test_a_contradiction_needs_a_sure_slot_else_it_is_suggested() -> None:
    members = [member(1, 300, T0)]
    figure, claim = new(500, T0 + dt.timedelta(hours=2), "Es sind 500 Menschen.")
    (draft,) = decide(SURE, figure, claim, members, [], unsure)
    assert (draft.kind, draft.status) == (RelationKind.CONTRADICTION, RelationStatus.SUGGESTED)


def test_a_value_within_the_approximation_is_no_contradiction() -> None:
    members = [member(1, 83_000_000, T0)]
    figure, claim = new(
        83_000_000, T0 + dt.timedelta(hours=2), "gut 83 Millionen", approx="more_than"
    )
    assert [d.kind for d in decide(SURE, figure, claim, members, [], sure)] == ["repeat"]


def test_an_outlier_is_only_suggested() -> None:
    members = [member(1, 26, T0)]
    figure, claim = new(260, T0 + 2 * DAY, "Es sind 260 Länder.")
    (draft,) = decide(SURE, figure, claim, members, [], sure)
    assert draft.reason == "outlier" and draft.status == RelationStatus.SUGGESTED


def test_a_narrower_value_at_the_same_time_waits_for_a_person() -> None:
    members = [member(1, 37, T0, approx="at_least")]
    figure, claim = new(52, T0 + dt.timedelta(hours=2), "52 Tote.")
    (draft,) = decide(SURE, figure, claim, members, [], sure)
    assert (draft.kind, draft.status) == (RelationKind.UPDATE, RelationStatus.SUGGESTED)


def test_denial_contradicts_the_claim_of_the_rejected_value() -> None:
    members = [member(1, 120, T0, claimant=5), member(2, 130, T0 + DAY, claimant=6)]
    rejected = fig(120, id=998, claim_id=99, negated=True)
    figure, claim = new(
        95,
        T0 + 2 * DAY,
        "95 teachers, not 120 as the mayor claimed",
        language="en",
        negated=True,
        rejected=[rejected],
    )
    drafts = decide(SURE, figure, claim, members, [rejected], sure)
    assert [(d.kind, d.older.claim.id) for d in drafts] == [("contradiction", 1)]


def test_a_bare_denial_contradicts_the_claim_it_denies() -> None:
    members = [member(1, 26, T0, claimant=5)]
    denied = fig(26, id=997, claim_id=99, negated=True, unit="person")
    claim = view(
        99,
        "Peskow bestritt, dass 26 Länder Truppen schicken.",
        "a",
        time=T0 + DAY,
        figures=[denied],
        claimant=6,
    )
    drafts = decide(SURE, denied, claim, members, [], sure)
    assert [(d.kind, d.reason, d.older.claim.id) for d in drafts] == [
        ("contradiction", "denial", 1)
    ]


def test_correction_by_the_same_claimant_is_an_update() -> None:
    members = [member(1, 2, T0, claimant=5)]
    rejected = fig(2, id=998, claim_id=99, negated=True)
    figure, claim = new(
        1, T0 + DAY, "nicht zwei, sondern ein Mensch", claimant=5, negated=True, rejected=[rejected]
    )
    assert [(d.kind, d.reason) for d in decide(SURE, figure, claim, members, [rejected], sure)] == [
        ("update", "correction")
    ]


def test_a_correction_naming_no_wrong_value_is_an_update() -> None:
    # "hat die Zahl der Toten auf 16 korrigiert": the count was revised, nobody is
    # contradicted; said again by another outlet, it repeats the revised value
    members = [member(1, 15, T0, approx="at_least", claimant=5)]
    text = "Die Regierung hat die Zahl der Toten auf 16 korrigiert."
    figure, claim = new(16, T0 + dt.timedelta(hours=3), text, claimant=6, negated=True)
    drafts = decide(SURE, figure, claim, members, [], sure)
    assert [(d.kind, d.older.claim.id) for d in drafts] == [("update", 1)]
    members.append(member(2, 16, T0 + dt.timedelta(hours=3), claimant=7))
    figure, claim = new(16, T0 + dt.timedelta(hours=5), text, claimant=6, negated=True)
    kinds = [d.kind for d in decide(SURE, figure, claim, members, [], sure)]
    assert kinds == ["repeat"]


def test_an_old_value_asserted_again_contradicts_the_newer_one() -> None:
    members = [member(1, 120, T0, claimant=5), member(2, 95, T0 + DAY, claimant=6)]
    figure, claim = new(
        120, T0 + 2 * DAY, "The budget funds 120 teachers.", claimant=5, language="en"
    )
    kinds = [(d.kind, d.older.claim.id) for d in decide(SURE, figure, claim, members, [], sure)]
    assert kinds == [("repeat", 1), ("contradiction", 2)]


def test_undated_claims_only_repeat() -> None:
    members = [member(1, 26, T0)]
    figure, claim = new(27, None, "27 Länder")  # type: ignore[arg-type]
    assert decide(SURE, figure, claim, members, [], sure) == []
    figure, claim = new(26, None, "26 Länder")  # type: ignore[arg-type]
    assert [d.kind for d in decide(SURE, figure, claim, members, [], sure)] == ["repeat"]


def test_independence() -> None:
    original = view(1, "a", "a", article=10, source=1, claimant=None)
    copy = view(2, "a", "a", article=11, source=2)
    copy.syndicated_from_id = 10
    assert independent(copy, original) is False
    other = view(3, "a", "a", article=12, source=3)
    assert independent(other, original) is True
    same_speaker = view(4, "a", "a", article=13, source=3, claimant=8)
    assert independent(same_speaker, view(5, "a", "a", article=14, source=4, claimant=8)) is False


# -- fact summaries ----------------------------------------------------------------


def entry(figure_id: int, value: float, hours: int) -> Entry:
    return Entry(
        figure_id,
        figure_id,
        value,
        None,
        False,
        False,
        T0 + dt.timedelta(hours=hours),
        1,
        False,
        (),
    )


def test_a_suggested_link_changes_nothing_until_confirmed() -> None:
    entries = [entry(1, 26, 0), entry(2, 27, 2)]
    pending = [RelationEntry("contradiction", 2, 1, "suggested")]
    summary = summarise(entries, pending)
    assert summary.current is not None and summary.current.value == 26
    assert not summary.has_contradiction and summary.pending == {2}
    confirmed = [RelationEntry("contradiction", 2, 1, "confirmed")]
    summary = summarise(entries, confirmed)
    assert summary.has_contradiction and summary.current.value == 26  # disputed value


def test_an_update_becomes_the_current_value() -> None:
    summary = summarise(
        [entry(1, 1200, 0), entry(2, 3500, 30)], [RelationEntry("update", 2, 1, "auto")]
    )
    assert summary.current is not None and summary.current.value == 3500
    assert summary.ranks[1] == ("deprecated", "replaced by an update")


def test_a_hyphenated_compound_negates_nothing() -> None:
    from tracker.match.slots import measure

    assert not measure(frozenset(), "die nicht-binäre Person soll acht Jahre in Haft", 34).negated
    assert measure(frozenset(), "acht Jahre sind nicht gerechtfertigt", 0).negated


def test_an_increment_word_counts_only_next_to_the_figure() -> None:
    from tracker.match.slots import measure

    far = "zusätzliche Zölle gegen die acht europäischen Länder"
    assert not measure(frozenset(), far, far.index("acht")).increment
    near = "Die Hamas ließ zwei weitere Geiseln frei"
    assert measure(frozenset(), near, near.index("zwei")).increment
    assert measure(frozenset(), "Police found 5 more bodies", 13).increment


def test_lives_lost_are_deaths() -> None:
    from tracker.match.slots import measure

    for window in (
        "hatten 20 Menschen das Leben gekostet",
        "the strikes claimed 20 lives",
    ):
        assert measure(frozenset({"cost", "person"}), window).predicates == {"death"}
    assert measure(frozenset({"cost"}), "kostet 20 Euro").predicates == {"cost"}


def test_a_pair_with_no_sign_of_its_slot_needs_a_surer_probability() -> None:
    """The same round figure on the same day in two sentences that share no measure,
    place, incident or words: linked automatically only from the unanchored
    probability; the same pair with shared words from the auto probability."""
    import math

    from tracker.match.decide import anchored
    from tracker.match.model import LinkModel

    p = 0.7  # between auto (0.66) and unanchored (0.74)
    model = LinkModel(version="t", intercept=math.log(p / (1 - p)), weights={})
    settings = MatchSettings(model=model, auto_probability=0.66, suggest_probability=0.35)
    old_text = "Am Abend konnten bereits 60.000 Bewohner in ihre Dörfer zurückkehren."
    new_text = "Laut Behörden haben etwa 60.000 Migranten die Grenze überquert."
    a = view(
        1,
        old_text,
        "abend bewohner dorf zurückkehren",
        figures=[at(old_text, "60.000 Bewohner", 60000, 1)],
    )
    b = view(
        2,
        new_text,
        "behörde migrant grenze überqueren",
        figures=[at(new_text, "etwa 60.000 Migranten", 60000, 2, approx="about")],
    )
    a.figures[0].fact_id = 7
    choice = choose_fact(settings, b, b.figures[0], [a], idf)
    assert choice.best is not None and not anchored(choice.best.explanation.levels)
    assert choice.joins is None
    assert choice.placement is Placement.SUGGESTED

    same = view(
        3,
        old_text,
        "abend bewohner dorf zurückkehren",
        figures=[at(old_text, "60.000 Bewohner", 60000, 3)],
    )
    choice = choose_fact(settings, same, same.figures[0], [a], idf)
    assert choice.best is not None and anchored(choice.best.explanation.levels)
    assert choice.joins == 7
    assert anchored({"measure": "shared"}) and not anchored({"value": "equal_round"})


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("Die Zahl der Toten ist auf 254 gestiegen.", True),
        ("After amendments, the budget now totals $52 million, the clerk said.", True),
        ("The number of evacuees now stands at 4,100.", True),
        ("Der Schaden beläuft sich inzwischen auf 3,2 Millionen Euro.", True),
        ("Die Inflationsrate liegt nun bei 2,4 Prozent.", True),
        # words of change alone say nothing about a count's new state
        ("Nun sollen 26 Länder Truppen schicken.", False),
        ("The council now wants 120 new teachers.", False),
        ("Die Kosten liegen bei 3 Millionen Euro.", False),
    ],
)
def test_what_reports_the_new_state_of_a_count(text: str, running: bool) -> None:
    from tracker.match.slots import reports_running_count

    assert reports_running_count(text) is running


def test_two_increments_on_different_days_are_two_events() -> None:
    a_text = "Die Hamas hat für den Abend die Übergabe von zwei weiteren toten Geiseln angekündigt."
    b_text = "Die Hamas will noch heute die Leichen von zwei weiteren Geiseln an Israel übergeben."
    terms = "hamas hostage handover dead"
    a = view(1, a_text, terms, figures=[at(a_text, "zwei", 2, 1, unit="hostage")])
    later = view(
        2,
        b_text,
        terms,
        time=T0 + dt.timedelta(days=3),
        figures=[at(b_text, "zwei", 2, 2, unit="hostage")],
    )
    same_day = view(
        3,
        b_text,
        terms,
        time=T0 + dt.timedelta(hours=5),
        figures=[at(b_text, "zwei", 2, 3, unit="hostage")],
    )
    assert a.slot(a.figures[0]).measure.increment
    assert blocked(later, later.figures[0], a, a.figures[0]) == "another increment"
    assert not blocked(same_day, same_day.figures[0], a, a.figures[0])


@pytest.mark.parametrize(
    ("word", "place"),
    [
        # shaped like a place only by a weak ending, and a compound of a known noun
        ("parteivorsitz", False),
        ("nachrichtenportal", False),
        ("eigenkapital", False),
        ("personalumbau", False),
        ("sicherheitsniveau", False),
        # place names, with strong endings or no known noun at the end
        ("freiburg", True),
        ("schwarzwald", True),
        ("dietzenbach", True),
        ("dachau", True),
        ("auschwitz", True),
        ("ahrtal", True),
        ("prignitz", True),
        # "-ow" ends Russian surnames far more often than places: the gazetteer knows those
        ("peskow", False),
        ("lawrow", False),
        ("pskov", True),
        ("guestrow", True),
    ],
)
def test_a_compound_noun_that_ends_like_a_place_is_no_place(word: str, place: bool) -> None:
    from tracker.normalise import is_place

    assert is_place(word) is place


def test_a_compound_noun_is_no_place_that_parts_two_sentences() -> None:
    """ "der 43-jährige Streeting ... um den Parteivorsitz" and "der 43-Jährige ... in
    London" are one age: the Parteivorsitz is no place, so no "another place"."""
    found = anchors(
        "Erwartet wird, dass der 43-jährige Streeting Starmer um den Parteivorsitz herausfordert.",
        "de",
    )
    assert "parteivorsitz" not in found


def test_a_figure_sure_of_two_one_value_facts_mends_the_split() -> None:
    """One story's figure that fell short of a link when it came started a fact of its
    own; a later figure as sure of both merges them, but not across days apart."""
    model = LinkModel(
        "t",
        -2.0,
        {
            "value": {"equal_distinctive": 4.0},
            "measure": {"shared": 0.5},
            "time": {"same_day": 0.5, "later": -0.5},
        },
        auto_probability=0.8,
        suggest_probability=0.4,
    )
    settings = MatchSettings(model=model)
    terms = "suspect age utah kirk"

    def claim(claim_id: int, hours: float, fact: int | None) -> ClaimView:
        text = "Ein 22-Jähriger aus Utah soll Charlie Kirk getötet haben."
        c = view(
            claim_id,
            text,
            terms,
            time=T0 + dt.timedelta(hours=hours),
            figures=[at(text, "22-Jähriger", 22, claim_id, unit="age")],
        )
        c.figures[0].fact_id = fact
        return c

    first, second, third = claim(1, 0, 5), claim(2, 1, 6), claim(3, 2, None)
    choice = choose_fact(settings, third, third.figures[0], [first, second], idf)
    assert choice.placement is Placement.AUTO
    assert {choice.joins, *choice.absorbs} == {5, 6}
    off = replace(settings, mend_splits=False)
    assert choose_fact(off, third, third.figures[0], [first, second], idf).absorbs == ()
    # the other fact was stated nine days before: another day's figure, kept apart
    second, third = claim(2, 24 * 9, 6), claim(3, 24 * 9 + 1, None)
    choice = choose_fact(settings, third, third.figures[0], [first, second], idf)
    assert choice.joins == 6 and choice.absorbs == ()


@pytest.mark.parametrize(
    "text",
    [
        "Inzwischen sind mehr als 400 Zugfahrten ausgefallen, teilte eine Sprecherin mit.",
        "Bislang wurden 61 Erkrankungen gemeldet.",
        "Satellite mapping now puts the burnt area at 1,640 hectares.",
        "The number of cases has so far risen to 61.",
    ],
)
def test_a_sentence_that_opens_with_the_state_so_far_reports_a_running_count(text: str) -> None:
    from tracker.match.slots import reports_running_count

    assert reports_running_count(text)


@pytest.mark.parametrize(
    ("text", "language", "change"),
    [
        # a claim that names the value before is a change, not a conflict at one time
        ("Ab dem 1. Juni sollen die Zölle von zehn auf 25 Prozent steigen.", "de", True),
        ("Der Preis soll von derzeit 58 Euro auf 63 Euro im Monat steigen.", "de", True),
        ("Tariffs will rise from 10 to 25 percent in June.", "en", True),
        ("The budget went from $48 million to $52 million.", "en", True),
        # a span of years is no earlier value
        ("From 2020 to 2024, 300 people died on the road.", "en", False),
        ("Die Aufschläge von zehn Prozent sollen ab dem 1. Februar gelten.", "de", False),
    ],
)
def test_a_claim_that_names_the_value_before_signals_a_change(
    text: str, language: str, change: bool
) -> None:
    from tracker.match.slots import has_change_signal

    assert has_change_signal(text, language) is change


def test_a_town_against_a_report_whose_scene_names_another_town_is_another_place() -> None:
    """ "In Kiew wurden zehn verletzt" and "zehn weitere Menschen wurden verletzt" under a
    headline on Saporischschja are two attacks; under a headline naming only the country
    they may be one, and a platform both were said on ("auf Telegram") is no place."""
    a_text = "In Kiew wurden zehn Menschen verletzt, teilte Tkatschenko auf Telegram mit."
    b_text = "Zehn weitere Menschen wurden verletzt, teilte Fedorow auf Telegram mit."
    a = view(
        1,
        a_text,
        "kyiv injure person #person",
        anchors_="kyiv telegram",
        figures=[at(a_text, "zehn Menschen", 10, 1, unit="person")],
    )

    def other(scene_names: str) -> ClaimView:
        b = view(
            2,
            b_text,
            "injure person #person",
            anchors_="telegram",
            time=T0 + dt.timedelta(days=7),
            figures=[at(b_text, "Zehn weitere Menschen", 10, 2, unit="person")],
        )
        return replace(b, scene_names=frozenset(scene_names.split()))

    town = other("telegram zaporizhzhia")
    assert blocked(town, town.figures[0], a, a.figures[0]) == "another place"
    country = other("telegram ukraine")
    assert blocked(country, country.figures[0], a, a.figures[0]) != "another place"
    levels = compare(country, country.figures[0], a, a.figures[0], lambda t: 1.0)
    assert levels["subject"] != "same_place"  # Telegram is where it was said


@pytest.mark.parametrize(
    ("text", "terms", "value", "expected"),
    [
        # "steigt" to fewer than the current count: an older count told again
        ("Opferzahl in Kiew steigt erneut - 14 Tote", "kyiv death increase", 14, "contradiction"),
        ("Opferzahl in Kiew steigt - 25 Tote", "kyiv death increase", 25, "update"),
        ("Die Zahl ist auf 12 gesunken.", "number decrease", 12, "update"),
        # the figure is the change itself, not the new level
        ("Die Zahl ist um 5 gestiegen.", "number increase", 5, "update"),
    ],
)
def test_a_change_word_against_the_values_direction_is_no_update(
    text: str, terms: str, value: float, expected: str
) -> None:
    members = [member(1, 18, T0, approx="at_least", claimant=5)]
    f = fig(value, id=999, claim_id=99, start=text.index(str(value)))
    claim = view(99, text, terms, time=T0 + dt.timedelta(hours=3), figures=[f], claimant=6)
    drafts = decide(SURE, f, claim, members, [], sure)
    assert [d.kind for d in drafts] == [expected]
