"""An answer as data (report.py): its rows cut to a size, and a summary of what the chart shows."""

from __future__ import annotations

from typing import Any

from aiser_jupyter.engine.report import answer_record


def test_the_summary_names_the_extremes_of_the_plotted_rows(engine: Any) -> None:
    answer = engine.ask("total revenue by region", "demo")
    record = answer_record(answer, max_rows=2)
    rows = answer.table.to_pylist()
    top = max(rows, key=lambda r: r["revenue"])
    low = min(rows, key=lambda r: r["revenue"])
    assert f"highest {top['revenue']:,.2f} at region {top['region']}" in record["summary"]
    assert f"lowest {low['revenue']:,.2f} at {low['region']}" in record["summary"]


def test_the_rows_are_cut_to_the_size_asked_and_say_so(engine: Any) -> None:
    answer = engine.ask("total revenue by region", "demo")
    record = answer_record(answer, max_rows=2)
    assert len(record["rows"]) == 2 and record["row_count"] == answer.rows
    assert record["rows_truncated"] and record["sql"] == answer.compiled_sql


def test_a_single_number_is_the_summarys_end(engine: Any) -> None:
    single = answer_record(engine.ask("number of orders", "demo"))
    assert single["summary"].endswith(f"{single['rows'][0][0]:,}.")
