"""One side of a two-valued column against the other, shares of rows by a number, percents of
0/1 flags, and a measure named like its table (issue 12).

- "average monthly charges by internet service, churned vs stayed": grouped by both, never the
  churned customers alone under a title that compares them; "GATT members vs non-members",
  "Roxygen packages vs the rest", "churn rate of senior citizens compared with other
  customers" likewise. "fiber optic customers vs the rest", of a column of three values, is
  refused: the rest is two groups, or one made of them, and the question says neither.
- "churn rate in percent by months of tenure, as a line": one point per month of tenure, each
  the share of its customers who churned — never a scatter of each row's 0 or 100.
- "What share of customers use paperless billing, in percent?": 100 × the mean of a 0/1
  column, not the mean; "What percentage of packages link to R-Forge?": one number, not a
  pie of the packages that do.
- ``check_time`` of a table ``check_times`` is how long each check took: averaged when asked,
  not refused as a number given to each check (``trip`` of ``trips`` still is).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sides")
    tables = {
        "churn": [
            "CREATE TABLE wa_churn AS SELECT CASE WHEN (k * 7) % 10 < 3 THEN 'Yes' ELSE 'No' END"
            " AS churn, k % 73 AS tenure, (k * 3) % 2 AS senior_citizen,"
            " CASE WHEN (k * 5) % 9 < 5 THEN 1 ELSE 0 END AS paperless_billing,"
            " ['DSL', 'Fiber optic', 'No'][1 + k % 3] AS internet_service,"
            " 20 + (k * 13) % 90 AS monthly_charges FROM range(3000) t(k)"
        ],
        "trade": [
            "CREATE TABLE OODTPT AS SELECT 'country ' || k AS country, (k * 3) % 2 AS gatt,"
            " 2 + (k * 11) % 40 AS tariff FROM range(75) t(k)"
        ],
        "cran": [
            "CREATE TABLE check_times AS SELECT 'pkg' || k AS package, 1 + k % 9 AS authors,"
            " (k * 7) % 2 AS Roxygen, CASE WHEN k % 50 = 0 THEN 1 ELSE 0 END AS rforge,"
            " (k * 3) % 12 AS testthat_count, 20 + (k * 37) % 600 AS check_time"
            " FROM range(2000) t(k)"
        ],
    }
    return databases(root, tables)


def test_one_side_against_the_rest_groups_by_both(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["churn"],
        "c",
        "average monthly charges by internet service, churned vs stayed",
        "SELECT internet_service, AVG(monthly_charges), churn FROM wa_churn"
        " GROUP BY internet_service, churn",
    )
    plots_exactly(
        engine,
        data["trade"],
        "t",
        "average tariff rate of GATT members vs non-members",
        "SELECT gatt, AVG(tariff) FROM OODTPT GROUP BY gatt",
    )
    plots_exactly(
        engine,
        data["cran"],
        "r",
        "average testthat count, Roxygen packages vs the rest",
        "SELECT Roxygen, AVG(testthat_count) FROM check_times GROUP BY Roxygen",
    )
    plots_exactly(
        engine,
        data["churn"],
        "c",
        "churn rate of senior citizens compared with other customers",
        "SELECT senior_citizen, AVG(CASE WHEN churn = 'Yes' THEN 1.0 ELSE 0 END) FROM wa_churn"
        " GROUP BY senior_citizen",
    )
    refuses(
        engine,
        data["churn"],
        "c",
        "average monthly charges of fiber optic customers vs the rest",
        "rest",
    )


def test_a_share_by_a_number_of_months_is_one_point_per_month(
    engine: Engine, data: dict[str, Path]
) -> None:
    answer = plots_exactly(
        engine,
        data["churn"],
        "c",
        "churn rate in percent by months of tenure, as a line",
        "SELECT tenure, 100.0 * AVG(CASE WHEN churn = 'Yes' THEN 1 ELSE 0 END) FROM wa_churn"
        " GROUP BY tenure",
    )
    assert answer.plan.chart.mark == "line"
    banded = engine.ask("churn rate by tenure", "c")  # bins of tenure: still a share each
    assert banded.plan.chart.mark != "point"
    assert all(0 <= v <= 1 for v in banded.table.column(1).to_pylist())


def test_the_percent_of_a_zero_one_column(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("c", str(data["churn"]))
    paperless = engine.ask("What share of customers use paperless billing, in percent?", "c")
    truth = "SELECT 100.0 * AVG(paperless_billing) FROM wa_churn"
    assert kpi(paperless) == pytest.approx(one(data["churn"], truth))
    engine.connect("r", str(data["cran"]))
    linked = engine.ask("What percentage of packages link to R-Forge?", "r")
    assert linked.plan.chart.mark == "kpi"
    truth = "SELECT 100.0 * AVG(rforge) FROM check_times"
    assert kpi(linked) == pytest.approx(one(data["cran"], truth))


def test_a_time_named_like_its_table_is_a_measure(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["cran"],
        "r",
        "average check time by number of authors",
        "SELECT authors, AVG(check_time) FROM check_times GROUP BY authors",
    )
