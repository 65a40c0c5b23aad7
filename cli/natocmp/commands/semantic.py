"""The ``--semantic`` and ``--no-cache`` options shared by the commands that align sentences.

``--semantic`` adds the embedding cosine to the aligner's evidence (``natocmp.embed``);
``NATOCMP_SEMANTIC=1`` makes it the default, ``--no-semantic`` overrides that. The
vectors of every sentence are embedded (or read from the cache) up front, under one
progress bar on stderr, so the analysis that follows never waits on the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

import typer

SemanticOpt = Annotated[
    bool,
    typer.Option(
        "--semantic/--no-semantic",
        envvar="NATOCMP_SEMANTIC",
        show_envvar=True,
        help="Add a multilingual sentence-embedding cosine to the alignment evidence "
        "(paraphrases, French↔English). Needs: pip install 'natocmp[semantic]'.",
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="With --semantic: neither read nor write the embedding cache "
        "($XDG_CACHE_HOME/natocmp, else ~/.cache/natocmp).",
    ),
]


def with_semantic(
    params: Any,
    articles: Sequence[Any],
    *,
    semantic: bool,
    no_cache: bool,
    scheduler: Any = None,
) -> Any:
    """``params`` (AlignParams) with the semantic evidence on, every sentence embedded
    (as tasks of ``scheduler`` when given: ``compare --scheduler``)."""
    if not semantic:
        return params
    from dataclasses import replace

    from natocmp.embed import Embeddings, load_embedder
    from natocmp.embedcache import EmbeddingCache
    from natocmp.render.progress import progress_bar

    embeddings = Embeddings(load_embedder(), cache=None if no_cache else EmbeddingCache())
    with progress_bar("embedding sentences") as progress:
        embeddings.progress = progress
        embeddings.vectors([s.text for a in articles for s in a.sentences], scheduler=scheduler)
        embeddings.progress = None
    return replace(params, semantic=embeddings)


def warn_languages(articles: Sequence[Any], *, semantic: bool) -> None:
    """One warning on stderr when the articles mix languages and ``--semantic`` is off."""
    from natocmp.app import _warn

    languages = sorted({a.language for a in articles} - {"und"})
    if semantic or len(languages) < 2:
        return
    _warn(
        f"the articles are in {' and '.join(languages)}: without --semantic only names, "
        "numbers and dates align across languages "
        "(hint: pip install 'natocmp[semantic]' and add --semantic)"
    )
