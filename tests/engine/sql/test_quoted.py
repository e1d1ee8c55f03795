"""Double-quoted words are read as the database reads them (``sql/quoted.py``).

SQLite reads ``"AsstProf"`` as the text 'AsstProf' when no column or alias of that name is
in scope, and as that column otherwise. Every query here runs twice on a real SQLite file:
through the engine (guard → compile → execute) and as the raw text through ``sqlite3``,
and the rows must agree — the database is the judge of what each quote means. DuckDB
always reads a double-quoted word as a name; MariaDB's own run is checked in test_mysql.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlglot import exp

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.sql.guard import check_sql
from aiser_jupyter.errors import AiserError

#: (query returning x, y; the words SQLite reads as text in it)
CASES = [
    ('SELECT lname AS x, salary AS y FROM faculty WHERE rank = "AsstProf"', ["AsstProf"]),
    # "Prof" is a column of faculty: a name, compared column to column
    ('SELECT lname AS x, salary AS y FROM faculty WHERE rank = "Prof"', []),
    ('SELECT strftime("%Y", hired) AS x, salary AS y FROM faculty', ["%Y"]),
    # an output alias is in scope
    ('SELECT lname AS x, salary AS y FROM faculty WHERE "y" > 51000', []),
    # a CTE's column is a name, a word that is none of its columns a string
    (
        "WITH t AS (SELECT lname, salary AS pay FROM faculty) "
        'SELECT lname AS x, pay AS y FROM t WHERE "pay" > 0 AND lname <> "Smith"',
        ["Smith"],
    ),
    # faculty's "Prof" column is not in scope outside the derived table: a string there
    (
        "SELECT x, y FROM (SELECT lname AS x, salary AS y, rank AS grade FROM faculty) AS s "
        'WHERE grade = "Prof"',
        ["Prof"],
    ),
    # a correlated subquery sees the outer query's columns
    (
        "SELECT lname AS x, salary AS y FROM faculty AS f "
        'WHERE EXISTS (SELECT 1 FROM dept AS d WHERE d.head = "lname")',
        [],
    ),
    (
        "SELECT lname AS x, salary AS y FROM faculty "
        'WHERE lname IN (SELECT head FROM dept WHERE dname = "Physics")',
        ["Physics"],
    ),
    ('SELECT "Prof" AS x, salary AS y FROM faculty', []),
    ('SELECT "Dean" AS x, salary AS y FROM faculty', ["Dean"]),
    (
        'SELECT lname AS x, salary AS y FROM faculty WHERE rank = "AsstProf" '
        'UNION ALL SELECT dname, did FROM dept WHERE dname = "Math"',
        ["AsstProf", "Math"],
    ),
    ('SELECT lname AS x, salary AS y FROM faculty WHERE lname = "O\'Hara"', ["O'Hara"]),
]


@pytest.fixture(scope="module")
def university(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quoted") / "university.sqlite"
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE faculty (fid INTEGER PRIMARY KEY, lname TEXT, rank TEXT, "Prof" TEXT,
            hired TEXT, salary REAL);
        CREATE TABLE dept (did INTEGER PRIMARY KEY, dname TEXT, head TEXT);
        """
    )
    con.executemany(
        "INSERT INTO faculty VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, "Smith", "AsstProf", "Smith", "2019-03-01", 50000),
            (2, "Jones", "Prof", "AsstProf", "2015-07-01", 90000),
            (3, "Lee", "Prof", "Prof", "2019-01-15", 95000),
            (4, "Kim", "AsstProf", "Prof", "2021-09-01", 52000),
            (5, "O'Hara", "Instructor", "x", "2015-02-01", 40000),
        ],
    )
    con.executemany(
        "INSERT INTO dept VALUES (?, ?, ?)", [(1, "Physics", "Lee"), (2, "Math", "Smith")]
    )
    con.commit()
    con.close()
    return path


@pytest.fixture(scope="module")
def uni(university: Path) -> Iterator[Engine]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("uni", str(university))
    yield engine
    engine.close()


def _plan(sql: str) -> ChartPlan:
    return ChartPlan.model_validate(
        {
            "sql": sql,
            "chart": {"mark": "bar", "encoding": {"x": {"field": "x"}, "y": {"field": "y"}}},
        }
    )


def _rows(answer: Any) -> list[tuple[Any, ...]]:
    fields = answer.compiled.fields
    columns = [answer.table.column(fields[c].alias).to_pylist() for c in ("x", "y")]
    return sorted(zip(*columns, strict=True))


@pytest.mark.parametrize(("sql", "words"), CASES)
def test_engine_reads_double_quotes_as_sqlite_does(
    uni: Engine, university: Path, sql: str, words: list[str]
) -> None:
    with sqlite3.connect(university) as con:
        expected = sorted(con.execute(sql).fetchall())
    answer = uni.run_plan(_plan(sql), "uni")
    assert _rows(answer) == expected
    notes = answer.plan.provenance.notes if answer.plan.provenance else []
    if words:
        (note,) = notes
        assert all(f'"{w}"' in note for w in words) and "SQLite" in note
        for word in words:  # the query that ran holds the literal, quoted by SQLite's rules
            assert "'" + word.replace("'", "''") + "'" in answer.compiled_sql
    else:
        assert notes == []


def test_a_rewritten_word_reads_differently_from_a_column_of_that_name(university: Path) -> None:
    """The cases above tell the two readings apart: "Prof" as a name and as text differ."""
    with sqlite3.connect(university) as con:
        as_name = con.execute('SELECT lname FROM faculty WHERE rank = "Prof"').fetchall()
        as_text = con.execute("SELECT lname FROM faculty WHERE rank = 'Prof'").fetchall()
    assert sorted(as_name) != sorted(as_text)


def test_user_sql_on_sqlite_is_charted_with_the_note(uni: Engine, university: Path) -> None:
    sql = 'SELECT rank, COUNT(*) AS n FROM faculty WHERE rank <> "Instructor" GROUP BY rank'
    with sqlite3.connect(university) as con:
        expected = sorted(con.execute(sql).fetchall())
    plan = uni.plan(sql, "uni")
    assert plan.provenance is not None and plan.provenance.planner == "sql"
    assert any('"Instructor"' in n for n in plan.provenance.notes)
    answer = uni.run_plan(plan, "uni")
    assert _rows(answer) == expected
    assert answer.plan.provenance is not None
    assert len(answer.plan.provenance.notes) == 1  # said once, not again by the run


def test_validator_returns_the_note_and_the_plan_keeps_its_text(uni: Engine) -> None:
    sql = CASES[0][0]
    validate = uni.validator(uni.catalog("uni"), uni.source("uni"))
    (note,) = validate(_plan(sql))
    assert '"AsstProf"' in note
    checked = uni.check(_plan(sql), "uni")
    assert checked.plan.sql == sql  # what the model or the user wrote is kept
    assert "'AsstProf'" in checked.base_sql() and '"AsstProf"' not in checked.base_sql()


def test_duckdb_reads_double_quotes_as_names(engine: Any) -> None:
    sql = 'SELECT name AS x, region_id AS y FROM regions WHERE name = "North"'
    with pytest.raises(AiserError) as info:
        engine.run_plan(_plan(sql), "demo")
    assert info.value.code == "AISER-SQL-COLUMN"
    con = engine.source("demo")
    with pytest.raises(AiserError):  # DuckDB itself refuses it: "North" is a column there
        con.run(sql, EngineConfig().limits)


def test_without_columns_nothing_is_rewritten() -> None:
    """Only a guard that knows the columns in scope reads a word as text."""
    sql = CASES[0][0]
    blind = check_sql(sql, dialect="sqlite", tables=["faculty"])
    assert blind.notes == () and '"AsstProf"' in blind.tree.sql("sqlite")
    # a source whose columns are unknown to the catalog: the word stays a name
    unknown = check_sql(sql, dialect="sqlite", tables=["faculty"], columns={})
    assert unknown.notes == () and '"AsstProf"' in unknown.tree.sql("sqlite")


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "clickhouse"])
def test_other_dialects_keep_double_quoted_names(dialect: str) -> None:
    checked = check_sql(
        CASES[0][0], dialect=dialect, tables=["faculty"], columns={"faculty": ["lname", "rank"]}
    )
    assert checked.notes == ()
    assert all(lit.this != "AsstProf" for lit in checked.tree.find_all(exp.Literal))


def test_a_new_column_of_that_name_makes_the_word_a_name_again() -> None:
    """The checked-plan cache keys on the columns of the tables read: a schema change counts."""
    from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
    from aiser_jupyter.engine.sql.checked import guard_plan

    def catalog(*columns: str) -> Catalog:
        table = Table(name="faculty", columns=[Column(name=c, type="TEXT") for c in columns])
        return Catalog(source="uni", dialect="sqlite", tables=[table])

    plan = _plan('SELECT lname AS x, salary AS y FROM faculty WHERE rank = "Dean"')
    before = guard_plan(plan, catalog("lname", "salary", "rank"), "sqlite")
    after = guard_plan(plan, catalog("lname", "salary", "rank", "Dean"), "sqlite")
    assert before.notes and "'Dean'" in before.base_sql()
    assert after.notes == () and '"Dean"' in after.base_sql()
