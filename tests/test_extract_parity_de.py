"""German lexicon parity: concepts that English and French copy could express and German could
not, each tested on two sentences written for it (different inflection, actor, place, tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import one


def names(ev):
    return [l["name"] for l in ev["locations"]]


# "on the outskirts of", "near", "in the suburbs of": a place preposition that ends in "von"
# locates the place struck; its "von" is no origin ("launched from")
@pytest.mark.parametrize("text, place", [
    ("Die russische Luftwaffe hat am Montag Stellungen der Terroristen am Stadtrand von Idlib bombardiert, "
     "teilte das Verteidigungsministerium mit.", "Idlib"),
    ("Israelische Kampfjets griffen am Sonntag Waffenlager der Hisbollah am Rande von Nabatieh an, "
     "erklärte die Armee.", "Nabatieh"),
    ("Die israelische Armee hat in den Außenbezirken von Chan Junis Tunnel der Hamas zerstört, "
     "teilte ein Sprecher am Montag mit.", "Khan Yunis"),
    ("Russische Drohnen haben in der Nacht Ziele in den Vororten von Charkiw getroffen, "
     "teilte die ukrainische Luftwaffe mit.", "Kharkiv"),
    ("Die türkische Luftwaffe hat unweit von Dohuk Stellungen der PKK angegriffen, "
     "teilte das Ministerium in Ankara am Montag mit.", "Duhok"),
    ("Die US-Streitkräfte haben in der Nähe von Kismayo einen Luftangriff auf die Al-Shabaab geflogen, "
     "teilte das Afrikakommando am Freitag mit.", "Kismayo"),
])
def test_outskirts_and_vicinity_prepositions_with_von(text, place):
    ev = one(text, lang="de")
    assert place in names(ev), ev["locations"]


# "in the area of X", "around X": the area named after it was struck
@pytest.mark.parametrize("text, place", [
    ("Die israelische Luftwaffe hat am Montag Ziele der Hisbollah im Raum Bint Dschbeil angegriffen, "
     "teilte die Armee mit.", "Bint Jbeil"),
    ("Die russische Armee beschoss am Sonntag Stellungen der ukrainischen Truppen rund um Bachmut, "
     "teilte das Ministerium am Dienstag mit.", "Bakhmut"),
])
def test_area_prepositions(text, place):
    assert place in names(one(text, lang="de"))


# "during the night", "over the past day": overnight, so the day before to the announcement
@pytest.mark.parametrize("text", [
    "Die russische Luftwaffe hat im Laufe der Nacht Stellungen der Terroristen bei Idlib bombardiert, "
    "teilte das Ministerium mit.",
    "Israelische Kampfjets haben während der Nacht Ziele der Hamas in Gaza angegriffen, sagte ein Armeesprecher.",
    "Die ukrainische Armee hat im Verlauf des vergangenen Tages zwölf Ziele im Gebiet Belgorod mit Drohnen "
    "angegriffen, meldete das russische Verteidigungsministerium.",
])
def test_overnight_phrasings(text):
    ev = one(text, lang="de")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-13", "2024-05-14")


# "in the morning/evening", "during the day": the announcement day
@pytest.mark.parametrize("text", [
    "Die russische Luftwaffe hat am Vormittag 40 Ziele bei Idlib bombardiert, teilte das Ministerium mit.",
    "Israelische Kampfflugzeuge griffen am Abend Stellungen der Hisbollah im Südlibanon an, hieß es aus der Armee.",
    "Die türkische Luftwaffe hat tagsüber Stellungen der PKK im Nordirak bombardiert, teilte das Ministerium mit.",
])
def test_parts_of_the_announcement_day(text):
    ev = one(text, lang="de")
    assert ev["event_date"] == "2024-05-14" and ev["period_start"] == "2024-05-14"


# "over the past N hours/days" in the "zurückliegend" spelling
@pytest.mark.parametrize("text, start", [
    ("Die russische Luftwaffe hat in den zurückliegenden 24 Stunden 40 Ziele bei Idlib bombardiert, "
     "teilte das Ministerium mit.", "2024-05-13"),
    ("Die israelische Armee hat in den zurückliegenden drei Tagen 60 Ziele der Hisbollah angegriffen, "
     "erklärte das Militär.", "2024-05-11"),
])
def test_past_hours_and_days_zurueckliegend(text, start):
    ev = one(text, lang="de")
    assert ev["event_date"] == "2024-05-14" and ev["period_start"] == start


# "about", "nearly", "a good", "an estimated" before a number: an approximation, no count
@pytest.mark.parametrize("text", [
    "Die russische Luftwaffe hat gut 40 Ziele bei Idlib bombardiert, teilte das Ministerium am Montag mit.",
    "Die israelische Armee hat annähernd 30 Ziele der Hamas im Gazastreifen angegriffen, sagte ein Sprecher.",
    "Die türkische Luftwaffe hat nahezu 25 Ziele der PKK im Nordirak zerstört, teilte das Ministerium mit.",
    "Israelische Kampfflugzeuge haben schätzungsweise 50 Ziele im Südlibanon getroffen, teilte die Armee mit.",
    "Die US-Luftwaffe hat circa 12 Ziele des IS in Syrien angegriffen, teilte das Pentagon mit.",
])
def test_approximate_counts_are_null(text):
    assert one(text, lang="de")["targets"] is None
