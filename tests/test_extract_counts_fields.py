"""The count fields (strikes, targets, killed) across languages: how a value is chosen,
bound or inferred, read from constructions on invented sentences. Each mechanism is tested
in at least two languages, with sentences that differ around the construction."""
from __future__ import annotations

import pytest

from tests.extract_helpers import first

PUB = "2024-03-14T08:00:00+00:00"


# --- one strike named in the singular, beside a strike verb ---------------------------------
# A verb of striking ("обстреляли", "атакували") matched by a stem of the strike nouns is no
# plural noun: the singular strike beside it still states one.

@pytest.mark.parametrize("text,lang", [
    ("ВВС Турции нанесли авиаудар по лагерю боевиков на севере Ирака, а затем обстреляли их позиции "
     "из артиллерии, сообщили военные.", "ru"),
    ("Армия Мьянмы атаковала деревню в штате Шан: военный самолет нанес авиаудар по школе, "
     "сообщили местные жители.", "ru"),
    ("Сили оборони атакували нафтобазу під Бєлгородом: дрони завдали удару по резервуарах, "
     "повідомив Генштаб.", "uk"),
    ("Українські дрони обстріляли аеродром у Криму, завдавши удару по ангару, повідомили у ВМС.", "uk"),
])
def test_a_strike_verb_is_no_plural_beside_a_singular_strike(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # the plural noun itself still says that how many is not told
    ("Российские войска нанесли удар по складу в Херсоне, а затем атаки продолжились по другим "
     "районам, сообщили военные.", "ru"),
    ("Сили оборони завдали удару по складу в Криму, атаки тривали всю ніч, повідомив Генштаб.", "uk"),
])
def test_a_plural_strike_noun_still_cancels_the_count_of_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] is None


@pytest.mark.parametrize("text,lang", [
    ("Збройні сили України здійснили атаку на паливний склад у Новоросійську, повідомив Генштаб.", "uk"),
    ("Сили оборони провели успішну атаку на радіолокаційну станцію в Криму, повідомили у ВМС.", "uk"),
    ("Вооруженные силы Украины провели атаку на нефтебазу в Брянской области, сообщил Генштаб.", "ru"),
])
def test_one_attack_in_the_singular_counts_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    ("Ворог завдав удару трьома ракетами по Одеській області, повідомили Повітряні сили.", "uk"),
    ("Российские войска нанесли удар двумя ракетами по Запорожской области, сообщили в ОВА.", "ru"),
])
def test_a_strike_made_of_several_weapons_is_no_count_of_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] is None


# --- strikes told sentence by sentence -------------------------------------------------------
# Each sentence of one event gives the strikes at one place: together they are the event's
# count; a figure that is the sum of the others is their total, not one more part.

@pytest.mark.parametrize("text,lang,strikes", [
    ("Israeli jets carried out two strikes on Hezbollah sites near Tyre on Monday, the military said. "
     "The jets also carried out five strikes on positions near Nabatieh.", "en", 7),
    ("Die türkische Luftwaffe hat am Montag drei Luftangriffe auf Stellungen der PKK in der Region Zap "
     "geflogen, teilte das Verteidigungsministerium mit. Zudem seien in der Region Gara vier Luftangriffe "
     "geflogen worden.", "de", 7),
    ("Türk savaş uçakları pazartesi günü Irak'ın kuzeyindeki Zap bölgesine 2 hava saldırısı düzenledi. "
     "Bakanlık ayrıca Gara bölgesine de 3 hava saldırısı düzenlendiğini açıkladı.", "tr", 5),
])
def test_strike_counts_of_successive_sentences_add_up(text, lang, strikes):
    assert first(text, lang, published=PUB)["strikes"] == strikes


@pytest.mark.parametrize("text,lang,strikes", [
    # the total, then its parts
    ("Russian jets carried out six airstrikes on the Idlib countryside on Monday, the monitor said. "
     "The jets carried out four airstrikes on Ariha and two airstrikes on the outskirts of Saraqib.", "en", 6),
    ("Russische Kampfjets haben am Montag zwei Luftangriffe auf Ariha geflogen, berichtete die Beobachtungsstelle. "
     "Vier weitere Luftangriffe trafen Sarakib. Insgesamt seien es sechs Luftangriffe gewesen.", "de", 6),
    # a lead figure, then a smaller one that details it
    ("Israeli jets carried out six strikes on Hezbollah sites in southern Lebanon on Monday, the military "
     "said. Near Tyre, four strikes hit weapons depots.", "en", 6),
    ("Die israelische Luftwaffe hat am Montag sechs Luftangriffe im Südlibanon geflogen, teilte die Armee mit. "
     "Bei Tyros hätten vier Luftangriffe Waffenlagern der Hisbollah gegolten.", "de", 6),
    # the same figure told again
    ("Israelische Kampfjets haben am Montag fünf Luftangriffe auf Ziele der Hamas im Gazastreifen geflogen, "
     "teilte die Armee mit. Die fünf Luftangriffe hätten Tunneln in Chan Junis gegolten.", "de", 5),
])
def test_a_total_or_a_restated_figure_is_not_added_again(text, lang, strikes):
    assert first(text, lang, published=PUB)["strikes"] == strikes


# --- fighters killed one by one, in the singular ---------------------------------------------
# No numeral: the indefinite article (or, without articles, the noun right after the kill
# word) says one; each such fighter adds one; civilians are no fighters.

@pytest.mark.parametrize("text,lang,killed", [
    ("U.S. forces conducted an airstrike near Jilib on Tuesday, killing a senior al-Shabaab commander, "
     "the command said.", "en", 1),
    ("Israeli jets struck a house in Khan Younis overnight, killing a civilian and a Hamas commander, "
     "the army said.", "en", 1),
    ("Die israelische Luftwaffe hat am Dienstag bei einem Luftangriff im Südlibanon einen Kommandeur der "
     "Hisbollah getötet, teilte die Armee mit.", "de", 1),
    ("Bei einem israelischen Drohnenangriff in Tyros seien ein Anführer der Hisbollah und ein Kämpfer "
     "getötet worden, teilte die Armee mit.", "de", 2),
    ("L'armée israélienne a mené une frappe aérienne à Tyr, tuant un commandant du Hezbollah, "
     "a indiqué l'armée.", "fr", 1),
    ("El ejército israelí llevó a cabo un bombardeo en Tiro que mató a un comandante de Hezbolá, "
     "informó el ejército.", "es", 1),
    ("أعلن الجيش الإسرائيلي أن طائرة مسيرة شنت غارة على سيارة في بلدة بنت جبيل قتلت قائدا في حزب الله.", "ar", 1),
    ("قال الجيش الإسرائيلي إن غارة جوية على مبنى في صور أسفرت عن مقتل قيادي في حماس.", "ar", 1),
])
def test_a_fighter_killed_in_the_singular_counts_one(text, lang, killed):
    assert first(text, lang, published=PUB)["killed"] == killed


@pytest.mark.parametrize("text,lang", [
    ("Israeli jets struck a house in Khan Younis overnight, killing a civilian, the health ministry said.", "en"),
    ("U.S. forces conducted an airstrike near Jilib on Tuesday, killing several al-Shabaab commanders, "
     "the command said.", "en"),
    ("Die israelische Luftwaffe hat am Dienstag bei Luftangriffen im Südlibanon Kommandeure der Hisbollah "
     "getötet, teilte die Armee mit.", "de"),
    ("قال الجيش الإسرائيلي إن غارة جوية على مبنى في صور أسفرت عن مقتل عدد من قادة حماس.", "ar"),
])
def test_no_single_fighter_no_count(text, lang):
    assert first(text, lang, published=PUB)["killed"] is None


# --- strikes told as more than those before --------------------------------------------------
# "two other airstrikes", "vier weitere Luftangriffe": the same figure again is no restatement
# when it is told as further strikes; it adds up.

@pytest.mark.parametrize("text,lang,strikes", [
    ("Russian jets carried out two airstrikes on the outskirts of Ariha on Monday, the monitor said. "
     "The jets also carried out two other airstrikes near Saraqib.", "en", 4),
    ("Russische Kampfjets haben am Montag drei Luftangriffe auf Dörfer bei Ariha geflogen, berichtete die "
     "Beobachtungsstelle. Drei weitere Luftangriffe trafen Sarakib.", "de", 6),
    ("Aviones rusos realizaron el lunes dos bombardeos contra Ariha, según el Observatorio. Además, otros "
     "dos bombardeos alcanzaron Saraqib.", "es", 4),
    ("Российские самолеты в понедельник нанесли три удара по окрестностям Арихи, сообщили наблюдатели. "
     "Еще два удара российские самолеты нанесли по Саракибу.", "ru", 5),
])
def test_strikes_told_as_more_add_to_those_before(text, lang, strikes):
    assert first(text, lang, published=PUB)["strikes"] == strikes


# --- the words a language puts inside "killed N fighters" -------------------------------------
# The fighters are counted past the words that stand between the kill word, the number and
# the fighters' noun: Spanish marks a person as object ("mató a tres"), Turkish writes "also"
# apart before the verb ("terörist de öldürüldü"), Arabic and Russian put the group's name
# right after the noun with no linker (a genitive), German heads a compound with the fighters
# ("Al-Shabaab-Kämpfer").

@pytest.mark.parametrize("text,lang,killed", [
    ("El Ejército de Estados Unidos lanzó un ataque aéreo en Somalia que mató a siete terroristas de "
     "Al Shabab, informó el AFRICOM.", "es", 7),
    ("La aviación nigeriana bombardeó un campamento cerca de Bama y abatió a 12 combatientes de Boko "
     "Haram, según un comunicado militar.", "es", 12),
    ("ABD ordusu Somali'de hava saldırısı düzenledi; saldırıda 3 militan da öldürüldü.", "tr", 3),
    ("Türk savaş uçakları Kuzey Irak'ta PKK mevzilerini vurdu, operasyonda 4 terörist de öldürüldü.", "tr", 4),
    ("شنت طائرات أمريكية غارة جوية على معسكر قرب جلب، وأعلنت القيادة الأمريكية أن 10 من عناصر حركة "
     "الشباب قتلوا في الغارة.", "ar", 10),
    ("شن الطيران العراقي غارة جوية على وادي حوران في الأنبار، وقالت خلية الإعلام الأمني إن 8 من عناصر "
     "داعش قتلوا.", "ar", 8),
    ("Военные США нанесли авиаудар по лагерю в Сомали, 7 боевиков \"Аш-Шабаб\" были убиты, сообщило "
     "командование.", "ru", 7),
    ("ВКС России нанесли удар по базе в провинции Идлиб, 12 боевиков ИГИЛ убиты, сообщило Минобороны.", "ru", 12),
    ("Die US-Armee flog einen Luftangriff in Somalia. Sieben Al-Shabaab-Kämpfer wurden getötet.", "de", 7),
    ("Die irakische Luftwaffe bombardierte am Montag ein Versteck in der Provinz Anbar, dabei wurden "
     "zwölf IS-Terroristen getötet.", "de", 12),
])
def test_fighters_killed_are_counted_past_the_words_between(text, lang, killed):
    assert first(text, lang, published=PUB)["killed"] == killed


@pytest.mark.parametrize("text,lang", [
    # a number after the strike noun that counts the dead is no count of weapons: one strike
    ("ВКС России нанесли авиаудар по базе боевиков в провинции Идлиб, в результате удара 12 боевиков "
     "были убиты, сообщило Минобороны.", "ru"),
    ("Сили оборони завдали удару по штабу в Херсонській області, внаслідок удару 5 окупантів убиті, "
     "повідомив Генштаб.", "uk"),
    ("ABD ordusu Somali'de bir hava saldırısı düzenledi; saldırıda 6 terörist de öldürüldü.", "tr"),
    ("Türk savaş uçakları Irak'ın kuzeyinde bir hava saldırısı düzenledi, saldırıda 4 PKK'lı terörist "
     "öldürüldü.", "tr"),
])
def test_the_dead_counted_after_a_single_strike_leave_it_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # only a number of weapons after the singular ("удар двумя ракетами") makes it a strike of
    # several; a number of people after it ("saldırıda 4 kişinin", "в результате удара 3 человека")
    # leaves it one
    ("ABD ordusu Karayipler'de bir tekneye hava saldırısı düzenledi; saldırıda 4 kişinin öldürüldüğü "
     "açıklandı.", "tr"),
    ("İsrail savaş uçakları Gazze'de bir eve hava saldırısı düzenledi, saldırıda 5 kişi hayatını kaybetti.", "tr"),
    ("ВКС России нанесли авиаудар по складу в провинции Идлиб, в результате удара 3 человека погибли, "
     "сообщили наблюдатели.", "ru"),
    ("Российские войска нанесли удар по складу в Харькове, от удара 2 человека пострадали, сообщили в ОВА.", "ru"),
])
def test_people_counted_after_a_single_strike_leave_it_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


# --- a singular after a definite article is no plural -----------------------------------------
# "l'attaque" (the French article elided onto the noun) names the one strike again, as "der
# Angriff" does: it does not cancel the count of one.

@pytest.mark.parametrize("text,lang", [
    ("L'armée nigériane a mené une frappe aérienne près de Bama; l'attaque a détruit un camp de Boko "
     "Haram, selon l'armée.", "fr"),
    ("L'aviation française a conduit une frappe contre un dépôt au Mali et l'attaque a été confirmée "
     "par l'état-major.", "fr"),
    ("Die israelische Armee flog einen Luftangriff auf ein Lager im Libanon; der Angriff zerstörte ein "
     "Waffenlager, teilte die Armee mit.", "de"),
])
def test_the_strike_named_again_with_an_elided_article_stays_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


# --- a singular after a definite article, with no strike verb, states one --------------------
# "el ataque aéreo ... mató a dos combatientes": the report names one strike, with the definite
# article only and no plural anywhere (CONVENTIONS, Numbers: a single strike with an article).

@pytest.mark.parametrize("text,lang", [
    ("El ejército de Estados Unidos informó que el ataque aéreo de sus fuerzas mató a dos combatientes "
     "de Al Shabab cerca de Jilib, en Somalia.", "es"),
    ("Según el Mando de África, el bombardeo estadounidense destruyó un depósito de armas de Al Shabab "
     "en la región de Bay.", "es"),
    ("Selon l'armée américaine, la frappe aérienne a tué deux combattants shebab près de Jilib, en Somalie.", "fr"),
    ("D'après le commandement américain, le raid aérien a détruit un dépôt d'armes des shebab dans la "
     "région de Bay.", "fr"),
    ("Das US-Militär teilte mit, der Drohnenangriff auf ein Lager der Al-Shabaab nahe Kismayo habe ein "
     "Fahrzeug zerstört.", "de"),
    ("The US military said the airstrike killed two al-Shabaab fighters near Jilib in Somalia.", "en"),
])
def test_a_definite_singular_strike_with_no_strike_verb_is_one(text, lang):
    assert first(text, lang, published=PUB)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # a strike verb told the strike, and its objects ("positions", "posiciones") say how many
    # strikes there were no better than "the strike" does: the count stays unsaid
    ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday; the strike destroyed a "
     "weapons depot, the army said.", "en"),
    ("Los aviones turcos bombardearon posiciones del PKK en el norte de Irak; el bombardeo se produjo "
     "de madrugada, según el ejército.", "es"),
])
def test_a_definite_singular_after_a_strike_verb_states_no_count(text, lang):
    assert first(text, lang, published=PUB)["strikes"] is None
