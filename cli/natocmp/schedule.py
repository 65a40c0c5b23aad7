"""Where the independent steps of a comparison run: in this process, or as cluster tasks.

``compare_articles`` and ``group_stories`` hand their independent steps (one story's
alignment and grouping; one article's terms) to a *scheduler*: anything with a ``map``
that applies a picklable function to each item and returns the results in item order.
This module defines that interface and the in-process one; ``natocmp.distributed`` (the
optional ``dask`` extra) provides one on a Dask cluster. The results do not depend on the
scheduler: the steps are pure and their results are combined in item order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int], None]


class Scheduler(Protocol):
    """Applies ``fn`` to each item; results in item order."""

    name: str

    def map(
        self, fn: Callable[[Any], Any], items: Sequence[Any], *, progress: Progress | None = None
    ) -> list[Any]: ...


class InProcess:
    """The scheduler of a plain run: one item after another, here.

    >>> InProcess().map(len, ["ab", "c"])
    [2, 1]
    """

    name = "in-process"

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], *, progress: Progress | None = None
    ) -> list[R]:
        out = []
        for n, item in enumerate(items, 1):
            out.append(fn(item))
            if progress is not None:
                progress(n, len(items))
        return out


def run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """One task: ``fn`` over a chunk of items (tasks of one item each cost more to ship)."""
    return [fn(item) for item in chunk]
