"""Write an ``Output`` as JSON, JSON Lines, CSV or TSV, to a string (never through Rich);
and write the finished text where it goes (``write_output``: stdout, a file, a device).

UTF-8 text, ``ensure_ascii=False``, ``\\n`` line ends, a header row always, and valid
output for empty results (``[]`` in JSON, a header alone in CSV). Output is rendered to a
string first, so an error never leaves half a table; files are replaced atomically.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from natocmp.errors import OutputError, OutputInterrupted
from natocmp.render.records import Output


def to_json(output: Output) -> str:
    import json

    return json.dumps(output.document, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(output: Output) -> str:
    return "".join(jsonl_lines(output.rows, output.columns))


def jsonl_lines(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """JSON Lines one line at a time (``compare -f jsonl`` streams them)."""
    import json

    # Exactly `columns`, in their order, as CSV/TSV have: the three row formats carry the
    # same fields (docs/output-formats.md), even if a row dict holds an extra key.
    for row in rows:
        yield json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n"


def to_delimited(output: Output, *, delimiter: str) -> str:
    import csv

    buf = io.StringIO()
    if delimiter == "\t":
        # TSV: no quoting; tabs and newlines inside a value become spaces (as `cut` expects).
        writer = csv.writer(
            buf,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar=None,
            quotechar=None,
        )
        writer.writerow(output.columns)
        for row in output.rows:
            writer.writerow(
                [cell(row.get(c)).replace("\t", " ").replace("\n", " ") for c in output.columns]
            )
    else:
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(output.columns)
        for row in output.rows:
            writer.writerow([cell(row.get(c)) for c in output.columns])
    return buf.getvalue()


def cell(value: Any) -> str:
    """How one JSON value is written in a CSV/TSV cell (docs/output-formats.md).

    >>> [cell(None), cell(True), cell([1, 2]), cell(61.44), cell("001")]
    ['', 'true', '[1, 2]', '61.4', '001']
    """
    import json

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def write(output: Output, fmt: str) -> str:
    """Render an Output in a machine format: json, jsonl, csv or tsv."""
    if fmt == "json":
        return to_json(output)
    if fmt == "jsonl":
        return to_jsonl(output)
    if fmt == "csv":
        return to_delimited(output, delimiter=",")
    if fmt == "tsv":
        return to_delimited(output, delimiter="\t")
    raise ValueError(f"not a machine format: {fmt}")


# --- where the text goes ------------------------------------------------------------------


def write_output(target: str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target``: a file path, or ``-`` for stdout.

    What is already at the path decides how (as a shell's ``>`` would, but atomically):

    - nothing, or a regular file: the text goes to a temporary file in the same folder,
      which then replaces the file in one rename; an existing file keeps its mode, so a
      failure (disk full, Ctrl-C) never leaves half a file and the old one stays intact;
    - a symlink: its target is written (the link stays a link), by the same rule;
    - a device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a named pipe): the text is
      written into it, never replacing the node;
    - a read-only file: an error; replacing it by rename would bypass its permissions.

    Raises:
        OutputError: the folder is missing, the path is a folder or read-only, or a write
            failed (the message names the path and the system's reason).
        OutputInterrupted: Ctrl-C while writing into a stream: the output is cut short.
    """
    if target == "-":
        write_stream(sys.stdout, text, name="stdout")
        return
    path = Path(target)
    try:
        info: os.stat_result | None = path.stat()  # follows a symlink to what it names
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror}", hint="check the path and its permissions"
        ) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"output is a folder: {path}", hint="give a file name, e.g. report.html")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_into(path, text)
        return
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    if info is not None and (not info.st_mode & 0o222 or not os.access(real, os.W_OK)):
        # Checked on the mode bits too: root may write anything, but a 0444 file says "keep".
        raise OutputError(
            f"cannot write {path}: the file is read-only",
            hint="make it writable (chmod u+w) or write to another file",
        )
    _replace_atomically(
        real, text, mode=None if info is None else stat.S_IMODE(info.st_mode), shown=path
    )


def write_stream(stream: IO[str], text: str, *, name: str) -> None:
    """Write and flush ``text`` to an open text stream (stdout), with errors named.

    A closed pipe (BrokenPipeError) is passed on for the caller to end quietly.
    """
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except KeyboardInterrupt:
        raise OutputInterrupted(
            f"interrupted while writing to {name}: the output is cut short",
            hint="run it again to get the whole output",
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot write to {name}: {exc.strerror}",
            hint="check the disk space and where the output goes",
        ) from None


def _write_into(path: Path, text: str) -> None:
    """Write into a device or FIFO in place (no create, no truncate, no rename)."""
    data = text.encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror}", hint="check the path and its permissions"
        ) from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except KeyboardInterrupt:
        raise OutputInterrupted(
            f"interrupted while writing to {path}: the output is cut short",
            hint="run it again to get the whole output",
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror}",
            hint="check the disk space and where the output goes",
        ) from None
    finally:
        os.close(fd)


def _replace_atomically(path: Path, text: str, *, mode: int | None, shown: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(
            f"no such folder for the output: {folder}",
            hint="create the folder first, or write elsewhere",
        )
    try:
        import tempfile  # here: it imports `random`, which start-up need not load

        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(
            f"cannot write to {folder}: {exc.strerror}", hint="choose a folder you can write to"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            # mkstemp makes the file private (0600); a new output is a document: the usual mode.
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(
                f"cannot write {shown}: {exc.strerror}", hint="check the disk space and permissions"
            ) from None
        raise
