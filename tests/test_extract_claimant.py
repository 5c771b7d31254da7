"""Claimant: who says so. A state as the subject of the claim verb, the official source nearest
the verb (never one of another clause), the defender speaking, other sources, and the claim
sources and verbs of every language. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractors.claimant import _outside
from extractors.lexicon import load_all
from tests.extract_helpers import events


# ---- claim sources and claim verbs
def spans(group, text, lang):
    return [text[m.start():m.end()] for m in load_all()[lang].finditer(group, text)]


def test_state_speaking_about_its_forces_is_the_claimant():
    ev = events("India said its forces struck nine sites in Pakistan early on Wednesday.", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IND", "IND")]


def test_state_subject_of_a_french_claim_verb():
    ev = events("L'Inde a affirmé que ses forces avaient frappé neuf sites au Pakistan dans la nuit.", lang="fr", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IND", "IND")]


def test_defending_state_speaking_is_the_claimant():
    ev = events("Ukraine said Russia launched 30 drones at its southern regions overnight.", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", "UKR")]


def test_claimant_is_the_source_nearest_the_verb():
    ev = events("Israeli aircraft struck a weapons depot near Damascus overnight, the army said on "
                "Wednesday, while the Syrian defence ministry said its air defences had responded.", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("ISR", "ISR")]


def test_source_phrase_reaches_the_body_it_belongs_to():
    ev = events("A spokesman for the Russian defence ministry said Su-34 jets struck an ammunition "
                "depot near Kupiansk.", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", "RUS")]


def test_stated_as_fact_has_no_claimant():
    ev = events("Russian jets struck an ammunition depot near Kupiansk on Tuesday.", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", None)]


def test_defender_reporting_an_interception_is_not_a_striker():
    ev = events("Yemen's Houthi movement said on Tuesday it had fired a ballistic missile at Israeli "
                "military targets in the port city of Eilat overnight.\nThe Israeli military said a "
                "missile launched from Yemen had been intercepted by the Arrow air defence system.",
                published="2024-06-18T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("HOUTHI", "HOUTHI")]


def test_the_speaking_air_force_is_not_the_means():
    ev = events("Russland hat die Ukraine in der Nacht nach Angaben der ukrainischen Luftwaffe mit 40 "
                "Kampfdrohnen angegriffen.", lang="de")
    assert [(e["actor"], e["operation"], e["claimant"], e["target_group"]) for e in ev] == \
        [("RUS", "drone_strike", "UKR", None)]


def test_air_force_named_after_the_claim_verb_is_the_speaker():
    ev = events("У ніч на 20 травня противник атакував Україну ударними дронами, повідомили Повітряні сили.",
                lang="uk", published="2024-05-20T08:00:00+00:00")
    assert [(e["actor"], e["target_group"], e["claimant"]) for e in ev] == [("RUS", None, "UKR")]


def test_nationality_at_the_end_of_the_sources_name():
    ev = events("Au cours de la journée de mardi, l'armée russe a mené 67 frappes aériennes contre les "
                "positions ukrainiennes, a indiqué l'état-major général des forces armées ukrainiennes.",
                lang="fr", published="2024-03-12T18:00:00+00:00")
    assert [(e["actor"], e["claimant"], e["strikes"]) for e in ev] == [("RUS", "UKR", 67)]


def test_a_states_ministry_named_by_possessive():
    ev = events("Israeli jets hit an army depot near Damascus on Friday, Syria's defence ministry said.",
                published="2021-09-03T07:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("ISR", "SYR")]


def test_rescuers_are_other_sources_and_camps_are_places():
    ev = events("Fuerzas israelíes bombardearon este martes el campamento de refugiados de Nuseirat, en el "
                "centro de Gaza, según la Defensa Civil palestina.", lang="es")
    assert [(e["actor"], e["claimant"], e["country"]) for e in ev] == [("ISR", "OTHER", "PS")]
    assert len(ev[0]["locations"]) == 1


@pytest.mark.parametrize("lang,text,source,verb", [
    ("en", "The strikes were carried out overnight, the press service told reporters.", "press service", "told"),
    ("en", "The Joint Staff announces that two depots were destroyed.", "Joint Staff", "announces"),
    ("de", "Das Oberkommando meldete am Abend, zwei Stellungen seien zerstört worden.", "Oberkommando", "meldete"),
    ("de", "Nach Darstellung der Pressestelle wurden drei Lager getroffen.", "Pressestelle", "nach Darstellung"),
    ("es", "El Estado Mayor detalló que fueron destruidos dos depósitos.", "Estado Mayor", "detalló"),
    ("es", "Las Fuerzas Armadas dieron a conocer el balance del ataque.", "Fuerzas Armadas", "dieron a conocer"),
    ("fr", "L'état-major général a fait savoir que deux dépôts avaient été détruits.", "état-major général", "a fait savoir"),
    ("fr", "D'après le commandement opérationnel, trois positions ont été frappées.", "commandement opérationnel", "D'après"),
    ("ru", "Как сообщает пресс-центр группировки войск, уничтожены два склада.", "пресс-центр", "сообщает"),
    ("ru", "По заявлению военного командования, поражены три цели.", "военного командования", "По заявлению"),
    ("uk", "Як повідомляється, пресцентр бригади підтвердив ураження двох складів.", "пресцентр", "повідомляється"),
    ("uk", "Про це доповів головнокомандувач на брифінгу.", "головнокомандувач", "доповів"),
    ("tr", "Askeri kaynakların verdiği bilgiye göre iki sığınak imha edildi.", "Askeri kaynakların", "verdiği bilgiye göre"),
    ("tr", "Silahlı Kuvvetleri yazılı açıklamasında saldırıyı duyurdu.", "Silahlı Kuvvetleri", "yazılı açıklamasında"),
    ("ar", "وقالت رئاسة الأركان في بيان إن الغارات دمرت مستودعين", "رئاسة الأركان", "في بيان"),
    ("ar", "أعلن المتحدث الرسمي مؤكدا تدمير منصات إطلاق", "المتحدث الرسمي", "مؤكدا"),
])
def test_claim_sources_and_verbs(lang, text, source, verb):
    assert any(source.lower() in s.lower() for s in spans("claims.official_sources", text, lang))
    assert any(verb.lower() in s.lower() for s in spans("claims.verbs", text, lang))


def test_spanish_claim_by_the_general_staff():
    ev = events("Aviones rusos bombardearon el lunes dos depósitos de armas en Siria, detalló el "
                "Estado Mayor de las Fuerzas Armadas de Rusia.", "es", published="2024-03-12T10:00:00+00:00")
    assert ev and ev[0]["claimant"] == "RUS"


@pytest.mark.parametrize("lang,text,source", [
    ("ar", "وقالت سنتكوم في بيان إن القوات الأمريكية دمرت منصتي إطلاق", "سنتكوم"),
    ("de", "Die Bundeswehr teilte mit, ein Depot sei getroffen worden.", "Bundeswehr"),
    ("es", "Según el Pentágono, los ataques destruyeron tres lanzaderas.", "Pentágono"),
    ("fr", "Selon le Pentagone, trois lanceurs ont été détruits.", "Pentagone"),
    ("uk", "Як повідомили в ЦАХАЛ, уражено два тунелі.", "ЦАХАЛ"),
])
def test_named_commands_are_claim_sources(lang, text, source):
    assert any(source.lower() in s.lower() for s in spans("claims.official_sources", text, lang))


def test_another_sides_claim_is_not_the_events():
    # the ministry speaks for Pakistan's raids, not for the Iranian strike named before them
    ev = events("Following Iran's missile strike in Balochistan, Pakistan launched air raids on militant "
                "hideouts in Iran on Thursday. Pakistan's foreign ministry said the strikes targeted "
                "terrorist hideouts.", published="2024-01-18T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IRN", None), ("PAK", "PAK")]


def test_a_side_after_the_number_is_what_was_said():
    # the drones' side comes after the number: the claim's content, not the ministry's name
    ev = events("Nach Angaben des Verteidigungsministeriums in Moskau wurden in der Nacht zwölf ukrainische "
                "Drohnen über der Region Kursk abgeschossen.", lang="de", published="2024-05-08T10:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("UKR", "RUS")]


def test_the_military_in_a_local_authoritys_name_is_no_official_source():
    text = "Про це повідомили в обласній військовій адміністрації."
    lex = load_all()["uk"]
    officials = [(m.start(), m.end()) for m in lex.finditer("claims.official_sources", text)]
    others = [(m.start(), m.end()) for m in lex.finditer("claims.other_sources", text)]
    assert officials and others          # "військовій" alone reads as "the military"
    assert _outside(officials, others) == []


def test_a_claim_not_made_is_no_claim():
    ev = events("US warplanes struck targets near Sanaa on Sunday, Houthi television reported. The US "
                "military did not report the strikes.", published="2024-05-20T08:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("USA", "OTHER")]


@pytest.mark.parametrize("lang,text,source", [
    ("en", "Residents told Reuters that jets struck the town.", "Reuters"),
    ("fr", "Des frappes ont visé la ville, selon l'AFP.", "AFP"),
    ("es", "Testigos aseguraron a Efe que los aviones atacaron la ciudad.", "Efe"),
    ("de", "Einem Bericht des Nachrichtenportals zufolge wurde die Stadt bombardiert.", "Nachrichtenportals"),
    ("ru", "Как передает Рейтер, самолеты нанесли удары по городу.", "Рейтер"),
    ("uk", "Як передає Асошіейтед Прес, літаки завдали ударів по місту.", "Асошіейтед Прес"),
    ("tr", "Haber sitesine göre uçaklar kenti vurdu.", "Haber sitesi"),
    ("ar", "وقالت وكالة أسوشيتد برس إن الطائرات قصفت المدينة", "أسوشيتد برس"),
])
def test_news_agencies_and_outlets_are_other_sources(lang, text, source):
    assert any(source.lower() in s.lower() for s in spans("claims.other_sources", text, lang))


def test_arabic_claim_verb_with_its_conjunction():
    assert spans("claims.verbs", "وأوردت الوكالة أن الطائرات قصفت القرية", "ar")[:1] == ["وأوردت"]
    assert spans("claims.verbs", "وأوضحت مصادر محلية أن الطائرات قصفت القرية", "ar")[:1] == ["وأوضحت"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck a military site near Hama overnight, Syrian state television said."),
    ("ru", "Израильские самолеты нанесли удар по военному объекту под Хамой, сообщило государственное телевидение Сирии."),
    ("de", "Israelische Kampfflugzeuge griffen nach Angaben des syrischen Staatsfernsehens eine Militäranlage bei Hama an."),
])
def test_a_states_own_media_speak_for_it(lang, text):
    ev = events(text, lang=lang, published="2024-05-14T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("ISR", "SYR")]


def test_a_groups_channel_is_another_source():
    ev = events("US jets struck a port near Hodeidah overnight, the Houthi-run al-Masirah television reported.",
                published="2024-05-14T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("USA", "OTHER")]


def test_the_short_form_of_the_arab_coalition_claims_for_it():
    # "la coalición" after "la coalición árabe" is the Saudi-led one, not the US-led coalition
    ev = events("La coalición árabe bombardeó posiciones hutíes cerca de Saná el lunes. Por su parte, la "
                "coalición informó el martes a través de la agencia saudí SPA que interceptó un misil "
                "balístico lanzado por los hutíes contra Jizán.", lang="es", published="2024-05-14T09:00:00+00:00")
    assert ("HOUTHI", "SAU") in [(e["actor"], e["claimant"]) for e in ev]


def test_german_mit_of_the_means_is_no_claim_verb():
    # "mit Drohnen" is the means; "teilte ... mit" is read by "teilte"
    ev = events("Die ukrainische Armee hat in der Nacht die Ölraffinerien Russlands mit Drohnen angegriffen.",
                lang="de", published="2024-05-14T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("UKR", None)]
    ev = events("Russische Kampfjets griffen in der Nacht ein Depot bei Charkiw an, teilte die ukrainische "
                "Luftwaffe mit.", lang="de", published="2024-05-14T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", "UKR")]


def test_a_statement_not_made_is_no_claim_in_turkish():
    # "no statement has been made yet": neither the word for statement nor the verb claims
    ev = events("ABD savaş uçakları Yemen'in Hudeyde kentine hava saldırısı düzenledi. ABD'den saldırıya "
                "ilişkin henüz bir açıklama yapılmadı.", lang="tr", published="2024-05-14T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("USA", None)]


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "The Pentagon declined to comment on the strikes.", "declined to comment"),
    ("fr", "Israël n'a pas encore commenté ces attaques.", "pas encore commenté"),
    ("es", "La coalición no se ha pronunciado al respecto.", "no se ha pronunciado"),
    ("de", "Von russischer Seite gab es dafür keine Bestätigung.", "keine Bestätigung"),
    ("ru", "В Минобороны России это не прокомментировали.", "не прокомментировали"),
    ("uk", "Армія США офіційно не коментувала удари.", "не коментувала"),
    ("tr", "Konuya ilişkin açıklama yapılmadı.", "açıklama yapılmadı"),
    ("ar", "ولم يعلق الجيش على التقارير", "لم يعلق"),
])
def test_words_saying_no_claim_was_made(lang, text, phrase):
    assert any(phrase.lower() in s.lower() for s in spans("claims.no_claim", text, lang))


def test_the_arabic_word_for_statement_is_the_frame_not_the_source():
    # "في بيان" (in a statement) says how a claim was made; the body that made it is named apart
    text = "وقال الحزب في بيان إن مقاتليه استهدفوا ثكنة"
    assert "في بيان" in spans("claims.verbs", text, "ar")
    assert spans("claims.official_sources", text, "ar") == []


def test_a_governing_groups_spokesman_claims_as_a_government():
    # the Taliban govern Afghanistan (extractors/data/actors.toml: governs = true)
    ev = events("Pakistani jets struck houses in Khost province overnight, a spokesman for the Taliban "
                "government said on Tuesday.", published="2025-11-25T09:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("PAK", "TALIBAN")]

@pytest.mark.parametrize("text", [
    "Die türkische Luftwaffe hat im Nordirak zwölf Stellungen der PKK zerstört. Dies gab der Generalstab bekannt.",
    "Die türkische Luftwaffe hat im Nordirak zwölf Stellungen der PKK zerstört, gaben die Streitkräfte am Abend bekannt.",
])
def test_german_separable_claim_verb_with_its_subject_between(text):
    # "gab ... bekannt": the particle closes the clause, the subject stands between
    assert [e["claimant"] for e in events(text, lang="de")] == ["TUR"]


def test_german_bekannt_as_an_adjective_claims_nothing():
    ev = events("Die türkische Luftwaffe hat Stellungen der PKK in der für ihre Höhlen bekannten Region zerstört.",
                lang="de")
    assert [e["claimant"] for e in ev] == [None]


# ---- the side of a source: an alliance's lead state, a body named in full before, a claim
# verb with no subject of its own (session 9, the claimant across languages)
@pytest.mark.parametrize("lang,text", [
    ("en", "The US military said on Saturday that coalition forces conducted six airstrikes against "
           "Islamic State targets near Raqqa."),
    ("ar", "قال الجيش الأمريكي اليوم الأحد إن قوات التحالف الدولي نفذت خمس ضربات جوية ضد أهداف لتنظيم "
           "داعش قرب الرقة."),
    ("ar", "أعلن الجيش الأمريكي أن التحالف الدولي شن ثلاث غارات على مواقع تنظيم داعش في محافظة الأنبار."),
    ("de", "Das US-Militär erklärte, die Anti-IS-Koalition habe am Freitag zwölf Luftangriffe gegen "
           "Stellungen des IS bei Rakka geflogen."),
])
def test_lead_states_military_releases_its_alliances_strikes(lang, text):
    # the coalition is led by the United States (data/actors.toml: led_by): the US military
    # speaking of coalition strikes is the coalition's release
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("COALITION", "COALITION")]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Пресс-служба Министерства обороны Камбоджи обвинила Таиланд в нарушении перемирия. "
           "«Истребители Таиланда нанесли удар по деревне в провинции Прэахвихеар», говорится в "
           "сообщении ведомства.", ("THA", "KHM")),
    ("ru", "Министерство обороны Армении обвинило Азербайджан в провокации. «Азербайджанские "
           "беспилотники нанесли удар по позициям у села Сотк», говорится в сообщении военного "
           "ведомства.", ("AZE", "ARM")),
    ("es", "El Ejército israelí acusó a Hamás de violar la tregua. \"Hamás lanzó seis cohetes contra "
           "Sderot durante la noche\", informó el Ejército en un comunicado.", ("HAMAS", "ISR")),
    ("fr", "L'armée israélienne a accusé le Hezbollah de violer la trêve. « Le Hezbollah a tiré dix "
           "roquettes sur Kiryat Shmona », a indiqué l'armée dans un communiqué.", ("HEZBOLLAH", "ISR")),
])
def test_source_naming_no_side_is_the_body_named_in_full_before(lang, text, expected):
    # "the army", "the (military) department": the body named with its side earlier in the text,
    # not the striker by default
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "أصدرت وزارة الدفاع السورية بيانا مساء الثلاثاء حول الوضع في الجنوب.\n"
           "وأضافت أن طائرات إسرائيلية قصفت مستودعا للأسلحة قرب مطار دمشق.", ("ISR", "SYR")),
    ("ar", "قال المتحدث باسم الجيش اللبناني في مؤتمر صحفي اليوم إن الوضع على الحدود متوتر.\n"
           "وأوضح أن مسيرة إسرائيلية استهدفت سيارة في بلدة الخيام.", ("ISR", "LBN")),
    ("es", "El Ejército israelí acusó a Hamás de violar la tregua.\n\"Aviones de combate atacaron "
           "objetivos en Gaza\", dijo un portavoz.\nAdemás, confirmó que Hamás lanzó seis cohetes "
           "contra Sderot.", ("HAMAS", "ISR")),
    ("fr", "L'armée libanaise a publié un communiqué lundi soir.\nElle a ajouté qu'un drone israélien "
           "avait frappé une voiture à Khiam.", ("ISR", "LBN")),
])
def test_claim_verb_without_subject_goes_on_with_the_source_before(lang, text, expected):
    # "وأضافت أن ...", "Además, confirmó que ...", "Elle a ajouté que ...": the body that spoke in
    # the sentence before, with the side its name gives ("وزارة الدفاع السورية": Syria's)
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Dans la nuit, l'armée ukrainienne a lancé des drones contre la région de Koursk.\nAu total, "
           "20 drones ont été abattus au-dessus de la région.\nDes habitants ont fait état d'explosions, "
           "selon des témoins.", ("UKR", "RUS")),
    ("fr", "L'Ukraine a attaqué la région de Belgorod avec des drones dans la nuit de samedi.\n15 drones "
           "ont été détruits au-dessus de la région.\nSelon des habitants, une maison a été endommagée.",
     ("UKR", "RUS")),
    ("de", "Russland griff in der Nacht die Region Odessa mit Drohnen an.\n33 Drohnen wurden über dem "
           "Süden abgeschossen.\nAnwohner berichteten von Explosionen im Hafen.", ("RUS", "UKR")),
    ("uk", "Російські війська завдали удару дронами по Одесі.\nСили ППО збили 25 дронів над областю.\n"
           "Жителі міста повідомляють про вибухи в порту.", ("RUS", "UKR")),
    ("en", "Russia attacked the Odesa region with drones overnight.\nAir defences shot down 33 drones over "
           "the south.\nResidents reported explosions near the port, local media said.", ("RUS", "UKR")),
])
def test_side_that_shot_the_weapons_down_reports_them_before_witnesses_elsewhere(lang, text, expected):
    # an interception report in which the defending side says nothing in words: it reports what
    # it shot down (the actor's one adversary, extractors/lexicons/common.toml), before residents
    # quoted in another sentence on the damage
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [expected]


@pytest.mark.parametrize("lang,text", [
    ("ar", "أعلنت وكالة الأنباء السورية “سانا” التصدي لهجوم إسرائيلي على ريف دمشق.\nوأفادت الوكالة نقلا عن "
           "مصدر عسكري بأن طائرات إسرائيلية أطلقت صواريخ على مواقع قرب الكسوة."),
    ("ar", "نقلت سانا عن مصدر عسكري أن الطيران الإسرائيلي استهدف مطار الشعيرات في ريف حمص بعدة صواريخ."),
    ("en", "Syria's state news agency SANA reported an Israeli attack on the Damascus countryside.\nThe agency "
           "quoted a military source as saying Israeli jets fired missiles at positions near Kisweh."),
    ("fr", "L'agence officielle syrienne SANA a fait état d'une attaque israélienne près de Damas.\nL'agence a "
           "cité une source militaire selon laquelle des avions israéliens ont frappé des positions près de Kisweh."),
])
def test_military_source_relayed_by_a_sides_agency_is_that_sides(lang, text):
    # "نقلت سانا عن مصدر عسكري", "the agency quoted a military source": the source the agency
    # relays is of the agency's side (SANA, Syria's), not the striker's by default
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("ISR", "SYR")]


def _sources_of_sentences(monkeypatch, text, lang):
    """The claim sources `_claim_sources` reads in each sentence of a text (the document's
    context taken from a run of the extractor)."""
    from extractors import claimant
    seen = {}
    real = claimant._find_claimant

    def spy(ctx, d, sents):
        seen.update({s.index: [ctx.text[a:b] for a, b in claimant._claim_sources(ctx, s)] for s in sents})
        return real(ctx, d, sents)

    monkeypatch.setattr(claimant, "_find_claimant", spy)
    events(text, lang=lang)
    return seen


@pytest.mark.parametrize("text,source", [
    ("Son olarak İsrail, gece saatlerinde Tahran'daki Mehrabad Havalimanı'na saldırı düzenlemişti.\n"
     "Konuyla ilgili İsrail ordusundan da bir açıklama geldi.\nAçıklamada, havalimanında 12 uçağın "
     "vurulduğu belirtildi.", "ordusundan"),
    ("Rusya, gece saatlerinde Harkiv'deki bir enerji tesisine saldırı düzenlemişti.\nKonuyla ilgili "
     "Rusya Savunma Bakanlığından da kısa bir açıklama geldi.\nAçıklamada, tesiste 3 deponun vurulduğu "
     "belirtildi.", "Bakanlığından"),
])
def test_turkish_body_then_its_statement_is_a_claim_source(monkeypatch, text, source):
    # verb-final: "X'ten (da önemli) bir açıklama geldi" names the body that made the statement a
    # few words before the statement noun, so the next sentence's "Açıklamada, ... belirtildi"
    # goes on with it
    assert source in _sources_of_sentences(monkeypatch, text, "tr")[1]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Американские и британские военные сообщили, что нанесли удары по объектам хуситов в Йемене в "
           "ночь на вторник."),
    ("ru", "Американские и британские военные заявили, что поразили 16 целей хуситов в провинции Ходейда."),
    ("uk", "Американські та британські військові повідомили, що завдали ударів по об'єктах хуситів у Ємені."),
    ("en", "American and British military officials said they struck 16 Houthi targets in Yemen's Hodeidah "
           "province overnight."),
    ("fr", "Les armées américaine et britannique ont indiqué avoir frappé 16 cibles houthies au Yémen dans la nuit."),
    ("es", "Los militares estadounidenses y británicos informaron de que atacaron 16 objetivos hutíes en Yemen."),
])
def test_each_side_of_a_coordinated_source_claims_its_own_strike(lang, text):
    # the source glued to the last side of "American and British" speaks for both: the US event's
    # claimant is the US, the British event's Britain
    assert sorted((e["actor"], e["claimant"]) for e in events(text, lang=lang)) == [("GBR", "GBR"), ("USA", "USA")]


@pytest.mark.parametrize("lang,text,actor,claimant", [
    ("es", "Ucrania afirmó haber derribado 15 drones rusos durante la noche, y Rusia afirmó que había "
           "destruido 20 drones ucranianos sobre Bélgorod.", "UKR", "RUS"),
    ("es", "Rusia afirmó haber derribado 12 drones ucranianos sobre Kursk, y Ucrania afirmó que había "
           "interceptado 30 drones rusos sobre Odesa.", "RUS", "UKR"),
    ("en", "Ukraine said it shot down 15 Russian drones overnight, and Russia said it destroyed 20 Ukrainian "
           "drones over Belgorod.", "UKR", "RUS"),
    ("fr", "L'Ukraine a affirmé avoir abattu 15 drones russes dans la nuit, et la Russie a affirmé avoir "
           "détruit 20 drones ukrainiens au-dessus de Belgorod.", "UKR", "RUS"),
])
def test_of_two_claims_in_a_sentence_the_one_about_the_actors_strike(lang, text, actor, claimant):
    # each claim verb reports its own clause: the Ukrainian drones are in Russia's claim
    found = {e["actor"]: e["claimant"] for e in events(text, lang=lang)}
    assert found.get(actor) == claimant


@pytest.mark.parametrize("lang,text", [
    ("es", "El Ministerio de Salud libanés emitió un comunicado en el que anunció que un dron israelí atacó "
           "un coche en Bint Jbeil."),
    ("es", "El Ministerio de Salud Pública emitió un breve comunicado en el que informó de que aviones "
           "israelíes bombardearon una casa en Nabatieh."),
    ("fr", "Le ministère de la Santé libanais a publié un communiqué indiquant qu'une frappe de drone "
           "israélienne a visé une voiture à Nabatieh."),
    ("en", "Lebanon's health ministry issued a statement saying an Israeli drone strike hit a car near Tyre."),
])
def test_a_statement_noun_is_not_a_body_its_issuer_speaks(lang, text):
    # "comunicado", "communiqué", "statement" are listed as official sources for "the statement
    # said"; beside the body that issued it, the issuer (here a health ministry) is the source
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("ISR", "OTHER")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces aérospatiales russes ont mené deux frappes contre des positions de Hayat Tahrir "
           "al-Cham près d'Idleb, a indiqué le Centre russe pour la réconciliation des parties en conflit."),
    ("es", "La aviación rusa atacó dos depósitos de Hayat Tahrir al Sham en Idlib, informó el Centro ruso "
           "para la Reconciliación de las partes en conflicto."),
    ("de", "Russische Kampfflugzeuge griffen zwei Stellungen der Miliz Hayat Tahrir al-Scham bei Idlib an, "
           "teilte das russische Versöhnungszentrum mit."),
    ("uk", "Російська авіація завдала двох ударів по позиціях угруповання Хайят Тахрір аш-Шам в Ідлібі, "
           "повідомив Центр з примирення ворогуючих сторін."),
])
def test_the_russian_reconciliation_centre_is_an_official_source(lang, text):
    # the Russian military's centre in Syria, already a source in Arabic and Russian
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("RUS", "RUS")]


# ---- a claim verb placed after the reported clause ("..., sagte X", "..., según X"): its speaker
# follows it, and a body named inside the clause before the comma is the striker, not a source
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die pakistanische Armee habe in der Nacht vier Dörfer in der Provinz Khost bombardiert, "
           "sagte ein Vertreter der afghanischen Regierung.", [("PAK", "AFG")]),
    ("de", "Russische Streitkräfte hätten am Sonntag ein Wohnhaus in Charkiw mit Raketen beschossen, "
           "erklärte der ukrainische Präsident.", [("RUS", "UKR")]),
    ("es", "Aviones del ejército sirio bombardearon el pueblo de Kafranbel, en Idlib, según han "
           "denunciado activistas de la oposición.", [("SYR", "OTHER")]),
    ("es", "La Fuerza Aérea turca atacó el lunes dos aldeas cerca de Duhok, informaron los rebeldes "
           "del PKK.", [("TUR", "OTHER")]),
    ("fr", "L'armée pakistanaise a bombardé quatre villages de la province de Khost dans la nuit, "
           "a déclaré un responsable afghan.", [("PAK", "AFG")]),
    ("fr", "L'aviation syrienne a frappé le village de Kafranbel près d'Idleb, ont rapporté mardi des "
           "militants de l'opposition.", [("SYR", "OTHER")]),
])
def test_the_speaker_of_an_inverted_claim_follows_its_verb(lang, text, expected):
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == expected


@pytest.mark.parametrize("lang,text", [
    ("es", "Además, confirmó que aviones israelíes atacaron un almacén de Hamás en Jan Yunis, "
           "informó el Ejército israelí."),
    ("de", "Die israelische Luftwaffe, die seit Tagen im Einsatz ist, teilte mit, sie habe ein Lager "
           "der Hamas in Chan Junis getroffen."),
])
def test_a_comma_that_closes_no_reported_clause_leaves_the_subject_speaking(lang, text):
    # a sentence-opening adverb, an apposition between subject and verb: no inversion
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("ISR", "ISR")]


# ---- a body that names no side, in a sentence that is not the event's, named before as another
# side's: it speaks for its side about its own doings, not for the actor
@pytest.mark.parametrize("lang,text", [
    ("en", "Iranian missiles struck a village in Pakistan's Balochistan province on Tuesday. The "
           "Pakistan Foreign Ministry summoned the ambassador. The ministry said Islamabad reserved "
           "the right to respond."),
    ("en", "Iranian drones hit a border post in Pakistan's Balochistan province on Monday. The "
           "Pakistan Foreign Ministry recalled its envoy. The ministry added that Pakistan respected "
           "the sovereignty of its neighbours."),
    ("fr", "Des missiles iraniens ont frappé un village de la province pakistanaise du Baloutchistan "
           "mardi. Le ministère pakistanais des Affaires étrangères a convoqué l'ambassadeur. Le "
           "ministère a déclaré qu'Islamabad se réservait le droit de répondre."),
    ("fr", "Des drones iraniens ont touché un poste frontière au Baloutchistan pakistanais lundi. Le "
           "ministère pakistanais des Affaires étrangères a rappelé son ambassadeur. Le ministère a "
           "ajouté que le Pakistan respectait la souveraineté de ses voisins."),
])
def test_another_sides_bare_body_outside_the_event_does_not_speak_for_the_actor(lang, text):
    ev = [e for e in events(text, lang=lang) if e["actor"] == "IRN"]
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IRN", None)]


# ---- a medium that passes on what an official source says ("la agencia Anadolu, que cita
# fuentes de seguridad", "نقلت الوكالة عن مصدر عسكري"): the source speaks, not the medium, though
# the medium stands nearer the claim verb
@pytest.mark.parametrize("lang,text,actor", [
    ("es", "Aviones turcos bombardearon posiciones del PKK en Hakurk, en el norte de Irak, según la "
           "agencia Anadolu, que cita fuentes de seguridad.", "TUR"),
    ("es", "Según la agencia Anadolu, que cita fuentes de seguridad, aviones turcos bombardearon "
           "posiciones del PKK en Hakurk.", "TUR"),
    ("es", "Según informó la agencia Anadolu, que cita fuentes militares, drones turcos atacaron un "
           "depósito del PKK cerca de Sinjar.", "TUR"),
    ("ar", "نقلت الوكالة عن مصدر عسكري قوله إن طائرات تركية قصفت مواقع لحزب العمال الكردستاني في "
           "شمال العراق.", "TUR"),
    ("ar", "نقلت الوكالة عن مصدر أمني قوله إن طائرات روسية قصفت مستودعا للأسلحة في ريف إدلب.", "RUS"),
])
def test_a_medium_citing_an_official_source_passes_on_its_claim(lang, text, actor):
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [(actor, actor)]


@pytest.mark.parametrize("lang,text", [
    ("en", "A US drone strike hit a compound in the Kurram district, wounding one militant, according to "
           "Pakistani security officials."),
    ("en", "An American drone struck a car near Miranshah on Sunday, Pakistani security officials said."),
    ("es", "Un dron estadounidense atacó un vehículo cerca de Miranshah el domingo, según fuentes de "
           "seguridad paquistaníes."),
    ("es", "Un dron estadounidense alcanzó una casa en Kurram, dijo una fuente de seguridad paquistaní."),
])
def test_a_states_security_sources_speak_for_it(lang, text):
    # security officials or sources of a state are its officials, as "sources sécuritaires",
    # "güvenlik kaynakları" and "Sicherheitsquellen" already are
    assert [(e["actor"], e["claimant"]) for e in events(text, lang=lang)] == [("USA", "PAK")]


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Мэр Горловки сообщил о гибели двух мирных жителей при обстреле города со стороны ВСУ.\n"
           "Украинские военные обстреляли Никитовский район Горловки, погибли два человека.\n"
           "Об этом сообщил мэр города Павел Орлов.\n"
           "Ранее штаб территориальной обороны сообщил о повреждении школы.", "RUS"),
    ("uk", "Мер Полтави повідомив про загибель трьох людей унаслідок ракетного удару.\n"
           "Російські війська завдали ракетного удару по Полтаві, загинули троє людей.\n"
           "Про це повідомив мер міста Петро Марченко.\n"
           "Раніше штаб оборони повідомив про пошкодження школи.", "UKR"),
    ("en", "Three civilians were killed on Friday in a Russian missile strike on Poltava, the city's mayor, "
           "Petro Marchenko, said.\n\nLater, the headquarters said a school had been damaged.", "UKR"),
])
def test_mayor_of_struck_city_before_a_body_of_no_side(lang, text, expected):
    # the mayor of the city struck, named first, speaks for its state; a body named later with
    # no side of its own (the striker named in between is no speaker) does not replace him
    found = events(text, lang=lang)
    assert found and found[0]["claimant"] == expected, found
