"""natasha's models, loaded from the natasha package without importing it.

`import natasha` pulls in pymorphy2, which fails at start-up on Python 3.12+
(`No module named 'pkg_resources'`). We need only its embeddings and its
slovnet NER model, which are plain files inside the package, so we locate
the package's data folder and load them with navec and slovnet directly.
Nothing is downloaded: the files ship in the natasha wheel.
"""
from __future__ import annotations

import importlib.util
import os

from contextlib import contextmanager

from navec import Navec
from navec.pq import PQ
from slovnet import NER

EMBEDDING = "navec_news_v1_1B_250K_300d_100q.tar"
NER_MODEL = "slovnet_ner_news_v1.tar"


def natasha_data_dir() -> str:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the natasha package is not installed: pip install natasha")
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


def load_ner(batch_size: int = 32) -> NER:
    """slovnet's news NER tagger with natasha's navec news embeddings."""
    data = natasha_data_dir()
    with _no_similarity_tables():
        navec = Navec.load(os.path.join(data, "emb", EMBEDDING))
    ner = NER.load(os.path.join(data, "model", NER_MODEL), batch_size=batch_size)
    ner.navec(navec)
    return ner


@contextmanager
def _no_similarity_tables():
    """navec precomputes norms and centroid products for word similarity on load (0.3 s);
    the NER tagger reads only the quantised vectors' indexes and codes, so we skip it."""
    precompute = PQ.precompute
    PQ.precompute = lambda self: None
    try:
        yield
    finally:
        PQ.precompute = precompute
