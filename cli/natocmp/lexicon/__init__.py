"""Word lists natocmp uses, as data only: each module names its sources and stays sorted."""
