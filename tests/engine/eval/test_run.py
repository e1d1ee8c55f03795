"""Running a planner over a benchmark file (eval/run.py): every item planned, drawn, scored
and written as a prediction; a failing item is a refusal in the report, never a crash.

(The command line over this is tests/test_cli_eval.py.)"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.eval.run import (
    EvalReport,
    answer_prediction,
    format_report,
    load_items,
    run_eval,
)
from aiser_jupyter.engine.plan import ChartPlan


def _item(i: str, question: str, gold: list[list[Any]], **kw: Any) -> dict[str, Any]:
    return {
        "id": i,
        "db_path": "pets.sqlite",
        "question": question,
        "mark": "bar",
        "grouped": False,
        "gold_data": gold,
        "sort": None,
        "query_meta": {"channel_specified": ["x", "y"]},
        **kw,
    }


@pytest.fixture()
def bench(tmp_path: Path) -> Path:
    con = sqlite3.connect(tmp_path / "pets.sqlite")
    con.executescript(
        "CREATE TABLE pet (pet_id INTEGER PRIMARY KEY, kind TEXT, weight REAL);"
        "INSERT INTO pet VALUES (1, 'cat', 4.0), (2, 'dog', 20.5), (3, 'cat', 5.5), (4, 'dog', 12.0);"
    )
    con.commit()
    con.close()
    items = [
        _item(
            "right",
            "number of pets by kind",
            [["cat", 2], ["dog", 2]],
            chart="Bar",
            hardness="Easy",
        ),
        _item(
            "wrong",
            "number of pets by kind",
            [["cat", 9], ["dog", 9]],
            chart="Bar",
            hardness="Hard",
        ),
        _item("refused", "zzz qqq", [["x", 1]], chart="Pie", hardness="Hard"),
    ]
    path = tmp_path / "bench.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n\n")
    return path


def test_a_run_scores_right_wrong_and_refused_answers(bench: Path) -> None:
    report = run_eval(bench, planner="rules")
    assert [s["id"] for s in report.scores] == ["right", "wrong", "refused"]
    assert [s["pass"] for s in report.scores] == [True, False, False]
    assert report.n == 3
    assert (report.pass_rate, report.wrong_rate, report.refused_rate) == pytest.approx((1 / 3,) * 3)


def test_right_numbers_in_another_chart_form_are_wrong_and_counted_apart(
    bench: Path,
) -> None:
    items = [
        _item("form", "number of pets by kind", [["cat", 2], ["dog", 2]], mark="line"),
        _item("numbers", "number of pets by kind", [["cat", 9], ["dog", 9]]),
    ]
    report = run_eval(bench, planner="rules", items=items)
    assert report.wrong_rate == 1.0 and report.form_only_rate == 0.5
    assert "right numbers in another chart form: 50.0%" in format_report(report)


def test_the_report_breaks_down_by_chart_and_hardness(bench: Path) -> None:
    data = run_eval(bench, planner="rules").to_json()
    assert data["by_chart"]["Bar"]["n"] == 2 and data["by_chart"]["Bar"]["pass_rate"] == 0.5
    assert data["by_hardness"]["Hard"]["refused_rate"] == 0.5
    assert set(data["parts"]) == {"valid", "chart", "data", "order"}


def test_predictions_are_written_one_per_line_and_progress_is_reported(
    bench: Path, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "pred.jsonl"
    run_eval(
        bench,
        planner="rules",
        predictions=out,
        progress=lambda done, total: seen.append((done, total)),
    )
    preds = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in preds] == ["right", "wrong", "refused"]
    assert sorted(preds[0]["data"]) == [["cat", 2], ["dog", 2]]
    assert preds[2]["error"].startswith("AISER-PLAN-")
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize(
    ("item", "code"),
    [
        ({"id": "a", "db": "../etc", "question": "q"}, "AISER-EVAL-FILE"),
        ({"id": "b", "db_path": "missing.sqlite", "question": "q"}, "AISER-SRC-FILE"),
    ],
)
def test_an_item_whose_database_cannot_be_opened_is_a_refusal(
    bench: Path, item: dict[str, Any], code: str
) -> None:
    report = run_eval(bench, planner="rules", items=[item])
    assert report.scores[0]["error"].startswith(code) and report.refused_rate == 1.0


def test_a_named_database_is_found_in_the_data_folder(tmp_path: Path) -> None:
    import duckdb

    data = tmp_path / "data"
    data.mkdir()
    con = duckdb.connect(str(data / "zoo.duckdb"))
    con.sql("CREATE TABLE animals AS SELECT * FROM (VALUES ('cat'), ('cat'), ('owl')) t(kind)")
    con.close()
    item = _item("z", "number of animals by kind", [["cat", 2], ["owl", 1]], db="zoo")
    del item["db_path"]
    report = run_eval(tmp_path / "none.jsonl", planner="rules", data=data, items=[item])
    assert report.scores[0]["pass"] and report.scores[0]["database"] == "zoo"


def test_blank_lines_of_a_benchmark_file_are_skipped(bench: Path) -> None:
    assert [i["id"] for i in load_items(bench)] == ["right", "wrong", "refused"]


def test_an_empty_report_has_zero_rates() -> None:
    report = EvalReport(planner="rules")
    assert (
        report.n,
        report.pass_rate,
        report.wrong_rate,
        report.refused_rate,
        report.invalid_rate,
    ) == (
        0,
        0.0,
        0.0,
        0.0,
        0.0,
    )


def test_the_summary_ends_with_the_pass_rate(bench: Path) -> None:
    text = format_report(run_eval(bench, planner="rules"))
    assert text.splitlines()[-1] == "pass_rate: 0.3333"
    assert "by chart type:" in text and "right 33.3%" in text


def _answer(engine: Any, chart: dict[str, Any], sql: str) -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "demo")


def test_a_pie_is_predicted_as_slices_and_sizes(engine: Any) -> None:
    chart = {
        "mark": "arc",
        "encoding": {"color": {"field": "name"}, "theta": {"aggregate": "count"}},
    }
    pred = answer_prediction("p", _answer(engine, chart, "SELECT name FROM regions"))
    assert pred["mark"] == "arc" and not pred["grouped"]
    assert sorted(pred["data"]) == [
        [name, 1] for name in sorted(["Central", "East", "North", "South", "West"])
    ]


def test_months_are_named_the_benchmarks_way_and_years_are_text(engine: Any) -> None:
    by_month = {
        "mark": "bar",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": "month"},
            "y": {"aggregate": "count"},
        },
    }
    pred = answer_prediction("m", _answer(engine, by_month, "SELECT order_date FROM orders"))
    assert [row[0] for row in pred["data"]][5:9] == ["June", "July", "Aug", "Sept"]
    by_year = {
        "mark": "line",
        "encoding": {"x": {"field": "order_date", "timeUnit": "year"}, "y": {"aggregate": "count"}},
    }
    pred = answer_prediction("y", _answer(engine, by_year, "SELECT order_date FROM orders"))
    assert [row[0] for row in pred["data"]] == ["2023", "2024", "2025"]


def test_a_sorted_channel_is_the_predictions_sort(engine: Any) -> None:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "name", "sort": "-y"}, "y": {"aggregate": "count"}},
    }
    pred = answer_prediction("s", _answer(engine, chart, "SELECT name FROM regions"))
    assert pred["sort"] == {"channel": "y", "order": "descending"}


def test_a_single_number_is_one_value(engine: Any) -> None:
    chart = {"mark": "kpi", "encoding": {"y": {"aggregate": "count"}}}
    pred = answer_prediction("k", _answer(engine, chart, "SELECT * FROM regions"))
    assert (pred["mark"], pred["data"]) == ("kpi", [[5]])
