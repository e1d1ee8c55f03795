"""Two numbers set against each other, "A vs B, one point per C" (issue 12): each point is one
C's two values, never a total of rates or shares; a possessive names whose number it is (not
a filter on a flag); "loans of $X" conditions the loan's own amount. Each chart is checked
against SQL written here, on real DuckDB tables — or refused.

Generic generated tables: districts and states (one row each), a country-by-year panel, loans.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly


def _database(tmp: pytest.TempPathFactory, name: str, sql: str) -> Path:
    import duckdb

    path = tmp.mktemp("scatter") / f"{name}.duckdb"
    con = duckdb.connect(str(path))
    con.execute(sql)
    con.close()
    return path


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(
        tmp_path_factory,
        "districts",
        """CREATE TABLE district_stats AS
        SELECT 'district ' || i AS district,
            (0.04 + (i * 7 % 31) / 100.0)::DOUBLE AS poverty,
            (0.15 + (i * 11 % 53) / 100.0)::DOUBLE AS college_grad,
            1000 + i * 97 AS population
        FROM range(40) t(i)""",
    )


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(
        tmp_path_factory,
        "election",
        """CREATE TABLE state_election AS
        SELECT 'state ' || i AS state,
            (0.2 + (i * 13 % 47) / 100.0)::DOUBLE AS greenshare,
            CASE WHEN (0.2 + (i * 13 % 47) / 100.0) > 0.5 THEN 1 ELSE 0 END AS greenw,
            (40 + i * 17 % 45)::DOUBLE AS turnout
        FROM range(30) t(i)""",
    )


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(
        tmp_path_factory,
        "panel",
        """CREATE TABLE country_panel AS
        SELECT c.country, 2010 + y AS year,
            (0.45 + ((c.k * 7 + y * 3) % 20) / 100.0)::DOUBLE AS labsh,
            (8000.0 + c.k * 9000 + y * 250)::DOUBLE AS rgdppc
        FROM (VALUES ('Avalon', 1), ('Borduria', 2), ('Carpania', 3), ('Drusselstein', 4),
                     ('Elbonia', 5), ('Freedonia', 6), ('Genovia', 7)) c(country, k),
             range(10) r(y)""",
    )


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(
        tmp_path_factory,
        "loans",
        """CREATE TABLE loan_book AS
        SELECT i AS loan_id, (5000 + (i * 3571) % 36000)::INTEGER AS loan_amount,
            (20000.0 + (i * 7919) % 180000)::DOUBLE AS annual_income,
            (5.0 + (i * 13 % 200) / 10.0)::DOUBLE AS interest_rate
        FROM range(300) t(i)""",
    )


def _plots(engine: Any, path: Path, question: str, truth: str) -> Any:
    answer = plots_exactly(engine, path, path.stem, question, truth)
    assert answer.plan.chart.mark == "point", answer.plan.chart
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "poverty rate vs share of college graduates, one point per district",
        "poverty vs college_grad, a point per district",
    ],
)
def test_a_point_per_thing_of_one_row_each_is_its_row(
    engine: Any, districts: Path, question: str
) -> None:
    """One row per district: each point is a district's own two values (x the second named),
    not a sum — and "share of" set against a number is no pie."""
    _plots(engine, districts, question, "SELECT college_grad, poverty FROM district_stats")


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (  # each axis said: the first named goes along x, against the "A vs B" habit
            "poverty rate (x) against share of college graduates (y), one point per district",
            "SELECT poverty, college_grad FROM district_stats",
        ),
        (
            "poverty rate (y) against share of college graduates (x), one point per district",
            "SELECT college_grad, poverty FROM district_stats",
        ),
    ],
)
def test_axes_said_in_parentheses_are_kept(
    engine: Any, districts: Path, question: str, truth: str
) -> None:
    _plots(engine, districts, question, truth)


def test_a_point_per_thing_in_one_year_of_a_panel_is_its_row(engine: Any, panel: Path) -> None:
    """A country-by-year panel, one year asked: one row per country, its values."""
    _plots(
        engine,
        panel,
        "GDP per capita vs labour share in 2018, a point per country",
        "SELECT labsh, rgdppc FROM country_panel WHERE year = 2018",
    )


def test_shares_over_several_rows_are_averaged_never_summed(engine: Any, panel: Path) -> None:
    """Ten years a country and no year asked: a country's point is its mean share and mean
    GDP per capita — a sum of shares (4.9 "labour share") means nothing."""
    _plots(
        engine,
        panel,
        "GDP per capita vs labour share, a point per country",
        "SELECT AVG(labsh), AVG(rgdppc) FROM country_panel GROUP BY country",
    )


def test_a_possessive_names_whose_number_not_a_filter(engine: Any, election: Path) -> None:
    """ "Green's vote share": the column greenshare, every state — not only the states where
    the yes/no greenw holds."""
    _plots(
        engine,
        election,
        "Green's vote share vs turnout, one point per state",
        "SELECT turnout, greenshare FROM state_election",
    )


def test_a_possessive_naming_no_number_of_its_own_is_refused(engine: Any, election: Path) -> None:
    """ "Green's turnout": no column is Green's turnout; a filter on greenw would answer
    "turnout where Green won", a different question — refused."""
    from aiser_jupyter.errors import AiserError

    engine.connect("election", str(election))
    with pytest.raises(AiserError) as refused:
        engine.ask("Green's turnout by state", "election")
    assert refused.value.code.startswith("AISER-PLAN-")


def test_loans_of_an_amount_condition_the_loans_own_amount(engine: Any, loans: Path) -> None:
    """ "loans of $35,000 or more": the loan's amount, though annual income stands nearer."""
    _plots(
        engine,
        loans,
        "loan amount vs annual income for loans of $30,000 or more",
        "SELECT annual_income, loan_amount FROM loan_book WHERE loan_amount >= 30000",
    )
