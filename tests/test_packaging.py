"""pyproject.toml's package data names files that exist, and every data file the packages
read at run time is named by it (an installed copy, not only a clone, has its data)."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DATA: dict[str, list[str]] = PROJECT["tool"]["setuptools"]["package-data"]
# Folders of evaluation material that the code does not read when it runs.
NOT_SHIPPED = ("extractors/eval/",)


def _matches(package: str, pattern: str) -> list[Path]:
    return [p for p in (ROOT / package).glob(pattern) if p.is_file()]


def test_every_package_data_pattern_matches_a_file():
    empty = [f"{package}: {pattern}" for package, patterns in PACKAGE_DATA.items()
             for pattern in patterns if not _matches(package, pattern)]
    assert empty == [], f"package-data patterns that match nothing: {empty}"


def test_every_data_file_is_package_data():
    shipped = {p for package, patterns in PACKAGE_DATA.items() for pattern in patterns
               for p in _matches(package, pattern)}
    missing = []
    for package in PACKAGE_DATA:
        for path in (ROOT / package).rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            if (not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in rel
                    or rel.startswith(NOT_SHIPPED)):
                continue
            if path not in shipped:
                missing.append(rel)
    assert missing == [], f"data files no package-data pattern names: {missing}"
