"""A story that leads with a side's denial of harm to civilians ("denied targeting civilians",
"rejected reports that civilians were killed") does not deny that side's strikes: its own
report, told next, is an event (events._civilian_harm_deniers). A denial of the strike itself
("denied that its aircraft struck a market") still opens no event, and what another side
alleges against the denier is the charge answered (CONVENTIONS: not an event).

Sentences written for these tests (invented places and figures)."""
import pytest

from tests.extract_helpers import actors, events

OWN_REPORT_AFTER_HARM_DENIAL = {
    "en": "Russia's defence ministry on Monday denied deliberately targeting civilians in Ukraine. "
          "Russian forces struck 14 military targets overnight with long-range weapons, the ministry said.",
    "es": "El Ministerio de Defensa de Rusia negó este lunes haber atacado a civiles en Ucrania. Las Fuerzas "
          "Armadas de Rusia lanzaron un ataque con misiles contra 12 objetivos militares, añadió.",
    "fr": "Le ministère russe de la Défense a démenti lundi avoir visé des civils en Ukraine. Les forces russes "
          "ont frappé neuf cibles militaires dans la nuit, a-t-il ajouté.",
    "ru": "Минобороны России в понедельник опровергло сообщения об ударах по мирным жителям в Харькове. "
          "Российские войска нанесли удары по 11 военным объектам, добавили в ведомстве.",
    "de": "Das russische Verteidigungsministerium bestritt am Montag, Zivilisten in der Ukraine angegriffen zu "
          "haben. Russische Streitkräfte hätten in der Nacht 14 militärische Ziele beschossen, hieß es.",
    "uk": "Міноборони Росії заперечило удари по цивільних об'єктах в Україні. Російські війська завдали "
          "ударів по 12 військових об'єктах, заявили у відомстві.",
    "tr": "Rusya Savunma Bakanlığı, Ukrayna'da sivilleri hedef aldığı iddialarını reddetti. Rus kuvvetleri "
          "gece boyunca 12 askeri hedefi vurdu.",
    "ar": "نفت وزارة الدفاع الروسية استهداف المدنيين في أوكرانيا. وقالت إن القوات الروسية قصفت 12 هدفا "
          "عسكريا خلال الليل.",
}

# the reports denied name civilians killed; the denier's own strike follows
REPORTS_OF_TOLL_REJECTED = {
    "de": "Das US-Militär hat Berichte zurückgewiesen, wonach bei dem Luftangriff in der Provinz Kandahar "
          "Zivilisten getötet worden seien. US-Kampfflugzeuge hätten dort am Sonntag Stellungen der Taliban "
          "bombardiert, sagte ein Sprecher.",
}

STRIKE_ITSELF_DENIED = {
    "en": "The Russian defence ministry on Monday denied that its aircraft had struck a market in Kharkiv.",
    "es": "El Ministerio de Defensa de Rusia negó este lunes haber atacado un mercado en Járkov.",
    "fr": "Le ministère russe de la Défense a démenti lundi avoir frappé un marché à Kharkiv.",
    "ru": "Минобороны России в понедельник опровергло сообщения об ударе по рынку в Харькове.",
    "de": "Das russische Verteidigungsministerium bestritt am Montag, einen Markt in Charkiw angegriffen zu haben.",
}

# the denier reports nothing; the other side's charge is what the denial answers
CHARGE_ANSWERED = {
    "fr": "Moscou a démenti lundi avoir visé des civils à Kharkiv. Selon les autorités ukrainiennes, des "
          "missiles russes ont frappé un centre commercial dimanche.",
    "en": "Russia's defence ministry on Monday denied targeting civilians in Kharkiv. Ukrainian officials said "
          "Russian missiles had hit a shopping centre in the city on Sunday, killing seven people.",
}
CHARGE_XFAIL = {
    "en": "the claimant of 'Ukrainian officials said' is not found (null), so the charge is not told "
          "from the denier's own report",
}


@pytest.mark.parametrize("lang", sorted(OWN_REPORT_AFTER_HARM_DENIAL))
def test_own_report_after_denial_of_civilian_harm(lang):
    assert actors(events(OWN_REPORT_AFTER_HARM_DENIAL[lang], lang)) == ["RUS"]


@pytest.mark.parametrize("lang", sorted(REPORTS_OF_TOLL_REJECTED))
def test_own_report_after_rejected_toll(lang):
    assert actors(events(REPORTS_OF_TOLL_REJECTED[lang], lang)) == ["USA"]


@pytest.mark.parametrize("lang", sorted(STRIKE_ITSELF_DENIED))
def test_denial_of_the_strike_opens_no_event(lang):
    assert events(STRIKE_ITSELF_DENIED[lang], lang) == []


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=[pytest.mark.xfail(strict=True, reason=CHARGE_XFAIL[lang])]
                                               if lang in CHARGE_XFAIL else []) for lang in sorted(CHARGE_ANSWERED)])
def test_charge_answered_by_harm_denial_opens_no_event(lang):
    assert events(CHARGE_ANSWERED[lang], lang) == []
