"""`natocmp list` and `natocmp show`: the articles as loaded and cleaned."""

from __future__ import annotations

from typing import Annotated, Any

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


@app.command("list")
def list_command(
    sources: SourcesArg = None,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List articles: id, outlet, date, language, sentences, words, title.

    Example: natocmp list --format csv
    """

    def body() -> tuple[str, int]:
        articles = load(sources, allow_empty=True)
        return render(
            fmt,
            color,
            width,
            lambda: _records().list_output(articles),
            lambda: _tables().list_table(articles),
        ), 0

    run(debug, body)


@app.command("show")
def show_command(
    source: Annotated[str, typer.Argument(help="One article: a seed id or prefix, a file, or -.")],
    dropped: Annotated[
        bool, typer.Option("--dropped", help="Also list the page debris removed, with the reason.")
    ] = False,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show one article, cleaned, as numbered sentences.

    Example: natocmp show 001 --dropped
    """

    def body() -> tuple[str, int]:
        from natocmp.errors import UsageError

        articles = load([source], allow_empty=True)
        if len(articles) != 1:
            raise UsageError(
                f"{source} holds {len(articles)} articles; show takes one",
                hint="name one file, or a seed id such as 000",
            )
        article = articles[0]
        return render(
            fmt,
            color,
            width,
            lambda: _records().show_output(article, dropped=dropped),
            lambda: _tables().show_table(article, dropped=dropped),
        ), 0

    run(debug, body)


# Each imported by the format that needs it: the Rich tables (rich.table) only for a table,
# the records only for json/jsonl/csv/tsv.
def _records() -> Any:
    from natocmp.render import records

    return records


def _tables() -> Any:
    from natocmp.render import table

    return table
