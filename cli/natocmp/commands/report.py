"""`natocmp report [SOURCES] -o FILE`: the whole comparison as one self-contained HTML page.

The file is written atomically: the page goes to a temporary file in the target's folder,
which then replaces the target in one rename, so a failure never leaves half a report (and
an existing report stays intact until the new one is complete). ``-o -`` writes to stdout.
"""

from __future__ import annotations

import os
from pathlib import Path
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
        page = render_html(build_report(articles, params=params, against=source))
        if output == "-":
            return page, 0
        write_atomic(Path(output), page)
        return "", 0

    run(debug, body)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and one rename.

    Raises:
        InputError: the folder does not exist or cannot be written, or ``path`` is a folder.
    """
    from natocmp.errors import InputError

    folder = path.parent
    if path.is_dir():
        raise InputError(f"output is a folder: {path}", hint="give a file name, e.g. report.html")
    if not folder.is_dir():
        raise InputError(f"no such folder for the output: {folder}",
                         hint="create the folder first, or write the report elsewhere")
    try:
        import tempfile  # here: it imports `random`, which `natocmp --help` need not load

        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write to {folder}: {exc.strerror}",
                         hint="choose a folder you can write to") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a report is a document: the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"cannot write {path}: {exc.strerror}",
                             hint="check the disk space and permissions") from None
        raise
