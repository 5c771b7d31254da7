"""Places stage: how struck places are read from constructions, on invented sentences."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2024-05-14T09:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def names(ev):
    return [l["name"] for l in ev["locations"]]


def test_turkish_names_listed_before_their_locality_noun():
    ev = events("Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki Kara, Dere ve Mosul bölgelerine hava harekâtı "
                "düzenledi ve 5 terörist etkisiz hâle getirildi.", lang="tr")
    assert [e["actor"] for e in ev] == ["TUR"]
    assert names(ev[0]) == ["Kara", "Dere", "Mosul"]
    assert ev[0]["country"] == "IQ" and ev[0]["admin1"] == ["IQ-NI"]


def test_turkish_locative_ending_reads_in_place():
    ev = events("Türk Silahlı Kuvvetleri, Sincar’da hava harekâtı düzenledi ve 3 terörist etkisiz hâle getirildi.",
                lang="tr")
    assert names(ev[0]) == ["Sinjar"] and ev[0]["admin1"] == ["IQ-NI"]


def test_beirut_southern_suburbs_are_mount_lebanon():
    ev = events("Israeli jets struck Hezbollah sites in Dahiyeh overnight, the military said.")
    assert ev[0]["admin1"] == ["LB-JL"] and ev[0]["country"] == "LB"
