"""A strike dated to a period before the report's own, told after the report, is background.

CONVENTIONS.md: historical raids are no events, and an event is what the document says one
actor did in its claim. Wire copy often closes a report with an earlier happening ("Late last
year, US forces also launched their first strikes against ...", "En janvier, les États-Unis
avaient lancé une série de frappes ..."). Dated to a past period ("last year", "le mois
dernier", "в прошлом году", lexicon ``dates.past_period``) or to a month named alone that is
not the month of publication ("in January", "в январе"), with no day of its own, such a
sentence after the report neither makes an event of its own nor lends the report its
strikes, places or group; nor does one dated only to a day two weeks or more before the
report was published ("On April 20, Turkish jets struck ..."). The sentences are the team's, written for this test in each
language; every one is read against Tuesday 14 May 2024.
"""
from __future__ import annotations

import pytest

from extractors.dates import earlier_period
from extractors.gazetteer import fold, transliteration_skeleton
from extractors.lexicon import load_all
from tests.extract_helpers import MATRIX_LANGS, actors, events

# Another side's strikes "last year", after an Israeli strike reported on Monday.
ANOTHER_SIDE_LAST_YEAR = {
    "en": "Israeli aircraft struck a Hezbollah depot near Nabatieh on Monday, the army said. "
          "Last year, Turkish jets carried out dozens of strikes on PKK hideouts in northern Iraq.",
    "fr": "L'aviation israélienne a frappé lundi un dépôt du Hezbollah près de Nabatieh, a indiqué l'armée. "
          "L'an dernier, des avions turcs avaient mené des dizaines de frappes contre des repaires du PKK "
          "dans le nord de l'Irak.",
    "de": "Die israelische Luftwaffe hat am Montag ein Depot der Hisbollah bei Nabatieh angegriffen, teilte "
          "die Armee mit. Im vergangenen Jahr hatten türkische Kampfjets Dutzende Angriffe auf Verstecke der "
          "PKK im Nordirak geflogen.",
    "es": "La aviación israelí atacó el lunes un depósito de Hezbolá cerca de Nabatieh, informó el ejército. "
          "El año pasado, aviones turcos llevaron a cabo decenas de ataques contra escondites del PKK en el "
          "norte de Irak.",
    "ru": "Израильская авиация в понедельник нанесла удар по складу «Хезболлы» под Набатией, сообщила армия. "
          "В прошлом году турецкие самолеты нанесли десятки ударов по укрытиям РПК на севере Ирака.",
    "uk": "Ізраїльська авіація в понеділок завдала удару по складу «Хезболли» біля Набатії, повідомила армія. "
          "Минулого року турецькі літаки завдали десятки ударів по сховищах РПК на півночі Іраку.",
    "tr": "İsrail ordusu, savaş uçaklarının pazartesi günü Nebatiye yakınında Hizbullah'a ait bir depoyu "
          "vurduğunu açıkladı. Geçen yıl Türk savaş uçakları Irak'ın kuzeyinde PKK sığınaklarına onlarca "
          "hava saldırısı düzenledi.",
    "ar": "شنت طائرات حربية إسرائيلية يوم الاثنين غارة على مستودع لحزب الله قرب النبطية، بحسب الجيش.\n"
          "وفي العام الماضي شنت طائرات تركية عشرات الغارات على مخابئ حزب العمال الكردستاني في شمال العراق.",
}

# The same side's strikes "in January" on another group elsewhere, after one airstrike on Sunday.
SAME_SIDE_IN_JANUARY = {
    "en": "US forces conducted an airstrike against al-Shabaab fighters near Jilib on Sunday, Africom said. "
          "In January, US forces launched several strikes against the Islamic State in Puntland.",
    "fr": "L'armée américaine a mené dimanche une frappe aérienne contre des combattants shebab près de Jilib, "
          "a indiqué l'Africom. En janvier, les forces américaines avaient lancé plusieurs frappes contre "
          "l'État islamique au Puntland.",
    "de": "Das US-Militär hat am Sonntag einen Luftangriff auf Al-Schabab-Kämpfer bei Jilib geflogen, teilte "
          "Africom mit. Im Januar hatten US-Truppen mehrere Angriffe auf den IS in Puntland geflogen.",
    "es": "Las fuerzas estadounidenses efectuaron el domingo un ataque aéreo contra combatientes de Al Shabab "
          "cerca de Jilib, informó el Africom. En enero, las fuerzas estadounidenses lanzaron varios ataques "
          "contra el Estado Islámico en Puntlandia.",
    "ru": "Американские военные в воскресенье нанесли авиаудар по боевикам «Аш-Шабаб» под Джилибом, "
          "сообщило AFRICOM. В январе американские военные нанесли несколько ударов по ИГ в Пунтленде.",
    "uk": "Американські військові в неділю завдали авіаудару по бойовиках «Аш-Шабаб» біля Джилібу, "
          "повідомило AFRICOM. У січні американські військові завдали кількох ударів по ІДІЛ у Пунтленді.",
    "tr": "ABD ordusu pazar günü Cilib yakınında Eş-Şebab militanlarına bir hava saldırısı düzenledi. "
          "Ocak ayında ABD güçleri Puntland'da IŞİD'e yönelik birkaç saldırı düzenledi.",
    "ar": "نفذت القوات الأمريكية يوم الأحد ضربة جوية ضد مسلحي حركة الشباب قرب جلب، بحسب أفريكوم.\n"
          "وفي يناير شنت القوات الأمريكية عدة غارات على تنظيم الدولة في بونتلاند.",
}

# Another side's strikes on a day three weeks before publication, after Monday's report.
ANOTHER_SIDE_WEEKS_BEFORE = {
    "en": "Israeli aircraft struck a Hezbollah depot near Nabatieh on Monday, the army said. On April 20, "
          "Turkish jets struck PKK hideouts in northern Iraq.",
    "fr": "L'aviation israélienne a frappé lundi un dépôt du Hezbollah près de Nabatieh, a indiqué l'armée. "
          "Le 20 avril, des avions turcs avaient frappé des repaires du PKK dans le nord de l'Irak.",
    "de": "Die israelische Luftwaffe hat am Montag ein Depot der Hisbollah bei Nabatieh angegriffen, teilte "
          "die Armee mit. Am 20. April hatten türkische Kampfjets Verstecke der PKK im Nordirak bombardiert.",
    "es": "La aviación israelí atacó el lunes un depósito de Hezbolá cerca de Nabatieh, informó el ejército. "
          "El 20 de abril, aviones turcos bombardearon escondites del PKK en el norte de Irak.",
    "ru": "Израильская авиация в понедельник нанесла удар по складу «Хезболлы» под Набатией, сообщила армия. "
          "20 апреля турецкие самолеты нанесли удары по укрытиям РПК на севере Ирака.",
    "uk": "Ізраїльська авіація в понеділок завдала удару по складу «Хезболли» біля Набатії, повідомила армія. "
          "20 квітня турецькі літаки завдали ударів по сховищах РПК на півночі Іраку.",
    "tr": "İsrail ordusu, savaş uçaklarının pazartesi günü Nebatiye yakınında Hizbullah'a ait bir depoyu "
          "vurduğunu açıkladı. Türk savaş uçakları 20 Nisan'da Irak'ın kuzeyinde PKK sığınaklarını vurdu.",
    "ar": "شنت طائرات حربية إسرائيلية يوم الاثنين غارة على مستودع لحزب الله قرب النبطية، بحسب الجيش.\n"
          "وفي 20 أبريل شنت طائرات تركية غارات على مخابئ حزب العمال الكردستاني في شمال العراق.",
}


# The war's start, with its year, told after a strike reported in the same paragraph (no line
# break; written while an Arabic paragraph was read as one sentence, so its year must not make
# the strike history). Fixed: ar; held: de en es fr ru tr uk.
WAR_BEGAN_IN_YEAR = {
    "en": "Israeli aircraft struck a house in Khan Younis overnight, killing nine people, Gaza's civil "
          "defence agency said. The war began after Hamas fighters attacked southern Israel in October 2023.",
    "fr": "L'aviation israélienne a frappé dans la nuit une maison à Khan Younès, tuant neuf personnes, selon "
          "la défense civile de Gaza. La guerre a éclaté après l'attaque menée par des combattants du Hamas "
          "dans le sud d'Israël en octobre 2023.",
    "es": "La aviación israelí bombardeó durante la noche una casa en Jan Yunis y mató a nueve personas, según "
          "la defensa civil de Gaza. La guerra estalló después de que milicianos de Hamás atacaran el sur de "
          "Israel en octubre de 2023.",
    "de": "Die israelische Luftwaffe hat in der Nacht ein Haus in Chan Junis bombardiert und dabei neun "
          "Menschen getötet, teilte der Zivilschutz im Gazastreifen mit. Der Krieg begann, nachdem Kämpfer "
          "der Hamas im Oktober 2023 den Süden Israels angegriffen hatten.",
    "ru": "Израильская авиация ночью нанесла удар по дому в Хан-Юнисе, погибли девять человек, сообщила "
          "служба гражданской обороны Газы. Война началась после нападения боевиков ХАМАС на юг Израиля в "
          "октябре 2023 года.",
    "uk": "Ізраїльська авіація вночі завдала удару по будинку в Хан-Юнісі, загинули дев'ять людей, "
          "повідомила служба цивільної оборони Гази. Війна почалася після нападу бойовиків ХАМАС на південь "
          "Ізраїлю в жовтні 2023 року.",
    "tr": "Gazze Sivil Savunma Müdürlüğü, İsrail savaş uçaklarının gece Han Yunus'ta bir evi vurduğunu ve "
          "dokuz kişinin hayatını kaybettiğini açıkladı. Savaş, Hamas militanlarının Ekim 2023'te İsrail'in "
          "güneyine saldırmasıyla başlamıştı.",
    "ar": "قال الدفاع المدني في غزة إن الطائرات الإسرائيلية قصفت منزلا في خان يونس ليلا، ما أسفر عن مقتل "
          "تسعة أشخاص. واندلعت الحرب بعد هجوم شنه مقاتلو حماس على جنوب إسرائيل في أكتوبر 2023.",
}


@pytest.mark.parametrize("lang", MATRIX_LANGS)
def test_a_year_in_a_later_sentence_of_the_paragraph_leaves_the_report(lang):
    found = events(WAR_BEGAN_IN_YEAR[lang], lang)
    assert actors(found) == ["ISR"], found
    assert found[0]["admin1"] == ["PS-KYS"]


@pytest.mark.parametrize("lang", MATRIX_LANGS)
def test_another_sides_strikes_weeks_before_are_no_event(lang):
    assert actors(events(ANOTHER_SIDE_WEEKS_BEFORE[lang], lang)) == ["ISR"]


@pytest.mark.parametrize("lang", MATRIX_LANGS)
def test_another_sides_strikes_last_year_are_no_event(lang):
    found = events(ANOTHER_SIDE_LAST_YEAR[lang], lang)
    assert actors(found) == ["ISR"], found
    assert found[0]["country"] == "LB"


@pytest.mark.parametrize("lang", MATRIX_LANGS)
def test_the_same_sides_strikes_in_an_earlier_month_stay_out_of_the_report(lang):
    found = events(SAME_SIDE_IN_JANUARY[lang], lang)
    assert actors(found) == ["USA"], found
    event = found[0]
    assert event["target_group"] != "ISIS"
    assert event["strikes"] == 1   # the one airstrike; the plural "several strikes" was January's
    assert not any("unt" in place["name"] for place in event["locations"])   # Puntland, Пунтленд


# Another side's strikes "two weeks ago" / "last week" (dates.past_period with a number slot:
# "vor {n} Wochen", "hace {n} semanas", "il y a {n} semaines", "{n} недели назад"), after a
# report of Sunday: background, no event of its own, nothing lent to the report. fixed: es fr
# ru (an IRN event of its own); de (its sentence was merged into the report's evidence).
ANOTHER_SIDE_WEEKS_AGO = {
    "de": "Türkische Kampfjets haben am Sonntag Stellungen der PKK im Nordirak bombardiert, teilte das "
          "Verteidigungsministerium mit. Vor zwei Wochen hatte der Iran kurdische Gruppen im Nordirak mit "
          "Raketen beschossen.",
    "es": "Aviones turcos bombardearon el domingo posiciones del PKK en el norte de Irak, informó el "
          "Ministerio de Defensa. Hace dos semanas, Irán había atacado con misiles a grupos kurdos en el "
          "norte de Irak.",
    "fr": "Des avions turcs ont bombardé dimanche des positions du PKK dans le nord de l'Irak, a indiqué le "
          "ministère de la Défense. Il y a deux semaines, l'Iran avait frappé avec des missiles des groupes "
          "kurdes dans le nord de l'Irak.",
    "ru": "Турецкие самолеты в воскресенье нанесли удары по позициям РПК на севере Ирака, сообщило "
          "министерство обороны. Две недели назад Иран нанес ракетные удары по курдским группировкам на "
          "севере Ирака.",
}


@pytest.mark.parametrize("lang", sorted(ANOTHER_SIDE_WEEKS_AGO))
def test_another_sides_strikes_weeks_ago_are_no_event(lang):
    text = ANOTHER_SIDE_WEEKS_AGO[lang]
    found = events(text, lang)
    assert actors(found) == ["TUR"], found
    second = text.index(". ") + 2
    assert all(a < second for a, _ in found[0]["evidence"]), found[0]["evidence"]

LEX = load_all()


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Last year, the jets struck the base.", "Last year"),
    ("en", "The jets struck the base in January.", "January"),
    ("en", "The jets struck the base on 5 January.", None),           # a day: a date of its own
    ("en", "The jets struck the base in May.", None),                 # the month of publication
    ("en", "It was the heaviest strike since last year.", None),      # compared with, not dated
    ("en", "The jets may strike again, the army said.", None),        # "may": no month
    ("fr", "Le mois dernier, l'aviation a frappé la base.", "Le mois dernier"),
    ("fr", "L'aviation a frappé la base en mars.", "mars"),
    ("ru", "В январе авиация нанесла удар по базе.", "январе"),
    ("ru", "Авиация нанесла удар по базе 5 января.", None),
    ("uk", "У березні авіація завдала удару по базі.", "березні"),
    ("tr", "Geçen yıl uçaklar üssü vurdu.", "Geçen yıl"),
    ("de", "Im Januar griffen die Jets die Basis an.", "Januar"),
    ("es", "El año pasado, los aviones atacaron la base.", "El año pasado"),
    ("de", "Letzte Woche hatten die Jets die Basis angegriffen.", "Letzte Woche"),
    ("es", "La semana pasada, los aviones atacaron la base.", "La semana pasada"),
    ("fr", "Il y a trois mois, l'aviation avait frappé la base.", "Il y a trois mois"),
    ("ru", "Три месяца назад авиация нанесла удар по базе.", "Три месяца назад"),
    ("ru", "На прошлой неделе авиация нанесла удар по базе.", "На прошлой неделе"),
    ("ar", "وفي العام الماضي قصفت الطائرات القاعدة.", "العام الماضي"),
])
def test_earlier_period_reads_past_periods_and_months_named_alone(lang, text, expected):
    from datetime import date

    span = earlier_period(text, 0, len(text), LEX[lang], date(2024, 5, 14))
    assert (text[span[0]:span[1]] if span else None) == expected


# The report restated (a strike noun or a demonstrative: "The strike came ...", "Dies geschah ..."),
# then linked by a sequel verb (cues.sequel, cues.sequel_links) to another side's earlier attack told
# in a clause: that attack is the report's background, no event of its own (triggers._sequel_of_report).
# fixed: de en es ru uk (fr had it already: tests/test_extract_parity_fr.py).
REPORT_CAME_AFTER_ANOTHER_ATTACK = {
    'en': "Israeli jets struck a Hezbollah depot near Nabatieh on Monday, the army said. Monday's strike came with tensions high after Iran launched missile and drone attacks on Israel over the weekend.",
    'de': 'Israelische Kampfjets haben am Montag ein Depot der Hisbollah bei Nabatieh angegriffen, teilte die Armee mit. Dies geschah zwei Tage, nachdem die Hisbollah eine Salve Raketen auf den Grenzort Metula abgefeuert hatte.',
    'es': 'Aviones israelíes atacaron el lunes un depósito de Hezbolá cerca de Nabatieh, informó el ejército. El ataque del lunes se produjo en plena tensión, después de que Hezbolá lanzara ataques con drones contra el norte de Israel el fin de semana.',
    'ru': 'Израильские самолеты в понедельник нанесли удар по складу «Хезболлы» под Набатией, сообщила армия. Это произошло через два дня после того, как «Хезболла» выпустила залп ракет по приграничному городу Метула.',
    'uk': 'Ізраїльські літаки в понеділок завдали удару по складу «Хезболли» біля Набатії, повідомила армія. Це сталося через два дні після того, як «Хезболла» випустила залп ракет по прикордонному містечку Метула.',
}


@pytest.mark.parametrize("lang", sorted(REPORT_CAME_AFTER_ANOTHER_ATTACK))
def test_the_attack_a_report_came_after_is_its_background(lang):
    found = events(REPORT_CAME_AFTER_ANOTHER_ATTACK[lang], lang)
    assert actors(found) == ["ISR"], found


def test_an_earlier_strike_named_with_its_side_after_the_link_stays_a_report():
    # guard: "a day after a US drone strike, which ..." names that strike in its own right
    text = ("Pakistani jets struck militant hideouts in North Waziristan on Monday, the army said. "
            "The bombings came a day after a US drone strike, which was targeting three compounds "
            "belonging to fighters of the Haqqani network, injured one militant.")
    assert actors(events(text, "en")) == ["PAK", "USA"]


# Another side's campaign told with "since <month>" and no figure, after a group's claim ("Since
# January, US and British forces have carried out air strikes on Houthi targets"): a running total
# with no daily figure of that side beside it is not coded (CONVENTIONS: what is an event), so
# the sentence gives no event; a month named alone after a since cue starts a running total
# (dates._month_alone). fixed: de en es fr; held: ar ru tr uk.
ANOTHER_SIDE_SINCE_A_MONTH = {
    'ar': 'قال الحوثيون إنهم أطلقوا الأحد صاروخا مضادا للسفن على مدمرة أمريكية في خليج عدن. ومنذ يناير تشن القوات الأمريكية والبريطانية غارات جوية على أهداف للحوثيين في اليمن.',
    'de': 'Die Huthi erklärten, sie hätten am Sonntag eine Anti-Schiffs-Rakete auf einen US-Zerstörer im Golf von Aden abgefeuert. Seit Januar fliegen US-amerikanische und britische Streitkräfte Luftangriffe auf Huthi-Ziele im Jemen.',
    'en': 'The Houthis said they fired an anti-ship missile at a US destroyer in the Gulf of Aden on Sunday. Since January, US and British forces have carried out air strikes on Houthi targets in Yemen.',
    'es': 'Los hutíes afirmaron haber disparado el domingo un misil antibuque contra un destructor estadounidense en el golfo de Adén. Desde enero, las fuerzas estadounidenses y británicas llevan a cabo ataques aéreos contra objetivos hutíes en Yemen.',
    'fr': "Les Houthis ont affirmé avoir tiré dimanche un missile antinavire sur un destroyer américain dans le golfe d'Aden. Depuis janvier, les forces américaines et britanniques mènent des frappes aériennes contre des cibles houthies au Yémen.",
    'ru': 'Хуситы заявили, что в воскресенье выпустили противокорабельную ракету по американскому эсминцу в Аденском заливе. С января американские и британские силы наносят авиаудары по объектам хуситов в Йемене.',
    'tr': "Husiler pazar günü Aden Körfezi'nde bir ABD muhribine gemisavar füze fırlattıklarını açıkladı. ABD ve İngiliz kuvvetleri ocak ayından bu yana Yemen'deki Husi hedeflerine hava saldırıları düzenliyor.",
    'uk': "Хусити заявили, що в неділю випустили протикорабельну ракету по американському есмінцю в Аденській затоці. З січня американські та британські сили завдають авіаударів по об'єктах хуситів у Ємені.",
}


@pytest.mark.parametrize("lang", sorted(ANOTHER_SIDE_SINCE_A_MONTH))
def test_another_sides_campaign_since_a_month_is_no_event(lang):
    found = events(ANOTHER_SIDE_SINCE_A_MONTH[lang], lang)
    assert actors(found) == ["HOUTHI"], found


def test_a_running_total_since_a_month_beside_a_daily_figure_is_a_second_event():
    # guard: the same side's daily report and its total since a month are two events
    text = ("US forces struck three Houthi sites near Hodeidah on Monday, CENTCOM said. "
            "Since January, US forces have carried out more than 400 strikes on Houthi targets.")
    found = events(text, "en")
    assert sorted((e["actor"], e["cumulative"]) for e in found) == [("USA", False), ("USA", True)]


# session 20, branch r18-fr (probes): the same side's earlier strike, named by a strike noun in
# a later sentence dated to a past period ("Минулого місяця ракетний удар по Харкову ...",
# "Last month, a missile strike on Kharkiv killed ..."), names no place of the report: the
# sentences that name the report's strike again (locate._echo_sentences) leave out one that
# events._strike_of_earlier_period reads as an earlier happening. fixed: uk; held: de en es fr
# ru tr; ar xfail.
EARLIER_STRIKE_PLACE = {
    "en": "Russian drones struck port infrastructure in Odesa overnight, the governor said. "
          "Last month, a missile strike on Kharkiv killed seven people.",
    "fr": "Des drones russes ont frappé dans la nuit des infrastructures portuaires à Odessa, a indiqué le "
          "gouverneur. Le mois dernier, une frappe de missile sur Kharkiv avait fait sept morts.",
    "de": "Russische Drohnen haben in der Nacht Hafenanlagen in Odessa getroffen, teilte der Gouverneur mit. "
          "Im vergangenen Monat hatte ein Raketenangriff auf Charkiw sieben Menschen getötet.",
    "es": "Drones rusos atacaron durante la noche infraestructuras portuarias en Odesa, informó el gobernador. "
          "El mes pasado, un ataque con misiles contra Járkov había matado a siete personas.",
    "ru": "Российские беспилотники ночью атаковали портовую инфраструктуру в Одессе, сообщил губернатор. "
          "В прошлом месяце ракетный удар по Харькову унес жизни семи человек.",
    "uk": "Російські дрони вночі атакували портову інфраструктуру в Одесі, повідомив голова ОВА. "
          "Минулого місяця ракетний удар по Харкову забрав життя семи людей.",
    "tr": "Rus insansız hava araçları gece Odessa'daki liman altyapısını vurdu, vali açıkladı. "
          "Geçen ay Harkiv'e düzenlenen füze saldırısında yedi kişi ölmüştü.",
    "ar": "استهدفت مسيرات روسية ليلا البنية التحتية لميناء أوديسا، بحسب الحاكم. "
          "وكانت ضربة صاروخية على خاركيف قد أسفرت الشهر الماضي عن مقتل سبعة أشخاص.",
}
# (ar: passes since the Arabic paragraph is cut at its full stop, commit 1635299)
_EARLIER_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=[pytest.mark.xfail(strict=True, reason=_EARLIER_XFAIL[lang])]
                                               if lang in _EARLIER_XFAIL else []) for lang in MATRIX_LANGS])
def test_an_earlier_strike_named_again_lends_the_report_no_place(lang):
    found = events(EARLIER_STRIKE_PLACE[lang], lang)
    assert actors(found) == ["RUS"], found
    assert "UA-63" not in found[0]["admin1"], found[0]["admin1"]
    assert not any(transliteration_skeleton(fold(place["name"])) == transliteration_skeleton(fold("Kharkiv"))
                   for place in found[0]["locations"]), found[0]["locations"]
