"""Race finishers, series of different spans joined on the day, and survey flags (issue 12).

- "runners", "finishers" of a table of people: its rows; "finish time", and "time" alone, of
  ``run_time_minutes``, its one time taken.
- "other than Wisconsin" of postal codes: ``state <> 'WI'``, the word explained.
- "by the decade they were founded in": a year column by tens.
- "average occupational prestige": the number after a modifier that names a code column.
- A premium per region and day, and an index of one row a trading day, kept over different
  spans: joined on the day ("the index's close on days the US premium was above 400"); the
  index's days are counted in the index alone, never once per region.
- "by sex" of a 0/1 ``female``.
- "wins", "how many times has X won" of a table of champions: its rows, counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("finishers_days")
    tables = {
        "race": [
            "CREATE TABLE get_it_dunn_run AS SELECT"
            " CAST(DATE '2017-06-10' + INTERVAL (365 * (k % 2)) DAY AS DATE) AS date,"
            " CASE WHEN k % 4 = 0 THEN 'half-marathon' ELSE '5k' END AS race, k AS bib_num,"
            " 'Runner' || k AS first_name, (['M', 'F', 'A', 'K'])[1 + (k // 3) % 4] AS last_initial,"
            " CASE WHEN k % 3 = 0 THEN 'F' ELSE 'M' END AS sex, 8 + (k * 7) % 70 AS age,"
            " (['WI', 'MN', 'IL', 'IA', 'MI', 'OH', 'IN', 'MO', 'ND', 'SD', 'NE', 'KS'])[1 + (k * 5) % 12]"
            " AS state,"
            " CASE WHEN k % 4 = 0 THEN 100 ELSE 20 END + (k * 13) % 40 + (k % 10) / 10.0"
            " AS run_time_minutes FROM range(600) t(k)"
        ],
        "wins": [
            "CREATE TABLE boston AS SELECT (['Men''s open', 'Women''s open'])[1 + k % 2] AS Event,"
            " 1950 + k // 2 AS Year, (['Ann Lee', 'Bo Kim', 'Cy Dunn', 'Di Roe'])[1 + (k * 7) % 4]"
            " AS Champion, (['Kenya', 'Ethiopia', 'Japan', 'Canada'])[1 + (k * 5) % 4] AS Country"
            " FROM range(140) t(k)"
        ],
        "journals": [
            "CREATE TABLE Journals AS SELECT 'Journal ' || k AS title, 50 + (k * 37) % 900 AS price,"
            " 1890 + (k * 7) % 110 AS foundingyear FROM range(120) t(k)"
        ],
        "gss": [
            "CREATE TABLE gss AS SELECT k AS id, 20 + (k * 13) % 60 AS prestg10,"
            " 1000 + (k * 37) % 800 AS occ10, (['Sales', 'Service', 'Professional'])[1 + k % 3]"
            " AS occrecode, 18 + (k * 11) % 70 AS age, k % 2 AS female,"
            " 1 + (k * 3) % 10 AS ideology FROM range(900) t(k)"
        ],
        "metal": [
            "CREATE TABLE aluminum_premiums AS SELECT"
            " CAST(DATE '2018-01-02' + INTERVAL (k) DAY AS DATE) AS date, g AS \"group\","
            " 15 + ((k // 7) * 7 + length(g) * 3) % 34 * 13 AS price FROM range(60) t(k),"
            " (VALUES ('United States'), ('Western Europe'), ('East Asia')) v(g)",
            "CREATE TABLE Arca AS SELECT CAST(DATE '2017-01-03' + INTERVAL (k) DAY AS DATE) AS date,"
            " 1000 + (k * 17) % 300 AS close FROM range(1400) t(k)",
        ],
    }
    return databases(root, tables)


def test_finishers_are_the_rows_and_finish_time_the_time_taken(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "number of finishers in each race",
        "SELECT race, COUNT(*) FROM get_it_dunn_run GROUP BY race",
    )
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average finish time by race and sex",
        "SELECT race, AVG(run_time_minutes), sex FROM get_it_dunn_run GROUP BY race, sex",
    )
    older = engine.ask("How many runners were older than 70?", "r")
    assert kpi(older) == one(data["race"], "SELECT COUNT(*) FROM get_it_dunn_run WHERE age > 70")


def test_a_state_named_in_full_is_its_code_kept_out(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "number of finishers from each state other than Wisconsin",
        "SELECT state, COUNT(*) FROM get_it_dunn_run WHERE state <> 'WI' GROUP BY state",
    )


def test_by_the_decade_groups_years_by_tens(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["journals"],
        "j",
        "average price of journals by the decade they were founded in",
        "SELECT FLOOR(foundingyear / 10) * 10, AVG(price) FROM Journals GROUP BY 1",
    )


def test_an_average_of_a_number_after_a_modifier(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["gss"],
        "g",
        "average occupational prestige score for each occupation group",
        "SELECT occrecode, AVG(prestg10) FROM gss GROUP BY occrecode",
    )


def test_by_sex_of_a_female_flag(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["gss"],
        "g",
        "average age by sex",
        "SELECT female, AVG(age) FROM gss GROUP BY female",
    )


def test_series_of_different_spans_join_on_the_day(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("m", str(data["metal"]))
    answer = engine.ask(
        "average steel index close on days the US aluminum premium was above 400", "m"
    )
    want = one(
        data["metal"],
        "SELECT AVG(a.close) FROM Arca a JOIN aluminum_premiums p ON p.date = a.date"
        " WHERE p.\"group\" = 'United States' AND p.price > 400",
    )
    assert kpi(answer) == pytest.approx(want)
    days = engine.ask("On how many trading days did the steel index close above 1,250?", "m")
    assert kpi(days) == one(data["metal"], "SELECT COUNT(*) FROM Arca WHERE close > 1250")


def test_time_alone_is_a_tables_one_time_taken(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average half-marathon time in 2017 vs 2018",
        "SELECT DATE_TRUNC('year', date), AVG(run_time_minutes) FROM get_it_dunn_run"
        " WHERE race = 'half-marathon' GROUP BY 1",
    )


def test_wins_of_a_table_of_champions_are_its_rows(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["wins"],
        "w",
        "Kenyan wins by event",
        "SELECT Event, COUNT(*) FROM boston WHERE Country = 'Kenya' GROUP BY Event",
    )
    times = engine.ask("How many times has Bo Kim won?", "w")
    assert kpi(times) == one(data["wins"], "SELECT COUNT(*) FROM boston WHERE Champion = 'Bo Kim'")
