"""The `killed` field in all eight languages, by a matrix of constructions.

Each construction of wire copy that states (or seems to state) how many fighters a strike
killed is written once per language, as that language's agency copy would say it (its own
word order, cases and verb forms; not word-for-word translations). The expected value
follows the contract: only enemy fighters the claim says were killed; wounded never count;
bounds and approximations ("at least", "more than", "dozens") and civilian tolls are null;
"neutralised" is not "killed" (CONVENTIONS). Every sentence was written for this test.

Each row's comment says in which languages it failed before this matrix's fixes (main at
eedfe60) and which guard behaviour that already held. A case that fails today stays in the matrix as a strict xfail with its reason (XFAIL
below), so the next person sees what is left.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import first

PUB = "2024-06-11T08:00:00+00:00"

# construction -> (expected killed, {lang: sentence})
MATRIX: dict[str, tuple[int | None, dict[str, str]]] = {
    # an active kill verb (finite, participle or converb) before a count in digits
    # held on main at eedfe60 in every language: guards
    "verb_digits": (12, {
        "en": "The Israeli military said its aircraft struck a Hezbollah compound in Bint Jbeil on Friday, "
              "killing 12 fighters.",
        "de": "Die US-Streitkräfte haben bei einem Luftangriff in Somalia am Sonntag 12 Kämpfer der Al-Shabaab "
              "getötet, teilte das Afrika-Kommando mit.",
        "fr": "L'armée française a mené mardi une frappe aérienne dans le centre du Mali, tuant 12 jihadistes, "
              "a annoncé l'état-major.",
        "es": "La aviación israelí bombardeó un puesto de Hamás en Rafah el jueves y mató a 12 milicianos, "
              "informó el Ejército.",
        "ru": "Российские самолёты нанесли удар по лагерю боевиков в провинции Идлиб, уничтожив 12 террористов, "
              "сообщили в Минобороны.",
        "uk": "Сили оборони завдали удару по пункту управління окупантів на Херсонщині, знищивши 12 російських "
              "військових, повідомив Генштаб.",
        "tr": "Türk savaş uçaklarının Kuzey Irak'taki Gara bölgesine düzenlediği hava harekâtı 12 teröristi "
              "öldürdü.",
        "ar": "قال الجيش الأمريكي إن غارة جوية قرب جلب في الصومال أسفرت عن مقتل 12 من مسلحي حركة الشباب.",
    }),
    # the count as a number word
    # failed on main at eedfe60 in uk, ar (fixed here); the other languages guard what held
    "verb_words": (7, {
        "en": "The US military said it carried out an airstrike against al-Shabaab near Kismayo on Sunday that "
              "killed seven militants.",
        "de": "Die israelische Luftwaffe hat im Süden des Libanon eine Stellung der Hisbollah angegriffen und "
              "dabei sieben Kämpfer getötet, teilte die Armee mit.",
        "fr": "L'aviation israélienne a frappé jeudi un site du Hezbollah dans le sud du Liban, tuant sept "
              "combattants, selon l'armée.",
        "es": "La aviación estadounidense lanzó un ataque aéreo contra el Estado Islámico en Siria el martes y "
              "mató a siete yihadistas, informó el Comando Central.",
        "ru": "Российская авиация нанесла удар по базе боевиков в Сирии, ликвидировав семь террористов, "
              "сообщили в Минобороны.",
        "uk": "Українські дрони атакували позиції окупантів на Запоріжжі, ліквідувавши сімох військових, "
              "повідомили в Генштабі.",
        "tr": "MSB, Kuzey Irak'ın Hakurk bölgesine düzenlenen hava harekâtında yedi teröristin öldürüldüğünü "
              "açıkladı.",
        "ar": "أعلن الجيش الإسرائيلي أن طائراته أغارت على موقع لحزب الله في جنوب لبنان وقتلت سبعة مقاتلين.",
    }),
    # the fighters as subject of a passive, the count before them
    # failed on main at eedfe60 in tr, ar (fixed here); the other languages guard what held
    "passive": (14, {
        "en": "14 Islamic State fighters were killed in a US airstrike on a cave complex in Iraq on Saturday, "
              "the military said.",
        "de": "Bei einem Luftangriff der US-Armee in Syrien sind nach Angaben des Zentralkommandos 14 IS-Kämpfer "
              "getötet worden.",
        "fr": "14 terroristes ont été tués lors d'une frappe de l'armée française dans le nord du Burkina Faso, "
              "a indiqué l'état-major.",
        "es": "La aviación rusa bombardeó una base en la provincia siria de Idlib, donde 14 terroristas fueron "
              "abatidos, informó el Ministerio de Defensa.",
        "ru": "Российская авиация нанесла удар по базе боевиков в провинции Идлиб, убиты 14 террористов, "
              "сообщили в Минобороны.",
        "uk": "Сили оборони завдали удару по базі окупантів у Криму, ліквідовано 14 російських військових, "
              "повідомив Генштаб.",
        "tr": "Türk jetlerinin Kuzey Irak'taki Metina bölgesine düzenlediği hava harekâtında 14 PKK'lı terörist "
              "öldürüldü.",
        "ar": "شنت طائرات أمريكية غارة جوية شمال العراق قُتل فيها 14 مسلحا من تنظيم داعش، بحسب بيان للجيش.",
    }),
    # an intransitive verb of dying ("died", "lost their lives", "perished")
    # failed on main at eedfe60 in fr, ar (fixed here), ru, uk (xfail), tr (fixed in session 14, with a
    # toll counted since a day kept out of the event); the others guard what held
    "died": (6, {
        "en": "Six militants died in the Israeli airstrike on a Hamas post in Rafah on Wednesday, the army said.",
        "de": "Bei dem Angriff der türkischen Luftwaffe im Nordirak kamen nach Angaben Ankaras sechs PKK-Kämpfer "
              "ums Leben.",
        "fr": "Six jihadistes ont péri dans une frappe aérienne française au Burkina Faso mardi, "
              "selon l'état-major.",
        "es": "Seis milicianos de Hamás murieron en el bombardeo israelí contra un puesto en Rafah, informó "
              "el Ejército.",
        "ru": "Израильская авиация нанесла удар по позициям «Хезболлах» на юге Ливана, погибли шесть боевиков, "
              "сообщила армия.",
        "uk": "Унаслідок удару Сил оборони по місцю дислокації окупантів на Донеччині загинули 6 російських "
              "військових, повідомив Генштаб.",
        "tr": "Türk jetlerinin Irak'ın kuzeyine düzenlediği hava harekâtında 6 terörist hayatını kaybetti.",
        "ar": "لقي 6 مسلحين من حماس مصرعهم في غارة إسرائيلية على موقع في رفح، بحسب الجيش الإسرائيلي.",
    }),
    # the toll in a sentence after the report of the strike
    # failed on main at eedfe60 in ar (fixed here); the other languages guard what held
    "later_sentence": (3, {
        "en": "The Israeli army said its jets struck a Hamas weapons depot in Khan Younis overnight. "
              "Three militants were killed, it added.",
        "de": "Die türkische Luftwaffe hat Stellungen der PKK im Nordirak bombardiert. Dabei wurden drei "
              "Kämpfer getötet, teilte das Verteidigungsministerium mit.",
        "fr": "L'armée américaine a frappé dimanche un camp de l'État islamique en Syrie. Trois combattants "
              "ont été tués, a précisé le commandement.",
        "es": "La aviación israelí atacó un depósito de armas de Hezbolá en el sur del Líbano. Tres combatientes "
              "murieron, según el Ejército.",
        "ru": "Российские военные нанесли удар по складу боеприпасов боевиков в Идлибе. Уничтожены "
              "3 террориста, сообщило Минобороны.",
        "uk": "Сили оборони уразили склад боєприпасів окупантів у Херсонській області. Знищено 3 окупантів, "
              "повідомив Генштаб.",
        "tr": "Türk jetleri Kuzey Irak'ın Zap bölgesindeki PKK mevzilerini vurdu. Operasyonda 3 terörist "
              "öldürüldü.",
        "ar": "شنت طائرات أمريكية غارة على مخبأ لتنظيم داعش في دير الزور. وقتل 3 مسلحين في الغارة.",
    }),
    # killed and wounded side by side: the killed alone
    # held on main at eedfe60 in every language: guards
    "killed_and_wounded": (10, {
        "en": "A Russian airstrike on a militant base in Idlib killed 10 fighters and wounded 15, the Russian "
              "Defence Ministry said.",
        "de": "Bei israelischen Luftangriffen im Gazastreifen wurden nach Armeeangaben zehn Hamas-Kämpfer "
              "getötet und neun verletzt.",
        "fr": "Une frappe de l'aviation turque dans le nord de l'Irak a tué 10 combattants du PKK et en a "
              "blessé 4, selon Ankara.",
        "es": "El bombardeo de la aviación rusa en Idlib mató a 10 terroristas e hirió a otros 8, informó el "
              "Ministerio de Defensa ruso.",
        "ru": "Российская авиация нанесла удар по лагерю боевиков в Сирии, убиты 10 террористов, ещё 8 ранены, "
              "сообщили в Минобороны.",
        "uk": "Внаслідок удару по позиціях окупантів на Херсонщині ліквідовано 10 російських військових, ще 20 "
              "поранено, повідомили в Генштабі.",
        "tr": "Türk jetleri Suriye'nin kuzeyindeki hedefleri vurdu, 10 terörist öldürüldü, 3 terörist yaralandı.",
        "ar": "أسفرت الغارة الإسرائيلية على جنوب لبنان عن مقتل 10 عناصر من حزب الله وإصابة 6 آخرين.",
    }),
    # wounded only: nobody killed is stated
    # held on main at eedfe60 in every language: guards
    "wounded_only": (None, {
        "en": "The US airstrike near Jilib wounded five al-Shabaab fighters, Africa Command said on Monday.",
        "de": "Die israelische Luftwaffe hat im Südlibanon eine Stellung der Hisbollah angegriffen, dabei wurden "
              "fünf Kämpfer verletzt.",
        "fr": "La frappe israélienne dans le sud du Liban a blessé cinq combattants du Hezbollah, selon l'armée.",
        "es": "El bombardeo israelí en el sur del Líbano hirió a cinco combatientes de Hezbolá, según el "
              "Ejército.",
        "ru": "Израильская авиация нанесла удар по позициям на юге Ливана, ранены пять боевиков «Хезболлах».",
        "uk": "Внаслідок удару Сил оборони по позиціях окупантів на Запоріжжі поранено 5 російських "
              "військових, повідомив Генштаб.",
        "tr": "Türk jetlerinin Kuzey Irak'a düzenlediği hava harekâtında 5 terörist yaralandı.",
        "ar": "أسفرت غارة إسرائيلية على جنوب لبنان عن إصابة 5 عناصر من حزب الله.",
    }),
    # a lower bound: null
    # held on main at eedfe60 in every language: guards
    "at_least": (None, {
        "en": "Israeli strikes on Hezbollah positions in southern Lebanon killed at least 8 fighters on "
              "Thursday, the army said.",
        "de": "Die US-Luftwaffe hat in Somalia Stellungen der Al-Shabaab angegriffen und dabei mindestens "
              "20 Kämpfer getötet.",
        "fr": "Des frappes françaises dans le centre du Mali ont tué au moins 30 jihadistes, a annoncé "
              "l'état-major.",
        "es": "Los bombardeos rusos en Idlib mataron al menos a 25 terroristas, informó el Ministerio de "
              "Defensa.",
        "ru": "В результате ударов ВКС России в Сирии уничтожены не менее 40 боевиков, сообщили в Минобороны.",
        "uk": "Сили оборони завдали удару по позиціях окупантів на Донеччині, знищено щонайменше 50 "
              "російських військових.",
        "tr": "Türk jetleri Kuzey Irak'taki PKK mevzilerini vurdu, en az 12 terörist öldürüldü.",
        "ar": "أسفرت الغارات الأمريكية في الصومال عن مقتل ما لا يقل عن 20 مسلحا من حركة الشباب.",
    }),
    # "more than N": null
    # held on main at eedfe60 in every language: guards
    "more_than": (None, {
        "en": "US airstrikes in Somalia killed more than 30 al-Shabaab militants this week, Africa Command said.",
        "de": "Bei israelischen Angriffen im Gazastreifen wurden mehr als 15 Hamas-Kämpfer getötet, teilte "
              "die Armee mit.",
        "fr": "Les frappes de l'armée israélienne à Gaza ont tué plus de 20 combattants du Hamas, selon l'armée.",
        "es": "Aviones estadounidenses bombardearon posiciones de Al Shabab en Somalia y mataron a más de "
              "40 milicianos.",
        "ru": "Российская авиация нанесла удары по базам боевиков в Сирии, уничтожено более 60 террористов.",
        "uk": "Українські дрони атакували позиції окупантів, знищено понад 70 російських військових, "
              "повідомив Генштаб.",
        "tr": "Türk jetlerinin Kuzey Irak'a düzenlediği hava harekâtında 20'den fazla terörist öldürüldü.",
        "ar": "أسفرت الغارات الإسرائيلية على قطاع غزة عن مقتل أكثر من 15 مسلحا من حماس.",
    }),
    # "dozens": null
    # held on main at eedfe60 in every language: guards
    "dozens": (None, {
        "en": "Israeli jets struck Hamas targets in Rafah, killing dozens of militants, the army said.",
        "de": "Die US-Luftwaffe griff Stellungen der Al-Shabaab in Somalia an und tötete Dutzende Kämpfer.",
        "fr": "L'aviation française a frappé un camp jihadiste au Mali, tuant des dizaines de combattants.",
        "es": "La aviación rusa bombardeó posiciones en Idlib y mató a decenas de terroristas.",
        "ru": "Российская авиация нанесла удар по лагерю в Идлибе, уничтожены десятки боевиков.",
        "uk": "Сили оборони завдали удару по базі окупантів у Криму, знищено десятки російських військових.",
        "tr": "Türk jetleri Kuzey Irak'ta PKK mevzilerini vurdu, onlarca terörist öldürüldü.",
        "ar": "شنت طائرات أمريكية غارات على مواقع لحركة الشباب في الصومال وقتلت عشرات المسلحين.",
    }),
    # "neutralised" is not "killed" (CONVENTIONS); uk copy writes нейтралізовано for kills and is
    # left out here (its lexicon lists it among the kill words)
    # held on main at eedfe60 in every language: guards
    "neutralised": (None, {
        "en": "The Turkish Defence Ministry said its jets struck PKK shelters in northern Iraq and "
              "neutralised 7 terrorists.",
        "de": "Die türkische Luftwaffe hat im Nordirak Stellungen der PKK bombardiert, dabei seien "
              "7 Terroristen neutralisiert worden.",
        "fr": "L'armée française a frappé un groupe armé dans l'ouest du Niger et neutralisé 7 terroristes, "
              "selon l'état-major.",
        "es": "El Ministerio de Defensa turco informó que sus aviones bombardearon refugios del PKK en el norte "
              "de Irak y neutralizaron a 7 terroristas.",
        "ru": "Турецкие ВВС нанесли удары по объектам РПК на севере Ирака, нейтрализованы 7 террористов, "
              "сообщило Минобороны Турции.",
        "tr": "Türk jetleri Kuzey Irak'taki Gara bölgesinde PKK mevzilerini vurdu, 7 terörist etkisiz hale "
              "getirildi.",
        "ar": "أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين في غارات جوية شمالي العراق.",
    }),
    # civilians killed: no civilian tolls
    # held on main at eedfe60 in every language: guards
    "civilians": (None, {
        "en": "A Russian airstrike on a market in Idlib killed 9 civilians, rescuers said.",
        "de": "Bei einem russischen Luftangriff auf einen Markt in Idlib wurden neun Zivilisten getötet.",
        "fr": "Une frappe israélienne sur un immeuble à Gaza a tué 9 civils, selon la défense civile.",
        "es": "Un bombardeo ruso contra un mercado en Idlib mató a nueve civiles, según los rescatistas.",
        "ru": "Израильская авиация нанесла удар по жилому дому в Газе, убиты 9 мирных жителей.",
        "uk": "Російські війська завдали ракетного удару по Харкову, вбито 9 мирних жителів, повідомила ОВА.",
        "tr": "İsrail'in Gazze'deki bir binaya düzenlediği hava saldırısında 9 sivil öldürüldü.",
        "ar": "أسفرت غارة إسرائيلية على منزل في غزة عن مقتل 9 مدنيين.",
    }),
    # "N members of X"
    # failed on main at eedfe60 in de (xfail), ru, uk, ar (fixed here); the others guard what held
    "members_of": (5, {
        "en": "The US military said its airstrike in Yemen killed five members of al-Qaeda on Monday.",
        "de": "Die US-Luftwaffe hat in Syrien ein Versteck der Terrormiliz IS bombardiert und dabei fünf "
              "Mitglieder der Miliz getötet.",
        "fr": "La frappe américaine dans l'est de la Syrie a tué 5 membres de l'État islamique, selon le "
              "Centcom.",
        "es": "El ataque aéreo estadounidense en Siria mató a cinco miembros del Estado Islámico, según el "
              "Comando Central.",
        "ru": "Американская авиация нанесла удар по базе в Сирии, уничтожены пять членов группировки "
              "«Исламское государство», сообщили военные.",
        "uk": "Американські літаки завдали удару в Сирії, вбито п'ятьох членів угруповання "
              "«Ісламська держава».",
        "tr": "ABD'nin Suriye'de düzenlediği hava saldırısında DEAŞ'ın 5 üyesi öldürüldü.",
        "ar": "أعلن الجيش الأمريكي أن غارة جوية على اليمن أسفرت عن مقتل 5 أعضاء في تنظيم القاعدة.",
    }),
    # one commander, named in the singular
    # failed on main at eedfe60 in ru, uk, tr (fixed here); the other languages guard what held
    "one_commander": (1, {
        "en": "An Israeli drone strike on a car in Tyre killed a senior Hezbollah commander, the army said.",
        "de": "Bei einem israelischen Drohnenangriff im Südlibanon wurde ein Kommandeur der Hisbollah getötet, "
              "teilte die Armee mit.",
        "fr": "Une frappe de drone israélienne a tué un commandant du Hezbollah dans le sud du Liban, selon "
              "l'armée.",
        "es": "Un ataque con dron israelí mató a un comandante de Hezbolá en el sur del Líbano, informó el "
              "Ejército.",
        "ru": "Израильский беспилотник нанес удар по автомобилю в Тире, ликвидирован командир «Хезболлах».",
        "uk": "Ізраїльський дрон атакував автомобіль на півдні Лівану, ліквідовано командира «Хезболли».",
        "tr": "İsrail'in Lübnan'ın güneyine düzenlediği İHA saldırısında Hizbullah'ın bir komutanı öldürüldü.",
        "ar": "أعلن الجيش الإسرائيلي أن غارة بطائرة مسيرة في صور قتلت قياديا في حزب الله.",
    }),
    # the toll in a relative clause hung on the strike, the victims' group named after the count
    # failed on main at eedfe60 in en, fr, ru, uk, ar (fixed here); the other languages guard what held
    "relative_toll": (5, {
        "en": "US jets carried out a strike in Syria which killed five members of the Islamic State group, "
              "the military said.",
        "de": "Die US-Luftwaffe flog einen Angriff in Syrien, bei dem fünf Kämpfer des Islamischen Staates "
              "getötet wurden.",
        "fr": "L'aviation américaine a mené une frappe en Syrie qui a tué cinq membres de l'État islamique, "
              "selon le Centcom.",
        "es": "Aviones estadounidenses lanzaron un ataque en Siria en el que murieron cinco miembros del "
              "Estado Islámico.",
        "ru": "Американская авиация нанесла удар в Сирии, в результате которого уничтожены пять боевиков "
              "«Исламского государства».",
        "uk": "Американські літаки завдали удару в Сирії, унаслідок якого вбито п'ятьох членів угруповання "
              "«Ісламська держава».",
        "tr": "ABD savaş uçakları Suriye'de DEAŞ'ın 5 üyesinin öldürüldüğü bir hava saldırısı düzenledi.",
        "ar": "أعلن الجيش الأمريكي أنه نفذ غارة جوية في سوريا، وهي الغارة التي أسفرت عن مقتل 5 من عناصر "
              "تنظيم داعش.",
    }),
    # failed on main at 84800f7 in uk, ar (fixed here); the others guard what held
    "eliminated": (9, {
        "en": "The Israeli army said its aircraft struck a Hamas cell in Jabalia and eliminated nine terrorists.",
        "de": "Die israelische Armee hat nach eigenen Angaben bei einem Luftangriff in Dschabalia neun "
              "Terroristen eliminiert.",
        "fr": "L'armée israélienne a annoncé avoir éliminé neuf terroristes lors d'une frappe aérienne à "
              "Jabaliya.",
        "es": "El Ejército israelí afirmó haber eliminado a nueve terroristas en un ataque aéreo en Yabalia.",
        "ru": "Израильская авиация нанесла удар в Джабалии, ликвидированы девять террористов ХАМАС, "
              "сообщила армия.",
        "uk": "Ізраїльська авіація завдала удару в Джабалії, ліквідовано дев'ятьох терористів ХАМАС, "
              "повідомила армія.",
        "tr": "Türk jetlerinin Kuzey Irak'a düzenlediği hava harekâtında 9 terörist ölü olarak ele geçirildi.",
        "ar": "أعلن الجيش الإسرائيلي أن طائراته قصفت خلية لحماس في جباليا وقضت على 9 مسلحين.",
    }),
    # a monitor's toll quoted beside the actor's claim is not the claim's (ANNOTATING)
    # failed on main at 84800f7 in en, ru, uk, tr, ar (fixed here: claims.monitors in every lexicon,
    # events._drop_monitors_toll); de, fr, es guard what held. Tried first and taken back:
    # the wider claims.other_sources (team fr 0.964 -> 0.944, real es 0.844 -> 0.805)
    "monitor_toll": (None, {
        "en": "The Russian Defence Ministry said its jets struck militant depots in Idlib. The Syrian "
              "Observatory for Human Rights said 11 fighters were killed.",
        "de": "Das russische Verteidigungsministerium teilte mit, Kampfjets hätten Depots von Extremisten in "
              "Idlib bombardiert. Die Syrische Beobachtungsstelle für Menschenrechte meldete elf getötete "
              "Kämpfer.",
        "fr": "Le ministère russe de la Défense a annoncé que ses avions avaient frappé des dépôts jihadistes "
              "à Idleb. Selon l'Observatoire syrien des droits de l'homme, 11 combattants ont été tués.",
        "es": "El Ministerio de Defensa ruso informó de que sus aviones bombardearon depósitos yihadistas en "
              "Idlib. Según el Observatorio Sirio de Derechos Humanos, 11 combatientes murieron.",
        "ru": "Минобороны России сообщило, что самолёты нанесли удар по складам боевиков в Идлибе. По данным "
              "Сирийской обсерватории по правам человека, убиты 11 боевиков.",
        "uk": "Міноборони Росії повідомило, що літаки завдали удару по складах бойовиків в Ідлібі. За даними "
              "Сирійської обсерваторії з прав людини, вбито 11 бойовиків.",
        "tr": "Rusya Savunma Bakanlığı, savaş uçaklarının İdlib'deki militan depolarını vurduğunu açıkladı. "
              "Suriye İnsan Hakları Gözlemevi ise 11 militanın öldürüldüğünü bildirdi.",
        "ar": "أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مستودعات للمسلحين في إدلب. وقال المرصد السوري "
              "لحقوق الإنسان إن 11 مسلحا قتلوا.",
    }),
    # the kill verb's object opens with the day before the count ("ont tué dimanche 12 combattants",
    # "mataron el domingo a 12"): the count past the date (counts._past_toll_modifiers; session 17).
    # Failed: es fr; held: ar de en ru tr uk
    "day_before_count": (12, {
        "ar": "قتل 12 مسلحا يوم الأحد في غارات للطائرات الروسية على معسكر في محافظة إدلب، بحسب وزارة الدفاع الروسية.",
        "de": "Bei russischen Luftangriffen auf ein Lager von Milizen in der Provinz Idlib sind am Sonntag 12 Kämpfer getötet worden, teilte das Verteidigungsministerium mit.",
        "en": "Russian airstrikes on a militant camp in Idlib province killed 12 fighters on Sunday, the defence ministry said.",
        "es": "Los bombardeos rusos contra un campamento de milicianos en la provincia de Idlib mataron el domingo a 12 combatientes, informó el Ministerio de Defensa.",
        "fr": "Des frappes aériennes russes contre un camp de militants dans la province d'Idleb ont tué dimanche 12 combattants, a indiqué le ministère de la Défense.",
        "ru": "В результате ударов российской авиации по лагерю боевиков в провинции Идлиб в воскресенье уничтожены 12 террористов, сообщило Минобороны.",
        "tr": "Rus savaş uçaklarının pazar günü İdlib vilayetindeki bir militan kampına düzenlediği hava saldırılarında 12 terörist öldürüldü.",
        "uk": "Внаслідок ударів російської авіації по табору бойовиків у провінції Ідліб у неділю знищено 12 терористів, повідомило міноборони Росії.",
    }),
    # a bound right after the kill verb ("killed up to 30 fighters"): the count is read past it and is
    # null (counts._past_toll_modifiers); before, "a militant base" was read as one fighter killed.
    # Failed: en; held: ar de es fr ru tr uk
    "up_to": (None, {
        "ar": "أسفرت غارات روسية على قاعدة للمسلحين في إدلب عن مقتل ما يصل إلى 30 مسلحا، بحسب وزارة الدفاع.",
        "de": "Bei russischen Luftangriffen auf einen Stützpunkt von Milizen in Idlib wurden bis zu 30 Kämpfer getötet, teilte das Verteidigungsministerium mit.",
        "en": "Russian airstrikes on a militant base in Idlib killed up to 30 fighters, the defence ministry said.",
        "es": "Los bombardeos rusos contra una base de milicianos en Idlib mataron hasta 30 combatientes, informó el Ministerio de Defensa.",
        "fr": "Des frappes russes contre une base de militants à Idleb ont tué jusqu'à 30 combattants, a indiqué le ministère de la Défense.",
        "ru": "В результате ударов российской авиации по базе боевиков в Идлибе уничтожены до 30 террористов, сообщило Минобороны.",
        "tr": "Rus savaş uçaklarının İdlib'deki bir militan üssüne düzenlediği hava saldırılarında 30'a kadar terörist öldürüldü, Savunma Bakanlığı açıkladı.",
        "uk": "Унаслідок ударів російської авіації по базі бойовиків в Ідлібі знищено до 30 терористів, повідомило міноборони Росії.",
    }),
    # the count in words, the fighters' group right after them with an elided linker, then the passive
    # ("cinq combattants d'Al-Qaïda ont été tués"; counts._killed_after; session 17). Failed: fr (fixed);
    # es de tr xfail (no event); held: ar en ru uk
    "group_after_count_passive": (5, {
        "ar": "قتل خمسة من عناصر تنظيم القاعدة يوم الخميس في غارة لطائرة مسيرة أمريكية في محافظة مأرب اليمنية.",
        "de": "Fünf Kämpfer von Al-Kaida sind am Donnerstag bei einem US-Drohnenangriff in der jemenitischen Provinz Marib getötet worden.",
        "en": "Five al-Qaeda militants were killed in a US drone strike in Yemen's Marib province on Thursday, officials said.",
        "es": "Cinco milicianos de Al Qaeda fueron abatidos el jueves en un ataque con dron estadounidense en la provincia yemení de Marib.",
        "fr": "Cinq combattants d'Al-Qaïda ont été tués jeudi dans une frappe de drone américaine dans la province de Marib, au Yémen.",
        "ru": "В результате удара американского беспилотника в йеменской провинции Мариб в четверг уничтожены пятеро боевиков «Аль-Каиды».",
        "tr": "ABD'ye ait bir insansız hava aracının perşembe günü Yemen'in Marib vilayetine düzenlediği saldırıda beş El Kaide militanı öldürüldü.",
        "uk": "Унаслідок удару американського безпілотника в єменській провінції Маріб у четвер ліквідовано п'ятьох бойовиків «Аль-Каїди».",
    }),
    # the fighters' group named in quotation marks (and its short form in brackets) between them and
    # the kill verb ('two fighters of the group "Islamic State" (IS) were killed', »Islamischer Staat« (IS)
    # getötet; counts._quoted_name_gap; session 18 r16-ru probe). Failed: de en fr (fixed); held: ar es ru tr uk
    "group_name_in_quotes": (3, {
        "ar": "أعلنت القيادة المركزية الأمريكية أن غارة جوية في محافظة دير الزور أسفرت عن مقتل ثلاثة من عناصر تنظيم \"الدولة الإسلامية\" (داعش).",
        "de": "Das US-Militär hat nach eigenen Angaben bei einem Luftangriff in der Provinz Deir ez-Zor drei Kämpfer der Terrormiliz »Islamischer Staat« (IS) getötet.",
        "en": 'Three militants of the terrorist group "Islamic State" (IS) were killed in a US airstrike in Deir ez-Zor province, Central Command said.',
        "es": 'Aviones estadounidenses mataron a tres combatientes del grupo terrorista "Estado Islámico" (EI) en la provincia de Deir ez Zor, informó el Comando Central.',
        "fr": "Trois combattants du groupe terroriste « État islamique » (EI) ont été tués dans une frappe aérienne américaine dans la province de Deir ez-Zor, a indiqué le Centcom.",
        "ru": "Американская авиация уничтожила трех боевиков террористической группировки «Исламское государство» (ИГ) в провинции Дейр-эз-Зор, сообщило Центральное командование.",
        "tr": 'ABD Merkez Kuvvetler Komutanlığı, Deyrizor vilayetine düzenlenen hava saldırısında "İslam Devleti" (DEAŞ) terör örgütünün üç militanının öldürüldüğünü açıkladı.',
        "uk": "Американська авіація знищила трьох бойовиків терористичного угруповання «Ісламська держава» (ІД) у провінції Дейр-ез-Зор, повідомило Центральне командування.",
    }),
    # a range of fighters killed is an approximation: null ("zwischen 10 und 15 PKK-Kämpfer", "10 ile 15
    # arasında"; numbers.approx_before/approx_after; session 18 r16-ru probe). Failed: de tr (fixed);
    # held: ar en es fr ru uk
    "range_between": (None, {
        "ar": "قالت وزارة الدفاع التركية إن مقاتلاتها قتلت ما بين 8 و12 من مسلحي حزب العمال الكردستاني في منطقة قنديل.",
        "de": "Die türkische Luftwaffe hat nach Angaben des Verteidigungsministeriums in der Region Kandil zwischen 8 und 12 PKK-Kämpfer getötet.",
        "en": "Turkish warplanes killed between 8 and 12 PKK militants in the Qandil region, the defence ministry said.",
        "es": "Cazas turcos mataron a entre 8 y 12 milicianos del PKK en la región de Qandil, según el Ministerio de Defensa.",
        "fr": "L'aviation turque a tué entre 8 et 12 combattants du PKK dans la région de Qandil, selon le ministère de la Défense.",
        "ru": "Турецкая авиация уничтожила от 8 до 12 боевиков РПК в районе Кандиль, сообщило министерство обороны Турции.",
        "tr": "Milli Savunma Bakanlığı, Türk savaş uçaklarının Kandil bölgesinde 8 ile 12 arasında PKK'lı teröristi öldürdüğünü açıkladı.",
        "uk": "Турецька авіація знищила від 8 до 12 бойовиків РПК у районі Кандиль, повідомило міністерство оборони Туреччини.",
    }),
}

# (construction, lang) -> why it still fails
XFAIL: dict[tuple[str, str], str] = {
    ("died", "ru"): "'погибли' as a kill word was tried and taken back: in ru copy it mostly tells civilian "
                    "or own-side losses, and 'военнослужащих' is among the fighter nouns of both sides",
    ("died", "uk"): "'загинули' as a kill word was tried and taken back: it read the striker's own soldiers "
                    "killed in an earlier attack as the strike's toll (real uk 0.875 -> 0.852); it needs "
                    "the enemy's side of the dead bound",
    ("group_after_count_passive", "es"): "no event: 'un ataque con dron estadounidense' with the fighters as "
                                         "subject of 'fueron abatidos' gives no actor (session 17 probe)",
    ("group_after_count_passive", "de"): "no event: the actor as a compound's first part ('einem "
                                         "US-Drohnenangriff') is not read (session 17 probe)",
}


def _cases():
    for name, (expected, texts) in MATRIX.items():
        for lang, text in texts.items():
            marks = []
            if (name, lang) in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[(name, lang)]))
            yield pytest.param(text, lang, expected, id=f"{name}-{lang}", marks=marks)


@pytest.mark.parametrize("text,lang,expected", list(_cases()))
def test_killed(text, lang, expected):
    assert first(text, lang, published=PUB)["killed"] == expected
