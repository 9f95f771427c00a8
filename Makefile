# Two commands on a fresh machine:  `make run`  and  `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PYTEST_ARGS ?=
BIN := $(VENV)/bin

.PHONY: run test schema forms bench clean

run: $(VENV)/.installed
	$(BIN)/extractor extract samples/ -o out/records.jsonl
	@echo "records written to out/records.jsonl"

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

schema: $(VENV)/.installed
	$(BIN)/extractor schema > extractor/briefing.schema.json

forms: $(VENV)/.installed
	$(BIN)/python -c 'from extractor.figures.lexicon import write_forms; print("written:", write_forms())'

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dask,html,parquet]"
	touch $@

clean:
	rm -rf out .pytest_cache build *.egg-info
