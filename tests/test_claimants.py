"""claimant_body: the claiming body, read from the claimant's words at load time."""
from __future__ import annotations

import zlib
from datetime import datetime, timezone

import pytest

from warehouse import db, keys, load
from warehouse.claimants import read_body
from warehouse.codes import sync_code_tables
from warehouse.operations import update_operations

CASES = [
    ("KYIV, March 13 - Russia attacked Ukraine overnight, the Ukrainian Air Force said.", "Ukrainian", "AIR_FORCE"),
    ("STUTTGART, Germany, March 12 - U.S. Africa Command said it conducted an airstrike", "U.S.", "AFRICOM"),
    ("targets linked to Hayat Tahrir al-Sham, the Russian Defence Ministry said.", "Russian", "MOD"),
    ("on Sunday evening, the National Defence Ministry said on Monday.", "Defence Ministry", "MOD"),
    ("dans la nuit, a déclaré mardi l'armée de l'air ukrainienne.", "ukrainienne", "AIR_FORCE"),
    ("ont été abattus, a ajouté l'état-major.", "état-major", "GENERAL_STAFF"),
    ("le Commandement central américain (Centcom) a annoncé", "américain", "CENTCOM"),
    ("the Israel Defense Forces said on Monday", "Israel Defense Forces", "IDF"),
    ("an IDF spokesperson said", "IDF", "IDF_SPOKESPERSON"),
    ("Генштаб ВСУ сообщил", "ВСУ", "GENERAL_STAFF"),
    ("Минобороны России сообщило", "России", "MOD"),
    ("Combined Joint Task Force - Operation Inherent Resolve said in a statement", "Operation Inherent Resolve",
     "CJTF_OIR"),
    ("selon le même communiqué.", "communiqué", None),
]


@pytest.mark.parametrize("text,word,body", CASES, ids=[c[2] or "none" for c in CASES])
def test_body_is_read_from_the_claimants_words(text, word, body):
    i = text.index(word)
    found = read_body(text, i, i + len(word))
    assert (found[0] if found else None) == body


def test_a_body_across_a_sentence_end_is_not_taken():
    text = "The Defence Ministry met on Monday. Ukrainian forces said they struck."
    i = text.index("Ukrainian")
    assert read_body(text, i, i + 9) is None or read_body(text, i, i + 9)[0] != "MOD"


def _article(url: str, text: str) -> dict:
    return {"article_id": keys.article_id(url), "url": url, "agency": "AFP", "lang": "en", "text": text,
            "text_found": True, "published_at": datetime(2024, 3, 12, 9, tzinfo=timezone.utc),
            "raw_html": zlib.compress(text.encode()), "content_hash": keys.content_hash(text)}


def _event(aid: str, version: str, text: str, word: str, **over) -> dict:
    i = text.index(word)
    return {"article_id": aid, "extractor_version": version, "ordinal": 0, "actor": "RUS", "claimant": "UKR",
            "operation": "drone_strike", "event_date": "2024-03-12", "cumulative": False, "country": "UA",
            "spans": {"claimant": [i, i + len(word)]}, "confidence": 0.9, **over}


def test_body_is_stored_at_load_time_and_carried_to_operations(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    t1 = "KYIV - Russia launched 40 drones overnight, the Ukrainian Air Force said on Tuesday."
    t2 = "KIEV - La Russie a lancé 40 drones, a déclaré mardi l'armée de l'air ukrainienne."
    a1, a2 = _article("https://a.example/1", t1), _article("https://b.example/1", t2)
    load.load_batch(con, articles=[a1, a2], extractions=[], fetch_log=[], run_id=None,
                    events=[_event(a1["article_id"], "1.0.0+x", t1, "Ukrainian"),
                            _event(a2["article_id"], "1.0.0+x", t2, "ukrainienne")])
    rows = con.execute("SELECT claimant_body, phrase FROM event_claimants ORDER BY phrase").fetchall()
    assert rows == [("AIR_FORCE", "Air Force"), ("AIR_FORCE", "armée de l'air")]
    update_operations(con, rebuild=sync_code_tables(con))   # as the flows do
    assert con.execute("SELECT claimant, claimant_body, source_count FROM operations").fetchall() == [
        ("UKR", "AIR_FORCE", 2)]
    assert con.execute("SELECT name FROM claimant_bodies WHERE code = 'GENERAL_STAFF'").fetchall() == [
        ("General Staff",)]
    # A re-extraction replaces the pair's rows with the new version's.
    load.load_batch(con, articles=[], extractions=[], fetch_log=[], run_id=None,
                    events=[_event(a1["article_id"], "1.0.0+x", t1, "Ukrainian", claimant=None)])
    assert con.execute("SELECT count(*) FROM event_claimants WHERE article_id = ?",
                       [a1["article_id"]]).fetchall() == [(0,)]
    con.close()


def test_events_loaded_before_the_body_table_get_theirs(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    t1 = "MOSCOW - Russian aircraft struck 40 targets, the Russian Defence Ministry said."
    a1 = _article("https://a.example/2", t1)
    load.load_batch(con, articles=[a1], extractions=[], fetch_log=[], run_id=None,
                    events=[_event(a1["article_id"], "1.0.0+x", t1, "Russian Defence", claimant="RUS")])
    update_operations(con, rebuild=sync_code_tables(con))   # as the flows do
    con.execute("DELETE FROM event_claimants")            # as in a warehouse from before 016
    con.execute("UPDATE operations SET claimant_body = NULL, content_hash = 'hashed-before-016'")
    update_operations(con, rebuild=sync_code_tables(con))   # as the flows do
    assert con.execute("SELECT claimant_body FROM operations").fetchall() == [("MOD",)]
    con.close()
