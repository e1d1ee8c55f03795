# The two commands of the README: `make lab` and `make test`. Both set up
# everything from a clean clone (system packages, venv, package + prebuilt
# JupyterLab extension) and are idempotent.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.aiser-installed
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)
EXT_SOURCES := $(wildcard labextension/package.json labextension/yarn.lock labextension/src/*.ts labextension/src/*.tsx labextension/style/*.css labextension/schema/*.json)

.PHONY: setup system lab test test-unit test-browser lint typecheck arch bench bench-peers clean

setup: system $(STAMP)

system:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml $(EXT_SOURCES)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@# jupyter-builder develop (below) writes install.json through its link into the built
	@# extension; packaging it again beside the top-level install.json would fail the reinstall
	@rm -f aiser_jupyter/labextension/install.json
	$(BIN)/python -m pip install -q -e ".[test]"
	@if [ -d labextension ]; then PATH="$(abspath $(BIN)):$$PATH" $(BIN)/jupyter-builder develop --overwrite . >/dev/null; fi
	@touch $(STAMP)

lab: setup
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/quickstart.ipynb

lint: setup
	$(BIN)/ruff check aiser_jupyter tests bench scripts
	$(BIN)/ruff format --check aiser_jupyter tests bench scripts

typecheck: setup
	$(BIN)/mypy

test: setup lint typecheck
	$(BIN)/python -m pytest

test-browser: setup
	$(BIN)/python -m pytest -m browser

# The import graph's cycles, private imports and the largest modules and functions
# (what tests/test_architecture.py asserts on).
arch: setup
	$(BIN)/python tests/import_graph.py

# JupySQL's %sqlplot is timed beside the engine, so the benchmark (only) installs it: it is no
# dependency of the package or of its test extra. The constraints (every pinned package of the
# venv) keep duckdb, SQLAlchemy, numpy... at their versions: pip fails rather than move them.
# Pins: the versions the benchmark was checked with (their own requirements leave duckdb and
# SQLAlchemy free; jupysql's duckdb<1.1 pin is in its dev extra only).
BENCH_PEERS := jupysql==0.11.1 duckdb-engine==0.17.0 matplotlib==3.11.2

bench: setup bench-peers
	$(BIN)/python bench/run.py

bench-peers: setup
	@$(BIN)/python -c "import sql, duckdb_engine, matplotlib" 2>/dev/null || { \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -E '^[A-Za-z0-9_.-]+==' > $(VENV)/.bench-constraints.txt && \
	  $(BIN)/python -m pip install -q -c $(VENV)/.bench-constraints.txt $(BENCH_PEERS) || \
	  echo "bench: JupySQL could not be installed; its column will say so" >&2; }

clean:
	rm -rf $(VENV) .test-cache build dist *.egg-info aiser_jupyter/labextension labextension/node_modules labextension/lib
