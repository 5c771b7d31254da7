"""The stored pages: each article's raw page, compressed, in a file beside the warehouse.

A warehouse file `news.duckdb` keeps its pages in `news.duckdb.pages` (SQLite, one row a
page: article_id, encoding, body), not in DuckDB's columnar `articles.raw_html`. DuckDB
rewrites and caches the blocks of the column it checkpoints, and a column holding every
page made the writer's memory grow with the archive (2,460 real pages: 536 MB against
293 MB with the pages kept out; `docs/performance.md`). SQLite keeps a blob where it was
written and reads it back by key, in a page cache of a few MB, however many pages the
file holds.

What the warehouse says about a page:
- `articles.raw_encoding` says how the stored page is compressed ('zlib').
- `articles.raw_html` is NULL for pages kept here; a page in neither place was never
  stored (the fetch failed) and is what a backfill's re-fetch looks for. Rows loaded before the page store, and
  every row of a warehouse held in memory (no file to put a store beside), keep the page
  in that column; `fill_pages` reads either.

Writes: the loader puts a batch's pages here (one SQLite transaction, committed) before
the DuckDB transaction that stores their articles. A failure between the two leaves pages
no article points to, which the next load of the same URLs replaces; never an article
whose page is missing. One writer: the process that holds the warehouse's lock.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import duckdb

from warehouse.errors import WarehouseError

PAGES_SUFFIX = ".pages"
# Keys a statement names at once (SQLite allows 32,766 variables; a batch is 16-64 pages).
_CHUNK = 500


def pages_path(db_path: str | os.PathLike) -> str:
    return os.fspath(db_path) + PAGES_SUFFIX


def _file_of(con: duckdb.DuckDBPyConnection) -> str | None:
    from warehouse.db import file_of

    path = file_of(con)
    return path if path and path != ":memory:" else None


class PageStore:
    """The pages of one warehouse file. Open it for a load or a read and close it after."""

    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            # WAL: a commit appends to the log instead of rewriting pages; NORMAL syncs at
            # checkpoints (a power cut may lose the last batch's pages, never corrupt the
            # file; the articles of that batch are reloaded by the next run's feeds).
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS pages ("
                             "article_id TEXT PRIMARY KEY, encoding TEXT NOT NULL, body BLOB NOT NULL)")
        except sqlite3.Error as exc:
            raise PageStoreError(self.path, exc) from None

    @classmethod
    def of(cls, con: duckdb.DuckDBPyConnection) -> "PageStore | None":
        """The store beside the connection's warehouse file; None for a warehouse in memory."""
        path = _file_of(con)
        return cls(pages_path(path)) if path else None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "PageStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def put(self, pages: Iterable[tuple[str, str, bytes]]) -> int:
        """Store (article_id, encoding, body) rows in one transaction, replacing a page
        already stored under the same id; returns how many."""
        rows = list(pages)
        if not rows:
            return 0
        try:
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR REPLACE INTO pages (article_id, encoding, body) "
                                     "VALUES (?, ?, ?)", rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise PageStoreError(self.path, exc) from None
        return len(rows)

    def get(self, article_ids: Iterable[str]) -> dict[str, tuple[str, bytes]]:
        """article_id -> (encoding, body) of the ids stored here."""
        return {aid: (enc, bytes(body)) for aid, enc, body in self._select(article_ids, "article_id, encoding, body")}

    def has(self, article_ids: Iterable[str]) -> set[str]:
        """The ids of those given whose page is stored here (bodies not read)."""
        return {aid for (aid,) in self._select(article_ids, "article_id")}

    def _select(self, article_ids: Iterable[str], columns: str) -> list[tuple]:
        ids = list(dict.fromkeys(article_ids))
        rows: list[tuple] = []
        try:
            for i in range(0, len(ids), _CHUNK):
                part = ids[i:i + _CHUNK]
                marks = ", ".join("?" * len(part))
                with closing(self._db.execute(f"SELECT {columns} FROM pages WHERE article_id IN ({marks})",
                                              part)) as cur:
                    rows.extend(cur)
        except sqlite3.Error as exc:
            raise PageStoreError(self.path, exc) from None
        return rows

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM pages").fetchone()[0]


class PageStoreError(WarehouseError):
    """The page store could not be read or written (disk full, a damaged file)."""

    def __init__(self, path: str, exc: Exception):
        self.path = path
        super().__init__(f"page store {path}: {exc} (the raw pages of warehouse "
                         f"{path[:-len(PAGES_SUFFIX)]}; check the disk and the file)")


def fill_pages(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> list[dict]:
    """Give each stored-article row that needs its page (no text, a page stored, none in
    `raw_html`) its bytes from the page store, in place; returns the rows. A page the store
    has lost is left None (the article is re-extracted from its title and summary)."""
    want = [r["article_id"] for r in rows
            if r.get("raw_html") is None and r.get("raw_encoding") and not r.get("text")]
    if not want:
        return rows
    store = PageStore.of(con)
    if store is None:
        return rows
    with store:
        found = store.get(want)
    for r in rows:
        page = found.get(r["article_id"])
        if page is not None and r.get("raw_html") is None and not r.get("text"):
            r["raw_encoding"], r["raw_html"] = page
    return rows


def store_exists(db_path: str | os.PathLike) -> bool:
    return Path(pages_path(db_path)).exists()


def copy_warehouse(src: str | os.PathLike, dest: str | os.PathLike) -> str:
    """Copy a warehouse no process holds: its file and, when it has one, its page store."""
    import shutil

    shutil.copyfile(src, dest)
    if store_exists(src):
        shutil.copyfile(pages_path(src), pages_path(dest))
    return os.fspath(dest)
