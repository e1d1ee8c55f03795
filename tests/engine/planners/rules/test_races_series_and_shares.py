"""Race results, weekly series named for their unit, long tables of regions, and shares of a
part (issue 12).

- "men and women" where a column of initials also holds M and F: the ``sex`` column.
- "fastest … time", "slowest time": the least and the most time taken; "record times" too.
- "the 5k": a race's name typed like a number (5k, 10k) is the value stored.
- "in 10-year age groups": bins of ten years of age, with a measure or a count.
- A race held in two years: one bar a year, not a line of two points.
- "percentage of 5k results that were women, in 2017 and in 2018": each year's share of
  women (never a pie of the women alone); a share of the values the pie slices ("results that
  were 5k or half-marathon") is drawn.
- ``us_gasoline(Week, Barrels)``: the number named for its unit is what "gasoline" names;
  weekly dates kept as they are; "9.5 million barrels" on a column kept in millions;
  "lowest weekly … figure" one number; "years that averaged more than …" show the average.
- "jumped by a full point or more" with nothing compared: refused.
- ``us_change`` (each quarter's change): "consumption growth" is its Consumption; "quarters
  when consumption fell" keep those below 0.
- "record times" counted or averaged ("how many record times …", "average … record time"):
  records, no minimum.
- "monthly average premium, United States vs Western Europe" of a long table: both averaged;
  "monthly US premium": the premium (a price) averaged, never summed.
- "prices of the finance journals": one bar per journal; "only fields with at least 20
  journals": the fields are kept, whatever the x.
- "the gap between the steel index's daily high and low": high minus low.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("races_series")
    tables = {
        "race": [
            "CREATE TABLE results AS SELECT CAST(DATE '2017-06-10' + INTERVAL (365 * (k % 2)) DAY AS DATE)"
            " AS date,"
            " CASE WHEN k % 4 = 0 THEN 'half-marathon' ELSE '5k' END AS race, k AS bib_num,"
            " (['M', 'F', 'A', 'K'])[1 + (k // 3) % 4] AS last_initial,"
            " CASE WHEN k % 3 = 0 THEN 'F' ELSE 'M' END AS sex, 8 + (k * 7) % 70 AS age,"
            " CASE WHEN k % 4 = 0 THEN 100 ELSE 20 END + (k * 13) % 40 + (k % 10) / 10.0"
            " AS run_time_minutes FROM range(600) t(k)"
        ],
        "fuel": [
            "CREATE TABLE us_gasoline AS SELECT CAST(DATE '1991-02-08' + INTERVAL (7 * k) DAY AS DATE)"
            " AS Week,"
            " 6.5 + k / 500.0 + ((k * 37) % 100) / 100.0 AS Barrels FROM range(1355) t(k)",
            "CREATE TABLE us_change AS SELECT CAST(DATE '1970-01-01' + INTERVAL (3 * k) MONTH AS DATE)"
            " AS Quarter,"
            " ((k * 29) % 41 - 20) / 10.0 AS Unemployment, ((k * 31) % 37 - 15) / 10.0 AS Consumption"
            " FROM range(198) t(k)",
        ],
        "records": [
            "CREATE TABLE progression AS SELECT (['800m', '1500m', 'Mile'])[1 + k % 3] AS race,"
            " 1912 + k AS year, 1.6 + (k % 3) * 2 + (90 - k) / 100.0 AS Time FROM range(90) t(k)"
        ],
        "metal": [
            "CREATE TABLE premiums AS SELECT CAST(DATE '2018-01-02' + INTERVAL (k) DAY AS DATE)"
            ' AS date, g AS "group", 15 + ((k // 7) * 7 + length(g) * 3) % 34 * 13 AS price'
            " FROM range(60) t(k), (VALUES ('United States'), ('Western Europe'), ('East Asia')) v(g)",
            "CREATE TABLE Arca AS SELECT CAST(DATE '2018-01-02' + INTERVAL (k) DAY AS DATE) AS date,"
            " 1000 + (k * 17) % 300 AS low, 1000 + (k * 17) % 300 + (k * 7919) % 997 / 10.0 AS high"
            " FROM range(700) t(k)",
        ],
        "journals": [
            "CREATE TABLE Journals AS SELECT 'Journal ' || k AS title,"
            " (['Elsevier', 'Blackwell', 'Kluwer'])[1 + k % 3] AS publisher,"
            " (['Finance', 'Labor', 'Theory', 'History'])[1 + (k * 7) % 10 // 3] AS field,"
            " 50 + (k * 37) % 900 AS price, 1950 + k % 50 AS foundingyear FROM range(90) t(k)",
        ],
    }
    return databases(root, tables)


def test_men_and_women_are_the_sex_column(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average age of men and women in the half-marathon",
        "SELECT sex, AVG(age) FROM results WHERE race = 'half-marathon' GROUP BY sex",
    )


def test_fastest_and_slowest_times_are_the_least_and_most_time(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("r", str(data["race"]))
    fastest = engine.ask("fastest half-marathon time", "r")
    want = one(
        data["race"], "SELECT MIN(run_time_minutes) FROM results WHERE race = 'half-marathon'"
    )
    assert kpi(fastest) == pytest.approx(want)
    plots_exactly(
        engine,
        data["race"],
        "r",
        "slowest time in each race",
        "SELECT race, MAX(run_time_minutes) FROM results GROUP BY race",
    )


def test_a_race_typed_like_a_number_is_its_name(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("r", str(data["race"]))
    answer = engine.ask("average age in the 5k race", "r")
    assert kpi(answer) == pytest.approx(
        one(data["race"], "SELECT AVG(age) FROM results WHERE race = '5k'")
    )


def test_ten_year_age_groups_are_bins_of_ten(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average 5k run time by age, in 10-year age groups",
        "SELECT FLOOR(age / 10) * 10, AVG(run_time_minutes) FROM results WHERE race = '5k'"
        " GROUP BY 1",
    )
    plots_exactly(
        engine,
        data["race"],
        "r",
        "number of results by age, in 10-year groups",
        "SELECT FLOOR(age / 10) * 10, COUNT(*) FROM results GROUP BY 1",
    )


def test_two_years_are_two_bars(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["race"],
        "r",
        "fastest women's 5k time in each year",
        "SELECT DATE_TRUNC('year', date), MIN(run_time_minutes) FROM results"
        " WHERE sex = 'F' AND race = '5k' GROUP BY 1",
    )
    assert answer.plan.chart.mark == "bar"


def test_a_share_of_a_part_is_drawn_as_the_share(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(  # each year's share of women among its 5k results, never the women alone
        engine,
        data["race"],
        "r",
        "percentage of 5k results that were women, in 2017 and in 2018",
        "SELECT DATE_TRUNC('year', date), 100.0 * AVG(CASE WHEN sex = 'F' THEN 1 ELSE 0 END)"
        " FROM results"
        " WHERE race = '5k' GROUP BY 1",
    )


def test_a_share_of_the_pies_own_values_is_drawn(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["race"],
        "r",
        "share of results that were 5k or half-marathon, as a pie",
        "SELECT race, COUNT(*) FROM results GROUP BY race",
    )
    assert answer.plan.chart.mark == "arc"


def test_a_number_named_for_its_unit_is_what_its_table_names(
    engine: Engine, data: dict[str, Path]
) -> None:
    answer = plots_exactly(
        engine,
        data["fuel"],
        "f",
        "weekly gasoline supplied in 2008",
        "SELECT Week, Barrels FROM us_gasoline WHERE YEAR(Week) = 2008",
    )
    assert answer.plan.chart.mark == "line"
    lowest = engine.ask("lowest weekly gasoline figure since 2000", "f")
    want = one(data["fuel"], "SELECT MIN(Barrels) FROM us_gasoline WHERE Week >= DATE '2000-01-01'")
    assert kpi(lowest) == pytest.approx(want)


def test_millions_said_of_a_column_kept_in_millions(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("f", str(data["fuel"]))
    weeks = engine.ask("In how many weeks did gasoline supplied exceed 9.5 million barrels?", "f")
    assert kpi(weeks) == one(data["fuel"], "SELECT COUNT(*) FROM us_gasoline WHERE Barrels > 9.5")
    plots_exactly(
        engine,
        data["fuel"],
        "f",
        "which years averaged more than 9.2 million barrels a day of gasoline?",
        "SELECT DATE_TRUNC('year', Week), AVG(Barrels) FROM us_gasoline GROUP BY 1"
        " HAVING AVG(Barrels) > 9.2",
    )


def test_a_bound_with_no_number_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    q = "quarters when the unemployment rate jumped by a full point or more"
    refuses(engine, data["fuel"], "f", q, "jumped", "more")


def test_both_sides_of_a_long_table_take_the_aggregate(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["metal"],
        "m",
        "monthly average premium, United States vs Western Europe",
        "SELECT AVG(price) FILTER (WHERE \"group\" = 'Western Europe'),"
        " AVG(price) FILTER (WHERE \"group\" = 'United States') FROM premiums"
        " GROUP BY DATE_TRUNC('month', date)",
    )
    plots_exactly(
        engine,
        data["metal"],
        "m",
        "monthly US premium",
        "SELECT DATE_TRUNC('month', date), AVG(price) FROM premiums"
        " WHERE \"group\" = 'United States' GROUP BY 1",
    )


def test_the_gap_between_a_tables_high_and_low(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["metal"],
        "m",
        "top 10 days with the widest gap between the steel index's daily high and low",
        "SELECT CAST(date AS TIMESTAMP), high - low FROM Arca ORDER BY 2 DESC LIMIT 10",
    )
    assert answer.plan.chart.mark == "bar"


def test_prices_of_the_rows_a_value_keeps_are_each_ones(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["journals"],
        "j",
        "prices of the finance journals",
        "SELECT title, price FROM Journals WHERE field = 'Finance'",
    )


def test_groups_kept_by_a_count_are_the_ones_named(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["journals"],
        "j",
        "average price by publisher and field, only fields with at least 23 journals",
        "SELECT publisher, AVG(price), field FROM Journals WHERE field IN (SELECT field"
        " FROM Journals GROUP BY field HAVING COUNT(*) >= 23) GROUP BY publisher, field",
    )


def test_a_table_of_changes_names_growth_and_its_sign(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("f", str(data["fuel"]))
    growth = engine.ask("average consumption growth in 2008", "f")
    want = one(data["fuel"], "SELECT AVG(Consumption) FROM us_change WHERE YEAR(Quarter) = 2008")
    assert kpi(growth) == pytest.approx(want)
    shrank = engine.ask("How many quarters did consumption shrink?", "f")
    assert kpi(shrank) == one(data["fuel"], "SELECT COUNT(*) FROM us_change WHERE Consumption < 0")


def test_record_times_counted_are_records(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["records"],
        "t",
        "how many record times are listed for each race",
        "SELECT race, COUNT(*) FROM progression GROUP BY race",
    )
    plots_exactly(
        engine,
        data["records"],
        "t",
        "800m and Mile record times over the years, one line per race",
        "SELECT year, MIN(Time), race FROM progression WHERE race IN ('800m', 'Mile')"
        " GROUP BY year, race",
    )


def test_record_times_averaged_are_averaged(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("t", str(data["records"]))
    answer = engine.ask("average Mile record time", "t")
    want = one(data["records"], "SELECT AVG(Time) FROM progression WHERE race = 'Mile'")
    assert kpi(answer) == pytest.approx(want)
