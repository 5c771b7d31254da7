"""Per-language word lists, validated when they load, compiled once.

A lexicon is ``extractors/lexicons/<lang>.toml``. Every section and key it may hold
is listed in ``SCHEMA`` below; an unknown key or an empty group is an error that
names the file and the key, so a typo can never silently switch a rule off.

Phrase syntax inside a group (kept deliberately small):
- words are matched case-insensitively on word boundaries; spaces match any run of
  whitespace, so hard-wrapped wire copy still matches;
- a trailing ``*`` lets the word continue (``frapp*`` matches frappé, frappes);
  a leading ``*`` lets it start anywhere (Arabic clitics: ``*غارات``);
- a leading ``=`` makes the phrase case-sensitive (``=IS`` for Islamic State, not "is");
- ``{n}`` inside a date phrase stands for a number (``last {n} hours``).

Plain phrases (no ``*``, ``=`` or ``{n}``) also match by their forms (``forms.py``): each
word matches any word of the text that shares its lemma, so "Russian aircraft" written
once also finds "российские самолёты"-style agreement in every language: plural and
feminine adjectives, case endings, participles. Matches by spelling and by form are merged,
leftmost-longest, without overlap.
"""
from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
import re
from bisect import bisect_left
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import forms
from .errors import LexiconError

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a declared dependency; regexes still work
    ahocorasick = None

LEXICON_DIR = Path(__file__).parent / "lexicons"


# section -> key -> kind. "list": list of phrases; "map": table code -> list of phrases;
# "intmap": table word -> int; "str": a string. A "map" section takes any code as key.
SCHEMA: dict[str, dict[str, str]] = {
    # forms = false: match this language by spelling only (English lists its few inflections,
    # and its lemmas join nouns and verbs: "state"/"stated", "fire"/"fired", "force"/"forces").
    # capitalised_nouns = true: every noun is written with a capital (German), so a capital
    # after an article announces a noun, not a name.
    # stemmer: the Snowball algorithm whose stems also key this language's words (turkish,
    # arabic: simplemma misses many suffixed and clitic forms).
    # dotted_i: İ/I lower to i/ı (Turkish); apostrophe_suffixes: a name takes its case ending
    # after an apostrophe ("PKK'ya", Turkish), one token keyed by the name (forms.py).
    # hyphen_heads: a strike noun or a weapon's word heads a compound after a hyphen ("US-Luftangriff",
    # German): document._spans reads it there too
    "meta": {"lang": "str", "name": "str", "forms": "bool", "capitalised_nouns": "bool", "hyphen_heads": "bool",
             "stemmer": "str", "dotted_i": "bool", "apostrophe_suffixes": "bool", "apostrophe_words": "bool",
             # verb_first: a clause may open with its verb, the subject after it (Arabic
             # "شن الجيش الإسرائيلي غارات"): a force named right after that verb strikes
             "verb_first": "bool",
             # long_headlines: the text's first line, ending with no stop before a capital, is
             # the headline however long ("Также уничтожено семь убежищ, 11 укрытий и два
             # военных автомобиля"): measured to help Russian copy, to harm English and German
             "long_headlines": "bool",
             # verb_final: the verb ends its clause, its object before it (Turkish "PKK
             # mevzilerini vurdu"): a side named right before a kind of target owns it, even
             # ahead of the strike verb (triggers.analyse_sentence)
             "verb_final": "bool",
             # verb_first_weapons: the narrower reading, only a weapon or aircraft noun between
             # the verb and the side ("قصفت طائرات إسرائيلية موقعين": Israeli aircraft struck)
             "verb_first_weapons": "bool",
             # clitic_verbs: the verb groups (CLITIC_VERB_GROUPS) also match with a conjunction
             # clitic glued on ("وشن", "ووجهت", "فقصف": _with_verb_clitics)
             "clitic_verbs": "bool",
             # lead_noun_means: a strike noun naming its means in an earlier sentence (Arabic:
             # an earlier paragraph) gives the event's type before a later sentence's verb
             # does ("قتلت امرأة جراء قصف مدفعي", then "وشن طيران ... غارات": artillery)
             "lead_noun_means": "bool",
             # subject_first: an active clause names its subject before the verb (English): a
             # headline's "US strikes Al Shabaab" is the verb, no plural (counts._headline_verb)
             "subject_first": "bool",
             # title_case_headlines: a headline may capitalise every word ("US Airstrike in
             # Somalia Kills At Least Four"), so a capitalised run of such a line that the
             # gazetteer lacks is no place's name (locate._title_case_line)
             "title_case_headlines": "bool",
             # owner_after_weapon: the owner's adjective follows the weapon ("40 drones rusos"):
             # in an interception report it names the launcher (triggers.analyse_sentence)
             "owner_after_weapon": "bool",
             # strike_weapon_owner: in a strike noun's phrase, the adjective after its weapon
             # names the striker ("une frappe de drone israélienne", "un ataque con drones
             # israelíes"; roles._modifies_strike_weapon); owner_after_weapon implies it
             "strike_weapon_owner": "bool",
             # adversary_assets: military assets struck in a two-sided war with no owner named
             # are the adversary's (roles.adversary_target_group): the Ukrainian references read
             # them so, the other languages' leave the group null
             "adversary_assets": "bool",
             # host_state_assets: an armed group's strike on another state's soil (a Houthi
             # drone on a Saudi airport) hit that state's assets when no group is named as struck
             # (roles.host_state_target_group): the Arabic references read them so
             "host_state_assets": "bool",
             # adjectives_follow: an adjective stands after its noun (Arabic "8 طائرات مسيرة
             # أوكرانية": eight Ukrainian drones), so a side's adjective on a weapon follows it
             "adjectives_follow": "bool",
             # town_adjective_after: a country's adjective follows a town noun ("la ville
             # syrienne d'Ariha", "la localidad siria de Ariha"), never stands before it (an
             # adjective before the noun is the previous noun's: locate._town_adjective_countries)
             "town_adjective_after": "bool",
             # verb_second: a main clause may open with an adverbial phrase, its finite verb
             # next, its subject after it ("Am Montag bombardierte die russische Luftwaffe ...":
             # roles._fronted_phrase_subject)
             "verb_second": "bool",
             # genitive_striker: a side named in the genitive right after a strike noun, with no
             # preposition, is who struck ("удары российской авиации", "обстрелы ВСУ"; Russian
             # marks it by case, not by a linker word): triggers._genitive_striker
             "genitive_striker": "bool",
             # body_genitive_speaker: an official body with its side's name after it in the
             # genitive, no linker ("Министерство обороны Турции сообщило"), speaks as the
             # body does ("Пентагон сообщил"): roles._speaks. Only where the language marks the
             # genitive by case; in Spanish the side's adjective after the body ("Ministerio de
             # Defensa ruso") read so lowered held-out text (tests/test_extract_parity_es.py)
             "body_genitive_speaker": "bool",
             # body_adjective_speaker: an official body with its side's adjective right after
             # it, the rest of the body's name after that ("le ministère turc de la Défense a
             # indiqué", "l'armée turque a affirmé"), speaks for a passive report (roles._speaks);
             # measured on French copy, not read in Spanish (see body_genitive_speaker)
             "body_adjective_speaker": "bool",
             # seat_as_named_unit: a province's seat named bare ("в Идлибе") in a story that
             # names the province with its unit noun ("провинции Идлиб") is the province, no
             # town struck (locate._units_named_with_noun)
             "seat_as_named_unit": "bool"},
    "stopwords": {"words": "list"},
    # Grammar words the engine's rules are built from, read by grammar.py (never searched as
    # phrases): kind "words", a list of distinct non-empty words; an elided form keeps its
    # apostrophe ("l'"), a trailing "*" lets a word continue ("Provinz*"). Every key optional.
    "grammar": {
        "articles": "words",       # definite articles: the, la, l', der, el
        "indefinites": "words",    # a, un, ein: a number word that is an article counts nothing
        "article_numerals": "words",  # tr bir: the numeral one doubling as the article (counts.py)
        "coordinators": "words",   # and, et, y, ve, и, و: join the items of a list
        # "Кроме того", "Помимо этого": a sentence so opened adds to what the report told before
        # (counts._single_strike: a single strike there is one more strike on another target)
        "additive_openers": "words",
        # "в результате удара", "после удара": the strike noun named as a cause or a time, no
        # strike carried out (counts._opens_additively)
        "cause_preps": "words",
        "disjunctions": "words",   # or, oder: join alternatives ("verletzt oder getötet", triggers._coordinated_impact)
        "linkers": "words",        # of, de, del, von: join a head noun to the name it governs
        # principal, main: an adjective that may open an apposition to a place ("Raqa, principale
        # base de l'EI"): the noun after it says what the place is, not what was hit (targets.py)
        "apposition_adjectives": "words",
        # "que", "that": right after a strike noun, the relative word whose clause names the side
        # that carried the strike out ("dos ataques que Israel ha perpetrado"; roles._subject_of_noun_relative)
        "noun_relatives": "words",
        "prepositions": "words",   # against, sur, gegen: end the words between a number and its noun
        "abbreviations": "words",  # u.s, gen, mme: a period after them ends no sentence
        "month_abbreviations": "words",  # jan, févr, märz: no sentence end before a day's digits
        "unit_nouns": "words",     # province, oblast, محافظة: the first-level unit a name heads
        # tr toprak, toprağ: the stem of a noun for a country's land, in every case form ("Rus
        # topraklarına"): the side named before it is where the strike fell, not its striker
        "land_stems": "words",
        "area_nouns": "words",     # zone, countryside: an area named after a place, not the place
        "case_endings": "words",   # ru/uk noun endings cut to guess a declined place's nominative
        # uk ого, ому, им: of those, the endings of an adjective-shaped name ("біля Хмельницького"),
        # whose nominative takes one of the adjective_nominatives ("ий": "Хмельницький")
        "adjective_case_endings": "words",
        # нічної, ракетної: an adjective ending only a singular takes; a strike noun right after
        # it is singular even where its form is also the plural's ("нічної атаки": of the night
        # attack, not attacks; counts._single_strike)
        "singular_adjective_endings": "words",
        # ru ые, ых: the endings of a plural adjective; a strike qualifier without them,
        # coordinated before a count that shares its noun, is one strike ("нанесли
        # массированный и шесть групповых ударов": 7; counts._shared_noun_addend)
        "plural_adjective_endings": "words",
        "adjective_nominatives": "words",
        # uk ськ, цьк: the suffix that makes a town's adjective ("Рязанський НПЗ": the Ryazan
        # refinery); with one of the adjective endings above, before a target word, it names
        # the town struck (locate._adjectival_towns)
        "place_adjective_suffixes": "words",
        # uk район, громада; ru район, округ: a district or community named by its centre's
        # adjective ("у Ніжинському районі", "Хотинська, Шалигинська громади", "в Коломенском
        # районе"): the adjective names the town (locate._district_towns)
        "district_nouns": "words",
        # ru ск, цк: the suffix of a town's adjective before a district noun ("Коломенский")
        "district_adjective_suffixes": "words",
        "district_adjective_endings": "words",   # ... its endings in every case
        "district_centre_endings": "words",      # ... what the centre's name adds to the stem
        "district_stem_alternation": "words",    # uk и, і: "Хотинська" of Хотінь
        "fleeting_vowels": "words",              # ru е, о: "Коломенский" of Коломна
        "district_locating_words": "words",      # uk "що у": a district locating a place named before
        "name_particles": "words",  # common: al, el, ash: Arabic articles in transliterated names
        # ar ي, ية: the endings of a side's adjective (the nisba: "عراقي", "عراقية"); an actor
        # phrase that is such an adjective with its article ("*العراقية") also matches it
        # without the article ("طائرات عراقية": Iraqi aircraft), as an indefinite noun takes it
        "adjective_endings": "words",
        "ordinal_suffixes": "words",  # st, nd, er: after a day's digits ("3rd May", "1er mai")
        "credit_words": "words",   # Reporting, Reportage: a credit line "(Reporting by ...)"
        "photo_credits": "words",  # Photo: "Photo: ..." to the end of the line is a caption credit
        "clock_zones": "words",    # "{Name} time", "heure de {Name}": a clock, not a place
        "soft_stem_endings": "words",   # case endings after which a place's stem may take the soft sign ("Кандиле")
        "soft_stem_letters": "words",   # the stem's last letters that may: Кандил-е -> Кандиль
        "soft_sign": "words",           # the letter the soft stem takes: "ь"
        # uk ах, ях, ами: case endings of a plural; a place's stem before one may take the plural
        # nominative ("в Олешках", "по Липцях": Олешки, Липці)
        "plural_case_endings": "words",
        "plural_nominatives": "words",   # uk и, і
        "stem_nominatives": "words",     # uk о: a name in -о declined ("по Дніпру", "у Дніпрі": Дніпро)
        # uk ці>ка: an oblique ending with its consonant changed, and the nominative's ("по Охтирці": Охтирка)
        "oblique_alternations": "words",
        # uk о, е: the vowel of a stem's last syllable that the nominative's closed syllable
        # writes і ("Рогу", "Львова": Ріг, Львів)
        "closed_syllable_vowels": "words",
        # uk ій, ої: a two-word name's feminine adjective ("у Білій Церкві": Біла Церква)
        "leading_adjective_endings": "words",
        # uk ами, ою, ом: a weapon's word so ended is the means (platforms._instrumental_case)
        "means_endings": "words",
        "comitative_preps": "words",     # uk з, із, зі: "склад з ракетами", what a depot held
        # uk их, ому, ої: the oblique endings of an adjective inside a target preposition's
        # object ("по трьох крилатих ракетах": what was struck, platforms._modifiers_only)
        "object_modifier_endings": "words",
        # uk з>г, ц>к, с>х: a stem's last consonant as the dative and locative in -і change it
        # ("у Кривому Розі", "у Новому Бузі": Ріг, Буг)
        "locative_mutations": "words",
        # uk ок: a genitive plural with a fleeting vowel ("поблизу Кринок": Кринки)
        "fleeting_plural_genitives": "words",
        # ar مدعومة من, الموالية: "فصائل مدعومة من إيران", the word after names the group's
        # patron, no place struck (document._patron_zone)
        "patron_phrases": "words",
        "ban_words": "words",  # "(организация запрещена в России)": a banned group's footnote, no place struck
        "launched_participles": "words",  # "беспилотников, запущенных Россией": the agent after it launched them
        # ar أطلقها, أطلقته: a launch verb with the pronoun of the weapon before it, opening the
        # relative clause of an indefinite noun ("صاروخا باليستيا أطلقته جماعة الحوثي", a missile
        # the Houthi group launched): the side after it launched the weapon
        "resumptive_launch_verbs": "words",
        # the object pronouns a verb carries glued on (ar "شنه", "نفذتها": launched it): in a
        # relative clause after a strike noun, the verb so marked has the noun as its object
        # and the side after it as its subject; without one, the relative pronoun is the
        # subject and the side after the verb its object (roles._relative_subject_of_strike_noun)
        "object_pronoun_suffixes": "words",
        # ar التابع, التابعة: "belonging to" after the weapon or force that strikes ("شن سلاح الجو
        # التابع للجيش السوداني غارات": the air force of the Sudanese army): its owner strikes
        "affiliation_words": "words",
        # ar طائرة, طائرات: the head noun of a weapon phrase whose complement ("بدون طيار",
        # "مسيرة") comes after the side's adjective ("طائرات روسية بدون طيار", Russian drones):
        # the adjective between them owns the weapon (triggers._adjective_inside_weapon)
        "split_weapon_heads": "words",
        # ar و: "and" glued to each item of a list ("مناطق أوريول وبريانسك وكورسك"): a list of
        # launch areas read as one (locate._origin_list)
        "list_clitics": "words",
        # ти, тися: the endings of a verb's infinitive ("вдарити", "завдавати"): a strike verb so
        # ended is what someone prepares, plans, may or cannot do, no strike reported
        # (triggers._infinitive), unless an implicative verb before it says it was done
        "infinitive_endings": "words",
        # zu; an, ab, ein: the German zu-infinitive ("anzugreifen", "zu bombardieren"), what
        # someone announces, plans or threatens to do (triggers._zu_infinitive)
        "zu_particles": "words",
        # kuzey, güney: a direction noun after a state's genitive ("İsrail'in kuzeyindeki"): a
        # part of that state, a place (triggers._direction_of_state)
        "direction_stems": "words",
        # dığ, diğ, acağ: the active nominalised verb whose subject is in the genitive ("Hamas'ın
        # roket attığını"); a group in the genitive before any other strike word owns what was
        # hit (triggers._genitive_group_owner)
        "nominal_subject_stems": "words",
        # бы, би: the subjunctive particle beside a strike verb ("уничтожил бы весь рынок"):
        # what would have happened, no strike reported (triggers._subjunctive_strike)
        "subjunctive_particles": "words",
        "zu_prefixes": "words",
        "zu_attempt_nouns": "words",  # Versuch: "der Versuch, ... anzugreifen" (an attempt made, foiled)
        "implicative_verbs": "words",  # вдалося, зуміли: "вдалося знищити 10 дронів" did destroy them
        "past_infinitive_aux": "words",  # avoir, être: "a déclaré avoir frappé", a past infinitive, tells it done
        "water_nouns": "words",    # sea, море: "в Красном море", a capitalised name before it is a sea, not a place
        "water_nouns_before": "words",   # gulf of, golfe d': "golfe d'Aden", the capitalised name after it is water
        "compound_participles": "words",  # made, backed: "Iranian-made", a group's own assets
        # commander, commandant, comandante: a role noun in an apposition after a capitalised
        # name ("Ali Saleh, a Hezbollah commander") says the name is a person's, no place struck
        # (locate._person_named)
        "person_roles": "words",
        # regime, régimen, режим: a government noun whose owner is a capital ("le régime de
        # Damas", "Kiev yönetimi"): the capital names the state's government, no place struck
        # (locate._government_capital)
        "regime_nouns": "words",
        # has, hat, ha: an auxiliary between a capital and its claim verb ("Moscow has said"):
        # the capital speaks for its government (locate._government_capital)
        "claim_auxiliaries": "words",
        # warned, accuses, cree: a verb of a government's stance right after a capital opening
        # its clause ("Washington warned", "Moscú cree que"): the government (locate._government_capital)
        "stance_verbs": "words",
        "maker_participles": "words",  # made, built: "U.S.-made missiles", the maker of a weapon used
        "patron_participles": "words",  # backed: "Iranian-backed rebels", the group's patron, no side
        # with: a headline's bare participle, this preposition and a strike noun or weapon
        # ("Houthi depots pounded with airstrikes"): a reduced passive, the noun before it hit
        "instrument_passive_preps": "words",
        # ru контролируем*, подконтрольн*, поддерживаем*: a participle whose agent follows it
        # ("министерства, контролируемого ХАМАСом", "поддерживаемые Ираном хуситы"): the side
        # after it controls or backs what is named beside it; it struck nothing (roles._agent_of_other)
        "controller_participles": "words",
        # de fabrication, fabriqués en: before a side's name or adjective ("drones de fabrication
        # iranienne", "missiles fabriqués en Corée du Nord"), who made a weapon: no side of the clause
        "maker_prefixes": "words",
        # хранения, storage, stockage: "склад хранения ракет", "dépôt de stockage de drones": the
        # weapon a depot holds is what was hit, not the means (platforms._stored_in_target)
        "store_nouns": "words",
        # kullandığı, saklandığı: an active participle of using or sheltering whose subject is
        # the fighters before it ("teröristlerin kullandığı sığınaklar": shelters the terrorists
        # used): they say whose the target is, nobody says they were hit (targets._user_of_target)
        "user_participles": "words",
        # من طراز, of the type: brings in a weapon's type after its kind ("طائرة مسيرة أمريكية من
        # طراز إم كيو-9"); between a strike verb and the type it names no object (platforms.py)
        "type_words": "words",
        # ru по, против: a preposition that brings in what a strike hit; in a language with no
        # articles, a side named after the phrase it opens owns what was hit ("удары по
        # позициям ВСУ"), it is no genitive striker (triggers._owner_after_preposition)
        "target_prepositions": "words",
        # підприємство, enterprise: a generic name for any works that, bare in a later sentence,
        # names again the facility the event struck ("вразили НПЗ ... на території підприємства")
        "facility_anaphors": "words",
        # hava kuvvetleri, ordusu: a state's force named by its bare country name before it
        # ("Suriye hava kuvvetleri", "Mısır ordusu"), a noun compound of a head-final language:
        # that state's side (triggers._state_force_mentions)
        "state_force_nouns": "words",
        # valisi, büyükelçisi: "Rusya'nın Voronej Bölge Valisi": a state's genitive before an
        # official's title (a few names between) says whose official speaks, no side of the
        # sentence (triggers._official_of)
        "official_titles": "words",
        # larla, lerle, yla, yle: the instrumental as a suffix of the weapon's word
        # ("roketatarlarla": with rocket launchers): the kind so marked is the means, not a
        # target (platforms._suffixed_instrument)
        "instrumental_suffixes": "words",
        # rsa, rse, rsak: a verb's conditional ending in a verb-final language ("saldırırsa": if
        # it attacks): the strike word so ended is a condition, no report
        # (triggers._conditional_strike)
        "conditional_endings": "words",
        # terroristes, yihadistas: fighter words that are also adjectives standing after their
        # noun ("cibles «terroristes»", "groupes jihadistes", "actividades terroristas"): so
        # placed they qualify the noun, no fighters hit (targets._postposed_fighter_adjective)
        "fighter_adjectives": "words",
        # groupes, actividades: nouns no other lexicon group lists that such an adjective
        # follows (targets._postposed_fighter_adjective)
        "fighter_adjective_heads": "words",
        # aufgehalten, opérant, operando, действовавшим: a fighter word's verb or participle of
        # being or operating somewhere ("in dem sich Terroristen aufgehalten hätten", "des
        # terroristes opérant dans un centre"): they say where the target hit is, nobody says
        # they were hit (targets._present_in_target)
        "presence_verbs": "words",
        # used, servant, يستخدمها: a participle or verb of use after a building word that leads
        # to the kind of target it is ("buildings used by the group to store weapons", "un site
        # servant à fabriquer des bombes"): the building is that target (targets._used_as_typed)
        "use_words": "words",
        # manufacture, fabriquer, إنتاج: a noun or verb of making in a building word's use clause
        # ("buildings used by the group to manufacture drones"): the building is a factory;
        # grammar.store_nouns there make it a weapons depot (targets._use_kind)
        "make_words": "words",
        # sivil: a civilian adjective before a personnel word ("sivil unsurlara": civilian
        # elements): civilians, no fighters hit (targets._civilian_modified)
        "civilian_modifiers": "words",
        # hava, teknik: the word before a vehicle noun that makes it a craft or a means, no
        # vehicle on the ground ("hava araçları": aircraft; "teknik araçlarla": by technical
        # means) (targets._craft_modified)
        "craft_modifiers": "words",
        # ev, konut: a dwelling; named as damaged (cues.damage) it is civilian damage, no
        # building hit (targets._damaged_dwelling)
        "dwelling_nouns": "words",
        "launcher_participles": "words",  # launched, fired: "Russia-launched drones", who launched them
        # إحباط, أحبطت: "إحباط محاولة نظام كييف تنفيذ هجوم" (foiled an attempt to attack): the
        # attempt foiled is the launcher's intercepted strike, no attempt only (triggers._foiled_attempt)
        "foil_words": "words",
        # dirigée par, led by: "la coalition ..., dirigée par l'Arabie saoudite": the alliance's
        # leader, whose coalition it is (roles._short_forms)
        "leader_participles": "words",
        # soutenu par, respaldado por, المدعوم من: before a state's name, the group's patron
        # ("le Hezbollah, soutenu par l'Iran"), no place struck (locate.find_places)
        "patron_before": "words",
        # destekli, unterstützt*: after a state's name, the same ("İran destekli Hizbullah",
        # "der vom Iran unterstützten Hisbollah")
        "patron_after": "words",
        # них, которых: "из них 19 ... над Белгородской областью", the "of" of a part of what
        # was just counted, no launch area (locate._partitive)
        "partitive_pronouns": "words",
        # la destruction de, la perte de, the loss of: before the denying side's own weapon ("a
        # démenti la destruction d'un de ses missiles par l'EI"), the enemy's claim of a shoot-down
        # denied, not the strike (triggers._denies_own_weapon_loss)
        "own_loss_nouns": "words",
        # ses, son, its: the denying side's own weapon after a loss noun (same rule)
        "own_possessives": "words",
        # cette, este, primer: before a singular strike noun ("dans cette attaque de drone", "en
        # el primer ataque con dron del año"), the strike already told named again, no plural
        # overview of strikes whose number is not said (counts._restated_singular)
        "restating_determiners": "words",
        # operations, Einsätze, операции: the operation of a strike just reported, named again
        # as the subject of a sentence that says where it was (locate.restated_targets_located)
        "operation_nouns": "words",
        # behind, detrás, стоїть: "the army said Hezbollah was behind the rocket fire", "за
        # обстрілом стоїть Хезболла": the side the speaker names as behind a strike struck
        # (events._side_behind_strike)
        "behind_words": "words",
        # première, first: "la première frappe ... depuis le 19 janvier" dates an earlier strike,
        # no running total (events.build_events)
        "first_ordinals": "words",
        # record, le plus: "soit un record de frappes depuis le début de son intervention le 30
        # septembre" compares the figure with the days since; no running total (events.build_events)
        "record_words": "words",
        # since, after, après que, nachdem: a clause so opened tells what came before the
        # sentence's own predicate; after a report, a strike told only there is the happening
        # the report answers or dates (events._new_side_in_earlier_clause)
        "earlier_subordinators": "words",
        # ses, leurs: "tuant onze de ses combattants", a part of the group's fighters counted
        # after the kill verb (counts.bind_counts: the partitive between number and noun)
        "partitive_possessives": "words",
        # из: "один из ударов", "одного из ударов": the number picks some of the strikes (or
        # targets) named, it does not count them (counts.bind_counts)
        "partitive_preps": "words",
        # tr destekli, desteklediği: after a name and a space ("İran destekli Husiler", "İran'ın
        # desteklediği gruplar"), the name modifies the next noun: no side of the clause
        "name_modifiers": "words",
        "conjunction_clitics": "words",  # ar و ف: a conjunction glued before a name
        # ar: the verbs never read with a conjunction glued on (meta.clitic_verbs): a form that
        # is another word ("وحيد": sole), the imperfect ("وتشن منها هجمات": the habitual
        # background of a group's description)
        "clitic_verb_exceptions": "words",
        # ar جوي, جويا: the adjective "aerial" on a strike noun, which says the attack came by
        # air, not what flew (platforms._drone_instrument_of_air_attack)
        "air_adjectives": "words",
        "preposition_clitics": "words",  # ar ب ل ك: a preposition glued before a name
        "claim_noun_glue": "words",      # ar عن: "أعلن الجيش عن تنفيذ غارة" (triggers._claim_subject_noun)
        "locative_clitics": "words",     # ar ب: the glued "in" (a settlement noun after it names where)
        "article_prefixes": "words",     # ar ال: an article written as part of the word
        # ar ات ين ان: the sound plural's and the dual's endings; a strike noun with its glued
        # article and none of them is a definite singular (counts._prefixed_definite_singular)
        "plural_endings": "words",
        # ar في عن جراء: a preposition standing before a strike noun whose side's adjective
        # follows it ("قتلوا في غارة أمريكية", "تعرضت لقصف إسرائيلي"): the strike it reports
        "noun_governors": "words",
        # ar من عن بعد: a preposition before a form of an undergo light verb makes it a verbal
        # noun ("بعد ساعات من تعرض المنطقة لقصف": after the area came under fire), a background
        # phrase, not the sentence's predicate (triggers.analyse_sentence)
        "verbal_noun_preps": "words",
        # ar القوات البحرية: a force's noun right after the strike verb that opens a sentence,
        # its side's adjective after it, names the subject ("قصفت القوات الروسية ...": roles)
        "verb_first_forces": "words",
        # ar يوم صباح: a noun of a day or its part before a date ("يوم الأحد، قصفت ...", "صباح
        # الجمعة"): with the date, a time adverbial fronted before a verb-first clause (roles._fronted_time)
        "time_nouns": "words",
        "affiliation_prefixes": "words",  # pro, anti: "pro-Iranian", a compound that names no side
        # en strike: a strike noun that names what a weapon is for when the weapon's noun
        # follows it ("16 strike UAVs": drones counted, not strikes; counts._modifies_weapon)
        "weapon_modifiers": "words",
        # en groups, positions: a noun after a strike verb's -ing form that makes it an
        # adjective ("mobile firing groups", "firing positions"): no strike predicate
        "attributive_heads": "words",
        # en group, militia: a noun for an armed group after a patron's compound ("an
        # Iranian-backed militant group"): the patron is no side of the clause
        "group_heads": "words",
        # en attack, targeting: a word of attack whose agent, named right before it, is the
        # event's target group (its name, or a group noun with its possessive ending: "the
        # Houthis' ability to attack vessels", "the militia's attacks on ships"), or that names
        # what weapons are used for ("drones used in attacks on ships"): what it attacks was not
        # hit by the striker (targets._attacked_by_group)
        "attack_words": "words",
        # en northern, central: a direction before a country's possessive ("in northern Iraq's
        # Hakurk region"), read past to the place named after it (locate.locality_candidates)
        "direction_adjectives": "words",
        # en 's: "North Waziristan's tribal region", the owner's ending glued to a place's name
        # (locate.locality_candidates reads the name without it)
        "possessive_endings": "words",
        # es a: the marker of a person as object between a kill verb and its victims ("mató a
        # tres terroristas"), read past by counts.bind_numbers
        "object_markers": "words",
        # ar فيها, خلالها: a pronoun adverb ("in it", "during it") between a verb-first kill word
        # and its count ("قتل فيها 14 مسلحا": 14 fighters were killed in it), read past by
        # counts.bind_numbers
        "toll_adverbs": "words",
        # de Mitglieder: a noun of membership that counts fighters only when an armed group (a
        # coded actor or a group noun) follows it ("14 Mitglieder der Terrormiliz IS getötet"),
        # read by counts.bind_numbers; alone it also counts members who are no fighters
        "group_members": "words",
        # tr de, da: "also" written as a word between the victims and the kill verb ("6 terörist
        # de öldürüldü"), read past by counts._killed_after
        "focus_particles": "words",
        "start_nouns": "words",    # launch, début, начал: "since the start of", words that begin so
        # ihrer, seinen: "der syrischen Luftwaffe und ihrer russischen Verbündeten", a side
        # allied to the one before it by a possessive after "and": both struck
        "possessives": "words",
        # tr lı, li: a group's name with this ending after its apostrophe ("PKK'lı terörist",
        # "DEAŞ'lılar") names a member of the group: whose assets were hit, never the striker
        "member_suffixes": "words",
        # tr mensub*, üye*: a member noun right after an armed group's name ("bir Hizbullah
        # mensubu": a Hezbollah member) names someone hit, not the group striking
        "member_nouns": "words",
        # tr ya, ye, da, dan, ı: a case ending after a name's apostrophe ("Ukrayna'ya",
        # "Eş-Şebab'ı", "Komutanlığı'ndan") that makes it an object, a place or a source, never
        # the subject that struck (dative, accusative, locative, ablative; not the genitive)
        "oblique_suffixes": "words",
        # tr lere, lara: the same cases glued to a plural name without an apostrophe ("Husilere")
        "oblique_endings": "words",
        # tr ına, ine, 'ya: the dative of a medium's name ("SANA ajansına", "AA'ya"): whom a
        # source spoke to, never the one speaking (claimant._addressee)
        "addressee_endings": "words",
        # tr ın, nın, un: the genitive after a name's apostrophe, or glued to a force's noun
        # ("Rusya'nın", "İsrail savaş uçaklarının"): the subject of a nominalised verb
        # ("Rusya'nın ... saldırı düzenlediğini": that Russia attacked)
        "genitive_endings": "words",
        # tr yı, nı, ları: the accusative glued to a noun or after its apostrophe ("İHA'yı",
        # "insansız hava aracını", "füzeleri"): in a verb-final language the object of the verb
        # after it (triggers._downs_weapons: drones destroyed by an active verb)
        "accusative_endings": "words",
        # tr nı, yı: the accusative endings no possessive or plural shares ("sistemlerini"): the
        # noun is its verb's object; its owner named before it is what was hit
        # (roles._owner_of_object_before_verb)
        "object_endings": "words",
        # tr ile: a postposition after a weapon that makes it the means ("SİHA ile ... etkisiz hale
        # getirildi": with armed drones), though it also joins two nouns ("X ile Y"); a weapon before
        # it is no item of a list of objects destroyed (platforms._listed_before_impact)
        "instrument_postpositions": "words",
        # ru ыми, ими, ами: endings of the instrumental case, which names a passive's agent
        # before its verb with no preposition ("Израильскими ВВС были поражены 15 объектов":
        # by Israeli aircraft); roles.instrumental_agent
        "instrumental_endings": "words",
        # ru с, над, под: prepositions that take the instrumental ("над российскими регионами",
        # "совместно с сирийскими войсками"): after them the case names no agent
        "instrumental_preps": "words",
        # tr ıldı, nen: where the passive is a suffix, its endings inside the verb ("vuruldu",
        # "düzenlenen", "hedef alındığı"); a trigger whose last word holds one is passive
        "passive_endings": "words",
        # es se: the reflexive passive's pronoun right before a strike verb ("se atacaron
        # posiciones"): the strike is passive, what follows it was struck
        # (triggers._reflexive_passive)
        "reflexive_passive": "words",
        # tr bulun: verbs whose stem carries the passive's -n- in the dictionary form though
        # they are active in sense ("saldırıda bulundu": made an attack); a trigger whose last
        # word opens with one is not passive (roles._is_passive)
        "active_n_stems": "words",
        # tr lan, len, nan, nen, ran, ren: the endings of a passive participle that qualifies
        # the noun after it ("düzenlenen hava harekâtlarında", "yapılan saldırıda"); such a
        # participle opening a passive sentence names the operation, not the predicate
        # (triggers._attributive_head_of_passive)
        "attributive_passive_endings": "words",
        # tr an, en: the endings of any participle that qualifies the noun after it, active or
        # passive ("Ukrayna'yı hedef alan 11 Rus seyir füzesinden", "düzenlenen hava
        # harekâtlarında"): before a later strike verb it heads no clause (roles.predicate_head)
        "attributive_participle_endings": "words",
        # tr kent, köy, bölge: the stems of locality nouns that name a place written after its
        # name ("Eilat kentine", "Belgorod bölgesindeki"; roles._owned_place_after)
        "place_noun_stems": "words",
        # es ha, han, habían: the perfect's auxiliary before a participle ("14 milicianos han
        # muerto"): a kill participle after it states the fighters' deaths (counts._killed_after)
        "perfect_aux": "words",
        # de der, des: the genitive article that, right after a strike noun, opens its striker
        # with no linker ("bei einem Luftangriff der nigerianischen Luftwaffe"; roles.
        # _genitive_of_strike_noun)
        "genitive_articles": "words",
        # es tarde, noche: the noun of a part of the day, between "since" and its day ("desde la
        # tarde de ayer": since yesterday afternoon, a period's start; dates._since_days)
        "day_part_nouns": "words",
        # tr lerince, ınca: the agentive case ending ("hava savunma sistemlerince": by the air
        # defences): the word names who acted, not a target
        "agentive_endings": "words",
        # tr tarafından: the postposition after a passive's agent ("İsrail savaş uçakları
        # tarafından vuruldu": struck by Israeli jets)
        "agent_postpositions": "words",
        # de te, ten, ene: endings of an attributive participle ("das von der Hamas kontrollierte
        # Gebiet"): the "von" phrase before it is that participle's agent, not a strike's;
        # tr ılan, ilen: "Rusya tarafından ilhak edilen Kırım", likewise before "tarafından"
        "participle_endings": "words",
        # de e, en, er; es ado, ido: the endings of an attribute a negation may qualify inside a
        # noun phrase ("eines nicht identifizierten Typs", "de tipo no identificado": no denial;
        # platforms.predicate_negations)
        "negated_attribute_endings": "words",
        # de setzte, setzten: the finite stem of a separable launch verb, a launch only with its
        # particle (launch_particles: ein) closing the clause ("setzte 40 Drohnen ... ein";
        # triggers._separable_particle_missing)
        "separable_launch_verbs": "words",
        "launch_particles": "words",
        # de ung, heit, keit, schaft: the endings only a common noun has; where every noun is
        # capitalised, an unknown word with one ("bei Beratungen") names no place
        # (locate._plausible_name)
        "noun_suffixes": "words",
        # de von, vom: the agent intro of an attributive participle ("der vom Iran unterstützten
        # Huthi", "die von Saudi-Arabien angeführte Koalition"): the state it names backs or leads
        # the group; it is neither where strikes fell nor whose assets were hit
        "attribute_agent_intros": "words",
        # de unterstützt, finanziert, kontrolliert: of those participles, the ones that back, arm
        # or control the group after them; the state before them names no side of the clause (not
        # "angeführte Koalition": the leader strikes with it; not "gestartete Drohnen": the launcher)
        "backing_participles": "words",
        # es empresa, compañía: a side's adjective right after one of these nouns ("una empresa
        # estadounidense") gives a civilian's nationality, not a side of the clause
        "civilian_heads": "words",
    },
    "triggers": {
        "strike_verbs": "list",      # a verb that on its own reports a strike (struck, frappé)
        "impact_verbs": "list",      # hit/destroy verbs: a strike only with a strike noun or platform
        "light_verbs": "list",       # carried out, conducted, mené: a strike only with a strike noun
        # optional: light verbs whose subject underwent the strike ("подверглись ударам",
        # "стали целью авиаудара", "came under fire"): the sentence is passive, its striker
        # named by the strike noun's genitive or adjective
        "passive_lights": "list",
        "strike_nouns": "list",      # airstrike, raid, frappe
        # optional: "وقف إطلاق النار" (ceasefire): a truce named by a firing word; the strike,
        # light or impact words inside it report no strike (triggers.analyse_sentence)
        "truce_phrases": "list",
        # optional: "30 von Russland gestartete Drohnen": a launch participle before the weapon,
        # its agent ("von Russland") named before it; that side launched the weapons
        # (triggers.analyse_sentence)
        "launched_participles": "list",
        # optional: "Der Angriff galt einem Depot": a verb that, with a strike noun, says what the
        # strike just reported was aimed at; a follow-up of that report, never one of its own
        # (events.build_events)
        "aim_verbs": "list",
        "death_verbs": "list",       # optional: died, murieron: a strike beside a strike noun, its subject the victim
        # optional: caused, provocó, вызвала: a verb of consequence whose subject is a strike
        # noun ("A Ukrainian drone attack on a refinery caused a fire"): the strike happened
        # (triggers._consequence_of_strike_noun)
        "consequence_verbs": "list",
        "instrument_preps": "list",  # optional: "struck X with Iskander missiles": the weapon used, not hit
        # optional: "from the air", "aus der Luft", "с воздуха": where the strike came from, an
        # airstrike's means only when the sentence names no typed weapon ("from the air with drones")
        "air_adverbs": "list",
        # optional: "took part", "were used", "eingesetzt": a later sentence naming the types used
        "use_verbs": "list",
        # optional: launch verbs ("gestartet", "eingesetzt"): a strike only with a drone,
        # missile or artillery weapon in the sentence ("Russland habe 85 Drohnen eingesetzt"),
        # not with aircraft, which take off ("die Flugzeuge seien 6600 Mal gestartet")
        "launch_verbs": "list",
        # optional: "durchgeführt", "carried out", "menée", "проведена": a light verb whose passive
        # subject is a strike noun says the strike was performed; a state's body reporting it so
        # ("the armed forces said an air operation was carried out in northern Iraq") reports its
        # own strike (roles._performed_by_speaker)
        "performed_verbs": "list",
        # optional, languages without articles: "took place", "проводилась", "произошла": a
        # strike noun opening a sentence with one of these names the strike just reported again
        # (events._strike_noun_opens); with articles, the definite article says so
        "occurred_verbs": "list",
    },
    "operations": {"airstrike": "list", "drone_strike": "list", "missile_strike": "list",
                   "artillery": "list"},
    "counts": {"sorties": "list", "strikes": "list", "targets": "list", "killed": "list",
               "combatants": "list",
               # optional: a noun of the dead that a count stands before, and the preposition
               # that says among whom they were ("12 morts parmi les combattants", "12 muertos
               # entre los milicianos", "12 قتيلا في صفوف المسلحين"): the fighters killed
               # (counts._bind_dead_among)
               "toll_nouns": "list",
               "dead_among": "list",
               # optional: a target noun that names what was launched, not what was hit
               # ("44 повітряні об'єкти", "aerial targets"): no count of targets
               "aerial_objects": "list",
               # optional: "times" after a number ("struck 182 times", "à trois reprises",
               # "أغار مرتين"): with a strike predicate in its clause, a count of strikes
               "times": "list",
               # optional: words that open a list of what was hit, in the sentence after a
               # report ("Among them", "Darunter", "Среди них"): its kinds of target join the event
               "target_lists": "list",
               # optional: the generic infrastructure noun ("infrastructure", "altyapı",
               # "інфраструктура"), a building word of target_types: an armed group's is a
               # building (CONVENTIONS: military infrastructure), anyone else's (a state's
               # power, roads, "civilian infrastructure") is infrastructure
               "infrastructure_nouns": "list",
               # optional: words that make that noun military ("військовій інфраструктурі",
               # "infrastructures terroristes"): a building whoever owns it
               "military_modifiers": "list",
               # optional: generic facility nouns that are targets when a number counts them
               # ("seven military facilities", "sept installations militaires"; CONVENTIONS
               # lists facilities among the generic target nouns) and a building otherwise
               "counted_facilities": "list"},
    "numbers": {"words": "intmap", "approx_before": "list", "approx_words": "list",
                "joiners": "list",
                "approx_after": "list",  # optional: a bound after the number ("50'den fazla", "10 or more")
                "approx_after_noun": "list",  # optional: a bound after the counted noun ("20 غارة على الأقل")
                # optional, spelling only (the form is the meaning: singular vs plural):
                "one_article": "list",   # indefinite articles: "an airstrike" states one strike
                "one_strike": "list",    # strike nouns in the singular ("airstrike", "удар", "غارة")
                "not_one": "list",       # "a massive strike", "another raid": no count of one
                # optional: a strike's type as an adjective coordinated before a count that shares its
                # noun ("3 ракетних та 47 авіаційних ударів": 3 + 47; counts._shared_noun_addend)
                "typed_qualifiers": "list",
                "clitics": "list",       # prefixes glued to a number word (Arabic و, ب)
                "dual_endings": "list",  # a noun in the dual states two ("موقعين": two sites)
                # fighters in the singular ("killed a commander", "قتلت قائد"): one killed
                "one_combatant": "list",
                # strikes told as more than those before ("two other airstrikes", "vier weitere
                # Luftangriffe"): added to the count already given
                "more_strikes": "list",
                # optional: adverbs that are a number of times in one word ("twice", "zweimal",
                # "дважды"): with a strike predicate in their clause, they count the strikes
                "times_adverbs": "intmap",
                # optional: words that mark a count as a total ("in total", "insgesamt", "всего"):
                # such a count restates or extends the others, it is never added to them
                "total_words": "list"},
    "actors": {"*": "map"},
    # Optional keys (military_names, passive_aux, accident, attempt) were added later; a
    # lexicon without them still loads, and the rules they feed simply do not fire.
    "actor_roles": {"forces_nouns": "list", "target_intro": "list", "agent_intro": "list",
                    # optional: the preposition that names who fired a strike noun ("обстрел со
                    # стороны ВСУ", "قصف من قبل قوات"), a few force words before the side's name
                    "noun_agent_intro": "list",
                    "military_names": "list",   # names that are a military body (IDF, Pentagon)
                    # optional: the plain force nouns that open a subject ("las fuerzas de la
                    # coalición", "les forces de la coalition"): the side after their "of" is
                    # the force's, not whose assets were hit (roles._force_subject_before)
                    "subject_forces": "list",
                    # optional: the enemy or occupier named in the nominative ("Окупанти вдарили по
                    # Сумах", "Ворог атакував Харків"): the subject right before the strike verb is
                    # a force (not a force noun elsewhere: "уразили окупантів" is what was hit)
                    "force_subjects": "list",
                    "passive_aux": "list",      # been, was, were: "X was struck" makes X the target
                    "partner_intro": "list",    # "in coordination with the coalition": a partner, not the striker
                    "target_outro": "list",     # optional: after the group, "PKK'ya ait" (belonging to): whose targets
                    # optional: auxiliaries that make a clause-final participle passive from
                    # anywhere before it in its clause, or right after it (German "wurden in
                    # der Nacht ... angegriffen", "angegriffen worden"); its agent ("von der
                    # Luftwaffe") then stands before the participle
                    "bracket_aux": "list",
                    # optional: nouns that name an armed group without naming which ("die
                    # Miliz", "the rebels"): the group named last before them, a few sentences
                    # back at most, is meant ("Ein Sprecher der Huthis teilte mit, die Rebellen
                    # hätten ... angegriffen")
                    "group_nouns": "list",
                    # ar قال, وقالت: where listed, a bare group noun refers back to the group only
                    # as the subject right after one of these claim verbs ("وقال الحزب إنه ...")
                    "group_noun_verbs": "list",
                    # optional: "ein von der HTS kontrolliertes Lager": a participle after an
                    # agent phrase that makes its agent the owner of the noun after it (whose
                    # asset was hit), not a striker
                    "owner_participles": "list",
                    # optional: a participle of use or possession between a kind of target and
                    # the group that owns it, the kind first ("caves used by the PKK", "abris
                    # utilisés par le PKK", "пещеры, которые использовала РПК"), or the group
                    # first (owner_links_before: "PKK'nın kullandığı mağaralar"): whose assets
                    # were hit (events._owner_link, triggers._owner_link_before)
                    "owner_links": "list", "owner_links_before": "list",
                    # optional: a participle that attributes a strike noun or weapon to a side,
                    # named after it ("a drone strike attributed to Turkey", "un ataque
                    # atribuido a Israel", "удар беспилотника, приписываемого Турции"), or
                    # before the noun (attribution_links_before: "ein der Türkei
                    # zugeschriebener Angriff", "Türkiye'ye atfedilen saldırı"): the side
                    # struck (triggers._attributed_strikers)
                    "attribution_links": "list", "attribution_links_before": "list",
                    # optional: bodies of armed force that take their state's name beside
                    # them (states.py): the name after them, in the genitive or after a
                    # linker (state_links: "of", "de la"; "ВВС Нигерии", "la aviación de
                    # Pakistán"), or before them (state_links_before: Turkish "ait",
                    # "Mısır'a ait savaş uçakları"); state_name_endings: a genitive ending
                    # glued to the name ("die Luftwaffe Somalias")
                    "state_bodies": "list", "state_links": "list", "state_links_before": "list",
                    "state_name_endings": "list",
                    # optional: a state's ministry of defence, read with the state's name after
                    # a linker only where the name is already a side ("el Ministerio de Defensa
                    # de Rusia"): it speaks more than it strikes (states.state_mentions)
                    "state_ministries": "list"},
    "claims": {"verbs": "list", "official_sources": "list", "other_sources": "list",
               # optional: "that", "que", "dass": what follows a claim verb is what was claimed
               "complementizers": "list",
               # optional: a state's own media ("state television", "Staatsfernsehen"): with the
               # state named beside them they speak for that state's government
               "state_media": "list",
               # optional: words saying no claim was made ("declined to comment", "açıklama
               # yapılmadı"): a claim verb or source among them claims nothing
               "no_claim": "list",
               # optional: claim words that attribute inside a clause without opening a
               # reported one ("nach eigenen Angaben", "laut", "according to"): after "X hat
               # nach eigenen Angaben Y angegriffen" Y is still the object, not a new subject
               "attributions": "list",
               # optional: "об этом", "this": a sentence that only attributes the report before it
               # ("Об этом в среду сообщили в министерстве"): its day is the claim's
               "anaphora": "list",
               # optional: monitors ("Syrian Observatory", "SOHR"): a monitor quoted as the
               # source of one side's strike in a document reports the other sides' strikes
               # it names too, when nobody else claims them
               "monitors": "list",
               # optional: a state's local officials ("governor", "mayor"): quoted on a strike
               # that fell in their state, they speak for that state, not as another source
               "state_officials": "list",
               # optional: a state's civil bodies ("government", "Regierung", "правительство"):
               # speaking of a strike another side's event told, they are the side it hit
               # reporting it, no striker (events._side_reports_told_strike)
               "civil_bodies": "list"},
    "platforms": {"*": "map"},
    # Named campaigns: code -> names ("Chammal" -> FRA). A strike report with no actor named
    # is the campaign's, and a campaign's own boilerplate marks an official release.
    "campaigns": {"*": "map"},
    # code -> the codes of its adversary: "the enemy" in a side's report is the other side.
    "adversaries": {"*": "map"},
    # Country adjectives by ISO alpha-2 ("irakien" -> IQ): with a territory noun of
    # places.territory_nouns beside them ("le nord-est irakien", "Israeli territory") they
    # name the country where strikes fell. Optional.
    "place_adjectives": {"*": "map"},
    # Facilities named with a name ("аэропорт Бен-Гурион", "Ben Gurion Airport", "l'aéroport
    # Ramon"), by the English word a location's name then ends in ("Airport", "Air Base",
    # "Port"): a place struck below admin1. Optional.
    "facility_nouns": {"*": "map"},
    "target_types": {"*": "map"},
    "places": {"struck_preps": "list", "origin_preps": "list", "distance_units": "list",
               "locality_nouns": "list", "shootdown_verbs": "list",
               "locality_preps": "list",    # optional: "near the village of" + a name the gazetteer lacks
               # optional: "over" a place, in a sentence that shoots weapons down: where they fell
               # from the sky, not a place struck ("3 مسيرات فوق مقاطعة كورسك")
               "airspace_preps": "list",
               # optional, head-final languages: "over" after the places it governs ("Bryansk ve
               # Kursk bölgeleri üzerinde"): as airspace_preps, for the list of names before it
               "airspace_posts": "list",
               "direction_preps": "list",   # optional: "from the Golan towards Damascus": where it went
               # optional: "towards" alone, no "on"/"against" ("une salve de roquettes vers Sdérot",
               # "un misil lanzado hacia Najran"): the place a weapon was aimed at is a place the text
               # says was targeted (CONVENTIONS), a locality as well as its unit
               "aim_preps": "list",
               # optional: the linkers after a kind of target that bring in the town it stands in
               # ("l'aérodrome de Morozovsk", "die Raffinerie von Sysran": locate.FACILITY_TOWN)
               "facility_town_linkers": "list",
               "reference_preps": "list",   # optional: "targets south of Damascus": a reference point, not struck
               # optional: before a country that borders the place struck ("à la frontière avec
               # le Niger", "la province de Hakkari, frontalière de l'Irak"): a neighbour, not struck
               "neighbour_preps": "list",
               # optional: a direction noun that reads "north of" or "northern" (Arabic "شمال حلب"):
               # the name after it is no struck locality, but its province and country stand
               "reference_nouns": "list",
               # optional, head-final languages: a locality noun after its name ("Metina
               # bölgesine", "Kfar Kila köyünde"): the names before it, a list too, are localities
               "postposed_nouns": "list",
               # optional: a place noun glued to the name before it by a hyphen ("Hakurk-Region",
               # "Gara-Gebirge"): a name the gazetteer knows by that spelling is a place struck
               "compound_heads": "list",
               # optional, head-final languages: a noun after a town's name that makes it the
               # town ("Hudeyde kentine") or names a facility by it ("Hudeyde Limanı", "Saratov
               # Petrol Rafinerisi"): a town the gazetteer knows right before it is a place
               # struck (an unknown name is no place)
               "town_heads": "list",
               # optional, scripts without capitals: a settlement noun without its article that
               # governs a place's name ("في قرية حفسرجة"), and the words that end such a name
               # (locate._caseless_unknown_names): a name the gazetteer lacks is read, romanised
               "name_nouns": "list",
               "name_breaks": "list",
               "name_places": "list",
               # optional: a locative case ending after an apostrophe ("Sincar'da"): "in X"
               "locative_suffixes": "list",
               # optional: the dative and accusative endings after an apostrophe ("Serakib'e",
               # "Tel Rıfat'ı"): the place a strike word right after them was aimed at
               "object_suffixes": "list",
               # optional: the postposition that aims a strike at the dative before it
               # ("Odessa'ya yönelik saldırı": the attack on Odesa)
               "object_aims": "list",
               # optional: the accusative endings alone ("Harkiv'i vurdu"): a province's seat
               # so marked right before a strike verb is the town struck
               "accusative_suffixes": "list",
               # optional: the prepositions "in" that end a list of units weapons were downed
               # over ("над Белгородской областью, а в Курской области"): a place of its own
               "over_list_breaks": "list",
               # optional: an ablative ending after an apostrophe ("Gazze'den"): "from X", an origin
               "origin_suffixes": "list",
               # optional: a head-final launch phrase after the place it names ("Diyarbakır'daki
               # üsten kalkan": taking off from the base in X): that place is a launch area
               "origin_after": "list",
               # optional: "ريف دمشق", "Hama countryside": the province around a city, not the city
               "countryside_nouns": "list",
               # optional: "in" and "in the district / region / province of" between a place and
               # the next place's name ("بلدة X في قضاء صور", "X بمحافظة النبطية"): the second
               # place contains the first, its unit stands, it is no second place struck
               # (locate._drop_containers)
               "container_preps": "list",
               # optional: a time phrase between a strike verb and its bare object ("atacaron el
               # viernes Nikopol"): its parts of the day (a weekday or month also opens one) and
               # the small words it may hold
               "object_day_parts": "list",
               "object_time_fillers": "list",
               # optional: the instrumental endings of the means named between a strike verb and
               # its bare object ("атакував дроном Білопілля", "вдарили ракетами Одесу")
               "object_means_endings": "list",
               # optional: nominative adjective endings; a capitalised word with one after a strike
               # verb is a town's adjective ("атаковали Рязанский НПЗ"), not the verb's object
               "adjective_endings": "list",
               # optional: words saying a weapon or its debris came down on a place ("debris fell",
               # "crashed into", "уламки", "se estrelló"): a unit named after them, in a sentence after
               # the report, was hit, even beside a shoot-down verb ("debris of a downed drone fell
               # on a house in the X region")
               "fall_words": "list",
               # optional: nouns of a settlement ("city", "села", "Ortschaft"): after a place
               # preposition, "[the] [adjectives] <noun> [of]" introduces a locality's name
               "settlement_nouns": "list",
               # optional: words that open a list of places after a settlement noun ("in several
               # areas of southern Lebanon, including Blida, Yaroun and Khiam", "dans plusieurs
               # villages, dont Aitaroun"): the names after them are localities
               # (locate.locality_candidates, LIST_OPENER_WORDS)
               "list_openers": "list",
               # optional: the settlement nouns after which a name stands in apposition, in the
               # nominative whatever its ending ("в селе Малиновое", "у хутора Церковный"), as
               # against nouns that govern the genitive ("в районе Краматорска")
               "apposition_nouns": "list",
               # optional: territory, soil, the north ...: with a country adjective, a country
               "territory_nouns": "list",
               # optional: a compass part fused into a country's adjective, one word ("nordirakisch",
               # "westukrainisch"): the adjective names that part of the country, a place, as a
               # territory noun beside it does (locate._compass_adjective_countries)
               "compass_prefixes": "list",
               # optional: "dans le sud de", "на юге": a part of a town by its direction, the town
               # itself struck; a country or a unit after one is no town ("dans le sud-ouest de
               # Saada": the province), and no place struck of its own (not in struck_preps)
               "part_preps": "list",
               # optional: the noun "country" itself ("dans le nord du pays", "на севере страны"):
               # after a part of it, the country named just before is where strikes fell
               "country_nouns": "list",
               # optional: a town, city or village noun that a country's adjective may stand beside
               # ("the Syrian town of Ariha", "la ville syrienne d'Ariha", "сирийскому городу
               # Ариха"): the phrase names the country of the town (locate._town_adjective_countries)
               "country_town_nouns": "list",
               # optional: where the wounded were taken ("hospital", "больница") and the verbs that
               # take them there ("taken to", "доставлены"): a place after such a noun is the care's,
               # not a place struck (locate._care_place)
               "care_nouns": "list",
               "care_transfers": "list"},
    "cues": {"negation": "list", "denial": "list", "threat": "list", "historical": "list",
             "generic": "list", "interception": "list", "non_military": "list",
             "enemy": "list",
             "accident": "list",      # crash, accident: a death or loss that is no strike
             "attempt": "list",       # trying to, wanted to: a strike not reported as done
             # optional: thwarted, foiled, "пресечена": with drones, missiles or a strike noun and
             # a side named, the side's attack stopped in flight, an intercepted strike report
             # (an attempt cue beside it does not make it undone: triggers._thwarted_attempt)
             "thwarted": "list",
             # optional: by mistake, friendly fire: a strike on one's own side, not a claim
             "mistake": "list",
             # optional: was damaged, suffered damage: what a strike damaged in passing ("evler
             # hasar gördü": houses were damaged); a dwelling so named is no target hit
             "damage": "list",
             # optional: "as a reminder", "as reported earlier" opening a sentence: what it tells
             # is background (an earlier report), unless it names the report's own night or day
             "recall": "list",
             # optional: "au-dessus de", "dans son ciel": where weapons were destroyed in flight;
             # an interception cue only with drones or missiles named and no aircraft ("40
             # sorties au-dessus de l'Irak" is a flight, not an interception)
             "overflight": "list",
             # optional: accused of: the accuser and the accused named after the verb are neither
             # striker nor target of a reported strike (an accusation is no report, CONVENTIONS)
             "accusation": "list",
             # optional: "reports that", "claims of", "iddialar": a strike told as something others
             # allege; in a story that denies a strike it is the accusation answered, no report
             "allegation": "list",
             # optional: civilians, civilian casualties: named within a few words of a denial
             # after the strike report, the denial answers a charge of harm to them, not the
             # strike ("struck positions ..., denying that civilians were hit")
             "denied_harm": "list",
             # optional: verbs of rejecting ("rejected", "wies ... zurück", "отверг") and the
             # charges they reject ("accusation", "Vorwurf", "обвинения"): together, within a
             # few words, a denial (triggers._rejects_charge); either alone is none
             "rejection": "list", "charges": "list",
             # optional: "font suite à", "surviennent ... après": the report, restated by a strike
             # noun before the link ("Ces frappes font suite aux tirs lancés par X"), follows an
             # earlier happening told after it; with "sequel_links" for a verb that links only with
             # one of them after it ("surviennent trois jours après que ...")
             "sequel": "list", "sequel_links": "list",
             # optional: a demonstrative opening the sentence as the report restated ("This came
             # after ...", "Dies geschah zwei Tage, nachdem ..."), in the place of a strike noun
             "sequel_subjects": "list"},
    "dates": {"months": "intmap", "weekdays": "intmap", "today": "list", "yesterday": "list",
              "overnight": "list", "past_hours": "list", "past_days": "list", "since": "list",
              "day_period": "list", "weekend": "list", "night_range": "list",
              "night_before": "list",   # optional: "in der Nacht zum Dienstag": the night ending that day
              "running_total": "list",
              "since_after": "list",    # optional: a postposition after its day ("5 Mayıs'tan bu yana")
              # optional: a participle telling how a place came to be held or a group to be
              # ("annexed", "occupied", "founded"): a year beside it dates that, not a strike
              "state_participles": "list",
              "day_part": "list",       # optional: "at dawn", "вечером": the named day's part, else today's
              # optional: a word between a day and its month ("14 من أغسطس": the 14th of August)
              "day_month_linkers": "list",
              # optional: the month of publication named without its name, after a day ("في الـ11
              # من الشهر الجاري": on the 11th of this month); the month it names is the publication's
              "this_month": "list",
              # optional: a day of the month written as an ordinal word before its month ("في
              # العاشر من مايو": on the tenth of May), with its number
              "day_words": "intmap",
              # optional: what a strike answered ("in response to", "в ответ на"; Turkish "karşılık"
              # after its clause): a date in that clause is the earlier event's
              "reaction": "list", "reaction_after": "list",
              "range_joiners": "list",  # optional: "3 to 5 May", "du 3 au 5 mai", "с 3 по 5 мая"
              # optional: "over the past week", "за прошедшую неделю": a period of seven days
              # ending on the announcement day ("last week", a time within it, is not one)
              "past_week": "list",
              # optional, head-final languages: a statement phrase written after its day
              # ("çarşamba günü yaptığı açıklamada"): that day is the statement's, and the day
              # after the phrase belongs to what it says
              "statement_after": "list",
              # optional: "the day before yesterday", "avant-hier", "позавчера": two days back
              "two_days_ago": "list",
              # optional: "after midnight", "منتصف الليل": a part of the night, the night before the
              # announcement unless the sentence names the day ("shortly after midnight on Friday")
              "night_part": "list",
              # optional, head-final languages: "salıya bağlayan gece", the night ending on the
              # day written before it
              "night_before_after": "list",
              # optional: the order of a numeric date written with slashes, "dmy" (05/07/2024
              # is 5 July) or "mdy"; dotted dates are day first, ISO dates year first
              "numeric_order": "str",
              # optional: a word marking a weekday as past, before it ("last Tuesday", "el pasado
              # viernes", "в прошлый вторник") or after it ("mardi dernier", "الثلاثاء الماضي"):
              # an earlier happening's day beside the report's own
              "earlier_before": "list", "earlier_after": "list",
              # optional: a separable claim verb's particle closing its clause ("teilte das
              # Ministerium am Dienstag mit."): the day right before it is the claim's
              "claim_particles": "list",
              # optional: "the previous day", "la veille", "накануне": the day before the claim's
              # day when the text names it, else the day before the announcement
              "day_before": "list",
              # optional: "{n} days ago", "il y a {n} jours", "{n} дня назад": one day, that many
              # days before the announcement
              "days_ago": "list",
              # optional: a two-day period written without a number (the Arabic dual "اليومين
              # الماضيين"): the two days ending on the announcement day
              "past_two_days": "list",
              "comparison": "list",     # optional: "than on Monday", "par rapport à lundi": another day's figure
              # optional, head-final languages: a comparison cue after the day compared with
              # ("pazar gününe göre": compared with Sunday)
              "comparison_after": "list",
              # optional: "a week ago", "il y a une semaine", "неделю назад": the day seven days
              # before the announcement (an earlier happening's beside the report's own time)
              "week_ago": "list",
              # optional: "since the start of the week", "с начала недели": a period from the
              # Monday of the announcement's week to the announcement day
              "week_start": "list",
              # optional: a period before the report's own ("last year", "le mois dernier", "в
              # прошлом году", "geçen yıl"): a later strike sentence dated so tells an earlier
              # happening (extractors/events.py: historical)
              "past_period": "list",
              # optional: a month named alone, in the case the language puts it in ("в январе",
              # "у січні"), beside the months' own forms: read by ``dates.month_only``
              "month_alone": "intmap",
              # optional: months are written with a capital ("in March"; "march" is a verb)
              "month_alone_capitalised": "bool"},
    # Words that open a clause of their own (extractors/clauses.py); all optional, matched
    # by spelling (they are grammar). Roles, numbers and places bind within a clause first.
    "clauses": {"relative": "list",        # which, qui, который: a clause that modifies a noun
                "subordinators": "list",   # after, because, nachdem, когда: an adverbial clause
                "coordinators": "list",    # but, mais, но: a new predicate with its own subject
                "after_comma": "list",     # only after a comma: German der/die/das, Spanish que
                "closing_suffixes": "list",  # head-final: a word ending so closes a side clause (-ken, -arak)
                # optional: longer endings that only look like one (Turkish agentive "-lerince",
                # "sistemlerince": by the systems, a noun, not the converb "-ince")
                "not_closing": "list",
                # optional, of the closing suffixes: a manner converb whose clause shares the
                # main clause's subject (Turkish "-arak": "üç hava saldırısı düzenleyerek 15
                # militanı öldürdü"); its numbers count the actor's doing (counts._background)
                "same_subject_suffixes": "list",
                "verb_proclitics": "list"},  # و/ف glued to a verb: a new clause starts there
}

# Groups of content words (strike verbs and nouns, weapons, forces, sources, target types)
# match by form too. Grammar groups (intros, auxiliaries, cues of tense and mood, dates,
# numbers, stopwords) match by spelling only: there the form is the meaning ("wird" is a
# threat, "wurde" a report; "der" is not "die").
FORM_GROUPS = ("triggers.", "operations.", "counts.", "actors", "actor_roles.forces_nouns", "actor_roles.subject_forces",
               "actor_roles.military_names", "actor_roles.state_bodies", "actor_roles.state_ministries", "claims.verbs", "claims.official_sources",
               "claims.other_sources", "claims.state_media", "claims.no_claim", "claims.attributions", "platforms", "campaigns", "target_types",
               "places.locality_nouns", "places.shootdown_verbs", "places.settlement_nouns",
               "places.apposition_nouns", "facility_nouns", "places.country_town_nouns", "places.care_nouns",
               "places.care_transfers")
# Word classes of the content groups. A lemma does not know its class ("strikes" the noun
# and "strikes" the verb share one), so a word the lexicon lists by spelling in a group of
# one class never matches a group of the other class by form.
VERB_GROUPS = ("triggers.strike_verbs", "triggers.impact_verbs", "triggers.light_verbs", "triggers.launch_verbs",
               "triggers.death_verbs", "claims.verbs", "places.shootdown_verbs", "counts.killed",
               "places.care_transfers")
NOUN_GROUPS = ("triggers.strike_nouns", "operations.airstrike", "operations.drone_strike",
               "operations.missile_strike", "operations.artillery", "counts.sorties",
               "counts.strikes", "counts.targets", "counts.combatants", "counts.times",
               "counts.counted_facilities", "actor_roles.forces_nouns", "actor_roles.subject_forces",
               "actor_roles.state_bodies", "actor_roles.state_ministries", "target_types", "places.settlement_nouns", "places.apposition_nouns",
               "places.country_town_nouns", "places.care_nouns")


def _plain(phrase: str) -> bool:
    """A phrase that also matches by form: no wildcard, no case rule, no number slot."""
    body = phrase.strip()
    return not (body.startswith("=") or "*" in body or "{n}" in body)


# Sections whose keys are free (codes, type names); their values are still checked.
FREE_SECTIONS = {name for name, keys in SCHEMA.items() if "*" in keys}


def phrase_regex(phrase: str) -> str:
    """One lexicon phrase -> a regex fragment (without the case flag)."""
    text = phrase.strip()
    if text.startswith("="):
        text = text[1:]
    head = tail = ""
    if text.startswith("*"):
        head, text = r"\w*", text[1:]
    if text.endswith("*"):
        tail, text = r"\w*", text[:-1]
    parts = []
    for piece in re.split(r"(\{n\}|\s+)", text):
        if not piece:
            continue
        if piece == "{n}":
            parts.append(r"(?P<n" + str(next(_SLOT_IDS)) + ">" + NUMBER_SLOT + ")")
        elif piece.isspace():
            parts.append(r"\s+")
        else:
            # both apostrophes match either (one pass: the class must not be rewritten again)
            parts.append(re.sub("['’]", "['’]", re.escape(piece)))
    body = "".join(parts)
    left = r"(?<![\w-])" if not head else ""
    # an elided word ends at its apostrophe and the next word follows at once ("n'a", "qu'il",
    # "dans la région d'Idleb"): the apostrophe itself is the phrase's right edge
    right = r"(?![\w])" if not tail and not re.search("['’]$", text) else ""
    return left + head + body + tail + right


_SLOT_IDS = itertools.count()


def slot_value(match: re.Match) -> str | None:
    """The text a ``{n}`` slot captured in a match of a compiled group."""
    for name, value in match.groupdict().items():
        if name.startswith("n") and value is not None:
            return value
    return None


# A digit number or a short run of words; the number stage decides what it is worth.
NUMBER_SLOT = r"\d[\d\s.,]*\d|\d|[^\W\d]+(?:[\s-][^\W\d]+)?"


def alternation(name: str, phrases: list[str], source: str) -> str:
    """The regex of a named group of phrases (compiled on first use, by ``_Compiled``);
    refuse an empty group (it would match nothing or, worse, everything)."""
    if not phrases:
        raise LexiconError(f"{source}: group '{name}' is empty")
    sensitive = [p for p in phrases if p.strip().startswith("=")]
    insensitive = [p for p in phrases if not p.strip().startswith("=")]
    alts = []
    # Longest phrases first so "US-led coalition" wins over "US".
    if insensitive:
        alts.append("(?i:" + "|".join(phrase_regex(p) for p in
                                        sorted(insensitive, key=len, reverse=True)) + ")")
    if sensitive:
        alts.append("(?:" + "|".join(phrase_regex(p) for p in
                                      sorted(sensitive, key=len, reverse=True)) + ")")
    firsts = set()
    for p in phrases:
        body = p.strip().lstrip("=")
        if body.startswith("*") or body.startswith("{n}"):
            firsts = None
            break
        firsts |= {body[:1].lower(), body[:1].upper()}
    guard = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""
    return guard + "(?:" + "|".join(alts) + ")"


class _Compiled(dict):
    """Group name -> its alternation, compiled on first look-up. A lexicon has hundreds of
    groups and compiling them all costs about a second of CPU in every process that loads
    the lexicons, while a document reaches few of them by regex: list groups are matched by
    their ``_LongestMatcher``, which compiles only the phrases it tries."""

    __slots__ = ()

    def __getitem__(self, key: str) -> re.Pattern:
        value = dict.__getitem__(self, key)
        if value.__class__ is str:
            value = re.compile(value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: str, default=None):
        return self[key] if dict.__contains__(self, key) else default

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]


@dataclass
class Lexicon:
    lang: str
    path: Path
    raw: dict
    patterns: dict[str, re.Pattern] = field(default_factory=_Compiled)
    intmaps: dict[str, dict[str, int]] = field(default_factory=dict)
    combined: dict[str, "_LongestMatcher"] = field(default_factory=dict)   # coded section -> matcher
    fast: dict = field(default_factory=dict)      # list group -> _LongestMatcher (same answers, faster)
    # group or coded section -> its plain phrases [(phrase, code)], matched by form too
    form_entries: dict = field(default_factory=dict)
    _form_index: dict = field(default_factory=dict)
    _derived: dict = field(default_factory=dict)

    def derived(self, name: str, build):
        """What a stage builds from this lexicon (a compiled pattern), built once per
        lexicon: ``lex.derived("dates.patterns", lambda: ...)``."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]

    def has(self, key: str) -> bool:
        return key in self.patterns

    @property
    def grammar_words(self) -> frozenset:
        """The language's stopwords, folded: inside a phrase they match by spelling only."""
        words = self.__dict__.get("_grammar_words")
        if words is None:
            words = frozenset(forms.fold(w, self.lang) for w in self.raw.get("stopwords", {}).get("words", []))
            self.__dict__["_grammar_words"] = words
        return words

    def pat(self, key: str) -> "_GroupPattern | None":
        """The group as a pattern (match/search/finditer) that also matches by form."""
        p = self.patterns.get(key)
        return None if p is None else _GroupPattern(self, key)

    def for_document(self, text: str) -> "DocumentLexicon":
        """This lexicon with the caches of one document (its tokens, folded text, and every
        group's matches), dropped with the document."""
        return DocumentLexicon(self, text)

    def search(self, key: str, text: str, pos: int = 0, endpos: int | None = None, memo: dict | None = None):
        return next(self.finditer(key, text, pos, endpos, memo), None)

    def _surface_iter(self, key: str, text: str, pos: int, endpos: int, memo: dict | None = None):
        fast = self.fast.get(key)
        if fast is not None:
            return fast.finditer(text, pos, endpos, memo)
        p = self.patterns.get(key)
        if p is None:
            return iter(())
        return p.finditer(text, pos, endpos)

    def finditer(self, key: str, text: str, pos: int = 0, endpos: int | None = None, memo: dict | None = None):
        """Matches of a group by spelling and by form. ``memo``: the caches of the document
        ``text`` is (``DocumentLexicon`` passes them); without it nothing is kept."""
        end = len(text) if endpos is None else endpos
        by_form = self.form_hits(key, text, pos, end, memo) if self.form_entries.get(key) else None
        fast = self.fast.get(key)   # _surface_iter, inline: this runs hundreds of times a document
        if fast is not None:
            surface = fast.finditer(text, pos, end, memo)
        else:
            p = self.patterns.get(key)
            surface = iter(()) if p is None else p.finditer(text, pos, end)
        if not by_form:
            return surface
        return iter(_merge(list(surface), [_Hit(a, b, c, text) for a, b, c in by_form]))

    def form_hits(self, key: str, text: str, pos: int = 0, endpos: int | None = None,
                  memo: dict | None = None) -> list[tuple]:
        """(start, end, code) of the group's plain phrases matched by form between pos and endpos."""
        entries = self.form_entries.get(key)
        if not entries:
            return []
        memo = {} if memo is None else memo
        slot = memo.setdefault("form_hits", {})
        hits = slot.get(key)
        if hits is None:
            every = slot.get(None)
            if every is None:   # every group's matches in one pass over the tokens
                index = self._form_index.get(None)
                if index is None:
                    index = self._form_index[None] = forms.FormIndex(self.form_entries, self.lang,
                                                                     self.grammar_words)
                tokens = memo.get("tokens")
                if tokens is None:
                    tokens = memo["tokens"] = forms.tokenize(text, self.lang)
                every = slot[None] = index.hits(text, tokens)
            hits = every[key]
            other = NOUN_GROUPS if key in VERB_GROUPS else VERB_GROUPS if key in NOUN_GROUPS else ()
            if hits and other:
                taken = slot.get(other)
                if taken is None:
                    taken = slot[other] = self._spelled(other, text, memo)
                hits = [h for h in hits if not _overlaps(taken, h[0], h[1])]
            slot[key] = hits
        end = len(text) if endpos is None else endpos
        if pos == 0 and end >= len(text):
            return hits
        return [h for h in hits[bisect_left(hits, (pos, -1)):] if h[1] <= end and h[0] < end] \
            if hits else []

    def _spelled(self, groups: tuple, text: str, memo: dict | None = None) -> list[tuple[int, int]]:
        """Sorted spans the groups match by spelling alone."""
        spans = []
        for g in groups:
            if g in self.patterns:
                spans += [m.span() for m in self._surface_iter(g, text, 0, len(text), memo)]
            elif g in self.combined:
                spans += [m.span() for m in self.combined[g].finditer(text, 0, len(text), memo)]
        return sorted(spans)

    def find_coded(self, section: str, text: str, pos: int = 0, endpos: int | None = None,
                   memo: dict | None = None):
        """All (start, end, code) of a map section in text, longest match first, no overlap."""
        p = self.combined.get(section)
        if p is None:
            return []
        end = len(text) if endpos is None else endpos
        memo = {} if memo is None else memo
        cache = memo.setdefault("coded", {})
        hits = cache.get(section)
        if hits is None:
            hits = [(m.start(), m.end(), m.code) for m in p.finditer(text, 0, len(text), memo)]
            by_form = self.form_hits(section, text, 0, None, memo)
            if by_form:
                hits = [(h.start(), h.end(), h.code) for h in
                        _merge([_Hit(*h) for h in hits], [_Hit(*h) for h in by_form])]
            cache[section] = hits
        if not hits or (pos == 0 and end >= len(text)):
            return list(hits)
        out = []
        for h in hits[bisect_left(hits, (pos, -1, "")):]:
            if h[0] >= end:
                break
            if h[1] <= end:
                out.append(h)
        return out


def validate(raw: dict, source: str) -> None:
    if not isinstance(raw, dict):
        raise LexiconError(f"{source}: not a table")
    for section, body in raw.items():
        if section not in SCHEMA:
            raise LexiconError(f"{source}: unknown section '{section}'")
        if not isinstance(body, dict):
            raise LexiconError(f"{source}: '{section}' must be a table")
        allowed = SCHEMA[section]
        for key, value in body.items():
            where = f"{source}: '{section}.{key}'"
            kind = allowed.get(key) or allowed.get("*")
            if kind is None:
                raise LexiconError(f"{where}: unknown key (allowed: {', '.join(sorted(allowed))})")
            if kind == "str":
                if not isinstance(value, str) or not value.strip():
                    raise LexiconError(f"{where}: must be a non-empty string")
            elif kind == "bool":
                if not isinstance(value, bool):
                    raise LexiconError(f"{where}: must be true or false")
            elif kind in ("list", "map"):
                if not isinstance(value, list) or not value:
                    raise LexiconError(f"{where}: empty group (a list of phrases is required)")
                for item in value:
                    if not isinstance(item, str) or not item.strip("=* "):
                        raise LexiconError(f"{where}: every phrase must be a non-empty string")
            elif kind == "words":
                if not isinstance(value, list) or not value:
                    raise LexiconError(f"{where}: empty group (a list of words is required)")
                seen = set()
                for item in value:
                    if not isinstance(item, str) or not item.strip("*' "):
                        raise LexiconError(f"{where}: every word must be a non-empty string")
                    if item != item.strip():
                        raise LexiconError(f"{where}: '{item}' has spaces around it")
                    low = item.lower().replace("’", "'")
                    if low in seen:
                        raise LexiconError(f"{where}: '{item}' is listed twice")
                    seen.add(low)
            elif kind == "intmap":
                if not isinstance(value, dict) or not value:
                    raise LexiconError(f"{where}: empty group (a table word = number is required)")
                for word, num in value.items():
                    if not isinstance(num, int) or isinstance(num, bool):
                        raise LexiconError(f"{where}.{word}: must be an integer")
    meta = raw.get("meta", {})
    if "lang" not in meta:
        raise LexiconError(f"{source}: 'meta.lang' is required")
    if meta.get("lang") != "common" and not raw.get("stopwords", {}).get("words"):
        raise LexiconError(f"{source}: 'stopwords.words' is required (language detection)")


def _with_indefinite_adjectives(raw: dict) -> dict[str, list[str]]:
    """The actors section, each side's adjective written with its article ("*العراقية") also
    without it ("عراقية"): grammar.article_prefixes and grammar.adjective_endings."""
    grammar_words = raw.get("grammar", {})
    articles, endings = grammar_words.get("article_prefixes", []), grammar_words.get("adjective_endings", [])
    actors = raw["actors"]
    if not articles or not endings:
        return actors
    out = {}
    for code, phrases in actors.items():
        extra = []
        for p in phrases:
            body = p.lstrip("*")
            if not p.startswith("*") or " " in body or body.endswith("*"):
                continue
            for art in articles:
                stem = body[len(art):]
                if body.startswith(art) and any(stem.endswith(e) for e in endings) and \
                        len(stem) > max(len(e) for e in endings) + 1 and stem not in phrases and stem not in extra:
                    extra.append(stem)
        out[code] = list(phrases) + extra
    return out


# The verb groups a conjunction clitic may be glued to (meta.clitic_verbs); the verbs of use
# too ("واستخدمت القوات الروسية صاروخين": and the forces used two missiles, a later sentence
# naming the types the strike used: platforms._detail_sentences).
CLITIC_VERB_GROUPS = ("triggers.strike_verbs", "triggers.light_verbs", "triggers.impact_verbs",
                      "triggers.consequence_verbs", "triggers.use_verbs")


def _with_verb_clitics(raw: dict) -> dict:
    """The lexicon with the verb groups (CLITIC_VERB_GROUPS, meta.clitic_verbs) also written with
    each conjunction clitic glued on ("شن" -> "وشن", "فشن"; "وجهت" -> "ووجهت"): Arabic glues
    و/ف to the verb that opens a clause, and a short verb has no stem to share with its clitic
    form. A phrase that is itself a clitic form of another in its group ("وشنت") and the
    words in grammar.clitic_verb_exceptions are left out."""
    g = raw.get("grammar", {})
    clitics = g.get("conjunction_clitics", [])
    if not raw.get("meta", {}).get("clitic_verbs") or not clitics:
        return raw
    skip = set(g.get("clitic_verb_exceptions", []))
    out = {sec: dict(body) if isinstance(body, dict) else body for sec, body in raw.items()}
    for name in CLITIC_VERB_GROUPS:
        sec, _, key = name.partition(".")
        phrases = out.get(sec, {}).get(key)
        if not isinstance(phrases, list):
            continue
        have = set(phrases)
        extra = []
        for p in phrases:
            mark = "=" if p.startswith("=") else ""
            body = p[len(mark):]
            if body.startswith("*") or any(body.startswith(c) and mark + body[len(c):] in have for c in clitics):
                continue
            for c in clitics:
                v = mark + c + body
                if v not in have and body.split()[0] not in skip:
                    have.add(v)
                    extra.append(v)
        out[sec][key] = phrases + extra
    return out


def compile_lexicon(raw: dict, path: Path) -> Lexicon:
    source = path.name
    validate(raw, source)
    raw = _with_verb_clitics(raw)
    lex = Lexicon(lang=raw["meta"]["lang"], path=path, raw=raw)
    for section, body in raw.items():
        if section in ("meta",):
            continue
        for key, value in body.items():
            kind = SCHEMA[section].get(key) or SCHEMA[section].get("*")
            name = f"{section}.{key}"
            if kind in ("list", "map") and name.startswith(FORM_GROUPS) and raw["meta"].get("forms", True):
                plain = [p for p in value if _plain(p)]
                if plain:
                    target = name if kind == "list" else section
                    lex.form_entries.setdefault(target, []).extend(
                        (p, None if kind == "list" else key) for p in plain)
            if kind == "list":
                lex.patterns[name] = alternation(name, value, source)
                fast = list_matcher(value) if ahocorasick is not None else None
                if fast is not None:
                    lex.fast[name] = fast
            elif kind == "map":
                if not value:   # (the section's _LongestMatcher matches its phrases)
                    raise LexiconError(f"{source}: group '{name}' is empty")
            elif kind == "intmap":
                lex.intmaps[name] = {k.lower(): v for k, v in value.items()}
    # number words with a clitic glued on ("وتسع" and nine, "بثلاث" with three) are number words
    clitics = raw.get("numbers", {}).get("clitics", [])
    if clitics and "numbers.words" in lex.intmaps:
        words = lex.intmaps["numbers.words"]
        for c in clitics:
            for w, v in list(words.items()):
                words.setdefault(c.lower() + w, v)
    # One matcher per coded section (actors, platforms, target types): leftmost-longest.
    for section in FREE_SECTIONS:
        if raw.get(section):
            body = _with_indefinite_adjectives(raw) if section == "actors" else raw[section]
            lex.combined[section] = _LongestMatcher(body)
    matchers = [m for m in (*lex.fast.values(), *lex.combined.values()) if m.automaton is not None]
    if matchers:
        _FirstWords(matchers)
    return lex


class _LongestMatcher:
    """Leftmost-longest matching over the phrases of every code of a section.

    Same answers as one alternation of every phrase (longest phrase first, tried at each
    position in turn), but fast: an Aho-Corasick automaton over each phrase's first word
    proposes the positions, and only the phrases starting with that word are tried there.
    Phrases whose first word cannot be a literal (``{n}``) are tried everywhere.
    """

    def __init__(self, raw: dict[str, list[str]] | None = None, ordered: list[tuple[int, str, str]] | None = None):
        entries = ordered
        if entries is None:
            entries = []
            for code, phrases in (raw or {}).items():
                for p in phrases:
                    entries.append((len(p.strip("=* ")), code, p))
            entries.sort(key=lambda e: -e[0])
        # (code, regex, leading *); the regex is (source, flags) until first tried
        # (`_first_phrase_match` compiles it): most phrases are never tried in a process
        self.phrases: list[tuple[str, re.Pattern | tuple[str, int], bool]] = []
        self.sources: list[tuple[str, int]] = []
        self.bodies: list[str] = []
        self._alternations: dict[tuple[int, ...], tuple | bool] = {}   # phrases tried at one place -> one regex
        self.anywhere: list[int] = []
        automaton = ahocorasick.Automaton() if ahocorasick is not None else None
        keys: dict[str, list[int]] = {}
        for i, (_, code, p) in enumerate(entries):
            body = p.strip()
            flags = 0 if body.startswith("=") else re.IGNORECASE
            body = body.lstrip("=")
            lead = body.startswith("*")
            self.sources.append((phrase_regex(p), flags))
            self.phrases.append((code, self.sources[-1], lead))
            self.bodies.append(body.strip("*").strip())   # what the phrase must match (never empty)
            first = re.split(r"\s+", body.strip("*"))[0]
            key = _fold_key(first)
            if automaton is None or not key or "{n}" in first or not (key[0].isalnum() or key[0] in _QUOTES):
                self.anywhere.append(i)
            else:
                keys.setdefault(key, []).append(i)
        self.automaton = None
        # first word -> (its length, the phrases starting with it, whether one of them may
        # start inside a word: "*..."; the others only start where their regex's (?<![\w-])
        # allows); shared with the lexicon's `_FirstWords` index
        self.keys: dict[str, tuple[int, tuple[int, ...], bool]] = {}
        self.shared: "_FirstWords | None" = None   # set by compile_lexicon
        if automaton is not None and keys:
            for key, idx in keys.items():
                self.keys[key] = (len(key), tuple(idx), any(self.phrases[i][2] for i in idx))
                automaton.add_word(key, self.keys[key])
            automaton.make_automaton()
            self.automaton = automaton
        self.pattern = bool(self.phrases)
        # a phrase whose regex may end in whitespace ("word *"): its match's end is not
        # fixed by the characters before it (DocumentLexicon._window reads none such)
        self.ends_in_space = any(src.endswith((r"\s+", r"\s+\w*", r"\s+(?![\w])", r"\s+\w*(?![\w])"))
                                 for src, _ in self.sources)

    def finditer(self, text: str, pos: int, endpos: int, memo: dict | None = None):
        if not self.phrases:
            return iter(())
        low = memo.get("folded") if memo is not None else None
        if low is None:
            low = _fold_key(text)
            if memo is not None:
                memo["folded"] = low
        if len(text) <= SHORT_TEXT_CHARS:
            # a window cut from a sentence ("the 30 characters before the verb"): its own
            # automaton over a few words costs less than every matcher's first words
            return self._finditer(text, pos, endpos, None, low)
        if memo is not None and pos == 0 and endpos >= len(text):
            # the whole document: the same matches whoever asks (a group's look-ups, the spans
            # a form match must not overlap, a coded section), found once a document
            whole = memo.get("whole_scans")
            if whole is None:
                whole = memo["whole_scans"] = {}
            hits = whole.get(self)
            if hits is None:
                hits = whole[self] = tuple(self._whole_scan(text, endpos, memo, low))
            return iter(hits)
        if self.automaton is not None and self.shared is not None and memo is not None and not self.anywhere:
            # the common case, without a generator around the scan's own
            return self._scan_first_words(text, pos, endpos, self._first_words(text, low, memo))
        return self._finditer(text, pos, endpos, memo, low)

    def _whole_scan(self, text: str, endpos: int, memo: dict, low: str):
        if self.automaton is not None and self.shared is not None and not self.anywhere:
            return self._scan_first_words(text, 0, endpos, self._first_words(text, low, memo))
        return self._finditer(text, 0, endpos, memo, low)

    def _finditer(self, text: str, pos: int, endpos: int, memo: dict | None, low: str):
        if self.automaton is not None and self.shared is not None and memo is not None:
            # the document's first words, found once for every matcher of the lexicon: the
            # ones wholly between pos and endpos are what self.automaton.iter(low, pos, endpos)
            # would give, the mid-word ones already dropped
            starts: dict[int, set[int]] = {}
            sts, groups = self._first_words(text, low, memo)
            for k in range(bisect_left(sts, pos), len(sts)):
                if sts[k] >= endpos:
                    break
                g = groups[k]
                for end_i, idx in (g[3] if len(g) > 3 else (g[1:],)):
                    if end_i < endpos:
                        starts.setdefault(sts[k], set()).update(idx)
        elif self.automaton is not None:
            starts = {}
            for end_i, (n, idx, inside) in self.automaton.iter(low, pos, endpos):
                st = end_i - n + 1
                if not inside and st > 0 and _WORD_BEFORE.match(text, st - 1):
                    continue  # mid-word: no phrase here can match ("a" in "aaaa…" is no word)
                starts.setdefault(st, set()).update(idx)
        else:
            starts = {}
        anywhere = self.anywhere
        last_end = pos
        positions = sorted(starts)
        if anywhere:
            positions = range(pos, endpos)
        for st in positions:
            if st < last_end:
                continue
            cands = sorted(starts.get(st, set()) | set(anywhere)) if anywhere else sorted(starts[st])
            hit = _first_phrase_match(self.phrases, cands, text, st, pos, endpos)
            if hit is not None:
                yield hit
                last_end = hit.end()

    def _alternation(self, cands: tuple[int, ...]) -> tuple[re.Pattern, str] | bool:
        """The candidate phrases as one alternation, tried in the same order; the first one
        that matches is the match, as in the loop of ``_scan_first_words`` when no phrase can
        match empty, all share one code and none starts inside a word (whose start depends on
        the scan's window). False when the loop must stay."""
        parts = []
        for i in cands:
            code, _, lead = self.phrases[i]
            if lead or code != self.phrases[cands[0]][0] or not self.bodies[i]:
                return False
            source, flags = self.sources[i]
            parts.append(("(?i:" if flags & re.IGNORECASE else "(?:") + source + ")")
        return re.compile("|".join(parts)), self.phrases[cands[0]][0]

    def _first_words(self, text: str, low: str, memo: dict) -> tuple[list[int], list[tuple]]:
        """Where this matcher's phrases may start in the text of ``memo``: the sorted start
        offsets, and for each (the start, the end of its longest first word, the phrases
        starting there sorted[, each first word found there as (its end index, its phrases)
        when more than one is]). Once a document."""
        cache = memo.get("first_word_starts")
        if cache is None:
            cache = memo["first_word_starts"] = {}
        found = cache.get(self)
        if found is None:
            found_at = self.shared.starts(text, low, memo).get(self) or []
            sts: list[int] = [f[0] for f in found_at]
            if len(set(sts)) == len(sts):   # one first word at each place: most documents
                # (start, end index, phrases) as found: no merging, no copy
                found = cache[self] = (sts, found_at)
                return found
            found = cache[self] = _group_first_words(found_at)
        return found

    def _scan_first_words(self, text: str, pos: int, endpos: int, first_words: tuple):
        """The scan of ``finditer`` for a matcher whose phrases all start with a literal word:
        the same positions and phrases in the same order, read from the document's first
        words instead of an automaton pass and a dict of sets per call."""
        sts, groups = first_words
        phrases = self.phrases
        last_end = pos
        for k in range(bisect_left(sts, pos), len(sts)):
            st = sts[k]
            if st >= endpos:
                break
            if st < last_end:
                continue
            g = groups[k]
            longest, cands = g[1], g[2]
            if longest >= endpos:   # a first word runs past endpos: only the ones before it
                inside: set[int] = set()
                for end_i, idx in (g[3] if len(g) > 3 else ((longest, cands),)):
                    if end_i < endpos:
                        inside.update(idx)
                if not inside:
                    continue
                cands = tuple(sorted(inside))
            if len(cands) > 1:
                alt = self._alternations.get(cands)
                if alt is None:
                    alt = self._alternations[cands] = self._alternation(cands)
                if alt:   # the phrases tried in turn, in one regex
                    rx, code = alt
                    m = rx.match(text, st, endpos)
                    if m:
                        yield _Hit(m.start(), m.end(), code)
                        last_end = m.end()
                    continue
            else:
                # one phrase starting at st, and from st itself (no "*" lead): what
                # _first_phrase_match does for it, without its call (most places tried)
                i = cands[0]
                code, rx, lead = phrases[i]
                if not lead:
                    if rx.__class__ is tuple:   # (source, flags): compiled the first time it is tried
                        rx = re.compile(*rx)
                        phrases[i] = (code, rx, lead)
                    m = rx.match(text, st, endpos)
                    if m:
                        a, b = m.span()
                        if b > a:
                            yield _Hit(a, b, code)
                            last_end = b
                    continue
            hit = _first_phrase_match(phrases, cands, text, st, pos, endpos)
            if hit is not None:
                yield hit
                last_end = hit.end()


def _first_phrase_match(phrases, cands, text: str, st: int, pos: int, endpos: int):
    """The first of the candidate phrases (in order) that matches a non-empty span at ``st``;
    a phrase whose ``lead`` flag is set may start inside the word ``st`` is in, so it is tried
    from that word's start (not before ``pos``)."""
    for i in cands:
        code, rx, lead = phrases[i]
        if rx.__class__ is tuple:   # (source, flags): compiled the first time it is tried
            rx = re.compile(*rx)
            phrases[i] = (code, rx, lead)
        at = st
        if lead:
            while at > pos and (text[at - 1].isalnum() or text[at - 1] == "_"):
                at -= 1
        m = rx.match(text, at, endpos)
        if m and m.end() > m.start():
            return _Hit(m.start(), m.end(), code)
    return None


class _FirstWords:
    """The first words of every matcher of a lexicon in one Aho-Corasick automaton, so that a
    document's text is scanned once, not once per group: ``starts`` gives each matcher the
    (start, end index, phrases) its own automaton would find in the whole text, less the
    mid-word places its regexes refuse. Kept in the document's caches (``memo``)."""

    def __init__(self, matchers: list["_LongestMatcher"]):
        keys: dict[str, list] = {}
        for m in matchers:
            for key, (_, idx, inside) in m.keys.items():
                keys.setdefault(key, []).append((m, idx, inside))
        self.automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            self.automaton.add_word(key, (len(key), tuple(entries), any(e[2] for e in entries)))
        self.automaton.make_automaton()
        for m in matchers:
            m.shared = self

    def starts(self, text: str, low: str, memo: dict) -> dict:
        by_matcher = memo.get("first_words")
        if by_matcher is None:
            # (a defaultdict: a matcher's list made on its first word without a look-up
            # per word; handed on as a plain dict, whose get() and [] add nothing)
            found_by = defaultdict(list)
            for end_i, (n, entries, any_inside) in self.automaton.iter(low):
                st = end_i - n + 1
                # mid-word: the character before is one of [\w-] (what _WORD_BEFORE matches:
                # a regex's \w is str.isalnum() or "_"), only the phrases that may be
                if st > 0 and ((c := text[st - 1]).isalnum() or c == "_" or c == "-"):
                    if not any_inside:
                        continue
                    for m, idx, inside in entries:
                        if inside:
                            found_by[m].append((st, end_i, idx))
                    continue
                for m, idx, _ in entries:
                    found_by[m].append((st, end_i, idx))
            for found in found_by.values():
                found.sort()
            by_matcher = memo["first_words"] = dict(found_by)
        return by_matcher


def list_matcher(phrases: list[str]) -> "_LongestMatcher | None":
    """The fast matcher of a list group, in the order its alternation tries phrases
    (case-insensitive ones longest first, then case-sensitive ones); None when a phrase
    holds a number slot, whose value only the regex can give back."""
    if any("{n}" in p for p in phrases):
        return None
    ins = sorted((p for p in phrases if not p.strip().startswith("=")), key=len, reverse=True)
    sen = sorted((p for p in phrases if p.strip().startswith("=")), key=len, reverse=True)
    matcher = _LongestMatcher(ordered=[(0, "", p) for p in ins + sen])
    # a phrase that may start anywhere ("*-Ziele", "-") would make it try every position
    # of the text: the regex alternation is faster there
    return None if matcher.anywhere else matcher


# A text this short (a window of a few words before or after a word, cut out of a sentence)
# is scanned by the matcher's own automaton: finding the first words of every matcher of the
# lexicon in it, as a document's text is, costs more than it saves.
SHORT_TEXT_CHARS = 80

_WORD_BEFORE = re.compile(r"[\w-]")   # what phrase_regex's left edge (?<![\w-]) refuses


# A phrase may start with an opening quotation mark ('«Лютий»', '"شاهد"': a name that is
# also a common word, read only when quoted). The mark is literal in the phrase's regex
# and in the folded text, so it can key the automaton like a first word; a phrase whose
# first word starts with anything else that is no letter or digit is tried everywhere.
_QUOTES = frozenset('"«“„‹‘\'')


def _fold_key(text: str) -> str:
    """Lower case with the same length as the input (offsets stay valid), one apostrophe."""
    return forms.fold(text, keep_length=True)


class _Hit:
    __slots__ = ("_start", "_end", "code", "_text")

    def __init__(self, start, end, code, text=None):
        self._start, self._end, self.code, self._text = start, end, code, text

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return self._start, self._end

    def group(self, *_):
        return None if self._text is None else self._text[self._start:self._end]

    def groupdict(self):
        return {}


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    i = bisect_left(spans, (a, -1))
    return any(x < b and a < y for x, y in spans[max(0, i - 8):i + 8])


def _merge(a: list, b: list) -> list:
    """Two lists of matches as one: leftmost first, the longer of two at one place, no overlap."""
    both = sorted(a + b, key=lambda m: (m.start(), -m.end()))
    out = []
    last = -1
    for m in both:
        if m.start() >= last and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out


class _GroupPattern:
    """A lexicon group used like a compiled pattern (``match``, ``search``, ``finditer``),
    matching by spelling and by form."""

    __slots__ = ("lex", "key")

    def __init__(self, lex: "Lexicon", key: str):
        self.lex, self.key = lex, key

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.lex.finditer(self.key, text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.lex.search(self.key, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        lex = self.lex
        if endpos is None and lex.__class__ is DocumentLexicon:
            # bound to a document: the same (group, place) is asked again and again (each
            # count field walks the same words after a number), so the answer is kept in the
            # caches of the text, dropped with the document
            memo = lex.memo_for(text)
            cache = memo.get("group_match")
            if cache is None:
                cache = memo["group_match"] = {}
            k = (self.key, pos)
            if k in cache:
                return cache[k]
            m = cache[k] = self._match(text, pos, len(text))
            return m
        return self._match(text, pos, len(text) if endpos is None else endpos)

    def _match(self, text: str, pos: int, end: int):
        m = self.lex.patterns[self.key].match(text, pos, end)
        best = (m.end() - m.start()) if m else -1
        for a, b, code in self.lex.form_hits(self.key, text, pos, end):
            if a != pos:
                break
            if b - a > best:
                return _Hit(a, b, code, text)
        return m


def _group_first_words(found_at) -> tuple[list[int], list[tuple]]:
    """First words found as (start, end index, phrases), sorted by start, merged by start: the
    sorted starts, and for each (the start, the end of its longest first word, the phrases
    starting there sorted), and where more than one first word starts there, a fourth item:
    each first word found there as (its end index, its phrases)."""
    sts: list[int] = []
    groups: list[tuple] = []
    for found in found_at:
        st, end_i, idx = found
        if sts and sts[-1] == st:
            g = groups[-1]
            occ = g[3] if len(g) > 3 else (g[1:],)
            groups[-1] = (st, max(g[1], end_i), tuple(sorted(set(g[2]) | set(idx))), occ + ((end_i, idx),))
        else:
            sts.append(st)
            groups.append(found)
    return sts, groups


class DocumentLexicon:
    """A lexicon bound to one document: the same look-ups, with the document's caches (its
    tokens, its folded text, each group's matches) kept here and dropped with it. Another
    text (a phrase, a name) gets caches of its own, a few at a time, also dropped with the
    document."""

    __slots__ = ("lex", "text", "memo", "_others", "lang", "raw", "patterns", "intmaps", "_starts", "_wholes",
                 "has")

    def __init__(self, lex: Lexicon, text: str):
        self.lex, self.text, self.memo, self._others = lex, text, {}, {}
        # group -> the sorted offsets of the document's text where a match of it may start
        # (True: no such list, every window is scanned); see _may_match
        self._starts: dict[str, "list[int] | bool"] = {}
        # group -> its matches in the whole text, read for a window (see _window); False
        # where a window must be scanned
        self._wholes: dict[str, "tuple | bool"] = {}
        # the lexicon's fields read most (hundreds of times a document), read here without
        # a __getattr__ call; a lexicon never rebinds them after it is compiled
        self.lang, self.raw, self.patterns, self.intmaps = lex.lang, lex.raw, lex.patterns, lex.intmaps
        # has(key): is the group in the lexicon (asked about a thousand times a document: the
        # dict's own membership test, without a Python call around it)
        self.has = lex.patterns.__contains__

    def __getattr__(self, name):          # derived, combined, form_entries, ... of the lexicon
        return getattr(self.lex, name)

    def memo_for(self, text: str) -> dict:
        if text is self.text:
            return self.memo
        slot = self._others.get(id(text))
        if slot is None or slot[0] is not text:
            if len(self._others) > 16:
                self._others.clear()
            slot = self._others[id(text)] = (text, {})
        return slot[1]

    def pat(self, key: str) -> "_GroupPattern | None":
        return None if key not in self.lex.patterns else _GroupPattern(self, key)

    def finditer(self, key: str, text: str, pos: int = 0, endpos: int | None = None):
        if text is self.text:
            end = len(text) if endpos is None else endpos
            # _may_match, inline (asked hundreds of times a document)
            starts = self._starts.get(key)
            if starts is None:
                starts = self._starts[key] = self._group_starts(key)
            if starts is not True:
                k = bisect_left(starts, pos)
                if k >= len(starts) or starts[k] >= end:
                    return iter(())   # most windows asked about (a sentence, a clause) hold none
            if pos or end < len(text):
                hits = self._window(key, pos, end)
                if hits is not None:
                    return iter(hits)
            return self.lex.finditer(key, text, pos, endpos, self.memo)
        return self.lex.finditer(key, text, pos, endpos, self.memo_for(text))

    def search(self, key: str, text: str, pos: int = 0, endpos: int | None = None):
        if text is self.text:
            end = len(text) if endpos is None else endpos
            starts = self._starts.get(key)   # (_may_match, inline)
            if starts is None:
                starts = self._starts[key] = self._group_starts(key)
            if starts is not True:
                k = bisect_left(starts, pos)
                if k >= len(starts) or starts[k] >= end:
                    return None
            if pos or end < len(text):
                hits = self._window(key, pos, end)
                if hits is not None:
                    return hits[0] if hits else None
            return self.lex.search(key, text, pos, endpos, self.memo)
        return self.lex.search(key, text, pos, endpos, self.memo_for(text))

    def _window(self, key: str, pos: int, end: int) -> "list | None":
        """The group's matches between pos and end (what ``Lexicon.finditer`` would find
        there), read from its matches in the whole text by bisection; None where the two may
        differ. They are the same when the window cuts no match of the whole text (of its
        phrases by spelling nor by form), starts where no word goes on before it, and ends
        where no word goes on (or after a space): a phrase's regex reads no character past
        its match but the one after it, there only for being no word character
        (``(?![\w])``, ``\w*``), which the end of a window also is, so every phrase tried
        at a place in the window succeeds or fails there as in the whole text, and the
        leftmost-longest chain of matches runs the same."""
        entry = self._wholes.get(key)
        if entry is None:
            entry = self._wholes[key] = self._whole_index(key)
        if entry is False:
            return None
        text = self.text
        if pos > 0:
            c = text[pos - 1]
            if c.isalnum() or c == "_":
                return None   # a "*..." phrase may start back in the word pos cuts
        if end < len(text):
            c = text[end]
            if (c.isalnum() or c == "_") and not text[end - 1].isspace():
                return None   # a phrase may end at the window's end, not in the whole text
        starts, hits, cuts = entry
        for c_starts, c_ends in cuts:   # (each list's matches never overlap: one may hold pos)
            i = bisect_left(c_starts, pos)
            if i and c_ends[i - 1] > pos:
                return None
            i = bisect_left(c_starts, end, i)
            if i and c_ends[i - 1] > end:
                return None
        i = bisect_left(starts, pos)
        return hits[i:bisect_left(starts, end, i)]

    def _whole_index(self, key: str) -> "tuple | bool":
        """(the starts of the group's matches in the whole text, the matches, and for its
        matches by spelling and by form each their (starts, ends)); False for a group whose
        windows are scanned (a regex, a phrase that may start anywhere or end in a space)."""
        lex, text, memo = self.lex, self.text, self.memo
        fast = lex.fast.get(key)
        if fast is None or fast.automaton is None or fast.shared is None or fast.anywhere \
                or fast.ends_in_space or len(text) <= SHORT_TEXT_CHARS:
            return False
        surface = list(fast.finditer(text, 0, len(text), memo))
        by_form = lex.form_hits(key, text, 0, None, memo) if lex.form_entries.get(key) else None
        hits = _merge(surface, [_Hit(a, b, c, text) for a, b, c in by_form]) if by_form else surface
        # (a fast matcher's matches and _merge's are _Hit: their offsets read as attributes)
        cuts = [([h._start for h in surface], [h._end for h in surface])]
        if by_form:
            cuts.append(([h[0] for h in by_form], [h[1] for h in by_form]))
        return [h._start for h in hits], hits, cuts

    def _may_match(self, key: str, pos: int, end: int) -> bool:
        """False when the group has no match between pos and end in the document's text: no
        first word of its phrases starts there (where ``_LongestMatcher._scan_first_words``
        would try them) and no phrase matched by form does. Answers what ``Lexicon.finditer``
        would find empty, without building its scan, once the group's starts are known."""
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = self._group_starts(key)
        if starts is True:
            return True
        k = bisect_left(starts, pos)
        return k < len(starts) and starts[k] < end

    def _group_starts(self, key: str) -> "list[int] | bool":
        """Where in the document's text a match of the group may start (sorted), or True when
        the group is read by a plain regex or a scan that may start anywhere."""
        lex, text, memo = self.lex, self.text, self.memo
        fast = lex.fast.get(key)
        if fast is None:
            if key not in lex.patterns:
                starts: list[int] = []
            else:
                # read by its regex: a match holds a word written in one of its phrases
                # ("{n} days ago": "days"); where no such word is, it matches nothing
                words = lex.derived("literal_words:" + key, lambda: _literal_words(lex, key))
                if words is None:
                    return True
                # every place one of the words starts, overlapping ones too: the leftmost
                # match at or after each place found, then the search goes on one character
                # on (a consuming search skips to its first possible character in C; a
                # lookahead at every position, "(?=...)", tried each one in turn)
                starts = []
                search, at = words.search, 0
                while (m := search(text, at)) is not None:
                    at = m.start()
                    starts.append(at)
                    at += 1
        elif not fast.phrases:
            starts = []
        elif fast.automaton is not None and fast.shared is not None and not fast.anywhere:
            low = memo.get("folded")
            if low is None:
                low = memo["folded"] = _fold_key(text)
            starts = fast._first_words(text, low, memo)[0]
        else:
            return True
        if lex.form_entries.get(key):
            by_form = lex.form_hits(key, text, 0, None, memo)
            if by_form:
                starts = sorted(set(starts) | {h[0] for h in by_form})
        return starts

    def form_hits(self, key: str, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple]:
        return self.lex.form_hits(key, text, pos, endpos, self.memo_for(text))

    def add_coded(self, section: str, extra: list[tuple]) -> None:
        """Join (start, end, code[, wider]) hits that the section's phrases cannot give (a
        state's forces named by the state's name: states.py) to the section's hits in the
        document's text, where they overlap none of them; a hit marked ``wider`` also takes the
        place of the hits of its code it holds whole (the state's name alone, "Egipto" in "la
        aviación de Egipto"). ``find_coded`` gives them from then on."""
        if not extra:
            return
        hits = self.lex.find_coded(section, self.text, 0, None, self.memo)
        out, changed = list(hits), False
        for a, b, code, *wider in extra:
            over = [o for o in out if o[0] < b and a < o[1]]
            if not over or (wider and wider[0] and all(a <= o[0] and o[1] <= b and o[2] == code for o in over)):
                out = [o for o in out if o not in over] + [(a, b, code)]
                changed = True
        if changed:
            self.memo["coded"][section] = sorted(out)

    def find_coded(self, section: str, text: str, pos: int = 0, endpos: int | None = None):
        return self.lex.find_coded(section, text, pos, endpos,
                                   self.memo if text is self.text else self.memo_for(text))


def _literal_words(lex: Lexicon, key: str) -> "re.Pattern | None":
    """Where in a text a match of a group read by its regex may be: a pattern matching, at
    every place where it starts, one literal word of each of its phrases (the phrase's longest word
    outside its ``{n}`` slots and ``*`` wildcards, written as ``phrase_regex`` writes it, with
    the phrase's case rule). Every match of the group holds its phrase's word, whole, so no
    match lies in a window that holds none of these places. None when a phrase has no such
    word (it is all slots)."""
    section, _, name = key.partition(".")
    phrases = lex.raw.get(section, {}).get(name)
    if not isinstance(phrases, list):
        return None
    insensitive, sensitive = set(), set()
    firsts: tuple[set, set] = (set(), set())   # (case-insensitive, exact) first characters
    for phrase in phrases:
        body = phrase.strip()
        exact = body.startswith("=")
        body = body.lstrip("=").strip("*")
        pieces = [x for x in re.split(r"\{n\}|\s+", body) if x]
        if not pieces:
            return None
        piece = max(pieces, key=len)
        (sensitive if exact else insensitive).add(re.sub("['’]", "['’]", re.escape(piece)))
        firsts[exact].update("'’" if piece[0] in "'’" else piece[0])
    alts = []
    if insensitive:
        alts.append("(?i:" + "|".join(sorted(insensitive)) + ")")
    if sensitive:
        alts.append("(?:" + "|".join(sorted(sensitive)) + ")")
    # a guard on the character a word starts with, read with each word's own case rule: a
    # place where no word can start fails on one class, not on every word in turn (a
    # case-insensitive alternation gets no first-character skip from the regex engine)
    guard = []
    if firsts[False]:
        guard.append("(?i:[" + "".join(re.escape(c) for c in sorted(firsts[False])) + "])")
    if firsts[True]:
        guard.append("[" + "".join(re.escape(c) for c in sorted(firsts[True])) + "]")
    return re.compile("(?=" + "|".join(guard) + ")(?:" + "|".join(alts) + ")")


def lexicon_paths() -> list[Path]:
    return sorted(LEXICON_DIR.glob("*.toml"))


def load_lexicon_file(path: Path) -> Lexicon:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path.name}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    lex = compile_lexicon(raw, path)
    if path.stem not in (lex.lang, "common"):
        raise LexiconError(f"{path.name}: 'meta.lang' is '{lex.lang}', expected '{path.stem}'")
    return lex


@lru_cache(maxsize=1)
def load_all() -> dict[str, Lexicon]:
    """Every lexicon in extractors/lexicons/, loaded and compiled once per process."""
    paths = lexicon_paths()
    if not paths:
        raise LexiconError(f"no lexicons (*.toml) under {LEXICON_DIR}")
    return {p.stem: load_lexicon_file(p) for p in paths}


def lexicon_hash() -> str:
    h = hashlib.sha256()
    for p in lexicon_paths():
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()
