# ruff: noqa: E501
"""The curated bilingual vocabulary behind :mod:`tracker.match.vocabulary`.

Kept in Python, not in data files, so it ships inside the wheel and loads in milliseconds.

CONCEPTS: one row per concept, ``concept = German lemmas | English lemmas``, comma
separated. The concept is ONE canonical English lemma (``evacuate``, ``death``,
``municipality``), with ``_`` joining words (``water_level``, ``district_administrator``).
German keys are what simplemma returns as the lemma: infinitives (``evakuieren``), nouns in
the nominative singular (``Evakuierung``), nominalised participles as simplemma leaves them
(``Evakuierte``), and participles simplemma does not lemmatise (``evakuiert``). Lemmas of
lower-cased nouns that simplemma turns into verbs are mapped to the noun's concept where
the noun sense dominates news text (``kriegen`` from "krieg" -> ``war``, ``landen`` from
"land" -> ``country``). A key with a space is a multi-word expression (lemma sequence),
found by :func:`tracker.match.vocabulary.find_phrases`.

Principles:

* One concept per claimable fact, whichever word carries it: dying and killing are
  ``death`` (died, were killed, lost their lives, death toll, Tote, Todesopfer, ums Leben
  kommen); rising is ``increase`` (rose, climbed, grew, steigen, zunehmen); agreeing and
  approving are ``approve`` (zustimmen, billigen, approve, agree).
* Opposite polarity never shares a concept: ``approve``/``reject``, ``increase``/
  ``decrease``, ``confirm``/``deny``, ``win``/``lose``, ``open``/``close``.
* English synonyms are folded only where news uses them interchangeably.
* A German word with several common senses maps to its dominant sense in news text, or is
  left out. Decisions worth knowing: ``Haushalt`` -> ``budget`` (households are
  ``Privathaushalt``); ``einstellen`` -> ``stop`` (Betrieb/Kämpfe/Ermittlungen eingestellt
  outnumber "Lehrer einstellen" in news; hiring is ``job``: Neueinstellung, hire);
  ``Verhandlung`` -> ``negotiate`` (court hearings are ``Hauptverhandlung``/``Prozess``);
  ``verurteilen`` -> ``verdict``; ``kündigen`` -> ``announce`` (separable "kündigte ... an");
  ``lehnen`` -> ``reject`` ("lehnte ... ab"); ``Land`` -> ``country``; ``Staat`` and
  ``Bundesland`` -> ``state``; ``aktuell`` -> ``current`` and ``eventuell`` -> ``possible``
  (false friends). Left out as too ambiguous: ``stimmen``, ``teilen``, ``Schuld``,
  ``Botschaft`` (embassy or message), ``knapp``.

PLACES: one row per place or organisation, ``canonical = name, name, ...`` with German,
English and short forms. A name starting with ``=`` is case-sensitive (``=US``, ``=WHO``,
``=Grüne``): it is also an ordinary word in one of the languages.
"""

from __future__ import annotations

CONCEPTS = """
# ---------------------------------------------------------------- disasters, weather, rescue
flood = Hochwasser, Flut, Überschwemmung, Überflutung, überschwemmen, überfluten, überflutet, überschwemmt, Flutkatastrophe, Sturzflut, Jahrhunderthochwasser, Hochwasserlage, Hochwassergebiet, Flutgebiet, Überschwemmungsgebiet, Hochwasserschutz | flood, flooding, inundate, inundation, deluge, floodwater, flash flood, flood water
water_level = Pegel, Pegelstand, Wasserstand, Flusspegel, Pegelhöchststand | water level, river level, flood level, gauge
rain = Regen, regnen, Niederschlag, Starkregen, Dauerregen, Regenfall, Platzregen, Regenmenge, Regenwasser | rain, rainfall, downpour, precipitation, rainstorm, rainy, heavy rain
storm = Sturm, Unwetter, Orkan, Sturmtief, Sturmböe, Böe, Gewitter, Hagel, Tornado, Wirbelsturm, Hurrikan, Taifun, Zyklon, Sturmflut, Windhose, Tropensturm, Unwetterlage | storm, gale, hurricane, typhoon, cyclone, tornado, thunderstorm, hail, hailstorm, windstorm, squall, storm surge, tropical storm, severe weather
snow = Schnee, schneien, Schneefall, Schneesturm, Blizzard, Glätte, Glatteis, Schneechaos, Schneeverwehung, Schneehöhe | snow, snowfall, snowstorm, blizzard, sleet, black ice
avalanche = Lawine, Lawinengefahr, Lawinenabgang | avalanche
heat = Hitze, Hitzewelle, heiß, Hitzerekord, Hitzetote, Hitzewarnung, Hitzeperiode | heat, heatwave, heat wave, hot, scorching, scorch
drought = Dürre, Trockenheit, trocken, Dürreperiode, Wassermangel, dürr, Niedrigwasser | drought, dry, dry spell, water shortage, low water
cold = Kälte, kalt, Frost, Kältewelle, frieren, Kälteeinbruch | cold, frost, freezing, cold snap, chill
weather = Wetter, Wetterlage, Wetterdienst, Wettervorhersage, Meteorologe, Meteorologin, Wetterbericht, Unwetterwarnung | weather, meteorologist, weather service, weather forecast, met office, meet office
forecast = Prognose, prognostizieren, Vorhersage, vorhersagen, voraussagen, Voraussage, Ausblick | forecast, forecaster, predict, prediction, outlook, projected
temperature = Temperatur, Grad, Höchsttemperatur, Tiefsttemperatur, Celsius | temperature, degree, celsius, fahrenheit
wind = Wind, Windgeschwindigkeit, Windböe | wind, gust, wind speed
fire = Feuer, feuern, Brand, branden, brennen, Waldbrand, Großbrand, Flächenbrand, Buschfeuer, Flamme, Brandstiftung, Wohnungsbrand, Hausbrand, abbrennen, niederbrennen, Brandstifter, Feuersbrunst, Vegetationsbrand, Brandgefahr, Brandherd | fire, blaze, wildfire, flame, burn, bushfire, forest fire, arson, arsonist, inferno, wild fire
firefighter = Feuerwehr, Feuerwehrmann, Feuerwehrleute, Feuerwehrfrau, Feuerwehrsprecher, Löschzug, Berufsfeuerwehr, Löscharbeit, löschen, Feuerwehreinsatz | firefighter, fire brigade, fire department, fireman, fire service, firefighting, extinguish, fire crew, firefight
emergency_worker = Einsatzkraft, Rettungskraft, Helfer, Retter, Rettungskräfte, Einsatzkräfte, Rettungsdienst, Sanitäter, Notarzt, Rettungssanitäter, Hilfswerk, THW | rescuer, emergency worker, responder, first responder, aid worker, helper, paramedic, emergency service, rescue worker
rescue = Rettung, retten, bergen, Bergung, Rettungseinsatz, Rettungsaktion, Seenotrettung, Rettungsboot, Rettungshubschrauber | rescue, save, salvage, recover, rescue operation
earthquake = Erdbeben, Beben, Nachbeben, Erdstoß, Richterskala, Epizentrum, Magnitude | earthquake, quake, tremor, aftershock, richter scale, epicentre, epicenter, magnitude, seismic
tsunami = Tsunami, Flutwelle, Tsunamiwarnung | tsunami, tidal wave
volcano = Vulkan, Vulkanausbruch, Lava, Eruption | volcano, eruption, erupt, lava, volcanic
outbreak = Ausbruch, ausbrechen | outbreak, break out
landslide = Erdrutsch, Murenabgang, Mure, Hangrutsch, Schlammlawine, Felssturz | landslide, mudslide, rockfall, landslip
disaster = Katastrophe, Naturkatastrophe, Katastrophenfall, Katastrophengebiet, Katastrophenalarm, Katastrophenschutz, katastrophal | disaster, catastrophe, calamity, disaster area, disaster zone, catastrophic
emergency = Notfall, Notstand, Notlage, Ausnahmezustand, Notruf, Notaufnahme, Krisenstab, Notsituation | emergency, state of emergency, emergency room, crisis team
evacuate = evakuieren, evakuiert, Evakuierte, Evakuierung, Räumung, räumen, Evakuierungsanordnung, Evakuierungszone, Sperrzone | evacuate, evacuation, evacuee, evacuated, evacuation order, exclusion zone
damage = Schaden, beschädigen, Beschädigung, Sachschaden, Schadenssumme, zerstören, Zerstörung, verwüsten, Verwüstung, beschädigt, zerstört, Schadenshöhe, Trümmer, Trümmerfeld, Trumm | damage, destroy, destruction, devastate, devastation, wreck, ruin, rubble, debris, wreckage
collapse = Einsturz, einstürzen, zusammenbrechen, Zusammenbruch, eingestürzt | collapse
power_outage = Stromausfall, Blackout, Stromsperre, Netzausfall, Stromunterbrechung | power outage, blackout, power cut, outage, power failure
missing = vermissen, vermisst, Vermisste, Vermisstenanzeige, verschollen, verschwinden, Verschwinden | missing, missing person, disappear, disappearance, unaccounted for, miss, miss person
search = Suche, suchen, Suchaktion, Sucheinsatz, Suchtrupp | search, search operation, search party
manhunt = Fahndung, fahnden, Großfahndung | manhunt, wanted
shelter = Notunterkunft, Unterkunft, Sammelunterkunft, Schutzraum, Bunker, Notquartier | shelter, emergency shelter, accommodation, bunker, emergency accommodation
homeless = obdachlos, Obdachlose, Obdachlosigkeit, wohnungslos, Wohnungslosigkeit | homeless, homelessness
explosion = Explosion, explodieren, Detonation, detonieren, Sprengung, sprengen, Sprengsatz, Sprengstoff, Bombe, Bombenanschlag, Autobombe | explosion, explode, blast, detonation, detonate, explosive, bomb, bombing, car bomb, explosive device
accident = Unfall, Unglück, Verkehrsunfall, Zusammenstoß, zusammenstoßen, verunglücken, Unfallstelle, Massenkarambolage, Kollision, kollidieren, Unfallopfer, Unglücksort, verunglückt | accident, collision, collide, crash site, pile-up, mishap
crash = Absturz, abstürzen, Flugzeugabsturz, Hubschrauberabsturz, Bruchlandung | crash, plane crash, helicopter crash
derail = entgleisen, Entgleisung, Zugunglück | derail, derailment, train crash
shipwreck = Bootsunglück, Schiffsunglück, kentern, Schiffbruch, untergehen | shipwreck, capsize, sink ship, boat disaster
drown = ertrinken, ertrunken, Ertrunkene | drown, drowning
trapped = eingeschlossen, verschüttet, Verschüttete, Eingeschlossene, einschließen, verschütten | trapped, trap, buried, bury, stranded, strand
aid = Hilfe, helfen, Hilfsgut, Hilfsgüter, Hilfslieferung, Soforthilfe, Hilfsorganisation, Hilfspaket, Hilfsgeld, Nothilfe, humanitär, Hilfskonvoi, Hilfsprogramm, Hilfsleistung | aid, help, assistance, assist, relief, humanitarian, relief supply, aid package, aid convoy, humanitarian aid
donation = Spende, spenden, Spendenaktion, Spender, Spendengeld | donation, donate, donor
warning = Warnung, warnen, Warnstufe, Alarm, alarmieren, Frühwarnung | warning, warn, alert, alarm, caution
danger = Gefahr, gefährlich, gefährden, Gefährdung, Risiko, riskant, Gefahrenlage, Lebensgefahr, lebensgefährlich | danger, dangerous, endanger, risk, risky, hazard, hazardous, peril, jeopardize, jeopardise, life-threatening
threat = Bedrohung, bedrohen, drohen, Drohung, bedrohlich, Bedrohungslage, androhen | threat, threaten, menace, threatening
situation = Lage, Situation, Zustand, Sachlage, zustehen | situation
control = Kontrolle, kontrollieren, Kontrollverlust | control, in control
sea = Meer, Ozean, Küste, Ostsee, Nordsee, Mittelmeer, Atlantik, Pazifik, Meeresspiegel, Meerenge | sea, ocean, coast, coastline, shore, sea level, strait, atlantic, pacific
lake = See, Stausee, Teich | lake, reservoir, pond
river = Fluss, Fluß, Flussufer, Ufer, Nebenfluss, Flussbett | river, riverbank, river bank, tributary, riverbed
dam = Damm, Deich, Staudamm, Talsperre, Deichbruch, Dammbruch, Sandsack | dam, dyke, dike, levee, embankment, sandbag
# ---------------------------------------------------------------- people, casualties
# "death" is the one concept for dying and killing: a claim about 12 dead is the same fact
# whether the text says died, were killed, lost their lives or death toll.
death = sterben, tot, Tote, Toter, Todesopfer, Tod, töten, getötet, Getötete, umkommen, Todesfall, ums Leben kommen, Leben verlieren, Leiche, Verstorbene, verstorben, versterben, tödlich, Todeszahl, Opferzahl, Totenzahl, Tötung, umbringen, Todesursache, leblos, Leichnam, Hitzetod, Hungertod, tödlich verunglückt | die, dead, death, kill, killing, fatality, fatal, death toll, lose life, body, corpse, deceased, lifeless, perish, killed, death rate, decease
murder = Mord, ermorden, Mörder, Ermordung, Ermordete, Tötungsdelikt, Totschlag, Femizid, Doppelmord, Mordfall, Mordversuch, Mordanklage, ermordet | murder, murderer, homicide, manslaughter, slay, slaying, femicide, attempted murder, attempt murder
injure = verletzen, verletzt, Verletzte, Verletzter, Verletzung, verwunden, verwundet, Verwundete, Schwerverletzte, schwerverletzt, Leichtverletzte, leichtverletzt, schwer verletzt, leicht verletzt, Verletzungsgefahr, schwer verletzen, leicht verletzen | injure, injured, injury, wound, wounded, hurt, seriously injured, slightly injured, critically injured, seriously injure, slightly injure, critically injure
victim = Opfer, Geschädigte, Hinterbliebene | victim, casualty, bereaved, bereave
affect = betreffen, betroffen, Betroffene | affect, affected
impact = Auswirkung, auswirken, Folge, Konsequenz | impact, effect, consequence, repercussion, aftermath
survivor = Überlebende, überleben, Überleben, überlebend | survivor, survive, survival
person = Mensch, Person, Leute, Personen, Individuum, Menschenleben, Einzelperson | person, people, individual, human, human being, persons, human be
man = Mann, Männer, männlich | man, male
woman = Frau, weiblich | woman, female
child = Kind, Kinder, Kleinkind, Säugling, Baby, Schulkind, Minderjährige, minderjährig, Kita, Kindergarten, Kinderbetreuung | child, kid, baby, infant, toddler, minor, underage, nursery, kindergarten, daycare, childcare
young_person = Jugendliche, jugendlich, Teenager, Heranwachsende, Jugend, heranwachsend, jung, heranwachsen | teenager, adolescent, youth, juvenile, young person, teen, young
girl = Mädchen | girl
boy = Junge, Knabe | boy
adult = Erwachsene, erwachsen | adult, grown-up
senior = Senior, Seniorin, Rentner, Rentnerin, Pensionär, Hochbetagte, hochbetagt | pensioner, retiree, senior citizen, elderly
family = Familie, Familienangehörige, familiär, Angehörige, Angehöriger, angehörig | family, families, family member, relative, next of kin
parent = Eltern, Elter, Elternteil, Mutter, Vater, Elternzeit, Elterngeld | parent, mother, father, parental leave
son = Sohn | son
daughter = Tochter | daughter
sibling = Bruder, Schwester, Geschwister | brother, sister, sibling
wife = Ehefrau, Gattin | wife
husband = Ehemann, Gatte | husband
partner = Partner, Partnerin, Lebensgefährte, Lebensgefährtin, Partnerschaft | partner, partnership
friend = Freund, Freundin, Freundschaft, befreundet, befreunden | friend, friendship, girlfriend, boyfriend
resident = Bewohner, Anwohner, Einwohner, Bürger, Anlieger, Einwohnerin, Bewohnerin, Anwohnerin, Bürgerin, Bewohnerschaft | resident, inhabitant, citizen, local resident, townspeople
citizenship = Staatsbürgerschaft, Staatsangehörigkeit, Staatsbürger, Einbürgerung, einbürgern, Staatsangehöriger, Doppelpass, Staatsangehörige | citizenship, nationality, naturalization, naturalisation, naturalise, naturalize, dual citizenship
population = Volk, Volkszählung, Zensus, Demografie, demografisch, Bevölkerung, Einwohnerzahl, Bevölkerungszahl | census, demographic, demography
birth = Geburt, geboren, gebären, Geburtenrate, Geburtenzahl, Neugeborene, Schwangerschaft, schwanger, Schwangere, neugeboren | birth, born, give birth, birth rate, newborn, pregnancy, pregnant
age = Alter, Lebensjahr, jährig, Jährige, Altersgrenze, Rentenalter | age, aged, year-old, age limit
old = alt, Alte, ehemalig, früher, einstig, ex, Ex | old, former, ex, erstwhile
life = Leben, leben, Lebenserwartung, lebendig, lebend | life, live, alive, living, life expectancy
marriage = Ehe, Hochzeit, heiraten, verheiratet, Scheidung, scheiden, Trauung, Heirat | marriage, wedding, marry, married, divorce, divorced
# ---------------------------------------------------------------- crime, police, courts
police = Polizei, Polizist, Polizistin, polizeilich, Polizeibeamte, Polizeibeamter, Polizeisprecher, Polizeipräsidium, Polizeieinsatz, Bundespolizei, Landespolizei, Kriminalpolizei, Polizeichef, Polizeidirektion, Streife, Polizeiwache, Ordnungshüter, Sondereinsatzkommando, SEK | police, policeman, policewoman, police officer, officer, constable, cop, police spokesman, police force, patrol, swat
arrest = festnehmen, Festnahme, Festgenommene, festgenommen, verhaften, Verhaftung, verhaftet, Verhaftete, Gewahrsam, Untersuchungshaft, inhaftieren, Inhaftierung, Inhaftierte, Haftbefehl, in Gewahrsam nehmen | arrest, detain, detention, detainee, custody, apprehend, arrest warrant, taken into custody, remand, take into custody
crime = Verbrechen, Straftat, kriminell, Kriminalität, Delikt, Tat, Verbrecher, Täter, Täterin, Straftäter, Kriminelle, Tatort, Tatverdacht, Gewaltverbrechen, Verbrechensrate | crime, criminal, offence, offense, perpetrator, offender, crime scene, criminality, crime rate
suspect = Verdächtige, verdächtig, verdächtigen, Verdacht, Tatverdächtige, tatverdächtig, mutmaßlich, Beschuldigte, beschuldigen, Verdachtsfall, verdenken, angeblich | suspect, suspicion, suspected, suspicious, alleged, allegedly, accused
investigation = Ermittlung, ermitteln, Ermittler, Untersuchung, untersuchen, Ermittlungsverfahren, Nachforschung, Aufklärung, aufklären, Ermittlerin | investigation, investigate, investigator, inquiry, enquiry, probe, examine, examination
prosecutor = Staatsanwaltschaft, Staatsanwalt, Staatsanwältin, Generalstaatsanwaltschaft, Generalbundesanwalt, Bundesanwaltschaft, Anklagebehörde, Oberstaatsanwalt | prosecutor, prosecution, public prosecutor, district attorney, attorney general, prosecutor's office, prosecutor office
charge = Anklage, anklagen, angeklagt, Angeklagte, Anklageschrift, Anklagebank, Anklagepunkt, Anklageerhebung | charge, indict, indictment, defendant, charged
court = Gericht, Gerichtshof, Landgericht, Amtsgericht, Oberlandesgericht, Bundesgerichtshof, Verwaltungsgericht, Oberverwaltungsgericht, Bundesverfassungsgericht, Verfassungsgericht, Arbeitsgericht, Gerichtsverfahren, Gerichtssaal, gerichtlich, Strafgericht, Berufungsgericht, Supreme Court, Justiz, Sozialgericht, Finanzgericht | court, tribunal, courtroom, judiciary, judicial, supreme court, constitutional court, high court, appeals court, district court, justice system, appeal court
judge = Richter, Richterin, Schöffe, Geschworene | judge, justice, magistrate, juror, jury
trial = Prozess, Prozeß, Strafprozess, Gerichtsprozess, Prozessauftakt, Hauptverhandlung, Verfahren, Strafverfahren, Gerichtsverhandlung | trial, hearing, proceedings, proceeding, litigation
verdict = Urteil, urteilen, verurteilen, Verurteilung, verurteilt, Schuldspruch, Freispruch, freisprechen, Urteilsverkündung, schuldig, unschuldig, Richterspruch, rechtskräftig | verdict, judgment, judgement, ruling, rule, convict, conviction, sentence, acquit, acquittal, guilty, innocent, sentenced
prison = Gefängnis, Haft, haften, Haftstrafe, Freiheitsstrafe, Gefängnisstrafe, Justizvollzugsanstalt, JVA, Häftling, Gefangene, inhaftiert, Strafvollzug, lebenslang, Bewährungsstrafe, Bewährung, Knast, gefangen | prison, jail, imprisonment, prison sentence, jail sentence, prisoner, inmate, life sentence, probation, suspended sentence, incarceration, incarcerate, suspend sentence
fine = Geldstrafe, Bußgeld, Strafzahlung, Geldbuße | fine, penalty, monetary penalty
appeal = Berufung, Revision, Einspruch, Beschwerde, anfechten, Rechtsmittel, Verfassungsbeschwerde | appeal, objection, complaint, constitutional complaint
lawsuit = Klage, klagen, verklagen, Kläger, Klägerin, Sammelklage, Beklagte, Beklagt | sue, lawsuit, plaintiff, claimant, class action, legal action
lawyer = Anwalt, Anwältin, Rechtsanwalt, Rechtsanwältin, Verteidiger, Verteidigerin, Strafverteidiger, Jurist, Juristin, Kanzlei, anwaltlich | lawyer, attorney, counsel, defence lawyer, defense attorney, solicitor, barrister, law firm, defense lawyer
law = Gesetz, gesetzlich, Recht, rechtlich, Rechtslage, Gesetzgebung, Gesetzentwurf, Gesetzesentwurf, Gesetzesänderung, Vorschrift, Verordnung, Regelung, Paragraf, Paragraph, Rechtsgrundlage, legal, illegal, rechtswidrig, unrechtmäßig, Gesetzesvorhaben, Gesetzespaket, Regel, Regeln, regeln, Regelwerk, Völkerrecht, völkerrechtlich, völkerrechtswidrig | law, legislation, bill, statute, regulation, legal, illegal, unlawful, lawful, draft law, legislative, rules, international law
theft = Diebstahl, stehlen, Dieb, Diebin, klauen, Einbruch, Einbrecher, einbrechen, Raub, rauben, Räuber, Raubüberfall, Überfall, überfallen, Plünderung, plündern, gestohlen, Beute | theft, steal, thief, stolen, burglary, burglar, break-in, robbery, rob, robber, mugging, looting, loot, heist
fraud = Betrug, betrügen, Betrüger, Betrügerin, Betrugsfall, Korruption, korrupt, Bestechung, bestechen, Untreue, Steuerhinterziehung, Geldwäsche, Veruntreuung, Schmiergeld, Vorteilsnahme | fraud, defraud, fraudster, scam, corruption, corrupt, bribery, bribe, embezzlement, tax evasion, money laundering, kickback, money launder
violence = Gewalt, gewalttätig, gewaltsam, Gewalttat, Gewaltbereitschaft, häusliche Gewalt, Misshandlung, misshandeln, Körperverletzung, Schlägerei, prügeln, Prügelei, Prügel, häuslich Gewalt | violence, violent, abuse, assault, beating, beat, brawl, domestic violence, mistreat, mistreatment
sexual_abuse = Missbrauch, missbrauchen, Vergewaltigung, vergewaltigen, sexuell, Übergriff, sexueller Übergriff, Belästigung, belästigen, Kindesmissbrauch, Sexualstraftat, übergreifen, sexuell Übergriff, sexuell übergreifen | sexual abuse, rape, sexual assault, harassment, molest, sexual, child abuse, sex offence, sex crime
shooting = Schuss, Schüsse, schießen, erschießen, Schießerei, Schusswaffe, Amoklauf, Amokläufer, Schütze, anschießen, Schusswechsel, Feuergefecht, Schussverletzung, niederschießen | shooting, shoot, shot, gunfire, gunman, shooter, gun, firearm, shot dead, mass shooting, gunshot, rampage, mass shoot
knife = Messer, Messerangriff, Messerattacke, Stichwaffe, erstechen, niederstechen, Messerstecherei | knife, knife attack, stab, stabbing, knifing
weapon = Waffe, Waffen, bewaffnet, Gewehr, Pistole, Munition, Waffenbesitz, Waffengesetz, Waffenschein, Sturmgewehr, entwaffnen, bewaffnen | weapon, arms, armed, rifle, pistol, ammunition, munition, gun law, disarm, arm
drug = Droge, Drogen, Rauschgift, Kokain, Heroin, Cannabis, Marihuana, Betäubungsmittel, Drogenhandel, Drogenhändler, Dealer, Fentanyl, Drogenkartell, Kartell, Rauschgifthandel | drug, narcotic, cocaine, heroin, cannabis, marijuana, drug trafficking, drug dealer, fentanyl, cartel
smuggling = Schmuggel, schmuggeln, Schmuggler, Schleuser, Schleusung, Menschenhandel, Menschenschmuggel, einschleusen | smuggling, smuggle, smuggler, people smuggler, human trafficking, trafficking, trafficker
kidnapping = Entführung, entführen, Entführer, Geiselnahme, Geiselnehmer, verschleppen, Verschleppung, Lösegeld | kidnapping, kidnap, abduction, abduct, kidnapper, hostage-taking, ransom, hostage-take
extremism = Extremismus, Extremist, extremistisch, Rechtsextremismus, rechtsextrem, rechtsextremistisch, Linksextremismus, linksextrem, Islamismus, Islamist, islamistisch, Radikalisierung, radikal, radikalisieren, Neonazi, Reichsbürger, Verfassungsschutz | extremism, extremist, far-right, far right, right-wing extremist, far-left, islamism, islamist, radicalization, radicalisation, radical, neo-nazi, domestic intelligence
terrorism = Terror, Terrorismus, Terrorist, terroristisch, Terroranschlag, Anschlag, Attentat, Attentäter, Terrorzelle, Terrormiliz, Terrororganisation, Terrorverdacht, Anschlagsplan, Selbstmordanschlag, Terrorgruppe | terror, terrorism, terrorist, terror attack, attack plot, assassination, assassin, suicide bombing, suicide bomber, terror cell, terror group
spy = Spion, Spionage, spionieren, ausspionieren, Agent, Agentin, Geheimdienst, Nachrichtendienst, geheimdienstlich, Spionin, Bundesnachrichtendienst, BND, Agententätigkeit, Doppelagent | spy, espionage, spying, intelligence, intelligence service, secret service, agent, spy agency, double agent
cybercrime = Cyberangriff, Hacker, Hackerangriff, hacken, Cyberattacke, Datenleck, Cyberkriminalität, Schadsoftware, Phishing, Ransomware, Cybersicherheit, Datenklau | cyberattack, cyber attack, hacker, hack, hacking, data breach, data leak, cybercrime, malware, phishing, ransomware, cybersecurity, phish
raid = Razzia, Durchsuchung, durchsuchen, Hausdurchsuchung, Großrazzia, beschlagnahmen, Beschlagnahme, Beschlagnahmung, Sicherstellung | raid, seize, seizure, confiscate, confiscation, police raid
evidence = Beweis, beweisen, Beweismittel, Indiz, Spur, Zeuge, Zeugin, Zeugenaussage, aussagen, Hinweis, DNA, Beleg, belegen, nachweisen, Nachweis | evidence, proof, prove, clue, trace, witness, testimony, testify, tip, tip-off, dna
confession = Geständnis, gestehen | confession, confess, admit guilt
motive = Motiv, Tatmotiv, Beweggrund | motive
deport = abschieben, Abschiebung, ausweisen, Ausweisung, Abschiebeflug, Rückführung, Abschiebehaft, abgeschoben, ausreisepflichtig, Ausreisepflicht | deport, deportation, expel, expulsion, removal, deportation flight
official = Beamte, Beamter, Beamtin, offiziell, Funktionär, Funktionärin, Amtsträger, amtlich, Staatsdiener, Behördenvertreter, beamen | official, officially, civil servant, public servant, functionary, officeholder
# ---------------------------------------------------------------- government, offices, administration
government = Regierung, Bundesregierung, Landesregierung, Staatsregierung, Regierungs, regieren, Regierungskoalition, Regierungspartei, Übergangsregierung, Regierungserklärung, Exekutive, exekutiv | government, govern, administration, executive, governing
president = Präsident, Präsidentin, Bundespräsident, Bundespräsidentin, präsidial, Präsidentschaft, Staatspräsident, Staatspräsidentin, Präsidentenamt, Vizepräsident, Vizepräsidentin | president, presidency, presidential, vice president, vice-president
head_of_state = Staatschef, Staatschefin, Staatsoberhaupt, Kremlchef, Monarch | head of state, kremlin chief, monarch
prime_minister = Ministerpräsident, Ministerpräsidentin, Premierminister, Premierministerin, Premier, Regierungschef, Regierungschefin, Landesvater, Landeshauptmann, Landeshauptfrau | prime minister, premier, head of government, first minister, state governor
chancellor = Kanzler, Kanzlerin, Bundeskanzler, Bundeskanzlerin, Kanzleramt, Kanzlerschaft, Vizekanzler, Vizekanzlerin, Kanzlerkandidat, Altkanzler | chancellor, chancellery, vice chancellor, vice-chancellor, chancellorship
minister = Minister, Ministerin, Ministerium, Bundesminister, Bundesministerin, Staatsminister, Staatssekretär, Staatssekretärin, Ressort, Ministerrat, Bundesministerium, Landesminister | minister, ministry, secretary, department, junior minister, state secretary, portfolio, cabinet minister
foreign_minister = Außenminister, Außenministerin, Bundesaußenminister, Bundesaußenministerin, Chefdiplomat, Außenministerium, Auswärtiges Amt, auswärtig Amt, Außenbeauftragte, Außenbeauftragter | foreign minister, foreign secretary, secretary of state, foreign ministry, foreign office, state department, top diplomat, foreign policy chief
defence_minister = Verteidigungsminister, Verteidigungsministerin, Bundesverteidigungsminister, Verteidigungsministerium, Kriegsminister, Kriegsministerium | defence minister, defense minister, defense secretary, defence secretary, secretary of defense, war secretary, defence ministry, defense ministry, pentagon chief
interior_minister = Innenminister, Innenministerin, Bundesinnenminister, Bundesinnenministerin, Innenministerium, Heimatminister | interior minister, home secretary, interior ministry, home office, homeland security secretary
finance_minister = Finanzminister, Finanzministerin, Bundesfinanzminister, Bundesfinanzministerin, Finanzministerium, Kämmerer, Kämmerin, Finanzsenator, Stadtkämmerer | finance minister, treasury secretary, chancellor of the exchequer, finance ministry, treasury, finance office, city treasurer, treasurer
economy_minister = Wirtschaftsminister, Wirtschaftsministerin, Bundeswirtschaftsminister, Bundeswirtschaftsministerin, Wirtschaftsministerium | economy minister, economics minister, economic affairs minister, commerce secretary, economy ministry, economic affair minister
health_minister = Gesundheitsminister, Gesundheitsministerin, Bundesgesundheitsminister, Bundesgesundheitsministerin, Gesundheitsministerium | health minister, health secretary, health ministry, health department
labour_minister = Arbeitsminister, Arbeitsministerin, Bundesarbeitsminister, Bundesarbeitsministerin, Sozialminister, Sozialministerin, Arbeitsministerium | labour minister, labor secretary, labour ministry, work and pensions secretary, work and pension secretary
justice_minister = Justizminister, Justizministerin, Bundesjustizminister, Bundesjustizministerin, Justizministerium | justice minister, justice secretary, justice ministry, justice department, attorney general office
transport_minister = Verkehrsminister, Verkehrsministerin, Bundesverkehrsminister, Bundesverkehrsministerin, Verkehrsministerium | transport minister, transport secretary, transportation secretary, transport ministry
education_minister = Bildungsminister, Bildungsministerin, Kultusminister, Kultusministerin, Kultusministerium, Bildungsministerium, Schulminister, Schulministerin, Kultusministerkonferenz | education minister, education secretary, education ministry, education department
environment_minister = Umweltminister, Umweltministerin, Umweltministerium, Klimaminister, Klimaschutzminister | environment minister, environment secretary, climate minister, environment ministry
agriculture_minister = Landwirtschaftsminister, Landwirtschaftsministerin, Agrarminister, Agrarministerin, Landwirtschaftsministerium, Agrarministerium | agriculture minister, farm minister, agriculture secretary, agriculture ministry
family_minister = Familienminister, Familienministerin, Familienministerium | family minister, family ministry
development_minister = Entwicklungsminister, Entwicklungsministerin, Entwicklungsministerium | development minister, development ministry
culture_minister = Kulturstaatsminister, Kulturstaatsministerin, Kulturminister, Kulturministerin | culture minister, culture secretary
digital_minister = Digitalminister, Digitalministerin | digital minister
building_minister = Bauminister, Bauministerin, Bauministerium | housing minister, construction minister, housing secretary
cabinet = Kabinett, Kabinettssitzung, Ministerrunde, Regierungsmannschaft, Bundeskabinett | cabinet, cabinet meeting, cabinet meet
authority = Behörde, behördlich, Behördenangabe, Bundesamt, Landesamt, Amt, Verwaltung, Verwaltungs, Aufsichtsbehörde, Aufsicht, Bundesbehörde, Regierungsbehörde | authority, agency, regulator, supervisory authority, watchdog, federal agency
spokesperson = Sprecher, Sprecherin, Regierungssprecher, Regierungssprecherin, Pressesprecher, Pressesprecherin, Sprecherrat | spokesman, spokeswoman, spokesperson, press secretary, government spokesman
leader = Chef, Chefin, Führer, Anführer, Führung, Führungs, Vorsitzende, Vorsitzender, Vorsitz, Leiter, Leiterin, Leitung, leiten, führen, Spitzenkandidat, Parteichef, Parteichefin, Parteivorsitzende, Parteivorsitzender, Fraktionschef, Fraktionschefin, Fraktionsvorsitzende, Generalsekretär, Generalsekretärin, Vorstandschef, Vorstandsvorsitzende, Anführerin, Vorstandsvorsitzend, führend, Geschäftsführer, Geschäftsführerin, Geschäftsleitung | leader, chief, chairman, chairwoman, chair, chairperson, lead, leadership, director, secretary general, secretary-general, party leader, boss, leading, managing director, ceo, chief executive, manage director
successor = Nachfolger, Nachfolgerin, Nachfolge, nachfolgen, Vorgänger, Vorgängerin | successor, succession, succeed, predecessor
resign = Rücktritt, zurücktreten, Rücktrittsforderung, abdanken, Abdankung, Amtsniederlegung | resign, resignation, step down, quit, stand down, abdicate
dismiss = entlassen, Entlassung, absetzen, Absetzung, Amtsenthebung, Amtsenthebungsverfahren, abberufen, Abberufung, Kündigung | dismiss, dismissal, sack, oust, impeach, impeachment, remove from office, lay off, layoff, recall, lie off
appoint = ernennen, Ernennung, nominieren, Nominierung, vereidigen, Vereidigung, Amtseid, Amtsantritt, Amtseinführung | appoint, appointment, nominate, nomination, install, swear in, sworn in, inauguration, inaugurate, take office
term_of_office = Amtszeit, Legislaturperiode, Wahlperiode, Mandat, Amtsperiode | term, term of office, tenure, legislative period, mandate
office = Büro, Amtssitz, Dienstsitz | office, bureau
mayor = Bürgermeister, Bürgermeisterin, Oberbürgermeister, Oberbürgermeisterin, OB, Stadtoberhaupt, Ortsbürgermeister, Stadtchef | mayor, lord mayor, mayoress, mayoral
district_administrator = Landrat, Landrätin, Landräte, Kreischef, Bezirksvorsteher, Bezirksbürgermeister, Bezirksbürgermeisterin | district administrator, district chief, county executive, district head, district commissioner
district_administration = Landratsamt, Kreisverwaltung, Kreisbehörde, Bezirksamt, Bezirksregierung, Regierungspräsidium | district administration, district office, district authority, county administration
governor = Gouverneur, Gouverneurin, Statthalter, Gouverneursamt | governor, governorship, gubernatorial
city_council = Stadtrat, Stadträtin, Gemeinderat, Gemeinderätin, Stadtparlament, Stadtverordnetenversammlung, Stadtverordnete, Bürgerschaft, Ratsversammlung, Ratsherr, Ratsmitglied, Stadtratssitzung, Bezirksverordnetenversammlung | city council, town council, municipal council, local council, councillor, councilor, council member, city councillor, councilman, councilwoman, council meeting, council meet
council = Rat, Gremium, Beirat, Ausschuss, Kommission, Kuratorium, Komitee, Sicherheitsrat, Ältestenrat, raten | council, committee, panel, commission, board, security council
district_council = Kreistag, Kreisrat, Bezirksrat, Bezirkstag | district council, county council, county board
state_parliament = Landtag, Landesparlament, Abgeordnetenhaus, Landtagsabgeordnete, Landtagsfraktion | state parliament, state legislature, state assembly, regional parliament, state legislator
parliament = Parlament, parlamentarisch, Bundestag, Reichstag, Nationalrat, Unterhaus, Oberhaus, Volksvertretung, Plenum, Plenarsitzung, Parlamentarier, Parlamentarierin, Europaparlament, Kongress, Kongreß, Repräsentantenhaus, Senat, Senator, Senatorin, Knesset, Duma, Bundesrat, Länderkammer | parliament, parliamentary, legislature, congress, congressional, house of representatives, senate, senator, house of commons, house of lords, lower house, upper house, plenary, lawmaker, legislator, parliamentarian, congressman, congresswoman, house of representative, house of common, house of lord, low house
member_of_parliament = Abgeordnete, Abgeordneter, abgeordnet, Bundestagsabgeordnete, Bundestagsabgeordneter, Europaabgeordnete, Mandatsträger, MdB, Volksvertreter, Parlamentsabgeordnete, abordnen | mp, member of parliament, deputy, mep, member of congress, assemblyman, assemblywoman
parliamentary_group = Fraktion, Bundestagsfraktion, Unionsfraktion, Fraktionsspitze, Fraktionssitzung | parliamentary group, caucus, parliamentary party, faction
opposition = Opposition, Oppositionspartei, Oppositionsführer, Oppositionsführerin, oppositionell, Oppositionelle, Regimekritiker | opposition, opposition party, opposition leader, dissident
party = Partei, Parteitag, Parteien, parteiintern, Parteimitglied, Parteibasis, Parteispitze, Parteifreund, parteilos, Parteiprogramm, Parteikongress, Bundesparteitag, Landesparteitag | party, party congress, party conference, party convention, party member, non-partisan, nonpartisan, partisan
coalition = Koalition, Koalitionsvertrag, Koalitionspartner, Koalitionsausschuss, Koalitionsverhandlung, Regierungsbündnis, Ampel, Ampelkoalition, Koalitionär, koalieren, Koalitionsstreit, Koalitionsgespräch | coalition, coalition agreement, coalition partner, coalition talks, governing coalition, coalition government, coalition talk, govern coalition
politics = Politik, Politiker, Politikerin, politisch, Innenpolitik, Außenpolitik, innenpolitisch, außenpolitisch, Politologe, Politologin, Politikwissenschaftler, Sozialpolitik, Wirtschaftspolitik, Sicherheitspolitik, Regierungspolitik | politics, political, politician, policy, politically, domestic policy, foreign policy, political scientist, policymaker
democracy = Demokratie, demokratisch, Rechtsstaat, rechtsstaatlich, Grundgesetz, Verfassung, verfassungswidrig, Verfassungsänderung, Verfassungsreform, Grundrecht | democracy, democratic, rule of law, constitution, constitutional, unconstitutional, basic law, fundamental right
dictatorship = Diktatur, Diktator, autoritär, Autokratie, Autokrat, Regime, Machthaber, Gewaltherrschaft, Junta | dictatorship, dictator, authoritarian, autocracy, autocrat, regime, strongman, junta
coup = Putsch, Putschversuch, putschen, Staatsstreich, Umsturz, stürzen, Machtübernahme, Putschist | coup, coup attempt, overthrow, topple, seize power, putsch
king = König, Königin, Königshaus, königlich, Monarchie, Prinz, Prinzessin, Kronprinz, Thronfolger, Krönung, Royals, Royal | king, queen, royal, monarchy, prince, princess, crown prince, heir, coronation, royal family
pope = Papst, päpstlich, Vatikan, Pontifex | pope, papal, pontiff
election = Wahl, Bundestagswahl, Landtagswahl, Kommunalwahl, Parlamentswahl, Präsidentschaftswahl, Europawahl, Stichwahl, Neuwahl, Briefwahl, Wahlkampf, Wahlergebnis, Wahlbeteiligung, Wahllokal, Wahltag, Urnengang, Wahlsonntag, Zwischenwahl, Bürgermeisterwahl, Oberbürgermeisterwahl, Vorwahl, Wahlkreis, Wahlsieg, Wahlsieger, Wahlniederlage, Wahlrecht, Wahlkämpfer, Wahlprogramm, Kommunalwahlen | election, general election, state election, local election, parliamentary election, presidential election, runoff, run-off, snap election, postal vote, campaign, election result, turnout, polling station, election day, midterm, primary, constituency, electoral, election campaign, electoral victory, voting right, poll station, vote right
vote = Stimme, abstimmen, Abstimmung, wählen, Wähler, Wählerin, Wählerschaft, Votum, Stimmabgabe, Stimmzettel, Volksabstimmung, Referendum, Volksentscheid, Bürgerentscheid, Stimmenanteil, Zweitstimme, Erststimme, Stimmrecht, Misstrauensvotum, Vertrauensfrage | vote, voter, voting, ballot, electorate, referendum, plebiscite, vote share, no-confidence vote, confidence vote, vote of no confidence
poll = Umfrage, Meinungsumfrage, Befragung, befragen, Befragte, Deutschlandtrend, Umfragewert, Sonntagsfrage, Meinungsforscher, Umfrageinstitut, Hochrechnung, Wahlumfrage | poll, survey, opinion poll, respondent, pollster, exit poll, projection, polling, questionnaire
majority = Mehrheit, mehrheitlich, Mehrheitsverhältnis, Zweidrittelmehrheit, absolute Mehrheit, absolut Mehrheit | majority, two-thirds majority, absolute majority
minority = Minderheit, Minderheitsregierung, Minderheitenschutz | minority, minority government
candidate = Kandidat, Kandidatin, kandidieren, Kandidatur, Bewerber, Bewerberin, Bewerbung, Herausforderer, Herausforderin, Spitzenkandidatin | candidate, candidacy, challenger, applicant, application, contender, nominee
win = Sieg, siegen, gewinnen, Sieger, Siegerin, Gewinner, Gewinnerin, Erfolg, erfolgreich, Triumph, triumphieren, Wahlsiegerin, gewonnen | win, victory, winner, won, triumph, success, successful, victorious, prevail
lose = verlieren, Niederlage, Verlierer, Verliererin, unterliegen, verloren, scheitern, Scheitern, Misserfolg | lose, defeat, loser, lost, fail, failure, be defeated, be defeat
protest = Protest, protestieren, Demonstration, demonstrieren, Demonstrant, Demonstrantin, Kundgebung, Demo, Protestbewegung, Protestaktion, Mahnwache, Sitzblockade, Massenprotest, Protestierende, Protestler, Protestzug, Proteste, protestierend | protest, protester, protestor, demonstration, demonstrator, demonstrate, rally, vigil, sit-in
activist = Aktivist, Aktivistin, Klimaaktivist, Menschenrechtler, Menschenrechtlerin, Bürgerrechtler, Bürgerinitiative | activist, campaigner, climate activist, human rights activist, civil rights activist, pressure group, human right activist, civil right activist
strike = Streik, streiken, Warnstreik, Arbeitskampf, bestreiken, Generalstreik, Streikende, Streiktag, Ausstand, Tarifkonflikt, Streikwelle, streikend | strike, walkout, industrial action, general strike, warning strike, go on strike
union = Gewerkschaft, Gewerkschafter, Gewerkschafterin, gewerkschaftlich, Betriebsrat, Tarifpartner, Arbeitnehmervertreter, Verdi, Tarifverhandlung | union, trade union, labor union, labour union, unionist, works council, collective bargaining, wage negotiation, work council
human_rights = Menschenrecht, Menschenrechte, Menschenrechtsverletzung, Menschenrechtsorganisation, Menschenrechtslage, Bürgerrecht | human rights, human right, rights abuse, human rights violation, civil rights, civil liberties, right abuse, human right violation, civil right, civil liberty
freedom = Freiheit, frei, befreien, Befreiung, Pressefreiheit, Meinungsfreiheit, Redefreiheit, Religionsfreiheit, Unabhängigkeit, unabhängig | freedom, free, liberty, liberate, liberation, press freedom, free speech, freedom of speech, independence, independent
discrimination = Diskriminierung, diskriminieren, Rassismus, rassistisch, Antisemitismus, antisemitisch, Judenhass, Fremdenfeindlichkeit, fremdenfeindlich, Hetze, Volksverhetzung, Hassrede, Homophobie, Islamfeindlichkeit, Hass, Hasskriminalität | discrimination, discriminate, racism, racist, antisemitism, anti-semitism, antisemitic, xenophobia, xenophobic, incitement, hate speech, homophobia, islamophobia, hate, hate crime
equality = Gleichberechtigung, Gleichstellung, Gleichheit, gleichberechtigt, Frauenquote, Feminismus, feministisch | equality, gender equality, equal rights, women quota, feminism, feminist, equal right, woman quota
reform = Reform, reformieren, Reformpaket, Neuordnung, Umbau, Strukturreform, Reformvorhaben, Rentenreform, Wahlrechtsreform, Gesundheitsreform, Reformplan, Reformagenda | reform, overhaul, restructure, restructuring, reform package, pension reform
debate = Debatte, debattieren, Diskussion, diskutieren, Streit, streiten, Kontroverse, umstritten, Auseinandersetzung, Streitpunkt, Meinungsverschiedenheit, Dissens, Zwist, kontrovers | debate, discuss, discussion, dispute, argue, argument, controversy, controversial, row, disagreement, quarrel, contested, contentious
scandal = Skandal, Affäre, skandalös, Enthüllung, enthüllen, Vertuschung, vertuschen | scandal, affair, revelation, reveal, cover-up, cover up, expose
criticism = Kritik, kritisieren, Kritiker, Kritikerin, kritisch, bemängeln, Vorwurf, vorwerfen, Tadel, rügen, Rüge, anprangern, Empörung, empört, Entrüstung, monieren, beanstanden, empören, beklagen | criticism, criticise, criticize, critic, critical, slam, accusation, accuse, rebuke, condemn, outrage, outraged, denounce, lambast
announce = ankündigen, kündigen, Ankündigung, verkünden, bekanntgeben, bekannt geben, Bekanntgabe, mitteilen, Mitteilung, ankündigt, angekündigt, Verkündung, ausrufen | announce, announcement, declare, declaration, proclaim, unveil, make public
representative = Vertreter, Vertreterin, Repräsentant, Repräsentantin, vertreten, Vertretung | representative, represent, representation
# ---------------------------------------------------------------- war, military, security, diplomacy
war = Krieg, kriegen, Kriegs, Kriegsende, Kriegsbeginn, Angriffskrieg, Bürgerkrieg, Ukrainekrieg, Irankrieg, Gazakrieg, Nahostkrieg, kriegerisch, Kriegsgebiet, Kriegspartei, Kriegsführung, Weltkrieg, Kriegsverbrechen, Kriegsverbrecher, Kriegsrecht, kriegsführend | war, warfare, civil war, world war, war crime, war criminal, martial law, warring, wartime, at war, war zone
attack = Angriff, angreifen, Attacke, attackieren, Gegenangriff, Angreifer, Angreiferin, Offensive, offensiv, Gegenoffensive, Vorstoß, Sturmangriff, Großangriff, angegriffen, Raketenangriff, Drohnenangriff, Bodenoffensive, Invasion, einmarschieren, Einmarsch, greifen, eindringen | attack, offensive, counteroffensive, counter-offensive, attacker, onslaught, invasion, invade, incursion, missile attack, drone attack, drone strike, ground offensive
airstrike = Luftangriff, Luftschlag, Bombardierung, bombardieren, Bombardement, Luftangriffe, Bombenangriff, Luftwaffeneinsatz | airstrike, air strike, air raid, bombard, bombardment, bombing raid, air attack
military = Militär, militärisch, Armee, Streitkraft, Streitkräfte, Truppe, Truppen, Bundeswehr, Heer, Luftwaffe, Marine, Kriegsmarine, Soldat, Soldatin, Militärs, Streitmacht, Armeechef, Generalstab, General, Offizier, Kommandeur, Befehlshaber, Oberbefehlshaber, Militärführung, Militärchef, Wehrdienst, Wehrpflicht, Reservist, Rekrut, Kampftruppe, Infanterie, Spezialeinheit, Fallschirmjäger, Marineinfanterie, Militärbasis, Stützpunkt, Kaserne | military, army, armed forces, troop, troops, soldier, navy, naval, air force, commander, commander-in-chief, military service, conscription, reservist, recruit, infantry, special forces, marine, marines, military base, barracks, servicemen, service member, serviceman, arm force, special force
militia = Miliz, Milizen, Milizionär, Paramilitär, paramilitärisch, Rebell, Rebellin, Rebellengruppe, Aufständische, Aufstand, Freischärler, Kämpfer, Kämpferin, Guerilla, Söldner, aufständisch | militia, militiaman, paramilitary, rebel, insurgent, insurgency, uprising, fighter, guerrilla, mercenary
fighting = Kampf, Kämpfe, kämpfen, Gefecht, Kampfhandlung, Kampfhandlungen, Schlacht, Front, Frontlinie, Frontabschnitt, Gefechte, umkämpft, Häuserkampf, Kampfgebiet, fronen, umkämpfen, bekämpfen, Bekämpfung | fighting, fight, combat, battle, battlefield, clash, front, front line, frontline, hostilities, fight against, tackle
ceasefire = Waffenruhe, Waffenstillstand, Feuerpause, Kampfpause, Waffenstillstandsabkommen, Waffenruheabkommen, Feuereinstellung | ceasefire, cease-fire, truce, armistice, pause in fighting, humanitarian pause, pause in fight
peace = Frieden, Friede, friedlich, Friedensplan, Friedensprozess, Friedensverhandlung, Friedensgespräch, Friedensabkommen, Friedensvertrag, Friedensgipfel, Friedensinitiative, Friedenslösung, Friedensrat, Friedenstruppe, Friedensnobelpreis, Friedensmission | peace, peaceful, peace plan, peace process, peace talks, peace deal, peace agreement, peace treaty, peace summit, peacekeeper, peacekeeping, peace prize, peace talk
missile = Rakete, Raketen, Marschflugkörper, Flugkörper, Raketenabwehr, Langstreckenrakete, Kurzstreckenrakete, Mittelstreckenrakete, Interkontinentalrakete, Hyperschallrakete, Raketenwerfer, Artillerie, Granate, Geschoss, Mörser, Taurus, ballistisch, Raketenbeschuss, Beschuss, beschießen, abfeuern, abgefeuert, Salve, Granat | missile, rocket, cruise missile, ballistic missile, ballistic, artillery, shelling, grenade, mortar, projectile, launcher, fire rockets, barrage, shell, fire rocket
drone = Drohne, Drohnen, Kampfdrohne, Drohnenabwehr, Drohnensichtung, Shahed, Kamikazedrohne, Überwachungsdrohne | drone, unmanned aerial vehicle, uav, kamikaze drone, unman aerial vehicle
air_defence = Luftabwehr, Flugabwehr, Raketenabwehrsystem, Abfangjäger, abfangen, Patriot, Abwehrsystem, Luftverteidigung, Iron Dome, abschießen, Abschuss, abgeschossen, Iron Dom, iron Dom | air defence, air defense, intercept, interception, interceptor, shoot down, shot down, missile defense, missile defence, iron dome
fighter_jet = Kampfjet, Kampfflugzeug, Bomber, Tarnkappenbomber, Kampfhubschrauber, Militärflugzeug, F-35, Eurofighter | fighter jet, warplane, fighter plane, bomber, stealth bomber, attack helicopter, military aircraft
warship = Kriegsschiff, Flugzeugträger, Fregatte, U-Boot, Zerstörer, Marineschiff, Kriegsflotte, Flotte, Korvette, Patrouillenboot, Uboot, flott | warship, aircraft carrier, frigate, submarine, destroyer, fleet, navy ship, naval vessel, patrol boat, corvette
tank = Panzer, Kampfpanzer, Leopard, Schützenpanzer, Panzerhaubitze, Haubitze, gepanzert | tank, battle tank, armoured vehicle, armored vehicle, howitzer, armored
nuclear = Atom, atomar, nuklear, Atommacht, Nuklear | nuclear, atomic, nuclear power state
nuclear_weapon = Atomwaffe, Atombombe, Nuklearwaffe, Atomsprengkopf, Atomarsenal, Atomwaffenarsenal | nuclear weapon, atomic bomb, nuke, nuclear warhead, warhead, nuclear arsenal, atomic weapon
nuclear_program = Atomprogramm, Atomanlage, Atomabkommen, Atomstreit, Urananreicherung, Uran, Anreicherung, Atomgespräch, Atomverhandlung, Atomtest, Nuklearprogramm, Atomdeal | nuclear program, nuclear programme, nuclear facility, nuclear site, nuclear deal, uranium, enrichment, enrich, nuclear talks, nuclear test, nuclear talk
nuclear_power = Atomkraft, Kernkraft, Atomkraftwerk, AKW, Kernkraftwerk, Atomenergie, Kernenergie, Reaktor, Atomausstieg, Kernreaktor | nuclear power, nuclear plant, nuclear power plant, nuclear power station, reactor, nuclear energy, nuclear phase-out
weapon_delivery = Waffenlieferung, Rüstungslieferung, Rüstungsexport, Waffenexport, Militärhilfe, Waffenhilfe | arms delivery, weapons delivery, arms export, military aid, arms shipment, arm delivery, weapon delivery, arm export, arm shipment
delivery = liefern, Lieferung, Lieferant, Lieferkette, Auslieferung, ausliefern, beliefern, Zulieferer, Versorgung, versorgen | deliver, delivery, supply, supplier, supply chain, shipment
defence = Verteidigung, verteidigen, Abwehr, abwehren, Verteidigungs, Verteidigungsausgaben, Wehrhaftigkeit, Abschreckung, abschrecken, Verteidigungsfähigkeit, Aufrüstung, aufrüsten, Rüstung, Rüstungsindustrie, Rüstungskonzern, Verteidigungsausgabe | defence, defense, defend, deterrence, deter, rearmament, rearm, armament, arms industry, defence spending, defense spending, military spending, arms manufacturer, defence contractor, arm industry, defense spend, military spend, arm manufacturer, defense contractor
security = Sicherheit, Sicherheitslage, Sicherheitskraft, Sicherheitskräfte, Sicherheitsbehörde, Sicherheitsgarantie, Sicherheitsmaßnahme, Sicherheitskonferenz, sichern, Sicherung, absichern, Schutz, schützen, Sicherheitsdienst, Bewachung, Leibwächter, Personenschutz | security, secure, safe, safety, security forces, security guarantee, security measure, protect, protection, guard, bodyguard, security service, safeguard, security force
occupation = Besatzung, besetzen, besetzt, Besatzer, Besatzungsmacht, Annexion, annektieren, Eroberung, erobern | occupation, occupy, occupied, occupier, annexation, annex, conquer, conquest, capture
withdraw = Abzug, abziehen, zurückziehen, Rückzug, Truppenabzug | withdraw, withdrawal, pull out, pullout, retreat, troop withdrawal
deploy = stationieren, Stationierung, entsenden, Entsendung, Einsatz, Militäreinsatz, einsetzen, mobilisieren, Mobilmachung, Mobilisierung, Aufmarsch, Truppenaufmarsch, Mission | deploy, deployment, dispatch, send troops, mobilize, mobilise, mobilization, mobilisation, buildup, build-up, operation, mission, send troop
civilian = Zivilist, Zivilistin, Zivilbevölkerung, zivil | civilian, civilians, civilian population
prisoner_of_war = Kriegsgefangene, Kriegsgefangener, Gefangenenaustausch, Gefangenenaustausche | prisoner of war, pow, prisoner exchange, prisoner swap
hostage = Geisel, Geiseln, Geiselfreilassung, Geiselabkommen, Geiselhaft | hostage, hostages, hostage deal, hostage release
release = Freilassung, freilassen, freigeben, Freigabe, freikommen, Haftentlassung, Begnadigung, begnadigen, Amnestie | release, freed, pardon, amnesty, set free
sanction = Sanktion, sanktionieren, Sanktionspaket, Strafmaßnahme, Embargo, Handelsembargo, Ölembargo, Einreiseverbot, Kontosperre, Vermögenssperre | sanction, sanctions package, embargo, punitive measure, travel ban, asset freeze, sanctioned, sanction package
diplomacy = Diplomatie, Diplomat, Diplomatin, diplomatisch, Botschafter, Botschafterin, Gesandte, Sondergesandte, Sondergesandter, Konsulat, Konsul, Delegation, Delegierte, Delegationsleiter, Emissär, delegieren | diplomacy, diplomat, diplomatic, ambassador, envoy, special envoy, consulate, consul, delegation, delegate, negotiator, emissary, embassy
negotiate = Verhandlung, Verhandlungen, verhandeln, Unterhändler, Unterhändlerin, Verhandlungsrunde, Verhandlungstisch, Vermittlung, vermitteln, Vermittler, Vermittlerin, Gesprächsrunde, Sondierung, sondieren, Sondierungsgespräch | negotiate, negotiation, negotiations, mediate, mediation, mediator, broker, round of talks, exploratory talks, round of talk, exploratory talk
talks = Gespräch, Gespräche, Unterredung, Telefonat, telefonieren, Treffen, treffen, Begegnung, Zusammenkunft, Beratung, beraten, Konsultation, Gipfel, Gipfeltreffen, Spitzentreffen, Dialog, Sitzung, Tagung, Konferenz, Videokonferenz, Krisentreffen, Krisengipfel | talk, talks, conversation, phone call, meet, meeting, encounter, consultation, consult, summit, dialogue, dialog, session, convene, conference, video conference, emergency meeting, crisis summit, emergency meet
visit = Besuch, besuchen, Staatsbesuch, Besucher, Besucherin, Antrittsbesuch, Visite | visit, visitor, state visit
agreement = Abkommen, Vertrag, Vereinbarung, vereinbaren, Einigung, einigen, Übereinkunft, Deal, Pakt, Kompromiss, Verständigung, verständigen, Abmachung, Handelsabkommen, Zollabkommen, Rahmenabkommen, Absichtserklärung, Friedensdeal, unterzeichnen, Unterzeichnung, ratifizieren, Ratifizierung, Zugeständnis | agreement, deal, treaty, accord, pact, compromise, sign, signing, ratify, ratification, memorandum of understanding, concession, trade deal, trade agreement, reach agreement, memorandum of understand
alliance = Bündnis, Allianz, verbündet, Verbündete, Verbündeter, Bündnispartner, Partnerland, Bündnisfall, Beistandspflicht, Bündnisverteidigung, verbünden | alliance, ally, allied, partner country, mutual defence, collective defence, mutual defense, collective defense
border = Grenze, Grenzen, Grenzübergang, Grenzkontrolle, grenzen, Grenzregion, Grenzgebiet, Grenzschutz, Grenzschützer, Grenzposten, Grenzzaun, Staatsgrenze, Landesgrenze, grenzüberschreitend | border, frontier, border crossing, border control, border guard, border region, cross-border, boundary
territory = Gebiet, gebieten, Territorium, territorial, Region, regional, Landstrich, Gegend, Zone, Sperrgebiet | territory, territorial, region, regional, zone, terrain
sovereignty = Souveränität, souverän, Selbstbestimmung, Unabhängigkeitserklärung | sovereignty, sovereign, self-determination, declaration of independence
refugee_camp = Flüchtlingslager, Zeltlager, Auffanglager, Camp | refugee camp, camp
genocide = Völkermord, Genozid, ethnische Säuberung, Massaker, massakrieren, Gräueltat, ethnisch Säuberung | genocide, ethnic cleansing, massacre, atrocity, ethnic cleanse
hunger = Hunger, hungern, Hungersnot, verhungern, Unterernährung, unterernährt, Nahrungsmittelknappheit, Lebensmittelknappheit, Hungerkrise | hunger, famine, starve, starvation, malnutrition, malnourished, food shortage, food insecurity
blockade = Blockade, blockieren, Seeblockade, abriegeln, Abriegelung, Belagerung, belagern, blockiert | blockade, block, siege, besiege, seal off, blocked
close = schließen, Schließung, sperren, Sperrung, gesperrt, geschlossen, dichtmachen, Totalsperrung, Vollsperrung, Lockdown, Ausgangssperre, abgesperrt, absperren, Absperrung, Sperre | close, closed, closure, shut, shut down, shutdown, lockdown, curfew, cordon, cordon off
member = Mitglied, Mitgliedschaft, Mitgliedsstaat, Mitgliedstaat, Mitgliedsland, Mitgliederzahl, Beitritt, beitreten | member, membership, member state, member country, accession, join
# ---------------------------------------------------------------- economy, budgets, labour, prices
# "Haushalt" is a budget here (the dominant sense in political news); households are
# "Privathaushalt" -> household. Lowercase-lemmatisation artefacts (haushalten, schulden,
# einnehmen, ausgeben, löhnen, zinsen, steuern, zollen) are mapped to the noun they come from.
budget = Haushalt, Haushalts, haushalten, Etat, Budget, Haushaltsplan, Haushaltsentwurf, Bundeshaushalt, Staatshaushalt, Landeshaushalt, Stadthaushalt, Kommunalhaushalt, Haushaltsjahr, Haushaltsdebatte, Haushaltsausschuss, Haushaltsmittel, Haushaltssperre, Haushaltsberatung, Haushaltsstreit, Haushaltspolitik, Haushälter, Etatentwurf, Doppelhaushalt, Nachtragshaushalt, Schulbudget, Schuletat, Wehretat, Verteidigungsetat, Verteidigungshaushalt, Haushaltsgesetz, haushaltspolitisch | budget, budgetary, budget plan, draft budget, federal budget, state budget, city budget, school budget, fiscal year, budget committee, appropriations, supplementary budget, budget bill, defence budget, defense budget, appropriation
household = Privathaushalt, Haushaltseinkommen | household, households, household income
finance = Finanz, Finanzen, finanziell, Finanzlage, Finanzplanung, Finanzpolitik, Finanzmarkt, Finanzsektor, Finanzkrise, Finanzhilfe | finance, finances, financial, fiscal, financial market, financial sector, financial crisis, financial aid, financially
fund = finanzieren, Finanzierung, Fonds, Förderung, fördern, Fördermittel, Fördergeld, Zuschuss, bezuschussen, Subvention, subventionieren, Förderprogramm, gegenfinanzieren, Gegenfinanzierung, Sondervermögen, Sonderfonds, Mittel, Kofinanzierung, Finanzspritze | fund, funding, financing, funded, subsidy, subsidise, subsidize, grant, special fund, bankroll, cash injection
money = Geld, Gelder, Summe, Betrag, Finanzmittel, Geldbetrag, Bargeld, Geldmittel, Steuergeld, Geldsumme | money, sum, amount, cash, funds, taxpayer money
cost = Kosten, kosten, teuer, Aufwand, Mehrkosten, Kostenexplosion, Kostensteigerung, Folgekosten, kostspielig, kostenpflichtig, verteuern, Verteuerung | cost, costs, expensive, costly, expense, cost overrun, pricey
cheap = günstig, billig, preiswert, kostenlos, gratis, kostenfrei, gebührenfrei, vergünstigt | cheap, inexpensive, affordable, free of charge, low-cost, cut-price
spending = Ausgabe, ausgeben, Ausgaben, Staatsausgaben, Mehrausgaben, Sozialausgaben, Investitionsausgaben, Rüstungsausgaben, Staatsausgabe, Mehrausgabe, Sozialausgabe, Investitionsausgabe, Rüstungsausgabe | spending, spend, expenditure, outlay, public spending, government spending, outlie, public spend, government spend
price = Preis, Preise, Preiserhöhung, Preisanstieg, Preissteigerung, Preisniveau, Preisbremse, Preisdeckel, Preisobergrenze, Preisentwicklung, Preissprung, Lebensmittelpreis, Mietpreis, Preisschock | price, prices, pricing, price increase, price rise, price cap, price ceiling, price hike
fuel_price = Spritpreis, Benzinpreis, Dieselpreis, Kraftstoffpreis, Tankrabatt, Spritpreisbremse | fuel price, petrol price, gasoline price, diesel price, fuel tax cut
energy_price = Energiepreis, Strompreis, Gaspreis, Heizkosten, Energiekosten, Stromkosten, Netzentgelt, Strompreisbremse, Gaspreisbremse | energy price, electricity price, energy cost, heating cost, power price, energy bill, electricity bill
oil_price = Ölpreis, Rohölpreis, Brent, Ölpreise | oil price, crude price, brent crude, oil prices
inflation = Inflation, Inflationsrate, Teuerung, Teuerungsrate, Geldentwertung, inflationär, Preisauftrieb | inflation, inflation rate, inflationary, deflation
tax = Steuer, Steuern, steuern, steuerlich, besteuern, Besteuerung, Steuererhöhung, Steuersenkung, Mehrwertsteuer, Einkommensteuer, Einkommenssteuer, Abgabe, Steuerzahler, Steuereinnahme, Gewerbesteuer, Grundsteuer, Erbschaftsteuer, Erbschaftssteuer, Vermögensteuer, Vermögenssteuer, Finanzamt, Steuerreform, Steuerlast, Steuerpolitik, Stromsteuer, Energiesteuer, Unternehmenssteuer, Körperschaftsteuer, Digitalsteuer, Steuerentlastung, Steuerfreibetrag | tax, taxation, taxpayer, vat, value added tax, income tax, levy, tax increase, tax hike, tax cut, tax revenue, property tax, inheritance tax, wealth tax, corporate tax, tax office, tax burden, tax relief, value add tax
tariff = Zoll, Zölle, zollen, Strafzoll, Einfuhrzoll, Zollpolitik, Zollstreit, Zollsatz, Importzoll, Zollerhöhung, Zollschranke, Gegenzoll, Zolldrohung, Zollpaket, Zollkonflikt, Autozoll, Zusatzzoll | tariff, tariffs, duty, customs, customs duty, import duty, punitive tariff, retaliatory tariff, counter-tariff, tariff threat, custom, custom duty
trade = Handel, Handelspartner, Außenhandel, Handelsbilanz, Handelsdefizit, Handelsüberschuss, Handelsstreit, Händler, Händlerin, Welthandel, handelspolitisch, Handelspolitik, Handelskrieg, Freihandel, Freihandelsabkommen, Handelsbeziehung, Handelsvolumen, handeln | trade, trading, trader, trade partner, trading partner, trade deficit, trade surplus, trade balance, merchant, trade dispute, trade war, free trade, free trade agreement, trade policy
export = Export, exportieren, Ausfuhr, Exporteur, Exporte, Exportverbot, Exportstopp | export, exporter, exports, export ban
import = Import, importieren, Einfuhr, Importeur, Importe, Einfuhrverbot, Importverbot | import, importer, imports, import ban
economy = Wirtschaft, wirtschaftlich, Konjunktur, konjunkturell, Volkswirtschaft, Wirtschaftslage, Ökonomie, ökonomisch, Ökonom, Ökonomin, Wirtschaftsweise, Wirtschaftsforscher, Wirtschaftsforschung, Wirtschaftsinstitut, Ifo, Wirtschaftsstandort, Wirtschaftsminister-Konferenz, Konjunkturprogramm, Konjunkturpaket | economy, economic, economist, economics, economically, economic situation, economic policy, stimulus, stimulus package, economic institute
growth = Wachstum, Wirtschaftswachstum, Wachstumsrate, Wachstumsprognose, Aufschwung, Erholung, Konjunkturerholung | growth, economic growth, growth rate, upswing, recovery, boom, rebound
recession = Rezession, Abschwung, Flaute, Stagnation, stagnieren, Wirtschaftskrise, Konjunkturflaute | recession, downturn, slump, stagnation, stagnate, economic crisis, contraction, contract
gdp = Bruttoinlandsprodukt, BIP, Wirtschaftsleistung, Inlandsprodukt | gdp, gross domestic product, economic output, output
company = Unternehmen, unternehmen, Firma, Konzern, Betrieb, Unternehmer, Unternehmerin, Mittelstand, mittelständisch, Mutterkonzern, Tochterfirma, Tochtergesellschaft, Startup, Start-up, Großkonzern, Hersteller, Produzent, Anbieter, Autobauer, Autohersteller, Konzernchef, Firmenchef, Unternehmenschef, Betreiber, Dax-Konzern, Familienunternehmen, Holding, betreiben, Geschäft, Geschäfte, geschäftlich | company, firm, business, corporation, corporate, enterprise, entrepreneur, manufacturer, producer, provider, subsidiary, startup, start-up, carmaker, automaker, operator, conglomerate
industry = Industrie, industriell, Branche, Wirtschaftszweig, Sektor, Autoindustrie, Chemieindustrie, Stahlindustrie, Industrieproduktion, Automobilindustrie, Industrieland, Industriestandort, Schlüsselindustrie, Autobranche | industry, industrial, sector, car industry, auto industry, automotive industry, steel industry, chemical industry, industrial production
production = Produktion, produzieren, herstellen, Herstellung, Fertigung, fertigen, Produktionsstopp | production, produce, manufacture, manufacturing, make
factory = Werk, Fabrik, Fabrikhalle, Produktionsstätte, Produktionsstandort, Autowerk, Stahlwerk, Werksschließung | factory, plant, mill, steelworks, plant closure
bank = Bank, Banken, Geldinstitut, Kreditinstitut, Sparkasse, Bankensektor, Großbank, Volksbank, Investmentbank, Banker, Bankerin | bank, lender, banking, banking sector, savings bank, investment bank, banker
central_bank = Notenbank, Zentralbank, Notenbankchef, Notenbankchefin, Geldpolitik, geldpolitisch, Währungshüter | central bank, monetary policy, central banker, fed chair, feed chair
interest_rate = Zins, Zinsen, zinsen, Leitzins, Zinssatz, Zinserhöhung, Zinssenkung, Zinswende, Hypothekenzins, Zinsentscheidung, Zinsentscheid, Bauzins, Zinsniveau | interest rate, key interest rate, rate hike, rate cut, key rate, base rate, mortgage rate, rate decision, interest rates, benchmark rate
stock_market = Börse, Aktie, Aktienkurs, Aktienmarkt, Dax, Börsenkurs, Aktionär, Aktionärin, Börsengang, Wertpapier, Anleihe, Staatsanleihe, Rendite, Kursrutsch, Kurssturz, Börsenwert, Aktienindex, Leitindex, Börsenhandel, Anleger, Anlegerin, Dow, Nasdaq, Kursverlust, Kursgewinn, Marktwert | stock market, stock exchange, stock, stocks, shareholder, ipo, share price, stock price, securities, bond, bonds, yield, dax, dow jones, nasdaq, s&p, stock index, market value, market capitalisation, market capitalization, equities
investment = Investition, investieren, Investor, Investorin, Geldgeber, Investitionsprogramm, Investitionspaket, Investment, Kapital, Kapitalmarkt, Investitionsstau, Investitionsoffensive | investment, invest, investor, backer, capital market, investments
debt = Schulden, Schulde, schulden, verschulden, Verschuldung, Schuldenbremse, Staatsschulden, Neuverschuldung, Kredit, Darlehen, Schuldenlast, Schuldenstand, Staatsverschuldung, Schuldenberg, Kreditaufnahme, verschuldet, Schuldenquote, Schuldenkrise, Schuldner, Gläubiger, Kreditgeber, Staatsschuld | debt, debts, borrowing, borrow, loan, credit, debt brake, national debt, public debt, indebtedness, indebted, debt ceiling, debtor, creditor, debt crisis, indebt
deficit = Defizit, defizitär, Haushaltsloch, Finanzierungslücke, Haushaltslücke, Fehlbetrag, Milliardenloch, Finanzloch | deficit, shortfall, budget gap, budget hole, funding gap, budget deficit
surplus = Überschuss, Plus | surplus
revenue = Einnahme, Einnahmen, einnehmen, Umsatz, Erlös, Umsatzplus, Umsatzrückgang, Jahresumsatz, Mehreinnahme, Steuermehreinnahme | revenue, revenues, turnover, proceeds, takings
income = Einkommen, Einkünfte, verdienen, Verdienst, Nettoeinkommen, Bruttoeinkommen, Einkommensgrenze, Geringverdiener, Gutverdiener, Spitzenverdiener, Einkunft | income, earn, earnings, net income, gross income, low earner, high earner, top earner
wage = Lohn, Löhne, löhnen, Gehalt, Gehälter, Mindestlohn, Tariflohn, Lohnerhöhung, Gehaltserhöhung, Bezahlung, Vergütung, Besoldung, Stundenlohn, Lohnplus, Lohnforderung, Tarifabschluss, Tarifeinigung, Tarifvertrag, Lohnsteigerung, Reallohn, Monatsgehalt, Jahresgehalt | wage, wages, salary, minimum wage, pay rise, pay raise, pay increase, wage increase, remuneration, hourly wage, pay deal, pay agreement, collective agreement, real wages, real wage
profit = Gewinn, Profit, profitabel, Reingewinn, Nettogewinn, Betriebsgewinn, Gewinnwarnung, profitieren, Gewinnrückgang, Gewinneinbruch, Quartalsgewinn, Rekordgewinn, Übergewinn | profit, profitable, profitability, net profit, operating profit, profit warning, profit from, windfall profit, operate profit
loss = Verlust, Verluste, Einbuße, Einbußen, Milliardenverlust, Nettoverlust, Umsatzeinbruch, Verlustgeschäft | loss, losses, net loss, write-down, loss-making
bankruptcy = Insolvenz, insolvent, Pleite, pleite, Konkurs, Insolvenzverfahren, Insolvenzantrag, Bankrott, bankrott, Firmenpleite, Zahlungsunfähigkeit, zahlungsunfähig, Insolvenzverwalter | bankruptcy, bankrupt, insolvency, insolvent, go bust, receivership, chapter 11
job = Arbeitsplatz, Job, Jobs, Stelle, Stellen, Stellenabbau, Jobabbau, Arbeitsplatzabbau, Beschäftigung, beschäftigen, Arbeitsstelle, Arbeitsmarkt, Personalabbau, Jobverlust, Arbeitsplatzverlust, Stellenstreichung, Ausbildungsplatz, Lehrstelle, Vollzeit, Teilzeit, Minijob, Jobcenter, Stellenangebot, Neueinstellung, Erwerbstätigkeit, Erwerbstätige, erwerbstätig, Karriereende, anstellen, Anstellung | job, jobs, employment, employ, job market, labour market, labor market, job cut, job cuts, job loss, vacancy, full-time, part-time, apprenticeship, job centre, job center, hire, hiring, recruitment, new hire
worker = Arbeiter, Arbeiterin, Arbeitnehmer, Arbeitnehmerin, Mitarbeiter, Mitarbeiterin, Mitarbeitende, Beschäftigte, beschäftigten, Beschäftigter, Angestellte, Angestellter, Belegschaft, Personal, Arbeitskraft, Arbeitskräfte, Fachkraft, Fachkräfte, Fachkräftemangel, Arbeitgeber, Arbeitgeberin, Arbeitgeberverband, Personalmangel, Arbeitskräftemangel, Leiharbeiter, Saisonarbeiter, Pflegekraft, mitarbeitend, beschäftigt, angestellt, mitarbeiten | worker, workers, employee, staff, workforce, personnel, labourer, laborer, skilled worker, employer, employers' association, staff shortage, labour shortage, labor shortage, care worker, seasonal worker, skill worker
work = Arbeit, arbeiten, Arbeitszeit, Überstunde, Schicht, Homeoffice, Arbeitsbedingung, Arbeitswelt, Arbeitstag, Viertagewoche, abarbeiten, Tätigkeit, tätig | work, labour, labor, working hours, overtime, working conditions, working day, workday, four-day week, work hour, work condition, work day
unemployment = Arbeitslosigkeit, arbeitslos, Arbeitslose, Arbeitsloser, Arbeitslosenquote, Arbeitslosenzahl, Erwerbslose, erwerbslos, Erwerbslosigkeit, Arbeitslosengeld, Kurzarbeit, Kurzarbeitergeld, Jobsuchende, Langzeitarbeitslose | unemployment, unemployed, jobless, joblessness, unemployment rate, jobseeker, unemployment benefit, short-time work, furlough, long-term unemployed
welfare = Bürgergeld, Sozialhilfe, Grundsicherung, Hartz, Sozialleistung, Sozialstaat, Sozialsystem, Sozialversicherung, Kindergeld, Wohngeld, Transferleistung, Leistungsempfänger, Sozialabgabe, Existenzminimum, Bürgergeldempfänger, Sozialleistungen, Kindergrundsicherung, Sozialkasse, Leistungsbezieher | welfare, social welfare, social security, benefit, benefits, basic income, child benefit, housing benefit, welfare state, social benefits, welfare recipient, benefit claimant, social insurance, social benefit
pension = Rente, Renten, Rentenpaket, Rentenniveau, Altersvorsorge, Rentenversicherung, Pension, Ruhestand, Rentenkasse, Rentenerhöhung, Mütterrente, Aktivrente, Rentenkommission, Rentenbeitrag, Rentensystem, Frührente, Grundrente, Betriebsrente, Altersarmut, Renteneintrittsalter | pension, retirement, pension system, state pension, pension fund, retire, pension age, retirement age, pension increase, pension reform package, old-age poverty
rent = Miete, Mieten, mieten, Mieter, Mieterin, Vermieter, Vermieterin, Mietwohnung, Mietpreisbremse, Mietendeckel, Mieterhöhung, Kaltmiete, Mietvertrag, Nebenkosten | rent, rents, tenant, landlord, rental, rent cap, rent control, rent increase, lease, service charge
housing = Wohnung, Wohnraum, Wohnungsbau, Wohnungsmarkt, Wohnungsnot, Sozialwohnung, Eigenheim, Immobilie, Immobilienmarkt, Wohnhaus, Wohnungsmangel, Wohngebäude, Mehrfamilienhaus, Einfamilienhaus, Eigentumswohnung, Wohnen, wohnen, Wohnort, Wohnsitz, Immobilienpreis, Hauspreis | housing, flat, apartment, dwelling, housing construction, housing market, housing shortage, social housing, property, real estate, home, residential, house price, property price, residential building
house = Haus, Häuser, Gebäude, Hochhaus, Hütte, Villa, Anwesen, Bauwerk | house, building, skyscraper, high-rise, tower block, hut, villa, mansion, structure
construction = Bau, bauen, Baustelle, Bauarbeit, Bauarbeiten, Bauprojekt, errichten, Errichtung, Neubau, Bauvorhaben, Bauindustrie, Bauwirtschaft, Baugenehmigung, Sanierung, sanieren, renovieren, Renovierung, Modernisierung, modernisieren, Wiederaufbau, wiederaufbauen, aufbauen, Aufbau | construction, construct, build, builder, construction site, building site, erect, erection, new build, construction industry, building permit, renovation, renovate, refurbish, refurbishment, modernisation, modernization, modernise, modernize, reconstruction, rebuild, rebuilding
consumer = Verbraucher, Verbraucherin, Konsument, Konsumentin, Konsum, konsumieren, Kunde, Kundin, Kaufkraft, Verbraucherschutz, Verbraucherpreis, Verbraucherschützer, Kundschaft, Verbraucherzentrale, Konsumklima | consumer, consumption, consume, customer, purchasing power, consumer protection, consumer price, client, consumer advocate, consumer sentiment, purchase power
buy = kaufen, Kauf, Käufer, Käuferin, erwerben, Erwerb, Anschaffung, anschaffen, Übernahme, aufkaufen, Zukauf, einkaufen, Einkauf, bestellen, Bestellung | buy, purchase, buyer, acquire, acquisition, takeover, shopping, shopper, buyout
sell = verkaufen, Verkauf, Verkäufer, Verkäuferin, Absatz, veräußern, Veräußerung, Verkaufszahl, Neuzulassung | sell, sale, sales, seller, vendor, divest, divestment, sales figures, registrations, sales figure
market = Markt, Märkte, Marktanteil, Binnenmarkt, Weltmarkt, marktwirtschaftlich, Marktwirtschaft, Marktführer, marken | market, markets, market share, single market, world market, market economy, market leader
currency = Währung, Wechselkurs, Devise, Devisen, Kryptowährung, Bitcoin, Krypto, Digitalwährung | currency, exchange rate, foreign exchange, forex, cryptocurrency, bitcoin, crypto, digital currency
poverty = Armut, arm, verarmen, Armutsgrenze, armutsgefährdet, Armutsrisiko, bedürftig, Bedürftige, Tafel, Kinderarmut | poverty, poor, poverty line, needy, food bank, at risk of poverty, child poverty
wealth = reich, Reichtum, Vermögen, vermögend, Milliardär, Milliardärin, Millionär, Millionärin, Superreiche, Wohlstand, wohlhabend, Reiche | rich, wealth, wealthy, billionaire, millionaire, prosperity, affluent, assets, super-rich, asset
saving = sparen, Einsparung, Sparkurs, Sparpaket, Sparmaßnahme, Sparprogramm, einsparen, Ersparnis, Sparer, Sparvorgabe, Sparplan, Sparzwang | saving, savings, austerity, cost-cutting, saver, austerity package, economise, economize, spending cuts, spend cut
cut = kürzen, Kürzung, streichen, Streichung, abschneiden, abgeschnitten, Einschnitt, zusammenstreichen, gekürzt, einschneiden | cut, cutback, cut off, slash, axe, ax, cut back, cuts, curtail
increase = steigen, ansteigen, Anstieg, Steigerung, steigern, zunehmen, Zunahme, wachsen, Zuwachs, erhöhen, Erhöhung, anheben, Anhebung, klettern, zulegen, steigend, verdoppeln, Verdopplung, Verdoppelung, verdreifachen, aufstocken, Aufstockung, ausweiten, Ausweitung, ausbauen, Ausbau, hochschnellen, sprunghaft, gestiegen, anwachsen, emporschnellen, hochtreiben, vervielfachen, angestiegen, erhöht, zunehmend | increase, rise, rose, risen, climb, grow, jump, surge, soar, raise, hike, boost, expand, expansion, double, triple, step up, go up, ramp up, top up, increasing, increasingly, rising, growing, growe
decrease = sinken, fallen, zurückgehen, Rückgang, abnehmen, Abnahme, senken, Senkung, reduzieren, Reduzierung, Reduktion, verringern, Verringerung, mindern, Minderung, abbauen, Abbau, halbieren, Halbierung, absinken, nachlassen, sinkend, gesunken, abflauen, schwinden, rückläufig, verkleinern, Verkleinerung, drosseln, Drosselung, zurückfahren, herunterfahren | decrease, decline, fall, fell, drop, sink, reduce, reduction, plunge, tumble, halve, dip, diminish, go down, shrink, scale back, downsize, falling, declining, dwindle, throttle
record = Rekord, Höchststand, Rekordhoch, Rekordwert, Tiefststand, Rekordtief, Allzeithoch, rekordverdächtig, Höchstwert, Negativrekord, Rekordniveau, Rekordjahr | record, record high, all-time high, record low, peak, all-time low, record level
change = ändern, Änderung, verändern, Veränderung, Wandel, wandeln, Wechsel, wechseln, Umstellung, umstellen, Wende, Kurswechsel, Umbruch, Übergang | change, alter, alteration, shift, switch, transition, u-turn, turnaround
rate = Quote, Rate, Prozentsatz, Anteil, anteilig, Quoten | rate, ratio, percentage, proportion, share, portion
number = Zahl, Anzahl, Ziffer, Menge, Zahlenwert, Statistik, statistisch, Fallzahl, Mengen, Nummer | number, figure, quantity, statistic, statistics, statistical, tally
total = insgesamt, gesamt, Gesamtzahl, Gesamtsumme, Gesamtbetrag, Gesamtkosten, samen | total, overall, in total, altogether, combined
average = Durchschnitt, durchschnittlich, Schnitt, Mittelwert, Median, durchschneiden | average, on average, mean value, median
pay = zahlen, bezahlen, Zahlung, Auszahlung, auszahlen, überweisen, Überweisung, Entschädigung, entschädigen, Rückzahlung, zurückzahlen, Nachzahlung | pay, payment, payout, paid, compensation, compensate, reimburse, reimbursement, repay, repayment
# ---------------------------------------------------------------- energy, climate, environment
fuel = Benzin, Diesel, Sprit, Kraftstoff, Treibstoff, Tankstelle, tanken, Heizöl, Kerosin | fuel, petrol, gasoline, gas station, diesel, petrol station, heating oil, kerosene, jet fuel
oil = Öl, ölen, Erdöl, Rohöl, Ölförderung, Ölquelle, Ölexport, Ölindustrie, Öltanker, Tanker, Ölkonzern, Ölfeld, Ölraffinerie, Raffinerie, Ölreserve, Ölversorgung, Ölplattform, Ölkatastrophe | oil, crude, crude oil, oil production, tanker, oil tanker, petroleum, oil company, oil field, oilfield, refinery, oil reserve, oil supply, oil rig, oil spill
gas = Gas, gasen, Erdgas, Flüssiggas, LNG, Gaslieferung, Gasversorgung, Gasspeicher, Gasleitung, Gaspipeline, Pipeline, Gasimport, Gasverbrauch, Gasfeld, Gasmangel | gas, natural gas, liquefied natural gas, lng, gas supply, gas storage, pipeline, gas pipeline, gas import, gas field, gas shortage, liquefy natural gas
electricity = Strom, Elektrizität, elektrisch, Stromnetz, Stromversorgung, Stromerzeugung, Stromverbrauch, Netzausbau, Stromleitung, Energieversorger, Stromanbieter, Stromversorger, Netzbetreiber, Stromtrasse | electricity, electric, grid, power grid, power supply, electricity generation, power line, utility, power company, electricity supplier, grid operator, electrical
energy = Energie, Energieversorgung, energetisch, Energiewende, Energiepolitik, Energiekrise, Energiesicherheit, Energieverbrauch, Energieeffizienz, Energiekonzern, Energiebranche, Energieträger | energy, energy supply, energy transition, energy crisis, energy security, energy consumption, energy efficiency, energy company, energy sector
renewable = erneuerbar, Erneuerbare, Ökostrom, Windkraft, Windenergie, Windrad, Windkraftanlage, Windpark, Solarenergie, Solar, Photovoltaik, Solaranlage, Solarpark, Wasserkraft, Wärmepumpe, Offshore-Windpark, Solarstrom, Grünstrom, Biogas, Wasserstoff, Offshorewindpark | renewable, renewables, green energy, renewable energy, wind power, wind energy, wind turbine, wind farm, solar, solar power, solar energy, photovoltaic, solar panel, solar farm, hydropower, heat pump, offshore wind, hydrogen, biogas
coal = Kohle, Kohlekraftwerk, Braunkohle, Steinkohle, Kohleausstieg, Tagebau, Kohlestrom, Kohleabbau, Bergbau, Bergwerk, Zeche, Bergmann | coal, coal plant, coal-fired, lignite, coal phase-out, open-pit mine, coal mine, mining, mine, miner, colliery, coal-fire
power_plant = Kraftwerk, Gaskraftwerk, Kraftwerksstrategie | power plant, power station, gas-fired power plant, generating plant, gas-fire power plant, generate plant
heating = Heizung, heizen, Heizungsgesetz, Gebäudeenergiegesetz, Fernwärme, Heizungstausch, Ölheizung, Gasheizung | heating, heat pump law, district heating, heating law, boiler, gas boiler
electric_car = Elektroauto, E-Auto, Elektromobilität, Elektrofahrzeug, Ladesäule, Verbrenner, Verbrennungsmotor, Verbrenner-Aus, Ladestation, Hybrid, Akku, Batterie | electric car, electric vehicle, ev, e-mobility, charging station, charging point, combustion engine, internal combustion engine, combustion-engine ban, hybrid, battery, charge station, charge point
climate = Klima, Klimawandel, Klimaschutz, Klimakrise, Erderwärmung, Erderhitzung, Klimaziel, klimaneutral, Klimaneutralität, Klimagipfel, Klimakonferenz, Klimapolitik, Klimaabkommen, klimaschädlich, Klimaerwärmung, Klimaforscher, Klimaforscherin, Klimaschutzgesetz, Klimafonds, Klimaschützer, Klimakatastrophe, klimafreundlich, Weltklimarat, Weltklimakonferenz, Klimaanpassung, klimapolitisch | climate, climate change, global warming, climate protection, climate crisis, climate target, climate neutral, climate-neutral, carbon neutral, carbon-neutral, climate summit, climate conference, climate policy, net zero, net-zero, climate scientist, ipcc, climate action, climate-friendly, climate adaptation, global warm
emission = Emission, Emissionen, Ausstoß, CO2, Kohlendioxid, Treibhausgas, Treibhausgasemission, Abgas, Methan, Emissionshandel, CO2-Preis, CO2-Ausstoß, Kohlenstoff, CO2-Emission, Klimagas, Emissionsziel | emission, emissions, co2, carbon dioxide, greenhouse gas, exhaust, methane, emissions trading, carbon price, carbon, carbon emissions, carbon tax, emission trading, carbon emission
environment = Umwelt, Umweltschutz, Naturschutz, Natur, ökologisch, Ökologie, Umweltschützer, Umweltschützerin, Artenschutz, Artenvielfalt, Biodiversität, Umweltorganisation, Umweltverband, Naturschutzgebiet, Nationalpark, Wald, Wälder, Waldsterben, Abholzung, Regenwald, Tierschutz, Tierschützer, Tier, Tierart, Artensterben, aussterben, Greenpeace | environment, environmental, environmentalist, conservation, nature, ecology, ecological, biodiversity, nature reserve, national park, forest, woodland, deforestation, rainforest, animal welfare, animal, species, extinction, extinct, wildlife
pollution = Verschmutzung, verschmutzen, Umweltverschmutzung, Luftverschmutzung, Feinstaub, Schadstoff, Smog, verseucht, Verseuchung, Kontamination, kontaminiert, Giftstoff, giftig, Gift, Chemikalie, Ölpest, Luftqualität, Stickoxid, PFAS | pollution, pollute, polluted, air pollution, particulate, particulate matter, pollutant, smog, contaminated, contamination, contaminate, toxic, toxin, poison, chemical, air quality, nitrogen oxide
waste = Müll, Abfall, Plastikmüll, Recycling, Mülltrennung, Verpackung, Plastik, Einwegplastik, Sondermüll, Atommüll, Endlager, Mülldeponie, Deponie | waste, rubbish, garbage, trash, litter, recycling, recycle, packaging, plastic, single-use plastic, hazardous waste, nuclear waste, landfill, repository
water = Wasser, Trinkwasser, Grundwasser, Wasserversorgung, Abwasser, Wasserqualität, Wasserknappheit | water, drinking water, groundwater, water supply, sewage, wastewater, water quality, water scarcity, drink water
agriculture = Landwirtschaft, Landwirt, Landwirtin, Bauer, Bäuerin, landwirtschaftlich, Agrar, Agrarpolitik, Agrarsektor, Ernte, ernten, Bauernhof, Hof, Acker, Ackerland, Viehzucht, Bauernprotest, Agrarsubvention, Bauernverband, Tierhaltung, Massentierhaltung, Nutztier, Vieh, Rind, Schwein, Geflügel, Düngemittel, Pestizid, Glyphosat, Dünger | agriculture, farming, farmer, agricultural, farm, harvest, crop, crops, livestock, farm subsidy, farmers' association, animal husbandry, factory farming, cattle, pig, poultry, fertiliser, fertilizer, pesticide, glyphosate, factory farm
food = Lebensmittel, Nahrungsmittel, Nahrung, Essen, Ernährung, Brot, Fleisch, Milch, Zucker, Obst, Gemüse, Butter, Ei, Eier, Kaffee, Lebensmittelversorgung, Lebensmittelsicherheit | food, foodstuff, nutrition, diet, bread, meat, milk, dairy, sugar, fruit, vegetable, vegetables, butter, egg, eggs, coffee, food supply, food safety, groceries, grocery
grain = Getreide, Weizen, Mais, Getreideexport, Korn, Getreideabkommen, Reis, Soja | grain, wheat, maize, corn, cereal, grain export, grain deal, rice, soy, soybean
# ---------------------------------------------------------------- health
health = Gesundheit, gesund, gesundheitlich, Gesundheitswesen, Gesundheitssystem, Gesundheitspolitik, Gesundheitsamt, Gesundheitsbehörde, Gesundheitsversorgung, Gesundheitsgefahr, Gesundheitsrisiko | health, healthy, health care, healthcare, health system, health policy, health authority, public health, health risk
disease = Krankheit, krank, erkranken, Erkrankung, Erkrankte, erkrankt, Infektion, infizieren, infiziert, Infizierte, Virus, Viren, Epidemie, Pandemie, Seuche, Erreger, Ansteckung, anstecken, ansteckend, Infektionszahl, Corona, Coronavirus, Covid, Grippe, Masern, Cholera, Ebola, Mpox, Vogelgrippe, Tuberkulose, Malaria, Hantavirus, Keim, Krankheitsfall | disease, illness, ill, sick, sickness, infection, infect, infected, virus, epidemic, pandemic, pathogen, contagious, coronavirus, covid, covid-19, flu, influenza, measles, cholera, ebola, mpox, bird flu, tuberculosis, malaria, germ, measle
cancer = Krebs, Krebserkrankung, Tumor, Leukämie, Chemotherapie, krebskrank | cancer, tumour, tumor, leukaemia, leukemia, chemotherapy
vaccine = Impfung, impfen, Impfstoff, geimpft, Impfpflicht, Impfkampagne, Impfquote, Auffrischungsimpfung, Booster | vaccine, vaccination, vaccinate, vaccinated, jab, inoculation, mandatory vaccination, vaccination rate, booster
hospital = Krankenhaus, Klinik, Klinikum, Spital, Uniklinik, Universitätsklinikum, Intensivstation, Krankenhausreform, Kliniken, Krankenhausbett, Kreißsaal | hospital, clinic, infirmary, university hospital, intensive care, icu, intensive care unit, ward, hospital reform, hospital bed
hospitalise = einliefern, Einlieferung, eingeliefert, behandeln, Behandlung, ambulant, stationär, Operation, operieren, Eingriff, Therapie, therapieren, Heilung, heilen | hospitalise, hospitalize, hospitalised, hospitalized, hospitalisation, hospitalization, treat, treatment, outpatient, inpatient, surgery, operate, therapy, cure, heal
doctor = Arzt, Ärztin, Ärzte, Mediziner, Medizinerin, ärztlich, Hausarzt, Hausärztin, Facharzt, Fachärztin, Chirurg, Chirurgin, Kinderarzt, Notärztin, Zahnarzt | doctor, physician, medic, gp, general practitioner, surgeon, paediatrician, pediatrician, dentist
nurse = Pfleger, Pflegerin, Krankenpfleger, Krankenschwester, Pflegepersonal, Pflegefachkraft, Hebamme | nurse, nursing staff, carer, midwife
care = Pflege, pflegen, Pflegebedürftige, pflegebedürftig, Pflegeheim, Altenheim, Pflegeversicherung, Altenpflege, Pflegedienst, Pflegegrad, Pflegereform | care, nursing, nursing home, care home, long-term care, elderly care, care insurance, in need of care
patient = Patient, Patientin, Patienten | patient, patients
medicine = Medizin, medizinisch, Medikament, Arzneimittel, Arznei, Pille, Tablette, Medikamentenmangel, Pharma, Pharmakonzern, Pharmaindustrie, Apotheke, Apotheker, Rezept, verschreiben | medicine, medical, medication, drug shortage, pharmaceutical, pharma, pharmacy, pharmacist, prescription, prescribe, pill, tablet
health_insurance = Krankenkasse, Krankenversicherung, Krankenkassenbeitrag, Zusatzbeitrag, Versicherte, Versicherung, versichert, Versicherer, Beitragssatz, Beitragserhöhung, Kassenpatient | health insurance, health insurer, insurance, insure, insured, insurer, contribution, premium, contribution rate, health fund
mental_health = Psyche, psychisch, Depression, depressiv, Suizid, Selbstmord, Selbsttötung, Psychiatrie, psychiatrisch, Psychologe, Psychologin, Trauma, traumatisiert, Sucht, süchtig, Alkohol, Alkoholsucht, Drogensucht, Einsamkeit, traumatisieren | mental health, mental, psychological, depression, depressed, suicide, psychiatry, psychiatric, psychologist, trauma, traumatised, traumatized, addiction, addicted, alcohol, alcoholism, loneliness, depress, traumatise, traumatize
research = Forschung, forschen, Forscher, Forscherin, Wissenschaft, Wissenschaftler, Wissenschaftlerin, wissenschaftlich, Studie, Experiment, Labor, Forschungsteam, Analyse, analysieren, Analyst, Analystin, Forschungsinstitut, Institut, Erkenntnis | research, researcher, science, scientist, scientific, study, experiment, laboratory, lab, research team, analysis, analyse, analyze, analyst, institute, research institute, finding, findings, insight
expert = Experte, Expertin, Fachleute, Sachverständige, Sachverständiger, Fachmann, Fachfrau, Gutachter, Gutachterin, Berater, Beraterin, Beratergremium, Fachleut, sachverständig | expert, experts, specialist, pundit, adviser, advisor, consultant, advisory board
report = Bericht, berichten, melden, Meldung, gemeldet, vermelden, Lagebild, Gutachten, Report, Jahresbericht, Abschlussbericht, Medienbericht, Zeitungsbericht, Lagebericht, Berichterstattung | report, reporting, expert report, annual report, final report, media report, press report, coverage, medium report
# ---------------------------------------------------------------- transport, infrastructure
traffic = Verkehr, verkehren, Straßenverkehr, Verkehrslage, Stau, Staus, Verkehrschaos, Berufsverkehr, Verkehrsbehinderung, Umleitung, umleiten, Verkehrsteilnehmer, Autoverkehr, Verkehrspolitik, Verkehrswende, Verkehrsaufkommen | traffic, traffic jam, congestion, gridlock, road traffic, diversion, divert, detour, commuter traffic, road user, transport policy
road = Straße, Autobahn, Landstraße, Bundesstraße, Fahrbahn, Kreuzung, Brücke, Tunnel, Schnellstraße, Straßennetz, Fahrspur, Autobahnbrücke, Straßensperre, Straßenbau | road, street, motorway, highway, freeway, lane, junction, intersection, bridge, tunnel, road network, roadblock, road works, roadworks, road work
car = Auto, Pkw, PKW, Fahrzeug, Wagen, Autos, Automobil, Personenwagen, Kleinwagen, Geländewagen, Taxi, Wohnmobil, Autofahrt | car, vehicle, automobile, cab, taxi, suv, motorcar
truck = Lkw, LKW, Lastwagen, Laster, Sattelzug, Transporter, Lieferwagen, Brummi, Lastkraftwagen | truck, lorry, heavy goods vehicle, hgv, van, delivery van, semi-trailer, heavy good vehicle
bus = Bus, Busse, Reisebus, Linienbus, Schulbus, Busfahrer | bus, school bus, bus driver
driver = Fahrer, Fahrerin, Autofahrer, Lenker, Lenkerin, Lokführer, Lokführerin, Motorradfahrer, Radfahrer, Radfahrerin, Fußgänger, Fußgängerin, Beifahrer | driver, motorist, train driver, motorcyclist, cyclist, pedestrian, passenger seat
drive = fahren, Fahrt, befahren, Fahrverbot, Führerschein, Tempolimit, Geschwindigkeit, rasen, Raser, Geschwindigkeitsbegrenzung, Tempo | drive, driving, ride, journey, trip, driving ban, driving licence, driver's license, speed limit, speed, speeding, drive ban, drive licence, driver license
rail = Bahn, Bahnen, bahnen, Zug, Züge, Eisenbahn, Bahnhof, Hauptbahnhof, Bahnstrecke, Schiene, Gleis, Zugverkehr, Bahnverkehr, Fernverkehr, Regionalverkehr, Nahverkehr, Regionalzug, Güterzug, S-Bahn, U-Bahn, Straßenbahn, Tram, Bahnsteig, Zugausfall, Deutschlandticket, Bahnchef, Bahnkunde, Bahnreform, Bahnnetz, Schienennetz, Hochgeschwindigkeitszug, ICE, Lokführergewerkschaft, Bahnstreik, Pendler, Pendlerin, Fahrgast, Fahrgäste, ÖPNV, Zugfahrt, Stellwerk | rail, railway, railroad, train, trains, station, railway station, train station, main station, track, rail line, rail traffic, long-distance, regional train, freight train, commuter train, subway, underground, metro, tram, streetcar, cancellation of trains, rail network, high-speed train, commuter, passenger rail, public transport, public transit, rail strike, signal box, cancellation of train
air_travel = Flughafen, Flug, Flüge, fliegen, Flugzeug, Flugverkehr, Luftverkehr, Fluggesellschaft, Airline, Flugausfall, Passagier, Passagierin, Passagiere, Landung, Flugbetrieb, Flugsicherung, Luftraum, Luftfahrt, Fluglinie, Flugreise, Flugticket, Billigflieger, Pilot, Pilotin, Flugbegleiter, Terminal, Rollfeld, Landebahn, Flugplan, Flughäfen, Notlandung, notlanden, Passagiermaschine, Verkehrsflugzeug, Privatjet, Hubschrauber, Helikopter, Jet | airport, flight, flights, fly, plane, aircraft, airplane, aeroplane, air traffic, aviation, airline, carrier, flight cancellation, passenger, passengers, landing, take off, takeoff, take-off, air traffic control, airspace, pilot, flight attendant, cabin crew, runway, emergency landing, jet, airliner, helicopter, chopper, private jet, emergency land
ship = Schiff, Schiffe, schiffen, Schifffahrt, Boot, Booten, booten, Fähre, Frachter, Containerschiff, Hafen, Häfen, Seefahrt, Reederei, Schiffsverkehr, Frachtschiff, Kreuzfahrtschiff, Handelsschiff, Seeweg, Kapitän, Seeleute, Schlepper, Flüchtlingsboot, Schlauchboot, Frachtverkehr | ship, vessel, boat, ferry, freighter, cargo ship, container ship, port, harbour, harbor, shipping, shipping company, cruise ship, merchant ship, captain, sailor, seafarer, tugboat, dinghy, shipping lane, shipping traffic, ship company, ship lane, ship traffic
transport = Transport, transportieren, Beförderung, befördern, Logistik, Spedition, Fracht, Güterverkehr, Mobilität, Infrastruktur, Verkehrsinfrastruktur, Verkehrsmittel, mobil | transport, transportation, logistics, freight, cargo, haulage, mobility, infrastructure, means of transport, transit
travel = Reise, reisen, Reisende, Reisender, Tourist, Touristin, Tourismus, touristisch, Urlaub, Urlauber, Urlauberin, Ferien, Feriengast, Reisewarnung, Reiseverkehr, Einreise, einreisen, Ausreise, ausreisen, Visum, Reisepass, Pass, Hotel, Übernachtung, Urlaubsort, Ferienwohnung, reisend | travel, traveller, traveler, tourist, tourism, holiday, vacation, holidaymaker, vacationer, travel warning, travel advisory, entry, enter the country, visa, passport, hotel, overnight stay, resort
cancel = absagen, Absage, abgesagt, ausfallen, Ausfall, annullieren, Annullierung, stornieren, Stornierung, verschieben, Verschiebung, vertagen, Vertagung, aufschieben | cancel, cancellation, cancelled, canceled, call off, postpone, postponement, adjourn, adjournment, defer, scrap plans, cancell, scrap plan
delay = Verspätung, verspätet, verzögern, Verzögerung, Wartezeit, warten, Unpünktlichkeit, pünktlich, Pünktlichkeit, verspäten | delay, delayed, waiting time, wait, punctual, punctuality, wait time
start = beginnen, Beginn, starten, Start, Auftakt, anfangen, Anfang, eröffnen, Eröffnung, einleiten, lancieren, Startschuss, begonnen | begin, beginning, start, launch, kick off, kick-off, initiate, commence, onset, outset, kickoff
end = enden, Ende, beenden, Beendigung, abschließen, Abschluss, Schluss, aufhören, auslaufen, Ausstieg, aussteigen, endgültig | end, ending, finish, conclude, conclusion, terminate, termination, cease, expire, phase out, exit, definitive
# ---------------------------------------------------------------- migration
refugee = Flüchtling, Geflüchtete, Geflüchteter, Flucht, fliehen, flüchten, Vertriebene, vertreiben, Vertreibung, Schutzsuchende, Binnenvertriebene, Flüchtlingskrise, Flüchtlingszahl, Fluchtroute, Flüchtlingspolitik, fluchen, geflüchtet, vertrieben | refugee, refugees, flee, fled, displaced, displace, displacement, internally displaced, refugee crisis, escape, exodus, internally displace
asylum = Asyl, Asylbewerber, Asylbewerberin, Asylantrag, Asylsuchende, Asylverfahren, Asylrecht, Asylpolitik, Asylbewerberleistung, Asylunterkunft, Asylsystem, Asylzahl, Asylwende, subsidiär Schutz, Schutzstatus, Familiennachzug, Bleiberecht, Duldung, geduldet, Aufenthaltserlaubnis, Aufenthaltstitel, Aufenthaltsrecht, Asylwerber, Asylwerberin | asylum, asylum seeker, asylum application, asylum claim, asylum procedure, right of asylum, asylum policy, protection status, family reunification, right to stay, residence permit, residency
migration = Migration, Migrant, Migrantin, Migranten, migrieren, Einwanderung, einwandern, Einwanderer, Einwanderin, Zuwanderung, zuwandern, Zuwanderer, Auswanderung, auswandern, Auswanderer, Migrationspolitik, Migrationsabkommen, irregulär, Zuwanderungsgesetz, Einwanderungsbehörde, Ausländer, Ausländerin, Ausländerbehörde, Migrationshintergrund, Zugewanderte, Grenzübertritt | migration, migrant, migrants, immigration, immigrant, immigrate, emigration, emigrate, emigrant, migration policy, irregular, illegal immigrant, undocumented, foreigner, foreign national, immigration authority, immigration agency
integration = Integration, integrieren, Integrationskurs, Sprachkurs, Teilhabe, Inklusion | integration, integrate, integration course, language course, inclusion
# ---------------------------------------------------------------- education, science
school = Schule, Schulen, schulisch, Grundschule, Gymnasium, Realschule, Hauptschule, Gesamtschule, Oberschule, Berufsschule, Förderschule, Schulbehörde, Schulamt, Schulbetrieb, Schulgebäude, Schulhof, Schuljahr, Schulstart, Schulpflicht, Schulsystem, Schulleitung, Schulleiter, Schulleiterin, Schulträger, Klassenzimmer, Schulklasse, Unterricht, unterrichten, Unterrichtsausfall, Abitur, Schulabschluss, Ganztagsschule, Privatschule, Schulsanierung | school, schools, primary school, elementary school, secondary school, high school, grammar school, vocational school, school board, school district, school year, compulsory schooling, headteacher, head teacher, principal, classroom, lesson, lessons, teach, teaching, tuition, graduation, school leaving exam, compulsory school, school leave exam
teacher = Lehrer, Lehrerin, Lehrkraft, Lehrkräfte, Lehrpersonal, Lehrermangel, Pädagoge, Pädagogin, Erzieher, Erzieherin, Referendar, Lehramt, Lehrerstelle, Lehrergewerkschaft | teacher, teachers, teaching staff, teacher shortage, educator, nursery teacher, trainee teacher, teaching post, teach staff, teach post
student = Schüler, Schülerin, Schülerinnen, Schülerzahl, Abiturient, Abiturientin, Student, Studentin, Studierende, Studierender, studierend | pupil, student, students, schoolchild, schoolchildren, schoolboy, schoolgirl, pupils
education = Bildung, Bildungs, Bildungssystem, Bildungspolitik, Ausbildung, ausbilden, Weiterbildung, Erziehung, erziehen, Lernen, lernen, Bildungschance, Bildungsniveau, Bildungsgerechtigkeit, Pisa, Pisa-Studie, Lehre, Azubi, Auszubildende | education, educational, education system, education policy, training, vocational training, upbringing, learn, learning, pisa, apprentice, trainee, upbring, vocational train
university = Universität, Uni, Hochschule, Fachhochschule, Studium, studieren, Studiengang, Professor, Professorin, Dozent, Dozentin, Studiengebühr, Hörsaal, Campus, Doktorand, Promotion, akademisch | university, college, higher education, studies, undergraduate, degree course, professor, lecturer, tuition fee, lecture hall, campus, doctoral student, phd, doctorate, academic, high education
exam = Klausur, Note, Zeugnis, Examen, durchfallen, Zentralabitur, Abschlussprüfung, Prüfungsergebnis | exam, grade, report card, fail exam, final exam
check = prüfen, überprüfen, Prüfung, Überprüfung, Test, testen, Inspektion, Kontrolleur, Stichprobe, Prüfbericht | check, review, verify, verification, scrutiny, audit, test, testing, inspect, inspection, inspector, spot check
# ---------------------------------------------------------------- sport
football = Fußball, Fußballer, Fußballerin, Fußballspiel, Bundesliga, Champions League, Länderspiel, Nationalmannschaft, Nationalspieler, Nationalspielerin, Nationaltrainer, DFB, Stürmer, Torwart, Torhüter, Elfmeter, Champions, Torjäger | football, soccer, footballer, football match, national team, goalkeeper, premier league
match = Spiel, Spiele, spielen, Partie, Heimspiel, Auswärtsspiel, Endspiel, Finale, Halbfinale, Viertelfinale, Achtelfinale, Gruppenspiel, Spieltag, Derby, Turnier, Wettkampf, Wettbewerb, Rennen, Qualifikation, qualifizieren, Saison, Spielzeit, Liga, Meisterschaft, Meister, Titel, WM, Weltmeisterschaft, EM, Europameisterschaft, Olympia, olympisch Spiel, olympisch, Medaille, Goldmedaille, Weltmeister, Europameister, Pokal, DFB-Pokal, Duell, olympisch spielen | match, game, play, final, semi-final, semifinal, quarter-final, quarterfinal, round of 16, group match, matchday, derby, tournament, contest, race, qualifying, qualify, qualifier, season, league, championship, champion, title, world cup, european championship, olympics, olympic, olympic games, medal, gold medal, world champion, european champion, cup, duel, olympic game
team = Mannschaft, Team, Verein, Klub, Club, Nationalelf, Kader, Mannschaftskapitän, Trainer, Trainerin, Coach, Spieler, Spielerin, Sportler, Sportlerin, Athlet, Athletin, Profi | team, squad, club, coach, manager, player, athlete, sportsman, sportswoman, professional, pro
goal = Tor, Tore, Treffer, Torschütze, Eigentor, Ausgleich, Führungstreffer, Siegtreffer, Punkt, Punkte, punkten, Tabelle, Tabellenführer, Tabellenplatz, Abstieg, absteigen, Aufstieg, aufsteigen, unentschieden, Remis | goal, goals, score, scorer, own goal, equaliser, equalizer, standings, league leader, relegation, relegate
sport = Sport, sportlich, Sportart, Tennis, Handball, Basketball, Eishockey, Radsport, Leichtathletik, Schwimmen, Skisport, Biathlon, Boxen, Sportverband, Sportminister, Stadion, Spielfeld, Arena | sport, sports, sporting, tennis, handball, basketball, ice hockey, hockey, formula one, cycling, athletics, swimming, skiing, biathlon, boxing, swim, ski, stadium, pitch
doping = Doping, Dopingfall, gedopt, Dopingtest, Dopingsperre | doping, doping case, doped, drug test, doping ban, dope, dope case, dope ban
# ---------------------------------------------------------------- religion, culture, media, society
religion = Religion, religiös, Kirche, kirchlich, Christ, Christin, Christentum, christlich, katholisch, Katholik, evangelisch, Protestant, Bischof, Pfarrer, Priester, Gottesdienst, Moschee, Muslim, Muslimin, muslimisch, Islam, islamisch, Judentum, Synagoge, Rabbiner, Imam, Glaube, Gott, Kloster, Tempel, Hindu, Buddhist | religion, religious, church, christian, christianity, catholic, protestant, evangelical, bishop, priest, pastor, vicar, mosque, muslim, islam, islamic, judaism, synagogue, rabbi, imam, faith, god, monastery, temple, hindu, buddhist
culture = Kultur, kulturell, Kunst, Künstler, Künstlerin, Museum, Ausstellung, Theater, Oper, Konzert, Musik, Musiker, Musikerin, Sänger, Sängerin, Band, Festival, Film, Kino, Regisseur, Regisseurin, Schauspieler, Schauspielerin, Buch, Autor, Autorin, Schriftsteller, Schriftstellerin, Roman, Literatur, Preisträger, Preisträgerin, Auszeichnung, auszeichnen, Nobelpreis, Oscar, Kulturerbe, Denkmal, Gemälde, Kunstwerk, Bühne | culture, cultural, art, artist, museum, exhibition, theatre, theater, opera, concert, music, musician, singer, band, festival, film, movie, cinema, actor, actress, book, author, writer, novel, literature, laureate, prize winner, award, prize, nobel prize, oscar, heritage, monument, painting, artwork, film director, opus
media = Medium, Medien, Presse, Zeitung, Journalist, Journalistin, journalistisch, Reporter, Reporterin, Redaktion, Redakteur, Redakteurin, Sender, Fernsehen, Fernsehsender, TV, Rundfunk, Radio, Nachrichtenagentur, Agentur, Nachricht, Nachrichten, Schlagzeile, Interview, interviewen, Pressekonferenz, Magazin, Blatt, Boulevardzeitung, Verlag, Tageszeitung, öffentlich-rechtlich, Podcast, Livestream, Liveblog, Fernsehinterview, verliegen, Sendung, Artikel | media, press, newspaper, journalist, journalism, journalistic, reporter, editorial, editor, newsroom, broadcaster, television, tv, broadcast, broadcasting, radio, news agency, news, headline, interview, press conference, magazine, tabloid, publisher, public broadcaster, podcast, livestream, live blog, medium, article
social_media = sozial Netzwerk, Plattform, Online-Plattform, Onlinedienst, Netzwerk, Internet, online, Post, posten, Video, Foto, Bild, Kurznachrichtendienst, Influencer, Algorithmus, Desinformation, Falschinformation, Fake News, Verschwörungstheorie, Propaganda, Hassnachricht, Cybermobbing, Account, Konto, Onlineplattform, sozial netzwerken, faken News | social media, social network, platform, online platform, online service, internet, online, post, posting, video, footage, photo, picture, image, influencer, algorithm, disinformation, misinformation, fake news, conspiracy theory, propaganda, account, social medium
technology = Technologie, Technik, technisch, Digitalisierung, digital, Computer, Software, Daten, Datenschutz, künstlich Intelligenz, KI, Chip, Halbleiter, Smartphone, Handy, App, Rechenzentrum, Roboter, Automatisierung, Tech-Konzern, Techkonzern, Satellit, Raumfahrt, Weltraum, All, Raumstation, Astronaut, Astronautin, Datum | technology, technical, tech, digitalisation, digitalization, digital, computer, software, data, data protection, privacy, artificial intelligence, ai, chip, semiconductor, smartphone, mobile phone, cellphone, app, data centre, data center, robot, automation, tech company, tech giant, satellite, space travel, space station, astronaut
society = Gesellschaft, gesellschaftlich, sozial, Zusammenhalt, Gemeinschaft, Zivilgesellschaft, Ehrenamt, ehrenamtlich, Freiwillige, freiwillig | society, social, societal, cohesion, community, civil society, volunteer, voluntary, volunteering, charity
gender = Geschlecht, Gender, queer, LGBTQ, homosexuell, schwul, lesbisch, transgender, trans, Christopher Street Day, CSD, Pride | gender, sex, queer, lgbt, lgbtq, gay, lesbian, homosexual, transgender, pride, pride parade
# ---------------------------------------------------------------- statements, decisions, actions
say = äußern, Äußerung, erklären, Erklärung, betonen, sprechen, reden, Rede, Aussage, Stellungnahme, Statement, Wortlaut, Ansprache, Worte, Wort, worten, unterstreichen, hervorheben, bekräftigen, sagen, aussprechen | say, statement, speak, speech, remark, comment, stress, emphasise, emphasize, explain, explanation, reiterate, underline, underscore, address, word, words, spoke
claim = behaupten, Behauptung, vorgeben, Anspruch, beanspruchen | claim, assert, assertion, allege, allegation, entitlement
demand = fordern, Forderung, verlangen, auffordern, Aufforderung, appellieren, Appell, drängen, mahnen, Mahnung, aufrufen, Aufruf, pochen, einfordern, Forderungskatalog, dringen, plädieren | demand, urge, insist, plea, request, exhort
confirm = bestätigen, Bestätigung, bestätigt | confirm, confirmation, corroborate, confirmed, verified
deny = dementieren, Dementi, bestreiten, leugnen, abstreiten, Leugnung | deny, denial, refute, rebut, rebuttal
contradict = widersprechen, Widerspruch, widersprüchlich, Gegendarstellung, anzweifeln, Zweifel, bezweifeln, infrage stellen, in Frage stellen, in fragen stellen | contradict, contradiction, contradictory, doubt, cast doubt
correct = korrigieren, Korrektur, berichtigen, Berichtigung, revidieren, richtigstellen, Richtigstellung, nach oben korrigieren, nach unten korrigieren | correct, correction, revise, revised, rectify, set the record straight, revise upward, revise downward
reject = ablehnen, Ablehnung, lehnen, zurückweisen, Zurückweisung, verwerfen, abweisen, Abweisung, abschmettern, weigern, Weigerung, verweigern, Verweigerung, ablehnend | reject, rejection, refuse, refusal, turn down, rebuff, veto
approve = zustimmen, Zustimmung, billigen, Billigung, genehmigen, Genehmigung, bewilligen, Bewilligung, absegnen, einwilligen, Einwilligung, verabschieden, Verabschiedung, gutheißen, befürworten, Befürwortung, annehmen, Annahme, einverstanden, Einverständnis, zugestimmt, grün Licht | approve, approval, agree, consent, endorse, endorsement, adopt, adoption, greenlight, green light, accept, acceptance, okay, yes vote, authorise, authorize, authorization, authorisation
decide = beschließen, Beschluss, Beschluß, entscheiden, Entscheidung, entschieden, Entscheid, Grundsatzentscheidung, Entschluss | decide, decision, resolution, resolve, determination
propose = vorschlagen, Vorschlag, vorlegen, Vorlage, Entwurf, einbringen, Antrag, beantragen, Initiative, Konzept, anregen, Anregung | propose, proposal, suggest, suggestion, put forward, draft, motion, table a motion, initiative, submit, submission, concept
plan = planen, Plan, geplant, Planung, Vorhaben, vorhaben, beabsichtigen, Absicht, Vorhaben, Strategie, strategisch, Ziel, zielen, Zielmarke, anstreben, Programm, vorsehen | plan, planned, planning, scheme, intend, intention, intent, strategy, strategic, target, aim, objective, programme, program, aspire
ban = verbieten, Verbot, untersagen, Untersagung, verboten, ächten, Ausfuhrverbot, Demonstrationsverbot, Parteiverbot, Handyverbot, AfD-Verbot, Verbotsverfahren | ban, prohibit, prohibition, forbid, forbidden, outlaw, banned, bar, barred
allow = erlauben, Erlaubnis, zulassen, Zulassung, gestatten, ermöglichen, erlaubt, zugelassen, freigegeben, Lizenz, erteilen, Erteilung | allow, permit, permission, enable, license, licence, allowed, admitted, legalise, legalize, legalisation, legalization
extend = verlängern, Verlängerung, ausdehnen, Ausdehnung, erweitern, Erweiterung | extend, extension, prolong, prolongation, enlarge, enlargement, broaden
introduce = einführen, Einführung, umsetzen, Umsetzung, durchsetzen, Durchsetzung, vollziehen, Vollzug, implementieren, Inkrafttreten, durchführen, Durchführung | introduce, introduction, implement, implementation, enforce, enforcement, carry out, enact, come into force, take effect
stop = stoppen, Stopp, einstellen, aussetzen, Aussetzung, unterbrechen, Unterbrechung, Moratorium, einfrieren, Einfrierung, Baustopp, Aufnahmestopp, Zahlungsstopp, pausieren, ruhen, eingefroren | stop, halt, suspend, suspension, interrupt, interruption, moratorium, freeze, pause, discontinue, stoppage
continue = fortsetzen, Fortsetzung, fortführen, weitergehen, andauern, anhalten, anhaltend, fortdauern, weitermachen, wieder aufnehmen, wiederaufnehmen, Wiederaufnahme, ungebrochen, laufend | continue, continuation, ongoing, persist, persistent, resume, resumption, sustained, sustain
prevent = verhindern, Verhinderung, vermeiden, Vermeidung, abwenden, vorbeugen, Vorbeugung, Prävention, präventiv, verhüten | prevent, prevention, avoid, avoidance, avert, preventive, preventative, forestall
reach = erreichen, gelingen, schaffen, erzielen, Erreichen, Durchbruch, Fortschritt, vorankommen, fortschreiten | reach, achieve, achievement, attain, manage, breakthrough, progress, make progress
try = versuchen, Versuch, probieren, bemühen, Bemühung, Anstrengung | try, attempt, effort, endeavour, endeavor, bid
prepare = vorbereiten, Vorbereitung, bereiten, rüsten, wappnen, vorsorgen, Vorsorge, Vorkehrung | prepare, preparation, get ready, precaution, brace
need = brauchen, benötigen, Bedarf, nötig, notwendig, erforderlich, Notwendigkeit, bedürfen, unerlässlich | need, necessary, necessity, require, requirement, essential, needed
shortage = fehlen, Mangel, mangeln, Knappheit, Engpass, Lieferengpass, Versorgungsengpass, Unterversorgung, fehlend | shortage, lack, scarcity, scarce, bottleneck, supply shortage, lacking
use = nutzen, Nutzung, benutzen, verwenden, Verwendung, gebrauchen, Gebrauch, anwenden, Anwendung, Nutzer, Nutzerin | use, usage, user, utilise, utilize
offer = bieten, Angebot, anbieten, Gegenangebot | offer, counteroffer
receive = erhalten, bekommen, empfangen, Empfang, Empfänger, Erhalt | receive, get, obtain, reception, recipient, receipt
send = schicken, senden, verschicken, übermitteln, Übermittlung, zusenden | send, transmit, sent
return = zurückkehren, Rückkehr, heimkehren, Heimkehr, zurückgeben, Rückgabe, zurückbringen, zurückholen, Rückholung, zurück | return, come back, homecoming, give back, bring back, repatriate, repatriation, back
leave = verlassen, abreisen, Abreise, wegziehen, weggehen | leave, depart, departure, abandon
remain = bleiben, verbleiben, Verbleib, übrig, Rest | remain, stay, remaining, rest, remainder
follow = folgen, befolgen, verfolgen, Verfolgung | follow, pursue, pursuit, persecution, persecute
go = gehen | go
come = kommen | come
see = sehen, sichten, Sichtung, beobachten, Beobachtung, Beobachter, schauen, anschauen | see, sight, sighting, observe, observation, observer
show = zeigen, darstellen, Darstellung, präsentieren, Präsentation, vorstellen, Vorstellung | show, display, present, presentation, depict, depiction
find = finden, Fund, entdecken, Entdeckung, auffinden, aufspüren, ausfindig, feststellen, Feststellung | find, discovery, discover, locate, detect, detection
know = wissen, kennen, Kenntnis, bewusst | know, knowledge, aware, awareness
believe = glauben, meinen, denken, vermuten, Vermutung, ausgehen | believe, think, suppose, assume, assumption
hold = halten, abhalten, festhalten | hold, keep
name = Name, nennen, benennen, bezeichnen, Bezeichnung, umbenennen, Umbenennung | name, designate, designation, label, rename, renaming
estimate = schätzen, Schätzung, geschätzt, hochrechnen, Einschätzung, einschätzen, veranschlagen, beziffern, Bezifferung | estimate, estimation, estimated, assess, assessment
count = zählen, Zählung, auszählen, Auszählung, gezählt, Nachzählung, registrieren, Registrierung, erfassen, Erfassung, verzeichnen | count, counting, recount, register, registration
calculate = berechnen, Berechnung, kalkulieren, Kalkulation, rechnen, errechnen, Rechnung | calculate, calculation, compute, reckon, invoice
expect = erwarten, Erwartung, voraussichtlich, erwartet, absehbar | expect, expectation, anticipate, expected, foreseeable
publish = veröffentlichen, Veröffentlichung, publizieren, Publikation, herausgeben, erscheinen, Erscheinen | publish, publication, appear
inform = informieren, Information, Auskunft, Info, benachrichtigen, Benachrichtigung, Detail, Einzelheit | inform, information, info, notify, notification, detail, details, briefing, brief
answer = antworten, Antwort, beantworten, Rückmeldung, erwidern, Erwiderung, entgegnen | answer, reply, respond, response, retort
reaction = reagieren, Reaktion, Gegenreaktion, Vergeltung, vergelten, Vergeltungsschlag, Vergeltungsmaßnahme, Gegenschlag | react, reaction, backlash, retaliation, retaliate, retaliatory, reprisal, counterstrike
agree_with = Übereinstimmung, übereinstimmen, übereinstimmend, einig, Einigkeit, einhellig, einstimmig | unanimous, unanimously, concur, consensus
support = unterstützen, Unterstützung, Unterstützer, Unterstützerin, Befürworter, Befürworterin, Rückhalt, Rückendeckung, Beistand, beistehen, Solidarität, solidarisch, Anhänger, Anhängerin, Fan | support, supporter, backing, advocate, proponent, in favour, in favor, solidarity, follower, fan
resistance = Widerstand, widersetzen, Gegner, Gegnerin, Gegenwehr, Gegenstimme, wehren | resistance, resist, oppose, opponent, adversary, opposed
enemy = Feind, Feindin, feindlich, Feindschaft, Erzfeind | enemy, hostile, hostility, foe, arch-enemy
trust = Vertrauen, vertrauen, vertrauenswürdig, Misstrauen, misstrauen, Glaubwürdigkeit, glaubwürdig | trust, confidence, trustworthy, distrust, mistrust, credibility, credible
hope = Hoffnung, hoffen, hoffnungsvoll, zuversichtlich, Zuversicht, optimistisch, Optimismus | hope, hopeful, optimistic, optimism, confident
fear = Sorge, besorgt, Befürchtung, befürchten, Angst, ängstlich, Furcht, fürchten, Panik, beunruhigt, Beunruhigung, Besorgnis, Verunsicherung, furchen, beunruhigen | fear, concern, concerned, worry, worried, anxiety, anxious, afraid, panic, alarmed, unease
mourn = Trauer, trauern, Beileid, Kondolenz, Anteilnahme, Trauerfeier, Beerdigung, beerdigen, Begräbnis, beisetzen, Beisetzung, Trauergottesdienst | mourn, mourning, grief, grieve, condolence, condolences, sympathy, funeral, burial, memorial service
thank = danken, Dank, dankbar, Dankbarkeit | thank, thanks, grateful, gratitude
apologise = entschuldigen, Entschuldigung, bedauern, Bedauern | apologise, apologize, apology, regret
commemorate = gedenken, Gedenken, Gedenkfeier, Gedenkstätte, Gedenktag, ehren, Ehrung, würdigen, Würdigung, erinnern, Erinnerung, Mahnmal, Ehre | commemorate, commemoration, memorial, honour, honor, tribute, pay tribute, remember, remembrance, memory
celebrate = feiern, Feier, Jubiläum, Jahrestag, Fest, Festakt, Party, Feierlichkeit, bejubeln, Jubel | celebrate, celebration, anniversary, jubilee, festivity, cheer, jubilation
responsibility = Verantwortung, verantwortlich, zuständig, Zuständigkeit, Verantwortliche, Haftung, verantworten | responsibility, responsible, accountable, accountability, liable, liability, blame
crisis = Krise, Krisen, krisenhaft, Krisengebiet, Krisenregion, Krisenmanagement | crisis, crises, crisis region, crisis management
conflict = Konflikt, Konfliktpartei, Konfliktlösung | conflict, conflicts, warring party, conflict resolution, war party
tension = Spannung, Spannungen, angespannt, Anspannung, anspannen | tension, tensions, tense, strain, strained
escalation = Eskalation, eskalieren, Zuspitzung, zuspitzen, verschärfen, Verschärfung, Deeskalation, deeskalieren | escalation, escalate, intensify, intensification, worsen, tighten, tightening, de-escalation, de-escalate
relax = lockern, Lockerung, entspannen, Entspannung, aufheben, Aufhebung | relax, relaxation, ease, easing, loosen, lift, lifting, repeal
abolish = abschaffen, Abschaffung, auflösen, Auflösung | abolish, abolition, scrap, dissolve, dissolution

pressure = Druck, drucken, Druckmittel, Zeitdruck, Handlungsdruck | pressure, leverage, put pressure
# ---------------------------------------------------------------- places as common nouns, administrative units
country = Land, Länder, landen, Nation, Heimatland, Nationalstaat, Herkunftsland, Drittstaat, Staatengemeinschaft, Entwicklungsland, Schwellenland, Heimat | country, countries, nation, homeland, nation state, country of origin, third country, developing country, emerging economy, develop country, emerge economy
state = Staat, Staaten, staatlich, Staats, Bundesland, Bundesstaat, Bundesländer, Freistaat | state, states, federal state, state-owned, statehood
federal = Bund, Bundes, bundesweit, föderal, Föderalismus, Bundesebene | federal, federal government, nationwide, federalism, federal level
national = national, landesweit, Landesebene, inländisch, Inland, einheimisch, heimisch | national, nationally, domestic, countrywide, home-grown, native
international = international, Ausland, ausländisch, weltweit, global, Welt, Weltgemeinschaft, multilateral, Globalisierung | international, internationally, abroad, overseas, worldwide, global, globally, world, international community, multilateral, globalisation, globalization
local = lokal, örtlich, Kommunalpolitik, kommunalpolitisch, Lokalpolitiker | local, locally, locality, local politics, local politician
province = Provinz, Kanton, Gouvernement, Oblast, Verwaltungsbezirk | province, provincial, canton, governorate, oblast, prefecture
district = Landkreis, Kreis, Bezirk, Kreisebene, Kreisgebiet, Landkreise, Kreisstadt, Regierungsbezirk, Stadtkreis, Kreisfrei | district, county, administrative district, county seat, borough council
neighbourhood = Stadtteil, Stadtbezirk, Viertel, Wohnviertel, Ortsteil, Kiez, Quartier, Vorort | neighbourhood, neighborhood, borough, suburb
municipality = Gemeinde, gemeinden, Kommune, kommunal, Gemeindeverwaltung, Samtgemeinde, Verbandsgemeinde, Marktgemeinde, Kommunen | municipality, municipal, municipalities, commune, local authority, local government, township
city = Stadt, Städte, städtisch, Großstadt, Kleinstadt, Metropole, Millionenstadt, Stadtgebiet, Stadtbild, Stadtstaat | city, town, urban, metropolis, city-state, cities, towns
capital = Hauptstadt, Landeshauptstadt, Regierungssitz | capital, capital city, seat of government, state capital
village = Dorf, Ortschaft, Dörfer, Weiler | village, hamlet
city_centre = Innenstadt, Stadtzentrum, Altstadt, Stadtmitte, Zentrum, Stadtkern, Fußgängerzone | city centre, city center, downtown, town centre, old town, centre, center, pedestrian zone
city_hall = Rathaus, Stadtverwaltung, Stadtspitze | city hall, town hall, city administration, city authorities, city officials, city authority, city official
earth = Erde, Planet, Erdball, Menschheit | earth, planet, globe, mankind, humanity
east = Osten, östlich, Ost, Nordosten, Südosten, nordöstlich, südöstlich, Ostdeutschland, ostdeutsch, Ostteil | east, eastern, northeast, north-east, southeast, south-east, eastward
west = Westen, westlich, West, Nordwesten, Südwesten, nordwestlich, südwestlich, Westdeutschland, westdeutsch, Westteil | west, western, northwest, north-west, southwest, south-west, westward
north = Norden, nördlich, Nord, Norddeutschland, norddeutsch, Nordteil | north, northern, northward
south = Süden, südlich, Süd, Süddeutschland, süddeutsch, Südteil | south, southern, southward
island = Insel, Inseln, Halbinsel, Inselstaat, Archipel | island, islands, peninsula, island nation, archipelago
mountain = Berg, Gebirge, Alpen, Berghang, Bergsteiger, Alp | mountain, mountains, alps, mountainside, climber, mountaineer, alp
place = Platz, Standort, Ort, Örtlichkeit, Schauplatz, orten, Gelände | place, location, site, venue, square, spot
# ---------------------------------------------------------------- time
year = Jahr, Jahre, Jahres, jährlich, Jahresende, Jahresbeginn, Vorjahr, Kalenderjahr, Jahresanfang | year, years, annual, annually, yearly, end of year, year-end, previous year, calendar year
month = Monat, Monate, monatlich, Monatsende | month, months, monthly, end of month
week = Woche, Wochen, wöchentlich, Wochenmitte, Kalenderwoche | week, weeks, weekly, midweek
day = Tag, Tage, tagen, täglich, tagelang, Werktag, Feiertag, Tagesverlauf | day, days, daily, public holiday
hour = Stunde, Stunden, stündlich, stundenlang | hour, hours, hourly
minute = Minute, Minuten, minutenlang | minute, minutes
decade = Jahrzehnt, Jahrzehnte, jahrzehntelang | decade, decades
century = Jahrhundert, Jahrhunderte, jahrhundertelang | century, centuries
weekend = Wochenende | weekend
night = Nacht, Nächte, nachts, nächtlich, Mitternacht, Nachtzeit | night, nights, overnight, midnight, nighttime, at night
morning = Morgen, morgens, Vormittag, vormittags, Morgenstunde, Montagmorgen, Dienstagmorgen | morning, mornings, forenoon, morning hours, morning hour
evening = Abend, abends, Nachmittag, nachmittags, Mittag, mittags, Freitagabend, Samstagabend, Sonntagabend | evening, afternoon, noon, midday, tonight
time = Zeit, Zeitpunkt, Zeitraum, Periode, Phase, Dauer, dauern, zeitlich, Frist, Deadline, Stichtag, Termin, Zeitplan, Ultimatum, Zeitfenster | time, period, phase, duration, deadline, date, timetable, schedule, ultimatum, time frame, dated
monday = Montag | monday
tuesday = Dienstag | tuesday
wednesday = Mittwoch | wednesday
thursday = Donnerstag | thursday
friday = Freitag | friday
saturday = Samstag, Sonnabend | saturday
sunday = Sonntag | sunday
january = Januar, Jänner | january
february = Februar, Feber | february
march = März | march
april = April | april
may = Mai |
june = Juni | june
july = Juli | july
august = August | august
september = September | september
october = Oktober | october
november = November | november
december = Dezember | december
spring = Frühling, Frühjahr | spring, springtime
summer = Sommer, sommerlich, Sommerferien | summer, summertime, summer holiday
autumn = Herbst, herbstlich | autumn
winter = Winter, winterlich | winter, wintertime
christmas = Weihnachten, Weihnachtsfest, weihnachtlich, Heiligabend, Weihnachtsmarkt | christmas, christmas eve, christmas market, xmas
easter = Ostern, Osterfest | easter
new_year = Silvester, Neujahr, Jahreswechsel | new year, new year's eve, turn of the year, new year eve
quarter = Quartal, Quartale, quartalsweise | quarter, quarterly
future = Zukunft, künftig, zukünftig, Zukunfts, demnächst, bald | future, in future, soon, upcoming, forthcoming
current = aktuell, derzeit, gegenwärtig, momentan, Gegenwart, jetzig, zurzeit, Moment | current, currently, presently, at the moment
last = letzt, vergangen, vorig, vorherig, bisherig, Vorwoche, Vormonat, Vortag, jüngst, vergehen, letzte, letzter, Vergangenheit | last, past, previous, latest, prior, preceding, recent, recently, precede
next = nächst, kommend, folgend, anschließend, darauffolgend | next, coming, following, subsequent, subsequently
early = früh, frühzeitig, vorzeitig, verfrüht | early, premature, prematurely, ahead of schedule
late = spät, Spätfolge | late, later, belated
again = erneut, wieder, abermals, wiederholt, Wiederholung, wiederholen, nochmals, mehrfach | again, anew, once again, repeated, repeatedly, repeat, renewed
first_time = erstmals, erstmalig | first-ever, first time
# ---------------------------------------------------------------- common qualities
new = neu, Neu, neuartig, erneuern, Erneuerung | new, newly, renew, renewal
big = groß, Größe, größer, riesig, enorm, gewaltig, massiv, immens, Riesen, Groß, Riese | big, large, larger, major, huge, enormous, massive, vast, immense, giant, size, gigantic
small = klein, winzig, gering, geringfügig, Klein, leicht | small, little, tiny, slight, slightly, marginal
high = hoch, Hoch, Höhe, höhen, Niveau, Höchst | high, highly, height, elevated, highest
low = niedrig, tief, Tief, Tiefpunkt | low, lowest, deep, low point
strong = stark, Stärke, stärken, Stärkung, kräftig, mächtig, Macht, verstärken, Verstärkung, verstärkt | strong, strongly, strength, strengthen, powerful, power, might, mighty, reinforce, reinforcement
weak = schwach, Schwäche, schwächen, Schwächung | weak, weakness, weaken, weakening
severe = schwer, heftig, schwerwiegend, gravierend, ernst, ernsthaft, dramatisch, verheerend, gravieren, verheeren, intensiv | severe, severely, serious, seriously, heavy, heavily, grave, fierce, intense, dramatic, dramatically, devastating
significant = deutlich, erheblich, beträchtlich, signifikant, spürbar, merklich, wesentlich, maßgeblich | significant, significantly, considerable, considerably, substantial, substantially, marked, markedly, noticeable, noticeably
clear = klar, Klarheit, eindeutig, offensichtlich, offenbar, klären, Klärung, unmissverständlich | clear, clearly, clarity, obvious, obviously, evident, apparently, apparent, clarify, clarification, unambiguous
unclear = unklar, ungewiss, Ungewissheit, unsicher, Unsicherheit, fraglich | unclear, uncertain, uncertainty, doubtful, questionable
possible = möglich, Möglichkeit, möglicherweise, eventuell, potenziell, Potenzial, denkbar, Option | possible, possibility, possibly, potential, potentially, conceivable, option
likely = wahrscheinlich, Wahrscheinlichkeit, vermutlich, dürfte | likely, probably, probable, probability, presumably, likelihood
important = wichtig, Bedeutung, bedeutend, bedeutsam, entscheidend, zentral, relevant, Relevanz, Schlüssel | important, importance, crucial, key, central, relevant, relevance, vital, decisive, pivotal
fast = schnell, rasch, zügig, Schnelligkeit, beschleunigen, Beschleunigung, sofort, umgehend, unverzüglich, plötzlich, abrupt, sofortig | fast, quick, quickly, rapid, rapidly, swift, swiftly, speedy, accelerate, acceleration, immediate, immediately, instantly, sudden, suddenly, abrupt, abruptly
slow = langsam, verlangsamen, Verlangsamung, schleppend, zögerlich | slow, slowly, slow down, slowdown, sluggish, hesitant
long = lang, lange, langfristig, Länge, langwierig, dauerhaft | long, long-term, length, lengthy, lasting, permanent, permanently
short = kurz, kurzfristig, kürzlich | short, short-term, briefly, at short notice, shortly
good = gut, besser, Verbesserung, verbessern, positiv | good, better, improve, improvement, positive, positively, well
bad = schlecht, schlechter, verschlechtern, Verschlechterung, negativ, schlimm | bad, worse, deteriorate, deterioration, negative, negatively
right = richtig, korrekt, zutreffend, wahr, Wahrheit, zutreffen | right, accurate, true, truth
wrong = falsch, unwahr, Lüge, lügen, irreführend, Fälschung, fälschen, gefälscht, Fake, irreführen | wrong, false, untrue, liar, misleading, fake, forgery, forge, forged, falsify, fabricate, fabricated, mislead
full = voll, vollständig, komplett, völlig, gänzlich, total, Vollständigkeit | full, fully, complete, completely, entire, entirely, totally, whole
part = Teil, teilweise, teils, partiell, Bestandteil | part, partly, partial, partially, partial, component
same = gleich, selb, identisch, ebenso | same, identical, equal, equally
different = unterschiedlich, verschieden, anders, Unterschied, unterscheiden, abweichen, Abweichung | different, various, varying, difference, differ, distinguish, deviation, deviate, vary
similar = ähnlich, vergleichbar, Vergleich, vergleichen | similar, similarly, comparable, comparison, compare
known = bekannt, bekanntlich, berühmt, prominent, Prominente | known, well-known, famous, prominent, celebrity
unknown = unbekannt, Unbekannte, anonym, Anonymität | unknown, unidentified, anonymous, anonymity
secret = geheim, Geheimnis, vertraulich, Vertraulichkeit, verdeckt, heimlich, insgeheim, verdecken | secret, secretly, classified, confidential, confidentiality, covert, covertly
open = öffnen, Öffnung, geöffnet, aufmachen, wiedereröffnen, Wiedereröffnung, offen, Offenheit | open, opened, reopen, reopening, openness, openly
public = öffentlich, Öffentlichkeit | public, publicly, the public, public sector
private = privat, Privatisierung, privatisieren, privatwirtschaftlich | private, privately, privatisation, privatization, privatise, privatize, private sector
joint = gemeinsam, zusammen, Zusammenarbeit, zusammenarbeiten, kooperieren, Kooperation, Gemeinsamkeit | joint, jointly, together, cooperation, co-operation, cooperate, collaborate, collaboration
direct = direkt, unmittelbar, Direkt | direct, directly
personal = persönlich | personal, personally
numerous = zahlreich, Vielzahl, Fülle, Dutzend, dutzend, Hunderte, Tausende, Zehntausende, zehntausend | numerous, many, plenty, multitude, dozens, dozen, hundreds, thousands, tens of thousands, ten of thousand
only = lediglich, einzig, ausschließlich, allein, bloß | only, solely, exclusively, sole, alone, merely
special = besonders, speziell, Sonder, gezielt, extra, insbesondere | special, specially, especially, particular, particularly, targeted, extra
normal = normal, üblich, gewöhnlich, Normalität, regulär, regelmäßig, Regelmäßigkeit | normal, normally, usual, usually, ordinary, regular, normality, normalcy
difficult = schwierig, Schwierigkeit, kompliziert, Herausforderung, herausfordernd, komplizieren, erschweren, Erschwernis | difficult, difficulty, hard, complicated, challenge, challenging, complicate
harsh = hart, scharf, Härte, verschärft, streng, drastisch | harsh, tough, strict, sharp, sharply, drastic, drastically, stringent

settlement = Siedlung, Siedler, Siedlerin, Siedlungsbau, Siedlungspolitik, Außenposten | settlement, settler, settlements, outpost, settlement construction
# ---------------------------------------------------------------- nationalities and demonyms
german = deutsch, Deutsche, Deutscher, Bundesbürger, Bundesdeutsche, bundesdeutsch | german, germans
austrian = österreichisch, Österreicher, Österreicherin | austrian
swiss = schweizerisch, Schweizer, Schweizerin, eidgenössisch | swiss
french = französisch, Franzose, Französin | french, frenchman, frenchwoman
british = britisch, Brite, Britin, englisch, Engländer, Engländerin, schottisch, Schotte, walisisch | british, briton, english, englishman, scottish, scot, welsh
american = amerikanisch, Amerikaner, Amerikanerin, US-Amerikaner, US-amerikanisch | american, americans
russian = russisch, Russe, Russin, sowjetisch, Russ | russian, russians, soviet
ukrainian = ukrainisch, Ukrainer, Ukrainerin | ukrainian, ukrainians
belarusian = belarussisch, Belarusse, weißrussisch | belarusian, belarussian
polish = polnisch, Pole, Polin, Pol | polish, pole, poles
italian = italienisch, Italiener, Italienerin | italian
spanish = spanisch, Spanier, Spanierin | spanish, spaniard
portuguese = portugiesisch, Portugiese | portuguese
dutch = niederländisch, Niederländer, holländisch, Holländer | dutch, dutchman
belgian = belgisch, Belgier | belgian
danish = dänisch, Däne, Dänin | danish, dane
swedish = schwedisch, Schwede, Schwedin | swedish, swede
norwegian = norwegisch, Norweger | norwegian
finnish = finnisch, Finne | finnish, finn
greek = griechisch, Grieche, Griechin | greek
turkish = türkisch, Türke, Türkin | turkish, turk
hungarian = ungarisch, Ungar, Ungarin | hungarian
czech = tschechisch, Tscheche | czech
slovak = slowakisch, Slowake | slovak, slovakian
romanian = rumänisch, Rumäne | romanian
bulgarian = bulgarisch, Bulgare | bulgarian
serbian = serbisch, Serbe | serbian, serb
croatian = kroatisch, Kroate | croatian, croat
bosnian = bosnisch, Bosnier | bosnian
albanian = albanisch, Albaner | albanian
kosovar = kosovarisch, Kosovare | kosovar, kosovan
baltic = baltisch, estnisch, Este, lettisch, Lette, litauisch, Litauer | baltic, estonian, latvian, lithuanian
irish = irisch, Ire, Irin | irish
icelandic = isländisch, Isländer | icelandic, icelander
greenlandic = grönländisch, Grönländer | greenlandic, greenlander
georgian = georgisch, Georgier | georgian
armenian = armenisch, Armenier | armenian
azerbaijani = aserbaidschanisch, Aserbaidschaner | azerbaijani, azeri
israeli = israelisch, Israeli | israeli, israelis
palestinian = palästinensisch, Palästinenser, Palästinenserin | palestinian, palestinians
iranian = iranisch, Iraner, Iranerin, persisch | iranian, persian
iraqi = irakisch, Iraker | iraqi
syrian = syrisch, Syrer, Syrerin | syrian
lebanese = libanesisch, Libanese | lebanese
jordanian = jordanisch, Jordanier | jordanian
egyptian = ägyptisch, Ägypter | egyptian
saudi = saudisch, saudi-arabisch, Saudi, Saudi-Araber | saudi
arab = arabisch, Araber, Araberin | arab, arabic, arabian
yemeni = jemenitisch, Jemenit | yemeni
qatari = katarisch, Katarer | qatari
emirati = emiratisch | emirati
kurdish = kurdisch, Kurde, Kurdin | kurdish, kurd
libyan = libysch, Libyer | libyan
tunisian = tunesisch, Tunesier | tunisian
moroccan = marokkanisch, Marokkaner | moroccan
algerian = algerisch, Algerier | algerian
sudanese = sudanesisch, Sudanese | sudanese
ethiopian = äthiopisch, Äthiopier | ethiopian
somali = somalisch, Somalier | somali
nigerian = nigerianisch, Nigerianer | nigerian
kenyan = kenianisch, Kenianer | kenyan
south_african = südafrikanisch, Südafrikaner | south african
congolese = kongolesisch, Kongolese | congolese
african = afrikanisch, Afrikaner, Afrikanerin | african
european = europäisch, Europäer, Europäerin | european, europeans
asian = asiatisch, Asiat | asian
chinese = chinesisch, Chinese, Chinesin | chinese
japanese = japanisch, Japaner, Japanerin | japanese
korean = koreanisch, südkoreanisch, nordkoreanisch, Koreaner, Südkoreaner, Nordkoreaner | korean, south korean, north korean
taiwanese = taiwanisch, Taiwaner | taiwanese
vietnamese = vietnamesisch, Vietnamese | vietnamese
thai = thailändisch, Thailänder | thai
indonesian = indonesisch, Indonesier | indonesian
philippine = philippinisch, Philippiner | philippine, filipino
indian = indisch, Inder, Inderin | indian
pakistani = pakistanisch, Pakistaner | pakistani
afghan = afghanisch, Afghane, Afghanin | afghan, afghans
bangladeshi = bangladeschisch | bangladeshi
kazakh = kasachisch, Kasache | kazakh
canadian = kanadisch, Kanadier | canadian
mexican = mexikanisch, Mexikaner | mexican
cuban = kubanisch, Kubaner | cuban
venezuelan = venezolanisch, Venezolaner | venezuelan
colombian = kolumbianisch, Kolumbianer | colombian
brazilian = brasilianisch, Brasilianer | brazilian
argentine = argentinisch, Argentinier | argentine, argentinian
chilean = chilenisch, Chilene | chilean
peruvian = peruanisch, Peruaner | peruvian
latin_american = lateinamerikanisch, Lateinamerikaner | latin american
australian = australisch, Australier | australian
new_zealander = neuseeländisch, Neuseeländer | new zealander
bavarian = bayerisch, Bayer, Bayerin | bavarian
saxon = sächsisch, Sachse | saxon
berliner = Berliner, Berlinerin | berliner
munich_adj = Münchner, Münchener | munich-based
hamburg_adj = Hamburger | hamburg-based
parisian = Pariser | parisian
viennese = Wiener | viennese
jewish = jüdisch, Jude, Jüdin | jewish, jew, jews
# ---------------------------------------------------------------- frequent words of news text with a plain translation
red = rot, Rot | red
black = schwarz, Schwarz | black
white = weiß, Weiß | white
blue = blau, Blau | blue
yellow = gelb, Gelb | yellow
green = grün, Grün | green
stand = stehen, Stand, Stellung, liegen | stand, standing, stand at
bring = bringen, mitbringen | bring, brought
take = nehmen, übernehmen | take, take over
case = Fall, Fälle, fällen, Einzelfall, Ernstfall | case, cases, instance
write = schreiben, schriftlich, Schreiben, verfassen | write, written, writing
few = wenig, wenige, weniger | few, less, fewer
own = eigen, Eigentum, Eigentümer, besitzen, Besitz, Besitzer | own, owner, ownership, property owner, possess, possession
development = Entwicklung, entwickeln, Entwickler, Weiterentwicklung | development, develop, developer, evolve
overview = Überblick, überblicken, Übersicht, Zusammenfassung | overview, summary, roundup, at a glance
throw = werfen, Wurf, schleudern | throw, hurl
question = Frage, fragen, Anfrage, anfragen, Fragestellung | question, query
side = Seite, beidseitig, Flanke | side, flank
call = rufen, Ruf, anrufen, Anruf | call, phone, shout
run = laufen, Lauf, Läufer | run, runner, running
so_called = sogenannt, so genannt, so nennen | so-called
measure = Maßnahme, Maßnahmenpaket, Maßregel, messen, Messung | measure, measures
problem = Problem, problematisch, Schwierigkeiten | problem, problematic, trouble
step = Schritt, Etappe, Stufe, schreiten | step, stage
exact = genau, exakt, präzise, Genauigkeit, präzis | exact, exactly, precise, precisely, accuracy
result = Ergebnis, Resultat, Endergebnis, Zwischenergebnis, Ausgang | result, outcome, results, final result, interim result
action = vorgehen, Vorgehen, Aktion, Handlung, Vorgehensweise | action, act, crack down, crackdown
reason = Grund, Ursache, Anlass, begründen, Begründung, verursachen, auslösen, Auslöser, rechtfertigen, Rechtfertigung | reason, cause, grounds, justify, justification, trigger
ready = bereit, Bereitschaft, startklar, gewillt | ready, willing, willingness, readiness, prepared
far = weit, weitreichend, fern, Entfernung, entfernt | far, wide, widely, far-reaching, distance, distant, remote
participate = beteiligen, Beteiligung, teilnehmen, Teilnahme, Teilnehmer, Teilnehmerin, mitmachen | participate, participation, participant, take part, involvement, involve
force = Kraft, Gewaltanwendung, erzwingen, zwingen, Zwang | force, forced, compel, coercion
topic = Thema, Themen, thematisieren | topic, subject, theme, issue
view = Blick, Sicht, Ansicht, Aussicht, blicken, Perspektive, Standpunkt | view, look, perspective, prospect, standpoint
concrete = konkret | concrete, specific
hear = hören, Anhörung | hear
incident = Vorfall, Zwischenfall, Ereignis, ereignen, Geschehen, geschehen, passieren, vorfallen | incident, happen, occur, occurrence, happening
group = Gruppe, Gruppierung, Verband, Vereinigung, Organisation | group, association, organisation, organization, federation
simple = einfach, schlicht | simple, simply, easy, plain
mean = bedeuten | mean, meaning
direction = Richtung, richten | direction, towards
middle = Mitte, mittler, Mittelpunkt | middle, mid, medium-sized
hit = schlagen, Schlag, einschlagen, Einschlag | hit, blow
impose = verhängen, auferlegen, erheben, Erhebung | impose
take_place = stattfinden, ausrichten, Austragung | take place, be held, host, be hold
letter = Brief, Brandbrief | letter, open letter
condition = Bedingung, Voraussetzung, Auflage, Bedingungen | condition, precondition, prerequisite, conditions
background = Hintergrund, hintergründig | background
ask = bitten, Bitte, ersuchen, Ersuchen, Gesuch | ask, plead
document = Akte, Dokument, Unterlage, Papier, Dossier, Akten | document, file, files, paper, papers, dossier, records
system = System, Systeme, systematisch | system, systematic
surprise = überraschen, Überraschung, überraschend, unerwartet | surprise, surprising, surprisingly, unexpected, unexpectedly
tell = erzählen, Erzählung | tell, narrate, narrative
history = Geschichte, historisch, geschichtlich, Historiker, Historikerin | history, historic, historical, historian, story
mutual = gegenseitig, wechselseitig, beiderseitig | mutual, mutually, reciprocal, bilateral
additional = zusätzlich, weiter, Zusatz, ergänzen, Ergänzung | additional, additionally, further, supplementary, supplement
area = Bereich, Fläche, Areal, Hektar, Quadratkilometer | area, field, surface, hectare, square kilometre, square kilometer
determine = bestimmen, Bestimmung, festlegen, Festlegung, festsetzen | determine, lay down, stipulate, stipulation, lie down
sit = sitzen, Sitz, Sitzplatz, Mandatsverteilung | sit, seat, seats
carry = tragen | carry, bear, wear
chance = Chance, Gelegenheit | chance, opportunity
example = Beispiel, beispielsweise | example
space = Raum, Räume, räumlich | room, space, spatial
role = Rolle | role
service = Dienst, Dienstleistung, Service, dienen | service, serve, services
interest = Interesse, interessieren, interessiert, Interessen | interest, interested, interests
relation = Beziehung, Verhältnis, Bezug, Verbindung, Verbindungen, verbinden, Kontakt | relation, relationship, relations, connection, link, links, contact, ties
task = Aufgabe, Auftrag, Pflicht, verpflichten, Verpflichtung, Engagement, engagieren | task, obligation, oblige, commitment, engagement, engage
position = Position | position
framework = Rahmen, Rahmenbedingung, Rahmenwerk | framework, frame, general conditions, general condition
performance = Leistung, leisten, Leistungsfähigkeit, Auftritt, auftreten | performance, perform, capacity, appearance
idea = Idee, Gedanke | idea, notion, thought
extent = Ausmaß, Umfang, Dimension, Größenordnung, ausmessen | extent, scale, scope, dimension
context = Zusammenhang, Kontext, zusammenhängen | context
mistake = Fehler, Fehlentscheidung, versagen, Versagen, fehlerhaft | mistake, error, flawed, faulty, blunder
table = Tisch | table
basis = Grundlage, Basis, grundsätzlich, Grundsatz, Prinzip, grundlegend | basis, foundation, principle, fundamental, basically, in principle
relieve = Entlastung, entlasten, Erleichterung, erleichtern, Entlastungspaket | relieve, relief package
movement = Bewegung, bewegen, verlegen, Verlegung, umziehen, Umzug | movement, move, moving, relocate, relocation
project = Projekt, Pilotprojekt | project, pilot project
mood = Stimmung, Laune, Atmosphäre | mood, atmosphere, sentiment
signal = Signal, Zeichen, signalisieren, deuten, Andeutung, andeuten | signal, indicate, indication
event = Veranstaltung, Veranstalter, veranstalten, Event, organisieren, Organisator | event, organiser, organizer, organise, organize
balance = Bilanz, Gleichgewicht, bilanzieren | balance, balance sheet
line = Linie, Strecke | line, route
facility = Einrichtung, Anlage, Institution, Zentrale | facility, installation, institution, headquarters
head = Kopf, Köpfe | head, heads
stance = Haltung | stance, attitude
punishment = Strafe, bestrafen, Bestrafung, Strafmaß, strafbar, Strafverfolgung, Sanktionierung | punishment, punish, punishable
stable = stabil, Stabilität, stabilisieren, Stabilisierung, instabil, Instabilität | stable, stability, stabilise, stabilize, stabilisation, unstable, instability
level = Ebene | level, tier
fair = gerecht, Gerechtigkeit, fair, ungerecht, Ungerechtigkeit | fair, fairness, unfair, injustice
type = Art, Typ, Sorte, Form, Variante, typen, Version | type, kind, sort, form, variant, version
violation = Verstoß, verstoßen, Rechtsbruch, Völkerrechtsbruch, Vertragsbruch, missachten, Missachtung | violation, violate, breach, infringement, infringe, flout, disregard
sabotage = Sabotage, sabotieren, Saboteur | sabotage, saboteur
exclave = Exklave, Enklave | exclave, enclave
recognise = anerkennen, Anerkennung, erkennen | recognise, recognize, recognition, acknowledge, acknowledgement
character = Charakter, Eigenschaft, Merkmal | character, characteristic, feature, trait
value = Wert, Werte, wertvoll, bewerten, Bewertung | value, values, valuable, evaluate, evaluation, rating
tactic = Taktik, taktisch | tactic, tactics, tactical
law_enforcement = Strafverfolgungsbehörde, Ordnungsamt | law enforcement, law enforcement agency
hand = Hand, Hände, Händen | hand, hands
list = Liste, Auflistung, auflisten | list, listing
percentage_point = Prozentpunkt | percentage point

reign = herrschen, Herrschaft, Herrscher, Herrscherin, vorherrschen | reign, ruler, dominate, dominance
# ---------------------------------------------------------------- more frequent words (from the coverage check on real news)
near = nah, nahe, Nähe, nähen, näher, nahegelegen, benachbart, Nachbar, Nachbarin, Nachbarland, Nachbarstaat, Umgebung, Umland | near, nearby, neighbouring, neighboring, neighbour, neighbor, vicinity, proximity, surroundings
praise = loben, Lob, preisen, anerkennend | praise, laud, commend
experience = erleben, Erlebnis, Erfahrung, erfahren, erfahrenen | experience, experienced
extreme = extrem, Extrem, äußerst | extreme, extremely
actual = tatsächlich, wirklich, eigentlich, real, Realität, Wirklichkeit | actual, actually, real, really, reality
temporary = vorläufig, vorübergehend, vorübergehen, zeitweise, zeitweilig, provisorisch, Übergangs, Interims, Interim | provisional, provisionally, preliminary, temporary, temporarily, interim, transitional
hand_over = übergeben, Übergabe, aushändigen, überreichen, Überstellung, überstellen | hand over, handover
promise = versprechen, Versprechen, zusagen, Zusage, zusichern, Zusicherung, Wahlversprechen, geloben | promise, pledge, vow, assurance, campaign promise
air = Luft | air
simultaneous = gleichzeitig, zugleich, parallel, zeitgleich | simultaneous, simultaneously, at the same time, meanwhile, parallel
give_up = verzichten, Verzicht, aufgeben, abtreten, Abtretung | waive, renounce, renunciation, forgo, give up, cede, surrender
consider = erwägen, Erwägung, überlegen, Überlegung, nachdenken, bedenken, berücksichtigen, Berücksichtigung | consider, consideration, weigh, mull, contemplate, reflect
spread = verbreiten, Verbreitung, ausbreiten, Ausbreitung | spread, dissemination, disseminate, proliferate, proliferation
welcome = begrüßen, Begrüßung, willkommen, Willkommen | welcome
burden = belasten, Belastung, Last, Bürde, Mehrbelastung | burden, load, encumber
frequent = häufig, Häufigkeit, vielfach, oftmals | frequent, frequently, often, frequency
rare = selten, Seltenheit, rar | rare, rarely, seldom
republic = Republik | republic
found = gründen, Gründung, Gründer, Gründerin, gegründet, Neugründung | found, founder, founding, establish, establishment, set up
satisfied = zufrieden, Zufriedenheit, unzufrieden, Unzufriedenheit | satisfied, satisfaction, dissatisfied, dissatisfaction
top = Spitze, spitzen, Spitzenreiter, Spitzenplatz, Höhepunkt | top, pinnacle, highlight
single = einzeln, Einzel, vereinzelt, vereinzeln | single, singly, isolated
exclude = ausschließen, Ausschluss, ausgeschlossen | exclude, exclusion, rule out, excluded
belong = gehören, Zugehörigkeit, zugehörig, angehören | belong, belonging
natural = natürlich, Natürlichkeit | natural, naturally
order = anordnen, Anordnung, befehlen, Befehl, Dekret, Erlass, Weisung, anweisen, Anweisung, Verfügung, verfügen, Durchführungsverordnung | order, ordered, command, decree, directive, instruct, instruction, executive order
struggle = ringen, Ringen, Tauziehen, Machtkampf | struggle, wrangle, tussle, tug-of-war, power struggle
aboard = Bord, an Bord | aboard
unacceptable = inakzeptabel, unannehmbar, unzumutbar, Zumutung | unacceptable, intolerable, outrageous
arrive = ankommen, Ankunft, eintreffen, Eintreffen, anreisen, Anreise | arrive, arrival
restrict = einschränken, Einschränkung, beschränken, Beschränkung, begrenzen, Begrenzung, Obergrenze, Limit, Höchstgrenze, Deckel, deckeln, Deckelung | restrict, restriction, limit, limitation, cap, ceiling, curb, capped
recommend = empfehlen, Empfehlung, nahelegen | recommend, recommendation, advise, advice
break = brechen, Bruch, abbrechen, Abbruch, durchbrechen, zerbrechen | break, broken, breakdown
whale = Wal, Buckelwal, Pottwal, Orca, Delfin | whale, humpback whale, orca, dolphin
behaviour = Verhalten, verhalten, Benehmen, Fehlverhalten | behaviour, behavior, conduct, misconduct
finally = endlich, schließlich, letztlich, letztendlich | finally, eventually, ultimately
half = Hälfte, halb, hälftig | half, halves
feel = fühlen, Gefühl, empfinden, Empfindung | feel, feeling, sense
comprehensive = umfassend, umfangreich, flächendeckend | comprehensive, extensive, sweeping, wide-ranging, across the board
exercise = üben, Übung, Manöver, Militärübung, Militärmanöver | exercise, drill, manoeuvre, maneuver, military exercise, war games, war game
disruption = Störung, stören, Beeinträchtigung, beeinträchtigen, Behinderung, behindern, Störfall | disruption, disrupt, disturbance, disturb, impairment, impair, hinder, obstruction, obstruct, glitch
flow = fließen, strömen, Zufluss, Abfluss, Zustrom | flow, stream, inflow, outflow, influx
largely = weitgehend, größtenteils, überwiegend, weitestgehend, hauptsächlich, vorwiegend, überwiegen, vorwiegen | largely, mostly, predominantly, mainly, chiefly, predominate
classify = einstufen, Einstufung, klassifizieren, Klassifizierung, kategorisieren | classify, classification, categorise, categorize
gap = Lücke, Versorgungslücke, Kluft | gap, loophole, rift
suffer = leiden, Leid, erleiden, Leidtragende, leidtragend | suffer, suffering, sufferer, endure
arise = entstehen, Entstehung, aufkommen, hervorgehen | arise, emerge, emergence, originate
revoke = entziehen, Entzug, aberkennen, Aberkennung, widerrufen, Widerruf | revoke, revocation, withdraw licence
wave = Welle, wellen | wave, waves
separate = trennen, Trennung, abspalten, Spaltung, spalten, gespalten | separate, separation, split, division, divide, divided
sick_leave = Krankschreibung, krankschreiben, Krankenstand, Krankmeldung, krankgeschrieben, Lohnfortzahlung | sick leave, sick note, sick pay, sickness absence
generation = Generation, Generationen, generationenübergreifend | generation, generations
package = Paket, Päckchen, Pakete | package, parcel, bundle
constructive = konstruktiv | constructive
exchange = Austausch, austauschen, tauschen, Tausch | exchange, swap, interchange
focus = Fokus, fokussieren, konzentrieren, Konzentration, Schwerpunkt, Priorität, priorisieren, Vorrang, vorrangig | focus, concentrate, concentration, priority, prioritise, prioritize, precedence
broad = breit, Breite | broad, broadly, width
read = lesen, Lesung, Leser, Leserin | read, reader, reading
courage = Mut, mutig | courage, courageous, brave, bravery
firewall = Brandmauer | firewall, cordon sanitaire
unusual = ungewöhnlich, außergewöhnlich, beispiellos, einmalig, Ausnahme | unusual, extraordinary, unprecedented, exceptional, exception
accompany = begleiten, Begleitung, Begleiter | accompany, escort, companion
include = umfassen, enthalten, beinhalten | include, comprise, contain, including
overturn = kippen, Kippen | overturn, strike down, quash
unit = Einheit, Einheiten | unit, units, unity
respect = Respekt, respektieren, Achtung | respect, respected
sceptical = skeptisch, Skepsis | sceptical, skeptical, scepticism, skepticism
crew = Besatzungsmitglied, Crew | crew, crew member
solution = Lösung, lösen, Problemlösung, Lösungsvorschlag | solution, solve
opinion = Meinung, Auffassung, Meinungs, meinungsstark | opinion, opinions
fulfil = erfüllen, Erfüllung, einlösen, Einlösung | fulfil, fulfill, fulfilment, fulfillment
identify = identifizieren, Identifizierung, Identität, identifiziert | identify, identification, identity
fee = Gebühr, Gebühren, Maut, Rundfunkbeitrag, Eintrittspreis, Zuzahlung, mauen | fee, fees, toll, licence fee, admission price, co-payment
presence = Präsenz, Anwesenheit, anwesend | presence
ground = Boden, Erdboden, Untergrund | ground, soil, floor
indirect = indirekt, mittelbar | indirect, indirectly
original = ursprünglich, Ursprung, Original, originell | original, originally, origin
quality = Qualität, qualitativ, hochwertig | quality, qualitative, high-quality
competition = Konkurrenz, Konkurrent, Konkurrentin, konkurrieren, Wettbewerber, Rivale, Rivalin, Rivalität, Wettbewerbsfähigkeit, wettbewerbsfähig | competitor, rival, rivalry, compete, competitiveness, competitive
advantage = Vorteil, vorteilhaft, Wettbewerbsvorteil | advantage, advantageous
disadvantage = Nachteil, nachteilig, benachteiligen, Benachteiligung, benachteiligt | disadvantage, disadvantaged, detrimental
camera = Kamera, Überwachungskamera, Bodycam, Dashcam | camera, cctv, surveillance camera, bodycam
surveillance = Überwachung, überwachen, Überwachungs, Videoüberwachung, Vorratsdatenspeicherung | surveillance, monitor, monitoring, data retention
audience = Publikum, Zuschauer, Zuschauerin, Zuhörer, Zuhörerin, Einschaltquote | audience, spectator, viewer, listener, ratings
career = Karriere, Laufbahn, beruflich, Beruf | career, profession, professional career
language = Sprache, sprachlich, Muttersprache, Deutschkenntnis, Sprachkenntnis | language, linguistic, native language, language skills, language skill
conservative = konservativ, Konservative, Konservativer, Konservatismus | conservative, conservatism
left_wing = linksgerichtet, linksliberal, linkspopulistisch, Linkspopulist, linksgrün | left-wing, leftist, left-leaning
right_wing = rechtsgerichtet, rechtspopulistisch, Rechtspopulist, Rechtspopulismus, rechtskonservativ, rechtsnational, Rechtsruck | right-wing, right-wing populist, rightward shift
populism = Populismus, Populist, Populistin, populistisch | populism, populist
liberal = liberal, Liberalismus, Liberalisierung, liberalisieren | liberal, liberalism, liberalisation, liberalization, liberalise, liberalize
access = Zugang, Zugriff, zugreifen, zugänglich, Zutritt | access, accessible
product = Produkt, Produkte, Erzeugnis, Ware, Waren, Güter, Konsumgut | product, products, goods, commodity, merchandise
model = Modell, Modelle, Vorbild | model, role model
series = Serie, Reihe | series
content = Inhalt, inhaltlich | contents
factor = Faktor, Faktoren | factor
function = Funktion, funktionieren, funktionsfähig, funktional | function, functioning, operational
screen = Bildschirm, Display, Monitor | screen
colleague = Kollege, Kollegin, Kollegium | colleague, co-worker
love = lieben, Liebe, geliebt, lieb | love, beloved
beautiful = schön, Schönheit | beautiful, beauty, nice, lovely
understand = verstehen, Verständnis, verständlich, unverständlich, nachvollziehen | understand, understanding, understandable, incomprehensible
collect = sammeln, Sammlung, einsammeln | collect, collection, gather
distribute = verteilen, Verteilung, Verteilungs, umverteilen, Umverteilung | distribute, distribution, redistribute, redistribution, allocate, allocation
active = aktiv, Aktivität, aktivieren, Aktivierung, inaktiv | active, activity, activate, activation, inactive
internal = intern, innerparteilich, innerstaatlich | internal, internally
general = allgemein, generell, Allgemeinheit | general, generally, in general
automatic = automatisch, Automatik | automatic, automatically
constant = ständig, stets, fortwährend, unablässig, dauernd, kontinuierlich, fortwähren | constant, constantly, continuous, continuously, continually
available = verfügbar, Verfügbarkeit, vorhanden, erhältlich | available, availability
star = Star, Superstar, Popstar | star, superstar, pop star
light = Licht, Beleuchtung | light, lighting
core = Kern, Kernpunkt, Kernfrage | core, key point, crux
joy = freuen, Freude, erfreut, Begeisterung, begeistert | joy, pleased, delight, delighted, enthusiasm, enthusiastic
second = Sekunde, Sekunden | second, seconds
"""

# German lemmas that must fall through although an ending rule of concept() would map them
# ("bereits" is not "bereit" + s, "heißen" is not "heiß" + en, "Lager" is not "Lage" + r).
UNMAPPED_DE = """
ausgleichen bande bereits berufen beuten bilden bitter buchen christine einige erfolgen erlösen
falls flugs frieder füllen gehalten heißen hütter julie junis kircher lager lohnen meistern
mittels niederschlagen notfalls oberhausen passen platzen premiere rechts reichen sondern
sorgen starr stimmen strasser streifen summen summer teilen vereinen vertragen wahren wenden
wettern zustande
"""

PLACES = """
# ---------------------------------------------------------------- countries (German, English, short forms)
afghanistan = Afghanistan
albania = Albanien, Albania
algeria = Algerien, Algeria
andorra = Andorra
angola = Angola
antigua_and_barbuda = Antigua und Barbuda, Antigua and Barbuda, Antigua
argentina = Argentinien, Argentina
armenia = Armenien, Armenia
australia = Australien, Australia
austria = Österreich, Austria, Republik Österreich
azerbaijan = Aserbaidschan, Azerbaijan
bahamas = Bahamas
bahrain = Bahrain
bangladesh = Bangladesch, Bangladesh
barbados = Barbados
belarus = Belarus, Weißrussland, Byelorussia, Belorussia
belgium = Belgien, Belgium
belize = Belize
benin = Benin
bhutan = Bhutan
bolivia = Bolivien, Bolivia
bosnia_and_herzegovina = Bosnien und Herzegowina, Bosnien-Herzegowina, Bosnia and Herzegovina, Bosnia-Herzegovina, Bosnia, Bosnien
botswana = Botswana, Botsuana
brazil = Brasilien, Brazil
brunei = Brunei
bulgaria = Bulgarien, Bulgaria
burkina_faso = Burkina Faso
burundi = Burundi
cambodia = Kambodscha, Cambodia
cameroon = Kamerun, Cameroon
canada = Kanada, Canada
cape_verde = Kap Verde, Kapverden, Cape Verde, Cabo Verde
central_african_republic = Zentralafrikanische Republik, Central African Republic
chad = Tschad, Chad
chile = Chile
china = China, Volksrepublik China, People's Republic of China, =PRC, =VR China
colombia = Kolumbien, Colombia
comoros = Komoren, Comoros
dr_congo = Demokratische Republik Kongo, DR Kongo, Kongo, Democratic Republic of the Congo, Democratic Republic of Congo, DR Congo, =DRC, Kongo-Kinshasa, Congo
republic_of_congo = Republik Kongo, Republic of the Congo, Republic of Congo, Kongo-Brazzaville, Congo-Brazzaville
costa_rica = Costa Rica
ivory_coast = Elfenbeinküste, Côte d'Ivoire, Cote d'Ivoire, Ivory Coast
croatia = Kroatien, Croatia
cuba = Kuba, Cuba
cyprus = Zypern, Cyprus
czechia = Tschechien, Tschechische Republik, Czechia, Czech Republic
denmark = Dänemark, Denmark
djibouti = Dschibuti, Djibouti
dominica = Dominica
dominican_republic = Dominikanische Republik, Dominican Republic
ecuador = Ecuador, Ekuador
egypt = Ägypten, Egypt
el_salvador = El Salvador
equatorial_guinea = Äquatorialguinea, Equatorial Guinea
eritrea = Eritrea
estonia = Estland, Estonia
eswatini = Eswatini, Swasiland, Swaziland
ethiopia = Äthiopien, Ethiopia
fiji = Fidschi, Fiji
finland = Finnland, Finland
france = Frankreich, France, Französische Republik
gabon = Gabun, Gabon
gambia = Gambia
georgia = Georgien, Georgia
germany = Deutschland, Germany, Bundesrepublik, Bundesrepublik Deutschland, Federal Republic of Germany, =BRD, =FRG
east_germany = =DDR, =GDR, East Germany, Deutsche Demokratische Republik, German Democratic Republic
ghana = Ghana
greece = Griechenland, Greece, Hellas
grenada = Grenada
guatemala = Guatemala
guinea = Guinea
guinea_bissau = Guinea-Bissau
guyana = Guyana
haiti = Haiti
honduras = Honduras
hungary = Ungarn, Hungary
iceland = =Island, Iceland
india = Indien, India
indonesia = Indonesien, Indonesia
iran = Iran, Persien, Persia, Islamische Republik Iran, Islamic Republic of Iran
iraq = Irak, Iraq
ireland = Irland, Ireland, Republik Irland, Republic of Ireland, Eire
israel = Israel
italy = Italien, Italy
jamaica = Jamaika, Jamaica
japan = Japan
jordan = Jordanien, Jordan
kazakhstan = Kasachstan, Kazakhstan
kenya = Kenia, Kenya
kiribati = Kiribati
kosovo = Kosovo, Kosova
kuwait = Kuwait
kyrgyzstan = Kirgisistan, Kirgistan, Kyrgyzstan
laos = Laos
latvia = Lettland, Latvia
lebanon = Libanon, Lebanon
lesotho = Lesotho
liberia = Liberia
libya = Libyen, Libya
liechtenstein = Liechtenstein
lithuania = Litauen, Lithuania
luxembourg = Luxemburg, Luxembourg
madagascar = Madagaskar, Madagascar
malawi = Malawi
malaysia = Malaysia
maldives = Malediven, Maldives
mali = Mali
malta = Malta
marshall_islands = Marshallinseln, Marshall Islands
mauritania = Mauretanien, Mauritania
mauritius = Mauritius
mexico = Mexiko, Mexico
micronesia = Mikronesien, Micronesia
moldova = Moldau, Republik Moldau, Moldawien, Moldova, Moldavia
monaco = Monaco
mongolia = Mongolei, Mongolia
montenegro = Montenegro
morocco = Marokko, Morocco
mozambique = Mosambik, Mozambique
myanmar = Myanmar, Birma, Burma
namibia = Namibia
nauru = Nauru
nepal = Nepal
netherlands = Niederlande, Netherlands, Holland
new_zealand = Neuseeland, New Zealand
nicaragua = Nicaragua
niger = Niger
nigeria = Nigeria
north_korea = Nordkorea, North Korea, Demokratische Volksrepublik Korea, =DPRK, =KDVR
north_macedonia = Nordmazedonien, North Macedonia, Mazedonien, Macedonia
norway = Norwegen, Norway
oman = Oman
pakistan = Pakistan
palau = Palau
palestine = Palästina, Palestine, Palästinensergebiete, Palästinensische Gebiete, Palestinian Territories, Autonomiegebiete
panama = Panama
papua_new_guinea = Papua-Neuguinea, Papua New Guinea
paraguay = Paraguay
peru = Peru
philippines = Philippinen, Philippines
poland = Polen, Poland
portugal = Portugal
qatar = Katar, Qatar
romania = Rumänien, Romania
russia = Russland, Russia, Russische Föderation, Russian Federation
rwanda = Ruanda, Rwanda
saint_kitts_and_nevis = St. Kitts und Nevis, Saint Kitts and Nevis
saint_lucia = St. Lucia, Saint Lucia
saint_vincent = St. Vincent und die Grenadinen, Saint Vincent and the Grenadines
samoa = Samoa
san_marino = San Marino
sao_tome_and_principe = São Tomé und Príncipe, Sao Tome and Principe
saudi_arabia = Saudi-Arabien, Saudi Arabia, Saudiarabien, Königreich Saudi-Arabien
senegal = Senegal
serbia = Serbien, Serbia
seychelles = Seychellen, Seychelles
sierra_leone = Sierra Leone
singapore = Singapur, Singapore
slovakia = Slowakei, Slovakia
slovenia = Slowenien, Slovenia
solomon_islands = Salomonen, Solomon Islands
somalia = Somalia
somaliland = Somaliland
south_africa = Südafrika, South Africa
south_korea = Südkorea, South Korea, Republik Korea, Republic of Korea, Korea
south_sudan = Südsudan, South Sudan
spain = Spanien, Spain
sri_lanka = Sri Lanka
sudan = Sudan
suriname = Suriname, Surinam
sweden = Schweden, Sweden
switzerland = Schweiz, Switzerland, Eidgenossenschaft, Swiss Confederation
syria = Syrien, Syria
taiwan = Taiwan
tajikistan = Tadschikistan, Tajikistan
tanzania = Tansania, Tanzania
thailand = Thailand
timor_leste = Osttimor, Timor-Leste, East Timor
togo = Togo
tonga = Tonga
trinidad_and_tobago = Trinidad und Tobago, Trinidad and Tobago
tunisia = Tunesien, Tunisia
turkey = Türkei, Turkey, Türkiye
turkmenistan = Turkmenistan
tuvalu = Tuvalu
uganda = Uganda
ukraine = Ukraine
united_arab_emirates = Vereinigte Arabische Emirate, United Arab Emirates, =VAE, =UAE, Emirate, Emirates
united_kingdom = Vereinigtes Königreich, United Kingdom, Großbritannien, Great Britain, Britain, =UK, =GB, Britannien
united_states = Vereinigte Staaten, Vereinigte Staaten von Amerika, United States, United States of America, =USA, =US, =U.S., =U.S.A., Amerika, America, =Vereinigte Staaten
uruguay = Uruguay
uzbekistan = Usbekistan, Uzbekistan
vanuatu = Vanuatu
vatican = Vatikan, Vatikanstadt, Vatican, Vatican City, Heiliger Stuhl, Holy See
venezuela = Venezuela
vietnam = Vietnam, Viet Nam
yemen = Jemen, Yemen
zambia = Sambia, Zambia
zimbabwe = Simbabwe, Zimbabwe
# ---------------------------------------------------------------- territories, regions, seas
england = England
scotland = Schottland, Scotland
wales = Wales
northern_ireland = Nordirland, Northern Ireland
greenland = Grönland, Greenland
faroe_islands = Färöer, Färöer-Inseln, Faroe Islands, Faroes
hong_kong = Hongkong, Hong Kong
macau = Macau, Macao
puerto_rico = Puerto Rico
western_sahara = Westsahara, Western Sahara
crimea = Krim, Halbinsel Krim, Crimea, Crimean Peninsula
donbas = Donbass, Donbas, Donezbecken, Donets Basin
gaza = Gaza, Gazastreifen, Gaza-Streifen, Gaza Strip
west_bank = Westjordanland, West Bank, Westbank, Cisjordanien
golan_heights = Golanhöhen, Golan, Golan Heights
east_jerusalem = Ost-Jerusalem, Ostjerusalem, East Jerusalem
kashmir = Kaschmir, Kashmir
tibet = Tibet
xinjiang = Xinjiang
kurdistan = Kurdistan, Kurdengebiete
chechnya = Tschetschenien, Chechnya
transnistria = Transnistrien, Transnistria
abkhazia = Abchasien, Abkhazia
south_ossetia = Südossetien, South Ossetia
nagorno_karabakh = Bergkarabach, Berg-Karabach, Nagorno-Karabakh, Nagorno Karabakh, Karabach, Karabakh
kaliningrad = Kaliningrad, Königsberg
sinai = Sinai, Sinai-Halbinsel, Sinai Peninsula
darfur = Darfur
sahel = Sahel, Sahelzone, Sahel-Zone
balkans = Balkan, Westbalkan, Balkans, Western Balkans
scandinavia = Skandinavien, Scandinavia
baltic_states = Baltikum, baltische Staaten, Baltic states, Baltics
caucasus = Kaukasus, Caucasus, Südkaukasus
middle_east = Nahost, Naher Osten, Nahen Osten, Mittlerer Osten, Middle East, Mideast, Near East, Nahostregion
gulf_states = Golfstaaten, Golfregion, Gulf states, Gulf region, Persischer Golf, Persian Gulf, Arabian Gulf, Golf von Persien
strait_of_hormuz = Straße von Hormus, Hormus, Meerenge von Hormus, Strait of Hormuz, Hormuz, Hormus-Straße
red_sea = Rotes Meer, Red Sea
black_sea = Schwarzes Meer, Black Sea
baltic_sea = Ostsee, Baltic Sea, Baltic
north_sea = Nordsee, North Sea
mediterranean = Mittelmeer, Mediterranean, Mediterranean Sea, Mittelmeerraum
english_channel = Ärmelkanal, English Channel, the Channel
arctic = Arktis, Arctic, Nordpol, North Pole
antarctica = Antarktis, Antarctica, Südpol, South Pole
suez_canal = Suezkanal, Suez-Kanal, Suez Canal, Suez
panama_canal = Panamakanal, Panama-Kanal, Panama Canal
bosporus = Bosporus, Bosphorus
taiwan_strait = Taiwanstraße, Straße von Taiwan, Taiwan Strait
south_china_sea = Südchinesisches Meer, South China Sea
gulf_of_mexico = Golf von Mexiko, Gulf of Mexico, Gulf of America, Golf von Amerika
caribbean = Karibik, Caribbean, karibische Inseln
rhine = Rhein, Rhine
danube = Donau, Danube
elbe = Elbe
oder = =Oder, Odra
moselle = Mosel, Moselle
alps = Alpen, Alps
# ---------------------------------------------------------------- continents and world regions
europe = Europa, Europe, Kontinent Europa
eastern_europe = Osteuropa, Eastern Europe
western_europe = Westeuropa, Western Europe
central_europe = Mitteleuropa, Central Europe
southern_europe = Südeuropa, Southern Europe
northern_europe = Nordeuropa, Northern Europe
africa = Afrika, Africa
north_africa = Nordafrika, North Africa
west_africa = Westafrika, West Africa
east_africa = Ostafrika, East Africa
sub_saharan_africa = Subsahara-Afrika, Afrika südlich der Sahara, Sub-Saharan Africa, Subsaharan Africa
asia = Asien, Asia
east_asia = Ostasien, East Asia
southeast_asia = Südostasien, Southeast Asia, South-East Asia
south_asia = Südasien, South Asia
central_asia = Zentralasien, Mittelasien, Central Asia
north_america = Nordamerika, North America
south_america = Südamerika, South America
latin_america = Lateinamerika, Latin America
central_america = Mittelamerika, Zentralamerika, Central America
oceania = Ozeanien, Oceania
# ---------------------------------------------------------------- German Länder
baden_wuerttemberg = Baden-Württemberg, Baden Württemberg, =BW
bavaria = Bayern, Bavaria, Freistaat Bayern
berlin = Berlin
brandenburg = Brandenburg
bremen = Bremen
hamburg = Hamburg
hesse = Hessen, Hesse
lower_saxony = Niedersachsen, Lower Saxony
mecklenburg_western_pomerania = Mecklenburg-Vorpommern, Mecklenburg-Western Pomerania, Mecklenburg Western Pomerania, Mecklenburg-West Pomerania, =MV
north_rhine_westphalia = Nordrhein-Westfalen, Nordrhein Westfalen, North Rhine-Westphalia, North Rhine Westphalia, Northrhine-Westphalia, =NRW
rhineland_palatinate = Rheinland-Pfalz, Rheinland Pfalz, Rhineland-Palatinate, Rhineland Palatinate, =RLP
saarland = Saarland, Saar
saxony = Sachsen, Saxony, Freistaat Sachsen
saxony_anhalt = Sachsen-Anhalt, Sachsen Anhalt, Saxony-Anhalt, Saxony Anhalt
schleswig_holstein = Schleswig-Holstein, Schleswig Holstein
thuringia = Thüringen, Thuringia, Freistaat Thüringen
# ---------------------------------------------------------------- Austrian Länder
burgenland = Burgenland
carinthia = Kärnten, Carinthia
lower_austria = Niederösterreich, Lower Austria
upper_austria = Oberösterreich, Upper Austria
salzburg = Salzburg
styria = Steiermark, Styria
tyrol = Tirol, Tyrol
vorarlberg = Vorarlberg
vienna = Wien, Vienna
south_tyrol = Südtirol, South Tyrol, Alto Adige
# ---------------------------------------------------------------- Swiss cantons (canton and capital share a name where they do)
canton_zurich = Kanton Zürich, Canton of Zurich
zurich = Zürich, Zurich
canton_bern = Kanton Bern, Canton of Bern
bern = Bern, Berne
lucerne = Luzern, Lucerne
uri = Uri
schwyz = Schwyz
obwalden = Obwalden
nidwalden = Nidwalden
glarus = Glarus
fribourg = Freiburg im Üechtland, Fribourg
solothurn = Solothurn
basel = Basel, Basle, Basel-Stadt, Basel-Landschaft, Baselland
schaffhausen = Schaffhausen
appenzell = Appenzell, Appenzell Ausserrhoden, Appenzell Innerrhoden
st_gallen = St. Gallen, Sankt Gallen, St Gallen
graubuenden = Graubünden, Grisons
aargau = Aargau
thurgau = Thurgau
ticino = Tessin, Ticino
vaud = Waadt, Vaud
valais = Wallis, Valais
neuchatel = Neuenburg, Neuchâtel
geneva = Genf, Geneva, Genève
lausanne = Lausanne
lugano = Lugano
davos = Davos
# ---------------------------------------------------------------- German cities
munich = München, Munich
cologne = Köln, Cologne
frankfurt = Frankfurt, Frankfurt am Main
frankfurt_oder = =Frankfurt (Oder), Frankfurt an der Oder
stuttgart = Stuttgart
duesseldorf = Düsseldorf
leipzig = Leipzig
dortmund = Dortmund
dresden = Dresden
hanover = Hannover, Hanover
nuremberg = Nürnberg, Nuremberg
duisburg = Duisburg
bochum = Bochum
wuppertal = Wuppertal
bielefeld = Bielefeld
bonn = Bonn
muenster = Münster
mannheim = Mannheim
karlsruhe = Karlsruhe
augsburg = Augsburg
wiesbaden = Wiesbaden
moenchengladbach = Mönchengladbach, Gladbach
gelsenkirchen = Gelsenkirchen
aachen = Aachen, Aix-la-Chapelle
braunschweig = Braunschweig, Brunswick
kiel = Kiel
chemnitz = Chemnitz
halle = Halle an der Saale, =Halle (Saale)
magdeburg = Magdeburg
freiburg = Freiburg, Freiburg im Breisgau
krefeld = Krefeld
mainz = Mainz
luebeck = Lübeck
erfurt = Erfurt
oberhausen = Oberhausen
rostock = Rostock
kassel = Kassel
hagen = Hagen
potsdam = Potsdam
saarbruecken = Saarbrücken
hamm = Hamm
ludwigshafen = Ludwigshafen
oldenburg = Oldenburg
muelheim = Mülheim, Mülheim an der Ruhr
osnabrueck = Osnabrück
leverkusen = Leverkusen
heidelberg = Heidelberg
darmstadt = Darmstadt
solingen = Solingen
regensburg = Regensburg
herne = Herne
paderborn = Paderborn
neuss = Neuss
ingolstadt = Ingolstadt
offenbach = Offenbach
fuerth = Fürth
ulm = Ulm
heilbronn = Heilbronn
pforzheim = Pforzheim
wolfsburg = Wolfsburg
goettingen = Göttingen
bottrop = Bottrop
reutlingen = Reutlingen
koblenz = Koblenz
bremerhaven = Bremerhaven
recklinghausen = Recklinghausen
erlangen = Erlangen
bergisch_gladbach = Bergisch Gladbach
trier = Trier
jena = Jena
remscheid = Remscheid
salzgitter = Salzgitter
guetersloh = Gütersloh
schwerin = Schwerin
cottbus = Cottbus
gera = Gera
zwickau = Zwickau
wuerzburg = Würzburg
bamberg = Bamberg
bayreuth = Bayreuth
passau = Passau
rosenheim = Rosenheim
konstanz = Konstanz, Constance
flensburg = Flensburg
stralsund = Stralsund
greifswald = Greifswald
weimar = Weimar
dessau = Dessau, Dessau-Roßlau
frankfurt_airport = Frankfurter Flughafen, Frankfurt Airport
sylt = Sylt
ruhr = Ruhrgebiet, Ruhrpott, Ruhr, Ruhr area, Ruhr valley
# ---------------------------------------------------------------- world cities
kyiv = Kiew, Kyjiw, Kyiv, Kiev
moscow = Moskau, Moscow, Moskwa
st_petersburg = St. Petersburg, Sankt Petersburg, Saint Petersburg, St Petersburg, Petersburg, Leningrad
kharkiv = Charkiw, Charkow, Kharkiv, Kharkov
odesa = Odessa, Odesa
lviv = Lwiw, Lemberg, Lviv, Lvov
dnipro = Dnipro, Dnipropetrowsk, Dnipropetrovsk
zaporizhzhia = Saporischschja, Saporoschje, Zaporizhzhia, Zaporizhia
kherson = Cherson, Kherson
mariupol = Mariupol
bakhmut = Bachmut, Bakhmut
donetsk = Donezk, Donetsk
luhansk = Luhansk, Lugansk
pokrovsk = Pokrowsk, Pokrovsk
sumy = Sumy
mykolaiv = Mykolajiw, Mykolaiv
kursk = Kursk
belgorod = Belgorod
sevastopol = Sewastopol, Sevastopol
minsk = Minsk
warsaw = Warschau, Warsaw
krakow = Krakau, Kraków, Krakow
gdansk = Danzig, Gdańsk, Gdansk
prague = Prag, Prague, Praha
budapest = Budapest
bratislava = Bratislava, Pressburg
ljubljana = Ljubljana, Laibach
zagreb = Zagreb
belgrade = Belgrad, Belgrade
sarajevo = Sarajevo
pristina = Pristina, Prishtina
podgorica = Podgorica
tirana = Tirana
skopje = Skopje
sofia = =Sofia
bucharest = Bukarest, Bucharest
chisinau = Chisinau, Chişinău, Kischinau
athens = Athen, Athens
ankara = Ankara
istanbul = Istanbul, Constantinople, Konstantinopel
nicosia = Nikosia, Nicosia
valletta = Valletta
rome = Rom, Rome
milan = Mailand, Milan, Milano
naples = Neapel, Naples, Napoli
venice = Venedig, Venice
florence = Florenz, Florence
turin = Turin, Torino
madrid = Madrid
barcelona = Barcelona
valencia = Valencia
seville = Sevilla, Seville
lisbon = Lissabon, Lisbon
porto = =Porto, Oporto
paris = Paris
marseille = Marseille, Marseilles
lyon = Lyon, Lyons
nice = Nizza, =Nice
strasbourg = Straßburg, Strasbourg
brussels = Brüssel, Brussels, Bruxelles
antwerp = Antwerpen, Antwerp
amsterdam = Amsterdam
the_hague = Den Haag, The Hague, Haag
rotterdam = Rotterdam
luxembourg_city = Luxemburg-Stadt, Luxembourg City
london = London
manchester = Manchester
birmingham = Birmingham
liverpool = Liverpool
edinburgh = Edinburgh
glasgow = Glasgow
dublin = Dublin
belfast = Belfast
copenhagen = Kopenhagen, Copenhagen
stockholm = Stockholm
oslo = Oslo
helsinki = Helsinki
reykjavik = Reykjavik, Reykjavík
tallinn = Tallinn
riga = Riga
vilnius = Vilnius, Wilna
nuuk = Nuuk
washington = Washington, Washington D.C., Washington DC
new_york = New York, New York City, =NYC
los_angeles = Los Angeles, =L.A.
chicago = Chicago
houston = Houston
san_francisco = San Francisco
miami = Miami
boston = Boston
seattle = Seattle
philadelphia = Philadelphia
atlanta = Atlanta
dallas = Dallas
detroit = Detroit
las_vegas = Las Vegas
new_orleans = New Orleans
minneapolis = Minneapolis
denver = Denver
phoenix = =Phoenix
palm_beach = Palm Beach, Mar-a-Lago
toronto = Toronto
montreal = Montreal, Montréal
vancouver = Vancouver
ottawa = Ottawa
mexico_city = Mexiko-Stadt, Mexiko Stadt, Mexico City
havana = Havanna, Havana
caracas = Caracas
bogota = Bogotá, Bogota
lima = Lima
santiago = Santiago de Chile, Santiago
buenos_aires = Buenos Aires
sao_paulo = São Paulo, Sao Paulo
rio_de_janeiro = Rio de Janeiro
brasilia = Brasília, Brasilia
montevideo = Montevideo
quito = Quito
la_paz = La Paz
managua = Managua
panama_city = Panama-Stadt, Panama City
guatemala_city = Guatemala-Stadt, Guatemala City
tegucigalpa = Tegucigalpa
san_salvador = San Salvador
port_au_prince = Port-au-Prince
santo_domingo = Santo Domingo
kingston = Kingston
beijing = Peking, Beijing
shanghai = Shanghai, Schanghai
shenzhen = Shenzhen
guangzhou = Guangzhou, Canton
wuhan = Wuhan
chongqing = Chongqing
taipei = Taipeh, Taipei
tokyo = Tokio, Tokyo
osaka = Osaka
hiroshima = Hiroshima
fukushima = Fukushima
seoul = Seoul
pyongyang = Pjöngjang, Pyongyang
ulaanbaatar = Ulan Bator, Ulaanbaatar
delhi = Delhi, Neu-Delhi, New Delhi, Neu Delhi
mumbai = Mumbai, Bombay
kolkata = Kalkutta, Kolkata, Calcutta
bangalore = Bangalore, Bengaluru
chennai = Chennai, Madras
karachi = Karachi, Karatschi
lahore = Lahore
islamabad = Islamabad
kabul = Kabul
dhaka = Dhaka, Dakka
kathmandu = Kathmandu
colombo = Colombo
bangkok = Bangkok
hanoi = Hanoi
ho_chi_minh_city = Ho-Chi-Minh-Stadt, Ho Chi Minh City, Saigon
phnom_penh = Phnom Penh
yangon = Rangun, Yangon, Rangoon
naypyidaw = Naypyidaw, Naypyitaw
kuala_lumpur = Kuala Lumpur
jakarta = Jakarta
manila = Manila
sydney = Sydney
melbourne = Melbourne
canberra = Canberra
brisbane = Brisbane
perth = Perth
auckland = Auckland
wellington = Wellington
tehran = Teheran, Tehran
isfahan = Isfahan, Esfahan
mashhad = Maschhad, Mashhad
baghdad = Bagdad, Baghdad
mosul = Mossul, Mosul
erbil = Erbil, Arbil
basra = Basra
damascus = Damaskus, Damascus
aleppo = Aleppo
idlib = Idlib
homs = Homs
beirut = Beirut
amman = Amman
jerusalem = Jerusalem
tel_aviv = Tel Aviv, Tel Aviv-Jaffa
haifa = Haifa
gaza_city = Gaza-Stadt, Gaza City
khan_yunis = Chan Junis, Khan Younis, Khan Yunis
rafah = Rafah
ramallah = Ramallah
riyadh = Riad, Riyadh
jeddah = Dschidda, Jeddah
mecca = Mekka, Mecca
doha = Doha
dubai = Dubai
abu_dhabi = Abu Dhabi
muscat = Maskat, Muscat
sanaa = Sanaa, Sana'a
aden = Aden
kuwait_city = Kuwait-Stadt, Kuwait City
manama = Manama
cairo = Kairo, Cairo
alexandria = Alexandria
tripoli = Tripolis, Tripoli
benghazi = Bengasi, Benghazi
tunis = Tunis
algiers = Algier, Algiers
rabat = Rabat
casablanca = Casablanca
khartoum = Khartum, Khartoum
addis_ababa = Addis Abeba, Addis Ababa
nairobi = Nairobi
mogadishu = Mogadischu, Mogadishu
kampala = Kampala
kigali = Kigali
kinshasa = Kinshasa
goma = Goma
lagos = Lagos
abuja = Abuja
accra = Accra
dakar = Dakar
bamako = Bamako
niamey = Niamey
ouagadougou = Ouagadougou
johannesburg = Johannesburg
cape_town = Kapstadt, Cape Town
pretoria = Pretoria
luanda = Luanda
harare = Harare
dar_es_salaam = Daressalam, Dar es Salaam
baku = Baku
tbilisi = Tiflis, Tbilisi
yerevan = Eriwan, Yerevan
astana = Astana, Nur-Sultan
almaty = Almaty, Alma-Ata
tashkent = Taschkent, Tashkent
bishkek = Bischkek, Bishkek
dushanbe = Duschanbe, Dushanbe
ashgabat = Aschgabat, Ashgabat
crans_montana = Crans-Montana, Crans Montana
graz = Graz
linz = Linz
innsbruck = Innsbruck
klagenfurt = Klagenfurt
st_poelten = St. Pölten, Sankt Pölten, St Pölten
bregenz = Bregenz
eisenstadt = Eisenstadt
villach = Villach
wels = Wels
# ---------------------------------------------------------------- international organisations
united_nations = Vereinte Nationen, United Nations, =UN, =UNO, =Uno, =U.N., Weltorganisation
un_security_council = UN-Sicherheitsrat, Uno-Sicherheitsrat, Weltsicherheitsrat, UN Security Council, United Nations Security Council, Sicherheitsrat der Vereinten Nationen, UN-Sicherheitsrats
un_general_assembly = UN-Vollversammlung, UN-Generalversammlung, Uno-Vollversammlung, UN General Assembly, United Nations General Assembly, Generalversammlung der Vereinten Nationen
unhcr = =UNHCR, UN-Flüchtlingshilfswerk, Uno-Flüchtlingshilfswerk, UN refugee agency, UN Refugee Agency
unicef = =UNICEF, =Unicef, UN-Kinderhilfswerk, Kinderhilfswerk der Vereinten Nationen
wfp = =WFP, Welternährungsprogramm, World Food Programme, World Food Program, UN-Welternährungsprogramm
unesco = =UNESCO, =Unesco
unrwa = =UNRWA, =Unrwa, Palästinenserhilfswerk, UN-Palästinenserhilfswerk
ocha = =OCHA, UN-Nothilfebüro, UN-Nothilfeorganisation
iaea = =IAEA, =IAEO, Internationale Atomenergiebehörde, Internationale Atomenergie-Organisation, Atomenergiebehörde, International Atomic Energy Agency, UN-Atomaufsicht, UN-Atombehörde
who = =WHO, Weltgesundheitsorganisation, World Health Organization, World Health Organisation
wto = =WTO, Welthandelsorganisation, World Trade Organization, World Trade Organisation
imf = =IMF, =IWF, Internationaler Währungsfonds, International Monetary Fund, Währungsfonds
world_bank = Weltbank, World Bank
ilo = =ILO, Internationale Arbeitsorganisation, International Labour Organization
fao = =FAO, Welternährungsorganisation, Food and Agriculture Organization
ipcc = =IPCC, Weltklimarat, Intergovernmental Panel on Climate Change
nato = =NATO, =Nato, Nordatlantikpakt, North Atlantic Treaty Organization, Nordatlantische Allianz, Atlantic alliance, Nato-Bündnis
european_union = =EU, Europäische Union, European Union, =E.U.
european_commission = EU-Kommission, Europäische Kommission, European Commission, EU Commission, Brüsseler Kommission
european_parliament = EU-Parlament, Europaparlament, Europäisches Parlament, European Parliament, EU Parliament
european_council = Europäischer Rat, European Council, EU-Gipfel, EU summit
council_of_the_eu = Rat der EU, Rat der Europäischen Union, Council of the European Union, EU-Ministerrat
council_of_europe = Europarat, Council of Europe
ecb = =EZB, =ECB, Europäische Zentralbank, European Central Bank
ecj = =EuGH, =ECJ, Europäischer Gerichtshof, European Court of Justice, EU-Gericht, Gerichtshof der Europäischen Union
echr = =EGMR, =ECHR, Europäischer Gerichtshof für Menschenrechte, European Court of Human Rights, Menschenrechtsgerichtshof
icc = =ICC, =IStGH, Internationaler Strafgerichtshof, International Criminal Court, Weltstrafgericht
icj = =ICJ, =IGH, Internationaler Gerichtshof, International Court of Justice, UN-Gericht, Weltgericht
osce = =OSZE, =OSCE, Organisation für Sicherheit und Zusammenarbeit in Europa, Organization for Security and Co-operation in Europe
oecd = =OECD
opec = =OPEC, =Opec, =OPEC+, Opec+, Organisation erdölexportierender Länder
g7 = =G7, =G-7, G7-Staaten, Group of Seven, G7-Gipfel
g20 = =G20, =G-20, G20-Staaten, Group of 20, G20-Gipfel
brics = =BRICS, =Brics, Brics-Staaten
asean = =ASEAN, =Asean
african_union = Afrikanische Union, African Union
arab_league = Arabische Liga, Arab League
gulf_cooperation_council = Golf-Kooperationsrat, Gulf Cooperation Council, =GCC
red_cross = Rotes Kreuz, Red Cross, =IKRK, =ICRC, =DRK, Deutsches Rotes Kreuz, Internationales Komitee vom Roten Kreuz, International Committee of the Red Cross, Roter Halbmond, Red Crescent, Rotkreuz
amnesty_international = Amnesty International, =Amnesty
human_rights_watch = Human Rights Watch, =HRW
msf = Ärzte ohne Grenzen, Doctors Without Borders, Médecins Sans Frontières, =MSF
greenpeace = Greenpeace
interpol = Interpol
europol = Europol
frontex = Frontex, EU-Grenzschutzagentur
fifa = =FIFA, =Fifa
uefa = =UEFA, =Uefa
ioc = =IOC, =IOK, Internationales Olympisches Komitee, International Olympic Committee
# ---------------------------------------------------------------- armed groups
hamas = Hamas
hezbollah = Hisbollah, Hezbollah, Hizbollah, Hizbullah
houthis = Huthi, Huthis, Houthi, Houthis, Huthi-Miliz, Huthi-Rebellen, Houthi rebels, Ansarallah
taliban = Taliban
islamic_state = Islamischer Staat, Islamic State, =IS, =ISIS, =ISIL, =IS-Miliz, IS-Terrormiliz, Daesh, Daisch
al_qaeda = Al-Kaida, Al Kaida, al-Qaida, al-Qaeda, al Qaeda, Al-Qaida
pkk = =PKK
revolutionary_guards = Revolutionsgarde, Revolutionsgarden, Revolutionary Guards, Revolutionary Guard, Islamic Revolutionary Guard Corps, =IRGC, Pasdaran
wagner_group = Wagner-Gruppe, Wagner Group, Gruppe Wagner
# ---------------------------------------------------------------- seats of government and state institutions
kremlin = Kreml, Kremlin
white_house = Weißes Haus, White House
pentagon = Pentagon
downing_street = Downing Street
elysee = Élysée, Elysée, Elysee, Élysée-Palast, Elysée-Palast, Elysee-Palast, Élysée Palace, Elysee Palace
us_congress = US-Kongress, U.S. Congress, US Congress
us_senate = US-Senat, U.S. Senate, US Senate
us_house = Repräsentantenhaus, House of Representatives, US House, US-Repräsentantenhaus
us_supreme_court = Supreme Court, Oberster Gerichtshof der USA, Oberstes Gericht der USA, US Supreme Court, U.S. Supreme Court
fbi = =FBI
cia = =CIA
nsa = =NSA
federal_reserve = =Fed, Federal Reserve, US-Notenbank, US-Zentralbank, Federal Reserve Board
bundestag = Bundestag, German parliament, Deutscher Bundestag, German Bundestag
bundesrat = Bundesrat, Länderkammer
german_government = Bundesregierung, German government, Federal Government of Germany
chancellery = Kanzleramt, Bundeskanzleramt, Chancellery, German Chancellery
bundeswehr = Bundeswehr, German armed forces, German military, German army
federal_constitutional_court = Bundesverfassungsgericht, Federal Constitutional Court, =BVerfG
federal_court_of_justice = Bundesgerichtshof, =BGH, Federal Court of Justice
federal_prosecutor = Bundesanwaltschaft, Generalbundesanwalt, Federal Prosecutor, Federal Public Prosecutor
bamf = =BAMF, Bundesamt für Migration und Flüchtlinge, Federal Office for Migration and Refugees
federal_employment_agency = Bundesagentur für Arbeit, Arbeitsagentur, Federal Employment Agency
destatis = Statistisches Bundesamt, =Destatis, Federal Statistical Office, Federal Statistics Office
dwd = Deutscher Wetterdienst, =DWD, German Weather Service
rki = Robert Koch-Institut, Robert-Koch-Institut, =RKI, Robert Koch Institute
bka = Bundeskriminalamt, =BKA, Federal Criminal Police Office
bfv = Bundesamt für Verfassungsschutz, =BfV, Verfassungsschutz, Federal Office for the Protection of the Constitution
bnd = =BND, Bundesnachrichtendienst, Federal Intelligence Service
bundesbank = Bundesbank, Deutsche Bundesbank
fsb = =FSB
duma = Duma, Staatsduma, State Duma
knesset = Knesset
mossad = Mossad
idf = =IDF, Israel Defense Forces, israelische Armee, Israeli army, Israeli military
palestinian_authority = Palästinensische Autonomiebehörde, Palestinian Authority, Autonomiebehörde
# ---------------------------------------------------------------- parties
cdu = =CDU, Christlich Demokratische Union, Christdemokraten, Christian Democrats, Christian Democratic Union
csu = =CSU, Christlich-Soziale Union, Christian Social Union
cdu_csu = =CDU/CSU, Unionsparteien, Union parties
spd = =SPD, Sozialdemokraten, Sozialdemokratische Partei, Social Democrats, Social Democratic Party
greens = =Grüne, =Grünen, Bündnis 90/Die Grünen, =Greens, Green Party, Grünen-Partei
fdp = =FDP, Freie Demokraten, Free Democrats, Free Democratic Party
afd = =AfD, Alternative für Deutschland, Alternative for Germany
die_linke = =Linke, =Linken, Die Linke, Linkspartei, Left Party
bsw = =BSW, Bündnis Sahra Wagenknecht, Sahra Wagenknecht Alliance
free_voters = Freie Wähler, Free Voters
oevp = =ÖVP, Österreichische Volkspartei, Austrian People's Party
spoe = =SPÖ
fpoe = =FPÖ, Freiheitliche Partei Österreichs, Freedom Party
svp = =SVP, Schweizerische Volkspartei, Swiss People's Party
labour_party = =Labour, Labour Party, Labour-Partei
conservative_party = =Tories, =Tory, Konservative Partei, Conservative Party, =Conservatives
reform_uk = Reform UK, Reform-Partei
republican_party = Republikaner, Republicans, Republican Party, =GOP, Republikanische Partei
democratic_party = Demokraten, Democrats, Democratic Party, Demokratische Partei
rassemblement_national = Rassemblement National, =RN, National Rally
fidesz = =Fidesz
likud = Likud
# ---------------------------------------------------------------- companies often in claims
deutsche_bahn = Deutsche Bahn, =DB, Deutschen Bahn
lufthansa = Lufthansa
volkswagen = Volkswagen, =VW
bmw = =BMW
mercedes_benz = Mercedes-Benz, Mercedes
tesla = Tesla
apple = =Apple
google = Google
meta = =Meta, Facebook
instagram = Instagram
whatsapp = WhatsApp
amazon = =Amazon
microsoft = Microsoft
openai = OpenAI, ChatGPT
x_twitter = Twitter, =X
telegram = Telegram
tiktok = Tiktok, TikTok
adac = =ADAC
verdi = =Verdi, Ver.di
ig_metall = IG Metall
dgb = =DGB, Deutscher Gewerkschaftsbund, German Trade Union Confederation
world_economic_forum = Weltwirtschaftsforum, World Economic Forum, =WEF
"""
