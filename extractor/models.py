"""natasha's models, loaded from the natasha package without importing it.

`import natasha` pulls in pymorphy2, which fails at start-up on Python 3.12+
(`No module named 'pkg_resources'`). We need only its embeddings and its
slovnet NER model, which are plain files inside the package, so we locate
the package's data folder and load them with navec and slovnet directly.
Nothing is downloaded: the files ship in the natasha wheel.

Of the embeddings the tagger reads only the quantised vectors (navec's `pq.bin`:
an index row per word and the centroids); the words' ids come from the NER
model's own vocabulary. So the embeddings' vocabulary (250 000 words, 0.13 s to
read) is not loaded.
"""
from __future__ import annotations

import importlib.util
import os
import tarfile

import numpy as np
from navec import Navec
from navec.meta import Meta
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
    navec = load_vectors(os.path.join(data, "emb", EMBEDDING))
    ner = NER.load(os.path.join(data, "model", NER_MODEL), batch_size=batch_size)
    ner.navec(navec)
    return ner


def load_vectors(path: str) -> Navec:
    """navec's meta and quantised vectors (no vocabulary).

    pq.bin: four uint32 (vectors, dim, qdim, centroids), then the uint8 indexes
    (vectors × qdim), then the float32 codes (qdim × centroids × dim / qdim).
    navec's own PQ.from_file also precomputes word-similarity tables (0.3 s), which
    the tagger never reads; building PQ from its arrays skips them too."""
    with tarfile.open(path) as tar:
        meta = Meta.from_file(tar.extractfile("meta.json"))
        data = tar.extractfile("pq.bin").read()
    vectors, dim, qdim, centroids = (int(x) for x in np.frombuffer(data, np.uint32, 4))
    indexes = np.frombuffer(data, np.uint8, vectors * qdim, 16).reshape(vectors, qdim)
    codes = np.frombuffer(data, np.float32, offset=16 + vectors * qdim).reshape(qdim, centroids, -1)
    pq = PQ.__new__(PQ)
    pq.vectors, pq.dim, pq.qdim, pq.centroids, pq.indexes, pq.codes = vectors, dim, qdim, centroids, indexes, codes
    return Navec(meta, None, pq)
