"""Shares of rows within groups, weekends of a text weekday, and aggregates said past a
column's description (issue 12).

- "percent of trips with a tip on each day of the week": in each day, 100 × the share of its
  trips whose ``tip`` is 'yes' — never the count of tipped trips (the bars look the same);
  "bad credit rate in percent by age group (10-year bands)": the share where ``Status`` is
  'bad', by band; rows whose property is unknown (NULL) count on neither side; "share of
  smokers by type" still divides the smokers among the types, and "share of the athletes
  are rowers" stays one number.
- "how many trips happened on weekends": ``dow IN ('Sat', 'Sun')`` of a text column of day
  labels; "weekend trips by company", which keeps no weekend, is refused.
- "which substances have an average baseline mental health score (MCS) under 33": a
  HAVING on each substance's average, not a WHERE on each row's score.
- "avg income by job type and whether the applicant has prior records": grouped by both,
  never only the rows with records.
- A text column of month labels ('Jan' … 'Apr'): "by month" groups by it (bars: the labels
  hold no order of time), "how many April rides had no tip" keeps ``month = 'Apr'``.
- Two monthly series whose dates are named ``date`` and ``time`` join on the month; a monthly
  series and a daily one do not (the first of each month is no match for a month).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("rates_weekends")
    days = "['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']"
    tables = {
        "taxi": [
            f"CREATE TABLE taxi AS SELECT {days}[1 + k % 7] AS dow, k % 24 AS hour,"
            " CASE WHEN k % 11 = 0 THEN NULL WHEN (k * 7) % 5 < 3 THEN 'yes' ELSE 'no' END AS tip,"
            " ['Flash Cab', 'Sun Taxi', 'City Service'][1 + k % 3] AS company,"
            " 1 + (k * 13) % 20 AS distance FROM range(700) t(k)"
        ],
        "credit": [
            "CREATE TABLE credit_data AS SELECT 18 + (k * 7) % 50 AS Age,"
            " CASE WHEN (k * 3) % 10 < 3 THEN 'bad' ELSE 'good' END AS Status,"
            " ['fixed', 'partime', 'freelance', 'others'][1 + k % 4] AS Job,"
            " CASE WHEN k % 6 = 0 THEN 'yes' ELSE 'no' END AS Records,"
            " ['owner', 'rent', 'parents'][1 + (k * 5) % 3] AS Home,"
            " 80 + (k * 37) % 150 AS Income FROM range(800) t(k)"
        ],
        "help": [
            "CREATE TABLE HELPrct AS SELECT k AS id,"
            " ['alcohol', 'cocaine', 'heroin'][1 + k % 3] AS substance,"
            " 10 + (k * 17) % 40 + 8 * (k % 3) AS mcs FROM range(450) t(k)"
        ],
        "smoking": [
            "CREATE TABLE smoking AS SELECT CASE WHEN k % 3 = 0 THEN 'Yes' ELSE 'No' END AS smoke,"
            " CASE WHEN k % 3 = 0 THEN ['Packets', 'Hand-Rolled'][1 + k % 2] END AS type,"
            " ['Degree', 'GCSE', 'None'][1 + (k * 7) % 3] AS highest_qualification"
            " FROM range(600) t(k)"
        ],
        "months": [
            "CREATE TABLE trips AS SELECT ['Jan', 'Feb', 'Mar', 'Apr'][1 + k % 4] AS month,"
            " CASE WHEN k % 3 = 0 THEN 'no' ELSE 'yes' END AS tip,"
            " 1 + (k * 7) % 15 AS distance FROM range(400) t(k)"
        ],
        "series": [
            "CREATE TABLE volat AS SELECT CAST(DATE '1990-01-01' + INTERVAL (k) MONTH AS DATE)"
            " AS date, 300 + k * 2.5 AS sp500 FROM range(120) t(k)",
            "CREATE TABLE macro AS SELECT CAST(DATE '1985-01-01' + INTERVAL (k) MONTH AS DATE)"
            " AS time, 100 + k * 0.4 AS cpi FROM range(240) t(k)",
            "CREATE TABLE daily AS SELECT CAST(DATE '1990-01-01' + INTERVAL (k) DAY AS DATE)"
            " AS day, 10 + k % 9 AS gold FROM range(3000) t(k)",
        ],
        "sport": [
            "CREATE TABLE ais AS SELECT CASE WHEN k % 2 = 0 THEN 'f' ELSE 'm' END AS sex,"
            " ['Row', 'Swim', 'Netball', 'Tennis'][1 + (k * 3) % 4] AS sport,"
            " 160 + k % 40 AS ht FROM range(200) t(k)"
        ],
    }
    return databases(root, tables)


def test_the_share_of_rows_with_a_value_in_each_group(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(  # NULL tips are on neither side
        engine,
        data["taxi"],
        "t",
        "percent of trips with a tip on each day of the week",
        "SELECT dow, 100.0 * AVG(CASE WHEN tip = 'yes' THEN 1 ELSE 0 END) FROM taxi"
        " WHERE tip IS NOT NULL GROUP BY dow",
    )
    plots_exactly(
        engine,
        data["taxi"],
        "t",
        "tip rate (percent of trips with a tip) for each company",
        "SELECT company, 100.0 * AVG(CASE WHEN tip = 'yes' THEN 1 ELSE 0 END) FROM taxi"
        " WHERE tip IS NOT NULL GROUP BY company",
    )
    plots_exactly(
        engine,
        data["credit"],
        "c",
        "bad credit rate in percent by age group (10-year bands)",
        "SELECT FLOOR(Age / 10) * 10, 100.0 * AVG(CASE WHEN Status = 'bad' THEN 1 ELSE 0 END)"
        " FROM credit_data GROUP BY 1",
    )
    tipped = engine.ask("What percentage of trips had a tip?", "t")
    truth = "SELECT 100.0 * AVG(CASE WHEN tip = 'yes' THEN 1 ELSE 0 END) FROM taxi"
    assert kpi(tipped) == pytest.approx(one(data["taxi"], truth + " WHERE tip IS NOT NULL"))


def test_a_share_that_divides_the_rows_among_groups_is_no_rate(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(  # the smokers among the types: no smoke = 'Yes' rate of each type
        engine,
        data["smoking"],
        "s",
        "share of smokers by type of cigarettes",
        "SELECT type, COUNT(*) FROM smoking WHERE type IS NOT NULL GROUP BY type",
    )
    engine.connect("a", str(data["sport"]))
    rowers = engine.ask("what share of the athletes are rowers", "a")
    truth = "SELECT AVG(CASE WHEN sport = 'Row' THEN 1.0 ELSE 0 END) FROM ais"
    assert kpi(rowers) == pytest.approx(one(data["sport"], truth))
    refuses(engine, data["credit"], "c", "default rate (% of bad credits) by job type", "default")


def test_weekends_of_a_text_weekday_column(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("t", str(data["taxi"]))
    weekend = engine.ask("How many trips happened on weekends?", "t")
    truth = "SELECT COUNT(*) FROM taxi WHERE dow IN ('Sat', 'Sun')"
    assert kpi(weekend) == one(data["taxi"], truth)
    plots_exactly(
        engine,
        data["taxi"],
        "t",
        "average distance by company on weekends",
        "SELECT company, AVG(distance) FROM taxi WHERE dow IN ('Sat', 'Sun') GROUP BY company",
    )
    refuses(engine, data["taxi"], "t", "weekend trips by company", "weekend")


def test_an_aggregate_said_before_a_spelled_out_description(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["help"],
        "h",
        "which substances have an average baseline mental health score (MCS) under 33?",
        "SELECT substance, AVG(mcs) FROM HELPrct GROUP BY substance HAVING AVG(mcs) < 33",
    )


def test_by_one_column_and_whether_a_yes_no_holds(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["credit"],
        "c",
        "avg income by job type and whether the applicant has prior records",
        "SELECT Job, AVG(Income), Records FROM credit_data GROUP BY Job, Records",
    )


def test_a_text_column_of_month_labels(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["months"],
        "m",
        "average trip distance by month",
        "SELECT month, AVG(distance) FROM trips GROUP BY month",
    )
    assert answer.plan.chart.mark == "bar"
    april = engine.ask("how many April rides had no tip?", "m")
    truth = "SELECT COUNT(*) FROM trips WHERE month = 'Apr' AND tip = 'no'"
    assert kpi(april) == one(data["months"], truth)


def test_monthly_series_under_two_date_names_join_on_the_month(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["series"],
        "s",
        "cpi (x) against sp500 (y), one point per month",
        "SELECT cpi, sp500 FROM volat JOIN macro ON macro.time = volat.date",
    )
    from aiser_jupyter.errors import AiserError

    with pytest.raises(AiserError) as caught:  # a day's gold on the first of each month: none
        engine.ask("gold (x) against cpi (y), one point per month", "s")
    assert caught.value.code == "AISER-PLAN-NO-JOIN", caught.value
