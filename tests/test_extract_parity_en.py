"""English lexicon parity: concepts that wire copy in other languages (and ordinary English
agency, ministry and regional-press copy) expresses and the English lexicon could not, each
tested on two sentences written for it (different form, actor, place, tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one


# a strike verb in the headline present tense ("Israel hits ...") or a colloquial past
# ("pummeled", "rocketed"): the sentence reports a strike
@pytest.mark.parametrize("text, actor", [
    ("Israel hits Hezbollah sites in southern Lebanon on Monday, army says", "ISR"),
    ("Pakistan's military says it hits militant hideouts in North Waziristan on Sunday", "PAK"),
    ("Russian warplanes pummeled rebel positions near Idlib on Monday, the defence ministry said.", "RUS"),
    ("Turkish jets have pummelled PKK shelters in Duhok since Saturday, the ministry said on Monday.", "TUR"),
    ("Hezbollah rocketed Israeli army positions near Metula on Sunday, the group said.", "HEZBOLLAH"),
])
def test_headline_and_colloquial_strike_verbs(text, actor):
    assert actor in [e["actor"] for e in events(text)], text


# "bombardments", "air-strikes": the strikes counted
@pytest.mark.parametrize("text, n", [
    ("The Nigerian Air Force said it carried out two bombardments on Boko Haram camps in Borno on Sunday.", 2),
    ("The Pakistani army said it carried out three air-strikes on militant hideouts in Bannu on Sunday.", 3),
    ("Israeli jets conducted four air-strikes on Hamas tunnels in Rafah on Monday, the army said.", 4),
])
def test_bombardments_and_hyphenated_air_strikes_are_counted(text, n):
    assert one(text)["strikes"] == n


# a loitering munition, an unmanned aerial system (UAS): a drone strike
@pytest.mark.parametrize("text", [
    "Israeli loitering munitions struck a Hezbollah launcher near Tyre on Monday, the army said.",
    "The Azerbaijani army said a loitering munition hit an Armenian artillery position on Sunday.",
    "Russian forces attacked Kharkiv with UAS overnight, the Ukrainian air force said.",
    "The Russian military said its UAS destroyed a Ukrainian tank near Avdiivka on Sunday.",
])
def test_loitering_munitions_and_uas_are_drone_strikes(text):
    assert events(text)[0]["operation"] == "drone_strike"


# "brought down", "knocked down": an interception report, whose striker is the other side
@pytest.mark.parametrize("text, striker", [
    ("Ukraine's air force said it had brought down 20 Russian drones overnight.", "RUS"),
    ("The Israeli army said its air defences knocked down two Hezbollah drones over the Galilee on Monday.", "HEZBOLLAH"),
])
def test_brought_down_is_an_interception(text, striker):
    assert striker in [e["actor"] for e in events(text)], text


# "this afternoon", "at daybreak", "at first light", "pre-dawn": the
# announcement day (2024-05-14)
@pytest.mark.parametrize("text", [
    "The Israeli army said it struck Hamas targets in Khan Younis this afternoon.",
    "Russian jets bombed militant positions near Idlib this afternoon, the defence ministry says.",
    "Israeli jets struck Hamas positions in Rafah at daybreak, the army said.",
    "Turkish drones hit PKK hideouts in Duhok at first light, the defence ministry said.",
    "Israeli jets struck Hamas positions in Rafah in a pre-dawn raid, the army said.",
    "U.S. forces carried out a predawn strike on al-Shabaab near Kismayo, AFRICOM said.",
])
def test_parts_of_the_announcement_day(text):
    assert one(text)["event_date"] == "2024-05-14"


# "in excess of", "just under": a bound, so the count is null (CONVENTIONS, Numbers)
@pytest.mark.parametrize("text", [
    "The Israeli army said it struck in excess of 50 targets in Gaza on Monday.",
    "The Israeli army said on Sunday its jets hit just under 40 Hezbollah targets in southern Lebanon.",
])
def test_bounds_give_no_count(text):
    assert one(text)["targets"] is None


# "per the IDF", "as per the military": the source the claim is attributed to
@pytest.mark.parametrize("text, claimant", [
    ("Israeli jets struck Hamas positions in the southern Gaza Strip on Monday, per the IDF.", "ISR"),
    ("Pakistani jets struck militant hideouts in North Waziristan on Sunday, as per the military.", "PAK"),
])
def test_per_names_the_claimant(text, claimant):
    assert one(text)["claimant"] == claimant


# Session 11: English checked against a wire editor's concept list (strike predicates, kinds of
# operation, who struck, who says so, counts, when, where, what was hit). Each concept below was
# missing; every sentence was written for it.

# "came under (Israeli shelling)", "became the target of (U.S. strikes)": the subject underwent
# the strike, the striker is named with the strike noun after the light verb
@pytest.mark.parametrize("text, actor", [
    ("A Hezbollah depot near Tyre came under Israeli shelling on Monday, the army said.", "ISR"),
    ("Ukrainian positions near Kupiansk have come under Russian artillery fire since Sunday, the ministry said.", "RUS"),
    ("The town of Khiam became the target of Israeli airstrikes on Monday, the army said.", "ISR"),
    ("Houthi radar sites near Hodeidah have become the targets of U.S. strikes, CENTCOM said on Monday.", "USA"),
])
def test_subject_underwent_the_strike(text, actor):
    assert actor in [e["actor"] for e in events(text)], text


# "put out of action", "put out of service", "disabled": what was hit is no longer usable
@pytest.mark.parametrize("text, actor, kind", [
    ("Ukrainian drones put out of action a Russian radar in Crimea on Monday, the General Staff said.", "UKR", "air_defense"),
    ("Russian missiles have put out of service two Ukrainian power plants in Kharkiv, the ministry said on Monday.", "RUS", "infrastructure"),
    ("Israeli jets disabled a Hezbollah rocket launcher near Tyre on Sunday, the army said.", "ISR", "launcher"),
])
def test_put_out_of_action(text, actor, kind):
    found = events(text)
    assert actor in [e["actor"] for e in found], text
    assert kind in [t["type"] for e in found for t in e["targets_hit"]], text



# guided or glide bombs dropped from the air: an airstrike (the first-named means)
@pytest.mark.parametrize("text", [
    "Russia attacked Kharkiv with guided bombs and drones on Monday, Ukraine's air force said.",
    "Russia struck Zaporizhzhia with glide bombs and artillery on Sunday, Ukraine's air force said.",
])
def test_guided_and_glide_bombs_are_airstrikes(text):
    found = events(text)
    assert [e["operation"] for e in found if e["actor"] == "RUS"] == ["airstrike"], text


# artillerymen firing: artillery (howitzers and self-propelled guns are typed targets below, so
# a weapon named both ways reads as what was hit)
@pytest.mark.parametrize("text, actor", [
    ("Israeli artillerymen pounded Hezbollah positions near Khiam on Monday, the army said.", "ISR"),
    ("Russian artillerymen have struck Ukrainian positions near Bakhmut since Sunday, the ministry said.", "RUS"),
])
def test_artillerymen_fire_artillery(text, actor):
    assert [e["operation"] for e in events(text) if e["actor"] == actor] == ["artillery"], text


# "the occupiers", "the invaders": Ukrainian copy's name for the other side
@pytest.mark.parametrize("text", [
    "The occupiers shelled Kherson overnight, Ukraine's General Staff said.",
    "Ukrainian officials said the invaders had struck Kharkiv with missiles on Monday.",
])
def test_occupiers_and_invaders_are_the_enemy(text):
    assert "RUS" in [e["actor"] for e in events(text)], text


# typed targets a wire editor lists that had no English word: guns and howitzers, ammo dumps,
# drone control points, drone operators, gas processing plants, fuel terminals
@pytest.mark.parametrize("text, kind", [
    ("Russian drones struck three Ukrainian howitzers near Kupiansk on Monday, the ministry said.", "artillery_position"),
    ("Ukrainian drones struck two Russian artillery pieces near Donetsk on Sunday, the General Staff said.", "artillery_position"),
    ("Ukrainian drones hit a Russian ammo dump near Donetsk on Monday, the General Staff said.", "ammunition_depot"),
    ("Israeli jets struck Hezbollah ammo stores near Tyre on Sunday, the army said.", "ammunition_depot"),
    ("Russian forces struck two Ukrainian drone control points near Kherson on Monday, the ministry said.", "command_post"),
    ("Russian jets hit a Ukrainian UAV control post near Sumy on Sunday, the ministry said.", "command_post"),
    ("Russian artillery struck Ukrainian drone operators near Kherson on Monday, the ministry said.", "personnel"),
    ("Ukrainian drones struck a Russian UAV crew near Bakhmut on Sunday, the General Staff said.", "personnel"),
    ("Ukrainian drones struck a Russian gas processing plant in Astrakhan on Monday, a source said.", "infrastructure"),
    ("Russian missiles hit a Ukrainian gas compressor station in Lviv on Sunday, the ministry said.", "infrastructure"),
    ("Ukrainian drones struck a Russian fuel terminal in Novorossiysk on Monday, the General Staff said.", "fuel_depot"),
    ("Israeli jets bombed the fuel terminals of Hodeidah port on Saturday, the army said.", "fuel_depot"),
])
def test_typed_targets(text, kind):
    assert kind in [t["type"] for e in events(text) for t in e["targets_hit"]], text


# "in the evening", "in the afternoon" with no day named: the announcement day (2024-05-14)
@pytest.mark.parametrize("text", [
    "Israeli jets struck Hezbollah positions near Tyre in the evening, the army said.",
    "Russian drones hit a Ukrainian depot in Kharkiv in the afternoon, the ministry says.",
])
def test_part_of_the_day_without_a_day(text):
    assert one(text)["event_date"] == "2024-05-14"


# "left N dead", "N died", "lost their lives", "eliminated N": fighters the claim says were killed
# (the French, German, Spanish and Russian lexicons count their "éliminés", "starben", "muertos",
# "perdieron la vida", "ликвидированы"; "neutralised" stays apart, CONVENTIONS)
@pytest.mark.parametrize("text, n", [
    ("Turkish jets struck PKK shelters in Duhok on Monday, leaving nine terrorists dead, the ministry said.", 9),
    ("Eleven Hamas fighters died in Israeli strikes on Khan Younis on Sunday, the army said.", 11),
    ("The Nigerian Air Force said its jets eliminated 30 terrorists in Borno on Monday.", 30),
    ("Israeli jets struck a Hezbollah cell near Tyre on Saturday, eliminating three operatives, the army said.", 3),
    ("Fourteen militants lost their lives in Pakistani airstrikes in Bannu on Sunday, the military said.", 14),
    ("Twenty militants have lost their lives in U.S. strikes near Jilib since Friday, AFRICOM said.", 20),
])
def test_dead_died_eliminated_count_as_killed(text, n):
    assert [e["killed"] for e in events(text)] == [n], text


# Gaza's "government media office" is the struck side's non-state officials: OTHER (a bare
# "government" is left out: with no coded side beside it, the engine gives the striker's code)
@pytest.mark.parametrize("text, claimant", [
    ("Israeli jets struck Khan Younis on Monday, killing 20 people, Gaza's government media office said.", "OTHER"),
    ("Gaza's Government Media Office said Israeli aircraft had bombed Rafah overnight.", "OTHER"),
])
def test_gaza_government_media_office_is_other(text, claimant):
    assert one(text)["claimant"] == claimant


# "FPVs", quadcopters: drone strikes
@pytest.mark.parametrize("text, actor", [
    ("Ukrainian FPVs destroyed a Russian tank near Bakhmut on Monday, the General Staff said.", "UKR"),
    ("Russian quadcopters struck Ukrainian trenches near Chasiv Yar on Sunday, the ministry said.", "RUS"),
])
def test_fpvs_and_quadcopters_are_drone_strikes(text, actor):
    assert [e["operation"] for e in events(text) if e["actor"] == actor] == ["drone_strike"], text


# armed wings by their own names in English copy: Hamas's al-Qassam Brigades, Islamic Jihad's
# al-Quds Brigades (Saraya al-Quds); "the Jewish state" for Israel
@pytest.mark.parametrize("text, actor", [
    ("Al-Qassam Brigades fired rockets at Ashkelon on Monday, the group said in a statement.", "HAMAS"),
    ("The Ezzedine al-Qassam Brigades said its fighters shelled Israeli troops near Rafah on Sunday.", "HAMAS"),
    ("The Al-Quds Brigades fired rockets at Sderot on Monday, the group said in a statement.", "PIJ"),
    ("Saraya al-Quds said it had shelled Israeli forces near Khan Younis on Sunday.", "PIJ"),
    ("The Jewish state struck Hezbollah targets in Lebanon on Monday, the army said.", "ISR"),
    ("The Jewish state's air force bombed Hamas positions in Rafah on Sunday.", "ISR"),
])
def test_armed_wings_and_the_jewish_state(text, actor):
    assert actor in [e["actor"] for e in events(text)], text


# "conducted over 100 strikes": "over" is the bound of the count, not a preposition that makes
# the participle a reduced passive ("killed in the strike"); the jets conducted them
@pytest.mark.parametrize("text, actor", [
    ("Israeli aircraft conducted over 100 strikes in Gaza on Monday, the army said.", "ISR"),
    ("Russian jets have conducted around 20 strikes near Idlib since Sunday, the ministry said.", "RUS"),
])
def test_a_bound_after_the_verb_is_no_reduced_passive(text, actor):
    found = events(text)
    assert [e["actor"] for e in found] == [actor], text
    assert found[0]["strikes"] is None


# the headline's present tense after a plural striker, in sentence case ("Israeli jets strike
# ...", "Turkish warplanes bomb ..."); a bare "bombs"/"shells" stays a noun, and a title-case
# headline ("Russian Armed Forces Strike ...") is left alone (its capitals read as names)
@pytest.mark.parametrize("text, actor", [
    ("Israeli jets strike Hamas targets in Rafah, army says", "ISR"),
    ("Russian drones strike Ukrainian energy facilities in Kharkiv overnight, ministry says", "RUS"),
    ("Turkish warplanes bomb PKK hideouts in northern Iraq, ministry says", "TUR"),
    ("Pakistani forces strike militant hideouts in North Waziristan, military says", "PAK"),
])
def test_headline_present_after_a_plural_striker(text, actor):
    assert actor in [e["actor"] for e in events(text)], text


# "the al-Qaeda-linked Shabaab group", "ISIS-affiliated fighters": a compound naming the
# group's parent or ally; whose assets were hit is the group the compound modifies
@pytest.mark.parametrize("text, group", [
    ("American aircraft bombed an al-Qaeda-linked al-Shabaab camp near Jilib on Friday, the command said.", "SHABAAB"),
    ("Kenyan jets struck the al-Qaeda-affiliated al-Shabaab militants in Lower Juba on Monday, the army said.", "SHABAAB"),
    ("US drones struck al-Qaeda-aligned Hayat Tahrir al-Sham commanders near Idlib on Sunday, CENTCOM said.", "HTS"),
])
def test_a_parent_group_in_a_compound_is_not_the_target(text, group):
    assert one(text)["target_group"] == group, text


# a dateline names where the story was filed, never where strikes fell: on the line after the
# headline ("Islamabad: ..."), with the month before the day ("Beirut, May 3 (AFP) -"), or a
# bare dash after the town ("Ankara — ...")
@pytest.mark.parametrize("text, unit", [
    ("Pakistani jets pound hideouts in Khyber\nPeshawar: Pakistan's army said on Monday its jets had struck militant hideouts in the Tirah valley of Khyber district.", "PK-KP"),
    ("Beirut, May 3 (AFP) - Israeli jets struck Hezbollah weapons depots near Nabatieh on Friday, the army said.", "LB-NA"),
    ("Sanaa — Saudi-led coalition jets bombed Houthi positions in Marib province on Sunday, the coalition said.", "YE-MA"),
])
def test_a_dateline_is_no_place_struck(text, unit):
    assert one(text)["admin1"] == [unit], text


# "in North Waziristan's tribal region": the owner's "'s" glued to a place's name is not part
# of the name, which the gazetteer then knows (the tribal districts of Khyber Pakhtunkhwa)
@pytest.mark.parametrize("text, place, unit", [
    ("Pakistani jets bombed militant hideouts in South Waziristan's tribal areas on Sunday, the army said.", "South Waziristan", "PK-KP"),
    ("A US drone hit a compound in North Waziristan’s border villages on Monday, Pakistani officials said.", "North Waziristan", "PK-KP"),
])
def test_a_possessive_place_name_is_the_place(text, place, unit):
    found = one(text)
    assert place in [loc["name"] for loc in found["locations"]], text
    assert found["admin1"] == [unit], text


# "On Tuesday, the command reported that ... The command stated, 'On Monday, the jets ...'":
# a day that opens the claim's sentence is the statement's when the report dates the strike
# in another of its sentences
@pytest.mark.parametrize("text, day", [
    ("On Tuesday, Iraq's Security Media Cell reported that Iraqi F-16 jets had bombed an ISIS hideout in the Hamrin mountains. "
     "The cell stated, \"On Monday, the F-16s carried out three airstrikes on the hideout.\"", "2024-05-13"),
    ("On Tuesday, the Turkish defence ministry said its jets had destroyed PKK shelters in Gara. "
     "The ministry added that the shelters were struck on Sunday.", "2024-05-12"),
])
@pytest.mark.xfail(strict=True, reason="taken back at the merge: the rule (window._QUOTE_OPENS and the fronted "
                   "statement day) lowered held-out Arabic text (real2 ar 0.786 -> 0.768)")
def test_a_fronted_day_of_the_statement_yields_to_the_strike_day(text, day):
    found = one(text)
    assert (found["event_date"], found["period_start"]) == (day, day), text


# "on the night of May 14" (Ukrainian copy's "в ніч на 14 травня"): the night that ends on
# that day, from the day before; a night of two days written out stays one night dated by its
# end, as the team reads "dans la nuit du 16 au 17 novembre" (test_extract_matrix_dates)
@pytest.mark.parametrize("text, dates", [
    ("Russia attacked Ukraine with 40 Shahed drones on the night of May 14, the Ukrainian air force said.",
     ("2024-05-14", "2024-05-13")),
    ("On the night of 12 May, Ukrainian drones attacked an oil depot in the Bryansk region, the governor said.",
     ("2024-05-12", "2024-05-11")),
    ("Russian drones struck Odesa in the night of 12 to 13 May, the regional governor said.",
     ("2024-05-13", "2024-05-13")),
])
def test_the_night_of_a_day_ends_on_it(text, dates):
    found = one(text)
    assert (found["event_date"], found["period_start"]) == dates, text


# "16 Shahed-type strike UAVs", "eight strike drones": "strike" says what the weapons are for;
# the number counts the drones launched, not strikes
@pytest.mark.parametrize("text", [
    "Russia launched 16 Shahed-type strike UAVs at Ukraine overnight, the Ukrainian air force said.",
    "The Ukrainian army said Russian forces attacked Sumy with eight strike drones on Monday.",
])
def test_a_strike_noun_before_a_weapon_counts_no_strikes(text):
    assert one(text)["strikes"] is None, text


# "in northern Iraq's Hakurk and Zap regions": a direction before a country's possessive, then
# the places struck; a name after the possessive is the place ("Syria's Idlib region")
@pytest.mark.parametrize("text, places, units", [
    ("Turkish warplanes hit PKK caves in northern Iraq's Gara and Metina regions on Saturday, the ministry said.",
     {"Gara", "Metina"}, {"IQ-DA"}),
    ("Israeli drones struck a Hezbollah cell in southern Lebanon's Khiam area on Friday, the army said.",
     {"Khiam"}, {"LB-NA"}),
])
def test_a_direction_before_a_possessive_country(text, places, units):
    found = one(text)
    assert {loc["name"] for loc in found["locations"]} == places, text
    assert set(found["admin1"]) == units, text


# "a depot of an Iranian-backed militant group": a patron's compound before a group noun, not
# a name, still names the patron, never whose assets were hit (ANNOTATING: "Iran-backed
# militias" leave target_group null)
@pytest.mark.parametrize("text", [
    "US jets struck a depot of an Iranian-backed militant group in eastern Syria on Sunday, the Pentagon said.",
    "Israeli jets struck a compound of Iran-backed fighters near Damascus on Sunday, the army said.",
    "Israeli jets hit weapons depots belonging to an Iranian-backed group near Qusayr on Monday, the army said.",
])
def test_a_patron_before_a_group_noun_is_no_target(text):
    assert one(text)["target_group"] is None, text


# "mobile firing groups", "firing positions": the -ing form before a unit's or a place's noun
# is an adjective; the defender's units that shot the drones down strike nothing
@pytest.mark.parametrize("text, actors", [
    ("Russia attacked Ukraine with 30 drones overnight. Ukrainian fighter jets, electronic warfare units and mobile "
     "firing groups of the Ukrainian Air Force shot down 25 drones, the air force said.", ["RUS"]),
    ("Russia launched 30 Shahed drones at Ukraine overnight. Ukrainian jets and mobile firing groups of the Ukrainian "
     "army shot down 25 drones over the Odesa region.", ["RUS"]),
])
def test_an_attributive_ing_form_is_no_strike(text, actors):
    assert sorted(e["actor"] for e in events(text)) == actors, text


# a US combatant command's release: "Central Command forces destroyed ..." with no strike word
# reports a strike (ANNOTATING: with no means named, a US "destroyed four radars" is an airstrike)
@pytest.mark.parametrize("text, group", [
    ("On Monday, U.S. Central Command forces destroyed two Houthi radar sites and a drone ground control station in Yemen, the command said.", "HOUTHI"),
    ("AFRICOM forces destroyed an al-Shabaab vehicle near Jilib on Sunday, the command said.", "SHABAAB"),
])
def test_a_command_s_forces_destroying_is_a_strike(text, group):
    found = one(text)
    assert (found["actor"], found["target_group"], found["operation"]) == ("USA", group, "airstrike"), text


# "along its restive border with Afghanistan": the country after "border with" is the
# neighbour of the place struck (as fr "à la frontière avec"), not where the strikes fell
@pytest.mark.parametrize("text, country", [
    ("Pakistani jets pounded militant hideouts in South Waziristan along the country's border with Afghanistan on Monday, the army said.", "PK"),
    ("Pakistan's army said its jets had killed 20 militants in strikes along its restive border with Afghanistan on Monday.", None),
])
def test_the_country_after_border_with_is_a_neighbour(text, country):
    assert one(text)["country"] == country, text


# "in Yemeni capital Sanaa" (no article): a country's adjective alone names no locality
@pytest.mark.parametrize("text", [
    "Saudi-led coalition says jets hit army camp in Yemeni capital Sanaa. The coalition said it destroyed seven weapons stores at the camp on Thursday.",
    "Saudi-led coalition says it destroyed weapons stores in raids on camp in Yemeni capital Sanaa.",
])
def test_a_country_adjective_alone_is_no_locality(text):
    assert "Yemeni" not in [loc["name"] for e in events(text) for loc in e["locations"]], text


# "called the hits fair retaliation for Moscow's attacks on Odesa": what the strike answered,
# with or without "in" before "retaliation", names no place the strike hit
@pytest.mark.parametrize("text, units", [
    ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, calling it fair retaliation for Moscow's strikes on Odesa, officials said.",
     ["RU-BRY"]),
    ("Israeli jets struck Houthi targets in Hodeidah on Sunday, as revenge for missile attacks on Eilat, the army said.",
     ["YE-HU"]),
])
def test_what_a_strike_answered_is_no_place_struck(text, units):
    assert one(text)["admin1"] == units, text


# "killed three senior al-Qaeda officials": fighters the claim counts as killed are personnel
# hit, whatever noun (officials, leaders, operatives) names them
@pytest.mark.parametrize("text, n", [
    ("U.S. Central Command said a strike in northwest Syria on Friday killed three senior al-Qaeda officials.", 3),
    ("Africa Command said an airstrike near Jilib on Tuesday killed two senior al-Shabaab officials.", 2),
])
def test_fighters_killed_are_personnel_hit(text, n):
    e = one(text)
    assert e["killed"] == n, e
    assert {"type": "personnel", "count": n} in [{k: t[k] for k in ("type", "count")} for t in e["targets_hit"]], e


# "Last year, ...", "Earlier this year, ... their first strikes", "During the war, ... thousands
# of air raids", "Throughout the conflict, ...": a background sentence about an earlier period
# or the whole war is no part of the report before it (its places are not struck by it)
@pytest.mark.parametrize("text, units", [
    ("Israeli jets struck a Hamas tunnel in Rafah on Monday, the army said. Last year, Israeli aircraft also carried out strikes on Hamas camps in Jabalia and Beit Lahia.",
     ["PS-RFH"]),
    ("The Turkish ministry said jets destroyed PKK shelters in Duhok on Sunday. Earlier this year, Turkish forces launched their first strikes on the group's hideouts in Sulaymaniyah.",
     ["IQ-DA"]),
    ("Russian aircraft struck militant positions near Idlib on Tuesday, the ministry said. During the war, Russian jets have carried out thousands of air raids on Aleppo and Hama.",
     ["SY-ID"]),
    ("Saudi-led coalition jets hit a Houthi depot in Saada on Friday, the coalition said. Throughout the conflict, coalition strikes have hit markets and hospitals in Hodeidah.",
     ["YE-SD"]),
])
def test_a_background_sentence_of_an_earlier_period_is_not_merged(text, units):
    e = one(text)
    assert e["admin1"] == units and len(e["evidence"]) == 1, e


# "near El Bur" in Somalia, "near Palmyra" in Syria: the gazetteer knows the place under another
# name (Ceelbuur, Tadmur) with this spelling among its own names; in the country the event
# names, the place's unit is read and the text's spelling kept
@pytest.mark.parametrize("text, place, unit", [
    ("U.S. Africa Command said it conducted an airstrike near the town of El Bur in Somalia on Tuesday, killing three al-Shabaab fighters.",
     "El Bur", "SO-GA"),
    ("Coalition jets struck an Islamic State checkpoint near Palmyra in Syria on Monday, the coalition said.",
     "Palmyra", "SY-HI"),
])
def test_a_place_s_other_name_in_the_named_country_gives_its_unit(text, place, unit):
    e = one(text)
    assert unit in e["admin1"] and place in [loc["name"] for loc in e["locations"]], e


# "killed in a missile attack by Russian forces": a toll's verb before the means does not make
# the means something destroyed when a strike noun follows it; it names the strike's means
@pytest.mark.parametrize("text, actor, operation", [
    ("A school was destroyed in a missile strike by Russian troops on Odesa on Monday, the regional governor said.",
     "RUS", "missile_strike"),
    ("Five residents were killed in a missile attack by Russian forces on Zaporizhzhia overnight, officials said.",
     "RUS", "missile_strike"),
])
def test_a_toll_before_a_means_headed_strike_noun_keeps_the_means(text, actor, operation):
    e = one(text)
    assert (e["actor"], e["operation"]) == (actor, operation), e


# "has claimed that ...": a claim verb opening a reported clause made a statement, not a
# strike; its speaker is no striker of the passive reported after it, whose launcher the
# text does not name ("claimed that attack" keeps the light verb: "that" is a demonstrative)
@pytest.mark.parametrize("text, actors", [
    ("The Turkish defence ministry claimed that two border posts in Hatay had been shelled by mortars overnight.", []),
    ("The Israeli military has claimed that a kibbutz near Metula was hit by two rockets on Sunday.", []),
    ("Hezbollah claimed that attack on an Israeli barracks near Metula in a statement on Monday.", ["HEZBOLLAH"]),
])
def test_claimed_that_opens_a_reported_clause(text, actors):
    assert sorted(e["actor"] for e in events(text)) == actors, events(text)


# a governor or mayor of the struck side reporting the strike is that state's official
# (real10, real11: the team codes them as the state, not OTHER); the state is the one
# where the strike fell
@pytest.mark.parametrize("text, actor, claimant", [
    ("A Russian missile strike hit an apartment block in Zaporizhzhia on Monday, killing three people, the regional governor said.", "RUS", "UKR"),
    ("Ukrainian drones struck a fuel depot in Belgorod overnight, the city's acting mayor said on Telegram.", "UKR", "RUS"),
])
def test_a_governor_or_mayor_of_the_struck_state_claims_for_it(text, actor, claimant):
    found = one(text)
    assert (found["actor"], found["claimant"]) == (actor, claimant), found


# "Iran-backed militias", "a Turkey-based group": a country glued to a compound participle
# says who backs, makes or hosts something, not where the strikes fell
@pytest.mark.parametrize("text, country", [
    ("U.S. jets struck a depot in eastern Syria used by Iran-backed militias on Thursday, the Pentagon said.", "SY"),
    ("Israeli aircraft bombed a warehouse of Iranian-made rockets in southern Lebanon on Friday, the army said.", "LB"),
])
def test_a_country_in_a_compound_participle_is_no_place_struck(text, country):
    assert one(text)["country"] == country


# "Earlier this week, ...", "last week": a strike sentence dated to an earlier week tells an
# earlier happening, not merged into the day's report (as "last month" already was)
@pytest.mark.parametrize("text", [
    "Israeli jets struck a Hezbollah weapons depot near Tyre on Monday, the army said. Earlier this week, the army said it had hit a launcher at the airport in Beirut.",
    "Russian aircraft bombed a militant camp near Idlib on Friday, the ministry said. Last week, Russian jets struck a depot outside Hama.",
])
def test_a_strike_dated_to_an_earlier_week_is_not_merged(text):
    found = one(text)
    assert len(found["admin1"]) == 1 and len(found["locations"]) == 1, found


# a headline's reduced passive: "<group's assets> pounded with airstrikes" (no auxiliary, the
# participle then "with" and the strike noun or weapon) reports what was hit, not who struck;
# an active verb with its object before "with" stays active
@pytest.mark.parametrize("text, actors", [
    ("Houthi depots pounded with airstrikes near Sanaa, coalition says", ["HOUTHI"]),
    ("Taliban hideouts hit with drones in Kunar overnight: Pakistani officials", ["TALIBAN"]),
])
def test_a_headline_reduced_passive_with_an_instrument_names_no_striker(text, actors):
    assert not set(actors) & {e["actor"] for e in events(text)}, events(text)


def test_an_active_strike_verb_with_its_instrument_keeps_its_striker():
    assert one("Russia struck Kharkiv with glide bombs on Sunday, the governor said.")["actor"] == "RUS"


def test_an_active_strike_verb_with_its_object_after_the_instrument_keeps_its_striker():
    text = "Hezbollah said its fighters struck with rockets a group of Israeli soldiers near Metula on Monday."
    assert "HEZBOLLAH" in [e["actor"] for e in events(text)]


# "the US-led operation", "US-led forces": the US-led coalition (CONVENTIONS: "US-led
# coalition" -> COALITION), whatever noun follows
@pytest.mark.parametrize("text", [
    "The US-led operation conducted 12 strikes against Daesh targets near Raqqa on Monday, the statement said.",
    "U.S.-led forces struck an ISIS checkpoint near Mosul on Sunday, the task force said.",
])
def test_us_led_names_the_coalition(text):
    assert one(text)["actor"] == "COALITION"


# "destroyed six military targets": an impact verb whose object is a generic target noun
# reports a strike with no means named (ANNOTATING: then an airstrike)
@pytest.mark.parametrize("text, actor, n", [
    ("The Israeli army destroyed four Hezbollah targets near Nabatieh on Tuesday, the military said.", "ISR", 4),
    ("The Saudi-led coalition has destroyed nine military sites in Hodeidah, the coalition said on Friday.", "SAU", 9),
])
def test_destroying_counted_targets_is_a_strike(text, actor, n):
    found = one(text)
    assert (found["actor"], found["targets"], found["operation"]) == (actor, n, "airstrike"), found


# the strikes an event answered or struck the actor with ("in retaliation for rocket attacks
# on Israeli towns", "after the militia had staged attacks against U.S. troops") are the
# other side's: no plural of the actor's own, so "an airstrike" still counts one
@pytest.mark.parametrize("text, actor", [
    ("Israeli jets carried out an airstrike on a Hezbollah depot near Tyre on Monday in retaliation for rocket attacks on Israeli towns, the army said.", "ISR"),
    ("The U.S. military conducted an airstrike on a militia compound near Al-Qaim on Sunday after the group had staged attacks against U.S. troops in the area.", "USA"),
])
def test_an_airstrike_counts_one_beside_the_other_sides_attacks(text, actor):
    found = [e for e in events(text) if e["actor"] == actor]
    assert found and found[0]["strikes"] == 1, events(text)


# the group whose fighters the report counts killed or neutralised ("neutralised 12 PKK
# terrorists"), in the report itself or in a lead just before it that names no strike,
# is the target group
@pytest.mark.parametrize("text, group", [
    ("Turkish security forces neutralised nine PKK terrorists in northern Iraq, the defence ministry said on Tuesday.\n"
     "The terrorists were neutralised in an air operation in the Metina region, the ministry said.", "PKK"),
    ("Iraqi security forces killed 11 ISIS militants in Kirkuk province, the military said on Sunday.\n"
     "The militants were killed in air strikes on their hideouts in the Hamrin mountains, the statement added.", "ISIS"),
])
def test_the_group_whose_fighters_were_counted_is_the_target(text, group):
    assert one(text)["target_group"] == group


# the fighters' nouns in the singular ("killed one al-Shabaab terrorist", "a single
# militant was killed"): a count of the killed like their plurals
@pytest.mark.parametrize("text, n", [
    ("U.S. Africa Command said its airstrike near Kismayo on Sunday killed one al-Shabaab terrorist.", 1),
    ("The Pakistani army said one militant was killed when its jets struck a hideout in North Waziristan on Monday.", 1),
])
def test_a_single_fighter_killed_is_counted(text, n):
    assert one(text)["killed"] == n


# a headline's present-tense verb ("US strikes Houthi target", "Israel strikes Hezbollah")
# is no plural of strikes: the report's "an airstrike" still counts one
@pytest.mark.parametrize("text, actor", [
    ("Israel strikes Hezbollah in Lebanon, one killed\n"
     "An Israeli drone carried out a strike on a car near Bint Jbeil on Monday, the army said.", "ISR"),
    ("US strikes al-Shabaab in Somalia, three killed\n"
     "U.S. Africa Command conducted an airstrike targeting al-Shabaab fighters near Kismayo on Tuesday, the command said.", "USA"),
])
def test_a_headline_verb_is_no_plural_of_strikes(text, actor):
    found = [e for e in events(text) if e["actor"] == actor]
    assert found and found[0]["strikes"] == 1, events(text)


# -- a year that dates how the place struck came to be held ("annexed by Russia in 2014"), or
#    that stands in a side clause holding no strike word, is no history of the strike ------------

@pytest.mark.parametrize("text, actor", [
    ("Ukrainian drones hit a fuel depot in Sevastopol on Saturday, in the Crimean peninsula annexed "
     "by Russia in 2014, the local governor said.", "UKR"),
    ("Pakistani jets struck hideouts in North Waziristan on Sunday, in the tribal district where "
     "militants took up arms against the state in 2007, the army said.", "PAK"),
])
def test_a_year_of_annexation_or_of_a_side_clause_is_no_history(text, actor):
    assert [e["actor"] for e in events(text)] == [actor]


def test_a_defender_reporting_an_attack_by_a_groups_drones_names_the_group():
    ev = events("The Israeli army reported two soldiers wounded in an attack by Hezbollah drones on a "
                "post in Galilee.")
    assert [(e["actor"], e["operation"]) for e in ev] == [("HEZBOLLAH", "drone_strike")]


def test_damage_after_the_interception_count_names_the_regions_hit():
    # session 16: the interception sentences of a defender's count put no distance between its
    # report and the sentence saying where the rest hit (locate._interception_indices)
    ev = one('Russia attacked Ukraine overnight with 40 drones, the Ukrainian air force said. Aviation, air defence units and mobile fire groups repelled the attack. Air defences shot down 30 drones over the northern regions. Six more decoy drones were lost from radar. The overnight attack caused damage in the Poltava and Cherkasy regions, the air force said.', "en")
    assert ev["actor"] == "RUS" and sorted(ev["admin1"]) == ["UA-53", "UA-71"]


# -- a quotation opening the sentence tells the speaking body's own strike in the first person
# ("We struck ...," the Israeli military said): the body's side struck (roles._quoted_claim)

def test_first_person_quoted_claim_before_its_speaker():
    text = '"We struck nine Hezbollah positions in southern Lebanon," the Israeli military said.'
    assert [e["actor"] for e in events(text, lang="en")] == ["ISR"]


# -- probes of session 17 (missing events) still failing: strict xfails for the next person

@pytest.mark.xfail(strict=True, reason="a passive report whose agent is the US-led coalition after 'by', the sentence "
                   "opening on the counted strikes, gives no event")
def test_passive_strikes_conducted_by_the_coalition():
    text = "Nine airstrikes were conducted against the Islamic State in Iraq on Friday by the US-led coalition."
    assert [e["actor"] for e in events(text, lang="en")] == ["COALITION"]


# fixed in session 18 (triggers._impacts_on_facilities): a counted facility of war as the impact verb's object
def test_aerospace_forces_destroyed_depots():
    text = "The Russian Aerospace Forces destroyed three ammunition depots in the Zaporizhzhia region, the ministry said."
    assert [e["actor"] for e in events(text, lang="en")] == ["RUS"]


# session 18 (lead's claimant probes): a TV channel or broadcaster reporting the strike is a
# medium (OTHER), as "television" and "state TV" were; no claimant at all before
@pytest.mark.parametrize("text", [
    "US aircraft struck the port of Hodeidah on Monday, the Houthi-run Al-Masirah TV reported.",
    "Israeli jets struck a building in Beirut's southern suburbs overnight, Hezbollah's Al-Manar TV said.",
])
def test_tv_channel_reporting_is_a_medium(text):
    assert one(text, lang="en")["claimant"] == "OTHER"


def test_fighters_told_as_more_with_no_count_before_them_are_part_of_a_toll():
    # "eliminated seven more terrorists" as the event's only count of the killed: the rest of
    # the toll is not stated (counts._more_killed; session 19 r17-es, real16 en)
    text = ("Turkish jets struck PKK positions in the Qandil region of northern Iraq on Tuesday, the defence "
            "ministry said. Additionally, airstrikes in the Hakurk region eliminated seven more terrorists.")
    assert events(text, "en")[0]["killed"] is None


# session 20 (r18-de): a state's armed forces saying an air operation was carried out report
# their own strike; an attack "carried out on an air base", its owner unnamed, may be on them
def test_operation_carried_out_told_by_the_forces():
    text = "The Turkish armed forces said an air operation was carried out in the Metina region of northern Iraq on Sunday."
    assert [e["actor"] for e in events(text, lang="en")] == ["TUR"]


def test_attack_carried_out_on_a_base_is_not_the_speakers():
    text = "The Russian defence ministry said a drone attack was carried out on an air base in Crimea."
    assert events(text, lang="en") == []
