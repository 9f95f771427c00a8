"""No command of the README's usage sections, and none of issue 17's everyday mistakes,
prints a Python traceback: each is run in a shell as a user would type it."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.cli_helpers import ENV, ROOT, SAMPLES
from tests.test_readers import PAGE

README = os.path.join(ROOT, "README.md")
RU = "Вчера аким Павлодара открыл новую школу на 600 мест.\n"


def readme_commands():
    """The `extractor …` lines of the README's ```sh blocks, comments cut, in order."""
    out, block = [], False
    with open(README, encoding="utf-8") as f:
        for line in f:
            if line.startswith("```"):
                block = line.strip() == "```sh"
                continue
            line = re.sub(r"\s+#\s.*$", "", line.rstrip())
            if block and re.match(r"^(cat \S+ \| )?extractor ", line):
                out.append(line)
    return out


# issue 17's cases, as a user would type them (a fake `scheduler` host and a free port: no scheduler)
CASES = [
    "extractor extract samples/ | head -1",
    "extractor schema | head -1",
    "extractor table records.jsonl -o - | head -1",
    "extractor extract samples/city-news.txt -o folder/",
    "extractor extract samples/city-news.txt -o x.jsonl --errors new/folder/errors.jsonl",
    "extractor extract samples/city-news.txt --dask tcp://127.0.0.1:1",
    "iconv -f utf-8 -t cp1251 samples/city-news.txt | extractor extract -",
    "printf '' | extractor extract -",
    "printf '\\000\\001' | extractor extract -",
    "cat feed.jsonl | extractor extract -",
    "cat feed.jsonl | extractor extract - --stdin-format json",
    "extractor extract 'nothing/*.txt'",
    "extractor extract empty/",
    "extractor extract --workers 0 a.txt",
    "extractor extract --workers -3 a.txt",
    "extractor extract --max-bytes 10MB a.txt",
    "extractor extract --max-bytes lots a.txt",
    "extractor extract feed.jsonl",
    "extractor show missing.txt -o p.html",
    "extractor show bin.txt -o p.html",
    "extractor show mixed/ -o p.html",
    "extractor show park.html -o p.html",
    "extractor show feed.jsonl -o p.html",
    "extractor show records.jsonl --doc nobody -o p.html",
    "extractor extract park.html a.txt",
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder holding what the README's commands name."""
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(SAMPLES, d / "samples")
    shutil.copytree(SAMPLES, d / "archive")
    (d / "feeds").mkdir()
    (d / "feeds" / "a.jsonl").write_text('{"id": "f1", "text": "%s"}\n' % RU.strip(), encoding="utf-8")
    for name in ("article.txt", "a.txt"):
        (d / name).write_text(RU, encoding="utf-8")
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "park.html").write_text(PAGE, encoding="utf-8")
    (d / "folder").mkdir()
    (d / "empty").mkdir()
    (d / "bin.txt").write_bytes(b"\x00\x01")
    (d / "mixed").mkdir()
    (d / "mixed" / "a.txt").write_text(RU, encoding="utf-8")
    (d / "mixed" / "b.txt").write_bytes(b"\x00")
    (d / "feed.jsonl").write_text('{"id": "a-1", "text": "%s"}\n{"id": "a-2", "text": "обор\n{"id": "a-3"}\n'
                                  % RU.strip(), encoding="utf-8")
    r = _sh("extractor extract samples/ -o records.jsonl", d)
    assert r.returncode == 0, r.stderr
    for name in ("a.jsonl", "b.jsonl"):
        shutil.copy(d / "records.jsonl", d / name)
    return d


def _sh(line, cwd):
    cmd = re.sub(r"(^|\| )extractor ", lambda m: m.group(1) + '"$PY" -m extractor ', line)
    return subprocess.run(["bash", "-c", cmd], cwd=cwd, env=dict(ENV, PY=sys.executable),
                          input=RU.encode("utf-8"), capture_output=True, timeout=600)


def test_readme_has_usage_commands():
    cmds = readme_commands()
    assert len(cmds) >= 15
    assert "cat a.txt | extractor extract -" in cmds


@pytest.mark.parametrize("line", readme_commands() + CASES)
def test_no_traceback(workdir, line):
    r = _sh(line, workdir)
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert r.returncode in (0, 1, 2), (r.returncode, err)
    if r.returncode == 2 or (r.returncode == 1 and "head -1" not in line):
        assert re.search(r"(^|\n)(extractor( \w+)?: )?error: ", err), err      # it says why
