"""A metric that aggregates itself — a ratio of totals such as average order value,
``SUM(revenue) / NULLIF(SUM(orders), 0)`` — is that ratio over each group's rows: checked
through the guard when the file is applied, run by ``semantic check``, grouped in the rule
planner's base query (never an average of per-row ratios), described as such to the LLM.
A small DuckDB table of store-months of our own; numbers checked against SQL by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.llm.semantic import semantic_prompt
from aiser_jupyter.engine.semantic.check import check_layer
from aiser_jupyter.errors import AiserError

YAML = """\
version: 1
sources:
  default:
    metrics:
      - name: average_order_value
        table: store_months
        sql: SUM(revenue) / NULLIF(SUM(orders), 0)
        unit: EUR
        format: ",.2f"
        synonyms: [order value, basket size]
      - name: web_order_value
        table: store_months
        sql: SUM(revenue) / NULLIF(SUM(orders), 0)
        aggregate: custom
        filter: "channel = 'web'"
      - {name: total_revenue, table: store_months, sql: revenue, synonyms: [revenue]}
"""

SQL = """
CREATE TABLE store_months(store TEXT, channel TEXT, year INT, month INT, revenue DOUBLE, orders INT);
INSERT INTO store_months VALUES
  ('Lyon', 'shop', 2023, 1, 1000, 10), ('Lyon', 'web', 2023, 2, 9000, 300),
  ('Nice', 'shop', 2023, 1, 500, 2), ('Nice', 'web', 2024, 1, 2400, 60),
  ('Lyon', 'shop', 2024, 2, 3000, 40), ('Nice', 'shop', 2024, 3, 800, 0);
"""


@pytest.fixture()
def stores(tmp_path: Path) -> Iterator[tuple[Engine, Path, Path]]:
    db = tmp_path / "stores.duckdb"
    con = duckdb.connect(str(db))
    con.execute(SQL)
    con.close()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(YAML)
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("stores", str(db))
    yield engine, db, semantic
    engine.close()


def test_a_ratio_metric_is_the_ratio_of_each_groups_totals(stores) -> None:
    engine, db, _ = stores
    answer = engine.ask("average order value by year", "stores")
    want = truth(
        db, "SELECT year, SUM(revenue) / SUM(orders) FROM store_months GROUP BY 1", approx=True
    )
    mean_of_ratios = truth(
        db,
        "SELECT year, AVG(revenue / NULLIF(orders, 0)) FROM store_months GROUP BY 1",
        approx=True,
    )
    assert want != mean_of_ratios  # the average of monthly ratios would draw other numbers
    assert plotted(answer) == want
    y = answer.plan.chart.encoding.y
    assert y is not None and y.aggregate is None and y.title == "Average order value (EUR)"
    assert answer.plan.provenance is not None
    assert answer.plan.provenance.semantic == ["average_order_value"]


def test_a_ratio_metric_over_all_rows_is_one_number_drawn_in_its_format(stores) -> None:
    engine, db, _ = stores
    answer = engine.ask("basket size in 2024", "stores")
    (want,) = truth(
        db, "SELECT 1, SUM(revenue) / SUM(orders) FROM store_months WHERE year = 2024", approx=True
    ).values()
    assert answer.plan.chart.mark == "kpi"
    assert answer.table.column(0).to_pylist() == [want]
    (indicator,) = answer.plotly_json()["data"]
    assert indicator["value"] == want  # the number the query computed, not an empty card
    assert indicator["number"] == {"valueformat": ",.2f"}
    assert indicator["title"]["text"] == "Average order value (EUR)"


def test_a_metrics_format_is_the_axis_tick_format(stores) -> None:
    engine, _, _ = stores
    layout = engine.ask("average order value by year", "stores").plotly_json()["layout"]
    assert layout["yaxis"]["tickformat"] == ",.2f"
    assert "tickformat" not in layout["xaxis"]
    plain = engine.ask("revenue by year", "stores").plotly_json()["layout"]
    assert "tickformat" not in plain["yaxis"]  # a metric with no format: plotly's default


def test_a_ratio_metrics_filter_keeps_its_rows_alone_or_beside_another_measure(stores) -> None:
    engine, db, _ = stores
    web = truth(
        db,
        "SELECT store, SUM(revenue) / SUM(orders) FROM store_months WHERE channel = 'web' GROUP BY 1",
        approx=True,
    )
    assert plotted(engine.ask("web order value by store", "stores")) == web
    # beside the revenue of every row: the filter goes inside each sum of the ratio
    answer = engine.ask("web order value vs revenue by store", "stores")
    revenue = truth(db, "SELECT store, SUM(revenue) FROM store_months GROUP BY 1", approx=True)
    rows = answer.table.to_pylist()
    fields = answer.compiled.fields
    got = {r["store"]: (r[fields["x"].alias], r[fields["y"].alias]) for r in rows}
    assert got == {k: (revenue[k], web[k]) for k in web}


def test_a_comparison_on_a_ratio_metric_keeps_the_groups_whose_ratio_passes(stores) -> None:
    engine, db, _ = stores
    answer = engine.ask("stores with order value above 40", "stores")
    ratios = truth(
        db, "SELECT store, SUM(revenue) / SUM(orders) FROM store_months GROUP BY 1", approx=True
    )
    want = {k: v for k, v in ratios.items() if v.expected > 40}
    assert 0 < len(want) < len(ratios)
    assert plotted(answer) == want


def test_semantic_check_runs_a_ratio_metric_and_the_llm_reads_it_as_it_is(stores) -> None:
    engine, _, _ = stores
    report = check_layer(engine, "stores")
    assert report.ok, report.problems
    assert any("average_order_value" in p for p in report.passed)
    prompt = semantic_prompt(engine.catalog("stores"), "average order value by store", 2_000)
    line = next(x for x in prompt.lines if "average_order_value" in x)
    assert "as it is per group" in line and "sum of" not in line


@pytest.mark.parametrize(
    ("sql", "extra", "says"),
    [
        ("revenue / SUM(orders)", "", "outside every aggregate"),
        ("SUM(SUM(revenue))", "", "inside another"),
        ("SUM(revenue) / SUM(orders)", "aggregate: sum", "put the aggregate in 'aggregate'"),
        ("revenue / orders", "aggregate: custom", "aggregates itself"),
        ("SUM(revenue) / SUM(pg_sleep(1))", "", "AISER-SQL"),
        ("SUM(revenue) / SUM(refunds)", "", "refunds"),
    ],
)
def test_a_bad_ratio_metric_is_refused_naming_its_line(stores, sql, extra, says) -> None:
    engine, _, semantic = stores
    entry = (
        f"      - {{name: bad, table: store_months, sql: '{sql}'{', ' + extra if extra else ''}}}\n"
    )
    semantic.write_text(YAML + entry)
    with pytest.raises(AiserError) as info:
        engine.ask("average order value by year", "stores")
    assert info.value.code == "AISER-SEM-SQL"
    assert "sources.default.metrics[3]" in info.value.message
    assert says in info.value.message
