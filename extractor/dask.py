"""The same batch over a Dask cluster: a dask.bag of inputs, one Pipeline per
worker process (a cached per-process global), records back as JSONL lines per
partition, written in input order by the caller.

Needs the extra: pip install "extractor[dask]".
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator, List, Optional, Set

from .batch import CHUNK, Result, Summary, not_skipped, process_many, record_result
from .readers import Input, MAX_BYTES

PARTITION = 64       # docs a partition
WAVE = 32            # partitions computed at a time (bounded memory on the client)

_PIPE = None
_CLIENT = None       # (address, Client) connected by `connect`, used by `run_dask`


class NoScheduler(Exception):
    """No Dask scheduler answered at the address."""


def connect(address: str, timeout: float = 5):
    """A client of the scheduler at `address`, kept for `run_dask`; NoScheduler when none
    answers within `timeout` seconds. ImportError without the extra (pip install "extractor[dask]")."""
    global _CLIENT
    if _CLIENT is not None and _CLIENT[0] == address:
        return _CLIENT[1]
    from distributed import Client
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        detail = "" if isinstance(e, (OSError, TimeoutError)) else " (%s)" % e
        raise NoScheduler("no Dask scheduler answered at %s%s" % (address, detail)) from None
    _CLIENT = (address, client)
    return client


def _take_client(address: str):
    """The client `connect` made for `address`, handed over to the run (which closes it)."""
    global _CLIENT
    client = connect(address)
    _CLIENT = None
    return client


def _pipeline():
    """This process's Pipeline, loaded on first use and kept."""
    global _PIPE
    if _PIPE is None:
        from .batch import one_thread
        one_thread()
        from .pipeline import Pipeline
        _PIPE = Pipeline()
    return _PIPE


def _partition(items: List[Input], date, max_bytes) -> List[Result]:
    pipe = _pipeline()
    return [r for k in range(0, len(items), CHUNK) for r in process_many(items[k:k + CHUNK], pipe, date, max_bytes)]


def results(client, inputs: Iterable[Input], date=None, max_bytes: int = MAX_BYTES,
            partition: int = PARTITION) -> Iterator[Result]:
    """Results in input order, computed on the cluster `client` a wave of partitions at a time."""
    import dask.bag as db
    it = iter(inputs)
    while True:
        wave = list(islice(it, partition * WAVE))
        if not wave:
            return
        bag = db.from_sequence(wave, partition_size=partition)
        parts = bag.map_partitions(_partition, date, max_bytes)
        yield from client.compute(parts).result()


def run_dask(address: str, inputs: Iterable[Input], write: Callable[[str], None], date=None,
             errors=None, max_bytes: int = MAX_BYTES, skip: Optional[Set[str]] = None,
             on_error: Optional[Callable[[Result], None]] = None, client=None) -> Summary:
    """`batch.run` on the Dask scheduler at `address` (or an existing `client`)."""
    summary = Summary()
    own = client is None
    client = client or _take_client(address)
    try:
        for res in results(client, not_skipped(inputs, skip, summary), date, max_bytes):
            record_result(res, summary, write, errors, on_error)
    finally:
        if own:
            client.close()
    return summary
