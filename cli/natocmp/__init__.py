"""natocmp: compare how news outlets cover the same event.

The library API (no typer, no rich, no printing)::

    from natocmp import load_articles
    articles = load_articles(["000", "001"])

Heavier parts are imported from their modules (``natocmp.align``, ``natocmp.attribute``).
"""

from __future__ import annotations

# Not `from typing import TYPE_CHECKING`: importing typing costs ~5 ms of start-up, during
# which Ctrl-C would still be Python's traceback (natocmp._entry catches it from then on).
TYPE_CHECKING = False

__version__ = "0.1.0"
__all__ = ["__version__", "load_articles"]

if TYPE_CHECKING:
    from typing import Any

    from natocmp.corpus import load_articles


def __getattr__(name: str) -> Any:
    # Lazy, so `natocmp --help` does not import the loader and its dependencies.
    if name == "load_articles":
        from natocmp.corpus import load_articles

        return load_articles
    raise AttributeError(name)
