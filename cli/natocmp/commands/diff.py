"""`natocmp diff A B`: two articles side by side, claim by claim."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from natocmp.app import (
    Color,
    ColorOpt,
    DebugOpt,
    Format,
    FormatOpt,
    WidthOpt,
    app,
    load,
    render,
    run,
)
from natocmp.commands.semantic import NoCacheOpt, SemanticOpt


class TokenScorer(str, Enum):
    token_set_ratio = "token_set_ratio"
    token_sort_ratio = "token_sort_ratio"
    token_ratio = "token_ratio"
    ratio = "ratio"


class Only(str, Enum):
    agree = "agree"
    diverge = "diverge"
    unique = "unique"


@app.command("diff")
def diff_command(
    a: Annotated[str, typer.Argument(help="Article A: a seed id or prefix, a file, or -.")],
    b: Annotated[str, typer.Argument(help="Article B: a seed id or prefix, a file, or -.")],
    only: Annotated[
        Only | None,
        typer.Option("--only", help="Show only agreeing or diverging pairs, or unique sentences."),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0,
            max=100,
            help="Minimum score (0–100) for a pair. Default: the calibrated one.",
        ),
    ] = None,
    weight: Annotated[
        list[str] | None,
        typer.Option(
            "--weight",
            metavar="NAME=VALUE",
            help="Weight of one evidence in the score: overlap, containment, bigrams, "
            "token_set. Repeatable.",
        ),
    ] = None,
    token_scorer: Annotated[
        TokenScorer | None,
        typer.Option("--token-scorer", help="RapidFuzz scorer for the token evidence."),
    ] = None,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when the articles differ, 0 when they agree entirely."
        ),
    ] = False,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Align the claims of two articles: agree, diverge (on what), and what only one says.

    Example: natocmp diff 000 001 --only diverge
    """

    def body() -> tuple[str, int]:
        from natocmp.align import params_from_options
        from natocmp.diff import diff_articles, filter_result
        from natocmp.errors import UsageError
        from natocmp.render.diff import diff_output, diff_table

        params = params_from_options(
            threshold=threshold,
            weights=weight or [],
            token_scorer=token_scorer.value if token_scorer else None,
        )
        articles = load([a, b])
        if len(articles) != 2:
            raise UsageError(
                f"diff compares two articles; {a} and {b} hold {len(articles)}",
                hint="name one file or seed id for each side; use `natocmp compare` for more",
            )
        from natocmp.commands.semantic import warn_languages, with_semantic

        warn_languages(articles, semantic=semantic)
        params = with_semantic(params, articles, semantic=semantic, no_cache=no_cache)
        result = diff_articles(articles[0], articles[1], params=params)
        code = 1 if exit_code and not result.identical else 0
        from natocmp.render.diff import summary

        totals = summary(result)
        label = only.value if only else None
        shown = filter_result(result, label)
        text = render(
            fmt,
            color,
            width,
            lambda: diff_output(shown, totals=totals, shown=label),
            lambda: diff_table(shown, totals=totals, shown=label),
        )
        return text, code

    run(debug, body)
