from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract.attribution import Attribution, attribute_sentences, has_attribution_cue
from tracker.extract.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def attribute(text: str, lang: str, title: str | None = None) -> list[tuple[str, Attribution]]:
    sents = split_sentences(text, lang)
    return [
        (s.text, a) for s, a in zip(sents, attribute_sentences(sents, lang, title), strict=True)
    ]


def find(result: list[tuple[str, Attribution]], fragment: str) -> Attribution:
    hits = [a for text, a in result if fragment in text]
    assert len(hits) == 1, f"{fragment!r} matched {len(hits)} sentences"
    return hits[0]


# (language, article text, fragment of the sentence, claimant, kind, attribution, via)
CASES = [
    # --- German: direct quotes
    (
        "de",
        '"Wir haben die Lage im Griff", sagte Bürgermeisterin Anna Berg.',
        "im Griff",
        "Anna Berg",
        "person",
        "direct_quote",
        None,
    ),
    (
        "de",
        'Innenminister Karl Huber sagte: "Die Grenze bleibt offen."',
        "Grenze",
        "Karl Huber",
        "person",
        "direct_quote",
        None,
    ),
    (
        "de",
        'Trainer Jens Kolb lobte das Team. Er sagte: "Wir haben 3:1 gewonnen."',
        "gewonnen",
        "Jens Kolb",
        "person",
        "direct_quote",
        None,
    ),
    (
        "de",
        "Die Ministerin Eva Lang kam. Sie betonte: „Es gibt 40 neue Stellen.“",
        "Stellen",
        "Eva Lang",
        "person",
        "direct_quote",
        None,
    ),
    # a quotation over two sentences, the speaker named at the end
    (
        "de",
        '"Wir sind überrascht. Das hat niemand erwartet", sagte Landrat Uwe Sommer.',
        "überrascht",
        "Uwe Sommer",
        "person",
        "direct_quote",
        None,
    ),
    # --- German: reported speech
    (
        "de",
        "Landrat Uwe Sommer sagte, dass 300 Häuser geräumt wurden.",
        "Häuser",
        "Uwe Sommer",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Nach Angaben des Gesundheitsamts gibt es 12 neue Fälle.",
        "Fälle",
        "Gesundheitsamt",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Laut Polizei wurden zwei Menschen verletzt.",
        "verletzt",
        "Polizei",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Zwei Menschen wurden verletzt, teilte die Feuerwehr mit.",
        "verletzt",
        "Feuerwehr",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Wie das Ministerium mitteilte, sind 50 Schulen geschlossen.",
        "Schulen",
        "Ministerium",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Dem Bericht zufolge fehlen 200 Lehrer. Ökonom Hans Brandt zufolge sinkt die Zahl.",
        "sinkt",
        "Hans Brandt",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Die Lage sei ernst, so Bürgermeister Jan Ott.",
        "ernst",
        "Jan Ott",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Der Kreml wies die Vorwürfe zurück.",
        "Kreml",
        "Kreml",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Es seien 30 Menschen evakuiert worden, sagte ein Polizeisprecher.",
        "evakuiert",
        "Polizeisprecher",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Die Behörden sprechen von 80 Toten.",
        "Toten",
        "Behörden",
        "institution",
        "reported",
        None,
    ),
    # the apposition names the speaker; the outlet is the relay
    (
        "de",
        'Die Zeitung "Morgenpost" berichtete, dass der Sprecher der Stadt, Paul Wirth, sagte: '
        '"Wir bauen 20 Brücken."',
        "Brücken",
        "Paul Wirth",
        "person",
        "direct_quote",
        "Morgenpost",
    ),
    (
        "de",
        'Ministerin Eva Lang schrieb auf der Plattform "Mastodon", es gebe Fortschritte.',
        "Fortschritte",
        "Eva Lang",
        "person",
        "reported",
        "Mastodon",
    ),
    (
        "de",
        "Das bestätigte ein Sprecher des Innenministeriums der Nachrichtenagentur Reuters.",
        "bestätigte",
        "Innenministerium",
        "institution",
        "reported",
        "Reuters",
    ),
    # "Das teilte X mit" attributes the previous sentence too
    (
        "de",
        "In der Stadt fielen 40 Liter Regen. Das teilte Bürgermeister Jan Ott mit.",
        "Regen",
        "Jan Ott",
        "person",
        "reported",
        None,
    ),
    # a surname alone joins the full name seen earlier
    (
        "de",
        'Bürgermeister Jan Ott kam. "Es reicht", sagte Ott.',
        "reicht",
        "Jan Ott",
        "person",
        "direct_quote",
        None,
    ),
    # Konjunktiv continues the reported speech of the previous sentence
    (
        "de",
        "Die Lage sei ernst, sagte Ott. Es gebe aber keine Verletzten.",
        "Verletzten",
        "Ott",
        "unknown",
        "reported",
        None,
    ),
    # nobody named: the author
    ("de", "Am Montag regnete es in Berlin 40 Liter.", "regnete", None, "unknown", "author", None),
    (
        "de",
        "Am Montag kündigte die Stadt 30 neue Busse an.",
        "Busse",
        "Stadt",
        "institution",
        "reported",
        None,
    ),
    ("de", "Die Zahl der Fälle stieg auf 300.", "Fälle", None, "unknown", "author", None),
    # a state named by its place speaks as its government ("Moskau warnte", "Russland
    # verkündet"); never a weekday or a function word
    (
        "de",
        "Moskau warnte vor einer Eskalation.",
        "Eskalation",
        "Moskau",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Die Ukraine beschuldigte Europa.",
        "beschuldigte",
        "Ukraine",
        "institution",
        "reported",
        None,
    ),
    # a cue without a speaker we can name: reported by somebody, claimant unknown
    (
        "de",
        "Dabei warf er den Behörden Versagen vor.",
        "Versagen",
        None,
        "unknown",
        "reported",
        None,
    ),
    # --- English
    (
        "en",
        '"We will hire 120 teachers," Mayor Ellen Park said.',
        "teachers",
        "Ellen Park",
        "person",
        "direct_quote",
        None,
    ),
    (
        "en",
        'Governor Tom Reyes said: "The dam is safe."',
        "dam",
        "Tom Reyes",
        "person",
        "direct_quote",
        None,
    ),
    ("en", "Police said two people had died.", "died", "Police", "institution", "reported", None),
    (
        "en",
        "Three roads were closed, local officials said.",
        "roads",
        "local officials",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "According to the health ministry, 40 cases were confirmed.",
        "cases",
        "health ministry",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "The Springfield finance office said the budget is $3 million.",
        "budget",
        "finance office",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "Senator Maria Lopez spoke first. She added that 30 schools would close.",
        "schools",
        "Maria Lopez",
        "person",
        "reported",
        None,
    ),
    (
        "en",
        "Anna Berg, a spokeswoman for the city, told Reuters that 12 bridges are closed.",
        "bridges",
        "Anna Berg",
        "person",
        "reported",
        "Reuters",
    ),
    ("en", "The council approved a $5 million budget.", "council", None, "unknown", "author", None),
    (
        "en",
        "Officials in Kyiv said three people were killed.",
        "killed",
        "Officials",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "The Ministry of Defence said 20 jets were sent.",
        "jets",
        "Ministry of Defence",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "Foreign Minister Sergei Lavrov dismissed the plan, according to the Interfax agency.",
        "dismissed",
        "Sergei Lavrov",
        "person",
        "reported",
        "Interfax",
    ),
    (
        "en",
        "Three bridges collapsed. That's what Mayor Tom Reyes said on Monday.",
        "bridges",
        "Tom Reyes",
        "person",
        "reported",
        None,
    ),
    (
        "en",
        "LONDON (Reuters) - Prime Minister Keir Starmer said 40 ships were sent.",
        "ships",
        "Keir Starmer",
        "person",
        "reported",
        "Reuters",
    ),
    ("en", "Experts say the figure could rise.", "figure", "Experts", "unknown", "reported", None),
    # German: outlets, parentheses, coordination, objects of transitive cues
    (
        "de",
        "Adrian Leyser vom Deutschen Wetterdienst (DWD) sagte, es werde 30 Grad heiß.",
        "Grad",
        "Adrian Leyser",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Der Internationalen Energieagentur (IEA) zufolge stieg der Verbrauch um 5 Prozent.",
        "Verbrauch",
        "Internationale Energieagentur",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Frauen und Mädchen hätten den Beamten von Übergriffen berichtet.",
        "Übergriffen",
        None,
        "unknown",
        "reported",
        None,
    ),
    ("de", "Beide Seiten meldeten Tote.", "Tote", None, "unknown", "reported", None),
    (
        "de",
        "Selbst das erklärte Ziel rechtfertige das nicht.",
        "Ziel",
        None,
        "unknown",
        "author",
        None,
    ),
    (
        "de",
        "Kremlchef Wladimir Putin kam an. Der Kremlchef sagte, es gebe 12 neue Abkommen.",
        "Abkommen",
        "Wladimir Putin",
        "person",
        "reported",
        None,
    ),
    # --- people referred to by where they come from, their party, their age
    (
        "de",
        "Emmanuel Macron sprach in Paris. Der Franzose sagte, 26 Länder seien bereit.",
        "26 Länder",
        "Emmanuel Macron",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Bundesfinanzminister Lars Klingbeil (SPD) sprach. Das sei gut, sagte der SPD-Politiker.",
        "Das sei gut",
        "Lars Klingbeil",
        "person",
        "reported",
        None,
    ),
    (
        "en",
        "Sen. Chris Murphy spoke on Tuesday. The lawmaker said 90 percent agree.",
        "90 percent",
        "Chris Murphy",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Oppositionsführer Özgür Özel sprach, sagte Özel. Der 51-Jährige, der zuvor die CHP "
        "angeführt hat, sagte, die Partei werde 30 Sitze holen.",
        "30 Sitze",
        "Özel",
        "unknown",
        "reported",
        None,
    ),
    (
        "de",
        "Am Montag sprach Marine Le Pen in Paris. Die Französin sagte, das sei gut.",
        "das sei gut",
        "Marine Le Pen",
        "person",
        "reported",
        None,
    ),
    # "die Briten" are many: no pronoun of the person named before
    (
        "de",
        "Andreas Schuster berichtet aus London. Ende Januar 2020 sagten die Briten der EU "
        '"bye bye".',
        "bye bye",
        None,
        "unknown",
        "reported",
        None,
    ),
    # reported speech continues in Konjunktiv II and in third persons singular
    (
        "de",
        "Gouverneur Oleh Kiper teilte mit, die Lage sei ernst. Sieben weitere würden im "
        "Krankenhaus behandelt.",
        "Sieben weitere",
        "Oleh Kiper",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Der Minister Jan Ott sagte, das Land sei bereit. Der Etat betrage 30 Milliarden Euro.",
        "Etat",
        "Jan Ott",
        "person",
        "reported",
        None,
    ),
    # a time after the source is nobody: "Angaben aus Sicherheitskreisen vom Samstagabend"
    (
        "de",
        "Drei Boote seien gekentert, meldete die Nachrichtenagentur Anadolu unter Berufung auf "
        "Angaben aus Sicherheitskreisen vom Samstagabend.",
        "Drei Boote",
        "Sicherheitskreisen",
        "unknown",
        "reported",
        "Anadolu",
    ),
    (
        "de",
        "Die ukrainische Luftwaffe teilte mit, sie habe 406 russische Drohnen abgeschossen.",
        "406",
        "Luftwaffe",
        "institution",
        "reported",
        None,
    ),
    # a share of respondents is nobody's statement
    (
        "de",
        "54 Prozent sprechen sich in einer Umfrage für einen Pflichtdienst aus.",
        "Pflichtdienst",
        None,
        "unknown",
        "reported",
        None,
    ),
    # --- somebody unnamed, known by a description
    (
        "de",
        "Gerade junge Libanesen hätten kaum Perspektiven, sagt ein 23-Jähriger.",
        "Perspektiven",
        "23-Jähriger",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "15 Jihadisten seien festgenommen worden, sagte ein malischer Offizier der "
        "Nachrichtenagentur AFP.",
        "15 Jihadisten",
        "malischer Offizier",
        "person",
        "reported",
        "AFP",
    ),
    # --- subjects with an attribute before the noun or a relative clause after it
    (
        "de",
        "Die in den USA ansässige Menschenrechtsorganisation HRANA hatte erklärt, 646 Menschen "
        "seien getötet worden.",
        "646 Menschen",
        "Menschenrechtsorganisation HRANA",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Die 55-jährige Anwältin Guo Jianmei sagte, 30 Fälle seien bekannt.",
        "30 Fälle",
        "Guo Jianmei",
        "person",
        "reported",
        None,
    ),
    (
        "de",
        "Der Ingenieur Sébastien Evrard, Leiter des Aufräumprojekts, erklärte gegenüber dem "
        "Magazin Vice, dass 50 Meter fehlen.",
        "50 Meter",
        "Sébastien Evrard",
        "person",
        "reported",
        "Vice",
    ),
    (
        "de",
        "Es sei schwer gewesen, sagte der 33-jährige Franzose Paul-Henri Mathieu.",
        "schwer",
        "Paul-Henri Mathieu",
        "person",
        "reported",
        None,
    ),
    # --- a clause introducing a quotation with a colon
    (
        "de",
        "Am Nachmittag verordnete CSU-Landesgruppenchef Alexander Hoffmann der Koalition diese "
        'Therapie: "Alle drei Parteien müssen es aushalten."',
        "drei Parteien",
        "Alexander Hoffmann",
        "person",
        "direct_quote",
        None,
    ),
    # --- the media, named and unnamed
    (
        "de",
        "Zuvor hatten Medien berichtet, zwei Angreifer seien getötet worden.",
        "zwei Angreifer",
        "Medien",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Das israelische Nachrichtenportal ynet berichtete, zehn Raketen seien abgefeuert worden.",
        "zehn Raketen",
        "ynet",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Der schwedische Rundfunk berichtet von mindestens zwei verletzten Jungen.",
        "zwei verletzten",
        "schwedische Rundfunk",
        "institution",
        "reported",
        None,
    ),
    (
        "de",
        "Sie stellten 1,1 Prozent weniger her, teilte das Wirtschaftsministerium heute, Freitag, "
        "in Berlin mit.",
        "1,1 Prozent",
        "Wirtschaftsministerium",
        "institution",
        "reported",
        None,
    ),
    (
        "en",
        "Biden’s Bureau of Labor Statistics said inflation rose 8.5% last month.",
        "8.5%",
        "Bureau of Labor Statistics",
        "institution",
        "reported",
        None,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "fragment", "claimant", "kind", "attribution", "via"), CASES
)
def test_attribution(
    lang: str,
    text: str,
    fragment: str,
    claimant: str | None,
    kind: str,
    attribution: str,
    via: str | None,
) -> None:
    a = find(attribute(text, lang), fragment)
    assert (a.claimant, a.claimant_kind, a.attribution, a.via) == (claimant, kind, attribution, via)


def test_quote_continues_over_sentences() -> None:
    text = 'Vogt sagte: "Wir haben 1.200 Menschen evakuiert. Morgen folgen weitere."'
    result = attribute(text, "de")
    assert [a.claimant for _, a in result] == [None, None] or all(
        a.attribution == "direct_quote" for _, a in result
    )
    assert all(a.has_quote for _, a in result)


def test_pronoun_prefers_fitting_gender() -> None:
    text = (
        "Landrätin Petra Vogt besuchte Bürgermeister Klaus Meier. "
        'Er sagte: "Wir brauchen Hilfe." Sie betonte, dass 300 Helfer kommen.'
    )
    result = attribute(text, "de")
    assert find(result, "Hilfe").claimant == "Klaus Meier"
    assert find(result, "Helfer").claimant == "Petra Vogt"


def test_source_line_is_via_for_the_article() -> None:
    text = "Die Zahl stieg auf 3.500, teilte das Landratsamt mit. (Quelle: Kreisblatt)"
    result = attribute(text, "de")
    assert find(result, "3.500").via == "Kreisblatt"
    assert find(result, "3.500").claimant == "Landratsamt"


def test_title_teaches_aliases() -> None:
    result = attribute("Park said the plan works.", "en", title="Mayor Ellen Park defends plan")
    assert result[0][1].claimant == "Ellen Park"


def test_cue_word_inside_quote_is_not_attribution() -> None:
    text = 'Macron sagte: "Wir haben, wie ich sagte, alles getan. Die USA haben, wie ich sagte, mitgewirkt."'
    result = attribute(text, "de")
    assert [a.claimant for _, a in result] == ["Macron", "Macron"]


CUES = [
    ("de", "Das teilte die Polizei am Montag mit.", True),
    ("de", "Die Polizei teilte sich die Arbeit mit der Feuerwehr.", False),
    ("de", "Laut Polizei gab es zwei Tote.", True),
    ("de", "Die Firma stellte 300 Mitarbeiter ein.", False),
    ("de", '"Er sagte nichts", meinte sie.', True),
    ("de", 'Sie fand: "Er sagte nichts dazu, gar nichts."', False),
    ("en", "According to police, two people died.", True),
    ("en", "Two people died in the crash.", False),
    ("en", "Officials said the road is closed.", True),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CUES)
def test_has_attribution_cue(lang: str, text: str, expected: bool) -> None:
    assert has_attribution_cue(text, lang) is expected


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, Attribution]]:
    path = DATA / "seed-article-de.txt"
    if not path.exists():
        pytest.skip(f"{path} not available")
    title, body = path.read_text(encoding="utf-8").split("\n", 1)
    return attribute(body, "de", title)


def test_seed_selenskyj_quote(seed: list[tuple[str, Attribution]]) -> None:
    a = find(seed, "26 Länder haben zugestimmt")
    assert (a.claimant, a.claimant_kind, a.attribution) == (
        "Wolodymyr Selenskyj",
        "person",
        "direct_quote",
    )
    assert find(seed, "Ich glaube, das ist der erste").claimant == "Wolodymyr Selenskyj"


def test_seed_macron_reported(seed: list[tuple[str, Attribution]]) -> None:
    a = find(seed, "Macron kündigte an, dass 26 Länder")
    assert (a.claimant, a.attribution) == ("Emmanuel Macron", "reported")


def test_seed_peskow_via_iswestija(seed: list[tuple[str, Attribution]]) -> None:
    a = find(seed, "Die Europäer behindern")
    assert (a.claimant, a.via, a.attribution) == ("Dmitri Peskow", "Iswestija", "direct_quote")
    assert find(seed, "Sie tragen nicht dazu bei").claimant == "Dmitri Peskow"


def test_seed_telegram_and_kremlin(seed: list[tuple[str, Attribution]]) -> None:
    assert find(seed, "produktiv wie möglich").via == "Telegram"
    assert find(seed, "Der Kreml stellte klar").claimant == "Kreml"
