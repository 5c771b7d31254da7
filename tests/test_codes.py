"""The code tables' data files (warehouse/codes/) are checked as they are read."""
from __future__ import annotations

import pytest

from warehouse import codes


def test_operation_types_map_to_known_codes():
    rows = {r["code"]: r for r in codes.operation_type_rows()}
    assert set(rows) >= {"airstrike", "drone_strike", "missile_strike", "artillery"}
    for r in rows.values():
        assert r["plover_event_type"] == "ASSAULT"
        assert r["plover_mode"] in codes.PLOVER_ASSAULT_MODES
        assert r["acled_event_type"] == "Explosions/Remote violence"
    assert rows["airstrike"]["cameo_code"] == "195" and rows["artillery"]["cameo_code"] == "194"


def test_an_unknown_plover_mode_is_refused(monkeypatch):
    real = codes._read_toml

    def patched(name):
        data = real(name)
        if name == "operation_types.toml":
            data["airstrike"]["plover_mode"] = "aerial"
        return data

    monkeypatch.setattr(codes, "_read_toml", patched)
    with pytest.raises(codes.CodeTableError, match=r"\[airstrike\]: plover_mode 'aerial' is not a PLOVER ASSAULT mode"):
        codes.operation_type_rows()


def _lexicon_codes(section: str) -> set[str]:
    import tomllib
    from pathlib import Path

    found = set()
    for path in (Path(__file__).resolve().parents[1] / "extractors" / "lexicons").glob("*.toml"):
        with path.open("rb") as fh:
            found |= set(tomllib.load(fh).get(section, {}))
    return found


def test_every_platform_and_target_type_the_lexicons_name_has_a_row():
    platforms = {r["code"]: r for r in codes.platform_rows()}
    assert _lexicon_codes("platforms") <= set(platforms)
    assert _lexicon_codes("target_types") <= {r["code"] for r in codes.target_type_rows()}
    assert platforms["Su-34"]["kind"] == "aircraft" and platforms["Su-34"]["operators"] == ["RUS"]
    assert platforms["Shahed-136"]["kind"] == "drone" and platforms["Kh-101"]["kind"] == "cruise_missile"
    assert platforms["HIMARS"]["kind"] == "artillery_rocket_system" and platforms["Ka-52"]["kind"] == "helicopter"


def test_platform_operators_must_be_iso_states(monkeypatch):
    real = codes._read_toml

    def patched(name):
        data = real(name)
        if name == "platforms.toml":
            data["Su-34"]["operators"] = ["RU"]
        return data

    monkeypatch.setattr(codes, "_read_toml", patched)
    with pytest.raises(codes.CodeTableError, match=r"\[Su-34\]: operators RU are not ISO 3166-1 alpha-3"):
        codes.platform_rows()


def test_code_tables_are_in_the_warehouse(tmp_path):
    from warehouse.db import connect

    con = connect(tmp_path / "w.duckdb")
    written = codes.sync_codes(con)
    assert written["platforms"] > 50 and written["target_types"] == 20
    assert con.execute("SELECT kind, operators FROM platforms WHERE code = 'Tu-95MS'").fetchall() == [
        ("aircraft", ["RUS"])]
    assert con.execute("SELECT category FROM target_types WHERE code = 'command_post'").fetchall() == [("military",)]
    assert codes.sync_codes(con)["platforms"] == 0
    con.close()


def test_every_table_and_view_column_has_a_comment(tmp_path):
    """The codebook is in the database: duckdb_columns() shows what each column means,
    in the warehouse and in the analysts' snapshot."""
    from warehouse.db import connect, snapshot

    con = connect(tmp_path / "w.duckdb")
    codes.sync_codes(con)
    missing = con.execute("""
        SELECT table_name || '.' || column_name FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main' AND coalesce(comment, '') = ''
        ORDER BY 1""").fetchall()
    assert missing == []
    bare = con.execute("""
        SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
           AND schema_name = 'main' AND coalesce(comment, '') = ''
        UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database()
           AND schema_name = 'main' AND NOT internal AND coalesce(comment, '') = ''""").fetchall()
    assert bare == []
    assert codes.sync_codes(con)["comments"] == 0                 # unchanged: not rewritten
    snap = snapshot(con, tmp_path / "snap.duckdb")
    con.close()
    import duckdb

    ro = duckdb.connect(snap, read_only=True)
    spans = ro.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'events' "
                       "AND column_name = 'spans'").fetchall()[0][0]
    assert "offsets into articles.text" in spans
    assert "Who makes the claim" in ro.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'daily_operations' "
                                    "AND column_name = 'claimant'").fetchall()[0][0]
    ro.close()


# ---- admin1 centres: kept once, in the gazetteer

def test_admin1_centres_are_the_gazetteers():
    """The warehouse's admin1 table takes each unit's centre from the gazetteer, so the two
    cannot disagree; the curated TSV holds names and types only."""
    from extractors.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    rows = {r["code"]: r for r in codes.admin1_rows()}
    units = gaz.all_admin1()
    assert units and all(u.code in rows for u in units)   # every unit the extractor emits has a row
    for unit in units:
        assert (rows[unit.code]["lat"], rows[unit.code]["lon"]) == (unit.lat, unit.lon), unit.code
    header = (codes.CODES_DIR / "admin1.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header == list(codes.ADMIN1_TSV_FIELDS) and "lat" not in header


def test_large_desert_units_are_placed_at_their_area_centre():
    """Where a unit is mostly empty, the mean of its localities lies in its populated corner
    (Homs governorate's by Homs city, 100 km west of its middle); the gazetteer's override
    for such a unit is its area centre."""
    from extractors.gazetteer import get_gazetteer

    homs = get_gazetteer().admin1_info("SY-HI")
    assert (homs.lat, homs.lon) == (34.55, 37.95)
    assert {r["code"]: (r["lat"], r["lon"]) for r in codes.admin1_rows()}["SY-HI"] == (34.55, 37.95)


def test_a_tsv_with_coordinates_again_is_refused(tmp_path, monkeypatch):
    (tmp_path / "admin1.tsv").write_text("code\tname\tcountry\ttype\tlat\tlon\nSY-HI\tHoms\tSY\tgovernorate\t1\t2\n",
                                         encoding="utf-8")
    monkeypatch.setattr(codes, "CODES_DIR", tmp_path)
    with pytest.raises(codes.CodeTableError, match=r"admin1.tsv:2: expected columns code, name, country, type"):
        codes.admin1_rows()
