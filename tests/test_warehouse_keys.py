"""Natural keys are stored forever: these values must never change."""
from warehouse.keys import article_id, content_hash


def test_article_id_is_pinned():
    url = "https://www.reuters.com/world/middle-east/russian-jets-strike-syria-2015-10-12/"
    assert article_id(url) == "1d68d9741bb7275e"
    assert len(article_id("x")) == 16 and article_id("x") != article_id("x/")


def test_content_hash_ignores_whitespace_layout():
    assert content_hash("  Russian jets\n struck  ") == \
        "f29c26a802e2ca27c3793303bb4d77b0eed6a877c7fd8e64e703daa9b2861193"
    assert content_hash("Russian jets struck") == content_hash("Russian\tjets\n\nstruck\n")
    assert content_hash("Russian jets struck") != content_hash("Russian jets struck.")
