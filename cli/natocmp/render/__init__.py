"""Result objects → text. Renderers do no analysis: they format what the library computed."""
