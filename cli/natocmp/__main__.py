"""``python -m natocmp``."""

from natocmp._entry import main

# Guarded: worker processes started by `spawn` (Dask's LocalCluster) import the main
# module again as `__mp_main__`, and must not run the command a second time.
if __name__ == "__main__":
    main()
