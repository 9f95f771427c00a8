"""The Dask path: the same records as the local run, on a LocalCluster."""
import json

import pytest

from extractor.batch import run
from extractor.cli import main
from extractor.readers import discover

pytest.importorskip("distributed")

RU = ["Президент Казахстана Касым-Жомарт Токаев провёл совещание в Астане.",
      "Вчера в Москве мэр Сергей Собянин открыл новый парк.",
      "Аким Алматы Ерболат Досаев сообщил, что бюджет города вырос на 12%."]


def test_dask_equals_local(tmp_path, pipeline):
    from distributed import Client, LocalCluster
    from extractor.dask import run_dask
    for i, t in enumerate(RU * 3):
        (tmp_path / ("d%d.txt" % i)).write_text(t, encoding="utf-8")
    (tmp_path / "zz.txt").write_bytes(b"\x00")
    local, remote = [], []
    run(discover([str(tmp_path)]), local.append, pipeline=pipeline)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        s = run_dask(None, discover([str(tmp_path)]), remote.append, client=client, skip={"d0"})
        out = tmp_path / "out.jsonl"
        rc = main(["extract", str(tmp_path), "-o", str(out), "--dask", cluster.scheduler_address, "-q"])
    assert rc == 1                      # zz.txt failed
    assert out.read_text(encoding="utf-8").splitlines() == local
    assert remote == local[1:]
    assert (s.done, s.skipped, s.failed) == (8, 1, 1)
    assert json.loads(remote[0])["doc_id"] == "d1"
