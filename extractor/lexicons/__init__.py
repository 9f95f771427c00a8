"""Word lists and tables the rules read: one data file each, loaded once.

Plain text lists: one entry a line, `#` starts a comment. Tables: JSON.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def path(name: str) -> Path:
    return HERE / name


@lru_cache(maxsize=None)
def words(name: str) -> tuple:
    """A list file as a tuple of its non-empty, comment-free lines."""
    out = []
    with open(HERE / name, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str):
    """A JSON data file."""
    with open(HERE / name, encoding="utf-8") as f:
        return json.load(f)
