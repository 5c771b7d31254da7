"""Country and first-level units struck: how they are chosen, on invented sentences.

Each test covers a mechanism seen failing on real texts in several languages (session 9):
a direction of a country read as one of its units, the place of the attack a strike answered
read as a place struck, and a unit hit named in a sentence after the report left out.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events


def event_of(found: list[dict], actor: str) -> dict:
    hits = [e for e in found if e["actor"] == actor]
    assert hits, found
    return hits[0]


# --- a direction of a country ("the south of Lebanon") is no first-level unit -------------

@pytest.mark.parametrize("text,lang", [
    ("Israeli warplanes struck three Hezbollah weapons depots in southern Lebanon on Monday, the army said.", "en"),
    ("La aviación israelí bombardeó el lunes dos depósitos de armas de Hezbolá en el sur del Líbano, "
     "informó el ejército.", "es"),
    ("Израильские ВВС в понедельник нанесли удары по складам оружия \"Хезболлы\" на юге Ливана, "
     "сообщила армия.", "ru"),
    ("İsrail savaş uçakları pazartesi günü Lübnan'ın güneyinde Hizbullah'a ait iki silah deposunu vurdu.", "tr"),
    ("L'aviation israélienne a frappé lundi des dépôts d'armes du Hezbollah dans le nord du Liban, "
     "a indiqué l'armée.", "fr"),
])
def test_a_direction_of_the_country_names_the_country_and_no_unit(text, lang):
    ev = event_of(events(text, lang=lang), "ISR")
    assert ev["country"] == "LB"
    assert ev["admin1"] == []


@pytest.mark.parametrize("text,lang,unit", [
    ("Israeli jets struck a Hezbollah command post near Nabatieh in southern Lebanon overnight, the army said.",
     "en", "LB-NA"),
    ("Израильская авиация нанесла удар по командному пункту \"Хезболлы\" в Набатии на юге Ливана, "
     "сообщила армия.", "ru", "LB-NA"),
])
def test_a_town_in_the_south_of_the_country_still_gives_its_unit(text, lang, unit):
    ev = event_of(events(text, lang=lang), "ISR")
    assert ev["country"] == "LB" and ev["admin1"] == [unit]


# --- the place of the attack a strike answered is not a place struck ----------------------

@pytest.mark.parametrize("text,lang", [
    ("Israeli aircraft struck Hamas targets in Khan Younis, in response to two rockets launched at Tel Aviv "
     "on Thursday night, the military said.", "en"),
    ("El ejército israelí atacó objetivos de Hamás en Jan Yunis, en respuesta a dos cohetes lanzados anoche "
     "hacia Tel Aviv, informó el ejército.", "es"),
    ("Die israelische Luftwaffe hat als Reaktion auf Raketenangriffe auf Aschkelon Ziele der Hamas in Chan Junis "
     "angegriffen, teilte die Armee mit.", "de"),
])
def test_the_place_a_strike_answered_is_left_out(text, lang):
    ev = event_of(events(text, lang=lang), "ISR")
    assert ev["country"] == "PS" and ev["admin1"] == ["PS-KYS"]


@pytest.mark.parametrize("text,lang", [
    ("L'aviation égyptienne a bombardé Derna en représailles à l'exécution de 21 ouvriers égyptiens par "
     "l'État islamique à Syrte.", "fr"),
    ("Ägyptische Kampfflugzeuge bombardierten Derna als Vergeltung für die Ermordung von 21 Arbeitern durch "
     "den IS in Sirte.", "de"),
])
def test_the_place_of_the_killing_a_raid_avenged_is_left_out(text, lang):
    ev = event_of(events(text, lang=lang), "EGY")
    assert ev["country"] == "LY" and ev["admin1"] == ["LY-DR"]


@pytest.mark.parametrize("text,lang", [
    ("В ответ на обстрел Армия обороны Израиля нанесла удары по целям в Сирии, сообщила пресс-служба армии.", "ru"),
    ("En respuesta al ataque, el ejército israelí bombardeó objetivos en Siria, informó un portavoz militar.", "es"),
])
def test_the_strike_after_a_reaction_phrase_keeps_its_own_place(text, lang):
    ev = event_of(events(text, lang=lang), "ISR")
    assert ev["country"] == "SY"


def test_a_reaction_that_names_only_the_striker_tells_of_its_own_strike():
    # read for Israel, "the Israeli strikes on Hodeidah" that the Houthis answered are Israel's
    found = events("The Houthis said they launched drones at Eilat in response to the Israeli strikes on "
                   "Hodeidah on Monday. Israeli jets struck the port of Hodeidah on Monday, the army said.")
    ev = event_of(found, "ISR")
    assert ev["country"] == "YE" and ev["admin1"] == ["YE-HU"]


# --- a unit hit, named in a sentence after the report, is a place struck ------------------

@pytest.mark.parametrize("text,lang,unit", [
    ("L'armée de l'air ukrainienne a annoncé avoir abattu dix des quinze drones lancés par la Russie pendant la nuit. "
     "Le maire a parlé d'une nuit difficile pour la capitale. Six drones ont été abattus à l'approche de Kiev. "
     "En revanche, des infrastructures dans la région de Soumy ont été touchées, selon le gouverneur.", "fr", "UA-59"),
    ("Ukraine's air force said it shot down ten of fifteen drones launched by Russia overnight. The mayor spoke "
     "of a hard night for the city. Six drones were shot down on their approach to Odesa. Elsewhere, energy "
     "infrastructure in the Kharkiv region was hit, the governor said.", "en", "UA-63"),
    ("La fuerza aérea ucraniana informó de que derribó diez de los quince drones lanzados por Rusia durante la "
     "noche. El alcalde habló de una noche difícil. Seis drones fueron derribados cerca de Odesa. Además, "
     "infraestructuras en la región de Járkov resultaron dañadas, según el gobernador.", "es", "UA-63"),
    ("Die ukrainische Luftwaffe hat nach eigenen Angaben zehn von fünfzehn russischen Drohnen abgeschossen. "
     "Der Bürgermeister sprach von einer schweren Nacht. Sechs Drohnen wurden über Odessa abgeschossen. In der "
     "Region Charkiw wurde die Energieinfrastruktur beschädigt, teilte der Gouverneur mit.", "de", "UA-63"),
])
def test_a_unit_hit_after_an_interception_report_is_kept(text, lang, unit):
    ev = event_of(events(text, lang=lang), "RUS")
    assert ev["country"] == "UA" and ev["admin1"] == [unit]


def test_a_toll_of_another_attack_names_no_unit_struck():
    ev = event_of(events("Bei Luftangriffen auf Kämpfer der Terrormiliz Al-Shabaab in Somalia hat das US-Militär "
                         "Drohnen eingesetzt. Insgesamt wurden bei drei Luftangriffen vier Terroristen getötet. "
                         "Bei dem Anschlag in Mogadischu waren am Samstag 100 Menschen getötet worden.", lang="de"),
                  "USA")
    assert ev["country"] == "SO" and ev["admin1"] == []


# --- "the north of the country": the country named before it --------------------------------

@pytest.mark.parametrize("text,lang", [
    ("L'armée de l'air du Nigeria a annoncé mardi avoir frappé un camp de Boko Haram dans le nord-est du pays.", "fr"),
    ("La Fuerza Aérea de Nigeria bombardeó el martes un campamento de Boko Haram en el noreste del país, "
     "informó el ejército.", "es"),
    ("Nigeria's air force said on Tuesday it struck a Boko Haram camp in the north-east of the country.", "en"),
])
def test_a_part_of_the_country_is_in_the_country_named_before(text, lang):
    ev = event_of(events(text, lang=lang), "NGA")
    assert ev["country"] == "NG" and ev["admin1"] == []


def test_a_part_of_the_country_after_only_the_strikers_adjective_names_no_country():
    found = events("Des avions américains ont bombardé lundi des positions de l'État islamique dans le nord du pays, "
                   "a annoncé le Pentagone.", lang="fr")
    assert [e["actor"] for e in found] == ["USA"] and found[0]["country"] is None


# --- a town of the country whose units the event names is looked up there --------------------

@pytest.mark.parametrize("text,lang", [
    ("Les rebelles houthis au Yémen ont lancé vendredi des drones contre l'aéroport de Jizan et une base aérienne "
     "à Khamis Mushait, selon la coalition.", "fr"),
    ("Los rebeldes hutíes en Yemen lanzaron el viernes drones contra el aeropuerto de Jizán y una base aérea en "
     "Khamis Mushait, según la coalición.", "es"),
    ("The Houthi rebels in Yemen fired drones at the airport of Jizan and at an air base in Khamis Mushait on Friday, "
     "the coalition said.", "en"),
])
def test_a_town_of_the_units_country_keeps_its_unit(text, lang):
    ev = event_of(events(text, lang=lang), "HOUTHI")
    assert ev["country"] == "SA" and set(ev["admin1"]) == {"SA-09", "SA-14"}


# --- more weapons destroyed, after an interception report, were downed, not places struck ----

@pytest.mark.parametrize("text,lang", [
    ("Los sistemas de defensa aérea rusos derribaron durante la noche 20 drones ucranianos sobre regiones rusas, "
     "informó el Ministerio de Defensa. Además, fueron neutralizados 5 drones sobre la provincia de Kursk y 3 sobre "
     "la de Bélgorod.", "es"),
    ("Минобороны России сообщило, что дежурные средства ПВО сбили десять украинских беспилотников. По одному "
     "беспилотнику было уничтожено в Курской и Белгородской областях.", "ru"),
    ("Russian air defences shot down 20 Ukrainian drones overnight, the defence ministry said. Another 5 drones were "
     "destroyed over the Kursk region.", "en"),
])
def test_weapons_destroyed_by_the_count_after_a_shoot_down_give_no_unit(text, lang):
    ev = event_of(events(text, lang=lang), "UKR")
    assert ev["country"] == "RU" and ev["admin1"] == []


def test_a_depot_hit_after_a_shoot_down_keeps_its_unit():
    ev = event_of(events("Минобороны России сообщило, что дежурные средства ПВО сбили десять украинских "
                         "беспилотников. Удар беспилотника повредил склад в Курской области.", lang="ru"), "UKR")
    assert ev["country"] == "RU" and ev["admin1"] == ["RU-KRS"]


# --- a unit named where the strike, named again after the report, took place (session 10) -----

@pytest.mark.parametrize("text,lang,actor,country,unit", [
    ("Des avions syriens ont bombardé lundi des positions rebelles, a rapporté l'agence officielle. "
     "Les bombardements ont eu lieu dans la province d'Idleb, selon l'OSDH.", "fr", "SYR", "SY", "SY-ID"),
    ("L'armée turque a mené samedi des frappes aériennes contre le PKK dans le nord de l'Irak, a indiqué le "
     "ministère. Les frappes se sont déroulées dans la province d'Erbil.", "fr", "TUR", "IQ", "IQ-AR"),
    ("La aviación siria bombardeó el lunes posiciones rebeldes, informó la agencia oficial. El bombardeo tuvo "
     "lugar en la provincia de Hama, según el Observatorio.", "es", "SYR", "SY", "SY-HM"),
    ("El ejército turco llevó a cabo el sábado ataques aéreos contra el PKK en el norte de Irak, informó el "
     "ministerio. Los ataques se produjeron en la provincia de Duhok.", "es", "TUR", "IQ", "IQ-DA"),
])
def test_a_unit_where_the_strike_named_again_took_place_is_struck(text, lang, actor, country, unit):
    ev = event_of(events(text, lang=lang), actor)
    assert ev["country"] == country and ev["admin1"] == [unit]


@pytest.mark.parametrize("text,lang,actor", [
    # the unit of another attack, after a second strike word
    ("L'aviation russe a frappé mardi des positions de l'État islamique en Syrie, a annoncé le ministère. "
     "Les frappes font suite à une attaque contre des soldats dans la province de Hama.", "fr", "RUS"),
    ("Aviones rusos bombardearon el martes posiciones yihadistas en Siria, informó el ministerio. Los ataques "
     "siguen a un ataque con cohetes contra soldados en la provincia de Hama.", "es", "RUS"),
    # a unit before the strike word: where a warning was given
    ("Drones ucranianos atacaron durante la noche territorio ruso, informó el ministerio. En la región de "
     "Vorónezh, el gobernador alertó de un nuevo ataque con drones.", "es", "UKR"),
    ("L'aviation russe a frappé mardi des positions de l'État islamique en Syrie, a annoncé le ministère. "
     "Dans la province de Hama, le gouverneur a mis en garde contre de nouvelles frappes.", "fr", "RUS"),
])
def test_a_unit_of_another_attack_or_of_a_warning_is_not_struck(text, lang, actor):
    assert event_of(events(text, lang=lang), actor)["admin1"] == []


# --- where a weapon or its debris came down, after the report, is a place struck ---------------

@pytest.mark.parametrize("text,lang,unit", [
    ("Вночі росіяни атакували Україну 30 дронами, повідомили Повітряні сили. Уламки збитого дрона впали на "
     "приватний будинок у Полтавській області, повідомив голова ОВА.", "uk", "UA-53"),
    ("Росія атакувала Україну 25 ударними дронами, повідомили Повітряні сили. Уламки одного зі збитих дронів "
     "впали на склад у Вінницькій області.", "uk", "UA-05"),
    ("La Russie a lancé 30 drones contre l'Ukraine pendant la nuit, a indiqué l'armée de l'air ukrainienne. "
     "Des débris d'un drone abattu sont tombés sur une maison dans la région de Poltava.", "fr", "UA-53"),
    ("L'armée russe a attaqué l'Ukraine avec 40 drones, a annoncé l'armée de l'air ukrainienne. Les débris d'un "
     "drone intercepté sont tombés sur un entrepôt dans la région de Vinnytsia, selon le gouverneur.", "fr", "UA-05"),
    ("Russia launched 30 drones at Ukraine overnight, the Ukrainian air force said. Debris from a downed drone "
     "fell on a house in the Poltava region.", "en", "UA-53"),
    ("Ukraine's air force said Russia had launched 40 drones overnight. Debris of an intercepted drone fell on a "
     "warehouse in the Vinnytsia region, the regional governor said.", "en", "UA-05"),
])
def test_a_unit_where_debris_of_a_downed_drone_fell_is_struck(text, lang, unit):
    ev = event_of(events(text, lang=lang), "RUS")
    assert ev["country"] == "UA" and ev["admin1"] == [unit]


@pytest.mark.parametrize("text,lang", [
    ("Вночі росіяни атакували Україну 30 дронами, повідомили Повітряні сили. Десять дронів збили над "
     "Полтавською областю.", "uk"),
    ("La Russie a lancé 30 drones contre l'Ukraine pendant la nuit, a indiqué l'armée de l'air ukrainienne. "
     "Dix drones ont été abattus au-dessus de la région de Poltava.", "fr"),
    ("Ukraine's air force said Russia had launched 40 drones overnight. Most were shot down over the Vinnytsia "
     "region, the regional governor said.", "en"),
])
def test_a_unit_where_drones_were_only_shot_down_is_not_struck(text, lang):
    assert event_of(events(text, lang=lang), "RUS")["admin1"] == []
