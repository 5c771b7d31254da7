"""Actor and target group across the eight languages: one matrix of the constructions wire copy
uses to say who struck and whose forces or assets were struck (CONVENTIONS.md, Codes;
EXTRACTION.md, actor / target_group), each written as one short strike-report sentence per
language in that language's own order and forms. Sentences written for this test.

Each row says, per construction, which languages failed before the change that made them pass
("fixed: ...") and which held before and are guarded ("held: ..."); cases still failing are
marked xfail(strict=True) with the reason, for the next person.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, covers_every_language, matrix_cases

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday

# construction -> ((expected actor, expected target_group), {language: sentence})
MATRIX = {
    # held: ar de en es fr ru tr uk
    'army_of_state': (('ISR', 'HEZBOLLAH'), {
        'ar': 'قال الجيش الإسرائيلي إنه قصف ليل الاثنين مواقع لحزب الله في جنوب لبنان.',
        'de': 'Die israelische Armee hat in der Nacht zum Montag Stellungen der Hisbollah im Südlibanon bombardiert.',
        'en': 'The Israeli army struck Hezbollah positions in southern Lebanon overnight on Monday.',
        'es': 'El ejército israelí bombardeó el lunes por la noche posiciones de Hezbolá en el sur del Líbano.',
        'fr': "L'armée israélienne a bombardé lundi soir des positions du Hezbollah dans le sud du Liban.",
        'ru': 'Израильская армия в ночь на понедельник нанесла удары по позициям «Хезболлы» на юге Ливана.',
        'tr': "İsrail ordusu pazartesi gecesi Lübnan'ın güneyinde Hizbullah mevzilerini bombaladı.",
        'uk': 'Ізраїльська армія в ніч на понеділок завдала ударів по позиціях «Хезболли» на півдні Лівану.',
    }),
    # held: ar de en es fr ru tr uk
    'air_force_of_state': (('RUS', 'UKR'), {
        'ar': 'دمرت القوات الجوية الروسية مستودع ذخيرة للجيش الأوكراني في منطقة دونيتسك يوم الأحد.',
        'de': 'Die russische Luftwaffe hat am Sonntag ein Munitionslager der ukrainischen Armee im Gebiet Donezk zerstört.',
        'en': 'The Russian air force destroyed a Ukrainian army ammunition depot in the Donetsk region on Sunday.',
        'es': 'La fuerza aérea rusa destruyó el domingo un depósito de municiones del ejército ucraniano en la región de Donetsk.',
        'fr': "L'armée de l'air russe a détruit dimanche un dépôt de munitions de l'armée ukrainienne dans la région de Donetsk.",
        'ru': 'Российские ВКС в воскресенье уничтожили склад боеприпасов украинской армии в Донецкой области.',
        'tr': "Rus hava kuvvetleri pazar günü Donetsk bölgesinde Ukrayna ordusuna ait bir mühimmat deposunu imha etti.",
        'uk': 'Російська авіація в неділю знищила склад боєприпасів української армії на Донеччині.',
    }),
    # held: en es fr; xfail: ar de ru tr uk
    'ministry_our_forces': (('RUS', 'UKR'), {
        'ar': 'قالت وزارة الدفاع الروسية إن قواتنا دمرت 12 مدفعا أوكرانيا في منطقة خاركيف يوم الجمعة.',
        'de': 'Das russische Verteidigungsministerium teilte mit, unsere Truppen hätten am Freitag zwölf ukrainische Geschütze im Gebiet Charkiw zerstört.',
        'en': 'Our forces destroyed 12 Ukrainian artillery guns in the Kharkiv region on Friday, the Russian defence ministry said.',
        'es': 'Nuestras tropas destruyeron el viernes 12 piezas de artillería ucranianas en la región de Járkov, informó el Ministerio de Defensa ruso.',
        'fr': "Nos forces ont détruit vendredi 12 pièces d'artillerie ukrainiennes dans la région de Kharkiv, a indiqué le ministère russe de la Défense.",
        'ru': 'Наши войска в пятницу уничтожили 12 орудий ВСУ в Харьковской области, сообщило Минобороны России.',
        'tr': 'Rusya Savunma Bakanlığı, güçlerimizin cuma günü Harkiv bölgesinde 12 Ukrayna topunu imha ettiğini açıkladı.',
        'uk': 'Міноборони Росії заявило, що наші війська в пʼятницю знищили 12 гармат ЗСУ на Харківщині.',
    }),
    # held: ar de en es fr ru tr uk
    'us_led_coalition': (('COALITION', 'ISIS'), {
        'ar': 'شن التحالف الدولي بقيادة الولايات المتحدة الثلاثاء غارات على مواقع لتنظيم الدولة الإسلامية قرب الرقة.',
        'de': 'Die US-geführte Koalition hat am Dienstag Stellungen der Terrormiliz Islamischer Staat bei Rakka angegriffen.',
        'en': 'The US-led coalition struck Islamic State positions near Raqqa on Tuesday.',
        'es': 'La coalición liderada por Estados Unidos atacó el martes posiciones del Estado Islámico cerca de Raqqa.',
        'fr': "La coalition menée par les Etats-Unis a frappé mardi des positions de l'Etat islamique près de Raqqa.",
        'ru': 'Возглавляемая США коалиция во вторник нанесла удары по позициям «Исламского государства» близ Ракки.',
        'tr': "ABD öncülüğündeki koalisyon salı günü Rakka yakınlarında IŞİD mevzilerini vurdu.",
        'uk': 'Очолювана США коаліція у вівторок завдала ударів по позиціях «Ісламської держави» поблизу Ракки.',
    }),
    # fixed: ar (an opening verb, then a force: the subject); held: de en es fr ru tr uk
    'saudi_led_coalition': (('SAU', 'HOUTHI'), {
        'ar': 'شن التحالف بقيادة السعودية غارات جوية على مواقع للحوثيين في محافظة صعدة يوم الخميس.',
        'de': 'Die saudisch geführte Koalition hat am Donnerstag Stellungen der Huthi-Rebellen in der Provinz Saada bombardiert.',
        'en': 'The Saudi-led coalition bombed Houthi positions in Saada province on Thursday.',
        'es': 'La coalición liderada por Arabia Saudí bombardeó el jueves posiciones de los hutíes en la provincia de Saada.',
        'fr': "La coalition menée par l'Arabie saoudite a bombardé jeudi des positions des Houthis dans la province de Saada.",
        'ru': 'Возглавляемая Саудовской Аравией коалиция в четверг нанесла удары по позициям хуситов в провинции Саада.',
        'tr': "Suudi Arabistan öncülüğündeki koalisyon perşembe günü Saada vilayetinde Husi mevzilerini bombaladı.",
        'uk': 'Очолювана Саудівською Аравією коаліція в четвер завдала ударів по позиціях хуситів у провінції Саада.',
    }),
    # held: ar de en es fr ru tr uk
    'nationality_adj_aircraft': (('TUR', 'PKK'), {
        'ar': 'قصفت طائرات حربية تركية مواقع لحزب العمال الكردستاني في شمال العراق يوم السبت.',
        'de': 'Türkische Kampfflugzeuge haben am Samstag Stellungen der PKK im Nordirak bombardiert.',
        'en': 'Turkish warplanes bombed PKK positions in northern Iraq on Saturday.',
        'es': 'Aviones de combate turcos bombardearon el sábado posiciones del PKK en el norte de Irak.',
        'fr': "Des avions de combat turcs ont bombardé samedi des positions du PKK dans le nord de l'Irak.",
        'ru': 'Турецкие военные самолеты в субботу нанесли удары по позициям РПК на севере Ирака.',
        'tr': "Türk savaş uçakları cumartesi günü Irak'ın kuzeyinde PKK mevzilerini bombaladı.",
        'uk': 'Турецькі військові літаки в суботу завдали ударів по позиціях РПК на півночі Іраку.',
    }),
    # fixed: de, uk (grammar.launched_participles); held: ar en es fr tr; ru passes
    'drones_launched_by_shot_down': (('RUS', None), {
        'ar': 'أسقطت الدفاعات الجوية الأوكرانية 30 طائرة مسيرة أطلقتها روسيا فوق منطقة كييف ليلا.',
        'de': 'Die ukrainische Flugabwehr hat in der Nacht 30 von Russland gestartete Drohnen über dem Gebiet Kiew abgeschossen.',
        'en': 'Ukrainian air defences shot down 30 drones launched by Russia over the Kyiv region overnight.',
        'es': 'La defensa antiaérea ucraniana derribó durante la noche 30 drones lanzados por Rusia sobre la región de Kiev.',
        'fr': "La défense antiaérienne ukrainienne a abattu dans la nuit 30 drones lancés par la Russie au-dessus de la région de Kiev.",
        'ru': 'Украинская ПВО ночью сбила над Киевской областью 30 беспилотников, запущенных Россией.',
        'tr': "Ukrayna hava savunması gece Kiev bölgesi üzerinde Rusya'nın fırlattığı 30 İHA'yı düşürdü.",
        'uk': 'Українська ППО вночі збила над Київщиною 30 дронів, запущених Росією.',
    }),
    # fixed: es fr; held: ar de en ru tr uk
    'the_enemy_occupiers': (('RUS', None), {
        'ar': 'قصف المحتلون الروس مدينة خيرسون بالمدفعية يوم الأربعاء.',
        'de': 'Die russischen Besatzer haben am Mittwoch die Stadt Cherson mit Artillerie beschossen.',
        'en': 'The Russian occupiers shelled the city of Kherson with artillery on Wednesday.',
        'es': 'Los ocupantes rusos bombardearon el miércoles con artillería la ciudad de Jersón.',
        'fr': "Les occupants russes ont bombardé mercredi la ville de Kherson à l'artillerie.",
        'ru': 'Российские оккупанты в среду обстреляли Херсон из артиллерии.',
        'tr': "Rus işgalciler çarşamba günü Herson kentini topçu ateşiyle bombaladı.",
        'uk': 'Російські окупанти в середу обстріляли Херсон з артилерії.',
    }),
    # fixed: en, ar (an opening verb, then a force: the subject), de; held: es fr ru uk; xfail: tr
    'iranian_backed_group': (('USA', 'HOUTHI'), {
        'ar': 'قصفت القوات الأمريكية الجمعة منصات صواريخ للحوثيين المدعومين من إيران في اليمن.',
        'de': 'US-Streitkräfte haben am Freitag Raketenwerfer der vom Iran unterstützten Huthi-Miliz im Jemen angegriffen.',
        'en': 'US forces struck missile launchers of the Iranian-backed Houthi rebels in Yemen on Friday.',
        'es': 'Fuerzas estadounidenses atacaron el viernes lanzaderas de misiles de los rebeldes hutíes, respaldados por Irán, en Yemen.',
        'fr': "Les forces américaines ont frappé vendredi des lanceurs de missiles des rebelles houthis, soutenus par l'Iran, au Yémen.",
        'ru': 'Американские военные в пятницу нанесли удары по ракетным установкам поддерживаемых Ираном хуситов в Йемене.',
        'tr': "ABD güçleri cuma günü Yemen'de İran destekli Husilere ait füze rampalarını vurdu.",
        'uk': 'Американські військові в пʼятницю завдали ударів по ракетних установках підтримуваних Іраном хуситів у Ємені.',
    }),
    # fixed: en ('controlled by X' was read as the passive's agent that struck), de ('von X kontrolliertes Lager'); held: ar es fr ru uk; xfail: tr
    'facility_controlled_by': (('RUS', 'HTS'), {
        'ar': 'قصفت الطائرات الروسية الأحد مستودعا تسيطر عليه هيئة تحرير الشام في محافظة إدلب.',
        'de': 'Russische Kampfjets haben am Sonntag ein von Hayat Tahrir al-Scham kontrolliertes Lager in der Provinz Idlib bombardiert.',
        'en': 'Russian jets bombed a depot controlled by Hayat Tahrir al-Sham in Idlib province on Sunday.',
        'es': 'Aviones rusos bombardearon el domingo un almacén controlado por Hayat Tahrir al Sham en la provincia de Idlib.',
        'fr': "Des avions russes ont bombardé dimanche un dépôt contrôlé par Hayat Tahrir al-Cham dans la province d'Idleb.",
        'ru': 'Российские самолеты в воскресенье нанесли удар по складу, контролируемому «Хайат Тахрир аш-Шам», в провинции Идлиб.',
        'tr': "Rus savaş uçakları pazar günü İdlib vilayetinde HTŞ kontrolündeki bir depoyu bombaladı.",
        'uk': 'Російські літаки в неділю завдали удару по складу, підконтрольному «Хайят Тахрір аш-Шам», у провінції Ідліб.',
    }),
    # fixed: ar (the state's adjective right after the strike noun, 'غارة إسرائيلية', is no target:
    # triggers.analyse_sentence); held: de en es fr ru tr; xfail: uk
    'fighters_of_group': (('ISR', 'HAMAS'), {
        'ar': 'قتلت غارة إسرائيلية الثلاثاء ثلاثة مقاتلين من حركة حماس في خان يونس.',
        'de': 'Bei einem israelischen Luftangriff wurden am Dienstag drei Hamas-Kämpfer in Chan Junis getötet.',
        'en': 'An Israeli air strike killed three Hamas fighters in Khan Younis on Tuesday.',
        'es': 'Un ataque aéreo israelí mató el martes a tres combatientes de Hamás en Jan Yunis.',
        'fr': "Une frappe aérienne israélienne a tué mardi trois combattants du Hamas à Khan Younès.",
        'ru': 'Израильский авиаудар во вторник убил трех боевиков ХАМАС в Хан-Юнисе.',
        'tr': "İsrail'in salı günü Han Yunus'a düzenlediği hava saldırısında üç Hamas militanı öldü.",
        'uk': 'Ізраїльський авіаудар у вівторок убив трьох бойовиків ХАМАС у Хан-Юнісі.',
    }),
    # held: ar de en es fr ru tr uk
    'infrastructure_of_state': (('UKR', 'RUS'), {
        'ar': 'هاجمت طائرات مسيرة أوكرانية ليل السبت مصفاة نفط روسية في منطقة ريازان.',
        'de': 'Ukrainische Drohnen haben in der Nacht zum Samstag eine russische Ölraffinerie im Gebiet Rjasan angegriffen.',
        'en': 'Ukrainian drones attacked a Russian oil refinery in the Ryazan region overnight on Saturday.',
        'es': 'Drones ucranianos atacaron en la madrugada del sábado una refinería rusa en la región de Riazán.',
        'fr': "Des drones ukrainiens ont attaqué dans la nuit de vendredi à samedi une raffinerie russe dans la région de Riazan.",
        'ru': 'Украинские беспилотники в ночь на субботу атаковали российский нефтеперерабатывающий завод в Рязанской области.',
        'tr': "Ukrayna İHA'ları cumartesi gecesi Ryazan bölgesindeki bir Rus petrol rafinerisine saldırdı.",
        'uk': 'Українські дрони в ніч на суботу атакували російський нафтопереробний завод у Рязанській області.',
    }),
    # held: ar de en es fr ru tr uk
    'two_states_aircraft': (('RUS', None), {
        'ar': 'قصفت طائرات روسية وسورية الاثنين بلدات في ريف إدلب الجنوبي.',
        'de': 'Russische und syrische Kampfjets haben am Montag Ortschaften im Süden der Provinz Idlib bombardiert.',
        'en': 'Russian and Syrian warplanes bombed towns in southern Idlib province on Monday.',
        'es': 'Aviones rusos y sirios bombardearon el lunes localidades del sur de la provincia de Idlib.',
        'fr': "Des avions russes et syriens ont bombardé lundi des localités du sud de la province d'Idleb.",
        'ru': 'Российские и сирийские самолеты в понедельник нанесли удары по населенным пунктам на юге провинции Идлиб.',
        'tr': "Rus ve Suriye savaş uçakları pazartesi günü İdlib'in güneyindeki beldeleri bombaladı.",
        'uk': 'Російські та сирійські літаки в понеділок завдали ударів по населених пунктах на півдні провінції Ідліб.',
    }),
    # fixed: ar (an opening verb, then a force: the subject); held: de en es fr ru tr uk
    'navy_of_state': (('USA', 'HOUTHI'), {
        'ar': 'أطلقت البحرية الأمريكية صواريخ توماهوك على مواقع للحوثيين في اليمن يوم الجمعة.',
        'de': 'Die US-Marine hat am Freitag Tomahawk-Marschflugkörper auf Stellungen der Huthi im Jemen abgefeuert.',
        'en': 'The US Navy fired Tomahawk missiles at Houthi positions in Yemen on Friday.',
        'es': 'La Armada estadounidense lanzó el viernes misiles Tomahawk contra posiciones de los hutíes en Yemen.',
        'fr': "La marine américaine a tiré vendredi des missiles Tomahawk sur des positions houthies au Yémen.",
        'ru': 'ВМС США в пятницу нанесли удары ракетами «Томагавк» по позициям хуситов в Йемене.',
        'tr': "ABD Donanması cuma günü Yemen'deki Husi mevzilerine Tomahawk füzeleri fırlattı.",
        'uk': 'ВМС США в пʼятницю завдали ударів ракетами «Томагавк» по позиціях хуситів у Ємені.',
    }),
    # fixed: ar (an opening verb, then a force: the subject); ru in session 17 (r15-tr: a
    # preposition opening the target phrase, 'по позициям ВСУ', makes the side after it the
    # owner: triggers._owner_after_preposition); held: de en es fr tr uk
    'positions_of_state_forces': (('RUS', 'UKR'), {
        'ar': 'قصفت القوات الروسية الخميس مواقع للقوات الأوكرانية في منطقة زابوريجيا.',
        'de': 'Russische Truppen haben am Donnerstag Stellungen der ukrainischen Streitkräfte im Gebiet Saporischschja beschossen.',
        'en': 'Russian troops shelled positions of the Ukrainian armed forces in the Zaporizhzhia region on Thursday.',
        'es': 'Las tropas rusas bombardearon el jueves posiciones de las fuerzas ucranianas en la región de Zaporiyia.',
        'fr': "Les troupes russes ont bombardé jeudi des positions des forces ukrainiennes dans la région de Zaporijia.",
        'ru': 'Российские войска в четверг нанесли удар по позициям ВСУ в Запорожской области.',
        'tr': "Rus birlikleri perşembe günü Zaporijya bölgesinde Ukrayna ordusuna ait mevzileri vurdu.",
        'uk': 'Російські війська в четвер завдали удару по позиціях ЗСУ на Запоріжжі.',
    }),
    # fixed: en es (the state's name after "of"/"de" was read as a place: roles._country_of_body,
    # session 16); held: ar de fr ru tr uk
    'ministry_of_state_its_forces': (('RUS', 'UKR'), {
        'ar': 'قالت وزارة دفاع روسيا الثلاثاء إن قواتها قصفت مواقع للجيش الأوكراني في منطقة خاركيف.',
        'de': 'Das Verteidigungsministerium Russlands teilte am Dienstag mit, seine Truppen hätten Stellungen der ukrainischen Armee im Gebiet Charkiw angegriffen.',
        'en': 'The Ministry of Defence of Russia said on Tuesday that its forces struck positions of the Ukrainian army in the Kharkiv region.',
        'es': 'El Ministerio de Defensa de Rusia informó el martes de que sus fuerzas atacaron posiciones del ejército ucraniano en la región de Járkov.',
        'fr': "Le ministère de la Défense de la Russie a annoncé mardi que ses forces avaient frappé des positions de l'armée ukrainienne dans la région de Kharkiv.",
        'ru': 'Министерство обороны России сообщило во вторник, что его войска нанесли удары по опорным пунктам ВСУ в Харьковской области.',
        'tr': "Rusya Savunma Bakanlığı salı günü, kuvvetlerinin Harkiv bölgesinde Ukrayna ordusunun mevzilerini vurduğunu açıkladı.",
        'uk': 'Міністерство оборони Росії повідомило у вівторок, що його війська завдали ударів по позиціях ЗСУ на Харківщині.',
    }),
    # fixed: tr (the "araç" (vehicle) inside "insansız hava aracıyla" was read as a target the
    # genitive side owned, so the speaking air force struck: roles._genitive_after_speaker,
    # session 17); held: ar de en es fr ru uk
    'defender_says_attacker_used_uavs': (('RUS', None), {
        'ar': 'قال سلاح الجو الأوكراني إن الجيش الروسي هاجم خاركيف ليلا بعشرين طائرة من دون طيار.',
        'de': 'Die ukrainische Luftwaffe teilte mit, die russische Armee habe Charkiw in der Nacht mit 20 unbemannten Luftfahrzeugen angegriffen.',
        'en': 'The Ukrainian air force said the Russian army attacked Kharkiv overnight with 20 unmanned aerial vehicles.',
        'es': 'La Fuerza Aérea ucraniana informó de que el ejército ruso atacó Járkov durante la noche con 20 vehículos aéreos no tripulados.',
        'fr': "L'armée de l'air ukrainienne a indiqué que l'armée russe avait attaqué Kharkiv dans la nuit avec 20 véhicules aériens sans pilote.",
        'ru': 'Воздушные силы Украины сообщили, что российская армия ночью атаковала Харьков 20 беспилотными летательными аппаратами.',
        'tr': "Ukrayna Hava Kuvvetleri, Rus ordusunun gece Harkiv'e 20 insansız hava aracıyla saldırdığını açıkladı.",
        'uk': 'Повітряні сили ЗСУ повідомили, що російська армія вночі атакувала Харків 20 безпілотними літальними апаратами.',
    }),
    # fixed: de en es fr (a bare force noun opening the clause, the side after "of": the side
    # was read as whose forces were hit, and no event followed; roles._force_subject_before,
    # lexicon actor_roles.force_heads; German compounds "Koalitionstruppen" as actor names,
    # session 19); held: ar ru tr uk
    'forces_of_the_coalition': (('COALITION', 'ISIS'), {
        'ar': 'نفذت قوات التحالف الدولي يوم الجمعة تسع ضربات جوية على مواقع لتنظيم داعش قرب الموصل.',
        'de': 'Die Truppen der internationalen Koalition flogen am Freitag neun Luftangriffe auf Stellungen des IS bei Mossul.',
        'en': 'Forces of the international coalition carried out nine airstrikes on Islamic State positions near Mosul on Friday.',
        'es': 'Las fuerzas de la coalición internacional lanzaron el viernes nueve ataques aéreos contra posiciones del Estado Islámico cerca de Mosul.',
        'fr': "Les troupes de la coalition internationale ont mené vendredi neuf frappes aériennes contre des positions de l'EI près de Mossoul.",
        'ru': 'Силы международной коалиции в пятницу нанесли девять авиаударов по позициям ИГ под Мосулом.',
        'tr': "Uluslararası koalisyon güçleri cuma günü Musul yakınlarındaki DEAŞ mevzilerine dokuz hava saldırısı düzenledi.",
        'uk': 'Сили міжнародної коаліції в пʼятницю завдали девʼяти авіаударів по позиціях ІД поблизу Мосула.',
    }),
    # fixed: de ru tr uk (a body of armed force with its state's name in the genitive or with
    # a case suffix, for a state the lexicons list only by its adjective: no side was read;
    # states.py, lexicon actor_roles.state_bodies, session 20); held: ar en es fr
    'body_with_state_name': (('NGA', None), {
        'ar': 'شن سلاح الجو النيجيري يوم الأربعاء غارات على معسكر للمسلحين في غابة سامبيسا بولاية بورنو.',
        'de': 'Die Luftwaffe Nigerias hat am Mittwoch ein Lager von Aufständischen im Sambisa-Wald im Bundesstaat Borno bombardiert.',
        'en': "Nigeria's air force bombed an insurgent camp in the Sambisa forest in Borno State on Wednesday.",
        'es': 'La Fuerza Aérea de Nigeria bombardeó el miércoles un campamento de insurgentes en el bosque de Sambisa, en el estado de Borno.',
        'fr': "L'armée de l'air du Nigeria a bombardé mercredi un camp d'insurgés dans la forêt de Sambisa, dans l'État de Borno.",
        'ru': 'ВВС Нигерии в среду нанесли удар по лагерю повстанцев в лесу Самбиса в штате Борно.',
        'tr': "Nijerya'ya ait savaş uçakları çarşamba günü Borno eyaletindeki Sambisa ormanında bir militan kampını bombaladı.",
        'uk': 'ПС Нігерії в середу завдали удару по табору повстанців у лісі Самбіса в штаті Борно.',
    }),
    # fixed: en es ru uk (the body, its linker or case and a state's name, where the name
    # alone after "of"/"de" named no striker or no side was read, and no event followed;
    # states.py, session 20); held: ar de fr tr
    'body_of_state_named': (('EGY', None), {
        'ar': 'شن سلاح الجو المصري يوم الخميس غارات على مخابئ للمسلحين في شمال سيناء.',
        'de': 'Die Luftwaffe Ägyptens hat am Donnerstag Verstecke von Extremisten im Norden der Sinai-Halbinsel bombardiert.',
        'en': "The air force of Egypt struck militant hideouts in North Sinai on Thursday.",
        'es': 'La aviación de Egipto bombardeó el jueves escondites de extremistas en el norte del Sinaí.',
        'fr': "L'aviation de l'Égypte a bombardé jeudi des caches d'extrémistes dans le nord du Sinaï.",
        'ru': 'ВВС Египта в четверг нанесли удары по укрытиям экстремистов на севере Синая.',
        'tr': "Mısır Hava Kuvvetleri perşembe günü Sina'nın kuzeyindeki militan sığınaklarını bombaladı.",
        'uk': 'ВПС Єгипту в четвер завдали ударів по схованках екстремістів на півночі Синаю.',
    }),
}

# the cases not fixed yet: (construction, language) -> why
XFAIL = {
    ('ministry_our_forces', 'ar'): "no event: 'قواتنا' (our forces) inside a ministry's reported speech is not read as the ministry's side striking",
    ('ministry_our_forces', 'ru'): "no event: 'наши войска' (our forces) is not read as the side of the ministry that speaks",
    ('ministry_our_forces', 'uk'): "no event: 'наші війська' (our forces) is not read as the side of the ministry that speaks",
    ('ministry_our_forces', 'de'): "actor read as UKR from the adjective 'ukrainische' of the guns hit: 'unsere Truppen' is not read as the speaking ministry's side",
    ('ministry_our_forces', 'tr'): "target group missed: 'Ukrayna topunu' (a side's name before a kind of target) is not read as whose guns were hit",
    ('facility_controlled_by', 'tr'): "target group missed: 'kontrolündeki' is a tr name_modifier, so the group is dropped; moving it to target_outro is not enough: the outro is voided because _weapon_after sees 'bombaladı' within two words ('bir depoyu bombaladı'), so HTŞ stays among the actors",
}




def test_matrix_covers_every_language():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction, lang, text, expected", list(matrix_cases(MATRIX, XFAIL)))
def test_actor_matrix(construction, lang, text, expected):
    found = events(text, lang=lang, published=PUBLISHED)
    assert found, f"no event read from the {construction} sentence"
    assert (found[0]["actor"], found[0]["target_group"]) == expected, (construction, lang, [(e["actor"], e["target_group"]) for e in found])


# Two states as the coordinated subject of one strike predicate: each is an actor of its own
# event (EXTRACTION.md: two actors striking in one article are two events). The second name
# may take its article again ("y el Reino Unido", "et le Royaume-Uni"), be a two-word name
# ("Велика Британія") or carry the coordinator as a clitic ("وبريطانيا").
# fixed: ar es fr uk; held: de en ru tr
JOINT_SUBJECTS = {
    'ar': 'قصفت الولايات المتحدة وبريطانيا فجر الثلاثاء مخازن أسلحة للحوثيين قرب صنعاء، بحسب وزارة الدفاع الأمريكية.',
    'de': 'Die USA und Großbritannien haben am Dienstag Waffenlager der Huthi nahe Sanaa bombardiert, teilte das Pentagon mit.',
    'en': 'The United States and Britain bombed Houthi weapons depots near Sanaa on Tuesday, the Pentagon said.',
    'es': 'Estados Unidos y el Reino Unido bombardearon el martes depósitos de armas de los hutíes cerca de Saná, informó el Pentágono.',
    'fr': "Les États-Unis et le Royaume-Uni ont bombardé mardi des dépôts d'armes des Houthis près de Sanaa, a annoncé le Pentagone.",
    'ru': 'США и Великобритания во вторник нанесли удары по складам оружия хуситов под Саной, сообщил Пентагон.',
    'tr': "ABD ve İngiltere salı günü Sana yakınlarındaki Husi silah depolarını bombaladı, Pentagon açıkladı.",
    'uk': 'США та Велика Британія у вівторок завдали ударів по складах зброї хуситів поблизу Сани, повідомив Пентагон.',
}


@pytest.mark.parametrize("lang", sorted(JOINT_SUBJECTS))
def test_two_coordinated_states_are_two_actors(lang):
    found = events(JOINT_SUBJECTS[lang], lang=lang, published=PUBLISHED)
    assert sorted(e["actor"] for e in found) == ["GBR", "USA"], [(e["actor"], e["target_group"]) for e in found]
    assert all(e["target_group"] == "HOUTHI" for e in found)



# A wire headline that opens with a name and a colon labels its subject ("Ukraine: seven killed
# in Russian air strikes"); the label is no side of the sentence (triggers._topic_label). Before
# session 15, ar and en read the label as the striker and tr gave it an event of its own; uk read
# no event (the members' tr and uk rules of the same session fixed those two).
TOPIC_LABELS = {
 'ar': 'أوكرانيا: مقتل سبعة أشخاص في غارات روسية على خاركيف\nقال مسؤولون أوكرانيون إن سبعة أشخاص قتلوا في غارات جوية روسية على مدينة خاركيف يوم الاثنين.',
 'de': 'Ukraine: Sieben Tote bei russischen Luftangriffen auf Charkiw\nBei russischen Luftangriffen auf Charkiw sind am Montag nach ukrainischen Angaben sieben Menschen getötet worden.',
 'en': 'Ukraine: seven killed in Russian air strikes on Kharkiv\nSeven people were killed in Russian air strikes on Kharkiv on Monday, Ukrainian officials said.',
 'es': 'Ucrania: siete muertos en ataques aéreos rusos contra Járkov\nSiete personas murieron el lunes en ataques aéreos rusos contra Járkov, según funcionarios ucranianos.',
 'fr': "Ukraine : sept morts dans des frappes aériennes russes sur Kharkiv\nSept personnes ont été tuées lundi dans des frappes aériennes russes sur Kharkiv, selon des responsables ukrainiens.",
 'ru': 'Украина: семь человек погибли при российских авиаударах по Харькову\nСемь человек погибли в понедельник в результате российских авиаударов по Харькову, сообщили украинские чиновники.',
 'tr': "Ukrayna: Rusya'nın Harkiv'e hava saldırılarında 7 kişi öldü\nUkraynalı yetkililer, Rusya'nın pazartesi günü Harkiv'e düzenlediği hava saldırılarında 7 kişinin öldüğünü açıkladı.",
 'uk': 'Україна: семеро людей загинули внаслідок російських авіаударів по Харкову\nСемеро людей загинули в понеділок внаслідок російських авіаударів по Харкову, повідомили українські посадовці.',
}
TOPIC_LABEL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=[pytest.mark.xfail(strict=True, reason=TOPIC_LABEL_XFAIL[lang])]
                                               if lang in TOPIC_LABEL_XFAIL else []) for lang in sorted(TOPIC_LABELS)])
def test_a_topic_label_before_a_colon_is_no_side(lang):
    found = events(TOPIC_LABELS[lang], lang=lang, published=PUBLISHED)
    assert [e["actor"] for e in found] == ["RUS"], [(e["actor"], e["claimant"]) for e in found]


# Turkish military operation reports (the defence ministry's "N terrorists neutralised in an air
# operation in the X region of northern Iraq", "hava harekâtı", "PKK targets destroyed"), as
# agency copy prints them in every language: the strike is told in the passive or with a strike
# noun alone, and the only side named is the ministry that speaks, often after the report, its
# name long ("Ministry of National Defence", "министерство национальной обороны Турции", "el
# Ministerio de Defensa Nacional de Turquía") and a day between the claim verb and it ("a
# annoncé lundi le ministère"). The speaking state struck (roles._speaking_striker): fighters
# neutralised, a group's targets destroyed, or an air operation abroad (roles._struck_abroad).
# Session 20 (r18-tr); before it de, en, es, fr and tr development reports of this kind got no
# event. Sentences written for this test.
TURKISH_OPERATION_REPORTS = {
    # fixed: en es fr ru uk; held: ar de tr
    'passive_toll_ministry_after': {
        'ar': 'أعلنت وزارة الدفاع التركية الاثنين تحييد خمسة إرهابيين من حزب العمال الكردستاني في عملية جوية بمنطقة حاكورك شمالي العراق.',
        'de': 'Bei einer Luftoperation im Gebiet Hakurk im Nordirak sind fünf PKK-Terroristen außer Gefecht gesetzt worden, teilte das türkische Verteidigungsministerium am Montag mit.',
        'en': 'Five PKK terrorists were neutralised in an air operation in the Hakurk region of northern Iraq, the Turkish National Defence Ministry said on Monday.',
        'es': 'Cinco terroristas del PKK fueron neutralizados en una operación aérea en la región de Hakurk, en el norte de Irak, informó el lunes el Ministerio de Defensa Nacional de Turquía.',
        'fr': "Cinq terroristes du PKK ont été neutralisés lors d'une opération aérienne dans la région de Hakurk, dans le nord de l'Irak, a annoncé lundi le ministère turc de la Défense nationale.",
        'ru': 'Пять террористов РПК были нейтрализованы в ходе воздушной операции в районе Хакурк на севере Ирака, сообщило в понедельник министерство национальной обороны Турции.',
        'tr': "Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Hakurk bölgesine düzenlenen hava harekâtında 5 PKK'lı teröristin etkisiz hale getirildiğini açıkladı.",
        'uk': "П'ятьох терористів РПК було знешкоджено під час повітряної операції в районі Хакурк на півночі Іраку, повідомило в понеділок міністерство національної оборони Туреччини.",
    },
    # fixed: en fr tr; held: ar de ru uk; xfail: es
    'targets_destroyed_abroad_ministry_after': {
        'ar': 'أعلنت وزارة الدفاع التركية تدمير 18 هدفا يستخدمها حزب العمال الكردستاني، بينها كهوف وملاجئ ومستودعات ذخيرة، في عمليات جوية شمالي العراق.',
        'de': 'Bei Luftoperationen im Nordirak wurden 18 von der PKK genutzte Ziele zerstört, darunter Höhlen, Unterstände und Munitionslager, teilte das türkische Verteidigungsministerium mit.',
        'en': "In air operations on northern Iraq, 18 targets used by the PKK were destroyed, including caves, shelters and ammunition depots, Turkey's defence ministry said.",
        'es': 'En operaciones aéreas en el norte de Irak fueron destruidos 18 objetivos utilizados por el PKK, entre ellos cuevas, refugios y depósitos de munición, informó el Ministerio de Defensa turco.',
        'fr': "Lors d'opérations aériennes dans le nord de l'Irak, 18 cibles utilisées par le PKK, dont des grottes, des abris et des dépôts de munitions, ont été détruites, a indiqué le ministère turc de la Défense.",
        'ru': 'В ходе воздушных операций на севере Ирака уничтожены 18 целей, использовавшихся РПК, в том числе пещеры, укрытия и склады боеприпасов, сообщило министерство обороны Турции.',
        'tr': "Irak'ın kuzeyine düzenlenen hava harekâtlarında PKK tarafından kullanılan mağara, sığınak ve mühimmat depolarından oluşan 18 hedef imha edildi, MSB açıkladı.",
        'uk': 'Під час повітряних операцій на півночі Іраку знищено 18 цілей, які використовувала РПК, зокрема печери, укриття та склади боєприпасів, повідомило міністерство оборони Туреччини.',
    },
    # fixed: de en fr ru uk; held: ar es tr
    'ministry_said_air_operation_carried_out': {
        'ar': 'أعلنت وزارة الدفاع التركية الثلاثاء تنفيذ عملية جوية شمالي العراق. وقالت الوزارة إنه تم تدمير 24 هدفا في مناطق متينا وغارا وقنديل.',
        'de': 'Das türkische Verteidigungsministerium teilte am Dienstag mit, im Nordirak sei eine Luftoperation durchgeführt worden. Dabei seien in den Gebieten Metina, Gara und Kandil 24 Ziele zerstört worden.',
        'en': "Turkey's Defence Ministry said on Tuesday that an air operation was carried out on northern Iraq. The ministry said 24 targets were destroyed in the Metina, Gara and Qandil regions.",
        'es': 'El Ministerio de Defensa de Turquía informó el martes de que se llevó a cabo una operación aérea en el norte de Irak. Según el ministerio, 24 objetivos fueron destruidos en las regiones de Metina, Gara y Qandil.',
        'fr': "Le ministère turc de la Défense a annoncé mardi qu'une opération aérienne avait été menée dans le nord de l'Irak. Selon le ministère, 24 cibles ont été détruites dans les régions de Metina, Gara et Qandil.",
        'ru': 'Министерство обороны Турции сообщило во вторник, что на севере Ирака была проведена воздушная операция. По данным ведомства, в районах Метина, Гара и Кандиль уничтожены 24 цели.',
        'tr': "Milli Savunma Bakanlığı, salı günü Irak'ın kuzeyine hava harekâtı düzenlendiğini duyurdu. Açıklamada, Metina, Gara ve Kandil bölgelerinde 24 hedefin imha edildiği belirtildi.",
        'uk': 'Міністерство оборони Туреччини повідомило у вівторок, що на півночі Іраку було проведено повітряну операцію. За даними відомства, в районах Метіна, Гара і Кандиль знищено 24 цілі.',
    },
    # fixed: en ru; held: ar de fr tr; xfail: es uk
    'fighters_planning_attacks_neutralised': {
        'ar': 'أعلنت وزارة الدفاع التركية تحييد ثلاثة إرهابيين كانوا يستعدون لشن هجمات على قواعد تركية، في عملية جوية بمنطقة غارا شمالي العراق.',
        'de': 'Drei Terroristen, die Angriffe auf türkische Stützpunkte vorbereiteten, wurden bei einer Luftoperation im Gebiet Gara außer Gefecht gesetzt, erklärte das türkische Verteidigungsministerium.',
        'en': "Three terrorists planning attacks on Turkish bases were neutralised in an air operation in the Gara region, Turkey's defence ministry said in a statement.",
        'es': 'Tres terroristas que preparaban ataques contra bases turcas fueron neutralizados en una operación aérea en la región de Gara, indicó el Ministerio de Defensa turco en un comunicado.',
        'fr': "Trois terroristes qui préparaient des attaques contre des bases turques ont été neutralisés lors d'une opération aérienne dans la région de Gara, a indiqué le ministère turc de la Défense dans un communiqué.",
        'ru': 'Три террориста, готовившие нападения на турецкие базы, были нейтрализованы в ходе воздушной операции в районе Гара, говорится в заявлении министерства обороны Турции.',
        'tr': "Milli Savunma Bakanlığı, Irak'ın kuzeyindeki operasyonlara ilişkin açıklama yaptı. Bakanlıktan yapılan açıklamada, Gara bölgesinde üs bölgelerimize saldırı hazırlığındaki 3 teröristin hava harekâtıyla etkisiz hale getirildiği bildirildi.",
        'uk': 'Трьох терористів, які готували напади на турецькі бази, було знешкоджено під час повітряної операції в районі Гара, йдеться в заяві міністерства оборони Туреччини.',
    },
}
TURKISH_OPERATION_XFAIL = {
    ('targets_destroyed_abroad_ministry_after', 'es'): "'18 objetivos utilizados por el PKK': the group named as the participle's agent reads as the striker",
    ('fighters_planning_attacks_neutralised', 'es'): "the speaker 'el Ministerio de Defensa turco' (the adjective after the body) is not read as speaking (es took that reading back)",
    ('fighters_planning_attacks_neutralised', 'uk'): "'йдеться в заяві міністерства оборони Туреччини' (it says in the statement of the ministry) is not read as the speaker",
}


@pytest.mark.parametrize("construction, lang", [
    pytest.param(c, lang, marks=[pytest.mark.xfail(strict=True, reason=TURKISH_OPERATION_XFAIL[(c, lang)])]
                 if (c, lang) in TURKISH_OPERATION_XFAIL else [], id=f"{c}-{lang}")
    for c, by_lang in TURKISH_OPERATION_REPORTS.items() for lang in sorted(by_lang)])
def test_turkish_operation_report_is_the_speaking_ministrys_strike(construction, lang):
    found = events(TURKISH_OPERATION_REPORTS[construction][lang], lang=lang, published=PUBLISHED)
    assert [(e["actor"], e["claimant"]) for e in found] == [("TUR", "TUR")], \
        (construction, lang, [(e["actor"], e["claimant"]) for e in found])
    assert found[0]["operation"] == "airstrike" and found[0]["killed"] is None


def test_turkish_operation_reports_cover_every_language():
    assert all(sorted(by_lang) == sorted(MATRIX["army_of_state"][1]) for by_lang in TURKISH_OPERATION_REPORTS.values())


# The struck side's official named in an attribution that opens the sentence, set off by a comma
# before the clause it attributes ("За даними президента України ..., Росія застосувала ...",
# "According to Ukrainian President ..., Russia launched ..."): the official's state reports, the
# clause's subject struck (roles._fronted_source). Session 23 (f23b-spur): before it uk and ru
# read the president's state as the striker, the only source body _fronted_source knew being
# one of the lexicon's official bodies ("За даними Повітряних сил"). Sentences written for this
# test; every language should give the attacker only.
FRONTED_OFFICIAL = {
    # fixed: uk ru; held: de en es fr tr
    'ar': 'بحسب الرئيس الأوكراني أوليغ بيترينكو، أطلقت روسيا 140 صاروخا و300 طائرة مسيرة على أوكرانيا في مارس.',
    'de': 'Nach Angaben des ukrainischen Präsidenten Oleh Petrenko feuerte Russland im März 140 Raketen und 300 Drohnen auf die Ukraine ab.',
    'en': 'According to Ukrainian President Oleh Petrenko, Russia launched 140 missiles and 300 drones against Ukraine in March.',
    'es': 'Según el presidente ucraniano Oleh Petrenko, Rusia lanzó 140 misiles y 300 drones contra Ucrania en marzo.',
    'fr': "Selon le président ukrainien Oleh Petrenko, la Russie a tiré 140 missiles et 300 drones sur l'Ukraine en mars.",
    'ru': 'По данным президента Украины Олега Петренко, Россия в марте выпустила по Украине 140 ракет и 300 дронов.',
    'tr': "Ukrayna Devlet Başkanı Oleh Petrenko'ya göre, Rusya mart ayında Ukrayna'ya 140 füze ve 300 İHA fırlattı.",
    'uk': 'За даними президента України Олега Петренка, країна-агресор Росія протягом березня застосувала проти України 140 ракет і 300 дронів.',
}
FRONTED_OFFICIAL_XFAIL = {
    'ar': "verb-first: the striker named after the verb is no candidate before it, so the fronted "
          "official's state is the only side before the trigger and is kept (roles.choose_actors)",
}


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=[pytest.mark.xfail(strict=True, reason=FRONTED_OFFICIAL_XFAIL[lang])]
                                               if lang in FRONTED_OFFICIAL_XFAIL else []) for lang in sorted(FRONTED_OFFICIAL)])
def test_struck_sides_official_in_a_fronted_attribution_is_no_striker(lang):
    found = events(FRONTED_OFFICIAL[lang], lang=lang, published=PUBLISHED)
    assert [e["actor"] for e in found] == ["RUS"], [(e["actor"], e["claimant"]) for e in found]


# "The enemy" / "the occupiers" striking a place of the state whose side speaks, in a story that
# names no speaking side beside a claim verb and names the attacker first ("Russia attacked
# Ukraine overnight ... The occupiers struck the Kharkiv region"): the enemy is the adversary of
# the state whose places it strikes (events._enemy_striking_home), not the adversary of the first
# side named (the attacker itself, which made the enemy's strike a false second event of the
# struck side). Session 23 (f23b-spur). Sentences written for this test.
ENEMY_STRIKES_HOME = {
    # fixed: de en es fr ru; held: uk (and ar tr, whose enemy words this story does not use)
    'de': 'Russland hat die Ukraine in der Nacht mit 40 Drohnen angegriffen. Der Feind bombardierte das Gebiet Charkiw, drei Menschen wurden getötet.',
    'en': 'Russia attacked Ukraine overnight with 40 drones. The occupiers struck the Kharkiv region, killing three people.',
    'es': 'Rusia atacó Ucrania durante la noche con 40 drones. El enemigo bombardeó la región de Járkov y mató a tres personas.',
    'fr': "La Russie a attaqué l'Ukraine dans la nuit avec 40 drones. L'ennemi a bombardé la région de Kharkiv, tuant trois personnes.",
    'ru': 'Россия ночью атаковала Украину. Враг нанес удар по Харьковской области, погибли три человека.',
    'ru-agent': 'Россия ночью атаковала Украину 40 дронами. В результате обстрела оккупантами Сумской области ранены четыре человека.',
    'uk': 'Росія вночі атакувала Україну. Ворог завдав удару по Харківській області, загинули троє людей.',
}


@pytest.mark.parametrize("case", sorted(ENEMY_STRIKES_HOME))
def test_the_enemy_striking_the_struck_states_land_is_the_attacker(case):
    found = events(ENEMY_STRIKES_HOME[case], lang=case[:2], published=PUBLISHED)
    assert [e["actor"] for e in found] == ["RUS"], [(e["actor"], e["target_group"]) for e in found]


# The enemy struck in its own land by the side that speaks keeps the speaker's enemy: the rule
# above asks only where the enemy strikes ("уразили склад ворога в Курській області": the enemy
# is the owner of what was hit, the speaker's adversary).
def test_the_enemy_struck_in_its_own_land_stays_the_speakers_enemy():
    found = events("Сили оборони України вночі уразили склад ворога в Курській області, повідомив Генштаб.",
                   lang="uk", published=PUBLISHED)
    assert [(e["actor"], e["target_group"]) for e in found] == [("UKR", "RUS")]


# After a report of weapons shot down, the defending side's statement restating it with a
# participle on the weapon noun ("el número de drones alcanzados ascendía a doce", "the number of
# drones hit was twelve"): the weapons hit are the ones shot down; the defender strikes nothing
# (events._defender_restates_weapons_hit). Before session 23 (f23b-spur) en, es and fr made it a
# second, false event of the defender. Sentences written for this test.
_DOWNED = {
    'de': 'Die russische Luftabwehr hat zwölf ukrainische Drohnen über Kursk abgeschossen, teilte das russische Verteidigungsministerium mit. ',
    'en': 'Russian air defences shot down twelve Ukrainian drones over Kursk, the Russian defence ministry said. ',
    'es': 'Las defensas antiaéreas rusas derribaron doce drones ucranianos sobre Kursk, informó el Ministerio de Defensa de Rusia. ',
    'fr': "La défense antiaérienne russe a abattu douze drones ukrainiens au-dessus de Koursk, a indiqué le ministère russe de la Défense. ",
    'ru': 'ПВО России сбили 12 украинских беспилотников над Курской областью, сообщило Минобороны РФ. ',
    'uk': 'ППО Росії збила 12 українських дронів над Курською областю, повідомило міноборони РФ. ',
}
DEFENDER_RESTATES = {
    # fixed: en es fr
    'de': _DOWNED['de'] + 'Die russische Regierung stellte klar, dass die Zahl der getroffenen Drohnen zwölf betrug.',
    'en': _DOWNED['en'] + 'The Russian government said the number of drones hit was twelve.',
    'es': _DOWNED['es'] + 'El Gobierno ruso ha aclarado que el número de drones alcanzados ascendía a doce y que las regiones objeto de los ataques han sido Kursk y Bélgorod.',
    'fr': _DOWNED['fr'] + "Le gouvernement russe a précisé que le nombre de drones touchés s'élevait à douze.",
    'ru': _DOWNED['ru'] + 'Правительство России уточнило, что число поражённых дронов составило 12.',
    'uk': _DOWNED['uk'] + 'Уряд Росії уточнив, що кількість уражених дронів становила 12.',
}
DEFENDER_RESTATES_XFAIL = {
    'de': "'getroffenen Drohnen' is no trigger; the sentence is taken as a strike by another way "
          "and the government's side chosen (not traced in this session)",
    'ru': "the participle stands before the weapon noun ('поражённых дронов'); only a participle "
          "right after it is read, and no attributive-participle endings are listed for ru",
    'uk': "the participle stands before the weapon noun ('уражених дронів'); only a participle "
          "right after it is read, and no attributive-participle endings are listed for uk",
}


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=[pytest.mark.xfail(strict=True, reason=DEFENDER_RESTATES_XFAIL[lang])]
                                               if lang in DEFENDER_RESTATES_XFAIL else []) for lang in sorted(DEFENDER_RESTATES)])
def test_defender_restating_the_weapons_it_hit_is_no_striker(lang):
    found = events(DEFENDER_RESTATES[lang], lang=lang, published=PUBLISHED)
    assert [e["actor"] for e in found] == ["UKR"], [(e["actor"], e["target_group"]) for e in found]


# A real strike back by the defender after the same report stays its event: its weapons, named
# with its adjective, are the subject ("Russian missiles hit", "misiles rusos alcanzaron").
STRIKES_BACK = {
    'en': _DOWNED['en'] + 'In response, Russian missiles hit a Ukrainian airfield in Poltava.',
    'es': _DOWNED['es'] + 'En respuesta, misiles rusos alcanzaron un aeródromo ucraniano en Poltava.',
}


@pytest.mark.parametrize("lang", sorted(STRIKES_BACK))
def test_defender_striking_back_after_the_interception_keeps_its_event(lang):
    found = events(STRIKES_BACK[lang], lang=lang, published=PUBLISHED)
    assert sorted(e["actor"] for e in found) == ["RUS", "UKR"], [(e["actor"], e["target_group"]) for e in found]


# The side hit names who struck it: "The Israeli army said Hezbollah was behind the rocket fire",
# "за ракетним обстрілом стоїть угруповання Хезболла" (grammar behind_words; events.
# _side_behind_strike). Before session 23 (f23b-spur) de en es fr ru uk made it the speaker's
# (ISR) event; ar and tr read no event (left: their constructions, 'يقف وراء', 'arkasında ...
# olduğunu', have no behind word listed). Sentences written for this test.
BEHIND_THE_STRIKE = {
    # fixed: de en es fr ru uk
    'de': 'Die israelische Armee erklärte, die Hisbollah stecke hinter dem Raketenbeschuss auf den Norden Israels am Montag.',
    'en': 'The Israeli army said Hezbollah was behind the rocket fire on northern Israel on Monday.',
    'es': 'El ejército israelí afirmó que Hezbolá estaba detrás del ataque con cohetes contra el norte de Israel el lunes.',
    'fr': "L'armée israélienne a affirmé que le Hezbollah était derrière les tirs de roquettes sur le nord d'Israël lundi.",
    'ru': 'Армия обороны Израиля заявила, что за ракетным обстрелом севера страны в понедельник стоит группировка Хезболла.',
    'uk': 'Армія оборони Ізраїлю заявила, що за ракетним обстрілом півночі країни в понеділок стоїть угруповання Хезболла.',
}


@pytest.mark.parametrize("lang", sorted(BEHIND_THE_STRIKE))
def test_the_side_the_speaker_names_behind_the_strike_struck(lang):
    found = events(BEHIND_THE_STRIKE[lang], lang=lang, published=PUBLISHED)
    assert [e["actor"] for e in found] == ["HEZBOLLAH"], [(e["actor"], e["target_group"]) for e in found]


def test_behind_as_a_place_after_the_strikers_own_strike_changes_nothing():
    found = events("Israeli jets struck Hezbollah positions behind the border after the rocket attack, the army said.",
                   lang="en", published=PUBLISHED)
    assert [e["actor"] for e in found] == ["ISR"]
