"""German constructions the extractor reads, each on a sentence the team wrote: the verb
bracket (a passive's auxiliary second, its participle last, its agent before the participle),
attributions inside a clause ("nach eigenen Angaben"), a fronted reaction phrase, groups named
after a descriptor or in a hyphened compound, and launch verbs ("abgefeuert")."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one, actors as codes


def actors(text: str, lang: str = "de") -> list[str]:
    return codes(events(text, lang=lang))


# --- the verb bracket: passive auxiliary second, participle last -------------------------

def test_bracket_passive_with_its_agent_before_the_participle():
    ev = one("Mehrere Stellungen der Hamas wurden am Montag im Norden des Gazastreifens von "
             "israelischen Kampfflugzeugen bombardiert.", lang="de")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HAMAS"


def test_bracket_passive_with_worden_after_the_participle():
    ev = one("Zwei Depots der Hisbollah seien von der israelischen Luftwaffe zerstört worden, "
             "teilte ein Armeesprecher am Dienstag mit.", lang="de")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH"


def test_bracket_passive_without_agent_makes_the_group_its_target_not_its_striker():
    # the group named before a passive participle is whose positions were hit
    assert "HEZBOLLAH" not in actors("Stellungen der Hisbollah wurden in der Nacht im Südlibanon "
                                     "angegriffen.")


def test_attributive_participle_names_the_launcher_before_it():
    ev = one("Am Abend schlug in Haifa eine von den Huthis abgefeuerte Rakete ein.", lang="de")
    assert ev["actor"] == "HOUTHI" and ev["operation"] == "missile_strike"


def test_abgefeuert_with_a_passive_agent_reports_the_launch():
    ev = one("Die Marschflugkörper seien in der Nacht von russischen Kriegsschiffen abgefeuert worden, "
             "teilte die ukrainische Luftwaffe mit.", lang="de")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR"


def test_active_perfect_of_fliegen_is_no_passive():
    # "sind ... geflogen" is the perfect of an active verb, not a passive
    ev = one("Syrische Kampfjets sind am Sonntag Angriffe auf Stellungen der Rebellen bei Hama geflogen.",
             lang="de")
    assert ev["actor"] == "SYR"


# --- attributions inside a clause -------------------------------------------------------

def test_own_attribution_between_subject_and_object_keeps_the_subject():
    ev = one("Die US-Armee hat nach eigenen Angaben bei einem Drohnenangriff in Somalia vier Kämpfer "
             "der Terrormiliz Al-Shabaab getötet.", lang="de")
    assert ev["actor"] == "USA" and ev["target_group"] == "SHABAAB"


def test_own_attribution_before_a_bare_object_keeps_the_subject():
    ev = one("Israel hat nach eigenen Angaben die Hamas in Rafah aus der Luft angegriffen.", lang="de")
    assert ev["actor"] == "ISR"


def test_attribution_to_a_source_before_the_subject_still_names_the_striker():
    ev = one("Laut der israelischen Armee hat die Hisbollah am Morgen 30 Raketen auf Kiriat Schmona "
             "abgefeuert.", lang="de")
    assert ev["actor"] == "HEZBOLLAH"


def test_a_reporting_verb_still_hands_the_subject_to_the_reported_clause():
    ev = one("The Pentagon said the coalition struck Islamic State fighters near Hajin on Sunday.")
    assert ev["actor"] == "COALITION"


# --- a fronted reaction phrase ------------------------------------------------------------

def test_fronted_reaction_phrase_does_not_head_the_sentence():
    ev = one("Als Reaktion auf den Beschuss aus dem Libanon hat die israelische Luftwaffe am Freitag "
             "Stellungen der Hisbollah im Südlibanon angegriffen.", lang="de")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH"


def test_fronted_reaction_phrase_in_russian():
    ev = one("В ответ на ракетный обстрел израильская авиация нанесла удары по объектам ХАМАС в Газе.",
             lang="ru")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HAMAS"


def test_reaction_phrase_after_a_comma_still_reports_the_answered_strike():
    # mid-sentence the answered strike has its own predicate ("qui ont touché"): still an event
    found = actors("Le porte-parole des rebelles a indiqué que ces tirs avaient été menés en réponse "
                   "aux frappes aériennes israéliennes qui ont touché le port de Hodeïdah lundi.", lang="fr")
    assert found == ["ISR"]


# --- whose assets: a descriptor before the group, a hyphened compound ----------------------

def test_group_after_a_descriptor_noun_owns_the_target():
    ev = one("Türkische Kampfflugzeuge haben Unterstände der verbotenen Arbeiterpartei Kurdistans im "
             "Nordirak zerstört.", lang="de")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"


def test_group_after_a_descriptor_noun_in_english():
    ev = one("French jets struck hideouts of the jihadist group al-Qaeda near Tessalit on Friday.")
    assert ev["actor"] == "FRA" and ev["target_group"] == "AQ"


def test_side_hyphened_to_a_target_kind_is_the_target_not_the_striker():
    ev = one("Die Huthis teilten mit, ein US-Frachtschiff im Roten Meer mit Raketen beschossen zu haben.",
             lang="de")
    assert ev["actor"] == "HOUTHI" and ev["target_group"] == "USA"


# --- a group named by a generic noun, an ally after a possessive ---------------------------

def test_group_noun_stands_for_the_armed_group_named_before():
    ev = events("Ein Sprecher der Huthis teilte am Sonntag mit, die Rebellen hätten mehrere "
                "Drohnenangriffe auf einen Flughafen in Saudi-Arabien ausgeführt.", lang="de")
    assert [e["actor"] for e in ev] == ["HOUTHI"]


def test_group_noun_without_a_group_named_before_is_no_side():
    assert actors("Die Rebellen hätten am Sonntag mehrere Drohnenangriffe auf einen Flughafen "
                  "ausgeführt.") == []


def test_ally_after_a_possessive_strikes_too():
    ev = events("Bei Angriffen der syrischen Armee und ihrer russischen Verbündeten wurden in der Provinz "
                "Hama zahlreiche Stellungen der Rebellen zerstört.", lang="de")
    assert sorted(e["actor"] for e in ev) == ["RUS", "SYR"]


# --- attributions name the source after them; counts -------------------------------------

def test_attribution_source_after_it_is_the_claimant_not_the_striker_before():
    ev = one("Bei Luftangriffen der syrischen Luftwaffe sind laut Aktivisten in Idlib 14 Zivilisten "
             "getötet worden.", lang="de")
    assert ev["actor"] == "SYR" and ev["claimant"] == "OTHER"


def test_own_attribution_keeps_the_striker_as_claimant():
    ev = one("Die israelische Armee hat nach eigenen Angaben Stellungen der Hamas in Chan Junis "
             "angegriffen.", lang="de")
    assert ev["claimant"] == "ISR"


def test_fighters_of_a_group_after_its_descriptor_are_counted_as_killed():
    ev = one("Die US-Armee hat bei einem Luftangriff in Somalia sieben Kämpfer der Terrormiliz "
             "Al-Shabaab getötet.", lang="de")
    assert ev["killed"] == 7 and ev["target_group"] == "SHABAAB"


def test_projectiles_fired_by_a_militia_are_artillery():
    ev = one("Die Hisbollah hat am Abend 40 Geschosse auf Nordisrael abgefeuert.", lang="de")
    assert ev["actor"] == "HEZBOLLAH" and ev["operation"] == "artillery"


# --- launch verbs, capitals for their governments -----------------------------------------

def test_drones_launched_in_an_interception_report():
    ev = one("Die ukrainische Luftwaffe teilte am Morgen mit, Russland habe in der Nacht 74 Drohnen und "
             "zwei Raketen eingesetzt. 60 Drohnen seien abgefangen worden.", lang="de")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR" and ev["operation"] == "drone_strike"


def test_drones_started_are_launched():
    assert actors("Russland hat in der Nacht mehr als 50 Kampfdrohnen gegen die Ukraine gestartet, "
                  "teilte die ukrainische Luftwaffe mit.") == ["RUS"]


def test_aircraft_that_started_took_off():
    assert actors("Die Kampfflugzeuge der Bundeswehr seien am Montag zu einer Übung gestartet.") == []


def test_weapons_used_in_a_passive_tally_are_no_launch():
    assert actors("Seit Beginn des Einsatzes seien von der Koalition mehr als 900 Raketen eingesetzt "
                  "worden, hieß es in Washington.") == []


def test_a_capital_speaks_and_strikes_for_its_government():
    ev = events("Eriwan habe am Morgen Kampfhubschrauber und Drohnen gegen aserbaidschanische Panzer "
                "eingesetzt, teilte das Verteidigungsministerium mit.", lang="de")
    assert [e["actor"] for e in ev] == ["ARM"]


def test_an_accusation_to_use_drones_is_no_launch():
    assert actors("Kiew warf Moskau vor, iranische Drohnen gegen Kraftwerke einzusetzen.") == []


# --- attributive participles; a side named outside a strike is not the next strike's -------

def test_participle_between_article_and_noun_predicates_no_strike():
    assert actors("Von dem bombardierten Flugplatz aus habe die syrische Armee zuvor ihre Hubschrauber "
                  "eingesetzt.") == []


def test_side_whose_assets_an_actorless_strike_hit_is_not_its_striker():
    ev = events("Russische Kampfjets haben am Montag ein Treibstofflager bei Saporischschja zerstört, "
                "teilte das Ministerium mit. Von dort habe die ukrainische Armee ihre Truppen versorgt. "
                "Zudem sei ein Depot der ukrainischen Armee bei Charkiw bombardiert worden.", lang="de")
    assert [e["actor"] for e in ev] == ["RUS"]


def test_side_whose_assets_a_strike_hit_in_english():
    ev = events("Russian jets destroyed a fuel depot near Zaporizhzhia, the ministry said. The Ukrainian "
                "army had supplied its troops from there. A depot of the Ukrainian army near Kharkiv "
                "was also struck.")
    assert [e["actor"] for e in ev] == ["RUS"]


def test_compound_of_a_weapon_and_a_fixed_target_is_what_was_hit():
    ev = one("Israelische Kampfjets haben in der Nacht ein Raketenlager der Hisbollah im Südlibanon "
             "zerstört.", lang="de")
    assert [t["type"] for t in ev["targets_hit"]] == ["weapons_depot"]


def test_a_weapon_compound_that_strikes_stays_the_strikers():
    ev = one("Russische Kampfhubschrauber griffen am Morgen Stellungen der Rebellen bei Hama an.", lang="de")
    assert "aircraft" not in [t["type"] for t in ev["targets_hit"]]


def test_somali_regions_by_their_german_names():
    ev = one("Die US-Armee hat bei einem Luftangriff in der Region Unter-Juba drei Kämpfer der Al-Shabaab "
             "getötet.", lang="de")
    assert ev["admin1"] == ["SO-JH"] and ev["country"] == "SO"


def test_a_side_adjective_before_a_territory_noun_is_a_place_not_a_striker():
    ev = events("Iran hat in der Nacht Raketen auf Israel abgefeuert. Einige Raketen trafen israelisches "
                "Territorium im Negev, teilte die Armee mit.", lang="de")
    assert [e["actor"] for e in ev] == ["IRN"]


def test_territory_noun_in_english():
    ev = events("Iran fired missiles at Israel overnight. Several missiles hit Israeli territory in the "
                "Negev, the army said.")
    assert [e["actor"] for e in ev] == ["IRN"]


# --- session 7 (real5): attributions with an adjective, sides' adjectives on targets --------

def test_attribution_with_an_adjective_keeps_the_subject_as_striker():
    # "nach ukrainischen Angaben" is an attribution inside the clause, like "nach eigenen
    # Angaben": the side named after it is the object's, not the subject of a reported clause
    ev = one("Ukrainische Drohnen haben in der Nacht nach ukrainischen Angaben ein russisches "
             "Munitionslager in der Region Brjansk getroffen.", lang="de")
    assert ev["actor"] == "UKR" and ev["claimant"] == "UKR"


def test_a_side_adjective_before_a_fixed_target_is_whose_assets():
    ev = one("Israelische Kampfflugzeuge haben nach israelischen Angaben eine syrische Radarstation "
             "bei Damaskus zerstört.", lang="de")
    assert ev["actor"] == "ISR" and ev["target_group"] == "SYR"


def test_a_side_adjective_before_a_fixed_target_in_english():
    ev = one("Ukrainian drones overnight hit a Russian oil refinery in the Samara region, the Ukrainian "
             "general staff said.")
    assert ev["actor"] == "UKR" and ev["target_group"] == "RUS"


def test_a_side_adjective_before_a_striking_kind_may_still_strike():
    ev = one("Russische Kampfhubschrauber griffen am Morgen Stellungen der Rebellen bei Hama an.", lang="de")
    assert ev["actor"] == "RUS"


# --- modality: what would happen, oaths -------------------------------------------------

def test_a_condition_put_first_and_the_subjunctive_report_no_strike():
    assert events("Sollten die USA Syrien erneut angreifen, würden die Raketen abgeschossen und die "
                  "Abschussrampen beschossen, sagte der russische Botschafter.", lang="de") == []


def test_an_oath_to_shoot_down_reports_no_strike():
    assert events("Russland hat geschworen, alle Raketen abzuschießen, die von amerikanischen "
                  "Kriegsschiffen auf Syrien abgefeuert werden.", lang="de") == []


def test_potential_targets_in_the_subjunctive_report_no_strike():
    assert events("Potenzielle Ziele wären auch iranische Stützpunkte, wenn von dort Drohnen auf Israel "
                  "abgefeuert würden.", lang="de") == []


# --- groups in modifiers and passives ---------------------------------------------------

def test_a_group_agent_of_an_attributive_participle_is_no_striker():
    # "das von der Hamas kontrollierte Gebiet": the group controls the area it names
    assert events("Bei Luftangriffen auf das von der Hamas kontrollierte Gebiet im Süden des "
                  "Gazastreifens sind nach palästinensischen Angaben zwölf Menschen getötet worden.",
                  lang="de") == []


def test_a_leader_named_in_a_participle_attribute_leaves_the_striker():
    ev = one("Kampfjets der von den USA geführten Koalition haben am Freitag Stellungen des IS bei "
             "Hadschin angegriffen.", lang="de")
    assert ev["actor"] == "COALITION" and ev["target_group"] == "ISIS"


def test_bracket_passive_with_a_quote_closing_before_worden():
    assert "ISIS" not in actors("Die Terrormiliz IS sei „durch mehrere Luftangriffe zerstört“ worden, "
                                "hieß es in einer Mitteilung des irakischen Militärs.")


# --- fighters killed, named before their group ------------------------------------------

def test_fighters_of_a_group_with_its_short_form_in_a_detail_sentence():
    ev = one("Die irakische Luftwaffe hat am Montag ein Versteck des IS in der Provinz Anbar bombardiert. "
             "Dabei habe die Armee nach eigenen Angaben neun Kämpfer der Terrormiliz Islamischer Staat "
             "(IS) getötet.", lang="de")
    assert ev["actor"] == "IRQ" and ev["killed"] == 9


# 'Mitglieder' alone among the fighter nouns was taken back (it counts members who are no
# fighters; real2 killed 0.714 -> 0.667); bound to the armed group after it (grammar
# group_members, counts._group_members) it holds
def test_members_of_a_group_named_by_its_kind_are_killed_fighters():
    ev = one("Die irakische Luftwaffe hat am Montag ein Versteck des IS in der Provinz Anbar bombardiert. "
             "Die Armee habe dabei zwölf Mitglieder der Terrormiliz getötet.", lang="de")
    assert ev["killed"] == 12


# --- datelines, claims of responsibility, names ----------------------------------------

def test_a_middle_dot_dateline_under_the_headline_is_no_place_struck():
    ev = one("Saudische Jets bombardieren erneut Stellungen der Huthis im Norden des Jemen\n"
             "Sanaa · Kampfflugzeuge der saudisch geführten Koalition haben am Sonntag Stellungen der "
             "Huthi-Rebellen in der Provinz Saada angegriffen.", lang="de")
    assert ev["actor"] == "SAU" and ev["admin1"] == ["YE-SD"]


def test_a_group_that_claims_the_attack_strikes_and_claims_it():
    ev = one("Die Hamas bekannte sich am Sonntag zu dem Raketenangriff auf Aschkelon.", lang="de")
    assert ev["actor"] == "HAMAS" and ev["claimant"] == "HAMAS"


def test_the_revolutionary_guards_by_their_german_name_and_short_form():
    ev = one("Die Revolutionswächter haben nach eigenen Angaben Stellungen kurdischer Gruppen im Nordirak "
             "mit Drohnen angegriffen, hieß es in einer Mitteilung der IRGC.", lang="de")
    assert ev["actor"] == "IRN" and ev["claimant"] == "IRN"


def test_residential_houses_hit_are_buildings():
    ev = one("Israelische Kampfjets haben in der Nacht mehrere Wohnhäuser in Rafah getroffen, teilte die "
             "Armee mit.", lang="de")
    assert [t["type"] for t in ev["targets_hit"]] == ["building"]


def test_towns_of_the_samara_region_by_their_german_spellings():
    # the gazetteer's localities of the Russian regions added in session 6 (Samara, Tver, ...)
    ev = one("Ukrainische Drohnen haben in der Nacht eine Raffinerie in Sysran im Gebiet Samara "
             "angegriffen, teilte der Generalstab in Kiew mit.", lang="de")
    assert ev["admin1"] == ["RU-SAM"] and [loc["name"] for loc in ev["locations"]] == ["Syzran"]


# --- light verbs with a strike noun: the strike named again, an operation undertaken ------

def test_the_strike_named_again_with_erfolgen_gives_its_place_and_keeps_its_count():
    # "dass der Angriff ... erfolgte": the one strike told again (a definite singular is no
    # plural of strikes), with where it fell
    ev = one("Die US-Armee hat nach eigenen Angaben bei einem Luftangriff in Somalia zwei Kämpfer der "
             "Al-Shabaab getötet. Das Afrikakommando teilte mit, dass der Angriff am Dienstag nahe der "
             "Stadt Jilib in der Region Mittel-Juba erfolgte.", lang="de")
    assert ev["strikes"] == 1 and ev["admin1"] == ["SO-JD"] and [l["name"] for l in ev["locations"]] == ["Jilib"]


def test_air_operations_undertaken_are_strikes():
    ev = one("Die türkische Luftwaffe habe in Hakurk und Metina im Nordirak Luftoperationen unternommen, "
             "teilte der Generalstab mit.", lang="de")
    assert ev["actor"] == "TUR" and {l["name"] for l in ev["locations"]} == {"Hakurk", "Metina"}


def test_a_coalition_named_as_support_is_a_partner_not_a_striker():
    assert actors("Irakische Kampfjets haben am Donnerstag Stellungen des IS in der Provinz Anbar "
                  "bombardiert. Der Einsatz sei mit Unterstützung der internationalen Koalition erfolgt, "
                  "hieß es.") == ["IRQ"]


def test_the_strike_named_again_keeps_its_count_in_spanish():
    # the same rule (counts._definite_singular) in the other language with articles whose
    # lexicon lists only the plural of its strike noun
    ev = one("El ejército estadounidense mató a dos milicianos de Al Shabab en un ataque aéreo en Somalia, "
             "según un comunicado. El ataque se produjo el martes cerca de la ciudad de Jilib.", lang="es")
    assert ev["strikes"] == 1


# --- places and claimants: two countries joined, a source after a place word, nouns -------

def test_two_countries_joined_as_the_places_struck_leave_the_country_open():
    ev = one("Iranische Raketen haben in der Nacht Ziele in Syrien und im Irak getroffen, darunter in der "
             "Stadt Erbil, teilten die Revolutionsgarden mit.", lang="de")
    assert ev["country"] is None and ev["admin1"] == ["IQ-AR"]


def test_two_countries_joined_in_english():
    ev = one("Iranian missiles struck targets in Syria and Iraq overnight, including in the city of Erbil, "
             "the Revolutionary Guards said.")
    assert ev["country"] is None and ev["admin1"] == ["IQ-AR"]


def test_a_source_adjective_after_a_place_word_still_names_the_claimant():
    # "Aus syrischen Militärkreisen hieß es": "aus" is a place word, but the side names the source
    ev = one("Israelische Kampfjets haben in der Nacht Raketen auf Ziele nahe Damaskus abgefeuert. Aus "
             "syrischen Militärkreisen hieß es, die meisten Raketen seien abgefangen worden.", lang="de")
    assert ev["actor"] == "ISR" and ev["claimant"] == "SYR"


def test_a_noun_of_the_lexicon_after_a_preposition_is_no_place():
    # "auf Ziele": targets, not Zile (Turkey) found by its consonants
    ev = one("Israelische Kampfjets haben in der Nacht Raketen auf Ziele nahe Damaskus abgefeuert.", lang="de")
    assert ev["country"] == "SY" and ev["admin1"] == ["SY-DI"]


def test_the_noun_unternehmen_is_no_light_verb():
    assert actors("Ukrainische Drohnen haben eine Raffinerie in der Region Samara angegriffen. Der russische "
                  "Gouverneur schrieb von einem erfolglosen Angriff auf Unternehmen.") == ["UKR"]


def test_what_a_group_was_about_to_attack_is_no_target_hit():
    # "im Begriff gewesen, ... anzugreifen": an intent, like "versuchte"
    ev = one("Französische Kampfjets haben in Mali Stellungen der Al-Kaida bombardiert. Die Gruppe sei im "
             "Begriff gewesen, einen Flugplatz der malischen Armee anzugreifen, sagte ein Sprecher.", lang="de")
    assert [t["type"] for t in ev["targets_hit"]] == ["fighting_position"]


def test_a_village_the_gazetteer_lacks_is_given_in_english_spelling():
    # "Dschibschit": German letters for Jibshit (romanize.toml [de] respell), kept in English spelling
    ev = one("Die israelische Luftwaffe hat nach Armeeangaben in der Nacht Stellungen der Hisbollah im Dorf "
             "Dschibschit im Südlibanon bombardiert.", lang="de")
    assert [l["name"] for l in ev["locations"]] == ["Jibshit"]


def test_targets_had_in_sight_are_struck():
    # "hatten ... im Visier", "ins Visier genommen": a strike word with the means named
    ev = one("Israelische Kampfjets haben in der Nacht mehrere Dörfer im Südlibanon bombardiert. Nach "
             "Armeeangaben hatten die Kampfjets Waffenlager der Hisbollah im Visier.", lang="de")
    assert ev["target_group"] == "HEZBOLLAH" and [t["type"] for t in ev["targets_hit"]] == ["weapons_depot"]


def test_southern_lebanon_is_the_country_not_a_governorate():
    # the German reference annotations map "Südlibanon" to no governorate (dev, team, real4)
    ev = one("Israelische Kampfjets haben am Montag Ziele im Südlibanon angegriffen, teilte die Armee mit.",
             lang="de")
    assert ev["country"] == "LB" and ev["admin1"] == []


def test_intelligence_circles_speak_for_their_side():
    # "Geheimdienstkreisen zufolge", "des Inlandsgeheimdienstes": an intelligence service is an
    # official source, its side the claimant
    ev = one("Die Ukraine hat Geheimdienstkreisen zufolge bei einem Drohnenangriff ein Munitionslager in der "
             "Region Brjansk zerstört.", lang="de")
    assert ev["actor"] == "UKR" and ev["claimant"] == "UKR"


def test_a_capital_named_after_hauptstadt_is_a_place_struck():
    # "in der jemenitischen Hauptstadt Sanaa": the city as well as its unit (as the German
    # reference annotations read it)
    ev = one("Saudische Kampfjets haben am Montag mehrere Lager der Huthis in der jemenitischen Hauptstadt "
             "Sanaa bombardiert.", lang="de")
    assert ev["admin1"] == ["YE-SA"] and [l["name"] for l in ev["locations"]] == ["Sanaa"]


def test_the_means_named_as_used_outweighs_a_generic_air_strike_noun():
    # "Bei den Luftangriffen ... hat das US-Militär Drohnen eingesetzt": the strikes' means
    ev = one("Bei den Luftangriffen auf ein Lager der Huthis im Jemen hat das US-Militär Drohnen eingesetzt.",
             lang="de")
    assert ev["actor"] == "USA" and ev["operation"] == "drone_strike"


def test_a_command_named_by_its_remit_speaks_and_is_no_target():
    # "die für Afrika zuständige Kommandozentrale": AFRICOM, the speaker, not a command post hit
    ev = one("Wie die für Afrika zuständige Kommandozentrale mitteilte, hat die US-Armee bei einem Luftangriff "
             "in Somalia drei Kämpfer der Al-Shabaab getötet.", lang="de")
    assert [t["type"] for t in ev["targets_hit"]] == ["personnel"] and ev["claimant"] == "USA"


# --- session 8 (r6-de) ---------------------------------------------------------------------

@pytest.mark.parametrize("text,actor,group", [
    # a capitalised compound or noun is the striker before its auxiliary, not a side's
    # adjective owning the target after it ("eine russische Raffinerie")
    ("Die US-Luftwaffe hat Stellungen der Hisbollah im Osten Syriens bombardiert.", "USA", "HEZBOLLAH"),
    ("US-Kampfjets haben in der Nacht Stellungen des IS im Irak bombardiert.", "USA", "ISIS"),
    ("Die Türkei hat Stellungen der PKK im Nordirak angegriffen.", "TUR", "PKK"),
])
def test_a_capitalised_side_before_its_auxiliary_is_the_striker(text, actor, group):
    ev = one(text, lang="de")
    assert ev["actor"] == actor and ev["target_group"] == group


def test_a_side_adjective_before_a_fixed_target_still_owns_it():
    ev = one("Ukrainische Drohnen haben eine russische Ölraffinerie in der Region Samara getroffen.", lang="de")
    assert ev["actor"] == "UKR" and ev["target_group"] == "RUS"


@pytest.mark.parametrize("text,actor,group", [
    # "Angriffe gegen X": a preposition after the strike noun names whose assets were hit; only
    # a genitive there ("Angriffe des pakistanischen Militärs") names the striker
    ("Das US-Militär hat Angriffe gegen die iranischen Revolutionsgarden im Irak geflogen.", "USA", "IRN"),
    ("Israelische Kampfjets flogen in der Nacht Angriffe auf syrische Stellungen bei Daraa.", "ISR", "SYR"),
])
def test_a_preposition_after_a_strike_noun_names_the_target(text, actor, group):
    ev = one(text, lang="de")
    assert ev["actor"] == actor and ev["target_group"] == group


def test_a_genitive_after_a_strike_noun_still_names_the_striker():
    ev = one("Bei Angriffen des pakistanischen Militärs in der Provinz Khost wurden Häuser zerstört.", lang="de")
    assert ev["actor"] == "PAK"


@pytest.mark.parametrize("text,names", [
    # "im Bezirk X", "in den Bezirken X und Y", "in der Gemeinde X": a district or municipality
    # noun introduces the places struck
    ("Die türkische Luftwaffe hat Stellungen der PKK im Bezirk Semdinli bombardiert.", ["Semdinli"]),
    ("Türkische Kampfjets griffen am Sonntag Höhlen der PKK in den Bezirken Semdinli und Cukurca an.",
     ["Semdinli", "Cukurca"]),
])
def test_a_district_noun_introduces_the_places_struck(text, names):
    ev = one(text, lang="de")
    assert [l["name"] for l in ev["locations"]] == names and ev["admin1"] == ["TR-30"]


def test_a_german_spelling_is_looked_up_in_the_named_province_country_first():
    # "Sindschar" is "Sinjar", and the one in Idlib province, not Iraq's
    ev = one("Russische Kampfflugzeuge haben nahe der Ortschaft Sindschar in der Provinz Idlib Stellungen "
             "bombardiert.", lang="de")
    assert ev["admin1"] == ["SY-ID"] and [(l["name"], l["admin1"]) for l in ev["locations"]] == [("Sinjar", "SY-ID")]


@pytest.mark.parametrize("text", [
    "Syrische Kampfjets haben am Morgen in der Provinz Idlib Ziele bombardiert.",
    "Die russische Luftwaffe hat in der Provinz Homs Stellungen der Miliz angegriffen.",
])
def test_a_noun_after_a_province_name_is_the_object_not_part_of_a_name(text):
    # German word order puts the place before the object: "in der Provinz Idlib Ziele bombardiert"
    assert one(text, lang="de")["locations"] == []


def test_a_village_namesake_abroad_gives_way_to_the_named_province():
    # Urman is also a village in Bashkortostan; the event's province is Suweida in Syria
    ev = one("Jordanische Kampfflugzeuge haben in der Provinz Suweida ein Haus im Dorf Urman bombardiert.", lang="de")
    assert ev["admin1"] == ["SY-SU"] and ev["country"] == "SY"
    assert [(l["name"], l["lat"]) for l in ev["locations"]] == [("Urman", None)]


def test_a_capital_named_among_regions_is_its_region():
    ev = one("Russische Drohnen haben Betriebe in den Regionen Charkiw, Tscherkassy und Kyjiw beschädigt.", lang="de")
    assert ev["admin1"] == ["UA-63", "UA-71", "UA-32"]


@pytest.mark.parametrize("text", [
    # a denial in any of its forms: the accusation it answers is no report
    "Die USA dementieren einen Bericht über einen Luftangriff auf syrische Soldaten. Ein Milizenführer sagte, "
    "amerikanische Drohnen hätten die Angriffe geflogen.",
    "Russland hat Berichte über einen Luftangriff auf ein Krankenhaus in Idlib zurückgewiesen. Aktivisten hatten "
    "russische Kampfjets für den Angriff verantwortlich gemacht.",
    "Israel weist Berichte über Angriffe auf Damaskus zurück.",
])
def test_a_denial_in_any_form_leaves_no_event(text):
    assert events(text, lang="de") == []


@pytest.mark.parametrize("text,actor,country", [
    # a force named without its side after a strike noun, in a sentence naming one country
    ("Im Krisenland Myanmar sind bei Luftangriffen des Militärs auf ein Dorf mindestens 20 Zivilisten getötet "
     "worden.", "MMR", "MM"),
    ("In Nigeria sind bei einem Luftangriff der Armee auf ein Dorf mehrere Menschen ums Leben gekommen.",
     "NGA", "NG"),
])
def test_a_sideless_force_in_a_one_country_sentence_is_that_countrys(text, actor, country):
    ev = one(text, lang="de")
    assert ev["actor"] == actor and ev["country"] == country


def test_members_of_something_else_than_an_armed_group_are_no_fighters():
    # the membership noun counts fighters only with an armed group after it
    ev = one("Die irakische Luftwaffe hat am Montag ein Versteck des IS in der Provinz Anbar bombardiert. "
             "Dabei seien auch zwölf Mitglieder einer Hochzeitsgesellschaft getötet worden.", lang="de")
    assert ev["killed"] is None


@pytest.mark.parametrize("noun", ["Artillerieangriff", "Mörserangriff", "Granatenangriff"])
def test_a_compound_of_a_gun_and_attack_is_a_strike_noun(noun):
    """Artillery, mortar and grenade attacks written as one compound word strike as
    "Raketenangriff" does (triggers.strike_nouns)."""
    found = events(f"Bei einem russischen {noun} auf Cherson sind am Montag zwei Menschen getötet "
                   "worden, teilte der Gouverneur mit.", "de")
    assert [e["actor"] for e in found] == ["RUS"]


# --- the day named in the sentence that adds what the strikes did ------------------------

@pytest.mark.parametrize("text,published,day", [
    # "Dabei seien am Samstag ...": the result sentence names the day the report leaves out
    ("Die türkische Luftwaffe hat im Norden des Iraks erneut Luftangriffe geflogen. Dabei seien am Samstag "
     "neun Terroristen \"neutralisiert\" worden, hieß es am Sonntag aus dem Verteidigungsministerium.",
     "2024-05-12T10:00:00+00:00", "2024-05-11"),
    ("Kampfjets der israelischen Armee haben Stellungen der Hisbollah im Süden des Libanon bombardiert. Am "
     "Freitag seien dabei 14 Kämpfer getötet worden, teilte ein Sprecher mit.", "2024-05-14T09:00:00+00:00", "2024-05-10"),
    ("Die US-Luftwaffe hat Ziele der Al-Shabaab in Somalia angegriffen. Bei den Angriffen seien gestern "
     "sechs Kämpfer getötet worden, teilte das Afrika-Kommando mit.", "2024-05-14T09:00:00+00:00", "2024-05-13"),
])
def test_the_result_sentence_dates_a_report_that_names_no_day(text, published, day):
    ev = one(text, lang="de", published=published)
    assert (ev["event_date"], ev["period_start"]) == (day, day)


@pytest.mark.xfail(strict=True, reason="a total since the year's start ('Seit Jahresbeginn ... bis heute') after a "
                   "report with no figure of its own is read as that report's: killed 310 and the day 'bis heute' "
                   "(no cumulative event is made without a daily figure beside it); not the result-sentence rule, "
                   "which skips such a sentence")
def test_a_running_total_after_the_report_lends_it_no_day():
    # "seit Jahresbeginn ...": a total since an earlier day, not the day of the strikes reported
    ev = one("Die türkische Luftwaffe hat im Norden des Iraks erneut Luftangriffe geflogen. Seit Jahresbeginn "
             "seien bei den Einsätzen bis heute 310 Terroristen getötet worden, teilte das Ministerium mit.",
             lang="de", published="2024-05-14T09:00:00+00:00")
    assert ev["event_date"] is None


# --- a negation inside a noun phrase ("eines nicht identifizierten Typs") denies nothing ---

@pytest.mark.parametrize("text,actor,platforms", [
    ("Die ukrainische Flugabwehr hat in der Nacht zwölf russische Angriffsdrohnen abgeschossen, teilten die "
     "Luftstreitkräfte mit. Die russischen Truppen setzten dabei zwei Raketen vom Typ Iskander-M und 14 Drohnen "
     "des Typs Shahed und eines nicht identifizierten Typs ein.", "RUS", ["Iskander-M", "Shahed"]),
    ("Die ukrainische Flugabwehr hat in der Nacht zwölf russische Angriffsdrohnen abgeschossen, teilten die "
     "Luftstreitkräfte mit. Eingesetzt wurden zwei Marschflugkörper vom Typ Ch-101 sowie Drohnen eines nicht "
     "näher bezeichneten Typs.", "RUS", ["Kh-101"]),
    ("Die russische Luftabwehr hat in der Nacht 18 ukrainische Drohnen abgeschossen, teilte das "
     "Verteidigungsministerium mit. Die Ukraine setzte dabei Drohnen des Typs Ljutyj und weitere, nicht "
     "identifizierte Flugkörper ein.", "UKR", ["Liutyi"]),
])
def test_types_used_beside_an_unidentified_type(text, actor, platforms):
    ev = one(text, lang="de")
    assert ev["actor"] == actor and sorted(ev["platforms"]) == sorted(platforms)


@pytest.mark.parametrize("text", [
    # a negation of the predicate still keeps the sentence's types out
    "Die russische Luftabwehr hat in der Nacht 18 ukrainische Drohnen abgeschossen, teilte das "
    "Verteidigungsministerium mit. Die Ukraine setzte dabei keine Drohnen des Typs Ljutyj ein.",
    "Die ukrainische Flugabwehr hat in der Nacht zwölf russische Angriffsdrohnen abgeschossen, teilten die "
    "Luftstreitkräfte mit. Raketen vom Typ Iskander-M seien dabei nicht eingesetzt worden.",
])
def test_types_denied_in_a_later_sentence_are_not_used(text):
    assert one(text, lang="de")["platforms"] == []


# --- the preterite of a separable launch verb: "setzte ... ein" ---------------------------

@pytest.mark.parametrize("text,actor,claimant,admin1", [
    ("Russland setzte in der Nacht gegen die Region Poltawa zwei Raketen vom Typ Iskander-M und 15 Drohnen ein, "
     "teilten die ukrainischen Luftstreitkräfte mit.", "RUS", "UKR", ["UA-53"]),
    ("Die Ukraine setzte in der Nacht 30 Drohnen gegen das Gebiet Kursk ein, teilte das russische "
     "Verteidigungsministerium mit.", "UKR", "RUS", ["RU-KRS"]),
    ("Am Sonntag setzten die russischen Streitkräfte gegen die Stadt Saporischschja sechs Gleitbomben und zwei "
     "Raketen ein, teilte die regionale Militärverwaltung mit.", "RUS", "UKR", ["UA-23"]),
])
def test_setzte_weapons_gegen_a_region_ein_is_a_launch(text, actor, claimant, admin1):
    ev = one(text, lang="de")
    assert (ev["actor"], ev["claimant"], ev["admin1"]) == (actor, claimant, admin1)


def test_setzte_ein_after_an_interception_report_names_the_region_and_types():
    ev = one("Die ukrainische Flugabwehr hat in der Nacht zehn russische Angriffsdrohnen abgeschossen, teilten die "
             "Luftstreitkräfte mit. Die russischen Truppen setzten zudem gegen die Region Tscherkassy zwei "
             "ballistische Raketen Iskander-M und drei Marschflugkörper vom Typ Ch-101 ein.", lang="de")
    assert ev["admin1"] == ["UA-71"] and sorted(ev["platforms"]) == ["Iskander-M", "Kh-101"]


@pytest.mark.parametrize("text", [
    # no particle "ein" closing the clause: another verb ("setzte ... aus"), no launch
    "Der Kreml setzte die Gespräche über Drohnen und Raketen mit Washington aus, teilte ein Sprecher mit.",
    # an exercise stays an exercise
    "Die russische Armee setzte bei einer Übung im Gebiet Orenburg zwei Raketen vom Typ Iskander-M ein, "
    "teilte das Verteidigungsministerium mit.",
])
def test_setzte_without_a_launch_reports_no_strike(text):
    assert events(text, lang="de") == []


def test_setzte_ein_with_drones_of_an_unidentified_type_is_a_launch():
    ev = one("Russland setzte in der Nacht zwölf Drohnen eines nicht identifizierten Typs gegen die Region Sumy ein, "
             "teilten die ukrainischen Luftstreitkräfte mit.", lang="de")
    assert (ev["actor"], ev["admin1"]) == ("RUS", ["UA-59"])


# --- German "s" for з in a Ukrainian town's name ("Isjum", "Losowa") -------------------------

@pytest.mark.parametrize("town,name,unit", [
    ("Isjum", "Izyum", "UA-63"),
    ("Losowa", "Lozova", "UA-63"),
    # a name the first respelling finds keeps it ("Slowjansk": с is "s")
    ("Slowjansk", "Slovyansk", "UA-14"),
])
def test_a_town_spelt_with_german_s_for_z_is_found(town, name, unit):
    ev = one(f"Russische Raketen haben am Montag die Stadt {town} getroffen, teilte die ukrainische Armee mit.",
             lang="de")
    assert [(loc["name"], loc["admin1"]) for loc in ev["locations"]] == [(name, unit)] and ev["admin1"] == [unit]


def test_the_voiced_respelling_reads_s_as_z():
    from extractors.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    assert gaz.respell("Isjum", "de") == "Isyum" and gaz.respell("Isjum", "de", voiced=True) == "Izyum"
    assert gaz.respell("Losowa", "de", voiced=True) == "Lozova" and gaz.respell("Isjum", "en", voiced=True) is None


# --- "die Gaza-Stadt X": a descriptor of the town after it, not Gaza City --------------------

@pytest.mark.parametrize("text,units,towns", [
    ("Israelische Kampfjets haben am Montag die Gaza-Stadt Chan Junis bombardiert, teilte die Armee mit.",
     ["PS-KYS"], ["Khan Yunis"]),
    ("Die israelische Armee hat in der Nacht Ziele der Hamas in der südlichen Gaza-Stadt Rafah angegriffen, "
     "teilte das Militär mit.", ["PS-RFH"], ["Rafah"]),
    # Gaza City itself, with no name after it: the unit and, as "in Gaza City" reads in English,
    # the town (session 23: admin1 seat_region)
    ("Israelische Kampfjets haben am Montag Ziele der Hamas in Gaza-Stadt bombardiert, teilte die Armee mit.",
     ["PS-GZA"], ["Gaza City"]),
])
def test_gaza_stadt_before_a_town_names_that_town(text, units, towns):
    ev = one(text, lang="de")
    assert ev["admin1"] == units and [loc["name"] for loc in ev["locations"]] == towns


# --- rocket launching positions are artillery positions (vocab), as in en and fr ------------

@pytest.mark.parametrize("text,kinds", [
    ("Israelische Kampfjets haben in der Nacht Raketenabschussstellungen der Hamas im Norden des Gazastreifens "
     "zerstört, teilte die Armee mit.", ["artillery_position"]),
    ("Die israelische Armee hat nach eigenen Angaben eine Raketenabschussstellung der Hisbollah im Südlibanon "
     "angegriffen.", ["artillery_position"]),
    # the launchers themselves stay launchers
    ("Kampfflugzeuge der israelischen Luftwaffe haben am Montag Abschussrampen und Raketenstartstellungen der "
     "Hamas bombardiert, teilte die Armee mit.", ["artillery_position", "launcher"]),
])
def test_rocket_launching_positions_are_artillery_positions(text, kinds):
    assert sorted(t["type"] for t in one(text, lang="de")["targets_hit"]) == kinds


# --- "bei Beratungen", "bei Gesprächen": a common noun's ending names no place -------------

@pytest.mark.parametrize("second", [
    "Generalstabschef Herzi Halevi habe bei Beratungen im Hauptquartier die Angriffsziele genehmigt, teilte die "
    "Armee mit.",
    "Der Verteidigungsminister habe bei Gesprächen mit Kommandeuren die Einsätze gebilligt.",
    "Bei Sitzungen des Kabinetts seien die Pläne erörtert worden.",
])
def test_a_common_noun_after_bei_is_no_place(second):
    ev = one("Die israelische Armee hat am Montag mehr als 100 Ziele der Hisbollah im Libanon angegriffen. " + second,
             lang="de")
    assert ev["locations"] == []


def test_an_unknown_village_after_bei_is_still_a_place():
    ev = one("Die israelische Armee hat am Montag Ziele der Hisbollah bei Kfar Tibnit angegriffen, teilte die "
             "Armee mit.", lang="de")
    assert [loc["name"] for loc in ev["locations"]] != []


# --- "20 Drohnen wurden in der Region Kursk zerstört": downed there, in the verb bracket ------

@pytest.mark.parametrize("second", [
    "Allein 20 Drohnen wurden demnach in der Grenzregion Kursk vernichtet, 12 in der Nachbarregion Brjansk und 8 "
    "im Gebiet Orjol.",
    "20 Drohnen wurden in der Region Kursk zerstört, 12 in der Region Brjansk.",
])
def test_drones_destroyed_in_regions_after_an_interception_report_are_downed_there(second):
    ev = one("Die russische Flugabwehr hat in der Nacht 40 ukrainische Drohnen abgewehrt, teilte das "
             "Verteidigungsministerium mit. " + second, lang="de")
    assert ev["admin1"] == [] and ev["country"] == "RU"


@pytest.mark.parametrize("second,kind", [
    ("In der Region Kursk wurde ein Umspannwerk zerstört.", "infrastructure"),
    ("Zwei Drohnen haben im Gebiet Kursk ein Wohnhaus zerstört, teilte der Gouverneur mit.", "building"),
])
def test_a_target_destroyed_in_a_region_after_an_interception_report_was_hit_there(second, kind):
    ev = one("Die russische Flugabwehr hat in der Nacht 40 ukrainische Drohnen abgewehrt, teilte das "
             "Verteidigungsministerium mit. " + second, lang="de")
    assert ev["admin1"] == ["RU-KRS"] and [t["type"] for t in ev["targets_hit"]] == [kind]


# --- "im nordirakischen Kandil": a compass part fused into a country's adjective ----------
# (recurring: real de-berliner-202203 "westukrainischen Dorf", real17 de-azvision-20171020
# "nordirakischen Region Zap", real19 de-dailysabah-20160614 "nordirakischem Kandil und Hakurk")

@pytest.mark.parametrize("text,country,names", [
    ("Die türkische Luftwaffe hat nach Angaben des Generalstabs Stellungen im nordirakischen Kandil bombardiert.",
     "IQ", ["Qandil"]),
    ("Die türkische Luftwaffe hat nach Angaben des Generalstabs im nordirakischen Kandil und Hakurk fünf Ziele "
     "zerstört.", "IQ", ["Qandil", "Hakurk"]),
    ("Türkische Kampfjets griffen nach Angaben des Verteidigungsministeriums PKK-Lager in der nordirakischen Region "
     "Zap an.", "IQ", ["Zap"]),
    ("Türkische Kampfjets bombardierten nach Angaben des Verteidigungsministeriums PKK-Lager im nordirakischen Zap.",
     "IQ", ["Zap"]),
    ("Die türkische Armee hat nach eigenen Angaben Stellungen der YPG in der nordsyrischen Stadt Tall Rifat beschossen.",
     "SY", ["Tall Rifat"]),
    ("Russische Raketen trafen nach ukrainischen Angaben ein Munitionslager im westukrainischen Dorf Deljatyn.",
     "UA", ["Deliatyn"]),
])
def test_a_compass_fused_country_adjective_names_the_country_of_the_place_after_it(text, country, names):
    ev = one(text, lang="de")
    assert ev["country"] == country
    assert [loc["name"] for loc in ev["locations"]] == names


@pytest.mark.parametrize("text", [
    "Türkische Kampfjets griffen nach Angaben des Verteidigungsministeriums PKK-Lager im nordirakischen Bergland an.",
    "Türkische Kampfjets griffen nach Angaben des Verteidigungsministeriums PKK-Lager im nordirakischen Grenzgebiet an.",
    pytest.param("Türkische Kampfjets haben nach Angaben des Generalstabs PKK-Lager im nordirakischen Bergland "
                 "zerstört.", marks=pytest.mark.xfail(strict=True, reason=(
                     "the fused adjective is found (locate._compass_adjective_countries) but locate's per-clause "
                     "exclusion drops it in the perfect 'haben ... zerstört' while 'im Nordirak zerstört' stands; "
                     "not traced in this session"))),
])
def test_a_compass_fused_adjective_alone_names_the_country_struck(text):
    ev = one(text, lang="de")
    assert ev["country"] == "IQ"


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkish jets struck PKK hideouts in northern Iraq's Zap region, the defence ministry said."),
    ("ru", "Турецкие самолеты нанесли удары по укрытиям РПК в североиракском районе Зап, сообщило министерство обороны."),
    ("uk", "Турецькі літаки завдали ударів по укриттях РПК у північноіракському районі Зап, повідомило міністерство "
           "оборони."),
    pytest.param("fr", "Des avions turcs ont frappé des caches du PKK dans la région nord-irakienne de Zap, a indiqué "
                       "le ministère de la Défense.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "French puts the compass adjective after 'région' ('la région nord-irakienne de Zap'): the "
                     "name after 'de' is read only after a settlement noun, and 'région' is none in fr.toml; "
                     "left to the French member (their lexicon and locate._country_adjective_after_noun)"))),
])
def test_the_same_region_phrase_in_other_languages(lang, text):
    ev = one(text, lang=lang)
    assert ev["country"] == "IQ" and [loc["name"] for loc in ev["locations"]] == ["Zap"]


# --- "Im Gebiet X sei eine Drohne ... eingeschlagen": the place fronted before the fall word --
# (recurring: dev2 de-gopher-usa-yemen-houthi-telaviv "in Tel Aviv eine ... Rakete
# eingeschlagen", real13 de-wallstreet-ukr-bryansk-kursk-drones-highrise "eine Drohne sei in der
# Stadt in einem Hochhaus eingeschlagen", real18 de-berlin247-ukr-45-drones-moscow-podolsk-bryansk
# "im Bezirk Podolsk ... niedergegangen"; and in ru real5 "В Голосеевском районе Киева обломки")

INTERCEPTION_LEAD = ("Die russische Flugabwehr hat in der Nacht 40 ukrainische Drohnen abgewehrt, teilte das "
                     "Verteidigungsministerium mit. ")


@pytest.mark.parametrize("second", [
    "In der Region Lipezk sei eine Drohne in ein Wohnhaus eingeschlagen, teilte der Gouverneur mit.",
    "Im Gebiet Lipezk seien Trümmer einer Drohne auf ein Lagerhaus niedergegangen, teilte der Gouverneur mit.",
    "In der Region Lipezk ist eine Drohne in ein Wohnhaus eingeschlagen.",
    "Im Gebiet Lipezk wurden laut Gouverneur zwei Menschen durch Trümmer verletzt.",
    "In der Region Lipezk stürzten Trümmer auf ein Wohnhaus.",
    "Die Verwaltung des Gebiets Lipezk teilte mit, eine Drohne sei in ein Wohnhaus eingeschlagen.",
])
def test_a_region_fronted_before_the_fall_word_was_hit(second):
    ev = one(INTERCEPTION_LEAD + second, lang="de")
    assert ev["admin1"] == ["RU-LIP"] and ev["country"] == "RU"


def test_a_region_drones_were_only_downed_over_stays_out():
    ev = one(INTERCEPTION_LEAD + "Über dem Gebiet Lipezk wurden zehn Drohnen abgeschossen.", lang="de")
    assert ev["admin1"] == []


@pytest.mark.xfail(strict=True, reason=(
    "a district (no first-level unit) fronted before 'niedergegangen': events._fell_in_unit joins a "
    "fall sentence to the report only when it names a first-level unit, so the locality is never read"))
def test_a_district_fronted_before_the_fall_word_was_hit():
    ev = one(INTERCEPTION_LEAD + "Einige der Drohnen seien im Bezirk Podolsk niedergegangen, teilte der "
             "Bürgermeister mit.", lang="de")
    assert [loc["name"] for loc in ev["locations"]] == ["Podolsk"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia's air defences downed 40 Ukrainian drones overnight, the defence ministry said. In the Lipetsk "
           "region, debris of a drone fell on a house, the governor said."),
    ("ru", "Российская ПВО ночью сбила 40 украинских беспилотников, сообщило Минобороны. В Липецкой области обломки "
           "беспилотника упали на жилой дом, сообщил губернатор."),
    pytest.param("en", "Russia's air defences downed 40 Ukrainian drones overnight, the defence ministry said. In the "
                       "Lipetsk region, a drone crashed into a house, the governor said.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'a drone crashed into' with the drone as subject is not joined to the interception report "
                     "as where its weapons came down (the debris wording is); not traced in this session"))),
])
def test_the_fronted_region_before_the_fall_word_in_other_languages(lang, text):
    ev = one(text, lang=lang)
    assert ev["admin1"] == ["RU-LIP"]


# --- a led coalition named by its compound head "Militärkoalition" (session 25) ------------
# "die von Saudi-Arabien angeführte Militärkoalition" read no striker (the state named only as
# its leader), "die US-geführte Militärkoalition" read the USA instead of the coalition

@pytest.mark.parametrize("text,actor", [
    ("Die von Saudi-Arabien angeführte Militärkoalition hat nach eigenen Angaben Stellungen der "
     "Huthi-Rebellen in der Provinz Saada bombardiert.", "SAU"),
    ("Kampfjets der von Saudi-Arabien angeführten Militärkoalition haben in der Nacht ein Waffenlager "
     "der Huthis bei Hodeida zerstört, teilte ein Sprecher mit.", "SAU"),
    ("Die US-geführte Militärkoalition hat nach eigenen Angaben bei Luftangriffen in der Provinz Anbar "
     "drei IS-Stellungen zerstört.", "COALITION"),
    ("Flugzeuge der US-geführten Militärkoalition haben nahe Rakka ein Depot der Terrormiliz IS "
     "bombardiert, teilte die Koalition mit.", "COALITION"),
])
def test_a_led_military_coalition_is_its_leaders_coalition(text, actor):
    assert actors(text) == [actor]
