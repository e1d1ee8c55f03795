"""Whose rows, whose figure (issue 12): "respondents with an income of 75,000 or more, per
region" counts the respondents (it had summed their incomes); "among those planning to
abstain" is a condition — left out, the plan is refused, not drawn for everyone; "how many
days" of a log of 5-minute counts is no count of its rows, nor its "average number of calls
per day" the mean of its rows drawn by day; "corporate jet fatalities"
names ``corpjetfatal`` whole, not another table's ``Fatalities``; a word of a hyphenated
compound ("information-sector workers") left out is a condition left out, never a mere
modifier passed over.

An invented survey, an invented call log and invented yearly figures beside a crash list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("poll") / "poll.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Poll (region VARCHAR, sex VARCHAR, age BIGINT, education VARCHAR,"
        " income BIGINT, vote VARCHAR)"
    )
    con.executemany(
        "INSERT INTO Poll VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                ["N", "C", "S", "SA"][k % 4],
                "MF"[k % 2],
                18 + (k * 7) % 60,
                ["P", "S", "PS"][k % 3],
                2500 + (k * 1999) % 200000,
                ["Y", "N", "A", "U"][(k // 3) % 4],
            ]
            for k in range(800)
        ],
    )
    con.close()
    return path


def test_people_with_a_figure_are_counted(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "p",
        "respondents with a household income of 75,000 or more, per region",
        "SELECT region, COUNT(*) FROM Poll WHERE income >= 75000 GROUP BY region",
    )


def test_among_those_is_a_condition(engine: Engine, survey: Path) -> None:
    refuses(
        engine,
        survey,
        "p",
        "average age of men and of women among those planning to abstain",
        "abstain",
    )


def test_among_those_read_as_a_comparison_stays(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "p",
        "average income by region among those aged over 30",
        "SELECT region, AVG(income) FROM Poll WHERE age > 30 GROUP BY region",
    )


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("calls") / "calls.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE call_log (DateTime TIMESTAMP, Calls BIGINT)")
    con.execute(
        "INSERT INTO call_log SELECT TIMESTAMP '2003-01-01 07:00' + INTERVAL (k % 200 * 5) MINUTE"
        " + INTERVAL (k // 200) DAY, 10 + (k * 37) % 90 FROM range(200 * 120) t(k)"
    )
    con.close()
    return path


def test_days_of_a_log_of_minutes_are_no_rows(engine: Engine, calls: Path) -> None:
    refuses(engine, calls, "c", "How many days does the data cover?", "days")


@pytest.fixture(scope="module")
def aviation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("aviation") / "aviation.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Crash (Cause VARCHAR, Fatalities BIGINT, Year BIGINT)")
    con.executemany(
        "INSERT INTO Crash VALUES (?, ?, ?)",
        [[["weather", "mechanical"][k % 2], 5 + k * 13 % 200, 1990 + k % 20] for k in range(200)],
    )
    con.execute("CREATE TABLE network_stats (year BIGINT, corpjetacc BIGINT, corpjetfatal BIGINT)")
    con.executemany(
        "INSERT INTO network_stats VALUES (?, ?, ?)",
        [[y, 5 + y % 11, 20 + (y * 7) % 50] for y in range(1960, 2020)],
    )
    con.close()
    return path


def test_a_glued_name_spelled_with_a_clipped_last_word(engine: Engine, aviation: Path) -> None:
    plots_exactly(
        engine,
        aviation,
        "a",
        "corporate jet fatalities by year since 1980",
        "SELECT year, corpjetfatal FROM network_stats WHERE year >= 1980",
    )


@pytest.fixture(scope="module")
def wages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("wages") / "wages.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Wage (year BIGINT, age BIGINT, jobclass VARCHAR, wage DOUBLE)")
    con.executemany(
        "INSERT INTO Wage VALUES (?, ?, ?, ?)",
        [
            [2003 + k % 7, 20 + k % 40, ["1. Industrial", "2. Information"][k % 2], 40.0 + k % 200]
            for k in range(700)
        ],
    )
    con.close()
    return path


def test_a_hyphenated_compound_left_out_is_refused(engine: Engine, wages: Path) -> None:
    refuses(  # "information-sector": which workers, not a word to pass over
        engine,
        wages,
        "w",
        "yearly trend in the number of information-sector workers with a wage over 150",
        "sector",
    )


def test_an_average_per_day_of_rows_within_days_is_refused(engine: Engine, calls: Path) -> None:
    refuses(engine, calls, "c", "What's the average number of calls per day?", "number")
