"""A force's kill count told in a sentence of its own, without a strike word, right before or
after its strike report ("Im afrikanischen Mali hat die französische Armee 15 Terroristen
getötet. Das Ministerium erklärte, man habe einen Luftangriff ausgeführt"): the count is the
report's `killed` and the sentence is its evidence (events._kill_lead). Sentences written for
this test; names and numbers invented."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events

CASES = [
    # (lang, text, actor, killed, country)
    ("de", "Im Norden Nigers hat die nigrische Armee 23 Kämpfer der Terrormiliz Islamischer Staat getötet. "
           "Das Verteidigungsministerium in Niamey erklärte, am Montag habe man einen Luftangriff bei Tillia ausgeführt.",
     "NER", 23, "NE"),
    ("de", "Die nigrische Armee hat nach offiziellen Angaben 23 Mitglieder der Terrormiliz Islamischer Staat getötet. "
           "Die Luftangriffe erfolgten am Montag.", "NER", 23, None),
    ("de", "Die französische Armee hat in Mali zwölf mutmaßliche Dschihadisten getötet. Das Verteidigungsministerium "
           "erklärte, Kampfjets hätten ein Lager bei Tessalit bombardiert.", "FRA", 12, "ML"),
    ("de", "Die türkische Armee hat im Nordirak 17 PKK-Kämpfer getötet. Kampfjets hätten Verstecke in der Region Zap "
           "bombardiert, teilte das Verteidigungsministerium mit.", "TUR", 17, "IQ"),
    ("de", "Die israelische Armee hat im Gazastreifen drei Kämpfer der Hamas getötet. Die Luftwaffe habe ein Gebäude "
           "in Chan Junis angegriffen, teilte die Armee mit.", "ISR", 3, "PS"),
    ("en", "In northern Niger the Nigerien army killed 23 Islamic State fighters. The defence ministry in Niamey said "
           "it carried out an air strike near Tillia on Monday.", "NER", 23, "NE"),
    ("en", "The French army killed twelve jihadists in Mali. The defence ministry said it carried out an air strike "
           "near Tessalit on Monday.", "FRA", 12, "ML"),
    ("fr", "Dans le nord du Niger, l'armée nigérienne a tué 23 combattants de l'État islamique. Le ministère de la "
           "Défense a indiqué avoir mené lundi une frappe aérienne près de Tillia.", "NER", 23, "NE"),
    ("fr", "L'armée turque a tué 17 combattants du PKK dans le nord de l'Irak. Des avions ont bombardé des abris dans "
           "la région de Zap, selon le ministère de la Défense.", "TUR", 17, "IQ"),
    pytest.param("es", "El ejército francés mató a doce yihadistas en Malí. El Ministerio de Defensa dijo que el lunes "
                       "llevó a cabo un ataque aéreo cerca de Tessalit.", "FRA", 12, "ML",
                 marks=pytest.mark.xfail(strict=True, reason="es: the strike sentence itself yields no event "
                                         "(its striker is not found), so there is no report for the kill count to join")),
]


@pytest.mark.parametrize("lang,text,actor,killed,country", CASES)
def test_kill_count_sentence_joins_the_force_report(lang, text, actor, killed, country):
    found = [e for e in events(text, lang) if e["actor"] == actor]
    assert len(found) == 1, events(text, lang)
    e = found[0]
    assert e["killed"] == killed
    assert e["evidence"][0][0] == 0          # the kill sentence is the report's evidence
    assert any(t["type"] == "personnel" for t in e["targets_hit"])
    if country:
        assert e["country"] == country


NOT_JOINED = [
    # another state named beside the force: whose count it is is not clear
    ("de", "Nach Angaben Russlands hat die syrische Armee 40 Kämpfer getötet. Die russische Luftwaffe habe "
           "Stellungen bei Idlib bombardiert, teilte das Ministerium in Moskau mit.", "RUS"),
    # the force's own soldiers killed: no fighters of the enemy
    ("de", "Bei Kämpfen im Norden sind drei türkische Soldaten getötet worden. Kampfjets der türkischen Armee "
           "bombardierten danach Stellungen der PKK in der Region Zap.", "TUR"),
]


@pytest.mark.parametrize("lang,text,actor", NOT_JOINED)
def test_kill_count_of_another_side_or_own_dead_is_not_joined(lang, text, actor):
    found = [e for e in events(text, lang) if e["actor"] == actor]
    assert found, events(text, lang)
    assert found[0]["killed"] is None
