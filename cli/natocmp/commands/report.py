"""`natocmp report [SOURCES] -o FILE`: the whole comparison as one self-contained HTML page.

The page is written by ``natocmp.render.writers.write_output``: a file atomically (a
temporary file in the target's folder, then one rename, so a failure never leaves half a
report and an existing report stays intact), a symlink's target by the same rule, a device
or FIFO written into, never replaced; ``-o -`` writes to stdout.
"""

from __future__ import annotations

from typing import Annotated

import typer

from natocmp.app import DebugOpt, SourcesArg, app, load, run
from natocmp.commands.semantic import NoCacheOpt, SemanticOpt


@app.command("report")
def report_command(
    sources: SourcesArg = None,
    output: Annotated[
        str,
        typer.Option("--output", "-o", metavar="FILE",
                     help="Where to write the HTML page; - for stdout."),
    ] = ...,  # type: ignore[assignment]  # required: Typer's marker for "no default"
    against: Annotated[
        str | None,
        typer.Option("--against", "-a", metavar="SOURCE",
                     help="Also check every quote against this primary source (a "
                          "transcript, speech or statement): the page gets a section."),
    ] = None,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """One HTML page of the comparison: articles, claims × outlets with word-level diffs,
    pairwise agreement, omissions and framing per outlet, speakers, timeline. No scripts,
    no network: open it in any browser, print it, mail it.

    Example: natocmp report -o report.html ; natocmp report 000 001 004 -o - > nato.html
    """

    def body() -> tuple[str, int]:
        from natocmp.errors import UsageError
        from natocmp.render.html import render_html
        from natocmp.report import build_report

        source = None
        if against is not None:
            from natocmp.commands.verify import load_source

            source = load_source(against)
        articles = load(sources)
        if source is not None:
            articles = tuple(a for a in articles if a.source != source.source)
        if len(articles) < 2:
            raise UsageError(
                f"report needs at least two articles; the sources hold {len(articles)}",
                hint="name two or more seed ids or files, or none for the bundled seeds",
            )
        from natocmp.align import AlignParams
        from natocmp.commands.semantic import with_semantic

        params = with_semantic(AlignParams(), articles, semantic=semantic, no_cache=no_cache)
        return render_html(build_report(articles, params=params, against=source)), 0

    run(debug, body, output=output)
