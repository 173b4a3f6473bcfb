"""Deterministic, realistic news claims in German and English for the scale benchmarks.

A claim is first drawn as a :class:`ClaimSpec` (what happened, where, how many, who says
so, when) and then rendered to text. The same spec can be rendered again with other
choices (another attribution frame, another sentence pattern, another number format,
typos): that is how ``scale_latency.py`` makes paraphrases of stored claims.

Determinism: the vocabulary pools are built from a fixed seed, so every ``--seed`` shares
the same places, people, companies and outlets (a new claim from another seed still
names known places). Claim ``i`` of seed ``s`` is drawn from a ``random.Random`` seeded
with ``(s, i // CHUNK)`` and depends on nothing else: no clock, no process layout, no
hash randomisation (string seeds are hashed with SHA-512 by ``random``).

Term distribution: places, people, companies and outlets are chosen with Zipf weights
over large pools (thousands of generated German and English town names plus real ones,
every first-name x surname pair), so a few names are very common and most are rare,
as in real news.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

CHUNK = 1000  # claims per random stream: claim i needs only its chunk to be regenerated
POOL_SEED = 20240601
EPOCH = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
SPAN_SECONDS = 6 * 365 * 86400
GERMAN_SHARE = 0.5
TITLE_SHARE = 0.25


# ---------------------------------------------------------------------------- word pools

DE_FEMALE = """Anna Petra Sabine Julia Katrin Monika Claudia Susanne Andrea Stefanie Nicole
Birgit Heike Karin Martina Christina Sandra Melanie Kerstin Tanja Silke Ute Anja Daniela
Nadine Simone Manuela Bettina Doris Renate Ingrid Gisela Helga Ursula Marion Elke Jana Lena
Laura Lisa Sarah Miriam Hannah Leonie Sophie Charlotte Franziska Johanna Theresa Veronika
Dorothea Annette Gabriele Cornelia Friederike Henrike Wiebke Frauke Anke Maren""".split()
DE_MALE = """Thomas Michael Andreas Stefan Frank Jürgen Klaus Peter Wolfgang Uwe Markus
Christian Martin Matthias Jan Tobias Sebastian Alexander Florian Daniel Holger Dirk Ralf
Bernd Norbert Dieter Günter Horst Rainer Jens Lars Sven Kai Torsten Olaf Volker Heiko
Carsten Jörg Hans Karl Friedrich Johannes Lukas Felix Jonas Maximilian Philipp Moritz
Benedikt Georg Ludwig Konrad Werner Helmut Gerhard Manfred Reinhard Ulrich Hartmut""".split()
DE_SURNAMES = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier
Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung
Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein
Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler
Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ernst
Brunner Lindner Wendt Gerlach Ritter Kessler Thiel Haupt Ebert Marx Reuter Brückner Hesse
Dorn Falk Kern Oswald Riedel Sander Adler Böttcher Eichhorn Gärtner Hirsch Janssen Kolb
Lindemann Mertens Nowak Petersen Rademacher Steffens Tiedemann Urban Wirth Zeller Rieger
Blum Burkhardt Dreyer Ehlers Fiedler Gebhardt Henning Jost Kästner Lenz Moser Nagel""".split()
EN_FEMALE = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen
Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy
Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna
Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet
Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria""".split()
EN_MALE = """James Robert John Michael David William Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin
Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter
Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin""".split()
EN_SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez
Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright
Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly
Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza
Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell
Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez
Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro
Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva
Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose
Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens
Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez
Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Holloway
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews""".split()

DE_PLACE_HEADS = """Mittel Nord Süd Ost West Fels Birken Eichen Linden Tannen Rosen Alt Neu
Hohen Nieder Ober Unter Kirch Stein Wald Berg Wolfs Hirsch Adler Falken Kranich Sonnen
Stern Winter Sommer Grün Rot Weiß Schwarz Blau Gold Silber Eisen Kupfer Salz Mühl Burg
Kloster Markt Brück Wiesen Heide Moor Wasser Quell Brunnen Erlen Buchen Eschen Ahorn Fichten
Kiefern Weiden Pappel Holunder Kirsch Apfel Hasel Hagen Rabens Geiers Bären Fuchs Hasen
Dachs Otter Biber Reh Lerchen Finken Schwalben Tauben Enten Gänse Storch Reiher Möwen
Fischer Jäger Bauern Köhler Schmiede Müllers Ritter Grafen Königs Bischofs Mönchs Herren
Frauen Kaisers Fürsten Hammer Glas Ziegel Kalk Sand Kies Lehm Ton Torf Schilf Binsen Rohr
Espen Lärchen Ulmen Wacholder Heidel Brom Erd Rüben Hafer Roggen Weizen Gersten Flachs
Hanf Hopfen Wein Reb Kelter Schäfer Hirten Ochsen Kuh Ross Hengst Fohlen Lamm Widder""".split()
DE_PLACE_TAILS = """au brunn hafen berg burg dorf feld felde hausen heim ingen stadt stedt bach
furt hagen hof horst kirchen leben rode see tal walde wald werder witz ow itz rath weiler
beck born brücken grund hain kamp loh mark moor ried schlag wang winkel""".split()
DE_REAL_PLACES = """Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund
Essen Bremen Dresden Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster
Mannheim Karlsruhe Augsburg Wiesbaden Mönchengladbach Gelsenkirchen Aachen Braunschweig
Kiel Chemnitz Halle Magdeburg Freiburg Krefeld Mainz Lübeck Erfurt Oberhausen Rostock Kassel
Hagen Potsdam Saarbrücken Hamm Ludwigshafen Oldenburg Mülheim Osnabrück Leverkusen
Darmstadt Heidelberg Solingen Regensburg Herne Paderborn Neuss Ingolstadt Offenbach Fürth
Würzburg Ulm Heilbronn Pforzheim Wolfsburg Göttingen Bottrop Reutlingen Koblenz Recklinghausen
Bremerhaven Erlangen Bergisch Trier Jena Moers Siegen Hildesheim Salzgitter Cottbus Görlitz
Passau Bamberg Bayreuth Flensburg Stralsund Greifswald Schwerin Wismar Zwickau Plauen
Konstanz Lindau Kempten Rosenheim Landshut Straubing Deggendorf Coburg Hof Weiden Amberg
Marburg Gießen Fulda Wetzlar Limburg Lüneburg Celle Goslar Hameln Emden Aurich Leer Husum
Wien Graz Linz Salzburg Innsbruck Zürich Basel Bern Luzern""".split()
EN_PLACE_HEADS = """River Ash Oak Elm Pine Maple Cedar Stone Brook Mill Fair Green Red White
Black North South East West Clear Spring Glen Bridge Lake Hill Bay Port New Old Kings Queens
Wood Rock Sand Salt Iron Copper Silver Gold Willow Birch Holly Hazel Thorn Fern Moss Heather
Rose Lily Clover Briar Bramble Marsh Fen Moor Dale Vale Wolf Fox Bear Deer Hawk Eagle Raven
Crow Swan Heron Falcon Otter Beaver Elk Bison Pike Trout Salmon Bell Church Castle Tower
Abbey Priory Chapel Market Cross Ferry Harbor Haven Cliff Ridge Summit Canyon Mesa Prairie
Meadow Orchard Grove Forest Timber Cotton Wheat Barley Corn Hay Flint Slate Granite Marble
Coal Clay Chalk Amber Crystal Pearl Coral Sun Moon Star Frost Snow Rain Storm Thunder Wind
Cloud Mist Dawn Dusk Summer Winter Autumn""".split()
EN_PLACE_TAILS = """ton ford field ville wood dale port bury ham worth mouth chester wick stead
view haven ridge brook burgh land side more ley by cliff gate well water creek falls springs
crest mont hurst""".split()
EN_REAL_PLACES = """London Manchester Birmingham Leeds Glasgow Liverpool Bristol Sheffield
Edinburgh Cardiff Belfast Leicester Nottingham Newcastle Brighton Oxford Cambridge York Bath
Exeter Plymouth Norwich Aberdeen Dundee Swansea Derby Coventry Reading Southampton Portsmouth
Chicago Houston Phoenix Philadelphia Dallas Austin Jacksonville Columbus Charlotte
Indianapolis Seattle Denver Boston Nashville Detroit Portland Memphis Louisville Baltimore
Milwaukee Albuquerque Tucson Fresno Sacramento Atlanta Miami Omaha Raleigh Minneapolis Tulsa
Cleveland Wichita Arlington Tampa Honolulu Anaheim Aurora Pittsburgh Cincinnati Toledo
Buffalo Lincoln Madison Orlando Spokane Boise Richmond Tacoma Fargo Dayton Akron Savannah
Toronto Montreal Vancouver Calgary Ottawa Edmonton Winnipeg Halifax Dublin Cork Galway
Sydney Melbourne Brisbane Perth Adelaide Auckland Wellington""".split()

DE_COMPANY_HEADS = """Nord Süd Ost West Rhein Elb Main Donau Weser Havel Saale Alpen Harz Eifel
Taunus Spessart Ostsee Nordsee Hanse Kontinental Union Vereinigte Hansa Germania Teuto Bavaria
Saxo Thuringia Franken Schwaben Mittel Stahl Metall Chemie Glas Papier Holz Textil Elektro
Auto Motoren Maschinen Anlagen Energie Solar Wind Wasser Bau Logistik Pharma Bio Agrar""".split()
DE_COMPANY_TAILS = """werke wert tec tronic chem stahl bau logistik energie mobil pharm glas
metall druck technik""".split()
DE_COMPANY_FORMS = ["{} AG", "{} GmbH", "{}", "{} SE", "{} Gruppe"]
EN_COMPANY_HEADS = """Atlas Summit Pioneer Liberty Eagle Frontier Keystone Pinnacle Horizon
Meridian Northstar Bluewater Ironwood Redstone Silverline Granite Cascade Evergreen Lakeshore
Riverside Harbor Prairie Canyon Sierra Coastal Heartland Midwest Southern Pacific Atlantic
Great Lakes Apex Vertex Sterling Crown Regal Titan Vanguard Paragon Beacon Anchor Compass
Falcon Mustang Bison Grizzly Osprey""".split()
EN_COMPANY_TAILS = """Industries Corp. Foods Logistics Motors Steel Energy Systems Holdings
Manufacturing Chemicals Airlines Health Textiles Paper Glass Plastics Robotics""".split()

DE_OUTLET_FORMS = [
    "{} Tageblatt",
    "{}er Zeitung",
    "{} Kurier",
    "{} Anzeiger",
    "{} Rundschau",
    "{} Nachrichten",
    "{} Morgenpost",
    "Radio {}",
    "{} Echo",
    "{} Bote",
]
EN_OUTLET_FORMS = [
    "The {} Herald",
    "{} Gazette",
    "{} Tribune",
    "{} Courier",
    "The {} Times",
    "{} Daily News",
    "{} Chronicle",
    "{} Post",
    "{} Public Radio",
    "{} Journal",
]
AGENCIES = [
    "Continental Press",
    "Tageblatt Ost",
    "Deutsche Nachrichtenagentur",
    "Wire Service",
    "Nachrichtendienst West",
    "Associated Wire",
    "Global News Service",
    "Presseagentur Süd",
]

DE_INSTITUTIONS = {
    # key: (nominative, genitive)
    "police": ("die Polizei", "der Polizei"),
    "fire": ("die Feuerwehr", "der Feuerwehr"),
    "district": ("das Landratsamt", "des Landratsamts"),
    "city": ("die Stadtverwaltung", "der Stadtverwaltung"),
    "health": ("das Gesundheitsamt", "des Gesundheitsamts"),
    "weather": ("der Deutsche Wetterdienst", "des Deutschen Wetterdienstes"),
    "union": ("die Gewerkschaft", "der Gewerkschaft"),
    "labour": ("die Arbeitsagentur", "der Arbeitsagentur"),
    "statistics": ("das Statistische Landesamt", "des Statistischen Landesamts"),
    "interior": ("das Innenministerium", "des Innenministeriums"),
    "hospital": ("die Klinikleitung", "der Klinikleitung"),
    "works_council": ("der Betriebsrat", "des Betriebsrats"),
    "election": ("der Wahlleiter", "des Wahlleiters"),
    "school": ("das Schulamt", "des Schulamts"),
    "utility": ("der Netzbetreiber", "des Netzbetreibers"),
    "airport": ("die Flughafengesellschaft", "der Flughafengesellschaft"),
    "organiser": ("der Veranstalter", "des Veranstalters"),
    "council": ("der Stadtrat", "des Stadtrats"),
    "ministry": ("das Kultusministerium", "des Kultusministeriums"),
    "consumer": ("die Verbraucherzentrale", "der Verbraucherzentrale"),
}
EN_INSTITUTIONS = {
    "police": "police",
    "fire": "the fire department",
    "district": "county officials",
    "city": "city officials",
    "health": "the county health department",
    "weather": "the National Weather Service",
    "union": "the union",
    "labour": "the Department of Labor",
    "statistics": "the state statistics office",
    "interior": "the Department of Homeland Security",
    "hospital": "hospital officials",
    "works_council": "union representatives",
    "election": "the county elections office",
    "school": "the school district",
    "utility": "the utility company",
    "airport": "airport officials",
    "organiser": "organizers",
    "council": "the city council",
    "ministry": "the state education department",
    "consumer": "consumer advocates",
}
DE_ROLES = {
    # institution key: (female role, male role)
    "police": ("Polizeisprecherin", "Polizeisprecher"),
    "fire": ("Feuerwehrsprecherin", "Feuerwehrsprecher"),
    "district": ("Landrätin", "Landrat"),
    "city": ("Bürgermeisterin", "Bürgermeister"),
    "health": ("Amtsärztin", "Amtsarzt"),
    "weather": ("Meteorologin", "Meteorologe"),
    "union": ("Gewerkschaftssprecherin", "Gewerkschaftssprecher"),
    "labour": ("Agenturchefin", "Agenturchef"),
    "statistics": ("Statistikerin", "Statistiker"),
    "interior": ("Innenministerin", "Innenminister"),
    "hospital": ("Klinikdirektorin", "Klinikdirektor"),
    "works_council": ("Betriebsratschefin", "Betriebsratschef"),
    "election": ("Wahlleiterin", "Wahlleiter"),
    "school": ("Schulamtsleiterin", "Schulamtsleiter"),
    "utility": ("Unternehmenssprecherin", "Unternehmenssprecher"),
    "airport": ("Flughafensprecherin", "Flughafensprecher"),
    "organiser": ("Veranstalterin", "Veranstalter"),
    "council": ("Stadtkämmerin", "Stadtkämmerer"),
    "ministry": ("Kultusministerin", "Kultusminister"),
    "consumer": ("Verbraucherschützerin", "Verbraucherschützer"),
}
EN_ROLES = {
    "police": "Police Chief",
    "fire": "Fire Chief",
    "district": "County Executive",
    "city": "Mayor",
    "health": "Health Director",
    "weather": "meteorologist",
    "union": "union president",
    "labour": "Labor Secretary",
    "statistics": "state economist",
    "interior": "Homeland Security Secretary",
    "hospital": "hospital director",
    "works_council": "union steward",
    "election": "County Clerk",
    "school": "Superintendent",
    "utility": "utility spokesperson",
    "airport": "airport spokesperson",
    "organiser": "festival director",
    "council": "Council President",
    "ministry": "Education Commissioner",
    "consumer": "consumer advocate",
}

DE_VIA = ["die {outlet}", "der Sender {outlet}"]
EN_VIA = ["the {outlet}", "{outlet}"]


# ---------------------------------------------------------------------------- numbers

DE_WORDS = {
    1: "ein",
    2: "zwei",
    3: "drei",
    4: "vier",
    5: "fünf",
    6: "sechs",
    7: "sieben",
    8: "acht",
    9: "neun",
    10: "zehn",
    11: "elf",
    12: "zwölf",
    15: "fünfzehn",
    20: "zwanzig",
    30: "dreißig",
    40: "vierzig",
    50: "fünfzig",
    100: "hundert",
}
EN_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    100: "a hundred",
}
DE_APPROX = ["rund", "etwa", "mehr als", "knapp", "über", "mindestens", "fast", "gut"]
EN_APPROX = ["about", "more than", "nearly", "at least", "almost", "some", "roughly", "over"]
NUMBER_STYLES = ("digits", "words", "scaled")


def _digits(value: float, lang: str, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if round(value, 1) == value else 2)
    text = f"{value:,.{decimals}f}"
    if lang == "de":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def format_number(value: float, lang: str, style: str, *, money: bool = False) -> str:
    """A number as news writes it: ``1.200`` / ``1,200``, ``3,5 Millionen`` / ``3.5 million``,
    ``zwölf`` / ``twelve``."""
    if style == "words" and value in (DE_WORDS if lang == "de" else EN_WORDS):
        word = (DE_WORDS if lang == "de" else EN_WORDS)[int(value)]
        return "eine" if word == "ein" and not money else word
    if style == "scaled" and value >= 1_000_000:
        for size, de_words, en_word in (
            (1_000_000_000, ("Milliarden", "Mrd."), "billion"),
            (1_000_000, ("Millionen", "Mio."), "million"),
        ):
            if value >= size:
                scaled = value / size
                number = _digits(round(scaled, 2), lang)
                if lang == "de":
                    word = de_words[1] if money and int(value) % 7 == 0 else de_words[0]
                    if scaled == 1 and word.startswith("Mil"):
                        return "eine " + word[:-2] if word.endswith("en") else "1 " + word
                    return f"{number} {word}"
                return f"{number} {en_word}"
    if style == "scaled" and value >= 10_000 and lang == "en" and value % 1000 == 0:
        return f"{_digits(value / 1000, lang)},000" if value < 1_000_000 else _digits(value, lang)
    return _digits(value, lang)


def nice_value(rng: random.Random, low: float, high: float, digits: int = 2) -> float:
    """A log-uniform value rounded to 1-3 significant digits, as reported figures are."""
    import math

    raw = math.exp(rng.uniform(math.log(low), math.log(high)))
    sig = rng.choice((1, digits, digits, digits + 1))
    magnitude = 10 ** (int(math.floor(math.log10(raw))) - sig + 1)
    value = round(raw / magnitude) * magnitude
    return float(max(low, round(value, 6)))


# ---------------------------------------------------------------------------- events
# Each event: value range and kind, the institutions that report it, the slot pools it
# uses, and per language several sentence patterns ("cores"). A core is (pattern,
# nouns): ``{fig}`` is approximation + number + one of the nouns, ``{n}`` the number with
# its approximation, ``{amount}`` a money / percent / measure amount.


@dataclass(frozen=True)
class Event:
    name: str
    kind: str  # count, money, percent, degree, price
    low: float
    high: float
    institutions: tuple[str, ...]
    de: tuple[tuple[str, tuple[str, ...]], ...]
    en: tuple[tuple[str, tuple[str, ...]], ...]
    de_title: str
    en_title: str


def _e(
    name: str,
    kind: str,
    low: float,
    high: float,
    inst: str,
    de: list,
    en: list,
    de_title: str,
    en_title: str,
) -> Event:
    return Event(
        name,
        kind,
        low,
        high,
        tuple(inst.split()),
        tuple((p, tuple(n.split("|")) if n else ()) for p, n in de),
        tuple((p, tuple(n.split("|")) if n else ()) for p, n in en),
        de_title,
        en_title,
    )


EVENTS: tuple[Event, ...] = (
    _e(
        "evacuation",
        "count",
        20,
        40000,
        "police fire city district",
        [
            ("{fig} mussten {when} in {place} {cause} ihre Häuser verlassen", "Menschen|Anwohner"),
            ("In {place} wurden {when} {cause} {fig} evakuiert", "Menschen|Bewohner"),
            ("{Cause} sind in {place} {when} {fig} evakuiert worden", "Menschen|Anwohner"),
            ("Die Zahl der Evakuierten in {place} ist {when} auf {n} gestiegen", ""),
        ],
        [
            ("{fig} were evacuated from {place} {when} {cause}", "people|residents"),
            ("In {place}, {fig} had to leave their homes {when} {cause}", "people|residents"),
            ("{Cause}, {fig} in {place} were forced from their homes {when}", "people|residents"),
            ("The number of people evacuated in {place} rose to {n} {when}", ""),
        ],
        "Evakuierung in {place}",
        "{place} evacuation",
    ),
    _e(
        "injuries",
        "count",
        1,
        400,
        "police fire hospital",
        [
            ("Bei {accident} in {place} wurden {when} {fig} verletzt", "Menschen|Personen"),
            ("{fig} erlitten {when} bei {accident} in {place} Verletzungen", "Menschen|Personen"),
            ("Bei {accident} in {place} gab es {when} {fig}", "Verletzte|Schwerverletzte"),
        ],
        [
            ("{fig} were injured in {accident} in {place} {when}", "people"),
            ("{Accident} in {place} left {fig} injured {when}", "people"),
            ("{Accident} in {place} injured {fig} {when}", "people"),
        ],
        "Verletzte in {place}",
        "{place} injuries",
    ),
    _e(
        "deaths",
        "count",
        1,
        200,
        "police fire interior",
        [
            ("Bei {accident} in {place} sind {when} {fig} ums Leben gekommen", "Menschen|Personen"),
            ("Die Zahl der Toten nach {accident} in {place} stieg {when} auf {n}", ""),
            ("{fig} starben {when} bei {accident} in {place}", "Menschen|Personen"),
        ],
        [
            ("{fig} were killed in {accident} in {place} {when}", "people"),
            ("The death toll from {accident} in {place} rose to {n} {when}", ""),
            ("{fig} died in {accident} in {place} {when}", "people"),
        ],
        "Tote in {place}",
        "Deaths in {place}",
    ),
    _e(
        "budget",
        "money",
        400_000,
        900_000_000,
        "council city district",
        [
            ("Der Haushalt der Stadt {place} für {year} umfasst {amount}", ""),
            ("Die Stadt {place} will {amount} in {project} investieren", ""),
            ("Der Stadtrat von {place} hat {when} {amount} für {project} bewilligt", ""),
        ],
        [
            ("The city of {place} will spend {amount} on {project}", ""),
            ("{place}'s budget for {year} totals {amount}", ""),
            ("The {place} city council approved {amount} for {project} {when}", ""),
        ],
        "Haushalt {place}",
        "{place} budget",
    ),
    _e(
        "strike",
        "count",
        50,
        30000,
        "union works_council",
        [
            (
                "{fig} von {company} legten {when} in {place} die Arbeit nieder",
                "Beschäftigte|Mitarbeiter",
            ),
            ("Bei {company} in {place} streikten {when} {fig}", "Beschäftigte|Mitarbeiter"),
            (
                "Am Warnstreik bei {company} in {place} beteiligten sich {when} {fig}",
                "Beschäftigte|Mitarbeiter",
            ),
        ],
        [
            ("{fig} at {company} in {place} walked off the job {when}", "workers|employees"),
            ("{fig} went on strike at {company} in {place} {when}", "workers|employees"),
            ("The strike at {company} in {place} drew {fig} {when}", "workers|employees"),
        ],
        "Streik bei {company}",
        "Strike at {company}",
    ),
    _e(
        "cancellations",
        "count",
        20,
        1500,
        "airport union",
        [
            ("Wegen {reason} fielen am Flughafen {place} {when} {fig} aus", "Flüge"),
            (
                "Am Flughafen {place} wurden {when} wegen {reason} {fig} gestrichen",
                "Flüge|Flugverbindungen",
            ),
        ],
        [
            ("{fig} were canceled at {place} airport {when} because of {reason}", "flights"),
            ("Airlines canceled {fig} at {place} airport {when} due to {reason}", "flights"),
        ],
        "Flugausfälle in {place}",
        "{place} flights canceled",
    ),
    _e(
        "election",
        "percent",
        0.5,
        65,
        "election city",
        [
            ("Die {party} kam bei der Wahl in {place} auf {amount}", ""),
            ("Bei der Kommunalwahl in {place} erreichte die {party} {amount} der Stimmen", ""),
            ("In {place} stimmten {amount} der Wähler für die {party}", ""),
        ],
        [
            ("{party} won {amount} of the vote in {place}", ""),
            ("In the {place} municipal election, {party} received {amount} of the vote", ""),
            ("{amount} of voters in {place} backed {party}", ""),
        ],
        "Wahl in {place}",
        "{place} election",
    ),
    _e(
        "prices",
        "percent",
        0.5,
        40,
        "statistics consumer",
        [
            ("Der Preis für {product} ist in {place} {when} um {amount} gestiegen", ""),
            ("{Product} kostet in {place} {amount} mehr als vor einem Jahr", ""),
            ("In {place} verteuerte sich {product} um {amount}", ""),
        ],
        [
            ("The price of {product} in {place} rose {amount} {when}", ""),
            ("{Product} in {place} costs {amount} more than a year ago", ""),
            ("{Product} prices in {place} are up {amount}", ""),
        ],
        "Preise in {place}",
        "{place} prices",
    ),
    _e(
        "temperature",
        "degree",
        20,
        42,
        "weather",
        [
            ("In {place} wurden {when} {amount} gemessen", ""),
            ("Das Thermometer in {place} zeigte {when} {amount}", ""),
            ("Mit {amount} war {place} {when} der heißeste Ort im Land", ""),
        ],
        [
            ("Temperatures in {place} reached {amount} {when}", ""),
            ("{place} recorded a high of {amount} {when}", ""),
            ("At {amount}, {place} was the hottest place in the state {when}", ""),
        ],
        "Hitze in {place}",
        "{place} heat",
    ),
    _e(
        "job_cuts",
        "count",
        50,
        12000,
        "union works_council labour",
        [
            ("{company} will in {place} {fig} abbauen", "Stellen|Arbeitsplätze"),
            ("Bei {company} in {place} fallen {fig} weg", "Stellen|Arbeitsplätze"),
            ("{company} streicht {when} in {place} {fig}", "Stellen|Jobs"),
        ],
        [
            ("{company} will cut {fig} in {place}", "jobs|positions"),
            ("{company} plans to eliminate {fig} at its {place} plant", "jobs|positions"),
            ("{fig} will be lost at {company} in {place}", "jobs|positions"),
        ],
        "Stellenabbau bei {company}",
        "{company} job cuts",
    ),
    _e(
        "hiring",
        "count",
        20,
        5000,
        "labour city",
        [
            ("{company} schafft in {place} {fig}", "neue Arbeitsplätze|neue Stellen"),
            ("Mit dem neuen Werk in {place} entstehen bei {company} {fig}", "Arbeitsplätze|Jobs"),
        ],
        [
            ("{company} will create {fig} in {place}", "new jobs|jobs"),
            ("The new {company} plant in {place} will bring {fig}", "jobs|new jobs"),
        ],
        "Neue Jobs in {place}",
        "New jobs in {place}",
    ),
    _e(
        "cases",
        "count",
        2,
        5000,
        "health hospital",
        [
            ("Das Gesundheitsamt {place} meldete {when} {n} neue Fälle von {disease}", ""),
            ("In {place} wurden {when} {n} {disease}fälle registriert", ""),
            ("Die Zahl der {disease}fälle in {place} stieg {when} auf {n}", ""),
        ],
        [
            ("{place} reported {n} new cases of {disease} {when}", ""),
            ("Health officials confirmed {n} {disease} cases in {place} {when}", ""),
            ("The number of {disease} cases in {place} rose to {n} {when}", ""),
        ],
        "{disease} in {place}",
        "{disease} in {place}",
    ),
    _e(
        "power",
        "count",
        100,
        250000,
        "utility fire",
        [
            ("{fig} in {place} waren {when} ohne Strom", "Haushalte"),
            ("Nach {storm} waren in {place} {when} {fig} ohne Strom", "Haushalte"),
        ],
        [
            ("{fig} in {place} were without power {when}", "households|homes"),
            ("{Storm} left {fig} in {place} without power {when}", "households|homes"),
        ],
        "Stromausfall in {place}",
        "{place} power outage",
    ),
    _e(
        "schools",
        "count",
        2,
        400,
        "school ministry",
        [
            ("{fig} in {place} bleiben {when} geschlossen", "Schulen"),
            ("Wegen {reason} fällt an {fig} in {place} {when} der Unterricht aus", "Schulen"),
        ],
        [
            ("{fig} in {place} will remain closed {when}", "schools"),
            ("Classes were canceled at {fig} in {place} {when} because of {reason}", "schools"),
        ],
        "Schulen in {place} geschlossen",
        "{place} schools closed",
    ),
    _e(
        "arrests",
        "count",
        1,
        600,
        "police interior",
        [
            ("Die Polizei nahm {when} in {place} {fig} fest", "Menschen|Personen"),
            ("Bei {demo} in {place} wurden {when} {fig} festgenommen", "Menschen|Personen"),
        ],
        [
            ("Police arrested {fig} in {place} {when}", "people"),
            ("{fig} were arrested during {demo} in {place} {when}", "people"),
        ],
        "Festnahmen in {place}",
        "Arrests in {place}",
    ),
    _e(
        "visitors",
        "count",
        500,
        2_000_000,
        "organiser city",
        [
            ("Das {festival} in {place} zählte {when} {fig}", "Besucher|Gäste"),
            ("{fig} kamen {when} zum {festival} nach {place}", "Besucher|Gäste"),
        ],
        [
            ("The {place} {festival} drew {fig} {when}", "visitors|people"),
            ("{fig} attended the {festival} in {place} {when}", "visitors|people"),
        ],
        "{festival} in {place}",
        "{place} {festival}",
    ),
    _e(
        "protest",
        "count",
        50,
        100000,
        "police organiser",
        [
            ("In {place} demonstrierten {when} {fig} gegen {issue}", "Menschen|Personen"),
            (
                "{fig} gingen {when} in {place} gegen {issue} auf die Straße",
                "Menschen|Personen",
            ),
        ],
        [
            ("{fig} protested against {issue} in {place} {when}", "people|demonstrators"),
            ("{fig} marched through {place} {when} to protest {issue}", "people|demonstrators"),
        ],
        "Protest in {place}",
        "{place} protest",
    ),
    _e(
        "donations",
        "money",
        1000,
        5_000_000,
        "organiser city",
        [
            ("Für die Opfer {disaster} in {place} kamen {amount} an Spenden zusammen", ""),
            ("Die Spendenaktion für {place} hat {when} {amount} eingebracht", ""),
        ],
        [
            ("A fundraiser for victims of {disaster} in {place} has raised {amount}", ""),
            ("Donors have given {amount} to help {place} recover from {disaster}", ""),
        ],
        "Spenden für {place}",
        "Donations for {place}",
    ),
    _e(
        "housing",
        "count",
        10,
        5000,
        "city council",
        [
            ("In {place} sollen bis {year} {fig} entstehen", "neue Wohnungen|Wohnungen"),
            ("Die Stadt {place} plant {fig} bis {year}", "neue Wohnungen|Sozialwohnungen"),
        ],
        [
            ("{place} plans to build {fig} by {year}", "new homes|apartments"),
            ("{fig} will be built in {place} by {year}", "new homes|apartments"),
        ],
        "Wohnungsbau in {place}",
        "{place} housing",
    ),
    _e(
        "teachers",
        "count",
        5,
        2000,
        "ministry school",
        [
            ("Die Schulen in {place} bekommen {when} {fig}", "neue Lehrkräfte|neue Lehrer"),
            ("Für {place} wurden {when} {fig} eingestellt", "Lehrer|Lehrkräfte"),
        ],
        [
            ("The {place} school district hired {fig} {when}", "new teachers|teachers"),
            ("Schools in {place} will get {fig} {when}", "new teachers|teachers"),
        ],
        "Lehrer für {place}",
        "{place} teachers",
    ),
    _e(
        "wildfire",
        "count",
        5,
        20000,
        "fire district",
        [
            ("Der Waldbrand bei {place} hat {when} {fig} Wald zerstört", "Hektar"),
            ("Bei {place} sind {when} {fig} Wald abgebrannt", "Hektar"),
        ],
        [
            ("The wildfire near {place} has burned {fig} {when}", "acres|hectares"),
            ("{fig} burned near {place} {when}", "acres|hectares"),
        ],
        "Waldbrand bei {place}",
        "{place} wildfire",
    ),
    _e(
        "unemployment",
        "percent",
        1.5,
        14,
        "labour statistics",
        [
            ("Die Arbeitslosenquote in {place} sank {when} auf {amount}", ""),
            ("In {place} lag die Arbeitslosenquote {when} bei {amount}", ""),
        ],
        [
            ("The unemployment rate in {place} fell to {amount} {when}", ""),
            ("{place}'s jobless rate stood at {amount} {when}", ""),
        ],
        "Arbeitsmarkt {place}",
        "{place} jobs report",
    ),
    _e(
        "refugees",
        "count",
        10,
        20000,
        "city district interior",
        [
            ("{place} hat {when} {fig} aufgenommen", "Geflüchtete|Flüchtlinge"),
            ("In {place} leben inzwischen {fig}", "Geflüchtete|Flüchtlinge"),
        ],
        [
            ("{place} has taken in {fig} {when}", "refugees"),
            ("{fig} are now living in {place}", "refugees"),
        ],
        "Geflüchtete in {place}",
        "Refugees in {place}",
    ),
)

DE_SLOTS: dict[str, list[str]] = {
    "cause": [
        "wegen eines Bombenfunds",
        "wegen Hochwassers",
        "nach einem Großbrand",
        "wegen eines Gaslecks",
        "wegen eines Waldbrands",
        "nach einem Chemieunfall",
        "wegen eines Erdrutsches",
        "wegen einer Fliegerbombe",
        "wegen Sturmflut",
        "nach einem Dammbruch",
    ],
    "accident": [
        "einem Busunglück",
        "einer Explosion",
        "einem Zugunglück",
        "einer Massenkarambolage",
        "einem Brand",
        "einem Unwetter",
        "einer Gasexplosion",
        "einem Hauseinsturz",
        "einem Fährunglück",
        "einem Tornado",
        "einer Schlägerei",
        "einem Chemieunfall",
    ],
    "project": [
        "neue Schulen",
        "den Ausbau der Radwege",
        "die Sanierung des Hallenbads",
        "den Hochwasserschutz",
        "ein neues Feuerwehrhaus",
        "die Digitalisierung der Verwaltung",
        "den Bau einer Umgehungsstraße",
        "die Sanierung der Brücken",
        "neue Kitas",
        "den Nahverkehr",
        "ein neues Rathaus",
        "die Stadtbibliothek",
    ],
    "reason": [
        "eines Streiks",
        "Nebels",
        "eines Sturms",
        "Glatteises",
        "eines Unwetters",
        "einer IT-Störung",
        "Schneefalls",
        "eines Warnstreiks",
    ],
    "party": [
        "CDU",
        "SPD",
        "FDP",
        "Linke",
        "Wählergemeinschaft",
        "Bürgerliste",
        "Freie Liste",
        "Heimatliste",
        "Grüne Liste",
        "Unabhängige Liste",
    ],
    "product": [
        "Benzin",
        "Diesel",
        "Butter",
        "Strom",
        "Gas",
        "Brot",
        "Kaffee",
        "Heizöl",
        "Miete",
        "Milch",
        "Fernwärme",
        "Bier",
    ],
    "disease": [
        "Grippe",
        "Masern",
        "Corona",
        "Keuchhusten",
        "Noro",
        "Windpocken",
        "Scharlach",
        "Dengue",
        "Salmonellen",
        "Tuberkulose",
    ],
    "storm": [
        "dem Sturm",
        "dem Unwetter",
        "dem Orkan",
        "dem Gewitter",
        "dem Schneesturm",
        "dem Eisregen",
    ],
    "demo": [
        "einer Demonstration",
        "Krawallen",
        "einer Razzia",
        "einem Fußballspiel",
        "einer Kundgebung",
        "einem Protestmarsch",
    ],
    "festival": [
        "Stadtfest",
        "Weinfest",
        "Oktoberfest",
        "Hafenfest",
        "Schützenfest",
        "Altstadtfest",
        "Musikfestival",
        "Weihnachtsmarkt",
        "Kirchweihfest",
        "Lichterfest",
    ],
    "issue": [
        "die Schließung des Krankenhauses",
        "den Bau der Autobahn",
        "Rechtsextremismus",
        "die Mieterhöhungen",
        "den Klimawandel",
        "die Kürzungen",
        "das neue Polizeigesetz",
        "den Windpark",
        "die Abschiebungen",
        "die Schließung der Schule",
    ],
    "disaster": [
        "des Hochwassers",
        "des Brandes",
        "des Sturms",
        "des Erdrutsches",
        "des Tornados",
        "der Explosion",
    ],
}
EN_SLOTS: dict[str, list[str]] = {
    "cause": [
        "after a gas leak",
        "because of flooding",
        "after a chemical spill",
        "due to a wildfire",
        "after a bomb was found",
        "because of a landslide",
        "after a dam failure",
        "because of a storm surge",
        "after a train derailment",
        "because of a water main break",
    ],
    "accident": [
        "a bus crash",
        "an explosion",
        "a train derailment",
        "a highway pileup",
        "a fire",
        "a storm",
        "a gas explosion",
        "a building collapse",
        "a ferry accident",
        "a tornado",
        "a bridge collapse",
        "a chemical leak",
    ],
    "project": [
        "new schools",
        "bike lanes",
        "renovating the public pool",
        "flood protection",
        "a new fire station",
        "road repairs",
        "a bypass road",
        "bridge repairs",
        "child care centers",
        "public transit",
        "a new city hall",
        "the public library",
    ],
    "reason": [
        "a strike",
        "fog",
        "a storm",
        "ice",
        "severe weather",
        "a computer outage",
        "snow",
        "a walkout",
    ],
    "party": [
        "Democrats",
        "Republicans",
        "the Green Party",
        "independents",
        "Labour",
        "the Conservatives",
        "the Liberal Democrats",
        "the Reform Party",
        "the Citizens' Alliance",
        "the Progressive Party",
    ],
    "product": [
        "gas",
        "diesel",
        "butter",
        "electricity",
        "eggs",
        "bread",
        "coffee",
        "heating oil",
        "rent",
        "milk",
        "beef",
        "beer",
    ],
    "disease": [
        "flu",
        "measles",
        "COVID",
        "whooping cough",
        "norovirus",
        "chickenpox",
        "scarlet fever",
        "dengue",
        "salmonella",
        "tuberculosis",
    ],
    "storm": [
        "the storm",
        "severe thunderstorms",
        "the hurricane",
        "the blizzard",
        "the ice storm",
        "high winds",
    ],
    "demo": ["a protest", "riots", "a police raid", "a football game", "a rally", "a march"],
    "festival": [
        "county fair",
        "wine festival",
        "food festival",
        "harbor festival",
        "music festival",
        "Christmas market",
        "film festival",
        "jazz festival",
        "arts festival",
        "marathon",
    ],
    "issue": [
        "the hospital closure",
        "the highway project",
        "racism",
        "rent increases",
        "climate change",
        "budget cuts",
        "the new police law",
        "the wind farm",
        "deportations",
        "the school closure",
    ],
    "disaster": [
        "the flood",
        "the fire",
        "the storm",
        "the landslide",
        "the tornado",
        "the explosion",
    ],
}
DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
EN_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WHEN_STYLES = ("none", "weekday", "weekday_part", "date", "week")

# Attribution frames. Speakers are persons ("{who}": "Bürgermeisterin Petra Vogt") or
# institutions ("{inst}": "die Polizei"); ``{via}`` names an outlet that relays it.
DE_FRAMES_PERSON = [
    "{core}, sagte {who}.",
    "{who} sagte, {core}.",
    "{core}, erklärte {who}.",
    "„{core}“, sagte {who}.",
    "{core}, wie {who} mitteilte.",
    "{core}, betonte {who}.",
    "{core}, sagte {who} {via_de}.",
]
DE_FRAMES_INST = [
    "{core}, teilte {inst} mit.",
    "{core}, wie {inst} mitteilte.",
    "{core}, sagte ein Sprecher {inst_gen}.",
    "{core}, so {inst}.",
    "Nach Angaben {inst_gen}: {core}.",
    "{core}, berichtete {via_subject}.",
    "{core}.",
]
EN_FRAMES_PERSON = [
    "{core}, {who} said.",
    "{who} said {core}.",
    "According to {who}, {core}.",
    "{core}, according to {who}.",
    "{core}, {who} told reporters.",
    "“{core},” {who} said.",
    "{core}, {who} told {via}.",
]
EN_FRAMES_INST = [
    "{core}, {inst} said.",
    "According to {inst}, {core}.",
    "{core}, according to {inst}.",
    "{core}, a spokesperson for {inst} said.",
    "{core}, {via} reported.",
    "{Inst} said {core}.",
    "{core}.",
]


# ---------------------------------------------------------------------------- pools


def _zipf_cumulative(n: int, exponent: float) -> list[float]:
    total = 0.0
    out = []
    for rank in range(1, n + 1):
        total += 1.0 / rank**exponent
        out.append(total)
    return out


@dataclass(frozen=True)
class Pool:
    items: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def zipf(cls, items: Sequence[str], rng: random.Random, exponent: float) -> Pool:
        shuffled = list(dict.fromkeys(items))
        rng.shuffle(shuffled)
        return cls(tuple(shuffled), tuple(_zipf_cumulative(len(shuffled), exponent)))

    def draw(self, rng: random.Random) -> int:
        x = rng.random() * self.cumulative[-1]
        return bisect.bisect_right(self.cumulative, x)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Pools:
    places: dict[str, Pool]
    people: dict[str, Pool]  # "Vorname Nachname|f"
    companies: dict[str, Pool]
    outlets: dict[str, Pool]


@cache
def pools() -> Pools:
    """The shared vocabulary, built from :data:`POOL_SEED` (same for every claim seed)."""
    rng = random.Random(POOL_SEED)
    de_places = [h + t for h in DE_PLACE_HEADS for t in DE_PLACE_TAILS]
    de_places = [p[0] + p[1:].lower() for p in de_places]
    extra_de = [f"Bad {p}" for p in rng.sample(de_places, 900)] + [
        f"{p} am See" for p in rng.sample(de_places, 300)
    ]
    en_places = [h + t for h in EN_PLACE_HEADS for t in EN_PLACE_TAILS]
    en_places = [p[0] + p[1:].lower() for p in en_places]
    extra_en = (
        [f"Port {p}" for p in rng.sample(en_places, 500)]
        + [f"{p} Springs" for p in rng.sample(en_places, 500)]
        + [f"East {p}" for p in rng.sample(en_places, 300)]
    )
    places = {
        "de": Pool.zipf(DE_REAL_PLACES + de_places + extra_de, rng, 0.95),
        "en": Pool.zipf(EN_REAL_PLACES + en_places + extra_en, rng, 0.95),
    }
    people = {
        "de": Pool.zipf(
            [f"{f} {s}|f" for f in DE_FEMALE for s in DE_SURNAMES]
            + [f"{m} {s}|m" for m in DE_MALE for s in DE_SURNAMES],
            rng,
            0.9,
        ),
        "en": Pool.zipf(
            [f"{f} {s}|f" for f in EN_FEMALE for s in EN_SURNAMES]
            + [f"{m} {s}|m" for m in EN_MALE for s in EN_SURNAMES],
            rng,
            0.9,
        ),
    }
    de_companies = [
        form.format(h + t)
        for h in DE_COMPANY_HEADS
        for t in DE_COMPANY_TAILS
        for form in DE_COMPANY_FORMS[: 1 + (len(h) + len(t)) % 3]
    ]
    en_companies = [f"{h} {t}" for h in EN_COMPANY_HEADS for t in EN_COMPANY_TAILS]
    companies = {
        "de": Pool.zipf(de_companies, rng, 1.0),
        "en": Pool.zipf(en_companies, rng, 1.0),
    }
    de_outlets = (
        AGENCIES
        + [form.format(p) for p in DE_REAL_PLACES[:120] for form in DE_OUTLET_FORMS[:4]]
        + [form.format(p) for p in rng.sample(de_places, 200) for form in DE_OUTLET_FORMS[4:6]]
    )
    en_outlets = (
        AGENCIES
        + [form.format(p) for p in EN_REAL_PLACES[:110] for form in EN_OUTLET_FORMS[:4]]
        + [form.format(p) for p in rng.sample(en_places, 200) for form in EN_OUTLET_FORMS[4:6]]
    )
    outlets = {"de": Pool.zipf(de_outlets, rng, 1.1), "en": Pool.zipf(en_outlets, rng, 1.1)}
    return Pools(places, people, companies, outlets)


# ---------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class ClaimSpec:
    """Everything a claim says, apart from how it is phrased."""

    seed: int
    index: int
    language: str
    event: int  # index into EVENTS
    slots: tuple[tuple[str, str], ...]  # place, company, cause, ... (already chosen)
    value: float
    approx: int  # -1: none, else index into the approximation words
    speaker_inst: str  # institution key
    speaker_person: str | None  # "Name|g" or None: the institution speaks
    source: str
    published_at: dt.datetime
    title: bool
    # Phrasing choices (a paraphrase changes these and keeps the rest)
    core: int
    noun: int
    frame: int
    number_style: str
    when_style: str
    when_value: int  # weekday / day-of-year / ... depending on when_style
    via: str | None

    @property
    def external_id(self) -> str:
        return f"scale-{self.seed}-{self.index}"

    def slot(self, name: str) -> str:
        return dict(self.slots).get(name, "")


def _chunk_rng(seed: int, chunk: int) -> random.Random:
    return random.Random(f"tracker-scale:{seed}:{chunk}")


def specs(seed: int, start: int, stop: int) -> Iterator[ClaimSpec]:
    """Claim specs ``start`` .. ``stop - 1`` of ``seed`` (deterministic)."""
    first_chunk = start // CHUNK
    for chunk in itertools.count(first_chunk):
        base = chunk * CHUNK
        if base >= stop:
            return
        rng = _chunk_rng(seed, chunk)
        for index in range(base, base + CHUNK):
            spec = _draw(rng, seed, index)
            if index >= stop:
                return
            if index >= start:
                yield spec


def spec_at(seed: int, index: int) -> ClaimSpec:
    return next(specs(seed, index, index + 1))


def _draw(rng: random.Random, seed: int, index: int) -> ClaimSpec:
    p = pools()
    lang = "de" if rng.random() < GERMAN_SHARE else "en"
    event_index = rng.randrange(len(EVENTS))
    event = EVENTS[event_index]
    cores = event.de if lang == "de" else event.en
    slot_words = DE_SLOTS if lang == "de" else EN_SLOTS
    slots = {
        "place": p.places[lang].items[p.places[lang].draw(rng)],
        "company": p.companies[lang].items[p.companies[lang].draw(rng)],
        "year": str(2020 + rng.randrange(12)),
    }
    for name, words in slot_words.items():
        slots[name] = words[int(rng.random() ** 1.6 * len(words))]  # skewed choice
    value = _value(rng, event)
    approx = rng.randrange(len(DE_APPROX)) if rng.random() < 0.3 and event.kind == "count" else -1
    inst = event.institutions[int(rng.random() ** 1.5 * len(event.institutions))]
    person = None
    if rng.random() < 0.6:
        person = p.people[lang].items[p.people[lang].draw(rng)]
    frames = _frames(lang, person is not None)
    via = None
    if rng.random() < 0.08:
        via = p.outlets[lang].items[p.outlets[lang].draw(rng)]
    outlet = p.outlets[lang].items[p.outlets[lang].draw(rng)]
    return ClaimSpec(
        seed=seed,
        index=index,
        language=lang,
        event=event_index,
        slots=tuple(sorted(slots.items())),
        value=value,
        approx=approx,
        speaker_inst=inst,
        speaker_person=person,
        source=outlet,
        published_at=EPOCH + dt.timedelta(seconds=rng.randrange(SPAN_SECONDS)),
        title=rng.random() < TITLE_SHARE,
        core=rng.randrange(len(cores)),
        noun=rng.randrange(4),
        frame=_frame_choice(rng, frames, via is not None),
        number_style=rng.choices(NUMBER_STYLES, (0.75, 0.1, 0.15))[0],
        when_style=rng.choices(WHEN_STYLES, (0.3, 0.35, 0.1, 0.15, 0.1))[0],
        when_value=rng.randrange(366),
        via=via,
    )


def _frames(lang: str, person: bool) -> list[str]:
    if lang == "de":
        return DE_FRAMES_PERSON if person else DE_FRAMES_INST
    return EN_FRAMES_PERSON if person else EN_FRAMES_INST


def _frame_choice(rng: random.Random, frames: list[str], via: bool) -> int:
    usable = [i for i, f in enumerate(frames) if ("via" in f) == via]
    return rng.choice(usable)


def _value(rng: random.Random, event: Event) -> float:
    if event.kind == "percent":
        value = rng.uniform(event.low, event.high)
        return round(value) if rng.random() < 0.5 else round(value, 1)
    if event.kind == "degree":
        return round(rng.uniform(event.low, event.high), rng.choice((0, 1)))
    value = nice_value(rng, event.low, event.high)
    return float(max(1, round(value))) if event.kind == "count" else value


# ---------------------------------------------------------------------------- rendering


def render(spec: ClaimSpec) -> str:
    """The claim's text."""
    event = EVENTS[spec.event]
    lang = spec.language
    core_pattern, nouns = (event.de if lang == "de" else event.en)[spec.core]
    number = format_number(spec.value, lang, spec.number_style, money=event.kind == "money")
    approx = ""
    if spec.approx >= 0:
        approx = (DE_APPROX if lang == "de" else EN_APPROX)[spec.approx] + " "
    n = approx + number
    noun = nouns[spec.noun % len(nouns)] if nouns else ""
    if noun and number in ("ein", "eine", "one") or spec.value == 1 and noun:
        number = "ein" if lang == "de" else "one"
        n = approx + number
        noun = _singular(noun, lang)
    values = {name: word for name, word in spec.slots}
    values.update(
        fig=f"{n} {noun}".strip(),
        n=n,
        amount=_amount(spec.value, event.kind, lang, spec.number_style),
        when=_when(spec, lang),
    )
    values.update({k[0].upper() + k[1:]: _cap(v) for k, v in list(values.items()) if v})
    core = core_pattern.format_map(values)
    core = " ".join(core.split())
    frame = _frames(lang, spec.speaker_person is not None)[spec.frame]
    who, inst, inst_gen = _speaker(spec)
    text = frame.format(
        core=core
        if frame.startswith(("{core}", "„", "“")) or ": {core}" in frame
        else _uncap(core, lang),
        who=who,
        inst=inst,
        Inst=_cap(inst),
        inst_gen=inst_gen,
        via=spec.via or "",
        via_de=f"der Zeitung {spec.via}" if spec.via else "",
        via_subject=f"die Zeitung {spec.via}" if spec.via else "",
    )
    text = (
        " ".join(text.split())
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(",,", ",")
        .replace(",.", ".")
    )
    return _cap(text)


def title_of(spec: ClaimSpec) -> str | None:
    if not spec.title:
        return None
    event = EVENTS[spec.event]
    pattern = event.de_title if spec.language == "de" else event.en_title
    return pattern.format_map({name: word for name, word in spec.slots})


def _singular(noun: str, lang: str) -> str:
    table = {
        "Menschen": "Mensch",
        "Personen": "Person",
        "Anwohner": "Anwohner",
        "Bewohner": "Bewohner",
        "Verletzte": "Verletzter",
        "Schwerverletzte": "Schwerverletzter",
        "people": "person",
        "residents": "resident",
        "passengers": "passenger",
        "workers": "worker",
        "suspects": "suspect",
        "protesters": "protester",
        "Verdächtige": "Verdächtiger",
    }
    return table.get(noun, noun)


def _amount(value: float, kind: str, lang: str, style: str) -> str:
    if kind == "money":
        # Millions are written with a scale word; now and then in full digits.
        if value >= 1_000_000:
            style = "digits" if style == "words" else "scaled"
        number = format_number(value, lang, style, money=True)
        if lang == "de":
            return f"{number} Euro"
        return f"${number}"
    if kind == "percent":
        number = _digits(value, lang)
        if lang == "de":
            return f"{number} Prozent" if style != "scaled" else f"{number} %"
        return f"{number} percent" if style != "scaled" else f"{number}%"
    if kind == "degree":
        number = _digits(value, lang)
        if lang == "de":
            return f"{number} Grad" if style != "scaled" else f"{number} °C"
        return f"{number} degrees Celsius" if style != "scaled" else f"{number} °C"
    return format_number(value, lang, style)


def _when(spec: ClaimSpec, lang: str) -> str:
    style, v = spec.when_style, spec.when_value
    if style == "none":
        return ""
    if style == "weekday":
        return f"am {DE_WEEKDAYS[v % 7]}" if lang == "de" else f"on {EN_WEEKDAYS[v % 7]}"
    if style == "weekday_part":
        part = ["abend", "morgen", "nachmittag"][v % 3]
        en_part = ["night", "morning", "afternoon"][v % 3]
        if lang == "de":
            return f"am {DE_WEEKDAYS[v % 7]}{part}"
        return f"on {EN_WEEKDAYS[v % 7]} {en_part}"
    if style == "date":
        day = 1 + v % 28
        month = (v // 28) % 12
        return f"am {day}. {DE_MONTHS[month]}" if lang == "de" else f"on {EN_MONTHS[month]} {day}"
    return "in der vergangenen Woche" if lang == "de" else "last week"


def _speaker(spec: ClaimSpec) -> tuple[str, str, str]:
    lang = spec.language
    if lang == "de":
        inst, inst_gen = DE_INSTITUTIONS[spec.speaker_inst]
    else:
        inst = EN_INSTITUTIONS[spec.speaker_inst]
        inst_gen = inst
    who = ""
    if spec.speaker_person:
        name, gender = spec.speaker_person.split("|")
        if lang == "de":
            role = DE_ROLES[spec.speaker_inst][0 if gender == "f" else 1]
            who = f"{role} {name}" if spec.index % 4 else name
        else:
            role = EN_ROLES[spec.speaker_inst]
            who = f"{role} {name}" if role[0].isupper() and spec.index % 4 else name
            if not role[0].isupper() and spec.index % 3 == 0:
                who = f"{name}, a {role},"
    return who, inst, inst_gen


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _uncap(text: str, lang: str) -> str:
    """A core that follows a frame ("sagte, ..."; "said ...") starts lower-case unless its
    first word is a name or (in German) a noun."""
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if lang == "de":
        if first in ("Die", "Der", "Das", "In", "Bei", "Am", "Mit", "Wegen", "Für", "Nach"):
            return text[:1].lower() + text[1:]
        return text
    if first in (
        "The",
        "In",
        "A",
        "At",
        "Airlines",
        "Classes",
        "Health",
        "Police",
        "Schools",
        "Donors",
        "Temperatures",
    ):
        return text[:1].lower() + text[1:]
    return text


# ---------------------------------------------------------------------------- paraphrases


def paraphrase(spec: ClaimSpec, rng: random.Random) -> str:
    """The same claim said differently: another attribution frame, often another sentence
    pattern or number format, sometimes no date, and one or two typos."""
    event = EVENTS[spec.event]
    cores = event.de if spec.language == "de" else event.en
    frames = _frames(spec.language, spec.speaker_person is not None)
    via = spec.via is not None
    other_frames = [i for i, f in enumerate(frames) if i != spec.frame and ("via" in f) == via]
    changes: dict[str, object] = {"frame": rng.choice(other_frames) if other_frames else spec.frame}
    if len(cores) > 1 and rng.random() < 0.6:
        changes["core"] = rng.choice([i for i in range(len(cores)) if i != spec.core])
    if rng.random() < 0.5:
        changes["number_style"] = rng.choice([s for s in NUMBER_STYLES if s != spec.number_style])
    if rng.random() < 0.3:
        changes["when_style"] = "none"
    if rng.random() < 0.3:
        changes["approx"] = -1 if spec.approx >= 0 else spec.approx
    text = render(replace(spec, **changes))  # type: ignore[arg-type]
    for _ in range(rng.choice((0, 1, 1, 2))):
        text = _typo(text, rng)
    return text


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)
