"""`compare --scheduler`: stories as Dask tasks, the same bytes as a run in one process."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
NATOCMP = [sys.executable, "-c", "import sys; from natocmp.app import main; main()"]


def _needs_dask() -> None:
    # CI installs the extra (README's test command): there, a missing Dask fails.
    if importlib.util.find_spec("distributed") is None:
        if os.environ.get("CI"):
            pytest.fail("the dask extra is not installed: pip install -e '.[test,dask]'")
        pytest.skip("the dask extra is not installed")


def test_a_plain_run_imports_nothing_of_dask() -> None:
    code = (
        "import sys\nfrom natocmp.app import main\n"
        "sys.argv = ['natocmp', 'compare', '-f', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')),"
        " file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_without_the_extra_one_line_and_the_install_hint() -> None:
    code = (
        "import sys\nsys.modules['distributed'] = None\nsys.modules['dask'] = None\n"
        "from natocmp.app import main\nmain()"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "compare", "--scheduler", "local:2"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.splitlines() == [
        "natocmp: error: --scheduler needs Dask, which is not installed",
        "hint: install the extra: pip install 'natocmp[dask]'",
    ]


def test_a_malformed_local_spec_is_a_usage_error(invoke) -> None:
    result = invoke("compare", "--scheduler", "local:0")
    assert result.exit_code == 2
    assert result.stderr.startswith("natocmp: error: bad scheduler 'local:0'")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synth import build
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    docs, _ = build(1000, seed=3)
    folder = tmp_path_factory.mktemp("shards")
    # a folder of JSON Lines shards, as a large corpus comes
    for k in range(4):
        with (folder / f"part-{k}.jsonl").open("w", encoding="utf-8") as f:
            for doc in docs[k::4]:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def test_two_local_workers_give_the_same_bytes_on_1000_articles(synthetic: Path) -> None:
    _needs_dask()
    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.distributed import connect
    from natocmp.render.compare import compare_output
    from natocmp.render.writers import write

    articles = load_articles([str(synthetic)])
    assert len(articles) == 1000
    alone = compare_articles(articles)
    with connect("local:2") as scheduler:
        assert len(scheduler.client.scheduler_info()["workers"]) == 2
        spread = compare_articles(articles, scheduler=scheduler)
    assert len({g.id for g in alone.groups}) > 1000  # many stories, many groups
    assert write(compare_output(spread), "json") == write(compare_output(alone), "json")
    assert write(compare_output(spread), "jsonl") == write(compare_output(alone), "jsonl")


def test_cli_scheduler_from_the_environment_same_jsonl() -> None:
    _needs_dask()
    plain = subprocess.run([*NATOCMP, "compare", "-f", "jsonl"], capture_output=True, check=True)
    env = {**os.environ, "NATOCMP_SCHEDULER": "local:2"}
    spread = subprocess.run(
        [*NATOCMP, "compare", "-f", "jsonl"], capture_output=True, check=True, env=env
    )
    assert spread.stdout == plain.stdout
    assert spread.stderr == b""
