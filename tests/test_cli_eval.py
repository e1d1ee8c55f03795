"""``aiser-jupyter eval`` (cli_eval.py): runs a benchmark file, prints breakdowns, writes predictions."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest


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
