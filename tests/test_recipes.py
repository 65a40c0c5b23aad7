"""Every shell recipe in docs/recipes.md and README.md runs, as written, on the bundled seeds.

Each ```sh block is run with bash (``set -o pipefail``) and the installed ``natocmp`` on
PATH. A recipe whose tool (jq, csvkit) is not installed is skipped with the tool named, so
the skip is visible; CI installs both.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RECIPES = Path(__file__).parent.parent / "docs" / "recipes.md"
README = Path(__file__).parent.parent / "README.md"
BIN = Path(sys.executable).parent
TOOLS = {"jq": "jq", "csvcut": "csvkit", "csvlook": "csvkit", "csvsort": "csvkit",
         "csvgrep": "csvkit"}


def _recipes(path: Path = RECIPES, section: str | None = None) -> list[tuple[str, str]]:
    text = path.read_text("utf-8")
    if section:  # only the recipes of one "## " section (README's install lines are not)
        text = text[text.index(section) :]
        text = text[: text.find("\n## ", 1) if "\n## " in text[1:] else len(text)]
    # A recipe: the paragraph that introduces it, then its ```sh block.
    blocks = re.findall(r"\n\n((?:[^\n]+\n)+)\n```sh\n(.*?)```", text, flags=re.S)
    return [(" ".join(title.split()).rstrip(":"), code) for title, code in blocks]


RECIPE_LIST = _recipes()
README_RECIPES = _recipes(README, section="## Recipes for scripts")


def test_recipes_are_found():
    assert len(RECIPE_LIST) >= 8
    assert len(README_RECIPES) >= 5


@pytest.mark.parametrize(
    ("title", "code"),
    RECIPE_LIST + README_RECIPES,
    ids=[t[:40] for t, _ in RECIPE_LIST] + ["README: " + t[:32] for t, _ in README_RECIPES],
)
def test_recipe_runs(title, code, tmp_path):
    path = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    for tool, package in TOOLS.items():
        if re.search(rf"\b{tool}\b", code) and not shutil.which(tool, path=path):
            pytest.skip(f"{package} is not installed ({tool} not on PATH)")
    env = {**os.environ, "PATH": path, "NO_COLOR": "1"}
    result = subprocess.run(["bash", "-o", "pipefail", "-c", code], capture_output=True,
                            env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b"", result.stderr.decode()
    out = result.stdout.decode("utf-8")
    assert out.strip(), f"recipe {title!r} printed nothing"
    assert "\x1b" not in out


def _run(code: str) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_COLOR": "1"}
    return subprocess.run(["bash", "-o", "pipefail", "-c", code], capture_output=True,
                          env=env, timeout=120, check=True).stdout.decode()


@pytest.mark.skipif(not shutil.which("jq"), reason="jq is not installed")
def test_jq_recipe_output_matches_the_json():
    """The first jq recipe's rows are exactly the diverging pairs of the JSON document."""
    import json

    code = dict(RECIPE_LIST)[next(t for t, _ in RECIPE_LIST if t.startswith("Diverging"))]
    rows = [line.split("\t") for line in _run(code).splitlines()]
    doc = json.loads(_run("natocmp diff 000 001 -f json"))
    diverging = [p for p in doc["pairs"] if p["label"] == "diverge"]
    assert len(rows) == len(diverging) > 0
    assert [int(r[0]) for r in rows] == [p["a_indices"][0] for p in diverging]


def test_grep_recipe_uses_the_documented_columns():
    code = dict(RECIPE_LIST)[next(t for t, _ in RECIPE_LIST if t.startswith("Sentences of"))]
    for line in _run(code).splitlines():
        index, text = line.split("\t")
        assert index.isdigit() and "stoltenberg" in text.lower()
