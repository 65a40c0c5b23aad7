"""`natocmp claims` and `natocmp speakers`: who said what, according to which outlet."""

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


class Kind(StrEnum):
    direct = "direct"
    reported = "reported"


@app.command("claims")
def claims_command(
    sources: SourcesArg = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", help="Only this speaker: a name, surname or alias, "
                     "any case or accents (stoltenberg, 'Jens Stoltenberg', kremlin)."),
    ] = None,
    kind: Annotated[
        Kind | None, typer.Option("--kind", help="Only direct quotes or reported claims.")
    ] = None,
    flat: Annotated[
        bool,
        typer.Option("--flat", help="Table: one row per claim instead of claims grouped by "
                     "statement (the script formats always have one row per claim)."),
    ] = False,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Quotes and reported claims by speaker and statement: each statement once, then each
    outlet's wording with its fidelity and cue (--flat: one row per claim).

    Example: natocmp claims --speaker stoltenberg --kind direct
    """

    def body() -> tuple[str, int]:
        from natocmp.attribute import group_claims, resolve_speakers, select_speaker
        from natocmp.render import claims as view

        articles = load(sources)
        from natocmp.commands.semantic import warn_languages

        warn_languages(articles, semantic=semantic, what="claims")
        claims, speakers = resolve_speakers(articles)
        if speaker is not None:
            claims = select_speaker(claims, speakers, speaker)
        if kind is not None:
            claims = tuple(c for c in claims if c.kind == kind.value)
        if semantic:
            # Claims whose sentences the aligner pairs (cosine included) are grouped too:
            # one statement quoted in French and in English.
            from natocmp.align import AlignParams
            from natocmp.claimlinks import group_claims_aligned
            from natocmp.commands.semantic import with_semantic

            params = with_semantic(AlignParams(), articles, semantic=True, no_cache=no_cache)
            groups = group_claims_aligned(claims, articles, params)
        else:
            groups = group_claims(claims)
        return render(
            fmt,
            color,
            width,
            lambda: view.claims_output(articles, claims, groups),
            lambda: view.claims_table(articles, claims, groups, flat=flat),
        ), 0

    run(debug, body)


@app.command("speakers")
def speakers_command(
    sources: SourcesArg = None,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Speakers × outlets: direct and reported claims per article, and the names used.

    Example: natocmp speakers --format csv
    """

    def body() -> tuple[str, int]:
        from natocmp.attribute import resolve_speakers
        from natocmp.render import claims as view

        articles = load(sources)
        _, speakers = resolve_speakers(articles)
        return render(
            fmt,
            color,
            width,
            lambda: view.speakers_output(articles, speakers),
            lambda: view.speakers_table(articles, speakers),
        ), 0

    run(debug, body)
