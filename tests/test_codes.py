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
