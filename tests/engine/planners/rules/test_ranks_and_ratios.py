"""Ranked groups, ratios spelled out, spans inside a group's condition (issue 12).

- "regions ranked by total employment in 1986, largest first": a bar per region (an integer
  code of a few values named in the plural), the total sorted — and the year kept.
- "regions whose average unemployment rate over 1970-86 was above 7%": the groups whose own
  average passes.
- "average output per worker (gsp divided by employment) by region": the mean of the ratio
  of each row, its name glossed before the parentheses.
- "how many states does the panel cover?": the panel is the data, no word left out.
- "vote split among those with the highest knowledge (3)" read as the maximum knowledge of
  rows kept at knowledge = 3 is refused: every bar would be 3.

Invented data: a state-year panel with region codes, and a survey.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ranks") / "ranks.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Econ (state VARCHAR, year BIGINT, region BIGINT, gsp DOUBLE, emp DOUBLE,"
        " unemp DOUBLE)"
    )
    rows = [
        [f"STATE{k}", y, 1 + k % 4, 1000.0 + k * 250 + y % 5, 50.0 + k * 7 + y % 3,
         2.0 + (k * 5 + y) % 11]
        for k in range(12)
        for y in range(1970, 1987)
    ]  # fmt: skip
    con.executemany("INSERT INTO Econ VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return path


def test_groups_ranked_by_a_total_in_a_year(engine: Engine, panel: Path) -> None:
    answer = plots_exactly(
        engine,
        panel,
        "p",
        "regions ranked by total employment in 1986, largest first",
        "SELECT region, SUM(emp) FROM Econ WHERE year = 1986 GROUP BY region",
    )
    totals = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert totals == sorted(totals, reverse=True)  # largest first


def test_whose_average_over_a_span_of_years(engine: Engine, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "p",
        "regions whose average unemployment rate over 1970-86 was above 7%",
        "SELECT region, AVG(unemp) FROM Econ GROUP BY region HAVING AVG(unemp) > 7",
    )


def test_a_ratio_spelled_out_and_glossed(engine: Engine, panel: Path) -> None:
    expected = "SELECT region, AVG(gsp / emp) FROM Econ WHERE year = 1986 GROUP BY region"
    plots_exactly(
        engine,
        panel,
        "p",
        "average output per worker (gsp divided by employment) by region in 1986",
        expected,
    )
    plots_exactly(engine, panel, "p", "average gsp divided by emp by region in 1986", expected)


def test_the_panel_is_the_data(engine: Engine, panel: Path) -> None:
    engine.connect("p", str(panel))
    answer = engine.ask("how many states does the panel cover?", "p")
    assert kpi(answer) == one(panel, "SELECT COUNT(DISTINCT state) FROM Econ")


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("knowledge") / "knowledge.duckdb"
    con = duckdb.connect(str(path))
    con.execute('CREATE TABLE Survey (vote VARCHAR, "political.knowledge" BIGINT, age BIGINT)')
    con.executemany(
        "INSERT INTO Survey VALUES (?, ?, ?)",
        [[["Green", "Blue", "Red"][k % 3], k % 4, 20 + k % 60] for k in range(400)],
    )
    con.close()
    return path


def test_an_extreme_of_a_value_kept_is_refused(engine: Engine, survey: Path) -> None:
    refuses(
        engine,
        survey,
        "k",
        "vote split among respondents with the highest political knowledge (3)",
    )


def test_the_average_order_value_of_all_orders(engine: Engine, demo_path: Path) -> None:
    """Each order's lines summed, then averaged — the orders table joined for its key (the
    plan had read ``orders.order_id`` from a FROM of order lines alone)."""
    answer = engine.ask("average order value", "demo")
    expected = one(
        demo_path,
        "SELECT AVG(v) FROM (SELECT order_id, SUM(revenue) AS v FROM order_lines GROUP BY 1)",
    )
    assert kpi(answer) == pytest.approx(expected)


def test_a_condition_on_each_group_s_order_value_is_refused(
    engine: Engine, demo_path: Path
) -> None:
    """ "regions whose average order value exceeds 100" had kept the lines whose unit price
    is over 100 ("value" read as the price): refused until a group's average of totals is
    compared."""
    refuses(engine, demo_path, "demo", "regions whose average order value exceeds 100", "100")


@pytest.mark.parametrize(
    ("question", "unused"),
    [
        # the top five customers keep rows: drawn as the top five categories
        ("revenue by category for the top 5 customers", "customers"),
        # a growth between two times: drawn as the customers who signed up in 2024
        ("which region grew the most in 2024", "grew"),
        # the orders' date: drawn with the customers' signup date
        ("customers who ordered in 2024 by region", "2024"),
        # a share of orders: drawn as each order's average discount
        ("what percent of orders had a discount", "percent"),
    ],
)
def test_demo_questions_that_were_drawn_wrong_are_refused(
    engine: Engine, demo_path: Path, question: str, unused: str
) -> None:
    refuses(engine, demo_path, "demo", question, unused)


def test_the_top_things_grouped_are_drawn(engine: Engine) -> None:
    answer = engine.ask("top 5 customers by revenue", "demo")
    assert answer.table.num_rows == 5


def test_the_most_popular_things_count_the_rows_that_refer_to_them(
    engine: Engine, demo_path: Path
) -> None:
    """A product has one row of its own: "the 5 most popular products" counts the order lines
    of each (every bar had been 1), and "least" ranks from the fewest."""
    answer = plots_exactly(
        engine,
        demo_path,
        "demo",
        "the 5 most popular products",
        "SELECT p.name, COUNT(*) FROM order_lines l JOIN products p USING (product_id)"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
    )
    assert answer.table.num_rows == 5
    least = engine.ask("the least popular product", "demo")
    fewest = one(
        demo_path, "SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM order_lines GROUP BY product_id)"
    )
    assert least.table.column(least.compiled.fields["y"].alias).to_pylist() == [fewest]


def test_the_most_common_values_of_a_repeating_column_count_its_own_rows(
    engine: Engine, demo_path: Path
) -> None:
    """ "the 2 most common channels": orders counted, each once — not their order lines."""
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "the 2 most common channels",
        "SELECT channel, COUNT(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
    )


def test_the_rarest_values_rank_from_the_fewest(engine: Engine, survey: Path) -> None:
    """ "rarest" alone ranks as "least common" does: the fewest rows first."""
    plots_exactly(
        engine,
        survey,
        "k",
        "the 2 rarest votes",
        "SELECT vote, COUNT(*) FROM Survey GROUP BY 1 ORDER BY 2 LIMIT 2",
    )
