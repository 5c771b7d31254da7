"""State actors named in every language: the country's adjective or name in any of its
forms makes the state the striker (sentences written by the team)."""
from __future__ import annotations

import pytest

from extractors import extract_document


@pytest.mark.parametrize("lang, text, actor", [
    ("ru", "Пакистанские военные самолёты нанесли удары по лагерям боевиков в провинции Хост.", "PAK"),
    ("uk", "Індійська авіація завдала ударів по дев'яти об'єктах, повідомило міністерство оборони.", "IND"),
    ("tr", "Myanmar ordusu Sagaing bölgesinde bir köyü bombaladı.", "MMR"),
    ("ar", "أعلن الجيش الباكستاني أن طائراته شنت غارات جوية على مواقع للمسلحين.", "PAK"),
    ("es", "La Fuerza Aérea Colombiana bombardeó un campamento de disidentes en el Cauca.", "COL"),
    ("fr", "L'aviation tchadienne a bombardé des positions de Boko Haram près du lac Tchad.", "TCD"),
    ("de", "Die afghanischen Streitkräfte griffen Stellungen im Grenzgebiet mit Drohnen an.", "AFG"),
    ("ru", "Суданская армия нанесла авиаудар по позициям в Омдурмане.", "SDN"),
    ("uk", "Азербайджанські війська обстріляли позиції біля Шуші.", "AZE"),
])
def test_a_state_named_by_its_adjective_is_the_striker(lang, text, actor):
    events = extract_document({"id": "t", "lang": lang, "text": text})["events"]
    assert actor in [e["actor"] for e in events]


def test_a_state_named_as_the_place_struck_is_not_the_striker():
    text = "Российские самолёты нанесли удары по объектам в Афганистане."
    actors = [e["actor"] for e in extract_document({"id": "t", "lang": "ru", "text": text})["events"]]
    assert "AFG" not in actors
