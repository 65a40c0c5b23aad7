"""The loader: every kind of source, every file format, encodings and escape stripping."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from natocmp.corpus import decode, load_articles, sanitize
from natocmp.errors import ExitCode, InputError, SourceError

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"
SEED_IDS = ["000", "001", "002", "003", "004"]


# --- sources -----------------------------------------------------------------------------


def test_no_sources_means_the_seeds() -> None:
    articles = load_articles()
    assert [a.id for a in articles] == SEED_IDS
    assert all(a.source == f"seed:{a.id}" for a in articles)
    assert all(a.language == "fr" and a.sentences for a in articles)


def test_seed_id_and_unique_prefix() -> None:
    assert [a.id for a in load_articles(["003"])] == ["003"]
    # A prefix of the seed's file stem that only one seed has.
    assert [a.id for a in load_articles(["004_b"])] == ["004"]
    assert [a.id for a in load_articles(["001", "000"])] == ["001", "000"]


def test_ambiguous_prefix_lists_the_candidates() -> None:
    with pytest.raises(SourceError) as err:
        load_articles(["00"])
    assert "ambiguous" in err.value.message
    for seed_id in SEED_IDS:
        assert seed_id in err.value.message
    assert err.value.hint
    assert err.value.exit_code == ExitCode.USAGE


def test_unknown_id() -> None:
    with pytest.raises(SourceError) as err:
        load_articles(["999"])
    assert "'999'" in err.value.message
    assert err.value.hint and "000" in err.value.hint


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(SourceError) as err:
        load_articles([str(missing)])
    assert "file not found" in err.value.message and str(missing) in err.value.message
    assert err.value.exit_code == ExitCode.USAGE


def test_file_folder_and_glob(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article. It has text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Premier article. Il a du texte.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 ignored")
    (tmp_path / ".hidden.txt").write_text("Ignored hidden file.", encoding="utf-8")
    assert [a.id for a in load_articles([str(tmp_path / "a.txt")])] == ["a"]
    assert [a.id for a in load_articles([str(tmp_path)])] == ["a", "b"]
    assert [a.id for a in load_articles([str(tmp_path / "*.txt")])] == ["a", "b"]


def test_empty_folder_and_empty_glob(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no article files in folder"):
        load_articles([str(tmp_path)])
    with pytest.raises(SourceError, match="no article files match"):
        load_articles([str(tmp_path / "*.txt")])


def test_same_name_in_two_folders_gets_unique_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(f"Article {sub}. Texte.", encoding="utf-8")
    ids = [a.id for a in load_articles([str(tmp_path / "x"), str(tmp_path / "y")])]
    assert ids == ["a", "a-2"]


def test_stdin() -> None:
    stream = io.BytesIO("L’OTAN a proposé un dialogue. Moscou n’a pas répondu.".encode())
    (article,) = load_articles(["-"], stdin=stream)
    assert article.source == "-"
    assert [s.text for s in article.sentences] == [
        "L’OTAN a proposé un dialogue.",
        "Moscou n’a pas répondu.",
    ]


# --- formats -----------------------------------------------------------------------------


def test_markdown_front_matter() -> None:
    (article,) = load_articles([str(FORMATS / "front_matter.md")])
    assert (article.title, article.outlet, article.date, article.url, article.language) == (
        "NATO offers Russia new talks",
        "Example Wire",
        "2022-01-12",
        "https://example.org/nato-russia",
        "en",
    )
    assert "---" not in article.text and "**" not in article.text and "](" not in article.text
    assert article.sentences[0].kind == "heading"
    assert "according to the alliance." in article.text
    assert dict(article.provenance)["title"] == "given with the article"


def test_plain_text_guesses_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Titre de la dépêche\n\nBRUXELLES, 12 (Agence Test)\n\n"
        "Publié le 12 janvier 2022. L’OTAN a proposé un dialogue à la Russie.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert (article.title, article.outlet, article.date, article.language) == (
        "Titre de la dépêche",
        "Agence Test",
        "2022-01-12",
        "fr",
    )


def test_json_object() -> None:
    (article,) = load_articles([str(FORMATS / "one_article.json")])
    assert (article.id, article.title, article.outlet, article.date) == (
        "one_article",
        "Un seul article",
        "Le Journal",
        "2022-01-07",
    )
    assert len(article.sentences) == 2


def test_json_array_with_aliased_fields() -> None:
    first, second = load_articles([str(FORMATS / "two_articles.json")])
    assert (first.id, first.title, first.outlet, first.date, first.language) == (
        "wire-1",
        "L’OTAN propose un dialogue",
        "Agence A",
        "2022-01-12",  # "12 janvier 2022" normalised to ISO
        "fr",
    )
    assert (second.id, second.outlet, second.language) == ("two_articles-2", "Agency B", "en")


def test_json_lines_skip_blank_lines() -> None:
    a, b = load_articles([str(FORMATS / "lines.jsonl")])
    assert (a.id, b.id) == ("a", "b")
    assert b.source.endswith("lines.jsonl:3")
    assert (a.language, b.language) == ("fr", "en")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.json", "invalid JSON in"),
        ("broken.jsonl", "invalid JSON Lines in"),
    ],
)
def test_malformed_json(name: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        load_articles([str(FIXTURES / "bad" / name)])
    assert message in err.value.message and name in err.value.message
    assert "line 2" in err.value.message
    assert err.value.exit_code == ExitCode.ERROR


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "no text"}', "has no text field"),
        ('["just a string"]', "is not an object"),
        ('{"text": "   "}', "empty article"),
    ],
)
def test_json_without_usable_text(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_articles([str(path)])


@pytest.mark.parametrize("value", ["someday", "mercredi", "12 janvier"])
def test_bad_or_incomplete_date_in_metadata(tmp_path: Path, value: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(f'{{"date": "{value}", "text": "Un texte."}}', encoding="utf-8")
    with pytest.raises(InputError, match=f"unreadable date '{value}'"):
        load_articles([str(path)])


# --- encodings ---------------------------------------------------------------------------

FRENCH = "« L’OTAN a proposé un dialogue », a déclaré M. Stoltenberg. Moscou hésite."


def _load_bytes(tmp_path: Path, data: bytes, name: str = "x.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_articles([str(path)])


def test_utf8_and_utf8_bom(tmp_path: Path) -> None:
    (plain,) = _load_bytes(tmp_path, FRENCH.encode("utf-8"))
    (bom,) = _load_bytes(tmp_path, b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "bom.txt")
    assert plain.text == bom.text == FRENCH
    assert (plain.encoding, bom.encoding) == ("utf-8", "utf-8-sig")
    assert not plain.warnings and not bom.warnings


def test_utf16_with_bom(tmp_path: Path) -> None:
    (article,) = _load_bytes(tmp_path, FRENCH.encode("utf-16"))
    assert article.text == FRENCH and article.encoding == "utf-16"


def test_cp1252_decoded_with_a_warning(tmp_path: Path) -> None:
    # cp1252 has ’ and « »; latin-1 would turn ’ into a C1 control.
    (article,) = _load_bytes(tmp_path, FRENCH.encode("cp1252"))
    assert article.text == FRENCH
    assert article.encoding == "cp1252"
    assert any("cp1252" in w and "x.txt" in w for w in article.warnings)


def test_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        _load_bytes(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(64), "a.txt")
    assert "binary file" in err.value.message and "a.txt" in err.value.message
    assert err.value.hint and err.value.exit_code == ExitCode.ERROR


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \n"])
def test_empty_file_is_a_clear_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="empty file"):
        _load_bytes(tmp_path, data)


# --- escape sequences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),  # CSI colour
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", "click"),  # OSC 8, BEL
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),  # OSC 8, ST
        ("\x1b]0;title\x07text", "text"),  # window title
        ("a\x9b31mb", "ab"),  # 8-bit CSI
        ("a\x85b\x90c", "abc"),  # C1 controls
        ("a\x00b\x07c\x08d", "abcd"),  # C0 controls
        ("e\u0301t\u00e9", "été"),  # NFC
        ("a\r\nb\rc", "a\nb\nc"),  # line ends
        ("tab\tstays", "tab\tstays"),
    ],
)
def test_sanitize(raw: str, expected: str) -> None:
    assert sanitize(raw) == expected


def test_escapes_are_stripped_at_load(tmp_path: Path) -> None:
    data = "Le \x1b[1mchef\x1b[0m de l’\x1b]8;;http://x\x07OTAN\x1b]8;;\x07 a parlé.\x85"
    (article,) = _load_bytes(tmp_path, data.encode("utf-8"))
    assert article.text == "Le chef de l’OTAN a parlé."
    assert all("\x1b" not in s.text for s in article.sentences)


def test_escapes_are_stripped_from_json_metadata(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(
        '{"title": "T\\u001b[31mitre", "outlet": "\\u009b1mOut", "text": "Un texte."}',
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert (article.title, article.outlet) == ("Titre", "Out")


def test_decode_reports_its_encoding() -> None:
    assert decode("« été »".encode("cp1252"), "x")[:2] == ("« été »", "cp1252")
    assert decode(b"\xef\xbb\xbfabc", "x")[:2] == ("abc", "utf-8-sig")


def test_folder_skips_readme_license_and_changelog(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("NATO offered talks on Wednesday.", encoding="utf-8")
    for name in ("README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md", "Licence.md"):
        (tmp_path / name).write_text("# Notes\n\nThis folder holds articles.", encoding="utf-8")
    assert [a.id for a in load_articles([str(tmp_path)])] == ["a"]
    assert [a.id for a in load_articles([str(tmp_path / "*")])] == ["a"]
    # Named on the command line, a README is read: the user asked for it.
    assert [a.id for a in load_articles([str(tmp_path / "README.md")])] == ["README"]


def test_markdown_single_emphasis_is_stripped_but_bullets_and_rules_stay(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "# A title\n\n*By Jo Doe*\n\nThe _draft_ law passed, 2*3*4 said snake_case_name.\n\n"
        "* * *\n\n* a bullet with *stress*\n",
        encoding="utf-8",
    )
    text = load_articles([str(path)])[0].text
    assert "By Jo Doe" not in text  # unwrapped, then dropped as a byline
    assert "The draft law passed, 2*3*4 said snake_case_name." in text
    assert "* a bullet with stress" in text


def test_markdown_headings_stay_headings_even_when_they_end_like_a_sentence(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(
        "# Grève : la mobilisation continue\n\n"
        "Les cheminots ont défilé mardi à Paris contre la réforme.\n\n"
        "## Une prime jugée « insultante »\n\n"
        "Le gouvernement a proposé une prime de 300 euros, jugée « insultante ».\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    kinds = [(s.kind, s.text) for s in article.sentences]
    assert kinds == [
        ("heading", "Grève : la mobilisation continue"),
        ("sentence", "Les cheminots ont défilé mardi à Paris contre la réforme."),
        ("heading", "Une prime jugée « insultante »"),
        ("sentence", "Le gouvernement a proposé une prime de 300 euros, jugée « insultante »."),
    ]
