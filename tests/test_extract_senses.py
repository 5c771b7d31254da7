"""Senses and polarity (the triggers): whether a sentence reports a strike at all. Strike words
outside their military sense, labour strikes and sport, exercises, threats and modal verbs,
ordinary news with no strike, and the operation a report's words imply."""
from __future__ import annotations

import pytest

from extractors import extract_document
from tests.conftest import SHARED
from tests.extract_helpers import events


PAGES = sorted((SHARED / "corpus" / "web" / "pages").glob("*.expected.txt"))


NOT_STRIKES = [
    ("ar", "أعلنت النقابة إضرابا عاما عن العمل يوم الأحد احتجاجا على الأجور."),
    ("ar", "سجل اللاعب هدفا من ضربة جزاء في المباراة التي انتهت بفوز المنتخب."),
    ("tr", "Metal işçileri ücret artışı için greve çıktı; sendika grevin süreceğini açıkladı."),
    ("tr", "Forvet oyuncusu maçın son dakikasında penaltıdan golü attı."),
    ("ru", "Работники завода объявили забастовку, профсоюз требует повышения зарплаты."),
    ("ru", "Нападающий нанес удар по воротам, но вратарь отбил мяч, и матч завершился вничью."),
    ("uk", "Вчителі оголосили страйк, профспілка вимагає підвищення зарплат."),
    ("uk", "Форвард завдав удару по воротах на останній хвилині матчу."),
]


@pytest.mark.skipif(not PAGES, reason="../shared/corpus/web/pages is not beside this clone")
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name.split(".expected")[0])
def test_no_event_on_ordinary_news(path):
    text = path.read_text(encoding="utf-8")
    out = extract_document({"id": path.name, "text": text})
    found = [(e["actor"], text[slice(*e["evidence"][0])][:120]) for e in out["events"]]
    assert found == []


@pytest.mark.parametrize("text", [
    "That struck me as different than other calls I had listened to, she said.",
    "Two United States service members have been killed in a helicopter crash in Afghanistan, "
    "the US military said in a statement on Wednesday.",
    "The U.S. benchmark S&P 500 index was little changed, all having hit record intraday highs.",
    "Officials in Britain have made no changes to the way digital ads are targeted at voters.",
    "A US helicopter was shot down and destroyed while trying to raid a Taliban position, "
    "Taliban spokesman Zabihullah Mujahid said.",
    "France and Germany struck a deal on the budget on Monday, ministers said.",
    "A Russian farmer was struck by lightning in his field near Rostov on Sunday.",
    "Moscou et la coalition menée par les Etats-Unis se sont mis d'accord sur une coordination, "
    "a affirmé le ministre.",
])
def test_strike_words_outside_their_military_sense(text):
    lang = "fr" if "Moscou" in text else "en"
    assert extract_document({"id": "t", "text": text, "lang": lang,
                             "published": "2019-11-20T10:00:00+00:00"})["events"] == []


@pytest.mark.parametrize("text", [
    "Workers at the plant went on strike on Monday after the union rejected the wage offer.",
    "The bowler rolled twelve strikes in a row for a perfect game.",
    "The option's strike price was set at 50 dollars, traders said.",
    "The U.S.-led coalition denied striking the city, saying its jets had not conducted air strikes there.",
    "Israel's defence minister would not rule out a military strike on Iran, he said.",
])
def test_no_event(text):
    assert events(text, published="2015-10-12T10:00:00+00:00") == []


@pytest.mark.parametrize("text,lang", [
    ("The Pakistani bowler struck twice in the final over to seal the match.", "en"),
    ("Indian workers went on strike on Monday, unions said.", "en"),
    ("The campaign was a true promise of growth, the minister said.", "en"),
    ("Le buteur malien a frappé deux fois lors du match de Ligue 1 samedi.", "fr"),
    ("Les enseignants maliens sont en grève depuis lundi, selon les syndicats.", "fr"),
])
def test_sport_labour_and_plain_words_give_nothing(text, lang):
    assert events(text, lang=lang, published="2025-05-07T10:00:00+00:00") == []


def test_month_may_is_not_a_threat():
    ev = events("NEW DELHI, May 7 - India said its forces struck nine sites in Pakistan early on Wednesday.",
                published="2025-05-07T06:00:00+00:00")
    assert [(e["actor"], e["event_date"]) for e in ev] == [("IND", "2025-05-07")]
    ev = events("On May 7, Indian jets struck a camp near Muzaffarabad, the army said.",
                published="2025-05-08T06:00:00+00:00")
    assert [e["actor"] for e in ev] == ["IND"]
    assert events("Indian jets may strike camps near Muzaffarabad, an official said.") == []


def test_exercises_are_no_strikes():
    assert events("Bei dem Nato-Manöver griffen deutsche und amerikanische Kampfjets Stellungen eines "
                  "fiktiven Gegners auf einem Truppenübungsplatz an.", lang="de") == []
    assert events("Des Rafale français ont effectué des frappes simulées sur des cibles fictives lors de "
                  "l'exercice Poker.", lang="fr") == []
    assert events("U.S. B-52 bombers and Japanese jets flew drills with simulated strikes over the sea.") == []


@pytest.mark.parametrize("text", [
    "Milli Savunma Bakanlığı (MSB), Suriye'nin kuzeyinde hava destekli operasyonla 5 terörist etkisiz hale "
    "getirildi, terör örgütüne ait barınaklar imha edildi.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Metina bölgesinde hava harekâtı ile 4 terörist etkisiz hâle "
    "getirildi, sığınak ve mühimmat depoları vuruldu.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyinde düzenlenen hava operasyonunda 3 terörist etkisiz hâle "
    "getirildi, mağaralar imha edildi.",
])
def test_turkish_air_operation_with_targets_struck_is_an_airstrike(text):
    ev = events(text, "tr", published="2024-02-23T06:45:00+00:00")
    assert [(e["actor"], e["operation"]) for e in ev] == [("TUR", "airstrike")]


@pytest.mark.parametrize("text", [
    "Milli Savunma Bakanlığı, Pençe-Kilit Operasyonu bölgesinde 3 terörist etkisiz hâle getirildi dedi.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyinde kara operasyonunda 2 terörist etkisiz hale getirildi.",
])
def test_turkish_neutralised_alone_is_no_airstrike(text):
    assert [e["operation"] for e in events(text, "tr", published="2024-02-23T06:45:00+00:00") if e["operation"] == "airstrike"] == []


def test_weapons_destroyed_are_not_the_operation():
    ev = events("US Central Command forces conducted strikes in Yemen, destroying three mobile anti-ship "
                "cruise missiles, CENTCOM said.", published="2024-02-08T10:00:00+00:00")
    assert ev[0]["operation"] == "airstrike"


@pytest.mark.parametrize("lang,text", NOT_STRIKES, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_STRIKES)])
def test_labour_strikes_and_sport_are_not_strikes(lang, text):
    out = extract_document({"id": "t", "text": text, "lang": lang, "published": "2024-03-11"})
    assert out["events"] == []


def test_a_cue_word_inside_a_groups_name_is_no_cue():
    # "Trabajadores" names the PKK here; it reports no labour strike
    ev = events("La aviación turca ha bombardeado refugios del Partido de los Trabajadores del "
                "Kurdistán en las montañas del norte de Irak.", lang="es")
    assert [(e["actor"], e["target_group"]) for e in ev] == [("TUR", "PKK")]
    # the same word outside a name still marks a labour dispute
    assert events("Los trabajadores del metro atacaron la reforma y convocaron una huelga.", lang="es") == []
