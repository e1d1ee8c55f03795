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

.PHONY: setup system lab test test-unit test-browser lint typecheck bench clean

setup: system $(STAMP)

system:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml $(EXT_SOURCES)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
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

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .test-cache build dist *.egg-info aiser_jupyter/labextension labextension/node_modules labextension/lib
