"""The `locations` and `admin1` fields as a matrix: one construction that wire copy uses to
say where a strike fell, written by the team as one short report in each of the eight
languages the way that language's agency copy words it (its own order, cases, particles),
so that a way of naming places that works in one language is checked in all.

Each case gives the places struck by the contract (CONVENTIONS.md, "Places and things"):
localities below admin1 by the gazetteer's canonical name (a name the gazetteer does not
know is compared by its transliteration skeleton), and the first-level units struck,
including the unit of every locality. Countries are not places; the base a striker flew
from is not a place struck; a direction without a distance names the place it is taken
from. Cases the engine cannot read yet are `xfail(strict=True)` with the reason.
"""
from __future__ import annotations

import pytest

from extractors.gazetteer import fold, transliteration_skeleton
from tests.extract_helpers import events

# construction -> (expected locations, expected admin1, {lang: sentence})
MATRIX: dict[str, tuple[list[str], list[str], dict[str, str]]] = {
    "near X": (["Kupyansk"], ["UA-63"], {
        "en": "Russian drones hit an energy facility near Kupiansk on Monday, the regional governor said.",
        "de": "Russische Drohnen haben am Montag eine Energieanlage nahe Kupjansk getroffen, teilte der Gouverneur mit.",
        "es": "Drones rusos alcanzaron el lunes una instalación energética cerca de Kupiansk, informó el gobernador regional.",
        "fr": "Des drones russes ont frappé lundi une installation énergétique près de Koupiansk, a indiqué le gouverneur régional.",
        "ru": "Российские дроны в понедельник поразили объект энергетики вблизи Купянска, сообщил глава области.",
        "uk": "Російські дрони в понеділок уразили об'єкт енергетики поблизу Куп'янська, повідомив голова ОВА.",
        "tr": "Rus insansız hava araçları pazartesi günü Kupyansk yakınlarındaki bir enerji tesisini vurdu, bölge valisi açıkladı.",
        "ar": "قصفت طائرات مسيّرة روسية الاثنين منشأة للطاقة قرب كوبيانسك، بحسب الحاكم الإقليمي.",
    }),
    "on the outskirts of X": (["Khan Yunis"], ["PS-KYS"], {
        "en": "Israeli aircraft bombed a house on the outskirts of Khan Younis on Wednesday, medics said.",
        "de": "Israelische Kampfflugzeuge haben am Mittwoch ein Haus am Stadtrand von Chan Junis bombardiert, teilten Sanitäter mit.",
        "es": "La aviación israelí bombardeó el miércoles una vivienda en las afueras de Jan Yunis, según fuentes médicas.",
        "fr": "L'aviation israélienne a bombardé mercredi une maison à la périphérie de Khan Younès, selon des sources médicales.",
        "ru": "Израильская авиация в среду нанесла удар по жилому дому на окраине Хан-Юниса, сообщили медики.",
        "uk": "Ізраїльська авіація в середу завдала удару по житловому будинку на околиці Хан-Юніса, повідомили медики.",
        "tr": "İsrail savaş uçakları çarşamba günü Han Yunus çevresinde bir evi bombaladı, sağlık kaynakları bildirdi.",
        "ar": "قصفت طائرات إسرائيلية الأربعاء منزلا على أطراف مدينة خان يونس، وفق مصادر طبية.",
    }),
    "the town of X": (["Saraqib"], ["SY-ID"], {
        "en": "Russian jets struck the town of Saraqib on Thursday, the Syrian Observatory said.",
        "de": "Russische Kampfjets haben am Donnerstag die Stadt Sarakib angegriffen, teilte die Beobachtungsstelle mit.",
        "es": "Aviones rusos atacaron el jueves la ciudad de Saraqeb, según el Observatorio Sirio.",
        "fr": "Des avions russes ont frappé jeudi la ville de Saraqeb, selon l'Observatoire syrien.",
        "ru": "Российские самолёты в четверг нанесли удары по городу Саракиб, сообщила Сирийская обсерватория.",
        "uk": "Російські літаки в четвер завдали ударів по місту Саракіб, повідомила Сирійська обсерваторія.",
        "tr": "Rus savaş uçakları perşembe günü Serakib kasabasını vurdu, Suriye İnsan Hakları Gözlemevi bildirdi.",
        "ar": "شنت طائرات روسية الخميس غارات على مدينة سراقب، بحسب المرصد السوري.",
    }),
    "X, in the Y region": (["Nikopol"], ["UA-12"], {
        "en": "Russian drones struck Nikopol, in the Dnipropetrovsk region, on Friday, the governor said.",
        "de": "Russische Drohnen haben am Freitag Nikopol im Gebiet Dnipropetrowsk angegriffen, teilte der Gouverneur mit.",
        "es": "Drones rusos atacaron el viernes Nikopol, en la región de Dnipropetrovsk, según el gobernador.",
        "fr": "Des drones russes ont frappé vendredi Nikopol, dans la région de Dnipropetrovsk, selon le gouverneur.",
        "ru": "Российские дроны в пятницу атаковали Никополь Днепропетровской области, сообщил губернатор.",
        "uk": "Російські дрони в п'ятницю атакували Нікополь Дніпропетровської області, повідомив голова ОВА.",
        "tr": "Rus insansız hava araçları cuma günü Dnipropetrovsk bölgesindeki Nikopol kentini vurdu, vali açıkladı.",
        "ar": "قصفت مسيّرات روسية الجمعة مدينة نيكوبول في منطقة دنيبروبتروفسك، بحسب الحاكم.",
    }),
    "in the province of X": ([], ["YE-HU"], {
        "en": "US warplanes carried out strikes in the governorate of Hodeidah on Saturday, the Houthi-run Al Masirah TV said.",
        "de": "US-Kampfflugzeuge haben am Samstag Ziele in der Provinz Hudaida angegriffen, berichtete der Huthi-Sender Al-Masirah.",
        "es": "Aviones estadounidenses atacaron el sábado objetivos en la provincia de Hodeida, informó la cadena hutí Al Masirah.",
        "fr": "Des avions américains ont frappé samedi des cibles dans la province de Hodeïda, a rapporté la chaîne houthie Al-Massirah.",
        "ru": "Американские самолёты в субботу нанесли удары по целям в провинции Ходейда, сообщил телеканал хуситов «Аль-Масира».",
        "uk": "Американські літаки в суботу завдали ударів по цілях у провінції Ходейда, повідомив телеканал хуситів «Аль-Масіра».",
        "tr": "ABD savaş uçakları cumartesi günü Hudeyde vilayetindeki hedefleri vurdu, Husilere ait el-Mesire televizyonu bildirdi.",
        "ar": "شنت طائرات أمريكية السبت غارات على محافظة الحديدة، بحسب قناة المسيرة التابعة للحوثيين.",
    }),
    "an adjectival region in an oblique case": ([], ["UA-59"], {
        "en": "Russian drones struck infrastructure in the Sumy region overnight, Ukraine's air force said.",
        "de": "Russische Drohnen haben in der Nacht Infrastruktur im Gebiet Sumy getroffen, teilte die ukrainische Luftwaffe mit.",
        "es": "Drones rusos atacaron durante la noche infraestructuras en la región de Sumy, informó la Fuerza Aérea ucraniana.",
        "fr": "Des drones russes ont frappé dans la nuit des infrastructures dans la région de Soumy, a indiqué l'armée de l'air ukrainienne.",
        "ru": "Российские беспилотники ночью атаковали объекты инфраструктуры в Сумской области, сообщили Воздушные силы Украины.",
        "uk": "Російські дрони вночі атакували об'єкти інфраструктури в Сумській області, повідомили Повітряні сили.",
        "tr": "Rus insansız hava araçları gece Sumi bölgesindeki altyapı tesislerini vurdu, Ukrayna Hava Kuvvetleri açıkladı.",
        "ar": "استهدفت مسيّرات روسية ليلا منشآت للبنية التحتية في منطقة سومي، بحسب سلاح الجو الأوكراني.",
    }),
    "the north of X province": ([], ["SY-HM"], {
        "en": "Syrian government aircraft bombed rebel positions in northern Hama province on Sunday, a monitor said.",
        "de": "Syrische Regierungsflugzeuge haben am Sonntag Rebellenstellungen im Norden der Provinz Hama bombardiert, so Beobachter.",
        "es": "La aviación del Gobierno sirio bombardeó el domingo posiciones rebeldes en el norte de la provincia de Hama, según un observatorio.",
        "fr": "L'aviation du régime syrien a bombardé dimanche des positions rebelles dans le nord de la province de Hama, selon une ONG.",
        "ru": "Сирийская правительственная авиация в воскресенье нанесла удары по позициям боевиков на севере провинции Хама, сообщили наблюдатели.",
        "uk": "Сирійська урядова авіація в неділю завдала ударів по позиціях бойовиків на півночі провінції Хама, повідомили спостерігачі.",
        "tr": "Suriye rejimine ait savaş uçakları pazar günü Hama vilayetinin kuzeyindeki muhalif mevzilerini bombaladı, gözlemevi bildirdi.",
        "ar": "قصف الطيران الحربي السوري الأحد مواقع للفصائل في ريف حماة الشمالي، بحسب المرصد.",
    }),
    "south of X (no distance)": (["Bakhmut"], ["UA-14"], {
        "en": "Russian aircraft struck Ukrainian positions south of Bakhmut on Tuesday, the Russian defence ministry said.",
        "de": "Russische Flugzeuge haben am Dienstag ukrainische Stellungen südlich von Bachmut angegriffen, teilte das Verteidigungsministerium in Moskau mit.",
        "es": "La aviación rusa atacó el martes posiciones ucranianas al sur de Bajmut, informó el Ministerio de Defensa ruso.",
        "fr": "L'aviation russe a frappé mardi des positions ukrainiennes au sud de Bakhmout, a annoncé le ministère russe de la Défense.",
        "ru": "Российская авиация во вторник нанесла удары по позициям ВСУ южнее Бахмута, сообщили в Минобороны РФ.",
        "uk": "Російська авіація у вівторок завдала ударів по позиціях українських військ південніше Бахмута, повідомили в Генштабі.",
        "tr": "Rus savaş uçakları salı günü Bahmut'un güneyindeki Ukrayna mevzilerini vurdu, Rusya Savunma Bakanlığı açıkladı.",
        "ar": "قصفت الطائرات الروسية الثلاثاء مواقع أوكرانية جنوب باخموت، بحسب وزارة الدفاع الروسية.",
    }),
    "the villages of A, B and C": (["Khiam", "Kfar Kila", "Aitaroun"], ["LB-NA"], {
        "en": "Israeli jets struck the villages of Khiam, Kfar Kila and Aitaroun in southern Lebanon on Monday, the state news agency said.",
        "de": "Israelische Kampfjets haben am Montag die Dörfer Khiam, Kfar Kila und Aitarun im Südlibanon angegriffen, meldete die staatliche Nachrichtenagentur.",
        "es": "Aviones israelíes atacaron el lunes las localidades de Jiam, Kfar Kila y Aitarún, en el sur del Líbano, informó la agencia estatal.",
        "fr": "Des avions israéliens ont frappé lundi les villages de Khiam, Kfar Kila et Aïtaroun, dans le sud du Liban, selon l'agence officielle.",
        "ru": "Израильские самолёты в понедельник нанесли удары по деревням Хиям, Кфар-Кила и Айтарун на юге Ливана, сообщило государственное агентство.",
        "uk": "Ізраїльські літаки в понеділок завдали ударів по селах Хіям, Кфар-Кіла та Айтарун на півдні Лівану, повідомило державне агентство.",
        "tr": "İsrail savaş uçakları pazartesi günü Lübnan'ın güneyindeki Hiyam, Kfar Kila ve Aytarun köylerini vurdu, resmi ajans bildirdi.",
        "ar": "شنت طائرات إسرائيلية الاثنين غارات على بلدات الخيام وكفركلا وعيترون في جنوب لبنان، بحسب الوكالة الوطنية للإعلام.",
    }),
    "the A and B areas": (["Jabalia", "Bayt Lahya"], ["PS-NGZ"], {
        "en": "Israeli strikes hit the Jabalia and Beit Lahia areas of northern Gaza overnight, the civil defence agency said.",
        "de": "Israelische Luftangriffe haben in der Nacht die Gebiete Dschabalia und Beit Lahia im Norden des Gazastreifens getroffen, teilte der Zivilschutz mit.",
        "es": "Bombardeos israelíes alcanzaron durante la noche las zonas de Yabalia y Beit Lahia, en el norte de Gaza, informó la Defensa Civil.",
        "fr": "Des frappes israéliennes ont touché dans la nuit les secteurs de Jabaliya et Beit Lahia, dans le nord de Gaza, selon la Défense civile.",
        "ru": "Израильские удары ночью пришлись по районам Джабалия и Бейт-Лахия на севере сектора Газа, сообщила служба гражданской обороны.",
        "uk": "Ізраїльські удари вночі влучили в райони Джабалія і Бейт-Лагія на півночі сектору Газа, повідомила служба цивільної оборони.",
        "tr": "İsrail'in hava saldırıları gece Gazze'nin kuzeyindeki Cebaliya ve Beyt Lahiya bölgelerini vurdu, Sivil Savunma bildirdi.",
        "ar": "استهدفت غارات إسرائيلية ليلا منطقتي جباليا وبيت لاهيا شمال قطاع غزة، بحسب الدفاع المدني.",
    }),
    "the countryside of X": ([], ["SY-ID"], {
        "en": "Russian warplanes carried out raids on the Idlib countryside on Wednesday, the Syrian Observatory said.",
        "de": "Russische Kampfflugzeuge haben am Mittwoch Dörfer im ländlichen Raum von Idlib bombardiert, meldete die Beobachtungsstelle.",
        "es": "Aviones rusos bombardearon el miércoles la zona rural de Idlib, según el Observatorio Sirio.",
        "fr": "Des avions russes ont bombardé mercredi la campagne d'Idleb, selon l'Observatoire syrien.",
        "ru": "Российские самолёты в среду нанесли удары по сельским районам Идлиба, сообщила Сирийская обсерватория.",
        "uk": "Російські літаки в середу завдали ударів по сільських районах Ідліба, повідомила Сирійська обсерваторія.",
        "tr": "Rus savaş uçakları çarşamba günü İdlib kırsalına hava saldırıları düzenledi, Suriye İnsan Hakları Gözlemevi bildirdi.",
        "ar": "شنت طائرات حربية روسية الأربعاء غارات على ريف إدلب، بحسب المرصد السوري لحقوق الإنسان.",
    }),
    "in X and Y, Y unknown to the gazetteer": (["Sarmin", "Maar Dibsi"], ["SY-ID"], {
        "en": "Russian jets bombed Sarmin and Maar Dibsi on Friday, killing three civilians, the Observatory said.",
        "de": "Russische Kampfjets haben am Freitag Sarmin und Maar Dibsi bombardiert, teilte die Beobachtungsstelle mit.",
        "es": "Aviones rusos bombardearon el viernes Sarmin y Maar Dibsi, según el Observatorio.",
        "fr": "Des avions russes ont bombardé vendredi Sarmin et Maar Dibsi, selon l'Observatoire.",
        "ru": "Российские самолёты в пятницу нанесли удары по Сармину и Маар-Дибси, сообщила обсерватория.",
        "uk": "Російські літаки в п'ятницю завдали ударів по Сарміну та Маар-Дібсі, повідомила обсерваторія.",
        "tr": "Rus savaş uçakları cuma günü Sermin ve Maar Dibsi'yi bombaladı, gözlemevi bildirdi.",
        "ar": "قصفت طائرات روسية الجمعة سرمين ومعر دبسة، بحسب المرصد.",
    }),
    "in the X area": (["Hulyaypole"], ["UA-23"], {
        "en": "Russian forces struck Ukrainian troops in the Huliaipole area on Thursday, the ministry said.",
        "de": "Russische Truppen haben am Donnerstag ukrainische Einheiten im Raum Huljajpole angegriffen, teilte das Ministerium mit.",
        "es": "Las fuerzas rusas atacaron el jueves tropas ucranianas en la zona de Huliaipole, según el ministerio.",
        "fr": "Les forces russes ont frappé jeudi des troupes ukrainiennes dans le secteur de Houliaïpole, selon le ministère.",
        "ru": "Российские войска в четверг нанесли удар по подразделениям ВСУ в районе Гуляйполя, сообщило министерство.",
        "uk": "Російські війська в четвер завдали удару по українських підрозділах у районі Гуляйполя, повідомило міністерство.",
        "tr": "Rus kuvvetleri perşembe günü Gulyaypole bölgesinde Ukrayna birliklerini vurdu, bakanlık açıkladı.",
        "ar": "قصفت القوات الروسية الخميس وحدات أوكرانية في منطقة غولياي بولي، بحسب الوزارة.",
    }),
    "a following sentence names the strike again with its place": (["Marjayoun"], ["LB-NA"], {
        "en": "Israeli warplanes struck Hezbollah targets in southern Lebanon on Friday, the army said. One of the strikes hit a building in Marjayoun, the state news agency reported.",
        "de": "Israelische Kampfflugzeuge haben am Freitag Ziele der Hisbollah im Südlibanon angegriffen, teilte die Armee mit. Einer der Angriffe traf ein Gebäude in Mardschajun, meldete die staatliche Nachrichtenagentur.",
        "es": "Aviones israelíes atacaron el viernes objetivos de Hezbolá en el sur del Líbano, informó el ejército. Uno de los ataques alcanzó un edificio en Marjayún, según la agencia estatal.",
        "fr": "Des avions israéliens ont frappé vendredi des cibles du Hezbollah dans le sud du Liban, a indiqué l'armée. L'une des frappes a touché un bâtiment à Marjayoun, selon l'agence officielle.",
        "ru": "Израильские самолёты в пятницу нанесли удары по объектам «Хезболлы» на юге Ливана, сообщила армия. Один из ударов пришёлся по зданию в Марджаюне, сообщило государственное агентство.",
        "uk": "Ізраїльські літаки в п'ятницю завдали ударів по об'єктах «Хезболли» на півдні Лівану, повідомила армія. Один з ударів влучив у будівлю в Марджаюні, повідомило державне агентство.",
        "tr": "İsrail savaş uçakları cuma günü Lübnan'ın güneyindeki Hizbullah hedeflerini vurdu, ordu açıkladı. Saldırılardan biri Mercuyun'daki bir binayı vurdu, resmi ajans bildirdi.",
        "ar": "شنت طائرات حربية إسرائيلية الجمعة غارات على أهداف لحزب الله في جنوب لبنان، بحسب الجيش. وأصابت إحدى الغارات مبنى في مرجعيون، وفق الوكالة الوطنية للإعلام.",
    }),
    "the base the jets flew from is not a place struck": (["Qandil"], ["IQ-AR"], {
        "en": "Turkish F-16s that took off from the Diyarbakir air base struck PKK hideouts in Qandil on Saturday, the defence ministry said.",
        "de": "Türkische F-16, die vom Stützpunkt Diyarbakir aus gestartet waren, haben am Samstag PKK-Verstecke in Kandil bombardiert, teilte das Verteidigungsministerium mit.",
        "es": "Cazas F-16 turcos que despegaron de la base de Diyarbakir bombardearon el sábado escondites del PKK en Qandil, según el Ministerio de Defensa.",
        "fr": "Des F-16 turcs partis de la base de Diyarbakir ont bombardé samedi des repaires du PKK à Qandil, selon le ministère de la Défense.",
        "ru": "Турецкие F-16, вылетевшие с авиабазы Диярбакыр, в субботу нанесли удары по укрытиям РПК в Кандиле, сообщило Минобороны Турции.",
        "uk": "Турецькі F-16, що злетіли з авіабази Діярбакир, у суботу завдали ударів по схованках РПК у Кандилі, повідомило міноборони Туреччини.",
        "tr": "Diyarbakır'daki üsten kalkan Türk F-16'ları cumartesi günü Kandil'deki PKK sığınaklarını vurdu, Milli Savunma Bakanlığı açıkladı.",
        "ar": "قصفت طائرات إف-16 تركية أقلعت من قاعدة ديار بكر السبت مخابئ لحزب العمال الكردستاني في قنديل، بحسب وزارة الدفاع التركية.",
    }),
    "the X region, X a locality": (["Hakurk"], ["IQ-AR"], {
        "en": "Turkish drones struck PKK targets in the Hakurk region of northern Iraq on Sunday, the ministry said.",
        "de": "Türkische Drohnen haben am Sonntag PKK-Ziele in der Region Hakurk im Nordirak getroffen, teilte das Ministerium mit.",
        "es": "Drones turcos atacaron el domingo objetivos del PKK en la región de Hakurk, en el norte de Irak, según el ministerio.",
        "fr": "Des drones turcs ont frappé dimanche des cibles du PKK dans la région de Hakurk, dans le nord de l'Irak, selon le ministère.",
        "ru": "Турецкие беспилотники в воскресенье нанесли удары по целям РПК в районе Хакурк на севере Ирака, сообщило министерство.",
        "uk": "Турецькі безпілотники в неділю завдали ударів по цілях РПК у районі Хакурк на півночі Іраку, повідомило міністерство.",
        "tr": "Türk SİHA'ları pazar günü Irak'ın kuzeyindeki Hakurk bölgesinde PKK hedeflerini vurdu, bakanlık açıkladı.",
        "ar": "قصفت مسيّرات تركية الأحد أهدافا لحزب العمال الكردستاني في منطقة حاكورك شمال العراق، بحسب الوزارة.",
    }),
    "in the centre of X": (["Kramatorsk"], ["UA-14"], {
        "en": "A Russian missile struck a hotel in the centre of Kramatorsk on Tuesday evening, police said.",
        "de": "Eine russische Rakete hat am Dienstagabend ein Hotel im Zentrum von Kramatorsk getroffen, teilte die Polizei mit.",
        "es": "Un misil ruso impactó el martes por la noche contra un hotel en el centro de Kramatorsk, informó la policía.",
        "fr": "Un missile russe a frappé mardi soir un hôtel dans le centre de Kramatorsk, a indiqué la police.",
        "ru": "Российская ракета во вторник вечером попала в гостиницу в центре Краматорска, сообщила полиция.",
        "uk": "Російська ракета у вівторок увечері влучила в готель у центрі Краматорська, повідомила поліція.",
        "tr": "Bir Rus füzesi salı akşamı Kramatorsk kent merkezindeki bir oteli vurdu, polis açıkladı.",
        "ar": "أصاب صاروخ روسي مساء الثلاثاء فندقا في وسط كراماتورسك، بحسب الشرطة.",
    }),
    # a city that shares its name with its province, right after the preposition that brings in
    # what the strike hit (locate._target_preps). Session 15: failed in ar es (the bare seat went
    # to admin1 only: "على", "contra" are target words, not place words); tr xfail; held de en fr ru uk
    "a strike on X, X a province's seat": (["Kharkiv"], ["UA-63"], {
        'ar': 'قُتل ثلاثة أشخاص يوم الثلاثاء في ضربة صاروخية روسية على خاركيف، بحسب رئيس البلدية.',
        'de': 'Bei einem russischen Raketenangriff auf Charkiw sind am Dienstag drei Menschen getötet worden, teilte der Bürgermeister mit.',
        'en': 'Three people were killed in a Russian missile strike on Kharkiv on Tuesday, the mayor said.',
        'es': 'Tres personas murieron el martes en un ataque ruso con misiles contra Járkov, informó el alcalde.',
        'fr': "Trois personnes ont été tuées mardi dans une frappe de missile russe sur Kharkiv, a indiqué le maire.",
        'ru': 'Три человека погибли во вторник в результате удара российской ракеты по Харькову, сообщил мэр города.',
        'tr': "Rusya'nın salı günü Harkiv'e düzenlediği füze saldırısında üç kişi öldü, belediye başkanı açıkladı.",
        'uk': 'Троє людей загинули у вівторок унаслідок удару російської ракети по Харкову, повідомив міський голова.',
    }),
    # session 16 (r14-uk): a district named by its centre's adjective, uk ru "у Ніжинському
    # районі" (locate._district_towns); en de fr tr name the town itself and passed before
    'a district named after its centre': (['Nizhyn'], ['UA-74'], {
        'en': 'Russian drones struck an energy facility in the Nizhyn district of the Chernihiv region overnight, the regional governor said.',
        'de': 'Russische Drohnen haben in der Nacht eine Energieanlage im Bezirk Nischyn im Gebiet Tschernihiw getroffen, teilte der Gouverneur mit.',
        'es': 'Drones rusos atacaron durante la noche una instalación energética en el distrito de Nizhyn, en la región de Chernígov, informó el gobernador.',
        'fr': 'Des drones russes ont frappé dans la nuit une installation énergétique dans le district de Nijyn, dans la région de Tchernihiv, a indiqué le gouverneur.',
        'ru': 'Российские беспилотники ночью атаковали объект энергетики в Нежинском районе Черниговской области, сообщил глава области.',
        'uk': "Російські дрони вночі атакували об'єкт енергетики в Ніжинському районі Чернігівської області, повідомив голова ОВА.",
        'tr': 'Rus insansız hava araçları gece Çernihiv bölgesinin Nijin ilçesindeki bir enerji tesisini vurdu, vali açıkladı.',
        'ar': 'استهدفت مسيّرات روسية ليلا منشأة للطاقة في مقاطعة نيجين بمنطقة تشيرنيهيف، بحسب الحاكم.',
    }),
    # session 16 (r14-uk): the unit named with its country; en: a country after a place
    # preposition is no other side of a when-clause (locate._sides_only); ru: the adjective
    # opening "Кировоградской области" is the unit, not Kropyvnytskyi
    'a region named with its country': ([], ['UA-35'], {
        'en': "Three people were killed when 13 Russian missiles hit an airfield in Ukraine's central region of Kirovohrad on Saturday, the governor said.",
        'de': 'Drei Menschen wurden getötet, als russische Raketen am Samstag einen Flugplatz im ukrainischen Gebiet Kirowohrad trafen, teilte der Gouverneur mit.',
        'es': 'Tres personas murieron cuando misiles rusos alcanzaron el sábado un aeródromo en la región ucraniana de Kirovogrado, informó el gobernador.',
        'fr': 'Trois personnes ont été tuées lorsque des missiles russes ont frappé samedi un aérodrome dans la région ukrainienne de Kirovohrad, a indiqué le gouverneur.',
        'ru': 'Три человека погибли, когда российские ракеты в субботу поразили аэродром в Кировоградской области Украины, сообщил губернатор.',
        'uk': 'Троє людей загинули, коли російські ракети в суботу влучили в аеродром у Кіровоградській області України, повідомив голова ОВА.',
        'tr': "Rus füzeleri cumartesi günü Ukrayna'nın Kirovohrad bölgesindeki bir havaalanını vurduğunda üç kişi öldü, vali açıkladı.",
        'ar': 'قتل ثلاثة أشخاص عندما أصابت صواريخ روسية السبت مطارا عسكريا في منطقة كيروفوهراد الأوكرانية، بحسب الحاكم.',
    }),
    'the wounded were taken to a hospital in X': (['Khiam'], ['LB-NA'], {
        'en': 'An Israeli drone strike hit a car in the town of Khiam on Monday, wounding two people who were taken to a hospital in Tyre, the state news agency said.',
        'de': 'Ein israelischer Drohnenangriff hat am Montag ein Auto in der Ortschaft Khiam getroffen; zwei Verletzte wurden in ein Krankenhaus in Tyros gebracht, meldete die staatliche Nachrichtenagentur.',
        'es': 'Un ataque con dron israelí alcanzó el lunes un coche en la localidad de Khiam e hirió a dos personas, que fueron trasladadas a un hospital de Tiro, según la agencia oficial.',
        'fr': "Une frappe de drone israélien a touché lundi une voiture dans la localité de Khiam, blessant deux personnes qui ont été transportées dans un hôpital de Tyr, selon l'agence officielle.",
        'ru': 'Израильский беспилотник в понедельник нанес удар по автомобилю в городе Хиям, двое раненых доставлены в больницу в Тире, сообщило государственное агентство.',
        'uk': 'Ізраїльський безпілотник у понеділок завдав удару по автомобілю в місті Хіям, двох поранених доставили до лікарні в Тірі, повідомило державне агентство.',
        'tr': "İsrail'e ait bir İHA pazartesi günü Hiyam beldesinde bir aracı vurdu, yaralanan iki kişi Sur'daki bir hastaneye kaldırıldı, resmi ajans bildirdi.",
        'ar': 'استهدفت غارة لمسيرة إسرائيلية الاثنين سيارة في بلدة الخيام ما أدى إلى إصابة شخصين نقلا إلى مستشفى في صور، بحسب الوكالة الوطنية.',
    }),
    'the Syrian town of X': (['Ariha'], ['SY-ID'], {
        'en': 'Russian warplanes bombed the Syrian town of Ariha on Wednesday, killing five civilians, a monitor said.',
        'de': 'Russische Kampfflugzeuge haben am Mittwoch die syrische Stadt Ariha bombardiert und fünf Zivilisten getötet, teilte eine Beobachtungsstelle mit.',
        'es': 'Aviones rusos bombardearon el miércoles la localidad siria de Ariha y mataron a cinco civiles, según un observatorio.',
        'fr': "Des avions russes ont bombardé mercredi la ville syrienne d'Ariha, tuant cinq civils, selon une ONG.",
        'ru': 'Российские самолеты в среду нанесли удары по сирийскому городу Ариха, погибли пять мирных жителей, сообщили наблюдатели.',
        'uk': "Російські літаки в середу завдали ударів по сирійському місту Ариха, загинули п'ятеро цивільних, повідомили спостерігачі.",
        'tr': "Rus savaş uçakları çarşamba günü Suriye'nin Eriha kentini bombaladı, beş sivil öldü, bir gözlem grubu açıkladı.",
        'ar': 'قصفت طائرات روسية الأربعاء مدينة أريحا السورية ما أسفر عن مقتل خمسة مدنيين، بحسب المرصد.',
    }),
    'drones launched from one region struck a town of another': (['Sumy'], ['UA-59'], {
        'en': 'Drones launched by Russia from the Kursk region struck the city of Sumy overnight, the governor said.',
        'de': 'Von Russland aus dem Gebiet Kursk gestartete Drohnen haben in der Nacht die Stadt Sumy getroffen, teilte der Gouverneur mit.',
        'es': 'Drones lanzados por Rusia desde la región de Kursk atacaron durante la noche la ciudad de Sumy, informó el gobernador.',
        'fr': 'Des drones lancés par la Russie depuis la région de Koursk ont frappé dans la nuit la ville de Soumy, a indiqué le gouverneur.',
        'ru': 'Запущенные Россией из Курской области беспилотники ночью атаковали город Сумы, сообщил губернатор.',
        'uk': 'Запущені Росією з Курської області дрони вночі атакували місто Суми, повідомив голова ОВА.',
        'tr': "Rusya'nın Kursk bölgesinden fırlattığı insansız hava araçları gece Sumi kentini vurdu, vali açıkladı.",
        'ar': 'هاجمت مسيرات أطلقتها روسيا من منطقة كورسك ليلا مدينة سومي، بحسب الحاكم.',
    }),
    'weapons shot down over a list of regions': ([], [], {
        'en': 'Russian air defences destroyed 12 Ukrainian drones over the Belgorod and Bryansk regions overnight, the defence ministry said.',
        'de': 'Die russische Luftabwehr hat in der Nacht zwölf ukrainische Drohnen über den Gebieten Belgorod und Brjansk zerstört, teilte das Verteidigungsministerium mit.',
        'es': 'La defensa antiaérea rusa destruyó durante la noche 12 drones ucranianos sobre las regiones de Bélgorod y Briansk, informó el Ministerio de Defensa.',
        'fr': 'La défense antiaérienne russe a détruit dans la nuit 12 drones ukrainiens au-dessus des régions de Belgorod et de Briansk, a annoncé le ministère de la Défense.',
        'ru': 'Силы ПВО ночью уничтожили 12 украинских беспилотников над территориями Белгородской и Брянской областей, сообщило Минобороны.',
        'uk': 'Російська ППО вночі знищила 12 українських дронів над Бєлгородською та Брянською областями, повідомило міноборони РФ.',
        'tr': "Rus hava savunma sistemleri gece Belgorod ve Bryansk bölgeleri üzerinde 12 Ukrayna İHA'sını imha etti, Savunma Bakanlığı açıkladı.",
        'ar': 'دمرت الدفاعات الجوية الروسية ليلا 12 مسيرة أوكرانية فوق منطقتي بيلغورود وبريانسك، بحسب وزارة الدفاع.',
    }),
    'the port of X, X a province\'s seat': (['Hodeidah'], ['YE-HU'], {
        'en': 'Israeli jets struck the port of Hodeidah on Sunday, the army said.',
        'de': 'Israelische Kampfjets haben am Sonntag den Hafen von Hodeida angegriffen, teilte die Armee mit.',
        'es': 'Aviones israelíes atacaron el domingo el puerto de Hodeida, informó el ejército.',
        'fr': "Des avions israéliens ont frappé dimanche le port de Hodeïda, a indiqué l'armée.",
        'ru': 'Израильские самолеты в воскресенье нанесли удар по порту Ходейда, сообщила армия.',
        'uk': 'Ізраїльські літаки в неділю завдали удару по порту Ходейда, повідомила армія.',
        'tr': "İsrail savaş uçakları pazar günü Hudeyde Limanı'nı vurdu, ordu açıkladı.",
        'ar': 'قصفت طائرات إسرائيلية الأحد ميناء الحديدة، بحسب الجيش.',
    }),
    'positions of fighters in the provinces of A and B': ([], ['SY-ID', 'SY-HM'], {
        'en': 'Russian aircraft struck positions of militants in the provinces of Idlib and Hama on Monday, the ministry said.',
        'de': 'Russische Kampfflugzeuge haben am Montag Stellungen von Milizen in den Provinzen Idlib und Hama bombardiert, teilte das Ministerium mit.',
        'es': 'Aviones rusos atacaron el lunes posiciones de milicianos en las provincias de Idlib y Hama, informó el ministerio.',
        'fr': "Des avions russes ont frappé lundi des positions de miliciens dans les provinces d'Idleb et de Hama, a indiqué le ministère.",
        'ru': 'Российские самолеты в понедельник нанесли удары по позициям боевиков в провинциях Идлиб и Хама, сообщило министерство.',
        'uk': 'Російські літаки в понеділок завдали ударів по позиціях бойовиків у провінціях Ідліб і Хама, повідомило міністерство.',
        'tr': 'Rus savaş uçakları pazartesi günü İdlib ve Hama vilayetlerindeki militan mevzilerini vurdu, bakanlık açıkladı.',
        'ar': 'قصفت طائرات روسية الاثنين مواقع للمسلحين في محافظتي إدلب وحماة، بحسب الوزارة.',
    }),
    'in the south of a country, no unit': ([], [], {
        'en': 'Israeli jets struck Hezbollah weapons depots in southern Lebanon on Sunday, the army said.',
        'de': 'Israelische Kampfjets haben am Sonntag Waffenlager der Hisbollah im Süden des Libanon angegriffen, teilte die Armee mit.',
        'es': 'Aviones israelíes atacaron el domingo depósitos de armas de Hezbolá en el sur del Líbano, informó el ejército.',
        'fr': "Des avions israéliens ont frappé dimanche des dépôts d'armes du Hezbollah dans le sud du Liban, a indiqué l'armée.",
        'ru': 'Израильские самолеты в воскресенье нанесли удары по складам оружия «Хезболлы» на юге Ливана, сообщила армия.',
        'uk': 'Ізраїльські літаки в неділю завдали ударів по складах зброї «Хезболли» на півдні Лівану, повідомила армія.',
        'tr': "İsrail savaş uçakları pazar günü Lübnan'ın güneyindeki Hizbullah silah depolarını vurdu, ordu açıkladı.",
        'ar': 'قصفت طائرات إسرائيلية الأحد مخازن أسلحة لحزب الله في الجنوب اللبناني، بحسب الجيش.',
    }),
    'the A and B neighbourhoods of a city': (['Shujaiya', 'Zeitoun'], ['PS-GZA'], {
        'en': 'Israeli aircraft struck houses in the Shujaiya and Zeitoun neighbourhoods on Monday, medics said.',
        'de': 'Israelische Kampfflugzeuge haben am Montag Häuser in den Vierteln Schudschaija und Zeitoun bombardiert, berichteten Sanitäter.',
        'es': 'La aviación israelí bombardeó el lunes viviendas en los barrios de Shujaiya y Zeitoun, según fuentes médicas.',
        'fr': "L'aviation israélienne a bombardé lundi des maisons dans les quartiers de Chajaiya et de Zeitoun, selon des sources médicales.",
        'ru': 'Израильская авиация в понедельник нанесла удары по домам в кварталах Шуджаия и Зейтун, сообщили медики.',
        'uk': 'Ізраїльська авіація в понеділок завдала ударів по будинках у кварталах Шуджаїя та Зейтун, повідомили медики.',
        'tr': 'İsrail savaş uçakları pazartesi günü Şucaiyye ve Zeytun mahallelerindeki evleri bombaladı, sağlık kaynakları bildirdi.',
        'ar': 'قصفت طائرات إسرائيلية الاثنين منازل في حي الشجاعية وحي الزيتون، وفق مصادر طبية.',
    }),
    'the X refugee camp': (['Nuseirat'], ['PS-DEB'], {
        'en': 'An Israeli airstrike hit a house in the Nuseirat refugee camp in central Gaza on Thursday, killing five people, medics said.',
        'de': 'Ein israelischer Luftangriff hat am Donnerstag ein Haus im Flüchtlingslager Nuseirat im Zentrum des Gazastreifens getroffen, berichteten Sanitäter.',
        'es': 'Un bombardeo israelí alcanzó el jueves una vivienda en el campo de refugiados de Nuseirat, en el centro de Gaza, según los servicios médicos.',
        'fr': "Une frappe aérienne israélienne a touché jeudi une maison dans le camp de réfugiés de Nousseirat, dans le centre de la bande de Gaza, selon des secouristes.",
        'ru': 'Израильский авиаудар в четверг пришелся по дому в лагере беженцев Нусейрат в центре сектора Газа, сообщили медики.',
        'uk': 'Ізраїльський авіаудар у четвер влучив у будинок у таборі біженців Нусейрат у центрі сектору Гази, повідомили медики.',
        'tr': "İsrail'in perşembe günü düzenlediği hava saldırısında Gazze'nin orta kesimindeki Nusayrat Mülteci Kampı'nda bir ev vuruldu.",
        'ar': 'استهدفت غارة جوية إسرائيلية الخميس منزلا في مخيم النصيرات وسط قطاع غزة، بحسب مسعفين.',
    }),
    'a seat town as the bare object after a time phrase': (['Kharkiv'], ['UA-63'], {
        'en': 'Russian missiles struck overnight Kharkiv, wounding six people, the governor said.',
        'de': 'Russische Raketen trafen in der Nacht Charkiw und verletzten sechs Menschen, teilte der Gouverneur mit.',
        'es': 'Misiles rusos atacaron el martes Járkov y dejaron seis heridos, según el gobernador.',
        'fr': 'Des missiles russes ont frappé mardi Kharkiv, blessant six personnes, selon le gouverneur.',
        'ru': 'Российские ракеты ночью атаковали Харьков, ранены шесть человек, сообщил губернатор.',
        'uk': 'Російські ракети вночі атакували Харків, поранено шістьох людей, повідомив голова ОВА.',
        'tr': "Rus füzeleri salı günü Harkiv'i vurdu, altı kişi yaralandı, vali açıkladı.",
        'ar': 'قصفت صواريخ روسية الثلاثاء مدينة خاركيف ما أدى إلى إصابة ستة أشخاص، بحسب الحاكم.',
    }),
    'the A, B and C regions, one plural unit noun after the last': ([], ['UA-63', 'UA-59', 'UA-53'], {
        'en': "Russian missile strikes damaged power facilities in the Kharkiv, Sumy and Poltava regions on Monday, the energy ministry said.",
        'fr': "Des frappes de missiles russes ont endommagé lundi des installations électriques dans les régions de Kharkiv, Soumy et Poltava, a indiqué le ministère de l'Énergie.",
        'es': "Ataques con misiles rusos dañaron el lunes instalaciones eléctricas en las regiones de Járkov, Sumy y Poltava, informó el Ministerio de Energía.",
        'de': "Russische Raketenangriffe haben am Montag Energieanlagen in den Gebieten Charkiw, Sumy und Poltawa beschädigt, teilte das Energieministerium mit.",
        'ru': "Российские ракетные удары в понедельник повредили энергообъекты в Харьковской, Сумской и Полтавской областях, сообщили в министерстве энергетики.",
        'uk': "Російські ракетні удари в понеділок пошкодили енергооб'єкти в Харківській, Сумській і Полтавській областях, повідомили в Міненерго.",
        'tr': "Rus füzeleri pazartesi günü Harkiv, Sumi ve Poltava bölgelerindeki enerji tesislerini vurdu, Enerji Bakanlığı açıkladı.",
        'ar': "استهدفت صواريخ روسية الاثنين منشآت للطاقة في مناطق خاركيف وسومي وبولتافا، بحسب وزارة الطاقة.",
    }),
    'two seat towns struck, after a time phrase, a clitic or with one case ending': (['Rafah', 'Khan Yunis'], ['PS-RFH', 'PS-KYS'], {
        'en': "Israeli aircraft struck Rafah and Khan Younis overnight, killing 15 people, the health ministry said.",
        'fr': "L'aviation israélienne a frappé dans la nuit Rafah et Khan Younès, tuant 15 personnes, selon le ministère de la Santé.",
        'es': "La aviación israelí bombardeó durante la noche Rafah y Jan Yunis y mató a 15 personas, según el Ministerio de Sanidad.",
        'de': "Die israelische Luftwaffe hat in der Nacht Rafah und Chan Junis angegriffen und 15 Menschen getötet, teilte das Gesundheitsministerium mit.",
        'ru': "Израильская авиация ночью нанесла удары по Рафаху и Хан-Юнису, погибли 15 человек, сообщил минздрав.",
        'uk': "Ізраїльська авіація вночі завдала ударів по Рафаху та Хан-Юнісу, загинули 15 людей, повідомив мінздрав.",
        'tr': "İsrail savaş uçakları gece Refah ve Han Yunus'u vurdu, 15 kişi hayatını kaybetti, Sağlık Bakanlığı açıkladı.",
        'ar': "شنت الطائرات الإسرائيلية ليلا غارات على رفح وبخان يونس ما أسفر عن مقتل 15 شخصا، بحسب وزارة الصحة.",
    }),
    'in X, X a seat town (the Arabic "in" glued to it)': (['Deir al-Balah'], ['PS-DEB'], {
        'en': "Three people were killed in an Israeli airstrike in Deir al-Balah on Thursday, the civil defence said.",
        'fr': "Trois personnes ont été tuées jeudi dans une frappe aérienne israélienne à Deir el-Balah, selon la défense civile.",
        'es': "Tres personas murieron el jueves en un ataque aéreo israelí en Deir al Balah, según la defensa civil.",
        'de': "Drei Menschen sind am Donnerstag bei einem israelischen Luftangriff in Deir al-Balah getötet worden, teilte der Zivilschutz mit.",
        'ru': "Три человека погибли в четверг в результате израильского авиаудара в Дейр-эль-Балахе, сообщила гражданская оборона.",
        'uk': "Троє людей загинули в четвер унаслідок ізраїльського авіаудару в Дейр-ель-Балаху, повідомила цивільна оборона.",
        'tr': "Deyr el-Belah'ta perşembe günü düzenlenen İsrail hava saldırısında üç kişi öldü, sivil savunma açıkladı.",
        'ar': "استشهد ثلاثة أشخاص الخميس في غارة جوية إسرائيلية بدير البلح، بحسب الدفاع المدني.",
    }),
    'the outskirts of X, X a seat town (the Turkish genitive before the noun)': (['Deir ez-Zor'], ['SY-DY'], {
        'en': "Russian aircraft struck Islamic State positions on the outskirts of Deir ez-Zor on Friday, the defence ministry said.",
        'fr': "L'aviation russe a frappé vendredi des positions de l'État islamique à la périphérie de Deir ez-Zor, a indiqué le ministère de la Défense.",
        'es': "La aviación rusa atacó el viernes posiciones del Estado Islámico en las afueras de Deir ez Zor, informó el Ministerio de Defensa.",
        'de': "Die russische Luftwaffe hat am Freitag Stellungen des Islamischen Staates am Stadtrand von Deir ez-Zor angegriffen, teilte das Verteidigungsministerium mit.",
        'ru': "Российская авиация в пятницу нанесла удары по позициям ИГ на окраинах Дейр-эз-Зора, сообщило министерство обороны.",
        'uk': "Російська авіація в п'ятницю завдала ударів по позиціях ІД на околицях Дейр-ез-Зора, повідомило міністерство оборони.",
        'tr': "Rus savaş uçakları cuma günü Deyrizor'un eteklerindeki IŞİD mevzilerini vurdu, Rusya Savunma Bakanlığı açıkladı.",
        'ar': "شنت الطائرات الروسية الجمعة غارات على مواقع لتنظيم الدولة الإسلامية في أطراف مدينة دير الزور، بحسب وزارة الدفاع الروسية.",
    }),
    'A and B, the case ending or the preposition on the last name only': (['Qamishli', 'Tal Rifat'], ['SY-HA', 'SY-HL'], {
        'en': "Turkish drones struck YPG targets in Qamishli and Tal Rifat on Saturday, the defence ministry said.",
        'fr': "Des drones turcs ont frappé samedi des cibles des YPG à Qamichli et Tal Rifaat, a indiqué le ministère de la Défense.",
        'es': "Drones turcos atacaron el sábado objetivos de las YPG en Qamishli y Tal Rifaat, informó el Ministerio de Defensa.",
        'de': "Türkische Drohnen haben am Samstag Ziele der YPG in Kamischli und Tall Rifaat angegriffen, teilte das Verteidigungsministerium mit.",
        'ru': "Турецкие беспилотники в субботу нанесли удары по целям YPG в Камышлы и Телль-Рифаате, сообщило министерство обороны.",
        'uk': "Турецькі безпілотники в суботу завдали ударів по цілях YPG у Камишли і Телль-Рифааті, повідомило міністерство оборони.",
        'tr': "Türk SİHA'ları cumartesi günü Kamışlı ve Tel Rıfat'taki YPG hedeflerini vurdu, Milli Savunma Bakanlığı açıkladı.",
        'ar': "استهدفت طائرات مسيرة تركية السبت مواقع لوحدات حماية الشعب في القامشلي وتل رفعت، بحسب وزارة الدفاع.",
    }),
    'weapons downed over one region, a drone hit in another in a clause of its own': ([], ['RU-KRS'], {
        'en': 'Air defences shot down 12 Ukrainian drones over the Belgorod region overnight, while in the Kursk region a drone hit an electrical substation, the governor said.',
        'fr': 'La défense aérienne a abattu dans la nuit 12 drones ukrainiens au-dessus de la région de Belgorod, tandis que dans la région de Koursk un drone a touché une sous-station électrique, selon le gouverneur.',
        'es': 'La defensa aérea derribó durante la noche 12 drones ucranianos sobre la región de Bélgorod, mientras que en la región de Kursk un dron alcanzó una subestación eléctrica, según el gobernador.',
        'de': 'Die Luftabwehr hat in der Nacht zwölf ukrainische Drohnen über dem Gebiet Belgorod abgeschossen, im Gebiet Kursk traf eine Drohne ein Umspannwerk, teilte der Gouverneur mit.',
        'ru': 'Силы ПВО ночью сбили 12 украинских беспилотников над Белгородской областью, а в Курской области беспилотник попал в электроподстанцию, сообщил губернатор.',
        'uk': 'Російська ППО вночі збила 12 українських дронів над Бєлгородською областю, а в Курській області дрон влучив в електропідстанцію, повідомив губернатор.',
        'tr': "Hava savunması gece Belgorod bölgesi üzerinde 12 Ukrayna İHA'sını düşürdü, Kursk bölgesinde ise bir İHA bir trafo merkezini vurdu, vali açıkladı.",
        'ar': 'أسقطت الدفاعات الجوية ليلا 12 طائرة مسيرة أوكرانية فوق منطقة بيلغورود، فيما أصابت مسيرة محطة كهرباء فرعية في منطقة كورسك، بحسب الحاكم.',
    }),
    "the town of X in the Y region, Y's name also its seat's": (['Orikhiv'], ['UA-23'], {
        'en': 'Russian artillery shelled the town of Orikhiv in the Zaporizhzhia region on Wednesday, killing an elderly woman, the governor said.',
        'fr': "L'artillerie russe a pilonné mercredi la ville d'Orikhiv, dans la région de Zaporijjia, tuant une femme âgée, a indiqué le gouverneur.",
        'es': 'La artillería rusa bombardeó el miércoles la ciudad de Orijiv, en la región de Zaporiyia, y mató a una anciana, informó el gobernador.',
        'de': 'Russische Artillerie hat am Mittwoch die Stadt Orichiw im Gebiet Saporischschja beschossen und eine ältere Frau getötet, teilte der Gouverneur mit.',
        'ru': 'Российская артиллерия в среду обстреляла город Орехов Запорожской области, погибла пожилая женщина, сообщил губернатор.',
        'uk': 'Російська артилерія в середу обстріляла місто Оріхів Запорізької області, загинула літня жінка, повідомив голова ОВА.',
        'tr': 'Rus topçusu çarşamba günü Zaporijya bölgesindeki Orihiv kentini bombaladı, yaşlı bir kadın öldü, vali açıkladı.',
        'ar': 'قصفت المدفعية الروسية الأربعاء مدينة أوريخيف في منطقة زابوريجيا ما أسفر عن مقتل امرأة مسنة، بحسب الحاكم.',
    }),
    'a seat town alone in another spelling, inflected': (['Mykolaiv'], ['UA-48'], {
        'en': 'Russian missiles hit Nikolaev on Thursday, damaging a port facility, the mayor said.',
        'fr': 'Des missiles russes ont frappé jeudi Mykolaïv, endommageant une installation portuaire, a indiqué le maire.',
        'es': 'Misiles rusos impactaron el jueves en Nikoláyev y dañaron una instalación portuaria, informó el alcalde.',
        'de': 'Russische Raketen haben am Donnerstag Mykolajiw getroffen und eine Hafenanlage beschädigt, teilte der Bürgermeister mit.',
        'ru': 'Российские ракеты в четверг поразили Николаев, повреждено портовое сооружение, сообщил мэр.',
        'uk': 'Російські ракети в четвер влучили в Миколаїв, пошкоджено портову споруду, повідомив міський голова.',
        'tr': "Rus füzeleri perşembe günü Mikolayiv'i vurdu, bir liman tesisi hasar gördü, belediye başkanı açıkladı.",
        'ar': 'أصابت صواريخ روسية الخميس مدينة ميكولايف ما ألحق أضرارا بمنشأة في الميناء، بحسب رئيس البلدية.',
    }),
    # fixed: en ru uk (debris with no place of its own, after weapons downed over one unit: that unit,
    # locate._debris_without_place); xfail: de es fr tr; ar fixed in session 22 (r20-de: a unit fronted
    # before the fall word, events._fell_in_unit)
    "debris with no place after weapons downed over one region": ([], ["RU-BEL"], {
        'ar': 'أسقطت الدفاعات الجوية ليلا 12 طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود، بحسب الوزارة. وألحق سقوط الحطام أضرارا بمنزلين، وفق الحاكم.',
        'de': 'Die Luftabwehr hat in der Nacht zwölf ukrainische Drohnen über dem Gebiet Belgorod abgeschossen, teilte das Ministerium mit. Herabfallende Trümmer beschädigten zwei Häuser, so der Gouverneur.',
        'en': 'Air defences shot down 12 Ukrainian drones over the Belgorod region overnight, the ministry said. Falling debris damaged two houses, the governor said.',
        'es': 'La defensa antiaérea derribó durante la noche 12 drones ucranianos sobre la región de Bélgorod, según el ministerio. Los restos cayeron sobre dos viviendas, dijo el gobernador.',
        'fr': 'La défense antiaérienne a abattu dans la nuit 12 drones ukrainiens au-dessus de la région de Belgorod, selon le ministère. Des débris sont tombés sur deux maisons, a indiqué le gouverneur.',
        'ru': 'Силы ПВО ночью сбили 12 украинских беспилотников над Белгородской областью, сообщили в Минобороны. Обломками повреждены два частных дома, сообщил губернатор.',
        'tr': "Hava savunması gece boyunca Belgorod bölgesi üzerinde 12 Ukrayna İHA'sını düşürdü, bakanlık açıkladı. Düşen parçalar iki evde hasara yol açtı, vali bildirdi.",
        'uk': 'Російська ППО вночі збила 12 українських дронів над Бєлгородською областю. Уламки пошкодили два приватні будинки, повідомив губернатор.',
    }),
}

# session 20, branch r18-fr (probes): "in the east of X" for a town inside it, the direction a
# part of the town struck, not a reference point ("dans l'est de Nikopol", "im Osten von",
# "en el este de", "на востоке Никополя", "на сході Нікополя", "in the east of X"): a place
# preposition in en fr de es ru uk (ru: a declined town after a direction noun is tried in its
# nominative guesses, locate._town_not_unit_declined). tr and ar passed before.
MATRIX["in the east of X, X a town (a part of the town struck)"] = (["Nikopol"], ["UA-12"], {
    "en": "Russian shelling damaged a school in the east of Nikopol on Wednesday, the regional governor said.",
    "fr": "Des tirs d'artillerie russes ont endommagé mercredi une école dans l'est de Nikopol, a indiqué le gouverneur régional.",
    "de": "Russischer Artilleriebeschuss hat am Mittwoch eine Schule im Osten von Nikopol beschädigt, teilte der Gouverneur mit.",
    "es": "Un bombardeo de artillería ruso dañó el miércoles una escuela en el este de Nikopol, informó el gobernador regional.",
    "ru": "Российский артиллерийский обстрел в среду повредил школу на востоке Никополя, сообщил губернатор.",
    "uk": "Російський артилерійський обстріл у середу пошкодив школу на сході Нікополя, повідомив голова ОВА.",
    "tr": "Rus topçu ateşi çarşamba günü Nikopol'un doğusundaki bir okula hasar verdi, bölge valisi açıkladı.",
    "ar": "ألحق قصف مدفعي روسي الأربعاء أضرارا بمدرسة في شرق مدينة نيكوبول، بحسب الحاكم الإقليمي.",
})

# session 21 (r19-en): a speaker named after a comma, its claim verb right after it (up to two
# lower-case words between: "the Ministry of Defence said", "Министерство обороны сообщило") is
# no later item of the list of places before it (locate._claim_verb_after). fixed: en es ru uk;
# held: ar de fr; xfail: tr (the gazetteer lacks the Turkish spelling Serakib's unit)
MATRIX["near X, then the speaker and its claim verb (no place)"] = (["Saraqib"], ["SY-ID"], {
    'en': 'Russian jets struck a fuel depot near Saraqib on Monday, the Ministry of Defence said.',
    'fr': 'Des avions russes ont frappé lundi un dépôt de carburant près de Saraqib, le ministère de la Défense a indiqué.',
    'de': 'Russische Kampfjets haben am Montag ein Treibstofflager bei Sarakib angegriffen, das Verteidigungsministerium teilte dies mit.',
    'es': 'Aviones rusos atacaron el lunes un depósito de combustible cerca de Saraqib, el Ministerio de Defensa informó.',
    'ru': 'Российские самолёты в понедельник нанесли удар по топливному складу под Саракибом, Министерство обороны сообщило об этом.',
    'uk': 'Російські літаки в понеділок завдали удару по паливному складу поблизу Саракіба, Міністерство оборони повідомило про це.',
    'tr': 'Rus savaş uçakları pazartesi günü Serakib yakınlarındaki bir yakıt deposunu vurdu, Milli Savunma Bakanlığı açıkladı.',
    'ar': 'قصفت طائرات روسية الاثنين مستودع وقود قرب سراقب، وفق ما أعلنت وزارة الدفاع.',
})

# session 21 (r19-en): a list opened a few words after a settlement noun ("in several villages
# ..., including A, B and C", "dont", "entre ellas", "darunter") names the noun's localities
# (places.list_openers; locate.locality_candidates). fixed: en fr es de; held: ru uk tr;
# xfail: ar (see XFAIL)
MATRIX["in several villages, including A, B and C (a list of localities)"] = (["Aitaroun", "Houla", "Markaba"], ["LB-NA"], {
    'en': 'Israeli jets struck Hezbollah sites in several villages in southern Lebanon on Monday, including Aitaroun, Houla and Markaba, the army said.',
    'fr': "L'aviation israélienne a frappé lundi des sites du Hezbollah dans plusieurs villages du sud du Liban, dont Aitaroun, Houla et Markaba, a indiqué l'armée.",
    'de': 'Israelische Kampfjets haben am Montag Stellungen der Hisbollah in mehreren Dörfern im Südlibanon angegriffen, darunter Aitaroun, Houla und Markaba, teilte die Armee mit.',
    'es': 'La aviación israelí atacó el lunes sitios de Hezbolá en varias localidades del sur del Líbano, entre ellas Aitaroun, Houla y Markaba, informó el ejército.',
    'ru': 'Израильская авиация в понедельник нанесла удары по объектам «Хезболлы» в нескольких селах на юге Ливана, в том числе в Айтаруне, Хуле и Маркабе, сообщила армия.',
    'uk': "Ізраїльська авіація в понеділок завдала ударів по об'єктах «Хезболли» в кількох селах на півдні Лівану, зокрема в Айтаруні, Хулі та Маркабі, повідомила армія.",
    'tr': "İsrail savaş uçakları pazartesi günü Lübnan'ın güneyinde Aitaroun, Houla ve Markaba dahil birçok köyde Hizbullah mevzilerini vurdu, ordu açıkladı.",
    'ar': 'أغارت طائرات إسرائيلية الاثنين على مواقع لحزب الله في عدة بلدات في جنوب لبنان، منها عيترون وحولا ومركبا، بحسب الجيش.',
})

# session 21, branch r19-de: a unit named by its seat and a settlement noun right before another
# place's name, "the southern Gaza city of Rafah", "die südliche Gaza-Stadt Rafah", describes that
# place: the unit struck is Rafah's, not Gaza City's (locate._descriptor_unit). Fixed: en de; the
# other six (which word it otherwise) held before.
MATRIX["the Gaza city of X (a descriptor, not Gaza City)"] = (["Rafah"], ["PS-RFH"], {
    "en": 'The Israeli army struck Hamas targets in the southern Gaza city of Rafah overnight, the military said.',
    "fr": "L'armée israélienne a frappé dans la nuit des cibles du Hamas à Rafah, ville du sud de la bande de Gaza, a indiqué l'armée.",
    "de": 'Die israelische Armee hat in der Nacht Ziele der Hamas in der südlichen Gaza-Stadt Rafah angegriffen, teilte das Militär mit.',
    "es": 'El ejército israelí atacó durante la noche objetivos de Hamás en la ciudad gazatí de Rafah, informó el ejército.',
    "ru": 'Израильская армия ночью нанесла удары по объектам ХАМАС в городе Рафах на юге сектора Газа, сообщили военные.',
    "uk": "Ізраїльська армія вночі завдала ударів по об'єктах ХАМАС у місті Рафах на півдні сектору Газа, повідомили військові.",
    "tr": "İsrail ordusu gece Gazze'nin güneyindeki Refah kentinde Hamas hedeflerini vurdu, ordu açıkladı.",
    "ar": 'شن الجيش الإسرائيلي ليلا غارات على أهداف لحركة حماس في مدينة رفح جنوب قطاع غزة، بحسب الجيش.',
})

# Cases branch r17-fr made pass: "a seat town as the bare object after a time phrase" tr and
# "two seat towns struck ..." tr (a province's seat in the accusative right before a strike
# verb is the town struck, with the bare names of its list: locate._suffixed_object); "two
# seat towns ..." es ("durante la noche" between the verb and its object) and ar ("وبخان
# يونس": locate._glued_clitics); "in X, X a seat town" ar (the glued "in"); "the outskirts of
# X ..." tr ("Deyrizor'un eteklerindeki": a genitive may join a name to its head noun); "A and
# B, the case ending ... on the last name only" tr (locate._known_names_listed_before); "the
# A, B and C regions ..." ru (qualifiers.toml list_joiners). The Turkish locative ("Deyr
# el-Belah'ta ... saldırısında") as "in X" for a seat town was tried and taken back: real16 tr
# +0.008, real6 tr -0.007 (one document each). Then: "weapons downed over one region, a drone
# hit in another ..." es ru uk (a unit in the clause of a hit verb, not of the shoot-down, is a
# place struck; "in" ends a list of units downed over: places.over_list_breaks); "the town of X
# in the Y region, Y's name also its seat's" ar (a unit named like its seat is no unknown town
# to romanise: locate._seat_unit_name) and es (the spelling "Orijiv"); "a seat town alone in
# another spelling" ar. "مناطق" and "منطقتي" as unit nouns (for "the A, B and C regions" ar)
# were tried and taken back: dev2 ar -0.002, real15 ar -0.003. "A and B, the case ending or the
# preposition on the last name only" ru uk: Cyrillic spellings of Qamishli and Tal Rifat
# (places_extra2.toml).

# Cases branch r16-fr made pass: "positions of fighters in the provinces of A and B" de (the
# "von" of an owner before a place preposition names no origin: locate._owner_linker). Its
# other cases passed before it. "the A and B neighbourhoods of a city" en de es fr ru uk tr and
# "the X refugee camp" de ru uk: Gaza's neighbourhoods and camps in the gazetteer
# (places_extra2.toml) with their Cyrillic, German and Turkish spellings; camp and
# neighbourhood nouns as place prepositions and locality nouns in de ru uk. "a seat town as
# the bare object after a time phrase" es (a unit's seat town right after a strike verb and
# a time phrase is the town struck, as without the phrase). Taking 'جنوب لبنان' out of LB-JA's names was tried and taken
# back: it lowered real9 ar and real10 ar (-0.009, -0.008), whose references read it as LB-JA.

# Cases branch r15-fr made pass (every other case of its four rows passed before it): "the
# wounded were taken to a hospital in X" en ru uk (a care noun and a verb of taking the wounded
# there: locate._care_place); "the Syrian town of X" en de es fr (a country adjective beside a
# town noun names the town's country: locate._town_adjective_countries); "drones launched from
# one region struck a town of another" en (a strike verb between the origin and the name ends
# the origin phrase); "weapons shot down over a list of regions" fr de (places.airspace_preps
# in every interception sentence, over a list of units: locate._over_units); "the port of X, X a
# province's seat" es ("el puerto de Hodeida": es places.locality_nouns gains "puerto").

# Cases this branch (x9-places) made pass; every other passing case passed before it and
# guards that behaviour: "X, in the Y region" es fr ru uk (a strike verb's bare object after
# a time phrase, "atacaron el viernes Nikopol"; a Cyrillic object the gazetteer knows,
# "атаковали Никополь"); "in the centre of X" de en es fr ru uk; "near X" tr (postposed
# "yakınlarındaki"); "south of X" uk (the target's own words before the direction); "the
# countryside of X" de es ru tr uk; "in X and Y" fr es (es: the time phrase after the verb is
# not counted in the distance that keeps an unknown object).

# session 23: the sentence after a strike report that names what it hit again as its subject and
# says where it was ("The targets were in the villages of X and Y", "Цели находились в селах X и
# Y"): the report's places (locate.restated_targets_located; r7 de, r10 ru, r6 uk). Sentences
# written for this test.
MATRIX["the targets were in X and Y (the report's targets named again in the next sentence)"] = (['Khiam', 'Yaroun'], ['LB-NA'], {
    'en': 'Israeli jets struck Hezbollah sites in southern Lebanon on Thursday. The targets were in the villages of Khiam and Yaroun, the army said.',
    'de': 'Israelische Kampfjets haben am Donnerstag Stellungen der Hisbollah im Südlibanon angegriffen. Die Ziele lagen in den Dörfern Chiam und Jarun, teilte die Armee mit.',
    'es': 'La aviación israelí atacó el jueves posiciones de Hezbolá en el sur del Líbano. Los objetivos se encontraban en las localidades de Khiam y Yaroun, según el ejército.',
    'fr': "L'aviation israélienne a frappé jeudi des positions du Hezbollah dans le sud du Liban. Les cibles se trouvaient dans les villages de Khiam et de Yaroun, a précisé l'armée.",
    'ru': 'Израильская авиация в четверг нанесла удары по позициям «Хезболлы» на юге Ливана. Цели находились в селах Хиям и Ярун, сообщила армия.',
    'uk': 'Ізраїльська авіація в четвер завдала ударів по позиціях «Хезболли» на півдні Лівану. Цілі були розташовані в селах Хіям і Ярун, повідомила армія.',
    'tr': "İsrail savaş uçakları perşembe günü Lübnan'ın güneyinde Hizbullah mevzilerini vurdu. Hedefler Hiyam ve Yarun köylerinde bulunuyordu, ordu açıkladı.",
    'ar': 'شنت طائرات حربية إسرائيلية الخميس غارات على مواقع لحزب الله في جنوب لبنان. وكانت الأهداف في بلدتي الخيام ويارون، بحسب الجيش.',
})

# ... and the same with the operation as the subject ("Операции проводились в районах X и Y",
# "Die Operationen fanden in den Regionen X und Y statt"; grammar.operation_nouns)
MATRIX['the operations were carried out in the X and Y regions (the operation named again)'] = (['Metina', 'Hakurk'], ['IQ-AR', 'IQ-DA'], {
    'en': 'Turkish warplanes struck PKK shelters in northern Iraq on Saturday, the ministry said. The operations were carried out in the Metina and Hakurk regions.',
    'de': 'Türkische Kampfflugzeuge haben am Samstag Unterschlüpfe der PKK im Nordirak bombardiert, teilte das Ministerium mit. Die Operationen fanden in den Regionen Metina und Hakurk statt.',
    'es': 'Aviones turcos bombardearon el sábado refugios del PKK en el norte de Irak, informó el ministerio. Las operaciones se llevaron a cabo en las regiones de Metina y Hakurk.',
    'fr': "Des avions turcs ont bombardé samedi des abris du PKK dans le nord de l'Irak, a indiqué le ministère. Les opérations se sont déroulées dans les régions de Metina et de Hakurk.",
    'ru': 'Турецкие самолеты в субботу нанесли удары по укрытиям РПК на севере Ирака, сообщило министерство. Согласно заявлению, операции проводились в районах Метина и Хакурк.',
    'uk': 'Турецькі літаки в суботу завдали ударів по укриттях РПК на півночі Іраку, повідомило міністерство. За даними відомства, операції проводилися в районах Метина і Хакурк.',
    'tr': "Türk savaş uçakları cumartesi günü Irak'ın kuzeyindeki PKK sığınaklarını vurdu, bakanlık açıkladı. Operasyonlar Metina ve Hakurk bölgelerinde gerçekleştirildi.",
    'ar': 'قصفت طائرات تركية السبت ملاجئ لحزب العمال الكردستاني في شمال العراق، بحسب الوزارة. وجرت العمليات في منطقتي متينا وهاكورك.',
})


# session 23: a city named by its unit's name with a town noun ("ville de Gaza", "مدينة غزة",
# "город Газа") was read as the unit PS-GZA only, never its seat town (gazetteer seat_region;
# Gaza City missed in dev2 ar, real9 tr, real15 es, real16 en). Sentences written for this test.
MATRIX["in the city of X, the city named by its unit's name and a town noun"] = (['Gaza City'], ['PS-GZA'], {
    'en': 'Israeli aircraft bombed a workshop in the city of Gaza on Tuesday, the army said.',
    'de': 'Israelische Kampfflugzeuge haben am Dienstag eine Werkstatt in der Stadt Gaza bombardiert, teilte die Armee mit.',
    'es': 'La aviación israelí bombardeó el martes un taller en la ciudad de Gaza, informó el ejército.',
    'fr': "L'aviation israélienne a bombardé mardi un atelier dans la ville de Gaza, a indiqué l'armée.",
    'ru': 'Израильская авиация во вторник нанесла удар по мастерской в городе Газа, сообщила армия.',
    'uk': 'Ізраїльська авіація у вівторок завдала удару по майстерні в місті Газа, повідомила армія.',
    'tr': 'İsrail savaş uçakları salı günü Gazze kentinde bir atölyeyi bombaladı, ordu açıkladı.',
    'ar': 'قصفت طائرات إسرائيلية الثلاثاء ورشة في مدينة غزة، بحسب الجيش.',
})

_NO_AR_NAME = "the gazetteer has no Arabic spelling of this Ukrainian town"
_NO_EVENT = "no strike event is read from this sentence (detection, not the place)"
_BARE_LIST = "a strike verb's bare object list whose second name the gazetteer lacks is not kept"

# (construction, lang) -> why the engine cannot read it yet
XFAIL: dict[tuple[str, str], str] = {
    ("in the city of X, the city named by its unit's name and a town noun", "tr"):
        "'Gazze kentinde' gives the unit, but the head-final town noun inside the name adds no seat town",
    ("the targets were in X and Y (the report's targets named again in the next sentence)", "ar"):
        "'جنوب لبنان' is also read as the South governorate (LB-JA), a false unit the base reads too",
    ("the operations were carried out in the X and Y regions (the operation named again)", "tr"):
        "the sentence-opening capitalised noun 'Operasyonlar' is read as the first word of the place's name",
    ("in several villages, including A, B and C (a list of localities)", "ar"): "the gazetteer has no Arabic spelling of Aitaroun (عيترون), and حولا is also read in LB-JA",
    ("near X, then the speaker and its claim verb (no place)", "tr"): "the gazetteer lacks the Turkish spelling Serakib: a location without its unit SY-ID",
    ("debris with no place after weapons downed over one region", 'de'): "the debris sentence is not joined to the interception report as a detail of what was hit (no place detail)",
    ("debris with no place after weapons downed over one region", 'es'): "the debris sentence is not joined to the interception report as a detail of what was hit (no place detail)",
    ("debris with no place after weapons downed over one region", 'fr'): "the debris sentence is not joined to the interception report as a detail of what was hit (no place detail)",
    ("debris with no place after weapons downed over one region", 'tr'): "the debris sentence is not joined to the interception report as a detail of what was hit (no place detail)",
    ("the port of X, X a province's seat", "de"): "'den Hafen von Hodeida angegriffen' (verb-final) gives no place",
    ("the port of X, X a province's seat", "ru"): "'по порту Ходейда': the seat is read as the governorate only",
    ("the port of X, X a province's seat", "uk"): "'по порту Ходейда': the seat is read as the governorate only",
    ("the Syrian town of X", "ru"): "the gazetteer has no Cyrillic spelling of Ariha (SY-ID); 'Ариха' reads as Ariqah",
    ("the Syrian town of X", "uk"): "the gazetteer has no Cyrillic spelling of Ariha (SY-ID); 'Ариха' reads as Ariqah",
    ("the Syrian town of X", "tr"): "'Eriha' is Jericho's Turkish name, and 'Suriye'nin' is not read as the town's country",
    ("the Syrian town of X", "ar"): "'أريحا' is read as the Jericho governorate (PS-JRH) before the adjective after it",
    ("drones launched from one region struck a town of another", "de"): _NO_EVENT,
    ("drones launched from one region struck a town of another", "tr"): "'Kursk bölgesinden' (the ablative on the "
        "region noun) is no origin, and 'Sumi kentini' is not found",
    ("drones launched from one region struck a town of another", "ar"): "'أطلقتها روسيا من' (the launcher between "
        "verb and preposition) is no origin, and 'مدينة سومي' after 'ليلا' is not found",
    ("X, in the Y region", "de"): "verb-final German: a bare object between the auxiliary and the participle "
                                  "is not read as a place",
    ("the north of X province", "ar"): _NO_EVENT,
    ("the A and B neighbourhoods of a city", "ar"): "'وحي الزيتون': after the neighbourhood noun the bare "
        "'الزيتون' (olives) is looked up, and only 'حي الزيتون' is entered, to keep the common noun out",
    ("the X refugee camp", "tr"): "'Nusayrat Mülteci Kampı'nda': the camp noun after the name is read as part of it",
    ("the villages of A, B and C", "ar"): "'جنوب لبنان' adds LB-JA (the South governorate) in Arabic only",
    ("in the south of a country, no unit", "ar"): "'الجنوب اللبناني' adds LB-JA in Arabic only (the Arabic "
        "references of real9 and real10 read it so, those of real7, real14 and real15 do not)",
    ("a following sentence names the strike again with its place", "ar"): "'جنوب لبنان' adds LB-JA in Arabic only",
    ("the A and B areas", "de"): "'Dschabalia' resolves to Jablah (Syria), not Jabalia",
    ("in X and Y, Y unknown to the gazetteer", "ar"): _BARE_LIST,
    ("in X and Y, Y unknown to the gazetteer", "de"): _BARE_LIST + " (verb-final)",
    ("in X and Y, Y unknown to the gazetteer", "ru"): _BARE_LIST + " (Cyrillic, declined)",
    ("in X and Y, Y unknown to the gazetteer", "tr"): _BARE_LIST + " (accusative suffix)",
    ("in X and Y, Y unknown to the gazetteer", "uk"): _BARE_LIST + " (Cyrillic, declined)",
    ("in the X area", "ru"): "'Гуляйполя' resolves to the village in UA-12, not the town in UA-23",
    ("in the X area", "tr"): "'Gulyaypole' resolves to the village in UA-12, not the town in UA-23",
    ("the base the jets flew from is not a place struck", "de"): "the base Diyarbakir is kept; Kandil is missed",
    ("the base the jets flew from is not a place struck", "uk"): "'у Кандилі' is not found",
    ("a district named after its centre", "es"): "'en el distrito de Nizhyn' is not read as a place",
    ("a district named after its centre", "ar"): "'نيجين' is not found; the unit's name gives a stray town",
    ("a region named with its country", "de"): _NO_EVENT,
    ("a region named with its country", "fr"): _NO_EVENT,
    ("a region named with its country", "ar"): "'منطقة كيروفوهراد الأوكرانية' gives no unit",
    ("the A, B and C regions, one plural unit noun after the last", "ar"): "'في مناطق خاركيف وسومي "
        "وبولتافا': the seats of the units are kept as towns beside them",
    ("in X, X a seat town (the Arabic \"in\" glued to it)", "tr"): "'Deyr el-Belah'ta' (the locative on a "
        "province's seat) is read as the unit only",
    ("A and B, the case ending or the preposition on the last name only", "ar"): "'وتل رفعت' after the "
        "conjunction is not found",
    ("weapons downed over one region, a drone hit in another in a clause of its own", "ar"): _NO_EVENT,
    ("a seat town alone in another spelling, inflected", "de"): "verb-final German: a bare object between the "
        "auxiliary and the participle is read as the unit only",
    ("a strike on X, X a province's seat", "tr"): "'Harkiv'e düzenlediği füze saldırısı': the dative on the "
                                                  "name is no place word, and no town noun follows it",
}

# session 25 (r21-en): the strike noun as the predicate, then what it answered ("The strikes were in
# retaliation for a rocket that was launched into southern Israel"): the relative clause's verb no
# longer ends the reaction stretch (locate._reaction_places reads a strike noun before the cue as the
# predicate), and the actor's country named as where the rocket went ("southern Israel", "le sud
# d'Israël": locate._named_as_place) no longer makes the stretch the actor's own strike. Seen in real19
# (jpost: IL-D), real20 (indianexpress), real13 (jewishnews). Sentences written for this test.
# fixed: ar en es fr; held: de ru tr uk.
MATRIX["the strikes were in retaliation for a rocket launched into southern Israel (the answered attack's place)"] = ([], [], {
    'ar': 'قال الجيش الإسرائيلي إن طائرات حربية إسرائيلية قصفت هدفين لحماس في قطاع غزة ليلا. وجاءت الغارات ردا على صاروخ أطلق باتجاه جنوب إسرائيل يوم الاثنين.',
    'de': 'Israelische Kampfjets haben in der Nacht zwei Ziele der Hamas im Gazastreifen angegriffen, teilte die Armee mit. Die Angriffe erfolgten als Reaktion auf eine Rakete, die am Montag auf den Süden Israels abgefeuert wurde.',
    'en': 'Israeli jets struck two Hamas targets in the Gaza Strip overnight, the army said. The strikes were in retaliation for a rocket that was launched into southern Israel on Monday.',
    'es': 'Aviones israelíes atacaron dos objetivos de Hamás en la Franja de Gaza durante la noche, informó el ejército. Los ataques fueron en respuesta a un cohete que fue lanzado contra el sur de Israel el lunes.',
    'fr': "Des avions israéliens ont frappé deux cibles du Hamas dans la bande de Gaza dans la nuit, a indiqué l'armée. Les frappes sont intervenues en représailles à une roquette qui a été tirée vers le sud d'Israël lundi.",
    'ru': 'Израильские самолеты ночью нанесли удары по двум целям ХАМАС в секторе Газа, сообщила армия. Удары были нанесены в ответ на ракету, которая в понедельник была выпущена по югу Израиля.',
    'tr': "İsrail ordusu, savaş uçaklarının gece Gazze Şeridi'nde Hamas'a ait iki hedefi vurduğunu açıkladı. Saldırılar, pazartesi günü İsrail'in güneyine atılan bir rokete karşılık olarak düzenlendi.",
    'uk': 'Ізраїльські літаки вночі завдали ударів по двох цілях ХАМАС у секторі Газа, повідомила армія. Удари були завдані у відповідь на ракету, яку в понеділок випустили по півдню Ізраїлю.',
})

LANGS = ("ar", "de", "en", "es", "fr", "ru", "tr", "uk")


def _key(name: str) -> str:
    return transliteration_skeleton(fold(name))


def _cases():
    for construction, (locs, units, texts) in MATRIX.items():
        assert sorted(texts) == sorted(LANGS), construction
        for lang in LANGS:
            marks = []
            if (construction, lang) in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[construction, lang]))
            yield pytest.param(texts[lang], lang, locs, units, id=f"{construction}-{lang}", marks=marks)


@pytest.mark.parametrize("text, lang, locs, units", list(_cases()))
def test_places_matrix(text, lang, locs, units):
    found = events(text, lang=lang)
    assert found, text
    got_locs = sorted({_key(loc["name"]) for ev in found for loc in ev["locations"]})
    got_units = sorted({code for ev in found for code in ev["admin1"]})
    assert (got_locs, got_units) == (sorted({_key(n) for n in locs}), sorted(units)), (
        [loc["name"] for ev in found for loc in ev["locations"]], got_units)


# A water body named after a city or unit ("golfe d'Aden", "Gulf of Aden", "Аденский залив"):
# the name is water, never the place struck (Aden the city and governorate, YE-AD). Where the
# water noun comes first (en es fr de) the name after it is water (grammar water_nouns_before);
# where the name comes first (ru uk tr) the name before the noun is (water_nouns).
# fixed: en es fr; held: de ru tr uk. Sentences written for this test.
WATER = {
    'de': 'Die Huthi-Rebellen haben am Dienstag zwei Raketen auf ein Schiff im Golf von Aden abgefeuert, teilte das US-Militär mit.',
    'en': 'Houthi rebels fired two missiles at a ship in the Gulf of Aden on Tuesday, the US military said.',
    'es': 'Los rebeldes hutíes dispararon el martes dos misiles contra un buque en el golfo de Adén, informó el ejército estadounidense.',
    'fr': "Les rebelles houthis ont tiré mardi deux missiles sur un navire dans le golfe d'Aden, a indiqué l'armée américaine.",
    'ru': 'Хуситы во вторник выпустили две ракеты по судну в Аденском заливе, сообщили в американской армии.',
    'tr': "Husiler salı günü Aden Körfezi'nde bir gemiye iki füze fırlattı, ABD ordusu açıkladı.",
    'uk': 'Хусити у вівторок випустили дві ракети по судну в Аденській затоці, повідомили в американській армії.',
}


@pytest.mark.parametrize("lang", sorted(WATER))
def test_a_gulf_named_after_a_city_is_no_place_struck(lang):
    found = events(WATER[lang], lang=lang, published="2024-03-13T09:00:00+00:00")
    assert [e["actor"] for e in found] == ["HOUTHI"]
    assert "YE-AD" not in found[0]["admin1"] and not found[0]["locations"], (found[0]["admin1"], found[0]["locations"])


# r18-en: a group's patron state named beside it ("le Hezbollah, soutenu par l'Iran", "İran destekli
# Hizbullah") is no place struck: the country stays the one struck (fixed: es fr ru tr uk; held: ar de en)
PATRON_STATE = {
    'ar': 'قال الجيش الإسرائيلي إن طائراته الحربية أغارت يوم الاثنين على مواقع لحزب الله المدعوم من إيران في جنوب لبنان.',
    'de': 'Israelische Kampfjets haben am Montag Stellungen der vom Iran unterstützten Hisbollah im Südlibanon angegriffen, teilte die Armee mit.',
    'en': 'Israeli jets struck positions of the Iran-backed Hezbollah group in southern Lebanon on Monday, the military said.',
    'es': 'La aviación israelí atacó el lunes posiciones del grupo chií Hezbolá, respaldado por Irán, en el sur del Líbano, informó el ejército.',
    'fr': "L'aviation israélienne a frappé lundi des positions du Hezbollah, soutenu par l'Iran, dans le sud du Liban, a indiqué l'armée.",
    'ru': 'Израильская авиация в понедельник нанесла удары по позициям поддерживаемой Ираном группировки «Хезболла» на юге Ливана, сообщила армия.',
    'tr': "İsrail savaş uçakları pazartesi günü Lübnan'ın güneyinde İran destekli Hizbullah'ın mevzilerini vurdu, ordu açıkladı.",
    'uk': 'Ізраїльська авіація в понеділок завдала ударів по позиціях угруповання «Хезболла», яке підтримує Іран, на півдні Лівану, повідомила армія.',
}


@pytest.mark.parametrize("lang", sorted(PATRON_STATE))
def test_a_groups_patron_state_is_no_country_struck(lang):
    found = events(PATRON_STATE[lang], lang=lang)
    assert [e["actor"] for e in found] == ["ISR"], found
    assert found[0]["country"] == "LB", found[0]["country"]


# Fire launched from the country the striker hits, at the striker's own land, told in a
# sentence of its report ("a rocket fired from the Gaza Strip landed near Netivot"): the
# origin names another country than the striker's, so a unit or a locality of the striker's
# own country in that sentence is where the other side's fire came down, not a place struck
# (locate._incoming_country). Recurred in dev2 fr (IL-D), dev2 ar, real12 es (Sderot), real13
# en (Eshkol), real5 en (Metula). Sentences written for this test; the Lebanese ones hold the
# same construction with a place the gazetteer knows in Israel. At the start en, es, fr (both
# constructions) kept Netivot or Metula; de ar ru uk tr already left Netivot out.
INCOMING = {
    "en": "Israeli aircraft struck two Hamas posts in Khan Yunis on Tuesday, the army said. Earlier, a rocket fired from the Gaza Strip landed in an open area near Netivot, causing no injuries.",
    "es": "Aviones israelíes bombardearon dos puestos de Hamás en Jan Yunis el martes, informó el Ejército. Antes, un cohete lanzado desde la Franja de Gaza cayó en un campo abierto cerca de Netivot.",
    "fr": "L'aviation israélienne a frappé deux positions du Hamas à Khan Younès mardi, a indiqué l'armée. Plus tôt, une roquette tirée depuis la bande de Gaza était tombée près de Netivot.",
    "de": "Israelische Kampfflugzeuge haben am Dienstag zwei Stellungen der Hamas in Chan Junis angegriffen, teilte die Armee mit. Zuvor war eine Rakete aus dem Gazastreifen bei Netivot eingeschlagen.",
    "ar": "شنت طائرات حربية إسرائيلية غارتين على موقعين لحركة حماس في خان يونس يوم الثلاثاء. وكان صاروخ أطلق من قطاع غزة قد سقط قرب مدينة نتيفوت دون وقوع إصابات.",
    "ru": "Израильская авиация во вторник нанесла удары по двум позициям ХАМАС в Хан-Юнисе, сообщила армия. Ранее ракета, выпущенная из сектора Газа, упала на открытой местности возле Нетивота.",
    "uk": "Ізраїльська авіація у вівторок завдала ударів по двох позиціях ХАМАС у Хан-Юнісі, повідомила армія. Раніше ракета, випущена з сектору Газа, впала на відкритій місцевості поблизу Нетівота.",
    "tr": "İsrail savaş uçakları salı günü Han Yunus'ta Hamas'a ait iki mevziyi vurdu, ordu açıkladı. Daha önce Gazze Şeridi'nden atılan bir roket Netivot yakınlarında açık bir alana düştü.",
}
INCOMING_LEBANON = {
    "en": "Israeli jets hit a Hezbollah depot in the village of Kfar Tibnit on Sunday, the army said. A day earlier, an anti-tank missile launched from Lebanon struck a house in Metula.",
    "es": "Aviones israelíes atacaron el domingo un depósito de Hezbolá en la aldea de Kfar Tibnit, informó el Ejército. Un día antes, un misil antitanque lanzado desde el Líbano alcanzó una casa en Metula.",
    "fr": "L'aviation israélienne a frappé dimanche un dépôt du Hezbollah dans le village de Kfar Tibnit, a indiqué l'armée. La veille, un missile antichar tiré depuis le Liban avait touché une maison à Metula.",
}


@pytest.mark.parametrize("lang, text, country, own", [
    *[pytest.param(lang, text, "PS", "Netivot", id=f"gaza-{lang}") for lang, text in sorted(INCOMING.items())],
    *[pytest.param(lang, text, "LB", "Metula", id=f"lebanon-{lang}") for lang, text in sorted(INCOMING_LEBANON.items())],
])
def test_a_place_the_other_sides_fire_hit_on_the_strikers_land_is_no_place_struck(lang, text, country, own):
    found = events(text, lang=lang)
    assert [e["actor"] for e in found] == ["ISR"], found
    assert found[0]["country"] == country, found[0]["country"]
    assert _key(own) not in {_key(loc["name"]) for loc in found[0]["locations"]}, found[0]["locations"]
    assert not [c for c in found[0]["admin1"] if c.startswith("IL-")], found[0]["admin1"]


# A capital named for its state's government, not where a strike fell (locate._government_capital):
# the owner of a government noun ("le régime de Damas", "режима Киева", "l'effort de guerre de
# Moscou", "Kiev yönetiminin"), the subject of a claim verb opening its clause ("Moscow said",
# "Moskau hat nach eigenen Angaben", "Moscou a affirmé"), and the next capitals of a list after
# such a one ("emisarios de Moscú, Kiev y Washington"), the subject of a verb of its stance ("Moscow
# warned", "Moscú cree que"; Kyiv there was read as its region, UA-32). Recurred as a false UA-30 / RU-MOW / SY-DI
# in real4 fr, real8 fr, real9 es, real11 de, real16 es. Sentences written for this test; at the
# start (int23) every passing one but the Spanish "régimen de Kiev" kept the capital's unit (that
# one kept UA-32, the region around it, instead).
GOVERNMENT_CAPITAL = [
    # (lang, text, the capital's unit (no place), a unit struck)
    ("ru", "Российская армия уничтожила два склада боеприпасов режима Киева в Харьковской области, сообщило министерство.", "UA-30", "UA-63"),
    ("uk", "Російська армія знищила два склади боєприпасів режиму Києва у Харківській області, повідомило міністерство.", "UA-30", "UA-63"),
    ("fr", "L'aviation russe a bombardé un camp près d'Idleb vendredi, tuant sept civils, selon l'OSDH; la Russie est alliée du régime de Damas.", "SY-DI", "SY-ID"),
    ("fr", "Des drones ukrainiens ont frappé une raffinerie dans la région de Saratov lundi, qui alimente l'effort de guerre de Moscou.", "RU-MOW", "RU-SAR"),
    ("es", "El ejército ruso destruyó dos depósitos de municiones de las fuerzas del régimen de Kiev en la región de Járkov, informó el ministerio.", "UA-30", "UA-63"),
    ("es", "Rusia lanzó 200 drones contra la región de Járkov horas antes de una reunión de emisarios de Moscú, Kiev y Washington.", "UA-30", "UA-63"),
    ("tr", "Rus ordusu, Kiev'in terör eylemlerine karşılık Harkiv bölgesindeki askeri tesisleri vurdu.", "UA-30", "UA-63"),
    ("en", "Kyiv said Russian missiles struck an ammunition depot in the Kharkiv region overnight.", "UA-30", "UA-63"),
    ("de", "Moskau hat nach eigenen Angaben in der Nacht 14 ukrainische Drohnen abgeschossen; Trümmer trafen ein Treibstofflager im Gebiet Brjansk.", "RU-MOW", "RU-BRY"),
    ("fr", "Moscou a affirmé avoir abattu 12 drones ukrainiens, dont les débris ont touché un dépôt de carburant à Klintsy, dans la région de Briansk.", "RU-MOW", "RU-BRY"),
    # the subject of a verb of the government's stance (grammar.stance_verbs)
    ("es", "Drones ucranianos atacaron una refinería en la región de Sarátov, y Moscú cree que la orden vino de Londres.", "RU-MOW", "RU-SAR"),
    ("en", "Ukrainian drones struck a fuel depot in the Bryansk region, and Moscow warned of retaliation.", "RU-MOW", "RU-BRY"),
    ("ru", "Российские ракеты поразили электростанцию в Харьковской области, Киев обвинил Москву в терроре.", "UA-32", "UA-63"),
    ("de", "Russische Raketen trafen ein Kraftwerk im Gebiet Charkiw, Kiew warf Moskau Terror vor.", "UA-32", "UA-63"),
    # head-final: the capital's genitive and a comma, the subject of a nominalised clause ("Kiev'in, ... düzenlediği")
    pytest.param("tr", "Rus ordusu Harkiv bölgesindeki bir enerji tesisini füzelerle vurdu. Kiev'in, Rus topraklarındaki sivil hedeflere saldırı düzenlediği vurgulandı.",
                 "UA-30", "UA-63", marks=pytest.mark.xfail(
                     strict=True, reason="the genitive subject of a nominalised clause is not read as the government: in the one corpus case (real8 tr) leaving the capital out left the event with no country at all (the capital gave UA by accident), a net -0.002 for tr")),
    pytest.param("tr", "Rus ordusu, Harkiv bölgesindeki bir enerji tesisini vurdu; bakanlık, Kiev'in, Belgorod'a saldırı düzenlediğini açıkladı.",
                 "UA-30", "UA-63", marks=pytest.mark.xfail(
                     strict=True, reason="the genitive subject of a nominalised clause is not read as the government: in the one corpus case (real8 tr) leaving the capital out left the event with no country at all (the capital gave UA by accident), a net -0.002 for tr")),
    pytest.param("en", "Russian missiles hit an energy plant in the Kharkiv region overnight as Kyiv accused Moscow of terror.",
                 "UA-32", "UA-63", marks=pytest.mark.xfail(
                     strict=True, reason="'as' opens no clause the rule knows (no coordinator, no complementizer): Kyiv stays, read as its region")),
    pytest.param("tr", "Rusya: Kiev'in terör eylemlerine karşılık Harkiv bölgesindeki askeri tesisleri füzelerle vurduk.",
                 "UA-30", "UA-63", marks=pytest.mark.xfail(
                     strict=True, reason="a first-person headline quote after the country's colon reads no strike event")),
]
# ... and the capital struck itself stays a place
CAPITAL_STRUCK = [
    ("en", "Russian missiles struck Kyiv overnight, killing two people, officials said.", "UA-30"),
    ("fr", "Des missiles russes ont frappé Kiev dans la nuit, faisant deux morts, a indiqué le maire.", "UA-30"),
    ("es", "Drones ucranianos atacaron Moscú el lunes, según el alcalde.", "RU-MOW"),
    ("de", "Ukrainische Drohnen haben in der Nacht Moskau angegriffen, teilte der Bürgermeister mit.", "RU-MOW"),
    ("es", "Rusia lanzó 200 drones contra Kiev y Járkov.", "UA-30"),
    ("tr", "Rus füzeleri Kiev'i vurdu, iki kişi öldü.", "UA-30"),
]


@pytest.mark.parametrize("lang, text, capital, struck", GOVERNMENT_CAPITAL)
def test_a_capital_named_for_its_government_is_no_place_struck(lang, text, capital, struck):
    found = events(text, lang=lang)
    assert found, text
    assert capital not in found[0]["admin1"] and struck in found[0]["admin1"], found[0]["admin1"]


@pytest.mark.parametrize("lang, text, capital", CAPITAL_STRUCK)
def test_a_capital_struck_stays_a_place(lang, text, capital):
    found = events(text, lang=lang)
    assert found and capital in found[0]["admin1"], found
