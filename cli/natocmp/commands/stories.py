"""`natocmp stories [SOURCES]`: group articles into stories (one event each)."""

from __future__ import annotations

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


@app.command("stories")
def stories_command(
    sources: SourcesArg = None,
    semantic: SemanticOpt = False,
    no_cache: NoCacheOpt = False,
    fmt: FormatOpt = Format.table,
    color: ColorOpt = Color.auto,
    width: WidthOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Group articles into stories: articles sharing rare names, figures and words.

    Example: natocmp stories ~/news/ -f json | jq '.[] | select((.articles | length) > 1)'
    """

    def body() -> tuple[str, int]:
        from natocmp.render.progress import progress_bar
        from natocmp.render.stories import stories_output, stories_table
        from natocmp.stories import group_stories

        articles = load(sources)
        from natocmp.commands.semantic import warn_languages

        warn_languages(articles, semantic=semantic, what="stories")
        with progress_bar("grouping stories") as progress:
            stories = group_stories(articles, progress=progress)
        if semantic:
            # One event's French and English stories joined when their articles align.
            from natocmp.align import AlignParams
            from natocmp.commands.semantic import with_semantic
            from natocmp.storylinks import join_languages

            params = with_semantic(AlignParams(), articles, semantic=True, no_cache=no_cache)
            stories = join_languages(stories, articles, params)
        from natocmp.labels import article_labels

        labels = article_labels(articles)
        return render(fmt, color, width, lambda: stories_output(stories),
                      lambda: stories_table(stories, labels)), 0

    run(debug, body)
