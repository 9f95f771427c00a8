"""Readers: every input kind, encodings, doc_ids, bad files."""
import json

import pytest

from extractor.readers import ReadError, decode, discover, load, sources

RU = ("В Жамбылской области запустили ветровую электростанцию мощностью 100 МВт. "
      "Об этом сообщил аким области Ербол Карашукеев. Строительство обошлось в 50 млрд тенге.")

PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>В Алматы открыли новый парк — Новости Казахстана</title>
<meta property="og:title" content="В Алматы открыли новый парк">
<meta property="article:published_time" content="2024-05-14T10:30:00+05:00">
</head><body>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li>
<li><a href="/economy">Экономика</a></li><li><a href="/sport">Спорт</a></li></ul></nav></header>
<main><article>
<h1>В Алматы открыли новый парк</h1>
<time datetime="2024-05-14">14 мая 2024</time>
<p>В Алматы в среду открыли новый парк площадью 12 гектаров. На церемонии выступил аким города Ерболат Досаев.</p>
<p>По словам акима, на благоустройство территории из городского бюджета направили 3 млрд тенге.
Работы начались в марте прошлого года и завершились досрочно.</p>
<p>В парке высадили более 2 тысяч деревьев, построили велодорожки и детские площадки.</p>
</article></main>
<aside><h3>Читайте также</h3><ul><li><a href="/a">Курс доллара вырос</a></li></ul></aside>
<footer><p>© 2024 Новости Казахстана. Все права защищены.</p><p>Подписывайтесь на наш канал</p></footer>
</body></html>"""


def test_utf8_with_and_without_bom():
    assert decode(RU.encode("utf-8")) == (RU, None)
    assert decode(b"\xef\xbb\xbf" + RU.encode("utf-8")) == (RU, None)


@pytest.mark.parametrize("codec,name", [("cp1251", "windows-1251"), ("koi8_r", "koi8-r")])
def test_cyrillic_code_pages(codec, name):
    assert decode(RU.encode(codec)) == (RU, name)


def test_short_code_page_texts():
    for s in ("Путин провёл совещание.", "Вчера в Москве"):
        assert decode(s.encode("cp1251"))[0] == s
        assert decode(s.encode("koi8_r"))[0] == s


def test_undecodable_and_binary(tmp_path):
    with pytest.raises(ReadError):
        decode(bytes(range(128, 160)) * 10)
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x00\x01\x02abc")
    item = next(discover([str(p)]))
    with pytest.raises(ReadError, match="binary"):
        load(item)


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(RU, encoding="utf-8")
    with pytest.raises(ReadError, match="too large"):
        load(next(discover([str(p)])), max_bytes=10)


def test_encoding_in_meta(tmp_path):
    (tmp_path / "a.txt").write_bytes(RU.encode("koi8_r"))
    item = load(next(discover([str(tmp_path)])))
    assert item.text == RU and item.meta["encoding"] == "koi8-r"


def test_folders_globs_and_clashing_stems(tmp_path):
    for rel in ("2024/01/a.txt", "2024/02/a.txt", "b.html", "c.md", ".hidden.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(RU, encoding="utf-8")
    ids = [s.doc_id for s in sources([str(tmp_path)])]
    assert ids == ["b", "2024/01/a", "2024/02/a"]      # files of a folder before its subfolders
    assert [s.doc_id for s in sources([str(tmp_path / "2024" / "*" / "*.txt")])] == ["a", "a"]


def test_json_and_jsonl(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": RU, "date": "2024-03-05", "title": "T"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": 7, "text": RU}, {"text": RU}]), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "x1", "text": RU, "url": "http://e.kz/1"}) + "\n\n{oops\n" + json.dumps({"text": 5}) + "\n"
        + json.dumps({"text": RU}) + "\n", encoding="utf-8")
    items = list(discover([str(tmp_path)]))
    got = [(i.doc_id, i.error is None) for i in items]
    assert got == [("x1", True), ("feed:3", False), ("feed:4", False), ("feed:5", True),
                   ("7", True), ("many:2", True), ("one", True)]
    one = items[-1]
    assert one.meta == {"date": "2024-03-05", "title": "T"} and one.text == RU
    assert items[0].source == "http://e.kz/1"


def test_html_page(tmp_path):
    pytest.importorskip("trafilatura")
    p = tmp_path / "park.html"
    p.write_text(PAGE, encoding="utf-8")
    item = load(next(discover([str(p)])))
    assert item.kind == "html"
    assert "12 гектаров" in item.text and "2 тысяч деревьев" in item.text
    for furniture in ("Главная", "Все права защищены", "Подписывайтесь", "Курс доллара"):
        assert furniture not in item.text
    assert item.meta["title"].startswith("В Алматы открыли новый парк")
    assert item.meta["date"] == "2024-05-14"


def test_stdin(monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO(RU))
    item = next(discover(["-"]))
    assert item.doc_id == "stdin" and item.text == RU


def test_scan_counts_skipped_files_and_unmatched_arguments(tmp_path):
    from extractor.readers import scan
    for rel in ("in/a.txt", "in/b.md", "in/sub/c.pdf", "in/.hidden.md", "none/x.csv"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(RU, encoding="utf-8")
    listing = scan([str(tmp_path / "in"), str(tmp_path / "none"), str(tmp_path / "*.jsonl"), "-"], stdin_format="jsonl")
    assert [s.doc_id for s in listing.sources] == ["a", "stdin"]
    assert listing.sources[1].stdin_format == "jsonl"
    assert listing.skipped == 3
    assert listing.unmatched == [str(tmp_path / "none"), str(tmp_path / "*.jsonl")]


def test_html_page_date_says_where_it_came_from(tmp_path, pipeline):
    pytest.importorskip("trafilatura")
    from extractor.batch import process
    p = tmp_path / "park.html"
    p.write_text(PAGE, encoding="utf-8")
    rec = json.loads(process(next(discover([str(p)])), pipeline).line)
    assert rec["reference_date"] == {"date": "2024-05-14", "source": "html:date"}
