"""clean_page on hand-made pages (real pages: test_clean_corpus.py)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from flows.clean import clean_page, detect_language

PARAGRAPHS = "".join(
    f"<p>Paragraph {i}: the ministry said air defence units intercepted several drones over the region "
    f"overnight, and officials reported damage to an energy facility near the city.</p>"
    for i in range(6)
)


def page(body: str, head: str = "", lang: str = 'lang="en"', charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html {lang}><head><meta charset="{charset}"><title>Drones downed | Agency</title>'
            f'{head}</head><body><nav>Home | World</nav><article><h1>Drones downed overnight</h1>{body}'
            f"</article><footer>Copyright Agency</footer></body></html>")


def test_article_text_title_date_lang():
    head = '<meta property="article:published_time" content="2025-07-01T06:30:00+03:00">'
    result = clean_page(page(PARAGRAPHS, head).encode(), "https://agency.example/news/1")
    assert result.error is None
    assert "intercepted several drones" in result.text and "Copyright Agency" not in result.text
    assert result.title and "Drones downed" in result.title
    assert result.published_at is not None and result.published_at.tzinfo is not None
    assert result.published_at.date() == datetime(2025, 7, 1, tzinfo=timezone.utc).date()
    assert result.lang == "en"


def test_no_article_text():
    result = clean_page(b"<html><body><nav>Home</nav></body></html>", "https://agency.example/")
    assert result.text is None and result.error == "no article text"


@pytest.mark.parametrize("body", [b"", b"  ", b"\x00\xff\x00garbage", b"just words, no markup at all"])
def test_unusable_input_is_a_value(body):
    result = clean_page(body, "https://agency.example/")
    assert result.text is None and result.error


def test_charset_from_http_header_and_meta():
    text = "Ракетный удар по городу. " * 20
    html = page(f"<p>{text}</p><p>{text}</p>", lang="", charset="windows-1251").encode("cp1251")
    result = clean_page(html, "https://agency.example/ru/1")
    assert "Ракетный удар" in result.text and result.encoding == "cp1251" and result.lang == "ru"
    # no meta, HTTP says so
    bare = page(f"<p>{text}</p>", lang="").replace('<meta charset="utf-8">', "").encode("cp1251")
    result = clean_page(bare.replace(b'<meta charset="utf-8">', b""), "https://agency.example/ru/2",
                        "text/html; charset=windows-1251")
    assert "Ракетный удар" in result.text


def test_meta_says_legacy_but_bytes_are_utf8():
    text = "促进航天技术更好惠及人民。" * 20
    html = page(f"<p>{text}</p><p>{text}</p>", lang="", charset="gb2312").encode("utf-8")
    result = clean_page(html, "https://agency.example/cn/1")
    assert "促进航天技术" in result.text and result.encoding == "utf-8" and result.lang == "zh"


@pytest.mark.parametrize("text, lang", [
    ("The army said the strike hit the depot and that the attack was repelled on the border.", "en"),
    ("L'armée a déclaré que la frappe a touché le dépôt et que les attaques sont pour la plupart repoussées.", "fr"),
    ("Die Armee sagte, dass der Angriff auf das Depot nicht erfolgreich war und sich die Lage beruhigt.", "de"),
    ("Удар по складу был нанесен ночью, сообщили в министерстве обороны.", "ru"),
    ("Удар по складу було завдано вночі, повідомили в міністерстві оборони України.", "uk"),
    ("قال الجيش إن الغارة استهدفت المستودع", "ar"),
    ("軍は倉庫への攻撃があったと発表した。ミサイルが", "ja"),
    ("12345 !!!", None),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_fast_date_still_reads_explicit_metadata():
    head = '<meta property="article:published_time" content="2025-07-01T06:30:00+03:00">'
    result = clean_page(page(PARAGRAPHS, head).encode(), "https://agency.example/news/1", fast_date=True)
    assert result.error is None and result.published_at.date().isoformat() == "2025-07-01"


def test_without_metadata_same_text_no_title_or_date():
    head = '<meta property="article:published_time" content="2025-07-01T06:30:00+03:00">'
    html = page(PARAGRAPHS, head).encode()
    full = clean_page(html, "https://agency.example/news/1")
    bare = clean_page(html, "https://agency.example/news/1", metadata=False)
    assert bare.error is None and bare.text == full.text
    assert bare.title is None and bare.published_at is None and full.title and full.published_at
    assert bare.lang == "en"  # read from <html lang> and the text, not from the metadata pass


def _spy_extractions(monkeypatch) -> list[bool]:
    """Record the `fast` flag of every trafilatura extraction clean_page makes."""
    import trafilatura

    calls: list[bool] = []
    real = trafilatura.bare_extraction

    def spy(*args, **kwargs):
        calls.append(kwargs.get("fast", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    return calls


def test_a_long_article_is_cleaned_once_without_the_fallback_extractors(monkeypatch):
    calls = _spy_extractions(monkeypatch)
    bare = clean_page(page(PARAGRAPHS).encode(), "https://agency.example/news/1", metadata=False)
    assert calls == [True]
    assert len(bare.text) >= 400 and "intercepted several drones" in bare.text


def test_a_short_find_is_cleaned_again_with_them(monkeypatch):
    calls = _spy_extractions(monkeypatch)
    short = "<p>Drones were downed over the region overnight, the ministry said.</p>"
    bare = clean_page(page(short).encode(), "https://agency.example/news/2", metadata=False)
    assert calls == [True, False]
    assert bare.text and "Drones were downed" in bare.text


def test_the_metadata_pass_always_uses_them(monkeypatch):
    """`fast` would also shorten the date search, so a page whose date comes from the page
    is cleaned the full way."""
    calls = _spy_extractions(monkeypatch)
    clean_page(page(PARAGRAPHS).encode(), "https://agency.example/news/1")
    assert calls == [False]


def test_demo_pages_get_the_same_text_either_way():
    """The demo corpus's pages: the text without the metadata pass (own extraction first)
    is the text with it (every fallback extractor consulted)."""
    from pathlib import Path

    pages = sorted((Path(__file__).resolve().parents[1] / "strikewire" / "demo_corpus" / "site").rglob("*.html"))
    assert len(pages) >= 30
    for path in pages:
        url = f"https://demo.example/{path.stem}"
        assert clean_page(path.read_bytes(), url, metadata=False).text == clean_page(path.read_bytes(), url).text, path
