"""Rules found by measuring the extractor on the team set's es/de/ru/uk/ar/tr stories: numbers
inside designations and dates, datelines naming a country, place names as written, whose
weapon struck, whose target was hit, the defender speaking, and "May" the month."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2024-05-14T09:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_number_of_a_designation_counts_nothing():
    ev = events("Кроме того, российские самолеты Су-34 нанесли удары по опорным пунктам ВСУ в районе Волчанска, "
                "сообщили в Минобороны России.", lang="ru")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["strikes"] is None and ev[0]["platforms"] == ["Su-34"]


def test_number_of_a_date_counts_nothing():
    ev = events("У ніч на 20 травня противник атакував Україну ударними дронами, повідомили Повітряні сили.",
                lang="uk", published="2024-05-20T08:00:00+00:00")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["strikes"] is None


def test_dateline_with_a_country_is_not_the_strike_day():
    ev = events("LAGOS, Nigeria, Aug 16 - Nigerian Air Force jets struck hideouts of Islamic State "
                "fighters in Borno state on Tuesday, the military said on Wednesday.",
                published="2023-08-16T10:00:00+00:00")
    assert ev[0]["event_date"] == "2023-08-15" and ev[0]["period_start"] == "2023-08-15"


def test_target_is_placed_at_the_name_as_written():
    ev = events("Los aviones rusos destruyeron en Siria un puesto de mando cerca de Mayadín, informó hoy el "
                "Ministerio de Defensa de Rusia.", lang="es", published="2015-10-27T10:00:00+00:00")
    assert [l["name"] for l in ev[0]["locations"]] == ["Al Mayadin"]
    assert ev[0]["targets_hit"] == [{"type": "command_post", "count": 1, "location": "Al Mayadin"}]


def test_the_army_owning_the_aircraft_is_the_striker():
    ev = events("Des avions de combat de l'armée soudanaise ont bombardé lundi des combattants à Nyala, "
                "a affirmé un porte-parole de l'armée.", lang="fr")
    assert [e["actor"] for e in ev] == ["SDN"]


def test_owner_named_after_the_target_is_the_target_group():
    ev = events("Протягом доби авіація Сил оборони уразила пункт управління та склад боєприпасів "
                "окупантів, повідомив Генеральний штаб ЗСУ.", lang="uk")
    assert [e["actor"] for e in ev] == ["UKR"]


def test_defender_reporting_an_interception_is_not_a_striker():
    ev = events("Yemen's Houthi movement said on Tuesday it had fired a ballistic missile at Israeli "
                "military targets in the port city of Eilat overnight.\nThe Israeli military said a "
                "missile launched from Yemen had been intercepted by the Arrow air defence system.",
                published="2024-06-18T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("HOUTHI", "HOUTHI")]


def test_month_may_is_not_a_threat():
    ev = events("NEW DELHI, May 7 - India said its forces struck nine sites in Pakistan early on Wednesday.",
                published="2025-05-07T06:00:00+00:00")
    assert [(e["actor"], e["event_date"]) for e in ev] == [("IND", "2025-05-07")]
    ev = events("On May 7, Indian jets struck a camp near Muzaffarabad, the army said.",
                published="2025-05-08T06:00:00+00:00")
    assert [e["actor"] for e in ev] == ["IND"]
    assert events("Indian jets may strike camps near Muzaffarabad, an official said.") == []


def test_death_verb_subject_is_the_victim():
    assert events("Dos israelíes murieron en un ataque con arma automática en Tel Aviv.", lang="es") == []
    ev = events("Doce milicianos murieron en ataques aéreos rusos cerca de Palmira, informó el "
                "Ministerio de Defensa.", lang="es")
    assert [e["actor"] for e in ev] == ["RUS"]


def test_night_ending_a_named_day_starts_the_day_before():
    ev = events("Die israelische Luftwaffe hat nach Armeeangaben in der Nacht zum Dienstag Ziele der "
                "Hisbollah im Libanon angegriffen.", lang="de", published="2024-04-16T07:00:00+00:00")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-04-16", "2024-04-15")
    ev = events("В ночь на 14 мая российские беспилотники атаковали объекты в Харьковской области, "
                "сообщили Воздушные силы Украины.", lang="ru")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-05-14", "2024-05-13")


def test_exercises_are_no_strikes():
    assert events("Bei dem Nato-Manöver griffen deutsche und amerikanische Kampfjets Stellungen eines "
                  "fiktiven Gegners auf einem Truppenübungsplatz an.", lang="de") == []
    assert events("Des Rafale français ont effectué des frappes simulées sur des cibles fictives lors de "
                  "l'exercice Poker.", lang="fr") == []
    assert events("U.S. B-52 bombers and Japanese jets flew drills with simulated strikes over the sea.") == []


def test_the_speaking_air_force_is_not_the_means():
    ev = events("Russland hat die Ukraine in der Nacht nach Angaben der ukrainischen Luftwaffe mit 40 "
                "Kampfdrohnen angegriffen.", lang="de")
    assert [(e["actor"], e["operation"], e["claimant"], e["target_group"]) for e in ev] == \
        [("RUS", "drone_strike", "UKR", None)]


def test_a_dateline_city_is_no_weapon():
    ev = events("ANKARA (AA) - Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Hakurk bölgesine dün akşam "
                "düzenlenen hava harekâtında terör örgütü PKK'ya ait 17 hedefin imha edildiğini bildirdi.",
                lang="tr", published="2024-01-13T10:00:00+00:00")
    assert [(e["actor"], e["operation"], e["targets"]) for e in ev] == [("TUR", "airstrike", 17)]


def test_declined_russian_and_ukrainian_place_names():
    ev = events("Российские войска поразили склад боеприпасов в районе Часова Яра Донецкой Народной "
                "Республики и пункт управления под Волчанском Харьковской области, сообщили в "
                "Минобороны России.", lang="ru")
    assert [l["name"] for l in ev[0]["locations"]] == ["Chasiv Yar", "Vovchansk"]
    assert sorted(ev[0]["admin1"]) == ["UA-14", "UA-63"]


def test_unknown_names_in_other_scripts_are_not_kept():
    ev = events("Российские самолеты нанесли удары по позициям ВСУ в районе Непонятновки Запорожской "
                "области, сообщили в Минобороны России.", lang="ru")
    assert all(not any("\u0400" <= c <= "\u04ff" for c in l["name"]) for e in ev for l in e["locations"])


def test_a_counted_salvo_shot_down_is_the_launchers_strike():
    ev = events("Средствами противовоздушной обороны за сутки сбиты 12 украинских беспилотников над "
                "Белгородской и Курской областями, добавили в Минобороны России.", lang="ru")
    assert [(e["actor"], e["claimant"], e["operation"], e["country"], e["admin1"]) for e in ev] == \
        [("UKR", "RUS", "drone_strike", "RU", [])]
    ev = events("Russian air defences shot down twelve Ukrainian drones over the Belgorod region "
                "overnight, the ministry said.")
    assert [(e["actor"], e["country"]) for e in ev] == [("UKR", "RU")]
    # one drone downed in passing is no strike report
    assert events("Israeli anti-aircraft guns downed an Iranian drone near Nawa, the observatory said.") == []


def test_air_force_named_after_the_claim_verb_is_the_speaker():
    ev = events("У ніч на 20 травня противник атакував Україну ударними дронами, повідомили Повітряні сили.",
                lang="uk", published="2024-05-20T08:00:00+00:00")
    assert [(e["actor"], e["target_group"], e["claimant"]) for e in ev] == [("RUS", None, "UKR")]


def test_nationality_at_the_end_of_the_sources_name():
    ev = events("Au cours de la journée de mardi, l'armée russe a mené 67 frappes aériennes contre les "
                "positions ukrainiennes, a indiqué l'état-major général des forces armées ukrainiennes.",
                lang="fr", published="2024-03-12T18:00:00+00:00")
    assert [(e["actor"], e["claimant"], e["strikes"]) for e in ev] == [("RUS", "UKR", 67)]


def test_delivered_and_claimed_strikes_french():
    ev = events("L'aviation ukrainienne a porté neuf frappes sur des zones de concentration de personnel "
                "russe, a ajouté l'état-major.", lang="fr")
    assert [(e["actor"], e["strikes"]) for e in ev] == [("UKR", 9)]
    ev = events("Le Jihad islamique a revendiqué dans un communiqué le lancement d'une salve de roquettes "
                "vers Sdérot.", lang="fr")
    assert [(e["actor"], e["claimant"], e["operation"]) for e in ev] == [("PIJ", "PIJ", "artillery")]


def test_the_country_attacked_is_a_place_not_a_group():
    ev = events("La Russie a lancé dans la nuit une quarantaine de drones Shahed contre l'Ukraine, a indiqué "
                "l'armée de l'air ukrainienne.", lang="fr")
    assert [(e["actor"], e["target_group"], e["claimant"]) for e in ev] == [("RUS", None, "UKR")]
    ev = events("Russian jets hit targets in Syria's Idlib province, the ministry said.")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("RUS", None)]


def test_a_states_ministry_named_by_possessive():
    ev = events("Israeli jets hit an army depot near Damascus on Friday, Syria's defence ministry said.",
                published="2021-09-03T07:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("ISR", "SYR")]


def test_a_reference_point_is_not_a_place_struck():
    ev = events("Israeli jets carried out an air attack on targets south of Damascus on Friday, hitting an "
                "ammunition depot in al-Kiswah, Syria's defence ministry said.")
    assert ev[0]["admin1"] == ["SY-RD"]
    ev = events("Les avions israéliens ont frappé un dépôt au sud de Damas, a annoncé l'armée israélienne.", lang="fr")
    assert ev[0]["admin1"] == [] and ev[0]["locations"] == []
    # "the north of" names a region struck, not a reference
    ev = events("Israeli jets struck Hamas sites in the north of Gaza overnight, the IDF said.")
    assert ev[0]["country"] == "PS"


def test_killed_count_before_a_passive_kill_verb():
    ev = events("Two Hamas commanders were killed in Israeli drone strikes in Rafah overnight, the IDF said.")
    assert [(e["actor"], e["killed"]) for e in ev] == [("ISR", 2)]
    ev = events("Trois terroristes ont été tués dans des frappes françaises près de Gao, a indiqué "
                "l'état-major.", lang="fr")
    assert [(e["actor"], e["killed"]) for e in ev] == [("FRA", 3)]
    ev = events("Israeli strikes hit Rafah overnight, the IDF said, and about 20 Hamas fighters were killed.")
    assert ev[0]["killed"] is None


def test_air_defence_struck_is_no_interception():
    ev = events("L'aviation ukrainienne a porté deux frappes sur des systèmes de défense antiaérienne russes, "
                "a ajouté l'état-major ukrainien.", lang="fr")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("UKR", "UKR")]


def test_the_subject_of_the_triggers_own_clause():
    ev = events("Ces raids répondent aux tirs de roquettes de mardi vers le sud d'Israël : le Jihad islamique "
                "avait revendiqué dans un communiqué le lancement d'une salve de roquettes vers Sdérot.",
                lang="fr")
    assert [e["actor"] for e in ev] == ["PIJ"]


def test_spanish_and_german_name_more_states_and_groups():
    ev = events("Aviones de la coalición liderada por Arabia Saudí bombardearon el domingo posiciones de "
                "los hutíes en la provincia de Saná.", lang="es")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("SAU", "HOUTHI")]
    ev = events("Britische Kampfjets griffen am Montag Stellungen der Huthi-Miliz im Jemen an, teilte das "
                "Verteidigungsministerium mit.", lang="de")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("GBR", "HOUTHI")]


def test_the_sources_seat_is_not_a_place_struck():
    ev = events("Die türkische Luftwaffe hat am Sonntag 17 Ziele der PKK im Nordirak zerstört, wie das "
                "Verteidigungsministerium in Ankara mitteilte.", lang="de")
    assert [(e["actor"], e["target_group"], e["targets"], e["country"], e["locations"]) for e in ev] == \
        [("TUR", "PKK", 17, "IQ", [])]
    ev = events("Israeli jets struck positions of the Syrian army in Quneitra, the IDF said.")
    assert [l["name"] for l in ev[0]["locations"]] == ["Quneitra"]


def test_turkish_belonging_to_marks_the_target_group():
    ev = events("Türk Silahlı Kuvvetleri, Suriye'nin kuzeyindeki Tel Rıfat bölgesinde PKK/YPG'ye ait 12 "
                "hedefi vurdu.", lang="tr")
    assert [(e["actor"], e["target_group"], e["targets"]) for e in ev] == [("TUR", "PKK", 12)]


def test_number_words_spanish_german_french():
    ev = events("La aviación rusa llevó a cabo veintidós salidas en las últimas 48 horas y destruyó treinta y "
                "cuatro objetivos del Estado Islámico, informó el Ministerio de Defensa.", lang="es")
    assert (ev[0]["sorties"], ev[0]["targets"]) == (22, 34)
    ev = events("Die russische Luftwaffe hat nach Angaben des Verteidigungsministeriums in Moskau binnen 24 "
                "Stunden zweiundzwanzig Einsätze geflogen und 55 Ziele zerstört.", lang="de")
    assert (ev[0]["sorties"], ev[0]["targets"], ev[0]["claimant"], ev[0]["locations"]) == (22, 55, "RUS", [])
    assert ev[0]["period_start"] == "2024-05-13"
    ev = events("L'armée de l'air israélienne a frappé quatre-vingts cibles du Hamas à Gaza dans la nuit de "
                "samedi à dimanche, a indiqué dimanche Tsahal.", lang="fr")
    assert (ev[0]["targets"], ev[0]["claimant"]) == (80, "ISR")


def test_the_striking_state_is_not_the_country_struck():
    ev = events("وقال التحالف بقيادة الولايات المتحدة إن قواته نفذت 11 ضربة جوية ضد تنظيم داعش في سوريا يوم الأحد.",
                lang="ar")
    assert [(e["actor"], e["strikes"]) for e in ev] == [("COALITION", 11)]
    ev = events("Russia launched 30 drones at Odesa overnight, Ukraine's air force said.")
    assert ev[0]["country"] == "UA"


def test_a_village_is_the_namesake_near_the_town_named_with_it():
    ev = events("Des missiles Kalibr ont visé une base de carburants à proximité du village de Kalinovka, "
                "près de Kiev, a déclaré le porte-parole du ministère russe de la Défense.", lang="fr")
    names = {l["name"]: l["admin1"] for l in ev[0]["locations"]}
    assert names.get("Kalynivka") == "UA-32"
    assert "UA-05" not in ev[0]["admin1"]


def test_wounded_by_a_groups_drone_attack():
    ev = events("A Hezbollah drone attack on an Israeli army post near Metula wounded two soldiers on Sunday, "
                "the Israeli military said.")
    assert [(e["actor"], e["operation"], e["country"]) for e in ev] == [("HEZBOLLAH", "drone_strike", "IL")]
    # a toll after another actor's report does not carry that report to a new place
    ev = events("Hezbollah fired rockets at Metula on Sunday, the group said.\nTwo people were wounded in "
                "the Baalbek raid, the state news agency said.")
    assert [(e["actor"], e["admin1"]) for e in ev] == [("HEZBOLLAH", ["IL-Z"])]


def test_rescuers_are_other_sources_and_camps_are_places():
    ev = events("Fuerzas israelíes bombardearon este martes el campamento de refugiados de Nuseirat, en el "
                "centro de Gaza, según la Defensa Civil palestina.", lang="es")
    assert [(e["actor"], e["claimant"], e["country"]) for e in ev] == [("ISR", "OTHER", "PS")]
    assert len(ev[0]["locations"]) == 1
