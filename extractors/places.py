"""Access to the gazetteer (extractors/gazetteer.py), with a null stand-in.

The extractor must still run (without places) where the gazetteer data is missing or
broken; the version hash then says so ("nogaz").
"""
from __future__ import annotations

from functools import lru_cache


class NullGazetteer:
    def find_admin1(self, text, countries=None):
        return []

    def find_countries(self, text):
        return []

    def admin1_country(self, code):
        return code.split("-", 1)[0].upper()

    def lookup_place(self, name, country=None, admin1=None):
        return None

    def admin1_info(self, code):
        return None

    def data_hash(self):
        return "nogaz"


@lru_cache(maxsize=1)
def gazetteer():
    try:
        from .gazetteer import get_gazetteer

        return get_gazetteer()
    except Exception:  # noqa: BLE001 - any failure of the data means "no places"
        return NullGazetteer()
