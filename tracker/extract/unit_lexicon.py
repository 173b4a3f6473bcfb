"""The curated unit lexicon: nouns that news counts, German and English, one vocabulary.

Every row maps the German and English nouns for one counted thing to ONE canonical
English singular (``person``, ``country``, ``teacher``), to ``percent``, or to an ISO 4217
code for money. The rows are a compact text table parsed once by :mod:`tracker.extract.units`
(kept in Python, not a data file, so it ships inside the wheel and loads in milliseconds).

Row format: ``canonical ; kind ; German forms ; English forms``

kind: ``count`` (things and people), ``money``, ``measure`` (metres, tonnes, degrees),
``time`` (durations), ``percent``.

German forms (comma separated; inflections are generated, over-generation is harmless):
  ``Sg|Pl``   singular and plural; adds dative plural (-n), genitive singular (-s, -es)
  ``|Pl``     plural only (``|Leute``)
  ``Sg``      singular and plural alike (``Meter``, ``Lehrer``)
  ``~Adj``    nominalised adjective/participle ending in -e (``~Tote``: Tote, Toten, Toter, ...)

English forms: ``sg|pl`` or ``sg`` (regular plural added); a leading ``!`` marks a weak form
(an adjective used as a noun: "40 injured") that yields to a following noun
("40 injured police officers" counts police officers).

Principle for people: nouns that say what happened to people (dead, injured, missing,
evacuated, homeless, infected, arrested, displaced) are ``person``, because the event lives
in the rest of the sentence; occupations, roles and legal statuses (teacher, soldier,
refugee, prisoner, hostage, suspect, civilian, child) keep their own unit.
"""

from __future__ import annotations

LEXICON = """
# ---------------------------------------------------------------- people: events -> person
person ; count ; Mensch|Menschen, Person|Personen, |Leute, ~Tote, Todesopfer, Opfer, \
~Verletzte, ~Schwerverletzte, ~Leichtverletzte, ~Vermisste, ~Evakuierte, ~Obdachlose, \
~Infizierte, ~Erkrankte, ~Betroffene, ~Verstorbene, ~Getötete, ~Ermordete, ~Überlebende, \
~Festgenommene, ~Verhaftete, ~Inhaftierte, ~Gerettete, ~Geborgene, ~Verschüttete, \
~Eingeschlossene, ~Arbeitslose, ~Vertriebene, ~Verwundete, ~Verunglückte, ~Hungernde, \
~Bedürftige, ~Pflegebedürftige, ~Hilfsbedürftige, ~Schutzsuchende, ~Gestorbene, ~Ertrunkene, \
Todesfall|Todesfälle, Individuum|Individuen, Seele|Seelen, Niederländer, Holländer, \
Engländer, Isländer, Neuseeländer ; \
person|people, persons, individual, !dead, death, fatality|fatalities, casualty|casualties, \
victim, !injured, !wounded, !missing, evacuee, !homeless, !infected, survivor, detainee, \
!unemployed, !displaced, !killed, soul
# ---------------------------------------------------------------- people: roles keep their unit
child ; count ; Kind|Kinder, Kleinkind|Kleinkinder, Säugling|Säuglinge, Baby|Babys, \
Schulkind|Schulkinder, Enkel, Enkelkind|Enkelkinder, ~Minderjährige, Mädchen, Junge|Jungen ; \
child|children, kid, baby|babies, infant, toddler, |minors, grandchild|grandchildren, girl, boy
woman ; count ; Frau|Frauen, Mutter|Mütter, ~Schwangere ; \
woman|women, mother, !pregnant
man ; count ; Mann|Männer, Vater|Väter ; man|men, father
young person ; count ; ~Jugendliche, ~Heranwachsende, Teenager ; \
young person|young people, teenager, adolescent, youth|youths
adult ; count ; ~Erwachsene, Senior|Senioren, Seniorin|Seniorinnen, Rentner, \
Rentnerin|Rentnerinnen, Pensionär|Pensionäre ; adult, senior citizen, pensioner, retiree
family ; count ; Familie|Familien ; family|families
household ; count ; Haushalt|Haushalte, Privathaushalt|Privathaushalte ; household
inhabitant ; count ; Einwohner, Einwohnerin|Einwohnerinnen ; inhabitant
resident ; count ; Bewohner, Bewohnerin|Bewohnerinnen, Anwohner, Anwohnerin|Anwohnerinnen, \
Anlieger ; resident
citizen ; count ; Bürger, Bürgerin|Bürgerinnen, Staatsbürger, Staatsangehöriger|Staatsangehörige, \
~Staatsangehörige ; citizen, |nationals
foreigner ; count ; Ausländer, Ausländerin|Ausländerinnen ; foreigner
civilian ; count ; Zivilist|Zivilisten, Zivilistin|Zivilistinnen, Zivilperson|Zivilpersonen ; \
civilian
refugee ; count ; Flüchtling|Flüchtlinge, ~Geflüchtete, Kriegsflüchtling|Kriegsflüchtlinge ; \
refugee
migrant ; count ; Migrant|Migranten, Migrantin|Migrantinnen, Einwanderer, Zuwanderer, \
Einwandererin|Einwandererinnen ; migrant, immigrant
asylum seeker ; count ; Asylbewerber, Asylbewerberin|Asylbewerberinnen, ~Asylsuchende ; \
asylum seeker, asylum-seeker
prisoner ; count ; ~Gefangene, ~Kriegsgefangene, Häftling|Häftlinge, Insasse|Insassen ; \
prisoner, prisoner of war|prisoners of war, inmate
hostage ; count ; Geisel|Geiseln ; hostage
suspect ; count ; ~Verdächtige, ~Tatverdächtige, ~Beschuldigte, ~Angeklagte, Täter ; \
suspect, defendant, perpetrator, offender, attacker, assailant, assassin
witness ; count ; Zeuge|Zeugen, Zeugin|Zeuginnen, Augenzeuge|Augenzeugen, \
Augenzeugin|Augenzeuginnen ; witness|witnesses, eyewitness|eyewitnesses
candidate ; count ; Kandidat|Kandidaten, Kandidatin|Kandidatinnen, \
Bewerber um das Amt ; candidate, contender, nominee
patient ; count ; Patient|Patienten, Patientin|Patientinnen ; patient
teacher ; count ; Lehrer, Lehrerin|Lehrerinnen, Lehrkraft|Lehrkräfte, ~Lehrende ; \
teacher, educator
helper ; count ; Helfer, Helferin|Helferinnen, Hilfskraft|Hilfskräfte ; helper
volunteer ; count ; ~Freiwillige, ~Ehrenamtliche ; volunteer
emergency worker ; count ; Einsatzkraft|Einsatzkräfte, Rettungskraft|Rettungskräfte, \
Kraft|Kräfte, Retter, Rettungssanitäter, Sanitäter ; emergency worker, rescue worker, \
rescuer, first responder, paramedic, emergency responder
firefighter ; count ; Feuerwehrmann|Feuerwehrmänner, Feuerwehrleute, \
Feuerwehrfrau|Feuerwehrfrauen, Feuerwehrkraft|Feuerwehrkräfte ; firefighter, fireman|firemen
soldier ; count ; Soldat|Soldaten, Soldatin|Soldatinnen, Truppe|Truppen, Reservist|Reservisten, \
Rekrut|Rekruten, Kämpfer, Kämpferin|Kämpferinnen, Söldner, Streitkraft|Streitkräfte ; \
soldier, troop, service member, reservist, recruit, fighter, mercenary|mercenaries
security officer ; count ; Sicherheitskraft|Sicherheitskräfte, Wachmann|Wachleute ; \
security officer, guard, security guard, |security forces
police officer ; count ; Polizist|Polizisten, Polizistin|Polizistinnen, Polizeibeamter, \
~Polizeibeamte, Polizeikraft|Polizeikräfte, Beamter, ~Beamte, Beamtin|Beamtinnen ; \
police officer, officer, policeman|policemen, police, cop
doctor ; count ; Arzt|Ärzte, Ärztin|Ärztinnen, Mediziner, Medizinerin|Medizinerinnen ; \
doctor, physician
nurse ; count ; Pflegekraft|Pflegekräfte, Pfleger, Pflegerin|Pflegerinnen, \
Krankenschwester|Krankenschwestern, Krankenpfleger, Hebamme|Hebammen ; \
nurse, caregiver, midwife|midwives
student ; count ; Schüler, Schülerin|Schülerinnen, Student|Studenten, Studentin|Studentinnen, \
~Studierende, Erstklässler ; student, pupil, schoolchild|schoolchildren
apprentice ; count ; ~Auszubildende, Azubi|Azubis, Lehrling|Lehrlinge ; apprentice, trainee
worker ; count ; Arbeiter, Arbeiterin|Arbeiterinnen, Arbeitskraft|Arbeitskräfte, \
Fachkraft|Fachkräfte, Handwerker, Bauarbeiter ; worker, laborer, labourer, craftsman|craftsmen
employee ; count ; Mitarbeiter, Mitarbeiterin|Mitarbeiterinnen, ~Beschäftigte, ~Angestellte, \
Arbeitnehmer, Arbeitnehmerin|Arbeitnehmerinnen, ~Mitarbeitende, Personal, Kollege|Kollegen, \
Kollegin|Kolleginnen ; employee, staff member, staffer, staff|staff, personnel|personnel, \
colleague, co-worker
employer ; count ; Arbeitgeber ; employer
manager ; count ; Führungskraft|Führungskräfte, Manager, Managerin|Managerinnen ; manager, executive
journalist ; count ; Journalist|Journalisten, Journalistin|Journalistinnen, Reporter, \
~Medienschaffende ; journalist, reporter
lawmaker ; count ; ~Abgeordnete, Parlamentarier, Mandatsträger, Senator|Senatoren ; \
lawmaker, legislator, MP, member of parliament|members of parliament, deputy|deputies, senator, \
congressman|congressmen
politician ; count ; Politiker, Politikerin|Politikerinnen, Minister, Ministerin|Ministerinnen, \
Bürgermeister, Bürgermeisterin|Bürgermeisterinnen ; politician, minister, mayor
official ; count ; Funktionär|Funktionäre, Diplomat|Diplomaten, ~Verantwortliche ; \
official, diplomat
member ; count ; Mitglied|Mitglieder, Parteimitglied|Parteimitglieder ; member
delegate ; count ; ~Delegierte, Vertreter, Vertreterin|Vertreterinnen ; delegate, representative
voter ; count ; Wähler, Wählerin|Wählerinnen, ~Wahlberechtigte, ~Stimmberechtigte ; \
voter, eligible voter
participant ; count ; Teilnehmer, Teilnehmerin|Teilnehmerinnen, ~Teilnehmende ; \
participant, attendee
visitor ; count ; Besucher, Besucherin|Besucherinnen, Gast|Gäste, Tourist|Touristen, \
Touristin|Touristinnen, Urlauber, Pilger ; visitor, guest, tourist, holidaymaker, pilgrim
spectator ; count ; Zuschauer, Zuschauerin|Zuschauerinnen, Fan|Fans ; spectator, viewer, fan
passenger ; count ; Passagier|Passagiere, Fahrgast|Fahrgäste, Reisender|Reisende, ~Reisende, \
Fluggast|Fluggäste ; passenger, traveller, traveler, commuter
customer ; count ; Kunde|Kunden, Kundin|Kundinnen, Verbraucher, Käufer ; \
customer, consumer, client, buyer, shopper
user ; count ; Nutzer, Nutzerin|Nutzerinnen, Benutzer, ~Nutzende, Abonnent|Abonnenten, \
Follower ; user, subscriber, follower
reader ; count ; Leser, Leserin|Leserinnen ; reader
actor ; count ; Schauspieler, Schauspielerin|Schauspielerinnen, Darsteller, \
Darstellerin|Darstellerinnen ; actor, actress|actresses, performer
athlete ; count ; Athlet|Athleten, Athletin|Athletinnen, Sportler, Sportlerin|Sportlerinnen, \
Spieler, Spielerin|Spielerinnen, Läufer ; athlete, player, runner
farmer ; count ; Landwirt|Landwirte, Bauer|Bauern, Bäuerin|Bäuerinnen, Winzer ; farmer, winemaker
protester ; count ; Demonstrant|Demonstranten, Demonstrantin|Demonstrantinnen, \
~Demonstrierende, Protestierender, ~Protestierende ; protester, protestor, demonstrator
activist ; count ; Aktivist|Aktivisten, Aktivistin|Aktivistinnen ; activist
militant ; count ; Terrorist|Terroristen, Extremist|Extremisten, Islamist|Islamisten, \
Milizionär|Milizionäre, Dschihadist|Dschihadisten ; militant, terrorist, extremist, \
jihadist, insurgent, rebel, gunman|gunmen, militiaman|militiamen
expert ; count ; Experte|Experten, Expertin|Expertinnen, Fachleute, Sachverständiger, \
~Sachverständige, Wissenschaftler, Forscher, Forscherin|Forscherinnen ; \
expert, scientist, researcher, scholar
tenant ; count ; Mieter, Mieterin|Mieterinnen ; tenant, renter
owner ; count ; Eigentümer, Besitzer, Hausbesitzer ; owner, homeowner, landlord
applicant ; count ; Bewerber, Bewerberin|Bewerberinnen, Antragsteller ; applicant
driver ; count ; Fahrer, Fahrerin|Fahrerinnen, Autofahrer, Lokführer, Pilot|Piloten ; \
driver, motorist, pilot
crew member ; count ; Besatzungsmitglied|Besatzungsmitglieder, Crewmitglied|Crewmitglieder, \
Seemann|Seeleute ; crew member, sailor, seafarer
investor ; count ; Investor|Investoren, Anleger, Aktionär|Aktionäre ; investor, shareholder
entrepreneur ; count ; Unternehmer, Unternehmerin|Unternehmerinnen, Selbstständiger, \
~Selbstständige ; entrepreneur, self-employed
judge ; count ; Richter, Richterin|Richterinnen ; judge
lawyer ; count ; Anwalt|Anwälte, Anwältin|Anwältinnen, Rechtsanwalt|Rechtsanwälte, Staatsanwalt|\
Staatsanwälte ; lawyer, attorney, prosecutor
professor ; count ; Professor|Professoren, Professorin|Professorinnen ; professor
# ---------------------------------------------------------------- nationals ("zwei Deutsche")
German ; count ; ~Deutsche ; German
Austrian ; count ; Österreicher, Österreicherin|Österreicherinnen ; Austrian
Swiss ; count ; Schweizer, Schweizerin|Schweizerinnen ; |Swiss
French ; count ; Franzose|Franzosen, Französin|Französinnen ; Frenchman|Frenchmen, |French
Briton ; count ; Brite|Briten, Britin|Britinnen ; Briton
American ; count ; Amerikaner, Amerikanerin|Amerikanerinnen, US-Amerikaner, \
US-Bürger ; American
Russian ; count ; Russe|Russen, Russin|Russinnen ; Russian
Ukrainian ; count ; Ukrainer, Ukrainerin|Ukrainerinnen ; Ukrainian
Israeli ; count ; Israeli|Israelis ; Israeli
Palestinian ; count ; Palästinenser, Palästinenserin|Palästinenserinnen ; Palestinian
Syrian ; count ; Syrer, Syrerin|Syrerinnen ; Syrian
Afghan ; count ; Afghane|Afghanen, Afghanin|Afghaninnen ; Afghan
Turk ; count ; Türke|Türken, Türkin|Türkinnen ; Turk
Italian ; count ; Italiener, Italienerin|Italienerinnen ; Italian
Spaniard ; count ; Spanier, Spanierin|Spanierinnen ; Spaniard
Pole ; count ; Pole|Polen, Polin|Polinnen ; Pole
Chinese ; count ; Chinese|Chinesen, Chinesin|Chinesinnen ; |Chinese
Iranian ; count ; Iraner, Iranerin|Iranerinnen ; Iranian
Iraqi ; count ; Iraker, Irakerin|Irakerinnen ; Iraqi
# ---------------------------------------------------------------- places and organisations
country ; count ; Land|Länder, Staat|Staaten, Nation|Nationen, Mitgliedstaat|Mitgliedstaaten, \
Mitgliedsstaat|Mitgliedsstaaten, Mitgliedsland|Mitgliedsländer, Nachbarland|Nachbarländer, \
EU-Land|EU-Länder, Nato-Staat|Nato-Staaten, Bündnisstaat|Bündnisstaaten, \
Partnerland|Partnerländer, Herkunftsland|Herkunftsländer, Industrieland|Industrieländer, \
Entwicklungsland|Entwicklungsländer, Drittstaat|Drittstaaten, Unterzeichnerstaat|\
Unterzeichnerstaaten, Vertragsstaat|Vertragsstaaten ; \
country|countries, nation, state, member state, member country|member countries
federal state ; count ; Bundesland|Bundesländer ; federal state, German state
state ; count ; Bundesstaat|Bundesstaaten, US-Bundesstaat|US-Bundesstaaten ; US state, U.S. state
municipality ; count ; Gemeinde|Gemeinden, Kommune|Kommunen, Ortschaft|Ortschaften, \
Ortsgemeinde|Ortsgemeinden, Ort|Orte ; municipality|municipalities, community|communities, \
locality|localities, commune
city ; count ; Stadt|Städte, Großstadt|Großstädte, Kleinstadt|Kleinstädte, Metropole|Metropolen ; \
city|cities, town
village ; count ; Dorf|Dörfer, Siedlung|Siedlungen, Weiler ; village, settlement, hamlet
district ; count ; Landkreis|Landkreise, Kreis|Kreise, Bezirk|Bezirke, Stadtteil|Stadtteile, \
Stadtbezirk|Stadtbezirke ; district, county|counties, borough, neighbourhood, neighborhood
region ; count ; Region|Regionen, Provinz|Provinzen, Kanton|Kantone, Oblast|Oblaste ; \
region, province, canton, oblast
constituency ; count ; Wahlkreis|Wahlkreise, Wahllokal|Wahllokale ; constituency|constituencies, \
polling station
airport ; count ; Flughafen|Flughäfen, Airport|Airports ; airport
port ; count ; Hafen|Häfen ; port, harbour, harbor
station ; count ; Bahnhof|Bahnhöfe, Haltestelle|Haltestellen, Station|Stationen ; \
station, railway station, train station, stop
border crossing ; count ; Grenzübergang|Grenzübergänge, Übergang|Übergänge ; \
border crossing, crossing, crossing point
hospital ; count ; Krankenhaus|Krankenhäuser, Klinik|Kliniken, Spital|Spitäler, \
Klinikum|Kliniken, Lazarett|Lazarette ; hospital, clinic
school ; count ; Schule|Schulen, Grundschule|Grundschulen, Gymnasium|Gymnasien, \
Schulklasse|Schulklassen, Klasse|Klassen ; school, primary school, class|classes
daycare centre ; count ; Kita|Kitas, Kindergarten|Kindergärten, Kindertagesstätte|\
Kindertagesstätten ; daycare centre, daycare center, kindergarten, nursery|nurseries
university ; count ; Universität|Universitäten, Hochschule|Hochschulen, Uni|Unis ; \
university|universities, college
company ; count ; Unternehmen, Firma|Firmen, Betrieb|Betriebe, Konzern|Konzerne, \
Start-up|Start-ups, Startup|Startups, Gesellschaft|Gesellschaften, Mittelständler ; \
company|companies, firm, business|businesses, enterprise, corporation, start-up, startup
bank ; count ; Bank|Banken, Sparkasse|Sparkassen ; bank
shop ; count ; Geschäft|Geschäfte, Laden|Läden, Filiale|Filialen, Supermarkt|Supermärkte, \
Apotheke|Apotheken ; shop, store, branch|branches, supermarket, pharmacy|pharmacies
restaurant ; count ; Restaurant|Restaurants, Gaststätte|Gaststätten, Kneipe|Kneipen, Bar|Bars ; \
restaurant, bar, pub
hotel ; count ; Hotel|Hotels, Unterkunft|Unterkünfte, Notunterkunft|Notunterkünfte, \
Herberge|Herbergen ; hotel, shelter, accommodation
place of worship ; count ; Kirche|Kirchen, Moschee|Moscheen, Synagoge|Synagogen, \
Tempel, Gotteshaus|Gotteshäuser ; church|churches, mosque, synagogue, temple
prison ; count ; Gefängnis|Gefängnisse, Haftanstalt|Haftanstalten ; prison, jail
camp ; count ; Lager, Camp|Camps, Flüchtlingslager ; camp
power plant ; count ; Kraftwerk|Kraftwerke, Atomkraftwerk|Atomkraftwerke, \
Kernkraftwerk|Kernkraftwerke, AKW|AKWs, Reaktor|Reaktoren ; power plant, power station, \
nuclear power plant, reactor
wind turbine ; count ; Windrad|Windräder, Windkraftanlage|Windkraftanlagen, \
Windenergieanlage|Windenergieanlagen ; wind turbine
factory ; count ; Fabrik|Fabriken, Werk|Werke, Produktionsstandort|Produktionsstandorte, \
Standort|Standorte, Anlage|Anlagen ; factory|factories, plant, site, facility|facilities
house ; count ; Haus|Häuser, Wohnhaus|Wohnhäuser, Einfamilienhaus|Einfamilienhäuser, \
Mehrfamilienhaus|Mehrfamilienhäuser, Eigenheim|Eigenheime, Hochhaus|Hochhäuser, \
Reihenhaus|Reihenhäuser ; house, home
building ; count ; Gebäude, Bauwerk|Bauwerke, Immobilie|Immobilien, Liegenschaft|Liegenschaften ; \
building, property|properties, structure
apartment ; count ; Wohnung|Wohnungen, Sozialwohnung|Sozialwohnungen, Wohneinheit|Wohneinheiten, \
Mietwohnung|Mietwohnungen ; apartment, flat, housing unit, dwelling
room ; count ; Zimmer, Raum|Räume ; room
bed ; count ; Bett|Betten, Krankenhausbett|Krankenhausbetten, Intensivbett|Intensivbetten ; \
bed, hospital bed
tent ; count ; Zelt|Zelte ; tent
bridge ; count ; Brücke|Brücken ; bridge
road ; count ; Straße|Straßen ; road, street
tree ; count ; Baum|Bäume ; tree
# ---------------------------------------------------------------- work and economy
job ; count ; Arbeitsplatz|Arbeitsplätze, Job|Jobs, Stelle|Stellen, Arbeitsstelle|Arbeitsstellen, \
Vollzeitstelle|Vollzeitstellen, Planstelle|Planstellen, Lehrstelle|Lehrstellen, \
Ausbildungsplatz|Ausbildungsplätze ; job, position, workplace, apprenticeship, \
job loss|job losses, job cut, redundancy|redundancies
place ; count ; Platz|Plätze, Kita-Platz|Kita-Plätze, Studienplatz|Studienplätze, \
Betreuungsplatz|Betreuungsplätze ; place, slot
seat ; count ; Sitz|Sitze, Mandat|Mandate, Sitzplatz|Sitzplätze, Parlamentssitz|Parlamentssitze ; \
seat, mandate
vote ; count ; Stimme|Stimmen, Wählerstimme|Wählerstimmen, Gegenstimme|Gegenstimmen, \
Zweitstimme|Zweitstimmen, Erststimme|Erststimmen, Enthaltung|Enthaltungen ; vote, ballot, abstention
signature ; count ; Unterschrift|Unterschriften ; signature
application ; count ; Antrag|Anträge, Asylantrag|Asylanträge, Bewerbung|Bewerbungen ; \
application, asylum application, request
product ; count ; Produkt|Produkte, Ware|Waren ; product, item
share ; count ; Aktie|Aktien, Anteil|Anteile ; share, stock
contract ; count ; Vertrag|Verträge, Auftrag|Aufträge ; contract, order
# ---------------------------------------------------------------- events, cases, crime, health
case ; count ; Fall|Fälle, Verdachtsfall|Verdachtsfälle, Krankheitsfall|Krankheitsfälle, \
Coronafall|Coronafälle ; case
infection ; count ; Infektion|Infektionen, Neuinfektion|Neuinfektionen, Ansteckung|Ansteckungen ; \
infection, new infection
incident ; count ; Vorfall|Vorfälle, Zwischenfall|Zwischenfälle, Notfall|Notfälle, \
Ereignis|Ereignisse ; incident, emergency|emergencies
accident ; count ; Unfall|Unfälle, Verkehrsunfall|Verkehrsunfälle ; accident, crash|crashes
crime ; count ; Straftat|Straftaten, Delikt|Delikte, Verbrechen, Tat|Taten, Gewalttat|Gewalttaten, \
Einbruch|Einbrüche, Diebstahl|Diebstähle, Überfall|Überfälle, Mord|Morde ; \
crime, offence, offense, burglary|burglaries, theft, robbery|robberies, murder, homicide
attack ; count ; Angriff|Angriffe, Anschlag|Anschläge, Luftangriff|Luftangriffe, \
Attacke|Attacken, Luftschlag|Luftschläge, Drohnenangriff|Drohnenangriffe ; \
attack, strike, airstrike, air strike, assault, raid
explosion ; count ; Explosion|Explosionen, Detonation|Detonationen ; explosion, blast
fire ; count ; Brand|Brände, Feuer, Waldbrand|Waldbrände, Buschbrand|Buschbrände ; \
fire, wildfire, blaze
operation ; count ; Einsatz|Einsätze, Operation|Operationen, Rettungseinsatz|Rettungseinsätze ; \
operation, deployment, mission, call-out
arrest ; count ; Festnahme|Festnahmen, Verhaftung|Verhaftungen ; arrest
search ; count ; Durchsuchung|Durchsuchungen, Razzia|Razzien ; search|searches
deportation ; count ; Abschiebung|Abschiebungen, Rückführung|Rückführungen ; \
deportation, removal
investigation ; count ; Ermittlungsverfahren, Verfahren, Ermittlung|Ermittlungen, \
Prozess|Prozesse ; investigation, proceeding, inquiry|inquiries, trial, prosecution
lawsuit ; count ; Klage|Klagen, Anzeige|Anzeigen, Strafanzeige|Strafanzeigen, \
Beschwerde|Beschwerden ; lawsuit, complaint, charge
test ; count ; Test|Tests, Corona-Test|Corona-Tests ; test
sample ; count ; Probe|Proben, Stichprobe|Stichproben, Blutprobe|Blutproben, \
Wasserprobe|Wasserproben, Bodenprobe|Bodenproben, Gewebeprobe|Gewebeproben ; sample, specimen
dose ; count ; Dosis|Dosen, Impfdosis|Impfdosen, Impfung|Impfungen ; dose, vaccine dose, \
vaccination, jab
birth ; count ; Geburt|Geburten ; birth
marriage ; count ; Ehe|Ehen, Hochzeit|Hochzeiten, Scheidung|Scheidungen ; \
marriage, wedding, divorce
# ---------------------------------------------------------------- transport and military
flight ; count ; Flug|Flüge, Flugverbindung|Flugverbindungen, Linienflug|Linienflüge, \
Flugausfall|Flugausfälle ; flight, flight cancellation
trip ; count ; Fahrt|Fahrten, Reise|Reisen, Verbindung|Verbindungen ; trip, journey, connection, \
route
vehicle ; count ; Fahrzeug|Fahrzeuge, Wagen, Kraftfahrzeug|Kraftfahrzeuge ; vehicle
car ; count ; Auto|Autos, Pkw|Pkws, PKW|PKWs, E-Auto|E-Autos, Elektroauto|Elektroautos, \
Personenwagen ; car, electric car
truck ; count ; Lkw|Lkws, LKW|LKWs, Lastwagen, Laster ; truck, lorry|lorries
bus ; count ; Bus|Busse, Reisebus|Reisebusse ; bus|buses, coach|coaches, bus service
train ; count ; Zug|Züge, Regionalzug|Regionalzüge, Güterzug|Güterzüge, Fernzug|Fernzüge, \
Nahverkehrszug|Nahverkehrszüge, Personenzug|Personenzüge, Zugausfall|Zugausfälle ; \
train, train service, rail service, train journey, train trip, train connection, \
rail connection, train cancellation
aircraft ; count ; Flugzeug|Flugzeuge, Kampfjet|Kampfjets, \
Kampfflugzeug|Kampfflugzeuge, Jet|Jets ; aircraft|aircraft, plane, airplane, jet, \
fighter jet, warplane
helicopter ; count ; Hubschrauber, Helikopter ; helicopter
ship ; count ; Schiff|Schiffe, Boot|Boote, Tanker, Frachter, Kriegsschiff|Kriegsschiffe ; \
ship, boat, vessel, tanker
bicycle ; count ; Fahrrad|Fahrräder, Rad|Räder, E-Bike|E-Bikes ; bicycle, bike
tank ; count ; Panzer, Kampfpanzer, Schützenpanzer ; tank
drone ; count ; Drohne|Drohnen, Kampfdrohne|Kampfdrohnen ; drone
missile ; count ; Rakete|Raketen, Marschflugkörper, Flugkörper, Geschoss|Geschosse, \
Granate|Granaten ; missile, rocket, cruise missile, ballistic missile, projectile, shell
weapon ; count ; Waffe|Waffen, Gewehr|Gewehre, Schusswaffe|Schusswaffen ; \
weapon, gun, firearm, rifle
warhead ; count ; Sprengkopf|Sprengköpfe, Atomsprengkopf|Atomsprengköpfe ; warhead
brigade ; count ; Brigade|Brigaden, Division|Divisionen, Bataillon|Bataillone ; \
brigade, division, battalion
# ---------------------------------------------------------------- animals
animal ; count ; Tier|Tiere ; animal
cattle ; count ; Rind|Rinder, Kuh|Kühe ; cattle|cattle, cow
pig ; count ; Schwein|Schweine ; pig, hog
sheep ; count ; Schaf|Schafe ; sheep|sheep
poultry ; count ; Huhn|Hühner, Geflügel ; chicken, hen, poultry|poultry
bird ; count ; Vogel|Vögel ; bird
dog ; count ; Hund|Hunde ; dog
wolf ; count ; Wolf|Wölfe ; wolf|wolves
fish ; count ; Fisch|Fische ; fish|fish
# ---------------------------------------------------------------- sport, media, misc counts
goal ; count ; Tor|Tore, Treffer ; goal
point ; count ; Punkt|Punkte, Zähler ; point
match ; count ; Spiel|Spiele, Partie|Partien ; match|matches, game
medal ; count ; Medaille|Medaillen, Goldmedaille|Goldmedaillen ; medal, gold medal
title ; count ; Titel ; title
episode ; count ; Folge|Folgen, Episode|Episoden ; episode
book ; count ; Buch|Bücher ; book
document ; count ; Dokument|Dokumente, Seite|Seiten, Akte|Akten ; document, page, file
law ; count ; Gesetz|Gesetze ; law
measure ; count ; Maßnahme|Maßnahmen ; measure
sanction ; count ; Sanktion|Sanktionen, Sanktionspaket|Sanktionspakete ; sanction, \
sanctions package
project ; count ; Projekt|Projekte ; project
post ; count ; Beitrag|Beiträge, Post|Posts, Tweet|Tweets, Video|Videos ; post, tweet, video
# ---------------------------------------------------------------- percent
percent ; percent ; Prozent, Vomhundert ; percent, per cent, pct
percentage point ; percent ; Prozentpunkt|Prozentpunkte ; percentage point
# ---------------------------------------------------------------- durations
year ; time ; Jahr|Jahre, Lebensjahr|Lebensjahre ; year
month ; time ; Monat|Monate ; month
week ; time ; Woche|Wochen ; week
day ; time ; Tag|Tage, Werktag|Werktage, Arbeitstag|Arbeitstage ; day
hour ; time ; Stunde|Stunden, Überstunde|Überstunden ; hour
minute ; time ; Minute|Minuten ; minute
second ; time ; Sekunde|Sekunden ; second
decade ; time ; Jahrzehnt|Jahrzehnte ; decade
century ; time ; Jahrhundert|Jahrhunderte ; century|centuries
# ---------------------------------------------------------------- measures
metre ; measure ; Meter ; metre, meter
kilometre ; measure ; Kilometer ; kilometre, kilometer
centimetre ; measure ; Zentimeter ; centimetre, centimeter
millimetre ; measure ; Millimeter ; millimetre, millimeter
mile ; measure ; Meile|Meilen ; mile
foot ; measure ; Fuß ; foot|feet
inch ; measure ; Zoll ; inch|inches
square kilometre ; measure ; Quadratkilometer ; square kilometre, square kilometer
square metre ; measure ; Quadratmeter ; square metre, square meter
hectare ; measure ; Hektar ; hectare
acre ; measure ; ; acre
cubic metre ; measure ; Kubikmeter ; cubic metre, cubic meter
litre ; measure ; Liter, Hektoliter ; litre, liter
barrel ; measure ; Barrel, Fass|Fässer ; barrel
tonne ; measure ; Tonne|Tonnen ; tonne, ton, metric ton
kilogram ; measure ; Kilogramm, Kilo|Kilos ; kilogram, kilogramme, kilo
gram ; measure ; Gramm ; gram, gramme
degree ; measure ; Grad, Grad Celsius ; degree, degree Celsius|degrees Celsius, \
degree Fahrenheit|degrees Fahrenheit
kilowatt hour ; measure ; Kilowattstunde|Kilowattstunden ; kilowatt hour, kilowatt-hour
megawatt ; measure ; Megawatt ; megawatt
gigawatt ; measure ; Gigawatt ; gigawatt
terawatt hour ; measure ; Terawattstunde|Terawattstunden ; terawatt hour, terawatt-hour
kilometre per hour ; measure ; Stundenkilometer ; kilometre per hour|kilometres per hour, \
kilometer per hour|kilometers per hour
mile per hour ; measure ; ; mile per hour|miles per hour
# ---------------------------------------------------------------- money (ISO 4217)
EUR ; money ; Euro|Euros ; euro
cent ; money ; Cent|Cents, Euro-Cent|Euro-Cents, Eurocent|Eurocents, Rappen ; cent, eurocent
USD ; money ; Dollar|Dollars, US-Dollar|US-Dollars ; dollar, US dollar, U.S. dollar, buck
GBP ; money ; Pfund, Pfund Sterling, Britisches Pfund ; pound, pound sterling|pounds sterling, \
sterling|sterling
CHF ; money ; Franken, Schweizer Franken ; Swiss franc, franc
JPY ; money ; Yen ; yen|yen
CNY ; money ; Yuan, Renminbi ; yuan|yuan, renminbi|renminbi
RUB ; money ; Rubel ; rouble, ruble
UAH ; money ; Hrywnja|Hrywnja, Hrywnja|Hrywnjas, Griwna|Griwna, Hrywna|Hrywna ; \
hryvnia, hryvnya
PLN ; money ; Zloty|Zloty, Złoty|Złoty ; zloty|zlotys, zloty|zloty
TRY ; money ; Lira|Lira, Türkische Lira ; lira|lira, Turkish lira
INR ; money ; Rupie|Rupien ; rupee
ILS ; money ; Schekel ; shekel
HUF ; money ; Forint ; forint
SEK ; money ; ; krona|kronor
DKK ; money ; ; krone|kroner
CZK ; money ; ; koruna|korunas
krone ; money ; Krone|Kronen ;
BRL ; money ; ; |reais
ZAR ; money ; Rand ; rand|rand
bitcoin ; money ; Bitcoin|Bitcoins ; bitcoin
"""

# nationals: people counted by their nationality ("zwei Deutsche", "three Americans")
NATIONAL_UNITS = frozenset(
    "German Austrian Swiss French Briton American Russian Ukrainian Israeli Palestinian Syrian "
    "Afghan Turk Italian Spaniard Pole Chinese Iranian Iraqi".split()
)

# German compounds whose head says little about what is counted: the modifier decides
# ("Zugfahrten" -> train, "Bundespolizeikräfte" -> police officer, "Lehrerstellen" -> job).
# Row: ``head forms ; unit when no modifier fits ; modifier=unit ...``. A unit of ``-`` leaves
# an unknown compound to the lemma ("Datenverbindungen" is no train). A modifier matches the
# end of the compound's first part, without a linking "s" or hyphen ("Regionalzug-", "Ordnungs-").
# Whole words listed in LEXICON ("Einsatzkräfte", "Flugverbindungen") are looked up first.
GENERIC_HEADS = """
fahrt fahrten ; trip ; zug=train bahn=train bus=bus lkw=truck pkw=car auto=car taxi=car \
schiff=ship fähr=ship boot=ship flug=flight
verbindung verbindungen ; - ; zug=train bahn=train bus=bus flug=flight fähr=ship schiff=ship
ausfall ausfälle ausfällen ; - ; zug=train bahn=train bus=bus flug=flight
kraft kräfte kräften ; - ; polizei=police_officer ordnung=police_officer \
feuerwehr=firefighter bundeswehr=soldier armee=soldier militär=soldier streit=soldier \
sicherheit=security_officer einsatz=emergency_worker rettung=emergency_worker hilf=helper \
aushilf=worker saison=worker reinigung=worker arbeit=worker fach=worker pflege=nurse \
lehr=teacher führung=manager
stelle stellen ; - ; arbeit=job teilzeit=job vollzeit=job ausbildung=job lehrer=job \
richter=job arzt=job beamten=job professur=job plan=job
"""

# Symbols and abbreviations, matched case-sensitively right after a number ("10 %", "5 km").
SYMBOLS: dict[str, str] = {
    "%": "percent",
    "‰": "per mille",
    "€": "EUR",
    "EUR": "EUR",
    "Euro": "EUR",
    "$": "USD",
    "USD": "USD",
    "US$": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "sFr.": "CHF",
    "Fr.": "CHF",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₽": "RUB",
    "RUB": "RUB",
    "₴": "UAH",
    "UAH": "UAH",
    "PLN": "PLN",
    "zł": "PLN",
    "₹": "INR",
    "₪": "ILS",
    "Ct.": "cent",
    "¢": "cent",
    "ct": "cent",
    "°C": "degree",
    "° C": "degree",
    "°F": "degree Fahrenheit",
    "°": "degree",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "km²": "square kilometre",
    "qkm": "square kilometre",
    "m²": "square metre",
    "qm": "square metre",
    "m³": "cubic metre",
    "ha": "hectare",
    "kg": "kilogram",
    "t": "tonne",
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "km/h": "kilometre per hour",
    "kmh": "kilometre per hour",
    "mph": "mile per hour",
    "PS": "horsepower",
    "Pkw": "car",
    "PKW": "car",
    "Lkw": "truck",
    "LKW": "truck",
}

# Currency symbols and codes written before the number ("$48 million", "CHF 10").
PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD",
    "US-$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "₪": "ILS",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CHF": "CHF",
    "sFr.": "CHF",
    "Fr.": "CHF",
    "JPY": "JPY",
    "CNY": "CNY",
    "RUB": "RUB",
    "UAH": "UAH",
    "PLN": "PLN",
}

# A nationality adjective before a currency noun picks the right ISO code
# ("kanadische Dollar" is CAD, not USD). Keys are lowercase adjective stems.
CURRENCY_ADJECTIVES: dict[str, dict[str, str]] = {
    "USD": {
        "kanadisch": "CAD",
        "canadian": "CAD",
        "australisch": "AUD",
        "australian": "AUD",
        "neuseeländisch": "NZD",
        "hongkong": "HKD",
        "singapur": "SGD",
        "singapore": "SGD",
        "taiwan": "TWD",
    },
    "CHF": {},
    "GBP": {"ägyptisch": "EGP", "egyptian": "EGP"},
    "krone": {
        "schwedisch": "SEK",
        "swedish": "SEK",
        "norwegisch": "NOK",
        "norwegian": "NOK",
        "dänisch": "DKK",
        "danish": "DKK",
        "tschechisch": "CZK",
        "czech": "CZK",
        "isländisch": "ISK",
    },
    "DKK": {"norwegian": "NOK", "norwegisch": "NOK"},
    "SEK": {},
    "INR": {"pakistanisch": "PKR", "pakistani": "PKR"},
}
