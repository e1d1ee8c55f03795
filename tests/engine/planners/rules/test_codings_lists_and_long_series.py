"""Codings in parentheses, negations of the word they stand before, lists of things, a long
table profiled by estimates, and words that name what a plan does not draw (issue 12).

- "by gender (female = 1) and senior citizen status": grouped by both; the "(female = 1)" says
  how the column reads and keeps no rows. "by R-Forge link (0/1)" likewise.
- "number of customers without paperless billing who churned": "without" is the billing's,
  never the churn's (it was read as the customers who did not churn).
- "check times of dplyr, tidyr, ggplot2, data.table and shiny": five things the catalog did
  not keep; refused, never drawn as every package's check time.
- "for packages with at least 100 R files: number of R files (x) against check time (y)":
  "check time" spells ``check_time``, which a total of R files does not read — refused, not
  explained by the table's name ``check_times``.
- A long table of 8 categories × 213 months, whose distinct dates the profile estimates at a
  little fewer: still one number per category and month ("average index by category", "TV
  price index over time" of a category 'Televisions'). A long label named by its leading
  words ("internet services" of 'Internet services and electronic information providers',
  "cable and satellite TV"); two of them "over time, one line each": a line per category, not
  a scatter of one against the other; "A against B, one point per month": that scatter, B
  along the x.
- "as two lines" drawn as one line: refused; "Televisions prices vs all items prices over
  time, as two lines": a line for each.
- "how many packages have names starting with lower-case gg": the letters as typed, case kept
  (``GGally`` is not counted); "starting with gg" folds the case.
- "Beveridge curve: unemployment rate (x) against the vacancy rate (y)": no name spans the
  colon ("curve unemployment rate" is no ``curate``); "the real value of the personal tax
  exemption by year" drawn from a price, and "peak unemployment rate in the vacancy data"
  drawn from another table's unemployment, are refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("codings")
    categories = (
        "['All items', 'Televisions', 'Audio equipment', 'Computer software and accessories',"
        " 'Photographic equipment and supplies', 'Personal computers and peripheral equipment',"
        " 'Cable and satellite television and radio service',"
        " 'Internet services and electronic information providers']"
    )
    beveridge = (
        "CREATE TABLE beveridge AS SELECT CAST(DATE '2000-12-01' + INTERVAL (k) MONTH AS DATE)"
        " AS month, CAST(4 + (k % 40) * 0.15 AS DOUBLE) AS urate,"
        " CAST(3 - (k % 40) * 0.04 AS DOUBLE) AS vrate,"
        " CAST(((k * 7) % 5 - 2) * 0.1 AS DOUBLE) AS curate FROM range(135) t(k)"
    )
    tables = {
        "churn": [
            "CREATE TABLE customers AS SELECT CASE WHEN (k * 7) % 10 < 3 THEN 'Yes' ELSE 'No' END"
            " AS churn, (k * 3) % 2 AS senior_citizen, k % 2 AS female,"
            " CASE WHEN (k * 5) % 9 < 5 THEN 1 ELSE 0 END AS paperless_billing,"
            " 20 + (k * 13) % 90 AS monthly_charges FROM range(3000) t(k)"
        ],
        "cran": [
            "CREATE TABLE check_times AS SELECT 'pkg' || k AS package, 1 + k % 9 AS authors,"
            " CASE WHEN k % 50 = 0 THEN 1 ELSE 0 END AS rforge, k % 3 = 0 AS status_ok,"
            " (k * 7) % 2 AS status, 1 + (k * 11) % 400 AS r_count,"
            " 20 + (k * 37) % 600 AS check_time FROM range(2000) t(k)",
            "INSERT INTO check_times (package, authors, rforge, status_ok, status, r_count,"
            " check_time) VALUES ('dplyr', 3, 0, true, 1, 120, 297),"
            " ('shiny', 4, 0, true, 1, 90, 144), ('ggplot2', 5, 0, true, 1, 200, 476),"
            " ('GGally', 2, 0, true, 1, 40, 120), ('ggrepel', 2, 0, true, 1, 30, 90)",
        ],
        "series": [beveridge],
        "econ": [
            beveridge,
            "CREATE TABLE approval AS SELECT 2001 + k // 12 AS year, 1 + k % 12 AS month,"
            " 150 + (k * 13) % 200 AS gasprice, CAST(4 + (k % 30) * 0.1 AS DOUBLE) AS unemploy"
            " FROM range(78) t(k)",
        ],
        "prices": [
            f"CREATE TABLE LTPT AS SELECT CAST(DATE '1997-12-01' + INTERVAL (m) MONTH AS DATE)"
            f" AS date, {categories}[1 + c] AS category,"
            " CAST(ROUND(100 - m * 0.1 * c + c, 1) AS DOUBLE) AS value"
            " FROM range(213) a(m), range(8) b(c)"
        ],
    }
    return databases(root, tables)


def test_a_coding_in_parentheses_keeps_no_rows(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["churn"],
        "c",
        "average monthly charges by gender (female = 1) and senior citizen status",
        "SELECT female, AVG(monthly_charges), senior_citizen FROM customers"
        " GROUP BY female, senior_citizen",
    )
    plots_exactly(
        engine,
        data["cran"],
        "r",
        "count of packages by R-Forge link (0/1), stacked by whether the check completed (status)",
        "SELECT rforge, COUNT(*), status FROM check_times GROUP BY rforge, status",
    )


def test_without_is_the_next_words_negation(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("c", str(data["churn"]))
    answer = engine.ask("number of customers without paperless billing who churned", "c")
    truth = "SELECT COUNT(*) FROM customers WHERE paperless_billing = 0 AND churn = 'Yes'"
    assert kpi(answer) == one(data["churn"], truth)


def test_a_list_of_things_not_kept_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine,
        data["cran"],
        "r",
        "check times of dplyr, tidyr, ggplot2, data.table and shiny",
        "tidyr",
    )


def test_words_spelling_an_unread_column_are_not_the_tables_name(
    engine: Engine, data: dict[str, Path]
) -> None:
    refuses(
        engine,
        data["cran"],
        "r",
        "for packages with at least 100 R files: number of R files (x) against check time (y)",
        "check",
    )


def test_a_long_table_with_estimated_distinct_counts(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["prices"],
        "p",
        "average index by category",
        "SELECT category, AVG(value) FROM LTPT GROUP BY category",
    )
    answer = plots_exactly(
        engine,
        data["prices"],
        "p",
        "TV price index over time",
        "SELECT date, value FROM LTPT WHERE category = 'Televisions'",
    )
    assert answer.plan.chart.mark == "line"
    plots_exactly(
        engine,
        data["prices"],
        "p",
        "Televisions prices vs all items prices over time, as two lines",
        "SELECT date, value, category FROM LTPT WHERE category IN ('Televisions', 'All items')",
    )
    refuses(engine, data["prices"], "p", "TV price index over time, as two lines", "two")


def test_a_case_said_keeps_the_letters_as_typed(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("r", str(data["cran"]))
    lower = engine.ask("how many packages have names starting with lower-case gg?", "r")
    assert kpi(lower) == one(
        data["cran"], "SELECT COUNT(*) FROM check_times WHERE package LIKE 'gg%'"
    )
    folded = engine.ask("how many packages have names starting with gg", "r")
    truth = "SELECT COUNT(*) FROM check_times WHERE LOWER(package) LIKE 'gg%'"
    assert kpi(folded) == one(data["cran"], truth) == kpi(lower) + 1


def test_words_around_a_name_say_which_number(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["series"],
        "s",
        "unemployment rate (x) against the vacancy rate (y), one point per month",
        "SELECT urate, vrate FROM beveridge",
    )
    assert answer.plan.chart.mark == "point"
    refuses(
        engine,
        data["series"],
        "s",
        "Beveridge curve: unemployment rate (x) against the vacancy rate (y), one point per month",
        "curve",
    )
    refuses(
        engine,
        data["econ"],
        "e",
        "real value of the personal tax exemption by year since 2001",
        "exemption",
    )
    refuses(engine, data["econ"], "e", "peak unemployment rate in the vacancy data", "vacancy")


def test_a_long_label_named_by_its_leading_words(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("p", str(data["prices"]))
    lowest = engine.ask("lowest index ever recorded for internet services", "p")
    truth = (
        "SELECT MIN(value) FROM LTPT"
        " WHERE category = 'Internet services and electronic information providers'"
    )
    assert kpi(lowest) == pytest.approx(one(data["prices"], truth))
    months = engine.ask("In how many months was the cable and satellite TV index above 90?", "p")
    truth = (
        "SELECT COUNT(*) FROM LTPT"
        " WHERE category = 'Cable and satellite television and radio service' AND value > 90"
    )
    assert kpi(months) == one(data["prices"], truth)
    answer = plots_exactly(
        engine,
        data["prices"],
        "p",
        "price index of personal computers vs televisions over time, one line each",
        "SELECT date, value, category FROM LTPT WHERE category IN"
        " ('Personal computers and peripheral equipment', 'Televisions')",
    )
    assert answer.plan.chart.mark == "line"
    answer = plots_exactly(  # "A against B": B along the x, as for any two numbers
        engine,
        data["prices"],
        "p",
        "personal computer price index against TV price index, one point per month",
        "SELECT t.value, p.value FROM LTPT t JOIN LTPT p ON t.date = p.date"
        " WHERE t.category = 'Televisions'"
        " AND p.category = 'Personal computers and peripheral equipment'",
    )
    assert answer.plan.chart.mark == "point"
