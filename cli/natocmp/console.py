"""The only place a Rich Console is built; colour is decided here, at construction.

Honours NO_COLOR and FORCE_COLOR, and ``--color auto|always|never``. Tables are rendered
into a string first, so a failure can never leave half a table on stdout.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

DEFAULT_WIDTH = 100


def make_console(*, color: str = "auto", width: int | None = None, file: Any = None) -> Any:
    """A Console writing to ``file`` (a StringIO by default) with colour decided once."""
    import io

    from rich.console import Console

    if color == "always" or (color == "auto" and os.environ.get("FORCE_COLOR")):
        use_color = True
    elif color == "never" or os.environ.get("NO_COLOR"):
        use_color = False
    else:
        use_color = sys.stdout.isatty()
    if width is None:
        width = table_width()
    return Console(
        file=file if file is not None else io.StringIO(),
        width=width,
        color_system="standard" if use_color else None,
        force_terminal=use_color,
        no_color=not use_color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def table_width() -> int:
    """The width tables lay out for: the terminal's, else ``COLUMNS`` when set, else 100.

    A terminal's size comes from ``shutil`` (which itself prefers ``COLUMNS``); piped output
    has no size, so ``COLUMNS`` (a whole number, 40 to 1000 like ``--width``) decides, and
    100 when it is unset or not a number.
    """
    if sys.stdout.isatty():
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isdigit():
        return min(1000, max(40, int(raw)))
    return DEFAULT_WIDTH


def render_to_string(
    renderables: list[Any], *, color: str = "auto", width: int | None = None
) -> str:
    console = make_console(color=color, width=width)
    for item in renderables:
        console.print(item)
    return str(console.file.getvalue())
