"""Write team.jsonl and team.gold.jsonl: the team's own annotated evaluation set.

Every text below was written by the strikewire team for testing. The figures, names of
outlets and the stories themselves are invented; only place names, weapon designations
and the way ministries phrase their briefings are borrowed from real wire copy.
The gold annotations follow /work/shared/contract/CONVENTIONS.md; the judgement calls
are listed in README.md beside this file.

    python extractors/eval/make_team.py      # rewrites both files in place

The first 30 documents are also the demo corpus (strikewire/demo_corpus/build.py).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict] = []


def loc(name, admin1, *aliases):
    return {"name": name, "admin1": admin1, "aliases": list(aliases)}


def hit(type_, count=None, location=None):
    return {"type": type_, "count": count, "location": location}


def ev(actor, *, target_group=None, claimant=None, operation="airstrike", event_date=None,
       period_start=None, cumulative=False, sorties=None, strikes=None, targets=None,
       killed=None, platforms=(), country=None, admin1=(), locations=(), targets_hit=()):
    return {"actor": actor, "target_group": target_group, "claimant": claimant,
            "operation": operation, "event_date": event_date,
            "period_start": period_start if period_start is not None else event_date,
            "cumulative": cumulative, "sorties": sorties, "strikes": strikes,
            "targets": targets, "killed": killed, "platforms": list(platforms),
            "country": country, "admin1": list(admin1), "locations": list(locations),
            "targets_hit": list(targets_hit)}


def doc(id_, lang, published, title, text, events=(), url=None):
    DOCS.append({"id": id_, "title": title, "text": text.strip(), "published": published,
                 "lang": lang, "url": url, "events": list(events)})


# ---------------------------------------------------------------------------
# Demo days: Monday 11 to Wednesday 13 March 2024 (documents 1-30)
# ---------------------------------------------------------------------------

doc("team-001-rus-syria-en", "en", "2024-03-11T08:15:00+00:00",
    "Russian jets hit militant hideouts in Idlib, ministry says",
    """
MOSCOW, March 11 - Russian warplanes flew 14 sorties over Syria's Idlib de-escalation zone in the past 24 hours and hit 23 targets belonging to Hayat Tahrir al-Sham, the Russian Defence Ministry said on Monday.
Su-34 bombers destroyed a command post and two ammunition stores near Kafr Nabl, while a drone-assembly workshop was hit on the outskirts of Maarrat Misrin, according to Rear Admiral Oleg Ignasyuk, deputy head of the Russian Centre for Reconciliation of the Opposing Parties.
Ignasyuk said about 30 militants had been killed in the raids. The figures could not be independently verified.
The centre also recorded nine ceasefire violations in Latakia and Aleppo provinces over the same period.
""",
    [ev("RUS", target_group="HTS", claimant="RUS", event_date="2024-03-11",
        period_start="2024-03-10", sorties=14, targets=23, platforms=["Su-34"], country="SY",
        admin1=["SY-ID"],
        locations=[loc("Kafr Nabl", "SY-ID", "Kafranbel", "Kafr Nubl"),
                   loc("Maarrat Misrin", "SY-ID", "Maarat Misrin", "Ma'arrat Misrin")],
        targets_hit=[hit("command_post", 1, "Kafr Nabl"), hit("ammunition_depot", 2, "Kafr Nabl"),
                     hit("factory", 1, "Maarrat Misrin")])])

doc("team-002-greve-sncf-fr", "fr", "2024-03-11T06:40:00+00:00",
    "Grève des contrôleurs : la SNCF prévoit un trafic perturbé jusqu'à mercredi",
    """
PARIS, 11 mars - Le trafic restera très perturbé jusqu'à mercredi sur plusieurs lignes TGV et Intercités, a prévenu lundi la SNCF, au premier jour d'un mouvement de grève des contrôleurs lancé à l'appel de Sud-Rail.
Seul un train sur deux circulera sur l'axe Paris-Lyon, et les liaisons vers Bordeaux et Toulouse sont également touchées, selon la direction, qui invite les voyageurs à reporter leurs déplacements.
Le syndicat réclame une revalorisation de la prime de travail et des embauches dans les équipes de bord. « Les contrôleurs sont à bout, la direction fait la sourde oreille depuis l'automne », a déclaré un responsable syndical devant la gare de Lyon.
Le ministre délégué aux Transports a appelé les deux parties à « reprendre le dialogue sans attendre », estimant qu'une grève pendant les vacances scolaires de printemps serait « incompréhensible » pour les familles.
Une nouvelle réunion de négociation est prévue jeudi au siège de l'entreprise, à Saint-Denis.
""")

doc("team-003-isr-gaza-en", "en", "2024-03-11T10:05:00+00:00",
    "Israeli aircraft strike Hamas targets in Khan Younis and Rafah",
    """
JERUSALEM, March 11 - Israeli fighter jets struck a Hamas command centre in Khan Younis and two rocket launchers in Rafah overnight, the Israel Defense Forces said on Monday.
The military said the launchers had been used in recent days to fire at communities near the border and were hidden in a schoolyard in the Shaboura neighbourhood of Rafah. It published grainy footage it said showed secondary explosions.
The Gaza health ministry said at least 11 people had been killed across the territory during the night, without saying how many were combatants.
Talks in Cairo on a truce and the release of hostages were expected to resume later in the week, Egyptian officials said.
""",
    [ev("ISR", target_group="HAMAS", claimant="ISR", event_date="2024-03-11",
        period_start="2024-03-10", country="PS", admin1=["PS-KYS", "PS-RFH"],
        locations=[loc("Khan Younis", "PS-KYS", "Khan Yunis", "Khan Younes"),
                   loc("Rafah", "PS-RFH"),
                   loc("Shaboura", "PS-RFH", "Al-Shaboura", "Shabura")],
        targets_hit=[hit("command_post", 1, "Khan Younis"), hit("launcher", 2, "Shaboura")])])

doc("team-004-rus-ukraine-fr", "fr", "2024-03-11T07:30:00+00:00",
    "Ukraine : 36 drones abattus sur 39, le port d'Izmaïl touché",
    """
KIEV, 11 mars - La Russie a lancé dans la nuit de dimanche à lundi 39 drones d'attaque de type Shahed et deux missiles guidés Kh-59 contre l'Ukraine, a indiqué lundi matin l'armée de l'air ukrainienne, qui affirme avoir détruit 36 drones au-dessus des régions d'Odessa, de Mykolaïv et de Kirovohrad.
Les drones restants ont atteint des infrastructures portuaires dans le district d'Izmaïl, sur le Danube, où un entrepôt de céréales a pris feu, a précisé le gouverneur de la région d'Odessa, Oleh Kiper, sur Telegram.
Les deux missiles n'ont pas été interceptés. Selon l'armée de l'air, ils visaient également la région d'Odessa, mais leur point d'impact n'a pas été précisé.
Aucune victime n'a été signalée dans l'immédiat.
""",
    [ev("RUS", claimant="UKR", operation="drone_strike", event_date="2024-03-11",
        period_start="2024-03-10", platforms=["Shahed", "Kh-59"], country="UA",
        admin1=["UA-51"], locations=[loc("Izmail", "UA-51", "Izmaïl", "Izmayil")],
        targets_hit=[hit("infrastructure", None, "Izmail"), hit("building", 1, "Izmail")])])

doc("team-005-dockers-strike-en", "en", "2024-03-11T12:20:00+00:00",
    "Dockers walk out at Port of Liverpool over pay offer",
    """
LIVERPOOL, March 11 - Around 500 dockers at the Port of Liverpool began a two-week strike on Monday after rejecting a 7% pay offer, halting container traffic at one of Britain's busiest terminals.
The Unite union said its members had voted by a margin of more than four to one for industrial action and accused the operator of "sitting on record profits while wages fall behind".
Picket lines formed at the Seaforth gates before dawn. Lorry drivers were turned away and two feeder vessels were diverted to Southampton, according to shipping agents.
The operator said it regretted the walkout and that its offer was "fair and final". Talks at the conciliation service Acas broke down on Friday.
Retailers warned that a prolonged stoppage could delay deliveries ahead of the Easter weekend.
""")

doc("team-006-usa-yemen-en", "en", "2024-03-11T14:45:00+00:00",
    "US forces hit Houthi anti-ship missiles near Hodeidah",
    """
WASHINGTON, March 11 - U.S. Central Command said on Monday that its forces had carried out two self-defense strikes in Houthi-controlled Yemen on Sunday, destroying three mobile anti-ship cruise missiles and an unmanned surface vessel near the port city of Hodeidah.
"These weapons presented an imminent threat to merchant vessels and U.S. Navy ships in the region," CENTCOM said in a statement posted on X, adding that the action would make international waters safer.
The Iran-aligned Houthis have attacked shipping in the Red Sea and the Gulf of Aden for months in what they describe as solidarity with Palestinians in Gaza.
There was no immediate comment from the group's military spokesman.
""",
    [ev("USA", target_group="HOUTHI", claimant="USA", event_date="2024-03-10", strikes=2,
        country="YE", admin1=["YE-HU"],
        locations=[loc("Hodeidah", "YE-HU", "Hodeida", "Al Hudaydah", "Hodeïda")],
        targets_hit=[hit("launcher", 3, "Hodeidah"), hit("vessel", 1, "Hodeidah")])])

doc("team-007-usa-yemen-fr", "fr", "2024-03-11T16:10:00+00:00",
    "Yémen : Washington dit avoir détruit trois missiles antinavires des Houthis",
    """
WASHINGTON, 11 mars - L'armée américaine a annoncé lundi avoir mené dimanche deux frappes « d'autodéfense » au Yémen contre des positions des rebelles houthis, détruisant trois missiles de croisière antinavires mobiles ainsi qu'un drone naval près de Hodeïda.
Ces armes « représentaient une menace imminente » pour les navires marchands et ceux de la marine américaine, a justifié le Commandement militaire central (Centcom) dans un communiqué.
Depuis novembre, les Houthis, soutenus par l'Iran, multiplient les attaques contre des navires qu'ils estiment liés à Israël en mer Rouge et dans le golfe d'Aden. Les Etats-Unis et le Royaume-Uni ont lancé en janvier une série de frappes contre leurs installations.
""",
    [ev("USA", target_group="HOUTHI", claimant="USA", event_date="2024-03-10", strikes=2,
        country="YE", admin1=["YE-HU"],
        locations=[loc("Hodeidah", "YE-HU", "Hodeida", "Al Hudaydah", "Hodeïda")],
        targets_hit=[hit("launcher", 3, "Hodeidah"), hit("vessel", 1, "Hodeidah")])])

doc("team-008-football-frappe-fr", "fr", "2024-03-11T21:55:00+00:00",
    "Ligue 1 : Lens renverse Nantes au bout du temps additionnel",
    """
LENS, 11 mars - Menés à la pause, les Lensois ont arraché la victoire (2-1) lundi soir face à Nantes, grâce à une frappe enroulée de Florian Sotoca dans le temps additionnel.
Les Canaris avaient ouvert le score juste avant la mi-temps sur une contre-attaque conclue par Moses Simon. Au retour des vestiaires, Franck Haise a lancé deux attaquants supplémentaires et Bollaert s'est enflammé.
L'égalisation est venue d'une tête de Kevin Danso sur corner à la 71e minute, avant que Sotoca ne trouve la lucarne d'une frappe de vingt mètres qui a laissé le gardien nantais sans réaction.
Grâce à ce succès, le Racing remonte à la septième place, à trois points des places européennes. Nantes reste englué dans la lutte pour le maintien.
""")

doc("team-009-tur-iraq-en", "en", "2024-03-11T11:30:00+00:00",
    "Turkish jets destroy 24 PKK targets in northern Iraq",
    """
ANKARA, March 11 - Turkish warplanes destroyed 24 PKK targets in the Hakurk, Gara and Metina regions of northern Iraq on Sunday evening, the National Defence Ministry said on Monday.
Caves, shelters and ammunition depots used by the group were among the targets, the ministry said in a statement on X, adding that nine "terrorists" had been neutralised.
Turkish officials use the word neutralised to mean fighters who were killed, captured or surrendered.
"All measures were taken to avoid harm to civilians and the environment," the ministry said. Ankara has pledged to close what it calls the terror corridor along its southern border by the summer.
""",
    [ev("TUR", target_group="PKK", claimant="TUR", event_date="2024-03-10", targets=24,
        country="IQ", admin1=["IQ-AR", "IQ-DA"],
        locations=[loc("Hakurk", "IQ-AR", "Hakurk region"), loc("Gara", "IQ-DA", "Gare"),
                   loc("Metina", "IQ-DA", "Metina region")],
        targets_hit=[hit("fighting_position"), hit("ammunition_depot"), hit("personnel", 9)])])

doc("team-010-hunger-strike-en", "en", "2024-03-11T15:00:00+00:00",
    "Detained activist in week three of hunger strike, family says",
    """
LONDON, March 11 - A British-Egyptian blogger held in Cairo is in the third week of a hunger strike and has lost nearly 10 kilograms, his sister told reporters outside the Foreign Office on Monday.
She said he was taking only water and salts in protest at being kept in pre-trial detention for longer than the legal limit, and that prison doctors had not been allowed to examine him.
"Every day we wait is a day his body cannot get back," she said, holding a photograph of her brother taken before his arrest.
The Foreign Office said consular officials had raised the case with Egyptian authorities and were "deeply concerned" about his welfare.
""")

doc("team-011-isr-lebanon-fr", "fr", "2024-03-12T07:05:00+00:00",
    "Liban : l'armée israélienne frappe le Hezbollah à Aïta al-Chaab et Kfar Kila",
    """
JERUSALEM, 12 mars - Des avions de combat israéliens ont frappé dans la nuit des infrastructures militaires du Hezbollah à Aïta al-Chaab et à Kfar Kila, dans le sud du Liban, ainsi qu'un poste d'observation du mouvement près de Houla, a annoncé mardi l'armée israélienne.
Plus tôt lundi soir, une dizaine de roquettes ont été tirées depuis le Liban vers la Haute-Galilée, selon l'armée, qui dit en avoir intercepté plusieurs. Aucun blessé n'a été signalé.
L'agence nationale libanaise d'information a fait état de « raids hostiles » sur la périphérie des deux villages frontaliers, où plusieurs maisons ont été endommagées.
Depuis octobre, les échanges de tirs quasi quotidiens à la frontière ont poussé des dizaines de milliers d'habitants à quitter leurs foyers des deux côtés.
""",
    [ev("ISR", target_group="HEZBOLLAH", claimant="ISR", event_date="2024-03-12",
        period_start="2024-03-11", country="LB", admin1=["LB-NA"],
        locations=[loc("Ayta ash-Shaab", "LB-NA", "Aïta al-Chaab", "Aita al-Shaab"),
                   loc("Kfar Kila", "LB-NA", "Kfarkela", "Kfarkila"),
                   loc("Houla", "LB-NA")],
        targets_hit=[hit("building"), hit("fighting_position", 1, "Houla")])])

doc("team-012-strike-price-en", "en", "2024-03-12T13:40:00+00:00",
    "Traders pile into oil calls as Brent tests $85",
    """
NEW YORK, March 12 - Options traders bought record numbers of Brent call contracts on Tuesday, betting that crude could break above $90 a barrel before the summer.
The most active contract was the June call with a strike price of $95, with open interest more than doubling in a week, according to exchange data. Implied volatility rose to its highest level since October.
"People are paying up for upside protection because supply feels tight and the market is thin," said a derivatives strategist at a London brokerage.
Brent futures were little changed at $84.90 by midday in New York, while U.S. crude slipped 20 cents.
""")

doc("team-013-rus-ukr-ukraine-fr", "fr", "2024-03-12T18:30:00+00:00",
    "L'état-major ukrainien fait état de 67 frappes aériennes russes en une journée",
    """
KIEV, 12 mars - Au cours de la journée de mardi, l'armée russe a mené 67 frappes aériennes et tiré à plus de 80 reprises avec des lance-roquettes multiples contre les positions ukrainiennes et des localités, a indiqué l'état-major général des forces armées ukrainiennes dans son point du soir.
Les combats les plus intenses ont eu lieu dans les secteurs d'Avdiivka et de Novopavlivka, dans la région de Donetsk, où 34 assauts ont été repoussés, selon la même source.
Dans le même temps, l'aviation ukrainienne a porté neuf frappes sur des zones de concentration de personnel russe et deux frappes sur des systèmes de défense antiaérienne, a ajouté l'état-major.
Ces chiffres n'ont pas pu être vérifiés de source indépendante.
""",
    [ev("RUS", target_group="UKR", claimant="UKR", event_date="2024-03-12", strikes=67,
        country="UA"),
     ev("UKR", target_group="RUS", claimant="UKR", event_date="2024-03-12", strikes=11,
        country="UA", targets_hit=[hit("personnel"), hit("air_defense", 2)])])

doc("team-014-usa-somalia-en", "en", "2024-03-12T09:50:00+00:00",
    "US strike kills three al-Shabaab fighters in Somalia, AFRICOM says",
    """
STUTTGART, Germany, March 12 - U.S. Africa Command said it conducted an airstrike against al-Shabaab fighters near Jamaame, in Somalia's Lower Juba region, on March 10, at the request of the Federal Government of Somalia.
The strike took place about 60 kilometres north of the port city of Kismayo. "The command's initial assessment is that three al-Shabaab terrorists were killed and no civilians were injured," AFRICOM said in a statement released on Tuesday.
AFRICOM does not usually disclose the aircraft used. It has carried out several strikes in the area this year in support of Somali troops pushing into the Juba valley.
""",
    [ev("USA", target_group="SHABAAB", claimant="USA", event_date="2024-03-10", killed=3,
        country="SO", admin1=["SO-JH"], locations=[loc("Jamaame", "SO-JH", "Jamame", "Jamaamee")],
        targets_hit=[hit("personnel", 3, "Jamaame")])])

doc("team-015-greve-aeroports-fr", "fr", "2024-03-12T08:25:00+00:00",
    "Allemagne : une grève d'avertissement cloue au sol des centaines de vols",
    """
BERLIN, 12 mars - Des centaines de vols ont été annulés mardi dans les principaux aéroports allemands, dont Francfort et Munich, en raison d'une grève d'avertissement du personnel au sol de Lufthansa à l'appel du syndicat Verdi.
Près de 100 000 passagers sont concernés, selon la compagnie, qui a mis en place un programme minimal et conseille aux voyageurs de ne pas se rendre à l'aéroport sans confirmation.
Verdi réclame une hausse de 12,5 % des salaires sur un an et une prime d'inflation. La direction juge ces revendications « irréalistes » et dénonce un arrêt de travail « disproportionné » alors que les négociations n'en sont qu'à leur troisième tour.
Le mouvement doit prendre fin mercredi à 7 heures.
""")

doc("team-016-rus-denial-en", "en", "2024-03-12T11:15:00+00:00",
    "Moscow rejects reports its aircraft bombed Idlib market",
    """
MOSCOW, March 12 - The Russian Defence Ministry on Tuesday denied that its aircraft had struck a vegetable market in the Syrian town of Ariha, calling reports of a raid "a crude provocation" staged by militants.
"Russian Aerospace Forces did not conduct any flights in the area of Ariha," the ministry's spokesman said, adding that video circulating online had been filmed "several years ago".
Opposition activists and a rescue group had said on Monday that a morning attack on the market killed several civilians and blamed Russian jets.
Syria's opposition-held northwest has seen a rise in violence since the start of the year.
""")

doc("team-017-rus-ukraine-kharkiv-fr", "fr", "2024-03-12T06:55:00+00:00",
    "Frappes russes de missiles balistiques sur Kharkiv, 18 drones abattus",
    """
KIEV, 12 mars - La Russie a tiré dans la nuit de lundi à mardi quatre missiles balistiques Iskander-M sur Kharkiv et lancé 22 drones Shahed contre l'Ukraine, dont 18 ont été abattus, a déclaré mardi l'armée de l'air ukrainienne.
Les missiles ont touché une installation énergétique dans un quartier industriel de Kharkiv, privant d'électricité une partie de la ville, a indiqué le maire Ihor Terekhov.
Dans la région de Dnipropetrovsk, un drone a endommagé un bâtiment agricole à Pavlohrad, selon l'administration militaire régionale.
Les autorités font état de deux blessés légers.
""",
    [ev("RUS", claimant="UKR", operation="missile_strike", event_date="2024-03-12",
        period_start="2024-03-11", platforms=["Iskander-M", "Shahed"], country="UA",
        admin1=["UA-63", "UA-12"],
        locations=[loc("Kharkiv", "UA-63", "Kharkov"), loc("Pavlohrad", "UA-12", "Pavlograd")],
        targets_hit=[hit("infrastructure", 1, "Kharkiv"), hit("building", 1, "Pavlohrad")])])

doc("team-018-lightning-en", "en", "2024-03-12T16:30:00+00:00",
    "Lightning strike sets church spire ablaze in Norfolk village",
    """
NORWICH, England, March 12 - A lightning strike set fire to the spire of a 14th-century church in the Norfolk village of Ashwellthorpe during a violent thunderstorm on Tuesday afternoon, firefighters said.
Crews from four stations fought the blaze for nearly three hours. The bells were saved, but the timber frame of the spire collapsed into the nave, the vicar said.
Forecasters had issued a yellow warning for thunderstorms across East Anglia, with hail and gusts of up to 60 miles per hour. More than 2,000 homes lost power.
A fundraising page for the restoration raised £8,000 in its first evening.
""")

doc("team-019-deconfliction-fr", "fr", "2024-03-12T12:45:00+00:00",
    "Syrie : Moscou et Washington relancent leur ligne de déconfliction aérienne",
    """
MOSCOU, 12 mars - Des officiers russes et américains ont tenu mardi une visioconférence consacrée à la sécurité des vols au-dessus de la Syrie, la première depuis plusieurs mois, a indiqué le ministère russe de la Défense.
Les deux parties ont convenu de « respecter strictement » le mémorandum de 2015 sur la prévention des incidents aériens, après une série de rapprochements jugés dangereux entre des appareils des deux pays au-dessus de l'Euphrate.
Washington reproche aux pilotes russes des manœuvres « non professionnelles » près de drones américains, tandis que Moscou accuse la coalition de violer l'espace aérien syrien.
Aucune nouvelle rencontre n'a été fixée.
""")

doc("team-020-coalition-iraq-en", "en", "2024-03-12T15:20:00+00:00",
    "Coalition strikes destroy ISIS caves in Kirkuk province",
    """
BAGHDAD, March 12 - Coalition aircraft conducted three strikes in Iraq on March 11, destroying four ISIS caves in the Wadi al-Shay area of Kirkuk province, Combined Joint Task Force - Operation Inherent Resolve said in a release on Tuesday.
The strikes were carried out at the request of Iraqi security forces, who then swept the valley and recovered weapons and explosives, the release said.
Iraqi F-16s have also been active over the area in recent weeks. ISIS remnants use the steep ravines south-west of Kirkuk city as hideouts from which they attack army checkpoints and villages.
""",
    [ev("COALITION", target_group="ISIS", claimant="COALITION", event_date="2024-03-11",
        strikes=3, country="IQ", admin1=["IQ-KI"],
        locations=[loc("Wadi al-Shay", "IQ-KI", "Wadi al-Shai", "Wadi Shay")],
        targets_hit=[hit("fighting_position", 4, "Wadi al-Shay")])])

doc("team-021-houthi-usa-fr", "fr", "2024-03-13T07:50:00+00:00",
    "Golfe d'Aden : les Houthis tirent deux missiles, riposte américaine au Yémen",
    """
WASHINGTON, 13 mars - Les rebelles houthis du Yémen ont tiré mardi deux missiles balistiques antinavires vers un vraquier battant pavillon libérien dans le golfe d'Aden, sans l'atteindre, a indiqué mercredi le Commandement central américain (Centcom).
Mardi soir, les forces américaines ont mené cinq frappes d'autodéfense dans les zones tenues par les Houthis, détruisant six drones de surface et un lanceur de missiles qui s'apprêtaient à être utilisés, selon le même communiqué.
Les Houthis n'ont pas commenté dans l'immédiat. Le mouvement affirme viser les navires liés à Israël en soutien aux Palestiniens de Gaza.
""",
    [ev("HOUTHI", claimant="USA", operation="missile_strike", event_date="2024-03-12"),
     ev("USA", target_group="HOUTHI", claimant="USA", event_date="2024-03-12", strikes=5,
        country="YE", targets_hit=[hit("vessel", 6), hit("launcher", 1)])])

doc("team-022-bowling-en", "en", "2024-03-13T20:10:00+00:00",
    "Twelve strikes in a row: league bowler rolls first perfect game",
    """
AKRON, Ohio, March 13 - A 61-year-old retired postal worker rolled a perfect 300 game on Wednesday night at his local bowling centre, stringing together 12 consecutive strikes in the Wednesday senior league.
"By the ninth frame the whole place had gone quiet," he said. "On the last ball I just tried to hit my mark and not think about it."
He has bowled in the league for 34 years; his previous best was 279. The centre said it would hang his ball above the front desk.
Perfect games are recorded by the national bowling association, which sends the bowler a commemorative ring.
""")

doc("team-023-isr-gaza-rafah-fr", "fr", "2024-03-13T09:35:00+00:00",
    "Gaza : Tsahal affirme avoir frappé plus de 50 cibles en 24 heures",
    """
JERUSALEM, 13 mars - L'armée israélienne a affirmé mercredi avoir frappé « plus de 50 cibles terroristes » dans la bande de Gaza au cours des dernières 24 heures, notamment à Rafah et à Deir el-Balah, et avoir éliminé « une douzaine de terroristes » du Hamas.
Des avions de chasse ont visé un tunnel et un dépôt d'armes dans le quartier de Tel al-Sultan, à Rafah, selon un communiqué militaire. À Deir el-Balah, un drone a frappé une cellule qui s'apprêtait à tirer des obus de mortier, a ajouté l'armée.
Le ministère de la Santé du Hamas a fait état de 60 morts en une journée dans l'ensemble du territoire, sans distinguer civils et combattants.
""",
    [ev("ISR", target_group="HAMAS", claimant="ISR", event_date="2024-03-13",
        period_start="2024-03-12", country="PS", admin1=["PS-RFH", "PS-DEB"],
        locations=[loc("Tel al-Sultan", "PS-RFH", "Tal as-Sultan", "Tell es-Sultan"),
                   loc("Deir al-Balah", "PS-DEB", "Deir el-Balah", "Dayr al-Balah")],
        targets_hit=[hit("fighting_position", 1, "Tel al-Sultan"),
                     hit("weapons_depot", 1, "Tel al-Sultan"),
                     hit("artillery_position", 1, "Deir al-Balah")])])

doc("team-024-iran-options-en", "en", "2024-03-13T13:05:00+00:00",
    "'All options are on the table', senator says of Iran's nuclear programme",
    """
WASHINGTON, March 13 - A senior Republican senator said on Wednesday that "all options, including a military strike," must remain on the table if Iran moves to enrich uranium to weapons grade, after the U.N. nuclear watchdog reported a further growth in Tehran's stockpile.
Speaking after a closed briefing, he said deterrence only worked "if the other side believes you mean it", and urged the administration to send a second carrier to the region.
A State Department spokesman said diplomacy remained the preferred path. Iran's mission to the United Nations said the country would respond to any attack "decisively and immediately".
""")

doc("team-025-rus-ukraine-drones-en", "en", "2024-03-13T06:20:00+00:00",
    "Ukraine downs 40 of 42 drones and three cruise missiles overnight",
    """
KYIV, March 13 - Russia attacked Ukraine overnight with 42 Shahed-type drones and three Kh-101 cruise missiles, the Ukrainian Air Force said on Wednesday, adding that air defences destroyed 40 of the drones and all of the missiles over the Kyiv, Zhytomyr and Khmelnytskyi regions.
One drone that got through hit a warehouse on the edge of the town of Shostka in the northern Sumy region, starting a fire that was put out by morning, regional officials said. No one was hurt.
The missiles were launched from Tu-95MS bombers flying over the Caspian Sea, the air force said.
""",
    [ev("RUS", claimant="UKR", operation="drone_strike", event_date="2024-03-13",
        period_start="2024-03-12", platforms=["Shahed", "Kh-101", "Tu-95MS"], country="UA",
        admin1=["UA-59"], locations=[loc("Shostka", "UA-59")],
        targets_hit=[hit("building", 1, "Shostka")])])

doc("team-026-greve-faim-fr", "fr", "2024-03-13T10:40:00+00:00",
    "Un militant écologiste en grève de la faim devant l'Assemblée depuis vingt jours",
    """
PARIS, 13 mars - Un militant écologiste de 34 ans observe depuis vingt jours une grève de la faim devant l'Assemblée nationale pour réclamer un moratoire sur les nouvelles retenues d'eau agricoles, a-t-il indiqué mercredi à la presse.
Installé sous une tente avec deux autres militants, il dit ne boire que de l'eau sucrée et avoir perdu neuf kilos. Un médecin bénévole passe le voir chaque matin.
« Je ne demande pas grand-chose : un débat au Parlement avant l'été », a-t-il expliqué, la voix affaiblie.
Le ministère de l'Agriculture a proposé de le recevoir la semaine prochaine, une invitation qu'il a acceptée tout en refusant de suspendre son jeûne.
""")

doc("team-027-anniversary-raid-en", "en", "2024-03-13T17:25:00+00:00",
    "Museum marks anniversary of 1986 Libya raid with new exhibition",
    """
LAKENHEATH, England, March 13 - An air museum in Suffolk opened an exhibition on Wednesday about the April 1986 U.S. air raid on Libya, in which F-111 bombers flying from British bases struck targets in Tripoli and Benghazi.
The display includes flight suits, mission maps and interviews with ground crew who prepared the aircraft for the 14-hour round trip around the coast of France and Spain.
"Many of our volunteers remember the night the jets left, but few people under 50 have heard of it," the museum's curator said.
The exhibition runs until October and will travel to a museum in Ohio next year.
""")

doc("team-028-tur-iraq-drone-fr", "fr", "2024-03-13T11:55:00+00:00",
    "Irak : un drone turc frappe un véhicule près de Sinjar",
    """
ANKARA, 13 mars - Un drone armé turc a frappé mardi soir un véhicule près de Sinjar, dans le nord-ouest de l'Irak, tuant deux membres du PKK, ont indiqué mercredi des sources sécuritaires turques citées par l'agence Anadolu.
Selon ces sources, les deux hommes appartenaient à l'encadrement local des Unités de résistance de Sinjar (YBS), une milice que la Turquie considère comme une branche du PKK.
Un responsable de la municipalité de Sinjar a confirmé qu'une voiture avait été touchée sur la route menant au mont Sinjar, sans donner de bilan.
""",
    [ev("TUR", target_group="PKK", claimant="TUR", operation="drone_strike",
        event_date="2024-03-12", killed=2, country="IQ", admin1=["IQ-NI"],
        locations=[loc("Sinjar", "IQ-NI", "Shingal", "Sindjar")],
        targets_hit=[hit("vehicle", 1, "Sinjar"), hit("personnel", 2, "Sinjar")])])

doc("team-029-unattributed-syria-en", "en", "2024-03-13T14:35:00+00:00",
    "Convoy hit by air strikes near Syria-Iraq border, monitor says",
    """
BEIRUT, March 13 - A convoy of trucks was hit by air strikes near the Syrian border town of Albu Kamal overnight, killing at least eight people, a war monitor said on Wednesday.
The monitor said the vehicles had entered Syria from Iraq carrying what it described as fuel and supplies, but it did not say whose aircraft carried out the attack.
No government or armed group claimed responsibility. Iran-backed militias operate on both sides of the crossing, which has been hit repeatedly over the past years.
""")

doc("team-030-rus-syria-fr", "fr", "2024-03-13T08:05:00+00:00",
    "Syrie : deux frappes russes contre Hayat Tahrir al-Cham selon Moscou",
    """
MOSCOU, 13 mars - Les forces aérospatiales russes ont mené au cours des dernières 24 heures deux frappes contre des positions du groupe Hayat Tahrir al-Cham dans le nord-ouest de la Syrie, a indiqué mercredi le Centre russe pour la réconciliation des parties en conflit.
La première a détruit un atelier d'assemblage de drones près de Jisr al-Choghour, dans la province d'Idleb. La seconde a visé un dépôt d'armes dans les montagnes du nord de la province de Lattaquié, a précisé le contre-amiral Oleg Ignassiouk.
Selon le centre, les attaques de drones visant les positions de l'armée syrienne se sont multipliées ces dernières semaines dans la région.
""",
    [ev("RUS", target_group="HTS", claimant="RUS", event_date="2024-03-13",
        period_start="2024-03-12", strikes=2, country="SY", admin1=["SY-ID", "SY-LA"],
        locations=[loc("Jisr al-Shughur", "SY-ID", "Jisr al-Choghour", "Jisr ash-Shughur")],
        targets_hit=[hit("factory", 1, "Jisr al-Shughur"), hit("weapons_depot", 1)])])

# ---------------------------------------------------------------------------
# Documents 31-50: other years, not part of the demo corpus
# ---------------------------------------------------------------------------

doc("team-031-rus-syria-cumul-fr", "fr", "2015-10-20T13:20:00+00:00",
    "Syrie : trente-six sorties russes en 24 heures, 934 depuis le 30 septembre",
    """
MOSCOU, 20 octobre - Les bombardiers Su-34 et Su-24M et les avions d'attaque au sol Su-25SM ont effectué trente-six sorties au cours des dernières vingt-quatre heures et frappé 49 cibles de l'organisation Etat islamique (EI) et du Front al-Nosra dans les provinces de Hama, d'Idleb, de Lattaquié et d'Alep, a annoncé mardi le ministère russe de la Défense.
Près de Kafr Zita, dans la province de Hama, un poste de commandement a été entièrement détruit, tandis qu'à Maarat al-Nouman, dans celle d'Idleb, un Su-24M a touché un dépôt de carburant, a détaillé le général Andreï Kartapolov, chef de la direction des opérations de l'état-major.
Depuis le début de l'opération aérienne, le 30 septembre, l'aviation russe a effectué 934 sorties et détruit 819 cibles, a-t-il ajouté.
Le général a par ailleurs reproché aux pays de la coalition emmenée par Washington de ne pas partager leurs renseignements sur les positions des jihadistes.
""",
    [ev("RUS", target_group="ISIS", claimant="RUS", event_date="2015-10-20",
        period_start="2015-10-19", sorties=36, targets=49,
        platforms=["Su-34", "Su-24M", "Su-25SM"], country="SY",
        admin1=["SY-HM", "SY-ID", "SY-LA", "SY-HL"],
        locations=[loc("Kafr Zita", "SY-HM", "Kafr Zeita", "Kafrzita"),
                   loc("Maarrat al-Numan", "SY-ID", "Maarat al-Nouman", "Ma'arrat an-Nu'man")],
        targets_hit=[hit("command_post", 1, "Kafr Zita"),
                     hit("fuel_depot", 1, "Maarrat al-Numan")]),
     ev("RUS", target_group="ISIS", claimant="RUS", event_date="2015-10-20",
        period_start="2015-09-30", cumulative=True, sorties=934, targets=819, country="SY")])

doc("team-032-rus-syr-syria-en", "en", "2015-11-19T12:10:00+00:00",
    "Russia says it hit more than 200 targets in Syria; Syrian jets pound Palmyra",
    """
MOSCOW, Nov 19 - Russian aircraft flew 88 sorties over Syria in the past 24 hours and struck more than 200 targets in Aleppo, Idlib, Latakia, Hama, Homs, Damascus, Raqqa and Deir ez-Zor provinces, the Russian Defence Ministry said on Thursday.
Su-25SM ground-attack jets destroyed a fortified Islamic State position near Al-Qaryatayn in Homs province, and Su-34 bombers set ablaze a column of 15 fuel trucks heading for the Iraqi border, ministry spokesman Igor Konashenkov told reporters.
Separately, the Syrian army said in a statement that its own air force had carried out 14 raids on Islamic State fighters and vehicles around the ancient city of Palmyra on Wednesday.
Western governments say most Russian strikes have hit rebel groups opposed to President Bashar al-Assad rather than Islamic State, which Moscow denies.
""",
    [ev("RUS", target_group="ISIS", claimant="RUS", event_date="2015-11-19",
        period_start="2015-11-18", sorties=88, platforms=["Su-25SM", "Su-34"], country="SY",
        admin1=["SY-HL", "SY-ID", "SY-LA", "SY-HM", "SY-HI", "SY-DI", "SY-RA", "SY-DY"],
        locations=[loc("Al-Qaryatayn", "SY-HI", "Qaryatayn", "Al Qaryatayn")],
        targets_hit=[hit("fighting_position", 1, "Al-Qaryatayn"), hit("oil_facility", 15)]),
     ev("SYR", target_group="ISIS", claimant="SYR", event_date="2015-11-18", strikes=14,
        country="SY", admin1=["SY-HI"], locations=[loc("Palmyra", "SY-HI", "Tadmur", "Tadmor")],
        targets_hit=[hit("personnel", None, "Palmyra"), hit("vehicle", None, "Palmyra")])])

doc("team-033-coalition-iraq-syria-fr", "fr", "2017-03-15T10:30:00+00:00",
    "La coalition a mené 19 frappes contre l'EI en Irak et en Syrie",
    """
BAGDAD, 15 mars - Les forces de la coalition internationale emmenée par les Etats-Unis ont mené le 14 mars 19 frappes contre le groupe Etat islamique en Irak et en Syrie, selon un communiqué publié mercredi par la Force opérationnelle interarmées (CJTF-OIR).
En Irak, huit frappes près de Mossoul ont détruit douze positions de combat, trois véhicules et un atelier de fabrication d'engins explosifs, précise le texte.
En Syrie, onze frappes près de Raqqa et de Deir ez-Zor ont visé quatre unités tactiques du groupe et détruit deux têtes de puits de pétrole.
Les forces irakiennes poursuivent leur progression dans la partie ouest de Mossoul, où des milliers de civils restent pris au piège.
""",
    [ev("COALITION", target_group="ISIS", claimant="COALITION", event_date="2017-03-14",
        strikes=19, admin1=["IQ-NI", "SY-RA", "SY-DY"],
        locations=[loc("Mosul", "IQ-NI", "Mossoul", "Al Mawsil"),
                   loc("Raqqa", "SY-RA", "Raqqah", "Ar Raqqah", "Rakka"),
                   loc("Deir ez-Zor", "SY-DY", "Dayr az Zawr", "Deir el-Zor")],
        targets_hit=[hit("fighting_position", 12, "Mosul"), hit("vehicle", 3, "Mosul"),
                     hit("factory", 1, "Mosul"), hit("personnel", 4), hit("oil_facility", 2)])])

doc("team-034-coalition-iraq-en", "en", "2016-07-03T09:00:00+00:00",
    "Coalition conducts 11 strikes against ISIL in Iraq",
    """
SOUTHWEST ASIA, July 3 - On July 2, Coalition military forces conducted 11 strikes consisting of 27 engagements against ISIL targets in Iraq, Combined Joint Task Force - Operation Inherent Resolve said in its daily release.
Near Qayyarah, three strikes engaged an ISIL tactical unit and destroyed two ISIL fighting positions and a mortar system.
Near Ramadi, two strikes struck an ISIL staging area.
Near Tal Afar, six strikes destroyed four ISIL weapons caches, two vehicle bombs and a tunnel entrance.
Strike assessments are based on initial reports. The release does not list strikes in which aircraft fired on targets of opportunity but did not release munitions.
""",
    [ev("COALITION", target_group="ISIS", claimant="COALITION", event_date="2016-07-02",
        strikes=11, country="IQ", admin1=["IQ-NI", "IQ-AN"],
        locations=[loc("Qayyarah", "IQ-NI", "Al-Qayyarah", "Qayara"),
                   loc("Ramadi", "IQ-AN", "Ar Ramadi"),
                   loc("Tal Afar", "IQ-NI", "Tall Afar", "Tel Afar")],
        targets_hit=[hit("personnel", 1, "Qayyarah"), hit("fighting_position", 2, "Qayyarah"),
                     hit("weapons_depot", 4, "Tal Afar"), hit("vehicle", 2, "Tal Afar"),
                     hit("fighting_position", 1, "Tal Afar")])])

doc("team-035-fra-iraq-fr", "fr", "2016-03-10T16:00:00+00:00",
    "Chammal : deux Rafale frappent Daech dans la région de Mossoul",
    """
PARIS, 10 mars - Le 8 mars 2016, deux Rafale engagés dans l'opération Chammal ont conduit deux frappes contre Daech dans la région de Mossoul, en appui des forces de sécurité irakiennes, a indiqué jeudi l'état-major des armées.
Les avions, ravitaillés en vol par un C-135FR, ont détruit un atelier de fabrication d'engins explosifs improvisés et une position de combat tenue par les jihadistes. Un avion de patrouille maritime Atlantique 2 assurait le recueil de renseignement.
Les deux appareils avaient décollé de la base aérienne projetée en Jordanie, selon l'état-major.
""",
    [ev("FRA", target_group="ISIS", claimant="FRA", event_date="2016-03-08", strikes=2,
        platforms=["Rafale"], country="IQ", admin1=["IQ-NI"],
        locations=[loc("Mosul", "IQ-NI", "Mossoul", "Al Mawsil")],
        targets_hit=[hit("factory", 1, "Mosul"), hit("fighting_position", 1, "Mosul")])])

doc("team-036-isr-hezbollah-en", "en", "2024-02-26T08:45:00+00:00",
    "Israel hits Hezbollah site near Baalbek after rocket fire on Metula",
    """
BEIRUT, Feb 26 - Israeli warplanes struck a Hezbollah weapons storage site near the city of Baalbek overnight, the Israeli military said on Monday, in what Lebanese security sources called the deepest Israeli raid into Lebanon since October.
The military said the strike was a response to an attack on Sunday afternoon, when Hezbollah fighters fired a salvo of rockets at Israeli troop positions near the border town of Metula. Hezbollah claimed that attack in a statement, saying it was retaliation for the killing of civilians in southern Lebanon.
Two people were wounded in the Baalbek raid, Lebanon's state news agency said. Residents reported hearing at least two large explosions.
""",
    [ev("ISR", target_group="HEZBOLLAH", claimant="ISR", event_date="2024-02-26",
        period_start="2024-02-25", country="LB", admin1=["LB-BH"],
        locations=[loc("Baalbek", "LB-BH", "Baalbeck", "Baalbak")],
        targets_hit=[hit("weapons_depot", 1, "Baalbek")]),
     ev("HEZBOLLAH", target_group="ISR", claimant="HEZBOLLAH", operation="artillery",
        event_date="2024-02-25", country="IL", admin1=["IL-Z"],
        locations=[loc("Metula", "IL-Z", "Metulla")],
        targets_hit=[hit("fighting_position", None, "Metula")])])

doc("team-037-usa-gbr-yemen-fr", "fr", "2024-01-12T05:30:00+00:00",
    "Yémen : frappes américaines et britanniques contre les Houthis",
    """
WASHINGTON, 12 janvier - Les forces américaines et britanniques ont frappé dans la nuit de jeudi à vendredi plus de 60 cibles des rebelles houthis au Yémen, avec des avions de combat et des missiles Tomahawk tirés depuis des navires, a annoncé le Pentagone.
Des F/A-18 partis du porte-avions Dwight D. Eisenhower ont visé des radars, des dépôts de munitions et des sites de lancement de missiles près de Hodeïda et de Saada, selon un responsable américain. L'Australie, Bahreïn, le Canada et les Pays-Bas ont apporté un soutien logistique et de renseignement.
A Londres, le ministère britannique de la Défense a précisé que quatre Typhoon, appuyés par un ravitailleur Voyager, avaient bombardé un aérodrome utilisé pour lancer des drones à Abs, dans le gouvernorat de Hajjah.
Les Houthis ont promis que ces frappes « ne resteraient pas impunies ».
""",
    [ev("USA", target_group="HOUTHI", claimant="USA", event_date="2024-01-12",
        period_start="2024-01-11", platforms=["F/A-18", "Tomahawk"], country="YE",
        admin1=["YE-HU", "YE-SD"],
        locations=[loc("Hodeidah", "YE-HU", "Hodeïda", "Hodeida", "Al Hudaydah"),
                   loc("Saada", "YE-SD", "Sa'dah", "Sadah")],
        targets_hit=[hit("air_defense"), hit("ammunition_depot"), hit("launcher")]),
     ev("GBR", target_group="HOUTHI", claimant="GBR", event_date="2024-01-12",
        period_start="2024-01-11", platforms=["Typhoon"], country="YE", admin1=["YE-HJ"],
        locations=[loc("Abs", "YE-HJ")], targets_hit=[hit("airfield", 1, "Abs")])])

doc("team-038-rus-ukr-ukraine-en", "en", "2023-11-28T11:40:00+00:00",
    "Russia says it hit 112 Ukrainian targets, downed 38 drones",
    """
MOSCOW, Nov 28 - Russian operational-tactical aviation, drones, missile troops and artillery hit 112 Ukrainian targets over the past 24 hours, including areas where troops and equipment were concentrated, the Russian Defence Ministry said on Tuesday.
An Iskander missile destroyed a HIMARS launcher near Kupiansk in the Kharkiv region, and a fuel depot serving Ukrainian units was set on fire near the same town, the ministry said in its daily briefing.
Russian air defences also shot down 38 Ukrainian drones over the Belgorod and Kursk regions overnight, it added, without reporting damage on the ground.
Kyiv did not comment on the claims, which could not be independently verified.
""",
    [ev("RUS", target_group="UKR", claimant="RUS", event_date="2023-11-28",
        period_start="2023-11-27", targets=112, platforms=["Iskander"], country="UA",
        admin1=["UA-63"], locations=[loc("Kupiansk", "UA-63", "Kupyansk", "Kupjansk")],
        targets_hit=[hit("personnel"), hit("launcher", 1, "Kupiansk"),
                     hit("fuel_depot", 1, "Kupiansk")]),
     ev("UKR", claimant="RUS", operation="drone_strike", event_date="2023-11-28",
        period_start="2023-11-27", country="RU")])

doc("team-039-rus-denial-fr", "fr", "2016-02-16T15:50:00+00:00",
    "Moscou dément avoir bombardé un hôpital dans la province d'Alep",
    """
MOSCOU, 16 février - Le ministère russe de la Défense a démenti mardi que ses avions aient bombardé un hôpital soutenu par une ONG médicale dans la province d'Alep, qualifiant ces accusations de « fausses » et « sans fondement ».
« Aucun appareil des forces aérospatiales russes n'a effectué de mission dans cette zone au cours des dernières 48 heures », a affirmé son porte-parole, le général Igor Konachenkov.
La Turquie et plusieurs pays occidentaux avaient accusé la veille Moscou d'être responsable de l'attaque, qui a fait au moins neuf morts selon l'ONG.
Le Kremlin a estimé que ces accusations visaient à « saper » les discussions en cours à Munich sur une cessation des hostilités.
""")

doc("team-040-foudre-fr", "fr", "2023-08-17T18:20:00+00:00",
    "Orages : la foudre frappe un clocher et prive 20 000 foyers d'électricité",
    """
LIMOGES, 17 août - La foudre a frappé jeudi en fin d'après-midi le clocher de l'église de Saint-Léonard-de-Noblat (Haute-Vienne), provoquant un début d'incendie rapidement maîtrisé par les pompiers, selon la préfecture.
Placée en vigilance orange, la région a été traversée par une ligne d'orages accompagnés de grêle. Près de 20 000 foyers étaient privés d'électricité en soirée, a indiqué Enedis, qui a mobilisé une centaine de techniciens.
Plusieurs routes départementales ont été coupées par des chutes d'arbres. Aucun blessé n'est à déplorer.
Météo-France prévoit un retour au calme dans la nuit, avant de nouveaux orages attendus samedi sur le sud-ouest.
""")

doc("team-041-football-strike-en", "en", "2023-10-22T18:05:00+00:00",
    "Late strike keeps Brentford unbeaten at home",
    """
LONDON, Oct 22 - A curling strike from 25 yards by Mathias Jensen in the 88th minute earned Brentford a 2-2 draw with Aston Villa on Sunday and kept their unbeaten home record intact.
Villa had led twice through Ollie Watkins and a Douglas Luiz penalty, and their striker hit the bar early in the second half when a third goal would have settled the game.
"We never stopped believing. Mathias has been practising that shot all week," the Brentford manager said.
Villa remain fourth, two points behind Arsenal, while Brentford climb to 12th.
""")

doc("team-042-isr-pij-gaza-fr", "fr", "2023-05-03T07:40:00+00:00",
    "Gaza : frappes israéliennes après des tirs de roquettes du Jihad islamique",
    """
GAZA, 3 mai - L'aviation israélienne a frappé dans la nuit de mardi à mercredi deux sites de production d'armes du Jihad islamique à Khan Younès et un poste d'observation du mouvement à Beit Hanoun, dans le nord de la bande de Gaza, a annoncé l'armée israélienne.
Ces raids répondent aux tirs de roquettes de mardi vers le sud d'Israël : le Jihad islamique avait revendiqué dans un communiqué le lancement d'une salve de roquettes vers Sdérot, après la mort en détention d'un de ses dirigeants, Khader Adnane.
Les roquettes n'ont pas fait de victimes, selon les secours israéliens. Aucun blessé n'a été signalé à Gaza.
""",
    [ev("ISR", target_group="PIJ", claimant="ISR", event_date="2023-05-03",
        period_start="2023-05-02", country="PS", admin1=["PS-KYS", "PS-NGZ"],
        locations=[loc("Khan Younis", "PS-KYS", "Khan Younès", "Khan Yunis"),
                   loc("Beit Hanoun", "PS-NGZ", "Beit Hanun")],
        targets_hit=[hit("factory", 2, "Khan Younis"), hit("fighting_position", 1, "Beit Hanoun")]),
     ev("PIJ", target_group="ISR", claimant="PIJ", operation="artillery",
        event_date="2023-05-02", country="IL", admin1=["IL-D"],
        locations=[loc("Sderot", "IL-D", "Sdérot", "Sderoth")])])

doc("team-043-tur-threat-en", "en", "2022-06-01T14:15:00+00:00",
    "Erdogan warns Turkey could strike Sinjar 'one night, suddenly'",
    """
ANKARA, June 1 - President Tayyip Erdogan warned on Wednesday that Turkey could launch strikes against PKK militants in Iraq's Sinjar region "one night, suddenly" if Baghdad failed to remove them, and said plans for a new cross-border operation were ready.
"Our patience has limits. We will not allow a second Qandil to take root on our border," he told lawmakers from his ruling AK Party in Ankara.
Iraq's foreign ministry summoned the Turkish charge d'affaires and said any military action on Iraqi soil would be a violation of its sovereignty.
""")

doc("team-044-usa-somalia-fr", "fr", "2024-02-27T09:10:00+00:00",
    "Somalie : une frappe américaine tue deux combattants shebab",
    """
NAIROBI, 27 février - Le commandement militaire américain pour l'Afrique (Africom) a annoncé lundi avoir mené le 25 février une frappe aérienne contre les islamistes shebab près de Bulo Burte, dans la région de Hiiraan, tuant deux combattants.
La frappe a eu lieu à environ 200 kilomètres au nord de Mogadiscio, à la demande du gouvernement fédéral somalien, a précisé Africom, selon qui aucun civil n'a été blessé.
Les shebab, affiliés à Al-Qaïda, combattent depuis plus de quinze ans le gouvernement central soutenu par la communauté internationale.
""",
    [ev("USA", target_group="SHABAAB", claimant="USA", event_date="2024-02-25", strikes=1, killed=2,
        country="SO", admin1=["SO-HI"],
        locations=[loc("Bulo Burte", "SO-HI", "Bulo Burti", "Buulobarde")],
        targets_hit=[hit("personnel", 2, "Bulo Burte")])])

doc("team-045-rus-kalibr-syria-en", "en", "2015-12-08T10:25:00+00:00",
    "Russian submarine fires Kalibr missiles at Islamic State in Raqqa",
    """
MOSCOW, Dec 8 - A Russian submarine in the eastern Mediterranean fired Kalibr cruise missiles on Tuesday at Islamic State targets in Syria's Raqqa province, Defence Minister Sergei Shoigu said, the first such launch from under water.
Shoigu told President Vladimir Putin in a televised meeting that the missiles had destroyed an ammunition store and a workshop producing mines.
In addition, Su-34 and Su-24M aircraft flew 59 sorties over the past 24 hours, hitting 64 targets in Idlib, Latakia and Hama provinces, the ministry said.
Putin said he hoped the missiles, which can carry nuclear warheads, would never be needed for that purpose.
""",
    [ev("RUS", target_group="ISIS", claimant="RUS", operation="missile_strike",
        event_date="2015-12-08", period_start="2015-12-07", sorties=59, targets=64,
        platforms=["Kalibr", "Su-34", "Su-24M"], country="SY",
        admin1=["SY-RA", "SY-ID", "SY-LA", "SY-HM"],
        targets_hit=[hit("ammunition_depot", 1), hit("factory", 1)])])

doc("team-046-rus-ukraine-lviv-fr", "fr", "2023-12-16T08:00:00+00:00",
    "Ukraine : une centrale touchée dans la région de Lviv après une attaque nocturne",
    """
KIEV, 16 décembre - La Russie a lancé dans la nuit de vendredi à samedi une quarantaine de drones Shahed et six missiles de croisière Kh-101 contre l'Ukraine, a indiqué samedi l'armée de l'air ukrainienne, selon laquelle la plupart ont été neutralisés par la défense antiaérienne.
Un missile a toutefois atteint la centrale thermique de Dobrotvir, dans la région de Lviv, provoquant un incendie, a précisé le gouverneur régional, Maksym Kozytsky. Les équipes de secours sont parvenues à maîtriser les flammes en milieu de matinée.
Des débris ont été retrouvés dans plusieurs régions du centre du pays, sans faire de victimes.
""",
    [ev("RUS", claimant="UKR", operation="drone_strike", event_date="2023-12-16",
        period_start="2023-12-15", platforms=["Shahed", "Kh-101"], country="UA",
        admin1=["UA-46"], locations=[loc("Dobrotvir", "UA-46", "Dobrotvor")],
        targets_hit=[hit("infrastructure", 1, "Dobrotvir")])])

doc("team-047-isr-syria-en", "en", "2021-09-03T07:15:00+00:00",
    "Syria says Israeli jets hit army depot south of Damascus",
    """
DAMASCUS, Sept 3 - Israeli F-16 jets flying over Lebanon carried out an air attack on targets south of Damascus shortly after midnight on Friday, hitting an army ammunition depot in al-Kiswah, Syria's defence ministry said.
Syrian air defences intercepted most of the missiles, the ministry said in a statement carried by state media, adding that the attack caused material damage only.
Israel's military declined to comment. It rarely acknowledges individual strikes in Syria but has said it acts against Iranian entrenchment in the country.
""",
    [ev("ISR", target_group="SYR", claimant="SYR", event_date="2021-09-03",
        platforms=["F-16"], country="SY", admin1=["SY-RD", "SY-DI"],
        locations=[loc("Al-Kiswah", "SY-RD", "Kiswah", "Kisweh"), loc("Damascus", "SY-DI")],
        targets_hit=[hit("ammunition_depot", 1, "Al-Kiswah")])])

doc("team-048-anniversaire-otan-fr", "fr", "2024-03-24T17:45:00+00:00",
    "Belgrade commémore les 25 ans des bombardements de l'Otan",
    """
BELGRADE, 24 mars - Des milliers de Serbes se sont rassemblés dimanche à Belgrade pour marquer le 25e anniversaire du début des bombardements de l'Otan sur la Yougoslavie, lancés le 24 mars 1999 pendant la guerre du Kosovo.
Les sirènes ont retenti à midi dans tout le pays et des gerbes ont été déposées devant les ruines de l'ancien état-major de l'armée, frappé à plusieurs reprises au printemps 1999 et jamais reconstruit.
« Nous n'oublierons jamais », a déclaré le président serbe devant la foule. Les frappes, menées pendant 78 jours, avaient contraint Belgrade à retirer ses forces du Kosovo.
""")

doc("team-049-sau-yemen-en", "en", "2019-05-16T11:50:00+00:00",
    "Saudi-led coalition strikes Houthi depots in Sanaa",
    """
RIYADH, May 16 - The Saudi-led coalition fighting in Yemen said its aircraft struck Houthi military sites in the capital Sanaa on Thursday, destroying two weapons depots and a workshop where drones were assembled.
Coalition spokesman Colonel Turki al-Maliki said the targets were legitimate and that precautions had been taken to protect civilians.
Houthi-run Al-Masirah television reported a series of raids on the city and said several residents, including children, were among the casualties.
""",
    [ev("SAU", target_group="HOUTHI", claimant="SAU", event_date="2019-05-16", country="YE",
        admin1=["YE-SA"], locations=[loc("Sanaa", "YE-SA", "Sana'a", "Sana")],
        targets_hit=[hit("weapons_depot", 2, "Sanaa"), hit("factory", 1, "Sanaa")])])

doc("team-050-menace-liban-fr", "fr", "2024-01-08T16:30:00+00:00",
    "Israël prévient le Hezbollah que « toutes les options » restent ouvertes",
    """
JERUSALEM, 8 janvier - Le ministre israélien de la Défense a averti lundi que « toutes les options, y compris une frappe sur Beyrouth », restaient envisagées si le Hezbollah ne retirait pas ses combattants de la frontière, lors d'une visite auprès des troupes déployées dans le nord du pays.
« Nous préférons la voie diplomatique, mais le temps presse », a-t-il déclaré, alors que l'émissaire américain Amos Hochstein est attendu dans la région pour tenter d'éviter une escalade.
Le chef du Hezbollah a de son côté affirmé que son mouvement ne craignait pas la guerre, tout en assurant ne pas la rechercher.
""")


# ---------------------------------------------------------------------------
# More languages (es, de, ru, uk, ar, tr) and more actors (documents 51-70)
# ---------------------------------------------------------------------------

doc("team-051-rus-syria-es", "es", "2015-10-27T11:20:00+00:00",
    "La aviación rusa destruye 94 objetivos del Estado Islámico en un día",
    """
MOSCÚ, 27 oct - Los bombarderos rusos Su-34 y Su-24M realizaron 59 salidas de combate en las últimas 24 horas y alcanzaron 94 objetivos del grupo yihadista Estado Islámico en Siria, informó hoy el Ministerio de Defensa de Rusia.
En la provincia de Deir ez-Zor, los aviones destruyeron un puesto de mando y dos depósitos de municiones cerca de Mayadín, así como un campo de entrenamiento en las afueras de Al Bukamal, precisó el portavoz castrense, el general Ígor Konashénkov.
Desde el inicio de la operación aérea, el 30 de septiembre, la aviación rusa ha realizado 1.391 salidas y ha destruido 1.623 objetivos terroristas, agregó.
""",
    [ev("RUS", target_group="ISIS", claimant="RUS", event_date="2015-10-27",
        period_start="2015-10-26", sorties=59, targets=94, platforms=["Su-34", "Su-24M"],
        country="SY", admin1=["SY-DY"],
        locations=[loc("Al Mayadin", "SY-DY", "Mayadín", "Mayadin"),
                   loc("Albu Kamal", "SY-DY", "Al Bukamal", "Abu Kamal")],
        targets_hit=[hit("command_post", 1, "Al Mayadin"), hit("ammunition_depot", 2, "Al Mayadin"),
                     hit("training_camp", 1, "Albu Kamal")]),
     ev("RUS", claimant="RUS", event_date="2015-10-27", period_start="2015-09-30",
        cumulative=True, sorties=1391, targets=1623, country="SY")])

doc("team-052-futbol-turquia-es", "es", "2023-10-16T21:40:00+00:00",
    "España sufre ante Turquía pero sella su billete para la Eurocopa",
    """
SEVILLA, 16 oct - España sufrió más de lo previsto para vencer 2-1 a Turquía en La Cartuja y sellar su clasificación para la Eurocopa.
La selección turca bombardeó la portería española durante toda la segunda parte, con once disparos y un ataque constante por la banda izquierda, pero se estrelló una y otra vez contra el guardameta.
El gol de la victoria llegó en el minuto 84, en un contraataque culminado por el delantero centro. «Hemos sufrido, pero el equipo ha sabido aguantar», declaró el seleccionador al término del partido.
Turquía, que necesitaba al menos un empate, jugará la repesca en marzo.
""")

doc("team-053-isr-hezbollah-de", "de", "2024-04-16T07:30:00+00:00",
    "Israel greift Hisbollah-Ziele im Südlibanon an",
    """
BEIRUT/TEL AVIV, 16. April - Die israelische Luftwaffe hat nach Armeeangaben in der Nacht zum Dienstag Ziele der Hisbollah im Süden des Libanon angegriffen.
Kampfflugzeuge hätten ein Waffenlager und zwei Abschussrampen für Raketen in der Ortschaft Kfar Kila sowie einen militärischen Posten nahe Chiam getroffen, teilte das Militär mit.
Die Angriffe seien eine Reaktion auf den Beschuss des Nordens Israels am Vortag gewesen. Die libanesische Nachrichtenagentur NNA berichtete von zwei Verletzten.
""",
    [ev("ISR", target_group="HEZBOLLAH", claimant="ISR", event_date="2024-04-16",
        period_start="2024-04-15", country="LB", admin1=["LB-NA"],
        locations=[loc("Kfar Kila", "LB-NA", "Kfarkela", "Kfarkila"),
                   loc("Khiam", "LB-NA", "Chiam", "El Khiam")],
        targets_hit=[hit("weapons_depot", 1, "Kfar Kila"), hit("launcher", 2, "Kfar Kila"),
                     hit("fighting_position", 1, "Khiam")])])

doc("team-054-manoever-de", "de", "2023-06-09T15:10:00+00:00",
    "Kampfjets üben Luftangriffe über Norddeutschland",
    """
ROSTOCK, 9. Juni - Bei dem Nato-Luftwaffenmanöver "Baltic Shield" über Norddeutschland haben am Freitag rund 60 Kampfflugzeuge aus zehn Staaten Luftangriffe auf simulierte Ziele geübt.
Deutsche Eurofighter und amerikanische F-35 griffen dabei nach Angaben der Luftwaffe Stellungen eines fiktiven Gegners auf einem Truppenübungsplatz in Mecklenburg-Vorpommern an.
Scharfe Munition wurde nicht eingesetzt. Die Übung soll noch bis Mitte kommender Woche dauern; Flughäfen in der Region meldeten vereinzelt Verspätungen.
""")

doc("team-055-rus-ukraine-ru", "ru", "2024-05-14T09:10:00+00:00",
    "Минобороны: ВС России за сутки поразили склад боеприпасов ВСУ под Часовым Яром",
    """
МОСКВА, 14 мая. /ТАСС/. Оперативно-тактическая авиация, ударные беспилотники, ракетные войска и артиллерия Вооруженных сил России за сутки поразили склад боеприпасов в районе Часова Яра Донецкой Народной Республики, пункт управления беспилотниками под Волчанском Харьковской области, а также места скопления живой силы и техники ВСУ, сообщили в Минобороны РФ.
Кроме того, самолеты Су-34 нанесли удары управляемыми авиабомбами по опорным пунктам ВСУ в районе Волчанска, уничтожены три танка и пять автомобилей.
Средствами противовоздушной обороны за сутки сбиты 12 украинских беспилотников над Белгородской и Курской областями, добавили в ведомстве.
""",
    [ev("RUS", target_group="UKR", claimant="RUS", event_date="2024-05-14",
        period_start="2024-05-13", platforms=["Su-34"], country="UA", admin1=["UA-14", "UA-63"],
        locations=[loc("Chasiv Yar", "UA-14", "Chasov Yar", "Часов Яр"),
                   loc("Vovchansk", "UA-63", "Volchansk", "Волчанск")],
        targets_hit=[hit("ammunition_depot", 1, "Chasiv Yar"), hit("command_post", 1, "Vovchansk"),
                     hit("personnel"), hit("fighting_position", None, "Vovchansk"),
                     hit("armored_vehicle", 3), hit("vehicle", 5)]),
     ev("UKR", claimant="RUS", operation="drone_strike", event_date="2024-05-14",
        period_start="2024-05-13", country="RU")])

doc("team-056-ukr-rus-ukraine-uk", "uk", "2024-05-20T08:20:00+00:00",
    "Генштаб: авіація Сил оборони завдала 11 ударів по противнику",
    """
КИЇВ, 20 травня. Протягом минулої доби авіація Сил оборони завдала 9 ударів по районах зосередження особового складу противника та 2 удари по зенітних ракетних комплексах, повідомив Генеральний штаб ЗСУ у ранковому зведенні.
Підрозділи ракетних військ уразили пункт управління та склад боєприпасів окупантів на Запорізькому напрямку. Загалом за добу відбулося 112 бойових зіткнень, найбільше - на Покровському напрямку.
У ніч на 20 травня противник атакував Україну 29 ударними БпЛА типу Shahed-131/136, повідомили Повітряні сили. Сили ППО знищили 28 дронів над Одеською, Миколаївською та Дніпропетровською областями.
""",
    [ev("UKR", target_group="RUS", claimant="UKR", event_date="2024-05-20",
        period_start="2024-05-19", strikes=11, country="UA",
        targets_hit=[hit("personnel"), hit("air_defense", 2), hit("command_post", 1),
                     hit("ammunition_depot", 1)]),
     ev("RUS", claimant="UKR", operation="drone_strike", event_date="2024-05-20",
        period_start="2024-05-19", platforms=["Shahed-131", "Shahed-136"], country="UA")])

doc("team-057-usa-houthi-ar", "ar", "2024-02-23T06:45:00+00:00",
    "القيادة المركزية الأمريكية: ضربات على منصات صواريخ للحوثيين في الحديدة",
    """
واشنطن (وكالات) - قالت القيادة المركزية الأمريكية إن طائرات أمريكية نفذت يوم الخميس ضربات على مواقع لجماعة الحوثي في محافظة الحديدة غرب اليمن، ودمرت أربع منصات لإطلاق الصواريخ المضادة للسفن ومخزنا للأسلحة.
وأضافت القيادة في بيان أن هذه المنصات كانت تشكل تهديدا وشيكا للسفن التجارية وسفن البحرية الأمريكية في البحر الأحمر.
من جهتها، قالت قناة المسيرة التابعة للحوثيين إن غارات أمريكية استهدفت منطقة الصليف شمال الحديدة، دون أن تذكر وقوع إصابات.
""",
    [ev("USA", target_group="HOUTHI", claimant="USA", event_date="2024-02-22", country="YE",
        admin1=["YE-HU"], locations=[loc("As Salif", "YE-HU", "Salif", "Al-Salif", "الصليف")],
        targets_hit=[hit("launcher", 4), hit("weapons_depot", 1)])])

doc("team-058-tur-pkk-iraq-tr", "tr", "2024-01-13T10:05:00+00:00",
    "MSB: Irak'ın kuzeyinde 17 terör hedefi imha edildi",
    """
ANKARA (AA) - Milli Savunma Bakanlığı (MSB), Irak'ın kuzeyindeki Hakurk ve Metina bölgelerine dün akşam düzenlenen hava harekâtında terör örgütü PKK'ya ait 17 hedefin imha edildiğini bildirdi.
MSB'nin sosyal medya hesabından yapılan açıklamada, harekâtta mağaralar, sığınaklar ve mühimmat depolarının vurulduğu, çok sayıda teröristin etkisiz hale getirildiği belirtildi.
Açıklamada, operasyonların terör tehdidi tamamen ortadan kaldırılıncaya kadar süreceği vurgulandı.
""",
    [ev("TUR", target_group="PKK", claimant="TUR", event_date="2024-01-12", targets=17,
        country="IQ", admin1=["IQ-AR", "IQ-DA"],
        locations=[loc("Hakurk", "IQ-AR", "Hakurk region"), loc("Metina", "IQ-DA", "Metina region")],
        targets_hit=[hit("fighting_position"), hit("ammunition_depot"), hit("personnel")])])

doc("team-059-kibris-yildonumu-tr", "tr", "2024-07-20T12:30:00+00:00",
    "Kıbrıs Barış Harekâtı'nın 50. yıl dönümü törenlerle anıldı",
    """
LEFKOŞA (AA) - Kıbrıs Barış Harekâtı'nın 50. yıl dönümü nedeniyle KKTC'de törenler düzenlendi.
Törende konuşan yetkililer, 20 Temmuz 1974'te Türk savaş uçaklarının ada üzerindeki Rum mevzilerini bombaladığını ve Türk askerlerinin Girne sahiline çıktığını hatırlattı.
Tören, saygı duruşu ve İstiklal Marşı'nın okunmasıyla başladı; ardından şehitlikler ziyaret edildi.
""")

doc("team-060-nga-iswap-en", "en", "2023-08-16T10:30:00+00:00",
    "Nigerian air strikes kill 23 ISWAP fighters on Lake Chad islands",
    """
MAIDUGURI, Nigeria, Aug 16 - Nigerian Air Force jets struck hideouts of Islamic State West Africa Province (ISWAP) fighters on two islands in the Lake Chad area of Borno state on Tuesday, killing 23 fighters and destroying four gun trucks, the military said on Wednesday.
An air force spokesman said the strikes at Kirta Wulgo and Tumbun Rago followed intelligence that the group's commanders had gathered there to plan attacks on troops.
Residents of nearby fishing communities said they heard repeated explosions.
""",
    [ev("NGA", target_group="ISIS", claimant="NGA", event_date="2023-08-15", killed=23,
        country="NG", admin1=["NG-BO"],
        locations=[loc("Kirta Wulgo", "NG-BO"), loc("Tumbun Rago", "NG-BO")],
        targets_hit=[hit("building"), hit("personnel", 23), hit("vehicle", 4)])])

doc("team-061-ind-pakistan-en", "en", "2025-05-07T06:00:00+00:00",
    "India strikes nine sites in Pakistan after Kashmir attack",
    """
NEW DELHI, May 7 - India said its forces struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, in what it called a measured response to last month's attack on tourists in Indian Kashmir.
The defence ministry said the strikes, carried out with missiles and loitering munitions, targeted infrastructure of militant groups, including a seminary complex in Bahawalpur and a training camp near Muzaffarabad.
Pakistan said Indian missiles had hit six locations, killing civilians, and that its air force had shot down five Indian aircraft. India did not comment on that claim.
""",
    [ev("IND", claimant="IND", operation="missile_strike", event_date="2025-05-07", targets=9,
        country="PK", admin1=["PK-JK", "PK-PB"],
        locations=[loc("Bahawalpur", "PK-PB"), loc("Muzaffarabad", "PK-JK")],
        targets_hit=[hit("building", 1, "Bahawalpur"), hit("training_camp", 1, "Muzaffarabad")])])

doc("team-062-sdn-darfour-fr", "fr", "2024-06-04T09:15:00+00:00",
    "Soudan : l'armée dit avoir bombardé les paramilitaires à Nyala",
    """
PORT-SOUDAN, 4 juin - Des avions de combat de l'armée soudanaise ont bombardé lundi des concentrations de combattants des Forces de soutien rapide (FSR) à Nyala, la principale ville du Darfour-Sud, a affirmé mardi un porte-parole de l'armée, faisant état de « dizaines » de paramilitaires tués.
Selon des habitants joints par téléphone, les raids ont visé l'aéroport de la ville, où les FSR ont installé un centre de commandement, ainsi qu'un dépôt de carburant.
Les FSR n'ont pas réagi dans l'immédiat.
""",
    [ev("SDN", claimant="SDN", event_date="2024-06-03", country="SD", admin1=["SD-DS"],
        locations=[loc("Nyala", "SD-DS")],
        targets_hit=[hit("personnel", None, "Nyala"), hit("airfield", 1, "Nyala"),
                     hit("command_post", 1, "Nyala"), hit("fuel_depot", 1, "Nyala")])])

doc("team-063-exercice-poker-fr", "fr", "2024-03-22T16:00:00+00:00",
    "Dissuasion : des Rafale simulent un raid nucléaire au-dessus de la France",
    """
PARIS, 22 mars - Une quarantaine d'avions de l'armée de l'Air et de l'Espace, dont des Rafale armés de missiles de croisière inertes, ont participé dans la nuit de mardi à mercredi à l'exercice Poker, qui simule un raid nucléaire de longue distance au-dessus du territoire français.
Les équipages ont effectué des ravitaillements en vol et des frappes simulées sur des cibles fictives, avant de regagner leurs bases de Saint-Dizier et d'Istres, a indiqué l'état-major des armées.
Ces exercices, organisés quatre fois par an, visent à démontrer la crédibilité de la composante aéroportée de la dissuasion.
""")

doc("team-064-pak-denial-en", "en", "2025-05-09T13:20:00+00:00",
    "Pakistan denies Indian drones hit air base",
    """
ISLAMABAD, May 9 - Pakistan's military on Friday denied Indian media reports that Indian drones had struck an air base near Rawalpindi, calling the claims "baseless propaganda".
"No Pakistani military installation has been hit," the military's media wing said in a statement, adding that all drones that had entered Pakistani airspace overnight had been tracked and shot down.
India's defence ministry declined to comment.
""")

doc("team-065-usa-aq-syria-en", "en", "2024-08-23T15:40:00+00:00",
    "U.S. strike in Syria kills two leaders of al-Qaeda affiliate, CENTCOM says",
    """
WASHINGTON, Aug 23 - U.S. forces carried out an airstrike in northwest Syria on Thursday that killed two senior leaders of Hurras al-Din, an al-Qaeda affiliate, U.S. Central Command said on Friday.
The strike near the town of Sarmada in Idlib province hit the men as they travelled in a vehicle, CENTCOM said in a statement, adding that there were no indications civilians had been harmed.
The group has been blamed for plots against U.S. and allied interests in the region.
""",
    [ev("USA", target_group="AQ", claimant="USA", event_date="2024-08-22", strikes=1, killed=2,
        country="SY", admin1=["SY-ID"], locations=[loc("Sarmada", "SY-ID")],
        targets_hit=[hit("personnel", 2), hit("vehicle", 1, "Sarmada")])])

doc("team-066-football-egypte-ar", "ar", "2023-11-21T21:50:00+00:00",
    "المنتخب المصري يفوز على موريتانيا بهدفين",
    """
القاهرة - فاز المنتخب المصري على نظيره الموريتاني بهدفين نظيفين مساء الثلاثاء على استاد القاهرة الدولي، في إطار التصفيات المؤهلة لكأس الأمم الأفريقية.
وافتتح المهاجم المصري التسجيل من ضربة جزاء في الدقيقة 25، قبل أن يضيف زميله الهدف الثاني بتسديدة قوية من خارج منطقة الجزاء.
وقال المدير الفني للمنتخب إن لاعبيه شنوا هجمات متواصلة طوال اللقاء، وإن الفريق كان بإمكانه تسجيل المزيد من الأهداف.
""")

doc("team-067-futbol-rossiya-ru", "ru", "2024-03-21T20:30:00+00:00",
    "Сборная России разгромила Сербию в товарищеском матче",
    """
МОСКВА, 21 марта. Сборная России по футболу обыграла команду Сербии со счетом 4:0 в товарищеском матче, который прошел в четверг на стадионе "Динамо".
Российские футболисты нанесли 15 ударов по воротам соперника, шесть из них - в створ. Первый гол забил нападающий хозяев ударом с линии штрафной на 18-й минуте.
Главный тренер сборной назвал игру своей команды "атакующей и дисциплинированной".
""")

doc("team-068-kremenchuk-rokovyny-uk", "uk", "2024-06-27T11:00:00+00:00",
    "У Кременчуці вшанували пам'ять загиблих у ТЦ «Амстор»",
    """
КРЕМЕНЧУК, 27 червня. У Кременчуці вшанували пам'ять загиблих унаслідок російського ракетного удару по торговельному центру «Амстор» два роки тому.
27 червня 2022 року російський бомбардувальник Ту-22М3 випустив по місту дві ракети Х-22, одна з яких влучила в переповнений торговельний центр.
До меморіалу біля зруйнованої будівлі люди несли квіти та лампадки; о 15:50 у місті оголосили хвилину мовчання.
""")

doc("team-069-rus-ukraine-de", "de", "2024-02-02T08:40:00+00:00",
    "Russland greift Ukraine mit 40 Drohnen an - Umspannwerk in Charkiw getroffen",
    """
KIEW, 2. Februar - Russland hat die Ukraine in der Nacht zum Freitag nach Angaben der ukrainischen Luftwaffe mit 40 Kampfdrohnen vom Typ Shahed und drei Marschflugkörpern angegriffen. 35 Drohnen und alle Marschflugkörper seien abgeschossen worden, teilte die Luftwaffe mit.
In der Stadt Charkiw wurde nach Angaben des Bürgermeisters ein Umspannwerk getroffen; Teile der Stadt waren am Morgen ohne Strom. Verletzt wurde niemand.
""",
    [ev("RUS", claimant="UKR", operation="drone_strike", event_date="2024-02-02",
        period_start="2024-02-01", platforms=["Shahed"], country="UA", admin1=["UA-63"],
        locations=[loc("Kharkiv", "UA-63", "Charkiw", "Kharkov")],
        targets_hit=[hit("infrastructure", 1, "Kharkiv")])])

doc("team-070-houthi-israel-en", "en", "2024-06-18T09:05:00+00:00",
    "Houthis say they fired missile at Eilat; Israel says it was intercepted",
    """
SANAA, June 18 - Yemen's Houthi movement said on Tuesday it had fired a ballistic missile at Israeli military targets in the port city of Eilat overnight, in what it described as support for Palestinians in Gaza.
A Houthi military spokesman said in a televised statement that the missile had "hit its target". The Israeli military said a surface-to-surface missile launched from Yemen had been intercepted by the Arrow air defence system over the Red Sea before it reached Israeli territory.
""",
    [ev("HOUTHI", target_group="ISR", claimant="HOUTHI", operation="missile_strike",
        event_date="2024-06-18", period_start="2024-06-17", country="IL", admin1=["IL-D"],
        locations=[loc("Eilat", "IL-D")])])

# ---------------------------------------------------------------------------
# Documents 71-72: one claim carried by two agencies with different figures (the demo
# shows it as one operation whose sources disagree)
# ---------------------------------------------------------------------------

doc("team-071-rus-ukraine-targets-en", "en", "2024-03-13T10:20:00+00:00",
    "Russia says its forces hit 127 targets in Ukraine in a day",
    """
MOSCOW, March 13 - Russian aviation and missile troops struck 127 targets in Ukraine over the past 24 hours, including ammunition depots in the Kharkiv and Zaporizhzhia regions, the Russian Defence Ministry said on Wednesday.
The ministry said the strikes had also hit fuel depots supplying Ukrainian units. Kyiv did not comment on the claim, which could not be independently verified.
""",
    [ev("RUS", target_group="UKR", claimant="RUS", event_date="2024-03-13",
        period_start="2024-03-12", targets=127, country="UA", admin1=["UA-63", "UA-23"],
        targets_hit=[hit("ammunition_depot"), hit("fuel_depot")])])

doc("team-072-rus-ukraine-cibles-fr", "fr", "2024-03-13T11:05:00+00:00",
    "Ukraine : Moscou affirme avoir frappé 121 cibles en 24 heures",
    """
MOSCOU, 13 mars - L'aviation et les troupes de missiles russes ont frappé 121 cibles en Ukraine au cours des dernières 24 heures, dont des dépôts de munitions dans les régions de Kharkiv et de Zaporijjia, a affirmé mercredi le ministère russe de la Défense.
Selon le ministère, les frappes ont également touché des dépôts de carburant qui approvisionnaient les unités ukrainiennes. Ces affirmations n'ont pas pu être vérifiées de source indépendante.
""",
    [ev("RUS", target_group="UKR", claimant="RUS", event_date="2024-03-13",
        period_start="2024-03-12", targets=121, country="UA", admin1=["UA-63", "UA-23"],
        targets_hit=[hit("ammunition_depot"), hit("fuel_depot")])])


def main() -> None:
    with open(HERE / "team.jsonl", "w", encoding="utf-8") as inp, \
         open(HERE / "team.gold.jsonl", "w", encoding="utf-8") as gold:
        for d in DOCS:
            line = {k: d[k] for k in ("id", "title", "text", "published", "lang", "url")}
            inp.write(json.dumps(line, ensure_ascii=False) + "\n")
            out = {"id": d["id"], "schema_version": 1, "lang": d["lang"], "events": d["events"]}
            gold.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
