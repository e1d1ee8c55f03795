"""Secrets canary: a database password and an API token never leave the process's memory.

The PostgreSQL role's password (tests/pg.py) is placed in source URLs three ways — as
``user:password@``, as ``?password=`` and through ``${VAR}`` expansion of an
environment variable — and an LLM API token is configured. Every path a user or a
file can see is then searched for either: answers, errors, ``sources()``, log
lines at DEBUG (sqlalchemy, psycopg, openai, httpx included), the LLM's requests,
the metadata store (plan cache, history), a saved dashboard notebook, its HTML
export and the CLI's output.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_llm import FakeLLM
from llm_fixtures import REVENUE_BY_REGION

from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.postgres

TOKEN = "sk-CanaryToken-0c94d2e1"
WRONG = "WrongCanaryPw-61f0aa"
ENV = "AISER_TEST_PG_SECRET"


def _leaks(text: str, secrets: tuple[str, ...]) -> list[str]:
    return [s for s in secrets if s in text]


@pytest.fixture()
def llm() -> Iterator[FakeLLM]:
    server = FakeLLM()
    yield server
    server.close()


@pytest.fixture()
def secrets(pg_server: Any) -> tuple[str, ...]:
    return (pg_server.password, TOKEN, WRONG)


def test_no_secret_in_any_output_log_prompt_store_notebook_or_export(
    pg_server: Any,
    llm: FakeLLM,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    secrets: tuple[str, ...],
) -> None:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.dashboards.dashboard import save_answer
    from aiser_jupyter.engine.dashboards.export import export_html

    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "psycopg", "openai", "httpx", "httpcore", "aiser_jupyter"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    monkeypatch.setenv(ENV, pg_server.password)
    host = f"{pg_server.host}:{pg_server.port}/{pg_server.dbname}"
    seen: list[str] = []
    store = tmp_path / "store.sqlite"
    llm.default = {"plan": REVENUE_BY_REGION}
    engine = Engine(
        EngineConfig(
            planner="llm",
            model="test-model",
            base_url=llm.url,
            api_key=TOKEN,
            llm_timeout=5,
            store_path=store,
        )
    )
    try:
        # 1. the password through ${VAR} expansion, a named alias
        engine.connect("shop", f"postgresql://{pg_server.user}:${{{ENV}}}@{host}")
        first = engine.ask("total revenue by region")
        # 2. the password in the URL, user:password@ and ?password=
        second = engine.ask("total revenue by region", source=pg_server.url())
        third = engine.ask(
            "revenue per region",
            source=f"postgresql://{pg_server.user}@{host}?password={pg_server.password}",
        )
        for answer in (first, second, third):
            assert len(answer.df) == 5
            seen += [
                repr(answer),
                answer.sql,
                answer.to_cell(),
                answer.figure.to_json(),
                *answer.notices,
                json.dumps(answer.plan.model_dump(mode="json")),
            ]
        seen.append(json.dumps(engine.sources()))
        seen.append(repr(engine.source("shop")))
        # 3. errors: a wrong password, a refused query, a database error
        for url in (
            f"postgresql://{pg_server.user}:{WRONG}@{host}",
            f"postgresql://{pg_server.user}@{host}?password={WRONG}&sslmode=disable",
        ):
            with pytest.raises(AiserError) as info:
                engine.ask("SELECT 1 AS one", source=url)
            seen += [info.value.text, str(info.value.details), repr(info.value)]
        for sql in ("DROP TABLE regions", "SELECT no_such_column FROM regions"):
            with pytest.raises(AiserError) as info:
                engine.ask(sql, source="shop")
            seen.append(info.value.text)
        # 4. a dashboard notebook and its export
        board = tmp_path / "board.ipynb"
        save_answer(board, first)
        save_answer(board, third)
        html = tmp_path / "board.html"
        export_html(board, html, engine=engine)
        seen += [board.read_text(), html.read_text()]
    finally:
        engine.close()
    # 5. the LLM's requests, the metadata store, the logs and the console
    # the prompts (the token itself goes, by design, in the Authorization header only)
    seen += [json.dumps(r.get("json")) for r in llm.requests]
    assert not [r for r in llm.requests if pg_server.password in json.dumps(r)]
    assert llm.completions, "the LLM planner was used"
    seen += [p.read_bytes().decode("latin-1") for p in tmp_path.glob("store.sqlite*")]
    assert caplog.records, "DEBUG logging was captured"
    seen += [f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records]
    out = capsys.readouterr()
    seen += [out.out, out.err]
    leaks = {s: [t[:200] for t in seen if s in t] for s in secrets if any(s in t for t in seen)}
    assert not leaks


def test_no_secret_in_cli_output(pg_server: Any, tmp_path: Path, secrets: tuple[str, ...]) -> None:
    host = f"{pg_server.host}:{pg_server.port}/{pg_server.dbname}"
    env = {**os.environ, ENV: pg_server.password}
    runs = [
        [
            "ask",
            "number of orders by channel",
            "--db",
            f"postgresql://{pg_server.user}:${{{ENV}}}@{host}",
            "--json",
        ],
        [
            "ask",
            "number of orders by channel",
            "--db",
            f"postgresql://{pg_server.user}@{host}?password={pg_server.password}",
            "--html",
            str(tmp_path / "a.html"),
        ],
        ["ask", "SELECT 1 AS one", "--db", f"postgresql://{pg_server.user}:{WRONG}@{host}"],
        [
            "ask",
            "SELECT 1 AS one",
            "--db",
            f"postgresql://{pg_server.user}@{host}?password={WRONG}",
        ],
    ]
    codes = []
    for argv in runs:
        out = subprocess.run(
            [sys.executable, "-m", "aiser_jupyter.cli", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        codes.append(out.returncode)
        assert not _leaks(out.stdout + out.stderr, secrets), argv
        if out.returncode:
            assert out.stderr.startswith("AISER-SRC-CONNECT"), out.stderr
    assert codes == [0, 0, 2, 2]
    assert not _leaks((tmp_path / "a.html").read_text(), secrets)


#: a password holding every character that ends a part of a URL; each piece is a canary
PIECES = ("PwA-3f9", "PwB-71c", "PwC-0d2", "PwD-e55", "PwE-9a1", "PwF-c04", "PwG-b88")
ODD = "{}/{}?{}#{}@{}:{}%{}".format(*PIECES)
ODD_ENV = "AISER_TEST_ODD_SECRET"


@pytest.fixture()
def odd_role(pg_server: Any) -> Iterator[str]:
    """A role whose password is :data:`ODD`, allowed to read the shop."""
    with pg_server.admin() as con:
        con.execute("DROP ROLE IF EXISTS leaky")
        con.execute(f"CREATE ROLE leaky LOGIN PASSWORD '{ODD}'")
        con.execute("GRANT USAGE ON SCHEMA sales TO leaky")
        con.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO leaky")
    yield "leaky"
    with pg_server.admin() as con:
        con.execute("DROP OWNED BY leaky")
        con.execute("DROP ROLE leaky")


def test_passwords_with_url_characters_never_show(
    pg_server: Any,
    odd_role: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from urllib.parse import quote

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.dashboards.dashboard import save_answer
    from aiser_jupyter.engine.sources.open import mask_url

    host = f"{pg_server.host}:{pg_server.port}"
    encoded = quote(ODD, safe="")
    raw_but_at = ODD.replace("@", "%40").replace("%P", "%25P")  # only @ and % need encoding
    monkeypatch.setenv(ODD_ENV, ODD)  # the raw secret, as PGPASSWORD holds it
    urls = [
        f"postgresql://{odd_role}:{encoded}@{host}/{pg_server.dbname}",
        f"postgresql://{odd_role}:{raw_but_at}@{host}/{pg_server.dbname}",
        f"postgresql://{odd_role}:${{{ODD_ENV}}}@{host}/{pg_server.dbname}",
        f"postgresql://{odd_role}@{host}/{pg_server.dbname}?password={encoded}",
    ]
    broken = [
        f"postgresql://{odd_role}:{ODD}@{host}/{pg_server.dbname}",  # a raw @: does not parse
        f"postgresql:/{odd_role}:{encoded}@{host}/{pg_server.dbname}",  # one slash: not a URL
        f"postgresql://{odd_role}:{encoded}@{host}",  # no database: the role's own, missing
        f"postgresql://{odd_role}:{raw_but_at}@{host}?sslmode=disable",
        f"postgres ql://{odd_role}:{encoded}@{host}/x",
    ]
    seen = [mask_url(u) for u in urls + broken]
    engine = Engine(EngineConfig(planner="rules", store_path=tmp_path / "store.sqlite"))
    board = tmp_path / "board.ipynb"
    try:
        engine.connect("odd", urls[2])
        for url in urls:
            answer = engine.ask("number of orders by channel", source=url)
            assert len(answer.df) > 1
            seen += [repr(answer), answer.to_cell(), answer.source, *answer.notices]
            save_answer(board, answer)
        for url in broken:
            with pytest.raises(AiserError) as info:
                engine.ask("SELECT 1 AS one", source=url)
            seen += [info.value.text, str(info.value.details)]
        seen += [json.dumps(engine.sources()), *map(repr, engine._sources.values())]
        seen += list(engine._sources)  # the aliases
    finally:
        engine.close()
    seen += [board.read_text()]
    seen += [p.read_bytes().decode("latin-1") for p in tmp_path.glob("store.sqlite*")]
    out = capsys.readouterr()
    seen += [out.out, out.err]
    leaks = {p: [t[:160] for t in seen if p in t] for p in PIECES if any(p in t for t in seen)}
    assert not leaks
