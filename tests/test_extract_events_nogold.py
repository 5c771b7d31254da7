"""Documents that report no strike (CONVENTIONS.md 'What is an event'): the engine must open no
event for them, and must still code the nearby construction that does report one.

Denials: a side's statement that calls the accusation a lie ("yalan haberler", "Rusia se inventó
el supuesto ataque") or the accusation told as speculation ("The speculation began when a
newspaper claimed ...") is the denial of the strike it answers, which opens no event (events:
the denied sides; _allegations_answered). Every sentence is invented.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events

NO_EVENT = {
    "tr-fake-news-quoted": ("tr", "Savunma Bakanlığı: \"Türk jetlerinin Tel Vardan köyündeki bir okulu vurduğuna dair "
                            "yalan haberler gerçeği çarpıtıyor.\" Bakanlık, bölgede hiçbir hava unsurunun bulunmadığını bildirdi."),
    "tr-fake-news": ("tr", "Bakanlık açıklamasında, Türk İHA'larının Sarıkaya'da sivilleri hedef aldığına dair yalan "
                     "haberlere itibar edilmemesi istendi."),
    "es-invented-alleged": ("es", "Ucrania asegura que Rusia se inventó el supuesto ataque con drones contra la base de "
                            "Novalsk para frenar las negociaciones. Según Moscú, Ucrania lanzó 40 drones contra la base, "
                            "que fueron derribados."),
    "es-invented": ("es", "El gobierno ucraniano afirmó que Rusia inventó el ataque contra la central de Borovka. "
                    "El ministerio ruso dijo que Ucrania atacó la central con 12 drones."),
    "en-speculation": ("en", "The Defence Ministry on Monday denied reports that the army struck militant camps across "
                       "the border. The speculation began when a newspaper claimed that Indian troops carried out a "
                       "raid on three camps near Kelpur on Saturday."),
}

STILL_EVENT = {
    "tr-strike-then-allegations-lie": ("tr", "TUR", "Türk savaş uçakları Tel Vardan köyündeki PKK mevzilerini vurdu. "
                                       "Bakanlık, sivillerin hedef alındığı iddialarının yalan olduğunu açıkladı."),
    "tr-strike-then-news-lie": ("tr", "TUR", "Türk savaş uçakları dün gece Kuzey Irak'ta PKK'ya ait 12 hedefi vurdu. "
                                "Milli Savunma Bakanlığı, sivillere yönelik saldırı iddialarına ilişkin haberlerin yalan "
                                "olduğunu belirtti."),
    "es-report": ("es", "RUS", "Rusia lanzó 40 drones contra la ciudad ucraniana de Novalsk durante la noche, según la "
                  "Fuerza Aérea de Ucrania. Los drones alcanzaron dos edificios residenciales."),
    "en-report": ("en", "RUS", "Russian forces struck the Ukrainian city of Lyubino with 30 drones overnight, the "
                  "Ukrainian air force said. The strikes damaged two residential buildings."),
    "en-speculation-of-harm": ("en", "IND", "Indian troops carried out a raid on three militant camps near Kelpur on "
                               "Saturday, the army said, calling Pakistani speculation about civilian deaths baseless."),
}


@pytest.mark.parametrize("name", sorted(NO_EVENT))
def test_no_event(name):
    lang, text = NO_EVENT[name]
    assert events(text, lang) == []


@pytest.mark.parametrize("name", sorted(STILL_EVENT))
def test_still_event(name):
    lang, actor, text = STILL_EVENT[name]
    assert actor in {e["actor"] for e in events(text, lang)}
