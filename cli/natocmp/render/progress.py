"""A progress bar on stderr for long runs, only when stderr is a terminal.

The library reports progress through a plain ``callback(done, total)`` and never prints;
this module turns that into a ``rich.progress`` bar. Piped or redirected, it does nothing,
so scripts and logs see no bar. The Console here writes to stderr only, never to the
result on stdout (``natocmp.console`` builds that one).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a ``callback(done, total)`` drawing a bar, or None when stderr is not a TTY."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True, highlight=False), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
