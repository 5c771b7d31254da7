"""The real-text sets the team built blind (``extractors/eval/real2``, session 4;
``real3``, session 5; ``real4``, session 6; ``real5``, session 7; ``real6``, session 8;
``real7``, session 9; ``real8``, session 10; ``real9``, session 11;
``real10``, session 12; ``real11``, session 13; ``real12``, session 14; ``real13``, session 15;
``real14``, session 16; ``real15``, session 17; ``real16``, session 18; ``real17``, session 19;
``real18``, session 20; ``real19``, session 21;
``real20``, session 22; ``real21``, session 25) are well formed: every document has its
reference and its published source, every code is one the contract knows, every evidence
and span offset points at words of its own text, and no text, URL or id is shared with
another evaluation set (the other ``real*`` folders, ``team``, ``dev``, ``dev2``).

This test reads the texts and the references only to check their form; it never runs the
extractor on them."""
from __future__ import annotations

import pytest

from tests.eval_set_checks import (DATE, EVENT_FIELDS, LANGS, OPERATIONS, actor_code_known,
                                    assert_shares_nothing, lines, read_sources, target_type_known)
from extractors.scoreboard import EVAL_DIR, SHARED, per_language_parts

BLIND_SETS = ("real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10",
              "real11", "real12", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21")
# from real3 on, every span but the claimant's lies inside its event's evidence
SPANS_IN_EVIDENCE = ("real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10",
                     "real11", "real12", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21")
OTHER_FOLDERS = ("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9",
                 "real10", "real11", "real12", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21")
by_set = pytest.mark.parametrize("name", BLIND_SETS)
by_set_and_lang = pytest.mark.parametrize("name,lang", [(n, lang) for n in BLIND_SETS for lang in LANGS])


def _all_docs(name: str) -> list[dict]:
    return [d for lang in LANGS for d in lines(EVAL_DIR / name / f"{lang}.jsonl")]


@by_set
def test_every_language_pairs_documents_with_a_reference(name):
    parts = per_language_parts(EVAL_DIR / name)
    assert {docs.name for _, docs in parts} == {f"{lang}.jsonl" for lang in LANGS}
    assert all(gold.name == docs.name.replace(".jsonl", ".gold.jsonl") for gold, docs in parts)


@by_set_and_lang
def test_each_language_has_documents_gold_and_sources(name, lang):
    folder = EVAL_DIR / name
    docs = lines(folder / f"{lang}.jsonl")
    gold = lines(folder / f"{lang}.gold.jsonl")
    rows = read_sources(folder, lang)
    assert len(docs) >= 5
    assert [d["id"] for d in docs] == [g["id"] for g in gold]
    assert len({d["id"] for d in docs}) == len(docs)
    assert set(rows) == {d["id"] for d in docs}
    for d in docs:
        assert d["lang"] == lang and d["id"].startswith(f"{lang}-")
        assert 300 <= len(d["text"]) <= 3000, d["id"]
        assert d["text"] == d["text"].strip(), d["id"]
        assert d["url"] and rows[d["id"]]["source"] == f"search(pages): {d['url']}"
        assert rows[d["id"]]["note"].strip(), d["id"]
        if d["published"]:
            assert DATE.match(d["published"][:10]), d["id"]
    labels = [rows[g["id"]]["label"] for g in gold]
    assert labels == ["positive" if g["events"] else "negative" for g in gold]
    assert 0 < labels.count("negative") < len(labels), "hard negatives and strike reports both present"


@by_set_and_lang
def test_gold_events_follow_the_contract(name, lang):
    pycountry = pytest.importorskip("pycountry")
    for g in lines(EVAL_DIR / name / f"{lang}.gold.jsonl"):
        assert g["schema_version"] == 1 and g["lang"] == lang
        actors = [e["actor"] for e in g["events"]]
        pairs = [(e["actor"], e["cumulative"]) for e in g["events"]]
        assert len(set(pairs)) == len(pairs), f"{g['id']}: one event per actor and cumulative flag"
        for e in g["events"]:
            assert EVENT_FIELDS <= set(e), g["id"]
            assert e["operation"] in OPERATIONS
            assert isinstance(e["cumulative"], bool), g["id"]
            for key in ("actor", "target_group", "claimant"):
                code = e.get(key)
                if code is None:
                    assert key != "actor", g["id"]
                    continue
                assert not (key == "actor" and code == "OTHER"), g["id"]
                assert actor_code_known(code), f"{g['id']}: {key} {code}"
            for key in ("event_date", "period_start"):
                assert e[key] is None or DATE.match(e[key]), g["id"]
            assert (e["event_date"] is None) == (e["period_start"] is None), g["id"]
            if e["event_date"] and e["period_start"]:
                assert e["period_start"] <= e["event_date"], g["id"]
            if e["country"]:
                assert pycountry.countries.get(alpha_2=e["country"]), g["id"]
            for code in e["admin1"]:
                assert pycountry.subdivisions.get(code=code), f"{g['id']}: admin1 {code}"
                if e["country"]:
                    assert code.startswith(e["country"] + "-"), f"{g['id']}: {code} outside {e['country']}"
            for loc in e["locations"]:
                assert loc["name"] and isinstance(loc.get("aliases", []), list), g["id"]
                if loc.get("admin1"):
                    assert pycountry.subdivisions.get(code=loc["admin1"]), f"{g['id']}: {loc}"
            for t in e["targets_hit"]:
                assert target_type_known(t["type"]), f"{g['id']}: {t['type']}"
                assert t["count"] is None or (isinstance(t["count"], int) and t["count"] > 0), g["id"]
            for key in ("sorties", "strikes", "targets", "killed"):
                assert e[key] is None or (isinstance(e[key], int) and e[key] >= 0), g["id"]
        assert len(actors) == len(g["events"])


@by_set_and_lang
def test_evidence_and_spans_point_at_words_of_the_text(name, lang):
    texts = {d["id"]: d["text"] for d in lines(EVAL_DIR / name / f"{lang}.jsonl")}
    for g in lines(EVAL_DIR / name / f"{lang}.gold.jsonl"):
        text = texts[g["id"]]
        for e in g["events"]:
            assert e.get("evidence"), f"{g['id']}: every reference event says where it was read"
            offsets = list(e["evidence"]) + list((e.get("spans") or {}).values())
            for start, end in offsets:
                assert 0 <= start < end <= len(text), g["id"]
                piece = text[start:end]
                assert piece.strip() == piece and piece, f"{g['id']}: span {piece!r}"
            for field, (start, end) in (e.get("spans") or {}).items():
                assert field in EVENT_FIELDS, f"{g['id']}: span for unknown field {field}"
                assert name not in SPANS_IN_EVIDENCE or field == "claimant" or \
                    any(s <= start and end <= t for s, t in e["evidence"]), \
                    f"{g['id']}: span of {field} lies outside the event's evidence"


def _other_sets_text(name: str) -> tuple[str, str]:
    """All texts and all source lines of the evaluation sets present here other than ``name``."""
    folders = [EVAL_DIR / other for other in OTHER_FOLDERS if other != name]
    texts, sources = [], []
    for path in [*(p for f in folders for p in sorted(f.glob("*.jsonl"))),
                 EVAL_DIR / "team.jsonl", SHARED / "corpus" / "dev.jsonl", SHARED / "corpus" / "dev2.jsonl"]:
        if path.exists() and not path.name.endswith(".gold.jsonl"):
            docs = lines(path)
            texts.extend(d.get("text") or "" for d in docs)
            sources.extend(f"{d.get('id')}\t{d.get('url') or ''}" for d in docs)
    for path in [*(p for f in folders for p in sorted(f.glob("*.sources.tsv"))),
                 SHARED / "corpus" / "dev.sources.tsv", SHARED / "corpus" / "dev2.sources.tsv"]:
        if path.exists():
            sources.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts), "\n".join(sources)


@by_set
def test_no_text_url_or_id_is_shared_with_another_set(name):
    others, other_sources = _other_sets_text(name)
    if not others:
        pytest.skip("no other evaluation set present")
    assert_shares_nothing(_all_docs(name), others, other_sources)
