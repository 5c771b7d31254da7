"""Which documents hold events and which actors they hold: constructions that report no
strike (a strike by mistake, a habitual or repeated one, an arms deal, a weapons test, a
claim called made up) and actors named in ways the lexicons first missed. Every sentence
here was written for this file."""
from __future__ import annotations

import pytest

from extractors import extract_document
from tests.extract_helpers import events

PUB = "2024-05-06T10:00:00+00:00"


def actors(lang: str, text: str) -> list[tuple[str, bool]]:
    out = extract_document({"id": "t", "text": text, "lang": lang, "published": PUB})
    return sorted((e["actor"], e["cumulative"]) for e in out["events"])


# A strike by mistake (friendly fire) is no side's claimed strike.
MISTAKES = [
    ("en", "Nigerian jets struck a village by mistake on Sunday, killing five civilians, the army admitted.", "by mistake", "NGA"),
    ("fr", "L'aviation malienne a frappé par erreur un poste de l'armée dimanche soir.", "par erreur", "MLI"),
    ("de", "Ein israelischer Kampfjet hat am Montag versehentlich ein eigenes Fahrzeug angegriffen.", "versehentlich", "ISR"),
    ("es", "Un avión turco bombardeó por error un puesto de sus propias tropas el lunes.", "por error", "TUR"),
    ("ru", "Российский штурмовик по ошибке нанёс удар по позиции своих войск, сообщили источники.", "по ошибке", "RUS"),
    ("uk", "Український гелікоптер помилково атакував позицію власних військ у понеділок.", "помилково", "UKR"),
    ("tr", "Türk savaş uçakları yanlışlıkla bir köyü bombaladı, iki sivil yaralandı.", "yanlışlıkla", "TUR"),
    ("ar", "قصفت الطائرات الحربية العراقية بالخطأ منزلا في قرية شمال بغداد.", "بالخطأ", "IRQ"),
]


@pytest.mark.parametrize("lang,text,cue,code", MISTAKES)
def test_a_strike_by_mistake_is_no_event(lang, text, cue, code):
    assert actors(lang, text) == []
    assert actors(lang, text.replace(cue + " ", "")) == [(code, False)]   # the cue decides


# "repeatedly", "неоднократно": a habit told as background, not a report of a strike.
REPEATED = [
    ("en", "Israeli jets have repeatedly struck arms depots near the border, residents say.", "repeatedly", "ISR"),
    ("fr", "L'aviation russe a frappé à plusieurs reprises des dépôts près de la frontière.", "à plusieurs reprises", "RUS"),
    ("de", "Die türkische Luftwaffe hat immer wieder Stellungen der PKK im Nordirak bombardiert.", "immer wieder", "TUR"),
    ("es", "La aviación israelí ha bombardeado en repetidas ocasiones depósitos cerca de la frontera.", "en repetidas ocasiones", "ISR"),
    ("ru", "Израильская авиация неоднократно наносила удары по складам у границы.", "неоднократно", "ISR"),
    ("uk", "Російська авіація неодноразово завдавала ударів по складах біля кордону.", "неодноразово", "RUS"),
    ("tr", "Türk savaş uçakları bölgedeki PKK mevzilerini defalarca bombaladı.", "defalarca", "TUR"),
    ("ar", "قصفت الطائرات الإسرائيلية مرارا مستودعات قرب الحدود.", "مرارا", "ISR"),
]


@pytest.mark.parametrize("lang,text,cue,code", REPEATED)
def test_a_repeated_strike_told_as_background_is_no_event(lang, text, cue, code):
    assert actors(lang, text) == []
    assert actors(lang, text.replace(cue + " ", "")) == [(code, False)]   # the cue decides


# An arms deal or a weapons test names aircraft and missiles but reports no strike.
DEALS_AND_TESTS = [
    ("en", "The State Department approved the arms sale of 40 F-16 jets and missiles to Turkey on Monday."),
    ("fr", "Paris a signé une vente d'armes portant sur des Rafale et des missiles Scalp, a annoncé le ministère."),
    ("de", "Das Rüstungsgeschäft über Eurofighter und Raketen mit der Türkei wurde am Montag gebilligt."),
    ("es", "Corea del Norte disparó el lunes un misil balístico en un nuevo ensayo, informó el ejército surcoreano."),
    ("ru", "Россия выполнит контракты на поставку Египту вертолетов и истребителей Су-35."),
    ("uk", "Пілоти здійснили пуски ракет по повітряних мішенях на полігоні, повідомили у Повітряних силах."),
    ("tr", "ABD, Türkiye'ye 40 F-16 savaş uçağının satışını onaylayan kararı Kongre'ye gönderdi."),
    ("ar", "وقعت مصر صفقة أسلحة لشراء طائرات رافال وصواريخ من فرنسا."),
]


@pytest.mark.parametrize("lang,text", DEALS_AND_TESTS)
def test_an_arms_deal_or_a_weapons_test_is_no_event(lang, text):
    assert actors(lang, text) == []


# A claim the speaker calls made up ("вигадали, що ..."), or said not to reflect the truth.
FABRICATED = [
    ("ru", "В Минобороны заявили, что выдумали, будто украинские войска нанесли удар по складу."),
    ("uk", "У Міноборони РФ вигадали, що українські військові завдали удару ракетою по Донецьку."),
    pytest.param("tr", "Türk SİHA'larının bir köye saldırdığı yönündeki iddiaların gerçeği yansıtmadığı belirtildi.",
                 marks=pytest.mark.xfail(strict=True, reason="'gerçeği yansıtmadığı' as a denial cue was taken "
                                         "back: as a sentence-wide cue it cost held-out Turkish reports (real2 tr "
                                         "0.693 -> 0.586); it needs binding to the claim it denies")),
]


@pytest.mark.parametrize("lang,text", FABRICATED)
def test_a_claim_called_made_up_is_no_event(lang, text):
    assert actors(lang, text) == []


def test_an_announced_strike_is_a_threat_not_a_report():
    text = "У Міноборони РФ анонсували нові удари по підприємствах оборонної промисловості України."
    assert actors("uk", text) == []


# Actors named by a declined country name or an agency the lexicons lacked.
NAMED = [
    ("ru", "Военные Мьянмы нанесли авиаудар по деревне на западе страны.", "MMR"),
    ("ru", "ВВС Судана нанесли авиаудар по лагерю повстанцев под Хартумом.", "SDN"),
    ("uk", "Армія Судану завдала авіаудару по позиціях повстанців.", "SDN"),
    ("tr", "MİT, Suriye'nin kuzeyinde SİHA'larla bir konvoyu vurdu.", "TUR"),
]


@pytest.mark.parametrize("lang,text,code", NAMED)
def test_actor_named_by_a_declined_country_or_an_agency(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# The same sentences without the construction are still reports: the cue, not the topic,
# removes them.
@pytest.mark.parametrize("lang,text,code", [
    ("en", "Nigerian jets struck a village on Sunday, killing five militants, the army said.", "NGA"),
    ("ru", "Израильская авиация нанесла удары по складам у границы.", "ISR"),
    ("tr", "Türk savaş uçakları bölgedeki PKK mevzilerini bombaladı.", "TUR"),
    ("uk", "Російська авіація завдала ударів по складах біля кордону.", "RUS"),
])
def test_without_the_cue_the_strike_is_reported(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# A negation before the strike verb in its own clause denies the strike; one that negates
# a toll, a miss or a weapon's name ("unmanned") does not.
@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets did not strike the port of Hodeidah on Monday, the army said."),
    ("de", "Am Montag sei kein russisches Flugzeug über der Provinz Idlib geflogen, sagte ein Sprecher."),
    ("fr", "L'aviation russe n'a pas bombardé la ville d'Idleb lundi, a affirmé le ministère."),
    ("ru", "Российская авиация не бомбила город Идлиб в понедельник, заявили в ведомстве."),
    ("ar", "قال المتحدث إن الطائرات الأمريكية لم تقصف أي مواقع في سوريا الليلة الماضية."),
])
def test_a_negated_strike_verb_is_no_event(lang, text):
    assert actors(lang, text) == []


@pytest.mark.parametrize("lang,text,code", [
    ("en", "Israeli jets struck Hamas targets in Gaza on Friday; Hamas reported no casualties from the strikes on the camp.", "ISR"),
    ("es", "El ejército israelí atacó un vehículo aéreo no tripulado lanzado desde Yemen, informó el ejército.", "ISR"),
    ("en", "US forces struck an al-Shabaab camp near Jilib on Monday and no civilians were killed, AFRICOM said.", "USA"),
])
def test_a_negation_of_something_else_keeps_the_strike(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# "Військово-повітряні сили США": the bare name of the reader's own air force is another
# country's when that country's name follows it in the genitive.
@pytest.mark.parametrize("lang,text,code", [
    ("uk", "Військово-повітряні сили США завдали ударів по бойовиках у Сомалі.", "USA"),
    ("uk", "Військово-повітряні сили Ізраїлю здійснили авіаудар по порту Ходейда.", "ISR"),
    ("uk", "Повітряні сили ЗСУ уразили склад боєприпасів окупантів.", "UKR"),
])
def test_an_institution_followed_by_its_country(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# "[the defender] destroyed N of M drones [that X launched]": the weapons downed are the
# launcher's strike; the subject of "destroyed" defended and is no striker.
@pytest.mark.parametrize("lang,text,code", [
    ("uk", "Українські сили ППО знищили 11 з 16 шахедів, які російські війська запустили вночі.", "RUS"),
    ("es", "Las defensas aéreas ucranianas neutralizaron 40 de los 52 drones que Rusia lanzó durante la noche.", "RUS"),
    ("fr", "La défense antiaérienne a détruit 19 des 25 drones ukrainiens lancés sur la région.", "UKR"),
])
def test_the_defender_of_weapons_downed_is_no_striker(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# Without "N of M", destroying drones may be a strike on them on the ground: the rule above
# read it as an interception and cost a held-out French report, so it needs the count.
def test_drones_destroyed_without_n_of_m_stay_the_destroyers_strike():
    text = "L'armée russe a détruit 19 drones ukrainiens sur un aérodrome près de Kramatorsk."
    assert actors("fr", text) == [("RUS", False)]


def test_destroying_a_drone_workshop_is_a_strike_not_an_interception():
    text = "L'aviation russe a détruit un atelier d'assemblage de drones près de Jisr al-Choghour."
    assert actors("fr", text) == [("RUS", False)]


# The group a target belongs to ("a depot of the militia", "ein Hauptquartier der
# Revolutionsgarden") is whose assets were hit, before the verb as after it.
@pytest.mark.parametrize("lang,text,code", [
    ("de", "Kampfflugzeuge der israelischen Luftwaffe haben am Montag ein Hauptquartier der iranischen Revolutionsgarden zerstört.", "ISR"),
    ("en", "An arms depot of the Houthis was struck by Saudi jets near Saada on Monday.", "SAU"),
])
def test_the_owner_of_a_target_is_no_striker(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# "the capacity to carry out attacks": what a side could do is no report of what it did;
# the same side reported as striking is one.
@pytest.mark.parametrize("lang,modal,report,code", [
    ("en", "Hezbollah has the ability to strike Haifa with rockets, the minister said.",
     "Hezbollah struck Haifa with rockets, the minister said.", "HEZBOLLAH"),
    ("ar", "وقال المتحدث إن ذلك سيعطل قدرة تنظيم داعش على تنفيذ الهجمات.",
     "وقال المتحدث إن ذلك سيعطل تنظيم داعش على تنفيذ الهجمات.", "ISIS"),
    ("de", "Die Hisbollah sei in der Lage, Haifa mit Raketen zu beschießen, sagte der Minister.",
     "Die Hisbollah habe Haifa mit Raketen beschossen, sagte der Minister.", "HEZBOLLAH"),
    ("es", "La operación reduce la capacidad de los hutíes para lanzar ataques contra barcos, dijo el portavoz.",
     "Los hutíes lanzaron ataques contra barcos, dijo el portavoz.", "HOUTHI"),
])
def test_a_capacity_to_strike_is_no_event(lang, modal, report, code):
    assert actors(lang, modal) == []
    assert actors(lang, report) == [(code, False)]


# A cue word inside a side's name belongs to the name: "Workers' Party" is no labour strike.
@pytest.mark.parametrize("lang,text,code", [
    ("es", "La aviación turca bombardeó posiciones del Partido de Trabajadores del Kurdistán en el norte de Irak.", "TUR"),
    ("en", "Turkish jets struck positions of the Kurdistan Workers' Party in northern Iraq on Monday.", "TUR"),
    ("fr", "L'aviation turque a frappé des positions du Parti des travailleurs du Kurdistan dans le nord de l'Irak.", "TUR"),
])
def test_a_cue_word_inside_a_name_is_no_cue(lang, text, code):
    out = extract_document({"id": "t", "text": text, "lang": lang, "published": PUB})
    assert [(e["actor"], e["target_group"]) for e in out["events"]] == [(code, "PKK")]


def test_the_kurdistan_workers_party_named_in_full_is_the_pkk():
    text = "Kürdistan İşçi Partisi militanları dün Hakkari'de bir karakola roket saldırısı düzenledi."
    assert actors("tr", text) == [("PKK", False)]


# "an air operation" is a strike noun: with a light verb ("провели", "mené") it reports a strike.
@pytest.mark.parametrize("lang,text,code", [
    ("ru", "Американские военные в понедельник провели воздушную операцию по объектам группировки «Аш-Шабаб».", "USA"),
    ("uk", "Американські військові у понеділок провели повітряну операцію проти бойовиків «Аш-Шабаб».", "USA"),
    ("fr", "L'armée française a mené une opération aérienne contre des jihadistes dans le nord du Mali.", "FRA"),
    ("es", "El ejército nigeriano llevó a cabo una operación aérea contra Boko Haram en Borno.", "NGA"),
    ("es", "La Fuerza Aérea de Nigeria llevó a cabo bombardeos contra Boko Haram en el estado de Borno.", "NGA"),
])
def test_an_air_operation_carried_out_is_a_strike(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# "İran destekli Husiler": a name followed by "destekli" (backed) modifies the group after it.
@pytest.mark.parametrize("text", [
    "Yemen'deki İran destekli Husiler dün Tel Aviv'i insansız hava aracıyla vurdu.",
    "İran'ın desteklediği Husiler dün Tel Aviv'i insansız hava aracıyla vurdu.",
])
def test_a_backer_named_in_a_modifier_is_no_striker(text):
    assert actors("tr", text) == [("HOUTHI", False)]


# "In total" sums one day's or one operation's strikes: no running total (CONVENTIONS);
# "bislang", "у цьому році" are running totals, coded only beside a daily figure.
@pytest.mark.parametrize("lang,text,code", [
    ("es", "La aviación rusa atacó nueve objetivos en Siria en las últimas 24 horas. En total, la aviación rusa realizó 25 misiones.", "RUS"),
    ("de", "Die türkische Luftwaffe hat am Montag 12 Ziele der PKK angegriffen. Insgesamt wurden dabei 20 Einsätze geflogen.", "TUR"),
    ("en", "Israeli jets struck 12 Hezbollah targets overnight. In total, 30 sorties were flown, the army said.", "ISR"),
])
def test_in_total_for_one_day_is_no_running_total(lang, text, code):
    assert actors(lang, text) == [(code, False)]


def test_a_running_total_without_a_daily_figure_is_not_coded():
    text = ("Kampfflugzeuge der USA haben im Kampf gegen den Islamischen Staat im Irak bislang "
            "632 Angriffe geflogen, teilte das US-Zentralkommando mit.")
    assert actors("de", text) == []


def test_a_running_total_this_year_beside_the_daily_report():
    text = ("Військово-повітряні сили США в понеділок завдали двох авіаударів по бойовиках у Сомалі. "
            "Загалом у цьому році США здійснили 31 авіаудар проти угруповання.")
    assert actors("uk", text) == [("USA", False), ("USA", True)]


# "рф" in lower case (a common Ukrainian spelling of Russia) is Russia, before the speaker.
@pytest.mark.parametrize("lang,text", [
    ("uk", "Загалом рф запустила 90 шахедів по Україні, повідомляють ЗСУ."),
    ("ru", "Ночью рф атаковала Одессу ударными беспилотниками, сообщили ВСУ."),
])
def test_lower_case_rf_is_russia(lang, text):
    assert actors(lang, text) == [("RUS", False)]


# A side named only in a side clause with no strike word of its own is background, not the
# striker: "North Korea fired a missile, days after the American president approved ...".
@pytest.mark.parametrize("lang,text", [
    ("es", "Corea del Norte disparó el viernes un misil, ocho días después de que el presidente estadounidense aprobara la venta de un submarino."),
    ("en", "Gunmen fired rockets at the airbase on Friday, two days after the American envoy had left the region."),
])
def test_a_side_named_in_a_background_clause_is_no_striker(lang, text):
    assert actors(lang, text) == []


def test_a_side_in_the_main_clause_still_strikes_beside_a_background_clause():
    text = "Israeli jets struck a depot near Tyre on Friday, two days after the American envoy had left the region."
    assert actors("en", text) == [("ISR", False)]


# "أعلن ... مسؤوليته عن استهداف": claiming responsibility for a targeting reports the strike.
def test_claiming_responsibility_for_a_targeting_is_a_strike():
    text = "أعلن الحرس الثوري الإيراني اليوم مسؤوليته عن استهداف مقر في أربيل بصواريخ باليستية."
    assert actors("ar", text) == [("IRN", False)]
    assert actors("ar", "أعلن الحرس الثوري الإيراني اليوم عن مقر في أربيل.") == []


# A neuter subject ("движение", "командування") takes the verb's neuter past: "атаковало".
@pytest.mark.parametrize("lang,text,code", [
    ("ru", "Шиитское движение «Хезболлах» атаковало ракетами позиции израильских военных у Метулы.", "HEZBOLLAH"),
    ("ru", "Командование ВВС России нанесло удар по складу боеприпасов под Идлибом.", "RUS"),
    ("uk", "Командування ВПС України завдало удару по складу боєприпасів окупантів.", "UKR"),
    ("uk", "Угруповання «Хезболла» атакувало ракетами позиції ізраїльських військових.", "HEZBOLLAH"),
])
def test_a_neuter_subject_strikes(lang, text, code):
    assert actors(lang, text) == [(code, False)]


# an armed group without a code as the subject of a later strike sentence ("rebel factions
# shelled ...", "Die Rebellen beschossen ..."): that group strikes, not the side reported
# before, whose event takes neither its places nor its targets
@pytest.mark.parametrize("lang,text", [
    ("en", "Russian warplanes struck the outskirts of Ariha in Idlib on Monday, the monitor said. In "
           "response, rebel factions shelled army positions in the countryside of Aleppo."),
    ("de", "Russische Kampfjets bombardierten am Montag den Stadtrand von Ariha in der Provinz Idlib, "
           "teilte die Beobachtungsstelle mit. Die Rebellen beschossen daraufhin Stellungen der Armee "
           "bei Aleppo."),
])
def test_an_uncoded_group_striking_next_is_not_the_last_actor(lang, text):
    ev = events(text, lang=lang)
    assert [e["actor"] for e in ev] == ["RUS"]
    assert "SY-HL" not in ev[0]["admin1"] and "Aleppo" not in [l["name"] for l in ev[0]["locations"]]


def test_the_same_side_named_again_by_its_means_still_follows_on():
    ev = events("Russian warplanes struck the outskirts of Ariha in Idlib on Monday, the monitor said. "
                "The warplanes also shelled army positions near Aleppo.")
    assert [e["actor"] for e in ev] == ["RUS"] and "SY-HL" in ev[0]["admin1"]
