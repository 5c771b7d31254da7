"""Turkish constructions, each read on a sentence written for the test (never a corpus text):
agglutinative forms of names, verbs and numbers that the other languages spell as words."""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, events, one


def test_member_ending_on_a_group_name_makes_a_member_hit_not_the_striker():
    # "PKK'lı terörist": a PKK member; the ministry named before is the striker
    evs = events("Milli Savunma Bakanlığı, Irak'ın kuzeyine hava harekâtı düzenlendiğini açıkladı. "
                 "Açıklamada, Zap bölgesinde tespit edilen 4 PKK'lı terörist icra edilen hava harekâtıyla "
                 "etkisiz hâle getirildi denildi.", lang="tr")
    assert actors(evs) == ["TUR"]
    assert evs[0]["target_group"] == "PKK"


def test_member_ending_in_the_plural_and_after_a_curly_apostrophe():
    evs = events("Türk Silahlı Kuvvetleri, Suriye'nin kuzeyinde YPG’lilere ait mevzileri hava harekâtıyla vurdu; "
                 "DEAŞ'lılar da bölgeden kaçtı.", lang="tr")
    assert actors(evs) == ["TUR"]


def test_group_name_without_the_member_ending_still_strikes():
    ev = one("Husiler, İsrail'in güneyindeki bir askeri hedefi insansız hava aracıyla vurduklarını açıkladı.",
             lang="tr")
    assert ev["actor"] == "HOUTHI"


def test_turkish_spellings_of_places_find_the_gazetteer_place():
    ev = one("Husiler, İsrail'in güneyindeki Askalan kentine insansız hava aracıyla saldırı düzenlediklerini "
             "açıkladı.", lang="tr")
    assert [l["name"] for l in ev["locations"]] == ["Ashkelon"] and ev["admin1"] == ["IL-D"]


def test_a_valley_of_duhok_named_before_its_region_noun():
    ev = one("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Haftanin bölgesine hava harekâtı düzenlendiğini "
             "açıkladı.", lang="tr")
    assert [l["name"] for l in ev["locations"]] == ["Haftanin"] and ev["admin1"] == ["IQ-DA"]


def test_a_russian_region_with_a_refinery_struck_by_drones():
    ev = one("Ukrayna ordusu, Saratov bölgesindeki bir petrol rafinerisine İHA'larla saldırı düzenledi.", lang="tr")
    assert ev["actor"] == "UKR" and ev["admin1"] == ["RU-SAR"] and ev["country"] == "RU"


def test_a_denial_in_a_participle_form_answers_the_accusation_it_quotes():
    # "yalanlayan": denying, the participle of "yalanla-"
    assert events("Ordu, İHA ile bir pazar yerinin vurulduğu iddiasını yalanlayan bir açıklama yaptı.",
                  lang="tr") == []


def test_a_missile_test_into_the_sea_is_no_strike():
    assert events("Güney Kore Genelkurmay Başkanlığı, \"Kuzey Kore'nin doğu kıyısından denize bir balistik füze "
                  "fırlatıldığını tespit ettik\" açıklamasını yaptı. Füze denemesi, ülkenin son haftalardaki üçüncü "
                  "denemesi oldu. Ordu, yeni denemelere karşı tetikte olduklarını bildirdi.", lang="tr") == []


def test_a_ministry_opening_a_long_sentence_claims_what_its_final_verb_reports():
    ev = one("Milli Savunma Bakanlığı (MSB), Irak'ın kuzeyindeki Metina bölgesinde hava harekâtı düzenlendiğini ve "
             "teröristlere ait sığınak, barınak ve mühimmat depolarından oluşan 12 hedefin imha edildiğini "
             "açıkladı.", lang="tr")
    assert ev["actor"] == "TUR" and ev["claimant"] == "TUR"


def test_a_monitor_based_abroad_names_no_striker_by_its_base():
    # "İngiltere merkezli": London-based, a modifier of the monitor, not the British striking
    ev = one("Londra merkezli gözlem grubu, rejim güçlerinin dün İdlib'e düzenlediği hava saldırısında 6 kişinin "
             "öldüğünü bildirdi. İngiltere merkezli Suriye İnsan Hakları Gözlemevi, Suriye hükümetinin iki hava "
             "saldırısı düzenlediğini açıkladı.", lang="tr")
    assert ev["actor"] == "SYR" and ev["claimant"] == "OTHER"


def test_a_neighbourhood_named_before_semt_is_a_place_struck():
    ev = one("Suriye ordusu, Suriye'nin başkentindeki Kabun semtine hava saldırısı düzenledi.", lang="tr")
    assert [l["name"] for l in ev["locations"]] == ["Qaboun"] and ev["admin1"] == ["SY-DI"]


def test_a_member_noun_after_a_group_name_makes_a_member_hit():
    evs = events("İsrail ordusu, Lübnan'ın güneyine hava saldırısı düzenledi. Saldırıda, İsrail ordusunun sınırdaki "
                 "hareketlerini izleyen bir Hizbullah mensubunun öldürüldüğü aktarıldı.", lang="tr")
    assert actors(evs) == ["ISR"] and evs[0]["target_group"] == "HEZBOLLAH"


def test_a_first_level_unit_before_bolge_is_the_unit_not_its_seat_town():
    # "Hasaka bölgesindeki": the Hasakah governorate, not the town of the same name
    ev = one("Suriye hükümetine ait savaş uçakları, Hasaka bölgesindeki bir köye hava saldırısı düzenledi.",
             lang="tr")
    assert ev["admin1"] == ["SY-HA"] and ev["locations"] == []


def test_a_ministry_reporting_the_other_sides_drones_destroyed_speaks_for_the_defender():
    # "Ukrayna'ya ait 27 İHA": the drones belong to Ukraine, so the interception is Ukraine's
    # launch; the Russian ministry named before them is the defender's voice, not the striker
    # (triggers._launcher_named)
    ev = one("Rusya Savunma Bakanlığı, Ukrayna'ya ait 27 insansız hava aracının imha edildiğini bildirdi.",
             lang="tr")
    assert (ev["actor"], ev["claimant"], ev["operation"]) == ("UKR", "RUS", "drone_strike")


def test_the_light_verb_of_a_statement_is_no_strike_verb():
    # "yaptığı paylaşımda" (in the post he made): the claim phrase's verb; the strike verb is
    # "düzenlediğini", whose genitive subject after the speaker's claim phrase struck
    evs = events("Ukrayna Devlet Başkanı Zelenski, Telegram hesabından yaptığı paylaşımda, Rusya'nın "
                 "Harkiv bölgesine İHA'larla saldırı düzenlediğini duyurdu.", lang="tr")
    assert actors(evs) == ["RUS"]


def test_a_name_in_an_oblique_case_is_never_the_striker():
    # "Ukrayna'ya yönelik" (aimed at Ukraine), "Husilere yakın" (close to the Houthis): dative
    assert events("Kalan İHA'ların Ukrayna'ya yönelik saldırıda 12 noktaya isabet ettiği bildirildi.",
                  lang="tr") == []
    ev = one("Yemen'de Husilere yakın kaynaklar, İsrail'in Hudeyde'ye hava saldırısı düzenlediğini bildirdi.",
             lang="tr")
    assert ev["actor"] == "ISR"


def test_a_group_named_right_before_a_kind_of_target_owns_it():
    # the object precedes the verb: "Hizbullah mevzilerine" (on Hezbollah positions) before
    # "düzenlediği" is whose positions were hit, not who struck
    evs = events("İsrail ordusu Lübnan'a saldırdı. Açıklamada, savaş uçaklarının Hizbullah mevzilerine hava "
                 "saldırıları düzenlediği ve birçok noktanın hedef alındığı ifade edildi.", lang="tr")
    assert actors(evs) == ["ISR"] and evs[0]["target_group"] == "HEZBOLLAH"


def test_the_subject_of_a_passive_verb_is_what_was_hit():
    # "ABD üssünün ... vurulduğunu" (that the US base was struck): passive by its suffix
    evs = events("İran Devrim Muhafızları, Erbil'e balistik füzelerle saldırdı. Yerel kaynaklar, Erbil'deki "
                 "ABD üssünün füzelerle vurulduğunu aktardı.", lang="tr")
    assert actors(evs) == ["IRN"]


def test_the_name_before_tarafindan_is_the_passives_agent():
    ev = one("Hizbullah mevzileri dün İsrail savaş uçakları tarafından vuruldu.", lang="tr")
    assert (ev["actor"], ev["target_group"]) == ("ISR", "HEZBOLLAH")


def test_the_side_opening_a_passive_report_struck():
    # "saldırı düzenlendiği" (that an attack was carried out), reported by the side that
    # opens the sentence; "Rusya'nın Saratov rafinerisine" owns the target
    ev = one("Ukrayna Genelkurmay Başkanlığından yapılan açıklamada, Rusya'nın Saratov rafinerisine saldırı "
             "düzenlendiği kaydedildi.", lang="tr")
    assert ev["actor"] == "UKR"
    ev = one("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Gara bölgesine hava harekâtı düzenlendiğini "
             "açıkladı.", lang="tr")
    assert ev["actor"] == "TUR"


def test_strikes_named_as_the_possessor_of_another_noun_are_background():
    # "Rus saldırılarının gücünü" (the force of Russian strikes), quoted as the reason of the
    # passive report: no Russian strike
    evs = events("Ukrayna ordusu, Rusya'daki bir rafineriye İHA'larla saldırdı. Açıklamada, rafineriye "
                 "saldırının düzenlendiği ifade edilerek, \"Rus saldırılarının gücünü azaltmak için\" bu "
                 "saldırının gerçekleştirildiği belirtildi.", lang="tr")
    assert actors(evs) == ["UKR"]


def test_every_form_of_hedef_almak_reports_a_strike():
    # "hedef alındığını" (that ... were targeted): a form the two-word phrase's forms miss
    ev = one("İsrail ordusu, Hizbullah'a ait araçların savaş uçaklarıyla hedef alındığını açıkladı.", lang="tr")
    assert (ev["actor"], ev["target_group"]) == ("ISR", "HEZBOLLAH")


def test_a_spokesman_reports_the_strike_of_a_side_named_in_the_genitive():
    # "Husi askeri sözcüsü" speaks; "İsrail savaş uçaklarının ... düzenlediğini": Israeli jets struck
    ev = one("Husi askeri sözcüsü Yahya Saree, İsrail savaş uçaklarının Sana'ya saldırı düzenlediğini "
             "belirtti.", lang="tr")
    assert ev["actor"] == "ISR"


def test_a_claim_called_a_lie_reports_nothing():
    assert events("Örgüt, havalimanının İsrail tarafından hedef alındığı yalanını yaymaya başladı.",
                  lang="tr") == []


def test_going_on_the_attack_with_artillery_reported_by_the_other_side():
    # "Ermeni güçlerinin ... saldırıya geçtiğini": the genitive force after the ministry struck
    ev = one("Azerbaycan Savunma Bakanlığı, Ermeni güçlerinin Terter kentine topçu atışıyla saldırıya "
             "geçtiğini açıkladı.", lang="tr")
    assert (ev["actor"], ev["operation"], ev["claimant"]) == ("ARM", "artillery", "AZE")


def test_a_passive_claim_verb_names_no_speaker_the_defenders_statement_does():
    # "Rus ordusunun ... düzenlediği bildirildi" (it was reported that the Russian army ...):
    # the army in the genitive is the strike's subject, not its source; the Ukrainian air
    # force's statement in the next sentence is the claim
    ev = one("Rus ordusunun gece Ukrayna'nın Odessa kentine İHA'larla saldırı düzenlediği bildirildi. "
             "Ukrayna Hava Kuvvetleri Komutanlığından yapılan açıklamada, 30 İHA'nın düşürüldüğü belirtildi.",
             lang="tr")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")


def test_a_head_of_state_and_a_state_service_speak_for_their_government():
    ev = one("Ukrayna Devlet Acil Durum Servisinden yapılan açıklamada, Rus ordusunun gece Kiev'e İHA saldırısı "
             "düzenlediği belirtildi.", lang="tr")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")
    ev = one("Ukrayna Devlet Başkanı Zelenski, Rus ordusunun gece Harkiv'e füzelerle saldırı düzenlediğini "
             "açıkladı.", lang="tr")
    assert (ev["actor"], ev["claimant"]) == ("RUS", "UKR")


def test_a_place_name_with_the_turkish_spelling_of_the_arabic_article_is_one_name():
    # "eş-" (the Arabic article before a sun letter, in Turkish spelling) and a capital Ş inside
    # the name: one place, not its first word alone or another town called "Tall"
    ev = one("İsrail savaş uçakları, Suriye'nin güneyindeki Tell eş-Şihab köyüne hava saldırısı düzenledi.",
             lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == ["Tell eş-Şihab"]


def test_kyiv_with_the_region_noun_in_any_case_is_the_oblast_not_the_city():
    # "Kiev bölgesine" (to the Kyiv region): the unit "Kiev bölgesi" names (UA-32); the bare
    # name or "Kiev kentine" (to the city of Kyiv) stays the city, itself a unit (UA-30)
    assert one("Rus ordusu, Kiev bölgesine İHA saldırısı düzenledi.", lang="tr")["admin1"] == ["UA-32"]
    assert one("Rus ordusu, Kiev bölgesinde bir enerji tesisini vurdu.", lang="tr")["admin1"] == ["UA-32"]
    assert one("Rus ordusu, Kiev kentine İHA saldırısı düzenledi.", lang="tr")["admin1"] == ["UA-30"]


def test_the_air_defence_named_as_the_agent_is_no_target():
    # "hava savunma kuvvetlerince" (by the air defence forces), "... tarafından": the defender
    # that shot the missiles down, not an air-defence system hit; one struck stays a target
    ev = one("Rus ordusu gece Ukrayna'ya 50 füze ile saldırdı. Hava savunma kuvvetlerince 30 füzenin imha "
             "edildiği ifade edildi.", lang="tr")
    assert ev["targets_hit"] == []
    ev = one("Rus ordusu gece Ukrayna'ya 50 füze ile saldırdı. Füzelerin 30'u hava savunma sistemleri "
             "tarafından imha edildi.", lang="tr")
    assert ev["targets_hit"] == []
    ev = one("Ukrayna ordusu, Kırım'daki bir hava savunma sistemini İHA ile vurdu.", lang="tr")
    assert [t["type"] for t in ev["targets_hit"]] == ["air_defense"]


def test_a_port_struck_is_infrastructure():
    ev = one("İsrail savaş uçakları, Yemen'in batısındaki Salif Limanı'nı bombaladı.", lang="tr")
    assert [t["type"] for t in ev["targets_hit"]] == ["infrastructure"]


def test_the_evening_hours_are_the_announcement_day():
    # "akşam saatlerinde" (in the evening hours), like "sabah saatlerinde": the day published
    ev = one("İsrail ordusu, akşam saatlerinde Lübnan'ın güneyindeki iki köye hava saldırısı düzenledi.",
             lang="tr")
    assert (ev["event_date"], ev["period_start"]) == ("2024-05-14", "2024-05-14")


@pytest.mark.parametrize("text, actor", [
    ("ABD Husi radar sistemlerini vurdu.", "USA"),
    ("İsrail Hizbullah mühimmat depolarını bombaladı.", "ISR"),
    ("Rusya Ukrayna enerji tesislerine füze saldırısı düzenledi.", "RUS"),
    ("Türkiye PKK mühimmat depolarını hava harekâtıyla imha etti.", "TUR"),
])
def test_the_subject_right_before_its_object_is_the_striker_not_the_owner(text, actor):
    """Verb last, the subject may stand right before its object: the side named there struck
    the targets after it, it does not own them (as "eine russische Ölraffinerie" would)."""
    assert actors(events(text, lang="tr")) == [actor]


@pytest.mark.parametrize("text, place, unit", [
    ("Açıklamada Serakib kentinde bulunan HTŞ mevzilerinin Rus uçakları tarafından bombalandığı belirtildi.",
     "Saraqib", "SY-ID"),
    ("Açıklamada Maarrat Misrin kentindeki muhalif noktalarının Suriye rejim uçaklarınca vurulduğu kaydedildi.",
     "Maarratmisrin", "SY-ID"),
    ("Açıklamaya göre Hudeyde kentinde Husilere ait bir depo ABD savaş uçakları tarafından "
     "bombalandı.", "Hodeidah", "YE-HU"),
])
def test_a_claim_phrase_before_a_place_reports_it(text, place, unit):
    """Verb last, a claim phrase opening the sentence opens what it reports ("Açıklamada ...": in
    the statement, "Açıklamaya göre": according to the statement): the place right after it was
    struck, it is no place where someone spoke; and the sentence's capitalised first word is no
    part of the place's name."""
    ev = one(text, lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == [place]
    assert ev["admin1"] == [unit]


def test_a_source_opening_a_sentence_is_no_place_of_a_list():
    ev = one("Gözlemevi, Maarrat Misrin kentinde bulunan HTŞ mevzilerinin Rus uçakları tarafından "
             "bombalandığını bildirdi.", lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == ["Maarratmisrin"]
    ev = one("Ajans, Serakib kentindeki bir depoya Rus savaş uçaklarının saldırı düzenlediğini aktardı.", lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == ["Saraqib"]


@pytest.mark.parametrize("text, place, unit", [
    ("İsrail savaş uçakları Hudeyde Limanı'na saldırı düzenledi.", "Hodeidah", "YE-HU"),
    ("Rus ordusu Odessa limanına füze saldırısı düzenledi.", "Odesa", "UA-51"),
    ("Ukrayna İHA'ları gece Saratov Petrol Rafinerisi'ni vurdu.", "Saratov", "RU-SAR"),
    ("Ukrayna ordusu, Novorossiysk limanındaki bir gemiyi deniz dronlarıyla hedef aldı.", "Novorossiysk", "RU-KDA"),
    ("ABD savaş uçakları Hudeyde kentine hava saldırısı düzenledi.", "Hodeidah", "YE-HU"),
])
def test_a_town_named_before_its_town_or_facility_noun_is_struck(text, place, unit):
    """Head-final: "Hudeyde kentine" (to the city of Hodeidah), "Hudeyde Limanı'na" (to the port
    of Hodeidah), "Saratov Petrol Rafinerisi" (the Saratov refinery): the town, not only its
    province, is a place struck ([places] town_heads)."""
    ev = one(text, lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == [place]
    assert unit in ev["admin1"]


def test_a_town_that_contains_the_place_struck_is_no_location():
    # "Hacce kentine bağlı Midi ilçesinin Bahis bölgesine": the town contains the district struck
    ev = one("ABD savaş uçakları Hacce kentine bağlı Midi ilçesinin Bahis bölgesine 2 saldırı düzenledi.",
             lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == ["Bahis"]
    # an airport's own name before "Havalimanı" is no town of the gazetteer: no place of its own
    ev = one("İran füzeleri Tel Aviv'deki Ben Gurion Havalimanı'nı vurdu.", lang="tr")
    assert "Ben Gurion" not in [loc["name"] for loc in ev["locations"]]


@pytest.mark.parametrize("text, actor", [
    ("Muhalif noktaları Rus uçaklarınca vuruldu.", "RUS"),
    ("Serakib kentindeki muhalif mevzileri İsrail savaş uçaklarınca bombalandı.", "ISR"),
    ("Gözlemevi, İdlib kırsalındaki mevzilerin rejim uçaklarınca vurulduğunu bildirdi.", "SYR"),
])
def test_the_agentive_case_names_the_striker_of_a_passive_report(text, actor):
    """"uçaklarınca" (by the aircraft): the agentive ending does what "tarafından" does after
    the agent's noun, it names who struck in a passive report, not what was hit."""
    assert actors(events(text, lang="tr")) == [actor]


@pytest.mark.parametrize("text, actor", [
    ("Hudeyde kentinde bir depo ABD savaş uçakları tarafından bombalandı.", "USA"),
    ("Gazze'deki bir bina İsrail İHA'ları tarafından vuruldu.", "ISR"),
    ("Rusya tarafından ilhak edilen Kırım'da bir depo Ukrayna İHA'ları tarafından vuruldu.", "UKR"),
    ("Ordu tarafından kullanılan bir üs Türk savaş uçakları tarafından bombalandı.", "TUR"),
])
def test_the_agent_of_a_passive_report_before_tarafindan(text, actor):
    """"ABD savaş uçakları tarafından": the side's force or weapon words between its name and
    the postposition are the agent's noun phrase; an agent before a participle that qualifies a
    noun ("Rusya tarafından ilhak edilen Kırım": annexed by Russia) is the participle's."""
    assert actors(events(text, lang="tr")) == [actor]


@pytest.mark.parametrize("text, actor, claimant", [
    ("İran, Salı günü Pakistan'daki iki köye füze saldırısı düzenledi. Pakistan Dışişleri Bakanlığından yapılan "
     "açıklamada, \"İran'ın saldırısı kabul edilemez\" denildi.", "IRN", "PAK"),
    ("Ermenistan topçusu Tovuz bölgesindeki köyleri bombaladı. Azerbaycan Savunma Bakanlığından yapılan "
     "açıklamada, \"Ermenistan'ın saldırısında 2 sivil yaralandı\" ifadesi kullanıldı.", "ARM", "AZE"),
])
def test_a_body_is_of_the_side_named_before_it(text, actor, claimant):
    """Head-final noun phrases: "Pakistan Dışişleri Bakanlığı" is Pakistan's ministry; the side
    named after it, inside what it says, is not whose body speaks."""
    ev = one(text, lang="tr")
    assert (ev["actor"], ev["claimant"]) == (actor, claimant)


@pytest.mark.parametrize("text, kind", [
    ("Pakistan ordusu, İran'daki terör yuvalarını hava saldırısıyla vurdu.", "building"),
    ("Türk jetleri, Kandil'de teröristlerin saklandığı yerleri bombaladı.", "building"),
    ("ABD ordusu, Yemen'de Husilere ait bir İHA yer kontrol istasyonunu vurdu.", "command_post"),
    ("İsrail savaş uçakları Lübnan'ın güneyindeki bir kontrol istasyonunu bombaladı.", "command_post"),
])
def test_hideouts_and_control_stations_struck(text, kind):
    # hideouts are buildings (ANNOTATING); a (ground) control station is a control centre
    assert kind in [t["type"] for t in one(text, lang="tr")["targets_hit"]]



@pytest.mark.parametrize("text", [
    "İsrail ordusu, Tahran'daki havalimanına geniş çaplı bir saldırı düzenledi.",
    "Rus ordusu, Kiev'deki enerji tesislerine geniş kapsamlı bir saldırı gerçekleştirdi.",
])
def test_a_large_scale_strike_is_no_count_of_one(text):
    # "geniş çaplı bir saldırı" (a large-scale strike), like "büyük çaplı": no single strike
    assert one(text, lang="tr")["strikes"] is None


@pytest.mark.parametrize("text, unit", [
    ("Rus savaş uçakları İdlib'de HTŞ mevzilerini bombaladı.", "SY-ID"),
    ("Suriye rejim uçakları Halep'te muhalif mevzilerini vurdu.", "SY-HL"),
    ("İsrail savaş uçakları Hama’da bir askeri üssü bombaladı.", "SY-HM"),
])
def test_a_units_name_with_only_a_case_ending_names_the_unit(text, unit):
    """"İdlib'de" (in Idlib) names the province, the Turkish copy's town takes its town noun
    ("İdlib kentinde") or is the country's capital ("başkenti Kabil'de")."""
    ev = one(text, lang="tr")
    assert ev["admin1"] == [unit] and ev["locations"] == []


@pytest.mark.parametrize("text, place, unit", [
    ("Rus savaş uçakları İdlib kentinde HTŞ mevzilerini bombaladı.", "Idlib", "SY-ID"),
    ("Pakistan savaş uçakları, Afganistan'ın başkenti Kabil'de bir binayı vurdu.", "Kabul", "AF-KAB"),
    ("İsrail savaş uçakları, Lübnan'ın başkenti Beyrut'ta bir binayı vurdu.", "Beirut", "LB-BA"),
])
def test_a_capital_or_a_town_named_so_is_the_town(text, place, unit):
    ev = one(text, lang="tr")
    assert [loc["name"] for loc in ev["locations"]] == [place] and unit in ev["admin1"]


@pytest.mark.parametrize("text, place", [
    ("Irak'ın kuzeyine düzenlenen hava harekâtlarında Zap'ta 19 terörist Mehmetçik tarafından etkisiz hâle "
     "getirildi.", "Zap"),
    ("Irak'ın kuzeyine düzenlenen hava harekatlarında Gara'da 7 terörist TSK tarafından etkisiz hale getirildi.",
     "Gara"),
    ("Irak'ın kuzeyinde 12 terörist TSK tarafından düzenlenen hava harekâtıyla etkisiz hâle getirildi.", None),
    ("Metina bölgesinde Türk Silahlı Kuvvetleri tarafından icra edilen hava harekatında 5 terörist etkisiz hale "
     "getirildi.", "Metina"),
])
def test_the_agent_before_its_postposition_after_an_attributive_participle(text, place):
    """"düzenlenen hava harekâtlarında ... X tarafından etkisiz hâle getirildi": the participle
    that opens the sentence qualifies the operation noun and heads no clause; the name before
    "tarafından" is the agent of the passive verb after it (or of the participle on the
    strike noun right after it), not a side whose assets were hit (session 21, r19-tr)."""
    ev = one(text, lang="tr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"
    if place:
        assert [loc["name"] for loc in ev["locations"]] == [place]


@pytest.mark.xfail(strict=True, reason="the personnel count is lost when the fighters stand before the agent of "
                   "the participle ('12 terörist TSK tarafından düzenlenen hava harekâtıyla'); after it "
                   "('... hava harekâtıyla 12 terörist') it is kept (session 21, r19-tr probe)")
def test_the_neutralised_before_the_participles_agent_still_count():
    ev = one("Irak'ın kuzeyinde 12 terörist TSK tarafından düzenlenen hava harekâtıyla etkisiz hâle getirildi.",
             lang="tr")
    assert {"type": "personnel", "count": 12, "location": None} in ev["targets_hit"]


@pytest.mark.parametrize("text", [
    "Bakanlığın sosyal medya hesabından yapılan açıklamada, \"Terör yuvalarına Mehmetçik pençesi. Irak'ın "
    "kuzeyine düzenlenen hava harekâtlarında Avaşin'de 6 terörist etkisiz hâle getirildi\" denildi.",
    "Mehmetçik pençesi. Irak'ın kuzeyine düzenlenen hava harekatlarında Hakurk'ta 4 terörist etkisiz hale "
    "getirildi.",
    "Kahraman Mehmetçik görev başında. Suriye'nin kuzeyine düzenlenen hava harekâtında 9 hedef imha edildi.",
])
def test_mehmetcik_named_before_an_agentless_report_is_its_striker(text):
    """"Mehmetçik" (the Turkish soldier, the army's name in the ministry's posts) named in a
    verbless line before the passive report carries over to it as a force does (session 21)."""
    ev = one(text, lang="tr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"


@pytest.mark.parametrize("text, actor", [
    ("Milli Savunma Bakanlığının sosyal medya hesabından yapılan paylaşımda, Metina bölgesine düzenlenen hava "
     "harekâtında 2 teröristin etkisiz hâle getirildiği belirtildi.", "TUR"),
    ("MSB'nin resmi hesabından yapılan açıklamada, Gara bölgesine düzenlenen hava harekatıyla 3 teröristin "
     "etkisiz hale getirildiği bildirildi.", "TUR"),
    ("Rusya Savunma Bakanlığının Telegram hesabından yapılan açıklamada, Harkiv bölgesindeki bir mühimmat "
     "deposunun İskender füzesiyle vurulduğu kaydedildi.", "RUS"),
    ("Bakanlığın sosyal medya hesabından yapılan açıklamada, \"Mehmetçik pençesi. Zap'a düzenlenen hava "
     "harekâtında 4 terörist etkisiz hâle getirildi\" denildi.", "TUR"),
])
def test_a_bodys_account_in_the_ablative_is_the_statements_source(text, actor):
    """"MSB'nin sosyal medya hesabından yapılan paylaşımda": the body's genitive, its account in
    the ablative, then the statement; the body speaks for the passive report after it, and
    "medya" inside the account's phrase is no medium quoted (claimant the body's state)."""
    ev = one(text, lang="tr")
    assert ev["actor"] == actor and ev["claimant"] == actor


@pytest.mark.parametrize("text, actor, claimant", [
    ("Ukrayna Hava Kuvvetleri Komutanlığından yapılan açıklamada, Ukrayna'yı hedef alan 20 Rus İHA'sından "
     "17'sinin hava savunma sistemleri tarafından düşürüldüğü bildirildi.", "RUS", "UKR"),
    ("Rusya Savunma Bakanlığından yapılan açıklamada, Belgorod bölgesini hedef alan 12 Ukrayna İHA'sının hava "
     "savunma sistemleri tarafından imha edildiği belirtildi.", "UKR", "RUS"),
    ("Ukrayna Doğu Hava Kuvvetleri Komutanlığından yapılan açıklamada, Harkov'u hedef alan 8 Rus seyir "
     "füzesinden 6'sının hava savunma sistemleri tarafından vurulduğu aktarıldı.", "RUS", "UKR"),
    ("Ukrayna Hava Kuvvetleri, Kiev'i hedef alan 5 Rus seyir füzesinden 4'ünün vurulduğunu açıkladı.", "RUS", "UKR"),
])
def test_a_participle_on_the_weapons_before_a_passive_shoot_down_heads_no_clause(text, actor, claimant):
    """"Ukrayna'yı hedef alan 20 Rus İHA'sından 17'sinin ... düşürüldüğü": the active participle
    "hedef alan" (that targeted) qualifies the weapons after it; the passive verb after it is the
    predicate, so the weapons' side launched them and the defender speaking is no striker
    (roles.predicate_head, grammar.attributive_participle_endings; session 21, r19-tr)."""
    evs = events(text, lang="tr", published=None)
    assert [(e["actor"], e["claimant"]) for e in evs] == [(actor, claimant)]


@pytest.mark.parametrize("text, places", [
    ("Rusya'nın Sumi bölgesine düzenlediği saldırıda 3 kişi hayatını kaybetti. Ukrayna Ulusal Polisi, "
     "saldırıların Şostka ve Konotop kentlerine düzenlendiğini açıkladı.", ["Shostka", "Konotop"]),
    ("Rusya, Odessa'ya İHA saldırısı düzenledi. Ukrayna Acil Durum Servisi, saldırının liman altyapısına "
     "yönelik gerçekleştirildiğini açıkladı.", None),
    ("Rus ordusu Zaporijya'ya füze saldırısı düzenledi. Ukrayna Enerji Bakanlığı, saldırının bir trafo "
     "merkezine yapıldığını bildirdi.", None),
])
def test_the_side_hit_reporting_the_told_strike_in_the_genitive_is_no_striker(text, places):
    """"Ukrayna Ulusal Polisi, saldırıların ... düzenlendiğini açıkladı": the body opening a
    passive report whose subject is the strike told before, named again in the genitive
    ("saldırıların", the attacks), reports the other side's strike; one event, the striker's
    (events._speaker_of_told_passive; session 21, r19-tr)."""
    evs = events(text, lang="tr", published=None)
    assert [(e["actor"], e["claimant"]) for e in evs] == [("RUS", "UKR")]
    if places:
        assert [loc["name"] for loc in evs[0]["locations"]] == places


def test_a_ministry_naming_its_own_operation_anew_still_strikes():
    # no genitive on "hava harekâtı": the ministry's own operation, a second event
    evs = events("İsrail ordusu Gazze'ye hava saldırısı düzenledi. Milli Savunma Bakanlığı, Irak'ın kuzeyine "
                 "hava harekâtı düzenlendiğini açıkladı.", lang="tr")
    assert actors(evs) == ["ISR", "TUR"]


@pytest.mark.parametrize("text", [
    "Husiler, İsrail'e füze saldırısı düzenlediklerini açıkladı. Sözcü Yahya Seri, düzenlenen operasyonun "
    "gerekçesini İsrail'in Yemen'e yönelik saldırılarına misilleme olarak gösterdi.",
    "Husiler, İsrail'e füze saldırısı düzenlediklerini açıkladı. Sözcü Yahya Seri, gerçekleştirilen operasyonun "
    "İsrail'in Sana'ya yönelik saldırılarına karşılık olduğunu söyledi.",
])
def test_the_side_in_the_phrase_answered_is_no_striker_under_a_participle_head(text):
    """"düzenlenen operasyonun gerekçesini İsrail'in ... saldırılarına misilleme olarak": the
    participle on the operation noun heads no clause, so the phrase of what was answered does
    not hold the predicate and the side named in it struck before, not here (roles.choose_actors)."""
    assert actors(events(text, lang="tr", published=None)) == ["HOUTHI"]


@pytest.mark.parametrize("text, actor", [
    ("Rus ordusu Harkiv'e saldırı düzenledi. Ukrayna tarafı, gece saatlerinde atılan bir füzenin bir fabrikaya "
     "isabet ettiğini açıkladı.", "RUS"),
    ("Husiler, İsrail'in güneyine saldırı düzenlediklerini açıkladı. İsrail tarafı, Yemen'den fırlatılan bir "
     "İHA'nın Eilat'ta bir binaya isabet ettiğini açıkladı.", "HOUTHI"),
])
def test_the_side_hit_saying_what_a_weapon_hit_is_no_striker(text, actor):
    """"İsrail tarafı, Yemen'den fırlatılan bir İHA'nın Eilat'ta bir binaya isabet ettiğini
    açıkladı": the weapon in the genitive is the subject of the reported verb; the side opening
    the sentence says what the told strike hit (events._speaker_of_told_passive)."""
    evs = events(text, lang="tr", published=None)
    assert actors(evs) == [actor] and evs[0]["claimant"] is not None


@pytest.mark.parametrize("text", [
    "Husiler, İsrail'de üç kente yönelik saldırı düzenlediklerini açıkladı. Ayrıca İsrail ordusu, Yemen'den "
    "gönderildiği öne sürülen bir başka İHA'yı hava savunma sistemleriyle düşürdüğünü belirtti.",
    "Husiler, İsrail'de üç kente yönelik saldırı düzenlediklerini açıkladı. İsrail medyası, fırlatıldığı iddia "
    "edilen bir balistik füzenin engellendiğini duyurdu.",
    "Rusya, Odessa'ya saldırı düzenledi. Ukrayna ordusu, Karadeniz üzerinden gelen 4 füzeyi düşürdüğünü açıkladı.",
])
def test_the_side_struck_shooting_down_weapons_launches_nothing(text):
    """The side another side's event struck, speaking of weapons shot down, defended: one event,
    the launcher's (events._defender_of_told_strike; not the owner of the weapons downed,
    "124 Ukrayna insansız hava aracının": those it launched)."""
    assert len(events(text, lang="tr", published=None)) == 1


@pytest.mark.parametrize("text", [
    "Husilerden İsrail'e \"Vuracağız\" tehdidi\nİsrail'e ait gemileri hedef alan Yemen'deki Husi güçleri, "
    "saldırılarda yeni bir aşamaya geçtiklerini açıkladı.",
    "İran'dan ABD'ye tehdit\nABD ve İngiltere gibi ülkelerin gemilerini hedef alan Husiler, eylemlerinin "
    "Kızıldeniz ile sınırlı kalmayacağını bildirdi.",
    "Hizbullah'tan İsrail'e tehdit\nİsrail'in kuzeyindeki üsleri hedef alan Hizbullah, saldırılarını "
    "sürdüreceğini duyurdu.",
])
def test_a_threat_headline_makes_the_undated_campaign_background(text):
    """A headline naming a side's threat, with no strike word of its own ("Husilerden dünyaya
    tehdit"): the campaign the story recalls, undated, is the threat's background
    (events._threat_story; verb-final languages only, see its comment)."""
    assert events(text, lang="tr") == []


def test_a_threat_headline_keeps_a_strike_dated_to_the_story():
    ev = one("Rusya'dan Ukrayna'ya tehdit\nRus ordusu dün gece Kiev'e füze saldırısı düzenledi.", lang="tr")
    assert ev["actor"] == "RUS"


@pytest.mark.parametrize("text, actor", [
    ("ABD ve İngiltere gibi ülkelerin gemilerini hedef alan Husiler, dün Kızıldeniz'de bir tankere füze "
     "saldırısı düzenledi.", "HOUTHI"),
    ("İsrail'e ait gemileri hedef alan Husiler, dün bir tankere füze saldırısı düzenledi.", "HOUTHI"),
    ("Rusya'nın enerji tesislerini hedef alan Ukrayna ordusu, dün gece Belgorod'a İHA saldırısı düzenledi.", "UKR"),
    ("Hizbullah'ın mevzilerini hedef alan İsrail ordusu, dün Lübnan'ın güneyine hava saldırısı düzenledi.", "ISR"),
])
def test_the_side_after_an_active_participle_is_its_subject(text, actor):
    """"ABD ve İngiltere gibi ülkelerin gemilerini hedef alan Husiler": the active participle
    describes the side right after it, its subject; the states before it in its clause own its
    object (triggers._active_participle_subject; session 21, r19-tr)."""
    assert actors(events(text, lang="tr")) == [actor]


@pytest.mark.parametrize("text, actor, place", [
    ("Pakistan savaş uçakları, Afganistan'ın Barmal bölgesine hava saldırıları düzenledi.", "PAK", "Barmal"),
    ("Rus savaş uçakları, Ukrayna'nın Dnipro kentine füze saldırısı düzenledi.", "RUS", "Dnipro"),
])
def test_a_states_genitive_before_its_place_with_a_locality_noun_owns_the_place(text, actor, place):
    """"Afganistan'ın Barmal bölgesine": a name with its locality noun after a state's genitive
    is that state's place, whether the gazetteer knows the name or not (roles.state_place_after)."""
    ev = one(text, lang="tr")
    assert ev["actor"] == actor and place in [loc["name"] for loc in ev["locations"]]


def test_the_genitive_state_is_no_striker_of_its_own_place():
    # the strikers are named only as "savaş uçakları": no side but Afghanistan, whose district it is
    assert events("Savaş uçakları, Afganistan'ın Barmal bölgesine hava saldırıları düzenledi.", lang="tr") == []


def test_a_states_genitive_before_another_states_region_strikes_it():
    # "Ukrayna'nın Kursk bölgesine saldırı düzenlediği": Kursk is Russia's, Ukraine attacked it
    ev = one("Ukrayna'nın Kursk bölgesine İHA saldırısı düzenlediği bildirildi.", lang="tr")
    assert ev["actor"] == "UKR" and ev["country"] == "RU"


# "araç" is a vehicle, a craft and a means: after "hava" (air) it is an aircraft, after "teknik"
# a technical means, neither a vehicle hit (grammar.craft_modifiers). Seen in real (Tu-22M3s'
# results confirmed "by technical means"), real15 (a depot of weapons and aircraft) and real16
# (the defender's aircraft and electronic warfare).
@pytest.mark.parametrize("text", [
    "İsrail ordusu, Gazze'nin kuzeyinde silah ve hava araçlarının tutulduğu bir depoyu vurduğunu açıkladı.",
    "Rus savaş uçakları Deyrizor'da IŞİD mevzilerini vurdu. Bakanlık, tüm hedeflerin yok edildiğini özel "
    "teknik araçlarla doğruladıklarını açıkladı.",
    "Ukrayna Hava Kuvvetleri, Rusya'nın gece fırlattığı 80 insansız hava aracından 60'ının hava araçları ve "
    "elektronik harp birlikleriyle düşürüldüğünü bildirdi.",
    "Rusya, Ukrayna'ya ait 45 insansız hava aracını (İHA) düşürdüğünü açıkladı; ordu saldırıları engellemek "
    "için hava araçları ve füzeler kullandı.",
])
def test_an_air_or_technical_araç_is_no_vehicle_hit(text):
    evs = events(text, lang="tr")
    assert evs
    assert all(t["type"] != "vehicle" for e in evs for t in e["targets_hit"])


@pytest.mark.parametrize("text,count", [
    ("Türk savaş uçakları, Irak'ın kuzeyinde PKK'ya ait 3 sığınağı ve 2 aracı imha etti.", 2),
    ("ABD savaş uçakları, Suriye'de DEAŞ'a ait iki askeri aracı ve bir kamyonu vurdu.", 2),
])
def test_a_bare_or_military_araç_is_still_a_vehicle_hit(text, count):
    ev = one(text, lang="tr")
    assert {"type": "vehicle", "count": count, "location": None} in ev["targets_hit"]


# A drone that belongs to the other side ("Husilere ait 8 insansız hava aracı", its bracketed
# abbreviation too), the drones launched from the places hit ("İHA'ların fırlatıldığı
# noktalar"), linked to the facilities hit ("İHA'lar ile bağlantılı tesisler") or made there
# ("İHA'ların üretimi") is what was hit, not the striker's means: with no means of its own named,
# the strike is an airstrike (ANNOTATING). Seen in real13 (CENTCOM on Houthi drones and a drone
# control centre), real14 (Syria on the SDF's drone launch points), real15 (Russia on drone sites).
@pytest.mark.parametrize("text", [
    "ABD ordusu, Yemen'de Husilere ait 8 insansız hava aracını ve bir İHA kontrol merkezini vurduğunu açıkladı.",
    "ABD ordusu, Yemen'de Husilere ait 10 insansız hava aracının (İHA) ve bir İHA kontrol merkezinin "
    "vurulduğunu açıkladı.",
    "Suriye ordusu, Rakka yakınlarında terör örgütü SDG'ye ait insansız hava araçlarının fırlatıldığı "
    "noktaları hedef alarak saldırı düzenledi.",
    "Rusya Savunma Bakanlığı, insansız hava araçları (İHA) ile bağlantılı tesisleri ve askeri depoları "
    "vurduğunu bildirdi.",
    "Rus ordusu, Ukrayna'da uzun menzilli İHA'ların üretimi ve depolanmasıyla bağlantılı tesisleri vurdu.",
    "Azerbaycan ordusu, Ermenistan'a ait 2 İHA'yı ve bir tankı imha etti.",
])
def test_the_other_sides_or_the_targets_drones_are_no_means(text):
    ev = one(text, lang="tr")
    assert ev["operation"] == "airstrike"


@pytest.mark.parametrize("text,actor", [
    # the actor's own drones stay its means
    ("Rusya Savunma Bakanlığı, Ukrayna'ya ait 45 insansız hava aracının gece boyunca Belgorod üzerinde "
     "düşürüldüğünü açıkladı.", "UKR"),
    ("Azerbaycan ordusuna ait İHA'lar, Ermenistan'ın topçu mevzilerini vurdu.", "AZE"),
    ("Türk SİHA'ları, Irak'ın kuzeyinde PKK'ya ait 3 mevziyi vurdu.", "TUR"),
])
def test_the_actors_own_drones_stay_its_means(text, actor):
    ev = one(text, lang="tr")
    assert (ev["actor"], ev["operation"]) == (actor, "drone_strike")


@pytest.mark.xfail(strict=True, reason="the genitive owner with the possessive on the weapon "
                   "('Husilerin ... 10 adet İHA'sını vurdu') is not read as the other side's weapon "
                   "(only the postposition 'ait' is); the drones stay the means")
def test_the_other_sides_drones_named_by_its_genitive_are_no_means():
    ev = one("ABD ordusu, Husilerin yerdeki kontrol merkezini ve 10 adet tek yönlü İHA'sını vurdu.", lang="tr")
    assert ev["operation"] == "airstrike"


# A military point ("askeri nokta") or a point a group owns ("Hamas'a ait noktalar") is a
# generic military position: fighting_position (CONVENTIONS), as "نقاط عسكرية" is in Arabic.
# A bare counted point ("12 noktaya isabet etti") stays a generic target noun with no type.
# Seen in real7 (tr-bursahaber-nodate-isr-gaza-hamas-beit-lahia), real18
# (tr-gazetepencere-nodate-isr-south-syria-daraa-command-centres) and real20
# (tr-timeturk-20190822-isr-gaza-north-hamas-military-points).
@pytest.mark.parametrize("text,lang", [
    ("İsrail savaş uçakları, Gazze Şeridi'nin güneyinde Hamas'a ait birkaç askeri noktayı vurdu.", "tr"),
    ("İsrail ordusu, Lübnan'ın güneyindeki Hizbullah'a ait askeri noktalara hava saldırısı düzenlediğini "
     "açıkladı.", "tr"),
    ("İsrail ordusu sözcüsü, savaş uçaklarının Han Yunus'ta İslami Cihad'a ait noktaları hedef aldığını "
     "bildirdi.", "tr"),
    ("İsrail ordusu, Suriye'nin güneyindeki askeri noktaları ve bir komuta merkezini vurduğunu duyurdu.", "tr"),
    ("İsrail savaş uçakları dün gece Hamas'a ait bir askeri noktayı bombaladı.", "tr"),
    ("قال الجيش الإسرائيلي إن طائراته الحربية أغارت على نقاط عسكرية تابعة لحركة حماس في شمال قطاع غزة.", "ar"),
    ("Israeli warplanes struck several Hamas military posts in the northern Gaza Strip, the army said.", "en"),
])
def test_a_military_or_a_groups_point_is_a_fighting_position(text, lang):
    ev = one(text, lang=lang)
    assert "fighting_position" in [t["type"] for t in ev["targets_hit"]]


def test_a_bare_counted_point_has_no_type():
    ev = one("Rusya Savunma Bakanlığı, İHA'ların Ukrayna'daki 12 noktaya isabet ettiğini açıkladı.", lang="tr")
    assert ev["targets_hit"] == []


# Natural gas production and drilling ("doğal gaz üretim tesisi", "gaz sondaj platformu") is
# extraction, as wells are: oil_facility, not infrastructure (the bare "doğal gaz") nor a factory
# (the bare "üretim tesisi"); gas and energy infrastructure stays infrastructure.
# Seen in real4 (tr-haberet-nodate-tur-iraq-syria-24-targets-10-pkk), real17
# (tr-finansgundem-nodate-tur-iraq-syria-24-targets), the MSB's "doğal gaz üretim tesisi", and
# real20 (tr-haberler-20251217-ukr-slavyansk-refinery-luhansk-depot-caspian-rig), a gas
# drilling platform.
@pytest.mark.parametrize("text", [
    "Milli Savunma Bakanlığı, Suriye'nin kuzeyinde teröristlerin kullandığı bir doğal gaz üretim tesisini "
    "hava harekatıyla imha ettiğini açıkladı.",
    "Hava harekatında teröristlerin kullandığı mağara, sığınak ve doğalgaz üretim tesislerinden oluşan 15 "
    "hedef imha edildi, Milli Savunma Bakanlığı açıkladı.",
    "Ukrayna ordusu, Karadeniz'de Rusya'ya ait bir doğal gaz sondaj platformuna İHA saldırısı düzenlediğini "
    "açıkladı.",
    "Ukrayna Genelkurmayı, Azak Denizi'ndeki Rus gaz sondaj platformlarını vurduğunu bildirdi.",
])
def test_gas_production_and_drilling_is_an_oil_facility(text):
    types = [t["type"] for t in one(text, lang="tr")["targets_hit"]]
    assert "oil_facility" in types and "infrastructure" not in types and "factory" not in types


def test_gas_and_energy_infrastructure_stays_infrastructure():
    ev = one("Rusya Savunma Bakanlığı, Ukrayna'nın gaz ve enerji altyapı tesislerini vurduğunu açıkladı.", lang="tr")
    assert [t["type"] for t in ev["targets_hit"]] == ["infrastructure"]


@pytest.mark.xfail(strict=True, reason="the en lexicon reads 'production facility' as a factory and has no "
                   "drilling platform entry; left to the en lexicon's owner (r21-en) to keep the branches "
                   "mergeable")
@pytest.mark.parametrize("text", [
    "The Turkish defence ministry said its jets destroyed a natural gas production facility used by the PKK "
    "in northern Syria.",
    "Ukraine's army said its drones struck a Russian gas drilling platform in the Black Sea.",
])
def test_gas_production_and_drilling_is_an_oil_facility_en(text):
    assert "oil_facility" in [t["type"] for t in one(text, lang="en")["targets_hit"]]
