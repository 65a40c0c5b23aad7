"""``python -m natocmp``."""

from natocmp._entry import main

main()
