"""Ukrainian lexicon parity: concepts the en/fr/ru lexicons cover that the Ukrainian one
lacked (a place that "undergoes" a strike, "subjected to shelling", who leads an alliance,
full names of the IRGC, the Qassam Brigades, Ansarullah and the Iraqi air force), each read
from sentences written for these tests in two inflections, actors, places or tenses."""
from __future__ import annotations

from tests.extract_helpers import one


def test_place_that_underwent_a_strike():
    ev = one("Харків зазнав масованого ракетного удару російських військ у ніч на вівторок.", "uk")
    assert ev["actor"] == "RUS" and ev["country"] == "UA" and ev["operation"] == "missile_strike"
    ev = one("Нафтобаза в Новоросійську зазнала атаки українських безпілотників.", "uk")
    assert ev["actor"] == "UKR" and ev["operation"] == "drone_strike"
    assert [t["type"] for t in ev["targets_hit"]] == ["fuel_depot"]


def test_subjected_to_shelling_or_bombing():
    ev = one("Російські війська піддали артилерійському обстрілу Херсон, повідомила обласна адміністрація.", "uk")
    assert ev["actor"] == "RUS" and ev["operation"] == "artillery" and ev["admin1"] == ["UA-65"]
    ev = one("Ізраїльська авіація піддала бомбардуванню південь Лівану.", "uk")
    assert ev["actor"] == "ISR" and ev["country"] == "LB"


def test_alliance_led_by_a_state_is_that_state():
    ev = one("Коаліція, на чолі з Саудівською Аравією, завдала авіаударів по Сані.", "uk")
    assert ev["actor"] == "SAU" and ev["country"] == "YE"
    ev = one("Війська коаліції під проводом Саудівської Аравії завдали ударів по Ходейді.", "uk")
    assert ev["actor"] == "SAU" and ev["country"] == "YE"


def test_us_led_coalition_is_the_coalition():
    ev = one("Очолювана США коаліція завдала удару по Ракці.", "uk")
    assert ev["actor"] == "COALITION"
    ev = one("Літаки очолюваної США коаліції завдали трьох ударів по Ракці.", "uk")
    assert ev["actor"] == "COALITION" and ev["strikes"] == 3


def test_irgc_by_its_full_name():
    ev = one("Корпус вартових ісламської революції завдав ракетного удару по Ербілю.", "uk")
    assert ev["actor"] == "IRN" and ev["operation"] == "missile_strike"
    ev = one("Ракетний підрозділ Корпусу вартових ісламської революції завдав удару по Ідлібу.", "uk")
    assert ev["actor"] == "IRN" and ev["country"] == "SY"


def test_qassam_brigades_are_hamas():
    ev = one("Бригади Ізз ад-Дін аль-Кассам обстріляли ракетами Ашкелон.", "uk")
    assert ev["actor"] == "HAMAS"
    ev = one("Бойовики бригад Ізз ад-Дін аль-Кассам запустили ракети по Сдероту.", "uk")
    assert ev["actor"] == "HAMAS" and ev["country"] == "IL"


def test_ansarullah_is_the_houthis():
    ev = one("Ансарулла випустила балістичну ракету по Ейлату.", "uk")
    assert ev["actor"] == "HOUTHI" and ev["operation"] == "missile_strike" and ev["country"] == "IL"
    ev = one("Ансарулла заявила, що її сили атакували ракетами Ейлат.", "uk")
    assert ev["actor"] == "HOUTHI"


def test_iraqi_air_force_and_military():
    ev = one("ВПС Іраку завдали авіаудару по схованці ІДІЛ у провінції Анбар.", "uk")
    assert ev["actor"] == "IRQ" and ev["admin1"] == ["IQ-AN"]
    ev = one("Іракські військові завдали авіаудару по позиціях ІДІЛ у провінції Кіркук.", "uk")
    assert ev["actor"] == "IRQ" and ev["admin1"] == ["IQ-KI"]


def test_bombed_flat_and_bombed():
    ev = one("Російські літаки розбомбили лікарню в Ідлібі.", "uk")
    assert ev["actor"] == "RUS" and ev["admin1"] == ["SY-ID"] and ev["operation"] == "airstrike"
    ev = one("Сирійська авіація бомбила позиції бойовиків у провінції Хама.", "uk")
    assert ev["actor"] == "SYR" and ev["admin1"] == ["SY-HM"]


def test_black_sea_fleet_is_russia():
    ev = one("Чорноморський флот випустив крилаті ракети по Одесі.", "uk")
    assert ev["actor"] == "RUS" and ev["operation"] == "missile_strike" and ev["admin1"] == ["UA-51"]
    ev = one("Ракети Чорноморського флоту влучили в порт Миколаєва, заявило Міноборони Росії.", "uk")
    assert ev["actor"] == "RUS" and ev["admin1"] == ["UA-48"]


def test_neutralised_fighters_are_killed():
    ev = one("Ізраїльська армія нейтралізувала трьох бойовиків Хезболли авіаударом на півдні Лівану.", "uk")
    assert ev["actor"] == "ISR" and ev["killed"] == 3 and ev["target_group"] == "HEZBOLLAH"
    ev = one("Українські військові нейтралізували 20 російських солдатів ударом дрона у Запорізькій області.", "uk")
    assert ev["actor"] == "UKR" and ev["killed"] == 20 and ev["admin1"] == ["UA-23"]
