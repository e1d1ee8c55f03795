"""The `aiser-jupyter` command, run as users run it (a subprocess)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest


def cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "aiser_jupyter.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_ask_json_gives_plan_rows_data_and_sql(demo_path):
    out = cli("ask", "total revenue by region", "--db", "demo", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["plan"]["chart"]["mark"] == "bar"
    assert result["rows"] == 5 and len(result["data"]) == 5
    assert {row[0] for row in result["data"]} == {"North", "South", "East", "West", "Central"}
    assert "GROUP BY" in result["compiled_sql"].upper()


def test_ask_on_a_sqlite_file_url(sqlite_shop):
    out = cli("ask", "number of orders by channel", "--db", f"sqlite:///{sqlite_shop}", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert sum(row[1] for row in result["data"]) == 5000


def test_a_question_that_is_sql_is_charted(demo_path):
    out = cli("ask", "SELECT channel, COUNT(*) AS n FROM orders GROUP BY channel", "--json")
    assert out.returncode == 0, out.stderr
    assert sum(r[1] for r in json.loads(out.stdout)["data"]) == 60000


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "hostile",
    [
        "DROP TABLE orders",
        "DELETE FROM orders",
        "SELECT 1; DROP TABLE orders",
        "UPDATE orders SET status = 'x'",
        "ATTACH '/tmp/x.db' AS x",
        "COPY orders TO '/tmp/out.csv'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "CREATE TABLE t AS SELECT 1",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "PRAGMA query_only = 0",
    ],
)
def test_hostile_sql_is_refused_with_a_code_and_changes_nothing(hostile, sqlite_shop):
    before = _digest(sqlite_shop)
    out = cli("ask", hostile, "--db", f"sqlite:///{sqlite_shop}", "--json")
    assert out.returncode == 2
    assert out.stderr.startswith("AISER-") and "Traceback" not in out.stderr
    assert _digest(sqlite_shop) == before


def test_html_output_is_a_self_contained_page(tmp_path, demo_path):
    page = tmp_path / "chart.html"
    out = cli("ask", "monthly revenue since 2023 as a line", "--html", str(page))
    assert out.returncode == 0, out.stderr
    html = page.read_text()
    assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js inlined
    assert not re.search(r"<script[^>]+src=", html), (
        "the page must not load scripts from the network"
    )


def test_doctor_reports_versions_sources_and_llm(demo_path):
    out = cli("doctor")
    assert (
        "duckdb" in out.stdout and "Source demo: reachable" in out.stdout and "LLM:" in out.stdout
    )


def test_an_unknown_source_is_a_clear_error():
    out = cli("ask", "total revenue by region", "--db", "nosuchalias")
    assert out.returncode == 2 and out.stderr.startswith("AISER-SRC-UNKNOWN")


@pytest.mark.postgres
def test_cli_ask_against_postgres(pg_server: Any, tmp_path: Any) -> None:
    env = {**os.environ, "PG_TEST_PASSWORD": pg_server.password}
    url = pg_server.url(password="${PG_TEST_PASSWORD}")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiser_jupyter.cli",
            "ask",
            "number of orders by channel",
            "--db",
            url,
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert sum(row[1] for row in result["data"]) == 6000
    assert pg_server.password not in out.stdout + out.stderr
