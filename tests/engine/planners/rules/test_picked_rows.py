"""Words that pick which rows are counted (issue 12): a chart drawn without them answers
another question under the user's words, so it is refused — or drawn with them.

- "number of drivers and pedestrians" where the role column has no pedestrians: not drivers
  alone; "drivers and passengers" counts both;
- "across the coastal provinces" where nothing says which provinces are coastal: not all;
- "states whose murder rate is above 10" on a state-year panel: not a sum of the rows above 10;
  averaged over the years and compared, it is each state's figure;
- "how many breaches did acme widgets report" where no entity is called so: not every breach;
- "total number of individuals" beside an ``individuals_affected`` count: not a count of rows.

Generated DuckDB tables; every chart is compared with the SQL an analyst would write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import kpi, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("picked") / "records.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE occupants AS SELECT i AS occupant_id, 2015 + i % 5 AS crash_year,
            CASE WHEN i % 3 = 0 THEN 'passenger' ELSE 'driver' END AS seat_role,
            18 + i % 60 AS age
        FROM range(300) t(i)""")
    con.execute("""
        CREATE TABLE weather AS SELECT
            ['Ontario', 'Quebec', 'Alberta', 'Manitoba', 'Nova Scotia'][1 + p] AS province,
            2010 + y AS year, 100 + (p * 13 + y * 7) % 50 AS rainfall
        FROM range(5) a(p), range(8) b(y)""")
    con.execute("""
        CREATE TABLE panel AS SELECT
            ['Texas', 'Ohio', 'Utah', 'Iowa', 'Maine', 'Idaho'][1 + s] AS state,
            2000 + y AS year, 3 + (s * 5 + y * 3) % 12 AS murder
        FROM range(6) a(s), range(10) b(y)""")
    con.execute("""
        CREATE TABLE incidents AS SELECT
            ['Walgreen Co.', 'Anthem Inc.', 'CVS Health', 'Kaiser'][1 + i % 4] AS covered_entity,
            2010 + i % 10 AS year, 500 + (i * 37) % 9000 AS individuals_affected
        FROM range(120) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("records", str(path))
    return engine.ask(question, "records")


def _refused(engine: Any, path: Path, question: str) -> None:
    with pytest.raises(AiserError) as caught:
        _ask(engine, path, question)
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_two_values_of_a_column_are_both_or_refused(engine: Any, db: Path) -> None:
    _refused(engine, db, "number of drivers and pedestrians")
    _refused(engine, db, "number of pedestrians or drivers")
    both = _ask(engine, db, "number of drivers and passengers")
    assert sum(plotted(both).values()) == 300  # both roles, not the 200 drivers alone


def test_an_unknown_adjective_before_the_things_refuses(engine: Any, db: Path) -> None:
    _refused(engine, db, "average rainfall across the coastal provinces")
    every = _ask(engine, db, "average rainfall across the provinces")
    assert plotted(every) == truth(db, "SELECT province, AVG(rainfall) FROM weather GROUP BY 1")


def test_a_figure_of_each_state_is_not_a_sum_of_its_rows(engine: Any, db: Path) -> None:
    _refused(engine, db, "states whose murder rate is above 10")
    averaged = _ask(engine, db, "states whose murder rate averaged over all years is above 10")
    expected = truth(db, "SELECT state, AVG(murder) FROM panel GROUP BY 1 HAVING AVG(murder) > 10")
    assert expected and plotted(averaged) == expected
    one_year = _ask(engine, db, "states whose murder rate is above 10 in 2005")
    rows = truth(db, "SELECT state, murder FROM panel WHERE year = 2005 AND murder > 10")
    assert rows and plotted(one_year) == rows  # one row per state that year: its own figure


def test_an_unknown_subject_of_a_count_refuses(engine: Any, db: Path) -> None:
    _refused(engine, db, "how many incidents did acme widgets report?")
    named = _ask(engine, db, "How many incidents did Walgreen Co. report?")
    assert kpi(named) == 30


def test_number_of_the_things_a_count_column_counts(engine: Any, db: Path) -> None:
    try:
        answer = _ask(engine, db, "total number of individuals in 2015")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    assert kpi(answer) == one_year_sum(db)  # the column's sum, never the 12 rows


def one_year_sum(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute(
            "SELECT SUM(individuals_affected) FROM incidents WHERE year = 2015"
        ).fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()
