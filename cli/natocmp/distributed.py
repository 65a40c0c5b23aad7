"""Run a comparison's independent steps as tasks on a Dask cluster (the ``dask`` extra).

``connect("tcp://host:8786")`` joins a running Dask scheduler; ``connect("local")`` or
``connect("local:4")`` starts a ``LocalCluster`` of that many worker processes (default:
the CPUs) for the duration of the run. Both yield a ``natocmp.schedule.Scheduler`` whose
``map`` ships chunks of items (a few per worker) as tasks and gathers the results in item
order, so the output is the same bytes as a run without a cluster.

Dask is imported here only, inside ``connect``: without ``--scheduler`` nothing of it is
loaded. Workers of a remote cluster need natocmp installed (the same version).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from natocmp.errors import InputError, UsageError
from natocmp.schedule import Progress, run_chunk

HINT = "install the extra: pip install 'natocmp[dask]'"
# Chunks per worker: enough to even out stories of unequal size, few enough that shipping
# the articles costs little next to aligning them.
CHUNKS_PER_WORKER = 4


class DaskScheduler:
    """A ``Scheduler`` on a ``distributed.Client``."""

    def __init__(self, client: Any, name: str) -> None:
        self.client = client
        self.name = name

    def map(
        self, fn: Callable[[Any], Any], items: Sequence[Any], *, progress: Progress | None = None
    ) -> list[Any]:
        from distributed import as_completed

        if not items:
            return []
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        size = max(1, math.ceil(len(items) / (workers * CHUNKS_PER_WORKER)))
        chunks = [list(items[k : k + size]) for k in range(0, len(items), size)]
        # Scattered first: the articles go to the workers as data, not inside the task
        # graph (a 50,000-article graph was 150 MB and Dask warned about it on stderr).
        shipped = self.client.scatter(chunks)
        futures = self.client.map(run_chunk, [fn] * len(chunks), shipped, pure=False)
        where = {f.key: n for n, f in enumerate(futures)}
        results: list[list[Any]] = [[] for _ in chunks]
        done = 0
        for future in as_completed(futures):
            n = where[future.key]
            results[n] = future.result()
            done += len(chunks[n])
            if progress is not None:
                progress(done, len(items))
        return [r for chunk in results for r in chunk]


def parse_local(spec: str) -> int | None:
    """Workers of a ``local[:N]`` spec (None: not local; 0: one per CPU).

    >>> parse_local("local"), parse_local("local:3"), parse_local("tcp://h:8786")
    (0, 3, None)
    """
    if spec == "local":
        return 0
    if spec.startswith("local:"):
        count = spec.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise UsageError(
                f"bad scheduler {spec!r}: local:N needs a number of workers N >= 1",
                hint="e.g. --scheduler local:2, or a scheduler address tcp://host:8786",
            )
        return int(count)
    return None


@contextmanager
def connect(spec: str) -> Iterator[DaskScheduler]:
    """A scheduler on the Dask cluster ``spec`` names (an address, ``local`` or ``local:N``).

    Raises:
        UsageError: the ``dask`` extra is not installed, or ``spec`` is malformed.
        InputError: the scheduler at that address cannot be reached.
    """
    workers = parse_local(spec)
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--scheduler needs Dask, which is not installed", hint=HINT) from None
    cluster = None
    try:
        if workers is not None:
            cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: two runs at once must not clash
                silence_logs=logging.ERROR,
                # One thread per worker process, the model's OpenMP engine too: two workers
                # each running two threads on two cores embedded at a third of the speed of
                # one process (bench_dask.py --semantic). The vectors are the same bits
                # whatever the thread count (checked on the seeds).
                env={"OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")},
            )
            client = Client(cluster)
        else:
            client = Client(spec, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(
            f"cannot reach the Dask scheduler at {spec}: {exc}",
            hint="start one with `dask scheduler` (and `dask worker ADDRESS`), "
            "or use --scheduler local:N",
        ) from exc
    try:
        yield DaskScheduler(client, f"dask:{spec}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
