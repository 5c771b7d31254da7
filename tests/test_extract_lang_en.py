"""English wire-copy constructions, each read from a sentence the team wrote: interception
reports that name the launcher as an agent, passive reports whose only striker is the military
body reporting them, headline lists of strikers, monitors' names for a side, and sources that
report strikes on their own side."""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, events, one


# A person's name is no place struck: a name with an apposition naming a role ("killed Ali
# Saleh, a Hezbollah commander"), a name a claim verb follows ("..., Ivan Petrenko said"), or
# a name right after the settlement noun an official's title governs ("mayor of the city Ivan
# Petrenko") is a person's (locate._person_named). Places beside a speaker's apposition stay.

def _places(ev):
    return [l["name"] for l in ev["locations"]]


@pytest.mark.parametrize("text,place,person", [
    ("Israeli aircraft struck and killed Hassan Mahmoud Darwish, a Hezbollah commander, in the Bint Jbeil "
     "area, the army said on Monday.", "Bint Jbeil", "Hassan Mahmoud Darwish"),
    ("On Sunday, Israeli forces killed Khaled Nasser, a Hamas operative, during a raid in Tulkarm, and jets "
     "struck a Hamas weapons depot in Khan Younis, the army said.", "Tulkarm", "Khaled Nasser"),
    ("The Israeli military said its drone eliminated Ali Hussein Saleh, the commander of Hezbollah's western "
     "sector, near Tyre.", "Tyre", "Ali Hussein Saleh"),
    ("At least three people were killed in a Russian missile attack on Sumy on Tuesday morning, acting mayor "
     "of the city Artem Kobzar said.", "Sumy", "Artem Kobzar"),
    ("Two people were wounded when Russian drones struck Poltava overnight, the head of the city Ivan "
     "Petrenko said.", "Poltava", "Ivan Petrenko"),
])
def test_a_person_named_beside_the_strike_is_no_place(text, place, person):
    ev = one(text)
    assert place in _places(ev) and person not in _places(ev)


@pytest.mark.parametrize("text,place", [
    ("Israeli aircraft struck a building in Kfar Tibnita, the mayor of the town said on Monday.", "Kfar Tebnit"),
    ("Russian shelling hit the village of Zelenyi Hayok, a local official said.", "Zelenyi Hayok"),
    ("Russian drones struck the town of Novopetrivka overnight, governor Ivan Fedorov said.", "Novopetrivka"),
    ("The Nigerian Air Force carried out air strikes in Tumbun Gini, according to its spokesman.", "Tumbun Gini"),
])
def test_a_place_before_a_speaker_stays_a_place(text, place):
    assert _places(one(text)) == [place]


# Where the other side's fire came down in the striker's own country is no place it struck
# ("Israeli jets struck Khiam ... An anti-tank missile fired from Lebanon hit a house in
# Kiryat Shmona"). Seen in real5 (Metula), real13 (Eshkol), real19 ("southern Israel" -> IL-D).
# A rule on the striker's own country's namesakes everywhere dropped true places abroad
# (Derik, Ramiya, Fayzabad, Abbaspur); it holds only in a sentence whose origin phrase names
# another country than the striker's ("fired from Lebanon": locate._incoming_country). With
# no launcher named, the attack's place still joins the event.
@pytest.mark.parametrize("text,place", [
    pytest.param("Israeli aircraft struck Hezbollah sites near Khiam, the army said. Earlier, an anti-tank missile "
                 "fired from Lebanon hit a house in Kiryat Shmona.", "Khiam"),
    pytest.param("Israeli aircraft struck Hamas positions in Khan Younis, the army said. A rocket fired from Gaza "
                 "hit a house in Sderot on Tuesday.", "Khan Yunis"),
    pytest.param("Israeli jets struck Hezbollah targets in the area of Aitaroun overnight, the army said. As a result "
                 "of an anti-tank missile attack in the area of Metula, two soldiers were injured, the army added.",
                 "Aitaroun",
                 marks=pytest.mark.xfail(strict=True, reason="an attack on the striker's soldiers, no launcher "
                                                             "named: its place joins the Israeli event")),
])
def test_where_incoming_fire_fell_is_no_place_struck(text, place):
    assert _places(one(text)) == [place]


# interception reports: the launcher named as the agent of "launched"

def test_drones_launched_by_a_side_and_shot_down_are_its_strike():
    ev = one("Ukraine's air force said it shot down 31 of the 52 drones launched by Russia overnight.")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR" and ev["operation"] == "drone_strike"


def test_missile_launched_by_a_group_intercepted_is_claimed_by_the_defender():
    ev = one("The Israeli army said it intercepted a missile launched by the Houthis from Yemen on Monday.")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "ISR"


def test_passive_interception_with_the_launcher_as_agent():
    ev = one("Three drones launched by Hezbollah were intercepted near the border, the Israeli military said.")
    assert ev["actor"] == "HEZBOLLAH" and ev["claimant"] == "ISR"


def test_led_by_is_no_agent_of_a_strike():
    ev = events("The coalition led by the United States struck four ISIS targets near Raqqa on Monday.")
    assert actors(ev) == ["COALITION"]


# passive reports: the reporting military body is the striker

def test_passive_report_with_only_the_ministry_as_striker():
    ev = one("Nine PKK targets were destroyed in air operations in northern Iraq, the Turkish defence "
             "ministry said on Monday.")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK" and ev["targets"] == 9
    assert ev["claimant"] == "TUR" and ev["event_date"] == "2024-05-13"


def test_passive_report_with_the_military_named_after_it():
    ev = one("Hezbollah launch sites in southern Lebanon were struck overnight, the Israeli military said.")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH" and ev["country"] == "LB"


def test_a_side_reporting_an_attack_on_its_own_base_strikes_nothing():
    assert events("Its air base was attacked overnight, the Russian defence ministry said.") == []


# several strikers in a headline's list

def test_headline_comma_list_of_strikers():
    ev = events("US, UK warplanes hit Houthi sites near Hodeidah on Monday, the group's television said.")
    assert actors(ev) == ["GBR", "USA"]


def test_a_comma_far_from_the_verb_joins_no_strikers():
    ev = events("Russia, a close ally of Iran since the war began, struck targets near Idlib on Monday.")
    assert actors(ev) == ["RUS"]


# a monitor's name for the Syrian government's forces

def test_regime_forces_are_the_syrian_government():
    ev = one("Regime forces shelled the town of Kafr Nabl in southern Idlib on Monday, the Syrian "
             "Observatory for Human Rights said.")
    assert ev["actor"] == "SYR" and ev["operation"] == "artillery" and ev["claimant"] == "OTHER"


def test_regime_warplanes_bombed():
    ev = one("Regime warplanes bombed the outskirts of Ariha on Monday, activists said.")
    assert ev["actor"] == "SYR" and ev["operation"] == "airstrike"


# sources reporting strikes on their own side

def test_a_health_ministry_is_no_claim_of_the_striker():
    ev = one("At least 12 people were killed in Israeli strikes across Gaza on Monday, the health "
             "ministry said.")
    assert ev["actor"] == "ISR" and ev["claimant"] == "OTHER"


def test_interception_over_a_country_s_regions_gives_the_country():
    ev = one("Air defence systems intercepted and destroyed 44 Ukrainian drones over Russian regions "
             "overnight, the Russian Defence Ministry said.")
    assert ev["actor"] == "UKR" and ev["country"] == "RU" and ev["claimant"] == "RUS"


# whose target: a target's name that holds a source word

def test_a_command_centre_is_a_target_not_a_speaking_command():
    ev = one("The IDF said fighter jets struck a Hamas command centre in Khan Younis overnight.")
    assert ev["target_group"] == "HAMAS" and ev["claimant"] == "ISR"


# the attribution after the report speaks

def test_residents_after_the_report_are_the_source_not_the_coalition_named_as_striker():
    ev = one("Saudi-led coalition warplanes bombed Houthi camps near Saada on Monday, residents said.")
    assert ev["actor"] == "SAU" and ev["claimant"] == "OTHER"


def test_an_agency_citing_the_ministry_is_the_ministry_s_claim():
    ev = one("Turkish jets hit 11 PKK targets in northern Iraq, Reuters reported, citing the Turkish "
             "defence ministry.")
    assert ev["claimant"] == "TUR"


# places: regions deep inside Russia, a city that is its governorate, debris after an interception

def test_regions_deep_inside_russia_are_first_level_units():
    ev = one("Ukraine's military said on Monday it had struck an oil refinery in the Samara region.")
    assert ev["actor"] == "UKR" and ev["country"] == "RU" and ev["admin1"] == ["RU-SAM"]


def test_gaza_city_is_both_a_location_and_its_governorate():
    ev = one("Israeli aircraft struck gunmen in Gaza City on Monday, the military said.")
    assert [l["name"] for l in ev["locations"]] == ["Gaza City"] and ev["admin1"] == ["PS-GZA"]


def test_debris_damage_after_an_interception_places_the_event():
    ev = one("Ukraine's air force said Russia launched 61 drones overnight, 45 of which were shot down. "
             "Falling debris damaged two houses in the Kyiv region, the governor said.")
    assert ev["actor"] == "RUS" and ev["admin1"] == ["UA-32"]
    assert [t["type"] for t in ev["targets_hit"]] == ["building"]


def test_a_region_where_drones_were_only_shot_down_is_no_place_struck():
    ev = one("Ukraine's air force said Russia launched 61 drones overnight, 45 of which were shot down "
             "over the Kyiv region.")
    assert ev["admin1"] == []


# who made a weapon, and a target named after the strike in reported speech

def test_the_maker_of_the_striker_s_weapon_is_no_target_group():
    ev = one("Ukrainian forces fired five U.S.-made ATACMS missiles at the Kursk region overnight, the "
             "Russian Defence Ministry said.")
    assert ev["actor"] == "UKR" and ev["target_group"] is None and ev["platforms"] == ["ATACMS"]


def test_an_owner_adjective_after_the_strike_in_reported_speech_is_the_target_group():
    ev = one("Russia's defence ministry said its forces had struck Ukrainian military airfields and "
             "drone depots overnight.")
    assert ev["actor"] == "RUS" and ev["target_group"] == "UKR"


# a compound naming the launcher, and a follow-up of a report with two strikers

def test_drones_named_by_their_launcher_in_a_compound_are_its_strike():
    ev = one("Ukraine shot down all seven Russia-launched drones during an overnight attack, the "
             "country's air force said on Tuesday.")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR" and ev["operation"] == "drone_strike"


def test_a_follow_up_sentence_details_both_strikers_of_a_joint_report():
    ev = events("US and British warplanes launched fresh airstrikes on Houthi sites in Yemen on Monday, "
                "the group said. Three airstrikes targeted the Bajil district of Hodeidah province, its "
                "television reported.")
    assert actors(ev) == ["GBR", "USA"]
    assert all(e["strikes"] == 3 and e["admin1"] == ["YE-HU"] for e in ev)


def test_the_state_that_shot_the_weapons_down_speaks_for_its_military():
    ev = one("Israel intercepted three Houthi-fired missiles over the Negev on Monday, the military said.")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "ISR"


def test_a_count_heading_a_sentence_is_no_place_name():
    ev = one("Several villages in Jabal al-Zawiyah were shelled by Syrian army artillery on Monday, "
             "activists said.")
    assert "Several" not in [l["name"] for l in ev["locations"]]


# coalition identity: "U.S. and coalition forces" is the coalition, not two strikers

def test_us_and_coalition_forces_are_the_coalition():
    ev = one("U.S. and coalition aircraft conducted nine strikes against ISIS near Mosul on Monday, "
             "task force officials said.")
    assert ev["actor"] == "COALITION" and ev["strikes"] == 9


def test_us_and_british_aircraft_stay_two_strikers():
    ev = events("US and British aircraft struck Houthi radar sites near Hodeidah on Monday.")
    assert actors(ev) == ["GBR", "USA"]


# south Lebanon: the region is no governorate; the border villages carry their own

def test_southern_lebanon_alone_names_no_governorate():
    ev = one("Israeli jets struck Hezbollah rocket launchers in southern Lebanon overnight, the army said.")
    assert ev["country"] == "LB" and ev["admin1"] == []


def test_border_villages_of_south_lebanon_give_their_governorates():
    ev = one("Israeli warplanes hit Hezbollah sites in Khiam and Marwahin in southern Lebanon on "
             "Monday, the army said.")
    assert sorted(ev["admin1"]) == ["LB-JA", "LB-NA"]
    assert sorted(l["name"] for l in ev["locations"]) == ["Khiam", "Marwahin"]


# a fronted purpose clause ("To degrade al-Shabaab, U.S. forces ...") holds no striker

def test_a_group_in_a_fronted_purpose_clause_is_no_striker():
    ev = events("To support the government's efforts to degrade al-Shabaab, U.S. forces conducted an "
                "airstrike near Jilib on Monday.")
    assert actors(ev) == ["USA"] and ev[0]["strikes"] == 1


def test_a_list_of_strikers_after_a_dateline_still_counts():
    ev = events("SANAA, May 13 (Reuters) - US, UK warplanes hit Houthi sites near Hodeidah on Monday.")
    assert actors(ev) == ["GBR", "USA"]


# a capital's possessive on a state's forces or ministry names the state, not a place struck

def test_kyiv_s_air_force_speaks_for_ukraine_and_is_no_place_struck():
    ev = one("Russia launched 18 drones at Ukraine overnight, Kyiv's air force said on Thursday.")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR" and ev["admin1"] == []


def test_moscow_s_forces_strike_for_russia():
    ev = one("Moscow's forces struck a Ukrainian fuel depot near Odesa overnight, officials said.")
    assert ev["actor"] == "RUS" and ev["admin1"] == ["UA-51"]


def test_the_capital_named_alone_is_still_a_place_struck():
    ev = one("Russian missiles hit Kyiv overnight, Ukraine's air force said.")
    assert ev["admin1"] == ["UA-30"] and ev["claimant"] == "UKR"


# a command's assessment is its claim; a training compound is a training camp

def test_a_command_assessing_the_toll_makes_the_claim():
    ev = one("U.S. forces conducted an airstrike against al-Shabaab near Jilib on Sunday. U.S. Africa "
             "Command currently assesses the airstrike killed two militants.")
    assert ev["claimant"] == "USA" and ev["killed"] == 2


def test_a_training_compound_is_a_training_camp():
    ev = one("Iranian missiles hit the group's training compound near Erbil on Saturday, the IRGC said.")
    assert [t["type"] for t in ev["targets_hit"]] == ["training_camp"]


# a later sentence naming the strike again with where it "took place"; a number before a
# preposition counts nothing after it

def test_the_attack_took_place_in_a_town_places_the_event():
    ev = one("Iranian missiles hit the headquarters of a Kurdish group in northern Iraq on Saturday, "
             "the IRGC said. The attack took place in Koysinjaq, east of Erbil.")
    assert ev["admin1"] == ["IQ-AR"] and ev["country"] == "IQ"


def test_one_missile_during_overnight_strikes_counts_no_strike():
    ev = one("Ukraine's air force said it shot down 16 of 18 drones launched by Russia as well as one "
             "missile during overnight strikes.")
    assert ev["actor"] == "RUS" and ev["strikes"] is None


# the Russian defence ministry's English tallies: a type word between the owner and the drones
# ("aircraft-type", "fixed-wing" UAVs), and "this past night"

def test_aircraft_type_drones_shot_down_are_the_owners_strike():
    ev = one("Air defence systems on duty intercepted and destroyed 58 Ukrainian aircraft-type unmanned "
             "aerial vehicles, the defence ministry in Moscow said on Tuesday.")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS" and ev["operation"] == "drone_strike"


def test_fixed_wing_drones_downed_over_regions_name_no_unit():
    ev = one("Russian air defences downed 23 Ukrainian fixed-wing UAVs over the Kursk and Oryol regions, "
             "the ministry said.")
    assert ev["actor"] == "UKR" and ev["country"] == "RU" and ev["admin1"] == []


def test_this_past_night_is_the_night_before_the_announcement():
    ev = one("This past night, Russian drones struck an energy facility in the Odesa region, the "
             "Ukrainian air force said.")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-13", "2024-05-14")
    ev = one("Israeli jets hit Hezbollah sites near Tyre this past night, the army said.")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-13", "2024-05-14")


# a monitor's "countryside of X": the first-level unit, even beside a namesake of another country

def test_countryside_of_a_province_is_the_province_beside_a_namesake():
    # "Jabal al-Zawiyah" is also the name of a Libyan district: the Syrian unit must stay
    ev = one("Russian warplanes carried out three raids on Jabal al-Zawiyah in the southern countryside "
             "of Idlib on Monday, activists said.")
    assert ev["admin1"] == ["SY-ID"] and ev["country"] == "SY"


def test_countryside_of_a_province_names_no_seat_town():
    ev = one("Regime artillery shelled villages in the western countryside of Hama overnight, the "
             "Syrian Observatory said.")
    assert ev["admin1"] == ["SY-HM"] and ev["locations"] == []


# a monitor quoted on one side's strike is the source of the other strikes of its report

def test_a_monitor_quoted_on_the_regime_is_the_source_of_the_russian_raids():
    found = events("Russian jets carried out three raids on Maarat al-Numan on Sunday. Earlier, SOHR "
                   "activists reported that regime artillery shelled the outskirts of Saraqib.")
    assert {e["actor"]: e["claimant"] for e in found} == {"RUS": "OTHER", "SYR": "OTHER"}


def test_a_monitor_at_the_end_of_the_report_sources_the_first_strike_too():
    found = events("Turkish drones struck a village near Kobani on Friday. SDF fighters later shelled "
                   "a base near Jarablus, the Syrian Observatory for Human Rights said.")
    assert next(e for e in found if e["actor"] == "TUR")["claimant"] == "OTHER"


def test_a_health_ministry_on_one_strike_is_no_source_of_another_sides_strike():
    found = events("Israeli jets struck a house in Rafah on Monday. Hamas fired rockets at Ashkelon, "
                   "the health ministry said.")
    assert next(e for e in found if e["actor"] == "ISR")["claimant"] is None


# a group's full name restated by its acronym in brackets between the toll and the fighters

def test_killed_fighters_after_a_long_group_name_and_its_acronym():
    ev = one("The Nigerian Air Force said it killed 25 Islamic State West Africa Province (ISWAP) "
             "fighters in airstrikes in Borno state on Sunday.")
    assert ev["killed"] == 25 and ev["target_group"] == "ISIS"
    ev = one("Turkish jets killed 11 Kurdistan Workers' Party (PKK) militants in northern Iraq, the "
             "defence ministry said on Monday.")
    assert ev["killed"] == 11 and ev["target_group"] == "PKK"
    # the group's coded name hyphened to the rest of the full name
    ev = one("Nigerian jets killed 18 Islamic State-West Africa Province (ISWAP) fighters near Lake "
             "Chad on Friday, the air force said.")
    assert ev["killed"] == 18


# a missile that exploded; a named airport the gazetteer holds, owned by the city before it

def test_a_sides_missile_that_exploded_near_a_place_is_its_strike():
    ev = one("A Houthi ballistic missile exploded near Ben Gurion international airport on Sunday, "
             "the Israeli military said.")
    assert ev["actor"] == "HOUTHI" and ev["country"] == "IL" and ev["admin1"] == ["IL-M"]
    assert [loc["name"] for loc in ev["locations"]] == ["Ben Gurion Airport"]


def test_the_city_owning_an_airport_only_locates_it():
    ev = one("The Houthis said they fired a hypersonic missile at Tel Aviv's Ben Gurion airport on "
             "Saturday.")
    assert ev["admin1"] == ["IL-M"] and [loc["name"] for loc in ev["locations"]] == ["Ben Gurion Airport"]


def test_a_unit_city_owning_an_airport_the_gazetteer_lacks_keeps_its_unit():
    ev = one("Russian missiles struck Kyiv's Zhuliany airport overnight, the mayor said.")
    assert ev["admin1"] == ["UA-30"]


# a country's adjective before a place name is no part of the name

def test_a_country_adjective_before_a_unit_name_makes_no_locality():
    ev = one("Israeli jets pounded targets in the Yemeni Hodeida governorate on Monday.")
    assert ev["admin1"] == ["YE-HU"] and ev["locations"] == []
    ev = one("Israeli drones hit a car in the Lebanese Nabatieh governorate on Sunday.")
    assert ev["admin1"] == ["LB-NA"] and ev["locations"] == []


# "air interdiction": the Nigerian Air Force's word for its strikes

def test_interdictions_carried_out_on_dates_give_the_period():
    ev = one("The Nigerian Air Force said on Tuesday that its jets had destroyed an ISWAP camp in Borno "
             "State. The interdictions were carried out on May 9 and May 12.")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-09", "2024-05-12")


def test_air_interdiction_missions_near_a_town_are_airstrikes():
    ev = one("Nigerian Air Force jets carried out air interdiction missions on bandit hideouts near "
             "Tsafe in Zamfara State on Sunday.")
    assert ev["actor"] == "NGA" and ev["operation"] == "airstrike" and ev["admin1"] == ["NG-ZA"]


def test_regime_drones_are_the_syrian_governments():
    ev = one("Regime drones attacked HTS positions near Sarmin on Monday, SOHR activists said.")
    assert ev["actor"] == "SYR" and ev["operation"] == "drone_strike" and ev["claimant"] == "OTHER"
    ev = one("Two regime drones struck a checkpoint outside Darat Izza overnight, activists said.")
    assert ev["actor"] == "SYR" and ev["operation"] == "drone_strike"


# a strike type named alone in the plural ("two RAF Typhoons", "French Rafales", "US Reapers"):
# the type of every one of them (session 21, r19-en)

def test_plural_aircraft_type_names_are_platforms():
    ev = one("Two RAF Typhoons struck a Daesh hideout near Kirkuk on Friday, the Ministry of Defence said.")
    assert ev["actor"] == "GBR" and ev["platforms"] == ["Typhoon"] and ev["operation"] == "airstrike"
    ev = one("French Rafales struck an Islamic State depot near Hajin on Monday, the French army said.")
    assert ev["actor"] == "FRA" and ev["platforms"] == ["Rafale"]
    ev = one("RAF Tornadoes and Typhoons struck an Islamic State command post near Raqqa on Sunday.")
    assert sorted(ev["platforms"]) == ["Tornado", "Typhoon"]


def test_plural_jets_named_before_a_drone_keep_the_airstrike():
    ev = one("RAF Typhoons and a Reaper destroyed a Daesh-held building west of Tuz Khurma, the MoD said.")
    assert ev["operation"] == "airstrike" and sorted(ev["platforms"]) == ["MQ-9", "Typhoon"]


def test_plural_drone_and_missile_type_names_are_platforms():
    ev = one("US Reapers struck two al-Shabaab vehicles near Jilib on Monday, AFRICOM said.")
    assert ev["platforms"] == ["MQ-9"] and ev["operation"] == "drone_strike"
    ev = one("Russian Lancets destroyed three Ukrainian howitzers near Kupiansk, the Russian defence ministry said.")
    assert ev["platforms"] == ["Lancet"] and ev["operation"] == "drone_strike"
    ev = one("Russia fired four Iskanders and six Kalibrs at Odesa overnight, Ukraine's air force said.")
    assert sorted(ev["platforms"]) == ["Iskander", "Kalibr"] and ev["operation"] == "missile_strike"


def test_a_lower_case_weather_word_is_no_platform():
    ev = one("Russian jets struck militant camps near Idlib on Monday as typhoons and tornadoes hit Asia, "
             "the ministry said.")
    assert ev["platforms"] == []


# "refuting allegations": a verb of refuting before the charge it answers is a denial, and the
# accusation it answers is no report (CONVENTIONS: denials) (session 21, r19-en)

def test_refuting_allegations_is_a_denial():
    assert events("The United States is refuting allegations the coalition it leads bombed a Syrian army "
                  "post in Hasakah province. Syrian state media reported that two coalition jets fired six "
                  "rockets at the post on Monday, killing two soldiers. A coalition spokesman said the "
                  "report was false.") == []
    assert events("Washington refutes claims that its drones struck a wedding convoy near Rada'a.") == []
    assert events("Moscow is refuting accusations that its aircraft hit a hospital in Maarat al-Numan, "
                  "the defence ministry said.") == []


def test_refuting_a_charge_of_civilian_harm_leaves_the_strike():
    ev = one("Russian jets struck militant depots near Idlib on Monday, the ministry said, refuting reports "
             "that civilians were hit.")
    assert ev["actor"] == "RUS"


# a speaker after a comma with its claim verb is no later item of a list of places
# (session 21, r19-en: locate._claim_verb_after)

def test_the_ministry_after_a_place_and_a_comma_is_the_speaker():
    ev = one("Russian jets struck a fuel depot near Saraqib, the Ministry of Defence said on Monday.")
    assert [loc["name"] for loc in ev["locations"]] == ["Saraqib"] and ev["admin1"] == ["SY-ID"]
    ev = one("RAF Tornadoes and Typhoons struck an Islamic State command post near Raqqa, the Ministry "
             "of Defence said.")
    assert [loc["name"] for loc in ev["locations"]] == ["Raqqa"]


def test_a_list_of_places_before_its_speaker_keeps_every_place():
    ev = one("Turkish jets hit PKK shelters in Gara, Hakurk and Zap, the National Defence Ministry said "
             "on Monday.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Gara", "Hakurk", "Zap"]
    ev = one("Israeli jets struck Hezbollah sites in Aitaroun, Houla, and Markaba, the Israel Defense "
             "Forces said.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Aitaroun", "Houla", "Markaba"]


# a headline in title case capitalises every word: a capitalised run of it that the gazetteer
# lacks is no place (session 21, r19-en: meta title_case_headlines, locate._title_case_line)

def test_title_case_headline_words_are_no_places():
    ev = one("Russian Forces Launch 14 Strikes at Ukrainian Targets in One Week\n\nRussian forces "
             "launched 14 strikes at Ukrainian military airfields over the past week, the Russian "
             "defence ministry said on Friday.")
    assert ev["locations"] == []
    ev = one("US Airstrike in Somalia Kills At Least Four Militants\n\nThe US military said on Monday "
             "that an airstrike near Jilib killed four al-Shabaab fighters.")
    assert [loc["name"] for loc in ev["locations"]] == ["Jilib"]
    ev = one("Israeli Jets Strike Targets in Gaza Wednesday\n\nIsraeli jets struck Hamas targets in Gaza "
             "on Wednesday, the army said.")
    assert ev["locations"] == []


def test_title_case_headline_keeps_a_place_the_gazetteer_knows():
    ev = one("Turkish Jets Hit PKK Shelters in Northern Iraq's Hakurk Region\n\nTurkish jets destroyed "
             "five PKK shelters in northern Iraq, the defence ministry said on Monday.")
    assert [loc["name"] for loc in ev["locations"]] == ["Hakurk"] and ev["admin1"] == ["IQ-AR"]


def test_unknown_names_in_a_sentence_case_line_stay_places():
    ev = one("Israeli jets struck Hezbollah sites in Aitaroun, Houla, and Markaba on Monday, the army said.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Aitaroun", "Houla", "Markaba"]


# a list of names opened after a settlement noun ("in several areas of southern Lebanon,
# including A, B and C", "among them"): the localities of that noun (session 21, r19-en:
# places.list_openers)

def test_places_listed_after_including_are_localities():
    ev = one("Israeli jets struck Hezbollah sites in several areas of southern Lebanon, including "
             "Aitaroun, Houla and Markaba, the army said.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Aitaroun", "Houla", "Markaba"]
    assert ev["admin1"] == ["LB-NA"]
    ev = one("The IDF said its jets hit Hezbollah launchers in a number of villages, among them Aitaroun "
             "and Markaba.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Aitaroun", "Markaba"]


def test_places_listed_in_a_later_sentence_of_the_report():
    ev = one("Israel struck Hezbollah targets in southern Lebanon, the IDF said. According to the IDF, "
             "strikes were delivered on Hezbollah structures in several villages including Blida, "
             "Houla, and Khiam.")
    assert sorted(loc["name"] for loc in ev["locations"]) == ["Blida", "Houla", "Khiam"]


def test_people_listed_after_including_are_no_places():
    ev = one("Russian jets struck militant camps near Idlib, killing 12 fighters, including commander "
             "Abu Khalid, the ministry said.")
    assert [loc["name"] for loc in ev["locations"]] == ["Idlib"]


# "Since the start of the war, Moscow has launched thousands of drones": a campaign summary, no
# report (ANNOTATING: a generic summary of a campaign is not an event); the type a later
# sentence says the night's drones were launched as still is the report's (session 21, r19-en)

def test_a_summary_since_the_start_of_the_war_is_no_report():
    assert events("Since the start of the war, Moscow has launched thousands of drones into Ukraine.") == []
    assert events("Since the beginning of the invasion, Russia has fired more than 9,000 missiles at "
                  "Ukrainian cities.") == []


def test_the_type_of_the_drones_launched_is_read_past_a_campaign_summary():
    ev = one("Ukraine's air force said on Saturday Russia launched 45 drones overnight, 40 of which it "
             "shot down.\n\nSince the start of the war, Moscow has launched thousands of drones into "
             "Ukraine.\n\nThe air force said the Shahed drones were launched from the Kursk region and "
             "from Crimea.")
    assert ev["actor"] == "RUS" and ev["platforms"] == ["Shahed"]


def test_a_running_total_since_the_start_of_the_operation_stays():
    found = events("Russian jets struck 45 targets in Syria over the past 24 hours, the ministry said on "
                   "Tuesday. Since the start of the operation, Russian aircraft have struck 2,000 "
                   "targets, it said.")
    assert sorted(e["cumulative"] for e in found if e["actor"] == "RUS") == [False, True]


# "the Yemeni group allied with Iran fired missiles": the state after a patron phrase is the
# group's patron, not the striker (session 21, r19-en: grammar patron_phrases)

def test_a_group_allied_with_a_state_is_the_striker_not_its_patron():
    ev = one("Yahya Saree, Houthi military spokesman, said on Tuesday in a televised speech that the "
             "Yemeni group allied with Iran fired maritime missiles at the ships Ocean Star and Blue "
             "Tide in the Red Sea.")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "HOUTHI" and ev["operation"] == "missile_strike"


def test_a_state_striking_on_its_own_stays_the_striker():
    ev = one("Iran fired ballistic missiles at Israel on Tuesday, the Revolutionary Guards said.")
    assert ev["actor"] == "IRN"
    ev = one("Israeli jets struck Hezbollah sites in southern Lebanon on Monday, the army said, adding "
             "that the group, allied with Iran, had fired rockets earlier.")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH"


# (the patron is read first for every state mention: triggers._patron_or_maker_state, session 24)
def test_militias_backed_by_a_state_struck_by_another():
    ev = one("US jets struck militias backed by Iran near Al-Qaim on Sunday, the Pentagon said.")
    assert ev["actor"] == "USA"


# "a mobile launch post", "launching posts": the IDF's word for a launcher position, a launcher
# hit (session 21, r19-en: target_types.launcher)

def test_a_launch_post_struck_is_a_launcher():
    ev = one("The IDF said its jets struck a Hezbollah launch post near Aitaroun on Monday.")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("launcher", 1)]
    ev = one("Israeli aircraft hit two mobile launch posts in the area of Houla, the army said.")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("launcher", 2)]
    ev = one("Israeli fighter jets destroyed a rocket launching post used by Hamas in Beit Hanoun on "
             "Monday, the army said.")
    assert [t["type"] for t in ev["targets_hit"]] == ["launcher"]

# "killing several of them": fighters killed, their number not given (personnel, no count).
def test_several_of_them_killed_is_personnel_with_no_count():
    for text in ("The United States carried out a strike against al-Shabaab near Kismayo on Tuesday, killing "
                 "several of them.",
                 "Israeli aircraft struck a group of Hamas fighters in Rafah, killing several of them."):
        ev = one(text)
        assert ev["killed"] is None
        assert "personnel" in [t["type"] for t in ev["targets_hit"]]


# "two S-300 missiles" fired: the weapon used, no air-defence target; systems destroyed stay one.
def test_counted_missiles_of_an_air_defence_type_are_no_target():
    ev = one("Russia fired two S-300 missiles at Kharkiv overnight, the governor said.")
    assert "air_defense" not in [t["type"] for t in ev["targets_hit"]] and "S-300" in ev["platforms"]
    ev = one("Ukrainian drones destroyed two Russian S-300 systems in Crimea.")
    assert ("air_defense", 2) in [(t["type"], t["count"]) for t in ev["targets_hit"]]


# "reported the interception of several Ukrainian drones": the launcher's strike report, no unit
# struck; an interception system in a test reports nothing.
def test_interception_noun_reports_the_launcher_strike():
    for text in ("The governor of the Rostov region reported the interception of several Ukrainian drones overnight.",
                 "Russia's defence ministry announced the interception of 12 Ukrainian drones over the Kursk region."):
        ev = one(text)
        assert (ev["actor"], ev["claimant"], ev["admin1"]) == ("UKR", "RUS", [])
    assert events("The Arrow interception system was tested successfully, the Israeli defence ministry said.") == []

def test_a_sentence_without_a_speaker_carries_the_governor_not_the_army_after_that():
    ev = one("The governor of Belgorod region said that the Ukrainian army shelled Shebekino. "
             "According to him, a warehouse was destroyed.")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS"


# session 25 (r21-en): what the target group attacks is no target the striker hit. The Houthis'
# attacks on shipping given as the strike's reason or purpose ("to degrade the Houthis' ability to
# attack vessels", "the group's campaign of attacks on ships", "drones used in attacks on ...")
# came out as a vessel hit in real20 (devdiscourse), real4 (anews) and dev2 (upday). Probes written
# for this test; failing before: the four of the first test; the guards held.
def test_what_the_target_group_attacks_is_no_target_hit():
    for text, kinds in (
            ("A US destroyer struck a Houthi radar site in Yemen on Friday, the military said, to degrade the "
             "Houthis' ability to attack maritime vessels, including commercial vessels.", [("air_defense", 1)]),
            ("British Typhoons struck a Houthi drone workshop near Sanaa on Tuesday, the Ministry of Defence "
             "said, following the group's campaign of attacks on ships in the Gulf of Aden.", [("factory", 1)]),
            ("Coalition jets struck a Houthi depot in Hodeidah on Monday, the coalition said, destroying "
             "drones used in attacks on oil tankers.", [("weapons_depot", 1)]),
            ("The US military said it destroyed a Houthi command centre in Yemen on Friday in response to "
             "the militia's attacks on merchant vessels.", [("command_post", 1)])):
        ev = one(text)
        assert sorted((t["type"], t["count"]) for t in ev["targets_hit"]) == kinds, text


def test_boats_the_striker_hit_stay_vessels():
    ev = one("The US Navy struck three Houthi boats in the Red Sea on Wednesday, the military said.")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("vessel", 3)]
    ev = one("US aircraft sank two Houthi boats in the Red Sea on Monday that were attacking a merchant "
             "ship, the military said.")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("vessel", 2)]
    found = events("British and American jets struck Houthi sites near Hodeidah on Tuesday, the group said. "
                   "The Houthis have been targeting cargo ships in the Red Sea in solidarity with Gaza.")
    assert sorted(e["actor"] for e in found) == ["GBR", "USA"]
    assert all(e["targets_hit"] == [] for e in found)


# session 25 (r21-en): where the answered rocket went, told after the strike noun ("The strikes were
# in retaliation for a rocket that was launched into southern Israel", "in response to rocket fire
# that hit near X"), is neither the event's country nor a place struck (real19 jpost read IL / IL-D).
# Probes written for this test; failing before: the first two.
def test_the_answered_rockets_destination_is_no_place_struck():
    ev = one("Israeli jets struck two Hamas targets in the Gaza Strip overnight, the army said. The strikes "
             "were in retaliation for a rocket that was launched into southern Israel on Monday.")
    assert (ev["country"], ev["admin1"], ev["locations"]) == ("PS", [], [])
    ev = one("Israeli aircraft struck Hamas posts in Gaza overnight. The army said the strikes were in "
             "response to rocket fire that hit near the Sdot Negev Regional Council.")
    assert (ev["country"], ev["locations"]) == ("PS", [])
    ev = one("Israeli jets struck the port of Hodeidah on Monday, the army said. The strikes were in "
             "retaliation for missiles fired at Israel.")
    assert ev["country"] == "YE" and "YE-HU" in ev["admin1"]


@pytest.mark.xfail(strict=True, reason="a later sentence telling where the answered shell landed ('The mortar shell fired "
                   "from Gaza earlier landed in ... the Eshkol region') joins the event as a detail and its place "
                   "(read in PS, a loose namesake) is kept (r21-en probe, real13 jewishnews)")
def test_where_the_answered_shell_landed_in_a_later_sentence_is_no_place_struck():
    ev = one("Israeli jets struck three Hamas targets in northern Gaza overnight, the army said. The mortar shell "
             "fired from Gaza earlier landed in an open field in the Eshkol region.")
    assert ev["locations"] == []
