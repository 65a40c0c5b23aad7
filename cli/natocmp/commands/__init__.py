"""CLI commands, one module per group; each registers itself on ``natocmp.app.app``.

Command modules import only typer and ``natocmp.app`` at module level: the library is
imported inside each command body, so start-up stays cheap.
"""

from __future__ import annotations


def register_all() -> None:
    # Imported in the order `natocmp --help` lists them (the order of DESIGN.md), not sorted.
    from natocmp.commands import articles  # noqa: F401, I001  (list, show)
    from natocmp.commands import diff  # noqa: F401
    from natocmp.commands import compare  # noqa: F401
    from natocmp.commands import claims  # noqa: F401  (claims, speakers)
    from natocmp.commands import framing  # noqa: F401  (framing, timeline)
    from natocmp.commands import stories  # noqa: F401
    from natocmp.commands import verify  # noqa: F401
    from natocmp.commands import report  # noqa: F401
