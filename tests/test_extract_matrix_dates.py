"""event_date / period_start across the eight languages: one matrix of constructions.

Each construction is one short strike report written by the team in each language, the way
that language's agency copy says it (its own word order, cases and particles), never taken
from a corpus text. Every sentence is read against one `published` day, Tuesday 14 May 2024,
and the expected pair (event_date, period_start) follows CONVENTIONS.md "Dates".

A case that fails today is marked xfail(strict=True) with the reason, so it shows when fixed.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import events

PUB = "2024-05-14T09:00:00+00:00"   # a Tuesday

D = "2024-05-{:02d}".format

# construction -> (expected (event_date, period_start), {lang: sentence})
MATRIX = {
    # a weekday alone: that day
    "weekday": ((D(13), D(13)), {
        "en": "Israeli aircraft struck Hezbollah positions in southern Lebanon on Monday, the army said.",
        "fr": "L'aviation israélienne a frappé lundi des positions du Hezbollah dans le sud du Liban, a indiqué l'armée.",
        "de": "Die israelische Luftwaffe hat am Montag Stellungen der Hisbollah im Südlibanon angegriffen, teilte die Armee mit.",
        "es": "La aviación israelí atacó el lunes posiciones de Hezbolá en el sur del Líbano, informó el ejército.",
        "ru": "Израильская авиация в понедельник нанесла удары по позициям «Хезболлы» на юге Ливана, сообщила армия.",
        "uk": "Ізраїльська авіація в понеділок завдала ударів по позиціях «Хезболли» на півдні Лівану, повідомила армія.",
        "tr": "İsrail ordusu, savaş uçaklarının pazartesi günü Lübnan'ın güneyindeki Hizbullah mevzilerini vurduğunu açıkladı.",
        "ar": "شنت طائرات حربية إسرائيلية يوم الاثنين غارات على مواقع لحزب الله في جنوب لبنان، بحسب الجيش.",
    }),
    # a weekday with a part of the day: that weekday
    "weekday_evening": ((D(12), D(12)), {
        "en": "Russian drones attacked energy facilities in the Kharkiv region on Sunday evening, Ukraine's air force said.",
        "fr": "Des drones russes ont attaqué dimanche soir des installations énergétiques dans la région de Kharkiv, selon l'armée de l'air ukrainienne.",
        "de": "Russische Drohnen haben am Sonntagabend Energieanlagen im Gebiet Charkiw angegriffen, teilte die ukrainische Luftwaffe mit.",
        "es": "Drones rusos atacaron el domingo por la tarde instalaciones energéticas en la región de Járkov, informó la Fuerza Aérea ucraniana.",
        "ru": "Российские беспилотники в воскресенье вечером атаковали энергетические объекты в Харьковской области, сообщили Воздушные силы Украины.",
        "uk": "Російські дрони в неділю ввечері атакували енергетичні об'єкти в Харківській області, повідомили Повітряні сили ЗСУ.",
        "tr": "Rus insansız hava araçları pazar akşamı Harkiv bölgesindeki enerji tesislerine saldırdı, Ukrayna Hava Kuvvetleri açıkladı.",
        "ar": "هاجمت طائرات مسيرة روسية مساء الأحد منشآت للطاقة في منطقة خاركيف، وفق سلاح الجو الأوكراني.",
    }),
    # yesterday: the day before the announcement
    "yesterday": ((D(13), D(13)), {
        "en": "US warplanes struck Houthi radar sites in Yemen yesterday, Central Command said.",
        "fr": "Des avions américains ont frappé hier des sites radar des Houthis au Yémen, a annoncé le Centcom.",
        "de": "US-Kampfflugzeuge haben gestern Radarstellungen der Huthi im Jemen bombardiert, teilte das Zentralkommando mit.",
        "es": "Aviones estadounidenses bombardearon ayer instalaciones de radar de los hutíes en Yemen, informó el Comando Central.",
        "ru": "Американские самолеты вчера нанесли удары по радарам хуситов в Йемене, сообщило Центральное командование.",
        "uk": "Американські літаки вчора завдали ударів по радарах хуситів в Ємені, повідомило Центральне командування.",
        "tr": "ABD savaş uçakları dün Yemen'de Husilere ait radar tesislerini vurdu, Merkez Kuvvetler Komutanlığı açıkladı.",
        "ar": "شنت طائرات أمريكية أمس غارات على مواقع رادار تابعة للحوثيين في اليمن، وفق القيادة المركزية.",
    }),
    # this morning: the announcement day
    "this_morning": ((D(14), D(14)), {
        "en": "Turkish jets struck PKK targets in northern Iraq this morning, the defence ministry said.",
        "fr": "Des avions turcs ont frappé ce matin des cibles du PKK dans le nord de l'Irak, a indiqué le ministère de la Défense.",
        "de": "Türkische Kampfjets haben heute Morgen Ziele der PKK im Nordirak angegriffen, teilte das Verteidigungsministerium mit.",
        "es": "Aviones turcos atacaron esta mañana objetivos del PKK en el norte de Irak, informó el Ministerio de Defensa.",
        "ru": "Турецкие самолеты сегодня утром нанесли удары по целям РПК на севере Ирака, сообщило министерство обороны.",
        "uk": "Турецькі літаки сьогодні вранці завдали ударів по цілях РПК на півночі Іраку, повідомило міністерство оборони.",
        "tr": "Türk savaş uçakları bu sabah Irak'ın kuzeyinde PKK'ya ait hedefleri vurdu, Milli Savunma Bakanlığı açıkladı.",
        "ar": "قصفت طائرات تركية صباح اليوم أهدافا لحزب العمال الكردستاني في شمال العراق، بحسب وزارة الدفاع.",
    }),
    # overnight / last night: the night before the announcement
    "overnight": ((D(14), D(13)), {
        "en": "Russian forces attacked Ukraine with 30 drones overnight, the Ukrainian air force said.",
        "fr": "Les forces russes ont attaqué l'Ukraine avec 30 drones dans la nuit, a indiqué l'armée de l'air ukrainienne.",
        "de": "Russische Truppen haben die Ukraine in der Nacht mit 30 Drohnen angegriffen, teilte die ukrainische Luftwaffe mit.",
        "es": "Las fuerzas rusas atacaron Ucrania durante la noche con 30 drones, informó la Fuerza Aérea ucraniana.",
        "ru": "Этой ночью российские войска атаковали Украину 30 беспилотниками, сообщили Воздушные силы.",
        "uk": "Минулої ночі російські війська атакували Україну 30 дронами, повідомили Повітряні сили.",
        "tr": "Rus kuvvetleri gece boyunca Ukrayna'ya 30 insansız hava aracıyla saldırdı, Ukrayna Hava Kuvvetleri açıkladı.",
        "ar": "هاجمت القوات الروسية أوكرانيا خلال الليلة الماضية بثلاثين طائرة مسيرة، وفق سلاح الجو الأوكراني.",
    }),
    # at dawn, no day named: the announcement day
    "dawn": ((D(14), D(14)), {
        "en": "Israeli jets struck a house in Rafah at dawn, the army said.",
        "fr": "Des avions israéliens ont frappé à l'aube une maison à Rafah, a indiqué l'armée.",
        "de": "Israelische Kampfflugzeuge haben im Morgengrauen ein Haus in Rafah bombardiert, teilte die Armee mit.",
        "es": "Aviones israelíes bombardearon al amanecer una casa en Rafah, informó el ejército.",
        "ru": "Израильские самолеты на рассвете нанесли удар по дому в Рафахе, сообщила армия.",
        "uk": "Ізраїльські літаки на світанку завдали удару по будинку в Рафаху, повідомила армія.",
        "tr": "İsrail savaş uçakları şafak vakti Refah'ta bir evi vurdu, ordu açıkladı.",
        "ar": "قصفت طائرات إسرائيلية فجر اليوم منزلا في رفح، بحسب الجيش.",
    }),
    # the night of 12 to 13 May, both days written: one night dated by its end, as the
    # reference reads "dans la nuit du 16 au 17 novembre" (dev gold; see
    # test_night_of_two_days_is_one_night_fr), unlike "the night to 13 May" (12 to 13)
    "night_of_dates": ((D(13), D(13)), {
        "en": "On the night of 12 to 13 May, Russian forces attacked Ukraine with 25 drones, the air force said.",
        "fr": "Dans la nuit du 12 au 13 mai, les forces russes ont attaqué l'Ukraine avec 25 drones, selon l'armée de l'air.",
        "de": "In der Nacht vom 12. auf den 13. Mai haben russische Truppen die Ukraine mit 25 Drohnen angegriffen, teilte die Luftwaffe mit.",
        "es": "En la noche del 12 al 13 de mayo, las fuerzas rusas atacaron Ucrania con 25 drones, informó la Fuerza Aérea.",
        "ru": "В ночь с 12 на 13 мая российские войска атаковали Украину 25 беспилотниками, сообщили Воздушные силы.",
        "uk": "У ніч з 12 на 13 травня російські війська атакували Україну 25 дронами, повідомили Повітряні сили.",
        "tr": "12'yi 13 Mayıs'a bağlayan gece Rus kuvvetleri Ukrayna'ya 25 insansız hava aracıyla saldırdı, Hava Kuvvetleri açıkladı.",
        "ar": "شنت القوات الروسية في ليلة 12 إلى 13 مايو هجوما على أوكرانيا بخمس وعشرين طائرة مسيرة، وفق سلاح الجو.",
    }),
    # a date with its month name, no year: this year's
    "date_month_name": ((D(10), D(10)), {
        "en": "On May 10, coalition aircraft conducted five strikes against ISIS near Raqqa, the command said.",
        "fr": "Le 10 mai, les avions de la coalition ont mené cinq frappes contre l'EI près de Raqqa, a indiqué le commandement.",
        "de": "Am 10. Mai hat die Koalition fünf Luftangriffe gegen den IS bei Rakka geflogen, teilte das Kommando mit.",
        "es": "El 10 de mayo, aviones de la coalición llevaron a cabo cinco ataques contra el EI cerca de Raqqa, informó el mando.",
        "ru": "10 мая самолеты коалиции нанесли пять ударов по ИГ в районе Ракки, сообщило командование.",
        "uk": "10 травня літаки коаліції завдали п'яти ударів по ІДІЛ поблизу Ракки, повідомило командування.",
        "tr": "Koalisyon uçakları 10 Mayıs'ta Rakka yakınlarında DEAŞ'a yönelik beş hava saldırısı düzenledi, komutanlık açıkladı.",
        "ar": "نفذت طائرات التحالف في 10 مايو خمس ضربات ضد داعش قرب الرقة، بحسب القيادة.",
    }),
    # a date in digits with its year, in the language's order
    "date_numeric": ((D(10), D(10)), {
        "en": "Coalition aircraft conducted five strikes against ISIS in Syria on 05/10/2024, the command said.",
        "fr": "Le 10/05/2024, les avions de la coalition ont mené cinq frappes contre l'EI en Syrie, a indiqué le commandement.",
        "de": "Am 10.05.2024 hat die Koalition fünf Luftangriffe gegen den IS in Syrien geflogen, teilte das Kommando mit.",
        "es": "El 10/05/2024, aviones de la coalición realizaron cinco ataques contra el EI en Siria, informó el mando.",
        "ru": "10.05.2024 самолеты коалиции нанесли пять ударов по ИГ в Сирии, сообщило командование.",
        "uk": "10.05.2024 літаки коаліції завдали п'яти ударів по ІДІЛ у Сирії, повідомило командування.",
        "tr": "Koalisyon uçakları 10.05.2024 tarihinde Suriye'de DEAŞ'a yönelik beş hava saldırısı düzenledi, komutanlık açıkladı.",
        "ar": "نفذت طائرات التحالف بتاريخ 10/05/2024 خمس ضربات ضد داعش في سوريا، بحسب القيادة.",
    }),
    # since a recent weekday: the report's period runs from it to the announcement
    "since_weekday": ((D(14), D(12)), {
        "en": "Israeli jets have struck 40 Hamas targets in Gaza since Sunday, the army said.",
        "fr": "Depuis dimanche, l'aviation israélienne a frappé 40 cibles du Hamas à Gaza, a indiqué l'armée.",
        "de": "Seit Sonntag hat die israelische Luftwaffe 40 Ziele der Hamas im Gazastreifen angegriffen, teilte die Armee mit.",
        "es": "Desde el domingo, la aviación israelí ha atacado 40 objetivos de Hamás en Gaza, informó el ejército.",
        "ru": "С воскресенья израильская авиация поразила 40 целей ХАМАС в секторе Газа, сообщила армия.",
        "uk": "З неділі ізраїльська авіація уразила 40 цілей ХАМАС у секторі Газа, повідомила армія.",
        "tr": "İsrail savaş uçakları pazar gününden bu yana Gazze'de Hamas'a ait 40 hedefi vurdu, ordu açıkladı.",
        "ar": "قصفت الطائرات الإسرائيلية منذ الأحد 40 هدفا لحماس في غزة، بحسب الجيش.",
    }),
    # since the start of the week: from its Monday to the announcement
    "since_week_start": ((D(14), D(13)), {
        "en": "Since the start of the week, Israeli jets have struck 60 Hezbollah targets in Lebanon, the army said.",
        "fr": "Depuis le début de la semaine, l'aviation israélienne a frappé 60 cibles du Hezbollah au Liban, a indiqué l'armée.",
        "de": "Seit Beginn der Woche hat die israelische Luftwaffe 60 Ziele der Hisbollah im Libanon angegriffen, teilte die Armee mit.",
        "es": "Desde el inicio de la semana, la aviación israelí ha atacado 60 objetivos de Hezbolá en el Líbano, informó el ejército.",
        "ru": "С начала недели израильская авиация поразила 60 целей «Хезболлы» в Ливане, сообщила армия.",
        "uk": "З початку тижня ізраїльська авіація уразила 60 цілей «Хезболли» в Лівані, повідомила армія.",
        "tr": "İsrail savaş uçakları hafta başından bu yana Lübnan'da Hizbullah'a ait 60 hedefi vurdu, ordu açıkladı.",
        "ar": "قصفت الطائرات الإسرائيلية منذ بداية الأسبوع 60 هدفا لحزب الله في لبنان، بحسب الجيش.",
    }),
    # over the past N days, N spelled out: N days before the announcement
    "past_n_days": ((D(14), D(11)), {
        "en": "Russian aircraft struck 120 targets in Syria over the past three days, the ministry said.",
        "fr": "L'aviation russe a frappé 120 cibles en Syrie au cours des trois derniers jours, a indiqué le ministère.",
        "de": "Die russische Luftwaffe hat in den vergangenen drei Tagen 120 Ziele in Syrien angegriffen, teilte das Ministerium mit.",
        "es": "La aviación rusa atacó 120 objetivos en Siria en los últimos tres días, informó el ministerio.",
        "ru": "За последние три дня российская авиация поразила 120 объектов в Сирии, сообщило министерство.",
        "uk": "За останні три дні російська авіація уразила 120 об'єктів у Сирії, повідомило міністерство.",
        "tr": "Rus savaş uçakları son üç gün içinde Suriye'de 120 hedefi vurdu, bakanlık açıkladı.",
        "ar": "قصفت الطائرات الروسية خلال الأيام الثلاثة الماضية 120 هدفا في سوريا، بحسب الوزارة.",
    }),
    # in the last 24 hours: the announcement day and the day before
    "past_24_hours": ((D(14), D(13)), {
        "en": "Russian aircraft carried out 45 sorties in Syria in the last 24 hours, the ministry said.",
        "fr": "L'aviation russe a effectué 45 sorties en Syrie au cours des dernières 24 heures, a indiqué le ministère.",
        "de": "Die russische Luftwaffe hat in den vergangenen 24 Stunden 45 Einsätze in Syrien geflogen, teilte das Ministerium mit.",
        "es": "La aviación rusa realizó 45 salidas en Siria en las últimas 24 horas, informó el ministerio.",
        "ru": "За последние 24 часа российская авиация выполнила 45 боевых вылетов в Сирии, сообщило министерство.",
        "uk": "За останні 24 години російська авіація здійснила 45 бойових вильотів у Сирії, повідомило міністерство.",
        "tr": "Rus savaş uçakları son 24 saatte Suriye'de 45 sorti gerçekleştirdi, bakanlık açıkladı.",
        "ar": "نفذت الطائرات الروسية خلال الساعات الـ24 الماضية 45 طلعة في سوريا، بحسب الوزارة.",
    }),
    # between two days of one month: the first to the last
    "range_between": ((D(10), D(8)), {
        "en": "Between May 8 and 10, US aircraft conducted 12 strikes against Houthi sites in Yemen, the command said.",
        "fr": "Entre le 8 et le 10 mai, les avions américains ont mené 12 frappes contre des sites houthis au Yémen, a indiqué le commandement.",
        "de": "Zwischen dem 8. und 10. Mai flogen US-Flugzeuge zwölf Angriffe auf Stellungen der Huthi im Jemen, teilte das Kommando mit.",
        "es": "Entre el 8 y el 10 de mayo, aviones estadounidenses realizaron 12 ataques contra posiciones hutíes en Yemen, informó el mando.",
        "ru": "С 8 по 10 мая американская авиация нанесла 12 ударов по позициям хуситов в Йемене, сообщило командование.",
        "uk": "З 8 по 10 травня американська авіація завдала 12 ударів по позиціях хуситів в Ємені, повідомило командування.",
        "tr": "ABD uçakları 8-10 Mayıs tarihleri arasında Yemen'de Husilere ait mevzilere 12 hava saldırısı düzenledi, komutanlık açıkladı.",
        "ar": "نفذت الطائرات الأمريكية بين 8 و10 مايو 12 غارة على مواقع للحوثيين في اليمن، بحسب القيادة.",
    }),
    # a dateline filed the day before publication: "yesterday" is the day before the dateline
    "dateline_yesterday": ((D(12), D(12)), {
        "en": "KYIV, May 13 (Reuters) - Russian missiles struck a power plant in the Kharkiv region yesterday, officials said.",
        "fr": "KIEV, 13 mai (AFP) - Des missiles russes ont frappé hier une centrale électrique dans la région de Kharkiv, ont indiqué les autorités.",
        "de": "KIEW, 13. Mai (dpa) - Russische Raketen haben gestern ein Kraftwerk im Gebiet Charkiw getroffen, teilten die Behörden mit.",
        "es": "KIEV, 13 may (EFE).- Misiles rusos impactaron ayer en una central eléctrica de la región de Járkov, informaron las autoridades.",
        "ru": "КИЕВ, 13 мая /Укринформ/ - Российские войска вчера нанесли ракетный удар по электростанции в Харьковской области, сообщили власти.",
        "uk": "КИЇВ, 13 травня (Укрінформ) - Російські війська вчора завдали ракетного удару по електростанції в Харківській області, повідомила влада.",
        "tr": "KİEV, 13 Mayıs (AA) - Rus füzeleri dün Harkiv bölgesinde bir elektrik santralini vurdu, yetkililer açıkladı.",
        "ar": "كييف، 13 مايو (رويترز) - أصابت صواريخ روسية أمس محطة كهرباء في منطقة خاركيف، وفق السلطات.",
    }),
    # the day only in the lead sentence, the figures in the next
    "lead_only": ((D(12), D(12)), {
        "en": "Israeli aircraft pounded the Gaza Strip on Sunday. The army said its jets hit 25 Hamas targets, including rocket launchers.",
        "fr": "L'aviation israélienne a pilonné dimanche la bande de Gaza. Selon l'armée, ses avions ont frappé 25 cibles du Hamas, dont des lance-roquettes.",
        "de": "Die israelische Luftwaffe hat am Sonntag den Gazastreifen bombardiert. Nach Angaben der Armee trafen ihre Kampfjets 25 Ziele der Hamas, darunter Raketenwerfer.",
        "es": "La aviación israelí bombardeó el domingo la Franja de Gaza. Según el ejército, sus aviones alcanzaron 25 objetivos de Hamás, entre ellos lanzacohetes.",
        "ru": "Израильская авиация в воскресенье нанесла удары по сектору Газа. По данным армии, самолеты поразили 25 целей ХАМАС, в том числе пусковые установки.",
        "uk": "Ізраїльська авіація в неділю завдала ударів по сектору Газа. За даними армії, літаки уразили 25 цілей ХАМАС, зокрема пускові установки.",
        "tr": "İsrail savaş uçakları pazar günü Gazze Şeridi'ni bombaladı. Ordunun açıklamasına göre uçaklar, roketatarlar dahil Hamas'a ait 25 hedefi vurdu.",
        "ar": "قصفت الطائرات الإسرائيلية يوم الأحد قطاع غزة. وقال الجيش إن طائراته أصابت 25 هدفا لحماس بينها منصات صواريخ.",
    }),
    # a weekday in a comparison clause is the compared day, not the claim's
    "comparison_weekday": ((D(14), D(14)), {
        "en": "Israeli jets struck 30 Hamas targets in Gaza today, more than on Sunday, the army said.",
        "fr": "L'aviation israélienne a frappé aujourd'hui 30 cibles du Hamas à Gaza, plus que dimanche, a indiqué l'armée.",
        "de": "Die israelische Luftwaffe hat heute 30 Ziele der Hamas in Gaza angegriffen, mehr als am Sonntag, teilte die Armee mit.",
        "es": "La aviación israelí atacó hoy 30 objetivos de Hamás en Gaza, más que el domingo, informó el ejército.",
        "ru": "Израильская авиация сегодня поразила 30 целей ХАМАС в Газе, больше, чем в воскресенье, сообщила армия.",
        "uk": "Ізраїльська авіація сьогодні уразила 30 цілей ХАМАС у Газі, більше, ніж у неділю, повідомила армія.",
        "tr": "İsrail savaş uçakları bugün Gazze'de Hamas'a ait 30 hedefi vurdu, pazar gününe göre daha fazla, ordu açıkladı.",
        "ar": "قصفت الطائرات الإسرائيلية اليوم 30 هدفا لحماس في غزة، أكثر من يوم الأحد، بحسب الجيش.",
    }),
    # a week ago: the day seven days before the announcement
    "week_ago": ((D(7), D(7)), {
        "en": "Russian missiles struck a fuel depot in Odesa a week ago, the governor said.",
        "fr": "Des missiles russes ont frappé il y a une semaine un dépôt de carburant à Odessa, a indiqué le gouverneur.",
        "de": "Russische Raketen haben vor einer Woche ein Treibstofflager in Odessa getroffen, sagte der Gouverneur.",
        "es": "Misiles rusos impactaron hace una semana en un depósito de combustible en Odesa, dijo el gobernador.",
        "ru": "Неделю назад российские ракеты поразили нефтебазу в Одессе, сообщил губернатор.",
        "uk": "Тиждень тому російські ракети уразили нафтобазу в Одесі, повідомив губернатор.",
        "tr": "Rus füzeleri bir hafta önce Odessa'da bir akaryakıt deposunu vurdu, vali açıkladı.",
        "ar": "أصابت صواريخ روسية قبل أسبوع مستودع وقود في أوديسا، بحسب الحاكم.",
    }),
    # N days ago, N spelled out
    "days_ago": ((D(12), D(12)), {
        "en": "Ukrainian drones attacked an oil refinery in the Krasnodar region two days ago, the Russian defence ministry said.",
        "fr": "Des drones ukrainiens ont attaqué il y a deux jours une raffinerie dans la région de Krasnodar, a indiqué le ministère russe de la Défense.",
        "de": "Ukrainische Drohnen haben vor zwei Tagen eine Ölraffinerie im Gebiet Krasnodar angegriffen, teilte das russische Verteidigungsministerium mit.",
        "es": "Drones ucranianos atacaron hace dos días una refinería en la región de Krasnodar, informó el Ministerio de Defensa ruso.",
        "ru": "Два дня назад украинские беспилотники атаковали нефтеперерабатывающий завод в Краснодарском крае, сообщило Минобороны России.",
        "uk": "Два дні тому українські дрони атакували нафтопереробний завод у Краснодарському краї, повідомило міноборони Росії.",
        "tr": "Ukrayna insansız hava araçları iki gün önce Krasnodar bölgesinde bir petrol rafinerisine saldırdı, Rusya Savunma Bakanlığı açıkladı.",
        "ar": "هاجمت طائرات مسيرة أوكرانية قبل يومين مصفاة نفط في منطقة كراسنودار، بحسب وزارة الدفاع الروسية.",
    }),
    # the night to a weekday: that day, the night starting the day before (the reference
    # reads "в ночь на понедельник, 10 февраля" so)
    "night_to_weekday": ((D(13), D(12)), {
        "en": "Russian forces attacked Ukraine with 40 drones overnight into Monday, the air force said.",
        "fr": "Dans la nuit de dimanche à lundi, les forces russes ont attaqué l'Ukraine avec 40 drones, selon l'armée de l'air.",
        "de": "In der Nacht zum Montag haben russische Truppen die Ukraine mit 40 Drohnen angegriffen, teilte die Luftwaffe mit.",
        "es": "Durante la noche del domingo al lunes, las fuerzas rusas atacaron Ucrania con 40 drones, informó la Fuerza Aérea.",
        "ru": "В ночь на понедельник российские войска атаковали Украину 40 беспилотниками, сообщили Воздушные силы.",
        "uk": "У ніч на понеділок російські війська атакували Україну 40 дронами, повідомили Повітряні сили.",
        "tr": "Rus kuvvetleri pazartesiye bağlayan gece Ukrayna'ya 40 insansız hava aracıyla saldırdı, Hava Kuvvetleri açıkladı.",
        "ar": "شنت القوات الروسية ليل الأحد-الاثنين هجوما على أوكرانيا بأربعين طائرة مسيرة، وفق سلاح الجو.",
    }),
    # the past 48 hours: two days back
    "past_48_hours": ((D(14), D(12)), {
        "en": "Israeli jets struck 70 Hezbollah targets in Lebanon over the past 48 hours, the army said.",
        "fr": "L'aviation israélienne a frappé 70 cibles du Hezbollah au Liban au cours des dernières 48 heures, a indiqué l'armée.",
        "de": "Die israelische Luftwaffe hat in den vergangenen 48 Stunden 70 Ziele der Hisbollah im Libanon angegriffen, teilte die Armee mit.",
        "es": "La aviación israelí atacó 70 objetivos de Hezbolá en el Líbano en las últimas 48 horas, informó el ejército.",
        "ru": "За последние 48 часов израильская авиация поразила 70 целей «Хезболлы» в Ливане, сообщила армия.",
        "uk": "За останні 48 годин ізраїльська авіація уразила 70 цілей «Хезболли» в Лівані, повідомила армія.",
        "tr": "İsrail savaş uçakları son 48 saatte Lübnan'da Hizbullah'a ait 70 hedefi vurdu, ordu açıkladı.",
        "ar": "قصفت الطائرات الإسرائيلية خلال الساعات الـ48 الماضية 70 هدفا لحزب الله في لبنان، بحسب الجيش.",
    }),
    # since a weekday's evening: from that weekday to the announcement
    "since_weekday_evening": ((D(14), D(12)), {
        "en": "Since Sunday evening, Russian drones have hit 15 energy facilities in Ukraine, the ministry said.",
        "fr": "Depuis dimanche soir, des drones russes ont frappé 15 installations énergétiques en Ukraine, a indiqué le ministère.",
        "de": "Seit Sonntagabend haben russische Drohnen 15 Energieanlagen in der Ukraine getroffen, teilte das Ministerium mit.",
        "es": "Desde el domingo por la noche, drones rusos han alcanzado 15 instalaciones energéticas en Ucrania, informó el ministerio.",
        "ru": "С вечера воскресенья российские беспилотники поразили 15 энергетических объектов в Украине, сообщило министерство.",
        "uk": "З вечора неділі російські дрони уразили 15 енергетичних об'єктів в Україні, повідомило міністерство.",
        "tr": "Rus insansız hava araçları pazar akşamından bu yana Ukrayna'da 15 enerji tesisini vurdu, bakanlık açıkladı.",
        "ar": "أصابت طائرات مسيرة روسية منذ مساء الأحد 15 منشأة للطاقة في أوكرانيا، بحسب الوزارة.",
    }),
    # between two weekdays: the first to the last
    "weekday_range": ((D(13), D(11)), {
        "en": "Between Saturday and Monday, Israeli jets struck 50 Hamas targets in Gaza, the army said.",
        "fr": "Entre samedi et lundi, l'aviation israélienne a frappé 50 cibles du Hamas à Gaza, a indiqué l'armée.",
        "de": "Zwischen Samstag und Montag hat die israelische Luftwaffe 50 Ziele der Hamas in Gaza angegriffen, teilte die Armee mit.",
        "es": "Entre el sábado y el lunes, la aviación israelí atacó 50 objetivos de Hamás en Gaza, informó el ejército.",
        "ru": "С субботы по понедельник израильская авиация поразила 50 целей ХАМАС в Газе, сообщила армия.",
        "uk": "З суботи по понеділок ізраїльська авіація уразила 50 цілей ХАМАС у Газі, повідомила армія.",
        "tr": "İsrail savaş uçakları cumartesi ile pazartesi arasında Gazze'de Hamas'a ait 50 hedefi vurdu, ordu açıkladı.",
        "ar": "قصفت الطائرات الإسرائيلية بين السبت والاثنين 50 هدفا لحماس في غزة، بحسب الجيش.",
    }),
    # over the past week: seven days back
    "past_week": ((D(14), D(7)), {
        "en": "US aircraft conducted 30 strikes against Houthi targets in Yemen over the past week, the command said.",
        "fr": "Les avions américains ont mené 30 frappes contre des cibles houthies au Yémen au cours de la semaine écoulée, a indiqué le commandement.",
        "de": "US-Flugzeuge haben innerhalb der vergangenen Woche 30 Angriffe auf Ziele der Huthi im Jemen geflogen, teilte das Kommando mit.",
        "es": "Aviones estadounidenses realizaron 30 ataques contra objetivos hutíes en Yemen durante la última semana, informó el mando.",
        "ru": "За прошедшую неделю американская авиация нанесла 30 ударов по целям хуситов в Йемене, сообщило командование.",
        "uk": "За минулий тиждень американська авіація завдала 30 ударів по цілях хуситів в Ємені, повідомило командування.",
        "tr": "ABD uçakları son bir haftada Yemen'de Husilere ait hedeflere 30 hava saldırısı düzenledi, komutanlık açıkladı.",
        "ar": "نفذت الطائرات الأمريكية خلال الأسبوع الماضي 30 غارة على أهداف للحوثيين في اليمن، بحسب القيادة.",
    }),
    # a strike named as a night's ("a night-time attack", "ataque nocturno", "ночная атака"),
    # no day named: the night before the announcement, like "overnight"
    "night_attack": ((D(14), D(13)), {
        "en": "In a night-time attack, Ukrainian drones hit a refinery in the Leningrad region, Russian officials said.",
        "fr": "Des drones ukrainiens ont frappé une raffinerie de la région de Leningrad lors d'une attaque nocturne, selon les autorités russes.",
        "de": "Bei einem nächtlichen Angriff haben ukrainische Drohnen eine Raffinerie im Gebiet Leningrad getroffen, teilten russische Behörden mit.",
        "es": "En un ataque nocturno, drones ucranianos alcanzaron una refinería en la región de Leningrado, informaron las autoridades rusas.",
        "ru": "Украинские беспилотники в ходе ночной атаки поразили нефтеперерабатывающий завод в Ленинградской области, сообщили российские власти.",
        "uk": "Українські дрони під час нічної атаки уразили нафтопереробний завод у Ленінградській області, повідомили російські власті.",
        "tr": "Ukrayna insansız hava araçları gece düzenlenen saldırıda Leningrad bölgesindeki bir rafineriyi vurdu, Rus yetkililer açıkladı.",
        "ar": "أصابت طائرات مسيرة أوكرانية في هجوم ليلي مصفاة نفط في منطقة لينينغراد، بحسب السلطات الروسية.",
    }),
    # strikes on two days named in one report: the earliest to the latest
    "two_dates": ((D(12), D(10)), {
        "en": "Turkish jets struck PKK shelters in Qandil on May 10 and in Metina on May 12, the defence ministry said.",
        "fr": "Les avions turcs ont frappé des abris du PKK à Qandil le 10 mai et à Metina le 12 mai, a indiqué le ministère de la Défense.",
        "de": "Türkische Kampfjets haben am 10. Mai Unterschlüpfe der PKK in Kandil und am 12. Mai in Metina angegriffen, teilte das Verteidigungsministerium mit.",
        "es": "Aviones turcos atacaron refugios del PKK en Qandil el 10 de mayo y en Metina el 12 de mayo, informó el Ministerio de Defensa.",
        "ru": "Турецкие самолеты 10 мая нанесли удары по укрытиям РПК в Кандиле, а 12 мая — в Метине, сообщило министерство обороны.",
        "uk": "Турецькі літаки 10 травня завдали ударів по укриттях РПК у Кандилі, а 12 травня — у Метіні, повідомило міністерство оборони.",
        "tr": "Türk savaş uçakları 10 Mayıs'ta Kandil'de, 12 Mayıs'ta ise Metina'da PKK'ya ait sığınakları vurdu, Milli Savunma Bakanlığı açıkladı.",
        "ar": "قصفت طائرات تركية في 10 مايو مخابئ لحزب العمال الكردستاني في قنديل، وفي 12 مايو في متينا، بحسب وزارة الدفاع.",
    }),
    # a later sentence telling when the campaign began: background, not the period's start
    "campaign_start_background": ((D(13), D(13)), {
        "en": "Russian aircraft struck 12 Islamic State targets in Syria on Monday, the ministry said. Russia began its air campaign in Syria on 30 April.",
        "fr": "L'aviation russe a frappé lundi 12 cibles de l'État islamique en Syrie, a indiqué le ministère. La Russie a lancé sa campagne aérienne en Syrie le 30 avril.",
        "de": "Die russische Luftwaffe hat am Montag zwölf Ziele des Islamischen Staates in Syrien angegriffen, teilte das Ministerium mit. Russland hatte seine Luftangriffe in Syrien am 30. April begonnen.",
        "es": "La aviación rusa atacó el lunes 12 objetivos del Estado Islámico en Siria, informó el ministerio. Rusia inició su campaña aérea en Siria el 30 de abril.",
        "ru": "Российская авиация в понедельник поразила 12 объектов ИГ в Сирии, сообщило министерство. 30 апреля Россия начала наносить авиаудары в Сирии.",
        "uk": "Російська авіація в понеділок уразила 12 об'єктів ІДІЛ у Сирії, повідомило міністерство. 30 квітня Росія почала завдавати авіаударів у Сирії.",
        "tr": "Rus savaş uçakları pazartesi günü Suriye'de DEAŞ'a ait 12 hedefi vurdu, bakanlık açıkladı. Rusya, Suriye'deki hava harekatına 30 Nisan'da başlamıştı.",
        "ar": "قصفت الطائرات الروسية يوم الاثنين 12 هدفا لتنظيم داعش في سوريا، بحسب الوزارة. وكانت روسيا قد بدأت حملتها الجوية في سوريا في 30 أبريل.",
    }),
    # another weekday in its own case forms, with a morning: that weekday
    "weekday_morning_cases": ((D(10), D(10)), {
        "en": "US forces struck an ISIS camp in Somalia early on Friday morning, Africa Command said.",
        "fr": "Les forces américaines ont frappé vendredi matin un camp de l'EI en Somalie, a indiqué l'Africom.",
        "de": "US-Streitkräfte haben am Freitagmorgen ein Lager des IS in Somalia angegriffen, teilte das Afrika-Kommando mit.",
        "es": "Fuerzas estadounidenses atacaron el viernes por la mañana un campamento del EI en Somalia, informó el Africom.",
        "ru": "Американские военные в пятницу утром нанесли удар по лагерю ИГ в Сомали, сообщило командование AFRICOM.",
        "uk": "Американські військові в п'ятницю вранці завдали удару по табору ІДІЛ у Сомалі, повідомило командування AFRICOM.",
        "tr": "ABD kuvvetleri cuma sabahı Somali'de DEAŞ'a ait bir kampı vurdu, Afrika Komutanlığı açıkladı.",
        "ar": "شنت القوات الأمريكية صباح الجمعة غارة على معسكر لداعش في الصومال، بحسب القيادة الأمريكية في أفريقيا.",
    }),
    # no time expression at all: both null, whatever `published` says
    "no_time": ((None, None), {
        "en": "Israeli jets struck Hezbollah positions in southern Lebanon, the army said.",
        "fr": "Des avions israéliens ont frappé des positions du Hezbollah dans le sud du Liban, a indiqué l'armée.",
        "de": "Israelische Kampfflugzeuge haben Stellungen der Hisbollah im Südlibanon angegriffen, teilte die Armee mit.",
        "es": "Aviones israelíes atacaron posiciones de Hezbolá en el sur del Líbano, informó el ejército.",
        "ru": "Израильские самолеты нанесли удары по позициям «Хезболлы» на юге Ливана, сообщила армия.",
        "uk": "Ізраїльські літаки завдали ударів по позиціях «Хезболли» на півдні Лівану, повідомила армія.",
        "tr": "İsrail savaş uçakları Lübnan'ın güneyindeki Hizbullah mevzilerini vurdu, ordu açıkladı.",
        "ar": "قصفت طائرات إسرائيلية مواقع لحزب الله في جنوب لبنان، بحسب الجيش.",
    }),
    # a dateline set as a sentence of its own, the report after it with no time of its own
    # ("Москва. 13 мая.", "MADRID, 13 May."): the filing day, as a dateline opening the report is
    "dateline_own_sentence": ((D(13), D(13)), {
        "en": "MOSCOW, May 13.\nRussian aircraft struck militant positions in Syria's Idlib province, the defence ministry said.",
        "fr": "MOSCOU, 13 mai.\nL'aviation russe a frappé des positions de combattants dans la province syrienne d'Idleb, a indiqué le ministère de la Défense.",
        "de": 'Moskau, 13. Mai.\nDie russische Luftwaffe hat Stellungen von Kämpfern in der syrischen Provinz Idlib angegriffen, teilte das Verteidigungsministerium mit.',
        "es": 'MOSCÚ, 13 May.\nLa aviación rusa atacó posiciones de milicianos en la provincia siria de Idlib, informó el Ministerio de Defensa.',
        "ru": 'Москва. 13 мая.\nРоссийская авиация нанесла удары по позициям боевиков в сирийской провинции Идлиб, сообщило Минобороны.',
        "uk": 'Москва. 13 травня.\nРосійська авіація завдала ударів по позиціях бойовиків у сирійській провінції Ідліб, повідомило міноборони РФ.',
        "tr": "MOSKOVA, 13 Mayıs.\nRus savaş uçakları Suriye'nin İdlib ilindeki militan mevzilerini vurdu, Savunma Bakanlığı açıkladı.",
        "ar": 'موسكو، 13 مايو.\nشنت الطائرات الروسية غارات على مواقع للمسلحين في محافظة إدلب السورية، بحسب وزارة الدفاع.',
    }),
    # session 17 (r15-tr) probes, all eight held before: guards
    'weekend': ((D(12), D(11)), {
        'en': 'Israeli jets struck Hezbollah targets in southern Lebanon over the weekend, the army said.',
        'fr': "L'aviation israélienne a frappé ce week-end des cibles du Hezbollah dans le sud du Liban, a indiqué l'armée.",
        'de': 'Die israelische Luftwaffe hat am Wochenende Ziele der Hisbollah im Südlibanon angegriffen, teilte die Armee mit.',
        'es': 'La aviación israelí atacó durante el fin de semana objetivos de Hezbolá en el sur del Líbano, informó el ejército.',
        'ru': 'Израильская авиация на выходных нанесла удары по целям «Хезболлы» на юге Ливана, сообщила армия.',
        'uk': 'Ізраїльська авіація на вихідних завдала ударів по цілях «Хезболли» на півдні Лівану, повідомила армія.',
        'tr': "İsrail savaş uçakları hafta sonu Lübnan'ın güneyindeki Hizbullah hedeflerini vurdu, ordu açıkladı.",
        'ar': 'شنت الطائرات الإسرائيلية خلال عطلة نهاية الأسبوع غارات على أهداف لحزب الله في جنوب لبنان، بحسب الجيش.',
    }),
    'two_weekdays_and': ((D(13), D(12)), {
        'en': 'Russian aircraft struck militant positions in Idlib province on Sunday and Monday, the ministry said.',
        'fr': "L'aviation russe a frappé dimanche et lundi des positions de combattants dans la province d'Idleb, a indiqué le ministère.",
        'de': 'Die russische Luftwaffe hat am Sonntag und Montag Stellungen von Milizen in der Provinz Idlib angegriffen, teilte das Ministerium mit.',
        'es': 'La aviación rusa atacó el domingo y el lunes posiciones de milicianos en la provincia de Idlib, informó el ministerio.',
        'ru': 'Российская авиация в воскресенье и понедельник нанесла удары по позициям боевиков в провинции Идлиб, сообщило министерство.',
        'uk': 'Російська авіація в неділю та понеділок завдала ударів по позиціях бойовиків у провінції Ідліб, повідомило міністерство.',
        'tr': 'Rus savaş uçakları pazar ve pazartesi günleri İdlib vilayetindeki militan mevzilerini vurdu, bakanlık açıkladı.',
        'ar': 'شنت الطائرات الروسية يومي الأحد والاثنين غارات على مواقع للمسلحين في محافظة إدلب، بحسب الوزارة.',
    }),
    'today': ((D(14), D(14)), {
        'en': 'Turkish jets struck PKK targets in northern Iraq today, the defence ministry said.',
        'fr': "Des avions turcs ont frappé aujourd'hui des cibles du PKK dans le nord de l'Irak, a indiqué le ministère de la Défense.",
        'de': 'Türkische Kampfjets haben heute Ziele der PKK im Nordirak angegriffen, teilte das Verteidigungsministerium mit.',
        'es': 'Aviones turcos atacaron hoy objetivos del PKK en el norte de Irak, informó el Ministerio de Defensa.',
        'ru': 'Турецкие самолеты сегодня нанесли удары по целям РПК на севере Ирака, сообщило министерство обороны.',
        'uk': 'Турецькі літаки сьогодні завдали ударів по цілях РПК на півночі Іраку, повідомило міністерство оборони.',
        'tr': "Türk savaş uçakları bugün Irak'ın kuzeyindeki PKK hedeflerini vurdu, Milli Savunma Bakanlığı açıkladı.",
        'ar': 'شنت طائرات تركية اليوم غارات على أهداف لحزب العمال الكردستاني في شمال العراق، بحسب وزارة الدفاع.',
    }),
    'last_night': ((D(14), D(13)), {
        'en': 'Russia attacked Ukraine with 40 drones last night, the air force said.',
        'fr': "La Russie a attaqué l'Ukraine avec 40 drones la nuit dernière, a indiqué l'armée de l'air.",
        'de': 'Russland hat die Ukraine letzte Nacht mit 40 Drohnen angegriffen, teilte die Luftwaffe mit.',
        'es': 'Rusia atacó Ucrania con 40 drones anoche, informó la Fuerza Aérea.',
        'ru': 'Россия прошлой ночью атаковала Украину 40 беспилотниками, сообщили в Воздушных силах.',
        'uk': 'Росія минулої ночі атакувала Україну 40 дронами, повідомили в Повітряних силах.',
        'tr': "Rusya dün gece Ukrayna'ya 40 İHA ile saldırdı, Hava Kuvvetleri açıkladı.",
        'ar': 'هاجمت روسيا أوكرانيا الليلة الماضية بـ40 طائرة مسيرة، بحسب سلاح الجو.',
    }),
    'from_to_dates': ((D(12), D(6)), {
        'en': 'From 6 to 12 May, coalition aircraft conducted 15 strikes against Islamic State targets in Syria, the coalition said.',
        'fr': "Du 6 au 12 mai, les avions de la coalition ont mené 15 frappes contre des cibles de l'État islamique en Syrie, a indiqué la coalition.",
        'de': 'Vom 6. bis 12. Mai flogen Flugzeuge der Koalition 15 Angriffe auf Ziele des Islamischen Staates in Syrien, teilte die Koalition mit.',
        'es': 'Del 6 al 12 de mayo, los aviones de la coalición realizaron 15 ataques contra objetivos del Estado Islámico en Siria, informó la coalición.',
        'ru': 'С 6 по 12 мая авиация коалиции нанесла 15 ударов по объектам «Исламского государства» в Сирии, сообщила коалиция.',
        'uk': "З 6 по 12 травня авіація коаліції завдала 15 ударів по об'єктах «Ісламської держави» в Сирії, повідомила коаліція.",
        'tr': "Koalisyon uçakları 6-12 Mayıs tarihleri arasında Suriye'deki DEAŞ hedeflerine 15 hava saldırısı düzenledi, koalisyon açıkladı.",
        'ar': 'نفذت طائرات التحالف في الفترة من 6 إلى 12 مايو 15 غارة على أهداف لتنظيم الدولة الإسلامية في سوريا، بحسب التحالف.',
    }),
    'said_on_weekday': ((D(13), D(13)), {
        'en': "Israel's army said on Monday its jets had struck Hamas targets in Rafah.",
        'fr': "L'armée israélienne a indiqué lundi que ses avions avaient frappé des cibles du Hamas à Rafah.",
        'de': 'Die israelische Armee teilte am Montag mit, ihre Kampfjets hätten Ziele der Hamas in Rafah angegriffen.',
        'es': 'El ejército israelí informó el lunes de que sus aviones habían atacado objetivos de Hamás en Rafah.',
        'ru': 'Израильская армия в понедельник сообщила, что ее самолеты нанесли удары по целям ХАМАС в Рафахе.',
        'uk': 'Ізраїльська армія в понеділок повідомила, що її літаки завдали ударів по цілях ХАМАС у Рафаху.',
        'tr': "İsrail ordusu pazartesi günü yaptığı açıklamada, savaş uçaklarının Refah'taki Hamas hedeflerini vurduğunu bildirdi.",
        'ar': 'أعلن الجيش الإسرائيلي الاثنين أن طائراته قصفت أهدافا لحركة حماس في رفح.',
    }),
    # session 20 (r18-uk) probe: a weekly summary said on a Sunday ("this week", "за цей тиждень"):
    # the week that Sunday closes, Monday to Sunday (all eight fail: strict xfails below)
    'this_week_said_sunday': ((D(12), D(6)), {
        'en': 'This week Russia launched more than 700 drones, 1,000 guided bombs and 40 missiles at Ukraine, Zelensky said on Sunday.',
        'fr': "Cette semaine, la Russie a lancé plus de 700 drones, 1 000 bombes guidées et 40 missiles sur l'Ukraine, a déclaré dimanche Zelensky.",
        'es': 'Esta semana Rusia lanzó más de 700 drones, 1.000 bombas guiadas y 40 misiles contra Ucrania, dijo el domingo Zelenski.',
        'de': 'In dieser Woche hat Russland mehr als 700 Drohnen, 1000 Gleitbomben und 40 Raketen auf die Ukraine abgefeuert, sagte Selenskyj am Sonntag.',
        'ru': 'За эту неделю Россия выпустила по Украине более 700 беспилотников, 1000 управляемых авиабомб и 40 ракет, заявил в воскресенье Зеленский.',
        'uk': 'За цей тиждень Росія випустила по Україні понад 700 дронів, 1000 керованих авіабомб і 40 ракет, заявив у неділю Зеленський.',
        'tr': "Zelenskiy pazar günü yaptığı açıklamada, Rusya'nın bu hafta Ukrayna'ya 700'den fazla İHA, 1000 güdümlü bomba ve 40 füze fırlattığını söyledi.",
        'ar': 'قال زيلينسكي الأحد إن روسيا أطلقت هذا الأسبوع أكثر من 700 طائرة مسيرة و1000 قنبلة موجهة و40 صاروخا على أوكرانيا.',
    }),
    # the report names no day; the sentence after it, adding what its strikes did (the fighters
    # killed), names one: that day (session 21, r19-de; window.resolve_dates, the event's details)
    "day_in_result_sentence": ((D(10), D(10)), {
        "en": "The Turkish air force carried out new air strikes in northern Iraq. Twelve militants were killed on Friday, the defence ministry said.",
        "fr": "L'aviation turque a mené de nouvelles frappes aériennes dans le nord de l'Irak. Douze combattants ont été tués vendredi, a indiqué le ministère de la Défense.",
        "de": "Die türkische Luftwaffe hat im Norden des Iraks neue Luftangriffe geflogen. Dabei seien am Freitag zwölf Kämpfer getötet worden, teilte das Verteidigungsministerium mit.",
        "es": "La aviación turca llevó a cabo nuevos ataques aéreos en el norte de Irak. Doce milicianos murieron el viernes, informó el Ministerio de Defensa.",
        "ru": "ВВС Турции нанесли новые авиаудары на севере Ирака. В пятницу были уничтожены двенадцать боевиков, сообщило министерство обороны.",
        "uk": "ВПС Туреччини завдали нових авіаударів на півночі Іраку. У п'ятницю було знищено дванадцять бойовиків, повідомило міністерство оборони.",
        "tr": "Türk Hava Kuvvetleri Irak'ın kuzeyine yeni hava harekâtı düzenledi. Milli Savunma Bakanlığı, cuma günü 12 teröristin etkisiz hâle getirildiğini açıkladı.",
        "ar": "شن سلاح الجو التركي غارات جديدة في شمال العراق. وقالت وزارة الدفاع إن اثني عشر مسلحا قتلوا يوم الجمعة.",
    }),
}

# Before the change that brought this matrix (main at d4a68c3) these 42 cases failed and now
# pass: week_ago (all 8: no "a week ago" group), since_week_start (all 8: "since the start
# of" read as a running total with no day), comparison_weekday ar de es fr tr (no "more
# than" / postposed cue), since_weekday ar tr ("منذ" + weekday, "pazar gününden bu yana"),
# dateline_yesterday ar (Arabic comma in the dateline), night_of_dates de ("in der Nacht
# vom 12. auf den 13."), and, in the second batch, since_weekday_evening ar ru tr uk ("منذ
# مساء الأحد", "с вечера воскресенья", "pazar akşamından bu yana") and weekday_range ar ru uk
# ("والاثنين" with its conjunction; "с субботы по понедельник" read as a "since" to the
# announcement); and in the third batch night_attack ar de en es fr ru uk (a strike named
# as a night's: "night-time attack", "attaque nocturne", "ночная атака"; tr held before),
# and night_of_dates tr ("12'yi 13 Mayıs'a bağlayan gece", read as the night to the 13th).
# two_dates (all 8) was added as a guard: it held before. campaign_start_background: fr and
# tr fixed ("a lancé sa campagne aérienne", "başlamıştı" as background), en de es held before,
# ar ru uk xfail; ru uk fixed in session 13 by the date, not the phrase (a strike sentence after
# the report dated only to a day two weeks or more back is background: events.EARLIER_DAY_DAYS).
# weekday_morning_cases (all 8) is a guard: it held before.
# Session 16 (r14-de): dateline_own_sentence (ar de es ru uk fixed: window._dateline_sentence;
# en fr tr held before).
# Session 21 (r19-de): day_in_result_sentence (de en es fr ru uk fixed: a detail sentence of the
# event dates it when its own sentences name no day; ar tr held before).
# Session 22 (ars-c): campaign_start_background ar fixed by the Arabic sentence split (1635299):
# the background sentence is read on its own and no longer hides the report.
# Every other passing case guards a behaviour that held before.
# (construction, lang) -> why it still fails (strict: the test turns red when it is fixed)
XFAIL: dict[tuple[str, str], str] = {
    **{("this_week_said_sunday", lang): "'this week' names no period: only the claim's Sunday is read, so "
       "period_start equals event_date; the week that day closes (its Monday) is wanted (session 20, r18-uk "
       "probe; dates.week_start reads the publication's week, not the claim day's)" for lang in
       ("ar", "de", "en", "es", "fr", "ru", "tr", "uk")},
}

LANGS = ("ar", "de", "en", "es", "fr", "ru", "tr", "uk")


def _cases():
    for name, (want, texts) in MATRIX.items():
        for lang in LANGS:
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[(name, lang)])] if (name, lang) in XFAIL else []
            yield pytest.param(name, lang, texts[lang], want, id=f"{name}-{lang}", marks=marks)


@pytest.mark.parametrize("name,lang,text,want", list(_cases()))
def test_dates_matrix(name, lang, text, want):
    found = events(text, lang, published=PUB)
    assert found, f"no event read from: {text}"
    got = (found[0]["event_date"], found[0]["period_start"])
    assert got == want, f"{name}/{lang}: {got} != {want}"


def test_matrix_is_complete():
    for name, (_, texts) in MATRIX.items():
        assert sorted(texts) == sorted(LANGS), name
