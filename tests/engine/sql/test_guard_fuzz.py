"""Fuzzing the guard: whatever the text, it returns a checked tree or raises AiserError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sql_corpus import BENIGN, TABLES
from sqlglot import exp

from aiser_jupyter.engine.sql.guard import guard_sql, render
from aiser_jupyter.errors import AiserError

SEEDS = [row["sql"] for row in BENIGN]
DIALECTS = st.sampled_from(["duckdb", "sqlite", "postgres", "mysql", "clickhouse", "nonsense"])
# Fragments that push the parser towards the interesting corners.
FRAGMENTS = [
    ";",
    "--",
    "/*",
    "*/",
    "/*!",
    "'",
    '"',
    "`",
    "(",
    ")",
    "[",
    "]",
    "$$",
    "\\",
    "\x00",
    " UNION SELECT ",
    " DROP TABLE orders",
    " INTO x",
    " FOR UPDATE",
    " read_csv('/x')",
    " FROM '/etc/passwd'",
    " LIMIT ",
    " WITH ",
    " AS ",
    "::",
    "@@",
    "?",
    "$1",
    " NOT ",
    "CASE",
    " END",
    ",",
    "*",
    "\n",
]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(sql: str, dialect: str) -> None:
    try:
        tree = guard_sql(sql, dialect=dialect, tables=TABLES, max_rows=50)
    except AiserError as error:
        assert error.code.startswith("AISER-SQL-")
        return
    assert isinstance(tree, exp.Select | exp.SetOperation)
    try:
        render(tree, dialect)
    except AiserError as error:
        assert error.code == "AISER-SQL-PARSE"


@FUZZ
@given(st.text(max_size=300), DIALECTS)
def test_random_text_never_crashes(sql: str, dialect: str) -> None:
    _check(sql, dialect)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    sql = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(sql)))
        action = draw(st.sampled_from(["insert", "delete", "fragment"]))
        if action == "delete":
            sql = sql[:at] + sql[at + draw(st.integers(1, 10)) :]
        elif action == "insert":
            sql = sql[:at] + draw(st.text(min_size=1, max_size=5)) + sql[at:]
        else:
            sql = sql[:at] + draw(st.sampled_from(FRAGMENTS)) + sql[at:]
    return sql


@FUZZ
@given(mutated(), DIALECTS)
def test_mutated_benign_queries_never_crash(sql: str, dialect: str) -> None:
    _check(sql, dialect)
