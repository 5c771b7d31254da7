"""Spanish constructions of agency copy (EFE, Europa Press, AP in Spanish), each on a sentence
written for it: interception reports from the defending side, "anoche", trend statements, and a
country name that is also a form of a common verb."""
from __future__ import annotations

import pytest

from tests.extract_helpers import PUBLISHED, events, one, actors as codes

# PUBLISHED is Tuesday 2024-05-14
TODAY, YESTERDAY = "2024-05-14", "2024-05-13"


def actors(text: str) -> list[str]:
    return codes(events(text, "es"))


# "dijo el alcalde de la ciudad Artem Kobzar": the name of a person, no place struck
# (locate._person_named, grammar.person_roles).
def test_a_person_named_beside_the_strike_is_no_place():
    ev = one("Tres personas murieron el lunes en un ataque con misiles rusos contra Sumy, dijo el alcalde "
             "de la ciudad Artem Kobzar.", "es")
    assert [l["name"] for l in ev["locations"]] == ["Sumy"]
    ev = one("El ejército israelí dijo que sus aviones mataron a Ali Hussein Saleh, un comandante de "
             "Hezbolá, cerca de Bint Jbeil.", "es")
    assert [l["name"] for l in ev["locations"]] == ["Bint Jbeil"]


# --- "Irán" is also "irán", a form of "ir": only the name's own spelling is Iran ----------

def test_forms_of_ir_are_not_iran():
    for text in ("Los drones lanzados contra Odesa iban cargados de explosivos, informó la Fuerza "
                 "Aérea ucraniana.",
                 "Varios cohetes fueron lanzados contra el norte de Israel y los ataques van en "
                 "aumento, informó el Ejército israelí.",
                 "Dos misiles lanzados contra Járkov han ido a caer en un barrio residencial."):
        assert "IRN" not in actors(text), text


def test_iran_by_its_name_still_strikes():
    ev = one("Irán lanzó el martes varios misiles contra bases kurdas en el norte de Irak, "
             "informó la Guardia Revolucionaria.", "es")
    assert ev["actor"] == "IRN" and ev["operation"] == "missile_strike"


# --- "anoche" is the night before the announcement: the overnight reading ------------------

def test_anoche_reads_as_overnight():
    ev = one("Aviones de combate israelíes atacaron anoche una fábrica de armas de Hamás en "
             "Jan Yunis, informó el Ejército israelí.", "es")
    assert ev["actor"] == "ISR"
    assert (ev["event_date"], ev["period_start"]) == (TODAY, YESTERDAY)


# --- interception reports: the launcher is the owner of the weapons downed -----------------

def test_passive_shootdown_with_the_owner_adjective_after_the_weapon():
    ev = one("El Ministerio de Defensa ruso informó de que 30 drones ucranianos fueron derribados "
             "durante la noche sobre la región de Bélgorod.", "es")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("UKR", "RUS", "drone_strike")
    assert ev["admin1"] == []   # shot down over it, not struck
    assert ev["country"] == "RU"


def test_active_shootdown_with_the_owner_adjective_after_the_weapon():
    ev = one("Las defensas antiaéreas ucranianas derribaron 25 de los 31 drones rusos lanzados "
             "durante la noche, según la Fuerza Aérea de Ucrania.", "es")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")


def test_genitive_owner_of_the_downed_drones_launched_them():
    ev = one("El Ministerio de Defensa de Rusia ha informado de que 18 drones de las Fuerzas Armadas "
             "de Ucrania han sido interceptados y destruidos sobre la región de Kursk.", "es")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("UKR", "RUS", "drone_strike")
    assert ev["admin1"] == []


def test_genitive_owner_in_an_active_shootdown():
    ev = one("Los sistemas de defensa aérea derribaron 12 drones del Ejército ucraniano sobre la "
             "región de Briansk, según el Ministerio de Defensa ruso.", "es")
    assert (ev["actor"], ev["claimant"]) == ("UKR", "RUS")


def test_infinitive_interception_is_no_strike_of_the_defender():
    text = ("El Ministerio de Defensa de Rusia informó de que 20 drones ucranianos fueron derribados "
            "sobre la región de Oriol. Más tarde, las fuerzas rusas lograron interceptar otros tres "
            "drones ucranianos sobre la región de Kursk.")
    assert actors(text) == ["UKR"]


def test_a_weapon_with_a_maker_adjective_outside_an_interception_is_no_owner():
    # "drones iraníes" used by Russia: not an interception, the striker stays the subject
    ev = one("Rusia atacó con drones iraníes la ciudad de Odesa durante la noche, informó la "
             "Fuerza Aérea ucraniana.", "es")
    assert ev["actor"] == "RUS"


# --- a trend over recent months is no report --------------------------------------------

def test_a_trend_over_recent_months_is_generic():
    assert events("Los ataques con drones lanzados desde Ucrania contra objetivos en Rusia han "
                  "aumentado en los últimos meses, a medida que avanza la guerra.", "es") == []


# --- what a strike answered is no predicate of its own (engine: roles.predicate_head) ----

REACTION = [
    ("es", "El Ejército israelí bombardeó Gaza el martes. En respuesta a los cohetes que Hamás "
           "lanzó contra Israel durante la noche, aviones de combate atacaron decenas de objetivos "
           "de Hamás en la Franja de Gaza, informó el Ejército."),
    ("en", "The Israeli army struck Gaza on Tuesday. In response to the rockets that Hamas fired at "
           "Israel overnight, fighter jets struck dozens of Hamas targets in Gaza, the army said."),
    ("fr", "L'armée israélienne a frappé Gaza mardi. En réponse aux roquettes que le Hamas a tirées "
           "sur Israël dans la nuit, des avions de combat ont frappé des dizaines de cibles du Hamas "
           "à Gaza, a indiqué l'armée."),
]


@pytest.mark.parametrize("lang,text", REACTION)
def test_the_side_named_in_what_a_strike_answered_is_not_its_striker(lang, text):
    ev = events(text, lang)
    assert [e["actor"] for e in ev] == ["ISR"]
    assert ev[0]["target_group"] == "HAMAS"


# --- a passive light verb whose subject is a strike noun takes its agent ------------------

PASSIVE_OF_NOUN = [
    ("es", "El ataque contra la base fue llevado a cabo por drones de Hezbolá, informó el Ejército "
           "israelí.", "HEZBOLLAH"),
    ("es", "Según el Ejército israelí, el ataque con cohetes contra la ciudad de Sderot fue llevado a "
           "cabo por la organización terrorista Hamás.", "HAMAS"),
    ("en", "The attack on the base was carried out by Hezbollah drones, the Israeli army said.",
     "HEZBOLLAH"),
    ("fr", "L'attaque contre la base a été menée par des drones du Hezbollah, a indiqué l'armée "
           "israélienne.", "HEZBOLLAH"),
]


@pytest.mark.parametrize("lang,text,actor", PASSIVE_OF_NOUN)
def test_the_agent_of_a_strike_carried_out_is_its_striker(lang, text, actor):
    assert [e["actor"] for e in events(text, lang)] == [actor]


# --- a strike named only as a noun, its side on the weapon -------------------------------

def test_a_toll_in_a_drone_attack_names_the_weapon_owner():
    ev = one("Dos personas murieron este martes en un ataque de un dron israelí contra un coche en "
             "la localidad de Bint Jbeil, informó el Ministerio de Salud libanés.", "es")
    assert (ev["actor"], ev["operation"], ev["claimant"]) == ("ISR", "drone_strike", "OTHER")
    assert ev["strikes"] == 1 and ev["killed"] is None
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("vehicle", 1)]


def test_a_toll_in_an_attack_with_drones_names_their_side():
    ev = one("Tres civiles murieron en un ataque con drones rusos contra la ciudad de Járkov, según "
             "las autoridades locales.", "es")
    # the local authorities of the place struck speak for its state, as in French (session 23)
    assert (ev["actor"], ev["claimant"], ev["country"]) == ("RUS", "UKR", "UA")


def test_a_regional_governor_speaks_for_the_state_struck():
    # the team's references code a governor of the state struck as that state (claims.state_officials)
    ev = one("Dos drones ucranianos atacaron una refinería en la región de Briansk, informó el "
             "gobernador regional.", "es")
    assert (ev["actor"], ev["claimant"]) == ("UKR", "RUS")


def test_a_continuing_campaign_is_generic():
    assert events("Pese a la tregua, Israel ha continuado atacando el sur del Líbano con bombardeos "
                  "casi diarios.", "es") == []


# --- the weapon after an agent preposition is the means, not a thing destroyed -------------

HIT_BY = [
    ("es", "Un depósito de municiones en la región de Bélgorod fue alcanzado por drones ucranianos "
           "durante la noche, informó el gobernador."),
    ("en", "An ammunition depot in the Belgorod region was hit by Ukrainian drones overnight, the "
           "regional governor said."),
    ("fr", "Un dépôt de munitions dans la région de Belgorod a été touché par des drones ukrainiens "
           "dans la nuit, a indiqué le gouverneur."),
]


@pytest.mark.parametrize("lang,text", HIT_BY)
def test_a_target_hit_by_drones_was_a_drone_strike(lang, text):
    ev = one(text, lang)
    assert (ev["actor"], ev["operation"]) == ("UKR", "drone_strike")
    assert [t["type"] for t in ev["targets_hit"]] == ["ammunition_depot"]


# --- the side that intercepted reports the launch (engine: claimant, sent.defenders) ------

DEFENDER = [
    ("es", "El Ejército israelí interceptó un misil lanzado por los hutíes desde Yemen, según un "
           "comunicado."),
    ("fr", "L'armée israélienne a intercepté un missile lancé par les Houthis depuis le Yémen, selon "
           "un communiqué."),
]


@pytest.mark.parametrize("lang,text", DEFENDER)
def test_the_side_that_intercepted_is_the_claimant(lang, text):
    ev = one(text, lang)
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("HOUTHI", "ISR", "missile_strike")


# --- the United States as agency copy abbreviates it ------------------------------------

def test_eeuu_in_its_spellings_is_the_united_states():
    for name in ("EEUU", "EE.UU.", "EE. UU."):
        ev = one(f"Las fuerzas de {name} llevaron a cabo un ataque aéreo contra Al Shabab en Somalia, "
                 f"informó el Mando para África.", "es")
        assert (ev["actor"], ev["target_group"], ev["claimant"]) == ("USA", "SHABAAB", "USA"), name
        assert ev["strikes"] == 1 and ev["country"] == "SO"


def test_health_authorities_are_another_source():
    ev = one("Al menos 20 personas murieron en bombardeos israelíes en la Franja de Gaza, según las "
             "autoridades sanitarias gazatíes.", "es")
    assert (ev["actor"], ev["claimant"], ev["killed"]) == ("ISR", "OTHER", None)


# --- "the Armed Forces of X" opening the clause: X is the force's country, not a place ----

FORCE_OF = [
    ("es", "Las Fuerzas Armadas de Ucrania atacaron con drones una refinería en la región de Sarátov, "
           "informó el Estado Mayor."),
    ("fr", "Les Forces armées de l'Ukraine ont frappé une raffinerie dans la région de Saratov avec "
           "des drones, a indiqué l'état-major."),
    ("de", "Die Streitkräfte der Ukraine griffen mit Drohnen eine Raffinerie in der Region Saratow an, "
           "teilte der Generalstab mit."),
    ("en", "The Armed Forces of Ukraine struck an oil refinery in the Saratov region with drones, the "
           "General Staff said."),
]


@pytest.mark.parametrize("lang,text", FORCE_OF)
def test_the_country_of_a_force_that_opens_the_clause_struck(lang, text):
    ev = one(text, lang)
    assert (ev["actor"], ev["operation"]) == ("UKR", "drone_strike")


def test_ha_asegurado_haber_bombardeado():
    ev = one("El Ejército de Israel ha asegurado este martes haber bombardeado varias posiciones de "
             "Hezbolá en el sur del Líbano.", "es")
    assert (ev["actor"], ev["target_group"], ev["claimant"]) == ("ISR", "HEZBOLLAH", "ISR")
    assert ev["event_date"] == TODAY


# --- a strike noun as the subject of a toll, and a group claiming its attack ---------------

def test_an_attack_that_left_dead_names_its_side():
    ev = one("Un ataque ruso con misiles contra la ciudad de Odesa dejó cinco muertos, según las "
             "autoridades regionales.", "es")
    # the regional authorities of the place struck speak for its state, as in French (session 23)
    assert (ev["actor"], ev["operation"], ev["claimant"]) == ("RUS", "missile_strike", "UKR")
    assert ev["killed"] is None


def test_a_storm_that_left_dead_is_no_strike():
    assert events("El huracán dejó cinco muertos y cientos de evacuados en Florida.", "es") == []


def test_a_group_claiming_its_attack_struck():
    ev = one("Los hutíes han reivindicado un ataque con misiles contra un buque mercante en el mar "
             "Rojo.", "es")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("HOUTHI", "HOUTHI", "missile_strike")
    assert [t["type"] for t in ev["targets_hit"]] == ["vessel"]


# --- Russian regions deep-strike reports name, in their Spanish spellings -----------------

@pytest.mark.parametrize("name,code", [("Riazán", "RU-RYA"), ("Sarátov", "RU-SAR"), ("Tver", "RU-TVE"),
                                       ("Penza", "RU-PNZ")])
def test_a_deep_russian_region_is_its_unit_not_a_namesake(name, code):
    ev = one(f"Drones ucranianos atacaron anoche una refinería en la región de {name}, informó el "
             f"gobernador.", "es")
    assert (ev["country"], ev["admin1"]) == ("RU", [code])


# --- session 7 a country adjective after a territory noun names a place, not a striker ----------------

@pytest.mark.parametrize("place,country", [("el norte iraquí", "IQ"),
                                           ("territorio sirio", "SY")])
def test_a_country_adjective_after_a_territory_noun_is_a_place(place, country):
    found = events("La aviación turca atacó refugios del PKK, informó el Ministerio de Defensa. Los "
                   f"cazas bombardearon además un depósito de armas en {place}.", "es")
    assert [e["actor"] for e in found] == ["TUR"]
    assert found[0]["country"] == country


TERRITORY_OTHER = [
    ("fr", "L'aviation turque a frappé des abris du PKK, a indiqué le ministère de la Défense. Les "
           "avions ont aussi bombardé un dépôt d'armes dans le nord irakien."),
    ("en", "Turkish jets struck PKK hideouts, the defence ministry said. The jets also bombed an arms "
           "depot in the north Iraqi mountains."),
    ("de", "Türkische Kampfjets griffen Verstecke der PKK an, teilte das Verteidigungsministerium mit. "
           "Die Jets bombardierten zudem ein Waffenlager im Norden Iraks."),
    ("ru", "Турецкие самолеты нанесли удары по укрытиям РПК, сообщило министерство обороны. Самолеты "
           "также разбомбили склад оружия на территории Ирака."),
]


@pytest.mark.parametrize("lang,text", TERRITORY_OTHER)
def test_a_country_after_a_territory_noun_is_a_place_in_other_languages(lang, text):
    # the same rule (triggers: a territory noun right before a state's name or adjective)
    assert [(e["actor"], e["country"]) for e in events(text, lang)] == [("TUR", "IQ")]


# --- "esta tarde" is the announcement day; "por la noche" is the night before it ---------

def test_esta_tarde_is_the_announcement_day():
    ev = one("Un dron israelí atacó esta tarde un vehículo en la localidad de Nabatieh, informó la "
             "agencia estatal libanesa.", "es")
    assert (ev["event_date"], ev["period_start"]) == (TODAY, TODAY)


def test_por_la_noche_is_the_night_before_unless_its_day_is_named():
    # like "anoche", "dans la nuit", "ночью" (CONVENTIONS: overnight starts the day before);
    # "el lunes por la noche" is Monday's night, dated by its day
    for when, dates in (("por la noche", (TODAY, YESTERDAY)), ("el lunes por la noche", (YESTERDAY, YESTERDAY))):
        ev = one(f"Aviones de combate israelíes atacaron {when} varios depósitos de armas de "
                 "Hezbolá en el valle de la Bekaa, informó el Ejército israelí.", "es")
        assert (ev["event_date"], ev["period_start"]) == dates, when


# --- an EFE dateline ("Ciudad, 26 sep (EFE).-") names where the story was filed -------------

def test_an_efe_dateline_is_no_place_struck():
    ev = one("Kiev, 12 may (EFE).- Las defensas aéreas ucranianas neutralizaron anoche 40 de los 52 "
             "drones que Rusia lanzó contra el sur del país, según la Fuerza Aérea ucraniana.", "es")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")
    assert "UA-30" not in ev["admin1"]


# --- "impactar": what a strike hit -------------------------------------------------------

def test_strikes_that_impacted_name_what_they_hit():
    ev = one("Aviones de la coalición liderada por Arabia Saudí bombardearon Saná, informó la agencia "
             "Saba. Los bombardeos impactaron contra dos cuarteles de los hutíes y un radar.", "es")
    assert (ev["actor"], ev["target_group"]) == ("SAU", "HOUTHI")
    assert {t["type"] for t in ev["targets_hit"]} == {"building", "air_defense"}


def test_missiles_that_impacted_a_region_struck_it():
    ev = one("Irán lanzó decenas de misiles balísticos contra Israel, según el Ejército israelí. "
             "Varios misiles han impactado en el centro de Israel.", "es")
    assert ev["actor"] == "IRN" and "IL-M" in ev["admin1"]


# --- the air defences in the plural intercept; what they destroyed was no target ------------

def test_air_defences_in_the_plural_intercept():
    text = ("Los sistemas rusos de defensa antiaérea derribaron durante la noche 14 drones ucranianos, "
            "informó el Ministerio de Defensa de Rusia. Las defensas antiaéreas destruyeron además un "
            "aparato sobre la región de Tula.")
    ev = one(text, "es")
    assert (ev["actor"], ev["claimant"]) == ("UKR", "RUS")
    assert ev["admin1"] == [] and ev["targets_hit"] == []


# --- a unit's name with a country adjective in it, and a company's nationality --------------

def test_a_unit_named_with_a_country_adjective_is_no_side():
    assert events("Dos drones han impactado en una refinería del Kurdistán iraquí, según las autoridades "
                  "regionales.", "es") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux drones ont frappé une raffinerie du Kurdistan irakien, selon les autorités régionales."),
    ("en", "Two drones hit a refinery in Iraqi Kurdistan, regional authorities said."),
])
def test_a_unit_named_with_a_country_adjective_is_no_side_in_other_languages(lang, text):
    assert events(text, lang) == []


def test_a_company_nationality_is_no_side():
    assert events("Dos drones han impactado en un yacimiento gestionado por una empresa "
                  "estadounidense, según las autoridades locales.", "es") == []


# --- a joint source ("los mandos militares estadounidense y británico"): each side claims its own

@pytest.mark.parametrize("lang,text", [
    ("es", "Aviones estadounidenses y británicos atacaron anoche posiciones de los hutíes en Yemen, "
           "según informaron los mandos militares estadounidense y británico."),
    ("fr", "Des avions américains et britanniques ont frappé des positions houthies au Yémen, ont "
           "indiqué les armées américaine et britannique."),
])
def test_each_side_of_a_joint_source_claims_its_own_strike(lang, text):
    found = events(text, lang)
    assert sorted((e["actor"], e["claimant"]) for e in found) == [("GBR", "GBR"), ("USA", "USA")]


# --- the side after the weapon a strike used owns it ("un ataque con drones de Hezbolá") ------

@pytest.mark.parametrize("toll", ["murieron", "resultaron heridos"])
def test_the_owner_after_the_weapon_of_a_strike_noun_struck(toll):
    ev = one(f"Dos soldados {toll} en un ataque con drones de Hezbolá contra una base en Galilea, "
             "informó el Ejército israelí.", "es")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("HEZBOLLAH", "ISR", "drone_strike")


@pytest.mark.parametrize("target", ["depósitos de cohetes", "una fábrica de drones"])
def test_a_target_named_after_a_weapon_is_the_owner_s_asset(target):
    ev = one(f"Aviones israelíes atacaron {target} de Hezbolá en el sur del Líbano.", "es")
    assert (ev["actor"], ev["target_group"]) == ("ISR", "HEZBOLLAH")


# --- a weapon-like kind of target after an instrument preposition is the means (targets) ----

MEANS = [
    ("es", "Las tropas israelíes atacaron con tanques varias posiciones de Hamás en Jan Yunis, informó "
           "el Ejército israelí."),
    ("en", "Israeli forces struck Hamas positions in Khan Younis with tanks, the army said."),
    ("fr", "L'armée israélienne a frappé avec des chars des positions du Hamas à Khan Younès, a indiqué "
           "l'armée."),
]


@pytest.mark.parametrize("lang,text", MEANS)
def test_tanks_a_strike_was_made_with_are_no_target(lang, text):
    ev = one(text, lang)
    assert [t["type"] for t in ev["targets_hit"]] == ["fighting_position"]


def test_tanks_destroyed_are_still_a_target():
    ev = one("Aviones israelíes destruyeron dos tanques de Hamás en Jan Yunis, informó el Ejército "
             "israelí.", "es")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("armored_vehicle", 2)]


# --- the capital for the state's bodies: "la Fuerza Aérea de Kiev", "el régimen de Kiev" -----

def test_the_air_force_of_kyiv_is_ukraine_s():
    ev = one("Según anunció la Fuerza Aérea de Kiev en Telegram, Rusia lanzó anoche 40 drones contra "
             "el país.", "es")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")


def test_the_kyiv_regime_is_ukraine():
    ev = one("El régimen de Kiev lanzó anoche 30 drones contra la región de Bélgorod, informó el "
             "Ministerio de Defensa ruso.", "es")
    assert (ev["actor"], ev["claimant"]) == ("UKR", "RUS")


def test_kyiv_struck_is_still_a_place():
    ev = one("Rusia atacó anoche Kiev con misiles, informó la Fuerza Aérea ucraniana.", "es")
    assert (ev["actor"], ev["admin1"]) == ("RUS", ["UA-30"])


# --- the perfect tenses of the death verbs: "han muerto", "habían fallecido" ---------------
# (the auxiliary is a stopword, matched by spelling only: the participle names the death)

PERFECT_TOLLS = [
    ("Siete guerrilleros del PKK han muerto este martes en un bombardeo de la aviación turca en "
     "la región de Duhok.", "TUR", 7),
    ("Cinco combatientes de Al Shabab habían muerto en un ataque aéreo estadounidense cerca de "
     "Kismayo, según el Mando para África.", "USA", 5),
    ("Ocho yihadistas han fallecido en un bombardeo de la aviación nigeriana en el estado de "
     "Borno.", "NGA", 8),
]


@pytest.mark.parametrize("text,actor,killed", PERFECT_TOLLS)
def test_a_toll_in_the_perfect_beside_a_strike_noun_is_a_strike(text, actor, killed):
    ev = one(text, "es")
    assert (ev["actor"], ev["killed"]) == (actor, killed)


# --- a type's designation between the weapon and its owner: "aviones F-16 de la coalición" --

OWNED_TYPES = [
    ("Aviones de combate F-16 de la coalición internacional han atacado tres escondites del "
     "Estado Islámico cerca de Mosul.", "COALITION", "F-16"),
    ("Drones Bayraktar de la coalición destruyeron el martes dos vehículos del Estado Islámico "
     "en el desierto de Anbar.", "COALITION", "Bayraktar TB2"),
    ("Cazas F-15 de la coalición árabe bombardearon anoche un depósito de armas de los hutíes en "
     "Saná.", "SAU", "F-15"),
]


@pytest.mark.parametrize("text,actor,platform", OWNED_TYPES)
def test_the_side_after_a_designated_weapon_owns_it(text, actor, platform):
    ev = one(text, "es")
    assert (ev["actor"], ev["platforms"]) == (actor, [platform])


# --- a first-level unit's name as the last word of a town's name ("Mir Qasim", not Al-Qassim) -

@pytest.mark.parametrize("text,lang", [
    ("Aviones de la coalición atacaron tres escondites del Estado Islámico cerca de la localidad "
     "de Mir Qasim, en la provincia de Nínive.", "es"),
    ("Coalition jets struck three hideouts near the village of Mir Qasim in Nineveh province.", "en"),
])
def test_a_unit_named_inside_a_town_s_name_is_no_unit(text, lang):
    ev = one(text, lang)
    assert ev["admin1"] == ["IQ-NI"]
    assert "Mir Qasim" in [loc["name"] for loc in ev["locations"]]


def test_a_unit_named_alone_is_still_the_unit():
    ev = one("La aviación saudí bombardeó posiciones hutíes en Qasim.", "es")
    assert ev["admin1"] == ["SA-05"]


# --- houses are buildings; a community, municipality or district introduces its name --------

@pytest.mark.parametrize("text,place", [
    ("Un cohete lanzado por Hezbolá esta mañana impactó en una vivienda de la comunidad de "
     "Moreshet.", "Moreshet"),
    ("Un dron ruso destruyó dos casas en el municipio de Bilozerka, en la región de Jersón, "
     "informó el gobernador.", "Bilozerka"),
])
def test_houses_hit_are_buildings_in_the_community_named(text, place):
    ev = one(text, "es")
    assert "building" in [t["type"] for t in ev["targets_hit"]]
    assert place in [loc["name"] for loc in ev["locations"]]


# --- one strike named with the indefinite article is no plural ("un ataque israelí") --------
# (the strike nouns match by their forms, so "un ataque" also matched the plural's lemma and
# cancelled the count of one its other mention states)

@pytest.mark.parametrize("text,actor", [
    ("Muere un miliciano en un ataque israelí contra una motocicleta en Bint Jbeil. Según el "
     "Ejército, el miliciano murió en un ataque de un dron israelí.", "ISR"),
    ("Un ataque ruso alcanzó el martes un depósito de combustible en Jersón; las autoridades "
     "informaron de que un ataque con drones rusos había causado el incendio.", "RUS"),
])
def test_one_strike_told_twice_in_the_singular_is_one(text, actor):
    ev = one(text, "es")
    assert (ev["actor"], ev["strikes"]) == (actor, 1)


def test_strikes_in_the_plural_still_leave_the_count_open():
    ev = one("Aviones rusos lanzaron ataques contra varias aldeas de Idlib; en un ataque aéreo "
             "murieron tres civiles.", "es")
    assert ev["strikes"] is None


# --- "abatió a N terroristas en un bombardeo": the army that killed them struck ---------------

@pytest.mark.parametrize("text,actor,unit", [
    ("El Ejército de Mali abatió este sábado a unos quince supuestos terroristas en un bombardeo "
     "aéreo en la región de Ségou.", "MLI", "ML-4"),
    ("La aviación nigeriana abatió a doce insurgentes en un ataque aéreo en el estado de Borno, "
     "informó el Ejército.", "NGA", "NG-BO"),
])
def test_an_army_that_killed_fighters_in_a_strike_struck(text, actor, unit):
    ev = one(text, "es")
    assert (ev["actor"], ev["operation"], ev["admin1"]) == (actor, "airstrike", [unit])


def test_killed_in_fighting_is_no_strike():
    assert events("Las tropas abatieron a dos guerrilleros en un combate en la selva.", "es") == []


# --- "desde la tarde de ayer": a part of the day between "since" and its day starts the period --

@pytest.mark.parametrize("text,start", [
    ("La aviación de la coalición árabe lanzó desde la tarde de ayer varios bombardeos contra "
     "provincias del Yemen, informaron hoy fuentes locales.", YESTERDAY),
    ("Aviones rusos bombardean desde la tarde del domingo la provincia de Idlib, informó hoy el "
     "Observatorio.", "2024-05-12"),
])
def test_since_a_part_of_a_day_starts_the_period(text, start):
    ev = one(text, "es")
    assert (ev["event_date"], ev["period_start"]) == (TODAY, start)


# --- storage and command installations, as CENTCOM's releases are put into Spanish -----------

@pytest.mark.parametrize("text,kinds", [
    ("Fuerzas estadounidenses atacaron una instalación de almacenamiento de misiles y una "
     "instalación de comando de los hutíes en Saná.", ["command_post", "weapons_depot"]),
    ("Aviones israelíes destruyeron instalaciones de almacenamiento de armas y dos instalaciones de "
     "mando de Hezbolá en el sur del Líbano.", ["command_post", "weapons_depot"]),
    ("Drones ucranianos atacaron instalaciones de almacenamiento de combustible en Crimea.",
     ["fuel_depot"]),
])
def test_storage_and_command_installations_are_typed(text, kinds):
    ev = one(text, "es")
    assert sorted(t["type"] for t in ev["targets_hit"]) == kinds


@pytest.mark.parametrize("verb", ["se atacaron", "se bombardearon", "se golpearon"])
def test_reflexive_passive_names_what_was_struck_not_a_striker(verb):
    """"se atacaron puntos de despliegue de unidades ucranianas": the reflexive passive's
    subject is what was struck; the side's adjective on it owns the target, it struck
    nothing (triggers._reflexive_passive). The report's striker goes on."""
    found = events("El Ministerio de Defensa ruso informó de que sus fuerzas atacaron instalaciones "
                   f"energéticas en el este. Además, {verb} puntos de despliegue temporal de unidades "
                   "ucranianas en 96 zonas, agregó el ministerio.", "es")
    assert codes(found) == ["RUS"]


def test_reflexive_passive_of_a_firing_verb_keeps_the_launching_side():
    """"desde el lado ruso se dispararon 73 drones": the weapons follow the verb; the side they
    came from launched them, as before the reflexive passive was read."""
    ev = one("Desde el lado ruso se dispararon 73 drones Shahed contra Kiev durante la noche, informó "
             "la Fuerza Aérea ucraniana.", "es")
    assert (ev["actor"], ev["platforms"]) == ("RUS", ["Shahed"])

# --- r19-es: the Israeli army by its Spanish name, "Fuerzas de Defensa de Israel" / "FDI" ---------

@pytest.mark.parametrize("text", [
    "Las Fuerzas de Defensa de Israel ejecutaron tres ataques con drones contra miembros de "
    "Hezbolá en la localidad de Aitaroun.",
    "Las Fuerzas de Defensa de Israel sostienen que ayer ejecutaron tres ataques con drones en la "
    "localidad de Aitaroun.",
    "Las FDI afirmaron que ejecutaron un ataque con dron en el sur del Líbano que mató a un "
    "miliciano de Hezbolá.",
    "Las FDI llevaron a cabo dos ataques con drones en la localidad de Bint Jbeil.",
    "Las FDI bombardearon la localidad de Aitaroun.",
])
def test_idf_by_its_spanish_name_strikes(text):
    ev = one(text, "es")
    assert ev["actor"] == "ISR" and ev["country"] == "LB"


def test_idf_speaking_strike_counted_and_dated():
    ev = one("Las Fuerzas de Defensa de Israel sostienen que ayer ejecutaron tres ataques con drones "
             "en la localidad de Aitaroun.", "es")
    assert ev["claimant"] == "ISR" and ev["strikes"] == 3 and ev["operation"] == "drone_strike"
    assert ev["event_date"] == YESTERDAY


@pytest.mark.xfail(strict=True, reason="the speaker is read as the striker when the reported "
                   "clause's subject has no code ('la milicia libanesa', '30 cohetes'); the same "
                   "with 'El ejército israelí' on main: roles picks the only coded side before the "
                   "verb (r19-es: this is what lowered real6 es when 'Fuerzas de Defensa de Israel' "
                   "became ISR)")
@pytest.mark.parametrize("text", [
    "Las FDI dijeron que la milicia libanesa lanzó 30 cohetes contra Safed.",
    "El ejército israelí dijo que la milicia libanesa lanzó 30 cohetes contra Safed.",
    "Las Fuerzas de Defensa de Israel indicaron que 30 cohetes impactaron en la ciudad de Safed.",
])
def test_speaker_is_not_the_striker_of_an_uncoded_subject(text):
    assert "ISR" not in actors(text)


# --- r19-es: "acabar con" + counted fighters is a kill ("acabó con un operativo de Hezbolá") -------

@pytest.mark.parametrize("text,actor,killed", [
    ("El ejército israelí ejecutó dos ataques con drones en la localidad de Aitaroun y uno de ellos "
     "acabó con un operativo de Hezbolá.", "ISR", 1),
    ("La aviación israelí atacó la localidad de Khiam y acabó con tres combatientes de Hezbolá.", "ISR", 3),
    ("El ejército israelí afirmó que su ataque con drones acabó con un comandante de Hezbolá en la "
     "localidad de Khiam.", "ISR", 1),
    ("Un bombardeo estadounidense acabó con cuatro milicianos de Al Shabaab cerca de Jilib, informó "
     "el AFRICOM.", "USA", 4),
    ("Los ataques turcos acabaron con siete terroristas del PKK en la región de Gara, según el "
     "Ministerio de Defensa turco.", "TUR", 7),
])
def test_acabar_con_fighters_is_a_kill(text, actor, killed):
    ev = one(text, "es")
    assert ev["actor"] == actor and ev["killed"] == killed


@pytest.mark.parametrize("text", [
    # what is ended is no fighter, or the fighters are not counted
    "El ejército israelí dijo que sus ataques acabaron con la infraestructura de Hezbolá en la "
    "localidad de Khiam.",
    "Las FDI aseguraron que los ataques aéreos acabaron con varios milicianos de Hezbolá en la "
    "localidad de Khiam.",
    # "un operativo" of the police is an operation, not a fighter
    "La policía desplegó un operativo en la localidad de Khiam tras el ataque israelí que mató a dos "
    "civiles.",
])
def test_acabar_con_without_counted_fighters_kills_none(text):
    assert all(e["killed"] is None for e in events(text, "es"))


# --- r19-es: "Türkiye", the name Turkey's own Spanish-language media use ------------------------

@pytest.mark.parametrize("text,targets", [
    ("El Ministerio de Defensa de Türkiye informó que aviones del país destruyeron 14 objetivos "
     "del PKK en la región de Gara, en el norte de Irak.", 14),
    ("Türkiye bombardeó refugios del PKK en la región de Gara, según el Ministerio de Defensa "
     "Nacional.", None),
    ("Las Fuerzas Armadas de Türkiye bombardearon el martes posiciones del PKK en la región de "
     "Hakurk, en el norte de Irak.", None),
])
def test_turkiye_names_turkey(text, targets):
    ev = one(text, "es")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK" and ev["targets"] == targets


# --- r19-es: the launcher named after where the launch came from and went -----------------------
# "disparado desde Yemen contra Israel por los hutíes" (roles._launch_path_gap): es, en, fr

@pytest.mark.parametrize("lang,text,operation", [
    ("es", "Un misil balístico disparado desde Yemen contra Israel por los hutíes fue interceptado "
           "por las defensas aéreas, según el Ejército.", "missile_strike"),
    ("es", "Un dron lanzado desde Yemen hacia Eilat por los hutíes fue derribado el martes, informó "
           "el ejército israelí.", "drone_strike"),
    ("en", "A ballistic missile fired from Yemen at Israel by the Houthis was intercepted by air "
           "defences, the army said.", "missile_strike"),
    ("fr", "Un missile balistique tiré depuis le Yémen vers Israël par les Houthis a été intercepté, "
           "a indiqué l'armée.", "missile_strike"),
])
def test_launcher_after_the_launch_path(lang, text, operation):
    found = events(text, lang)
    assert [e["actor"] for e in found] == ["HOUTHI"] and found[0]["operation"] == operation


@pytest.mark.xfail(strict=True, reason="a bare 'el Ejército'/'the army' in an interception report "
                   "whose launch path names Yemen is read as the Houthis' own (claimant._owner takes "
                   "the country named before it); the defender (ISR) should speak")
@pytest.mark.parametrize("lang,text", [
    ("es", "Un misil balístico disparado desde Yemen contra Israel por los hutíes fue interceptado "
           "por las defensas aéreas, según el Ejército."),
    ("en", "A ballistic missile fired from Yemen at Israel by the Houthis was intercepted by air "
           "defences, the army said."),
])
def test_bare_army_after_a_launch_path_is_the_defender(lang, text):
    assert events(text, lang)[0]["claimant"] == "ISR"


# --- r19-es probe: "militar" between the strike noun and its striker -----------------
# (the sentence names no striker the roles read; the state's army speaking of the strike on an
# armed group gives the report its side: events._lede_own_speaker, session 24)

def test_military_airstrike_of_a_state_names_the_striker():
    ev = one("El líder del Estado Islámico en Siria murió en un ataque aéreo militar de Estados "
             "Unidos, dijo el martes el Ejército estadounidense.", "es")
    assert ev["actor"] == "USA"

# "las fuerzas de seguridad turcas", outside a strike sentence: the force carries over to the
# passive strike told next with no agent.
def test_security_forces_before_the_side_adjective_carry_over_to_a_passive_strike():
    ev = one("Las fuerzas de seguridad turcas neutralizaron a dos terroristas en el norte de Irak, dijo el "
             "ministerio. Los terroristas fueron alcanzados por ataques aéreos en la zona de Metina.", "es")
    assert ev["actor"] == "TUR" and "Metina" in [l["name"] for l in ev["locations"]]


@pytest.mark.xfail(strict=True, reason="'ejército' as a military body carries 'las necesidades del "
                   "ejército ruso' over as the striker of the next sentence (real9 es 0.755 -> 0.704); "
                   "left out of es.toml military_names")
def test_army_before_the_side_adjective_carries_over_to_a_passive_strike():
    ev = one("El ejército turco neutralizó a cuatro terroristas del PKK en el norte de Irak, informó el martes "
             "el Ministerio de Defensa. Los terroristas fueron atacados con bombardeos aéreos en la región de "
             "Gara.", "es")
    assert ev["actor"] == "TUR"


# A direction without a distance after what was hit and its owner's name ("un edificio del EI al
# oeste de X"): X is the place struck.
@pytest.mark.parametrize("text, place", [
    ("Aviones franceses destruyeron el martes un edificio del EI al oeste de Kirkuk, informó el Estado "
     "Mayor.", "Kirkuk"),
    ("La aviación israelí atacó el martes un depósito de armas de Hezbolá al sur de Nabatieh, informó el "
     "ejército.", "Nabatieh"),
])
def test_direction_after_a_target_and_its_owner_names_the_place(text, place):
    ev = one(text, "es")
    assert place in [l["name"] for l in ev["locations"]]


# --- "perpetrar" carries a strike out as "realizar" does: the means told after "fue perpetrado
#     con", and the strikes counted after "perpetró" (lexicon triggers.light_verbs) -------------
# Recurs in real10 (es-elpaiscr-20250819-rus-refinery-donbass), real13
# (es-esrt-rus-mod-massive-strike-kiev-67-sts-grupp, es-estrelladigital-...-coalition-42-strikes)
# and real7 (es-infobae-20250919-isr-hezbollah-tebnine-naqoura).

PERPETRATED_WITH = [
    ("es", "Las fuerzas rusas atacaron un depósito de combustible en la región de Zaporiyia, informó el "
           "Ministerio de Defensa ruso. El ataque fue perpetrado con drones de ataque."),
    ("es", "Rusia lanzó esta noche un ataque masivo contra bases aéreas ucranianas. Según el Ministerio "
           "de Defensa ruso, los bombardeos fueron perpetrados con armas de alta precisión de largo "
           "alcance y con drones de ataque."),
    ("en", "Russian forces struck a fuel depot in the Zaporizhzhia region, the Russian Defence Ministry "
           "said. The strike was carried out with attack drones."),
    ("fr", "Les forces russes ont frappé un dépôt de carburant dans la région de Zaporijia, a indiqué le "
           "ministère russe de la Défense. La frappe a été menée avec des drones d'attaque."),
]


@pytest.mark.parametrize("lang,text", PERPETRATED_WITH)
def test_the_means_a_strike_was_perpetrated_with_give_its_operation(lang, text):
    ev = one(text, lang)
    assert (ev["actor"], ev["operation"]) == ("RUS", "drone_strike")


def test_the_typed_missile_a_strike_was_perpetrated_with():
    ev = one("Las fuerzas ucranianas atacaron una refinería en la región de Volgogrado, informó el "
             "Estado Mayor. El ataque fue perpetrado con misiles Neptune.", "es")
    assert (ev["actor"], ev["operation"], ev["platforms"]) == ("UKR", "missile_strike", ["Neptune"])


def test_strikes_counted_after_perpetro():
    ev = one("El Ejército israelí perpetró tres ataques aéreos contra posiciones de Hezbolá en el sur "
             "del Líbano, informó un portavoz militar.", "es")
    assert (ev["actor"], ev["strikes"], ev["target_group"]) == ("ISR", 3, "HEZBOLLAH")


def test_attacks_perpetrated_long_ago_by_another_side_are_background():
    found = events("El Ejército israelí atacó dos objetivos de Hamás en Gaza, informó un portavoz "
                   "militar. La ofensiva comenzó tras los ataques perpetrados el 7 de octubre por Hamás "
                   "contra el sur de Israel.", "es")
    assert [e["actor"] for e in found] == ["ISR"]


# --- the side in a strike noun's relative clause ("dos ataques que Israel ha perpetrado")
#     carried the strikes out; a group named before the noun is whose fighters were hit
#     (roles._subject_of_noun_relative, grammar noun_relatives) -------------------------------

NOUN_RELATIVE = [
    ("es", "El Ejército israelí anunció la muerte de tres miembros de Hezbolá en dos ataques que el "
           "país hebreo ha perpetrado este martes en el sur de Líbano.", "ISR", "HEZBOLLAH"),
    ("es", "Las FDI anunciaron la muerte de dos miembros de Hezbolá como resultado de dos ataques que "
           "Israel ha realizado este martes en el sur de Líbano.", "ISR", "HEZBOLLAH"),
    ("es", "Dos combatientes del EI murieron en un ataque aéreo que Estados Unidos llevó a cabo en el "
           "este de Siria, informó el Comando Central.", "USA", "ISIS"),
    ("en", "The Israeli army announced the deaths of three Hezbollah members in two strikes that Israel "
           "carried out on Tuesday in southern Lebanon.", "ISR", "HEZBOLLAH"),
    ("fr", "L'armée israélienne a annoncé la mort de trois membres du Hezbollah dans deux frappes "
           "qu'Israël a menées mardi dans le sud du Liban.", "ISR", "HEZBOLLAH"),
]


@pytest.mark.parametrize("lang,text,actor,group", NOUN_RELATIVE)
def test_the_side_in_a_strike_nouns_relative_clause_struck(lang, text, actor, group):
    ev = one(text, lang)
    assert (ev["actor"], ev["target_group"]) == (actor, group)


# --- a refinery the gazetteer does not hold is entered by its town's name as written, not as
#     "<town> Refinery" (locate._town_of_named_facility); an airport keeps its own name --------
# Recurs in real9 (es-canal26-20251116-ukr-samara-novokuibishevsk) and real16
# (es-diariolibre-20260217-ukr-ilsk-refinery-rus-396-drones); the construction also in real7
# (es-proceso-20250914-ukr-drones-kirishi-refinery, a town the gazetteer holds).

REFINERY_TOWN = [
    ("es", "Ucrania atacó con drones la refinería de Novokuibishevsk, en la región de Samara, informó el "
           "Estado Mayor ucraniano.", "Novokuibishevsk", ["RU-SAM"]),
    ("es", "Drones ucranianos alcanzaron la refinería de Ilsk, en la región de Krasnodar, informó el "
           "gobernador.", "Ilsk", ["RU-KDA"]),
    ("es", "Drones ucranianos atacaron la refinería de Syzran, en la región de Samara, informó el "
           "gobernador.", "Syzran", ["RU-SAM"]),
    ("fr", "Des drones ukrainiens ont frappé la raffinerie de Novokouïbychevsk, dans la région de Samara, "
           "a indiqué le gouverneur.", "Novokouïbychevsk", ["RU-SAM"]),
    ("en", "Ukrainian drones struck the Novokuibyshevsk refinery in the Samara region, the governor said.",
     "Novokuybyshevsk", ["RU-SAM"]),
]


@pytest.mark.parametrize("lang,text,town,admin1", REFINERY_TOWN)
def test_a_refinery_is_entered_by_its_town(lang, text, town, admin1):
    ev = one(text, lang)
    assert ([loc["name"] for loc in ev["locations"]], ev["admin1"]) == ([town], admin1)


def test_an_airport_keeps_its_own_name():
    ev = one("Los hutíes atacaron con un dron el aeropuerto de Ramon, en el sur de Israel, informó el "
             "Ejército israelí.", "es")
    assert [loc["name"] for loc in ev["locations"]] == ["Ramon Airport"]


# --- the passive's agent that names the air defence ("fueron destruidos por las defensas
#     ucranianas", "destroyed by Ukrainian air defences") intercepted: it is the claimant's
#     side, never a striker of its own (triggers._air_defence_agent; es cue "por las defensas")
# Read so in real5 (es-lavisionatl-rus-drones-missiles-kyiv-east, "Las defensas ucranianas
# también derribaron"), real19 (es-notiespartano-nodate-rus-72-shahed-four-iskander, "derribados por las defensas
# ucranianas") and misread in real20 (es-abccompy-20250919-rus-86-drones-six-locations,
# "neutralizados por las defensas ucranianas": an extra UKR event). The defender's extra event
# recurs in uk with other wordings, not this one (real17 uk-interfax-rus-drones-57-of-104-shot-down,
# real20 uk-liga-nodate-rus-shaheds-11-of-16-novomoskovsk): left to uk.

AIR_DEFENCE_AGENT = [
    ("es", "Rusia lanzó anoche 40 drones contra Ucrania. Según la Fuerza Aérea ucraniana, 35 de los drones "
           "fueron neutralizados por las defensas ucranianas sobre varias regiones del país.", ["RUS"], "UKR"),
    ("es", "Rusia lanzó anoche 40 drones contra Ucrania. 35 de los drones fueron destruidos por las "
           "defensas ucranianas.", ["RUS"], "UKR"),
    ("es", "Ucrania atacó la región de Kursk con 18 drones; 15 de ellos fueron neutralizados por las "
           "defensas rusas, dijo el Ministerio de Defensa ruso.", ["UKR"], "RUS"),
    ("es", "Hezbolá lanzó seis drones contra Galilea, y cuatro fueron abatidos por las defensas israelíes.",
     ["HEZBOLLAH"], "ISR"),
    ("es", "Rusia disparó cinco misiles contra Odesa. Tres misiles fueron destruidos por la defensa "
           "antiaérea de Ucrania.", ["RUS"], "UKR"),
    ("en", "Russia launched 40 drones at Ukraine overnight. 35 of the drones were destroyed by Ukrainian "
           "air defences.", ["RUS"], "UKR"),
    ("en", "Ukraine launched 22 drones at the Bryansk region; 20 were neutralised by Russian air defence "
           "systems, the ministry said.", ["UKR"], "RUS"),
    ("fr", "La Russie a lancé 40 drones contre l'Ukraine dans la nuit. 35 drones ont été détruits par la "
           "défense antiaérienne ukrainienne.", ["RUS"], "UKR"),
    pytest.param("es", "Rusia disparó cinco misiles contra Odesa. Tres misiles fueron destruidos por la "
                       "defensa de Ucrania.", ["RUS"], "UKR",
                 marks=pytest.mark.xfail(strict=True, reason="the bare singular 'la defensa' is no interception "
                                         "cue: the word is the one of 'Ministerio de Defensa'")),
    pytest.param("fr", "La Russie a lancé 40 drones contre l'Ukraine dans la nuit. 35 drones ont été "
                       "neutralisés par les défenses ukrainiennes.", ["RUS"], "UKR",
                 marks=pytest.mark.xfail(strict=True, reason="the fr lexicon has no bare plural 'défenses' "
                                         "interception cue (the es one is 'por las defensas')")),
]


@pytest.mark.parametrize("lang,text,expected,claimant", AIR_DEFENCE_AGENT)
def test_the_air_defence_named_as_agent_intercepted(lang, text, expected, claimant):
    found = events(text, lang)
    assert (codes(found), found[0]["claimant"]) == (expected, claimant)


# --- an official body with "of" and its side before its claim verb ("la Fuerza Aérea de Ucrania
#     informó", "the Air Force of Ukraine said") is the claim's source, as with the side's
#     adjective ("la Fuerza Aérea ucraniana informó"): its "Fuerza Aérea" names no means of the
#     strike it reports (claimant._of_its_side)
# Misread in real16 (es-vozpopuli-nodate-rus-90-shahed-chernihiv-kyiv: a drone attack read as an
# airstrike); the construction also in real (es-europapress-20221226-nga-borno-mantari, "La
# Fuerza Aérea de Nigeria ha asegurado") and real11 (es-swissinfo-20260104-rus-kharkiv-iskander-52-drones).

AIR_FORCE_OF_SIDE_SPEAKS = [
    ("es", "La Fuerza Aérea de Ucrania informó este domingo de que 47 de los 90 drones rusos lanzados la "
           "pasada noche contra el país han sido derribados.", "RUS", "UKR", "drone_strike"),
    ("es", "La Fuerza Aérea de Ucrania informó de que Rusia lanzó 90 drones contra el país durante la noche.",
     "RUS", "UKR", "drone_strike"),
    ("es", "La Fuerza Aérea de Ucrania ha informado de que Rusia atacó con 25 drones y dos misiles la región "
           "de Odesa.", "RUS", "UKR", "drone_strike"),
    ("es", "La Fuerza Aérea de Israel informó de que sus aviones bombardearon posiciones de Hezbolá en Jiam.",
     "ISR", "ISR", "airstrike"),
    ("en", "The Air Force of Ukraine said Russia attacked the country with 60 drones overnight, 48 of which "
           "were shot down.", "RUS", "UKR", "drone_strike"),
    ("fr", "L'armée de l'air de l'Ukraine a indiqué que la Russie avait attaqué le pays avec 60 drones "
           "pendant la nuit.", "RUS", "UKR", "drone_strike"),
]


@pytest.mark.parametrize("lang,text,actor,claimant,operation", AIR_FORCE_OF_SIDE_SPEAKS)
def test_the_air_force_of_a_side_speaks(lang, text, actor, claimant, operation):
    ev = one(text, lang)
    assert (ev["actor"], ev["claimant"], ev["operation"]) == (actor, claimant, operation)
