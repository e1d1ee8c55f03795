"""The benchmark's table and charts, shared by run.py, frames.py and spark_connect.py: a
generated ``sales`` table and each chart kind as (the raw aggregation SQL an analyst would
write, or None; the chart spec the engine draws)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CHARTS", "make_table"]

CHARTS = {
    "bar by category": (
        "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category",
        {
            "mark": "bar",
            "encoding": {"x": {"field": "category"}, "y": {"field": "amount", "aggregate": "sum"}},
        },
    ),
    "monthly line": (
        "SELECT DATE_TRUNC('month', ts) AS m, SUM(amount) AS amount FROM sales GROUP BY 1 ORDER BY 1",
        {
            "mark": "line",
            "encoding": {
                "x": {"field": "ts", "timeUnit": "yearmonth"},
                "y": {"field": "amount", "aggregate": "sum"},
            },
        },
    ),
    "top-10 bar": (
        "SELECT product, SUM(amount) AS amount FROM sales GROUP BY product ORDER BY amount DESC LIMIT 10",
        {
            "mark": "bar",
            "limit": 10,
            "encoding": {
                "x": {"field": "product", "sort": "-y"},
                "y": {"field": "amount", "aggregate": "sum"},
            },
        },
    ),
    "weekday counts": (
        "SELECT ISODOW(ts) AS d, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
        {
            "mark": "bar",
            "encoding": {"x": {"field": "ts", "timeUnit": "weekday"}, "y": {"aggregate": "count"}},
        },
    ),
    "stacked bar": (
        "SELECT category, region, SUM(amount) AS amount FROM sales GROUP BY 1, 2",
        {
            "mark": "bar",
            "encoding": {
                "x": {"field": "category"},
                "y": {"field": "amount", "aggregate": "sum"},
                "color": {"field": "region"},
            },
        },
    ),
    "histogram": (
        "SELECT FLOOR(amount / 50) * 50 AS b, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
        {"mark": "histogram", "encoding": {"x": {"field": "amount"}}},
    ),
    "scatter (all rows)": (
        "SELECT amount, qty FROM sales USING SAMPLE reservoir(2500 ROWS) REPEATABLE (42)",
        {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}},
    ),
    "heatmap": (
        "SELECT FLOOR(amount / 25) * 25 AS a, FLOOR(qty / 50) * 50 AS q, COUNT(*) AS n FROM sales GROUP BY 1, 2",
        {"mark": "heatmap", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}},
    ),
    "pie by category": (
        "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category",
        {
            "mark": "arc",
            "encoding": {
                "color": {"field": "category"},
                "theta": {"field": "amount", "aggregate": "sum"},
            },
        },
    ),
    # no hand-written SQL draws the same line: the baseline is the engine's own M4 SQL run raw
    "raw line (M4)": (
        None,
        {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}},
    ),
}


def make_table(path: Path, rows: int) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    con.execute(f"""
        CREATE TABLE sales AS
        SELECT i AS id,
               TIMESTAMP '2020-01-01' + INTERVAL (i % 1460) DAY + INTERVAL (i % 86400) SECOND AS ts,
               'cat_' || (i % 12) AS category,
               'region_' || (i % 5) AS region,
               'product_' || (hash(i) % 5000) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount,
               ((hash(i * 13) % 100000) / 100.0)::DOUBLE AS qty
        FROM range({rows}) t(i)
    """)
    con.close()
