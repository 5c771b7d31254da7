"""target_group across the eight languages: one matrix of the constructions wire copy uses to
name whose assets a strike hit (CONVENTIONS.md: the first group named; null when the text names
none, or only a defender's air defence), each written as one short strike report per language,
in that language's own order and forms. Sentences written for this test (session 17, r15-tr's
probes), none taken from a corpus text.

fixed in session 17 (r15-tr): used_by_second_sentence en fr es ru uk tr (a kind of target and
its owner joined by a participle of use: "Caves and shelters used by the PKK were destroyed",
actor_roles.owner_links / owner_links_before), state_army_positions ru ("по позициям ВСУ": a
preposition opening the target phrase makes the side after it the owner, not the striker),
positions_of_group tr ("DEAŞ terör örgütüne ait mevzileri ..., CENTCOM açıkladı": the owner's
postposition after the group's descriptor; a speaker after a comma is no weapon of the owner's
phrase), state_army_air_defence fr ("batteries de défense aérienne" is a kind of target, not an
interception); state_adjective_generic_targets ru uk ("по украинским военным объектам": every
target phrase that opens with a preposition of a target, grammar.target_prepositions). Every other
passing cell held before and is guarded. Cells still failing are
strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, covers_every_language, matrix_cases
from tests.test_extract_matrix_places import PATRON_STATE

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday

# construction -> ((actor, expected target_group), {language: sentence})
MATRIX = {
    'positions_of_group': (('USA', 'ISIS'), {
        'ar': 'شنت طائرات أمريكية يوم الاثنين غارات على مواقع لتنظيم الدولة الإسلامية في البادية السورية، بحسب القيادة المركزية.',
        'de': 'US-Kampfflugzeuge haben am Montag Stellungen der Terrormiliz Islamischer Staat in der syrischen Wüste angegriffen, teilte das Zentralkommando mit.',
        'en': "US aircraft struck positions of the Islamic State group in Syria's Badia desert on Monday, CENTCOM said.",
        'es': 'Aviones estadounidenses atacaron el lunes posiciones del grupo Estado Islámico en el desierto sirio, informó el Comando Central.',
        'fr': 'Des avions américains ont frappé lundi des positions du groupe État islamique dans le désert syrien, a indiqué le Centcom.',
        'ru': 'Американская авиация в понедельник нанесла удары по позициям группировки «Исламское государство» в сирийской пустыне, сообщило Центральное командование.',
        'tr': 'ABD savaş uçakları pazartesi günü Suriye çölünde DEAŞ terör örgütüne ait mevzileri vurdu, CENTCOM açıkladı.',
        'uk': 'Американська авіація в понеділок завдала ударів по позиціях угруповання «Ісламська держава» в сирійській пустелі, повідомило Центральне командування.',
    }),
    'group_adjective': (('USA', 'HOUTHI'), {
        'ar': 'دمرت طائرات حربية أمريكية الاثنين منصات صواريخ حوثية قرب الحديدة، بحسب البنتاغون.',
        'de': 'US-Kampfjets haben am Montag Huthi-Raketenwerfer nahe Hodeida zerstört, teilte das Pentagon mit.',
        'en': 'US warplanes struck Houthi missile launchers near Hodeidah on Monday, the Pentagon said.',
        'es': 'Aviones de guerra estadounidenses atacaron el lunes lanzadores de misiles hutíes cerca de Hodeida, informó el Pentágono.',
        'fr': 'Des avions de guerre américains ont frappé lundi des lanceurs de missiles houthis près de Hodeida, a indiqué le Pentagone.',
        'ru': 'Американские самолеты в понедельник уничтожили хуситские пусковые установки под Ходейдой, сообщил Пентагон.',
        'tr': 'ABD savaş uçakları pazartesi günü Hudeyde yakınlarındaki Husi füze rampalarını vurdu, Pentagon açıkladı.',
        'uk': 'Американські літаки в понеділок знищили хуситські пускові установки поблизу Ходейди, повідомив Пентагон.',
    }),
    'belonging_to': (('ISR', 'HEZBOLLAH'), {
        'ar': 'قصفت طائرات إسرائيلية ليلا مستودعات أسلحة تابعة لحزب الله في جنوب لبنان، بحسب الجيش.',
        'de': 'Israelische Kampfjets haben in der Nacht im Südlibanon Waffenlager bombardiert, die der Hisbollah gehören, teilte die Armee mit.',
        'en': 'Israeli jets struck weapons depots belonging to Hezbollah in southern Lebanon overnight, the army said.',
        'es': 'Aviones israelíes atacaron durante la noche depósitos de armas pertenecientes a Hezbolá en el sur del Líbano, informó el ejército.',
        'fr': "Des avions israéliens ont frappé dans la nuit des dépôts d'armes appartenant au Hezbollah dans le sud du Liban, a indiqué l'armée.",
        'ru': 'Израильские самолеты ночью нанесли удары по складам оружия, принадлежащим «Хезболле», на юге Ливана, сообщила армия.',
        'tr': "İsrail savaş uçakları gece boyunca Lübnan'ın güneyinde Hizbullah'a ait silah depolarını vurdu, ordu açıkladı.",
        'uk': 'Ізраїльські літаки вночі завдали ударів по складах зброї, що належать «Хезболлі», на півдні Лівану, повідомила армія.',
    }),
    'fighters_killed_passive': (('USA', 'SHABAAB'), {
        'ar': 'قتل ثمانية من مقاتلي حركة الشباب في غارة جوية أمريكية قرب جلب يوم الأحد، بحسب أفريكوم.',
        'de': 'Acht Kämpfer der Al-Shabaab sind am Sonntag bei einem US-Luftangriff nahe Jilib getötet worden, teilte Africom mit.',
        'en': 'Eight al-Shabaab fighters were killed in a US airstrike near Jilib on Sunday, AFRICOM said.',
        'es': 'Ocho combatientes de Al Shabab murieron el domingo en un ataque aéreo estadounidense cerca de Jilib, según el Africom.',
        'fr': "Huit combattants shebab ont été tués dimanche dans une frappe aérienne américaine près de Jilib, selon l'Africom.",
        'ru': 'Восемь боевиков «Аш-Шабаб» были убиты в воскресенье в результате американского авиаудара близ Джилиба, сообщили в AFRICOM.',
        'tr': "ABD'nin pazar günü Cilib yakınlarında düzenlediği hava saldırısında sekiz Eş-Şebab militanı öldürüldü, AFRICOM açıkladı.",
        'uk': 'Вісім бойовиків «Аш-Шабаб» були вбиті в неділю внаслідок американського авіаудару поблизу Джилібу, повідомили в AFRICOM.',
    }),
    'commander_of_group': (('ISR', 'HAMAS'), {
        'ar': 'قتلت غارة جوية إسرائيلية الاثنين قياديا بارزا في حركة حماس في خان يونس، بحسب الجيش.',
        'de': 'Ein israelischer Luftangriff hat am Montag in Chan Junis einen ranghohen Kommandeur der Hamas getötet, teilte die Armee mit.',
        'en': 'An Israeli airstrike killed a senior Hamas commander in Khan Younis on Monday, the military said.',
        'es': 'Un ataque aéreo israelí mató el lunes a un alto comandante de Hamás en Jan Yunis, informó el ejército.',
        'fr': "Une frappe aérienne israélienne a tué lundi un haut commandant du Hamas à Khan Younès, a indiqué l'armée.",
        'ru': 'Израильский авиаудар в понедельник уничтожил высокопоставленного командира ХАМАС в Хан-Юнисе, сообщила армия.',
        'tr': "İsrail ordusu, pazartesi günü Han Yunus'a düzenlenen hava saldırısında Hamas'ın üst düzey bir komutanının öldürüldüğünü açıkladı.",
        'uk': 'Ізраїльський авіаудар у понеділок знищив одного з командирів ХАМАС у Хан-Юнісі, повідомила армія.',
    }),
    'against_group': (('USA', 'SHABAAB'), {
        'ar': 'أعلنت القيادة الأمريكية في أفريقيا أنها نفذت الجمعة غارة جوية ضد حركة الشباب قرب كيسمايو.',
        'de': 'Das US-Afrikakommando teilte mit, es habe am Freitag einen Luftangriff gegen die Al-Shabaab nahe Kismayo geflogen.',
        'en': 'US Africa Command said it conducted an airstrike against al-Shabaab near Kismayo on Friday.',
        'es': 'El Mando de Estados Unidos para África informó que realizó el viernes un ataque aéreo contra Al Shabab cerca de Kismayo.',
        'fr': "Le commandement américain pour l'Afrique a annoncé avoir mené vendredi une frappe aérienne contre les shebab près de Kismayo.",
        'ru': 'Африканское командование США сообщило, что в пятницу нанесло авиаудар по группировке «Аш-Шабаб» близ Кисмайо.',
        'tr': "ABD Afrika Komutanlığı, cuma günü Kismayo yakınlarında Eş-Şebab'a yönelik bir hava saldırısı düzenlediğini açıkladı.",
        'uk': "Африканське командування США повідомило, що в п'ятницю завдало авіаудару по угрупованню «Аш-Шабаб» поблизу Кісмайо.",
    }),
    'state_army_positions': (('RUS', 'UKR'), {
        'ar': 'قالت وزارة الدفاع الروسية إن قواتها قصفت ليلا مواقع للجيش الأوكراني قرب كوبيانسك.',
        'de': 'Russische Truppen haben in der Nacht Stellungen der ukrainischen Armee nahe Kupjansk angegriffen, teilte das Verteidigungsministerium in Moskau mit.',
        'en': 'Russian forces struck Ukrainian army positions near Kupiansk overnight, the defence ministry in Moscow said.',
        'es': 'Las fuerzas rusas atacaron durante la noche posiciones del ejército ucraniano cerca de Kúpiansk, informó el Ministerio de Defensa en Moscú.',
        'fr': "Les forces russes ont frappé dans la nuit des positions de l'armée ukrainienne près de Koupiansk, a indiqué le ministère de la Défense à Moscou.",
        'ru': 'Российские войска ночью нанесли удары по позициям ВСУ под Купянском, сообщило Минобороны России.',
        'tr': 'Rusya Savunma Bakanlığı, Rus kuvvetlerinin gece boyunca Kupyansk yakınlarındaki Ukrayna ordusuna ait mevzileri vurduğunu açıkladı.',
        'uk': "Російські війська вночі завдали ударів по позиціях ЗСУ поблизу Куп'янська, повідомило Міноборони Росії.",
    }),
    'interception_none': (('UKR', None), {
        'ar': 'أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت ليلا 30 طائرة مسيرة أوكرانية فوق منطقة بيلغورود.',
        'de': 'Die russische Luftabwehr hat in der Nacht 30 ukrainische Drohnen über der Region Belgorod abgeschossen, teilte das Verteidigungsministerium mit.',
        'en': 'Russian air defences shot down 30 Ukrainian drones over the Belgorod region overnight, the defence ministry said.',
        'es': 'La defensa aérea rusa derribó durante la noche 30 drones ucranianos sobre la región de Bélgorod, informó el Ministerio de Defensa.',
        'fr': 'La défense aérienne russe a abattu dans la nuit 30 drones ukrainiens au-dessus de la région de Belgorod, a indiqué le ministère de la Défense.',
        'ru': 'Силы ПВО ночью сбили 30 украинских беспилотников над Белгородской областью, сообщило Минобороны России.',
        'tr': "Rusya Savunma Bakanlığı, gece boyunca Belgorod bölgesi üzerinde Ukrayna'ya ait 30 İHA'nın düşürüldüğünü açıkladı.",
        'uk': 'Російська ППО вночі збила 30 українських безпілотників над Бєлгородською областю, повідомило Міноборони РФ.',
    }),
    'used_by_second_sentence': (('TUR', 'PKK'), {
        'ar': 'نفذت طائرات تركية السبت غارات جوية في شمال العراق، بحسب وزارة الدفاع. ودمرت كهوف وملاجئ يستخدمها حزب العمال الكردستاني.',
        'de': 'Türkische Kampfjets haben am Samstag Luftangriffe im Nordirak geflogen, teilte das Verteidigungsministerium mit. Von der PKK genutzte Höhlen und Unterstände wurden zerstört.',
        'en': 'Turkish jets carried out airstrikes in northern Iraq on Saturday, the defence ministry said. Caves and shelters used by the PKK were destroyed.',
        'es': 'Aviones turcos llevaron a cabo el sábado ataques aéreos en el norte de Irak, informó el Ministerio de Defensa. Fueron destruidas cuevas y refugios utilizados por el PKK.',
        'fr': "Des avions turcs ont mené samedi des frappes aériennes dans le nord de l'Irak, a indiqué le ministère de la Défense. Des grottes et des abris utilisés par le PKK ont été détruits.",
        'ru': 'Турецкие самолеты в субботу нанесли авиаудары на севере Ирака, сообщило министерство обороны. Были уничтожены пещеры и укрытия, которые использовала РПК.',
        'tr': "Milli Savunma Bakanlığı, cumartesi günü Irak'ın kuzeyine hava harekâtı düzenlendiğini açıkladı. PKK'nın kullandığı mağara ve sığınaklar imha edildi.",
        'uk': 'Турецькі літаки в суботу завдали авіаударів на півночі Іраку, повідомило міністерство оборони. Було знищено печери та укриття, які використовувала РПК.',
    }),
    'state_army_air_defence': (('ISR', 'SYR'), {
        'ar': 'قصفت طائرات إسرائيلية الاثنين بطاريات دفاع جوي تابعة للجيش السوري قرب دمشق، بحسب الجيش.',
        'de': 'Israelische Kampfjets haben am Montag Luftabwehrbatterien der syrischen Armee nahe Damaskus angegriffen, teilte die Armee mit.',
        'en': 'Israeli jets struck Syrian army air defence batteries near Damascus on Monday, the army said.',
        'es': 'Aviones israelíes atacaron el lunes baterías de defensa aérea del ejército sirio cerca de Damasco, informó el ejército.',
        'fr': "Des avions israéliens ont frappé lundi des batteries de défense aérienne de l'armée syrienne près de Damas, a indiqué l'armée.",
        'ru': 'Израильские самолеты в понедельник нанесли удары по батареям ПВО сирийской армии под Дамаском, сообщила армия.',
        'tr': 'İsrail savaş uçakları pazartesi günü Şam yakınlarında Suriye ordusuna ait hava savunma bataryalarını vurdu, ordu açıkladı.',
        'uk': 'Ізраїльські літаки в понеділок завдали ударів по батареях ППО сирійської армії поблизу Дамаска, повідомила армія.',
    }),    'state_adjective_generic_targets': (('RUS', 'UKR'), {
        'ar': 'قصفت القوات الروسية ليلا أهدافا عسكرية أوكرانية، بحسب وزارة الدفاع.',
        'de': 'Russische Truppen haben in der Nacht ukrainische Militärziele angegriffen, teilte das Verteidigungsministerium mit.',
        'en': 'Russian forces struck Ukrainian military targets overnight, the defence ministry said.',
        'es': 'Las fuerzas rusas atacaron durante la noche objetivos militares ucranianos, informó el Ministerio de Defensa.',
        'fr': 'Les forces russes ont frappé dans la nuit des cibles militaires ukrainiennes, a indiqué le ministère de la Défense.',
        'ru': 'Вооруженные силы России ночью нанесли удары по украинским военным объектам, сообщили в Минобороны.',
        'tr': "Rus kuvvetleri gece boyunca Ukrayna'nın askeri hedeflerini vurdu, Rusya Savunma Bakanlığı açıkladı.",
        'uk': "Російські війська вночі завдали ударів по українських військових об'єктах, повідомило Міноборони Росії.",
    }),
}

XFAIL: dict[tuple[str, str], str] = {
    ('state_adjective_generic_targets', 'de'): "target group missed: 'ukrainische Militärziele' (a side's "
                                               "adjective before a compound generic target noun)",
    ('state_adjective_generic_targets', 'tr'): "target group missed: 'Ukrayna'nın askeri hedeflerini' (an "
                                               "adjective between the genitive side and the generic target noun)",
    ('against_group', 'es'): "no event: 'informó que realizó ... un ataque aéreo contra Al Shabab' (the "
                             "Africa Command named only as the speaker of a subjectless verb)",
}


# r18-en: "поддерживаемой Ираном группировки": the patron is not whose assets were hit (fixed: ru; held: others)
MATRIX['patron_participle_before_state'] = (('ISR', 'HEZBOLLAH'), PATRON_STATE)   # the places matrix's sentences


def test_matrix_covers_every_language():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction, lang, text, expected", list(matrix_cases(MATRIX, XFAIL)))
def test_target_group_matrix(construction, lang, text, expected):
    actor, group = expected
    found = [e for e in events(text, lang=lang, published=PUBLISHED) if e["actor"] == actor]
    assert found, f"no {actor} event read from the {construction} sentence"
    assert found[0]["target_group"] == group, (construction, lang, found[0]["target_group"])
