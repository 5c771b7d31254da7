"""The team evaluation set and the demo corpus generated from it."""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pycountry
import pytest

from strikewire.demo_corpus import build

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "extractors" / "eval"
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", REPO.parent / "shared"))
CONTRACT = SHARED / "contract"
SITE = build.SITE
EVENT_FIELDS = {"actor", "target_group", "claimant", "operation", "event_date", "period_start",
                "cumulative", "sorties", "strikes", "targets", "killed", "platforms", "country",
                "admin1", "locations", "targets_hit"}
ATOM = "{http://www.w3.org/2005/Atom}"


def _jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DOCS = _jsonl(EVAL / "team.jsonl")
GOLD = _jsonl(EVAL / "team.gold.jsonl")
MANIFEST = json.loads(build.MANIFEST.read_text(encoding="utf-8"))


def _vocab():
    path = CONTRACT / "vocab.toml"
    if path.exists():
        return tomllib.loads(path.read_text(encoding="utf-8"))
    # The codes as schema_version 1 lists them, for machines without the shared contract.
    return {"operations": dict.fromkeys(["airstrike", "drone_strike", "missile_strike", "artillery"]),
            "actors": dict.fromkeys(["OTHER", "COALITION", "NATO", "ISIS", "HTS", "AQ", "SHABAAB",
                                     "HAMAS", "PIJ", "HEZBOLLAH", "HOUTHI", "PKK", "SDF", "TALIBAN",
                                     "WAGNER"]),
            "target_types": dict.fromkeys([
                "training_camp", "command_post", "ammunition_depot", "fuel_depot", "weapons_depot",
                "artillery_position", "fighting_position", "crossing_point", "vehicle",
                "armored_vehicle", "air_defense", "aircraft", "launcher", "personnel",
                "oil_facility", "factory", "infrastructure", "airfield", "vessel", "building"])}


VOCAB = _vocab()


def _actor_code(code, *, claimant=False):
    if code in VOCAB["actors"]:
        return claimant or code != "OTHER"
    return pycountry.countries.get(alpha_3=code) is not None


# --------------------------------------------------------------------------- eval set

LANGS = {"en", "fr", "es", "de", "ru", "uk", "ar", "tr"}


def test_eval_set_inputs_follow_the_contract():
    assert len(DOCS) == 72
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    for doc in DOCS:
        assert set(doc) == {"id", "title", "text", "published", "lang", "url"}, doc["id"]
        assert doc["text"].strip() and doc["lang"] in LANGS
        assert dt.datetime.fromisoformat(doc["published"]).tzinfo is not None


def test_eval_set_balance():
    positives = [g for g in GOLD if g["events"]]
    assert len(positives) == 44 and len(GOLD) - len(positives) == 28
    # documents 1-50: English and French half and half; 51-70: every other lexicon language;
    # 71-72: one claim in English and French
    langs = [d["lang"] for d in DOCS[:50]]
    assert langs.count("en") == langs.count("fr") == 25
    later = {d["lang"] for d in DOCS[50:]}
    assert LANGS - {"en", "fr"} <= later
    for lang in LANGS:
        kinds = {bool(g["events"]) for d, g in zip(DOCS, GOLD) if d["lang"] == lang}
        assert kinds == {True, False}, f"{lang}: needs both a strike report and a hard negative"


def test_gold_lines_have_the_contract_fields_and_valid_codes():
    assert [g["id"] for g in GOLD] == [d["id"] for d in DOCS]
    for doc, gold in zip(DOCS, GOLD):
        assert gold["schema_version"] == 1 and gold["lang"] == doc["lang"]
        for ev in gold["events"]:
            where = f"{gold['id']} {ev['actor']}"
            assert set(ev) == EVENT_FIELDS, where
            assert _actor_code(ev["actor"]), where
            assert ev["target_group"] is None or _actor_code(ev["target_group"]), where
            assert ev["claimant"] is None or _actor_code(ev["claimant"], claimant=True), where
            assert ev["operation"] in VOCAB["operations"], where
            assert isinstance(ev["cumulative"], bool), where
            assert (ev["event_date"] is None) == (ev["period_start"] is None), where
            if ev["event_date"]:
                assert dt.date.fromisoformat(ev["period_start"]) <= dt.date.fromisoformat(ev["event_date"])
                assert ev["event_date"] <= doc["published"][:10], where
            for key in ("sorties", "strikes", "targets", "killed"):
                assert ev[key] is None or (type(ev[key]) is int and ev[key] > 0), where
            assert all(isinstance(p, str) and p for p in ev["platforms"]), where
            if ev["country"] is not None:
                assert pycountry.countries.get(alpha_2=ev["country"]), where
            for code in ev["admin1"]:
                assert pycountry.subdivisions.get(code=code), (where, code)
                assert ev["country"] is None or code.startswith(ev["country"] + "-"), (where, code)
            names = {loc["name"] for loc in ev["locations"]}
            for loc in ev["locations"]:
                assert set(loc) == {"name", "admin1", "aliases"}, where
                assert loc["admin1"] in ev["admin1"], (where, loc)
                assert isinstance(loc["aliases"], list), where
            for target in ev["targets_hit"]:
                assert set(target) == {"type", "count", "location"}, where
                assert target["type"] in VOCAB["target_types"], (where, target)
                assert target["count"] is None or (type(target["count"]) is int and target["count"] > 0)
                assert target["location"] is None or target["location"] in names, (where, target)


def test_gold_actors_in_a_document_pair_unambiguously():
    for gold in GOLD:
        keys = [(ev["actor"], ev["cumulative"]) for ev in gold["events"]]
        assert len(keys) == len(set(keys)), gold["id"]


def test_eval_files_are_generated_from_make_team(tmp_path):
    sys.path.insert(0, str(EVAL))
    try:
        import make_team
    finally:
        sys.path.remove(str(EVAL))
    make_team.HERE = tmp_path
    make_team.main()
    for name in ("team.jsonl", "team.gold.jsonl"):
        assert (tmp_path / name).read_bytes() == (EVAL / name).read_bytes(), \
            f"{name} is stale: run .venv/bin/python extractors/eval/make_team.py"


@pytest.mark.skipif(not (CONTRACT / "score.py").exists(), reason="shared contract not present")
def test_gold_scores_itself_perfectly():
    gold = str(EVAL / "team.gold.jsonl")
    out = subprocess.run([sys.executable, str(CONTRACT / "score.py"), gold, gold, "--json"],
                         capture_output=True, text=True, check=True).stdout
    scores = json.loads(out)
    assert scores["macro_f1"] == 1.0 and not scores["missing"]


# --------------------------------------------------------------------------- demo corpus

def test_build_is_up_to_date(tmp_path):
    site, manifest = tmp_path / "site", tmp_path / "manifest.json"
    build.build(site=site, manifest_path=manifest)
    assert manifest.read_bytes() == build.MANIFEST.read_bytes(), \
        "manifest.json is stale: run .venv/bin/python -m strikewire.demo_corpus.build"
    fresh = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    committed = {p.relative_to(SITE).as_posix(): p.read_bytes() for p in SITE.rglob("*") if p.is_file()}
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale demo files {stale}: run .venv/bin/python -m strikewire.demo_corpus.build"


def test_pages_are_the_first_thirty_eval_documents_and_the_disagreeing_pair_over_three_days():
    expected = [d["id"] for d in DOCS[:30]] + list(build.DISAGREEING_DOCS)
    assert [p["doc_id"] for p in MANIFEST["pages"]] == expected
    days = sorted({p["published"][:10] for p in MANIFEST["pages"]})
    assert days == ["2024-03-11", "2024-03-12", "2024-03-13"]
    assert {p["agency"] for p in MANIFEST["pages"]} == {"meridian", "northgate", "horizon"}
    assert {d["lang"] for d in DOCS[:30]} == {"en", "fr"}


def _feed_items(feed):
    root = ET.parse(SITE / feed["path"]).getroot()
    if feed["format"] == "atom":
        assert root.tag == ATOM + "feed"
        return [{"link": e.find(ATOM + "link").get("href"), "guid": e.findtext(ATOM + "id"),
                 "published": e.findtext(ATOM + "published"), "title": e.findtext(ATOM + "title")}
                for e in root.iter(ATOM + "entry")]
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [{"link": i.findtext("link"), "guid": i.findtext("guid"), "published": i.findtext("pubDate"),
             "title": i.findtext("title")} for i in root.iter("item")]


def test_feeds_parse_and_every_link_points_at_a_page_or_the_intentional_404():
    feeds = MANIFEST["feeds"]
    assert {f["format"] for f in feeds} == {"rss", "atom"} and {f["lang"] for f in feeds} == {"en", "fr"}
    pages = {p["path"] for p in MANIFEST["pages"]}
    linked, missing_linked = [], []
    for feed in feeds:
        feed_url = f"{build.PLACEHOLDER}/{feed['path']}"
        items = _feed_items(feed)
        assert items, feed["path"]
        for item in items:
            assert item["title"] and item["published"]
            url = urljoin(feed_url, item["link"])
            assert url.startswith(build.PLACEHOLDER + "/"), url
            path = url.removeprefix(build.PLACEHOLDER + "/")
            if path in MANIFEST["missing"]:
                missing_linked.append(path)
                assert not (SITE / path).exists()
            else:
                assert path in pages and (SITE / path).is_file(), url
                linked.append(path)
    assert missing_linked == MANIFEST["missing"]
    assert pages <= set(linked)
    # The same wire story in two feeds: one URL, carried twice.
    dup = next(p["path"] for p in MANIFEST["pages"] if p["doc_id"] == MANIFEST["duplicate_doc"])
    assert linked.count(dup) == 2 and len(linked) == len(pages) + 1


def test_feed_defects_are_there_and_sparing():
    items = [(f, i) for f in MANIFEST["feeds"] for i in _feed_items(f)]
    assert sum(1 for f, i in items if f["format"] == "rss" and not i["guid"]) == 1
    assert sum(1 for _, i in items if not i["link"].startswith("http")) == 1


def test_pages_contain_their_article_text_and_metadata():
    docs = {d["id"]: d for d in DOCS}
    for page in MANIFEST["pages"]:
        doc = docs[page["doc_id"]]
        text = (SITE / page["path"]).read_text(encoding="utf-8")
        assert f'lang="{doc["lang"]}"' in text
        assert 'charset="utf-8"' in text.lower() or "charset=utf-8" in text.lower()
        assert f'<meta property="og:title" content="{html.escape(doc["title"])}">' in text
        assert f'<meta property="article:published_time" content="{doc["published"]}">' in text
        for paragraph in doc["text"].split("\n"):
            assert f"<p>{html.escape(paragraph, quote=False)}</p>" in text, (page["doc_id"], paragraph[:40])
        assert "demo" in text.lower()


def test_pages_clean_to_exactly_their_eval_text():
    clean = pytest.importorskip("flows.clean")
    docs = {d["id"]: d for d in DOCS}
    for page in MANIFEST["pages"]:
        cleaned = clean.clean_page((SITE / page["path"]).read_bytes(), f"http://127.0.0.1/{page['path']}",
                                   "text/html; charset=utf-8")
        assert cleaned.text == docs[page["doc_id"]]["text"], page["doc_id"]
