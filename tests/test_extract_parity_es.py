"""Spanish lexicon parity: concepts English and French cover that Spanish lacked, each read
from sentences written for it (two per concept, differing in inflection, actor, place, tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one


def es(text):
    return events(text, lang="es")


def summary(ev):
    return [(e["actor"], e["operation"]) for e in ev]


# -- strike predicates: strafing, annihilating/flattening, putting out of action ------------------

@pytest.mark.parametrize("text, actor, op", [
    ("Aviones sirios ametrallaron ayer una columna de vehículos en la provincia de Idlib, según el "
     "Ministerio de Defensa.", "SYR", "airstrike"),
    ("Un helicóptero ruso ha ametrallado posiciones de los yihadistas cerca de Palmira, informó el portavoz.",
     "RUS", "airstrike"),
    ("La aviación rusa aniquiló un campamento de terroristas en la provincia de Hama, informó el "
     "Ministerio de Defensa.", "RUS", "airstrike"),
    ("Los cazas israelíes arrasaron un edificio de Hamás en Jan Yunis, dijo el Ejército.", "ISR", "airstrike"),
    ("La artillería ucraniana dejó fuera de combate tres tanques rusos cerca de Bajmut, según el Estado Mayor.",
     "UKR", "artillery"),
    ("Un dron turco puso fuera de servicio dos vehículos blindados del PKK en el norte de Irak, informó "
     "el ministerio.", "TUR", "drone_strike"),
])
def test_strike_predicates_strafe_annihilate_put_out_of_action(text, actor, op):
    assert summary(es(text)) == [(actor, op)]


# -- "raid" as a strike noun, and one raid with an article is one strike -------------------------

def test_raids_counted_as_strikes():
    ev = es("El Ejército israelí llevó a cabo dos raids contra posiciones de Hezbolá en el sur del Líbano, "
            "según un comunicado.")
    assert summary(ev) == [("ISR", "airstrike")] and ev[0]["strikes"] == 2


def test_one_raid_with_an_article_is_one_strike():
    ev = es("La aviación saudí realizó un raid contra un depósito de armas de los hutíes en Saná, "
            "informó la coalición.")
    assert ev and ev[0]["actor"] == "SAU" and ev[0]["strikes"] == 1


# -- means: ballistic missiles, UAVs, artillerymen ------------------------------------------------

def test_ballistic_projectile_is_a_missile_strike():
    assert summary(es("Rusia lanzó un proyectil balístico contra Járkov, dijo el gobernador regional.")) == \
        [("RUS", "missile_strike")]


def test_uav_is_a_drone_strike():
    ev = es("Un UAV estadounidense atacó un vehículo de Al Shabab cerca de Jilib, informó el Comando de África.")
    assert summary(ev) == [("USA", "drone_strike")]


def test_artillerymen_are_artillery():
    ev = es("Los artilleros rusos bombardearon posiciones ucranianas en Avdivka, según el Ministerio de Defensa ruso.")
    assert summary(ev) == [("RUS", "artillery")]


# -- actors named by their wire-copy names --------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Tsahal bombardeó esta madrugada un túnel de Hamás en Rafah, informó un portavoz militar.", "ISR"),
    ("El Estado hebreo atacó el lunes varias posiciones de Hezbolá en el sur del Líbano, según fuentes "
     "militares.", "ISR"),
    ("El Comando Central atacó el martes un depósito de misiles de los hutíes en Hodeida, según un comunicado.",
     "USA"),
    ("El CENTCOM bombardeó un centro de mando del Estado Islámico en Siria, informó un portavoz.", "USA"),
    ("Las fuerzas del régimen atacaron con artillería la localidad de Kafr Nabl, dijeron los residentes.", "SYR"),
    ("Ansar Alá lanzó un misil contra un buque en el mar Rojo, dijo su portavoz.", "HOUTHI"),
    ("Las Brigadas al Qassam dispararon cohetes contra Ascalón, informó el grupo.", "HAMAS"),
])
def test_actor_names_of_wire_copy(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]


# -- killed: "dio muerte a", "eliminados"; fighters: "cabecillas"; targets: "sitios" --------------

@pytest.mark.parametrize("text, killed", [
    ("La aviación nigeriana bombardeó un campamento en Borno y dio muerte a 30 terroristas, informó la "
     "Fuerza Aérea.", 30),
    ("Un ataque aéreo de la Fuerza Aérea colombiana dejó 12 guerrilleros eliminados en Guaviare, según el "
     "ministro de Defensa.", 12),
    ("El bombardeo estadounidense mató a tres cabecillas de Al Shabab cerca de Kismayo, informó el "
     "Comando de África.", 3),
])
def test_killed_constructions(text, killed):
    ev = es(text)
    assert ev and ev[0]["killed"] == killed


def test_sites_are_generic_targets():
    ev = es("La aviación rusa atacó 40 sitios de los terroristas en Siria, informó el Ministerio de Defensa.")
    assert ev and ev[0]["targets"] == 40


# -- time expressions: the past night, dawn, "la víspera" ------------------------------
# (published on Tuesday 2024-05-14)

@pytest.mark.parametrize("text, start, end", [
    ("Drones ucranianos atacaron a lo largo de la noche una refinería en la región de Sarátov, según el "
     "gobernador.", "2024-05-13", "2024-05-14"),
    ("El Ejército israelí atacó a primera hora de la mañana un túnel de Hamás en Rafah, informó un portavoz.",
     "2024-05-14", "2024-05-14"),
    ("Cazas turcos bombardearon al alba refugios del PKK en el norte de Irak, según el Ministerio de Defensa.",
     "2024-05-14", "2024-05-14"),
    ("La aviación siria atacó la víspera posiciones rebeldes en Hama, informó la agencia oficial.",
     "2024-05-13", "2024-05-13"),
])
def test_time_expressions_of_wire_copy(text, start, end):
    ev = es(text)
    assert ev and (ev[0]["period_start"], ev[0]["event_date"]) == (start, end)


# -- places: "en las inmediaciones de" -----------------------------------------------------------

def test_in_the_vicinity_of_a_town_is_a_place_struck():
    ev = es("Un dron israelí atacó un vehículo en las inmediaciones de Bint Jbeil, según el Ejército israelí.")
    assert ev and ev[0]["admin1"] == ["LB-NA"] and len(ev[0]["locations"]) == 1


# -- numbers: "en torno a N" is an approximation ---------------------------------------------------

def test_around_n_targets_is_no_count():
    ev = es("Los aviones israelíes atacaron en torno a 40 objetivos de Hezbolá, dijo el Ejército.")
    assert ev and ev[0]["targets"] is None


# -- "a coalition led by X": the leader is no place; a US-led coalition is COALITION ------------

def test_us_led_coalition_is_the_coalition_and_its_leader_no_place():
    ev = es("La coalición dirigida por Estados Unidos bombardeó posiciones del Estado Islámico en Raqqa, "
            "informó un portavoz.")
    assert [e["actor"] for e in ev] == ["COALITION"] and ev[0]["country"] == "SY"


def test_saudi_commanded_coalition_is_saudi_and_strikes_yemen():
    ev = es("Aviones de la coalición comandada por Arabia Saudí atacaron un depósito de los hutíes en Saná, "
            "según la televisión.")
    assert [e["actor"] for e in ev] == ["SAU"] and ev[0]["country"] == "YE" and ev[0]["admin1"] == ["YE-SA"]


# -- the Syrian Observatory by its Spanish initials is a monitor: OTHER ---------------------------

def test_osdh_is_a_monitor():
    ev = es("La aviación siria atacó Idlib, informó el OSDH.")
    assert ev and ev[0]["claimant"] == "OTHER"


# == session 11: the Spanish lexicon checked against a wire editor's concept list ==============
# (each concept read from two sentences written for it, differing in inflection, actor, place, tense)

# -- strike predicates: "machacar" (pound), "tener/tomar como objetivo" (target) -----------------

@pytest.mark.parametrize("text, actor, op", [
    ("Los aviones sirios machacaron los barrios rebeldes de Alepo, según los activistas.", "SYR", "airstrike"),
    ("La artillería rusa ha machacado las posiciones ucranianas cerca de Kupiansk, informó el ministerio ruso.",
     "RUS", "artillery"),
    ("El Ejército israelí tuvo como objetivo un centro de mando de Hamás en Jan Yunis, informó un portavoz.",
     "ISR", "airstrike"),
    ("Drones ucranianos tomaron como blanco una refinería en la región de Riazán, según el Estado Mayor.",
     "UKR", "drone_strike"),
])
def test_strike_predicates_pound_and_target(text, actor, op):
    assert summary(es(text)) == [(actor, op)]


# -- "was the target of", "was subjected to", "came under fire": the place struck is the subject --

@pytest.mark.parametrize("text, actor, admin1", [
    ("El pueblo de Kafr Nabl fue blanco de un ataque de la aviación siria, según el Observatorio.",
     "SYR", ["SY-ID"]),
    ("Las aldeas de la región de Sumy fueron objeto de bombardeos rusos, informó el gobernador.",
     "RUS", ["UA-59"]),
    ("La ciudad de Járkov se convirtió en blanco de un ataque con misiles rusos, dijo el alcalde.",
     "RUS", ["UA-63"]),
    ("La localidad de Bint Jbeil quedó bajo el fuego de artillería israelí, informó la agencia libanesa.",
     "ISR", ["LB-NA"]),
])
def test_target_of_a_strike_as_subject(text, actor, admin1):
    ev = es(text)
    assert [e["actor"] for e in ev] == [actor] and ev[0]["admin1"] == admin1


# -- means: tank fire is artillery ----------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Disparos de tanques israelíes alcanzaron una vivienda en Jan Yunis, según testigos.", "ISR"),
    ("El fuego de tanques israelíes alcanzó una escuela en Rafah, informó la Defensa Civil.", "ISR"),
])
def test_tank_fire_is_artillery(text, actor):
    assert summary(es(text)) == [(actor, "artillery")]


# -- who: "the occupiers", "the invaders" are the speaker's enemy ----------------------------------

@pytest.mark.parametrize("text", [
    "Los ocupantes atacaron con drones la ciudad de Jersón, informó el gobernador ucraniano.",
    "Los invasores bombardearon con artillería el centro de Nikopol, dijo la Fuerza Aérea ucraniana.",
])
def test_occupiers_are_the_enemy(text):
    assert [e["actor"] for e in es(text)] == ["RUS"]


# -- not a strike: the future and the conditional are threats -------------------------------------

@pytest.mark.parametrize("text", [
    "Los hutíes atacarán los buques israelíes en el mar Rojo, advirtió su portavoz.",
    "Rusia bombardeará los centros de decisión de Kiev si Ucrania usa misiles de largo alcance, dijo Medvédev.",
    "Israel golpearía con dureza el puerto de Hodeida si los hutíes lanzan más drones, según el ministro.",
    "Los cazas turcos destruirán todas las posiciones del PKK en el norte de Irak, aseguró el ministro de Defensa.",
])
def test_future_and_conditional_are_threats(text):
    assert es(text) == []


# -- not a strike: joint drills and training bombing ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Aviones estadounidenses y surcoreanos realizaron un entrenamiento de bombardeo sobre la península "
    "coreana, informó el Estado Mayor Conjunto.",
    "Cazas turcos y azerbaiyanos atacaron objetivos simbólicos durante un ejercicio aéreo conjunto en Najicheván, "
    "informó el ministerio.",
])
def test_joint_drills_are_no_strike(text):
    assert es(text) == []


# -- when: "por la mañana", "en la tarde", "al anochecer" without a day are the announcement day -----
# (published on Tuesday 2024-05-14)

@pytest.mark.parametrize("text", [
    "Cazas turcos bombardearon refugios del PKK por la mañana, informó el ministerio.",
    "La artillería israelí atacó en la tarde la aldea de Jiam, según la agencia libanesa.",
    "Drones rusos atacaron Odesa al anochecer, dijo el gobernador.",
])
def test_parts_of_the_day_are_the_announcement_day(text):
    ev = es(text)
    assert ev and (ev[0]["period_start"], ev[0]["event_date"]) == ("2024-05-14", "2024-05-14")


# -- what: manpower and servicemen are personnel ---------------------------------------

@pytest.mark.parametrize("text", [
    "La aviación rusa atacó la mano de obra y el equipo militar ucraniano en Donetsk, informó el ministerio.",
    "Drones ucranianos eliminaron a 40 efectivos rusos cerca de Bajmut, según el Estado Mayor.",
    "Cazas israelíes atacaron a efectivos de Hezbolá en el sur del Líbano, informó el Ejército.",
])
def test_manpower_is_personnel(text):
    ev = es(text)
    assert ev and "personnel" in [t["type"] for t in ev[0]["targets_hit"]]



# -- means: "atacaron con artillería posiciones ...": the weapon after "con" is the means, even
#    right before what was hit --------------------------------------------------------------------

@pytest.mark.parametrize("text, op", [
    ("Las tropas turcas atacaron con artillería posiciones de las YPG en Siria, informó el ministerio.",
     "artillery"),
    ("Las Fuerzas Democráticas Sirias atacaron con drones posiciones turcas, dijo el Ministerio de Defensa turco.",
     "drone_strike"),
])
def test_weapon_after_with_is_the_means(text, op):
    ev = es(text)
    assert ev and ev[0]["operation"] == op


# -- when: "los N últimos días / las N últimas horas", the number before the adjective ------------
# (published on Tuesday 2024-05-14)

@pytest.mark.parametrize("text, start", [
    ("La aviación rusa atacó objetivos en Siria en los dos últimos días, informó el ministerio.", "2024-05-12"),
    ("La aviación israelí atacó 150 objetivos de Hamás en los cinco últimos días, informó el Ejército.",
     "2024-05-09"),
    ("Drones ucranianos atacaron refinerías rusas en las tres últimas jornadas, según el Estado Mayor.",
     "2024-05-11"),
    ("La aviación israelí atacó 150 objetivos de Hamás en las 24 últimas horas, informó el Ejército.",
     "2024-05-13"),
])
def test_last_n_days_with_the_number_first(text, start):
    ev = es(text)
    assert ev and (ev[0]["period_start"], ev[0]["event_date"]) == (start, "2024-05-14")


# -- who: a side's forces named by its capital ("las tropas de Kiev", "las fuerzas de Moscú") ------

@pytest.mark.parametrize("text, actor", [
    ("Las tropas de Kiev atacaron con drones la ciudad de Donetsk, dijo el alcalde.", "UKR"),
    ("Las fuerzas de Kiev atacaron con artillería el centro de Gorlovka, según las autoridades locales.", "UKR"),
    ("Las tropas de Moscú bombardearon Járkov con misiles, dijo el gobernador.", "RUS"),
])
def test_forces_named_by_their_capital(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]


# -- who says so: the police is no side striking ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Al Shabab atacó con morteros una base en Mogadiscio, dijo la policía somalí.",
    "El Estado Islámico atacó con cohetes un cuartel en Kirkuk, informó la policía local.",
])
def test_police_is_a_source(text):
    ev = es(text)
    assert ev and ev[0]["claimant"] == "OTHER"


# -- not a strike: a vow, a purpose, a patrol, a year ago ----------------------------------------

@pytest.mark.parametrize("text", [
    "Hezbolá prometió vengarse y atacar el norte de Israel, dijo su líder.",
    "Los hutíes juraron golpear los buques estadounidenses en el mar Rojo, según su portavoz.",
    "Ucrania recibirá misiles de crucero Taurus de Alemania para atacar objetivos rusos, según Berlín.",
    "Irán entregó drones Shahed a Rusia para bombardear las ciudades ucranianas, según la inteligencia británica.",
    "La aviación rusa realizó vuelos de patrulla sobre el mar Báltico, informó el ministerio.",
    "Bombarderos estratégicos rusos efectuaron vuelos rutinarios sobre aguas neutrales, informó el ministerio.",
    "Hace un año, la aviación israelí bombardeó el hospital de Al Ahli en Gaza.",
    "Hace dos décadas, aviones estadounidenses bombardearon Bagdad durante la invasión de Irak.",
])
def test_vows_purposes_patrols_and_past_years_are_no_strike(text):
    assert es(text) == []


# -- who: "los milicianos de X atacaron": fighters opening the clause are its subject, their group
#    struck (engine: triggers.subject_fighters, every language) ----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Los milicianos de Hamás dispararon cohetes contra Sderot, dijo el Ejército israelí.", "HAMAS"),
    ("Los yihadistas de Al Shabab atacaron con morteros el aeropuerto de Mogadiscio, dijo la policía.", "SHABAAB"),
    ("Milicianos del Estado Islámico atacaron con morteros una base iraquí, según fuentes de seguridad.", "ISIS"),
])
def test_fighters_of_a_group_as_subject(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]



# -- where: Colombia and its departments (extractors/data/admin1/co.toml); "Malí" with its accent
#    is the country (its cased key took only "Mali"); "las Fuerzas Militares de Colombia" is the
#    force's country, not a place struck ----------------------------------------------------------

@pytest.mark.parametrize("text, actor, country, admin1", [
    ("La Fuerza Aérea colombiana bombardeó el martes un campamento de disidentes en zona rural del "
     "Guaviare, informó el Ministerio de Defensa.", "COL", "CO", ["CO-GUV"]),
    ("Las Fuerzas Militares de Colombia bombardearon anoche un campamento del ELN en Arauca, según el "
     "comandante del Ejército.", "COL", "CO", ["CO-ARA"]),
    ("Aviones franceses atacaron el jueves un grupo de yihadistas en el centro de Malí, según el Estado "
     "Mayor francés.", "FRA", "ML", []),
])
def test_colombia_and_mali_as_places(text, actor, country, admin1):
    ev = es(text)
    assert [(e["actor"], e["country"], e["admin1"]) for e in ev] == [(actor, country, admin1)]


def test_palmira_is_palmyra_not_the_colombian_city():
    # the Colombian Palmira (300,000 people) is left out of places_CO.tsv (co.toml: left_out)
    ev = es("La aviación rusa bombardeó el martes posiciones del Estado Islámico cerca de Palmira, "
            "en la provincia de Homs, según el Ministerio de Defensa.")
    assert [(e["country"], e["admin1"]) for e in ev] == [("SY", ["SY-HI"])]


# -- who: a passive report whose only side is the speaking ministry's adjective after its name
#    ("informó el Ministerio de Defensa turco"): the speaker's side struck (roles._speaks) -------

# (session 24: a strike on an armed group told with no striker, its only side the body speaking
# in the reporting clause that closes the sentence, is that body's report: events._lede_own_speaker;
# a strike on another state's troops, the second text, is not read so)
@pytest.mark.parametrize("text, actor, admin1", [
    ("Seis terroristas del PKK fueron neutralizados en un bombardeo en la zona de Hakurk, informó el "
     "Ministerio de Defensa turco.", "TUR", ["IQ-AR"]),
    pytest.param("El Ministerio de Defensa ruso informó que dos depósitos de municiones de las tropas ucranianas "
                 "fueron alcanzados en un bombardeo nocturno en la región de Járkov.", "RUS", ["UA-63"],
                 marks=pytest.mark.xfail(strict=True, reason="taken back at the merge: reading the speaking "
                                         "ministry's adjective as the striker lowered held-out Spanish text "
                                         "(real2 es 0.414 -> 0.399)")),
])
def test_passive_report_by_a_ministry_named_with_its_adjective_after(text, actor, admin1):
    ev = es(text)
    assert [(e["actor"], e["claimant"], e["admin1"]) for e in ev] == [(actor, actor, admin1)]


# -- who: a place that underwent a strike ("quedó bajo el fuego de", "fue blanco de"); the side
#    named right after the light verb struck (roles.choose_actors) -----------------------------

@pytest.mark.parametrize("text, actor", [
    ("Varias aldeas del sur del Líbano quedaron durante la noche bajo el fuego de la artillería israelí, "
     "según la agencia estatal.", "ISR"),
    ("La localidad de Tal Rifaat quedó bajo fuego de morteros turcos el domingo, según el Observatorio.", "TUR"),
])
def test_undergone_strike_names_its_striker_after_the_light_verb(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]


# -- who: the state's adjective right after the strike noun struck, even with a force noun
#    ("posiciones", "objetivos") after it (triggers.analyse_sentence) ---------------------------

@pytest.mark.parametrize("text, actor", [
    ("Los bombardeos turcos contra posiciones kurdas en la provincia de Duhok destruyeron el martes "
     "dos depósitos de armas.", "TUR"),
    ("Las incursiones israelíes contra posiciones de Hezbolá cerca de Tiro mataron a tres combatientes, "
     "según el Ejército.", "ISR"),
])
def test_adjective_on_the_strike_noun_is_the_striker(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]


# -- where: the Spanish agencies' spellings of Khiam ("Jiam") and Jabalia ("Yabalia"): places_extra2 --

@pytest.mark.parametrize("text, name, admin1", [
    ("Un dron israelí atacó el miércoles una vivienda en El Jiam, en el sur del Líbano, según la agencia "
     "estatal libanesa.", "Khiam", ["LB-NA"]),
    ("La aviación israelí bombardeó anoche una escuela en Yabalia, en el norte de Gaza, informó la "
     "Defensa Civil.", "Jabalia", ["PS-NGZ"]),
])
def test_spanish_spellings_of_khiam_and_jabalia(text, name, admin1):
    ev = es(text)
    assert [([l["name"] for l in e["locations"]], e["admin1"]) for e in ev] == [([name], admin1)]


# -- targets: leaders and senior members of a group ("altos cargos", "cabecillas", "comandantes",
#    "dirigentes") are personnel hit, so the group named after them is whose they were ------------

@pytest.mark.parametrize("text, actor, group", [
    ("El Ejército iraquí anunció la muerte de tres dirigentes del Estado Islámico en la provincia de "
     "Saladino en un bombardeo efectuado por cazas F-16.", "IRQ", "ISIS"),
    ("La Fuerza Aérea nigeriana informó de la muerte de cuatro cabecillas del Estado Islámico en un "
     "ataque aéreo realizado el lunes en el estado de Borno.", "NGA", "ISIS"),
])
def test_leaders_of_a_group_are_its_personnel(text, actor, group):
    ev = es(text)
    assert [(e["actor"], e["target_group"]) for e in ev] == [(actor, group)]
    assert ev[0]["targets_hit"] and ev[0]["targets_hit"][0]["type"] == "personnel"


# -- where: the base the aircraft took off from ("que despegaron de la base de X") is a launch
#    area, not a place struck (places.origin_preps) ---------------------------------------------

def test_the_base_the_jets_took_off_from_is_no_place_struck():
    ev = es("Aviones turcos que despegaron de la base aérea de Malatya bombardearon el viernes refugios "
            "del PKK en la región de Hakurk, según el ministerio.")
    assert [(e["actor"], e["country"], e["admin1"]) for e in ev] == [("TUR", "IQ", ["IQ-AR"])]


# -- a state's military body reporting its own strikes with a strike noun and no strike verb
#    ("confirmó ataques aéreos contra ...", "anunció la muerte de N ... en un ataque aéreo"):
#    the body's state struck (triggers._reporting_force) ------------------------------------------

@pytest.mark.parametrize("text, actor, killed", [
    ("El Ministerio de Defensa turco confirmó nuevos ataques aéreos contra refugios del PKK en la "
     "región de Hakurk.", "TUR", None),
    ("El Ejército iraquí anunció la muerte de seis miembros del Estado Islámico en un ataque aéreo "
     "en la provincia de Diyala.", "IRQ", 6),
    ("Las Fuerzas de Defensa de Israel (FDI) han confirmado la muerte de tres combatientes de Hamás "
     "en dos bombardeos en Jan Yunis.", "ISR", 3),
])
def test_military_body_reporting_its_own_strike_noun(text, actor, killed):
    ev = es(text)
    assert [(e["actor"], e["claimant"], e["killed"]) for e in ev] == [(actor, actor, killed)]


def test_a_body_reporting_an_attack_it_suffered_is_not_the_striker():
    ev = es("El Ministerio de Defensa ruso informó de un ataque con drones de Hezbolá contra una base "
            "en la provincia de Latakia.")
    assert "RUS" not in [e["actor"] for e in ev]


# -- a sport or politics cue word inside a side's name or glued into a compound
#    ("Partido de los Trabajadores del Kurdistán", "el partido-milicia chií") names no match --------

def test_party_in_a_compound_is_no_sport_cue():
    ev = es("Un dron israelí mató el martes a un comandante del partido-milicia chií Hezbolá en el sur "
            "del Líbano, según el Ejército.")
    assert [e["actor"] for e in ev] == ["ISR"]


def test_party_in_a_group_name_does_not_make_a_story_non_military():
    ev = es("Turquía bombardeó refugios del Partido de los Trabajadores del Kurdistán en el norte de Irak, "
            "informó el Ministerio de Defensa. El Partido de los Trabajadores del Kurdistán no comentó el "
            "ataque. Ankara considera terrorista al Partido de los Trabajadores del Kurdistán.")
    assert [e["actor"] for e in ev] == ["TUR"]


# -- where: a geographic feature noun ("el valle de X", "la cordillera X", "las montañas de X")
#    introduces a place name as a settlement noun does (places.settlement_nouns) ---------------

@pytest.mark.parametrize("text, name", [
    ("Aviones de combate iraquíes alcanzaron un escondite del Estado Islámico en el valle de Hamrin, "
     "en la provincia de Diyala, según el Ejército.", "Hamrin"),
    ("El Ejército israelí atacó una posición de Hezbolá en la cordillera Beaufort, en el sur del Líbano.",
     "Beaufort"),
    ("Aviones turcos bombardearon refugios del PKK en las montañas de Qandil, según el Ministerio de "
     "Defensa.", "Qandil"),
])
def test_geographic_feature_noun_introduces_a_place(text, name):
    ev = es(text)
    assert [[l["name"] for l in e["locations"]] for e in ev] == [[name]]


# -- a vehicle-bomb or suicide attack recalled beside a strike report ("el ataque con coches
#    bomba perpetrado en X") is a bombing, not a strike: its place and day stay out (cues) -------

def test_car_bomb_attack_recalled_is_no_strike_of_the_report():
    ev = es("Un dron estadounidense atacó el lunes a combatientes de Al Shabab en Somalia, informó el "
            "Africom. En octubre, el país sufrió un ataque con camiones bomba en Kismayo que dejó 40 "
            "muertos.")
    assert [(e["actor"], e["admin1"], e["locations"]) for e in ev] == [("USA", [], [])]


# -- a state as the subject of a strike verb whose object is a facility of war (a refinery, a
#    depot, an airfield), no weapon or force named: the verb is military (triggers.WAR_FACILITIES)

@pytest.mark.parametrize("text, actor, kind", [
    ("Ucrania atacó durante la noche una refinería de petróleo en la región de Sarátov, según el "
     "gobernador.", "UKR", "oil_facility"),
    ("Rusia atacó el jueves un depósito de municiones en la región de Sumy, informaron las autoridades "
     "locales.", "RUS", "ammunition_depot"),
])
def test_state_striking_a_war_facility_is_a_strike(text, actor, kind):
    ev = es(text)
    assert [(e["actor"], [t["type"] for t in e["targets_hit"]]) for e in ev] == [(actor, [kind])]


# -- killed: a partitive pronoun after the kill verb's number ("matando a cinco de ellos"), the
#    fighters named before it in the clause (grammar.partitive_pronouns) ------------------------

def test_fighters_killed_counted_with_a_partitive_pronoun():
    ev = es("La aviación británica llevó a cabo un ataque aéreo contra milicianos en Basora, matando a "
            "cinco de ellos, según el mando británico.")
    assert [(e["actor"], e["killed"]) for e in ev] == [("GBR", 5)]


def test_civilians_counted_with_a_partitive_pronoun_are_no_fighters_killed():
    ev = es("El Ejército israelí bombardeó una casa en Gaza donde había civiles, matando a tres de ellos.")
    assert [e["killed"] for e in ev] == [None]


# -- a second complement or consequence clause ("y que ...", ", por lo que ...") has a subject of
#    its own: a side named in the clause before it is not the striker (clauses.coordinators) -----

@pytest.mark.parametrize("text", [
    "El alcalde dijo que las defensas ucranianas resistieron toda la noche y que Rusia bombardeó la "
    "ciudad con artillería pesada.",
    "El gobernador añadió que los asaltos contra las posiciones ucranianas han fracasado, por lo que "
    "Rusia bombardea ahora la ciudad con drones y cohetes.",
])
def test_striker_is_the_subject_of_its_own_coordinated_clause(text):
    assert [e["actor"] for e in es(text)] == ["RUS"]


# -- "un ataque" with its article is one strike, whatever means follow or none ("lanzaron un
#    ataque contra una refinería"); an ordinal names one of a series ("el primer ataque") ------

@pytest.mark.parametrize("text, actor", [
    ("Los militares rusos lanzaron anoche un ataque contra un depósito de combustible del ejército "
     "ucraniano en la región de Járkov, según el Ministerio de Defensa.", "RUS"),
    ("Las fuerzas ucranianas efectuaron el domingo un ataque sobre una base aérea en la región de "
     "Kursk, informó el Estado Mayor.", "UKR"),
])
def test_one_attack_with_an_article_is_one_strike(text, actor):
    assert [(e["actor"], e["strikes"]) for e in es(text)] == [(actor, 1)]


def test_an_ordinal_attack_is_no_count():
    ev = es("Los cazas rusos realizaron un primer ataque contra posiciones rebeldes cerca de Idlib, "
            "informó el Ministerio de Defensa.")
    assert [(e["actor"], e["strikes"]) for e in ev] == [("RUS", None)]


# -- the text's first line, with no stop before a capital, is a headline of its own however long
#    ([meta] long_headlines): the side of what was attacked in the headline is no agent of the
#    lead's passive ("... son atacadas por drones / La base estadounidense ...") ---------------

def test_long_headline_is_a_sentence_of_its_own():
    ev = es("Bases estadounidenses en Siria son atacadas por drones\nLa base estadounidense de Al Tanf fue "
            "atacada el jueves por varios drones, confirmó un portavoz del Pentágono.")
    assert ev == []


def test_long_headline_keeps_the_report_below_it():
    ev = es("Aviones israelíes bombardean posiciones de Hezbolá en el sur del Líbano\nEl Ejército israelí "
            "atacó el lunes varios depósitos de armas en Nabatieh, informó un portavoz militar.")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("ISR", "HEZBOLLAH")]


# -- "la noche pasada", the adjective after the noun, is "la pasada noche": overnight -----------

@pytest.mark.parametrize("text, actor", [
    ("La noche pasada, drones rusos atacaron una subestación eléctrica en Odesa, informó el gobernador.", "RUS"),
    ("Drones ucranianos atacaron la noche pasada una refinería en la región de Sarátov, según el "
     "Ministerio de Defensa ruso.", "UKR"),
])
def test_the_night_past_is_overnight(text, actor):
    ev = events(text, lang="es", published="2024-03-05")
    assert [(e["actor"], e["event_date"], e["period_start"]) for e in ev] == [(actor, "2024-03-05", "2024-03-04")]


# -- a toll or passive impact reported by a state's military body that opens the sentence ("El
#    Ministerio de Defensa turco aseguró que nueve guerrilleros del PKK perdieron la vida en una
#    incursión aérea"), an armed group named after its claim verb: the body's state struck, as
#    when it names the strike noun alone (triggers._reporting_force) ----------------------------

@pytest.mark.parametrize("text, actor, killed", [
    ("El Ejército iraquí informó de que seis milicianos del Estado Islámico murieron el lunes en un "
     "bombardeo cerca de Hawija.", "IRQ", 6),
    ("El Ministerio de Defensa turco aseguró este jueves que nueve guerrilleros del PKK perdieron la "
     "vida en una incursión aérea en el norte de Irak.", "TUR", 9),
])
def test_body_opening_a_toll_report_is_the_striker(text, actor, killed):
    ev = es(text)
    assert [(e["actor"], e["claimant"], e["killed"]) for e in ev] == [(actor, actor, killed)]


def test_body_opening_a_report_of_its_own_soldiers_killed_strikes_nothing():
    ev = es("El Ejército israelí informó de que dos de sus soldados murieron en un ataque con drones de "
            "Hezbolá en la Alta Galilea.")
    assert "ISR" not in [e["actor"] for e in ev]


# -- a local official of the state struck (governor, mayor, military administration) speaks for
#    that state, as the team's references code it (claims.state_officials) -------------------

@pytest.mark.parametrize("text, actor, claimant", [
    ("Un misil ucraniano alcanzó el domingo una nave industrial en Kursk, según el gobernador de la "
     "región, que no informó de víctimas.", "UKR", "RUS"),
    ("La artillería rusa bombardeó durante la madrugada un barrio residencial de Jersón, informó el "
     "jefe de la administración militar regional.", "RUS", "UKR"),
])
def test_a_local_official_of_the_state_struck_is_its_claimant(text, actor, claimant):
    ev = es(text)
    assert [(e["actor"], e["claimant"]) for e in ev] == [(actor, claimant)]


# -- an infinitive strike verb ("para lanzar ataques", "logran impactar") reports no strike: what
#    a side plans, uses a base for or habitually manages; after a verb saying it was done
#    ("volvieron a bombardear", "lograron destruir") it happened (grammar.infinitive_endings) ---

@pytest.mark.parametrize("text", [
    "Los aviones estadounidenses usan la base de Incirlik para lanzar ataques aéreos contra el Estado "
    "Islámico en Siria.",
    "El Ejército ucraniano informa sobre los misiles que derriba, pero no sobre los que consiguen "
    "impactar en sus cuarteles.",
])
def test_an_infinitive_strike_verb_reports_no_strike(text):
    assert es(text) == []


def test_an_infinitive_after_a_verb_of_doing_it_again_reports_a_strike():
    ev = es("Cazas israelíes volvieron a bombardear este jueves un depósito de armas de Hezbolá en el "
            "valle de la Bekaa, informó el Ejército.")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("ISR", "HEZBOLLAH")]


# -- a year that dates how the place struck came to be held ("anexionada por Rusia en 2014") is
#    no history of the strike (dates.state_participles); the strike's own year still is ---------

def test_a_year_of_annexation_beside_the_place_struck_is_no_history():
    ev = es("Drones ucranianos atacaron el sábado un depósito de combustible en Sebastopol, en la "
            "península de Crimea anexionada por Rusia en 2014, según el gobernador local.")
    assert [e["actor"] for e in ev] == ["UKR"]


def test_the_strikes_own_past_year_is_still_history():
    assert es("En 2014, aviones rusos bombardearon la ciudad de Alepo.") == []


# -- the defender reporting a strike noun whose weapon's owner is named ("un ataque con un dron de
#    Hezbolá"): the owner launched it, the strike is his -----------------------------------------

def test_the_owner_of_the_weapon_after_a_strike_noun_struck():
    ev = es("Las Fuerzas Armadas israelíes han confirmado dos soldados heridos en un ataque con un dron "
            "de Hezbolá contra un puesto militar en Galilea.")
    assert [(e["actor"], e["operation"]) for e in ev] == [("HEZBOLLAH", "drone_strike")]


# -- a report whose strike sentences name no striker, right after the sentence in which a state's
#    army or ministry speaks ("El Ejército israelí informó ...", "..., indicó el Ministerio de
#    Defensa turco"): that side struck (events._lede_speaker) ---------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("El Ejército israelí informó el martes de la muerte de varios milicianos en el norte de Gaza. "
     "Según el comunicado, un avión de combate atacó el edificio donde se escondían.", "ISR"),
    ("“Comenzó la operación aérea contra los refugios que los terroristas usan para atacar nuestras "
     "fronteras”, indicó el Ministerio de Defensa turco. “Se han destruido 30 objetivos”, añadió el texto.",
     "TUR"),
])
def test_a_report_with_no_striker_after_the_side_that_speaks(text, actor):
    assert [e["actor"] for e in es(text)] == [actor]


def test_no_speaker_is_taken_from_a_threat():
    assert es("Corea del Norte advirtió que responderá a cualquier ataque. Un misil fue disparado el "
              "domingo hacia el mar.") == []


# -- "towards X" (places.aim_preps): the place a weapon was fired or launched at is a place the text
# says was targeted (CONVENTIONS), its locality and its unit --------------------------------------

def test_the_place_a_weapon_was_aimed_at_was_targeted():
    text = 'Los hutíes dispararon el lunes un misil balístico hacia Jizán, informó la coalición saudí.'
    found = events(text, lang="es")
    assert [([loc["name"] for loc in e["locations"]], e["admin1"]) for e in found] == [(["Jizan"], ["SA-09"])], found


# -- a village of south Lebanon that GeoNames lacks (places_extra_lb.toml), in this language's
# spelling: the locality and its governorate --------------------------------------------------------

def test_a_south_lebanon_village_takes_its_governorate():
    text = 'Un dron israelí atacó el martes una motocicleta en la localidad de Majdal Selm, en el sur del Líbano, según la agencia oficial libanesa.'
    (e,) = events(text, lang="es")
    assert ([loc["name"] for loc in e["locations"]], e["admin1"]) == (["Majdal Selm"], ["LB-NA"]), e


# -- a GeoNames locality under the English name news copy gives it (english_names.toml), not
# GeoNames' romanisation ("Bayt Hanun", "An Nusayrat", "Zaxo") ------------------------------------

def test_a_locality_takes_its_english_news_name():
    text = 'Un bombardeo israelí alcanzó el jueves una vivienda en el campo de refugiados de Nuseirat, en el centro de Gaza, según fuentes médicas.'
    (e,) = events(text, lang="es")
    assert ([loc["name"] for loc in e["locations"]], e["admin1"]) == (["Nuseirat"], ["PS-DEB"]), e


# -- the town a struck facility is named by ("l'aérodrome de X", "la central térmica de X", "den
# Flugplatz X"): a locality, with its unit (a known town of some size only) --------------------------

def test_the_town_a_struck_facility_is_named_by():
    text = 'Drones ucranianos atacaron el martes el aeródromo de Millerovo, según una fuente de la inteligencia ucraniana.'
    (e,) = events(text, lang="es")
    assert ([loc["name"] for loc in e["locations"]], e["admin1"]) == (["Millerovo"], ["RU-ROS"]), e



# -- a quoted claim whose speaker follows its claim verb, the body's title and linkers between
# ("«...», declaró el portavoz del Ejército israelí"): the body's side struck (roles._titled_speaker)

@pytest.mark.parametrize("text", [
    "«Nuestros aviones destruyeron doce objetivos de Hamás en Jan Yunis durante la noche», declaró el portavoz del Ejército israelí.",
    "«Hemos bombardeado nueve posiciones de Hezbolá en el sur del Líbano», informó el Ejército israelí.",
])
def test_quoted_claim_with_its_speaker_after_the_verb(text):
    assert [e["actor"] for e in events(text, lang="es")] == ["ISR"]


# -- "las FDI" (Fuerzas de Defensa de Israel), the abbreviation Spanish wire copy gives the
# Israeli army, names the striker

# ('=FDI' was taken back in session 17: it lowered real6 es .707 -> .673 while raising real11 es
# .746 -> .763. Session 21 (r19-es) put it back with "Fuerzas de Defensa de Israel", as a trade:
# real18 es .570 -> .704, real11 .746 -> .763, real6 .776 -> .742; the real6 event comes from the
# speaker-as-striker misreading test_extract_lang_es.py keeps as a strict xfail)
def test_the_idf_abbreviation_names_the_striker():
    text = "Las FDI atacaron el viernes un centro de mando de Hamás en Deir al Balah, según un comunicado militar."
    assert [e["actor"] for e in events(text, lang="es")] == ["ISR"]


# -- probes of session 17 (missing events) still failing: strict xfails for the next person

# fixed in session 18 (triggers._impacts_on_facilities: a facility of war counted by its article)
def test_force_hit_a_depot_with_an_impact_verb_alone():
    text = "El Estado Mayor ucraniano confirmó que sus fuerzas alcanzaron un depósito de combustible en la región rusa de Briansk."
    assert [e["actor"] for e in events(text, lang="es")] == ["UKR"]


# -- a state's name of several words in a bare genitive after the strike noun or its weapon
# ("un ataque aéreo de Estados Unidos"): the striker, as a one-word name there already was
# ("un ataque aéreo de Israel"); not after a target preposition (session 18, r16-es probe)

@pytest.mark.parametrize("text", [
    "Tres milicianos de Al Shabab murieron el domingo en un ataque con dron de Estados Unidos cerca de Jilib.",
    "Un ataque aéreo de Estados Unidos mató el martes a dos dirigentes del Estado Islámico en el noroeste de Siria.",
])
def test_multiword_state_name_in_the_genitive_of_the_strike(text):
    assert [e["actor"] for e in events(text, lang="es")] == ["USA"]


def test_state_name_after_a_target_preposition_is_no_striker():
    text = "Dos soldados murieron el lunes en un ataque contra posiciones de Estados Unidos en el este de Siria."
    assert "USA" not in [e["actor"] for e in events(text, lang="es")]


@pytest.mark.xfail(strict=True, reason="no event (session 18, r16-es probe): a headline whose subject is the strike noun "
                   "with its side ('Un bombardeo estadounidense mata a ...'), then an agentless 'murió en un ataque aéreo' "
                   "with the US command as the source: neither sentence yields the striker")
def test_headline_strike_noun_then_agentless_toll():
    text = ("Un bombardeo estadounidense mata a un comandante de Al Shabab en Somalia\n"
            "Un alto mando de Al Shabab murió en un ataque aéreo cerca de Kismayo, informó el martes el Mando de EE.UU. para África.")
    assert [e["actor"] for e in events(text, lang="es")] == ["USA"]


# -- the defending body that speaks after a quoted count: its state's adjective after a descriptor --
# (session 19, r17-ru: "señaló el mando castrense ruso", real15 es-swissinfo)

@pytest.mark.parametrize("text", [
    "Rusia derribó 30 drones ucranianos durante la noche. «Los sistemas de defensa antiaérea aniquilaron "
    "30 drones de ala fija», indicó el mando castrense ruso.",
    "Las defensas rusas interceptaron 12 drones ucranianos sobre Kursk. «Fueron destruidos doce aparatos», "
    "precisó después el mando castrense ruso en un comunicado.",
])
def test_state_adjective_after_a_speaking_body_and_its_descriptor_defended(text):
    assert sorted(e["actor"] for e in es(text)) == ["UKR"]


def test_side_of_the_force_named_with_a_strike_noun_struck():
    # session 20 (r18-es probe E_died_in_strike_of_country): the strike noun's own force, then
    # its side ("un ataque con dron del Ejército de Estados Unidos") names who struck, as the
    # side right after the noun does ("un ataque aéreo de Estados Unidos"); triggers._force_of_strike_noun
    ev = one("El líder del Estado Islámico en Siria murió en un ataque con dron del Ejército de Estados "
             "Unidos, informó el martes el Ejército estadounidense.", "es")
    assert ev["actor"] == "USA" and ev["operation"] == "drone_strike"
    ev = one("Tres combatientes murieron en un ataque con drones del ejército de Israel en el sur del Líbano.", "es")
    assert ev["actor"] == "ISR"
