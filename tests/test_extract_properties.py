"""Arbitrary text through the extractor: it never raises and always speaks the contract."""
from __future__ import annotations

import resource

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_document

# Load the lexicons and gazetteer now, outside Hypothesis: their first load imports modules
# that touch the global `random` state, which Hypothesis warns about inside a test.
extract_document({"id": "warm-up", "text": "Russian aircraft struck 12 targets in Idlib.", "lang": "en"})

# Words the extractor reacts to, mixed into random text so the rules actually fire.
TRIGGERS = ["airstrike", "frappes", "sorties", "targets", "Su-34", "Russian", "israélien", "IDF",
            "said on Monday", "dans la nuit", "yesterday", "53", "près de", "more than", "province",
            "Idleb", "Homs", "strike", "grève", "killed", "since 30 September", "drones", "الروسية",
            "غارات", "Rusya", "удары", "\n", ".", ",", "«", "»", "\u200b", "\x00"]

texts = st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=30)), max_size=60).map(" ".join)
published = st.one_of(st.none(), st.just("2015-10-12T14:00:00+00:00"), st.text(max_size=25))
langs = st.one_of(st.none(), st.sampled_from(["en", "fr", "es", "de", "ar", "tr", "ru", "uk", "xx", ""]))

EVENT_FIELDS = {"actor", "target_group", "claimant", "operation", "event_date", "period_start",
                "cumulative", "sorties", "strikes", "targets", "killed", "platforms", "country",
                "admin1", "locations", "targets_hit", "evidence", "confidence"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, title=st.one_of(st.none(), st.text(max_size=40)), published=published, lang=langs)
def test_extract_never_raises_and_keeps_the_contract(text, title, published, lang):
    out = extract_document({"id": "p", "text": text, "title": title, "published": published, "lang": lang})
    assert out["id"] == "p" and out["schema_version"] == 1
    for event in out["events"]:
        assert EVENT_FIELDS <= set(event)
        for start, end in event["evidence"]:
            assert 0 <= start <= end <= len(text)
        for key, span in (event.get("spans") or {}).items():
            assert 0 <= span[0] <= span[1] <= len(text), key
        assert 0.0 <= event["confidence"] <= 1.0


def test_memory_stays_bounded_on_long_hostile_text():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = ("L'aviation russe a bombardé 53 cibles dans la province de Homs, " * 2000
            + "(((((((((( " * 5000 + "a" * 200_000)
    out = extract_document({"id": "big", "text": text, "published": "2015-10-12T14:00:00+00:00"})
    assert isinstance(out["events"], list)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 500, f"extracting 500 KB of text grew memory by {grown_mb:.0f} MB"
