"""Years listed, centuries, spans said in words, clauses and compared sides (issue 12).

- "for 1970, 1978 and 1986": those three years, each — never two of them and the first as a
  second condition (an empty chart); "through the 1800s" is the century, "1900s to 1990s"
  the decades from one to the other, "the 1990s" ten years.
- "average unemployment rate across states in 1982": one number over the states; "in these
  years" and "over the period" after an aggregate are the data's whole span, no grouping by
  year; "states whose average product over the period exceeds 100,000" keeps the states
  whose own average passes.
- "the 3 most common scores among X voters": the scores held by the most rows, counted.
- "Coast's May rain each year": a capital says the month, never the verb.
- "September 2016 or later": from that month on, with no end.
- Left out, refused: "… where the sides had fought before", "… when the post office ran a
  deficit", "coast [minus] inland rainfall", "[private] vs public capital", "per [person]"
  read as a number column.

Invented data: a state-year panel, a survey of voters, a monthly rainfall series, a list of
wars, and dated polls.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

_STATES = ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT"]


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("panel") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Econ (state VARCHAR, year BIGINT, region BIGINT, pcap DOUBLE, pc DOUBLE,"
        " gsp DOUBLE, unemp DOUBLE, persons_per_home DOUBLE)"
    )
    rows = []
    for k, s in enumerate(_STATES):
        for y in range(1970, 1987):
            gsp = 40000.0 + k * 30000 + (y - 1970) * 900
            rows.append(
                [s, y, 1 + k % 3, 1000.0 + k * 300 + y % 7, 2000.0 + k * 111, gsp,
                 3.0 + (k * 7 + y) % 9, 2.0 + k / 10]
            )  # fmt: skip
    con.executemany("INSERT INTO Econ VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return path


def test_listed_years_are_all_kept(engine: Engine, panel: Path) -> None:
    answer = plots_exactly(
        engine,
        panel,
        "p",
        "total public capital by region for 1970, 1978 and 1986",
        "SELECT region, SUM(pcap), year FROM Econ WHERE year IN (1970, 1978, 1986)"
        " GROUP BY region, year",
    )
    assert "1978" in answer.plan.sql and "1986" in answer.plan.sql


def test_across_the_states_in_one_year_is_one_number(engine: Engine, panel: Path) -> None:
    engine.connect("p", str(panel))
    answer = engine.ask("average unemployment rate across states in 1982", "p")
    assert kpi(answer) == pytest.approx(one(panel, "SELECT AVG(unemp) FROM Econ WHERE year = 1982"))


def test_these_years_are_the_whole_span(engine: Engine, panel: Path) -> None:
    engine.connect("p", str(panel))
    answer = engine.ask("highest unemployment rate any state had in these years", "p")
    assert kpi(answer) == one(panel, "SELECT MAX(unemp) FROM Econ")


def test_whose_average_over_the_period_keeps_groups(engine: Engine, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "p",
        "states whose average gross state product over the period exceeds 100,000",
        "SELECT state, AVG(gsp) FROM Econ GROUP BY state HAVING AVG(gsp) > 100000",
    )


def test_the_other_side_of_vs_left_out_is_refused(engine: Engine, panel: Path) -> None:
    refuses(engine, panel, "p", "private vs public capital by state in 1986", "private")


def test_per_person_is_no_grouping_by_a_number(engine: Engine, panel: Path) -> None:
    refuses(engine, panel, "p", "gross state product per person by year")


@pytest.fixture(scope="module")
def rain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("rain") / "rain.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Coast (Year BIGINT, Month BIGINT, Rain DOUBLE)")
    con.execute("CREATE TABLE Inland (Year BIGINT, Month BIGINT, Rain DOUBLE)")
    for table, base in (("Coast", 80.0), ("Inland", 30.0)):
        con.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?)",
            [[y, m, base + (y * 13 + m * 7) % 40] for y in range(1790, 2000) for m in range(1, 13)],
        )
    con.close()
    return path


def test_the_1800s_are_a_century(engine: Engine, rain: Path) -> None:
    plots_exactly(
        engine,
        rain,
        "r",
        "total Coast rainfall per year through the 1800s",
        "SELECT Year, SUM(Rain) FROM Coast WHERE Year BETWEEN 1800 AND 1899 GROUP BY Year",
    )


def test_decades_from_one_to_another(engine: Engine, rain: Path) -> None:
    answer = plots_exactly(
        engine,
        rain,
        "r",
        "average Coast rainfall per decade, 1900s to 1990s",
        "SELECT FLOOR(Year / 10) * 10, AVG(Rain) FROM Coast WHERE Year BETWEEN 1900 AND 1999"
        " GROUP BY 1",
    )
    assert answer.plan.chart.mark == "bar"


def test_the_1990s_are_ten_years(engine: Engine, rain: Path) -> None:
    engine.connect("r", str(rain))
    answer = engine.ask("average Coast rainfall in the 1990s", "r")
    assert kpi(answer) == pytest.approx(
        one(rain, "SELECT AVG(Rain) FROM Coast WHERE Year BETWEEN 1990 AND 1999")
    )


def test_a_capital_may_is_the_month(engine: Engine, rain: Path) -> None:
    plots_exactly(
        engine,
        rain,
        "r",
        "Coast's May rain each year",
        "SELECT Year, Rain FROM Coast WHERE Month = 5",
    )


def test_a_difference_left_out_is_refused(engine: Engine, rain: Path) -> None:
    refuses(engine, rain, "r", "Coast minus Inland rainfall month by month in 1950", "minus")


@pytest.fixture(scope="module")
def voters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("voters") / "voters.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Survey (vote VARCHAR, gender VARCHAR, Europe BIGINT, age BIGINT)")
    rows = [  # score s is held by 3 * s Blue voters: no ties
        [["Green", "Blue", "Red"][k % 3], ["female", "male"][k % 2], s, 18 + k % 70]
        for s in range(1, 12)
        for k in range(9 * s)
    ]
    con.executemany("INSERT INTO Survey VALUES (?, ?, ?, ?)", rows)
    con.close()
    return path


def test_most_common_values_are_counted(engine: Engine, voters: Path) -> None:
    answer = plots_exactly(
        engine,
        voters,
        "v",
        "the 3 most common Europe scores among Blue voters",
        "SELECT Europe, COUNT(*) FROM Survey WHERE vote = 'Blue' GROUP BY Europe"
        " ORDER BY 2 DESC LIMIT 3",
    )
    assert answer.plan.chart.limit == 3


@pytest.fixture(scope="module")
def wars(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("wars") / "wars.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Wars (ID BIGINT, year BIGINT, months DOUBLE, prevConflict BIGINT)")
    con.executemany(
        "INSERT INTO Wars VALUES (?, ?, ?, ?)",
        [[k, 1820 + (k * 7) % 160, 1.0 + k % 40, k % 2] for k in range(300)],
    )
    con.execute("CREATE TABLE Post (Year BIGINT, Income DOUBLE, Expenses DOUBLE)")
    con.executemany(
        "INSERT INTO Post VALUES (?, ?, ?)",
        [[y, 100.0 + y % 9, 100.0 + y % 7] for y in range(1900, 2000)],
    )
    con.close()
    return path


def test_a_where_clause_left_out_is_refused(engine: Engine, wars: Path) -> None:
    refuses(
        engine, wars, "w", "number of wars per decade since 1900 where the sides had fought before"
    )


def test_a_when_clause_left_out_is_refused(engine: Engine, wars: Path) -> None:
    refuses(
        engine,
        wars,
        "w",
        "postal income in the years since 1950 when the post office ran a deficit",
    )


@pytest.fixture(scope="module")
def polls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("polls") / "polls.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE polls (pollster VARCHAR, enddate DATE, share DOUBLE)")
    con.execute(
        "INSERT INTO polls SELECT ['Acme', 'Bolt'][1 + k % 2], DATE '2016-06-01' + INTERVAL (k)"
        " DAY, 40 + k % 9 FROM range(150) t(k)"
    )
    con.close()
    return path


def test_a_month_or_later_is_open_at_its_end(engine: Engine, polls: Path) -> None:
    engine.connect("q", str(polls))
    answer = engine.ask("number of polls that ended in September 2016 or later", "q")
    assert kpi(answer) == one(polls, "SELECT COUNT(*) FROM polls WHERE enddate >= '2016-09-01'")
    answer = engine.ask("number of polls that ended in August 2016 or earlier", "q")
    assert kpi(answer) == one(polls, "SELECT COUNT(*) FROM polls WHERE enddate < '2016-09-01'")


@pytest.fixture(scope="module")
def sales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("sales") / "sales.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (sold_on DATE, shop VARCHAR, revenue DOUBLE)")
    con.execute(
        "INSERT INTO sales SELECT DATE '2021-01-01' + INTERVAL (k * 3) DAY, ['North', 'South'][1 + k % 2],"
        " 10 + k % 13 FROM range(600) t(k)"
    )
    con.close()
    return path


def test_two_years_apart_of_a_date_keep_no_year_between(engine: Engine, sales: Path) -> None:
    """Years listed on a date column: those years alone, a series each (as of a year column)."""
    plots_exactly(
        engine,
        sales,
        "s",
        "revenue by shop in 2021 and 2023",
        "SELECT shop, SUM(revenue), date_trunc('year', sold_on) FROM sales"
        " WHERE YEAR(sold_on) IN (2021, 2023) GROUP BY 1, 3",
    )
    plots_exactly(
        engine,
        sales,
        "s",
        "revenue by shop in 2021, 2022 and 2023",
        "SELECT shop, SUM(revenue), date_trunc('year', sold_on) FROM sales"
        " WHERE YEAR(sold_on) IN (2021, 2022, 2023) GROUP BY 1, 3",
    )


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("revenue by shop since June 2023", "sold_on >= '2023-06-01'"),
        ("revenue by shop after June 2023", "sold_on >= '2023-07-01'"),
        ("revenue by shop before March 2022", "sold_on < '2022-03-01'"),
        ("revenue by shop until March 2022", "sold_on < '2022-04-01'"),
        ("revenue by shop in Q4 2022", "sold_on >= '2022-10-01' AND sold_on < '2023-01-01'"),
    ],
)
def test_a_month_or_quarter_of_a_year_bounds_the_days(
    engine: Engine, sales: Path, question: str, kept: str
) -> None:
    plots_exactly(
        engine,
        sales,
        "s",
        question,
        f"SELECT shop, SUM(revenue) FROM sales WHERE {kept} GROUP BY shop",
    )


def test_years_compared_on_a_date_are_a_series_each(engine: Engine, sales: Path) -> None:
    """ "revenue by shop in 2022 vs 2023": each year its own bars — not the two years added."""
    plots_exactly(
        engine,
        sales,
        "s",
        "revenue by shop in 2022 vs 2023",
        "SELECT shop, SUM(revenue), date_trunc('year', sold_on) FROM sales"
        " WHERE YEAR(sold_on) IN (2022, 2023) GROUP BY 1, 3",
    )


def test_a_capital_march_is_the_month_too(engine: Engine, rain: Path) -> None:
    plots_exactly(
        engine,
        rain,
        "r",
        "Coast's March rain each year",
        "SELECT Year, Rain FROM Coast WHERE Month = 3",
    )
