"""The scorer follows the benchmark's rules; ``aiser-jupyter eval`` runs, scores and writes predictions."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aiser_jupyter.engine.eval.score import score_prediction, values_match

ITEM = {
    "id": "t1",
    "mark": "bar",
    "grouped": False,
    "chart": "Bar",
    "gold_data": [["a", 2], ["b", 0], ["c", 1.5]],
    "sort": None,
    "query_meta": {"channel_specified": ["x", "y"]},
}


def pred(data: list[list[object]], **kw: object) -> dict[str, object]:
    return {
        "id": "t1",
        "mark": "bar",
        "grouped": False,
        "data": data,
        "sort": None,
        "error": None,
        **kw,
    }


@pytest.mark.parametrize(
    ("p", "g", "ok"),
    [
        (1.0002, 1.0, True),
        (1.001, 1.0, False),
        ("2017-03-01 10:00:00", "2017-03-01", True),
        ("2017-01-01", "2017", True),
        ("2017-01-01", 2017, True),
        ("Thur", "Thur", True),
        ("Thu", "Thur", False),
        (None, None, True),
        (None, 0, False),
        ("4", 4, True),
    ],
)
def test_values_match(p: object, g: object, ok: bool) -> None:
    assert values_match(p, g) is ok


def test_multiset_with_missing_zero_rows_passes() -> None:
    assert score_prediction(pred([["c", 1.5], ["a", 2]]), ITEM)["pass"]


def test_extra_or_wrong_rows_fail_data() -> None:
    assert not score_prediction(pred([["a", 2], ["c", 1.5], ["d", 1]]), ITEM)["data"]
    assert not score_prediction(pred([["a", 3], ["c", 1.5]]), ITEM)["data"]


def test_wrong_mark_or_grouping_fails_chart() -> None:
    assert not score_prediction(pred([["a", 2], ["c", 1.5]], mark="line"), ITEM)["chart"]
    scored = score_prediction(pred([["a", 2, "u"], ["c", 1.5, "u"]], grouped=True), ITEM)
    assert scored["valid"] and not scored["chart"]


def test_errors_and_empty_results_are_invalid() -> None:
    assert not score_prediction(pred([], error="AISER-PLAN-UNDERSTOOD: no"), ITEM)["valid"]
    assert not score_prediction(pred([]), ITEM)["valid"]


def test_order_is_checked_only_when_gold_is_sorted() -> None:
    item = {**ITEM, "sort": {"channel": "y", "order": "descending"}}
    assert score_prediction(pred([["a", 2], ["c", 1.5]]), item)["pass"]
    assert not score_prediction(pred([["c", 1.5], ["a", 2]]), item)["order"]
    by_x = {**ITEM, "sort": {"channel": "x", "order": "ascending"}}
    assert score_prediction(pred([["a", 2], ["c", 1.5]]), by_x)["pass"]


def test_pie_values_match_up_to_one_scale_factor() -> None:
    item = {**ITEM, "mark": "arc", "chart": "Pie"}
    assert score_prediction(pred([["a", 20], ["c", 15]], mark="arc"), item)["pass"]
    assert not score_prediction(pred([["a", 20], ["c", 10]], mark="arc"), item)["pass"]


def test_swapped_axes_pass_only_when_not_pinned() -> None:
    loose = {**ITEM, "query_meta": {"channel_specified": []}}
    swapped = pred([[2, "a"], [1.5, "c"]])
    assert score_prediction(swapped, loose)["pass"]
    assert not score_prediction(swapped, ITEM)["pass"]


@pytest.fixture()
def bench_file(tmp_path: Path) -> Path:
    db = tmp_path / "db" / "pets.sqlite"
    db.parent.mkdir()
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE owner (owner_id INTEGER PRIMARY KEY, name TEXT, city TEXT);
        CREATE TABLE pet (pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owner (owner_id),
                          kind TEXT, weight REAL, born TEXT);
        INSERT INTO owner VALUES (1, 'Ann', 'Oslo'), (2, 'Bob', 'Rome'), (3, 'Cy', 'Oslo');
        INSERT INTO pet VALUES (1, 1, 'cat', 4.0, '2019-01-07'), (2, 1, 'dog', 20.5, '2020-03-03'),
                               (3, 2, 'cat', 5.5, '2021-05-06'), (4, 3, 'dog', 12.0, '2021-02-11');
    """)
    con.commit()
    con.close()
    items = [
        {
            "id": "q1",
            "db_path": "db/pets.sqlite",
            "question": "How many pets of each kind? Show a bar chart.",
            "chart": "Bar",
            "mark": "bar",
            "grouped": False,
            "hardness": "Easy",
            "n_tables": 1,
            "gold_data": [["cat", 2], ["dog", 2]],
            "sort": None,
            "query_meta": {"channel_specified": ["x", "y"]},
        },
        {
            "id": "q2",
            "db_path": "db/pets.sqlite",
            "question": "Average weight of pets by city of their owner as a pie chart",
            "chart": "Pie",
            "mark": "arc",
            "grouped": False,
            "hardness": "Medium",
            "n_tables": 2,
            "gold_data": [["Oslo", 36.5 / 3], ["Rome", 5.5]],
            "sort": None,
            "query_meta": {"channel_specified": ["x", "y"]},
        },
        {
            "id": "q3",
            "db_path": "db/pets.sqlite",
            "question": "zzz qqq",
            "chart": "Bar",
            "mark": "bar",
            "grouped": False,
            "hardness": "Hard",
            "n_tables": 1,
            "gold_data": [["x", 1]],
            "sort": None,
            "query_meta": {"channel_specified": []},
        },
    ]
    path = tmp_path / "bench.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    return path


def test_cli_eval_prints_breakdowns_and_writes_predictions(
    bench_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aiser_jupyter.cli import main

    out = tmp_path / "pred.jsonl"
    assert main(["eval", str(bench_file), "--predictions", str(out)]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed[-1] == "pass_rate: 0.6667"
    assert any(line.strip().startswith("Pie") for line in printed)
    preds = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in preds] == ["q1", "q2", "q3"]
    assert set(preds[0]) == {"id", "mark", "grouped", "data", "sort", "sql", "chart", "error"}
    assert preds[1]["mark"] == "arc" and sorted(preds[1]["data"]) == [
        ["Oslo", pytest.approx(36.5 / 3)],
        ["Rome", 5.5],
    ]
    assert preds[2]["error"].startswith("AISER-PLAN-")


def test_cli_eval_json_report(bench_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from aiser_jupyter.cli import main

    assert main(["eval", str(bench_file), "--json"]) == 0
    text = capsys.readouterr().out.strip()
    body, last = text.rsplit("\n", 1)
    report = json.loads(body)
    assert last == "pass_rate: 0.6667"
    assert report["by_tables"]["multi"]["n"] == 1 and report["n"] == 3


@pytest.fixture()
def named_db_file(tmp_path: Path) -> tuple[Path, Path]:
    """Items that name their database (``db``) kept in a separate data folder."""
    import duckdb

    data = tmp_path / "data"
    data.mkdir()
    con = duckdb.connect(str(data / "shop.duckdb"))
    con.sql(
        "CREATE TABLE sales AS SELECT * FROM (VALUES ('north', 10), ('south', 5), ('north', 2)) t(region, amount)"
    )
    con.close()
    items = [
        {  # answered right
            "id": "r1",
            "db": "shop",
            "question": "total amount by region",
            "mark": "bar",
            "grouped": False,
            "gold_data": [["north", 12], ["south", 5]],
            "sort": None,
            "query_meta": {"channel_specified": ["x", "y"]},
        },
        {  # gold disagrees with what is drawn: wrong but drawn
            "id": "w1",
            "db": "shop",
            "question": "total amount by region",
            "mark": "bar",
            "grouped": False,
            "gold_data": [["north", 1], ["south", 1]],
            "sort": None,
            "query_meta": {"channel_specified": ["x", "y"]},
        },
        {  # a month the table cannot answer: refused
            "id": "f1",
            "db": "shop",
            "question": "total amount by region in July",
            "mark": "bar",
            "grouped": False,
            "gold_data": [["north", 12]],
            "sort": None,
            "query_meta": {"channel_specified": ["x", "y"]},
        },
    ]
    path = tmp_path / "bench" / "items.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(i) + "\n" for i in items))
    return path, data


def test_eval_reports_right_wrong_and_refused_per_database(
    named_db_file: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from aiser_jupyter.cli import main

    path, data = named_db_file
    assert main(["eval", str(path), "--data", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out.rsplit("pass_rate", 1)[0])
    assert report["n"] == 3
    assert report["by_database"]["shop"]["n"] == 3
    third = pytest.approx(1 / 3, abs=1e-3)
    assert (report["pass_rate"], report["wrong_rate"], report["refused_rate"]) == (
        third,
        third,
        third,
    )


def test_a_single_number_is_scored_as_a_kpi() -> None:
    item = {**ITEM, "mark": "kpi", "gold_data": [[42.0]]}
    assert score_prediction(pred([[42]], mark="kpi"), item)["pass"]
    assert not score_prediction(pred([[41]], mark="kpi"), item)["pass"]


def test_two_groupings_may_be_drawn_either_way_when_the_question_pins_neither() -> None:
    item = {**ITEM, "grouped": True, "gold_data": [["a", 1, "x"], ["b", 2, "y"]]}
    item["query_meta"] = {"channel_specified": []}
    swapped = pred([["x", 1, "a"], ["y", 2, "b"]], grouped=True)
    assert score_prediction(swapped, item)["pass"]
    item["query_meta"] = {"channel_specified": ["x", "y", "classify"]}
    assert not score_prediction(swapped, item)["pass"]
