"""`natocmp verify --against SOURCE [ARTICLES]`: every quote checked against the primary source."""

from __future__ import annotations

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
from natocmp.commands.semantic import NoCacheOpt

AgainstOpt = Annotated[
    str,
    typer.Option("--against", "-a", metavar="SOURCE",
                 help="The primary source: a transcript, speech or statement (text, Markdown, "
                      "HTML, JSON), with or without speaker labels."),
]


def load_source(against: str):  # -> natocmp.models.Article
    """The one article ``--against`` names, or an error naming it and the fix."""
    from natocmp.corpus import load_articles
    from natocmp.errors import InputError, NatocmpError, UsageError

    try:
        found = load_articles([against])
    except NatocmpError as exc:
        raise type(exc)(f"--against {exc.message}", hint=exc.hint) from None
    if len(found) != 1:
        raise UsageError(f"--against {against} holds {len(found)} documents, not one source",
                         hint="give the one file of the transcript, speech or statement")
    if not found[0].sentences:
        raise InputError(f"--against {against}: no text left after cleaning",
                         hint=f"`natocmp show {against} --dropped` shows what was removed")
    return found[0]


@app.command("verify")
def verify_command(
    sources: SourcesArg = None,
    against: AgainstOpt = ...,  # type: ignore[assignment]  # required: Typer's marker
    source_speaker: Annotated[
        str | None,
        typer.Option("--source-speaker", metavar="NAME",
                     help="Who speaks in a source without speaker labels whose heading "
                          "names nobody (a statement, a speech).")
    ] = None,
    semantic: Annotated[
        bool, typer.Option("--semantic/--no-semantic", envvar="NATOCMP_SEMANTIC",
                           show_envvar=True,
                           help="Match quotes in another language than the source with "
                           "sentence embeddings (the semantic extra).")
    ] = False,
    no_cache: NoCacheOpt = False,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when any quote is altered, "
                           "misattributed or not found.")
    ] = False,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Every quote of the source's speakers checked against the primary source: verbatim,
    trimmed, altered, paraphrase, translated, misattributed or not found; then per outlet,
    how many of its quotes fall in each class.

    Example: natocmp verify --against transcript.txt articles/ --exit-code
    """

    def body() -> tuple[str, int]:
        from natocmp.render import verify as view
        from natocmp.verify import speaker_turns, verify_quotes
        from natocmp.verify.source import with_speaker

        source = load_source(against)
        embedder = None
        if semantic:
            from natocmp.verify.semantic import load_embedder

            embedder = load_embedder(cache=not no_cache)
        articles = tuple(a for a in load(sources) if a.source != source.source)
        reader = speaker_turns if source_speaker is None else with_speaker(speaker_turns,
                                                                            source_speaker)
        result = verify_quotes(source, articles, embedder=embedder, reader=reader)
        text = render(fmt, color, width, lambda: view.verify_output(result),
                      lambda: view.verify_table(result))
        return text, 1 if exit_code and result.failing else 0

    run(debug, body)
