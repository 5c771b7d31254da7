"""platforms across the eight languages: one matrix of the ways wire copy names the type of
aircraft, drone or missile used (CONVENTIONS.md: types stated as used in the strike, normalised;
never a type named as destroyed), each written as one short strike report per language, in that
language's own order and forms, with the designation as that language's copy spells it
(Су-34, إم كيو-9, Kinjal, Schahed, «Калібр»). Sentences written for this test (session 17,
r15-tr's probes), none taken from a corpus text.

fixed in session 17 (r15-tr): mq9_reaper ar ("استهدفت طائرة مسيرة أمريكية من طراز إم كيو-9":
the side's adjective and "من طراز" between a verb-first strike verb and the type leave the type
the verb's subject, not something destroyed; grammar.type_words); target_aircraft_none de tr (a
type destroyed before the verb after it: "zwei Su-34-Bomber zerstört", "iki Su-34 bombardıman
uçağı imha edildi"; platforms._destroyed_before_verb). Every other passing cell held before and
is guarded. Cells still failing are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, covers_every_language, matrix_cases

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday

# construction -> ((actor, expected platforms), {language: sentence})
MATRIX = {
    'su34_bombers': (('RUS', ['Su-34']), {
        'ar': 'قصفت قاذفات سو-34 الروسية الاثنين مواقع أوكرانية قرب أفدييفكا، بحسب الوزارة.',
        'de': 'Russische Su-34-Bomber haben am Montag ukrainische Stellungen bei Awdijiwka angegriffen, teilte das Ministerium mit.',
        'en': 'Russian Su-34 bombers struck Ukrainian positions near Avdiivka on Monday, the ministry said.',
        'es': 'Bombarderos rusos Su-34 atacaron el lunes posiciones ucranianas cerca de Avdiivka, informó el ministerio.',
        'fr': "Des bombardiers russes Su-34 ont frappé lundi des positions ukrainiennes près d'Avdiïvka, a indiqué le ministère.",
        'ru': 'Российские бомбардировщики Су-34 в понедельник нанесли удары по позициям ВСУ под Авдеевкой, сообщило министерство.',
        'tr': 'Rus Su-34 bombardıman uçakları pazartesi günü Avdiivka yakınlarındaki Ukrayna mevzilerini vurdu, bakanlık açıkladı.',
        'uk': 'Російські бомбардувальники Су-34 у понеділок завдали ударів по позиціях ЗСУ під Авдіївкою, повідомило міністерство.',
    }),
    'f35_jets': (('ISR', ['F-35']), {
        'ar': 'أغارت مقاتلات إسرائيلية من طراز إف-35 السبت على أهداف في ميناء الحديدة اليمني، بحسب الجيش.',
        'de': 'Israelische F-35-Kampfjets haben am Samstag Ziele im jemenitischen Hafen Hodeida angegriffen, teilte die Armee mit.',
        'en': "Israeli F-35 fighter jets struck targets in Yemen's Hodeidah port on Saturday, the army said.",
        'es': 'Cazas israelíes F-35 atacaron el sábado objetivos en el puerto yemení de Hodeida, informó el ejército.',
        'fr': "Des chasseurs israéliens F-35 ont frappé samedi des cibles dans le port yéménite de Hodeida, a indiqué l'armée.",
        'ru': 'Израильские истребители F-35 в субботу нанесли удары по целям в йеменском порту Ходейда, сообщила армия.',
        'tr': "İsrail'e ait F-35 savaş uçakları cumartesi günü Yemen'in Hudeyde Limanı'ndaki hedefleri vurdu, ordu açıkladı.",
        'uk': 'Ізраїльські винищувачі F-35 у суботу завдали ударів по цілях у єменському порту Ходейда, повідомила армія.',
    }),
    'kalibr_ships': (('RUS', ['Kalibr']), {
        'ar': 'أطلقت سفن حربية روسية في البحر الأسود ليلا صواريخ كاليبر المجنحة على أهداف عسكرية في أوديسا، بحسب الوزارة.',
        'de': 'Russische Kriegsschiffe im Schwarzen Meer haben in der Nacht Marschflugkörper vom Typ Kalibr auf militärische Ziele in Odessa abgefeuert, teilte das Ministerium mit.',
        'en': 'Russian warships in the Black Sea fired Kalibr cruise missiles at military targets in Odesa overnight, the ministry said.',
        'es': 'Buques rusos en el mar Negro dispararon durante la noche misiles de crucero Kalibr contra objetivos militares en Odesa, informó el ministerio.',
        'fr': 'Des navires russes en mer Noire ont tiré dans la nuit des missiles de croisière Kalibr sur des cibles militaires à Odessa, a indiqué le ministère.',
        'ru': 'Корабли Черноморского флота ночью нанесли удар крылатыми ракетами «Калибр» по военным объектам в Одессе, сообщило министерство.',
        'tr': "Rus savaş gemileri gece boyunca Karadeniz'den Odessa'daki askeri hedeflere Kalibr seyir füzeleri fırlattı, bakanlık açıkladı.",
        'uk': "Російські кораблі в Чорному морі вночі випустили крилаті ракети «Калібр» по військових об'єктах в Одесі, повідомили в Повітряних силах.",
    }),
    'shahed_drones': (('RUS', ['Shahed']), {
        'ar': 'هاجمت روسيا ليلا خاركيف بطائرات مسيرة من طراز شاهد، ما ألحق أضرارا بمنشآت الطاقة، بحسب الحاكم.',
        'de': 'Russland hat Charkiw in der Nacht mit Schahed-Drohnen angegriffen und Energieanlagen beschädigt, teilte der Gouverneur mit.',
        'en': 'Russia attacked Kharkiv overnight with Shahed drones, damaging power facilities, the governor said.',
        'es': 'Rusia atacó Járkov durante la noche con drones Shahed y dañó instalaciones eléctricas, informó el gobernador.',
        'fr': 'La Russie a attaqué Kharkiv dans la nuit avec des drones Shahed, endommageant des installations électriques, a indiqué le gouverneur.',
        'ru': 'Россия ночью атаковала Харьков дронами «Шахед», повреждены энергообъекты, сообщил губернатор.',
        'tr': "Rusya gece boyunca Harkiv'e Şahed tipi İHA'larla saldırdı, enerji tesisleri hasar gördü, vali açıkladı.",
        'uk': "Росія вночі атакувала Харків ударними дронами типу «Шахед», пошкоджено енергетичні об'єкти, повідомив голова ОВА.",
    }),
    # session 20 (r18-de): the attack and its count downed in one sentence ("35 davon wurden
    # abgeschossen": the participle closes the clause, it is no participle after the drones)
    'shahed_attacked_then_downed': (('RUS', ['Shahed']), {
        'ar': 'هاجمت روسيا أوكرانيا ليلا بـ40 مسيرة من طراز شاهد، أسقط منها 35، بحسب سلاح الجو.',
        'de': 'Russland hat die Ukraine in der Nacht mit 40 Shahed-Drohnen angegriffen, 35 davon wurden abgeschossen, teilte die Luftwaffe mit.',
        'en': 'Russia attacked Ukraine overnight with 40 Shahed drones, 35 of which were shot down, the air force said.',
        'es': 'Rusia atacó Ucrania durante la noche con 40 drones Shahed, de los cuales 35 fueron derribados, según la Fuerza Aérea.',
        'fr': "La Russie a attaqué l'Ukraine dans la nuit avec 40 drones Shahed, dont 35 ont été abattus, selon l'armée de l'air.",
        'ru': 'Россия ночью атаковала Украину 40 дронами «Шахед», 35 из них были сбиты, сообщили в Воздушных силах ВСУ.',
        'tr': "Rusya gece boyunca Ukrayna'ya 40 Şahed tipi İHA ile saldırdı, bunlardan 35'i düşürüldü, Hava Kuvvetleri açıkladı.",
        'uk': 'Росія вночі атакувала Україну 40 ударними дронами типу «Шахед», 35 з них збито, повідомили в Повітряних силах.',
    }),
    # session 20 (r18-de): the defender's count of typed drones downed, the launcher's adjective
    # before the type's compound ("russischen Schahed-Drohnen") or named after a launch
    # participle past the type's quotes ("типу «Шахед», запущених Росією")
    'typed_drones_downed': (('RUS', ['Shahed']), {
        'ar': 'أسقطت الدفاعات الجوية ليلا 25 من أصل 30 مسيرة من طراز شاهد أطلقتها روسيا، بحسب سلاح الجو.',
        'de': 'Die Luftabwehr hat in der Nacht 25 von 30 russischen Schahed-Drohnen abgeschossen, teilte die Luftwaffe mit.',
        'en': 'Air defences shot down 25 of 30 Shahed drones launched by Russia overnight, the air force said.',
        'es': 'La defensa aérea derribó durante la noche 25 de los 30 drones Shahed lanzados por Rusia, informó la Fuerza Aérea.',
        'fr': "La défense aérienne a abattu dans la nuit 25 des 30 drones Shahed lancés par la Russie, a indiqué l'armée de l'air.",
        'ru': 'Силы ПВО ночью сбили 25 из 30 запущенных Россией ударных БПЛА типа «Шахед», сообщили в Воздушных силах.',
        'tr': "Hava savunması gece boyunca Rusya'nın fırlattığı 30 Şahed İHA'sından 25'ini düşürdü, Hava Kuvvetleri açıkladı.",
        'uk': 'Сили ППО вночі збили 25 із 30 ударних БпЛА типу «Шахед», запущених Росією, повідомили в Повітряних силах.',
    }),
    'iskander_m': (('RUS', ['Iskander-M']), {
        'ar': 'قصفت روسيا الاثنين مدينة دنيبرو بصاروخين باليستيين من طراز إسكندر-إم، بحسب سلاح الجو.',
        'de': 'Russland hat Dnipro am Montag mit zwei ballistischen Raketen vom Typ Iskander-M angegriffen, teilte die Luftwaffe mit.',
        'en': 'Russia struck Dnipro with two Iskander-M ballistic missiles on Monday, the air force said.',
        'es': 'Rusia atacó el lunes Dnipró con dos misiles balísticos Iskander-M, informó la Fuerza Aérea.',
        'fr': "La Russie a frappé lundi Dnipro avec deux missiles balistiques Iskander-M, a indiqué l'armée de l'air.",
        'ru': 'Россия в понедельник нанесла удар по Днепру двумя баллистическими ракетами «Искандер-М», сообщили в Воздушных силах.',
        'tr': "Rusya pazartesi günü Dnipro'ya iki İskender-M balistik füzesiyle saldırdı, Hava Kuvvetleri açıkladı.",
        'uk': 'Росія в понеділок атакувала Дніпро двома балістичними ракетами «Іскандер-М», повідомили в Повітряних силах.',
    }),
    'mq9_reaper': (('USA', ['MQ-9']), {
        'ar': 'استهدفت طائرة مسيرة أمريكية من طراز إم كيو-9 ريبر الأحد سيارة تقل عناصر من تنظيم القاعدة في محافظة مأرب اليمنية، بحسب مسؤولين.',
        'de': 'Eine US-Drohne vom Typ MQ-9 Reaper hat am Sonntag in der jemenitischen Provinz Marib ein Fahrzeug mit Al-Kaida-Mitgliedern getroffen, sagten Beamte.',
        'en': "A US MQ-9 Reaper drone struck a vehicle carrying al-Qaeda operatives in Yemen's Marib province on Sunday, officials said.",
        'es': 'Un dron estadounidense MQ-9 Reaper atacó el domingo un vehículo que transportaba a miembros de Al Qaeda en la provincia yemení de Marib, según funcionarios.',
        'fr': "Un drone américain MQ-9 Reaper a frappé dimanche un véhicule transportant des membres d'Al-Qaïda dans la province de Marib, au Yémen, selon des responsables.",
        'ru': 'Американский беспилотник MQ-9 Reaper в воскресенье нанес удар по автомобилю с боевиками «Аль-Каиды» в йеменской провинции Мариб, сообщили официальные лица.',
        'tr': "ABD'ye ait MQ-9 Reaper tipi bir İHA pazar günü Yemen'in Marib vilayetinde El Kaide mensuplarını taşıyan bir aracı vurdu.",
        'uk': 'Американський безпілотник MQ-9 Reaper у неділю завдав удару по автомобілю з бойовиками «Аль-Каїди» в єменській провінції Мариб, повідомили посадовці.',
    }),
    'tomahawk_destroyers': (('USA', ['Tomahawk']), {
        'ar': 'أطلقت مدمرات تابعة للبحرية الأمريكية الجمعة صواريخ توماهوك على مواقع رادار للحوثيين، بحسب البنتاغون.',
        'de': 'Zerstörer der US-Marine haben am Freitag Tomahawk-Marschflugkörper auf Radaranlagen der Huthi abgefeuert, teilte das Pentagon mit.',
        'en': 'US Navy destroyers fired Tomahawk missiles at Houthi radar sites on Friday, the Pentagon said.',
        'es': 'Destructores de la Armada estadounidense lanzaron el viernes misiles Tomahawk contra radares hutíes, informó el Pentágono.',
        'fr': 'Des destroyers de la marine américaine ont tiré vendredi des missiles Tomahawk sur des radars houthis, a indiqué le Pentagone.',
        'ru': 'Эсминцы ВМС США в пятницу выпустили ракеты «Томагавк» по радарам хуситов, сообщил Пентагон.',
        'tr': 'ABD Donanmasına ait muhripler cuma günü Husilere ait radar tesislerine Tomahawk füzeleri ateşledi, Pentagon açıkladı.',
        'uk': "Есмінці ВМС США в п'ятницю випустили ракети «Томагавк» по радарах хуситів, повідомив Пентагон.",
    }),
    'kinzhal': (('RUS', ['Kinzhal']), {
        'ar': 'استخدمت روسيا السبت صواريخ كينجال الفرط صوتية في هجوم على مطار عسكري غرب أوكرانيا، بحسب سلاح الجو.',
        'de': 'Russland hat am Samstag bei einem Angriff auf einen Flugplatz in der Westukraine Hyperschallraketen vom Typ Kinschal eingesetzt, teilte die Luftwaffe mit.',
        'en': 'Russia used Kinzhal hypersonic missiles in an attack on an airfield in western Ukraine on Saturday, the air force said.',
        'es': 'Rusia empleó el sábado misiles hipersónicos Kinzhal en un ataque contra un aeródromo del oeste de Ucrania, informó la Fuerza Aérea.',
        'fr': "La Russie a utilisé samedi des missiles hypersoniques Kinjal lors d'une attaque contre un aérodrome de l'ouest de l'Ukraine, a indiqué l'armée de l'air.",
        'ru': 'Россия в субботу применила гиперзвуковые ракеты «Кинжал» при ударе по аэродрому на западе Украины, сообщили в Воздушных силах.',
        'tr': "Rusya cumartesi günü Ukrayna'nın batısındaki bir havaalanına düzenlediği saldırıda Kinjal hipersonik füzeleri kullandı, Hava Kuvvetleri açıkladı.",
        'uk': 'Росія в суботу застосувала гіперзвукові ракети «Кинджал» під час удару по аеродрому на заході України, повідомили в Повітряних силах.',
    }),
    'himars': (('UKR', ['HIMARS']), {
        'ar': 'قصفت القوات الأوكرانية الأحد مستودع ذخيرة روسيا في منطقة خيرسون بصواريخ هيمارس، بحسب هيئة الأركان.',
        'de': 'Ukrainische Truppen haben am Sonntag mit HIMARS-Raketen ein russisches Munitionslager im Gebiet Cherson getroffen, teilte der Generalstab mit.',
        'en': 'Ukrainian forces struck a Russian ammunition depot in Kherson region with HIMARS rockets on Sunday, the general staff said.',
        'es': 'Las fuerzas ucranianas atacaron el domingo un depósito de municiones ruso en la región de Jersón con cohetes HIMARS, informó el Estado Mayor.',
        'fr': "Les forces ukrainiennes ont frappé dimanche un dépôt de munitions russe dans la région de Kherson avec des roquettes HIMARS, a indiqué l'état-major.",
        'ru': 'Украинские военные в воскресенье поразили российский склад боеприпасов в Херсонской области ракетами HIMARS, сообщил Генштаб ВСУ.',
        'tr': 'Ukrayna güçleri pazar günü Herson bölgesindeki bir Rus mühimmat deposunu HIMARS roketleriyle vurdu, Genelkurmay açıkladı.',
        'uk': 'Українські військові в неділю уразили російський склад боєприпасів на Херсонщині ракетами HIMARS, повідомив Генштаб ЗСУ.',
    }),
    'two_types': (('RUS', ['Su-34', 'Su-35']), {
        'ar': 'شنت طائرات سو-34 وسو-35 التابعة للقوات الجوفضائية الروسية الاثنين غارات على قواعد للمسلحين في محافظة إدلب.',
        'de': 'Flugzeuge vom Typ Su-34 und Su-35 der russischen Luft- und Weltraumkräfte haben am Montag Stützpunkte von Milizen in der Provinz Idlib angegriffen.',
        'en': 'Su-34 and Su-35 aircraft of the Russian Aerospace Forces struck militant bases in Idlib province on Monday.',
        'es': 'Aviones Su-34 y Su-35 de las Fuerzas Aeroespaciales rusas atacaron el lunes bases de milicianos en la provincia de Idlib.',
        'fr': "Des avions Su-34 et Su-35 des forces aérospatiales russes ont frappé lundi des bases de combattants dans la province d'Idleb.",
        'ru': 'Самолеты Су-34 и Су-35 ВКС России в понедельник нанесли удары по базам боевиков в провинции Идлиб.',
        'tr': 'Rus Hava-Uzay Kuvvetlerine ait Su-34 ve Su-35 uçakları pazartesi günü İdlib vilayetindeki militan üslerini vurdu.',
        'uk': 'Літаки Су-34 та Су-35 ПКС Росії в понеділок завдали ударів по базах бойовиків у провінції Ідліб.',
    }),
    'target_aircraft_none': (('UKR', []), {
        'ar': 'هاجمت طائرات مسيرة أوكرانية ليلا مطار موروزوفسك الروسي ودمرت قاذفتين من طراز سو-34، بحسب هيئة الأركان.',
        'de': 'Ukrainische Drohnen haben in der Nacht den russischen Flugplatz Morosowsk angegriffen und zwei Su-34-Bomber zerstört, teilte der Generalstab mit.',
        'en': 'Ukrainian drones struck a Russian airfield in Morozovsk overnight, destroying two Su-34 bombers, the general staff said.',
        'es': 'Drones ucranianos atacaron durante la noche el aeródromo ruso de Morozovsk y destruyeron dos bombarderos Su-34, informó el Estado Mayor.',
        'fr': "Des drones ukrainiens ont frappé dans la nuit l'aérodrome russe de Morozovsk, détruisant deux bombardiers Su-34, a indiqué l'état-major.",
        'ru': 'Украинские беспилотники ночью атаковали аэродром Морозовск, уничтожены два бомбардировщика Су-34, сообщил Генштаб ВСУ.',
        'tr': "Ukrayna İHA'ları gece boyunca Rusya'nın Morozovsk havaalanını vurdu, iki Su-34 bombardıman uçağı imha edildi, Genelkurmay açıkladı.",
        'uk': 'Українські дрони вночі атакували російський аеродром Морозовськ, знищено два бомбардувальники Су-34, повідомив Генштаб ЗСУ.',
    }),
    # a type named alone in the plural ("British Tornados", "Tornado'lar"): the same type
    # (session 21, r19-en: common.toml lists the plurals)
    'plural_type_name': (('GBR', ['Tornado']), {
        'ar': 'قصفت طائرات تورنادو البريطانية الأحد موقعين لداعش قرب الموصل، بحسب وزارة الدفاع.',
        'de': 'Britische Tornados haben am Sonntag zwei IS-Stellungen bei Mossul angegriffen, teilte das Verteidigungsministerium mit.',
        'en': 'British Tornados struck two Islamic State positions near Mosul on Sunday, the Ministry of Defence said.',
        'es': 'Los Tornados británicos atacaron el domingo dos posiciones del Estado Islámico cerca de Mosul, informó el Ministerio de Defensa.',
        'fr': "Des Tornado britanniques ont frappé dimanche deux positions de l'État islamique près de Mossoul, a indiqué le ministère de la Défense.",
        'ru': 'Британские истребители Tornado в воскресенье нанесли удары по двум позициям ИГ под Мосулом, сообщило министерство обороны.',
        'tr': "İngiliz Tornado'lar pazar günü Musul yakınlarındaki iki DEAŞ mevziini vurdu, Savunma Bakanlığı açıkladı.",
        'uk': 'Британські винищувачі Tornado у неділю завдали ударів по двох позиціях ІД під Мосулом, повідомило міноборони.',
    }),
    # the types used, beside drones 'of an unidentified type' (de 'eines nicht identifizierten Typs',
    # es 'de tipo no identificado'): that negation denies nothing (session 21, r19-de:
    # platforms.predicate_negations; de es fixed, the other six held before)
    'types_beside_unidentified': (('RUS', ['Iskander-M', 'Shahed']), {
        'ar': 'أسقطت الدفاعات الجوية الأوكرانية ليلا اثنتي عشرة مسيرة روسية، بحسب سلاح الجو. واستخدمت القوات الروسية صاروخين من طراز إسكندر-إم و14 مسيرة من طراز شاهد ومن نوع غير محدد.',
        'de': 'Die ukrainische Flugabwehr hat in der Nacht zwölf russische Angriffsdrohnen abgeschossen, teilten die Luftstreitkräfte mit. Die russischen Truppen setzten dabei zwei Raketen vom Typ Iskander-M und 14 Drohnen des Typs Shahed und eines nicht identifizierten Typs ein.',
        'en': "Ukraine's air defences shot down twelve Russian attack drones overnight, the air force said. Russian forces used two Iskander-M missiles and 14 Shahed drones and drones of an unidentified type.",
        'es': 'La defensa aérea ucraniana derribó doce drones rusos durante la noche, informó la fuerza aérea. Las tropas rusas emplearon dos misiles Iskander-M y 14 drones Shahed y de tipo no identificado.',
        'fr': "La défense aérienne ukrainienne a abattu douze drones russes pendant la nuit, a indiqué l'armée de l'air. Les forces russes ont utilisé deux missiles Iskander-M et 14 drones Shahed et de type non identifié.",
        'ru': 'Украинская ПВО ночью сбила двенадцать российских ударных дронов, сообщили Воздушные силы. Российские войска применили две ракеты Искандер-М и 14 дронов типа Shahed и не установленного типа.',
        'tr': "Ukrayna hava savunması gece 12 Rus saldırı İHA'sını düşürdü, Hava Kuvvetleri açıkladı. Rus birlikleri iki Iskander-M füzesi ile 14 Shahed ve tipi belirlenemeyen İHA kullandı.",
        'uk': 'Українська ППО вночі збила дванадцять російських ударних дронів, повідомили Повітряні сили. Російські війська застосували дві ракети Іскандер-М і 14 дронів типу Shahed та не встановленого типу.',
    }),
}

XFAIL: dict[tuple[str, str], str] = {
    ('kinzhal', 'en'): "no event: 'Russia used Kinzhal missiles in an attack on an airfield' (a use verb and "
                       "the strike noun after it)",
    ('kinzhal', 'fr'): "no event: 'a utilisé ... des missiles Kinjal lors d'une attaque contre un aérodrome'",
    ('kinzhal', 'es'): "no event: 'empleó ... misiles Kinzhal en un ataque contra un aeródromo'",
    ('kinzhal', 'ar'): "no event: 'استخدمت روسيا ... صواريخ كينجال في هجوم على مطار'",
    ('two_types', 'ar'): "no event: 'شنت طائرات سو-34 وسو-35 التابعة للقوات الجوفضائية الروسية' (the side "
                         "in the aerospace forces' phrase after the types)",
    ('two_types', 'de'): "no event: 'Flugzeuge vom Typ Su-34 und Su-35 der russischen Luft- und "
                         "Weltraumkräfte haben ... angegriffen' (the side in the forces' genitive after the types)",
}


def test_matrix_covers_every_language():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction, lang, text, expected", list(matrix_cases(MATRIX, XFAIL)))
def test_platforms_matrix(construction, lang, text, expected):
    actor, platforms = expected
    found = [e for e in events(text, lang=lang, published=PUBLISHED) if e["actor"] == actor]
    assert found, f"no {actor} event read from the {construction} sentence"
    assert sorted(found[0]["platforms"]) == sorted(platforms), (construction, lang, found[0]["platforms"])
