"""French constructions the extractor reads, each on a sentence the team wrote (never copied
from a corpus text): the air force named as "force aérienne", a strike noun whose genitive
names the striker in a passive toll, the strike named again as the subject of the next
sentence with the place it fell, group names in the plural, and place phrases."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one


def names(ev):
    return [l["name"] for l in ev["locations"]]


# "a éliminé Ali Saleh, un commandant du Hezbollah", "le maire de la ville Artem Kobzar": the
# name of a person, no place struck (locate._person_named, grammar.person_roles).
def test_a_person_named_beside_the_strike_is_no_place():
    ev = one("L'armée israélienne a indiqué que ses avions ont frappé et éliminé Hassan Mahmoud Darwich, "
             "un commandant du Hezbollah, dans la région de Bint Jbeil.", lang="fr")
    assert names(ev) == ["Bint Jbeil"]
    ev = one("Trois personnes ont été tuées lundi dans une frappe de missile russe sur Soumy, a déclaré le "
             "maire de la ville Artem Kobzar.", lang="fr")
    assert names(ev) == ["Sumy"]
    ev = one("Des drones russes ont frappé la ville de Novopetrivka, a déclaré le gouverneur Ivan Fedorov.", lang="fr")
    assert names(ev) == ["Novopetrivka"]


# "force aérienne" is the air force, as "armée de l'air" is: its "neutralisé"/"détruit" reports
# a strike, by aircraft.
def test_force_aerienne_destroying_is_an_air_strike():
    ev = one("La force aérienne turque a détruit quatre abris du PKK dans le nord de l'Irak, "
             "a indiqué jeudi le ministère.", lang="fr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"
    assert ev["target_group"] == "PKK" and ev["country"] == "IQ"


def test_forces_aeriennes_in_the_plural_neutralising_is_an_air_strike():
    ev = one("Les forces aériennes turques ont neutralisé neuf militants du PKK dans la région de Zap, "
             "a annoncé le ministère lundi.", lang="fr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"


# A passive toll whose agent is a strike noun: the noun's genitive is the striker.
def test_genitive_of_a_strike_noun_in_a_passive_toll_is_the_striker():
    ev = one("Quatre combattants ont été tués dimanche par un raid de la coalition près de Raqqa, "
             "selon une source locale.", lang="fr")
    assert ev["actor"] == "COALITION" and ev["claimant"] == "OTHER"


def test_genitive_naming_a_force_by_its_noun_and_adjective_is_the_striker():
    ev = one("Trois bergers ont été tués samedi par des bombardements de l'armée turque dans le nord de "
             "la Syrie, selon une source locale.", lang="fr")
    assert ev["actor"] == "TUR"


def test_a_village_named_after_the_strike_noun_is_no_striker():
    # "une frappe près du village syrien de X": "du" is a linker, "village" no force
    assert events("Six civils ont été tués par une frappe près du village syrien de Kafr Nabl, "
                  "selon l'OSDH.", lang="fr") == []


def test_genitive_with_its_article_after_a_single_strike():
    ev = one("Neuf civils ont été tués mardi par une frappe de la Turquie sur un village du nord de la "
             "Syrie, a affirmé l'OSDH.", lang="fr")
    assert ev["actor"] == "TUR" and ev["strikes"] == 1


def test_a_side_named_after_the_strike_target_is_no_striker_of_a_passive_toll():
    # "contre des positions de l'armée syrienne": whose positions, not whose strike
    assert events("Six civils ont été tués par une frappe contre des positions de l'armée syrienne, "
                  "selon l'OSDH.", lang="fr") == []


# The strike named again as the subject of the next sentence, with the place it fell.
def test_the_strike_named_again_with_a_locality_gives_its_place():
    ev = one("L'armée américaine a mené une frappe aérienne contre des combattants shebab mardi, a annoncé "
             "l'Africom. La frappe a eu lieu près de Jilib, dans le sud du pays.", lang="fr")
    assert names(ev) == ["Jilib"] and ev["country"] == "SO"


def test_the_strike_named_again_without_a_locality_adds_no_place():
    ev = one("L'armée israélienne a frappé un dépôt du Hezbollah à Nabatiyé lundi, a-t-elle annoncé. "
             "La frappe est survenue alors que des négociations se tenaient à Beyrouth.", lang="fr")
    assert "Beirut" not in names(ev)


# Group names take the plural ("des djihadistes shebabs"): the group is still named, first.
def test_plural_group_name_is_the_group_struck():
    ev = one("L'armée américaine a mené une frappe aérienne contre des combattants shebabs liés à Al-Qaïda, "
             "a indiqué l'Africom vendredi.", lang="fr")
    assert ev["actor"] == "USA" and ev["target_group"] == "SHABAAB"


# "dans les environs de X": X is where the strikes fell.
def test_dans_les_environs_de_introduces_the_place_struck():
    ev = one("L'aviation russe a bombardé mercredi des positions rebelles dans les environs de Saraqeb, "
             "a indiqué l'OSDH.", lang="fr")
    assert names(ev) == ["Saraqib"] and ev["admin1"] == ["SY-ID"]


# The village of Haas (Hass) in southern Idlib is in the gazetteer; "Hass" no longer finds
# Hassa in Turkey.
def test_hass_is_the_village_of_southern_idlib():
    ev = one("L'aviation russe a bombardé jeudi un marché près de la ville de Hass, dans la province "
             "d'Idleb, a indiqué l'OSDH.", lang="fr")
    assert names(ev) == ["Haas"] and ev["country"] == "SY" and ev["admin1"] == ["SY-ID"]


# The two engine rules above are not French only: the same constructions in Spanish and English.
def test_spanish_genitive_of_a_strike_noun_in_a_toll_is_the_striker():
    ev = one("Siete combatientes murieron el domingo en un bombardeo de la coalición cerca de Raqqa, "
             "según el Observatorio.", lang="es")
    assert ev["actor"] == "COALITION"


def test_english_strikes_of_a_side_in_a_passive_toll():
    ev = one("Seven people were killed by strikes of the coalition near Raqqa on Sunday, the monitor said.")
    assert ev["actor"] == "COALITION"


def test_spanish_strike_named_again_with_a_locality_gives_its_place():
    ev = one("La aviación rusa bombardeó el lunes un mercado en la provincia de Idlib, según el "
             "Observatorio. El bombardeo cayó cerca de la localidad de Kafr Nabl.", lang="es")
    assert names(ev) == ["Kafranbel"]


# An official body with its nationality adjective before the claim verb ("L'armée de l'air
# ukrainienne a indiqué") is who speaks, not the means of the strike it reports (claimant.py).
def test_air_force_with_its_adjective_before_the_claim_verb_is_the_speaker():
    ev = one("L'armée de l'air ukrainienne a indiqué jeudi avoir abattu dans la nuit 20 des 31 drones "
             "explosifs lancés par la Russie.", lang="fr")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR" and ev["operation"] == "drone_strike"


def test_spanish_air_force_with_its_adjective_before_the_claim_verb_is_the_speaker():
    ev = one("La Fuerza Aérea ucraniana informó el jueves de que derribó durante la noche 20 de los 31 "
             "drones lanzados por Rusia.", lang="es")
    assert ev["actor"] == "RUS" and ev["operation"] == "drone_strike"


# A partner of joint operations is neither the striker nor the group struck.
def test_partner_of_joint_operations_is_no_target_group():
    ev = one("Des avions de chasse français ont bombardé des positions jihadistes au Mali lors "
             "d'opérations conjointes avec les forces maliennes, a annoncé l'état-major.", lang="fr")
    assert ev["actor"] == "FRA" and ev["target_group"] is None


def test_partner_in_collaboration_is_no_target_group():
    ev = one("Des Mirage 2000 ont frappé un camp jihadiste au Mali en collaboration avec l'armée malienne, "
             "a annoncé l'état-major français.", lang="fr")
    assert ev["target_group"] is None


# Barrel bombs dropped from helicopters are a strike; aid dropped from aircraft is not.
def test_barrel_bombs_dropped_are_a_strike():
    ev = one("Mardi, des hélicoptères syriens ont largué des barils d'explosifs sur la ville de Saraqeb, "
             "selon l'OSDH.", lang="fr")
    assert ev["actor"] == "SYR" and ev["operation"] == "airstrike" and ev["claimant"] == "OTHER"


def test_aid_dropped_from_aircraft_is_no_strike():
    assert events("Mardi, des avions jordaniens ont largué de l'aide humanitaire sur le nord de la bande "
                  "de Gaza.", lang="fr") == []


# Target words: an anti-drone system is air defence; weapons hidden in caches are a depot.
def test_anti_drone_system_is_air_defence():
    ev = one("L'aviation russe a détruit un système anti-drone près de Kramatorsk, a annoncé le ministère "
             "russe de la Défense.", lang="fr")
    assert [t["type"] for t in ev["targets_hit"]] == ["air_defense"]


def test_weapons_caches_are_a_weapons_depot():
    ev = one("L'armée turque a détruit lundi des cachettes d'armes du PKK dans la région de Gara par des "
             "frappes aériennes, a annoncé le ministère.", lang="fr")
    assert [t["type"] for t in ev["targets_hit"]] == ["weapons_depot"]


# "une vingtaine de terroristes" is an approximation: the article before it counts nothing
# (targets.py; approx_words of every lexicon).
def test_article_of_an_approximate_number_word_is_no_count():
    ev = one("La force Barkhane a neutralisé une vingtaine de terroristes jeudi lors d'une frappe "
             "aérienne, a indiqué l'état-major.", lang="fr")
    assert ev["targets_hit"] == [{"type": "personnel", "count": None, "location": None}]


def test_spelled_number_before_the_target_still_counts():
    ev = one("La force Barkhane a neutralisé quinze terroristes jeudi lors d'une frappe aérienne, "
             "a indiqué l'état-major.", lang="fr")
    assert ev["targets_hit"] == [{"type": "personnel", "count": 15, "location": None}]


# "ont participé à deux frappes": a finite verb with its auxiliary is active, so the helicopters
# before it are the striker's means, not aircraft hit (roles._reduced_passive).
def test_helicopters_that_took_part_in_strikes_are_no_target():
    ev = one("La force Barkhane a frappé jeudi un campement jihadiste, a indiqué l'état-major. « Deux "
             "Mirage 2000 et un hélicoptère Tigre ont participé à deux frappes ciblées », a-t-il ajouté.",
             lang="fr")
    assert "aircraft" not in [t["type"] for t in ev["targets_hit"]] and ev["strikes"] == 2


def test_english_participle_before_its_strike_noun_is_still_a_reduced_passive():
    # the rule kept for a single participle: "the commander targeted in the strike" was hit
    ev = one("The US military said it killed an al-Shabaab commander targeted in the strike near Jilib "
             "on Monday.")
    assert ev["actor"] == "USA"


# A strike verb in the future tense is a threat, not a report ("l'armée attaquera ...").
def test_future_tense_strike_verb_is_a_threat():
    assert events("L'armée a prévenu qu'elle frappera les dépôts d'armes du Hezbollah.", lang="fr") == []


def test_threat_in_the_future_adds_nothing_to_a_reported_strike():
    ev = one("L'armée israélienne a frappé jeudi des positions du Hezbollah dans le sud du Liban, a-t-elle "
             "annoncé. « L'armée attaquera les infrastructures militaires du Hezbollah dans les prochains "
             "jours », a écrit son porte-parole.", lang="fr")
    assert [t["type"] for t in ev["targets_hit"]] == ["fighting_position"]


# Missile boats that strike are the means; missile boats destroyed are vessels hit.
def test_missile_boats_that_strike_are_no_target():
    ev = one("Mardi matin, des navires lance-missiles de la marine israélienne ont frappé des cibles houthies "
             "dans le port de Hodeida, a affirmé l'armée.", lang="fr")
    assert ev["targets_hit"] == []


def test_missile_boats_destroyed_are_vessels():
    ev = one("L'aviation israélienne a détruit deux navires lance-missiles houthis dans le port de Hodeida, "
             "a affirmé l'armée.", lang="fr")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("vessel", 2)]


# An interception sentence that goes on to tell what the rest struck ("trois ont été détruits
# ... et deux ont frappé un dépôt") is still the launcher's strike (events.py, any language);
# one that only tells of shoot-downs adds nothing.
def test_missiles_not_downed_that_struck_join_the_launchers_event():
    ev = one("La Russie a lancé cinq missiles sur l'Ukraine dans la nuit, a indiqué l'armée de l'air "
             "ukrainienne. « Trois ont été détruits par la défense aérienne et deux ont frappé un dépôt de "
             "carburant près de Dnipro », a ajouté un porte-parole.", lang="fr")
    assert ev["actor"] == "RUS" and [l["name"] for l in ev["locations"]] == ["Dnipro"]
    assert [t["type"] for t in ev["targets_hit"]] == ["fuel_depot"]


def test_english_missiles_not_downed_that_struck_join_the_launchers_event():
    ev = one("Russia launched eight missiles at Ukraine overnight, the Ukrainian air force said. Six were "
             "shot down by air defences and two struck a fuel depot near Lviv.")
    assert ev["actor"] == "RUS" and ev["admin1"] == ["UA-46"]


def test_a_shoot_down_alone_adds_no_place():
    ev = one("La Russie a lancé cinq drones sur l'Ukraine dans la nuit, a indiqué l'armée de l'air "
             "ukrainienne. Trois ont été abattus au-dessus de la région de Poltava.", lang="fr")
    assert ev["admin1"] == [] and ev["locations"] == []


# A sentence right after the report that opens with a count of generic targets destroyed
# ("27 objectifs ont été détruits", "24 targets were destroyed") gives the event's `targets`
# (events._add_details, any language); targets shot down are no such count.
def test_targets_destroyed_in_the_next_sentence_are_the_events_targets():
    ev = one("Depuis lundi, les avions français ont réalisé 40 sorties au-dessus de l'Irak, a indiqué "
             "l'état-major. 27 objectifs ont été détruits.", lang="fr")
    assert ev["actor"] == "FRA" and ev["sorties"] == 40 and ev["targets"] == 27


def test_english_targets_destroyed_in_the_next_sentence():
    ev = one("Russian aircraft flew 30 sorties over Syria on Monday, the ministry said. 24 targets were "
             "destroyed.")
    assert ev["targets"] == 24


def test_targets_shot_down_in_the_next_sentence_are_no_count():
    ev = one("L'aviation russe a bombardé lundi des positions rebelles près d'Idleb, selon l'OSDH. Trois "
             "cibles ont été abattues par la défense aérienne syrienne.", lang="fr")
    assert ev["targets"] is None


# "sites", "objectifs", "installations" are what a side owns, like "positions": the side
# named beside them after the strike verb is the group struck.
def test_side_owning_the_sites_struck_is_the_target_group():
    ev = one("Le président américain a confirmé que les forces américaines avaient frappé trois sites "
             "nucléaires iraniens dans la nuit.", lang="fr")
    assert ev["actor"] == "USA" and ev["target_group"] == "IRN"


# "riposter par des frappes", "répondre avec des frappes": a periphrasis of striking; a reply
# to words is none.
def test_retaliating_with_strikes_is_a_strike():
    ev = one("Israël a riposté par des frappes contre des positions du Hezbollah dans le sud du Liban, "
             "a indiqué l'armée dimanche.", lang="fr")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH"


def test_answering_with_air_strikes_is_a_strike():
    ev = one("L'armée israélienne a répondu avec des frappes aériennes sur des positions du Hamas à Gaza, "
             "a-t-elle indiqué.", lang="fr")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HAMAS"


def test_answering_accusations_about_strikes_is_no_strike():
    assert events("Israël a répondu lundi aux accusations de l'ONU sur les frappes de la semaine dernière.",
                  lang="fr") == []
    assert events("Israël a riposté lundi aux critiques de l'ONU sur les frappes de la semaine dernière.",
                  lang="fr") == []


# Tinzaouaten on Mali's Algerian border, under its French spellings.
def test_tinzaouaten_is_in_kidal_region():
    ev = one("Des drones de l'armée malienne ont frappé lundi un campement près de Tinzaouatène, a indiqué "
             "l'état-major.", lang="fr")
    assert [l["name"] for l in ev["locations"]] == ["Tinzaouaten"]
    assert ev["country"] == "ML" and ev["admin1"] == ["ML-8"]


def test_tin_zaouatene_with_its_hyphen_is_the_same_town():
    ev = one("L'armée malienne a frappé vendredi des positions terroristes dans la localité de Tin-Zaouatene, "
             "selon un communiqué de l'armée.", lang="fr")
    assert [l["name"] for l in ev["locations"]] == ["Tinzaouaten"]


# "les vecteurs aériens des FAMa": the army's aircraft, so the army after "des" is the striker,
# not the owner of what was hit.
def test_air_assets_of_an_army_strike_for_it():
    ev = one("Les vecteurs aériens des Forces armées maliennes ont frappé mardi des positions terroristes "
             "dans la localité de Tin-Zaouatene, selon l'armée.", lang="fr")
    assert ev["actor"] == "MLI" and ev["operation"] == "airstrike" and ev["target_group"] is None


# An elided negation ("n'a été", "n'ont") is a negation: a lexicon phrase ending in its
# apostrophe ends there, the next word following at once (lexicon.phrase_regex).
def test_elided_phrase_ends_at_its_apostrophe():
    import re
    from extractors.lexicon import phrase_regex
    assert re.search(phrase_regex("n'"), "aucun raid n'a été mené")
    assert re.search(phrase_regex("dans la région d'"), "dans la région d’Alep")
    assert not re.search(phrase_regex("ne"), "néanmoins")


def test_no_strike_carried_out_with_an_elided_negation_is_a_denial():
    assert events("Le ministère a assuré que ces derniers jours, aucune frappe aérienne n'a été effectuée "
                  "dans la région par des avions britanniques.", lang="fr") == []
    assert events("L'aviation turque n'a mené aucun raid mardi contre la ville, selon l'état-major.",
                  lang="fr") == []
    assert events("L'aviation américaine n'a effectué aucune frappe dans la région d'Idleb, a affirmé "
                  "dimanche le ministère russe de la Défense.", lang="fr") == []


def test_a_strike_carried_out_is_still_reported():
    ev = one("L'aviation turque a mené un raid mardi contre la ville, selon l'état-major.", lang="fr")
    assert ev["actor"] == "TUR"


# "le sud du Liban", "le Sud-Liban" are a part of the country, not the South governorate
# (Liban-Sud, its name as a unit, still is).
def test_south_of_lebanon_is_the_country_not_a_unit():
    ev = one("L'aviation israélienne a frappé jeudi des dépôts du Hezbollah dans le sud du Liban, a "
             "annoncé l'armée.", lang="fr")
    assert ev["country"] == "LB" and ev["admin1"] == [] and ev["locations"] == []
    ev = one("L'armée israélienne a bombardé dimanche plusieurs villages du Sud-Liban, a-t-elle indiqué.",
             lang="fr")
    assert ev["country"] == "LB" and ev["admin1"] == [] and ev["locations"] == []


def test_governorate_of_south_lebanon_by_its_name_is_a_unit():
    ev = one("L'armée israélienne a frappé mardi des positions du Hezbollah dans le gouvernorat du "
             "Liban-Sud, a-t-elle indiqué.", lang="fr")
    assert ev["admin1"] == ["LB-JA"]


# "le port de X": the port town, as "la ville de X" is, even when it shares its name with its
# province.
def test_port_of_a_town_named_as_its_province_is_a_location():
    ev = one("Des avions israéliens ont bombardé lundi le port de Hodeïda, a indiqué l'armée "
             "israélienne.", lang="fr")
    assert names(ev) == ["Hodeidah"] and ev["admin1"] == ["YE-HU"]


# Group names in their feminine adjective and with the article joined by a hyphen.
def test_feminine_houthi_adjective_names_the_group_struck():
    ev = one("L'armée américaine a frappé mercredi des cibles houthies dans l'ouest du Yémen, selon un "
             "communiqué du Centcom.", lang="fr")
    assert ev["actor"] == "USA" and ev["target_group"] == "HOUTHI"


def test_al_shebab_with_its_hyphen_and_africom_as_the_claimant():
    ev = one("L'armée américaine a tué six membres du groupe Al-Shebab lors d'une frappe aérienne près de "
             "Kismayo, a indiqué l'Africom.", lang="fr")
    assert ev["target_group"] == "SHABAAB" and ev["claimant"] == "USA"


def test_lower_shabelle_in_french_is_its_unit():
    ev = one("L'armée américaine a mené jeudi une frappe aérienne contre les shebab dans la région du "
             "Bas-Shabelle, a indiqué l'Africom.", lang="fr")
    assert ev["admin1"] == ["SO-SH"]


# "sites de défense aérienne": typed sites, air defence, not a count of generic targets.
def test_air_defence_sites_are_typed_not_generic_targets():
    ev = one("La coalition a frappé samedi quatre sites de défense aérienne des rebelles houthis près de "
             "Saada, a indiqué son porte-parole.", lang="fr")
    assert ev["targets"] is None
    assert {"type": "air_defense", "count": 4} in [{k: t[k] for k in ("type", "count")} for t in ev["targets_hit"]]


# Saudi Arabia by its name, and the coalition it leads named by its leader, also when what the
# coalition fights stands between them.
def test_coalition_led_by_saudi_arabia_is_saudi():
    ev = one("La coalition dirigée par l'Arabie saoudite a mené samedi des raids aériens contre des "
             "positions houthies à Sanaa, selon des habitants.", lang="fr")
    assert ev["actor"] == "SAU" and ev["target_group"] == "HOUTHI"


def test_coalition_with_its_leader_after_what_it_fights_is_the_leaders():
    ev = one("La coalition militaire contre les rebelles au Yémen, menée par l'Arabie saoudite, a bombardé "
             "dimanche un camp des houthis à Saada, a annoncé le porte-parole de la coalition.", lang="fr")
    assert ev["actor"] == "SAU" and ev["claimant"] == "SAU"


def test_coalition_led_by_the_united_states_stays_the_coalition():
    ev = one("La coalition contre l'EI, menée par les États-Unis, a frappé jeudi des positions de l'EI près "
             "de Raqqa, a indiqué un porte-parole.", lang="fr")
    assert ev["actor"] == "COALITION" and ev["country"] == "SY"


# "pro-iranienne" says whom a group sides with: no side of the sentence, neither the striker
# nor the group struck, also when the adjective is matched by its forms.
def test_pro_iranian_group_is_no_iranian_strike():
    assert events("La puissante milice pro-iranienne a tiré des roquettes vers deux positions dans le nord "
                  "d'Israël, a-t-elle affirmé.", lang="fr") == []


# "en réponse" cut from its preposition by a quotation mark ("agir \"en réponse\" aux
# attaques israéliennes"): still what the strike answered, so the side named there is no striker.
def test_quoted_in_response_keeps_the_answered_side_out():
    ev = one("Le Hezbollah a affirmé avoir bombardé une base militaire dans le nord d'Israël, disant agir "
             "\"en réponse\" aux frappes israéliennes sur le sud du Liban.", lang="fr")
    assert ev["actor"] == "HEZBOLLAH" and ev["country"] == "IL"


# "détruit/neutralisé N drones ukrainiens au-dessus de ...": the defender destroyed them in
# flight, an interception report of the side that launched them; the region they were downed
# over is no place struck.
def test_drones_destroyed_over_a_region_are_the_launchers_strike():
    ev = one("Le ministère russe de la Défense a affirmé avoir détruit 12 drones ukrainiens au-dessus de la "
             "région de Belgorod.", lang="fr")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS" and ev["operation"] == "drone_strike"
    assert ev["admin1"] == [] and ev["country"] == "RU"


def test_drones_neutralised_over_the_country_are_the_launchers_strike():
    ev = one("L'armée russe a assuré avoir neutralisé dans la nuit 19 drones ukrainiens au-dessus de quatre "
             "régions.", lang="fr")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS"


# "la première frappe ... depuis le 3 février, lorsque ...": the first strike since an earlier
# one recalls that strike; no running total since the date.
def test_first_strike_since_an_earlier_one_is_no_running_total():
    found = events("Des drones américains ont frappé mardi une position des shebab près de Kismayo, a indiqué "
                   "une porte-parole du Pentagone. C'est la première frappe menée par l'armée américaine en "
                   "Somalie depuis le 3 février, lorsque l'Africom avait annoncé avoir tué quatre djihadistes "
                   "shebabs dans deux frappes à Baidoa.", lang="fr")
    assert [e["cumulative"] for e in found] == [False]
    assert found[0]["operation"] == "drone_strike" and found[0]["period_start"] == "2024-05-14"


# DR Congo by its French names, its eastern provinces; a place the gazetteer lacks with its
# province in brackets ("Kibumba (Nord-Kivu)") is that place, in that province; "dans le
# territoire de", "dans le district de" introduce a place struck.
def test_place_with_its_province_in_brackets_stays_the_place():
    ev = one("L'aviation congolaise a bombardé lundi des positions du M23 près de Kibumba (Nord-Kivu), "
             "selon des sources sécuritaires.", lang="fr")
    assert names(ev) == ["Kibumba"] and ev["admin1"] == ["CD-NK"] and ev["country"] == "CD"


def test_territory_of_a_place_introduces_the_place_struck():
    ev = one("L'armée congolaise a bombardé mardi des positions rebelles dans le territoire de Masisi, en "
             "République démocratique du Congo, a indiqué l'armée.", lang="fr")
    assert names(ev) == ["Masisi"] and ev["country"] == "CD"


# Fighters named as whose targets were hit, with a word between ("sites opérationnels de
# combattants terroristes", "cibles appartenant aux terroristes"), are the owners, not a
# target of their own (any language: "targets belonging to the militants").
def test_fighters_owning_the_targets_are_no_personnel():
    for text in ("La force Chammal a détruit deux sites opérationnels de combattants terroristes près de "
                 "Raqqa, a indiqué l'état-major.",
                 "Les avions russes ont frappé 40 cibles appartenant aux terroristes près de Raqqa, a "
                 "indiqué le ministère."):
        assert "personnel" not in [t["type"] for t in one(text, lang="fr")["targets_hit"]], text
    ev = one("Russian aircraft struck 40 targets belonging to the militants near Raqqa, the ministry said.")
    assert ev["targets"] == 40 and ev["targets_hit"] == []


def test_fighters_struck_are_still_personnel():
    ev = one("L'aviation russe a frappé des combattants terroristes près de Raqqa, a indiqué le ministère.",
             lang="fr")
    assert [t["type"] for t in ev["targets_hit"]] == ["personnel"]


# "près de X" only ever locates a town: a town that shares its name with its province is the
# town, as after "à proximité de".
def test_near_a_town_named_as_its_province_is_a_location():
    ev = one("Des avions américains ont frappé jeudi des sites de lancement de missiles près de Hodeïda, selon "
             "un responsable américain.", lang="fr")
    assert names(ev) == ["Hodeidah"] and ev["admin1"] == ["YE-HU"]


# The overflight cue marks an interception only where nothing was struck: drones that struck
# a vehicle stay the striker's own.
def test_drones_striking_are_no_interception():
    ev = one("Des drones turcs ont frappé mardi un véhicule du PKK au-dessus de la ville de Qamichli, selon "
             "des sources locales.", lang="fr")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"


# The object of the strike verb itself, a town that shares its name with its province, is the
# town ("ont frappé Khan Younès", "struck Khan Younis"); "la province d'Idleb" stays the unit.
def test_town_struck_as_the_verbs_object_is_a_location():
    ev = one("Selon des sources locales, les raids israéliens ont frappé Khan Younès mercredi.", lang="fr")
    assert names(ev) == ["Khan Yunis"] and ev["admin1"] == ["PS-KYS"]
    ev = one("Israeli jets struck Khan Younis on Tuesday, the army said.")
    assert names(ev) == ["Khan Yunis"]
    ev = one("L'aviation russe a bombardé la province d'Idleb mardi, selon l'OSDH.", lang="fr")
    assert names(ev) == [] and ev["admin1"] == ["SY-ID"]


def test_next_town_of_the_struck_list_is_a_location_too():
    ev = one("Selon des sources palestiniennes, les raids israéliens ont frappé Khan Younès, dans le sud de "
             "la bande de Gaza, et Rafah, près de la frontière égyptienne.", lang="fr")
    assert sorted(names(ev)) == ["Khan Yunis", "Rafah"]
    ev = one("Israeli jets struck Khan Younis and Rafah on Tuesday, the army said.")
    assert sorted(names(ev)) == ["Khan Yunis", "Rafah"]


# "le porte-parole a indiqué que les cibles visées étaient ...": a list of what was hit opening
# the reported clause, in the sentence after the report, says what and where the strike hit.
def test_reported_list_of_targets_after_the_report_gives_its_places():
    ev = one("Les rebelles houthis ont affirmé lundi avoir lancé trois attaques de drones contre Israël. Dans "
             "une déclaration, leur porte-parole militaire a indiqué que les cibles visées étaient le port "
             "d'Eilat et une base militaire dans la région d'Ashdod.", lang="fr")
    assert ev["actor"] == "HOUTHI" and sorted(names(ev)) == ["Ashdod", "Eilat"]


# "des drones de fabrication iranienne", "de conception iranienne": who made the weapon, neither
# the striker nor whose assets were hit (grammar.maker_prefixes).
def test_the_maker_of_a_weapon_is_no_side():
    ev = one("Les forces russes ont frappé Kharkiv avec des drones de fabrication iranienne, a indiqué le "
             "gouverneur régional.", lang="fr")
    assert ev["actor"] == "RUS" and ev["target_group"] != "IRN" and names(ev) == ["Kharkiv"]
    found = events("L'armée de l'air ukrainienne a annoncé jeudi avoir abattu dix des quinze drones de "
                   "conception iranienne que la Russie a lancés sur Odessa pendant la nuit.", lang="fr")
    assert [e["actor"] for e in found] == ["RUS"] and found[0]["target_group"] != "IRN"
    assert names(found[0]) == ["Odesa"]


# "Par le passé, ..." opens a recollection: no report of its own (cues.historical, as "in the
# past" in English).
def test_in_the_past_is_no_report():
    found = events("L'armée israélienne a frappé lundi le port de Hodeïda. Par le passé, les Houthis ont "
                   "également tiré des drones en direction d'Eilat.", lang="fr")
    assert [e["actor"] for e in found] == ["ISR"]
    assert events("Dans le passé, l'aviation russe a bombardé à plusieurs reprises la ville de Saraqeb.",
                  lang="fr") == []


# "la raffinerie de Touapsé", "la centrale thermique de Bourchtyn": a kind of target, then "de"
# and a town the gazetteer knows, stands in that town. Taken back: read in every language with
# linkers it added wrong places to held-out English text (real2 locations 0.396 -> 0.392, en
# 0.467 -> 0.465) and fixed no development document.
@pytest.mark.xfail(strict=True, reason="town after a kind of target taken back: real2 en 0.467 -> 0.465")
def test_town_after_a_kind_of_target_is_a_location():
    ev = one("Des drones ukrainiens ont frappé la raffinerie de Touapsé dans la nuit, a indiqué le "
             "gouverneur.", lang="fr")
    assert names(ev) == ["Tuapse"] and ev["admin1"] == ["RU-KDA"]
    ev = one("Des missiles russes ont touché mardi la centrale thermique de Bourchtyn, selon l'opérateur "
             "ukrainien.", lang="fr")
    assert names(ev) == ["Burshtyn"] and ev["admin1"] == ["UA-26"]
    # not after a facility named after its town ("l'aéroport de Damas"), nor a group's name
    ev = one("Des avions israéliens ont frappé l'aéroport de Damas, selon l'armée syrienne.", lang="fr")
    assert names(ev) == []


# "frontalière de l'Irak et de l'Iran", "à la frontière avec le Cameroun": a neighbour of the
# place struck, not where the strike fell (places.neighbour_preps).
def test_a_neighbouring_country_is_no_place_struck():
    ev = one("Mardi, l'aviation turque a bombardé des abris du PKK près de Yuksekova, dans la province "
             "de Hakkari, frontalière de l'Irak et de l'Iran, selon l'armée.", lang="fr")
    assert ev["country"] == "TR" and ev["admin1"] == ["TR-30"]
    ev = one("L'armée de l'air nigériane a bombardé dimanche des camps de Boko Haram dans l'État de Borno, "
             "près de la frontière avec le Cameroun.", lang="fr")
    assert ev["country"] == "NG" and ev["admin1"] == ["NG-BO"]
    ev = one("L'armée nigérienne a frappé des positions jihadistes près de la frontière avec le Mali, "
             "selon l'état-major.", lang="fr")
    assert ev["country"] != "ML"


# The army named by its country ("l'armée de l'air du Tchad"), and the forces of a joint
# operation ("dans une opération conjointe de l'armée X et de l'armée Y"): each strikes; the
# country inside the force's name is no place struck.
def test_forces_of_a_joint_operation_each_strike():
    found = events("Mercredi, des frappes aériennes ont été menées dans une opération conjointe de l'armée "
                   "tchadienne et de l'armée nigérienne sur des îles du lac Tchad.", lang="fr")
    assert sorted(e["actor"] for e in found) == ["NER", "TCD"]
    found = events("Le porte-parole a indiqué que les raids avaient été menés lors d'une opération combinée "
                   "de l'armée de l'air du Burkina Faso et de l'armée de l'air du Mali.", lang="fr")
    assert sorted(e["actor"] for e in found) == ["BFA", "MLI"]
    assert all(e["country"] != "ML" for e in found)


def test_an_army_named_by_its_country_strikes():
    ev = one("L'armée de l'air du Tchad a bombardé des positions de Boko Haram près du lac, selon "
             "l'état-major.", lang="fr")
    assert ev["actor"] == "TCD" and ev["operation"] == "airstrike"
    ev = one("Les forces armées du Soudan ont frappé lundi des positions des paramilitaires au Darfour, "
             "selon un communiqué.", lang="fr")
    assert ev["actor"] == "SDN"


# "L'aviation russe a bombardé ..., a rapporté l'OSDH", "..., selon des habitants": the source
# named right after the claim verb of the attribution speaks; the force named as the striker
# says nothing (as "..., residents said" in English).
def test_a_monitor_after_the_claim_verb_is_the_claimant():
    ev = one("L'aviation russe a bombardé mercredi des quartiers rebelles d'Alep, a rapporté l'OSDH.", lang="fr")
    assert ev["actor"] == "RUS" and ev["claimant"] == "OTHER"
    ev = one("L'armée syrienne a pilonné jeudi la ville de Deraa, selon des habitants.", lang="fr")
    assert ev["actor"] == "SYR" and ev["claimant"] == "OTHER"
    ev = one("La aviación rusa bombardeó el miércoles barrios rebeldes de Alepo, informó el Observatorio "
             "Sirio de Derechos Humanos.", lang="es")
    assert ev["claimant"] == "OTHER"
    # the striker's own statement after the verb stays its claim
    ev = one("L'armée israélienne a frappé lundi des cibles du Hamas à Rafah, a indiqué l'armée dans un "
             "communiqué.", lang="fr")
    assert ev["claimant"] == "ISR"


# "dans les régions de Metina et de Gara": the linker comes again after "et"; both are places.
def test_list_of_places_with_the_linker_repeated():
    ev = one("Les avions turcs ont bombardé samedi des abris du PKK dans les régions de Metina et de Gara, "
             "dans le nord de l'Irak, a annoncé le ministère.", lang="fr")
    assert sorted(names(ev)) == ["Gara", "Metina"]
    ev = one("Les frappes de la coalition ont visé des dépôts près de Sinjar et de Tal Afar, a indiqué "
             "un porte-parole.", lang="fr")
    assert sorted(names(ev)) == ["Sinjar", "Tall Afar"]


# "une trentaine de terroristes", "une quinzaine de raids": an approximation, no count (and
# never the "une" of one).
def test_approximate_tens_are_no_count():
    ev = one("L'armée malienne a annoncé avoir tué une trentaine de terroristes lors de frappes aériennes "
             "près de Niono.", lang="fr")
    assert ev["killed"] is None and [t["count"] for t in ev["targets_hit"] if t["type"] == "personnel"] == [None]
    ev = one("L'aviation russe a mené une quinzaine de raids sur la province d'Idleb, selon l'OSDH.", lang="fr")
    assert ev["strikes"] is None


# "abattus au-dessus des régions de Kiev et de Jytomyr": where drones were downed in the
# plural ("des", "du") is no place struck either. Taken back once: listing "au-dessus des/du" as
# shoot-down and overflight words lowered held-out French text (real2 fr 0.647 -> 0.637),
# where "au-dessus du" also opens places that were struck. Read since r15-fr by the places
# only (places.airspace_preps "au-dessus des", not "du"): in an interception sentence, the
# units of the list right after it (locate._over_units); detection and cues untouched.
def test_downed_over_regions_in_the_plural_is_no_place_struck():
    ev = one("L'armée de l'air ukrainienne a indiqué avoir abattu 25 des 30 drones lancés par la Russie, "
             "principalement au-dessus des régions de Kiev et de Jytomyr.", lang="fr")
    assert ev["actor"] == "RUS" and ev["admin1"] == []
    ev = one("La défense aérienne russe a intercepté 18 drones lancés par l'Ukraine au-dessus des régions "
             "de Koursk et de Briansk, a indiqué le ministère.", lang="fr")
    assert ev["actor"] == "UKR" and ev["admin1"] == [] and ev["country"] == "RU"


# "au cours du week-end", "pendant le weekend": the Saturday to the Sunday before the
# announcement (CONVENTIONS, Dates).
def test_the_weekend_with_its_preposition():
    ev = one("L'armée israélienne a frappé des cibles du Hezbollah dans le sud du Liban au cours du "
             "week-end, a-t-elle annoncé mardi.", lang="fr")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-11", "2024-05-12")
    ev = one("Des drones ukrainiens ont frappé pendant le weekend une raffinerie de la région de Samara, "
             "a indiqué le gouverneur.", lang="fr")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-11", "2024-05-12")


# "entre le 10 et le 12 mai": a range of days whose second day repeats its article.
def test_range_between_two_days_with_their_articles():
    ev = one("Entre le 10 et le 12 mai, l'armée israélienne a frappé 40 cibles du Hezbollah dans le sud "
             "du Liban.", lang="fr")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-10", "2024-05-12")
    ev = one("L'aviation russe a mené 60 frappes dans la province d'Idleb entre le 3 et le 5 mai, selon "
             "l'OSDH.", lang="fr")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-03", "2024-05-05")


# The inflections of "cibler" the form tables lack ("ciblées", "ciblés", "ciblée"): a passive
# strike with its agent.
def test_passive_targeted_and_hit_with_their_agent():
    ev = one("Des positions du PKK ont été ciblées par l'aviation turque dans la région de Zap, a annoncé "
             "le ministère.", lang="fr")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"
    ev = one("Trois véhicules ont été ciblés par des drones turcs près de Qamichli, selon l'OSDH.", lang="fr")
    assert ev["actor"] == "TUR" and ev["operation"] == "drone_strike"
    ev = one("Une raffinerie a été ciblée par des drones ukrainiens dans la région de Samara, selon le "
             "gouverneur.", lang="fr")
    assert ev["actor"] == "UKR" and ev["admin1"] == ["RU-SAM"]


@pytest.mark.parametrize("force", ["l'armée israélienne", "l’armée israélienne"])
def test_strike_noun_with_its_means_then_its_force_and_the_sides_adjective(force):
    """"une frappe de drone de l'armée israélienne": the force after the strike's means, its
    side named by the adjective right after it (no linker between), struck; the elided article
    "l'" is glue as "le" is (triggers._force_of_strike_noun)."""
    ev = one(f"Une frappe de drone de {force} a tué deux combattants du Hezbollah près de Tyr, selon "
             "une source de sécurité.", "fr")
    assert (ev["actor"], ev["target_group"]) == ("ISR", "HEZBOLLAH")


# A force noun before the side's adjective ("l'armée turque", "les forces armées turques", "les
# forces de sécurité turques"), outside a strike sentence: the force carries over to the passive
# strike told next with no agent ("Les terroristes ont été ciblés par des frappes aériennes").
@pytest.mark.parametrize("text, place", [
    ("Les forces armées turques ont neutralisé quatre terroristes du PKK dans le nord de l'Irak, a annoncé "
     "mardi le ministère de la Défense. Les terroristes ont été ciblés par des frappes aériennes dans la "
     "région de Gara.", "Gara"),
    ("L'armée turque a « neutralisé » sept membres du PKK, a déclaré lundi le ministère de la Défense. Ils "
     "ont été visés par des frappes aériennes dans la région de Metina.", "Metina"),
    ("Les forces de sécurité turques ont neutralisé deux terroristes dans le nord de la Syrie, a indiqué le "
     "ministère. Les terroristes ont été frappés par un drone près de Tall Rifaat.", "Tall Rifat"),
    ("Les forces de sécurité turques ont « neutralisé » trois terroristes, a annoncé jeudi le ministère de la "
     "Défense nationale. Ils ont été ciblés par des frappes aériennes dans la région de Zap.", "Zap"),
])
def test_force_noun_before_the_side_adjective_carries_over_to_a_passive_strike(text, place):
    ev = one(text, lang="fr")
    assert ev["actor"] == "TUR" and ev["claimant"] == "TUR"
    assert place in names(ev)


@pytest.mark.xfail(strict=True, reason="'forces' alone is no military body in fr.toml (it would also "
                   "read 'les forces du Hamas', 'forces de défense'); only 'forces armées' and 'forces "
                   "de sécurité' carry over")
def test_bare_forces_before_the_side_adjective_carries_over():
    ev = one("Les forces israéliennes ont tué deux combattants du Hamas à Khan Younès, a indiqué l'armée. "
             "Ils ont été visés par une frappe aérienne dans le quartier de Zeitoun.", lang="fr")
    assert ev["actor"] == "ISR"


# A direction without a distance after what was hit and its owner's name ("un bâtiment de Daech à
# l'ouest de X", "un dépôt d'armes du Hezbollah au sud de X"): X is the place struck
# (CONVENTIONS: "targets east of X" -> X); the owner's name between is no other place.
@pytest.mark.parametrize("text, place, unit", [
    ("Des Rafale français ont détruit mardi un bâtiment de Daech à l'ouest de Kirkouk, a annoncé "
     "l'état-major.", "Kirkuk", "IQ-KI"),
    ("Des avions français ont frappé lundi des positions de l'EI au nord de Mossoul.", "Mosul", "IQ-NI"),
    ("Des avions français ont frappé lundi un abri de l'EI à l'est de Tikrit, selon le ministère des "
     "Armées.", "Tikrit", "IQ-SD"),
    ("L'aviation israélienne a frappé mardi un dépôt d'armes du Hezbollah au sud de Nabatieh, a indiqué "
     "l'armée.", "Nabatieh", "LB-NA"),
])
def test_direction_after_a_target_and_its_owner_names_the_place(text, place, unit):
    ev = one(text, lang="fr")
    assert place in names(ev) and unit in ev["admin1"]


def test_direction_after_a_settlement_noun_stays_no_place():
    # "un village de la région au nord de X": a place located by another, not the place struck
    ev = one("Des avions français ont frappé lundi un village de la région au nord de Mossoul.", lang="fr")
    assert names(ev) == []


# "selon les autorités locales", "ont indiqué les autorités régionales": the authorities of the
# place struck speak for its state (as its governor does), never for the striker named beside them.
@pytest.mark.parametrize("text, actor, claimant", [
    ("Au moins dix personnes ont été blessées dans la nuit dans des attaques de drones russes contre "
     "Poltava, selon les autorités locales.", "RUS", "UKR"),
    ("Des drones russes ont frappé mardi un immeuble à Kharkiv, ont indiqué les autorités régionales.",
     "RUS", "UKR"),
    ("Une frappe de missile russe a touché une école à Odessa, selon les autorités locales, qui font état "
     "de deux blessés.", "RUS", "UKR"),
    ("Des drones ukrainiens ont touché une raffinerie à Saratov, selon les autorités locales.", "UKR", "RUS"),
])
def test_local_authorities_speak_for_the_state_struck(text, actor, claimant):
    ev = one(text, lang="fr")
    assert (ev["actor"], ev["claimant"]) == (actor, claimant)


# "À" written as a bare capital "A" at the head of a sentence ("A Kramatorsk, ..."), as wire copy
# often spells it: the place preposition all the same; the verb "a" stays no preposition.
@pytest.mark.parametrize("text, place, unit", [
    ("A Kramatorsk, deux personnes ont été blessées lors d'une attaque de drones russes, a indiqué le "
     "gouverneur régional.", "Kramatorsk", "UA-14"),
    ("A Kharkiv, des drones russes ont touché un entrepôt dans la nuit, selon le gouverneur régional.",
     "Kharkiv", "UA-63"),
    ("A Kramatorsk, une frappe russe a détruit un immeuble, a annoncé le maire.", "Kramatorsk", "UA-14"),
    ("Des drones russes ont frappé Soumy. A Poltava, un missile a touché une usine, a précisé le "
     "gouverneur.", "Poltava", "UA-53"),
])
def test_capital_a_without_accent_opens_the_place_struck(text, place, unit):
    ev = one(text, lang="fr")
    assert place in names(ev) and unit in ev["admin1"] and ev["country"] == "UA"
    assert ev["claimant"] == "UKR"


# A kill word, a plural quantifier with no number and a partitive pronoun for the fighters named
# before it ("tuant plusieurs d'entre eux", quoted or not): fighters killed, their number not
# given: personnel with no count, killed null.
@pytest.mark.parametrize("text", [
    "Les Etats-Unis ont mené mardi une frappe contre des shebab près de Kismayo, tuant plusieurs d'entre eux.",
    "Les Etats-Unis ont annoncé avoir mené jeudi en Somalie une frappe contre des shebab, tuant \"plusieurs\" "
    "d'entre eux.",
    "L'aviation turque a frappé des positions du PKK dans la région de Zap, tuant plusieurs d'entre eux.",
    "Des drones américains ont visé lundi des combattants d'Al-Qaïda près de Marib, tuant « plusieurs » "
    "d'entre eux, a indiqué le Centcom.",
])
def test_several_of_them_killed_is_personnel_with_no_count(text):
    ev = one(text, lang="fr")
    assert ev["killed"] is None
    assert ("personnel", None) in [(t["type"], t["count"]) for t in ev["targets_hit"]]


def test_several_of_them_after_a_building_is_no_personnel():
    ev = one("Des drones russes ont frappé un immeuble à Kharkiv, tuant plusieurs d'entre eux.", lang="fr")
    assert "personnel" not in [t["type"] for t in ev["targets_hit"]]


# The defender's air defence as the subject of a destroy verb whose object is the weapons counted
# ("... précisant que les systèmes de défense aérienne ukrainiens avaient détruit 13 drones"), in
# the launch report's own sentence: no air-defence target; an air defence struck stays one.
@pytest.mark.parametrize("text", [
    "La Russie a lancé 19 drones contre l'Ukraine dans la nuit, a déclaré l'armée de l'air ukrainienne, "
    "précisant que les systèmes de défense aérienne ukrainiens avaient détruit 13 drones.",
    "La Russie a tiré 30 drones et quatre missiles sur l'Ukraine, selon l'armée de l'air, qui précise que les "
    "batteries de défense antiaérienne ukrainiennes ont détruit 22 drones.",
    "La Russie a lancé 40 drones contre l'Ukraine, a indiqué l'armée de l'air, ajoutant que la défense "
    "antiaérienne avait détruit 31 drones.",
    "Moscou a lancé 25 drones contre l'Ukraine durant la nuit, a affirmé l'armée de l'air, dont les systèmes de "
    "défense aérienne ont abattu 18 drones.",
])
def test_air_defence_downing_counted_weapons_is_no_target(text):
    ev = one(text, lang="fr")
    assert ev["actor"] == "RUS" and "air_defense" not in [t["type"] for t in ev["targets_hit"]]


@pytest.mark.parametrize("text", [
    "Des drones ukrainiens ont détruit un système de défense aérienne russe près de Koursk.",
    "L'armée israélienne a frappé une batterie de défense aérienne syrienne qui avait tiré deux missiles sur "
    "ses avions.",
])
def test_air_defence_struck_stays_a_target(text):
    assert "air_defense" in [t["type"] for t in one(text, lang="fr")["targets_hit"]]


# An air-defence type named as the counted missiles fired ("quatre missiles S-300", "deux missiles
# S-300"): the weapon used, no air-defence target; a system or launcher struck stays one.
@pytest.mark.parametrize("text", [
    "La Russie a lancé dans la nuit 20 drones et quatre missiles S-300 contre la région de Kharkiv, a indiqué "
    "l'armée de l'air ukrainienne.",
    "L'armée russe a tiré deux missiles S-300 sur Kharkiv, selon le gouverneur.",
    "Trois missiles S-300 russes ont frappé mardi un quartier de Kramatorsk, a indiqué le maire.",
])
def test_counted_missiles_of_an_air_defence_type_are_no_target(text):
    ev = one(text, lang="fr")
    assert "air_defense" not in [t["type"] for t in ev["targets_hit"]] and "S-300" in ev["platforms"]


def test_an_air_defence_system_of_that_type_struck_stays_a_target():
    ev = one("Des drones ukrainiens ont détruit un système S-300 russe en Crimée.", lang="fr")
    assert "air_defense" in [t["type"] for t in ev["targets_hit"]]


# An official's title, the unit it heads, then the official's name set off by a comma ("le
# gouverneur de la région de Briansk, Alexandr Bogomaz"): the name is the person's, no place of a
# list; a list of places after a settlement noun goes on.
@pytest.mark.parametrize("text, person", [
    ("Des drones ukrainiens ont frappé un dépôt pétrolier dans la région de Briansk, a indiqué le gouverneur de "
     "la région de Briansk, Alexandr Bogomaz.", "Alexandr Bogomaz"),
    ("Le gouverneur de la région de Koursk, Roman Starovoït, a indiqué qu'un drone ukrainien avait frappé une "
     "maison dans le village de Tiotkino.", "Roman Starovoït"),
    ("Un drone ukrainien a frappé une raffinerie à Novokouïbychevsk, a déclaré le gouverneur de la région de "
     "Samara, Viatcheslav Fedorichtchev.", "Viatcheslav Fedorichtchev"),
    ("Des missiles russes ont touché un entrepôt à Lviv, selon le gouverneur de la région de Lviv, Maksym "
     "Kozytsky.", "Maksym Kozytsky"),
])
def test_official_named_after_the_unit_of_the_title_is_no_place(text, person):
    assert person not in names(one(text, lang="fr"))


def test_list_of_villages_goes_on_after_a_comma():
    ev = one("Des drones russes ont frappé les villages de Velyka Pysarivka, Krasnopillia et Myropillia, dans "
             "la région de Soumy.", lang="fr")
    assert len(names(ev)) == 3


# The interception noun ("a fait état de l'interception de six drones ukrainiens", "d'interceptions
# de plusieurs drones"): the drones downed are a strike report of the side that launched them
# (CONVENTIONS), with no unit struck; an interception system named in a test reports nothing.
@pytest.mark.parametrize("text", [
    "En Russie, le gouverneur de la région de Rostov a fait état d'interceptions de plusieurs drones ukrainiens "
    "qui n'ont pas fait de victime.",
    "Le gouverneur de la région de Belgorod a fait état de l'interception de six drones ukrainiens dans la nuit.",
    "Le ministère russe de la Défense a annoncé l'interception de 12 drones ukrainiens.",
    "Les autorités de la région de Voronej ont signalé mardi l'interception de quatre drones ukrainiens.",
])
def test_interception_noun_reports_the_launcher_strike(text):
    ev = one(text, lang="fr")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("UKR", "RUS", "drone_strike")
    assert ev["country"] == "RU" and ev["admin1"] == []


def test_interception_system_tested_is_no_strike():
    assert events("Le système d'interception Arrow a été testé avec succès, selon le ministère israélien de la "
                  "Défense.", lang="fr") == []


# A denial of the loss of the side's own weapon ("a démenti la destruction d'un de ses missiles par
# l'EI lors d'un raid mené lundi contre ..."): the enemy's shoot-down claim is denied, the raid the
# sentence tells stays reported; a denial of the strike itself still reports nothing.
@pytest.mark.parametrize("text, actor", [
    ("L'armée française a démenti jeudi la destruction d'un de ses missiles par l'Etat islamique lors d'un raid "
     "mené lundi contre un camp d'entraînement de l'organisation près d'Alep.", "FRA"),
    ("L'armée israélienne a démenti la perte d'un de ses drones lors d'un raid mené mardi contre des positions du "
     "Hezbollah près de Nabatieh.", "ISR"),
    ("Le Pentagone a démenti la destruction d'un de ses drones par les Houthis lors d'un raid mené lundi contre "
     "un site de missiles près de Hodeïda.", "USA"),
    ("L'armée turque a démenti mercredi la perte de son drone lors d'une opération menée contre des positions du "
     "PKK dans la région de Gara.", "TUR"),
])
def test_denied_loss_of_own_weapon_keeps_the_strike(text, actor):
    assert one(text, lang="fr")["actor"] == actor


@pytest.mark.parametrize("text", [
    "Moscou a démenti que ses avions aient bombardé l'hôpital d'Idleb.",
    "La Turquie a démenti la perte de ses drones et nié avoir bombardé le village de Derik.",
])
def test_denied_strike_stays_no_report(text):
    assert events(text, lang="fr") == []


# A house struck ("une maison", "deux maisons") is a building (CONVENTIONS.md: unspecified
# structures, houses -> building), as "house", "casa", "Wohnhaus", "дом" are in the other
# lexicons; "la Maison Blanche" is no house. Recurred in real11 (fr-chretiens-20240806-...,
# fr-boursier-20230925-...), real15 (fr-arabobserver-...-bint-jbeil), real17 (fr-telquel-...).
@pytest.mark.parametrize("text, lang, count", [
    ("Un drone israélien a frappé une maison dans le village de Kfar Tibnit, a indiqué l'armée israélienne.", "fr", 1),
    ("L'aviation israélienne a bombardé deux maisons à Beit Lahia, a annoncé l'armée.", "fr", 2),
    ("Une frappe aérienne israélienne a visé une maison du village de Yaroun, selon l'armée israélienne.", "fr", 1),
    ("Des drones russes ont touché des maisons dans la région de Soumy, a déclaré l'armée de l'air ukrainienne.", "fr", None),
    ("Un dron israelí atacó una casa en la aldea de Yaroun, informó el ejército israelí.", "es", None),
    ("An Israeli drone struck a house in the village of Yaroun, the Israeli army said.", "en", None),
])
def test_house_struck_is_a_building(text, lang, count):
    hit = [t for t in one(text, lang=lang)["targets_hit"] if t["type"] == "building"]
    assert len(hit) == 1
    if lang == "fr":
        assert hit[0]["count"] == count


@pytest.mark.parametrize("text", [
    "La Maison Blanche a salué mardi les frappes aériennes américaines contre les positions des Houthis au Yémen.",
])
def test_white_house_is_no_house_struck(text):
    assert all(t["type"] != "building" for e in events(text, lang="fr") for t in e["targets_hit"])


# A strike told as one more ("une autre frappe", "another airstrike", "otro ataque") after a
# first strike told by its verb and one object ("un drone a frappé une maison"): the two are
# counted (ANNOTATING.md: single strikes on one target each are summed). Before, with no
# singular strike noun for the first, no count was given. Recurred with "autre(s) frappe(s)" in
# real8 (fr-gms-...-khan-younes-tentes), real10 (fr-lesoleil-...-jarjouh-ainata), real11
# (fr-chretiens-20240806-isr-drone-maifadoun-khiam: fixed), real13
# (fr-boursorama-...-manbij-mossoul-ramadi), real17 (fr-telquel-...-jabalia-...).
@pytest.mark.parametrize("text, lang", [
    ("Un drone israélien a frappé une maison à Yaroun, a indiqué l'armée israélienne. Une autre frappe aérienne "
     "a visé une voiture à Khiam.", "fr"),
    ("Un drone israélien avait ciblé une voiture à Bint Jbeil, a indiqué l'armée israélienne. Elle a ajouté "
     "qu'une autre frappe aérienne avait visé une maison à Khiam.", "fr"),
    ("Cinq personnes ont été tuées lors de frappes aériennes israéliennes sur deux villages, selon l'armée "
     "israélienne. Un drone israélien a ciblé une maison à Kfar Kila. Une autre frappe aérienne a visé une "
     "voiture à Khiam.", "fr"),
    ("L'aviation turque a bombardé un abri du PKK près de Gara, selon le ministère turc de la Défense. Une autre "
     "frappe a détruit un dépôt de munitions près de Metina.", "fr"),
    ("An Israeli drone struck a house in Yaroun, the Israeli army said. Another airstrike hit a car in Khiam.", "en"),
    ("Un dron israelí atacó una casa en Yaroun, informó el ejército israelí. Otro ataque aéreo alcanzó un coche "
     "en Khiam.", "es"),
])
def test_another_strike_after_one_told_by_its_verb_counts_two(text, lang):
    assert one(text, lang=lang)["strikes"] == 2


@pytest.mark.parametrize("text, lang", [
    # plural objects, or an approximate count of them: how many strikes the first verb told is not said
    ("Des avions israéliens ont frappé des positions à Yaroun, selon l'armée israélienne. Une autre frappe a "
     "visé une voiture à Khiam.", "fr"),
    ("L'armée israélienne a frappé une dizaine de cibles du Hezbollah à Yaroun. Une autre frappe a visé une "
     "voiture à Khiam.", "fr"),
    ("Israeli jets struck positions in Yaroun, the army said. Another airstrike hit a car in Khiam.", "en"),
])
def test_another_strike_after_plural_objects_gives_no_count(text, lang):
    assert one(text, lang=lang)["strikes"] is None


@pytest.mark.parametrize("text, count", [
    pytest.param("Une frappe de drone israélienne a visé une voiture à Jarjouh, a indiqué l'armée israélienne. "
                 "L'agence ANI a fait état plus tôt d'une autre frappe de drone israélienne près d'Ainata.", 2,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the other strike told only as what an agency reported ('a fait état d'une autre frappe') "
                     "is not joined to the event: its sentence has no strike verb and no striker of its own"))),
    pytest.param("Sept personnes ont été tuées dans une frappe aérienne israélienne sur des tentes près de Khan "
                 "Younès, selon l'armée israélienne. Huit personnes sont mortes dans deux autres frappes sur des "
                 "camps de la côte.", 3,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a toll told with 'sont mortes dans' (mourir) is not read as a toll sentence, so the two "
                     "other strikes it names are not joined to the event"))),
])
def test_other_strikes_told_apart_are_added(text, count):
    assert one(text, lang="fr")["strikes"] == count


# A state's adjective after an official source names the claimant in every gender and number:
# "des sources militaires libanaises" as "une source militaire libanaise" ([place_adjectives]
# matches by spelling, so it lists the plural forms; claimant._owner).
@pytest.mark.parametrize("text, lang, claimant", [
    ("Un drone israélien a frappé une voiture près de Nabatieh, selon des sources militaires libanaises.", "fr", "LBN"),
    ("Deux personnes ont été tuées mardi lors d'une frappe aérienne israélienne sur le village de Kfar Tebnit, "
     "ont indiqué des sources militaires libanaises.", "fr", "LBN"),
    ("L'aviation américaine a frappé un dépôt d'armes près de Marib mardi, ont indiqué des sources militaires "
     "yéménites.", "fr", "YEM"),
    ("Des avions russes ont bombardé lundi un camp près de Syrte, selon des sources sécuritaires libyennes.", "fr", "LBY"),
    ("Des drones turcs ont frappé mercredi un véhicule près de Sinjar, ont affirmé des sources sécuritaires "
     "irakiennes.", "fr", "IRQ"),
    pytest.param("Two people were killed on Tuesday in an Israeli airstrike on the village of Kfar Tebnit, Lebanese "
                 "military sources said.", "en", "LBN",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the state's adjective before 'military sources' is not read as the source's owner: "
                     "the claimant falls back to the actor"))),
    pytest.param("Dos personas murieron el martes en un ataque aéreo israelí contra la aldea de Kfar Tebnit, según "
                 "fuentes militares libanesas.", "es", "LBN",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the Spanish place adjectives are listed by spelling in the singular only: 'libanesas' "
                     "names no state (the Spanish lexicon's owner to complete)"))),
])
def test_a_plural_state_adjective_after_an_official_source_names_the_claimant(text, lang, claimant):
    assert one(text, lang=lang)["claimant"] == claimant


def _event_of(found, actor):
    return next(e for e in found if e["actor"] == actor)


# A group's strike on one state's forces, with no place struck named in its sentences, fell in
# that state, not in the story's country (the other side's, where its strikes fell): "le
# Hezbollah a attaqué deux positions de l'armée israélienne" -> IL; at sea (a sea named) in no
# country (locate._group_strike_on_state).
@pytest.mark.parametrize("text, lang, country", [
    ("Des avions israéliens ont frappé mardi le village de Yaroun, dans le sud du Liban. De son côté, le Hezbollah "
     "a affirmé avoir attaqué deux positions de l'armée israélienne avec des roquettes.", "fr", "IL"),
    ("L'aviation israélienne a bombardé lundi la localité de Khiam, dans le sud du Liban. Le Hezbollah a revendiqué "
     "des tirs de roquettes contre une caserne israélienne.", "fr", "IL"),
    ("Tsahal a frappé dimanche des positions du Hezbollah près de Naqoura, au Liban. En riposte, le Hezbollah a tiré "
     "des roquettes sur une caserne israélienne.", "fr", "IL"),
    ("Des avions américains ont frappé vendredi des sites houthis près de Hodeida, au Yémen. Les Houthis ont dit "
     "avoir visé un navire de guerre américain en mer Rouge avec des missiles.", "fr", None),
    ("Israeli jets struck the village of Yaroun in southern Lebanon on Tuesday. Hezbollah said it attacked two "
     "Israeli army positions with rockets.", "en", "IL"),
    ("Aviones israelíes atacaron el martes la aldea de Yaroun, en el sur del Líbano. Hezbolá afirmó haber atacado "
     "dos posiciones del ejército israelí con cohetes.", "es", "IL"),
    pytest.param("US jets struck Houthi sites near Hodeidah, Yemen, on Friday. The Houthis said they targeted an "
                 "American warship in the Red Sea with missiles.", "en", None,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'an American warship' is not read as the United States' asset (target_group null), so "
                     "the event takes the story's country (YE) though it names the Red Sea"))),
])
def test_a_group_strike_on_a_state_falls_in_that_state(text, lang, country):
    found = events(text, lang=lang)
    group = "HOUTHI" if "Houthi" in text else "HEZBOLLAH"
    assert _event_of(found, group)["country"] == country


# "by" after a strike verb and its object ("a frappé un entrepôt utilisé par les combattants de
# Daech") brings in the object's user, not the striker (roles._object_between): the group is
# whose assets were hit.
@pytest.mark.parametrize("text, lang, actors", [
    ("Des avions israéliens ont bombardé un tunnel utilisé par les combattants du Hamas à Rafah, a indiqué "
     "l'armée.", "fr", ["ISR"]),
    ("Le 4 mars, deux Rafale ont frappé un entrepôt utilisé par les combattants de Daech au nord de Tikrit, a "
     "annoncé l'état-major.", "fr", []),
    ("Deux Rafale français ont frappé mardi un entrepôt utilisé par les combattants de Daech au nord de Tikrit, a "
     "annoncé l'état-major.", "fr", ["FRA"]),
    ("L'aviation turque a détruit lundi un abri utilisé par le PKK dans la région de Gara, selon le ministère turc "
     "de la Défense.", "fr", ["TUR"]),
    ("Two French Rafale jets struck a warehouse used by Islamic State fighters north of Tikrit on Tuesday, the army "
     "said.", "en", ["FRA"]),
    ("Dos cazas Rafale franceses atacaron el martes un almacén utilizado por combatientes del Estado Islámico al "
     "norte de Tikrit.", "es", ["FRA"]),
])
def test_by_after_the_strike_verbs_object_names_its_user_not_the_striker(text, lang, actors):
    assert sorted(e["actor"] for e in events(text, lang=lang)) == actors
