"""Traits on a real PostgreSQL and a real MariaDB server: the columns that hold one value per
repeated id (a patient's age and sex on each of their diary days) are found by the same
query the catalog runs on DuckDB and SQLite, written in each server's SQL — MariaDB takes
no LIMIT in an IN subquery, so the ids are joined, not listed."""

from __future__ import annotations

from typing import Any

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine

#: 30 patients, 1–6 diary days each; age and sex fixed per patient, air quality per day
ROWS = [
    (k, day, 20 + (k * 13) % 45, "female" if k % 3 else "male", 10.0 + (k * day) % 30)
    for k in range(1, 31)
    for day in range(1, 2 + k % 6)
]


def _traits(url: str) -> list[str]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        eng.connect("s", url)
        table = eng.catalog("s").table("diary")
        assert table is not None
        return sorted(table.traits["id"])
    finally:
        eng.close()


@pytest.mark.postgres
def test_traits_on_postgresql(pg_server: Any) -> None:
    with pg_server.admin() as con:
        con.execute("CREATE SCHEMA diary")
        con.execute(
            "CREATE TABLE diary.diary (id INTEGER, day INTEGER, age INTEGER, sex TEXT,"
            " airq DOUBLE PRECISION)"
        )
        with con.cursor() as cur:
            cur.executemany("INSERT INTO diary.diary VALUES (%s, %s, %s, %s, %s)", ROWS)
    try:
        assert _traits(pg_server.url()) == ["age", "sex"]
    finally:
        with pg_server.admin() as con:
            con.execute("DROP SCHEMA diary CASCADE")


@pytest.mark.mysql
def test_traits_on_mariadb(mariadb: Any) -> None:
    con = mariadb.admin()
    try:
        with con.cursor() as cur:
            cur.execute(
                "CREATE TABLE diary (id INTEGER, day INTEGER, age INTEGER, sex VARCHAR(6),"
                " airq DOUBLE)"
            )
            cur.executemany("INSERT INTO diary VALUES (%s, %s, %s, %s, %s)", ROWS)
        assert _traits(mariadb.url) == ["age", "sex"]
    finally:
        with con.cursor() as cur:
            cur.execute("DROP TABLE diary")
        con.close()
