"""Extra events: a report of one side's strike names the other side too (the defender that
counts what it shot down, the side whose investigators open a case, a capital's clock), and
that side must get no event of its own (CONVENTIONS.md: an event is the striker's; the
defending side's military reporting incoming attacks is the claimant). One short sentence (or
two-sentence lead) per language, written for this test; each row expects exactly the actors
listed, no more.

Each row says which languages failed before the change that made them pass ("fixed: ...") and
which held before and are guarded ("held: ..."); cases still failing are marked
xfail(strict=True) with the reason.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, covers_every_language, events, matrix_cases
from tests.test_extract_matrix_claimant import MATRIX as CLAIMANT_MATRIX

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday

# construction -> (the actors of the document's events, sorted; {language: text})
MATRIX = {
    # fixed: ar ('بتوقيت موسكو' as a clock, grammar.clock_zones: Moscow time names no side); held: de en es fr ru tr uk
    'clock_of_the_capital': (['UKR'], {
        'ar': "قالت وزارة الدفاع الروسية إن الدفاعات الجوية دمرت بين الساعة 23.00 و07.00 بتوقيت موسكو ثلاث طائرات مسيرة أوكرانية فوق مقاطعة بريانسك.",
        'de': "Die Luftabwehr habe zwischen 23.00 und 7.00 Uhr Moskauer Zeit drei ukrainische Drohnen über dem Gebiet Brjansk zerstört, teilte das russische Verteidigungsministerium mit.",
        'en': "Air defences destroyed three Ukrainian drones over the Bryansk region between 23:00 and 07:00 Moscow time, the Russian defence ministry said.",
        'es': "La defensa antiaérea destruyó entre las 23.00 y las 07.00 hora de Moscú tres drones ucranianos sobre la región de Briansk, informó el Ministerio de Defensa ruso.",
        'fr': "La défense antiaérienne a détruit entre 23h00 et 07h00 heure de Moscou trois drones ukrainiens au-dessus de la région de Briansk, a indiqué le ministère russe de la Défense.",
        'ru': "С 23:00 до 07:00 по московскому времени средства ПВО уничтожили три украинских беспилотника над Брянской областью, сообщило Минобороны России.",
        'tr': "Rusya Savunma Bakanlığı, hava savunma sistemlerinin Moskova saatiyle 23.00 ile 07.00 arasında Bryansk bölgesi üzerinde üç Ukrayna İHA'sını imha ettiğini açıkladı.",
        'uk': "З 23:00 до 07:00 за московським часом російська ППО знищила три українські безпілотники над Брянською областю, заявило міноборони РФ.",
    }),
    # fixed: en ('claim' in the present as a claim verb), tr (a side's bare name before its drones in the
    # genitive, the subject of the nominalised strike verb: roles._weapon_genitive_after); held: ar de es fr ru uk
    'speaker_claims_that_other_side_struck': (['UKR'], {
        'ar': "زعمت السلطات الروسية أن 56 طائرة مسيرة أوكرانية هاجمت عدة مناطق روسية خلال الليل.",
        'de': "Die russischen Behörden behaupten, 56 ukrainische Drohnen hätten in der Nacht mehrere ihrer Regionen angegriffen.",
        'en': "Russian authorities claim that 56 Ukrainian drones attacked several of their regions overnight.",
        'es': "Las autoridades rusas afirman que 56 drones ucranianos atacaron durante la noche varias de sus regiones.",
        'fr': "Les autorités russes affirment que 56 drones ukrainiens ont attaqué plusieurs de leurs régions pendant la nuit.",
        'ru': "Российские власти утверждают, что ночью 56 украинских беспилотников атаковали несколько их регионов.",
        'tr': "Rus yetkililer, gece boyunca 56 Ukrayna İHA'sının birkaç bölgeye saldırdığını iddia etti.",
        'uk': "Російська влада стверджує, що вночі 56 українських дронів атакували кілька її регіонів.",
    }),
    # fixed: tr ('soruşturma başlat*/aç*' as a non-military cue: the light verb opens an investigation,
    # no strike); held: ar de en es fr ru uk
    'investigation_opened_into_attack': (['UKR'], {
        'ar': "قال الحاكم إن طائرات مسيرة أوكرانية قصفت ليلا مستودعا للنفط في مقاطعة بريانسك.\nوفتحت لجنة التحقيق الروسية تحقيقا جنائيا في الهجوم بتهمة الإرهاب.",
        'de': "Ukrainische Drohnen haben in der Nacht ein Öllager im Gebiet Brjansk getroffen, teilte der Gouverneur mit. Das russische Ermittlungskomitee leitete wegen des Angriffs ein Terrorverfahren ein.",
        'en': "Ukrainian drones struck an oil depot in the Bryansk region overnight, the governor said. Russia's Investigative Committee opened a terrorism investigation into the attack.",
        'es': "Drones ucranianos alcanzaron durante la noche un depósito de petróleo en la región de Briansk, informó el gobernador. El Comité de Investigación ruso abrió una causa por terrorismo por el ataque.",
        'fr': "Des drones ukrainiens ont frappé dans la nuit un dépôt pétrolier de la région de Briansk, a indiqué le gouverneur. Le Comité d'enquête russe a ouvert une enquête pour terrorisme sur l'attaque.",
        'ru': "Украинские беспилотники ночью поразили нефтебазу в Брянской области, сообщил губернатор. Следственный комитет России возбудил уголовное дело о теракте в связи с атакой.",
        'tr': "Vali, Ukrayna İHA'larının gece Bryansk bölgesindeki bir petrol deposunu vurduğunu açıkladı. Rusya Soruşturma Komitesi, saldırıyla ilgili terör soruşturması başlatıldığını açıkladı.",
        'uk': "Українські дрони вночі вразили нафтобазу в Брянській області, повідомив губернатор. Слідчий комітет Росії порушив кримінальну справу про теракт у зв'язку з атакою.",
    }),
    # fixed: tr (a passive strike verb whose subject is drones in the genitive, 'İHA'nın vurulduğunu':
    # hit in flight, an interception: triggers._weapons_hit_passive); held: de; xfail: ar en es fr ru uk
    'drones_hit_in_flight_passive': (['UKR'], {
        'ar': "قالت وزارة الدفاع الروسية إنه تم إسقاط 20 طائرة مسيرة تابعة لأوكرانيا فوق مقاطعة بيلغورود خلال الليل.",
        'de': "Nach Angaben des russischen Verteidigungsministeriums wurden in der Nacht 20 ukrainische Drohnen über dem Gebiet Belgorod abgeschossen.",
        'en': "The Russian defence ministry said 20 drones belonging to Ukraine were shot down over the Belgorod region overnight.",
        'es': "Según el Ministerio de Defensa ruso, 20 drones pertenecientes a Ucrania fueron derribados durante la noche sobre la región de Bélgorod.",
        'fr': "Selon le ministère russe de la Défense, 20 drones appartenant à l'Ukraine ont été abattus pendant la nuit au-dessus de la région de Belgorod.",
        'ru': "По данным Минобороны России, ночью над Белгородской областью были сбиты 20 беспилотников, принадлежащих Украине.",
        'tr': "Rusya Savunma Bakanlığı, Ukrayna'ya ait 20 insansız hava aracının gece Belgorod bölgesi üzerinde vurulduğunu bildirdi.",
        'uk': "За даними міноборони РФ, уночі над Бєлгородською областю було збито 20 безпілотників, що належать Україні.",
    }),
    # fixed: ar de en es fr ru uk (an impact verb on drones or missiles with an airspace preposition a few words
    # after them, "destroyed N drones over the X region", reports them destroyed in flight: triggers._downed_over_place;
    # the owner adjective before the weapons, before a clause-final verb, launched them; "attack drones" is a drone);
    # held: tr
    'defender_destroyed_owner_drones_over_regions': (['RUS'], {
        'ar': "قال الجيش الأوكراني إنه دمر خلال الليل إحدى عشرة طائرة مسيرة هجومية روسية فوق منطقتي أوديسا وميكولايف.",
        'de': "Das ukrainische Militär hat nach eigenen Angaben in der Nacht elf russische Angriffsdrohnen über den Gebieten Odessa und Mykolajiw zerstört.",
        'en': "Ukraine's military said it destroyed eleven Russian attack drones over the Odesa and Mykolaiv regions overnight.",
        'es': "El Ejército ucraniano afirmó haber destruido once drones de ataque rusos sobre las regiones de Odesa y Mykolaiv durante la noche.",
        'fr': "L'armée ukrainienne a déclaré avoir détruit onze drones d'attaque russes au-dessus des régions d'Odessa et de Mykolaïv pendant la nuit.",
        'ru': "Украинские военные заявили, что ночью уничтожили одиннадцать российских ударных беспилотников над Одесской и Николаевской областями.",
        'tr': "Ukrayna ordusu, gece boyunca Odessa ve Mykolayiv bölgeleri üzerinde on bir Rus saldırı İHA'sını imha ettiğini açıkladı.",
        'uk': "Українські військові заявили, що вночі знищили одинадцять російських ударних дронів над Одеською та Миколаївською областями.",
    }),
    # fixed: de ru uk (the agent of a launch participle before the weapons, 'из 60 запущенных Россией ночью
    # беспилотников', 'der 60 von Russland in der Nacht gestarteten Drohnen', launched them: triggers._launcher_before_weapon);
    # held: ar en es fr tr
    'n_of_m_launched_by_side_shot_down': (['RUS'], {
        'ar': 'قال سلاح الجو الأوكراني إنه تم إسقاط 48 من أصل 60 طائرة مسيرة أطلقتها روسيا خلال الليل.',
        'de': 'Nach Angaben der ukrainischen Luftwaffe wurden 48 der 60 von Russland in der Nacht gestarteten Drohnen abgeschossen.',
        'en': "Ukraine's air force said 48 of the 60 drones launched by Russia overnight had been shot down.",
        'es': 'La Fuerza Aérea de Ucrania informó de que 48 de los 60 drones lanzados por Rusia durante la noche fueron derribados.',
        'fr': "L'armée de l'air ukrainienne a indiqué que 48 des 60 drones lancés par la Russie pendant la nuit avaient été abattus.",
        'ru': 'Воздушные силы ВСУ сообщили, что из 60 запущенных Россией ночью беспилотников были сбиты 48.',
        'tr': "Ukrayna Hava Kuvvetleri, Rusya'nın gece boyunca fırlattığı 60 insansız hava aracından 48'inin düşürüldüğünü bildirdi.",
        'uk': 'Повітряні сили ЗСУ повідомили, що з 60 запущених Росією вночі безпілотників було збито 48.',
    }),
    # fixed: en es (the shoot-down noun 'downing', 'derribo' as an interception cue), ru uk ('над' as an airspace
    # preposition: drones destroyed over a place); held: ar fr tr
    'nominal_downing_of_owner_drones': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية، الثلاثاء، إسقاط 15 طائرة مسيرة أوكرانية فوق القرم والبحر الأسود.',
        'de': 'Das russische Verteidigungsministerium meldete am Dienstag den Abschuss von 15 ukrainischen Drohnen über der Krim und dem Schwarzen Meer.',
        'en': "Russia's Defence Ministry reported the downing of 15 Ukrainian drones over Crimea and the Black Sea on Tuesday.",
        'es': 'El Ministerio de Defensa ruso informó el martes del derribo de 15 drones ucranianos sobre Crimea y el mar Negro.',
        'fr': 'Le ministère russe de la Défense a fait état mardi de la destruction de 15 drones ukrainiens au-dessus de la Crimée et de la mer Noire.',
        'ru': 'Минобороны России во вторник сообщило об уничтожении 15 украинских беспилотников над Крымом и Черным морем.',
        'tr': 'Rusya Savunma Bakanlığı salı günü Kırım ve Karadeniz üzerinde 15 Ukrayna insansız hava aracının düşürüldüğünü duyurdu.',
        'uk': 'Міноборони Росії у вівторок повідомило про знищення 15 українських безпілотників над Кримом і Чорним морем.',
    }),
    # fixed: ru uk (a type name between the weapon and its launch participle, 'ракеты ATACMS, выпущенные ВСУ', ends
    # the weapon); held: ar de en es fr tr
    'typed_missiles_launched_by_side_shot_down': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت فوق القرم أربعة صواريخ أتاكمز أطلقتها القوات الأوكرانية.',
        'de': 'Die russische Flugabwehr hat vier von ukrainischen Truppen abgefeuerte ATACMS-Raketen über der Krim abgeschossen, teilte das Ministerium in Moskau mit.',
        'en': 'Russian air defence systems shot down four ATACMS missiles fired by Ukrainian forces over Crimea, the ministry in Moscow said.',
        'es': 'Los sistemas de defensa antiaérea rusos derribaron cuatro misiles ATACMS disparados por las fuerzas ucranianas sobre Crimea, informó el ministerio en Moscú.',
        'fr': 'Les systèmes de défense antiaérienne russes ont abattu quatre missiles ATACMS tirés par les forces ukrainiennes au-dessus de la Crimée, a indiqué le ministère à Moscou.',
        'ru': 'Средства ПВО сбили над Крымом четыре ракеты ATACMS, выпущенные ВСУ, сообщило Минобороны РФ.',
        'tr': 'Rusya Savunma Bakanlığı, hava savunma sistemlerinin Ukrayna ordusunun fırlattığı dört ATACMS füzesini Kırım üzerinde düşürdüğünü açıkladı.',
        'uk': 'У Міноборони РФ заявили, що російська ППО збила над Кримом чотири ракети ATACMS, випущені ЗСУ.',
    }),
    # fixed: ar ru uk (a missile launched by a group and intercepted, one missile: 'أطلقه الحوثيون' with the
    # weapon's masculine pronoun, 'ракеты, выпущенной хуситами' with a feminine participle, 'о перехвате' as a
    # shoot-down word; the launch participle's agent needs no salvo count); held: de en es fr tr
    # (the claimant matrix's sentences: there the speaker, here the launcher)
    'missile_launched_by_group_intercepted': (['HOUTHI'], CLAIMANT_MATRIX['intercepted_missile_launched_by_group'][1]),
    # fixed: ar de en es fr ru tr uk (a side as the subject of an impact verb whose object is a number
    # of the other side's drones or missiles shot them down: triggers._downs_owned_weapons)
    'country_destroyed_the_other_sides_drones': (['UKR'], {
        'ar': "دمرت روسيا ليلا 39 طائرة مسيرة أوكرانية، معظمها فوق المناطق الحدودية مع أوكرانيا، بحسب وزارة الدفاع.",
        'de': "Russland hat nach eigenen Angaben in der Nacht 39 ukrainische Drohnen zerstört, die meisten davon über Grenzregionen zur Ukraine.",
        'en': "Russia destroyed 39 Ukrainian drones overnight, most of them over regions bordering Ukraine, the defence ministry said.",
        'es': "Rusia destruyó durante la noche 39 drones ucranianos, la mayoría sobre regiones fronterizas con Ucrania, informó el Ministerio de Defensa.",
        'fr': "La Russie a détruit dans la nuit 39 drones ukrainiens, pour la plupart au-dessus des régions frontalières de l'Ukraine, a indiqué le ministère de la Défense.",
        'ru': "Россия ночью уничтожила 39 украинских беспилотников, большинство из них над приграничными с Украиной регионами, сообщило Минобороны.",
        'tr': "Rusya gece 39 Ukrayna insansız hava aracını imha etti, bunların çoğu Ukrayna sınırındaki bölgeler üzerinde düşürüldü, Savunma Bakanlığı açıkladı.",
        'uk': "Росія вночі знищила 39 українських дронів, більшість із них над прикордонними з Україною регіонами, повідомило міноборони РФ.",
    }),
    # fixed: en tr uk ('only military targets' and its kin as generic cues, as fr es ru de had them);
    # held: de es fr ru; xfail: ar
    'defender_says_it_strikes_only_military_targets': (['UKR'], {
        'ar': "أسقطت الدفاعات الجوية الروسية ليلا 72 مسيرة أوكرانية، بحسب وزارة الدفاع. وأضافت الوزارة أن القوات المسلحة الروسية تضرب الأهداف العسكرية ومنشآت الصناعات الدفاعية فقط.",
        'de': "Die russische Luftabwehr hat in der Nacht 72 ukrainische Drohnen abgeschossen, teilte das Verteidigungsministerium mit. Die russischen Streitkräfte griffen ausschließlich militärische Ziele und Betriebe der Rüstungsindustrie an, hieß es weiter.",
        'en': "Russian air defences shot down 72 Ukrainian drones overnight, the defence ministry said. The Russian armed forces strike only military targets and defence industry sites, the ministry added.",
        'es': "Las defensas antiaéreas rusas derribaron durante la noche 72 drones ucranianos, informó el Ministerio de Defensa. Las fuerzas armadas rusas solo atacan objetivos militares e instalaciones de la industria de defensa, añadió el ministerio.",
        'fr': "La défense antiaérienne russe a abattu dans la nuit 72 drones ukrainiens, a indiqué le ministère de la Défense. Les forces armées russes ne frappent que des cibles militaires et des sites de l'industrie de défense, a ajouté le ministère.",
        'ru': "Российская ПВО ночью сбила 72 украинских беспилотника, сообщило Минобороны. ВС РФ наносят удары только по военным объектам и предприятиям ВПК, добавили в ведомстве.",
        'tr': "Rus hava savunması gece 72 Ukrayna insansız hava aracını düşürdü, Savunma Bakanlığı açıkladı. Bakanlık, Rus silahlı kuvvetlerinin yalnızca askeri hedefleri ve savunma sanayii tesislerini vurduğunu ekledi.",
        'uk': "Російська ППО вночі збила 72 українські дрони, повідомило міноборони РФ. Збройні сили РФ завдають ударів лише по військових об'єктах і підприємствах ВПК, додали у відомстві.",
    }),
    # fixed: ar de en es fr ru tr uk (a thwarting verb, cues.thwarted, with drones or missiles and a side named:
    # the side's attack stopped in flight is its intercepted strike, the attempt cue no longer undoes it, the
    # other sides named defended: triggers._thwarted_attempt; 'Kyiv regime' and its kin name UKR)
    'thwarted_attempt_of_side_with_drones': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية إحباط محاولة لنظام كييف لشن هجوم بطائرات مسيرة على أهداف في روسيا ليلا، وتدمير 15 مسيرة فوق مقاطعة بريانسك.',
        'de': 'Ein Versuch des Kiewer Regimes, Ziele in Russland mit Drohnen anzugreifen, ist in der Nacht vereitelt worden, 15 Drohnen wurden über dem Gebiet Brjansk zerstört, teilte das Verteidigungsministerium mit.',
        'en': 'An attempt by the Kyiv regime to carry out a drone attack on targets in Russia was thwarted overnight, with 15 UAVs destroyed over the Bryansk region, the Defence Ministry said.',
        'es': 'Un intento del régimen de Kiev de atacar con drones objetivos en Rusia fue frustrado durante la noche, con 15 aparatos destruidos sobre la región de Briansk, informó el Ministerio de Defensa.',
        'fr': 'Une tentative du régime de Kiev de mener une attaque de drones contre des cibles en Russie a été déjouée dans la nuit, 15 drones ayant été détruits au-dessus de la région de Briansk, a indiqué le ministère de la Défense.',
        'ru': 'Ночью пресечена попытка киевского режима осуществить атаку с использованием БПЛА на объекты на территории России, над Брянской областью уничтожены 15 беспилотников, сообщило Минобороны.',
        'tr': "Rusya Savunma Bakanlığı, Kiev rejiminin Rusya'daki hedeflere İHA saldırısı düzenleme girişiminin gece engellendiğini ve Bryansk bölgesi üzerinde 15 İHA'nın imha edildiğini açıkladı.",
        'uk': "Уночі припинено спробу київського режиму здійснити атаку з використанням БпЛА на об'єкти на території Росії, над Брянською областю знищено 15 безпілотників, заявило міноборони РФ.",
    }),
    # fixed: ar de en es fr ru tr uk (the Russian MoD's two-sentence form: the thwarting verb is the report's
    # word when the sentence has no strike verb; the attack thwarted is no single strike counted)
    'thwarted_attempt_then_count_two_sentences': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية إحباط محاولة لنظام كييف لتنفيذ هجوم إرهابي بطائرات مسيرة على منشآت في روسيا. ودمرت الدفاعات الجوية 12 طائرة مسيرة فوق مقاطعة بيلغورود.',
        'de': 'Ein Versuch des Kiewer Regimes, mit Drohnen einen Terroranschlag auf Einrichtungen in Russland zu verüben, ist vereitelt worden, teilte das Verteidigungsministerium mit. Die diensthabende Luftabwehr zerstörte zwölf Drohnen über dem Gebiet Belgorod.',
        'en': 'An attempt by the Kyiv regime to carry out a terrorist attack with fixed-wing drones on facilities in Russia has been thwarted, the Defence Ministry said. Air defences on duty destroyed 12 UAVs over the Belgorod region.',
        'es': 'Fue frustrado un intento del régimen de Kiev de perpetrar un ataque terrorista con drones contra instalaciones en Rusia, informó el Ministerio de Defensa. La defensa antiaérea destruyó 12 drones sobre la región de Bélgorod.',
        'fr': 'Une tentative du régime de Kiev de commettre une attaque terroriste au moyen de drones contre des installations en Russie a été déjouée, a annoncé le ministère de la Défense. La défense antiaérienne a détruit 12 drones au-dessus de la région de Belgorod.',
        'ru': 'Пресечена попытка киевского режима осуществить террористическую атаку с использованием беспилотных летательных аппаратов самолетного типа по объектам на территории России, сообщило Минобороны. Дежурными средствами ПВО над территорией Белгородской области уничтожены 12 БПЛА.',
        'tr': "Rusya Savunma Bakanlığı, Kiev rejiminin Rusya'daki tesislere İHA'larla terör saldırısı düzenleme girişiminin engellendiğini açıkladı. Hava savunma sistemleri Belgorod bölgesi üzerinde 12 İHA'yı imha etti.",
        'uk': "Припинено спробу київського режиму здійснити терористичну атаку з використанням безпілотників літакового типу на об'єкти на території Росії, повідомило міноборони РФ. Черговими засобами ППО над Бєлгородською областю знищено 12 БпЛА.",
    }),
    # fixed: fr (a time phrase between the impact verb and the counted drones is no word of the object,
    # triggers._date_words_between; overflown only, the owned reading names the defender; the side's
    # adjective right after the speaking body, 'le ministère russe', speaks); held: ar de en es ru tr uk
    'country_destroyed_drones_night_range_body_adjective_after': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية أن روسيا دمرت ليل السبت الأحد 27 طائرة مسيرة أوكرانية فوق عدة مناطق.',
        'de': 'Russland hat in der Nacht von Samstag auf Sonntag 27 ukrainische Drohnen über mehreren Regionen zerstört, erklärte das russische Verteidigungsministerium.',
        'en': 'Russia destroyed 27 Ukrainian drones over several regions on the night from Saturday to Sunday, the Russian defence ministry said.',
        'es': 'Rusia derribó en la noche del sábado al domingo 27 drones ucranianos sobre varias regiones, afirmó el Ministerio de Defensa ruso.',
        'fr': 'La Russie a détruit dans la nuit de samedi à dimanche 27 drones ukrainiens au-dessus de plusieurs régions, a affirmé le ministère russe de la Défense.',
        'ru': 'Россия в ночь с субботы на воскресенье уничтожила 27 украинских беспилотников над несколькими регионами, заявило Минобороны России.',
        'tr': "Rusya Savunma Bakanlığı, cumartesiyi pazara bağlayan gece birkaç bölge üzerinde 27 Ukrayna İHA'sının imha edildiğini açıkladı.",
        'uk': 'Росія в ніч із суботи на неділю знищила 27 українських безпілотників над кількома регіонами, заявило міноборони РФ.',
    }),
    # fixed: de en es fr ru (the bare enemy word is the adversary of the side named as speaking beside a claim
    # verb, 'Ukraine's air force said', not of the first side named, the striker: events._speaker_enemy);
    # held: ar tr uk
    'enemy_word_after_the_speaking_side': (['RUS'], {
        'ar': 'شنت روسيا ليلا هجوما مركبا واسعا على أوكرانيا، بحسب سلاح الجو. واستخدم العدو 120 طائرة مسيرة و15 صاروخ كروز، ودمرت الدفاعات الجوية 100 هدف.',
        'de': 'Russland hat die Ukraine in der Nacht mit einem massiven kombinierten Angriff überzogen, teilte die ukrainische Luftwaffe mit. Der Feind setzte 120 Drohnen und 15 Marschflugkörper ein; die Luftabwehr zerstörte 100 Ziele.',
        'en': "Russia carried out a massive combined attack on Ukraine overnight, Ukraine's air force said. The enemy used 120 drones and 15 cruise missiles; air defence destroyed 100 targets.",
        'es': 'Rusia lanzó durante la noche un ataque combinado masivo contra Ucrania, según la Fuerza Aérea ucraniana. El enemigo empleó 120 drones y 15 misiles de crucero; la defensa antiaérea destruyó 100 objetivos.',
        'fr': "La Russie a mené dans la nuit une attaque combinée massive contre l'Ukraine, selon l'armée de l'air ukrainienne. L'ennemi a utilisé 120 drones et 15 missiles de croisière ; la défense antiaérienne a détruit 100 cibles.",
        'ru': 'Ночью Россия нанесла массированный комбинированный удар по Украине, сообщили в Воздушных силах ВСУ. Противник применил 120 беспилотников и 15 крылатых ракет, силы ПВО уничтожили 100 целей.',
        'tr': "Ukrayna Hava Kuvvetleri, Rusya'nın gece Ukrayna'ya büyük çaplı bir birleşik saldırı düzenlediğini açıkladı. Düşman 120 İHA ve 15 seyir füzesi kullandı, hava savunması 100 hedefi imha etti.",
        'uk': 'Уночі Росія завдала масованого комбінованого удару по Україні, повідомили в Повітряних силах. Ворог застосував 120 дронів і 15 крилатих ракет, сили ППО знищили 100 цілей.',
    }),
    # fixed: ar es fr (the owner's adjective right after the weapon of a strike noun repelled, 'une attaque de
    # drones ukrainiens', 'un ataque con drones ucranianos': triggers._weapon_of_striker; 'صدت' as an interception
    # word and the repelled noun's adjective after its weapon, ungoverned); held: de en ru tr uk
    'defender_repelled_attack_of_owner_drones': (['UKR'], {
        'ar': 'قالت وزارة الدفاع الروسية إن القوات الروسية صدت ليلا هجوما بطائرات مسيرة أوكرانية على القرم وأسقطت 12 منها.',
        'de': 'Russische Streitkräfte haben in der Nacht einen ukrainischen Drohnenangriff auf die Krim abgewehrt und zwölf Drohnen abgeschossen, teilte das Verteidigungsministerium mit.',
        'en': 'Russian forces repelled a Ukrainian drone attack on Crimea overnight, downing 12 UAVs, the Defence Ministry said.',
        'es': 'Las fuerzas rusas repelieron durante la noche un ataque con drones ucranianos contra Crimea y derribaron 12 aparatos, informó el Ministerio de Defensa.',
        'fr': 'Les forces russes ont repoussé dans la nuit une attaque de drones ukrainiens contre la Crimée, abattant 12 appareils, a indiqué le ministère de la Défense.',
        'ru': 'Российские военные ночью отразили атаку украинских беспилотников на Крым, сбив 12 БПЛА, сообщило Минобороны.',
        'tr': "Rusya Savunma Bakanlığı, Rus kuvvetlerinin gece Kırım'a yönelik bir Ukrayna İHA saldırısını püskürterek 12 İHA'yı düşürdüğünü açıkladı.",
        'uk': 'Російські військові вночі відбили атаку українських безпілотників на Крим, збивши 12 БпЛА, заявило міноборони РФ.',
    }),
    # fixed: ar en es (the owner of a drone in a phrase a debris or fall word opens launched it, whatever
    # destroyed it: triggers._debris_of_owned_weapon); held: de fr ru tr uk
    'debris_of_owner_drone_damaged_houses': (['UKR'], {
        'ar': 'قال حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف إن حطام طائرة مسيرة أوكرانية أسقطت فوق المقاطعة ألحق أضرارا بمنزلين وسيارة.',
        'de': 'Trümmer einer über dem Gebiet Belgorod abgeschossenen ukrainischen Drohne haben zwei Häuser und ein Auto beschädigt, teilte Gouverneur Wjatscheslaw Gladkow mit.',
        'en': 'Debris from a Ukrainian drone shot down over the Belgorod region damaged two houses and a car, Governor Vyacheslav Gladkov said.',
        'es': 'Los restos de un dron ucraniano derribado sobre la región de Bélgorod dañaron dos viviendas y un coche, informó el gobernador Viacheslav Gladkov.',
        'fr': "Les débris d'un drone ukrainien abattu au-dessus de la région de Belgorod ont endommagé deux maisons et une voiture, a indiqué le gouverneur Viatcheslav Gladkov.",
        'ru': 'Обломки сбитого над Белгородской областью украинского беспилотника повредили два частных дома и автомобиль, сообщил губернатор Вячеслав Гладков.',
        'tr': "Belgorod Valisi Vyaçeslav Gladkov, bölge üzerinde düşürülen bir Ukrayna İHA'sının enkazının iki eve ve bir araca zarar verdiğini açıkladı.",
        'uk': "Уламки збитого над Бєлгородською областю українського безпілотника пошкодили два приватні будинки та автомобіль, повідомив губернатор В'ячеслав Гладков.",
    }),
    # fixed: de (a shoot-down verb coordinated after the weapons, 'abgefangen und zerstört', names no
    # defender: triggers._cue_after_own_weapon); held: ar en es fr ru tr uk
    'defence_intercepted_and_destroyed_owner_drones': (['UKR'], {
        'ar': 'أعلنت وزارة الدفاع الروسية أن منظومات الدفاع الجوي اعترضت ودمرت خلال الليل 43 طائرة مسيرة أوكرانية فوق مقاطعتي كورسك وبيلغورود.',
        'de': 'Die russische Luftabwehr hat in der Nacht 43 ukrainische Drohnen über den Gebieten Kursk und Belgorod abgefangen und zerstört, teilte das Verteidigungsministerium mit.',
        'en': 'Russian air defence systems intercepted and destroyed 43 Ukrainian UAVs over the Kursk and Belgorod regions overnight, the Defence Ministry said.',
        'es': 'Los sistemas de defensa antiaérea rusos interceptaron y destruyeron durante la noche 43 drones ucranianos sobre las regiones de Kursk y Bélgorod, informó el Ministerio de Defensa.',
        'fr': 'Les systèmes de défense antiaérienne russes ont intercepté et détruit dans la nuit 43 drones ukrainiens au-dessus des régions de Koursk et de Belgorod, a annoncé le ministère de la Défense.',
        'ru': 'Дежурные средства ПВО ночью перехватили и уничтожили 43 украинских БПЛА над территориями Курской и Белгородской областей, сообщило Минобороны РФ.',
        'tr': "Rusya Savunma Bakanlığı, hava savunma sistemlerinin gece boyunca Kursk ve Belgorod bölgeleri üzerinde 43 Ukrayna İHA'sını önleyip imha ettiğini açıkladı.",
        'uk': 'Російська ППО вночі перехопила та знищила 43 українські БпЛА над Курською та Бєлгородською областями, заявило міноборони РФ.',
    }),
    # fixed: de ('ballistische Raketen' as a missile word, so the adjective before it owns the missiles);
    # held: ar en es fr ru tr uk
    'interceptor_type_named_owner_missiles': (['RUS'], {
        'ar': 'أسقطت الدفاعات الجوية الأوكرانية باستخدام منظومات باتريوت الصواريخ الباليستية الروسية الثمانية التي أطلقت ليلا على كييف، بحسب سلاح الجو.',
        'de': 'Die ukrainische Luftverteidigung hat mit Patriot-Systemen alle acht russischen ballistischen Raketen abgeschossen, die in der Nacht auf Kiew abgefeuert wurden, teilte die Luftwaffe mit.',
        'en': 'Ukrainian air defences using Patriot systems shot down all eight Russian ballistic missiles fired at Kyiv overnight, the air force said.',
        'es': 'La defensa antiaérea ucraniana derribó con sistemas Patriot los ocho misiles balísticos rusos lanzados durante la noche contra Kiev, según la Fuerza Aérea.',
        'fr': "La défense antiaérienne ukrainienne a abattu avec des systèmes Patriot les huit missiles balistiques russes tirés dans la nuit sur Kiev, selon l'armée de l'air.",
        'ru': 'Украинская ПВО с помощью комплексов Patriot сбила все восемь российских баллистических ракет, выпущенных ночью по Киеву, сообщили в Воздушных силах.',
        'tr': "Ukrayna Hava Kuvvetleri, hava savunmasının Patriot sistemleriyle gece Kiev'e atılan sekiz Rus balistik füzesinin tamamını düşürdüğünü açıkladı.",
        'uk': 'Українська ППО за допомогою комплексів Patriot збила всі вісім російських балістичних ракет, випущених уночі по Києву, повідомили в Повітряних силах.',
    }),
    # fixed: ar (fighter jets after the verb, 'أسقطت مقاتلات', are its subject, no fighters downed:
    # clauses.cue_on_fighters), de (the genitive owner after the counted weapons, '15 Drohnen der Huthi':
    # triggers._genitive_owner_of_counted_weapons); held: en es fr ru tr uk
    'fighter_jets_shot_down_group_drones': (['HOUTHI'], {
        'ar': 'أسقطت مقاتلات أمريكية السبت 15 طائرة مسيرة للحوثيين فوق البحر الأحمر، بحسب القيادة المركزية الأمريكية.',
        'de': 'US-Kampfjets haben am Samstag 15 Drohnen der Huthi über dem Roten Meer abgeschossen, teilte das US-Zentralkommando mit.',
        'en': 'US fighter jets shot down 15 Houthi drones over the Red Sea on Saturday, US Central Command said.',
        'es': 'Cazas estadounidenses derribaron el sábado 15 drones hutíes sobre el mar Rojo, informó el Comando Central de Estados Unidos.',
        'fr': 'Des avions de chasse américains ont abattu samedi 15 drones houthis au-dessus de la mer Rouge, a indiqué le commandement militaire américain pour le Moyen-Orient (Centcom).',
        'ru': 'Американские истребители в субботу сбили над Красным морем 15 беспилотников хуситов, сообщило Центральное командование США.',
        'tr': "ABD Merkez Kuvvetler Komutanlığı, ABD savaş uçaklarının cumartesi günü Kızıldeniz üzerinde 15 Husi İHA'sını düşürdüğünü açıkladı.",
        'uk': 'Американські винищувачі в суботу збили над Червоним морем 15 безпілотників хуситів, повідомило Центральне командування США.',
    }),
    # fixed: de ('unschädlich gemacht' as an impact verb), fr (the state's adjective right after the counted
    # weapons destroyed in flight, '55 drones russes', launched them); held: ar en es ru tr uk
    'air_defence_and_ew_neutralised_owner_drones': (['RUS'], {
        'ar': 'قال سلاح الجو الأوكراني إن الدفاعات الجوية ووحدات الحرب الإلكترونية حيدت ليلا 55 طائرة مسيرة روسية.',
        'de': 'Die ukrainische Luftabwehr und Einheiten der elektronischen Kampfführung haben in der Nacht 55 russische Drohnen unschädlich gemacht, teilte die Luftwaffe mit.',
        'en': 'Ukrainian air defence and electronic warfare units neutralised 55 Russian drones overnight, the air force said.',
        'es': 'La defensa antiaérea y las unidades de guerra electrónica ucranianas neutralizaron durante la noche 55 drones rusos, según la Fuerza Aérea.',
        'fr': "La défense antiaérienne et les unités de guerre électronique ukrainiennes ont neutralisé dans la nuit 55 drones russes, selon l'armée de l'air.",
        'ru': 'Украинская ПВО и подразделения радиоэлектронной борьбы ночью нейтрализовали 55 российских беспилотников, сообщили в Воздушных силах.',
        'tr': "Ukrayna Hava Kuvvetleri, hava savunması ve elektronik harp birliklerinin gece 55 Rus İHA'sını etkisiz hale getirdiğini açıkladı.",
        'uk': 'Українська ППО та підрозділи радіоелектронної боротьби вночі знешкодили 55 російських безпілотників, повідомили в Повітряних силах.',
    }),
    # held: ar en es fr ru uk; xfail: de tr (session 19 probe)
    'coalition_intercepted_group_missile_at_city': (['HOUTHI'], {
        'ar': 'أعلن التحالف بقيادة السعودية اعتراض صاروخ باليستي أطلقه الحوثيون الأحد باتجاه مدينة جازان.',
        'de': 'Die von Saudi-Arabien geführte Koalition hat nach eigenen Angaben am Sonntag eine von den Huthi auf die Stadt Dschasan abgefeuerte ballistische Rakete abgefangen.',
        'en': 'The Saudi-led coalition said it intercepted a ballistic missile fired by the Houthis at the city of Jazan on Sunday.',
        'es': 'La coalición liderada por Arabia Saudí afirmó haber interceptado el domingo un misil balístico lanzado por los hutíes contra la ciudad de Yazán.',
        'fr': "La coalition menée par l'Arabie saoudite a déclaré avoir intercepté dimanche un missile balistique tiré par les Houthis sur la ville de Jazan.",
        'ru': 'Коалиция во главе с Саудовской Аравией в воскресенье перехватила баллистическую ракету, выпущенную хуситами по городу Джизан.',
        'tr': 'Suudi Arabistan öncülüğündeki koalisyon, Husilerin pazar günü Cizan kentine attığı bir balistik füzeyi önlediğini açıkladı.',
        'uk': 'Коаліція на чолі з Саудівською Аравією в неділю перехопила балістичну ракету, випущену хуситами по місту Джизан.',
    }),
    # no launcher named: no event (CONVENTIONS.md); held: ar de en es fr ru uk; xfail: tr (session 19 probe)
    'intercepted_missile_from_a_country_no_launcher': ([], {
        'ar': 'قال الجيش الإسرائيلي إنه اعترض فجر الثلاثاء صاروخا أطلق من اليمن باتجاه وسط إسرائيل.',
        'de': 'Das israelische Militär hat nach eigenen Angaben am frühen Dienstag eine aus dem Jemen in Richtung Zentralisrael abgefeuerte Rakete abgefangen.',
        'en': 'The Israeli military said it intercepted a missile launched from Yemen towards central Israel early on Tuesday.',
        'es': 'El ejército israelí afirmó haber interceptado la madrugada del martes un misil lanzado desde Yemen hacia el centro de Israel.',
        'fr': "L'armée israélienne a déclaré avoir intercepté mardi matin un missile lancé depuis le Yémen vers le centre d'Israël.",
        'ru': 'Армия обороны Израиля рано утром во вторник перехватила ракету, запущенную из Йемена в сторону центральной части страны.',
        'tr': "İsrail ordusu salı sabahı erken saatlerde Yemen'den İsrail'in merkezine doğru fırlatılan bir füzeyi önlediğini açıkladı.",
        'uk': 'Армія оборони Ізраїлю рано вранці у вівторок перехопила ракету, запущену з Ємену в бік центральної частини країни.',
    }),
    # held: ar de en es fr ru tr; xfail: uk (session 19 probe)
    'drones_attacked_refinery_then_defender_count': (['UKR'], {
        'ar': 'قالت السلطات المحلية إن طائرات مسيرة أوكرانية هاجمت ليلا مصفاة نفط في مقاطعة كراسنودار ما أدى إلى اندلاع حريق. وقالت وزارة الدفاع إن الدفاعات الجوية دمرت 20 مسيرة فوق المنطقة.',
        'de': 'Ukrainische Drohnen haben in der Nacht eine Ölraffinerie im Gebiet Krasnodar angegriffen und einen Brand ausgelöst, teilten die örtlichen Behörden mit. Die Luftabwehr zerstörte 20 Drohnen über der Region, so das Verteidigungsministerium.',
        'en': 'Ukrainian drones attacked an oil refinery in the Krasnodar region overnight, starting a fire, local authorities said. Air defences destroyed 20 drones over the region, the Defence Ministry said.',
        'es': 'Drones ucranianos atacaron durante la noche una refinería de la región de Krasnodar y provocaron un incendio, según las autoridades locales. La defensa antiaérea destruyó 20 drones sobre la región, informó el Ministerio de Defensa.',
        'fr': 'Des drones ukrainiens ont attaqué dans la nuit une raffinerie de la région de Krasnodar, provoquant un incendie, selon les autorités locales. La défense antiaérienne a détruit 20 drones au-dessus de la région, a indiqué le ministère de la Défense.',
        'ru': 'Украинские беспилотники ночью атаковали нефтеперерабатывающий завод в Краснодарском крае, возник пожар, сообщили местные власти. Силы ПВО уничтожили над регионом 20 БПЛА, сообщило Минобороны.',
        'tr': "Yerel yetkililer, Ukrayna İHA'larının gece Krasnodar bölgesindeki bir petrol rafinerisine saldırdığını ve yangın çıktığını açıkladı. Savunma Bakanlığı, hava savunmasının bölge üzerinde 20 İHA'yı imha ettiğini bildirdi.",
        'uk': 'Українські дрони вночі атакували нафтопереробний завод у Краснодарському краї, виникла пожежа, повідомила місцева влада. Російська ППО знищила над регіоном 20 безпілотників, заявило міноборони РФ.',
    }),
    # held: ar en es fr ru tr uk; xfail: de (session 19 probe)
    'quoted_defence_count_then_speaking_body': (['UKR'], {
        'ar': 'أسقطت الدفاعات الجوية الروسية ليلا 40 طائرة مسيرة أوكرانية. وقالت القيادة العسكرية الروسية: "دمرت منظومات الدفاع الجوي 40 طائرة مسيرة ذات أجنحة ثابتة".',
        'de': 'Die russische Luftabwehr hat in der Nacht 40 ukrainische Drohnen abgeschossen. „Die diensthabende Luftabwehr hat 40 Drohnen zerstört“, teilte das russische Militärkommando mit.',
        'en': 'Russian air defences shot down 40 Ukrainian drones overnight. "Air defence systems on duty destroyed 40 fixed-wing drones," the Russian military command said.',
        'es': 'Las defensas antiaéreas rusas derribaron durante la noche 40 drones ucranianos. «Los sistemas de defensa antiaérea destruyeron 40 drones de ala fija», señaló el mando militar ruso.',
        'fr': 'La défense antiaérienne russe a abattu 40 drones ukrainiens dans la nuit. « Les systèmes de défense antiaérienne ont détruit 40 drones de type avion », a déclaré le commandement militaire russe.',
        'ru': 'Российская ПВО ночью сбила 40 украинских беспилотников. «Дежурными средствами ПВО уничтожены 40 беспилотников самолетного типа», — говорится в сообщении российского военного ведомства.',
        'tr': 'Rus hava savunması gece 40 Ukrayna İHA\'sını düşürdü. Rus askeri komutanlığı, "Hava savunma sistemleri 40 sabit kanatlı İHA\'yı imha etti" açıklamasını yaptı.',
        'uk': 'Російська ППО вночі збила 40 українських безпілотників. «Черговими засобами ППО знищено 40 безпілотників літакового типу», — йдеться в повідомленні російського військового відомства.',
    }),
    # fixed: de en es fr ru tr uk (the defending side's body speaking of the attack already told, a strike noun opening what it says: events._side_reports_told_strike); held: ar
    'defender_body_reports_attack_damage': (['RUS'], {
        'ar': 'هاجمت روسيا أوكرانيا ليلا بـ50 طائرة مسيرة. وقالت وزارة الطاقة الأوكرانية إن الهجوم ألحق أضرارا بمنشأة غاز في مقاطعة بولتافا.',
        'de': 'Russland hat die Ukraine in der Nacht mit 50 Drohnen angegriffen. Das ukrainische Energieministerium teilte mit, der Angriff habe eine Gasanlage im Gebiet Poltawa beschädigt.',
        'en': "Russia attacked Ukraine overnight with 50 drones. Ukraine's energy ministry said the attack damaged a gas facility in the Poltava region.",
        'es': 'Rusia atacó Ucrania durante la noche con 50 drones. El Ministerio de Energía de Ucrania informó de que el ataque dañó una instalación de gas en la región de Poltava.',
        'fr': "La Russie a attaqué l'Ukraine dans la nuit avec 50 drones. Le ministère ukrainien de l'Énergie a indiqué que l'attaque avait endommagé une installation gazière dans la région de Poltava.",
        'ru': 'Россия ночью атаковала Украину 50 беспилотниками. В министерстве энергетики Украины сообщили, что в результате атаки поврежден газовый объект в Полтавской области.',
        'tr': "Rusya gece boyunca Ukrayna'ya 50 İHA ile saldırdı. Ukrayna Enerji Bakanlığı'ndan yapılan açıklamada, saldırının Poltava bölgesindeki bir doğal gaz tesisine hasar verdiği belirtildi.",
        'uk': "Росія вночі атакувала Україну 50 дронами. У міністерстві енергетики України повідомили, що внаслідок атаки пошкоджено газовий об'єкт на Полтавщині.",
    }),
    # fixed: de en es fr ru tr uk (as above, the body a civil one: claims.civil_bodies); held: ar
    'defender_government_says_attack_damaged': (['UKR'], {
        'ar': 'أسقطت الدفاعات الجوية الروسية ليلا ثماني طائرات مسيرة أوكرانية فوق مقاطعة بيلغورود. وقالت الحكومة الروسية إن الهجوم ألحق أضرارا بخط كهرباء قرب المدينة.',
        'de': 'Die russische Luftabwehr hat in der Nacht acht ukrainische Drohnen über dem Gebiet Belgorod abgeschossen. Die russische Regierung teilte mit, der Angriff habe eine Stromleitung nahe der Stadt beschädigt.',
        'en': 'Russian air defences shot down eight Ukrainian drones over the Belgorod region overnight. The Russian government said the attack had damaged a power line near the city.',
        'es': 'La defensa antiaérea rusa derribó durante la noche ocho drones ucranianos sobre la región de Bélgorod. El Gobierno ruso informó de que el ataque dañó una línea eléctrica cerca de la ciudad.',
        'fr': "La défense antiaérienne russe a abattu dans la nuit huit drones ukrainiens au-dessus de la région de Belgorod. Le gouvernement russe a indiqué que l'attaque avait endommagé une ligne électrique près de la ville.",
        'ru': 'Российская ПВО ночью сбила восемь украинских беспилотников над Белгородской областью. В правительстве России сообщили, что в результате атаки повреждена линия электропередачи под городом.',
        'tr': "Rus hava savunması gece boyunca Belgorod bölgesi üzerinde sekiz Ukrayna İHA'sını düşürdü. Rus hükümeti, saldırının kent yakınlarındaki bir elektrik hattına hasar verdiğini açıkladı.",
        'uk': 'Російська ППО вночі збила вісім українських дронів над Бєлгородською областю. В уряді Росії повідомили, що внаслідок атаки пошкоджено лінію електропередачі біля міста.',
    }),
}

XFAIL: dict[tuple[str, str], str] = {
    ('coalition_intercepted_group_missile_at_city', 'de'): "the agent of a long participle phrase before the missile ('eine von den Huthi auf die Stadt Dschasan abgefeuerte ballistische Rakete') is not read; the coalition gets the event",
    ('coalition_intercepted_group_missile_at_city', 'tr'): "the genitive subject of the launch participle ('Husilerin ... attığı bir balistik füzeyi önlediğini') with no strike verb gives no event",
    ('intercepted_missile_from_a_country_no_launcher', 'tr'): "'İsrail'in merkezine' (the place aimed at) is read as the launcher of the passive launch participle 'fırlatılan'",
    ('drones_attacked_refinery_then_defender_count', 'uk'): "the second sentence's 'Російська ППО ... знищила ... 20 безпілотників' with no owner gives the defender (RUS) an event of its own",
    ('quoted_defence_count_then_speaking_body', 'de'): "the speaking body's adjective before it ('teilte das russische Militärkommando mit') after a quoted count with no owner is read as the striker",
    ("nominal_downing_of_owner_drones", "de"): "'den Abschuss von N Drohnen' is no interception: 'Abschuss' as a cue "
        "gave an event to the Ukrainian drones a daily Russian summary counts in passing (real8 de-finanzen, whose "
        "reference has none; -0.045 on real8 de), taken back",
    ("defender_says_it_strikes_only_military_targets", "ar"): "the defender's disclaimer ends with 'فقط' after a list of targets ('تضرب الأهداف العسكرية ومنشآت الصناعات الدفاعية فقط'): read as a sentence of its own (an Arabic stop ends a sentence since session 22), its generic present makes a RUS event, where the other languages' generic cues hold 'only military targets'",
    ("drones_hit_in_flight_passive", "ar"): "no event: the owner named after the weapon ('تابعة لأوكرانيا') is not read as the launcher of weapons shot down",
    ("drones_hit_in_flight_passive", "en"): "no event: the owner named after the weapon ('drones belonging to Ukraine', where 'belonging to' introduces a target) is not read as the launcher of weapons shot down",
    ("drones_hit_in_flight_passive", "es"): "no event: the owner named after the weapon ('pertenecientes a Ucrania') is not read as the launcher of weapons shot down",
    ("drones_hit_in_flight_passive", "fr"): "no event: the owner named after the weapon ('appartenant à l'Ukraine') is not read as the launcher of weapons shot down",
    ("drones_hit_in_flight_passive", "ru"): "no event: the owner named after the weapon ('принадлежащих Украине') is not read as the launcher of weapons shot down",
    ("drones_hit_in_flight_passive", "uk"): "no event: the owner named after the weapon ('що належать Україні') is not read as the launcher of weapons shot down",
}


# r18-en: "used by Iran-backed militias": the patron after an agent word is no striker (fixed: en; held: others)
MATRIX['patron_compound_after_by'] = (['USA'], {
    'ar': 'قال البنتاغون إن مقاتلات أمريكية قصفت يوم الجمعة منشأتين في شرق سوريا تستخدمهما فصائل مدعومة من إيران.',
    'de': 'US-Kampfjets haben am Freitag zwei von proiranischen Milizen genutzte Einrichtungen im Osten Syriens angegriffen, teilte das Pentagon mit.',
    'en': 'US fighter jets struck two facilities in eastern Syria used by Iran-backed militias on Friday, the Pentagon said.',
    'es': 'Cazas estadounidenses atacaron el viernes dos instalaciones en el este de Siria utilizadas por milicias respaldadas por Irán, informó el Pentágono.',
    'fr': "Des avions de combat américains ont frappé vendredi deux installations de l'est de la Syrie utilisées par des milices soutenues par l'Iran, a indiqué le Pentagone.",
    'ru': 'Американские истребители в пятницу нанесли удары по двум объектам на востоке Сирии, которые использовали поддерживаемые Ираном формирования, сообщил Пентагон.',
    'tr': "ABD savaş uçakları cuma günü Suriye'nin doğusunda İran destekli milislerin kullandığı iki tesisi vurdu, Pentagon açıkladı.",
    'uk': "Американські винищувачі в п'ятницю завдали ударів по двох об'єктах на сході Сирії, якими користувалися підтримувані Іраном угруповання, повідомив Пентагон.",
})
# r18-en: a negated passive report, no strike done (fixed: tr; held: others)
MATRIX['no_strike_was_carried_out'] = ([], {
    'ar': 'قال البنتاغون إنه لم تنفذ أي ضربات أمريكية في منطقة الوفيات المعلن عنها.',
    'de': 'Das Pentagon erklärte, in dem Gebiet der gemeldeten Todesfälle seien keine US-Angriffe geflogen worden.',
    'en': 'The Pentagon said no US strikes were carried out in the area of the reported deaths.',
    'es': 'El Pentágono aseguró que no se llevó a cabo ningún ataque estadounidense en la zona de las muertes denunciadas.',
    'fr': "Le Pentagone a affirmé qu'aucune frappe américaine n'avait été menée dans la zone où les morts ont été signalés.",
    'ru': 'В Пентагоне заявили, что американские удары в районе гибели людей не наносились.',
    'tr': 'Pentagon, ölümlerin bildirildiği bölgede ABD tarafından herhangi bir hava saldırısı düzenlenmediğini açıkladı.',
    'uk': 'У Пентагоні заявили, що американські удари в районі загибелі людей не завдавалися.',
})
# r18-en: a threat whose condition names the other side's fire (fixed: tr; held: others)
MATRIX['threat_if_fire_goes_on'] = ([], {
    'ar': 'هدد وزير الدفاع الإسرائيلي بضرب أهداف لحزب الله في جميع أنحاء لبنان إذا استمر إطلاق الصواريخ على البلدات الشمالية.',
    'de': 'Israels Verteidigungsminister drohte, Ziele der Hisbollah im ganzen Libanon anzugreifen, sollte der Raketenbeschuss nördlicher Orte anhalten.',
    'en': "Israel's defence minister threatened to strike Hezbollah targets across Lebanon if rocket fire on northern towns continued.",
    'es': 'El ministro de Defensa israelí amenazó con atacar objetivos de Hezbolá en todo el Líbano si continuaban los disparos de cohetes contra las localidades del norte.',
    'fr': 'Le ministre israélien de la Défense a menacé de frapper des cibles du Hezbollah dans tout le Liban si les tirs de roquettes sur les localités du nord se poursuivaient.',
    'ru': 'Министр обороны Израиля пригрозил нанести удары по объектам «Хезболлы» по всему Ливану, если ракетные обстрелы северных городов продолжатся.',
    'tr': "İsrail Savunma Bakanı, kuzeydeki kentlere roket atışları sürerse Lübnan'ın her yerindeki Hizbullah hedeflerini vuracaklarını söyleyerek tehditte bulundu.",
    'uk': "Міністр оборони Ізраїлю пригрозив завдати ударів по об'єктах «Хезболли» по всьому Лівану, якщо ракетні обстріли північних міст триватимуть.",
})
# r18-en: "Russland hat ... mit 45 Drohnen angegriffen, 38 davon wurden abgeschossen" (fixed: de; held: others)
# the country the defence fought over, after "over" (or before the Turkish postposition), with
# no side named for the drones: no striker, so no event. Failed on main at 71b23cb (session
# 21's start): ar ru tr uk (the country was read as the striker: triggers._over_country);
# held: de en es fr
MATRIX['country_flown_over'] = ([], {
    'ar': "دمرت الدفاعات الجوية ليلا 31 طائرة مسيرة هجومية في سماء أوكرانيا، بحسب سلاح الجو.",
    'de': "Die Luftabwehr hat in der Nacht über der Ukraine 31 Angriffsdrohnen zerstört, teilte die Luftwaffe mit.",
    'en': "Air defence units destroyed 31 attack drones over Ukraine overnight, the air force said.",
    'es': "La defensa antiaérea destruyó durante la noche 31 drones de ataque en el cielo de Ucrania, informó la Fuerza Aérea.",
    'fr': "La défense aérienne a détruit 31 drones d'attaque au-dessus de l'Ukraine dans la nuit, a indiqué l'armée de l'air.",
    'ru': "Силы противовоздушной обороны ночью уничтожили в небе Украины 31 ударный БПЛА, сообщили Воздушные силы.",
    'tr': "Hava savunma sistemleri gece Ukrayna semalarında 31 saldırı İHA'sını imha etti, Hava Kuvvetleri açıkladı.",
    'uk': "Сили протиповітряної оборони вночі знищили над Україною 31 ударний БпЛА, повідомили Повітряні сили.",
})

# the struck side's police telling of the attacks already told, the strike noun the subject of
# what it says. Failed on main at 71b23cb (session 21's start): de en fr (the police was no
# civil body: claims.civil_bodies; and a verb after the noun made it the police's own strike:
# events._side_reports_told_strike); held: ar es ru tr uk
MATRIX['police_tells_the_attack'] = (['RUS'], {
    'ar': "هاجمت القوات الروسية أوكرانيا ليلا بطائرات مسيرة. وقالت الشرطة الوطنية الأوكرانية إن الهجمات أصابت تشوغويف وكوبيانسك.",
    'de': "Russische Truppen haben die Ukraine in der Nacht mit Drohnen angegriffen. Die ukrainische Polizei teilte mit, die Angriffe hätten Tschuhujiw und Kupjansk getroffen.",
    'en': "Russian forces attacked Ukraine overnight with drones. Ukraine's National Police said the attacks hit Chuhuiv and Kupiansk.",
    'es': "Las fuerzas rusas atacaron Ucrania durante la noche con drones. La Policía Nacional de Ucrania informó de que los ataques alcanzaron Chuhuiv y Kupiansk.",
    'fr': "Les forces russes ont attaqué l'Ukraine dans la nuit avec des drones. La police nationale ukrainienne a indiqué que les attaques avaient frappé Tchouhouïv et Koupiansk.",
    'ru': "Российские войска ночью атаковали Украину беспилотниками. Национальная полиция Украины сообщила, что атаки пришлись на Чугуев и Купянск.",
    'tr': "Rus ordusu gece Ukrayna'ya İHA'larla saldırdı. Ukrayna Ulusal Polisi, saldırıların Çuhuyiv ve Kupiansk kentlerine düzenlendiğini açıkladı.",
    'uk': "Російські війська вночі атакували Україну дронами. Національна поліція України повідомила, що атаки влучили в Чугуїв і Куп'янськ.",
})

MATRIX['attack_then_part_shot_down'] = (['RUS'], {
    'ar': 'هاجمت روسيا أوكرانيا خلال الليل بـ45 مسيرة من طراز شاهد، أسقط منها 38، بحسب ما أفيد في سلاح الجو الأوكراني.',
    'de': 'Russland hat die Ukraine in der Nacht mit 45 Schahed-Drohnen angegriffen, 38 davon wurden abgeschossen, hieß es von der ukrainischen Luftwaffe.',
    'en': 'Russia attacked Ukraine overnight with 45 Shahed drones, 38 of which were shot down, the Ukrainian air force said.',
    'es': 'Rusia atacó Ucrania durante la noche con 45 drones Shahed, de los que 38 fueron derribados, señalaron desde la Fuerza Aérea ucraniana.',
    'fr': "La Russie a attaqué l'Ukraine dans la nuit avec 45 drones Shahed, dont 38 ont été abattus, a-t-on indiqué à l'armée de l'air ukrainienne.",
    'ru': 'Россия ночью атаковала Украину 45 беспилотниками «Шахед», 38 из них сбиты, сообщили в Воздушных силах ВСУ.',
    'tr': "Rusya gece boyunca Ukrayna'ya 45 Şahed İHA'sıyla saldırdı, bunlardan 38'inin düşürüldüğü Ukrayna Hava Kuvvetleri'nden bildirildi.",
    'uk': 'Росія вночі атакувала Україну 45 ударними дронами типу «Шахед», 38 з них збито, повідомили в Повітряних силах.',
})
# r18-en: the target side's fire of the week before, in a background sentence (fixed: tr; held: ar en es fr ru)
MATRIX['target_side_fired_the_week_before'] = (['ISR'], {
    'ar': 'قال الجيش الإسرائيلي إن طائراته أغارت يوم الثلاثاء على أهداف لحزب الله في جنوب لبنان. وجاءت الغارات بعد أن أطلق حزب الله عشرات الصواريخ على شمال إسرائيل الأسبوع الماضي.',
    'de': 'Israelische Flugzeuge haben am Dienstag Ziele der Hisbollah im Südlibanon angegriffen, teilte die Armee mit. Zuvor hatte die Hisbollah in der vergangenen Woche Dutzende Raketen auf den Norden Israels abgefeuert.',
    'en': 'Israeli aircraft struck Hezbollah targets in southern Lebanon on Tuesday, the army said. The strikes came after Hezbollah fired dozens of rockets at northern Israel last week.',
    'es': 'La aviación israelí atacó el martes objetivos de Hezbolá en el sur del Líbano, informó el ejército. Los ataques se producen después de que Hezbolá disparara decenas de cohetes contra el norte de Israel la semana pasada.',
    'fr': "L'aviation israélienne a frappé mardi des cibles du Hezbollah dans le sud du Liban, a indiqué l'armée. Ces frappes interviennent après des tirs de dizaines de roquettes du Hezbollah sur le nord d'Israël la semaine dernière.",
    'ru': 'Израильская авиация во вторник нанесла удары по объектам «Хезболлы» на юге Ливана, сообщила армия. Удары последовали после того, как на прошлой неделе «Хезболла» выпустила десятки ракет по северу Израиля.',
    'tr': "İsrail savaş uçakları salı günü Lübnan'ın güneyindeki Hizbullah hedeflerini vurdu, ordu açıkladı. Saldırılar, Hizbullah'ın geçen hafta İsrail'in kuzeyine onlarca roket atmasının ardından geldi.",
    'uk': "Ізраїльська авіація у вівторок завдала ударів по об'єктах «Хезболли» на півдні Лівану, повідомила армія. Удари стали відповіддю на те, що минулого тижня «Хезболла» випустила десятки ракет по півночі Ізраїлю.",
})


XFAIL[('target_side_fired_the_week_before', 'de')] = 'in der vergangenen Woche reads as the claim period (past_week); a pluperfect Zuvor hatte ... is not yet a background cue'
XFAIL[('target_side_fired_the_week_before', 'uk')] = 'минулого тижня left out of past_period: dev2 uk-radiosvoboda codes last week\'s Houthi drone hit as an event of its own'


def test_matrix_covers_every_language():
    assert covers_every_language(MATRIX)


@pytest.mark.parametrize("construction, lang, text, expected", list(matrix_cases(MATRIX, XFAIL)))
def test_one_side_matrix(construction, lang, text, expected):
    found = events(text, lang=lang, published=PUBLISHED)
    assert actors(found) == expected, (construction, lang, [(e["actor"], e.get("claimant")) for e in found])


@pytest.mark.parametrize("lang,text", [
    ("ru", "Российские войска атаковали Украину ночью 25 ударными беспилотниками. Силы противовоздушной "
           "обороны уничтожили над Украиной 20 из них, сообщили Воздушные силы."),
    ("uk", "Російські війська атакували Україну вночі 25 ударними безпілотниками. Сили протиповітряної "
           "оборони знищили у небі України 20 з них, повідомили Повітряні сили."),
])
def test_the_country_flown_over_after_the_attack_told_adds_no_second_side(lang, text):
    """The attack told first, then the defence "over Ukraine": one event, the attacker's."""
    assert actors(events(text, lang, PUBLISHED)) == ["RUS"]

