"""A state named only as the patron of a group or the maker of a weapon opens no event.

CONVENTIONS.md: the actor is the side that struck. A group's patron ("militias loyal to Iran",
"die iranisch unterstützte Gruppe", "угруповання, лояльні до Ірану", "İran destekli
milisler") and a weapon's maker ("ABD yapımı HIMARS", "de fabrication iranienne") are named
beside the striker, not as it: the state neither struck, nor owned what was hit, nor speaks
(triggers._patron_or_maker_state, from the lexicons' [grammar] patron_before, patron_after,
patron_phrases, name_modifiers and maker_prefixes). The state named as the subject of the same
predicate still strikes. The sentences are the team's, written for this test; every one is
read against Tuesday 14 May 2024.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events

# A group named by its patron fires at a base: the patron is no striker.
PATRON_GROUP_FIRES = {
    "en": "Militias loyal to Iran fired 12 rockets at the Varno base on Monday.",
    "de": "Die iranisch unterstützte Miliz feuerte am Montag 12 Raketen auf den Stützpunkt Varno ab.",
    "tr": "İran destekli milisler pazartesi günü Varno üssüne 12 roket fırlattı.",
    "uk": "Угруповання, лояльні до Ірану, в понеділок випустили 10 ракет по базі Варно.",
    "ru": "Группировки, лояльные Ирану, в понедельник выпустили 10 ракет по базе Варно.",
    "es": "Milicias leales a Irán dispararon el lunes 12 cohetes contra la base de Varno.",
    "fr": "Des milices fidèles à l'Iran ont tiré lundi 12 roquettes sur la base de Varno.",
    "ar": "أطلقت فصائل موالية لإيران يوم الاثنين 12 صاروخا على قاعدة فارنو.",
}

# The patron's adjective before the name of its force: the same patron.
PATRON_ADJECTIVE_FORCE = {
    "uk": "Угруповання, лояльні до іранського Корпусу вартових ісламської революції, в понеділок "
          "випустили 10 ракет по базі Варно.",
}

# The state itself fires: it strikes.
STATE_FIRES = {
    "en": "Iran fired 12 rockets at the Varno base on Monday.",
    "de": "Der Iran feuerte am Montag 12 Raketen auf den Stützpunkt Varno ab.",
    "tr": "İran pazartesi günü Varno üssüne 12 roket fırlattı.",
    "uk": "Іран у понеділок випустив 10 ракет по базі Варно.",
}

# A weapon's maker named beside the rocket an air defence downed: no side launched it here.
MAKER_OF_WEAPON = {
    "tr": "Rus hava savunma sistemleri pazartesi günü Belgorod üzerinde ABD yapımı HIMARS sisteminden "
          "atılan bir roketi düşürdü.",
    "en": "Russian forces shot down a rocket fired from a US-made HIMARS launcher over Belgorod on Monday, "
          "the Russian defence ministry said.",
}

# The striker uses weapons of another state's make: the striker alone.
STRIKER_WITH_FOREIGN_WEAPONS = {
    "uk": "Українські військові в понеділок вдарили по складу в Бєлгороді ракетами американського виробництва.",
    "es": "Las fuerzas ucranianas atacaron el lunes un depósito en Bélgorod con misiles de fabricación estadounidense.",
    "fr": "Les forces ukrainiennes ont frappé lundi un dépôt à Belgorod avec des missiles de fabrication américaine.",
    "de": "Ukrainische Truppen griffen am Montag ein Depot in Belgorod mit Raketen aus US-Produktion an.",
    "ar": "قصفت القوات الأوكرانية يوم الاثنين مستودعا في بيلغورود بصواريخ أمريكية الصنع.",
}

# A strike report, then the background of the group it hit, named by its patron.
REPORT_THEN_PATRON_GROUP = {
    "de": "Die US-Streitkräfte haben am Sonntag Luftangriffe auf ein Waffenlager der Huthis in der Provinz "
          "Saada geflogen. Die iranisch unterstützte Gruppe attackiert seit Monaten Frachtschiffe im Golf von Aden.",
    "ru": "Американские военные в воскресенье нанесли авиаудары по складу оружия хуситов в провинции Саада. "
          "Группировка, лояльная Ирану, уже несколько месяцев атакует грузовые суда в Аденском заливе.",
    "uk": "Американські військові в неділю завдали авіаударів по складу зброї хуситів у провінції Саада. "
          "Угруповання, лояльне до Ірану, вже кілька місяців атакує вантажні судна в Аденській затоці.",
    "fr": "Les forces américaines ont bombardé dimanche un dépôt d'armes des Houthis dans la province de Saada. "
          "Les milices fidèles à l'Iran attaquent depuis des mois des cargos dans le golfe d'Aden.",
}

# An ally named as a noun after the striker ("ihrer russischen Verbündeten") is a striker too.
ALLY_NOUN = {
    "de": "Bei Luftangriffen der syrischen Luftwaffe und ihrer russischen Verbündeten sind am Montag in der "
          "Provinz Idlib zwölf Kämpfer getötet worden.",
}


@pytest.mark.parametrize("lang", sorted(PATRON_GROUP_FIRES))
def test_patron_of_group_is_no_striker(lang):
    assert "IRN" not in {e["actor"] for e in events(PATRON_GROUP_FIRES[lang], lang)}


@pytest.mark.parametrize("lang", sorted(PATRON_ADJECTIVE_FORCE))
def test_patron_adjective_before_its_force_is_no_striker(lang):
    assert "IRN" not in {e["actor"] for e in events(PATRON_ADJECTIVE_FORCE[lang], lang)}


@pytest.mark.parametrize("lang", sorted(STATE_FIRES))
def test_state_subject_still_strikes(lang):
    assert [e["actor"] for e in events(STATE_FIRES[lang], lang)] == ["IRN"]


@pytest.mark.parametrize("lang", sorted(MAKER_OF_WEAPON))
def test_maker_of_weapon_is_no_striker(lang):
    assert "USA" not in {e["actor"] for e in events(MAKER_OF_WEAPON[lang], lang)}


@pytest.mark.parametrize("lang", sorted(STRIKER_WITH_FOREIGN_WEAPONS))
def test_striker_with_foreign_weapons(lang):
    assert [e["actor"] for e in events(STRIKER_WITH_FOREIGN_WEAPONS[lang], lang)] == ["UKR"]


@pytest.mark.parametrize("lang", sorted(REPORT_THEN_PATRON_GROUP))
def test_report_then_patron_group(lang):
    assert [e["actor"] for e in events(REPORT_THEN_PATRON_GROUP[lang], lang)] == ["USA"]


@pytest.mark.parametrize("lang", sorted(ALLY_NOUN))
def test_ally_noun_still_strikes(lang):
    assert sorted(e["actor"] for e in events(ALLY_NOUN[lang], lang)) == ["RUS", "SYR"]
