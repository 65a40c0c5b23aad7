"""``python -m natocmp``."""

from natocmp.app import main

main()
