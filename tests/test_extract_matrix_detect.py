"""Detection and polarity across the eight languages: one matrix of the constructions wire copy
uses to report a strike, or to speak of one that is not a strike report (CONVENTIONS.md, "What
is an event"), each written as one short sentence per language in that language's own order
and forms. Sentences written for this test.

Positive rows expect the striker's actor code on the first event; negative rows (denials,
threats, exercises, tests, anniversaries, unexplained blasts, crashes) expect no event at all.
Each row says which languages failed before the change that made them pass ("fixed: ...") and
which held before and are guarded ("held: ..."); cases still failing are marked
xfail(strict=True) with the reason, for the next person.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, covers_every_language, matrix_cases

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday

# construction -> (expected actor of the first event, or None for no event; {language: sentence})
MATRIX = {
    # fixed: ar (an opening verb, then a force: the subject); held: de en es fr ru tr uk
    'active_struck': ('RUS', {
        'ar': 'قصفت القوات الروسية ليلة الأحد مستودع ذخيرة في منطقة دنيبروبيتروفسك.',
        'de': 'Russische Truppen haben in der Nacht zum Sonntag ein Munitionslager im Gebiet Dnipropetrowsk angegriffen.',
        'en': 'Russian forces struck an ammunition depot in the Dnipropetrovsk region on Sunday night.',
        'es': 'Las fuerzas rusas atacaron el domingo por la noche un depósito de munición en la región de Dnipropetrovsk.',
        'fr': 'Les forces russes ont frappé dimanche soir un dépôt de munitions dans la région de Dnipropetrovsk.',
        'ru': 'Российские войска в ночь на воскресенье нанесли удар по складу боеприпасов в Днепропетровской области.',
        'tr': "Rus kuvvetleri pazar gecesi Dnipropetrovsk bölgesinde bir mühimmat deposunu vurdu.",
        'uk': 'Російські війська в ніч на неділю завдали удару по складу боєприпасів у Дніпропетровській області.',
    }),
    # held: ar de en es fr ru tr uk
    'denied_striking': (None, {
        'ar': 'نفى الجيش التركي أن تكون طائراته قد قصفت قرية في محافظة دهوك يوم الجمعة.',
        'de': 'Die türkische Armee bestritt am Freitag, ein Dorf in der Provinz Dohuk bombardiert zu haben.',
        'en': 'The Turkish military denied on Friday that its jets had bombed a village in Duhok province.',
        'es': 'El ejército turco negó el viernes haber bombardeado una aldea en la provincia de Duhok.',
        'fr': "L'armée turque a démenti vendredi avoir bombardé un village de la province de Dohouk.",
        'ru': 'Турецкая армия в пятницу опровергла сообщения о том, что её самолёты нанесли удар по деревне в провинции Дохук.',
        'tr': "Türk ordusu cuma günü, savaş uçaklarının Duhok vilayetinde bir köyü bombaladığı iddialarını yalanladı.",
        'uk': 'Турецька армія в пʼятницю спростувала повідомлення про те, що її літаки завдали удару по селу в провінції Дохук.',
    }),
    # fixed: ar (كاذبة/مفبركة as denial cues); held: de en es fr ru tr uk
    'reports_fake': (None, {
        'ar': 'قالت وزارة الدفاع الروسية إن التقارير عن قصف قواتها لمستشفى في خيرسون كاذبة.',
        'de': 'Das russische Verteidigungsministerium nannte Berichte über einen Angriff seiner Truppen auf ein Krankenhaus in Cherson eine Fälschung.',
        'en': 'The Russian defence ministry said reports that its forces had struck a hospital in Kherson were fake.',
        'es': 'El Ministerio de Defensa ruso calificó de falsas las informaciones sobre un ataque de sus tropas contra un hospital en Jersón.',
        'fr': "Le ministère russe de la Défense a qualifié de fausses les informations sur une frappe de ses forces contre un hôpital de Kherson.",
        'ru': 'Минобороны России назвало фейком сообщения об ударе российских войск по больнице в Херсоне.',
        'tr': "Rusya Savunma Bakanlığı, Rus güçlerinin Herson'da bir hastaneyi vurduğu yönündeki haberlerin asılsız olduğunu açıkladı.",
        'uk': 'Міноборони Росії назвало фейком повідомлення про удар російських військ по лікарні в Херсоні.',
    }),
    # fixed: uk (пригрози* as a threat cue); held: ar de en es fr ru tr
    'threatened': (None, {
        'ar': 'هدد الحوثيون بقصف السفن الأمريكية في البحر الأحمر إذا استمرت الغارات على اليمن.',
        'de': 'Die Huthi drohten, amerikanische Schiffe im Roten Meer anzugreifen, falls die Luftangriffe auf den Jemen weitergehen.',
        'en': 'The Houthis threatened to strike US ships in the Red Sea if the raids on Yemen continue.',
        'es': 'Los hutíes amenazaron con atacar buques estadounidenses en el mar Rojo si continúan los bombardeos contra Yemen.',
        'fr': 'Les Houthis ont menacé de frapper les navires américains en mer Rouge si les raids sur le Yémen se poursuivent.',
        'ru': 'Хуситы пригрозили нанести удары по американским кораблям в Красном море, если налёты на Йемен продолжатся.',
        'tr': "Husiler, Yemen'e yönelik saldırılar sürerse Kızıldeniz'deki ABD gemilerini vuracaklarını söyleyerek tehdit etti.",
        'uk': 'Хусити пригрозили завдати ударів по американських кораблях у Червоному морі, якщо нальоти на Ємен триватимуть.',
    }),
    # fixed: ar (future verbs سيضرب/ستستهدف...), de (kündigte an ... anzugreifen); held: en es fr ru tr uk
    'will_strike': (None, {
        'ar': 'قال الجيش الإسرائيلي إنه سيضرب أهدافا لحزب الله في جنوب لبنان خلال الأيام المقبلة.',
        'de': 'Die israelische Armee kündigte an, in den kommenden Tagen Ziele der Hisbollah im Südlibanon anzugreifen.',
        'en': 'The Israeli military said it will strike Hezbollah targets in southern Lebanon in the coming days.',
        'es': 'El ejército israelí anunció que atacará objetivos de Hezbolá en el sur del Líbano en los próximos días.',
        'fr': "L'armée israélienne a annoncé qu'elle frappera des cibles du Hezbollah dans le sud du Liban dans les prochains jours.",
        'ru': 'Израильская армия заявила, что в ближайшие дни нанесёт удары по целям «Хезболлы» на юге Ливана.',
        'tr': "İsrail ordusu, önümüzdeki günlerde Lübnan'ın güneyindeki Hizbullah hedeflerini vuracağını açıkladı.",
        'uk': 'Ізраїльська армія заявила, що найближчими днями завдасть ударів по цілях «Хезболли» на півдні Лівану.',
    }),
    # held: ar de en es fr ru tr uk
    'exercise': (None, {
        'ar': 'أطلقت مقاتلات روسية صواريخ على أهداف وهمية خلال مناورات في بحر البلطيق يوم الأربعاء.',
        'de': 'Russische Kampfjets feuerten am Mittwoch bei einem Manöver über der Ostsee Raketen auf Übungsziele ab.',
        'en': 'Russian fighter jets fired missiles at mock targets during drills over the Baltic Sea on Wednesday.',
        'es': 'Cazas rusos dispararon misiles contra blancos simulados durante unas maniobras en el mar Báltico el miércoles.',
        'fr': "Des chasseurs russes ont tiré des missiles sur des cibles fictives lors d'exercices en mer Baltique mercredi.",
        'ru': 'Российские истребители в среду в ходе учений над Балтийским морем поразили ракетами условные цели.',
        'tr': "Rus savaş uçakları çarşamba günü Baltık Denizi'ndeki tatbikatta temsili hedeflere füze ateşledi.",
        'uk': 'Російські винищувачі в середу під час навчань над Балтійським морем уразили ракетами умовні цілі.',
    }),
    # fixed: uk (випробувальн* as a test cue); held: ar de en es fr ru tr
    'test_launch': (None, {
        'ar': 'أجرت إيران الخميس تجربة إطلاق لصاروخ باليستي جديد من منصة في صحراء سمنان.',
        'de': 'Iran hat am Donnerstag eine neue ballistische Rakete von einer Startrampe in der Wüste von Semnan getestet.',
        'en': 'Iran test-fired a new ballistic missile from a launch pad in the Semnan desert on Thursday.',
        'es': 'Irán realizó el jueves el lanzamiento de prueba de un nuevo misil balístico desde una plataforma en el desierto de Semnán.',
        'fr': "L'Iran a procédé jeudi à un tir d'essai d'un nouveau missile balistique depuis une base du désert de Semnan.",
        'ru': 'Иран в четверг провёл испытательный пуск новой баллистической ракеты с полигона в пустыне Семнан.',
        'tr': "İran perşembe günü Semnan çölündeki bir rampadan yeni bir balistik füzenin test atışını yaptı.",
        'uk': 'Іран у четвер здійснив випробувальний пуск нової балістичної ракети з полігону в пустелі Семнан.',
    }),
    # fixed: tr (inflected 'yıl dönümünü'); held: ar de en es fr ru uk
    'anniversary': (None, {
        'ar': 'أحيا سكان قانا الأربعاء الذكرى السنوية للغارة الإسرائيلية على البلدة.',
        'de': 'Einwohner von Kana gedachten am Mittwoch des Jahrestags des israelischen Luftangriffs auf den Ort.',
        'en': 'Residents of Qana on Wednesday marked the anniversary of the Israeli air strike on the town.',
        'es': 'Los vecinos de Qana conmemoraron el miércoles el aniversario del bombardeo israelí contra la localidad.',
        'fr': "Les habitants de Cana ont commémoré mercredi l'anniversaire de la frappe israélienne sur la ville.",
        'ru': 'Жители Каны в среду отметили годовщину израильского авиаудара по городу.',
        'tr': "Kana sakinleri çarşamba günü İsrail'in kasabaya düzenlediği hava saldırısının yıl dönümünü andı.",
        'uk': 'Мешканці Кани в середу вшанували річницю ізраїльського авіаудару по місту.',
    }),
    # held: ar de en es fr ru tr uk
    'explosion_unknown': (None, {
        'ar': 'وقع انفجار في مستودع ذخيرة قرب حمص ليل السبت، ولم يعرف سببه بعد.',
        'de': 'In einem Munitionsdepot bei Homs hat sich in der Nacht zum Samstag eine Explosion ereignet, die Ursache ist unklar.',
        'en': 'An explosion hit an ammunition depot near Homs on Saturday night; the cause was not known.',
        'es': 'Una explosión sacudió el sábado por la noche un depósito de munición cerca de Homs, por causas aún desconocidas.',
        'fr': "Une explosion s'est produite samedi soir dans un dépôt de munitions près de Homs, pour une raison encore inconnue.",
        'ru': 'В ночь на субботу на складе боеприпасов под Хомсом произошёл взрыв, его причина пока неизвестна.',
        'tr': "Humus yakınlarındaki bir mühimmat deposunda cumartesi gecesi patlama meydana geldi, patlamanın nedeni henüz bilinmiyor.",
        'uk': 'У ніч на суботу на складі боєприпасів під Хомсом стався вибух, його причина поки невідома.',
    }),
    # held: ar de en es fr ru tr uk
    'drone_crashed': (None, {
        'ar': 'تحطمت طائرة مسيرة تركية في شمال العراق يوم الاثنين بسبب عطل فني.',
        'de': 'Eine türkische Drohne ist am Montag im Nordirak wegen eines technischen Defekts abgestürzt.',
        'en': 'A Turkish drone crashed in northern Iraq on Monday because of a technical fault.',
        'es': 'Un dron turco se estrelló el lunes en el norte de Irak por un fallo técnico.',
        'fr': "Un drone turc s'est écrasé lundi dans le nord de l'Irak en raison d'une panne technique.",
        'ru': 'Турецкий беспилотник в понедельник разбился на севере Ирака из-за технической неисправности.',
        'tr': "Bir Türk İHA'sı pazartesi günü Irak'ın kuzeyinde teknik arıza nedeniyle düştü.",
        'uk': 'Турецький безпілотник у понеділок розбився на півночі Іраку через технічну несправність.',
    }),
    # a strike dated to an earlier period, told as how a person of the story died
    # fixed: ar de en es fr tr (a strike noun dated to an earlier period, no strike verb of its own,
    # beside a day of the story: events._strike_of_earlier_period); held: ru uk
    'funeral_of_one_killed_earlier': (None, {
        'ar': "شارك الآلاف الاثنين في بيروت في تشييع قيادي في حزب الله قتل في غارة إسرائيلية الشهر الماضي.",
        'de': "Tausende nahmen am Montag in Beirut an der Beerdigung eines Hisbollah-Kommandeurs teil, der im vergangenen Monat bei einem israelischen Angriff getötet worden war.",
        'en': "Thousands attended the funeral in Beirut on Monday of a Hezbollah commander killed in an Israeli strike last month.",
        'es': "Miles de personas asistieron el lunes en Beirut al funeral de un comandante de Hezbolá muerto en un ataque israelí el mes pasado.",
        'fr': "Des milliers de personnes ont assisté lundi à Beyrouth aux funérailles d'un commandant du Hezbollah tué dans une frappe israélienne le mois dernier.",
        'ru': "Тысячи человек в понедельник пришли в Бейруте на похороны командира «Хезболлы», погибшего в результате израильского удара в прошлом месяце.",
        'tr': "Geçen ay bir İsrail saldırısında öldürülen Hizbullah komutanının pazartesi günü Beyrut'ta düzenlenen cenaze törenine binlerce kişi katıldı.",
        'uk': "Тисячі людей у понеділок прийшли в Бейруті на похорон командира «Хезболли», загиблого внаслідок ізраїльського удару минулого місяця.",
    }),
    # fixed: en ('one year since' as a historical cue); held: ar fr ru tr uk; xfail: de es
    'marked_one_year_since': (None, {
        'ar': "أحيا سكان كراماتورسك الاثنين الذكرى السنوية الأولى لضربة صاروخية روسية على مطعم بيتزا أسفرت عن مقتل 13 شخصا.",
        'de': "Die Einwohner von Kramatorsk gedachten am Montag der 13 Toten, die vor einem Jahr bei einem russischen Raketenangriff auf eine Pizzeria ums Leben gekommen waren.",
        'en': "Residents of Kramatorsk on Monday marked one year since a Russian missile strike on a pizzeria killed 13 people.",
        'es': "Los vecinos de Kramatorsk recordaron el lunes a los 13 muertos del ataque ruso con misiles contra una pizzería, un año después de la tragedia.",
        'fr': "Les habitants de Kramatorsk ont marqué lundi le premier anniversaire de la frappe russe sur une pizzeria qui avait tué 13 personnes.",
        'ru': "Жители Краматорска в понедельник почтили память 13 погибших в годовщину российского ракетного удара по пиццерии.",
        'tr': "Kramatorsk sakinleri pazartesi günü, bir Rus füzesinin bir pizzacıyı vurarak 13 kişiyi öldürdüğü saldırının yıl dönümünde anma töreni düzenledi.",
        'uk': "Мешканці Краматорська в понеділок вшанували пам'ять 13 загиблих у річницю російського ракетного удару по піцерії.",
    }),
    # fixed: en ('moratorium', 'halt to strikes' as non-military cues); held: ar de es fr ru tr uk
    'halt_to_strikes_agreed': (None, {
        'ar': "اتفقت روسيا وأوكرانيا الاثنين على وقف الضربات على منشآت الطاقة لمدة 30 يوما.",
        'de': "Russland und die Ukraine haben sich am Montag auf ein 30-tägiges Moratorium für Angriffe auf Energieanlagen geeinigt.",
        'en': "Russia and Ukraine agreed on Monday to a 30-day halt to strikes on energy facilities.",
        'es': "Rusia y Ucrania acordaron el lunes una moratoria de 30 días de los ataques contra instalaciones energéticas.",
        'fr': "La Russie et l'Ukraine se sont mises d'accord lundi sur un moratoire de 30 jours sur les frappes contre les installations énergétiques.",
        'ru': "Россия и Украина в понедельник договорились о 30-дневном мораторий на удары по энергетическим объектам.",
        'tr': "Rusya ve Ukrayna pazartesi günü enerji tesislerine yönelik saldırılara 30 gün ara verilmesi konusunda anlaştı.",
        'uk': "Росія та Україна в понеділок погодилися на 30-денний мораторій на удари по енергетичних об'єктах.",
    }),
    # fixed: en ('jailed', 'sentenced' as non-military cues); held: ar de es fr ru tr uk
    'court_jailed_for_guiding_strikes': (None, {
        'ar': "قضت محكمة أوكرانية الاثنين بسجن رجل 15 عاما بتهمة المساعدة في توجيه ضربات صاروخية روسية على أوديسا.",
        'de': "Ein ukrainisches Gericht hat am Montag einen Mann zu 15 Jahren Haft verurteilt, weil er russische Raketenangriffe auf Odessa gelenkt haben soll.",
        'en': "A Ukrainian court on Monday jailed a man for 15 years for helping guide Russian missile strikes on Odesa.",
        'es': "Un tribunal ucraniano condenó el lunes a 15 años de cárcel a un hombre por ayudar a dirigir ataques rusos con misiles contra Odesa.",
        'fr': "Un tribunal ukrainien a condamné lundi à 15 ans de prison un homme accusé d'avoir aidé à guider des frappes russes de missiles sur Odessa.",
        'ru': "Украинский суд в понедельник приговорил к 15 годам заключения мужчину, помогавшего наводить российские ракетные удары на Одессу.",
        'tr': "Ukrayna'da bir mahkeme pazartesi günü Rus füze saldırılarını Odessa'ya yönlendirmeye yardım eden bir adamı 15 yıl hapis cezasına çarptırdı.",
        'uk': "Український суд у понеділок засудив до 15 років ув'язнення чоловіка, який допомагав наводити російські ракетні удари на Одесу.",
    }),
    # fixed: tr ('önledi*' as interception: the defender is no striker, and the launcher is unnamed); held: ar de en es fr ru uk
    'intercepted_missile_unnamed_launcher': (None, {
        'ar': "قال الجيش الإسرائيلي إنه اعترض مساء الاثنين صاروخا أطلق من اليمن.",
        'de': "Die israelische Armee hat nach eigenen Angaben am Montagabend eine aus dem Jemen abgefeuerte Rakete abgefangen.",
        'en': "The Israeli military said it intercepted a missile launched from Yemen on Monday night.",
        'es': "El ejército israelí informó de que interceptó el lunes por la noche un misil lanzado desde Yemen.",
        'fr': "L'armée israélienne a indiqué avoir intercepté lundi soir un missile tiré depuis le Yémen.",
        'ru': "Израильская армия сообщила, что в понедельник вечером перехватила ракету, выпущенную из Йемена.",
        'tr': "İsrail ordusu, pazartesi gecesi Yemen'den fırlatılan bir füzeyi önlediğini açıkladı.",
        'uk': "Армія Ізраїлю заявила, що в понеділок увечері перехопила ракету, випущену з Ємену.",
    }),
    # fixed: uk ('заперечив' and its forms as denial); ru (session 18: 'отверг сообщения', a verb
    # of rejecting with a charge noun, triggers._rejects_charge); held: ar de en es fr tr
    'denied_after_accusation': (None, {
        'ar': "نفت باكستان الاثنين أن تكون طائراتها قد قصفت قرى في ولاية خوست، بعد أن اتهمتها حكومة طالبان بقتل مدنيين.",
        'de': "Pakistan hat am Montag bestritten, dass seine Kampfjets Dörfer in der Provinz Chost bombardiert hätten, nachdem die Taliban-Regierung ihm die Tötung von Zivilisten vorgeworfen hatte.",
        'en': "Pakistan denied on Monday that its jets had bombed villages in Khost province, after the Taliban government accused it of killing civilians.",
        'es': "Pakistán negó el lunes que sus aviones hubieran bombardeado aldeas en la provincia de Jost, después de que el gobierno talibán lo acusara de matar a civiles.",
        'fr': "Le Pakistan a démenti lundi que ses avions aient bombardé des villages de la province de Khost, après que le gouvernement taliban l'a accusé d'avoir tué des civils.",
        'ru': "Пакистан в понедельник отверг сообщения о том, что его самолеты бомбили деревни в провинции Хост, после того как правительство талибов обвинило его в убийстве мирных жителей.",
        'tr': "Pakistan, Taliban yönetiminin kendisini sivilleri öldürmekle suçlamasının ardından pazartesi günü savaş uçaklarının Host vilayetindeki köyleri bombaladığı iddiasını reddetti.",
        'uk': "Пакистан у понеділок заперечив, що його літаки бомбардували села в провінції Хост, після того як уряд талібів звинуватив його у вбивстві цивільних.",
    }),
    # fixed: ar (تعرض* as an undergo light verb); held: de en es fr ru tr uk
    'passive_by': ('ISR', {
        'ar': 'تعرضت بلدة بنت جبيل في جنوب لبنان لغارة جوية إسرائيلية فجر الخميس.',
        'de': 'Die Stadt Bint Dschbeil im Südlibanon wurde am Donnerstagmorgen von israelischen Kampfflugzeugen bombardiert.',
        'en': 'The town of Bint Jbeil in southern Lebanon was bombed by Israeli warplanes early on Thursday.',
        'es': 'La localidad de Bint Jbeil, en el sur del Líbano, fue bombardeada por aviones israelíes la madrugada del jueves.',
        'fr': 'La ville de Bint Jbeil, dans le sud du Liban, a été bombardée jeudi matin par des avions israéliens.',
        'ru': 'Город Бинт-Джбейль на юге Ливана в четверг утром подвергся удару израильской авиации.',
        'tr': "Lübnan'ın güneyindeki Bint Cebeyl kasabası perşembe sabahı İsrail savaş uçakları tarafından bombalandı.",
        'uk': 'Місто Бінт-Джбейль на півдні Лівану в четвер вранці зазнало удару ізраїльської авіації.',
    }),
    # fixed: ar es fr (a state's adjective right after the strike noun is no target, however near a
    # force noun, and a force noun after a preposition heads the object: triggers.analyse_sentence);
    # held: de en ru tr; fixed: uk (triggers.death_verbs, with a means adjective between the side's
    # adjective and the strike noun: roles._modifies_strike_noun)
    'nominal_killed': ('USA', {
        'ar': 'أسفرت غارات أمريكية على مواقع للحوثيين في محافظة الحديدة عن مقتل خمسة مسلحين الأحد.',
        'de': 'Bei amerikanischen Luftangriffen auf Stellungen der Huthi in der Provinz Hudaida wurden am Sonntag fünf Kämpfer getötet.',
        'en': 'US strikes on Houthi positions in Hodeidah province killed five fighters on Sunday.',
        'es': 'Los ataques estadounidenses contra posiciones hutíes en la provincia de Hodeida mataron el domingo a cinco combatientes.',
        'fr': 'Des frappes américaines contre des positions houthies dans la province de Hodeida ont tué dimanche cinq combattants.',
        'ru': 'В результате американских ударов по позициям хуситов в провинции Ходейда в воскресенье погибли пять боевиков.',
        'tr': "ABD'nin Hudeyde vilayetindeki Husi mevzilerine düzenlediği saldırılarda pazar günü beş militan öldü.",
        'uk': 'Внаслідок американських ударів по позиціях хуситів у провінції Ходейда в неділю загинули пʼятеро бойовиків.',
    }),
    # fixed: es (an undergone light verb's striker named after it, roles.choose_actors), ar (تعرض* as an
    # undergo light verb), de; held: en fr ru uk; xfail: tr
    'came_under_fire': ('RUS', {
        'ar': 'تعرضت مدينة خيرسون صباح الجمعة لقصف مدفعي روسي.',
        'de': 'Die Stadt Cherson geriet am Freitagmorgen unter russischen Artilleriebeschuss.',
        'en': 'The city of Kherson came under Russian artillery fire on Friday morning.',
        'es': 'La ciudad de Jersón quedó el viernes por la mañana bajo el fuego de la artillería rusa.',
        'fr': "La ville de Kherson a essuyé vendredi matin des tirs d'artillerie russes.",
        'ru': 'Херсон в пятницу утром попал под обстрел российской артиллерии.',
        'tr': "Herson kenti cuma sabahı Rus topçusunun ateşi altında kaldı.",
        'uk': 'Херсон у пʼятницю вранці потрапив під обстріл російської артилерії.',
    }),
    # fixed: de, ru uk (the agent right after the participle, triggers.py); held: ar en es fr tr
    'shot_down_launched_by': ('RUS', {
        'ar': 'أسقطت الدفاعات الجوية الأوكرانية ليلا 30 طائرة مسيرة أطلقتها روسيا على منطقة كييف.',
        'de': 'Die ukrainische Luftabwehr hat in der Nacht 30 von Russland gestartete Drohnen über dem Gebiet Kiew abgeschossen.',
        'en': 'Ukrainian air defences shot down 30 drones launched by Russia at the Kyiv region overnight.',
        'es': 'La defensa antiaérea ucraniana derribó durante la noche 30 drones lanzados por Rusia contra la región de Kiev.',
        'fr': "La défense antiaérienne ukrainienne a abattu dans la nuit 30 drones lancés par la Russie sur la région de Kiev.",
        'ru': 'Украинская ПВО ночью сбила 30 беспилотников, запущенных Россией по Киевской области.',
        'tr': "Ukrayna hava savunması gece Rusya'nın Kiev bölgesine fırlattığı 30 İHA'yı düşürdü.",
        'uk': 'Українська ППО вночі збила 30 безпілотників, запущених Росією по Київській області.',
    }),
    # fixed: ru (feminine/neuter сбила/сбил/перехватила as interception, as uk has); fr (session 17: the
    # side named right after the counted weapons, "25 drones russes", owns them in every language,
    # triggers: the shoot-down owners); held: ar de en es tr uk
    'shot_down_adjective': ('RUS', {
        'ar': 'أسقطت الدفاعات الجوية الأوكرانية 25 مسيرة روسية فوق منطقة أوديسا الليلة الماضية.',
        'de': 'Die ukrainische Flugabwehr hat in der Nacht 25 russische Drohnen über dem Gebiet Odessa abgeschossen.',
        'en': 'Ukraine\'s air defence shot down 25 Russian drones over the Odesa region overnight.',
        'es': 'La defensa aérea ucraniana derribó esta noche 25 drones rusos sobre la región de Odesa.',
        'fr': "La défense aérienne ukrainienne a abattu cette nuit 25 drones russes au-dessus de la région d'Odessa.",
        'ru': 'Украинская ПВО ночью сбила 25 российских беспилотников над Одесской областью.',
        'tr': "Ukrayna hava savunması gece Odessa bölgesi üzerinde 25 Rus İHA'sını düşürdü.",
        'uk': 'Українська ППО вночі збила 25 російських дронів над Одеською областю.',
    }),
    # session 16: constructions of wire copy probed in every language (sentences written for this test)
    # fixed: ar (a verb-first clause after a fronted attribution closed by a comma, "وبحسب الوزارة، نفذت":
    # roles._fronted_attribution; and "وبحسب" with its conjunction in claims.verbs); held: de en es fr ru tr uk
    'n_strikes_aircraft_said': ('RUS', {
        'ar': 'وبحسب الوزارة، نفذت الطائرات الروسية يوم الاثنين 20 غارة على مواقع للمسلحين في محافظة إدلب.',
        'de': 'Nach Angaben des Ministeriums flog die russische Luftwaffe am Montag 20 Angriffe auf Stellungen von Milizen in der Provinz Idlib.',
        'en': 'The ministry said Russian aircraft carried out 20 strikes on militant positions in Idlib province on Monday.',
        'es': 'Según el ministerio, la aviación rusa realizó el lunes 20 ataques contra posiciones de milicianos en la provincia de Idlib.',
        'fr': "Selon le ministère, l'aviation russe a effectué lundi 20 frappes contre des positions de militants dans la province d'Idleb.",
        'ru': 'По данным министерства, российская авиация в понедельник нанесла 20 ударов по позициям боевиков в провинции Идлиб.',
        'tr': 'Bakanlığa göre Rus uçakları pazartesi günü İdlib vilayetindeki militan mevzilerine 20 saldırı düzenledi.',
        'uk': 'За даними міністерства, російська авіація в понеділок завдала 20 ударів по позиціях бойовиків у провінції Ідліб.',
    }),
    # held: ar de en es fr ru tr uk
    'wave_of_strikes': ('ISR', {
        'ar': 'شنت إسرائيل ليلا موجة من الغارات الجوية على قطاع غزة أسفرت عن مقتل 12 شخصا على الأقل.',
        'de': 'Israel hat in der Nacht eine Welle von Luftangriffen auf den Gazastreifen gestartet und dabei mindestens zwölf Menschen getötet.',
        'en': 'Israel launched a wave of airstrikes on the Gaza Strip overnight, killing at least 12 people.',
        'es': 'Israel lanzó durante la noche una oleada de ataques aéreos sobre la Franja de Gaza que mató al menos a 12 personas.',
        'fr': 'Israël a lancé dans la nuit une vague de frappes aériennes sur la bande de Gaza, tuant au moins 12 personnes.',
        'ru': 'Израиль ночью нанес серию авиаударов по сектору Газа, погибли по меньшей мере 12 человек.',
        'tr': "İsrail gece boyunca Gazze Şeridi'ne bir dizi hava saldırısı düzenledi, en az 12 kişi hayatını kaybetti.",
        'uk': 'Ізраїль уночі завдав серії авіаударів по сектору Гази, загинули щонайменше 12 людей.',
    }),
    # held: ar de en es fr ru tr uk
    'headline_strike_kills': ('ISR', {
        'ar': 'غارة إسرائيلية على مدرسة في غزة تقتل 20 شخصا\nاستهدفت غارة جوية إسرائيلية الاثنين مدرسة تؤوي نازحين في مدينة غزة ما أسفر عن مقتل 20 شخصا، بحسب الدفاع المدني.',
        'de': 'Israelischer Angriff auf Schule in Gaza tötet 20 Menschen\nEin israelischer Luftangriff hat am Montag eine Schule in der Stadt Gaza getroffen, in der Vertriebene Zuflucht gesucht hatten; 20 Menschen wurden getötet, teilte der Zivilschutz mit.',
        'en': 'Israeli strike on Gaza school kills 20\nAn Israeli airstrike hit a school sheltering displaced people in Gaza City on Monday, killing 20 people, the civil defence agency said.',
        'es': 'Un ataque israelí contra una escuela de Gaza deja 20 muertos\nUn bombardeo israelí alcanzó el lunes una escuela que albergaba a desplazados en la ciudad de Gaza y mató a 20 personas, según la defensa civil.',
        'fr': 'Une frappe israélienne sur une école de Gaza fait 20 morts\nUne frappe aérienne israélienne a touché lundi une école abritant des déplacés dans la ville de Gaza, tuant 20 personnes, selon la défense civile.',
        'ru': 'Израильский удар по школе в Газе унес жизни 20 человек\nИзраильский авиаудар в понедельник пришелся по школе в городе Газа, где укрывались беженцы; погибли 20 человек, сообщила служба гражданской обороны.',
        'tr': "İsrail'in Gazze'deki okula saldırısında 20 kişi öldü\nİsrail'e ait savaş uçakları pazartesi günü Gazze kentinde yerinden edilmiş kişilerin sığındığı bir okulu vurdu, sivil savunma 20 kişinin öldüğünü açıkladı.",
        'uk': 'Ізраїльський удар по школі в Газі забрав життя 20 людей\nІзраїльський авіаудар у понеділок влучив у школу в місті Газа, де переховувалися переселенці; загинули 20 людей, повідомила служба цивільної оборони.',
    }),
    # held: ar de en es fr ru tr uk
    'drones_targeted': ('TUR', {
        'ar': 'استهدفت طائرات مسيرة تركية يوم الأحد مواقع لحزب العمال الكردستاني في شمال العراق، بحسب وزارة الدفاع.',
        'de': 'Türkische Drohnen haben am Sonntag Stellungen der PKK im Nordirak ins Visier genommen, teilte das Verteidigungsministerium mit.',
        'en': 'Turkish drones targeted PKK positions in northern Iraq on Sunday, the defence ministry said.',
        'es': 'Drones turcos atacaron el domingo posiciones del PKK en el norte de Irak, informó el Ministerio de Defensa.',
        'fr': "Des drones turcs ont visé dimanche des positions du PKK dans le nord de l'Irak, a indiqué le ministère de la Défense.",
        'ru': 'Турецкие беспилотники в воскресенье атаковали позиции РПК на севере Ирака, сообщило министерство обороны.',
        'tr': "Türk SİHA'ları pazar günü Irak'ın kuzeyindeki PKK mevzilerini hedef aldı, Milli Savunma Bakanlığı açıkladı.",
        'uk': 'Турецькі безпілотники в неділю атакували позиції РПК на півночі Іраку, повідомило міністерство оборони.',
    }),
    # held: de en es fr ru tr uk; xfail: ar
    'launched_drones_at': ('RUS', {
        'ar': 'أطلقت روسيا ليلا 50 طائرة مسيرة على أوكرانيا، أسقطت الدفاعات الجوية 40 منها، بحسب سلاح الجو.',
        'de': 'Russland hat in der Nacht 50 Drohnen auf die Ukraine abgefeuert, 40 davon wurden nach Angaben der Luftwaffe abgeschossen.',
        'en': 'Russia launched 50 drones at Ukraine overnight, and air defences shot down 40 of them, the air force said.',
        'es': 'Rusia lanzó durante la noche 50 drones contra Ucrania, de los cuales 40 fueron derribados por la defensa aérea, según la Fuerza Aérea.',
        'fr': "La Russie a lancé dans la nuit 50 drones sur l'Ukraine, dont 40 ont été abattus par la défense aérienne, selon l'armée de l'air.",
        'ru': 'Россия ночью запустила по Украине 50 беспилотников, 40 из них были сбиты силами ПВО, сообщили в Воздушных силах.',
        'tr': "Rusya gece boyunca Ukrayna'ya 50 İHA fırlattı, Hava Kuvvetleri bunların 40'ının düşürüldüğünü açıkladı.",
        'uk': 'Росія вночі запустила по Україні 50 дронів, 40 з них збила протиповітряна оборона, повідомили в Повітряних силах.',
    }),
    # held: ar de en es fr ru uk; xfail: tr
    'hit_by_missile': ('RUS', {
        'ar': 'أصاب صاروخ روسي الاثنين مبنى سكنيا في خاركيف، بحسب حاكم المنطقة.',
        'de': 'Ein Wohnhaus in Charkiw ist am Montag von einer russischen Rakete getroffen worden, teilte der Gouverneur der Region mit.',
        'en': 'A residential building in Kharkiv was hit by a Russian missile on Monday, the regional governor said.',
        'es': 'Un edificio residencial de Járkov fue alcanzado el lunes por un misil ruso, informó el gobernador regional.',
        'fr': "Un immeuble d'habitation de Kharkiv a été touché lundi par un missile russe, a indiqué le gouverneur régional.",
        'ru': 'В понедельник в Харькове российская ракета попала в жилой дом, сообщил губернатор области.',
        'tr': "Harkiv'de bir konut binası pazartesi günü Rus füzesiyle vuruldu, bölge valisi açıkladı.",
        'uk': 'У понеділок у Харкові російська ракета влучила в житловий будинок, повідомив голова ОВА.',
    }),
    # fixed: en ("after striking"), fr (the gérondif "en frappant"); held: ar de ru tr uk; xfail: es
    'after_striking': ('USA', {
        'ar': 'قتلت القوات الأمريكية ثلاثة من مسلحي حركة الشباب بعد قصف مجمع في جنوب الصومال يوم الجمعة، بحسب أفريكوم.',
        'de': 'US-Streitkräfte haben bei einem Angriff auf ein Gelände im Süden Somalias am Freitag drei Kämpfer der Al-Shabaab getötet, teilte Africom mit.',
        'en': 'US forces killed three al-Shabaab militants after striking a compound in southern Somalia on Friday, AFRICOM said.',
        'es': 'Las fuerzas estadounidenses mataron a tres milicianos de Al Shabab al bombardear el viernes un complejo en el sur de Somalia, según el Africom.',
        'fr': "Les forces américaines ont tué trois combattants shebab en frappant vendredi un complexe dans le sud de la Somalie, selon l'Africom.",
        'ru': 'Американские военные в пятницу ликвидировали трех боевиков «Аш-Шабаб», нанеся удар по комплексу на юге Сомали, сообщили в AFRICOM.',
        'tr': "ABD güçleri cuma günü Somali'nin güneyinde bir yerleşkeyi vurarak üç Eş-Şebab militanını öldürdü, AFRICOM açıkladı.",
        'uk': "Американські військові в п'ятницю ліквідували трьох бойовиків «Аш-Шабаб», завдавши удару по комплексу на півдні Сомалі, повідомили в AFRICOM.",
    }),
    # held: ar de en es fr ru tr uk
    'according_to_neutralised': ('TUR', {
        'ar': 'وبحسب وزارة الدفاع التركية، حيدت طائرات السبت 12 إرهابيا من حزب العمال الكردستاني في شمال العراق.',
        'de': 'Nach Angaben des türkischen Verteidigungsministeriums haben Kampfjets am Samstag zwölf PKK-Terroristen im Nordirak neutralisiert.',
        'en': 'According to the Turkish defence ministry, jets neutralised 12 PKK terrorists in northern Iraq on Saturday.',
        'es': 'Según el Ministerio de Defensa turco, aviones neutralizaron el sábado a 12 terroristas del PKK en el norte de Irak.',
        'fr': "Selon le ministère turc de la Défense, des avions ont neutralisé samedi 12 terroristes du PKK dans le nord de l'Irak.",
        'ru': 'По данным Минобороны Турции, самолеты в субботу нейтрализовали 12 террористов РПК на севере Ирака.',
        'tr': "Milli Savunma Bakanlığına göre uçaklar cumartesi günü Irak'ın kuzeyinde 12 PKK'lı teröristi etkisiz hale getirdi.",
        'uk': 'За даними Міноборони Туреччини, літаки в суботу нейтралізували 12 терористів РПК на півночі Іраку.',
    }),
    # fixed: uk ("знешкодили", neutralised, is an impact verb too, and on fighters no
    # shoot-down: clauses.cue_on_fighters); held: ar de en es fr ru tr
    'neutralised_in_airstrikes_on_areas': ('TUR', {
        'ar': 'قالت وزارة الدفاع التركية السبت إن مقاتلات تركية حيدت 15 إرهابيا من حزب العمال الكردستاني في غارات جوية على منطقتي كارا وهاكورك شمالي العراق.',
        'de': 'Türkische Kampfflugzeuge haben bei Luftangriffen auf die Regionen Gara und Hakurk im Nordirak 15 PKK-Terroristen neutralisiert, teilte das türkische Verteidigungsministerium am Samstag mit.',
        'en': 'Turkish warplanes neutralised 15 PKK terrorists in airstrikes on the Gara and Hakurk regions of northern Iraq, the Turkish defence ministry said on Saturday.',
        'es': 'Aviones de combate turcos neutralizaron a 15 terroristas del PKK en bombardeos sobre las regiones de Gara y Hakurk, en el norte de Irak, informó el sábado el Ministerio de Defensa turco.',
        'fr': "Des avions de combat turcs ont neutralisé 15 terroristes du PKK lors de frappes aériennes sur les régions de Gara et Hakurk, dans le nord de l'Irak, a annoncé samedi le ministère turc de la Défense.",
        'ru': 'Турецкие военные самолеты нейтрализовали 15 террористов РПК в ходе авиаударов по районам Гара и Хакурк на севере Ирака, сообщило в субботу Минобороны Турции.',
        'tr': "Milli Savunma Bakanlığı, Türk savaş uçaklarının Irak'ın kuzeyindeki Gara ve Hakurk bölgelerine düzenlediği hava harekâtında 15 PKK'lı teröristin etkisiz hale getirildiğini cumartesi günü açıkladı.",
        'uk': 'Турецькі військові літаки знешкодили 15 терористів РПК під час авіаударів по районах Гара і Хакурк на півночі Іраку, повідомило в суботу Міноборони Туреччини.',
    }),
    # fixed: de en es fr ru tr uk (a story whose first strike sentence is a threat: the threatening
    # side's attacks it recalls after it, with no day of the story's own, are background:
    # events._threat_story; es fr: a future passive 'será atacado', 'sera pris pour cible' is a
    # threat, cues.threat); held: ar
    'threat_then_campaign': (None, {
        'ar': 'قال المتحدث باسم الحوثيين يوم الثلاثاء إن أي سفينة متجهة إلى الموانئ الإسرائيلية ستُستهدف.\nوقد هاجم الحوثيون عشرات السفن التجارية في البحر الأحمر بالصواريخ والطائرات المسيرة، حتى بعد أن شنت طائرات أمريكية موجة من الغارات على قواعدهم.',
        'de': 'Jedes Schiff, das israelische Häfen ansteuert, werde angegriffen, warnte ein Sprecher der Huthi am Dienstag. Die Huthi griffen Dutzende Handelsschiffe im Roten Meer mit Raketen und Drohnen an, auch nachdem US-Kampfjets eine Welle von Angriffen auf ihre Stützpunkte geflogen hatten.',
        'en': "Any ship bound for Israeli ports will be targeted, the Houthis' spokesman warned on Tuesday. Houthi missile fire has not stopped, even after US warplanes carried out a wave of strikes on the group's bases.",
        'es': 'Cualquier barco que se dirija a puertos israelíes será atacado, advirtió el martes un portavoz de los hutíes. Los hutíes han atacado decenas de buques mercantes en el mar Rojo, incluso después de que aviones estadounidenses lanzaran una ola de bombardeos contra sus bases.',
        'fr': 'Tout navire se dirigeant vers des ports israéliens sera pris pour cible, a averti mardi un porte-parole des houthis. Les houthis ont attaqué des dizaines de navires marchands en mer Rouge, même après que des avions américains ont mené une vague de frappes contre leurs bases.',
        'ru': 'Хуситы будут наносить удары по любому судну, направляющемуся в израильские порты, предупредил во вторник их представитель. Хуситы атаковали десятки торговых судов в Красном море даже после того, как американская авиация нанесла серию ударов по их базам.',
        'tr': "Husi sözcüsü salı günü, İsrail limanlarına giden her geminin vurulacağını söyledi. Husiler, ABD savaş uçaklarının üslerine bir dizi hava saldırısı düzenlemesinin ardından da Kızıldeniz'de onlarca ticari gemiye saldırdı.",
        'uk': 'Будь-яке судно, що прямує до ізраїльських портів, буде атаковано, попередив у вівторок речник хуситів. Хусити атакували десятки торговельних суден у Червоному морі навіть після того, як американська авіація завдала серії ударів по їхніх базах.',
    }),
    # held: ar de en es fr ru tr uk (guard of the row above: a strike dated to the story's days,
    # after a threat, is still reported)
    'threat_then_dated_strike': ('HOUTHI', {
        'ar': 'قال المتحدث باسم الحوثيين يوم الثلاثاء إن أي سفينة متجهة إلى الموانئ الإسرائيلية ستُستهدف.\nوأضاف أن الحوثيين أطلقوا يوم الاثنين صاروخين على ناقلة نفط في خليج عدن.',
        'de': 'Jedes Schiff, das israelische Häfen ansteuert, werde angegriffen, warnte ein Sprecher der Huthi am Dienstag. Die Huthi hätten am Montag zwei Raketen auf einen Tanker im Golf von Aden abgefeuert, sagte er.',
        'en': "Any ship bound for Israeli ports will be targeted, the Houthis' spokesman warned on Tuesday. On Monday, the Houthis fired two missiles at a tanker in the Gulf of Aden, he said.",
        'es': 'Cualquier barco que se dirija a puertos israelíes será atacado, advirtió el martes un portavoz de los hutíes. El lunes, los hutíes dispararon dos misiles contra un petrolero en el golfo de Adén, dijo.',
        'fr': "Tout navire se dirigeant vers des ports israéliens sera pris pour cible, a averti mardi un porte-parole des houthis. Lundi, les houthis ont tiré deux missiles sur un pétrolier dans le golfe d'Aden, a-t-il dit.",
        'ru': 'Хуситы будут наносить удары по любому судну, направляющемуся в израильские порты, предупредил во вторник их представитель. В понедельник хуситы выпустили две ракеты по танкеру в Аденском заливе, сказал он.',
        'tr': "Husi sözcüsü salı günü, İsrail limanlarına giden her geminin vurulacağını söyledi. Sözcü, Husilerin pazartesi günü Aden Körfezi'nde bir tankere iki füze attığını belirtti.",
        'uk': 'Будь-яке судно, що прямує до ізраїльських портів, буде атаковано, попередив у вівторок речник хуситів. У понеділок хусити випустили дві ракети по танкеру в Аденській затоці, сказав він.',
    }),
    # fixed: ar de es ru tr uk (a denial after the strike report that answers a charge of harm to
    # civilians leaves the report standing: triggers._denies_harm_only, cues.denied_harm);
    # held: en fr (session 18, r16-en probes)
    'struck_then_denied_civilian_harm': ('RUS', {
        'ar': "قصفت الطائرات الروسية الاثنين مواقع للمسلحين في محافظة إدلب، بحسب وزارة الدفاع التي نفت تقارير عن إصابة مدنيين.",
        'de': "Russische Kampfflugzeuge haben am Montag Stellungen von Milizen in der Provinz Idlib angegriffen, teilte das Verteidigungsministerium mit und bestritt, dass Zivilisten getroffen worden seien.",
        'en': "Russian aircraft struck militant positions in Idlib province on Monday, the defence ministry said, denying reports that civilians had been hit.",
        'es': "La aviación rusa atacó el lunes posiciones de milicianos en la provincia de Idlib, informó el Ministerio de Defensa, que negó que hubiera civiles afectados.",
        'fr': "L'aviation russe a frappé lundi des positions de combattants dans la province d'Idleb, a indiqué le ministère de la Défense, démentant que des civils aient été touchés.",
        'ru': "Российская авиация в понедельник нанесла удары по позициям боевиков в провинции Идлиб, сообщило Минобороны, опровергнув сообщения о пострадавших среди мирных жителей.",
        'tr': "Rus uçakları pazartesi günü İdlib vilayetindeki militan mevzilerini vurdu, Rusya Savunma Bakanlığı sivillerin zarar gördüğü yönündeki haberleri yalanladı.",
        'uk': "Російська авіація в понеділок завдала ударів по позиціях бойовиків у провінції Ідліб, повідомило міноборони РФ, спростувавши повідомлення про постраждалих серед цивільних.",
    }),
    # fixed: ar de es fr ru tr (a verb of rejecting with an accusation or claim noun within a few
    # words, either order: triggers._rejects_charge, cues.rejection + cues.charges); held: en uk
    # (session 18, r16-en probes)
    'rejected_accusation_that_struck': (None, {
        'ar': "رفضت كييف اتهام موسكو بأن طائرات مسيرة أوكرانية هاجمت محطة للطاقة النووية، ووصفته بأنه استفزاز.",
        'de': "Kiew wies den Vorwurf Moskaus zurück, ukrainische Drohnen hätten ein Atomkraftwerk angegriffen, und sprach von einer Provokation.",
        'en': "Kyiv rejected Moscow's accusation that Ukrainian drones had attacked a nuclear power plant, calling it a provocation.",
        'es': "Kiev rechazó la acusación de Moscú de que drones ucranianos habían atacado una central nuclear y la calificó de provocación.",
        'fr': "Kiev a rejeté l'accusation de Moscou selon laquelle des drones ukrainiens auraient attaqué une centrale nucléaire, y voyant une provocation.",
        'ru': "Киев отверг обвинения Москвы в том, что украинские беспилотники атаковали атомную электростанцию, назвав их провокацией.",
        'tr': "Kiev, Ukrayna İHA'larının bir nükleer santrale saldırdığı yönündeki Moskova suçlamasını reddederek bunu provokasyon olarak nitelendirdi.",
        'uk': "Київ відкинув звинувачення Москви в тому, що українські дрони атакували атомну електростанцію, назвавши їх провокацією.",
    }),
    # fixed: de en es fr ru (a habitual 'every day', 'tous les jours', 'a diario', 'jeden Tag',
    # 'каждый день' is a generic cue, cues.generic); held: ar tr uk (session 18, r16-en probes)
    'habitual_shelling_every_day': (None, {
        'ar': 'تقصف القوات الروسية المدينة بشكل شبه يومي، وقد اعتاد السكان على أصوات الانفجارات.',
        'de': 'Russische Truppen beschießen die Stadt fast täglich, die Bewohner haben sich an den Lärm der Explosionen gewöhnt.',
        'en': 'Russian forces shell the city almost every day, and residents have grown used to the sound of explosions.',
        'es': 'Las fuerzas rusas bombardean la ciudad casi a diario y los vecinos se han acostumbrado al ruido de las explosiones.',
        'fr': 'Les forces russes bombardent la ville presque tous les jours, et les habitants se sont habitués au bruit des explosions.',
        'ru': 'Российские войска обстреливают город почти каждый день, и жители привыкли к звукам взрывов.',
        'tr': 'Rus güçleri kenti neredeyse her gün bombalıyor, sakinler patlama seslerine alıştı.',
        'uk': 'Російські війська обстрілюють місто майже щодня, і мешканці звикли до звуків вибухів.',
    }),
    # fixed: tr ('başlatmaya hazır olduğunu': a two-word threat cue right after the strike word,
    # triggers._conditional_strike); held: ar de en es fr ru uk (session 18, r16-en probes)
    'ready_to_launch_operation': (None, {
        'ar': 'قال وزير الدفاع إن تركيا مستعدة لشن عملية جوية جديدة ضد وحدات حماية الشعب في شمال سوريا في أي لحظة.',
        'de': 'Die Türkei ist jederzeit bereit, einen neuen Luftangriff gegen die YPG in Nordsyrien zu starten, sagte der Verteidigungsminister.',
        'en': 'Turkey is ready to launch a new air operation against the YPG in northern Syria at any moment, the defence minister said.',
        'es': 'Turquía está lista para lanzar en cualquier momento una nueva operación aérea contra las YPG en el norte de Siria, afirmó el ministro de Defensa.',
        'fr': 'La Turquie est prête à lancer à tout moment une nouvelle opération aérienne contre les YPG dans le nord de la Syrie, a déclaré le ministre de la Défense.',
        'ru': 'Турция в любой момент готова начать новую воздушную операцию против YPG на севере Сирии, заявил министр обороны.',
        'tr': "Milli Savunma Bakanı, Türkiye'nin kuzey Suriye'de YPG'ye karşı her an yeni bir hava harekâtı başlatmaya hazır olduğunu söyledi.",
        'uk': 'Туреччина будь-якої миті готова розпочати нову повітряну операцію проти YPG на півночі Сирії, заявив міністр оборони.',
    }),
    # fixed: ar ('قد تستهدف': قد before an imperfect strike verb, may strike, cues.threat); held:
    # de en es fr ru tr uk (session 18, r16-en probes)
    'could_target_if': (None, {
        'ar': 'قالت روسيا إنها قد تستهدف مستودعات الأسلحة الغربية في بولندا إذا استمرت الإمدادات.',
        'de': 'Russland erklärte, es könne westliche Waffenlager in Polen ins Visier nehmen, falls die Lieferungen weitergingen.',
        'en': 'Russia said it could target Western weapons depots in Poland if the deliveries continued.',
        'es': 'Rusia afirmó que podría atacar depósitos de armas occidentales en Polonia si continuaban los suministros.',
        'fr': "La Russie a déclaré qu'elle pourrait viser des dépôts d'armes occidentales en Pologne si les livraisons se poursuivaient.",
        'ru': 'Россия заявила, что может нанести удары по складам западного оружия в Польше, если поставки продолжатся.',
        'tr': "Rusya, sevkiyatların sürmesi halinde Polonya'daki Batı silah depolarını hedef alabileceğini açıkladı.",
        'uk': 'Росія заявила, що може завдати ударів по складах західної зброї в Польщі, якщо постачання триватимуть.',
    }),
    # fixed: tr ('eğitim uçuşu': a training flight, cues.non_military); held: ar de en es fr ru uk
    # (session 18, r16-en probes)
    'crashed_on_training_flight': (None, {
        'ar': 'تحطمت قاذفة مقاتلة من طراز سو-34 الثلاثاء خلال رحلة تدريبية في مقاطعة فورونيج، وقفز طاقمها بالمظلات، بحسب وزارة الدفاع.',
        'de': 'Ein Jagdbomber vom Typ Su-34 ist am Dienstag bei einem Übungsflug im Gebiet Woronesch abgestürzt; die Besatzung konnte sich mit dem Schleudersitz retten, teilte das Verteidigungsministerium mit.',
        'en': 'A Su-34 fighter-bomber crashed during a training flight in the Voronezh region on Tuesday; the crew ejected, the defence ministry said.',
        'es': 'Un cazabombardero Su-34 se estrelló el martes durante un vuelo de entrenamiento en la región de Vorónezh; la tripulación se eyectó, informó el Ministerio de Defensa.',
        'fr': "Un chasseur-bombardier Su-34 s'est écrasé mardi lors d'un vol d'entraînement dans la région de Voronej ; l'équipage s'est éjecté, a indiqué le ministère de la Défense.",
        'ru': 'Во вторник в Воронежской области при выполнении учебно-тренировочного полета потерпел крушение фронтовой бомбардировщик Су-34, экипаж катапультировался, сообщило Минобороны.',
        'tr': "Rusya'nın Voronej bölgesinde salı günü eğitim uçuşu yapan bir Su-34 savaş uçağı düştü, mürettebat fırlatma koltuğuyla kurtuldu, Savunma Bakanlığı açıkladı.",
        'uk': 'У вівторок у Воронезькій області під час навчально-тренувального польоту розбився бомбардувальник Су-34, екіпаж катапультувався, повідомило міноборони РФ.',
    }),
    # fixed: en ('is considering joining US strikes': a strike weighed, not done; 'considering',
    # 'weighing', 'mulling' as threat cues); held: ar de es fr ru tr uk (session 18, r16-en
    # probes)
    'considering_joining_strikes': (None, {
        'ar': 'قالت مصادر حكومية إن بريطانيا تدرس الانضمام إلى الضربات الأمريكية على أهداف للحوثيين في اليمن.',
        'de': 'Großbritannien erwägt, sich an den US-Angriffen auf Ziele der Huthi im Jemen zu beteiligen, verlautete aus Regierungskreisen.',
        'en': 'Britain is considering joining US strikes on Houthi targets in Yemen, government sources said.',
        'es': 'El Reino Unido estudia sumarse a los ataques estadounidenses contra objetivos hutíes en Yemen, según fuentes del Gobierno.',
        'fr': 'Le Royaume-Uni envisage de se joindre aux frappes américaines contre des cibles houthies au Yémen, selon des sources gouvernementales.',
        'ru': 'Великобритания рассматривает возможность присоединиться к ударам США по объектам хуситов в Йемене, сообщили правительственные источники.',
        'tr': "Hükümet kaynaklarına göre İngiltere, ABD'nin Yemen'deki Husi hedeflerine yönelik saldırılarına katılmayı değerlendiriyor.",
        'uk': "Велика Британія розглядає можливість приєднатися до ударів США по об'єктах хуситів у Ємені, повідомили урядові джерела.",
    }),
    # fixed: en es fr ru tr uk (a participle attributing the strike noun or its weapon to a
    # side: actor_roles.attribution_links after the noun, attribution_links_before in de tr;
    # triggers._attributed_strikers); held: ar de
    'strike_attributed_to': ('TUR', {
        'ar': 'قتل مقاتلان من قوات سوريا الديمقراطية يوم الاثنين في غارة بطائرة مسيرة نسبت إلى تركيا قرب القامشلي شمال شرقي سوريا، بحسب المرصد.',
        'de': 'Zwei SDF-Kämpfer sind am Montag bei einem der Türkei zugeschriebenen Drohnenangriff nahe Kamischli im Nordosten Syriens getötet worden, teilte eine Beobachtungsstelle mit.',
        'en': 'Two SDF fighters were killed on Monday in a drone strike attributed to Turkey near Qamishli in north-eastern Syria, a war monitor said.',
        'es': 'Dos combatientes de las FDS murieron el lunes en un ataque con dron atribuido a Turquía cerca de Qamishli, en el noreste de Siria, según un observatorio.',
        'fr': 'Deux combattants des FDS ont été tués lundi dans une frappe de drone attribuée à la Turquie près de Qamichli, dans le nord-est de la Syrie, selon une ONG.',
        'ru': 'Двое бойцов СДС погибли в понедельник в результате удара беспилотника, приписываемого Турции, близ Камышлы на северо-востоке Сирии, сообщила правозащитная организация.',
        'tr': "Suriye'nin kuzeydoğusundaki Kamışlı yakınlarında pazartesi günü Türkiye'ye atfedilen bir SİHA saldırısında iki SDG militanı öldü, bir gözlemevi bildirdi.",
        'uk': 'Двоє бійців СДС загинули в понеділок унаслідок удару безпілотника, який приписують Туреччині, поблизу Камишли на північному сході Сирії, повідомила правозахисна організація.',
    }),
    # fixed: de ('einem von den Huthi reklamierten Drohnenangriff': attribution_links_before);
    # held: en es fr tr; xfail: ar ru uk (see XFAIL)
    'attack_claimed_by': ('HOUTHI', {
        'ar': 'تضررت سفينة تجارية الجمعة في هجوم بطائرة مسيرة تبناه الحوثيون قبالة ميناء الحديدة اليمني.',
        'de': 'Ein Handelsschiff ist am Freitag bei einem von den Huthi reklamierten Drohnenangriff vor dem jemenitischen Hafen Hodeida beschädigt worden.',
        'en': 'A merchant ship was damaged on Friday in a drone attack claimed by the Houthis off the Yemeni port of Hodeidah.',
        'es': 'Un buque mercante resultó dañado el viernes en un ataque con dron reivindicado por los hutíes frente al puerto yemení de Hodeida.',
        'fr': "Un navire marchand a été endommagé vendredi lors d'une attaque de drone revendiquée par les Houthis au large du port yéménite de Hodeïda.",
        'ru': 'Торговое судно было повреждено в пятницу в результате атаки беспилотника, ответственность за которую взяли на себя хуситы, у йеменского порта Ходейда.',
        'tr': 'Yemen\'in Hudeyde limanı açıklarında bir ticari gemi cuma günü Husilerin üstlendiği bir İHA saldırısında hasar gördü.',
        'uk': "Торговельне судно було пошкоджене в п'ятницю внаслідок атаки безпілотника, відповідальність за яку взяли на себе хусити, біля єменського порту Ходейда.",
    }),
    # fixed: ar de en es fr (a verb of consequence, triggers.consequence_verbs, whose subject is a
    # strike noun naming its side, in a sentence with no strike word of its own, dated to the
    # story's days: triggers._consequence_of_strike_noun, _dated_to_story_days); held: ru tr uk
    'strike_noun_caused': ('UKR', {
        'ar': 'تسبب هجوم بطائرات مسيرة أوكرانية على مصفاة نفط في ريازان ليلا في اندلاع حريق كبير، بحسب حاكم المنطقة.',
        'de': 'Ein ukrainischer Drohnenangriff auf eine Ölraffinerie in Rjasan hat in der Nacht einen Großbrand ausgelöst, teilte der Gouverneur der Region mit.',
        'en': 'A Ukrainian drone attack on an oil refinery in Ryazan caused a large fire overnight, the regional governor said.',
        'es': 'Un ataque con drones ucranianos contra una refinería de Riazán provocó durante la noche un gran incendio, informó el gobernador regional.',
        'fr': 'Une attaque de drones ukrainiens contre une raffinerie de Riazan a provoqué un important incendie dans la nuit, a indiqué le gouverneur régional.',
        'ru': 'Атака украинских беспилотников на нефтеперерабатывающий завод в Рязани ночью вызвала крупный пожар, сообщил губернатор области.',
        'tr': "Ukrayna'nın Ryazan'daki bir petrol rafinerisine düzenlediği İHA saldırısı gece büyük bir yangına yol açtı, bölge valisi açıkladı.",
        'uk': 'Атака українських дронів на нафтопереробний завод у Рязані вночі спричинила масштабну пожежу, повідомив губернатор області.',
    }),
    # fixed: ar ru uk (the same rule: 'оставили без света', 'залишили без світла', 'تسببت ...
    # في انقطاع'); held: en es tr; xfail: de fr (see XFAIL)
    'strike_noun_left_without_power': ('RUS', {
        'ar': 'تسببت ضربات صاروخية روسية على منشآت للطاقة في منطقة خاركيف الخميس في انقطاع الكهرباء عن 200 ألف شخص، بحسب الحاكم.',
        'de': 'Russische Raketenangriffe auf Energieanlagen im Gebiet Charkiw haben am Donnerstag 200.000 Menschen von der Stromversorgung abgeschnitten, teilte der Gouverneur mit.',
        'en': 'Russian missile strikes on energy facilities in the Kharkiv region left 200,000 people without power on Thursday, the governor said.',
        'es': 'Los ataques con misiles rusos contra instalaciones energéticas de la región de Járkov dejaron el jueves sin electricidad a 200.000 personas, informó el gobernador.',
        'fr': "Des frappes de missiles russes contre des installations énergétiques de la région de Kharkiv ont privé jeudi 200 000 personnes d'électricité, a indiqué le gouverneur.",
        'ru': 'Российские ракетные удары по объектам энергетики в Харьковской области в четверг оставили без света 200 тысяч человек, сообщил губернатор.',
        'tr': "Rusya'nın Harkiv bölgesindeki enerji tesislerine düzenlediği füze saldırıları perşembe günü 200 bin kişiyi elektriksiz bıraktı, bölge valisi açıkladı.",
        'uk': "Російські ракетні удари по об'єктах енергетики на Харківщині в четвер залишили без світла 200 тисяч людей, повідомив голова ОВА.",
    }),
    # fixed (session 21, r19-en): ar en es fr (a verb of refuting before the charge it answers:
    # 'refuting allegations', 'réfutent les allégations', 'refutó las acusaciones', 'فندت الاتهامات';
    # cues.rejection); held: de ru tr uk
    'refuted_allegation': (None, {
        'ar': 'فندت الولايات المتحدة الاتهامات بأن التحالف قصف موقعا للجيش السوري في محافظة الحسكة.',
        'de': 'Die USA wiesen die Vorwürfe zurück, die Koalition habe einen Posten der syrischen Armee in der Provinz Hasaka bombardiert.',
        'en': 'The United States is refuting allegations that the coalition bombed a Syrian army post in Hasakah province.',
        'es': 'Estados Unidos refutó las acusaciones de que la coalición bombardeó un puesto del ejército sirio en la provincia de Hasaka.',
        'fr': "Les États-Unis réfutent les allégations selon lesquelles la coalition a bombardé un poste de l'armée syrienne dans la province de Hassaké.",
        'ru': 'США опровергли обвинения в том, что коалиция нанесла удар по посту сирийской армии в провинции Хасеке.',
        'tr': 'ABD, koalisyonun Haseke vilayetinde bir Suriye ordusu mevziini bombaladığı iddialarını yalanladı.',
        'uk': 'США спростували звинувачення в тому, що коаліція завдала удару по посту сирійської армії в провінції Хасеке.',
    }),
}

# the cases not fixed yet: (construction, language) -> why
XFAIL: dict[tuple[str, str], str] = {
    ("came_under_fire", "tr"): "'Rus topçusunun ateşi altında kaldı' not read",
    ("after_striking", "es"): "no event: 'al bombardear' (on bombing) is an infinitive, read as no strike done (grammar.infinitive_endings); 'al' as a grammar word that makes it done was tried in session 16 and taken back: every grammar word also breaks place names, and 'Umm al Rashrash' lost its name (real es-infobae)",
    ("hit_by_missile", "tr"): "no event: 'Rus füzesiyle vuruldu' (hit with a Russian missile, the passive with the weapon in the instrumental) is not read as Russia's strike",
    ("marked_one_year_since", "de"): "'gedachten ... der Toten, die vor einem Jahr bei einem russischen Raketenangriff ums Leben gekommen waren' gives RUS: 'vor einem Jahr' (singular) is no historical cue (left to the de/es/fr/ru member)",
    ("marked_one_year_since", "es"): "'recordaron ... a los muertos del ataque ruso ..., un año después de la tragedia' gives RUS: remembrance ('recordaron', 'un año después') is no historical cue (left to the de/es/fr/ru member)",
    ("attack_claimed_by", "ar"): "no event: 'تضررت سفينة ... في هجوم' (a ship damaged in an attack) has no strike predicate; 'تضرر' is no trigger, so the attribution ('تبناه الحوثيون') is never read",
    ("attack_claimed_by", "ru"): "no event: 'судно было повреждено в результате атаки' has no strike predicate ('повреждено' is no trigger), and the relative 'ответственность за которую взяли на себя' is no attribution link yet",
    ("attack_claimed_by", "uk"): "no event: 'судно було пошкоджене внаслідок атаки' has no strike predicate ('пошкоджене' is no trigger), and 'відповідальність за яку взяли на себе' is no attribution link yet",
    ("strike_noun_left_without_power", "de"): "no event: 'Raketenangriffe ... haben ... von der Stromversorgung abgeschnitten': 'abgeschnitten' (cut off) is no verb of consequence (triggers.consequence_verbs lists 'verursacht', 'ausgelöst')",
    ("strike_noun_left_without_power", "fr"): "no event: 'des frappes ... ont privé 200 000 personnes d'électricité': 'privé' is no verb of consequence (it is also the adjective 'private')",
}


# r18-en: "Nach Angaben des ... Ministeriums hat seine Luftwaffe ... angegriffen" (fixed: de; held: others)
MATRIX['possessive_forces_after_attribution'] = ('RUS', {
    'ar': 'وبحسب وزارة الدفاع الروسية، قصفت طائراتها خلال اليوم الماضي عشرة مواقع للجيش الأوكراني في مقاطعة خاركيف.',
    'de': 'Nach Angaben des russischen Verteidigungsministeriums hat seine Luftwaffe binnen 24 Stunden zehn Stellungen der ukrainischen Armee im Gebiet Charkiw angegriffen.',
    'en': 'According to the Russian defence ministry, its aircraft struck ten Ukrainian army positions in the Kharkiv region over the past day.',
    'es': 'Según el Ministerio de Defensa ruso, su aviación atacó en las últimas 24 horas diez posiciones del ejército ucraniano en la región de Járkov.',
    'fr': "Selon le ministère russe de la Défense, son aviation a frappé au cours des dernières 24 heures dix positions de l'armée ukrainienne dans la région de Kharkiv.",
    'ru': 'По данным Минобороны России, за сутки авиация нанесла удары по десяти позициям ВСУ в Харьковской области.',
    'tr': "Rusya Savunma Bakanlığı'na göre Rus uçakları son 24 saatte Harkiv bölgesinde Ukrayna ordusuna ait on mevziyi vurdu.",
    'uk': 'За даними Міноборони Росії, за добу авіація завдала ударів по десяти позиціях ЗСУ в Харківській області.',
})


def test_matrix_covers_every_language():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction, lang, text, expected", list(matrix_cases(MATRIX, XFAIL)))
def test_detect_matrix(construction, lang, text, expected):
    found = events(text, lang=lang, published=PUBLISHED)
    if expected is None:
        assert not found, (construction, lang, [(e["actor"], e.get("operation")) for e in found])
    else:
        assert found, f"no event read from the {construction} sentence"
        assert expected in {e["actor"] for e in found}, (construction, lang, [e["actor"] for e in found])


# -- extra events (session 17, r15-de probes): constructions that must give no event of their own,
# in the four languages the probes covered (de es fr ru). Each maps a construction to the exact
# actors expected (sorted; [] for none) and a sentence per language, written for this test.
EXTRA_EVENT_ROWS = {
    # fixed: de ('Berichte/Vorwürfe ... zurück', a denial with its object between verb and
    # particle), es ('rechazó las informaciones'), fr ('a rejeté les informations'); held: ru
    'denial_rejected_reports': ([], {
        'de': "Das Pentagon wies Berichte zurück, wonach US-Kampfflugzeuge am Freitag eine Hochzeitsgesellschaft in der Provinz Helmand bombardiert hätten.",
        'es': "El Pentágono rechazó los informes según los cuales aviones estadounidenses habrían bombardeado el viernes una boda en la provincia de Helmand.",
        'fr': "Le Pentagone a rejeté les informations selon lesquelles des avions américains auraient bombardé vendredi un mariage dans la province du Helmand.",
        'ru': "Пентагон опроверг сообщения о том, что американские самолеты в пятницу нанесли удар по свадьбе в провинции Гильменд.",
    }),
    # fixed: fr ('allait lancer', aller + infinitive: what someone is going to do), ru
    # ('собирается нанести'); held: de es
    'going_to_strike': ([], {
        'de': "Trump kündigte am Mittwoch an, er werde Raketen auf Syrien abfeuern lassen, und warnte Russland vor einer Einmischung.",
        'es': "Trump anunció el miércoles que va a lanzar misiles contra Siria y advirtió a Rusia que no intervenga.",
        'fr': "Trump a prévenu mercredi qu'il allait lancer des missiles sur la Syrie et a mis en garde la Russie.",
        'ru': "Трамп в среду заявил, что собирается нанести ракетный удар по Сирии, и предостерег Россию от вмешательства.",
    }),
    # fixed: ru ('с начала войны' a running total: another side's total with no daily figure is
    # not coded); held: de es fr
    'other_sides_total_since_the_war_began': (['UKR'], {
        'de': "Ukrainische Drohnen haben in der Nacht eine Ölraffinerie im Gebiet Krasnodar getroffen, teilte der Generalstab in Kiew mit. Seit Beginn des Krieges hat Russland Tausende Raketen auf ukrainische Städte abgefeuert.",
        'es': "Drones ucranianos alcanzaron durante la noche una refinería en la región de Krasnodar, informó el Estado Mayor en Kiev. Desde el inicio de la guerra, Rusia ha lanzado miles de misiles contra ciudades ucranianas.",
        'fr': "Des drones ukrainiens ont touché dans la nuit une raffinerie de la région de Krasnodar, a indiqué l'état-major à Kiev. Depuis le début de la guerre, la Russie a tiré des milliers de missiles sur des villes ukrainiennes.",
        'ru': "Украинские беспилотники ночью поразили нефтеперерабатывающий завод в Краснодарском крае, сообщил Генштаб ВСУ. С начала войны Россия выпустила тысячи ракет по украинским городам.",
    }),
    # fixed: de es ru ('nur militärische Ziele', 'solo ataca objetivos militares', 'только по
    # военным объектам': the boilerplate that a side strikes only military targets is a generic
    # statement, no report); fr (its interception sentence, 'a abattu 30 drones ukrainiens', read
    # since the lead's shoot-down owner rule of session 17)
    'only_military_targets_boilerplate': (['UKR'], {
        'de': "Die russische Luftabwehr hat in der Nacht 30 ukrainische Drohnen über dem Gebiet Brjansk abgeschossen. Russland greift nach eigener Darstellung nur militärische Ziele in der Ukraine an.",
        'es': "La defensa antiaérea rusa derribó durante la noche 30 drones ucranianos sobre la región de Briansk. Rusia afirma que solo ataca objetivos militares en Ucrania.",
        'fr': "La défense antiaérienne russe a abattu dans la nuit 30 drones ukrainiens au-dessus de la région de Briansk. La Russie affirme ne frapper que des cibles militaires en Ukraine.",
        'ru': "Силы ПВО ночью уничтожили 30 украинских беспилотников над Брянской областью. ВС РФ наносят удары только по военным объектам на Украине.",
    }),
    # fixed: fr ('autoriser l'Ukraine à frapper': grammar.infinitive_endings, none before in
    # French), ru ('разрешить Украине наносить удары': likewise); held: de es
    'asked_leave_to_strike': ([], {
        'de': "Selenskyj forderte die westlichen Partner erneut auf, der Ukraine Angriffe mit weitreichenden Raketen auf militärische Ziele in Russland zu erlauben.",
        'es': "Zelenski volvió a pedir a los socios occidentales que permitan a Ucrania atacar con misiles de largo alcance objetivos militares en Rusia.",
        'fr': "Zelensky a de nouveau demandé aux partenaires occidentaux d'autoriser l'Ukraine à frapper avec des missiles à longue portée des cibles militaires en Russie.",
        'ru': "Зеленский вновь призвал западных партнеров разрешить Украине наносить удары дальнобойными ракетами по военным целям в России.",
    }),
    # guards: a past infinitive (fr 'a déclaré avoir frappé', grammar.past_infinitive_aux) and an
    # implicative verb before the infinitive (fr 'a réussi à détruire', ru 'удалось уничтожить')
    # tell the strike done; held: de es
    'said_to_have_struck': (['UKR'], {
        'de': "Die ukrainische Armee erklärte am Montag, sie habe mit Drohnen ein Munitionslager in der Region Brjansk zerstört.",
        'es': "El ejército ucraniano afirmó el lunes haber destruido con drones un depósito de municiones en la región de Briansk.",
        'fr': "L'armée ukrainienne a déclaré lundi avoir frappé avec des drones un dépôt de munitions dans la région de Briansk.",
        'ru': "Украинским беспилотникам в понедельник удалось уничтожить склад боеприпасов в Брянской области, заявили в ВСУ.",
    }),
    # fixed: es fr ('la Franja de Gaza, bombardeada por Israel', 'la bande de Gaza, bombardée par
    # Israël': a participle set off by a comma, its agent a side that has not struck in the
    # report, describes the place: events._appositive_agent_participle); xfail: de ru (see XFAIL)
    'appositive_participle_background': (['HOUTHI'], {
        'de': "Die Huthi-Miliz hat am Montag zwei Raketen auf einen Tanker im Golf von Aden abgefeuert, teilte ihr Sprecher mit. Die Miliz erklärt, sie handle aus Solidarität mit dem von Israel bombardierten Gazastreifen.",
        'es': "Los hutíes dispararon el lunes dos misiles contra un petrolero en el golfo de Adén, informó su portavoz. La milicia asegura actuar en solidaridad con la Franja de Gaza, bombardeada por Israel.",
        'fr': "Les houthis ont tiré lundi deux missiles sur un pétrolier dans le golfe d'Aden, a indiqué leur porte-parole. La milice dit agir en solidarité avec la bande de Gaza, bombardée par Israël.",
        'ru': "Хуситы в понедельник выпустили две ракеты по танкеру в Аденском заливе, сообщил их представитель. Группировка заявляет, что действует в знак солидарности с сектором Газа, который бомбит Израиль.",
    }),
}

EXTRA_EVENT_XFAIL: dict[tuple[str, str], str] = {
    ("appositive_participle_background", "de"): "ISR event: the prenominal participle with its agent ('dem von Israel bombardierten Gazastreifen') is kept on purpose (triggers._attributive: 'eine von den Huthis abgefeuerte Rakete' names its launcher); telling description from report there needs more than the comma rule",
    ("appositive_participle_background", "ru"): "ISR event: the relative clause in the present ('который бомбит Израиль') is read as a report; a present-tense generic is not told apart yet",
}


# -- hard negatives, third parties and second events (session 19, r17-en probes): each row
# maps a construction to the exact actors expected (sorted; [] for none), one sentence per
# language, written for this test.
R17_ROWS = {
    # fixed: en fr es de uk ('two years after a Russian missile strike there killed', 'deux ans après une frappe ... qui y avait tué': a past period right before the strike noun, the impact word in the clause that tells what that strike did, events._told_of_noun; uk 'роки тому' as a historical cue); held: ru tr ar
    'anniversary_of_strike': ([], {
        'ar': "وضع سكان كراماتورسك الاثنين الزهور في محطة القطارات بعد عامين من ضربة صاروخية روسية أودت بحياة 61 شخصا هناك.",
        'de': "Einwohner von Kramatorsk legten am Montag Blumen am Bahnhof nieder, zwei Jahre nach einem russischen Raketenangriff, bei dem dort 61 Menschen getötet worden waren.",
        'en': "Residents of Kramatorsk laid flowers at the railway station on Monday, two years after a Russian missile strike there killed 61 people.",
        'es': "Los vecinos de Kramatorsk depositaron flores el lunes en la estación de tren, dos años después de que un ataque con misiles ruso matara allí a 61 personas.",
        'fr': "Les habitants de Kramatorsk ont déposé lundi des fleurs à la gare, deux ans après une frappe de missile russe qui y avait tué 61 personnes.",
        'ru': "Жители Краматорска в понедельник возложили цветы у железнодорожного вокзала, где два года назад в результате российского ракетного удара погибли 61 человек.",
        'tr': "Kramatorsk sakinleri, iki yıl önce bir Rus füze saldırısında 61 kişinin öldüğü tren istasyonuna pazartesi günü çiçek bıraktı.",
        'uk': "Мешканці Краматорська в понеділок поклали квіти біля залізничного вокзалу, де два роки тому внаслідок російського ракетного удару загинула 61 людина.",
    }),
    # fixed: de ('als Vergeltung' was a threat cue: only the threatening phrases now, 'mit Vergeltung', 'Vergeltung an' ...), ru uk ('В «Хезболле» заявили, что в ответ выпустили': the speaker of the reporting frame struck back at the side that struck last, events._speaker_strikes_back); held: en fr es tr ar
    'retaliation_in_later_paragraph': (['HEZBOLLAH', 'ISR'], {
        'ar': "قصفت طائرات إسرائيلية الاثنين مواقع لحزب الله في جنوب لبنان، بحسب الجيش.\n\nوأعلن حزب الله لاحقا أنه أطلق عشرات الصواريخ على قاعدة للجيش الإسرائيلي في هضبة الجولان ردا على ذلك.",
        'de': "Israelische Kampfjets haben am Montag Stellungen der Hisbollah im Südlibanon angegriffen, teilte die Armee mit.\n\nDie Hisbollah erklärte später, sie habe als Vergeltung Dutzende Raketen auf einen Stützpunkt der israelischen Armee auf den Golanhöhen abgefeuert.",
        'en': "Israeli jets struck Hezbollah positions in southern Lebanon on Monday, the army said.\n\nHezbollah later said it had fired dozens of rockets at an Israeli army base in the Golan Heights in response.",
        'es': "Aviones israelíes atacaron el lunes posiciones de Hezbolá en el sur del Líbano, informó el ejército.\n\nHezbolá afirmó más tarde que había disparado en represalia decenas de cohetes contra una base del ejército israelí en los Altos del Golán.",
        'fr': "Des avions israéliens ont frappé lundi des positions du Hezbollah dans le sud du Liban, a indiqué l'armée.\n\nLe Hezbollah a affirmé plus tard avoir tiré en riposte des dizaines de roquettes sur une base de l'armée israélienne sur le plateau du Golan.",
        'ru': "Израильские самолеты в понедельник нанесли удары по позициям «Хезболлы» на юге Ливана, сообщила армия.\n\nВ «Хезболле» позднее заявили, что в ответ выпустили десятки ракет по базе израильской армии на Голанских высотах.",
        'tr': "İsrail savaş uçakları pazartesi günü Lübnan'ın güneyindeki Hizbullah mevzilerini vurdu, ordu açıkladı.\n\nHizbullah ise daha sonra misilleme olarak Golan Tepeleri'ndeki bir İsrail ordusu üssüne onlarca roket ateşlediğini duyurdu.",
        'uk': "Ізраїльські літаки в понеділок завдали ударів по позиціях «Хезболли» на півдні Лівану, повідомила армія.\n\nУ «Хезболлі» згодом заявили, що у відповідь випустили десятки ракет по базі ізраїльської армії на Голанських висотах.",
    }),
    # fixed: de ('kündigten an, weiter Schiffe anzugreifen': the zu-infinitive, triggers._zu_infinitive); held: en fr es ru uk tr ar
    'vowed_to_keep_attacking': ([], {
        'ar': "تعهد الحوثيون الأحد بمواصلة استهداف السفن المرتبطة بإسرائيل في البحر الأحمر حتى انتهاء الحرب في غزة.",
        'de': "Die Huthi kündigten am Sonntag an, weiter Schiffe mit Verbindungen zu Israel im Roten Meer anzugreifen, bis der Krieg in Gaza endet.",
        'en': "The Houthis vowed on Sunday to keep targeting ships linked to Israel in the Red Sea until the war in Gaza ends.",
        'es': "Los hutíes prometieron el domingo seguir atacando los barcos vinculados a Israel en el mar Rojo hasta que termine la guerra en Gaza.",
        'fr': "Les houthis ont promis dimanche de continuer à cibler les navires liés à Israël en mer Rouge jusqu'à la fin de la guerre à Gaza.",
        'ru': "Хуситы в воскресенье пообещали продолжать атаковать суда, связанные с Израилем, в Красном море до окончания войны в Газе.",
        'tr': "Husiler pazar günü Gazze'deki savaş sona erene kadar Kızıldeniz'de İsrail bağlantılı gemileri hedef almaya devam edeceklerini açıkladı.",
        'uk': "Хусити в неділю пообіцяли й надалі атакувати судна, пов'язані з Ізраїлем, у Червоному морі до завершення війни в Газі.",
    }),
    # fixed: es de (a crash story whose later sentence tells the 'training mission' the aircraft flew: events._crash_story; de 'Übungs*' as a drill cue); held: en fr ru uk tr ar
    'crash_then_training_mission': ([], {
        'ar': "تحطم مقاتلة أمريكية في بحر الشمال\nتحطمت مقاتلة أمريكية من طراز إف-15 صباح الاثنين في بحر الشمال. وقال سلاح الجو إن الطائرة كانت تنفذ مهمة تدريبية روتينية لحظة وقوع الحادث.",
        'de': "US-Kampfjet stürzt in die Nordsee\nEin amerikanischer Kampfjet vom Typ F-15 ist am Montagmorgen in die Nordsee gestürzt. Zum Zeitpunkt des Absturzes flog die Maschine einen routinemäßigen Übungseinsatz, teilte die Luftwaffe mit.",
        'en': "US fighter jet crashes in the North Sea\nAn American F-15 fighter jet crashed into the North Sea on Monday morning. At the time of the accident the aircraft was carrying out a routine training mission, the air force said.",
        'es': "Se estrella un caza estadounidense en el mar del Norte\nUn caza F-15 estadounidense se estrelló el lunes por la mañana en el mar del Norte. En el momento del accidente, el avión realizaba una misión de entrenamiento rutinaria, informó la Fuerza Aérea.",
        'fr': "Crash d'un avion de chasse américain en mer du Nord\nUn F-15 américain s'est écrasé lundi matin en mer du Nord. Au moment de l'accident, l'appareil effectuait une mission d'entraînement de routine, a indiqué l'armée de l'air.",
        'ru': "Американский истребитель разбился в Северном море\nАмериканский истребитель F-15 в понедельник утром упал в Северное море. В момент катастрофы самолет выполнял плановое учебное задание, сообщили в ВВС.",
        'tr': "ABD savaş uçağı Kuzey Denizi'ne düştü\nABD'ye ait bir F-15 savaş uçağı pazartesi sabahı Kuzey Denizi'ne düştü. Hava Kuvvetleri, kaza sırasında uçağın rutin bir eğitim görevi icra ettiğini açıkladı.",
        'uk': "Американський винищувач розбився в Північному морі\nАмериканський винищувач F-15 у понеділок вранці впав у Північне море. На момент катастрофи літак виконував планове навчальне завдання, повідомили в ВПС.",
    }),
    # fixed: fr es ru uk (the first person plural of the future as a threat cue: 'tirerons', 'lanzaremos', 'выпустим', 'випустимо'), tr ('füze atacağız': a threat cue inside the two-word trigger is its own mood); held: en de ar
    'we_will_fire_missiles': ([], {
        'ar': "وقال قائد في الحرس الثوري الإيراني: \"سنطلق على قبرص عددا كبيرا من الصواريخ حتى يضطر الأمريكيون إلى الرحيل\".",
        'de': "„Wir werden so viele Raketen auf Zypern abfeuern, dass die Amerikaner abziehen müssen“, sagte der Kommandeur der Revolutionsgarden.",
        'en': "\"We will fire so many missiles at Cyprus that the Americans will have to leave,\" the Revolutionary Guards commander said.",
        'es': "\"Lanzaremos tantos misiles contra Chipre que los estadounidenses tendrán que irse\", dijo el comandante de la Guardia Revolucionaria.",
        'fr': "« Nous tirerons tant de missiles sur Chypre que les Américains devront partir », a déclaré le commandant des Gardiens de la révolution.",
        'ru': "«Мы выпустим по Кипру столько ракет, что американцам придется уйти», заявил командующий КСИР.",
        'tr': "İran Devrim Muhafızları komutanı, \"Kıbrıs'a o kadar çok füze atacağız ki Amerikalılar kaçmak zorunda kalacak\" dedi.",
        'uk': "«Ми випустимо по Кіпру стільки ракет, що американцям доведеться піти», заявив командувач КВІР.",
    }),
    # fixed: tr ('Hizbullah'ın bir komutanını öldürdü': a group in the genitive before a finite strike verb owns what was hit, triggers._genitive_group_owner); held: en fr es de ru uk ar
    'jets_killed_group_commander_finite': (['ISR'], {
        'ar': "قال الجيش الإسرائيلي إن طائرات حربية قصفت الاثنين سيارة في جنوب لبنان وقتلت قياديا في حزب الله.",
        'de': "Kampfflugzeuge haben am Montag ein Auto im Südlibanon angegriffen und einen Hisbollah-Kommandeur getötet, teilte die israelische Armee mit.",
        'en': "Warplanes struck a car in southern Lebanon on Monday and killed a Hezbollah commander, the Israeli army said.",
        'es': "Aviones de combate atacaron el lunes un coche en el sur del Líbano y mataron a un comandante de Hezbolá, informó el ejército israelí.",
        'fr': "Des avions de combat ont frappé lundi une voiture dans le sud du Liban et tué un commandant du Hezbollah, a indiqué l'armée israélienne.",
        'ru': "Боевые самолеты в понедельник нанесли удар по автомобилю на юге Ливана и ликвидировали командира «Хезболлы», сообщила израильская армия.",
        'tr': "İsrail ordusu açıklama yaptı. Savaş uçakları pazartesi günü Güney Lübnan'da bir aracı vurarak Hizbullah'ın bir komutanını öldürdü.",
        'uk': "Бойові літаки в понеділок завдали удару по автомобілю на півдні Лівану та ліквідували командира «Хезболли», повідомила ізраїльська армія.",
    }),
    # fixed: tr ('İsrail'in kuzeyindeki askeri üslere': the state's genitive before a direction noun names a place, grammar.land_stems); held: en fr es de ru uk ar
    'rockets_at_bases_in_north_of_state': (['HEZBOLLAH'], {
        'ar': "أعلن حزب الله أنه أطلق الاثنين صواريخ على قواعد عسكرية في شمال إسرائيل.",
        'de': "Die Hisbollah erklärte, sie habe am Montag Raketen auf Militärstützpunkte im Norden Israels abgefeuert.",
        'en': "Hezbollah said it fired rockets at military bases in northern Israel on Monday.",
        'es': "Hezbolá afirmó haber disparado el lunes cohetes contra bases militares en el norte de Israel.",
        'fr': "Le Hezbollah a affirmé avoir tiré lundi des roquettes sur des bases militaires dans le nord d'Israël.",
        'ru': "«Хезболла» заявила, что в понедельник выпустила ракеты по военным базам на севере Израиля.",
        'tr': "Hizbullah, pazartesi günü İsrail'in kuzeyindeki askeri üslere roket fırlattığını açıkladı.",
        'uk': "«Хезболла» заявила, що в понеділок випустила ракети по військових базах на півночі Ізраїлю.",
    }),
    # fixed: es ('que combate al PKK desde hace décadas': a historical or generic cue in a relative clause without a strike word, triggers._cue_in_background_clause); held: en fr de ru uk; xfail: tr ar
    'army_which_fought_group_for_decades': (['TUR'], {
        'ar': "أعلن الجيش التركي الذي يقاتل حزب العمال الكردستاني منذ عقود أن طائراته دمرت الاثنين مواقع للحزب في شمال العراق.",
        'de': "Die türkische Armee, die seit Jahrzehnten gegen die PKK kämpft, teilte mit, ihre Kampfjets hätten am Montag Stellungen der PKK im Nordirak zerstört.",
        'en': "The Turkish army, which has been fighting the PKK for decades, said its jets destroyed PKK positions in northern Iraq on Monday.",
        'es': "El ejército turco, que combate al PKK desde hace décadas, informó de que sus aviones destruyeron el lunes posiciones del PKK en el norte de Irak.",
        'fr': "L'armée turque, qui combat le PKK depuis des décennies, a indiqué que ses avions avaient détruit lundi des positions du PKK dans le nord de l'Irak.",
        'ru': "Турецкая армия, которая уже десятилетиями воюет с РПК, сообщила, что ее самолеты в понедельник уничтожили позиции РПК на севере Ирака.",
        'tr': "Onlarca yıldır PKK ile mücadele eden Türk ordusu, savaş uçaklarının pazartesi günü Irak'ın kuzeyindeki PKK mevzilerini imha ettiğini açıkladı.",
        'uk': "Турецька армія, яка вже десятиліттями воює з РПК, повідомила, що її літаки в понеділок знищили позиції РПК на півночі Іраку.",
    }),
    # fixed: ru uk ('уничтожила бы весь квартал': the subjunctive particle beside the strike verb,
    # triggers._subjunctive_strike); held: en. (fr 'aurait détruit', es 'habría destruido', de
    # 'hätte zerstört' also tell reported speech or an unconfirmed report: left alone)
    'would_have_destroyed': ([], {
        'en': "A Russian missile of that type would have destroyed the whole block, not one roof, the Ukrainian side says.",
        'ru': "Российская ракета такого типа уничтожила бы весь квартал, а не одну крышу, утверждает украинская сторона.",
        'uk': "Російська ракета такого типу знищила б увесь квартал, а не один дах, стверджує українська сторона.",
    }),
}

R17_XFAIL: dict[tuple[str, str], str] = {
    ("army_which_fought_group_for_decades", "tr"): "PKK event: 'PKK ile mücadele eden Türk ordusu': the group named in the participle phrase that describes the army is read as the striker; a participle clause before its noun is not cut as a side clause",
    ("army_which_fought_group_for_decades", "ar"): "PKK event: 'الجيش التركي الذي يقاتل حزب العمال الكردستاني منذ عقود أن طائراته دمرت': the relative clause runs on to the complementizer (no comma closes it), so the group inside it is taken for the subject of the reported clause",
}


# -- r17-en, second group: a second side's strike told after the first, and commentary.
R17_ROWS_2 = {
    # fixed: tr ('Ukrayna İHA'larının Kırım'da bir petrol deposuna saldırdığını': a genitive on the weapons after the speaking ministry is the subject of the nominalised strike verb, the depot after it no reason to read it as an owner; roles._genitive_after_speaker); held: en fr es de ru uk; ar passes since its paragraph is cut at the full stop (1635299)
    'meanwhile_other_side_struck': (['RUS', 'UKR'], {
        'ar': "قتل شخصان الأحد في قصف روسي على خيرسون، بحسب حاكم المنطقة. في غضون ذلك، قالت وزارة الدفاع الروسية إن طائرات مسيرة أوكرانية هاجمت مستودعا نفطيا في القرم.",
        'de': "Russischer Beschuss hat am Sonntag in Cherson zwei Menschen getötet, teilte der Gouverneur der Region mit. Das russische Verteidigungsministerium erklärte unterdessen, ukrainische Drohnen hätten ein Öllager auf der Krim angegriffen.",
        'en': "Russian shelling killed two people in Kherson on Sunday, the regional governor said. Meanwhile, the Russian defence ministry said Ukrainian drones had attacked an oil depot in Crimea.",
        'es': "Los bombardeos rusos mataron el domingo a dos personas en Jersón, según el gobernador regional. Mientras tanto, el Ministerio de Defensa ruso afirmó que drones ucranianos habían atacado un depósito de petróleo en Crimea.",
        'fr': "Des bombardements russes ont tué deux personnes dimanche à Kherson, selon le gouverneur régional. Parallèlement, le ministère russe de la Défense a affirmé que des drones ukrainiens avaient attaqué un dépôt pétrolier en Crimée.",
        'ru': "В результате российского обстрела Херсона в воскресенье погибли два человека, сообщил губернатор области. Тем временем Минобороны России заявило, что украинские беспилотники атаковали нефтебазу в Крыму.",
        'tr': "Herson'a pazar günü düzenlenen Rus saldırısında iki kişi öldü, bölge valisi açıkladı. Rusya Savunma Bakanlığı ise Ukrayna İHA'larının Kırım'da bir petrol deposuna saldırdığını duyurdu.",
        'uk': "Унаслідок російського обстрілу Херсона в неділю загинули двоє людей, повідомив голова ОВА. Тим часом міноборони Росії заявило, що українські безпілотники атакували нафтобазу в Криму.",
    }),
    # fixed: en fr (the purpose of strikes in general, 'are meant to', 'visent à', as generic cues); held: ar de es ru tr uk
    'commentary_strikes_general': ([], {
        'ar': "ويرى محللون أن الضربات الروسية على شبكة الكهرباء الأوكرانية تهدف إلى إنهاك المدنيين قبل الشتاء.",
        'de': "Analysten zufolge sollen die russischen Angriffe auf das ukrainische Stromnetz die Bevölkerung vor dem Winter zermürben.",
        'en': "Analysts say Russia's strikes on Ukraine's power grid are meant to wear down civilians before winter.",
        'es': "Según los analistas, los ataques rusos contra la red eléctrica ucraniana buscan desgastar a la población antes del invierno.",
        'fr': "Selon des analystes, les frappes russes contre le réseau électrique ukrainien visent à épuiser la population avant l'hiver.",
        'ru': "По мнению аналитиков, российские удары по энергосистеме Украины призваны измотать население перед зимой.",
        'tr': "Analistlere göre Rusya'nın Ukrayna'nın elektrik şebekesine yönelik saldırıları kış öncesinde halkı yıpratmayı amaçlıyor.",
        'uk': "На думку аналітиків, російські удари по енергосистемі України мають на меті виснажити населення перед зимою.",
    }),
    # fixed: de ('schickte Russland 40 Drohnen gegen Kiew': 'schicken' as a launch verb); held: en fr es ru uk tr; ar passes since its paragraph is cut at the full stop (1635299)
    'in_response_launched_drones': (['RUS', 'UKR'], {
        'ar': "أصابت طائرات مسيرة أوكرانية ليلا مصفاة نفط في مقاطعة ريازان، بحسب الحاكم. وبعد ساعات أطلقت روسيا 40 طائرة مسيرة على كييف، بحسب سلاح الجو الأوكراني.",
        'de': "Ukrainische Drohnen haben in der Nacht eine Ölraffinerie im Gebiet Rjasan getroffen, teilte der Gouverneur mit. Wenige Stunden später schickte Russland 40 Drohnen gegen Kiew, so die ukrainische Luftwaffe.",
        'en': "Ukrainian drones hit an oil refinery in the Ryazan region overnight, the governor said. Hours later, Russia launched 40 drones at Kyiv, the Ukrainian air force said.",
        'es': "Drones ucranianos alcanzaron durante la noche una refinería en la región de Riazán, según el gobernador. Horas después, Rusia lanzó 40 drones contra Kiev, informó la Fuerza Aérea ucraniana.",
        'fr': "Des drones ukrainiens ont touché dans la nuit une raffinerie de la région de Riazan, selon le gouverneur. Quelques heures plus tard, la Russie a lancé 40 drones sur Kiev, a indiqué l'armée de l'air ukrainienne.",
        'ru': "Украинские беспилотники ночью поразили нефтеперерабатывающий завод в Рязанской области, сообщил губернатор. Через несколько часов Россия запустила по Киеву 40 беспилотников, сообщили в Воздушных силах Украины.",
        'tr': "Ukrayna İHA'ları gece saatlerinde Ryazan bölgesindeki bir petrol rafinerisini vurdu, vali açıkladı. Birkaç saat sonra Rusya Kiev'e 40 İHA fırlattı, Ukrayna Hava Kuvvetleri açıkladı.",
        'uk': "Українські безпілотники вночі вразили нафтопереробний завод у Рязанській області, повідомив губернатор. За кілька годин Росія запустила по Києву 40 дронів, повідомили в Повітряних силах ЗСУ.",
    }),
}

R17_XFAIL_2: dict[tuple[str, str], str] = {
}



# -- missing events (session 20, r18-es probes): a strike named only by a noun the place
# underwent or that took lives, and the struck side's retaliation told in the next sentence;
# exact actors, one sentence per language, written for this test.
R18_ES_ROWS = {
    # fixed: en ('was the target of', triggers.passive_lights); held: ar fr ru tr uk; xfail: de es
    'town_target_of_shelling': (['RUS'], {
        "ar": "تعرضت مدينة كوبيانسك الاثنين لقصف مدفعي روسي، بحسب حاكم المنطقة.",
        "de": "Die Stadt Kupjansk war am Montag Ziel russischen Artilleriebeschusses, teilte der Gouverneur der Region mit.",
        "en": "The town of Kupiansk was the target of Russian artillery shelling on Monday, the regional governor said.",
        "es": "La ciudad de Kúpiansk fue el lunes objetivo de un bombardeo de artillería ruso, informó el gobernador regional.",
        "fr": "La ville de Koupiansk a été la cible lundi de tirs d'artillerie russes, a indiqué le gouverneur régional.",
        "ru": "Город Купянск в понедельник подвергся российскому артиллерийскому обстрелу, сообщил губернатор области.",
        "tr": "Kupiansk kenti pazartesi günü Rus topçu ateşinin hedefi oldu, bölge valisi açıkladı.",
        "uk": "Місто Куп'янськ у понеділок зазнало російського артилерійського обстрілу, повідомив голова ОВА.",
    }),
    # fixed: uk ('забрав життя' after a strike noun, triggers.death_verbs); held: ar de en es fr ru tr
    'shelling_noun_took_lives': (['RUS'], {
        "ar": "أسفر قصف روسي على خيرسون الثلاثاء عن مقتل مدنيين اثنين، بحسب حاكم المنطقة.",
        "de": "Russischer Beschuss auf Cherson hat am Dienstag zwei Zivilisten getötet, teilte der Gouverneur mit.",
        "en": "Russian shelling of Kherson killed two civilians on Tuesday, the regional governor said.",
        "es": "Los bombardeos rusos contra Jersón mataron el martes a dos civiles, informó el gobernador regional.",
        "fr": "Des bombardements russes sur Kherson ont tué mardi deux civils, a indiqué le gouverneur régional.",
        "ru": "Российский обстрел Херсона во вторник унес жизни двух мирных жителей, сообщил губернатор.",
        "tr": "Rusya'nın Herson'a düzenlediği topçu saldırısında salı günü iki sivil öldü, bölge valisi açıkladı.",
        "uk": "Російський обстріл Херсона у вівторок забрав життя двох цивільних, повідомив голова ОВА.",
    }),
    # fixed: fr ('a riposté en tirant des roquettes': the gerund, triggers.strike_verbs); held: en es
    # ru tr uk; ar passes since its paragraph is cut at the full stop (1635299); xfail: de
    'retaliation_next_sentence': (['HEZBOLLAH', 'ISR'], {
        "ar": "قصفت طائرات إسرائيلية الثلاثاء مستودع أسلحة لحزب الله في جنوب لبنان، بحسب الجيش. ورد حزب الله بإطلاق عشرات الصواريخ على شمال إسرائيل.",
        "de": "Israelische Flugzeuge haben am Dienstag ein Waffenlager der Hisbollah im Südlibanon angegriffen, teilte die Armee mit. Die Hisbollah reagierte mit dem Abschuss von Dutzenden Raketen auf den Norden Israels.",
        "en": "Israeli aircraft struck a Hezbollah weapons depot in southern Lebanon on Tuesday, the army said. Hezbollah responded by firing dozens of rockets at northern Israel.",
        "es": "Aviones israelíes atacaron el martes un depósito de armas de Hezbolá en el sur del Líbano, informó el ejército. Hezbolá respondió disparando decenas de cohetes contra el norte de Israel.",
        "fr": "Des avions israéliens ont frappé mardi un dépôt d'armes du Hezbollah dans le sud du Liban, a indiqué l'armée. Le Hezbollah a riposté en tirant des dizaines de roquettes sur le nord d'Israël.",
        "ru": "Израильская авиация во вторник нанесла удар по складу оружия «Хезболлы» на юге Ливана, сообщила армия. «Хезболла» в ответ выпустила десятки ракет по северу Израиля.",
        "tr": "İsrail savaş uçakları salı günü Lübnan'ın güneyinde Hizbullah'a ait bir silah deposunu vurdu, ordu açıkladı. Hizbullah ise İsrail'in kuzeyine onlarca roket atarak karşılık verdi.",
        "uk": "Ізраїльська авіація у вівторок завдала удару по складу зброї «Хезболли» на півдні Лівану, повідомила армія. «Хезболла» у відповідь випустила десятки ракет по півночі Ізраїлю.",
    }),
}

R18_ES_XFAIL: dict[tuple[str, str], str] = {
    ("town_target_of_shelling", "de"): "no event: 'war am Montag Ziel russischen Artilleriebeschusses' ('Ziel' with a genitive strike noun, no article) is no undergo phrase; '=Ziel eines' would not reach it and a bare 'Ziel' is too broad (session 20 probe)",
    ("town_target_of_shelling", "es"): "no event: 'fue el lunes objetivo de un bombardeo' puts the day inside the undergo phrase ('fue objetivo de', triggers.passive_lights), which phrases do not reach across (session 20 probe)",
    ("retaliation_next_sentence", "de"): "HEZBOLLAH missing: 'reagierte mit dem Abschuss von Dutzenden Raketen' names the launch by 'Abschuss', which is also the shooting down of a drone or an aircraft; no strike noun of its own (session 20 probe)",
}

# The rows that name the exact actors expected (EXTRA_EVENT_ROWS, and r17-en's two groups): one
# test reads them all.
EXACT_ACTOR_CASES = [case for rows, known in ((EXTRA_EVENT_ROWS, EXTRA_EVENT_XFAIL), (R17_ROWS, R17_XFAIL),
                                             (R17_ROWS_2, R17_XFAIL_2), (R18_ES_ROWS, R18_ES_XFAIL)) for case in matrix_cases(rows, known)]


@pytest.mark.parametrize("construction, lang, text, expected", EXACT_ACTOR_CASES)
def test_exact_actor_rows(construction, lang, text, expected):
    found = events(text, lang=lang, published=PUBLISHED)
    assert sorted(e["actor"] for e in found) == expected, (construction, lang, [(e["actor"], e.get("operation")) for e in found])
