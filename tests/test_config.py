"""feeds.toml validation: good files load, every mistake names its line and key."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.config import Config, ConfigError, FetchSettings, load_config, parse_config

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
[fetch]
user_agent = "strikewire-test/0.1"
timeout_s = 5
max_concurrency = 8
per_host = 2
allow_private_networks = true

[[feeds]]
name = "tass-en"
url = "https://tass.com/rss/v2.xml"
agency = "TASS"
lang = "en"

[[feeds]]
name = "local"
url = "http://127.0.0.1:8000/feed.xml"
"""


def test_good_config_loads():
    config = parse_config(GOOD, "feeds.toml")
    assert isinstance(config, Config)
    assert config.fetch.timeout_s == 5.0 and isinstance(config.fetch.timeout_s, float)
    assert config.fetch.max_concurrency == 8
    assert config.fetch.allow_private_networks is True
    assert config.fetch.retries == FetchSettings().retries  # defaults fill the rest
    assert [f.name for f in config.feeds] == ["tass-en", "local"]
    assert config.feeds[0].agency == "TASS" and config.feeds[1].agency is None


def test_fetch_table_is_optional():
    config = parse_config('[[feeds]]\nname = "a"\nurl = "https://a.example/rss"\n', "f.toml")
    assert config.fetch == FetchSettings()


def test_shipped_feeds_toml_is_valid():
    config = load_config(ROOT / "feeds.toml")
    assert config.path and config.path.endswith("feeds.toml")
    assert len(config.feeds) >= 8
    assert config.fetch.allow_private_networks is False
    agencies = {f.agency for f in config.feeds}
    for agency in ("TASS", "Ukrinform", "Al Jazeera", "France 24", "RFI", "Xinhua", "APS"):
        assert agency in agencies


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(text, "feeds.toml")
    return str(info.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        # unknown key in [fetch], on line 3
        ('[fetch]\ntimeout_s = 5\nmax_conncurrency = 3\n[[feeds]]\nname="a"\nurl="https://a.example/"\n',
         "feeds.toml:3: [fetch] 'max_conncurrency': unknown key"),
        # wrong type
        ('[fetch]\ntimeout_s = "fast"\n[[feeds]]\nname="a"\nurl="https://a.example/"\n',
         "feeds.toml:2: [fetch] 'timeout_s': must be a number"),
        ('[fetch]\nper_host = 0\n[[feeds]]\nname="a"\nurl="https://a.example/"\n',
         "feeds.toml:2: [fetch] 'per_host': must be at least 1"),
        ('[fetch]\nallow_private_networks = "yes"\n[[feeds]]\nname="a"\nurl="https://a.example/"\n',
         "feeds.toml:2: [fetch] 'allow_private_networks': must be true or false"),
        # second feed's url, on line 7
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/"\n\n[[feeds]]\nname = "b"\nurl = "ftp://b.example/x"\n',
         "feeds.toml:7: [[feeds]] #2 'url':"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/"\n[[feeds]]\nname = "a"\nurl = "https://b.example/"\n',
         "feeds.toml:5: [[feeds]] #2 'name': duplicate feed name 'a'"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/x"\n[[feeds]]\nname = "b"\nurl = "https://A.example/x/"\n',
         "feeds.toml:6: [[feeds]] #2 'url': duplicate feed URL"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/"\ncategory = "x"\n',
         "feeds.toml:4: [[feeds]] #1 'category': unknown key"),
        ('[[feeds]]\nname = "a"\n', "feeds.toml:1: [[feeds]] #1: missing required key 'url'"),
        ('[[feeds]]\nname = "a b"\nurl = "https://a.example/"\n', "feeds.toml:2: [[feeds]] #1 'name':"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/"\nlang = "English"\n', "feeds.toml:4: [[feeds]] #1 'lang':"),
        ('[[feeds]]\nname = "a"\nurl = "https:///nohost"\n', "feeds.toml:3: [[feeds]] #1 'url':"),
        ('[fetch]\ntimeout_s = 5\n', "no [[feeds]] tables"),
        ('[fetchh]\n[[feeds]]\nname="a"\nurl="https://a.example/"\n', "'fetchh': unknown key"),
        ('[[feeds]]\nname = 3\nurl = "https://a.example/"\n', "feeds.toml:2: [[feeds]] #1 'name': must be a string"),
    ],
)
def test_errors_name_line_and_key(text, expected):
    assert expected in _error(text)


def test_syntax_error_shows_tomllib_position():
    message = _error('[[feeds]]\nname = "a\nurl = "https://a.example/"\n')
    assert message.startswith("feeds.toml: TOML syntax error:")
    assert "line 2" in message


def test_multiline_strings_do_not_confuse_line_numbers():
    text = '[[feeds]]\nname = "a"\nagency = """\nurl = 1\n"""\nurl = "ftp://a.example/"\n'
    assert "feeds.toml:6: [[feeds]] #1 'url'" in _error(text)


def test_load_config_reports_missing_file_and_bad_utf8(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'[[feeds]]\nname = "\xff"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(bad)


def test_load_config_uses_file_name_in_messages(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[feeds]]\nname = "a"\nurl = "https://a.example/"\nbogus = 1\n')
    with pytest.raises(ConfigError, match=r"^mine\.toml:4: "):
        load_config(path)
