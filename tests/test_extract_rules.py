"""Rules added while raising the extractor to issue 3's bar: named campaigns, partners,
"the enemy", coordinated counts, dates (weekend, datelines, windows) and weapons hit."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2024-02-08T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_named_campaign_gives_actor_and_release_claimant():
    ev = events("Dans la nuit du 9 au 10 avril, deux Mirage 2000D et deux Rafale ont réalisé deux frappes "
                "sur des installations de Daech à Mossoul.\nLancée le 19 septembre 2014, l'opération Chammal "
                "mobilise 1000 militaires.", lang="fr", published=None)
    assert [e["actor"] for e in ev] == ["FRA"]
    assert ev[0]["claimant"] == "FRA" and ev[0]["strikes"] == 2


def test_partner_in_coordination_is_not_the_striker():
    ev = events("Réalisé en coordination avec la coalition, le raid aérien mené par l'armée française a frappé "
                "un centre de commandement de Daech.", lang="fr")
    assert [e["actor"] for e in ev] == ["FRA"]


def test_the_enemy_is_the_speakers_adversary():
    ev = events("Ukraine's air defense forces have shot down 11 drones.\n\"Overnight, the enemy launched 17 "
                "Shahed-136 attack UAVs,\" the Ukrainian Air Force said.")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["claimant"] == "UKR"


def test_coordinated_strike_counts_add_up():
    ev = events("Over the day, the Ukrainian aviation conducted 15 strikes on the clusters of Russian "
                "personnel and two strikes on anti-aircraft missile systems, the General Staff said.")
    assert ev[0]["strikes"] == 17


def test_running_total_without_a_figure_is_not_coded():
    ev = events("Les avions russes ont bombardé 53 cibles en Syrie, a annoncé le ministère. Selon le ministère, "
                "les frappes russes ont détruit depuis leur lancement le 30 septembre une partie de l'arsenal.",
                lang="fr")
    assert [e["cumulative"] for e in ev] == [False]


def test_weekend_is_its_sunday():
    ev = events("Israeli jets struck Hezbollah positions in southern Lebanon over the weekend, the IDF said.",
                published="2024-02-05T09:00:00+00:00")
    assert ev[0]["event_date"] == "2024-02-04"


def test_dateline_day_is_not_the_strike_day():
    ev = events("NAIROBI, 27 février - Africom a annoncé lundi avoir mené le 25 février une frappe aérienne "
                "contre les shebab près de Bulo Burte.", lang="fr", published="2024-02-27T09:00:00+00:00")
    assert ev[0]["event_date"] == "2024-02-25"


def test_past_24_hours_is_not_history():
    ev = events("Russian warplanes flew 14 sorties over Syria in the past 24 hours and hit 23 targets, "
                "the Russian Defence Ministry said.")
    assert ev and ev[0]["sorties"] == 14 and ev[0]["targets"] == 23


def test_weapons_destroyed_are_not_the_operation():
    ev = events("US Central Command forces conducted strikes in Yemen, destroying three mobile anti-ship "
                "cruise missiles, CENTCOM said.")
    assert ev[0]["operation"] == "airstrike"


def test_short_form_refers_back_to_the_full_name():
    ev = events("The Arab Coalition in Yemen struck Houthi targets in Sanaa, its spokesman said. The coalition "
                "said the strikes targeted a drones manufacturing plant.")
    assert [e["actor"] for e in ev] == ["SAU"]


def test_generic_infrastructure_is_no_target_type():
    ev = events("Israeli jets struck Hezbollah infrastructure and a weapons depot in southern Lebanon, "
                "the IDF said.")
    assert {t["type"] for t in ev[0]["targets_hit"]} == {"weapons_depot"}
