"""Words a drawn chart must not leave out (issue 12): a negation ("got no aid"), the noun an
aggregate applies to ("total exports" drawn as a count of rows), a superlative ("longest
tenure" drawn as a sum), "versus" over one number, names typed with an apostrophe or dotted
initials ("JOE'S", "K.F.C."), initials joined by "&" ("the R&D dept"), one count asked of
several tables that each list the things, and a long table's number beside a code column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("unsure_words") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE staff AS
        SELECT i AS employee_id,
            ['Research_Development', 'Human_Resources', 'Sales'][1 + i % 3] AS dept,
            ['Research_Director', 'Healthcare_Representative', 'Sales_Executive',
             'Lab_Technician'][1 + i % 4] AS job_role,
            (i * 7) % 23 AS years_at_company, 2000 + (i * 37) % 9000 AS monthly_income,
            1 + (i * 5) % 29 AS commute_km, CASE WHEN i % 5 = 0 THEN 'Yes' ELSE 'No' END AS quit
        FROM range(1, 301) t(i)
    """)
    con.close()
    return path


@pytest.fixture(scope="module")
def eateries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("unsure_words") / "eateries.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE visits AS
        SELECT i AS visit_id,
            CASE WHEN i % 10 = 0 THEN 'JOE''S' WHEN i % 10 = 1 THEN 'K.F.C.'
                 WHEN i % 10 = 2 THEN 'GOLDEN DRAGON' ELSE 'PLACE ' || (i % 400) END AS shop,
            2015 + i % 6 AS year, 60 + (i * 13) % 41 AS score
        FROM range(1, 4001) t(i)
    """)
    con.close()
    return path


@pytest.fixture(scope="module")
def nations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("unsure_words") / "nations.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE countries AS
        SELECT i, CASE i WHEN 1 THEN 'Chile' WHEN 2 THEN 'Kenya' ELSE 'Land ' || i END AS country,
            ['Europe', 'Africa', 'Asia', 'Americas'][1 + i % 4] AS region
        FROM range(1, 81) t(i)
    """)
    con.execute("""
        CREATE TABLE grants AS
        SELECT c.country, c.region, y AS year, (c.i * y) % 97 + 0.5 AS gdp, c.i * 1.5 AS usaexp
        FROM countries c, range(2000, 2010) t(y) WHERE c.i % 5 <> 0 OR y > 2004
    """)
    con.execute("""
        CREATE TABLE crises AS
        SELECT c.country, y AS year, ['bank', 'debt'][1 + (c.i + y) % 2] AS kind
        FROM countries c, range(2000, 2010) t(y) WHERE c.i % 3 = 0
    """)
    con.execute("""
        CREATE TABLE quality AS
        SELECT c.country, CASE WHEN c.i = 3 AND y > 2004 THEN 999 ELSE c.i END AS ccode,
            k AS category, y AS year, (c.i * 3 + y % 7 + length(k)) / 10.0 AS value
        FROM countries c, range(1990, 2010) t(y),
            (VALUES ('Quality Index'), ('Unit Value'), ('Quality Lower Bound')) v(k)
    """)
    con.execute("DROP TABLE countries")
    con.close()
    return path


def test_initials_joined_by_an_ampersand_name_the_departments_value(
    engine: Any, staff: Path
) -> None:
    engine.connect("staff", str(staff))
    answer = engine.ask("What is the highest monthly income in the R&D dept?", "staff")
    want = one(staff, "SELECT MAX(monthly_income) FROM staff WHERE dept = 'Research_Development'")
    assert kpi(answer) == want
    answer = engine.ask("average monthly income in the HR dept", "staff")
    want = one(staff, "SELECT AVG(monthly_income) FROM staff WHERE dept = 'Human_Resources'")
    assert kpi(answer) == pytest.approx(want)


def test_a_superlative_left_out_is_refused(engine: Any, staff: Path) -> None:
    refuses(engine, staff, "staff", "longest tenure at the company per dept", "longest")


def test_versus_over_one_number_is_refused(engine: Any, staff: Path) -> None:
    refuses(
        engine,
        staff,
        "staff",
        "average commute km of employees who left versus those who stayed",
        "versus",
    )


def test_names_with_an_apostrophe_and_dotted_initials_are_found(
    engine: Any, eateries: Path
) -> None:
    plots_exactly(
        engine,
        eateries,
        "eateries",
        "compare the average score of GOLDEN DRAGON, JOE'S and K.F.C.",
        "SELECT shop, AVG(score) FROM visits"
        " WHERE shop IN ('GOLDEN DRAGON', 'JOE''S', 'K.F.C.') GROUP BY 1",
    )
    plots_exactly(
        engine,
        eateries,
        "eateries",
        "visits of JOE'S per year",
        "SELECT year, COUNT(*) FROM visits WHERE shop = 'JOE''S' GROUP BY 1",
    )


def test_a_negated_word_left_out_is_refused(engine: Any, nations: Path) -> None:
    refuses(engine, nations, "nations", "How many countries in Africa got no aid in 2003?", "aid")


def test_the_noun_a_total_applies_to_left_out_is_refused(engine: Any, nations: Path) -> None:
    # "imports": no column's name says it (usaexp's clipped "exp" does say "exports")
    for question in ("total imports to each region in 2003", "total US imports by region"):
        refused = refuses(engine, nations, "nations", question)
        assert {"total", "imports"} & set(refused.details["unused"]), refused.details


def test_a_count_several_tables_answer_differently_is_asked_back(
    engine: Any, nations: Path
) -> None:
    engine.connect("nations", str(nations))
    with pytest.raises(AiserError) as caught:
        engine.ask("How many countries does the data cover in 2003?", "nations")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "say which" in str(caught.value)


def test_a_long_tables_number_beside_a_code_column(engine: Any, nations: Path) -> None:
    plots_exactly(
        engine,
        nations,
        "nations",
        "Chile's quality index over time",
        "SELECT year, value FROM quality WHERE country = 'Chile' AND category = 'Quality Index'",
    )
