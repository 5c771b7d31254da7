"""Generate the inflection tables the lexicons match by (``extractors/data/forms/<lang>.tsv``).

    .venv/bin/python -m pip install -e '.[forms-build]'     # simplemma, once
    .venv/bin/python tools/build_forms.py

A lexicon phrase matches any inflection of its words (``extractors/forms.py``). The
inflections come from simplemma's dictionaries, which hold 0.3-1.4 million forms a
language and take ~580 MB in memory for all eight. The extractor needs only the forms of
the words its lexicons name, so this tool inverts each dictionary once: every form whose
lemma is the lemma of a lexicon word is written with that lemma, one form a line::

    form<TAB>lemma[<TAB>lemma...]

(both folded by ``extractors.forms.fold``). The tables are a few MB, load in milliseconds
and are part of the extractor's data hash. Run the tool again after adding words to a
lexicon: ``tests/test_forms.py`` fails while a lexicon word is missing from its table.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import forms  # noqa: E402
from extractors.lexicon import load_all  # noqa: E402


def lexicon_words(lang: str) -> set[str]:
    """Every word of the language's plain phrases that match by form."""
    lex = load_all()[lang]
    words = set()
    for entries in lex.form_entries.values():
        for phrase, _ in entries:
            words |= {m.group() for m in forms.word_pattern(lang).finditer(phrase)}
    return words


def build(lang: str) -> dict[str, set[str]]:
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    words = lexicon_words(lang)
    table: dict[str, set[str]] = defaultdict(set)
    lemmas = set()
    for w in words:
        for form in {w, forms.fold(w, lang)}:
            lemma = simplemma.lemmatize(form, lang=lang)
            if lemma:
                lemmas.add(forms.fold(lemma, lang))
                table[forms.fold(w, lang)].add(forms.fold(lemma, lang))
    for form, lemma in _load_dictionary_from_disk(lang).items():
        folded_lemma = forms.fold(lemma.decode("utf-8"), lang)
        if folded_lemma in lemmas:
            table[forms.fold(form.decode("utf-8"), lang)].add(folded_lemma)
    for lemma in lemmas:
        table[lemma].add(lemma)
    return table


def write(lang: str, table: dict[str, set[str]]) -> Path:
    out = forms.FORMS_DIR / f"{lang}.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    version = metadata.version("simplemma")
    lines = [f"# {lang}: forms of the lexicon's words and their lemmas, from simplemma {version} "
             "(tools/build_forms.py; do not edit)"]
    lines += ["\t".join([form, *sorted(lemmas)]) for form, lemmas in sorted(table.items())
              if form and "\t" not in form and "\n" not in form]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> int:
    langs = sorted(lang for lang, lex in load_all().items() if lex.form_entries)
    for lang in langs:
        table = build(lang)
        path = write(lang, table)
        print(f"{lang}: {len(table)} forms -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
