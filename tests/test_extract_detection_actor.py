"""Detection, actor and operation: who struck and with what, read from how an interception
report and a strike's means are built, on invented sentences in several languages."""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, events, one


# An interception report whose only strike word is the launch of the weapon intercepted ("a
# missile launched from Yemen"): the side that intercepted it, or reports it, struck nothing.
# The launcher is the side the weapon belongs to, when the text names one.

@pytest.mark.parametrize("text, lang, expected", [
    ("El Ejército israelí interceptó un misil hutí lanzado desde Yemen.", "es", ["HOUTHI"]),
    ("Las defensas israelíes interceptaron un misil hutí disparado contra Eilat.", "es", ["HOUTHI"]),
    ("L'armée israélienne a intercepté un missile houthi tiré depuis le Yémen.", "fr", ["HOUTHI"]),
])
def test_launch_participle_of_the_intercepted_weapon_names_its_owner_as_striker(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


@pytest.mark.parametrize("text, lang", [
    ("El Ejército israelí afirmó que la Fuerza Aérea interceptó un dron lanzado desde Yemen.", "es"),
    ("El ejército de Israel informó de que la Fuerza Aérea interceptó un misil lanzado desde Yemen.", "es"),
    ("L'armée israélienne a intercepté un missile tiré depuis le Yémen.", "fr"),
    ("L'armée israélienne a indiqué que l'armée de l'air avait intercepté un drone lancé depuis le Yémen.", "fr"),
    ("اعترض الجيش الإسرائيلي صاروخا أطلق من اليمن.", "ar"),
    ("The Israeli military said it intercepted a drone launched from Yemen.", "en"),
])
def test_interception_of_a_weapon_whose_launcher_is_not_named_is_no_strike_report(text, lang):
    assert events(text, lang=lang) == []


def test_interceptor_that_also_strikes_stays_a_striker():
    # the coordinated second verb is the interceptor's own strike, not the rocket's launch
    assert actors(events("The Israeli army intercepted a rocket and struck the launcher in Gaza.")) == ["ISR"]


# Untyped missiles that an earlier sentence names only as shot down, and a later sentence says
# aircraft fired: the aircraft's munitions, an airstrike (as the aircraft named first in a lead
# sentence already reads); typed missiles keep their own operation.

@pytest.mark.parametrize("text, lang", [
    ("Die syrische Luftabwehr hat israelische Raketen abgefangen, die auf Homs abgefeuert worden seien. "
     "Nach Angaben aus Militärkreisen hätten israelische Kampfjets vier Raketen über dem Libanon abgefeuert.", "de"),
    ("Die Luftabwehr in Syrien fing am Sonntag Raketen aus Israel ab, die in Richtung Latakia abgefeuert wurden. "
     "Israelische Kampfflugzeuge hätten fünf Raketen aus dem Luftraum über dem Mittelmeer abgefeuert, meldete die Armee.",
     "de"),
    ("اعترضت الدفاعات الجوية السورية صواريخ إسرائيلية أطلقت على محيط دمشق. "
     "وقال مصدر عسكري إن طائرات حربية إسرائيلية أطلقت الصواريخ من فوق الجولان.", "ar"),
    ("أسقطت الدفاعات الجوية السورية صواريخ إسرائيلية استهدفت ريف حمص. "
     "وأوضح المصدر أن مقاتلات إسرائيلية أطلقت أربعة صواريخ من الأجواء اللبنانية.", "ar"),
])
def test_missiles_shot_down_then_said_fired_by_aircraft_are_an_airstrike(text, lang):
    ev = one(text, lang=lang)
    assert ev["actor"] == "ISR" and ev["operation"] == "airstrike"


def test_aircraft_named_apart_from_the_missiles_do_not_make_them_an_airstrike():
    # "Kampfjets" stand in another clause from "Raketen": nothing says they fired them
    ev = one("Die syrische Luftabwehr hat israelische Raketen abgefangen, die auf Homs abgefeuert worden seien. "
             "Die Raketen seien vom Golan aus abgefeuert worden, Kampfjets hätten die Grenze nicht überflogen.",
             lang="de")
    assert ev["actor"] == "ISR" and ev["operation"] == "missile_strike"


# A weapon named as what a struck depot holds ("склад хранения ракет") was hit, not used: with
# no other means named, the strike keeps the default airstrike and the weapon no platform.

@pytest.mark.parametrize("text, lang", [
    ("ВС РФ нанесли поражение складам хранения беспилотников противника в Херсонской области.", "ru"),
    ("Российские войска нанесли удар по складу хранения ракет ВСУ под Харьковом, сообщили в Минобороны.", "ru"),
    ("Українські сили завдали удару по складу зберігання ракет «Іскандер» у Курській області.", "uk"),
    ("Генштаб ЗСУ повідомив, що українські військові вдарили по складу зберігання крилатих ракет окупантів "
     "у Криму.", "uk"),
    ("Türk Silahlı Kuvvetleri, PKK'nın İHA'larının depolandığı bir mağarayı vurdu.", "tr"),
    ("Türk Silahlı Kuvvetleri, örgütün füzelerinin depolandığı bir hangarı vurdu.", "tr"),
])
def test_weapon_a_struck_depot_holds_is_no_means(text, lang):
    ev = one(text, lang=lang)
    assert ev["operation"] == "airstrike" and ev["platforms"] == []


def test_weapon_named_as_the_means_beside_a_depot_stays_the_means():
    # the missiles struck the depot ("ракетами"): no use noun joins them to it
    ev = one("Российские войска нанесли удар ракетами по складу боеприпасов ВСУ под Харьковом.", lang="ru")
    assert ev["operation"] == "missile_strike"


# ракета (ru, uk) names a rocket and a missile alike: the untyped ракеты of a group that fires
# rockets (Hamas, Islamic Jihad, Hezbollah) are artillery, as "rockets" are; a group that fires
# ballistic missiles keeps its missile strike.

@pytest.mark.parametrize("text, lang, actor", [
    ("ХАМАС сообщил, что выпустил ракеты по Ашкелону в ответ на удары Израиля.", "ru", "HAMAS"),
    ("«Хезболлах» выпустило ракеты по израильской базе у Метулы, говорится в заявлении движения.",
     "ru", "HEZBOLLAH"),
    ("Угруповання «Хезболла» заявило, що атакувало ракетами ізраїльську військову базу поблизу Метули.",
     "uk", "HEZBOLLAH"),
    ("Рух ХАМАС повідомив, що його бойовики випустили ракети по Сдероту.", "uk", "HAMAS"),
])
def test_untyped_rockets_of_a_rocket_firing_group_are_artillery(text, lang, actor):
    ev = [e for e in events(text, lang=lang) if e["actor"] == actor]
    assert ev and ev[0]["operation"] == "artillery"


def test_houthi_missile_stays_a_missile_strike():
    ev = one("Хуситы заявили, что нанесли удар ракетой по аэропорту Эйлата.", lang="ru")
    assert ev["actor"] == "HOUTHI" and ev["operation"] == "missile_strike"


# "from the air" names the aircraft as the means, ahead of shelling named after it.

@pytest.mark.parametrize("text, lang, actor", [
    ("Pakistanische Streitkräfte hätten in der Nacht drei Dörfer in Khost aus der Luft bombardiert, teilten die "
     "Taliban mit. Zudem seien Grenzposten mit Artillerie beschossen worden.", "de", "PAK"),
    ("Das türkische Militär hat Stellungen der PKK im Nordirak aus der Luft angegriffen. Später seien die Berge "
     "mit Mörsern beschossen worden.", "de", "TUR"),
    ("Les forces russes ont bombardé par air des positions ukrainiennes dans le Donbass. Des missiles ont ensuite "
     "touché deux dépôts de munitions.", "fr", "RUS"),
    ("Les forces nigérianes ont mené depuis les airs des frappes contre un camp de Boko Haram, puis l'artillerie "
     "a pilonné la zone.", "fr", "NGA"),
])
def test_from_the_air_is_an_airstrike(text, lang, actor):
    ev = one(text, lang=lang)
    assert ev["actor"] == actor and ev["operation"] == "airstrike"


# "by air" is no agent phrase: the side named after a target inside it owns the target.

@pytest.mark.parametrize("text, lang", [
    ("Les forces russes ont bombardé par air des positions ukrainiennes dans le Donbass.", "fr"),
    ("Las fuerzas rusas bombardearon por aire posiciones ucranianas en el Donbás.", "es"),
])
def test_side_after_a_target_in_a_by_air_phrase_is_no_agent(text, lang):
    assert actors(events(text, lang=lang)) == ["RUS"]


# A strike named only by a noun that a report or an air defence names with its striker attached
# ("сообщила об ударе Ирана", "repelled an attack by Israel") reports that strike; the striker
# is the noun's complement, not the side reporting or repelling it.

@pytest.mark.parametrize("text, lang, actor", [
    ("Армия Израиля сообщила об ударе Ирана по Израилю.", "ru", "IRN"),
    ("Сирийская ПВО отразила удар Израиля по Дамаску.", "ru", "ISR"),
    ("ЦАХАЛ повідомив про ракетну атаку Ірану на Ізраїль.", "uk", "IRN"),
    ("Сирійська ППО відбила удар Ізраїлю по околицях Дамаска.", "uk", "ISR"),
    ("The army reported a missile attack by Iran on Israel overnight.", "en", "IRN"),
    ("Syrian air defences repelled an attack by Israel on Damascus airport.", "en", "ISR"),
])
def test_strike_noun_reported_with_its_striker_is_a_report_of_that_striker(text, lang, actor):
    assert actors(events(text, lang=lang)) == [actor]


def test_bare_genitive_of_an_armed_group_is_what_was_bombed():
    # "бомбардировки ИГИЛ": the bombing of the group, not by it
    assert events("Минобороны Сирии сообщило о бомбардировках ИГИЛ в провинции Дейр-эз-Зор.", lang="ru") == []


# Weapons that are the subject of a passive destroy verb after them ("missiles ... were
# destroyed") were hit, not used: the strike keeps the means named for it (none: airstrike).

@pytest.mark.parametrize("text, lang", [
    ("Les forces américaines ont mené des frappes contre des cibles houthies au Yémen. Deux missiles antinavires, "
     "prêts à être tirés, ont été détruits, selon le commandement.", "fr"),
    ("L'armée israélienne a frappé des positions du Hezbollah. Plusieurs lanceurs et des roquettes ont été "
     "détruits, a précisé l'armée.", "fr"),
    ("Американские военные нанесли удары по объектам хуситов в Йемене. Четыре противокорабельные ракеты, "
     "подготовленные к запуску, были уничтожены, сообщило командование.", "ru"),
    ("Израильская армия нанесла удары по объектам «Хезболлах» на юге Ливана. Ракеты, подготовленные к пуску, "
     "были уничтожены, сообщили в ЦАХАЛ.", "ru"),
])
@pytest.mark.xfail(strict=True, reason="taken back before the merge: the rule lowered real2 ru "
                   "(0.594 -> 0.584)")
def test_weapons_destroyed_in_a_passive_clause_are_no_means(text, lang):
    assert one(text, lang=lang)["operation"] == "airstrike"


def test_weapons_that_struck_before_a_passive_destroy_verb_stay_the_means():
    # the drones struck the depot, which was destroyed: the drones were used
    ev = one("Ukrainian drones struck an oil depot in the Bryansk region, which was destroyed, the army said.")
    assert ev["operation"] == "drone_strike"


# An event whose own sentences name no means takes it from the rest of the same report: the
# types a later sentence says were used ("Серед застосованого озброєння — ..."), or a typed
# means a later sentence names as the actor's own ("Ziel ukrainischer Artillerieangriffe").
# With nothing named anywhere it stays an airstrike.

@pytest.mark.parametrize("text, lang, operation", [
    ("Російські війська 3 березня завдали удару по складу в Запорізькій області. Про це повідомили "
     "в Генштабі. Серед застосованого озброєння — крилаті ракети «Калібр».", "uk", "missile_strike"),
    ("Ворог уночі атакував Одесу. Про це повідомили в Силах оборони півдня. Серед застосованих "
     "засобів — балістичні ракети «Іскандер-М».", "uk", "missile_strike"),
    ("Russische Truppen haben in der Nacht ein Depot bei Charkiw angegriffen. Dabei seien nach "
     "Angaben aus Kiew Iskander-Raketen eingesetzt worden.", "de", "missile_strike"),
    ("Russland hat am Morgen Ziele in Odessa angegriffen. Nach Angaben aus Kiew wurden dabei "
     "Kalibr-Marschflugkörper eingesetzt.", "de", "missile_strike"),
])
def test_means_is_the_type_a_later_sentence_says_was_used(text, lang, operation):
    assert one(text, lang=lang)["operation"] == operation


@pytest.mark.parametrize("text, lang, operation", [
    ("Die ukrainische Armee hat nach eigenen Angaben drei Depots im Süden zerstört. Erneut wurde "
     "Nowa Kachowka Ziel ukrainischer Artillerieangriffe.", "de", "artillery"),
    ("Die israelische Armee hat Stellungen im Süden des Libanon angegriffen. Am Abend wurde das "
     "Dorf erneut Ziel israelischer Drohnenangriffe.", "de", "drone_strike"),
    ("Pakistan ordusu gece Hindistan'daki hedeflere saldırı düzenledi. Başbakan, Pakistan'ın "
     "Hindistan'a yönelik füze saldırılarını doğruladı.", "tr", "missile_strike"),
    ("Hindistan ordusu sabah Pakistan topraklarını vurdu. Yetkililer, Hindistan'ın Pakistan'a "
     "yönelik topçu saldırılarını doğruladı.", "tr", "artillery"),
])
def test_means_is_the_one_a_later_sentence_names_as_the_actors_own(text, lang, operation):
    assert one(text, lang=lang)["operation"] == operation


@pytest.mark.parametrize("text, lang", [
    # the actor is the subject of another verb whose object is a weapon
    ("US forces conducted strikes against Houthi targets in Yemen on Monday. CENTCOM identified "
     "the missiles before they could be launched.", "en"),
    # the actor shot the other side's drones down
    ("Die US-Armee griff am Montag Stellungen im Jemen an. Dabei habe die US-Marine zudem mehrere "
     "Drohnen abgeschossen.", "de"),
])
def test_weapons_the_actor_only_found_or_shot_down_are_no_means(text, lang):
    assert one(text, lang=lang)["operation"] == "airstrike"


# The side the last strike hit, named after it as the one reporting it or as whose assets were
# there, does not become the striker of the next sentence that names none: the striker goes on.

@pytest.mark.parametrize("text, lang, expected", [
    ("Росіяни вдарили ракетами по базі Збройних сил України на Житомирщині. Про це повідомило "
     "Командування Повітряних сил ЗСУ. Внаслідок влучання в ангар є поранені.", "uk", ["RUS"]),
    ("Українські дрони атакували нафтобазу в Брянській області. Там зберігалося пальне для "
     "російської армії. Уламки одного з дронів влучили в резервуар.", "uk", ["UKR"]),
    ("Russian missiles struck a training ground of the Ukrainian army near Chernihiv on Monday. The "
     "Ukrainian Air Force said the attack came at dawn. After the missile hit the barracks, several "
     "soldiers were wounded.", "en", ["RUS"]),
    ("Ukrainian drones hit an oil depot in Russia's Belgorod region overnight. The Russian Defence "
     "Ministry confirmed the fire. Debris of a drone struck a fuel tank.", "en", ["UKR"]),
])
def test_struck_side_reporting_the_strike_does_not_take_the_next_sentence(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


def test_struck_side_striking_back_under_its_own_name_stays_a_striker():
    text = ("Russian jets struck Ukrainian positions near Kupiansk. Ukrainian forces later shelled "
            "Russian positions near Belgorod.")
    assert actors(events(text)) == ["RUS", "UKR"]


# The Houthis speak of themselves as Yemen's armed forces (the reading English and Arabic
# already had); every lexicon codes that name, in its inflections, HOUTHI.

@pytest.mark.parametrize("text, lang", [
    ("Вооруженные силы Йемена нанесли удар баллистической ракетой по порту Эйлат, заявил "
     "представитель движения.", "ru"),
    ("Представитель хуситов заявил, что йеменские вооруженные силы атаковали беспилотниками "
     "американский эсминец в Красном море.", "ru"),
    ("Збройні сили Ємену завдали ракетного удару по аеропорту Бен-Гуріон, заявив речник руху.", "uk"),
    ("Речник заявив, що єменські збройні сили вдарили ракетою по порту Ейлат.", "uk"),
    ("Die jemenitischen Streitkräfte haben nach eigenen Angaben eine ballistische Rakete auf Eilat "
     "abgefeuert.", "de"),
    ("Las Fuerzas Armadas yemeníes lanzaron un misil balístico contra el aeropuerto de Tel Aviv, "
     "según su portavoz.", "es"),
    ("Les forces armées yéménites ont tiré un missile balistique sur Eilat, selon leur porte-parole.", "fr"),
    ("Yemen Silahlı Kuvvetleri, Eilat limanına balistik füzeyle saldırı düzenlediğini açıkladı.", "tr"),
])
def test_yemens_armed_forces_in_the_houthis_words_are_the_houthis(text, lang):
    assert actors(events(text, lang=lang)) == ["HOUTHI"]


# A story that denies a strike: the strikes it tells as what others allege ("reports that",
# "iddialar", "الادعاءات") are the accusation it answers, no report. Without a denial an
# allegation word changes nothing, and a denial of something else leaves the report.

@pytest.mark.parametrize("text, lang", [
    ("Russian jets bombed a hospital in Sarmin on Monday, according to allegations published by "
     "activists. The Russian Defence Ministry dismissed them as fake.", "en"),
    ("The Turkish Defence Ministry dismissed reports that Turkish drones had struck a village in "
     "northern Syria. It called the claims baseless.", "en"),
    ("Bakanlık, Rus savaş uçaklarının İdlib'de bir pazarı bombaladığı iddialarının gerçeği "
     "yansıtmadığını açıkladı. Açıklamada iddiaların asılsız olduğu vurgulandı.", "tr"),
    ("Bazı sosyal medya hesaplarında Türk SİHA'larının Haseke'de bir okulu vurduğu iddia edildi. "
     "Bakanlık bu haberleri yalanladı.", "tr"),
    ("نشرت وزارة الدفاع الروسية صورا جوية تدحض الادعاءات بقصف المقاتلات الروسية مستشفى في سرمين.", "ar"),
    ("وزعمت مواقع معارضة أن المقاتلات الروسية استهدفت سوقا في إدلب، لكن الوزارة تدحض هذه الروايات "
     "بالصور.", "ar"),
])
def test_strike_alleged_in_a_story_that_denies_it_is_no_report(text, lang):
    assert events(text, lang=lang) == []


@pytest.mark.parametrize("text", [
    "Russian jets struck a market in Idlib on Sunday, according to reports that cited local residents.",
    "The Pakistani army said its jets struck militant positions near Khost. It denied reports that "
    "civilians were killed.",
])
def test_allegation_word_without_a_denial_of_the_strike_leaves_the_report(text):
    assert len(events(text)) == 1


# A drill or a weapons test named among a story's first sentences, in a story that names no
# other side: its launches and "targets hit" are the exercise's, no strike report. A report that
# names the enemy whose positions were hit stays one, whatever exercise it mentions.

@pytest.mark.parametrize("text, lang", [
    ("Бомбардировщики Ту-22М3 ВВС России нанесли удары по целям на полигоне Ашулук. Удары были "
     "нанесены в ходе учений Южного военного округа. Все цели успешно поражены.", "ru"),
    ("Российские корабли выполнили пуски ракет «Калибр» в Каспийском море. Пуски прошли в рамках "
     "учений флотилии. Ракеты поразили морские мишени.", "ru"),
    ("La Fuerza Aérea de Estados Unidos llevó a cabo el miércoles una prueba de lanzamiento de un "
     "misil Minuteman III desde California. El misil impactó en un área del Pacífico.", "es"),
    ("Rusia realizó una prueba de lanzamiento de un misil Sarmat desde el cosmódromo de Plesetsk. El "
     "misil alcanzó su objetivo en Kamchatka, según el Ministerio de Defensa.", "es"),
])
def test_drill_or_test_story_is_no_strike_report(text, lang):
    assert events(text, lang=lang) == []


def test_report_naming_the_enemy_hit_stays_one_beside_an_exercise():
    text = ("Российская авиация нанесла удары по позициям ВСУ под Авдеевкой. Ранее в регионе прошли "
            "учения. Уничтожены два склада.")
    assert actors(events(text, lang="ru")) == ["RUS"]


# The struck side's report: its air defence named as the agent of the passive ("by the air
# defence systems", "hava savunma sistemlerince", "من قبل الدفاعات الجوية") shot the weapons
# down; it is the defender speaking, not a striker, and not a target that was hit.

@pytest.mark.parametrize("text, lang", [
    ("Suudi Arabistan Savunma Bakanlığı, 7 balistik füzenin hava savunma sistemi tarafından "
     "engellenerek imha edildiğini açıkladı.", "tr"),
    ("Rusya Savunma Bakanlığı, dün gece 9 insansız hava aracının hava savunma sistemlerince "
     "vurulduğunu duyurdu.", "tr"),
    ("وقالت وزارة الدفاع الروسية إن تسع طائرات مسيرة دمرت من قبل منظومات الدفاع الجوي.", "ar"),
    ("وأعلنت وزارة الدفاع السعودية أن سبعة صواريخ باليستية دمرت من قبل الدفاعات الجوية فوق جازان.", "ar"),
])
def test_air_defence_as_the_passive_agent_is_the_defender_not_the_striker(text, lang):
    assert events(text, lang=lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Rusya Savunma Bakanlığı, Ukrayna'ya ait 9 insansız hava aracının hava savunma sistemlerince "
     "vurulduğunu duyurdu.", "tr", ["UKR"]),
    ("Suudi Arabistan Savunma Bakanlığı, Husilere ait 7 füzenin hava savunma sistemi tarafından "
     "imha edildiğini açıkladı.", "tr", ["HOUTHI"]),
])
def test_weapons_the_air_defence_downed_are_their_owners_strike(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


# (a guard: an air defence that is the object of an active strike verb is still what was hit)
@pytest.mark.parametrize("text, lang, expected", [
    ("İsrail savaş uçakları, Suriye'deki hava savunma sistemlerini vurdu.", "tr", ["ISR"]),
    ("Israeli jets struck air defence systems in Syria.", "en", ["ISR"]),
])
def test_air_defence_struck_stays_a_target(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


# A side named before its land ("Rus topraklarına", "İsrail topraklarındaki", in every case
# form of the territory noun) is where the strike fell, not its striker; the other languages'
# territory nouns ("Russian territory") already read so (the last case guards that).

@pytest.mark.parametrize("text, lang, expected", [
    ("Açıklamada, Ukrayna ordusunun İHA'larla Rus topraklarına saldırı düzenlediği belirtildi.", "tr", ["UKR"]),
    ("Açıklamada, Hizbullah'ın roketlerle İsrail topraklarındaki üslere saldırı düzenlediği belirtildi.", "tr",
     ["HEZBOLLAH"]),
    ("Ukrainian drones attacked Russian territory overnight.", "en", ["UKR"]),
])
def test_side_named_before_its_territory_is_where_the_strike_fell(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


# The agent of a participle that is no strike ("Rusya tarafından ilhak edilen Kırım": Crimea,
# annexed by Russia) qualifies a place; the strike's own striker is named later.

@pytest.mark.parametrize("text, lang, expected", [
    ("Rusya tarafından yasa dışı ilhak edilen Kırım'ın yönetim başkanı, dün Ukrayna ordusunun "
     "Kırım'a yönelik İHA'lar ile düzenlediği saldırıda 3 kişinin öldüğünü söyledi.", "tr", ["UKR"]),
    ("Rusya tarafından ilhak edilen Kırım'daki bir limana Ukrayna ordusu İHA saldırısı düzenledi.", "tr", ["UKR"]),
    ("Halep, Rus savaş uçakları tarafından dün gece vuruldu.", "tr", ["RUS"]),
])
def test_agent_of_a_participle_that_is_no_strike_is_not_the_striker(text, lang, expected):
    assert actors(events(text, lang=lang)) == expected


def test_group_as_the_agent_of_a_participle_on_the_target_owns_it():
    ev = one("MSB, Irak'ın kuzeyindeki Zap bölgesinde terör örgütü PKK tarafından kullanılan hedeflere "
             "hava harekatı düzenlendiğini açıkladı.", lang="tr")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"


# The struck side's report of weapons shot down, a governor's damage in one country and the
# attack on a unit of another: one event of the launcher, over two countries (country null).

def test_report_shot_down_then_damage_in_two_countries_is_one_event_with_no_country():
    ev = one("Rusya Savunma Bakanlığı, Ukrayna'ya ait 30 İHA'nın hava savunma sistemlerince vurulduğunu "
             "bildirdi. Krasnodar Bölge Valisi, İHA saldırısı sonucu bölgedeki bazı binalarda hasar "
             "oluştuğunu aktardı. Kırım'ın yönetim başkanı ise Ukrayna ordusunun Kırım'a yönelik İHA'lar "
             "ile düzenlediği saldırıda 2 kişinin öldüğünü söyledi.", lang="tr")
    assert ev["actor"] == "UKR" and ev["country"] is None and set(ev["admin1"]) == {"UA-43", "RU-KDA"}
