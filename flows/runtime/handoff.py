"""Rows handed to one nested task run and released by it once used.

Prefect keeps every task run that a task starts until the enclosing task ends: the
nested run's transaction becomes a child of the enclosing run's, and keeps its rollback
hook, which holds the run's engine and so its parameters. `ingest-articles` starts one
`load-rows` per chunk of pages, so passing the pages themselves as parameters kept every
page of the run in memory until the run's last chunk was loaded: the run's own process
grew with the number of pages (about 40–60 KB a page, `docs/performance.md`).

A `Handoff` is passed instead: the task takes its rows out (`take`) and what Prefect keeps
is an empty box.
"""
from __future__ import annotations

from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class Handoff(Generic[T]):
    """A box of rows that one consumer takes out once."""

    __slots__ = ("_items", "_count")

    def __init__(self, items: Iterable[T] = ()):
        self._items: list[T] | None = list(items)
        self._count = len(self._items)

    def take(self) -> list[T]:
        """The rows, once; taking them again is a programming error."""
        if self._items is None:
            raise RuntimeError("these rows were handed off already")
        items, self._items = self._items, None
        return items

    @property
    def taken(self) -> bool:
        return self._items is None

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:   # what Prefect logs of the parameter
        return f"<{self._count} rows{', taken' if self.taken else ''}>"


def rows_of(value: "Handoff[T] | Iterable[T] | None") -> list[T]:
    """A task's rows whether it was handed a `Handoff` or a plain list."""
    if value is None:
        return []
    if isinstance(value, Handoff):
        return value.take()
    return list(value)
