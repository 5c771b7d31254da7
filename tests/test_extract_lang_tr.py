"""Turkish constructions, each read on a sentence written for the test (never a corpus text):
agglutinative forms of names, verbs and numbers that the other languages spell as words."""
from __future__ import annotations

from tests.extract_helpers import events, one


def actors(evs):
    return sorted(e["actor"] for e in evs)


def test_member_ending_on_a_group_name_makes_a_member_hit_not_the_striker():
    # "PKK'lı terörist": a PKK member; the ministry named before is the striker
    evs = events("Milli Savunma Bakanlığı, Irak'ın kuzeyine hava harekâtı düzenlendiğini açıkladı. "
                 "Açıklamada, Zap bölgesinde tespit edilen 4 PKK'lı terörist icra edilen hava harekâtıyla "
                 "etkisiz hâle getirildi denildi.", lang="tr")
    assert actors(evs) == ["TUR"]
    assert evs[0]["target_group"] == "PKK"


def test_member_ending_in_the_plural_and_after_a_curly_apostrophe():
    evs = events("Türk Silahlı Kuvvetleri, Suriye'nin kuzeyinde YPG’lilere ait mevzileri hava harekâtıyla vurdu; "
                 "DEAŞ'lılar da bölgeden kaçtı.", lang="tr")
    assert actors(evs) == ["TUR"]


def test_group_name_without_the_member_ending_still_strikes():
    ev = one("Husiler, İsrail'in güneyindeki bir askeri hedefi insansız hava aracıyla vurduklarını açıkladı.",
             lang="tr")
    assert ev["actor"] == "HOUTHI"
