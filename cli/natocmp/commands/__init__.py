"""CLI commands, one module per group; each registers itself on ``natocmp.app.app``.

Command modules import only typer and ``natocmp.app`` at module level: the library is
imported inside each command body, so start-up stays cheap.
"""

from __future__ import annotations


def register_all() -> None:
    from natocmp.commands import (
        articles,  # noqa: F401
        claims,  # noqa: F401
        compare,  # noqa: F401
        diff,  # noqa: F401
        framing,  # noqa: F401
        report,  # noqa: F401
        stories,  # noqa: F401
    )
