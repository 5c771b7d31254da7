"""Targets: the kinds of target hit, from the target-type words of every language, their
synonyms, and what is no target. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.lexicon import load_all
from tests.extract_helpers import events, first


def types(text, lang):
    return {code for _, _, code in load_all()[lang].find_coded("target_types", text)}


# --- target types -------------------------------------------------------------------------------

def hit_types(e):
    return {t["type"] for t in e["targets_hit"]}


# ---- target types: one phrase per type and language, written for the test
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The jets hit a munitions warehouse, a logistics hub and an oil depot.",
     {"ammunition_depot", "weapons_depot", "fuel_depot"}),
    ("en", "Strikes destroyed trenches, a roadblock, an armoured personnel carrier and a SAM site.",
     {"fighting_position", "crossing_point", "armored_vehicle", "air_defense"}),
    ("en", "They hit a drone factory, a gas pipeline, an airstrip, a warship and barracks.",
     {"factory", "infrastructure", "airfield", "vessel", "building"}),
    ("en", "Targets included a launch site, an artillery emplacement and enemy troops.",
     {"launcher", "artillery_position", "personnel"}),
    ("de", "Getroffen wurden ein Munitionslager, ein Treibstofflager und mehrere Waffenlager.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("de", "Die Luftwaffe zerstörte einen Gefechtsstand, ein Ausbildungslager und Artilleriestellungen.",
     {"command_post", "training_camp", "artillery_position"}),
    ("de", "Angegriffen wurden Schützenpanzer, Militärfahrzeuge, ein Radarsystem und Hubschrauber.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("de", "Ziele waren eine Raffinerie, eine Drohnenfabrik, ein Flugplatz, ein Kriegsschiff und Raketenwerfer.",
     {"oil_facility", "factory", "airfield", "vessel", "launcher"}),
    ("de", "Getroffen wurden Befestigungsanlagen, ein Grenzposten, ein Stromnetz und eine Kaserne.",
     {"fighting_position", "crossing_point", "infrastructure", "building"}),
    ("es", "Los aviones destruyeron un polvorín, un depósito de petróleo y un centro logístico.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("es", "Fueron alcanzados un campamento, un puesto de comando, baterías de artillería y cuevas.",
     {"training_camp", "command_post", "artillery_position", "fighting_position"}),
    ("es", "Destruyeron vehículos blindados, camionetas, un sistema antiaéreo y helicópteros.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("es", "Atacaron una plataforma de lanzamiento, pozos de petróleo, una fábrica de drones y una fragata.",
     {"launcher", "oil_facility", "factory", "vessel"}),
    ("es", "Golpearon un paso fronterizo, una subestación, un aeródromo y un hangar.",
     {"crossing_point", "infrastructure", "airfield", "building"}),
    ("fr", "L'aviation a frappé une poudrière, un dépôt pétrolier et une base logistique.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("fr", "Ont été touchés un centre de formation, un QG, des tranchées et des positions de tir.",
     {"training_camp", "command_post", "fighting_position", "artillery_position"}),
    ("fr", "Les frappes ont détruit des véhicules blindés, des voitures, une batterie antiaérienne et un hélicoptère.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("fr", "Ont été visés une rampe de lancement, un camion-citerne, une usine d'armement et une frégate.",
     {"launcher", "oil_facility", "factory", "vessel"}),
    ("fr", "Les frappes ont touché un barrage routier, une ligne électrique, une piste d'atterrissage et une caserne.",
     {"crossing_point", "infrastructure", "airfield", "building"}),
    ("ru", "Поражены склады БК, нефтехранилище и логистический центр.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("ru", "Уничтожены огневые точки, штурмовые группы, бронированная техника и ЗРК.",
     {"fighting_position", "personnel", "armored_vehicle", "air_defense"}),
    ("ru", "Поражены пусковые позиции, предприятия ВПК, линии электропередачи и ангар.",
     {"launcher", "factory", "infrastructure", "building"}),
    ("uk", "Уражено склади з боєприпасами, нафтосховище та логістичний центр.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("uk", "Знищено вогневі точки, штурмові групи, броньовану техніку та зенітний ракетний комплекс.",
     {"fighting_position", "personnel", "armored_vehicle", "air_defense"}),
    ("uk", "Уражено пускові позиції, оборонне підприємство, лінії електропередачі та казарми.",
     {"launcher", "factory", "infrastructure", "building"}),
])
def test_target_types_every_language(lang, text, expected):
    assert expected <= types(text, lang)


def test_oil_refinery_is_one_oil_facility_not_a_factory():
    assert types("Дроны атаковали нефтеперерабатывающий завод.", "ru") == {"oil_facility"}
    assert types("Дрони атакували нафтопереробний завод.", "uk") == {"oil_facility"}


def test_german_compound_target_in_a_report():
    ev = events("Die russische Luftwaffe hat am Montag in Syrien ein Munitionslager und zwei "
                "Kommandoposten der Terrormiliz zerstört, teilte das Verteidigungsministerium in Moskau mit.", "de", published="2024-03-12T10:00:00+00:00")
    assert ev and {"ammunition_depot", "command_post"} <= {t["type"] for t in ev[0]["targets_hit"]}


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Saldırılarda cephanelikler, yakıt istasyonu, lojistik merkez ve topçu bataryası vuruldu.",
     {"ammunition_depot", "fuel_depot", "weapons_depot", "artillery_position"}),
    ("tr", "Korunaklar, zırhlı savaş araçları, motosikletler ve radar sistemi imha edildi.",
     {"fighting_position", "armored_vehicle", "vehicle", "air_defense"}),
    ("tr", "Fırlatıcılar, üretim tesisi, baraj, iniş pisti ve firkateyn hedef alındı.",
     {"launcher", "factory", "infrastructure", "airfield", "vessel"}),
    ("ar", "استهدفت الغارات مخازن ذخائر ومستودع محروقات وقاعدة لوجستية",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("ar", "دمرت الطائرات عدة دشم ومرابض المدفعية ومصفحات ومنظومة باتريوت",
     {"fighting_position", "artillery_position", "armored_vehicle", "air_defense"}),
    ("ar", "قصفت الطائرات راجمات ومصنع أسلحة وأبراج اتصالات ومهبط طائرات وفرقاطات وثكنات",
     {"launcher", "factory", "infrastructure", "airfield", "vessel", "building"}),
])
def test_target_types_turkish_arabic(lang, text, expected):
    assert expected <= types(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "The aircraft struck militant positions near the river."),
    ("ru", "Авиация нанесла удары по позициям боевиков."),
    ("uk", "Артилерія вразила позиції противника."),
    ("ar", "قصفت الطائرات مواقع المسلحين"),
])
def test_generic_positions_are_fighting_positions(lang, text):
    # CONVENTIONS: generic military "positions" -> fighting_position
    assert "fighting_position" in types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Минобороны России сообщило, что украинские беспилотники атаковали Курскую область; дежурные средства "
     "ПВО перехватили и уничтожили 15 дронов.", "ru"),
    ("La Russie a lancé dans la nuit 30 drones contre l'Ukraine, dont 25 ont été abattus par la défense "
     "antiaérienne, a indiqué l'armée de l'air ukrainienne.", "fr"),
])
def test_the_defenders_air_defence_is_not_a_target(text, lang):
    assert "air_defense" not in hit_types(first(text, lang, published="2024-03-14T08:00:00+00:00"))


@pytest.mark.parametrize("text,lang,expected", [
    ("Ізраїльська армія завдала ударів по військовій інфраструктурі угруповання хуситів у порту Ходейда, "
     "повідомив ЦАХАЛ.", "uk", "building"),
    ("İsrail ordusu, Lübnan'ın güneyindeki Hizbullah altyapılarına hava saldırıları düzenlediğini açıkladı.",
     "tr", "building"),
    ("Российские войска нанесли удар по объектам энергетической инфраструктуры Украины, сообщили Воздушные "
     "силы ВСУ.", "ru", "infrastructure"),
])
def test_military_infrastructure_is_a_building_energy_infrastructure_is_not(text, lang, expected):
    assert expected in hit_types(first(text, lang, published="2024-03-14T08:00:00+00:00"))


@pytest.mark.parametrize("text,lang,expected", [
    ("Sudanese warplanes struck a supply convoy of the rebels near El Obeid on Monday, the army said.", "en",
     "vehicle"),
    ("La aviación ucraniana bombardeó dos puestos de control de los separatistas prorrusos en las afueras de "
     "Lugansk, informó el Ministerio de Defensa de Ucrania.", "es", "crossing_point"),
    ("Estados Unidos bombardeó posiciones de los rebeldes hutíes en Yemen, informó el Pentágono.", "es",
     "fighting_position"),
    ("Israeli jets struck a Hamas command-and-control node in Gaza City, the IDF said.", "en", "command_post"),
    ("İsrail ordusu, Lübnan'ın güneyine düzenlediği hava saldırısında Hizbullah'ın kullandığı araçları hedef "
     "aldığını açıkladı.", "tr", "vehicle"),
])
def test_target_synonyms(text, lang, expected):
    assert expected in hit_types(first(text, lang, published="2024-03-14T08:00:00+00:00"))


def test_a_generic_noun_heading_a_typed_name_is_no_target_count():
    e = first("L'aviation israélienne a frappé dans la nuit trois sites de production d'armes du Hamas à Gaza, "
              "a annoncé l'armée israélienne.", "fr", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None and "factory" in hit_types(e)


def test_generic_infrastructure_is_no_target_type():
    ev = events("Israeli jets struck Hezbollah infrastructure and a weapons depot in southern Lebanon, "
                "the IDF said.", published="2024-02-08T10:00:00+00:00")
    assert {t["type"] for t in ev[0]["targets_hit"]} == {"weapons_depot"}


def test_uk_target_type_from_strike_on_oil_depot():
    text = ("Сили оборони України завдали удару по нафтобазі у Бєлгородській області, "
            "повідомив Генштаб ЗСУ.")
    ev = extract_document({"id": "t", "text": text, "lang": "uk", "published": "2024-03-11"})["events"][0]
    assert {t["type"] for t in ev["targets_hit"]} == {"fuel_depot"}


# --- what is no target of its own ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    # fighters named as whose a target is: the target, not the fighters
    ("Самолеты ВКС России уничтожили командный пункт боевиков в провинции Идлиб, сообщило Минобороны.",
     "ru", {"command_post"}),
    ("Türk savaş uçakları Irak'ın kuzeyinde teröristlere ait barınakları vurdu, Milli Savunma "
     "Bakanlığı açıkladı.", "tr", {"fighting_position"}),
    # the adjective "terrorist" is no fighter; terrorist infrastructure is a generic target
    ("Израильские ВВС нанесли удары по объектам террористической инфраструктуры Хамаса в секторе Газа, "
     "сообщила армия Израиля.", "ru", set()),
    ("Ізраїльська армія завдала ударів по терористичній інфраструктурі угруповання в Газі, повідомила "
     "армія Ізраїлю.", "uk", set()),
    ("قال الجيش الإسرائيلي إن طائراته أغارت على البنى التحتية الإرهابية لحزب الله في جنوب لبنان.", "ar", set()),
    ("Israeli jets struck Hezbollah terror infrastructure in southern Lebanon overnight, the IDF said.",
     "en", set()),
    ("L'armée israélienne a frappé des infrastructures terroristes du Hezbollah au Liban, a indiqué "
     "l'armée israélienne.", "fr", set()),
    # fighters who held what was hit, introduced as agents
    ("Des avions français ont détruit des positions tenues par des combattants de l'EI près de Mossoul, "
     "a indiqué l'état-major.", "fr", {"fighting_position"}),
    # the name of a drone is no vehicle hit
    ("Rus ordusu Odessa'ya insansız hava araçlarıyla saldırı düzenledi, Ukrayna Hava Kuvvetleri "
     "açıkladı.", "tr", set()),
    ("El ejército ruso atacó Odesa con vehículos aéreos no tripulados, informó la Fuerza Aérea de "
     "Ucrania.", "es", set()),
])
def test_no_target_of_its_own(text, lang, expected):
    assert hit_types(first(text, lang)) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # fighters named by their plain noun are personnel in every language ...
    ("L'armée de l'air nigérienne a tué une trentaine de terroristes lors de frappes aériennes près de "
     "Tillabéri, a annoncé l'armée nigérienne.", "fr", {"personnel"}),
    ("Aviones de la Fuerza Aérea colombiana bombardearon a doce guerrilleros cerca de Fortul, informó "
     "el Ministerio de Defensa.", "es", {"personnel"}),
    ("Die französische Luftwaffe hat bei einem Luftangriff in Mali zwölf Kämpfer getötet, teilte das "
     "Verteidigungsministerium mit.", "de", {"personnel"}),
    # ... but the singular adjective names no fighter
    ("L'armée israélienne a frappé un dépôt d'armes appartenant à l'organisation terroriste Hamas à "
     "Gaza, a indiqué l'armée israélienne.", "fr", {"weapons_depot"}),
    # camps and compounds
    ("Pakistani jets bombed three camps of the militants in Paktika province, the military said.", "en",
     {"training_camp"}),
    ("Israelische Kampfflugzeuge haben ein Armeehauptquartier und eine Trainingsanlage der Hamas "
     "zerstört, teilte die Armee mit.", "de", {"command_post", "training_camp"}),
])
def test_fighters_camps_and_compounds(text, lang, expected):
    assert hit_types(first(text, lang)) == expected


@pytest.mark.parametrize("text,lang", [
    ("Pakistani jets struck a military base of the Afghan Taliban in Khost province, the army said.", "en"),
    ("Пакистанские ВВС нанесли удар по военной базе талибов в провинции Хост, сообщила армия Пакистана.", "ru"),
    ("La aviación saudí bombardeó tres bases militares de los hutíes cerca de Saná, informó la coalición.", "es"),
])
def test_a_military_base_hit_is_a_building(text, lang):
    assert hit_types(first(text, lang)) == {"building"}


@pytest.mark.parametrize("text,lang,expected", [
    # a body's name holding a target word is a speaker, not a target
    ("Генеральний штаб ЗСУ повідомив, що українські дрони уразили нафтопереробний завод у Волгограді.",
     "uk", {"oil_facility"}),
    # "складові" (components) is no depot: the noun "склад" by its forms, not by its first letters
    ("Українські дрони у взаємодії з іншими складовими Сил оборони уразили нафтобазу в Брянській "
     "області, повідомив Генштаб.", "uk", {"fuel_depot"}),
    # the base the strikers flew from is a launch area
    ("Russian Su-34 jets that took off from the Hmeimim air base struck militant positions in Idlib, "
     "the Russian defence ministry said.", "en", {"fighting_position"}),
    # the strikers themselves, subject of the strike verb
    ("Российские военнослужащие нанесли удар по складу боеприпасов ВСУ под Харьковом, сообщило "
     "Минобороны России.", "ru", {"ammunition_depot"}),
    # "locales" (local) is no "locaux" (premises)
    ("Selon des sources sécuritaires et locales, l'armée congolaise a bombardé des positions du M23 "
     "près de Rutshuru.", "fr", {"fighting_position"}),
])
def test_speakers_strikers_and_false_friends_are_no_targets(text, lang, expected):
    assert hit_types(first(text, lang)) == expected


def test_fighters_hit_after_a_participle_are_still_targets():
    # "the leader targeted in the strike": a participle, the leader was hit
    e = first("A US drone strike in northwest Syria killed an ISIS leader targeted in the attack, "
              "CENTCOM said.", "en")
    assert "personnel" in hit_types(e)


# --- the sentence after the report that details what was hit ---------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    # an impact verb with what it destroyed
    ("The US military said it conducted an airstrike near Jilib on Tuesday. Four vehicles and a weapons "
     "cache were destroyed in the strike.", "en", {"vehicle", "weapons_depot"}),
    # a list opened by "among them" (counts.target_lists)
    ("Die israelische Luftwaffe hat in der Nacht Ziele der Hamas im Gazastreifen angegriffen. Darunter "
     "seien eine Waffenfabrik und ein Tunnel gewesen, teilte die Armee mit.", "de", {"factory", "fighting_position"}),
    ("ВКС России нанесли удары по объектам боевиков в провинции Идлиб, сообщило Минобороны. Среди них — "
     "склад боеприпасов и командный пункт.", "ru", {"ammunition_depot", "command_post"}),
    ("La aviación rusa atacó objetivos del Estado Islámico en Siria, informó el ministerio. Entre ellos, "
     "un depósito de municiones y un puesto de mando.", "es", {"ammunition_depot", "command_post"}),
])
def test_a_following_sentence_details_what_was_hit(text, lang, expected):
    assert hit_types(first(text, lang)) == expected


def test_a_detail_sentence_adds_no_count():
    e = first("The US military said it conducted an airstrike near Jilib on Tuesday. Four vehicles were "
              "destroyed in the strike.", "en")
    assert (e["strikes"], e["targets"]) == (1, None)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The strikes destroyed two multiple launch rocket systems and an MLRS battery.", {"launcher"}),
    ("fr", "Une importante quantité de matériels roulants a été détruite.", {"vehicle"}),
    ("es", "La aviación destruyó un emplazamiento de misiles del grupo.", {"launcher"}),
    ("ru", "Поражены два оперативно-тактических ракетных комплекса противника.", {"launcher"}),
    ("uk", "Уражено пускову позицію ракетного комплексу противника.", {"launcher"}),
    ("ru", "Уничтожены позиции минометов противника.", {"artillery_position"}),
    # the air-defence system keeps its longer name
    ("ru", "Уничтожены два зенитных ракетных комплекса.", {"air_defense"}),
])
def test_launchers_rolling_stock_and_mortar_positions(lang, text, expected):
    assert types(text, lang) == expected


def test_a_detail_sentence_may_name_whose_assets_were_hit():
    # "IS training camps": the group owns what was hit; it is no other striker
    e = first("Egyptian warplanes struck targets in Derna on Monday, the Egyptian military said. The targets "
              "were IS training camps and ammunition stores.", "en")
    assert hit_types(e) == {"ammunition_depot", "training_camp"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Los bombardeos alcanzaron la defensa aérea y dos sistemas de defensa aérea de los hutíes."),
    ("de", "Getroffen wurden Luftverteidigungs-Stellungen der Huthi-Miliz."),
])
def test_air_defence_positions(lang, text):
    assert types(text, lang) == {"air_defense"}


@pytest.mark.parametrize("text,lang", [
    ("The coalition conducted 12 strikes on fighters near Raqqa, the command said.", "en"),
    ("La coalition a mené 12 frappes contre des combattants près de Raqqa, a indiqué le commandement.", "fr"),
    ("Коаліція завдала 12 ударів по бойовиках ІД у Сирії, повідомили у командуванні.", "uk"),
])
def test_a_number_before_a_strike_noun_counts_strikes_not_the_target_after_it(text, lang):
    (e,) = events(text, lang)
    assert e["strikes"] == 12
    assert [(t["type"], t["count"]) for t in e["targets_hit"]] == [("personnel", None)]


@pytest.mark.parametrize("text,lang", [
    ("Air defence systems destroyed 35 Ukrainian drones over the Bryansk region overnight, the "
     "ministry said.", "en"),
    ("Russian air defense systems shot down 12 Ukrainian UAVs near Kursk on Tuesday, the defense "
     "ministry in Moscow said.", "en"),
    ("Les systèmes de défense antiaérienne ont détruit 22 drones ukrainiens dans la nuit, a indiqué "
     "le ministère russe de la Défense.", "fr"),
])
def test_air_defence_opening_the_sentence_intercepts_the_drones_after_it(text, lang):
    # the interceptor, named as the subject before an active verb and the drones it downed:
    # the drones' owner struck, and the air defence is no target of it
    ev = first(text, lang)
    assert ev["actor"] == "UKR" and ev["operation"] == "drone_strike"
    assert "air_defense" not in {t["type"] for t in ev["targets_hit"]}


def test_air_defence_as_the_passive_subject_stays_a_target():
    ev = first("Russian air defence systems were hit by Ukrainian drones in Crimea overnight.", "en")
    assert ev["actor"] == "UKR" and "air_defense" in {t["type"] for t in ev["targets_hit"]}


# ---- a fighter word standing after its noun as an adjective qualifies it: no fighters hit
# (targets._postposed_fighter_adjective; grammar fighter_adjectives, fighter_adjective_heads)
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Selon l'agence, les bombardiers russes ont tiré des missiles de croisière sur les positions "
           "des groupes terroristes de la région de Kalbane.", {"fighting_position"}),
    ("fr", "Les hélicoptères syriens ont largué des barils d'explosifs sur des cibles dans les collines "
           "à l'est de Sarmine, contrôlées par des groupes jihadistes.", set()),
    ("fr", "L'armée russe a annoncé avoir frappé en Syrie 45 cibles «terroristes» ces dernières 24 heures.", set()),
    ("fr", "Les avions russes ont bombardé lundi des positions « terroristes » dans la région de Kalbane, "
           "selon le ministère russe de la Défense.", {"fighting_position"}),
    ("es", "El ejército israelí bombardeó el martes un complejo en Jan Yunis, responsable de dirigir las "
           "actividades terroristas de Hamás en la región.", {"building"}),
    ("es", "El ejército israelí bombardeó el martes un edificio en Jan Yunis como respuesta a los ataques "
           "terroristas contra sus soldados, informó el portavoz militar.", {"building"}),
])
def test_a_fighter_adjective_after_its_noun_is_no_personnel(lang, text, expected):
    assert hit_types(first(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée nigériane a annoncé mercredi que ses frappes aériennes avaient tué 12 terroristes près de Bourane."),
    ("es", "Los bombardeos de la aviación nigeriana mataron el lunes a varios terroristas en la zona de Tal Hamra, dijo el ejército."),
    ("es", "La aviación nigeriana atacó el lunes a presuntos terroristas cerca de Kumshe, dijo el portavoz militar."),
])
def test_fighters_as_nouns_stay_personnel(lang, text):
    assert "personnel" in hit_types(first(text, lang))


# ---- fighters only said to be in or operating from the target hit (a presence verb right after
# them: grammar presence_verbs) say where it is: no personnel (targets._present_in_target)
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die israelische Armee erklärte, sie habe in Beit Hanun ein Kommandozentrum der Hamas angegriffen, "
           "in dem sich Terroristen aufgehalten hätten.", {"command_post"}),
    ("fr", "L'armée israélienne a frappé mardi à Beit Hanoun, précisant qu'elle ciblait « des terroristes "
           "opérant dans un centre de commandement » du Hamas.", {"command_post"}),
    ("es", "La aviación israelí atacó el lunes un edificio en la localidad de Marun, al detectar a «varios "
           "terroristas» operando en su interior, informó el ejército.", {"building"}),
    ("ru", "ВВС Израиля нанесли точный удар по террористам ХАМАС, действовавшим в командном пункте в районе "
           "Бейт-Хануна, говорится в сообщении.", {"command_post"}),
    ("uk", "ЦАХАЛ завдав удару по бойовиках, які перебували в командному пункті ХАМАС у Бейт-Хануні.", {"command_post"}),
    ("en", "The Israeli military said its jets struck militants operating from a command center in Beit Hanoun "
           "on Tuesday.", {"command_post"}),
    # the verb before them, in a relative clause
    ("ru", "ЦАХАЛ атаковал здание в районе Марун-эр-Рас, из которого действовали боевики «Хезболлы».", {"building"}),
    ("fr", "L'aviation israélienne a frappé lundi un bâtiment à Maroun al-Ras où se trouvaient des terroristes du "
           "Hezbollah.", {"building"}),
    ("es", "La aviación israelí atacó el lunes un edificio en Marun al Ras donde se encontraban terroristas de "
           "Hezbolá.", {"building"}),
    ("uk", "Ізраїльська авіація атакувала будівлю в Марун-ер-Расі, де перебували бойовики «Хезболли».", {"building"}),
])
def test_fighters_present_in_the_target_are_no_personnel(lang, text, expected):
    assert hit_types(first(text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "The Israeli military said its jets killed five militants hiding in a house in Beit Hanoun on Tuesday."),
    ("fr", "L'armée israélienne a annoncé mardi avoir frappé 6 terroristes opérant près d'un poste de commandement "
           "à Beit Hanoun."),
    ("ru", "Израильская авиация нанесла удар по зданию в Марун-эр-Расе, в результате погибли пять боевиков, "
           "которые находились внутри."),
])
def test_fighters_killed_or_counted_where_they_were_stay_personnel(lang, text):
    assert "personnel" in hit_types(first(text, lang))


# ---- a building word whose use clause names the kind of target it is, is that kind alone
# (targets._used_as_typed; grammar use_words); a coordinator keeps both
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "British jets struck buildings used by the Houthis as a weapons depot near Sanaa on Tuesday.",
     {"weapons_depot"}),
    ("en", "Russian jets destroyed a facility near Hama used as a command post by the militants.", {"command_post"}),
    ("fr", "Les avions belges ont frappé plusieurs bâtiments d'un site servant à fabriquer des bombes artisanales "
           "près de Mossoul.", {"factory"}),
    ("ar", "قال الجيش الإسرائيلي إن طائراته قصفت منشآت يستخدمها حزب الله لتخزين وإنتاج الأسلحة في البقاع.",
     {"factory"}),
    ("ar", "استهدفت القوات الأمريكية منشآت تضم مخازن للأسلحة في صنعاء.", {"weapons_depot"}),
    ("en", "Russian jets destroyed a building and a weapons depot near Hama.", {"building", "weapons_depot"}),
])
def test_a_building_used_as_a_typed_target_is_that_target(lang, text, expected):
    assert hit_types(first(text, lang)) == expected


# ---- ... or, when the use clause names no target word, by its verb of making or storing
# (targets._use_kind; grammar make_words, store_nouns)
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "British jets struck a cluster of buildings used by the Houthis to manufacture drones near Sanaa "
           "on Tuesday.", {"factory"}),
    ("ar", "قصفت الطائرات الإسرائيلية مبنى يستخدمه حزب الله لتصنيع الطائرات المسيرة في البقاع.", {"factory"}),
    ("es", "La aviación israelí atacó el lunes un edificio utilizado por Hezbolá para la fabricación de drones "
           "en la Becá.", {"factory"}),
    # the use clause of the next target, after a coordinator, leaves the building a building
    ("ar", "قالت إسرائيل إن طائراتها دمرت في بيت لاهيا مجمعات عسكرية وأنفاقا تستخدم لتخزين الأسلحة.",
     {"building", "fighting_position"}),
])
def test_a_building_used_to_make_or_store_is_a_factory_or_a_depot(lang, text, expected):
    assert hit_types(first(text, lang)) == expected
