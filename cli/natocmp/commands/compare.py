"""`natocmp compare [SOURCES]`: claims across all outlets, who omits what, who agrees with whom."""

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
from natocmp.commands.semantic import NoCacheOpt, SemanticOpt


@app.command("compare")
def compare_command(
    sources: SourcesArg = None,
    group: Annotated[
        str | None,
        typer.Option("--group", metavar="ID",
                     help="Show one claim group in full (e.g. c001), with word-level diffs."),
    ] = None,
    min_outlets: Annotated[
        int,
        typer.Option("--min-outlets", min=1, metavar="N",
                     help="List only claims reported by at least N outlets."),
    ] = 1,
    threshold: Annotated[
        float | None,
        typer.Option("--threshold", min=0, max=100,
                     help="Minimum score (0–100) of a pairwise link. Default: the calibrated one.",
                     show_default=False),
    ] = None,
    weight: Annotated[
        list[str] | None,
        typer.Option("--weight", metavar="NAME=VALUE",
                     help="Weight of one evidence in the score: overlap, containment, bigrams, "
                     "token_set. Repeatable."),
    ] = None,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", envvar="NATOCMP_SCHEDULER",
                     help="Compare story by story (and, with --semantic, embed) as tasks on a "
                     "Dask cluster: a scheduler "
                     "address (tcp://host:8786), or local[:N] for N local worker processes. "
                     "Same output. Needs the dask extra: pip install 'natocmp[dask]'.",
                     show_default=False),
    ] = None,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Group the claims of several articles across outlets: who reports, omits, diverges.

    Example: natocmp compare --min-outlets 3 ; natocmp compare 000 001 004 --group c002
    """

    def body() -> tuple[str, int]:
        from natocmp.align import params_from_options
        from natocmp.compare import compare_articles
        from natocmp.errors import UsageError
        from natocmp.render.compare import compare_output, compare_table, group_table

        params = params_from_options(threshold=threshold, weights=weight or [])
        articles = load(sources)
        if len(articles) < 2:
            raise UsageError(
                f"compare needs at least two articles; the sources hold {len(articles)}",
                hint="name two or more seed ids or files, or none for the bundled seeds",
            )
        from natocmp.commands.semantic import warn_languages, with_semantic
        from natocmp.render.progress import progress_bar

        warn_languages(articles, semantic=semantic)

        from contextlib import nullcontext

        cluster: Any = nullcontext(None)
        if scheduler:
            from natocmp.distributed import connect  # imports Dask, only here

            cluster = connect(scheduler.strip())
        with cluster as tasks:
            # Embedding too runs as the cluster's tasks; this process writes the cache.
            params = with_semantic(params, articles, semantic=semantic, no_cache=no_cache,
                                   scheduler=tasks)
            # A bar on stderr only when it is a terminal: large folders take minutes.
            with progress_bar("aligning article pairs") as progress:
                result = compare_articles(articles, params=params, progress=progress,
                                          scheduler=tasks)
        if group is not None:
            chosen = tuple(g for g in result.groups if g.id == group.strip().lower())
            if not chosen:
                last = result.groups[-1].id if result.groups else "none"
                raise UsageError(f"no claim group {group!r}",
                                 hint=f"groups run from c001 to {last}; see `natocmp compare`")
            return render(fmt, color, width, lambda: compare_output(result, chosen),
                          lambda: group_table(result, chosen[0])), 0
        shown = tuple(g for g in result.groups if len(g.members) >= min_outlets)
        if fmt is Format.jsonl:
            _stream_jsonl(shown)
            return "", 0
        return render(fmt, color, width, lambda: compare_output(result, shown),
                      lambda: compare_table(result, shown)), 0

    run(debug, body)


def _stream_jsonl(groups: tuple[Any, ...]) -> None:
    """Write the JSON Lines rows as they are made, a batch at a time, not one string."""
    import sys
    from itertools import islice

    from natocmp.render.compare import COMPARE_COLUMNS, compare_rows
    from natocmp.render.writers import jsonl_lines, write_stream

    lines = jsonl_lines(compare_rows(groups), COMPARE_COLUMNS)
    while batch := "".join(islice(lines, 1000)):
        write_stream(sys.stdout, batch, name="stdout")
