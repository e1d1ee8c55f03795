"""Every gold chart of the benchmark can be expressed as a ChartPlan and reproduces the gold data."""

from __future__ import annotations

from needs import bench_file

BENCH = bench_file("dev.jsonl")  # skipped on a laptop without the benchmark; a failure in CI


def test_gold_charts_compile_run_and_score() -> None:
    from aiser_jupyter.engine.eval.run import run_eval

    report = run_eval(BENCH, planner="gold")
    failed = [s["id"] for s in report.scores if not s["pass"]]
    assert report.n == 299
    assert report.pass_rate >= 0.98, failed


def test_weekday_and_month_bins_use_calendar_order_and_viseval_labels() -> None:
    from aiser_jupyter.engine.eval.run import load_items, run_eval

    items = [
        i for i in load_items(BENCH) if (i.get("bin") or {}).get("unit") in ("WEEKDAY", "MONTH")
    ]
    report = run_eval(BENCH, planner="gold", items=items)
    assert items and report.pass_rate == 1.0
