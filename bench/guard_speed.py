"""How long the SQL guard takes on a typical analytic query: median and p95 in milliseconds.

Usage: python bench/guard_speed.py [--repeat N]

Times ``guard_sql`` + ``render`` (parse, the allow-list rules, the LIMIT clamp and
regeneration) on a ~550-character query with a CTE, joins, a window and a CASE, for
each dialect; and ``guard_plan`` re-checking the same plan (served from its cache, as
when a dashboard re-runs a chart). This used to be a unit test asserting a median
under 5 ms, which failed on a busy machine; speed is reported here, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time

SQL = (
    "WITH monthly AS (SELECT date_trunc('month', o.order_date) AS month, r.name AS region, "
    "sum(ol.revenue) AS revenue, count(DISTINCT o.order_id) AS orders FROM order_lines ol "
    "JOIN orders o ON o.order_id = ol.order_id JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE o.status = 'completed' AND "
    "o.order_date >= DATE '2024-01-01' GROUP BY 1, 2) SELECT month, region, revenue, orders, "
    "sum(revenue) OVER (PARTITION BY region ORDER BY month) AS running, CASE WHEN orders > 100 "
    "THEN 'busy' ELSE 'quiet' END AS load FROM monthly ORDER BY month, region"
)
TABLES = ("regions", "categories", "products", "customers", "orders", "order_lines")


def _timed(work: object, repeat: int) -> tuple[float, float]:
    assert callable(work)
    work()  # warm-up (imports, sqlglot's caches)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=101)
    args = parser.parse_args()

    from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
    from aiser_jupyter.engine.plan import ChartPlan
    from aiser_jupyter.engine.sql.checked import guard_plan
    from aiser_jupyter.engine.sql.guard import guard_sql, render

    print(f"query: {len(SQL)} characters, {args.repeat} runs each")
    print(f"{'what':<34}{'median ms':>11}{'p95 ms':>9}")
    for dialect in ("duckdb", "sqlite", "postgres", "mysql", "clickhouse"):
        median, p95 = _timed(
            lambda d=dialect: render(guard_sql(SQL, dialect=d, tables=TABLES, max_rows=1000), d),
            args.repeat,
        )
        print(f"{'guard_sql + render, ' + dialect:<34}{median:>11.2f}{p95:>9.2f}")
    tables = [Table(name=t, columns=[Column(name="x", type="INTEGER")]) for t in TABLES]
    catalog = Catalog(source="bench", dialect="duckdb", tables=tables)
    plan = ChartPlan.model_validate(
        {"sql": SQL, "chart": {"mark": "line", "encoding": {"x": {"field": "month"}}}}
    )
    median, p95 = _timed(lambda: guard_plan(plan, catalog, "duckdb"), args.repeat)
    print(f"{'guard_plan again (cached)':<34}{median:>11.3f}{p95:>9.3f}")


if __name__ == "__main__":
    main()
