"""Field rules added for issue 3: counts split by country, places the gazetteer lacks,
provinces that are not their capital cities, the speaker versus the striker."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2015-04-11T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_strike_counts_split_by_country_are_summed():
    ev = events("In Syria, coalition military forces conducted seven airstrikes against ISIL, the "
                "statement said. Separately in Iraq, coalition military forces conducted nine airstrikes.")
    assert ev[0]["actor"] == "COALITION" and ev[0]["strikes"] == 16


def test_one_country_count_is_used_as_stated():
    ev = events("In Iraq, coalition military forces conducted nine airstrikes near Mosul, the statement said.")
    assert ev[0]["strikes"] == 9


def test_village_the_gazetteer_lacks_is_a_location_without_coordinates():
    ev = events("The IDF struck two military outposts near the villages of Zorbatown and Qlayat on Saturday, "
                "the Israeli military said.")
    names = {loc["name"]: loc for loc in ev[0]["locations"]}
    assert "Zorbatown" in names and names["Zorbatown"]["lat"] is None


def test_provinces_are_not_their_capitals():
    ev = events("Les avions russes ont frappé des cibles dans les provinces de Homs et Hama, a annoncé le "
                "ministère russe de la Défense.", lang="fr")
    assert {"SY-HI", "SY-HM"} <= set(ev[0]["admin1"])
    assert ev[0]["locations"] == []


def test_speaker_is_not_the_striker():
    ev = events("The US military said on Saturday the coalition conducted eight airstrikes against "
                "Islamic State targets in Syria.")
    assert [e["actor"] for e in ev] == ["COALITION"]
