"""`natocmp framing` and `natocmp timeline`: how outlets word and date the same story."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from natocmp.app import (
    Color,
    ColorOpt,
    DebugOpt,
    Format,
    FormatOpt,
    SourcesArg,
    WidthOpt,
    app,
    load,
    render,
    run,
)
from natocmp.commands.semantic import NoCacheOpt, SemanticOpt


class MarkerType(StrEnum):
    evaluative = "evaluative"
    hedge = "hedge"
    scare_quote = "scare_quote"
    context = "context"


@app.command("framing")
def framing_command(
    sources: SourcesArg = None,
    types: Annotated[
        list[MarkerType] | None,
        typer.Option("--type", "-t", help="Only these marker types (repeatable). Default: all."),
    ] = None,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Loaded words, hedges, scare quotes, and context only one outlet gives, per sentence.

    Example: natocmp framing 003 004 --type evaluative
    """

    def body() -> tuple[str, int]:
        from natocmp.framing import TYPES, frame_articles
        from natocmp.render.framing import framing_output, framing_table

        articles = load(sources)
        wanted = [t.value for t in types] if types else list(TYPES)
        params = None
        if "context" in wanted:
            # "Context only one outlet gives" rests on the alignment: the cosine finds the
            # same sentence told in the other language.
            from natocmp.align import AlignParams
            from natocmp.commands.semantic import warn_languages, with_semantic

            warn_languages(articles, semantic=semantic, what="framing")
            params = with_semantic(AlignParams(), articles, semantic=semantic, no_cache=no_cache)
        result = frame_articles(articles, types=wanted, align_params=params)
        text = render(fmt, color, width, lambda: framing_output(result),
                      lambda: framing_table(result))
        return text, 0

    run(debug, body)


@app.command("timeline")
def timeline_command(
    sources: SourcesArg = None,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Dated events, the outlets that date them and how, and days on which they disagree.

    Example: natocmp timeline 002 003 -f json
    """

    def body() -> tuple[str, int]:
        from natocmp.render.timeline import timeline_output, timeline_table
        from natocmp.timeline import build_timeline

        result = build_timeline(load(sources))
        text = render(fmt, color, width, lambda: timeline_output(result),
                      lambda: timeline_table(result))
        return text, 0

    run(debug, body)
