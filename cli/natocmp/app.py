"""The ``natocmp`` command line: parse, call the library, render, and the one error boundary.

Commands are thin: each loads articles, calls one library function, and hands the result
to a renderer. Heavy modules (rich, rapidfuzz, the aligner) are imported inside the
commands that need them, so ``natocmp --help`` and ``natocmp list`` start fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from natocmp import __version__
from natocmp.errors import ExitCode, NatocmpError


class _Group(TyperGroup):
    """Typer's group, with usage errors in natocmp's own form: one ``natocmp: error:`` line,
    a ``hint:`` line, exit 2 (Click's default is a usage block and ``Error:`` on three lines).
    """

    def main(  # type: ignore[override]  # same signature as TyperGroup.main, spelled out
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except typer.TyperException as exc:  # Click's UsageError/BadParameter subclass it
            ctx = getattr(exc, "ctx", None)
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `natocmp`: help, as before
                exc.show()  # type: ignore[attr-defined]
            else:
                where = ctx.command_path if ctx is not None else "natocmp"
                sys.stderr.write(f"natocmp: error: {_safe(exc.format_message())}\n")
                sys.stderr.write(f"hint: see `{where} --help`\n")
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write("natocmp: error: aborted\n")
            sys.exit(int(ExitCode.ERROR))
        sys.exit(code if isinstance(code, int) else int(ExitCode.OK))

    # Typer turns a KeyboardInterrupt that reaches it (Ctrl-C while Click parses, before a
    # command's `run`) into a silent exit 130; say it, in one line (--debug: the traceback).
    def make_context(self, info_name: Any, args: Any, parent: Any = None, **extra: Any) -> Any:
        with _say_interrupted("--debug" in args):
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _say_interrupted("--debug" in (*ctx.args, *getattr(ctx, "_protected_args", ()))):
            return super().invoke(ctx)

    # Typer turns every command's signature into Click parameters before it parses argv
    # (~15 ms for the eleven commands). `main()` hands the group a `_LazyCommands` instead:
    # only the command that runs is built, and the top-level help lists the others from
    # their docstrings (`_LazyCommands.listing`), the same text.
    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        commands = self.commands
        if not isinstance(commands, _LazyCommands):
            return super().format_commands(ctx, formatter)
        self.commands = commands.listing()
        try:
            return super().format_commands(ctx, formatter)
        finally:
            self.commands = commands


class _LazyCommands(MutableMapping[str, Any]):
    """The group's commands by name, each built from its Typer ``CommandInfo`` when asked."""

    def __init__(self, infos: list[Any], build: Callable[[Any], Any]) -> None:
        self._infos = {_command_name(info): info for info in infos}
        self._build = build
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = self._build(self._infos[name])
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._infos.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._infos[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)

    def listing(self) -> dict[str, Any]:
        """Stand-ins with each command's help and flags as Typer builds them, no parameters."""
        import inspect

        from typer.core import TyperCommand

        out = {}
        for name, info in self._infos.items():
            if name in self._built or info is None:
                out[name] = self[name]
                continue
            text = info.help
            text = inspect.getdoc(info.callback) if text is None else inspect.cleandoc(text)
            out[name] = TyperCommand(
                name=name,
                help=text,
                short_help=info.short_help,
                hidden=info.hidden,
                deprecated=info.deprecated,
            )
        return out


def _command_name(info: Any) -> str:
    return info.name or info.callback.__name__.lower().replace("_", "-")


@contextmanager
def _say_interrupted(debug: bool) -> Iterator[None]:
    try:
        yield
    except KeyboardInterrupt:
        if debug:
            import traceback

            traceback.print_exc()
        else:
            sys.stderr.write("natocmp: interrupted\n")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


app = typer.Typer(
    name="natocmp",
    cls=_Group,
    help="Compare how news outlets cover the same event: aligned claims, divergences, quotes.\n\n"
    "With no SOURCES, commands use the bundled seed corpus (five French articles on the "
    "NATO–Russia talks of January 2022).",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", help="Output format: table for people, the rest for scripts."),
]
ColorOpt = Annotated[
    Color, typer.Option("--color", help="Colour in tables: auto (terminal only), always, never.")
]
WidthOpt = Annotated[
    int | None, typer.Option("--width", min=40, max=1000, help="Table width in columns.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")]
SourcesArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Seed ids or prefixes, files (text, Markdown, JSON, HTML), folders (recursively),"
        " globs, or - for stdin. Default: the seeds.",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"natocmp {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """natocmp: compare news coverage across outlets."""


# --- the error boundary ------------------------------------------------------------------


def _safe(message: str) -> str:
    r"""A message that may quote a file name or text as one inert line: controls escaped.

    >>> print(_safe("no file: a\x1b[31m.txt\nb"))
    no file: a\x1b[31m.txt\nb
    """
    import unicodedata

    # Cc: C0/C1 controls (ESC, BEL, newline); Cf/Zl/Zp: invisible format and line separators.
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in message
    )


def _warn(message: str) -> None:
    sys.stderr.write(f"natocmp: warning: {_safe(message)}\n")


def _fail(message: str, hint: str | None, code: int) -> None:
    sys.stderr.write(f"natocmp: error: {_safe(message)}\n")
    if hint:
        sys.stderr.write(f"hint: {_safe(hint)}\n")
    raise typer.Exit(code)


def run(debug: bool, body: Callable[[], tuple[str, int]], *, output: str = "-") -> None:
    """Run a command body and write its text to ``output`` (stdout, ``-``, by default) in
    one write; the one place errors become a message on stderr and an exit code.

    ``--debug`` re-raises instead, so every error shows its traceback.
    """
    from natocmp.errors import OutputError, OutputInterrupted

    try:
        text, code = body()
        if text or output != "-":
            from natocmp.render.writers import write_output

            write_output(output, text)
    except BrokenPipeError:
        # The reader went away (`natocmp show 001 | head -n 1`): stop quietly, like cat.
        _drop_stdout()
        raise typer.Exit(int(ExitCode.OK)) from None
    except NatocmpError as exc:
        if isinstance(exc, (OutputError, OutputInterrupted)) and output == "-":
            _drop_stdout()  # what Python still buffers for stdout must not be retried at exit
        if debug:
            raise
        _fail(exc.message, exc.hint, int(exc.exit_code))
        return
    except KeyboardInterrupt:
        if debug:
            raise
        _interrupted()
    except MemoryError:
        if debug:
            raise
        _fail("out of memory", "compare fewer or smaller articles", int(ExitCode.ERROR))
        return
    except Exception as exc:  # a bug: still one line, no traceback (--debug shows it)
        if debug:
            raise
        if output == "-":
            _drop_stdout()
        detail = str(exc)[:200]
        _fail(
            f"internal error: {type(exc).__name__}" + (f": {detail}" if detail else ""),
            "this is a bug in natocmp; rerun with --debug and report the traceback",
            int(ExitCode.INTERNAL),
        )
        return
    if code:
        raise typer.Exit(code)


def _interrupted() -> None:
    sys.stderr.write("natocmp: interrupted\n")
    raise typer.Exit(int(ExitCode.INTERRUPTED))


def _drop_stdout() -> None:
    """Point stdout's descriptor at /dev/null, so the interpreter's final flush of what is
    still buffered neither blocks on a slow reader nor fails a second time (disk full)."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (CliRunner's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def load(sources: list[str] | None, *, allow_empty: bool = False) -> Any:
    """Load articles and print their warnings to stderr.

    An article with no sentences left after cleaning (a page of debris) is an error: no
    analysis can say anything about it. ``list`` and ``show`` describe articles rather than
    analyse them, so they pass ``allow_empty`` (a warning, and ``show FILE --dropped`` still
    shows what was removed).
    """
    from natocmp.corpus import load_articles
    from natocmp.errors import InputError

    articles = load_articles(sources or [])
    empty = [a for a in articles if not a.sentences]
    if empty and not allow_empty:
        raise InputError(
            f"no sentences left after cleaning: {empty[0].source}",
            hint=f"it holds only page debris; `natocmp show {empty[0].source} --dropped` "
            "shows what was removed",
        )
    for article in articles:
        for warning in article.warnings:
            _warn(warning)
    return articles


def render(
    fmt: Format,
    color: Color,
    width: int | None,
    output: Callable[[], Any],
    table: Callable[[], list[Any]],
) -> str:
    """Text for one result: a Rich table for ``table``, else the record writers."""
    if fmt is Format.table:
        from natocmp.console import render_to_string

        return render_to_string(table(), color=color.value, width=width)
    from natocmp.render.writers import write

    return write(output(), fmt.value)


def _lazy_group() -> Any:
    """The Click group of ``app`` with its commands built on demand (``_LazyCommands``)."""
    import typer.main

    infos = app.registered_commands
    app.registered_commands = []
    try:
        group = typer.main.get_command(app)
    finally:
        app.registered_commands = infos

    def build(info: Any) -> Any:
        return typer.main.get_command_from_info(
            info,
            pretty_exceptions_short=app.pretty_exceptions_short,
            rich_markup_mode=app.rich_markup_mode,
        )

    group.commands = _LazyCommands(infos, build)
    return group


def main() -> None:
    """Console-script entry point (``natocmp._entry`` calls it once the app is imported)."""
    try:
        # As `app(prog_name=...)` (Typer's pretty tracebacks are off), the group built lazily.
        _lazy_group()(prog_name="natocmp")
    except KeyboardInterrupt:  # Ctrl-C while Click parses, before a command's `run`
        if "--debug" in sys.argv[1:]:
            raise
        sys.stderr.write("natocmp: interrupted\n")
        sys.exit(int(ExitCode.INTERRUPTED))


# Each module registers its commands on `app`; they import only typer at module level.
from natocmp.commands import register_all  # noqa: E402  (needs `app` defined above)

register_all()
