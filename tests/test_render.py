"""Renderers on a pinned Console (StringIO, fixed width, no colour): whole strings asserted."""

from __future__ import annotations

import io

from natocmp.console import make_console
from natocmp.models import Article, Dropped, Sentence
from natocmp.render import records, writers
from natocmp.render.table import list_table, plain, show_table


def _article(id_: str, title: str | None, outlet: str | None, text: str) -> Article:
    from natocmp.segment import split_sentences

    return Article(
        id=id_,
        title=title,
        outlet=outlet,
        date="2022-01-12" if outlet else None,
        language="fr",
        source=f"{id_}.txt",
        url=None,
        text=text,
        sentences=tuple(split_sentences(text)),
        dropped=(Dropped(line=3, text="Share Post:", reason="page furniture: 'share post'"),),
    )


ARTICLES = (
    _article("a", "L’OTAN propose", "Wire", "L’OTAN propose\nLe dialogue continue. Moscou hésite."),
    _article("b", None, None, "Un [bold]texte[/] court."),
)


def _render(renderables: list, width: int = 60) -> str:
    console = make_console(color="never", width=width, file=io.StringIO())
    for item in renderables:
        console.print(item)
    return console.file.getvalue()


def test_list_table_whole_string() -> None:
    # 60 columns leave the title under 30: id and label, then the facts and title under them.
    assert _render(list_table(ARTICLES)) == (
        "a  Wire\n"
        "    2022-01-12 · fr · 3 sentences · 7 words                 \n"
        "    L’OTAN propose                                          \n"
        "b\n"
        "    date unknown · fr · 1 sentence · 4 words                \n"
        "    —                                                       \n"
    )


def test_list_table_wide_has_columns_and_one_label() -> None:
    out = _render(list_table(ARTICLES), width=100)
    lines = out.splitlines()
    assert lines[0].split() == [
        "id", "label", "·", "outlet", "date", "lang", "sents", "words", "title"]
    row = next(n for n, line in enumerate(lines) if line.startswith("b "))
    assert lines[row].split()[:3] == ["b", "b", "—"] and "outlet unknown" in lines[row + 1]


def test_show_table_whole_string() -> None:
    assert _render(show_table(ARTICLES[0], dropped=True), width=50) == (
        "Wire  L’OTAN propose\n"
        "a · Wire · 2022-01-12 · fr · 3 sentences · 7 words\n"
        "#   text                 \n"
        "─────────────────────────\n"
        "0   L’OTAN propose       \n"
        "1   Le dialogue continue.\n"
        "2   Moscou hésite.       \n"
        "dropped from the page                            \n"
        "line   reason                         text       \n"
        "─────────────────────────────────────────────────\n"
        "   3   page furniture: 'share post'   Share Post:\n"
    )


def test_markup_in_cells_is_literal() -> None:
    out = _render(show_table(ARTICLES[1], dropped=False), width=50)
    assert "Un [bold]texte[/] court." in out


def test_plain_strips_controls_and_keeps_markup() -> None:
    text = plain("[b]x[/b]\x1b[31m\x07 ok")
    assert text.plain == "[b]x[/b][31m ok"
    assert plain(None).plain == ""


def test_colour_is_decided_at_construction(monkeypatch) -> None:
    from rich.text import Text

    def styled(**kwargs) -> str:
        console = make_console(width=40, file=io.StringIO(), **kwargs)
        console.print(Text("x", style="bold"))
        return console.file.getvalue()

    assert styled(color="never") == "x\n"
    assert styled(color="always") == "\x1b[1mx\x1b[0m\n"
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[1m" in styled(color="auto")
    assert styled(color="never") == "x\n"


def test_writers_on_empty_results() -> None:
    empty = records.Output(document=[], rows=[], columns=("id", "title"))
    assert writers.write(empty, "json") == "[]\n"
    assert writers.write(empty, "jsonl") == ""
    assert writers.write(empty, "csv") == "id,title\n"
    assert writers.write(empty, "tsv") == "id\ttitle\n"


def test_writers_quote_and_flatten_cells() -> None:
    out = records.Output(
        document=[],
        rows=[{"id": "a", "title": 'Il a dit "oui",\npuis\tnon', "n": None, "ok": True}],
        columns=("id", "title", "n", "ok"),
    )
    assert writers.write(out, "csv") == 'id,title,n,ok\na,"Il a dit ""oui"",\npuis\tnon",,true\n'
    assert writers.write(out, "tsv") == 'id\ttitle\tn\tok\na\tIl a dit "oui", puis non\t\ttrue\n'


def test_list_output_records() -> None:
    out = records.list_output(ARTICLES)
    assert out.columns[:9] == (
        "id", "title", "outlet", "wire", "place", "date", "language", "sentences", "words"
    )
    assert out.rows[0]["sentences"] == 3 and out.rows[0]["words"] == 7
    assert out.document is out.rows


def test_sentence_record() -> None:
    s = Sentence(index=0, text="A.", kind="sentence", start=0, end=2, paragraph=0)
    assert records.sentence_record(s) == {
        "index": 0,
        "text": "A.",
        "kind": "sentence",
        "start": 0,
        "end": 2,
        "paragraph": 0,
    }
