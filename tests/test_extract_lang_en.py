"""English wire-copy constructions, each read from a sentence the team wrote: interception
reports that name the launcher as an agent, passive reports whose only striker is the military
body reporting them, headline lists of strikers, monitors' names for a side, and sources that
report strikes on their own side."""
from __future__ import annotations

from tests.extract_helpers import actors, events, one


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


def test_a_sentence_without_a_speaker_carries_the_governor_not_the_army_after_that():
    ev = one("The governor of Belgorod region said that the Ukrainian army shelled Shebekino. "
             "According to him, a warehouse was destroyed.")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS"
