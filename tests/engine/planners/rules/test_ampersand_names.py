"""Names typed with an ampersand, and a flag set against the rest (issue 12): "S&P 500" is
the column ``sp500``, "R&D" the column ``randd``; "S&P 500 and other firms", "S&P 500
firms vs the rest" draw both sides of the flag; "the biggest annual sales figure of any
firm" is one number of a panel whose rows are firm-years. What those readings could newly draw wrong
is refused: "the rest" beside a grouping of more than two sides, "what share of the firms
were in the S&P 500" (not a bar per firm), and a year kept on a table the plan measures
nothing of, when the measured table has no time ("1960 schooling vs R&D share").

An invented panel of firms, and invented countries beside a yearly table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("firms") / "firms.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Panel (company VARCHAR, year BIGINT, sales DOUBLE, randd DOUBLE,"
        " sp500 VARCHAR, value DOUBLE)"
    )
    con.executemany(
        "INSERT INTO Panel VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                f"FIRM {k}",
                y,
                100.0 + k * 13 + y % 7,
                float((k * 37 + y) % 500) if k % 4 else 0.0,
                "yes" if k % 3 == 0 else "no",
                50.0 + (k * 11) % 400,
            ]
            for k in range(60)
            for y in range(1991, 2000)
        ],
    )
    con.close()
    return path


def test_top_firms_by_r_and_d(engine: Engine, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "f",
        "10 firms with the largest R&D in 1999",
        "SELECT company, randd FROM Panel WHERE year = 1999 ORDER BY randd DESC LIMIT 10",
    )


def test_firms_in_the_s_and_p_500_per_year(engine: Engine, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "f",
        "firms per year that are in the S&P 500",
        "SELECT year, COUNT(*) FROM Panel WHERE sp500 = 'yes' GROUP BY year",
    )


def test_zero_r_and_d(engine: Engine, firms: Path) -> None:
    engine.connect("f", str(firms))
    answer = engine.ask("how many firms had zero R&D in 1991", "f")
    truth = "SELECT COUNT(DISTINCT company) FROM Panel WHERE randd = 0 AND year = 1991"
    assert kpi(answer) == one(firms, truth)


@pytest.mark.parametrize(
    "question",
    [
        "average market value of S&P 500 and other firms",
        "average market value of S&P 500 firms vs the rest",
    ],
)
def test_a_flag_and_the_rest_are_both_sides(engine: Engine, firms: Path, question: str) -> None:
    plots_exactly(
        engine, firms, "f", question, "SELECT sp500, AVG(value) FROM Panel GROUP BY sp500"
    )


def test_the_rest_of_many_groups_is_refused(engine: Engine, firms: Path) -> None:
    refuses(engine, firms, "f", "average R&D by year vs the rest", "rest")


def test_a_share_of_the_rows_is_no_bar_per_row(engine: Engine, firms: Path) -> None:
    engine.connect("f", str(firms))
    with pytest.raises(AiserError):
        engine.ask("In 1995, what share of the firms were in the S&P 500? pie", "f")


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("growth") / "growth.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Growth (rownames VARCHAR, school DOUBLE, randd DOUBLE)")
    countries = [f"Country{k}" for k in range(20)]
    con.executemany(
        "INSERT INTO Growth VALUES (?, ?, ?)",
        [[c, 2.0 + k % 7, 0.5 + k % 5 / 2] for k, c in enumerate(countries)],
    )
    con.execute("CREATE TABLE Gas (country VARCHAR, year BIGINT, gas DOUBLE)")
    con.executemany(
        "INSERT INTO Gas VALUES (?, ?, ?)",
        [[c, y, 3.0 + (k * y) % 11] for k, c in enumerate(countries) for y in range(1960, 1979)],
    )
    con.close()
    return path


def test_a_year_of_another_table_picks_no_number(engine: Engine, growth: Path) -> None:
    refuses(engine, growth, "g", "1960 years of schooling vs R&D share by country")


def test_the_biggest_yearly_figure_of_any_firm_is_one_number(engine: Engine, firms: Path) -> None:
    engine.connect("f", str(firms))
    answer = engine.ask("biggest annual sales figure of any firm in the data", "f")
    assert answer.plan.chart.mark == "kpi"
    assert kpi(answer) == one(firms, "SELECT MAX(sales) FROM Panel")
