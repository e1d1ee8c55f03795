"""Shared PostgreSQL: objects another role planted never run inside our charts.

A low-privilege role ``mallory`` owns a schema everyone may use and plants functions
there (and in ``public``, where she was granted CREATE) whose names the guard allows:
``dayname(date)``, ``date_trunc(text, date)`` — an exact match that beats
``pg_catalog``'s ``date_trunc(text, timestamp)`` wherever both are visible — and
``to_char(date, text)``. Each one writes a file on the server and returns a marker.
The superuser's guarded queries must either fail with a code or compute the built-in
result: no file, no marker. PostgreSQL's ``reg*`` casts, which look names up in the
system catalogs past the table allow-list, are refused by the guard.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.postgres

MARKER = "PLANTED-5f02"

PLANT = [
    "CREATE ROLE mallory NOLOGIN",
    "CREATE SCHEMA mallory AUTHORIZATION mallory",
    "GRANT USAGE ON SCHEMA mallory TO PUBLIC",
    "GRANT CREATE ON SCHEMA public TO mallory",
    "SET ROLE mallory",
    """CREATE FUNCTION {schema}.{name}({args}) RETURNS text LANGUAGE plpgsql AS $f$
    BEGIN
        EXECUTE format('COPY (SELECT %L) TO %L', '{marker}', '{out}');
        RETURN '{marker}';
    END $f$""",
    "RESET ROLE",
]

#: (schema, function, argument types, a guarded query that would call it)
PLANTED = [
    (
        "mallory",
        "dayname",
        "date",
        "SELECT dayname(order_date) AS d, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "mallory",
        "date_trunc",
        "text, date",
        "SELECT date_trunc('month', order_date) AS m, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "public",
        "to_char",
        "date, text",
        "SELECT to_char(order_date, 'YYYY-MM') AS y, count(*) AS n FROM orders GROUP BY 1",
    ),
    ("public", "date_trunc", "text, date", "number of orders by month"),
]


@pytest.fixture()
def planted(pg_server: Any, request: pytest.FixtureRequest) -> Iterator[tuple[str, Path]]:
    schema, name, args, question = request.param
    out = pg_server.socket_dir.parent / f"pwned-{name}.txt"
    with pg_server.admin() as con:
        _remove(con)
        for statement in PLANT:
            con.execute(
                statement.format(schema=schema, name=name, args=args, marker=MARKER, out=out)
            )
    try:
        yield question, out
    finally:
        with pg_server.admin() as con:
            _remove(con)


def _remove(con: Any) -> None:
    if con.execute("SELECT 1 FROM pg_roles WHERE rolname = 'mallory'").fetchone():
        con.execute("DROP OWNED BY mallory CASCADE")
        con.execute("DROP ROLE mallory")


@pytest.mark.parametrize(
    "planted", PLANTED, indirect=True, ids=[p[1] + "@" + p[0] for p in PLANTED]
)
def test_a_planted_function_never_runs_in_a_guarded_query(
    pg_server: Any, engine: Any, planted: tuple[str, Path]
) -> None:
    question, out = planted
    engine.connect("shop", pg_server.url())
    try:
        answer = engine.ask(question)
    except AiserError as exc:
        assert exc.code.startswith(("AISER-DB-", "AISER-SQL-", "AISER-PLAN-")), exc.text
        assert MARKER not in exc.text
    else:
        assert MARKER not in answer.df.to_csv()
        assert len(answer.df) > 1
    assert not out.exists()


REG_CASTS = [
    "SELECT 10::regrole AS r FROM regions",
    "SELECT 'pg_authid'::regclass AS t FROM regions",
    "SELECT CAST('pg_catalog' AS regnamespace) AS s FROM regions",
    "SELECT 'now'::regproc AS p FROM regions",
    "SELECT 'int4'::pg_catalog.regtype AS t FROM regions",
    "SELECT 'x'::\"regclass\" AS t FROM regions",
    "SELECT tableoid::regclass AS t FROM regions",
    "SELECT CAST(10 AS regrole)::text AS r, count(*) AS n FROM regions GROUP BY 1",
    "SELECT '+'::regoper AS o FROM regions",
]


@pytest.mark.parametrize("sql", REG_CASTS)
def test_reg_casts_that_read_the_system_catalog_are_refused(
    pg_server: Any, engine: Any, sql: str
) -> None:
    engine.connect("shop", pg_server.url())
    with pytest.raises(AiserError) as info:
        engine.ask(sql)
    assert info.value.code == "AISER-SQL-FUNCTION"
    assert pg_server.user not in info.value.text.replace("aiser-jupyter", "")
