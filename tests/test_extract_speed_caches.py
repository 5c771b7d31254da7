"""The extractor's speed-ups change how matches are found, never which: each one against a
plain re-statement of the rule it replaces, and each kept answer against a fresh one (nothing
learned from one document may reach the next)."""
from __future__ import annotations

import re

import pytest

from extractors import forms
from extractors.lexicon import _WORD_BEFORE, load_all


@pytest.fixture(scope="module")
def lex():
    return load_all()


# Sentences written for these tests: strike words in several inflections, hyphens,
# apostrophes, digits and words glued to a phrase's first word.
TEXTS = {
    "ru": ["Российские самолёты нанесли удары по складам, ещё два удара нанесли беспилотники-камикадзе.",
           "Силы ПВО сбили 12 беспилотников над областью; обломки повредили жилой дом."],
    "uk": ["Ворог атакував населені пункти двох областей ударними дронами та ракетами.",
           "Повітряні сили збили 14 з 20 шахедів, ще два вдарили по об'єктах енергетики."],
    "de": ["Die Luftwaffe flog Luftangriffe auf Stellungen der Miliz; die Angriffe dauerten an.",
           "Kampfflugzeuge griffen am Montag zwei Depots an, Drohnen-Angriffe folgten."],
    "es": ["Aviones de combate bombardearon posiciones rebeldes y un bombardeo destruyó el depósito.",
           "Las fuerzas armadas lanzaron ataques aéreos contra dos almacenes de armas."],
    "fr": ["Les forces armées ont frappé des dépôts ; les frappes aériennes ont détruit deux sites.",
           "Des avions de combat ont mené des raids contre les positions de l'ennemi."],
    "tr": ["Savaş uçakları terör örgütü PKK'ya ait hedefleri vurdu, hava harekâtlarında 9 sığınak imha edildi.",
           "SİHA'lar iki mevziyi hedef aldı; Irak'ın kuzeyindeki barınaklar vuruldu."],
    "ar": ["شنت الطائرات الحربية غارات جوية على مواقع المسلحين ودمرت الغارة مستودعا للأسلحة.",
           "أسقطت الدفاعات الجوية طائرتين مسيرتين وقصفت المدفعية مواقع أخرى."],
    "en": ["Warplanes carried out air strikes on depots; a drone strike hit a bridge-head.",
           "The ministry said 53 targets were struck over the past 24 hours."],
}


def _reference_hits(index: forms.FormIndex, text: str, toks: list) -> dict:
    """FormIndex.hits as first written: every key of every token tried in turn."""
    out = {g: [] for g in index.groups}
    last_end = dict.fromkeys(index.groups, -1)
    n = len(toks)
    for i, tok in enumerate(toks):
        best = {}
        for k in tok.keys:
            for group, words, code, order in index.by_first.get(k, ()):
                span = len(words)
                if tok.start < last_end[group] or i + span > n:
                    continue
                b = best.get(group)
                if b is not None and (span < b[0] or (span == b[0] and order >= b[2])):
                    continue
                if all(words[j] & toks[i + j].keys and forms.adjacent(text, toks[i + j - 1], toks[i + j])
                       for j in range(1, span)):
                    best[group] = (span, code, order)
        for group, (span, code, _) in best.items():
            end = toks[i + span - 1].end
            out[group].append((tok.start, end, code))
            last_end[group] = end
    return out


def _index(lexicon) -> forms.FormIndex:
    return forms.FormIndex(lexicon.form_entries, lexicon.lang, lexicon.grammar_words)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_form_index_finds_what_trying_every_key_finds(lex, lang):
    index = _index(lex[lang])
    for text in TEXTS[lang]:
        toks = forms.tokenize(text, lang)
        assert index.hits(text, toks) == _reference_hits(index, text, toks)
    if lex[lang].form_entries:   # the sentences do exercise the form matching
        assert any(any(index.hits(t).values()) for t in TEXTS[lang])


@pytest.mark.parametrize("lang", ["ru", "de", "tr"])
def test_form_index_answers_a_text_alike_whatever_it_read_before(lex, lang):
    one, other = TEXTS[lang]
    fresh = _index(lex[lang]).hits(other)
    used = _index(lex[lang])
    used.hits(one)
    assert used._starting_cache   # it kept something from the first text ...
    assert used.hits(other) == fresh   # ... that changes nothing for the next
    assert used.hits(other) == fresh   # nor asked twice


def test_form_index_starts_again_past_its_bound(lex, monkeypatch):
    index = _index(lex["ru"])
    text = TEXTS["ru"][0]
    expected = index.hits(text)
    monkeypatch.setattr(forms, "STARTING_CACHE", 3)
    assert index.hits(text) == expected and index.hits(text) == expected
    assert len(index._starting_cache) <= 3 + len(forms.tokenize(text, "ru"))


def _reference_starts(shared, text: str, low: str) -> dict:
    """_FirstWords.starts as first written: mid-word read by a regex over the text."""
    out: dict = {}
    for end_i, (n, entries, _) in shared.automaton.iter(low):
        st = end_i - n + 1
        mid = st > 0 and _WORD_BEFORE.match(text, st - 1) is not None
        for m, idx, inside in entries:
            if mid and not inside:
                continue
            out.setdefault(m, []).append((st, end_i, idx))
    for found in out.values():
        found.sort()
    return out


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_first_words_refuse_the_same_mid_word_places_as_the_regex(lex, lang):
    from extractors.lexicon import _fold_key

    lexicon = lex[lang]
    shared = next(m.shared for m in (*lexicon.fast.values(), *lexicon.combined.values()) if m.shared is not None)
    # glued words of every kind before a first word: letters, digits, "_", "-", an apostrophe
    extra = "x" + TEXTS[lang][0] + " 9" + TEXTS[lang][1] + " _" + TEXTS[lang][0] + " -" + TEXTS[lang][1] + "'"
    for text in (*TEXTS[lang], extra):
        low = _fold_key(text)
        assert shared.starts(text, low, {}) == _reference_starts(shared, text, low)


def test_str_isalnum_is_the_regex_word_class():
    # what the first-word scan reads instead of [\\w-]: every code point agrees
    word = re.compile(r"[\w-]")
    assert all((word.match(chr(i)) is not None) == (chr(i).isalnum() or chr(i) in "_-")
               for i in range(0, 0x30000, 7))


# Sentences with the periods the date groups read by regex ("{n} days ago").
PERIODS = {
    "en": "Strikes went on over the past 24 hours; the depot was hit 3 days ago.",
    "fr": "Les frappes des 24 dernières heures ont suivi celle d'il y a 3 jours.",
    "es": "Los ataques de las últimas 24 horas siguen al de hace 3 días.",
    "de": "Die Angriffe der letzten 24 Stunden folgten dem vor 3 Tagen.",
    "ru": "Удары за последние 24 часа последовали за ударом 3 дня назад.",
    "uk": "Удари за останні 24 години сталися після удару 3 днів тому.",
    "tr": "Son 24 saatte yapılan saldırılar 3 gün önceki saldırının ardından geldi.",
    "ar": "جاءت الغارات خلال الساعات الـ24 الماضية بعد غارة قبل 3 أيام.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_window_skipped_for_want_of_a_phrase_word_holds_no_match(lex, lang):
    from extractors.document import split_sentences

    lexicon = lex[lang]
    text = "\n".join([*TEXTS[lang], PERIODS[lang], *TEXTS[lang]])
    windows = split_sentences(text) + [(a, a + 40) for a in range(0, len(text), 9)] + [(0, len(text))]
    regex_groups = [k for k in lexicon.patterns if lexicon.fast.get(k) is None]
    assert regex_groups
    found = 0
    doc = lexicon.for_document(text)
    for key in regex_groups:
        for s, e in windows:
            plain = [(m.start(), m.end()) for m in lexicon.finditer(key, text, s, e)]
            assert [(m.start(), m.end()) for m in doc.finditer(key, text, s, e)] == plain, (key, s, e)
            assert (doc.search(key, text, s, e) is None) == (not plain)
            found += bool(plain)
    assert found   # the windows hold matches of these groups, not only empty ones
    # and the period groups themselves are matched, not skipped
    assert any(doc.search(k, text) for k in ("dates.past_hours", "dates.days_ago") if k in lexicon.patterns)


def _ctx(lex, lang: str, text: str):
    from extractors.document import Ctx, _numpat

    lexicon = lex[lang]
    return Ctx(text, lexicon.for_document(text), lex["common"].for_document(text), None, None,
               _numpat(lexicon), set(), None)


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_number_matches_are_the_pattern_s_own_and_stay_with_their_document(lex, lang):
    from extractors.document import number_matches, split_sentences

    text = "\n".join([*TEXTS[lang], PERIODS[lang]])
    ctx = _ctx(lex, lang, text)
    spans = lambda ms: [(m.start(), m.end(), m.group()) for m in ms]   # noqa: E731
    windows = split_sentences(text)
    assert any(number_matches(ctx, s, e) for s, e in windows)
    for s, e in windows:
        plain = spans(ctx.numpat.finditer(text, s, e))
        assert spans(number_matches(ctx, s, e)) == plain
        assert spans(number_matches(ctx, s, e)) == plain   # asked again: kept, the same
    # another document with the same windows gets its own numbers
    other = text.replace("24", "17").replace("3", "8")
    ctx2 = _ctx(lex, lang, other)
    for s, e in windows:
        assert spans(number_matches(ctx2, s, e)) == spans(ctx2.numpat.finditer(other, s, e))
    assert ctx2.number_cache is not ctx.number_cache


@pytest.mark.parametrize("lang", ["en", "ru", "tr", "ar"])
def test_clause_words_are_the_document_s_words_whoever_cut_them(lex, lang):
    from extractors.clauses import _doc_words
    from extractors.forms import word_pattern

    text = "\n".join([*TEXTS[lang], PERIODS[lang]])
    plain = [m.span() for m in word_pattern(lang).finditer(text)]
    ctx = _ctx(lex, lang, text)
    ctx.lex.find_coded("actors", text)   # a form-matched language cuts its form tokens here
    assert [(w.start, w.end) for w in _doc_words(ctx)] == plain
    if lex[lang].form_entries:
        assert _doc_words(ctx) is ctx.lex.memo["tokens"]
    # a context whose lexicon is bound to no document cuts its own words
    from extractors.document import Ctx, _numpat
    bare = Ctx(text, lex[lang], lex["common"], None, None, _numpat(lex[lang]), set(), None)
    assert [(w.start, w.end) for w in _doc_words(bare)] == plain


def test_a_phrase_opening_with_a_quotation_mark_is_keyed_not_tried_everywhere():
    # A name that is also a common word is listed only in quotation marks ('«Лютий»'). Such
    # a phrase is found through the first-word automaton like any other (tried at every
    # position of every window it cost the extractor ~10 % of its time), with the same
    # answers as its regex: quoted, not bare, not glued to a word before it.
    from extractors.lexicon import _LongestMatcher, phrase_regex

    m = _LongestMatcher({"Liutyi": ["=«Лютий»", '="Лютий"'], "Neptune": ["Нептун"]})
    assert not m.anywhere
    text = 'Дрон «Лютий» влучив; лютий мороз; x«Лютий»; ракета "Лютий" і Нептун.'
    got = [(h.start(), h.end(), h.code) for h in m.finditer(text, 0, len(text), {})]
    expected = []
    for code, phrases in (("Liutyi", ["=«Лютий»", '="Лютий"']), ("Neptune", ["Нептун"])):
        for p in phrases:
            flags = 0 if p.startswith("=") else re.IGNORECASE
            expected += [(x.start(), x.end(), code) for x in re.finditer(phrase_regex(p), text, flags)]
    assert sorted(got) == sorted(expected)
    assert [text[a:b] for a, b, _ in sorted(got)] == ["«Лютий»", '"Лютий"', "Нептун"]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_short_window_scanned_alone_finds_what_the_shared_scan_finds(lex, lang):
    # a window of a few words cut out of a sentence (the 30 characters before a verb) is
    # scanned by its matcher's own automaton, not by every matcher's first words
    from extractors.lexicon import SHORT_TEXT_CHARS, _fold_key

    lexicon = lex[lang]
    matchers = [m for m in (*lexicon.fast.values(), *lexicon.combined.values())
                if m is not None and m.automaton is not None and m.shared is not None and not m.anywhere]
    assert matchers
    found = 0
    for sentence in TEXTS[lang]:
        for a in range(0, len(sentence), 5):
            for width in (12, 30, SHORT_TEXT_CHARS):
                window = sentence[a:a + width]
                low = _fold_key(window)
                for m in matchers:
                    shared = [(h.start(), h.end(), h.code) for h in
                              m._scan_first_words(window, 0, len(window), m._first_words(window, low, {}))]
                    alone = [(h.start(), h.end(), h.code) for h in m.finditer(window, 0, len(window), {})]
                    assert alone == shared, (m, window)
                    found += bool(alone)
    assert found


def test_ordinary_news_is_answered_before_its_sides_are_read(monkeypatch):
    # most pages of a daily run name no strike word, weapon or campaign: extract answers them
    # with no event before reading who the document's sides and their enemy are (1.5 ms of a
    # real page's 7, measured on the 41 pages of ../shared/corpus/web/pages)
    from extractors import events as ev
    from extractors import extract_document

    def boom(ctx):
        raise AssertionError("the sides of a document with no strike word were read")

    monkeypatch.setattr(ev, "_speaker_enemy", boom)
    monkeypatch.setattr(ev, "_enemy_code", boom)
    text = "The Russian central bank raised its key rate on Friday, the bank said in a statement in Moscow."
    assert extract_document({"id": "t", "text": text, "lang": "en"})["events"] == []
    with pytest.raises(AssertionError):   # a strike report still reads them
        extract_document({"id": "t", "text": "Russian aircraft struck Idlib on Monday, the ministry said.", "lang": "en"})


# Texts written for the gazetteer's fold: runs of spaces and line breaks, leading spaces,
# characters folding to two (ß, …, №) or to none (Arabic vowel signs, tatweel), a spacing
# diaeresis, accents and Cyrillic.
FOLD_TEXTS = [
    "  Die Luftwaffe  flog über Gießen …\n\n  und № 5 traf   Dörfer.  ",
    "قصفتْ الطائراتُ مواقعَ  في ريف حلبَ ـ وأصابتْ مخزناً.\n ثم عادت ¨ إلى قواعدها",
    "\tУдары по Харьковской области:  пострадали  два села;\u00a0\u00a0ещё одно — Изюм.",
    "Türk jetleri Kuzey Irak'ta  İHA üslerini vurdu ﬁnally …  ",
]


def _reference_fold(text: str) -> tuple[str, list[int], list[int]]:
    """gazetteer.fold_with_offsets as first written: character by character."""
    from extractors.gazetteer import _fold_char

    out, starts, ends, prev_space = [], [], [], True
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if not f or (f == " " and prev_space):
            continue
        prev_space = f == " "
        for c in f:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return "".join(out), starts, ends


def test_a_fold_is_the_characters_folds_whatever_was_folded_before(monkeypatch):
    # the characters' folds are kept a process (a pure function of the character); past its
    # bound a text's characters are folded for it alone
    from extractors import gazetteer

    for text in FOLD_TEXTS:
        assert gazetteer.fold_with_offsets(text) == _reference_fold(text)
    monkeypatch.setattr(gazetteer, "_CHAR_FOLDS_MAX", 0)
    for text in FOLD_TEXTS:
        assert gazetteer.fold_with_offsets(text + "ǅ✓") == _reference_fold(text + "ǅ✓")


def test_a_piece_of_the_document_is_folded_as_it_would_be_alone():
    # a document's fold cache cuts the pieces asked about (sentences, windows) from the
    # document's own fold: every piece, wherever it starts and ends, as folded on its own
    from extractors import gazetteer

    for doc in FOLD_TEXTS:
        folds = gazetteer.bind_document({}, doc)
        cut = 0
        for a in range(len(doc)):
            for b in range(a + gazetteer._PIECE_MIN, len(doc) + 1):
                piece = doc[a:b]
                got = gazetteer._fold_of_piece(piece, folds)
                if got is None:
                    continue
                cut += 1
                folded, starts, ends = got
                assert (folded, list(starts), list(ends)) == _reference_fold(piece), (doc, a, b)
                assert [starts[k] for k in range(len(folded))] == list(starts)
        assert cut
    # another document's text is not cut from this one's: folded on its own
    folds = gazetteer.bind_document({}, FOLD_TEXTS[0])
    assert gazetteer._fold_of_piece(FOLD_TEXTS[2][:40], folds) is None
    assert gazetteer._folded(FOLD_TEXTS[2][:40], folds) == _reference_fold(FOLD_TEXTS[2][:40])


def test_the_gazetteer_finds_in_a_piece_what_it_finds_in_it_alone():
    # find_countries / find_admin1 with the document's cache, against a fresh fold
    from extractors import gazetteer
    from extractors.places import gazetteer as get

    gaz = get()
    doc = ("Russian jets struck the Idlib  and Hama provinces of Syria on Monday.  Ukraine's air force "
           "said drones hit the Kharkiv region. Удары по Харьковской области и по Сирии продолжились.")
    folds = gazetteer.bind_document({}, doc)
    for a in range(0, len(doc), 7):
        for b in range(a + 24, len(doc) + 1, 11):
            piece = doc[a:b]
            assert gaz.find_countries(piece, folds) == gaz.find_countries(piece)
            assert gaz.find_admin1(piece, folds=folds) == gaz.find_admin1(piece)


# Sentences written for the window's dates: a dateline, a range, a weekday and a period.
DATED = {
    "en": "KYIV, May 14 (Reuters) - Russian drones struck the city overnight. From 3 to 5 May the "
          "army shelled two villages, and on Tuesday jets hit a depot. Strikes went on for the past 24 hours.",
    "fr": "Des frappes ont visé la ville dans la nuit du 12 au 13 mai. Mardi dernier, l'armée a tiré.",
}


@pytest.mark.parametrize("lang", sorted(DATED))
def test_a_window_s_dates_are_found_once_and_each_reader_gets_its_own(lex, lang):
    from datetime import date

    from extractors.dates import find_dates, window_dates
    from extractors.document import split_sentences

    text = DATED[lang]
    ctx = _ctx(lex, lang, text)
    ctx.pub = date(2024, 5, 14)
    found = 0
    for s, e in split_sentences(text):
        plain = find_dates(text, s, e, ctx.lex, ctx.pub)
        first = window_dates(ctx, s, e)
        assert first == plain
        for m in first:   # a reader marks its mentions (events.build_events: a dateline's)
            m.claim_time = m.dateline = True
        assert window_dates(ctx, s, e) == plain   # the next reader gets them unmarked
        found += len(plain)
    assert found >= 3
    # another document: its own dates
    other = _ctx(lex, lang, text.replace("May", "June").replace("mai", "juin"))
    other.pub = ctx.pub
    for s, e in split_sentences(other.text):
        assert window_dates(other, s, e) == find_dates(other.text, s, e, other.lex, other.pub)


# Clocks named after a capital, written for the test, beside texts with none.
CLOCKS = {
    "en": ("The drones struck at 3 a.m. Kyiv time, the air force said. Later jets hit a depot.",
           "The drones struck at dawn, the air force said. Later jets hit a depot."),
    "fr": ("Les frappes ont eu lieu vers 1h30 heure de Paris. L'armée a tiré à nouveau.",
           "Les frappes ont eu lieu vers 1h30. L'armée a tiré à nouveau."),
    "de": ("Die Angriffe begannen um 2 Uhr Moskauer Zeit. Danach flogen Drohnen.",
           "Die Angriffe begannen um 2 Uhr. Danach flogen Drohnen."),
    "tr": ("Saldırı Moskova saatiyle 23.00'te başladı. Uçaklar hedefleri vurdu.",
           "Saldırı gece başladı. Uçaklar hedefleri vurdu."),
}


@pytest.mark.parametrize("lang", sorted(CLOCKS))
def test_clocks_are_the_pattern_s_own_and_not_looked_for_where_no_clock_word_is(lex, lang):
    from extractors.document import _clock_zone, clock_zones, split_sentences

    with_clock, without = CLOCKS[lang]
    for text, expect_free in ((with_clock, False), (without, True)):
        ctx = _ctx(lex, lang, text)
        for s, e in [*split_sentences(text), (0, len(text)), (3, len(text) - 4)]:
            plain = [(m.start(), m.end()) for m in _clock_zone().finditer(text, s, e)]
            assert clock_zones(ctx, s, e) == plain
        assert ctx.clock_free is expect_free   # found once for the document, kept with it
    ctx = _ctx(lex, lang, with_clock)
    assert any(clock_zones(ctx, s, e) for s, e in split_sentences(with_clock))


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_window_read_from_the_whole_text_s_matches_is_what_its_scan_finds(lex, lang):
    # DocumentLexicon._window answers a window from the group's matches in the whole text
    # where the two cannot differ; every window (sentences, word edges, mid-word cuts)
    # against the plain scan of that window, with caches of its own
    import random

    from extractors.document import split_sentences

    lexicon = lex[lang]
    text = "\n".join([*TEXTS[lang], PERIODS[lang], *TEXTS[lang]])
    edges = sorted({m.start() for m in re.finditer(r"\w+", text)} | {m.end() for m in re.finditer(r"\w+", text)})
    rnd = random.Random(7)
    windows = split_sentences(text) + [(a, a + w) for a in range(0, len(text), 11) for w in (20, 70, 200)]
    windows += [tuple(sorted((rnd.choice(edges), rnd.choice(edges)))) for _ in range(60)]
    windows += [tuple(sorted((rnd.randrange(len(text)), rnd.randrange(len(text))))) for _ in range(30)]
    doc, memo = lexicon.for_document(text), {}
    read = 0
    for key in lexicon.fast:
        for s, e in windows:
            plain = [(m.start(), m.end(), m.code, m.group()) for m in lexicon.finditer(key, text, s, e, memo)]
            got = [(m.start(), m.end(), m.code, m.group()) for m in doc.finditer(key, text, s, e)]
            assert got == plain, (key, s, e)
            first = doc.search(key, text, s, e)
            assert (first is None) == (not plain) and (not plain or (first.start(), first.end()) == plain[0][:2])
            read += bool(plain) and doc._wholes.get(key) is not False and doc._window(key, s, e) is not None
    assert read   # windows with matches are read from the whole text, not all scanned
    # the whole-text matches are the document's: another document starts without them
    assert doc._wholes and not lexicon.for_document(text)._wholes


@pytest.mark.parametrize("lang", ["en", "de", "ar"])
def test_a_document_s_first_words_and_groups_are_its_lexicon_s(lex, lang):
    # DocumentLexicon.has is the lexicon's own membership test; a matcher's first words,
    # read in one pass where one word starts at each place, are what the merging loop gives
    from extractors.lexicon import _fold_key, _group_first_words

    lexicon = lex[lang]
    text = "\n".join([*TEXTS[lang], *TEXTS[lang]])
    doc = lexicon.for_document(text)
    for key in [*lexicon.patterns, "triggers.no_such_group", "no.such"]:
        assert doc.has(key) == lexicon.has(key)
    low, memo = _fold_key(text), {}
    for m in lexicon.fast.values():
        if m.shared is None:
            continue
        sts, groups = m._first_words(text, low, memo)
        assert (sts, groups) == _group_first_words(m.shared.starts(text, low, {}).get(m, ()))


def _unguarded_literal_words(lexicon, key: str):
    """lexicon._literal_words as first written: the words' alternation alone."""
    section, _, name = key.partition(".")
    insensitive, sensitive = set(), set()
    for phrase in lexicon.raw[section][name]:
        body = phrase.strip()
        exact = body.startswith("=")
        body = body.lstrip("=").strip("*")
        pieces = [x for x in re.split(r"\{n\}|\s+", body) if x]
        if not pieces:
            return None
        (sensitive if exact else insensitive).add(re.sub("['’]", "['’]", re.escape(max(pieces, key=len))))
    alts = (["(?i:" + "|".join(sorted(insensitive)) + ")"] if insensitive else []) + \
        (["(?:" + "|".join(sorted(sensitive)) + ")"] if sensitive else [])
    return re.compile("|".join(alts))


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_regex_group_s_words_are_found_where_its_guarded_pattern_finds_them(lex, lang):
    # the first-character guard of _literal_words only skips places where no word starts:
    # every place (overlapping ones too) against the bare alternation, in cased and uncased
    # spellings, with both apostrophes
    from extractors.lexicon import _literal_words

    lexicon = lex[lang]
    text = "\n".join([*TEXTS[lang], PERIODS[lang], *TEXTS[lang]])
    texts = [text, text.upper(), text.lower(), text.replace("'", "’"), PERIODS[lang].upper()]
    checked = 0
    for key in lexicon.patterns:
        if lexicon.fast.get(key) is not None or not isinstance(lexicon.raw.get(key.partition(".")[0], {}).get(key.partition(".")[2]), list):
            continue
        guarded, bare = _literal_words(lexicon, key), _unguarded_literal_words(lexicon, key)
        assert (guarded is None) == (bare is None)
        if guarded is None:
            continue
        for t in texts:
            places = [m.start() for m in re.finditer("(?=(?:" + bare.pattern + "))", t)]
            assert [a for a in range(len(t)) if guarded.match(t, a)] == places, key
            checked += len(places)
    assert checked


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_tokenize_s_word_keys_are_word_keys_and_the_cache_is_bounded(monkeypatch, lang):
    # forms.tokenize reads each word's keys through a dict per language in front of
    # word_keys: the same keys, and a dict that starts again past its bound
    text = " ".join(TEXTS[lang])
    plain = [(m.start(), m.end(), forms.word_keys(m.group(), lang))
             for m in forms.word_pattern(lang).finditer(text)]
    assert [(t.start, t.end, t.keys) for t in forms.tokenize(text, lang)] == plain
    monkeypatch.setattr(forms, "WORD_KEYS_CACHE", 3)
    for _ in range(2):
        assert [(t.start, t.end, t.keys) for t in forms.tokenize(text, lang)] == plain
        assert len(forms._KEYS_BY_LANG[lang]) <= 3 + len(plain)


# Sentences written for the date groups a document may lack: each text names some of them
# (yesterday, a night, a period of hours or days, a week ago), its pair others.
DATE_GROUPS = {
    "en": ("Jets struck a depot yesterday. Over the past 3 days drones hit two towns; a week ago "
           "the army shelled a bridge.",
           "Drones struck the city overnight, and in the last 12 hours rockets hit a school. "
           "No date here at all."),
    "ru": ("Вчера самолёты нанесли удары по складам. За последние 3 дня дроны атаковали два города.",
           "Ночью беспилотники атаковали город, неделю назад армия обстреляла мост."),
    "fr": ("Hier, des avions ont frappé un dépôt. Au cours des 3 derniers jours, des drones ont visé la ville.",
           "Dans la nuit, des drones ont frappé la ville. Il y a une semaine, l'armée a tiré."),
    "tr": ("Savaş uçakları dün hedefleri vurdu. Son üç gün içinde SİHA'lar iki mevziyi vurdu.",
           "Dün gece SİHA'lar barınakları vurdu. Bir hafta önce uçaklar köprüyü vurdu."),
}


@pytest.mark.parametrize("lang", sorted(DATE_GROUPS))
def test_a_sentence_s_dates_skip_only_the_groups_its_document_never_writes(lex, lang):
    """find_dates reads in a document bound to its lexicon only the date groups the whole text
    may match (dates._groups_in_text); each window finds what the lexicon not bound to the
    text finds there, and a second document keeps a group set of its own."""
    from datetime import date

    from extractors.dates import _groups_in_text, find_dates
    from extractors.document import split_sentences

    pub = date(2024, 5, 14)
    found = 0
    for text in DATE_GROUPS[lang]:
        bound = lex[lang].for_document(text)
        for s, e in split_sentences(text):
            plain = find_dates(text, s, e, lex[lang], pub)
            assert find_dates(text, s, e, bound, pub) == plain
            found += len(plain)
        has = _groups_in_text(bound, text)
        # every group with a match in the text is read; the plain lexicon reads all it has
        for key in ("dates.yesterday", "dates.overnight", "dates.past_hours", "dates.past_days",
                    "dates.week_ago"):
            if lex[lang].has(key) and list(lex[lang].finditer(key, text)):
                assert has(key)
        assert _groups_in_text(lex[lang], text) == lex[lang].has
    assert found >= 3
    # each document its own set: one that writes no date word skips the groups another wrote
    first = lex[lang].for_document(DATE_GROUPS[lang][0])
    assert _groups_in_text(first, first.text)("dates.yesterday") or not lex[lang].has("dates.yesterday")
    bare = lex[lang].for_document("1234 5678")
    assert not _groups_in_text(bare, bare.text)("dates.yesterday")
    assert _groups_in_text(first, first.text)("dates.yesterday") or not lex[lang].has("dates.yesterday")


def test_an_alias_index_s_hits_carry_the_payloads_its_keys_hold_now():
    """_AliasIndex.scan makes a key's (payloads, cased surfaces) once and keeps them; an alias
    added to a key already scanned is in its next hits, and a name glued to a word is no hit."""
    from extractors.gazetteer import _AliasIndex

    index = _AliasIndex()
    index.add("Varnotu", "A")
    index.build()
    assert [(h.start, h.end, h.payloads, h.cased) for h in index.scan("struck varnotu and more")] == \
        [(7, 14, ("A",), frozenset())]
    index.add("VARNOTU", "B", cased=True, preferred=True)
    hits = index.scan("struck varnotu, then varnotu")
    assert [(h.start, h.end, h.payloads, h.cased) for h in hits] == \
        [(7, 14, ("B", "A"), frozenset({"VARNOTU"})), (21, 28, ("B", "A"), frozenset({"VARNOTU"}))]
    assert index.scan("xvarnotu varnotux") == []
