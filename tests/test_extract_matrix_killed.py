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
    # a fighter named in the singular and a count coordinated with it: their sum ("killed a senior IS
    # commander and four fighters"; counts._add_coordinated_victims; session 19 r17-es probe). Failed in
    # every language (fixed)
    "commander_and_count": (5, {
        "ar": "قالت القيادة المركزية الأمريكية إن غارة جوية أمريكية في شرق سوريا يوم الأربعاء أسفرت عن مقتل قيادي بارز في تنظيم الدولة الإسلامية وأربعة مسلحين.",
        "de": "Ein US-Luftangriff im Osten Syriens hat am Mittwoch einen ranghohen Kommandeur des Islamischen Staates und vier Kämpfer getötet, teilte das Zentralkommando mit.",
        "en": "A US airstrike in eastern Syria on Wednesday killed a senior Islamic State commander and four fighters, Central Command said.",
        "es": "Un ataque aéreo estadounidense en el este de Siria mató el miércoles a un alto comandante del Estado Islámico y a cuatro combatientes, informó el Comando Central.",
        "fr": "Une frappe aérienne américaine dans l'est de la Syrie a tué mercredi un haut commandant de l'État islamique et quatre combattants, a indiqué le Centcom.",
        "ru": "Американский авиаудар на востоке Сирии в среду уничтожил одного из главарей «Исламского государства» и четырёх боевиков, сообщило Центральное командование США.",
        "tr": "ABD'nin çarşamba günü Suriye'nin doğusunda düzenlediği hava saldırısında IŞİD'in üst düzey bir komutanı ve dört militan öldürüldü, CENTCOM açıkladı.",
        "uk": "Американський авіаудар на сході Сирії в середу знищив одного з ватажків «Ісламської держави» та чотирьох бойовиків, повідомило Центральне командування США.",
    }),
    # a part of the fighters named before the kill word ("killing six of them"; grammar.partitive_pronouns,
    # counts._fighters_before; session 19 r17-es probe). Failed: ar de en fr ru uk (fixed), tr (xfail); held: es
    "partitive_of_them": (6, {
        "ar": "أغارت طائرات التحالف بقيادة السعودية يوم السبت على تجمع لمسلحي الحوثي قرب مأرب ما أسفر عن مقتل ستة منهم، بحسب التحالف.",
        "de": "Die Luftwaffe der von Saudi-Arabien geführten Koalition hat am Samstag eine Ansammlung von Huthi-Kämpfern nahe Marib angegriffen und sechs von ihnen getötet, teilte die Koalition mit.",
        "en": "Saudi-led coalition aircraft struck a gathering of Houthi fighters near Marib on Saturday, killing six of them, the coalition said.",
        "es": "La aviación de la coalición liderada por Arabia Saudí bombardeó el sábado una concentración de combatientes hutíes cerca de Marib y mató a seis de ellos, informó la coalición.",
        "fr": "L'aviation de la coalition menée par l'Arabie saoudite a frappé samedi un rassemblement de combattants houthis près de Marib, tuant six d'entre eux, a indiqué la coalition.",
        "ru": "Авиация возглавляемой Саудовской Аравией коалиции в субботу нанесла удар по скоплению хуситов близ Мариба, уничтожив шестерых из них, сообщила коалиция.",
        "tr": "Suudi Arabistan öncülüğündeki koalisyonun savaş uçakları cumartesi günü Marib yakınlarında toplanan Husi militanlarını vurdu ve bunlardan altısını öldürdü, koalisyon açıkladı.",
        "uk": "Авіація очолюваної Саудівською Аравією коаліції в суботу завдала удару по скупченню хуситів поблизу Маріба, знищивши шістьох із них, повідомила коаліція.",
    }),
    # the toll in the sentence after the report, the strikes named again in it ("Eleven militants were
    # killed in the strikes"; events._toll_of_told_strike, counts._bracket_killed; session 19 r17-es probe).
    # Failed: de es (fixed); held: ar en fr ru tr uk
    "toll_after_strike_noun": (11, {
        "ar": "قصفت طائرات تركية يوم الأحد مواقع لحزب العمال الكردستاني في منطقة غارا شمالي العراق. وقُتل أحد عشر مسلحا في الغارات، بحسب وزارة الدفاع.",
        "de": "Türkische Kampfjets haben am Sonntag Stellungen der PKK in der Region Gara im Nordirak angegriffen. Elf Kämpfer wurden bei den Angriffen getötet, teilte das Verteidigungsministerium mit.",
        "en": "Turkish jets struck PKK positions in the Gara region of northern Iraq on Sunday. Eleven militants were killed in the strikes, the defence ministry said.",
        "es": "Aviones turcos bombardearon el domingo posiciones del PKK en la región de Gara, en el norte de Irak. Once milicianos murieron en los ataques, informó el Ministerio de Defensa.",
        "fr": "Des avions turcs ont frappé dimanche des positions du PKK dans la région de Gara, dans le nord de l'Irak. Onze combattants ont été tués dans ces frappes, a indiqué le ministère de la Défense.",
        "ru": "Турецкие самолёты в воскресенье нанесли удары по позициям РПК в районе Гара на севере Ирака. В результате ударов были убиты одиннадцать боевиков, сообщило министерство обороны.",
        "tr": "Türk savaş uçakları pazar günü Irak'ın kuzeyindeki Gara bölgesinde PKK mevzilerini vurdu. Saldırılarda on bir terörist öldürüldü, Milli Savunma Bakanlığı açıkladı.",
        "uk": "Турецькі літаки в неділю завдали ударів по позиціях РПК у районі Гара на півночі Іраку. Унаслідок ударів було вбито одинадцять бойовиків, повідомило міністерство оборони.",
    }),
    # the striker's own soldiers killed in the attack it answered, its side's adjective before their
    # noun ("killed two Israeli soldiers"; counts._own_side_adjective; session 19 r17-es probe).
    # Failed: uk (fixed); held: ar de en es fr ru tr
    "own_side_before_noun": (None, {
        "ar": "أغارت الطائرات الإسرائيلية يوم الجمعة على مواقع لحزب الله في جنوب لبنان بعد أن قتل صاروخ مضاد للدروع جنديين إسرائيليين قرب الحدود، بحسب الجيش.",
        "de": "Die israelische Luftwaffe hat am Freitag Stellungen der Hisbollah im Südlibanon angegriffen, nachdem eine Panzerabwehrrakete zwei israelische Soldaten nahe der Grenze getötet hatte, teilte die Armee mit.",
        "en": "Israeli aircraft struck Hezbollah positions in southern Lebanon on Friday after an anti-tank missile killed two Israeli soldiers near the border, the army said.",
        "es": "La aviación israelí bombardeó el viernes posiciones de Hezbolá en el sur del Líbano después de que un misil antitanque matara a dos soldados israelíes cerca de la frontera, informó el Ejército.",
        "fr": "L'aviation israélienne a frappé vendredi des positions du Hezbollah dans le sud du Liban après qu'un missile antichar a tué deux soldats israéliens près de la frontière, a indiqué l'armée.",
        "ru": "Израильская авиация в пятницу нанесла удары по позициям «Хезболлы» на юге Ливана после того, как противотанковая ракета убила двух израильских военных у границы, сообщила армия.",
        "tr": "İsrail savaş uçakları, sınır yakınında bir tanksavar füzesinin iki İsrail askerini öldürmesinin ardından cuma günü Lübnan'ın güneyindeki Hizbullah mevzilerini vurdu, ordu açıkladı.",
        "uk": "Ізраїльська авіація в п'ятницю завдала ударів по позиціях «Хезбалли» на півдні Лівану після того, як протитанкова ракета вбила двох ізраїльських військових біля кордону, повідомила армія.",
    }),
    # fighters and civilians killed side by side: the fighters alone (session 19 r17-es probe; the
    # German perfect's object before its participle, counts._bracket_killed). Failed: de (fixed), tr
    # (xfail); held: ar en es fr ru uk
    "fighters_then_civilians": (7, {
        "ar": "قال الجيش الإسرائيلي إن غارته على مركز قيادة لحماس في مدينة غزة أسفرت عن مقتل سبعة من مقاتلي حماس وثلاثة مدنيين.",
        "de": "Die israelische Armee teilte mit, ihr Angriff auf eine Kommandozentrale der Hamas in der Stadt Gaza habe sieben Hamas-Kämpfer und drei Zivilisten getötet.",
        "en": "The Israeli military said its strike on a Hamas command centre in Gaza City killed seven Hamas fighters and three civilians.",
        "es": "El Ejército israelí informó de que su ataque contra un centro de mando de Hamás en la ciudad de Gaza mató a siete milicianos de Hamás y a tres civiles.",
        "fr": "L'armée israélienne a indiqué que sa frappe contre un centre de commandement du Hamas à Gaza avait tué sept combattants du Hamas et trois civils.",
        "ru": "Израильская армия сообщила, что её удар по командному центру ХАМАС в городе Газа уничтожил семерых боевиков ХАМАС, также погибли трое мирных жителей.",
        "tr": "İsrail ordusu, Gazze kentindeki bir Hamas komuta merkezine düzenlediği saldırıda yedi Hamas militanının ve üç sivilin öldürüldüğünü açıkladı.",
        "uk": "Ізраїльська армія повідомила, що її удар по командному центру ХАМАС у місті Газа знищив сімох бойовиків ХАМАС, також загинули троє цивільних.",
    }),
    # the dead counted among the fighters ("a fait 12 morts parmi les combattants", "12 قتيلا في صفوف";
    # counts.toll_nouns, counts.dead_among, counts._bind_dead_among; session 19 r17-es probe). Failed: ar de
    # es fr (fixed); the other languages rarely write it so
    "dead_among_fighters": (12, {
        "ar": "شنت طائرات أمريكية يوم الثلاثاء غارة قرب جلب أسفرت عن 12 قتيلا في صفوف مسلحي حركة الشباب، بحسب القيادة الأمريكية في أفريقيا.",
        "de": "Der Luftangriff der US-Armee nahe Jilib forderte zwölf Tote unter den Kämpfern der Al-Shabaab, teilte das Afrika-Kommando mit.",
        "es": "El bombardeo estadounidense cerca de Jilib causó 12 muertos entre los milicianos de Al Shabab, informó el Mando de África.",
        "fr": "La frappe aérienne américaine près de Jilib a fait 12 morts parmi les combattants shebab, a indiqué mardi le commandement américain pour l'Afrique.",
    }),
    # fighters killed told as more after the event's count: they add to it ("two militants ... two more
    # fighters were killed" -> 4; counts._more_killed, counts._more_victims_at; session 19 r17-es,
    # from real16 ru-tass). Failed in every language but tr ar (xfail)
    "more_after_count": (4, {
        "ar": "قال الجيش الأمريكي إن أول غارتين قرب جلب أسفرتا عن مقتل اثنين من مسلحي حركة الشباب، فيما قتل مسلحان آخران في غارة ثالثة.",
        "de": "Das US-Militär hat nahe Jilib drei Luftangriffe geflogen und dabei zwei Al-Shabaab-Kämpfer getötet, zwei weitere Kämpfer wurden beim dritten Angriff getötet.",
        "en": "The US military said its first two strikes near Jilib killed two al-Shabaab militants, and two more fighters were killed in a third strike.",
        "es": "Según el Ejército estadounidense, los dos primeros ataques cerca de Jilib mataron a dos milicianos de Al Shabab, y otros dos combatientes murieron en un tercer ataque.",
        "fr": "L'armée américaine a mené trois frappes près de Jilib : les deux premières ont tué deux combattants shebab, et deux autres combattants ont été tués par la troisième.",
        "ru": "Американские военные нанесли три авиаудара близ Джилиба, в результате двух атак были уничтожены два боевика «Аш-Шабаб», еще два боевика ликвидированы третьим ударом.",
        "tr": "ABD ordusuna göre Cilib yakınlarındaki ilk iki saldırıda iki Eş-Şebab militanı öldürüldü, üçüncü saldırıda iki militan daha öldürüldü.",
        "uk": "За даними американських військових, унаслідок перших двох ударів поблизу Джиліба знищено двох бойовиків «Аш-Шабаб», ще двох бойовиків ліквідовано третім ударом.",
    }),
    # a bound in the lead, the claim's exact figure after it: the last statement decides ("At least 17
    # ... killed" then "the strike killed 17 terrorists" -> 17; counts._more_killed, counts._restated_approx;
    # session 19 r17-es, from real16 es-suresnoticia and ru-tass). Failed in every language (fixed in
    # every language; ar since Arabic sentences end at '. ', session 22 ars-b)
    "bound_then_exact": (17, {
        "ar": "قُتل ما لا يقل عن 17 من مسلحي حركة الشباب يوم الأربعاء في غارة جوية أمريكية وسط الصومال، بحسب القيادة الأمريكية في أفريقيا. ووفقا لتقييم أولي، أسفرت الغارة عن مقتل 17 إرهابيا ولم يصب أي مدني.",
        "de": "Mindestens 17 Al-Shabaab-Kämpfer sind am Mittwoch bei einem Luftangriff der US-Streitkräfte in Zentralsomalia getötet worden, teilte das Afrika-Kommando mit. Nach einer ersten Einschätzung tötete der Angriff 17 Terroristen, Zivilisten kamen nicht zu Schaden.",
        "en": "At least 17 al-Shabaab fighters were killed in a US airstrike in central Somalia on Wednesday, Africa Command said. According to its initial assessment, the strike killed 17 terrorists and no civilians were harmed.",
        "es": "Al menos 17 milicianos de Al Shabab murieron el miércoles en un ataque aéreo estadounidense en el centro de Somalia, informó el AFRICOM. Según su evaluación inicial, el ataque mató a 17 terroristas y ningún civil resultó herido.",
        "fr": "Au moins 17 combattants shebab ont été tués mercredi dans une frappe aérienne américaine dans le centre de la Somalie, a indiqué l'Africom. Selon son évaluation initiale, la frappe a tué 17 terroristes et aucun civil n'a été blessé.",
        "ru": "В результате американского авиаудара в центральной части Сомали в среду ликвидированы не менее 17 боевиков «Аш-Шабаб», сообщило командование АФРИКОМ. По первоначальной оценке, удар уничтожил 17 террористов, мирные жители не пострадали.",
        "tr": "ABD'nin çarşamba günü Somali'nin orta kesiminde düzenlediği hava saldırısında en az 17 Eş-Şebab militanı öldürüldü. AFRICOM'un ilk değerlendirmesine göre saldırıda 17 terörist öldürüldü, siviller zarar görmedi.",
        "uk": "Унаслідок американського авіаудару в центральній частині Сомалі в середу ліквідовано щонайменше 17 бойовиків «Аш-Шабаб», повідомило командування AFRICOM. За первинною оцінкою, удар знищив 17 терористів, цивільні не постраждали.",
    }),
    # fighters named as insurgents, rebels or extremists (lexicon counts.combatants; session 20):
    # fixed: en fr; held: ar de es ru tr uk
    "insurgents_killed": (9, {
        "en": "Nigerian Air Force jets bombed a Boko Haram hideout in Borno State on Saturday, killing nine "
              "insurgents, the military said.",
        "de": "Kampfjets der nigerianischen Luftwaffe haben am Samstag ein Versteck von Boko Haram im Bundesstaat "
              "Borno bombardiert und neun Aufständische getötet, teilte das Militär mit.",
        "fr": "Des avions de l'armée de l'air nigériane ont bombardé samedi une cache de Boko Haram dans l'État "
              "de Borno, tuant neuf insurgés, a indiqué l'armée.",
        "es": "Aviones de la Fuerza Aérea de Nigeria bombardearon el sábado un escondite de Boko Haram en el "
              "estado de Borno y mataron a nueve insurgentes, informó el ejército.",
        "ru": "Самолеты ВВС Нигерии в субботу нанесли удар по укрытию «Боко Харам» в штате Борно, убиты девять "
              "боевиков, сообщили военные.",
        "uk": "Літаки ПС Нігерії в суботу завдали удару по схованці «Боко Харам» у штаті Борно, вбито дев'ятьох "
              "бойовиків, повідомили військові.",
        "tr": "Nijerya Hava Kuvvetleri cumartesi günü Borno eyaletindeki bir Boko Haram sığınağını bombaladı, "
              "dokuz militan öldürüldü, ordu açıkladı.",
        "ar": "قصفت طائرات سلاح الجو النيجيري يوم السبت مخبأ لجماعة بوكو حرام في ولاية بورنو ما أسفر عن مقتل "
              "تسعة مسلحين، بحسب الجيش.",
    }),
    # the article of another noun before the fighters' noun is no count of one: "einen Stützpunkt
    # von Terroristen ... und 40 Terroristen getötet" is 40, not 41 (counts._add_coordinated_victims,
    # session 20): fixed: de; held: ar en es fr ru tr uk
    "article_of_another_noun": (40, {
        "en": "Russian aircraft struck a base of terrorists in Homs province and killed 40 terrorists, the "
              "Reconciliation Centre said.",
        "de": "Russische Flugzeuge haben einen Stützpunkt von Terroristen in der Provinz Homs angegriffen und "
              "40 Terroristen getötet, teilte das Versöhnungszentrum mit.",
        "fr": "L'aviation russe a frappé une base de terroristes dans la province de Homs et tué 40 terroristes, "
              "a indiqué le Centre pour la réconciliation.",
        "es": "La aviación rusa atacó una base de terroristas en la provincia de Homs y mató a 40 terroristas, "
              "informó el Centro para la Reconciliación.",
        "ru": "Российская авиация нанесла удар по базе террористов в провинции Хомс, уничтожены 40 террористов, "
              "сообщил Центр по примирению.",
        "uk": "Російська авіація завдала удару по базі терористів у провінції Хомс, знищено 40 терористів, "
              "повідомив Центр з примирення.",
        "tr": "Rus uçakları Humus vilayetinde bir terörist üssünü vurdu, 40 terörist öldürüldü, Uzlaşma Merkezi "
              "açıkladı.",
        "ar": "قصفت طائرات روسية قاعدة للإرهابيين في محافظة حمص ما أسفر عن مقتل 40 إرهابيا، بحسب مركز المصالحة.",
    }),
    # the force's kill count in a sentence of its own with no strike word, the strike told in
    # the next one (events._kill_lead; session 25: de real5, real20 copy led so)
    # failed at 9082f51 in every language (the count's sentence was no evidence); fixed here
    # but es (xfail)
    "kill_lead_sentence": (12, {
        "en": "The French army killed 12 jihadists in central Mali, the defence ministry in Paris said. Its jets "
              "carried out an air strike near Tessalit on Sunday.",
        "de": "Die französische Armee hat im Zentrum Malis zwölf Dschihadisten getötet. Das Verteidigungsministerium "
              "in Paris erklärte, Kampfjets hätten am Sonntag einen Luftangriff bei Tessalit ausgeführt.",
        "fr": "L'armée française a tué douze jihadistes dans le centre du Mali. Le ministère des Armées a précisé "
              "que des avions de chasse avaient mené dimanche une frappe aérienne près de Tessalit.",
        "es": "El ejército francés mató a doce yihadistas en el centro de Malí. El Ministerio de Defensa precisó "
              "que cazas franceses bombardearon el domingo un campamento cerca de Tessalit.",
        "ru": "Французская армия ликвидировала 12 джихадистов в центре Мали. Как уточнили в министерстве обороны "
              "Франции, в воскресенье истребители нанесли авиаудар у Тессалита.",
        "uk": "Французька армія ліквідувала 12 джихадистів у центрі Малі. Як уточнили в міністерстві оборони "
              "Франції, у неділю винищувачі завдали авіаудару поблизу Тессаліта.",
        "tr": "Fransız ordusu Mali'nin merkezinde 12 cihatçıyı öldürdü. Fransa Savunma Bakanlığı, savaş "
              "uçaklarının pazar günü Tessalit yakınlarında bir hava saldırısı düzenlediğini açıkladı.",
        "ar": "قتل الجيش الفرنسي 12 جهاديا في وسط مالي. وأوضحت وزارة الدفاع الفرنسية أن مقاتلات فرنسية شنت "
              "غارة جوية قرب تيساليت يوم الأحد.",
    }),
}

# (construction, lang) -> why it still fails
XFAIL: dict[tuple[str, str], str] = {
    ("kill_lead_sentence", "es"): "'El ejército francés' outside a strike sentence is not read as a named force "
                                  "(no military actor), so the kill count has no side to join (session 25 probe)",
    ("more_after_count", "tr"): "'iki militan daha': the 'more' word after the fighters' noun is not read (session 19 probe)",
    ("more_after_count", "ar"): "'مسلحان آخران': a dual noun with its 'other' adjective, no numeral, is not read as "
                                "more fighters (session 19 probe)",
    ("partitive_of_them", "tr"): "'bunlardan altısını': a number word with a possessive and case suffix ('altısını') "
                                 "is no number yet (numbers.words holds bare forms; session 19 probe)",
    ("fighters_then_civilians", "tr"): "'yedi Hamas militanının ve üç sivilin öldürüldüğünü': the genitive count before "
                                       "a coordinated pair and a nominalised kill verb is not bound (session 19 probe)",
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
