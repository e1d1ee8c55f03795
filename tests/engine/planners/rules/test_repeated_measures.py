"""A base table and a table of its repeated measurements (issue 12).

``patients`` holds one row per patient, measured at entry; ``labs`` repeats the patient's key
with the same measurements at later visits — nothing in the names says so, the data does (a
key that repeats on one side of a join, several number columns in common). "Lab visits",
"follow-up", "at any visit" name the repeated rows; "at entry" the base rows. The same column
read from the other table gives another number under the same words, so such a plan is
refused; and with nothing naming the visits, a count of patients counts patients.

Also: "more than 200 arrivals" of a number column ``arrivals`` (in a table named for them)
compares that column on each row — never a count of rows above 200.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("repeated") / "trial.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE patients (pid INTEGER, sex VARCHAR, stage INTEGER, chol DOUBLE,"
        " albumin DOUBLE, bili DOUBLE)"
    )
    con.executemany(
        "INSERT INTO patients VALUES (?, ?, ?, ?, ?, ?)",
        [
            [p, "fm"[p % 2], 1 + p % 4, 200.0 + p * 7 % 300, 2.5 + p * 3 % 20 / 10, p * 7 % 50 / 10]
            for p in range(1, 121)
        ],
    )
    con.execute(
        "CREATE TABLE labs (pid INTEGER, day INTEGER, stage INTEGER, chol DOUBLE,"
        " albumin DOUBLE, bili DOUBLE)"
    )
    con.executemany(
        "INSERT INTO labs VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                p,
                180 * k,
                min(4, 1 + p % 4 + k // 3),
                210.0 + (p + k) * 11 % 280,
                2.0 + (p * 5 + k) % 25 / 10,
                (p + 3 * k) % 60 / 10,
            ]
            for p in range(1, 101)
            for k in range(1 + p % 5)
        ],
    )
    con.execute("CREATE TABLE arrivals (quarter DATE, origin VARCHAR, arrivals INTEGER)")
    con.executemany(
        "INSERT INTO arrivals VALUES (?, ?, ?)",
        [
            [date(2000 + k // 4, 3 * (k % 4) + 1, 1), origin, 100 + (k * 37 + len(origin)) % 250]
            for k in range(40)
            for origin in ("Japan", "UK", "US")
        ],
    )
    con.close()
    return path


def test_visit_words_read_the_repeated_table(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "t",
        "average albumin across all lab visits by the stage recorded at the visit",
        "SELECT stage, AVG(albumin) FROM labs GROUP BY stage",
    )
    plots_exactly(
        engine,
        data,
        "t",
        "number of follow-up lab visits by the patient's stage at entry",
        "SELECT p.stage, COUNT(*) FROM labs l JOIN patients p ON l.pid = p.pid GROUP BY 1",
    )


def test_patients_counted_are_patients(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "t",
        "registered patients by stage and sex",
        "SELECT stage, COUNT(*), sex FROM patients GROUP BY stage, sex",
    )


def test_entry_figures_are_no_visits(engine: Engine, data: Path) -> None:
    """The entry albumin is no "albumin at any visit", a visit's bilirubin no "bilirubin at
    entry": a plan that reads either from the other table is refused."""
    refuses(
        engine,
        data,
        "t",
        "lowest albumin recorded at any visit for patients whose bilirubin at entry exceeded 3",
    )
    engine.connect("t", str(data))
    answer = engine.ask("lowest albumin recorded at any visit", "t")
    assert kpi(answer) == one(data, "SELECT MIN(albumin) FROM labs")


def test_an_aggregate_at_entry_compared_on_groups(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "t",
        "which stages have an average cholesterol at entry above 340?",
        "SELECT stage, AVG(chol) FROM patients GROUP BY stage HAVING AVG(chol) > 340",
    )


def test_more_than_n_of_a_number_column_named_like_its_table(engine: Engine, data: Path) -> None:
    engine.connect("t", str(data))
    answer = engine.ask("number of quarters with more than 200 arrivals from Japan", "t")
    sql = "SELECT COUNT(*) FROM arrivals WHERE origin = 'Japan' AND arrivals > 200"
    assert kpi(answer) == one(data, sql)
