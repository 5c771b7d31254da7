"""The `strikes` field in all eight languages, by a matrix of constructions.

`strikes` was the weakest field of every blind set the team built (0.43 on real12 when it
was scored blind): the engine missed the one strike a report names in the singular and the
count an adverb or a pair of strikes gives. Each construction below is written once per
language as that language's agency copy would say it (its own word order, cases and verb
forms; not word-for-word translations). The expected value follows the contract
(CONVENTIONS, "Numbers"): a single strike reported with an article, or in a language
without articles a singular strike noun for one strike on one target, is 1; an unnumbered
plural is null; so is a "massive" strike. Every sentence was written for this test.

Each row's comment says in which languages it failed on main at b2ceac0 (session 15's start),
which were fixed and which held. A case that fails today stays as a strict xfail with its reason (XFAIL
below), so the next person sees what is left.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import covers_every_language, events, matrix_cases

PUB = "2024-06-11T08:00:00+00:00"

# construction -> ((expected actor of the first event, expected strikes), {lang: sentence})
MATRIX: dict[str, tuple[tuple[str, int | None], dict[str, str]]] = {
    # one strike with the indefinite article, or a bare singular strike noun where the
    # language has no article. Held: ar de en es fr ru uk; tr xfail
    "article_singular": (("USA", 1), {
        "ar": "نفذ الجيش الأمريكي يوم الأحد غارة جوية على مسلحي حركة الشباب قرب مدينة جليب في جنوب "
              "الصومال، وفق القيادة الأمريكية في أفريقيا.",
        "de": "Das US-Militär hat am Sonntag einen Luftangriff auf Kämpfer der Al-Shabaab nahe Jilib im "
              "Süden Somalias geflogen, teilte das Afrika-Kommando mit.",
        "en": "The US military carried out an airstrike against al-Shabaab fighters near Jilib in southern "
              "Somalia on Sunday, Africa Command said.",
        "es": "El ejército estadounidense llevó a cabo el domingo un ataque aéreo contra combatientes de Al "
              "Shabab cerca de Jilib, en el sur de Somalia, informó el Africom.",
        "fr": "L'armée américaine a mené dimanche une frappe aérienne contre des combattants shebab près de "
              "Jilib, dans le sud de la Somalie, a annoncé l'Africom.",
        "ru": "Американские военные в воскресенье нанесли авиаудар по боевикам «Аш-Шабааб» у города Джилиб "
              "на юге Сомали, сообщило Африканское командование.",
        "tr": "ABD ordusu pazar günü Somali'nin güneyindeki Cilib kenti yakınlarında Eş Şebab militanlarına "
              "hava saldırısı düzenledi.",
        "uk": "Американські військові в неділю завдали авіаудару по бойовиках «Аш-Шабаб» поблизу міста "
              "Джилиб на півдні Сомалі, повідомило Африканське командування.",
    }),
    # one strike whose phrase is quoted from the claim ('a "precision strike"', « frappe de
    # précision »): the marks stand between the article and the noun, and between the noun and
    # its agent. Failed on main at 71b23cb (session 21's start): de en es fr (the opening mark
    # cut the article off the noun's phrase: counts._phrase_sides); held: ar ru tr uk
    "quoted_strike_phrase": (("USA", 1), {
        "ar": "نفذ الجيش الأمريكي \"ضربة دقيقة\" على قيادي في تنظيم داعش شمال غربي سوريا، وفق القيادة "
              "المركزية.",
        "de": "Das US-Militär hat nach eigenen Angaben einen \"präzisen Luftangriff\" auf einen IS-Anführer "
              "im Nordwesten Syriens geflogen.",
        "en": "US forces conducted a \"precision strike\" on an Islamic State leader in northwest Syria, "
              "Central Command said.",
        "es": "Las fuerzas estadounidenses llevaron a cabo un \"ataque de precisión\" contra un líder del "
              "Estado Islámico en el noroeste de Siria, informó el Comando Central.",
        "fr": "Les forces américaines ont mené une « frappe de précision » contre un chef de l'État "
              "islamique dans le nord-ouest de la Syrie, a indiqué le Centcom.",
        "ru": "Американские военные нанесли «высокоточный удар» по главарю ИГ на северо-западе Сирии, "
              "сообщило Центральное командование.",
        "tr": "ABD güçleri Suriye'nin kuzeybatısında DEAŞ liderlerinden birine \"hassas bir hava "
              "saldırısı\" düzenledi.",
        "uk": "Американські військові завдали «високоточного удару» по ватажку ІД на північному заході "
              "Сирії, повідомило Центральне командування.",
    }),
    # a weapon's attack named once, the striker only by a nationality adjective. Failed: ar en
    # (the compound was no singular strike noun: numbers.one_strike), fr (no event: the
    # adjective after the weapon, [meta] strike_weapon_owner); de tr xfail; held: es ru uk
    "weapon_attack_singular": (("RUS", 1), {
        "ar": "قُتل شخصان يوم الاثنين في هجوم صاروخي روسي على مدينة سومي، بحسب حاكم المنطقة.",
        "de": "Bei einem russischen Raketenangriff auf die Stadt Sumy sind am Montag zwei Menschen getötet "
              "worden, teilte der Gouverneur mit.",
        "en": "Two people were killed in a Russian missile attack on the city of Sumy on Monday, the "
              "regional governor said.",
        "es": "Dos personas murieron el lunes en un ataque ruso con misiles contra la ciudad de Sumy, "
              "informó el gobernador regional.",
        "fr": "Deux personnes ont été tuées lundi dans une attaque de missile russe contre la ville de "
              "Soumy, a indiqué le gouverneur régional.",
        "ru": "В результате ракетного удара российских войск по Сумам в понедельник погибли два человека, "
              "сообщил губернатор области.",
        "tr": "Rusya'nın pazartesi günü Sumi kentine düzenlediği füze saldırısında iki kişi hayatını "
              "kaybetti.",
        "uk": "Внаслідок ракетного удару російських військ по Сумах у понеділок загинули двоє людей, "
              "повідомив голова обласної військової адміністрації.",
    }),
    # a strike told with its answer to the other side's attacks: those plural attacks are not
    # the event's, the one airstrike is (counts._others_strikes). Failed: ar en es fr ru uk;
    # tr xfail; held: de
    "reaction_to_attacks": (("USA", 1), {
        "ar": "نفذ الجيش الأمريكي يوم الأحد غارة جوية على مستودع لفصيل مسلح في شرق سوريا ردا على "
              "الهجمات الأخيرة على قواته.",
        "de": "Das US-Militär hat am Sonntag als Reaktion auf die jüngsten Angriffe auf seine Truppen "
              "einen Luftangriff auf ein Depot einer Miliz im Osten Syriens geflogen.",
        "en": "The US military carried out an airstrike on a militia depot in eastern Syria on Sunday in "
              "response to recent attacks on its forces.",
        "es": "El ejército estadounidense llevó a cabo el domingo un ataque aéreo contra un depósito de "
              "una milicia en el este de Siria, en respuesta a los recientes ataques contra sus tropas.",
        "fr": "L'armée américaine a mené dimanche une frappe aérienne contre un dépôt d'une milice dans "
              "l'est de la Syrie, en réponse aux récentes attaques contre ses forces.",
        "ru": "Американские военные в воскресенье нанесли авиаудар по складу вооружённой группировки на "
              "востоке Сирии в ответ на недавние атаки на свои войска.",
        "tr": "ABD ordusu, güçlerine yönelik son saldırılara karşılık olarak pazar günü Suriye'nin "
              "doğusunda bir milis grubunun deposuna hava saldırısı düzenledi.",
        "uk": "Американські військові в неділю завдали авіаудару по складу збройного угруповання на сході "
              "Сирії у відповідь на нещодавні атаки на свої війська.",
    }),
    # "twice": the adverb counts the strikes. Failed: de en ru uk (numbers.times_adverbs);
    # held: ar es fr tr ("N times" words)
    "twice": (("ISR", 2), {
        "ar": "قصفت طائرات إسرائيلية يوم الأحد مبنى في مدينة النبطية مرتين، بحسب الجيش الإسرائيلي.",
        "de": "Israelische Kampfflugzeuge haben am Sonntag ein Gebäude in der Stadt Nabatieh zweimal "
              "angegriffen, teilte die Armee mit.",
        "en": "Israeli warplanes struck a building in the town of Nabatieh twice on Sunday, the army said.",
        "es": "Aviones israelíes bombardearon dos veces el domingo un edificio en la ciudad de Nabatieh, "
              "informó el ejército.",
        "fr": "Des avions israéliens ont frappé à deux reprises dimanche un bâtiment dans la ville de "
              "Nabatiyé, a indiqué l'armée.",
        "ru": "Израильские самолёты в воскресенье дважды нанесли удар по зданию в городе Набатия, "
              "сообщила армия.",
        "tr": "İsrail savaş uçakları pazar günü Nebatiye kentindeki bir binayı iki kez vurdu.",
        "uk": "Ізраїльські літаки в неділю двічі завдали удару по будівлі в місті Набатія, повідомила армія.",
    }),
    # a number with a modifier between it and the strike noun
    "two_separate": (("ISR", 2), {
        "ar": "أعلن الجيش الإسرائيلي يوم الثلاثاء أنه قتل عنصرين من حزب الله في غارتين منفصلتين في جنوب "
              "لبنان.",
        "de": "Die israelische Armee hat nach eigenen Angaben am Dienstag bei zwei getrennten Angriffen im "
              "Südlibanon zwei Hisbollah-Mitglieder getötet.",
        "en": "The Israeli army said it killed two Hezbollah members in two separate strikes in southern "
              "Lebanon on Tuesday.",
        "es": "El ejército israelí afirmó haber matado el martes a dos miembros de Hezbolá en dos ataques "
              "separados en el sur del Líbano.",
        "fr": "L'armée israélienne a affirmé avoir tué mardi deux membres du Hezbollah lors de deux frappes "
              "distinctes dans le sud du Liban.",
        "ru": "Израильская армия заявила, что во вторник в ходе двух отдельных ударов на юге Ливана "
              "ликвидировала двух членов «Хезболлы».",
        "tr": "İsrail ordusu salı günü Lübnan'ın güneyinde iki ayrı saldırıda iki Hizbullah mensubunu "
              "öldürdüğünü açıkladı.",
        "uk": "Ізраїльська армія заявила, що у вівторок під час двох окремих ударів на півдні Лівану "
              "ліквідувала двох членів «Хезболли».",
    }),
    # a count in digits: guards
    "digits": (("USA", 14), {
        "ar": "شنت القوات الأمريكية يوم الجمعة 14 غارة جوية على مواقع تنظيم داعش في سوريا.",
        "de": "US-Streitkräfte haben am Freitag 14 Luftangriffe auf Stellungen des IS in Syrien geflogen.",
        "en": "US forces carried out 14 airstrikes against Islamic State positions in Syria on Friday.",
        "es": "Las fuerzas estadounidenses realizaron el viernes 14 ataques aéreos contra posiciones del "
              "Estado Islámico en Siria.",
        "fr": "Les forces américaines ont mené vendredi 14 frappes aériennes contre des positions de l'État "
              "islamique en Syrie.",
        "ru": "Американские военные в пятницу нанесли 14 авиаударов по позициям ИГ в Сирии.",
        "tr": "ABD güçleri cuma günü Suriye'de DEAŞ mevzilerine 14 hava saldırısı düzenledi.",
        "uk": "Американські військові в пʼятницю завдали 14 авіаударів по позиціях ІДІЛ у Сирії.",
    }),
    # an unnumbered plural says nothing of how many: guards
    "plural_unnumbered": (("ISR", None), {
        "ar": "شنت طائرات إسرائيلية يوم الأحد غارات على بلدة الخيام في جنوب لبنان.",
        "de": "Israelische Kampfflugzeuge haben am Sonntag Luftangriffe auf die Stadt Chiam im Südlibanon "
              "geflogen.",
        "en": "Israeli aircraft carried out airstrikes on the town of Khiam in southern Lebanon on Sunday.",
        "es": "Aviones israelíes llevaron a cabo el domingo bombardeos contra la localidad de Jiam, en el "
              "sur del Líbano.",
        "fr": "Des avions israéliens ont mené dimanche des frappes sur la localité de Khiam, dans le sud "
              "du Liban.",
        "ru": "Израильские самолёты в воскресенье нанесли удары по городу Хиам на юге Ливана.",
        "tr": "İsrail uçakları pazar günü Lübnan'ın güneyindeki Hiyam kasabasına hava saldırıları "
              "düzenledi.",
        "uk": "Ізраїльські літаки в неділю завдали ударів по місту Хіам на півдні Лівану.",
    }),
    # a "massive" strike is no count (CONVENTIONS). Failed: ar (the masculine "واسعا" was not
    # listed) after the weapon-attack nouns were; de (no event; fixed in session 19: 'Raketenangriff'
    # names missiles, so the launch verb 'gestartet' reads it); held: en es fr ru tr uk
    "massive": (("RUS", None), {
        "ar": "شنت روسيا ليلة الأحد هجوما صاروخيا واسعا على العاصمة الأوكرانية كييف.",
        "de": "Russland hat in der Nacht zum Sonntag einen massiven Raketenangriff auf die ukrainische "
              "Hauptstadt Kiew gestartet.",
        "en": "Russia launched a massive missile strike on the Ukrainian capital Kyiv overnight on Sunday.",
        "es": "Rusia lanzó en la noche del domingo un ataque masivo con misiles contra la capital "
              "ucraniana, Kiev.",
        "fr": "La Russie a lancé dans la nuit de dimanche une frappe massive de missiles sur la capitale "
              "ukrainienne, Kiev.",
        "ru": "Россия в ночь на воскресенье нанесла массированный ракетный удар по Киеву.",
        "tr": "Rusya pazar gecesi Ukrayna'nın başkenti Kiev'e yoğun bir füze saldırısı düzenledi.",
        "uk": "Росія в ніч на неділю завдала масованого ракетного удару по Києву.",
    }),
    # one strike told, then one more told as "another" ("une autre frappe", "ще одного удару",
    # "غارة أخرى"): 1 + 1 (counts._another_strike; session 16). Before, "another" was a word
    # that stops a count of one (numbers.not_one), so the report had no count at all
    "another_strike": (("ISR", 2), {
        "ar": "شنت طائرة مسيرة إسرائيلية يوم الأحد غارة على سيارة قرب بلدة الخيام في جنوب لبنان، ثم "
              "نفذت غارة أخرى على دراجة نارية في بلدة كفركلا، بحسب الوكالة الوطنية للإعلام.",
        "de": "Eine israelische Drohne hat am Sonntag einen Luftangriff auf ein Auto bei Chiam im "
              "Südlibanon geflogen und wenig später einen weiteren Luftangriff auf ein Motorrad in Kfar "
              "Kila, meldete die staatliche Nachrichtenagentur.",
        "en": "An Israeli drone carried out a strike on a car near Khiam in southern Lebanon on Sunday. "
              "Hours later another strike hit a motorcycle in Kfar Kila, the state news agency said.",
        "es": "Un dron israelí llevó a cabo el domingo un ataque contra un coche cerca de Jiam, en el sur "
              "del Líbano. Horas después, otro ataque alcanzó una motocicleta en Kfar Kila, según la "
              "agencia estatal.",
        "fr": "Un drone israélien a mené dimanche une frappe contre une voiture près de Khiam, dans le sud "
              "du Liban. Quelques heures plus tard, une autre frappe a visé une moto à Kfar Kila, selon "
              "l'agence nationale.",
        "ru": "Израильский беспилотник в воскресенье нанёс удар по автомобилю у Хиама на юге Ливана. "
              "Через несколько часов он нанёс ещё один удар по мотоциклу в Кфар-Киле, сообщило "
              "государственное агентство.",
        "tr": "İsrail'e ait bir insansız hava aracı pazar günü Lübnan'ın güneyindeki Hiyam yakınlarında bir "
              "araca saldırı düzenledi. Saatler sonra Kfar Kila'da bir motosiklete başka bir saldırı "
              "düzenlendi.",
        "uk": "Ізраїльський безпілотник у неділю завдав удару по автомобілю поблизу Хіама на півдні "
              "Лівану, а за кілька годин завдав ще одного удару по мотоциклу в Кфар-Кілі, повідомило "
              "державне агентство.",
    }),
    # a plural overview in the lead, then the strikes told one by one, the first and one more:
    # the plural is their overview, 1 + 1 (counts._single_strike; session 16). Before, the
    # plural said how many was not told
    "overview_then_each": (("USA", 2), {
        "ar": "شنت القوات الأمريكية يوم الأحد ضربات جديدة على الحوثيين في اليمن. ونفذت القوات ضربة "
              "على منصة صواريخ قرب الحديدة فجرا، ثم نفذت ضربة أخرى على زورق مسير في البحر الأحمر، "
              "بحسب القيادة المركزية.",
        "de": "Die US-Streitkräfte haben am Sonntag neue Angriffe auf die Huthi im Jemen geflogen. Am "
              "Morgen flogen sie einen Luftangriff auf eine Raketenstellung bei Hudaida und am Abend "
              "einen weiteren Luftangriff auf ein Drohnenboot, teilte das Zentralkommando mit.",
        "en": "US forces carried out new strikes against the Houthis in Yemen on Sunday. In the morning "
              "they conducted a strike on a missile launcher near Hodeidah, and in the evening they "
              "conducted another strike on a drone boat, Central Command said.",
        "es": "Las fuerzas estadounidenses lanzaron el domingo nuevos bombardeos contra los hutíes en "
              "Yemen. Por la mañana llevaron a cabo un ataque contra un lanzador de misiles cerca de "
              "Hodeida y por la tarde llevaron a cabo otro ataque contra una lancha no tripulada, "
              "informó el Comando Central.",
        "fr": "Les forces américaines ont mené dimanche de nouvelles frappes contre les Houthis au Yémen. "
              "Le matin, elles ont mené une frappe contre un lanceur de missiles près de Hodeïda, puis "
              "le soir une autre frappe contre un bateau-drone, a indiqué le Centcom.",
        "ru": "Американские военные в воскресенье нанесли новые удары по хуситам в Йемене. Утром они "
              "нанесли удар по пусковой установке у Ходейды, а вечером нанесли ещё один удар по "
              "безэкипажному катеру, сообщило Центральное командование.",
        "tr": "ABD güçleri pazar günü Yemen'deki Husilere yeni saldırılar düzenledi. Sabah Hudeyde "
              "yakınlarındaki bir füze rampasına bir saldırı düzenleyen ABD güçleri, akşam ise insansız "
              "bir bota başka bir saldırı düzenledi.",
        "uk": "Американські військові в неділю завдали нових ударів по хуситах у Ємені. Вранці вони "
              "завдали удару по пусковій установці поблизу Ходейди, а ввечері завдали ще одного удару "
              "по безекіпажному катеру, повідомило Центральне командування.",
    }),
    # an "extensive" or "massive" overview: the strikes then told only pick from it, no count
    # (numbers.not_one on the plural; session 16)
    "extensive_overview": (("ISR", None), {
        "ar": "شنت إسرائيل يوم الأحد غارات واسعة على جنوب لبنان. ونفذت طائرة مسيرة غارة على سيارة في "
              "بلدة الخيام، ثم نفذت غارة أخرى على دراجة نارية في كفركلا.",
        "de": "Israel hat am Sonntag massive Luftangriffe auf den Südlibanon geflogen. Eine Drohne flog "
              "einen Luftangriff auf ein Auto in Chiam und später einen weiteren Luftangriff auf ein "
              "Motorrad in Kfar Kila.",
        "en": "Israel carried out extensive strikes across southern Lebanon on Sunday. A drone conducted "
              "a strike on a car in Khiam, and later another strike hit a motorcycle in Kfar Kila.",
        "es": "Israel lanzó el domingo extensos ataques contra el sur del Líbano. Un dron llevó a cabo un "
              "ataque contra un coche en Jiam y más tarde otro ataque contra una motocicleta en Kfar "
              "Kila.",
        "fr": "Israël a mené dimanche des frappes massives sur le sud du Liban. Un drone a mené une "
              "frappe contre une voiture à Khiam, puis une autre frappe contre une moto à Kfar Kila.",
        "ru": "Израиль в воскресенье нанёс массированные удары по югу Ливана. Беспилотник нанёс удар по "
              "автомобилю в Хиаме, а затем нанёс ещё один удар по мотоциклу в Кфар-Киле.",
        "tr": "İsrail pazar günü Lübnan'ın güneyine kapsamlı saldırılar düzenledi. Bir insansız hava "
              "aracı Hiyam'da bir araca saldırı düzenledi, ardından Kfar Kila'da bir motosiklete başka "
              "bir saldırı düzenledi.",
        "uk": "Ізраїль у неділю завдав масованих ударів по півдню Лівану. Безпілотник завдав удару по "
              "автомобілю в Хіамі, а згодом завдав ще одного удару по мотоциклу в Кфар-Кілі.",
    }),
    # one strike after a preposition, where French elides the preposition onto the article
    # ("lors d'une frappe"): the article is still the indefinite one (counts._unelided;
    # session 16). Failed: fr
    "preposition_article": (("USA", 1), {
        "ar": "أعلن الجيش الأمريكي مقتل قيادي في تنظيم داعش يوم الأحد في غارة جوية على مخبأ قرب "
              "الرقة، بحسب القيادة المركزية.",
        "de": "Bei einem Luftangriff der US-Armee auf ein Versteck nahe Rakka ist am Sonntag ein "
              "Anführer des IS getötet worden, teilte das Zentralkommando mit.",
        "en": "An Islamic State leader was killed during an American airstrike on a hideout near Raqqa "
              "on Sunday, Central Command said.",
        "es": "Un dirigente del Estado Islámico murió el domingo durante un ataque aéreo estadounidense "
              "contra un escondite cerca de Raqa, informó el Comando Central.",
        "fr": "Un chef de l'État islamique a été tué dimanche lors d'une frappe aérienne américaine "
              "contre une cache près de Raqqa, a annoncé le Centcom.",
        "ru": "Главарь ИГ погиб в воскресенье в результате американского авиаудара по укрытию близ "
              "Ракки, сообщило Центральное командование.",
        "tr": "ABD ordusunun pazar günü Rakka yakınlarındaki bir sığınağa düzenlediği bir hava "
              "saldırısında DEAŞ'ın bir lideri öldürüldü.",
        "uk": "Ватажок ІДІЛ загинув у неділю внаслідок американського авіаудару по схованці поблизу "
              "Ракки, повідомило Центральне командування.",
    }),
    # a total, then its parts: "the other four" with the definite article are the rest of the
    # total, not four more (counts._told_as_more; session 16). Failed: fr
    "rest_of_total": (("SAU", 12), {
        "ar": "شنت طائرات التحالف بقيادة السعودية يوم السبت 12 غارة جوية على مواقع الحوثيين في محافظة "
              "صعدة. واستهدفت ثماني غارات منطقة مران، فيما ضربت الغارات الأربع الأخرى مناطق في جنوب "
              "غرب المحافظة.",
        "de": "Kampfflugzeuge der von Saudi-Arabien geführten Koalition haben am Samstag 12 Luftangriffe "
              "auf Stellungen der Huthi in der Provinz Saada geflogen. Acht davon trafen die Region "
              "Maran, die anderen vier Luftangriffe trafen Gebiete im Südwesten der Provinz.",
        "en": "Warplanes of the Saudi-led coalition carried out 12 airstrikes on Houthi positions in "
              "Saada province on Saturday. Eight of them hit the Maran area, while the other four "
              "airstrikes hit areas in the south-west of the province.",
        "es": "Aviones de la coalición liderada por Arabia Saudí lanzaron el sábado 12 ataques aéreos "
              "contra posiciones hutíes en la provincia de Saada. Ocho de ellos alcanzaron la zona de "
              "Maran y los otros cuatro ataques alcanzaron zonas del suroeste de la provincia.",
        "fr": "Des avions de la coalition dirigée par l'Arabie saoudite ont mené samedi 12 frappes "
              "aériennes contre des positions houthies dans la province de Saada. Huit d'entre elles "
              "ont touché la région de Maran et les quatre autres frappes ont visé le sud-ouest de la "
              "province.",
        "ru": "Самолёты возглавляемой Саудовской Аравией коалиции в субботу нанесли 12 авиаударов по "
              "позициям хуситов в провинции Саада. Восемь из них пришлись на район Маран, а остальные "
              "четыре удара были нанесены по юго-западу провинции.",
        "tr": "Suudi Arabistan liderliğindeki koalisyonun savaş uçakları cumartesi günü Saada vilayetinde "
              "Husi mevzilerine 12 hava saldırısı düzenledi. Saldırıların sekizi Maran bölgesini, "
              "kalan dördü ise vilayetin güneybatısını hedef aldı.",
        "uk": "Літаки очолюваної Саудівською Аравією коаліції в суботу завдали 12 авіаударів по позиціях "
              "хуситів у провінції Саада. Вісім із них припали на район Маран, а решта чотири удари "
              "було завдано по південному заходу провінції.",
    }),
    # per-type strike counts coordinated, the second typed by a word before its noun ("18 airstrikes
    # and seven artillery strikes", "sieben Artillerieangriffe"): summed (ANNOTATING; counts.
    # _typed_coordinate; session 17). Failed: de en ru tr uk; held: ar es fr
    "per_type_sum": (("ISR", 25), {
        "ar": "قال الجيش الإسرائيلي إنه نفذ يوم الاثنين 18 غارة جوية وسبع ضربات مدفعية على مواقع لحزب الله في جنوب لبنان.",
        "de": "Die israelische Armee hat am Montag nach eigenen Angaben 18 Luftangriffe und sieben Artillerieangriffe auf Stellungen der Hisbollah im Südlibanon ausgeführt.",
        "en": "The Israeli army said it carried out 18 airstrikes and seven artillery strikes on Hezbollah positions in southern Lebanon on Monday.",
        "es": "El ejército israelí informó de que el lunes llevó a cabo 18 ataques aéreos y siete ataques de artillería contra posiciones de Hezbolá en el sur del Líbano.",
        "fr": "L'armée israélienne a indiqué avoir mené lundi 18 frappes aériennes et sept frappes d'artillerie contre des positions du Hezbollah dans le sud du Liban.",
        "ru": "Израильская армия в понедельник нанесла 18 авиаударов и семь артиллерийских ударов по позициям «Хезболлы» на юге Ливана, сообщили военные.",
        "tr": "İsrail ordusu pazartesi günü Lübnan'ın güneyindeki Hizbullah mevzilerine 18 hava saldırısı ve yedi topçu saldırısı düzenlediğini açıkladı.",
        "uk": "Ізраїльська армія в понеділок завдала 18 авіаударів і сім артилерійських ударів по позиціях «Хезболли» на півдні Лівану, повідомили військові.",
    }),
    # a count, then one more coordinated with "another", its noun left out or kept ("two
    # airstrikes on Saturday and another on Sunday", "а в воскресенье — ещё один", "وغارة أخرى"):
    # the count plus one (counts._another_coordinated; session 17). Failed: ar de en es fr ru uk; held: tr
    "count_and_another": (("USA", 3), {
        "ar": "نفذت القوات الأمريكية غارتين على حركة الشباب يوم السبت وغارة أخرى يوم الأحد، بحسب أفريكوم.",
        "de": "Die US-Streitkräfte haben am Samstag zwei Luftangriffe auf die Al-Shabaab geflogen und am Sonntag einen weiteren, teilte Africom mit.",
        "en": "US forces carried out two airstrikes against al-Shabaab on Saturday and another on Sunday, AFRICOM said.",
        "es": "Las fuerzas estadounidenses llevaron a cabo dos ataques contra Al Shabab el sábado y otro el domingo, según el Africom.",
        "fr": "Les forces américaines ont mené deux frappes contre les shebab samedi et une autre dimanche, selon l'Africom.",
        "ru": "Американские военные в субботу нанесли два удара по «Аш-Шабаб», а в воскресенье — ещё один, сообщили в AFRICOM.",
        "tr": "ABD güçleri cumartesi günü Eş-Şebab'a iki hava saldırısı, pazar günü de bir hava saldırısı daha düzenledi, AFRICOM açıkladı.",
        "uk": "Американські військові в суботу завдали двох ударів по «Аш-Шабаб», а в неділю — ще одного, повідомили в AFRICOM.",
    }),
    # a qualified strike coordinated before a count that shares its noun, the weekly summary's "one
    # massive and six group strikes" ("нанесли массированный и шесть групповых ударов", "une frappe
    # massive et six frappes groupées"): one plus the count (counts._shared_noun_addend; session 17).
    # Failed: de en es fr ru tr uk; held: ar
    "massive_and_group": (("RUS", 7), {
        "ar": "قالت وزارة الدفاع الروسية إن قواتها نفذت خلال الأسبوع الماضي ضربة مكثفة واحدة وست ضربات جماعية على أهداف عسكرية أوكرانية.",
        "de": "Die russischen Streitkräfte haben in der vergangenen Woche einen massiven Angriff und sechs Gruppenangriffe auf militärische Ziele in der Ukraine ausgeführt, teilte das Verteidigungsministerium mit.",
        "en": "Over the past week, Russian forces carried out one massive and six group strikes on Ukrainian military targets, the defence ministry said.",
        "es": "Durante la última semana, las fuerzas rusas llevaron a cabo un ataque masivo y seis ataques en grupo contra objetivos militares ucranianos, informó el Ministerio de Defensa.",
        "fr": "Au cours de la semaine écoulée, les forces russes ont mené une frappe massive et six frappes groupées contre des cibles militaires ukrainiennes, a indiqué le ministère de la Défense.",
        "ru": "За прошедшую неделю Вооруженные силы России нанесли один массированный и шесть групповых ударов по военным объектам Украины, сообщили в Минобороны.",
        "tr": "Rus Savunma Bakanlığı, Rus kuvvetlerinin geçen hafta Ukrayna'daki askeri hedeflere bir kitlesel ve altı grup saldırısı düzenlediğini açıkladı.",
        "uk": "Протягом тижня збройні сили РФ завдали одного масованого та шести групових ударів по військових об'єктах України, заявили в міноборони Росії.",
    }),
    # a count of strikes, then the toll in a converb or participle ("three strikes ..., killing 15",
    # "üç hava saldırısı düzenleyerek 15 militanı öldürdü"): the Turkish manner converb's clause shares
    # the subject (clauses.same_subject_suffixes, counts._same_subject_clause; session 17). Failed: tr;
    # held: ar de en es fr ru uk
    "count_then_toll": (("USA", 3), {
        "ar": "نفذت الطائرات الأمريكية يوم الأحد ثلاث غارات على معسكرات لحركة الشباب قرب جليب، ما أسفر عن مقتل 15 مسلحا، بحسب أفريكوم.",
        "de": "Die US-Luftwaffe hat am Sonntag drei Luftangriffe auf Lager der Al-Shabaab bei Jilib geflogen und dabei 15 Kämpfer getötet, teilte Africom mit.",
        "en": "US aircraft carried out three strikes on al-Shabaab camps near Jilib on Sunday, killing 15 militants, AFRICOM said.",
        "es": "La aviación estadounidense llevó a cabo el domingo tres ataques contra campamentos de Al Shabab cerca de Jilib y mató a 15 milicianos, según el Africom.",
        "fr": "L'aviation américaine a mené dimanche trois frappes contre des camps shebab près de Jilib, tuant 15 combattants, selon l'Africom.",
        "ru": "Американская авиация в воскресенье нанесла три удара по лагерям «Аш-Шабаб» близ Джилиба, уничтожив 15 боевиков, сообщили в AFRICOM.",
        "tr": "ABD uçakları pazar günü Cilib yakınlarındaki Eş-Şebab kamplarına üç hava saldırısı düzenleyerek 15 militanı öldürdü, AFRICOM açıkladı.",
        "uk": "Американська авіація в неділю завдала трьох ударів по таборах «Аш-Шабаб» поблизу Джиліба, знищивши 15 бойовиків, повідомили в AFRICOM.",
    }),
    # a compound count in words ("twenty-five strikes", "двадцать пять ударов", "vingt-cinq frappes");
    # failed: ar ("خمسا وعشرين" read 20: the unit's accusative was no number word; ar numbers.words,
    # session 17); held: de en es fr ru tr uk
    "compound_words": (("RUS", 25), {
        "ar": "نفذت الطائرات الروسية يوم الأحد خمسا وعشرين غارة على مواقع المسلحين في محافظة حماة، بحسب وزارة الدفاع.",
        "de": "Russische Kampfflugzeuge haben am Sonntag fünfundzwanzig Angriffe auf Stellungen von Milizen in der Provinz Hama geflogen, teilte das Verteidigungsministerium mit.",
        "en": "Russian warplanes carried out twenty-five strikes on militant positions in Hama province on Sunday, the defence ministry said.",
        "es": "Los aviones rusos llevaron a cabo el domingo veinticinco ataques contra posiciones de milicianos en la provincia de Hama, informó el Ministerio de Defensa.",
        "fr": "Les avions russes ont mené dimanche vingt-cinq frappes contre des positions de militants dans la province de Hama, a indiqué le ministère de la Défense.",
        "ru": "Российские самолёты в воскресенье нанесли двадцать пять ударов по позициям боевиков в провинции Хама, сообщило Минобороны.",
        "tr": "Rus savaş uçakları pazar günü Hama vilayetindeki militan mevzilerine yirmi beş hava saldırısı düzenledi, Savunma Bakanlığı açıkladı.",
        "uk": "Російські літаки в неділю завдали двадцять п'ять ударів по позиціях бойовиків у провінції Хама, повідомило міноборони Росії.",
    }),
    # sorties and strikes counted side by side over "the past 24 hours": the strike count is the one
    # before the strike noun (neither 40 nor 24). tr fixed with the converb rule (count_then_toll);
    # ar xfail (session 17 probe); held: de en es fr ru uk
    "sorties_and_strikes": (("RUS", 60), {
        "ar": "نفذت الطائرات الروسية خلال الساعات الـ24 الماضية 40 طلعة جوية و60 غارة على أهداف للمسلحين في سوريا، بحسب وزارة الدفاع.",
        "de": "Russische Kampfflugzeuge haben in den vergangenen 24 Stunden 40 Einsätze geflogen und 60 Angriffe auf Ziele von Milizen in Syrien ausgeführt, teilte das Verteidigungsministerium mit.",
        "en": "Russian aircraft flew 40 sorties and carried out 60 strikes against militant targets in Syria over the past 24 hours, the defence ministry said.",
        "es": "En las últimas 24 horas, los aviones rusos realizaron 40 salidas y llevaron a cabo 60 ataques contra objetivos de milicianos en Siria, informó el Ministerio de Defensa.",
        "fr": "Au cours des dernières 24 heures, les avions russes ont effectué 40 sorties et mené 60 frappes contre des cibles de militants en Syrie, a indiqué le ministère de la Défense.",
        "ru": "За последние 24 часа российские самолёты совершили 40 боевых вылетов и нанесли 60 ударов по объектам боевиков в Сирии, сообщило Минобороны.",
        "tr": "Rus savaş uçakları son 24 saatte Suriye'de 40 sorti yaparak militan hedeflerine 60 hava saldırısı düzenledi, Savunma Bakanlığı açıkladı.",
        "uk": "За останні 24 години російські літаки здійснили 40 бойових вильотів і завдали 60 ударів по об'єктах бойовиків у Сирії, повідомило міноборони Росії.",
    }),
    # a count of strikes as the subject of a passive light verb, a day between it and its agent
    # ("24 airstrikes were conducted on Monday by", "fueron realizados el lunes por"; roles._is_agent,
    # roles._passive_light_of_noun; session 19 r17-es probe). Failed: fr es (fixed), ru uk ar (xfail);
    # held: en de tr
    "passive_count_dated_agent": (("COALITION", 24), {
        "ar": "نُفذت يوم الاثنين 24 غارة جوية من قبل التحالف الدولي بقيادة الولايات المتحدة على أهداف لتنظيم الدولة الإسلامية قرب الموصل.",
        "de": "Vierundzwanzig Luftangriffe sind am Montag von der US-geführten Koalition gegen Ziele des Islamischen Staates nahe Mossul geflogen worden.",
        "en": "Twenty-four airstrikes were conducted by the US-led coalition against Islamic State targets near Mosul on Monday.",
        "es": "Veinticuatro ataques aéreos fueron realizados el lunes por la coalición liderada por Estados Unidos contra objetivos del Estado Islámico cerca de Mosul.",
        "fr": "Vingt-quatre frappes aériennes ont été menées lundi par la coalition dirigée par les États-Unis contre des cibles du groupe État islamique près de Mossoul.",
        "ru": "Двадцать четыре авиаудара были нанесены в понедельник возглавляемой США коалицией по объектам «Исламского государства» близ Мосула.",
        "tr": "ABD öncülüğündeki koalisyon tarafından pazartesi günü Musul yakınlarındaki IŞİD hedeflerine 24 hava saldırısı düzenlendi.",
        "uk": "Двадцять чотири авіаудари було завдано в понеділок очолюваною США коаліцією по об'єктах «Ісламської держави» поблизу Мосула.",
    }),
    # "the forces of the coalition" opening the subject, the coalition after the force noun's "of"
    # ("las fuerzas de la coalición realizaron 12 ataques"; actor_roles.subject_forces,
    # roles._force_subject_before; session 19 r17-es probe). Failed: es fr (fixed), de (xfail); held:
    # ar en ru tr uk
    "force_of_coalition_subject": (("COALITION", 12), {
        "ar": "نفذت قوات التحالف يوم الأحد 12 ضربة تضمنت 21 اشتباكا ضد أهداف داعش في العراق، بحسب قوة المهام المشتركة.",
        "de": "Am Sonntag flogen die Streitkräfte der Koalition 12 Angriffe mit 21 Einsätzen gegen Ziele des IS im Irak, teilte die Einsatzgruppe mit.",
        "en": "On Sunday, coalition military forces conducted 12 strikes consisting of 21 engagements against ISIS targets in Iraq, the task force said.",
        "es": "El domingo, las fuerzas de la coalición realizaron 12 ataques que comprendieron 21 enfrentamientos contra objetivos del EI en Irak, informó la fuerza de tarea.",
        "fr": "Dimanche, les forces de la coalition ont mené 12 frappes comprenant 21 engagements contre des cibles de l'EI en Irak, a indiqué la force opérationnelle.",
        "ru": "В воскресенье силы коалиции нанесли 12 ударов, включавших 21 поражение, по объектам ИГ в Ираке, сообщило оперативное командование.",
        "tr": "Koalisyon güçleri pazar günü Irak'taki IŞİD hedeflerine 21 angajmandan oluşan 12 saldırı düzenledi, görev gücü açıkladı.",
        "uk": "У неділю сили коаліції завдали 12 ударів, що включали 21 ураження, по об'єктах ІД в Іраку, повідомило оперативне командування.",
    }),
    # session 20 (r18-es probes): a singular strike noun heading a compound after a hyphen
    # ("Ein US-Drohnenangriff hat ... getötet") is one strike, as "ein Drohnenangriff" is
    # (counts._one_strike_nouns). Fixed: de; held: ar en es fr ru tr uk
    "single_strike_hyphen_compound": (("USA", 1), {
        "ar": "قتلت غارة بطائرة مسيرة أمريكية الثلاثاء قياديا بارزا في تنظيم القاعدة في محافظة مأرب اليمنية، بحسب مسؤولين.",
        "de": "Ein US-Drohnenangriff hat am Dienstag einen ranghohen Al-Qaida-Anführer in der jemenitischen Provinz Marib getötet, teilten Behördenvertreter mit.",
        "en": "A US drone strike killed a senior al-Qaeda leader in Yemen's Marib province on Tuesday, officials said.",
        "es": "Un ataque con dron estadounidense mató el martes a un alto dirigente de Al Qaeda en la provincia yemení de Marib, según funcionarios.",
        "fr": "Une frappe de drone américaine a tué mardi un haut responsable d'Al-Qaïda dans la province de Marib, au Yémen, selon des responsables.",
        "ru": "Удар американского беспилотника во вторник уничтожил одного из главарей «Аль-Каиды» в йеменской провинции Мариб, сообщили официальные лица.",
        "tr": "ABD'nin salı günü Yemen'in Marib vilayetinde düzenlediği bir SİHA saldırısında El Kaide'nin üst düzey liderlerinden biri öldürüldü, yetkililer açıkladı.",
        "uk": "Удар американського безпілотника у вівторок знищив одного з ватажків «Аль-Каїди» в єменській провінції Маріб, повідомили посадовці.",
    }),
    # session 20 (r18-es probes): a counted compound strike noun ("sechs Präzisionsangriffe").
    # Fixed: de; held: ar en es fr ru tr uk
    "precision_strikes_counted": (("USA", 6), {
        "ar": "قال الجيش الأمريكي إن قواته نفذت السبت ست ضربات دقيقة على مواقع صواريخ للحوثيين في اليمن.",
        "de": "Das US-Militär teilte mit, seine Streitkräfte hätten am Samstag sechs Präzisionsangriffe auf Raketenstellungen der Huthi im Jemen ausgeführt.",
        "en": "The US military said its forces conducted six precision strikes against Houthi missile sites in Yemen on Saturday.",
        "es": "El ejército estadounidense informó de que sus fuerzas realizaron el sábado seis ataques de precisión contra emplazamientos de misiles hutíes en Yemen.",
        "fr": "L'armée américaine a indiqué que ses forces avaient mené samedi six frappes de précision contre des sites de missiles houthis au Yémen.",
        "ru": "Американские военные сообщили, что в субботу нанесли шесть высокоточных ударов по ракетным объектам хуситов в Йемене.",
        "tr": "ABD ordusu, güçlerinin cumartesi günü Yemen'deki Husi füze mevzilerine altı hassas saldırı düzenlediğini açıkladı.",
        "uk": "Американські військові повідомили, що в суботу завдали шести високоточних ударів по ракетних об'єктах хуситів в Ємені.",
    }),
}

_TR_BARE = ("a Turkish bare singular strike noun ('hava saldırısı düzenledi'): counting it as one "
            "lowered tr on 8 of 10 development sets (session 15); the team's Turkish references count "
            "it only for one strike on one target, which the engine cannot tell yet")
XFAIL: dict[tuple[str, str], str] = {
    ("passive_count_dated_agent", "ru"): "no event: the instrumental agent after the passive verb ('были нанесены ... "
                                         "коалицией') is read as what was hit (session 19 probe)",
    ("passive_count_dated_agent", "uk"): "no event: the instrumental agent after the passive verb ('було завдано ... "
                                         "коаліцією') is read as what was hit (session 19 probe)",
    ("passive_count_dated_agent", "ar"): "no event: the vowelled passive 'نُفذت' is no light verb (its damma is not "
                                         "folded away) and 'من قبل' after the strike noun is not read (session 19 probe)",
    ("force_of_coalition_subject", "de"): "no event: after a fronted phrase, 'flogen die Streitkräfte der Koalition' "
                                          "puts the force noun before the side's genitive; roles._fronted_phrase_subject "
                                          "reads only a force word after the side (session 19 probe)",
    ("sorties_and_strikes", "ar"): "'و60 غارة': the clitic و glued to digits hides the number "
                                   "(numbers.number_pattern allows no letter before digits)",
    ("article_singular", "tr"): _TR_BARE,
    ("weapon_attack_singular", "tr"): _TR_BARE,
    ("reaction_to_attacks", "tr"): _TR_BARE,
    ("weapon_attack_singular", "de"): "'einem russischen Raketenangriff' as one strike was taken back in "
                                      "session 15: with 'neuen' as not-one it lowered held-out real2 de "
                                      "0.667 -> 0.642; without it dev2's 'einem neuen Raketenangriff aus dem "
                                      "Palästinensergebiet' (the other side's) counted as the striker's one",
}


def test_every_construction_has_all_eight_languages():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction,lang,text,expected", list(matrix_cases(MATRIX, XFAIL)))
def test_strikes(construction, lang, text, expected):
    actor, strikes = expected
    found = events(text, lang, published=PUB)
    assert found, text
    assert (found[0]["actor"], found[0]["strikes"]) == (actor, strikes)


def test_a_total_beside_the_events_own_count_is_no_addend():
    # "insgesamt fünfmal" is the week's total (numbers.total_words), not three more strikes
    text = ("Die US-Luftwaffe hat am Mittwoch in Somalia zwei Luftangriffe auf Stellungen der Al-Shabaab "
            "geflogen, teilte das Afrika-Kommando mit. Damit griff das US-Militär die Miliz in dieser "
            "Woche insgesamt fünfmal aus der Luft an.")
    assert events(text, "de", published=PUB)[0]["strikes"] == 2


@pytest.mark.parametrize("article", ["einen", "einem"])
def test_the_german_indefinite_article_in_every_case_is_no_count_of_its_own(article):
    # "einen massiven Luftangriff": the article, inflected, is no numeral one beside "massiv"
    verb = "geflogen" if article == "einen" else "getroffen"
    text = (f"Die russische Luftwaffe hat am Sonntag {article} massiven Luftangriff auf Charkiw {verb}, "
            "teilte der Gouverneur mit.") if article == "einen" else (
            "Bei einem massiven russischen Luftangriff auf Charkiw sind am Sonntag drei Menschen getötet "
            "worden, teilte der Gouverneur mit.")
    assert events(text, "de", published=PUB)[0]["strikes"] is None


def test_a_quoted_strike_phrase_keeps_its_agent_after_the_closing_mark():
    """'A "unilateral strike" by U.S. forces killed ...': the closing mark stands between the
    strike noun and "by"; the agent is still the strike's (roles._is_agent)."""
    found = events('A "unilateral strike" by U.S. forces in northwest Syria killed a senior Islamic '
                   'State commander on Friday.', "en", PUB)
    assert [(e["actor"], e["strikes"]) for e in found] == [("USA", 1)]


def test_marks_around_a_whole_quoted_sentence_still_bound_the_phrase():
    """The marks of a quoted statement are no part of the strike noun's phrase: the plural
    before them still leaves the count unsaid."""
    found = events('US forces carried out strikes on Sunday. "The strike hit a command post," the '
                   'command said, naming no other target.', "en", PUB)
    assert found and found[0]["strikes"] is None
