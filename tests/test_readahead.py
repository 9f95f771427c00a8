"""The batch's read-ahead (readahead.py): the first inputs read and segmented while the models
load give exactly the records and errors that reading them in the workers gives; the reader
never outlives the batch; the last chunks are small so that the workers finish together."""
import io
import json
import os
import signal
import subprocess
import time

from extractor.batch import CHUNK, SMALL, _chunks, run
from extractor.readahead import READ_AHEAD, ReadAhead, head, unpack
from extractor.readers import Input, discover
from extractor.segment import prepare
from tests.test_resume import ENV, ROOT, cli

TEXTS = ["%d марта 2024 года в Караганде открыли %d новых школ на %d мест." % (1 + i % 28, 2 + i, 300 + 20 * i)
         for i in range(40)]
BUDGET = "Аким области сообщил, что за январь-июнь 2024 года бюджет вырос на 12,5% и составил 188,2 млрд тенге."
PAGE = ("<html><head><title>Новости</title><meta property='article:published_time' content='2024-05-06'></head>"
        "<body><article><h1>Новый мост</h1><p>В Павлодаре 5 мая 2024 года открыли мост длиной 1,2 км. "
        "Его строили два года, проект обошёлся в 9,4 млрд тенге.</p></article></body></html>")


def corpus(folder):
    """A folder whose first inputs hold every kind the reader meets: cp1251, an empty file, a binary
    file, an HTML page, a JSONL feed with a bad line, then plain texts."""
    folder.mkdir()
    (folder / "a00-cp1251.txt").write_bytes(BUDGET.encode("cp1251"))
    (folder / "a01-empty.txt").write_bytes(b"  \n")
    (folder / "a02-binary.txt").write_bytes(b"\x00\x01bad")
    (folder / "a03-page.html").write_text(PAGE, encoding="utf-8")
    (folder / "a04-feed.jsonl").write_text(
        json.dumps({"id": "f1", "text": BUDGET, "date": "2024-07-10"}, ensure_ascii=False) + "\n{bad json\n"
        + json.dumps({"id": "f2", "text": TEXTS[0]}, ensure_ascii=False) + "\n", encoding="utf-8")
    for i, text in enumerate(TEXTS):
        (folder / ("b%02d.txt" % i)).write_text(text, encoding="utf-8")
    return folder


def go(folder, **kw):
    lines, errors = [], io.StringIO()
    summary = run(discover([str(folder)]), lines.append, errors=errors, **kw)
    return summary, lines, errors.getvalue()


class Counted(ReadAhead):
    collected = []

    def collect(self):
        done = super().collect()
        Counted.collected.append(sorted(done))
        return done


def test_two_workers_with_read_ahead_same_bytes_as_one(tmp_path, pipeline, monkeypatch):
    folder = corpus(tmp_path / "in")
    one = go(folder, pipeline=pipeline)
    monkeypatch.setattr("extractor.batch.ReadAhead", Counted)
    two = go(folder, workers=2)                   # ≥ SMALL inputs, no pipeline given: read ahead
    assert len(Counted.collected) == 1 and 0 in Counted.collected[0]   # it did prepare some
    assert not set(Counted.collected[0]) & {1, 2, 3, 5}               # empty, binary, page, bad line
    assert len(one[1]) == 44 > SMALL
    assert one[1] == two[1] and one[2] == two[2]
    assert (two[0].done, two[0].failed) == (44, 3)
    recs = {r["doc_id"]: r for r in map(json.loads, two[1])}
    assert recs["a00-cp1251"]["warnings"][-1] == "encoding: windows-1251"
    assert [(q["text"], q["value"], q["unit"]) for q in recs["a00-cp1251"]["quantities"]][-1] == \
        ("188,2 млрд тенге", 188.2e9, "KZT")
    assert recs["a03-page"]["reference_date"] == {"date": "2024-05-06", "source": "html:date"}
    assert recs["f1"]["reference_date"]["date"] == "2024-07-10"
    errors = [json.loads(line)["error"] for line in two[2].splitlines()]
    assert errors[0] == "no text (empty or whitespace only)"
    assert errors[1] == "binary file (contains NUL bytes)"
    assert errors[2].startswith("bad JSON line 2: ")


def test_reader_prepares_in_order_and_skips_what_the_workers_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BUDGET, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    items = [Input("good", str(good), path=str(good)), Input("bad", None, path=str(tmp_path / "bad.txt")),
             Input("page", None, path=str(good), kind="html"), Input("given", None, text=TEXTS[1]),
             Input("listed-bad", None, error="line 3: not JSON")]
    ahead = ReadAhead(items, 1 << 20)
    time.sleep(0.5)                               # the reader gets through all five
    done = ahead.collect()
    assert sorted(done) == [0, 3]
    assert ahead.proc.exitcode is not None        # stopped and joined
    item = Input("good", str(good), path=str(good))
    doc = unpack(done[0], item)
    assert item.text == BUDGET and item.prepared is None
    want = prepare(BUDGET, doc_id="good", source=str(good))
    assert [(t.start, t.stop, t.text) for s in doc.sentences for t in s.tokens] == \
        [(t.start, t.stop, t.text) for s in want.sentences for t in s.tokens]
    assert len(list(doc.sentences)) == 1 and doc.text == want.text
    assert items[0].text is None                  # the parent's inputs are untouched until handed over


def test_reader_ends_when_the_batch_closes_it_without_collecting():
    ahead = ReadAhead([Input("t%d" % i, None, text=t) for i, t in enumerate(TEXTS)], 1 << 20)
    ahead.close()
    assert ahead.proc.exitcode is not None


def test_head_is_bounded_by_count_and_by_characters():
    many = iter([Input("t%d" % i, None, text="слово") for i in range(READ_AHEAD + 10)])
    assert len(head(many)) == READ_AHEAD and len(list(many)) == 10
    big = [Input("b%d" % i, None, text="а" * (5 * 1024 * 1024)) for i in range(10)]
    assert len(head(iter(big))) == 4              # 16 M characters reached with the fourth


def test_last_chunks_are_small():
    sizes = [len(c) for c in _chunks(iter(range(50)), CHUNK, 2 * CHUNK)]
    assert sizes == [8, 8, 8, 8, 8, 2, 2, 2, 2, 2]
    assert [x for c in _chunks(iter(range(50)), CHUNK, 2 * CHUNK) for x in c] == list(range(50))
    assert [len(c) for c in _chunks(iter(range(19)), CHUNK)] == [8, 8, 3]
    assert [len(c) for c in _chunks(iter(range(5)), CHUNK, 2 * CHUNK)] == [2, 2, 1]


def test_ctrl_c_while_the_models_load(tmp_path):
    """Interrupted before any record: the usual line, exit 130, no traceback, no reader left."""
    folder = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(cli(folder, "-o", out, "--workers", "2"), cwd=ROOT, env=ENV,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(0.3)                               # imports done, reader forked, models loading
    os.killpg(p.pid, signal.SIGINT)
    _, err = p.communicate(timeout=60)
    err = err.decode("utf-8")
    assert p.returncode == 130, err
    assert "Traceback" not in err
    assert err == ("extractor: interrupted after 0 documents; records so far in %s.partial; "
                   "run again with --resume to finish\n" % out)
    time.sleep(0.2)
    alive = subprocess.run(["pgrep", "-g", str(p.pid)], capture_output=True, text=True).stdout.split()
    assert alive == []
