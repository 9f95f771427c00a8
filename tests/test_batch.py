"""Batch: order, errors, resume skipping, warnings, N workers = 1 worker."""
import io
import json

from extractor.batch import run
from extractor.readers import discover
from extractor.writer import resume_jsonl

RU = ["Президент Казахстана Касым-Жомарт Токаев провёл совещание в Астане.",
      "Вчера в Москве мэр Сергей Собянин открыл новый парк.",
      "Аким Алматы Ерболат Досаев сообщил, что бюджет города вырос на 12%."]


def corpus(tmp_path):
    for i, t in enumerate(RU):
        (tmp_path / ("d%d.txt" % i)).write_text(t, encoding="utf-8")
    (tmp_path / "d1b.txt").write_bytes(RU[1].encode("cp1251"))
    (tmp_path / "d9.txt").write_bytes(b"\x00binary")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "j", "text": RU[1], "date": "2024-03-05"}, ensure_ascii=False) + "\n", encoding="utf-8")
    return [str(tmp_path)]


def go(paths, **kw):
    lines, errors = [], io.StringIO()
    s = run(discover(paths), lines.append, errors=errors, **kw)
    return s, [json.loads(l) for l in lines], [json.loads(l) for l in errors.getvalue().splitlines()]


def test_order_errors_and_warnings(tmp_path, pipeline):
    s, recs, errs = go(corpus(tmp_path), pipeline=pipeline)
    assert [r["doc_id"] for r in recs] == ["d0", "d1", "d1b", "d2", "j"]
    assert (s.done, s.failed, s.skipped) == (5, 1, 0)
    assert errs == [{"doc_id": "d9", "source": str(tmp_path / "d9.txt"), "error": "binary file (contains NUL bytes)"}]
    assert recs[2]["warnings"][-1] == "encoding: windows-1251"
    assert "encoding: windows-1251" not in recs[1]["warnings"]
    assert recs[1]["entities"] == recs[2]["entities"]


def test_json_date_is_the_reference(tmp_path, pipeline):
    _, recs, _ = go(corpus(tmp_path), pipeline=pipeline)
    j = recs[-1]
    assert j["reference_date"]["date"] == "2024-03-05"
    # the dates stage resolves `вчера` against it
    assert [d["date_from"] for d in j["dates"] if d["text"] == "Вчера"] == ["2024-03-04"]


def test_skip(tmp_path, pipeline):
    s, recs, _ = go(corpus(tmp_path), pipeline=pipeline, skip={"d0", "j"})
    assert [r["doc_id"] for r in recs] == ["d1", "d1b", "d2"] and s.skipped == 2


def test_two_workers_same_bytes(tmp_path, pipeline):
    paths = corpus(tmp_path)
    one, two = [], []
    run(discover(paths), one.append, pipeline=pipeline)
    run(discover(paths), two.append, workers=2)
    assert one == two


def test_resume_repairs_torn_line(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c", "ent', encoding="utf-8")
    assert resume_jsonl(str(out)) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == '{"doc_id": "a"}\n{"doc_id": "b"}\n'
    assert resume_jsonl(str(tmp_path / "none.jsonl")) == set()
