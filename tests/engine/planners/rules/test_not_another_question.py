"""Charts that would answer another question under the user's words are refused (issue 12).

- "rate (y)": the letter of an axis mark names the axis, never a column called ``y``.
- "since the start of 2016" keeps 2016 on (not 2016 alone); "since the end of 2015" keeps
  2016 on; "until the end of 1980" keeps 1980 and before.
- "in 1989" of a table with several dates, none named (entry, death, transplant): whose date
  is unsaid, so the year is not kept by the first date in the alphabet; refused.
- "by dosing schedule, stage 1 patients only": the grouping phrase ends at the comma, so a
  plan grouping by nothing leaves "dosing schedule" unread; refused.
- "the average score of students who scored 0" grouped by ``student``: one bar per student,
  nearly one row each; refused, where "by school" is drawn.
- "the 5 patients with the highest bilirubin": the things ranked are the patients; a top 5
  of anything else is refused.
- "pie of senators by stance" over both chambers: "senators" names the rows of 'senate',
  which a plan over every row does not keep; refused.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses
from dbfiles import database_file

from aiser_jupyter.errors import AiserError


def _fill_econ(con: Any) -> None:
    con.execute("CREATE TABLE consump (year INTEGER, inf DOUBLE, y DOUBLE, r3 DOUBLE)")
    rows = [(1960 + k, 1.0 + k % 7, 9000.0 + 300 * k, 0.5 + (k * 3) % 5) for k in range(30)]
    con.executemany("INSERT INTO consump VALUES (?, ?, ?, ?)", rows)


def test_an_axis_letter_is_no_column(engine: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("econ"), "econ", _fill_econ)
    engine.connect("e", str(path))
    try:
        answer = engine.ask(
            "scatter of inflation (x) against the 3-month T-bill rate (y), one point per year", "e"
        )
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
    else:
        assert "y" not in {f.field for f in answer.plan.chart.encoding.channels().values()}
    answer = plots_exactly(
        engine, path, "e", "scatter of inf (x) against r3 (y)", "SELECT inf, r3 FROM consump"
    )
    assert answer.compiled.fields["x"].alias.lower().startswith("inf")


def _fill_index(con: Any) -> None:
    con.execute("CREATE TABLE ukg_eeri (date DATE, value DOUBLE)")
    start = datetime.date(1978, 1, 2)
    rows = [
        ((start + datetime.timedelta(days=7 * k)).isoformat(), 300.0 - k / 10 + (k * 13) % 29)
        for k in range(40 * 52)
    ]
    con.executemany("INSERT INTO ukg_eeri VALUES (?, ?)", rows)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("since the start of 2016", "date >= DATE '2016-01-01'"),
        ("since the end of 2015", "date >= DATE '2016-01-01'"),
        ("until the end of 1980", "date < DATE '1981-01-01'"),
        ("before the start of 1981", "date < DATE '1981-01-01'"),
    ],
)
def test_the_start_and_end_of_a_year(
    engine: Any, tmp_path_factory: pytest.TempPathFactory, words: str, kept: str
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("idx"), "idx", _fill_index)
    engine.connect("i", str(path))
    answer = engine.ask(f"lowest value {words}", "i")
    assert kpi(answer) == one(path, f"SELECT MIN(value) FROM ukg_eeri WHERE {kept}")
    year = kept.split("'")[1][:4]
    assert kpi(answer) != one(path, f"SELECT MIN(value) FROM ukg_eeri WHERE YEAR(date) = {year}")


def _fill_trial(con: Any) -> None:
    con.execute(
        'CREATE TABLE udca (id INTEGER, trt INTEGER, stage INTEGER, bili DOUBLE, "entry.dt" DATE,'
        ' "death.dt" DATE, "tx.dt" DATE)'
    )
    rows = []
    for k in range(1, 171):
        entry = datetime.date(1988, 4, 1) + datetime.timedelta(days=4 * k)
        death = entry + datetime.timedelta(days=900) if k % 9 == 0 else None
        tx = entry + datetime.timedelta(days=500) if k % 7 == 0 else None
        trt = (k // 3) % 2  # 1 = UDCA, 0 = placebo
        rows.append((k, trt, k % 2, 0.3 + (k * 7) % 50 / 4, entry, death, tx))
    con.executemany("INSERT INTO udca VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("trial"), "trial", _fill_trial)


def test_a_year_of_several_unnamed_dates_is_refused(engine: Any, trial: Path) -> None:
    refuses(engine, trial, "t", "number of patients by stage in 1990", "1990")
    plots_exactly(
        engine,
        trial,
        "t",
        "number of patients by stage with an entry date in 1989",
        'SELECT stage, COUNT(*) FROM udca WHERE YEAR("entry.dt") = 1989 GROUP BY stage',
    )


def test_a_grouping_phrase_ends_at_a_comma(engine: Any, trial: Path) -> None:
    refuses(
        engine,
        trial,
        "t",
        "average bilirubin at entry by dosing schedule, stage 1 patients only",
        "dosing",
        "schedule",
    )
    plots_exactly(
        engine,
        trial,
        "t",
        "average bili by trt, stage 1 only",
        "SELECT trt, AVG(bili) FROM udca WHERE stage = 1 GROUP BY trt",
    )


def test_the_things_ranked_are_named(engine: Any, trial: Path) -> None:
    refuses(engine, trial, "t", "the 5 patients with the highest bilirubin at entry", "patients")


def _fill_chem(con: Any) -> None:
    con.execute("CREATE TABLE chem (student INTEGER, school INTEGER, score INTEGER, gcse DOUBLE)")
    rows = [(k, 1 + k % 100, (k * 7) % 6 * 2, 3.0 + (k * 11) % 50 / 10) for k in range(1, 2001)]
    con.executemany("INSERT INTO chem VALUES (?, ?, ?, ?)", rows)


def test_no_bar_for_each_row(engine: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("chem"), "chem", _fill_chem)
    engine.connect("c", str(path))
    try:
        answer = engine.ask("average gcse of students who scored 0", "c")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
    else:  # one number, never 334 bars of one student each
        assert kpi(answer) == one(path, "SELECT AVG(gcse) FROM chem WHERE score = 0")
    plots_exactly(
        engine,
        path,
        "c",
        "average gcse by school",
        "SELECT school, AVG(gcse) FROM chem GROUP BY school",
    )


def _fill_congress(con: Any) -> None:
    con.execute("CREATE TABLE piracy (name VARCHAR, chamber VARCHAR, stance VARCHAR)")
    stances = ["yes", "no", "undecided", "leaning no"]
    rows = [
        (f"member {k}", "senate" if k % 5 == 0 else "house", stances[(k * 3) % 4])
        for k in range(300)
    ]
    con.executemany("INSERT INTO piracy VALUES (?, ?, ?)", rows)


def test_members_of_a_value_are_its_rows(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("pir"), "pir", _fill_congress)
    refuses(engine, path, "p", "pie of senators by their stance", "senators")
    plots_exactly(
        engine,
        path,
        "p",
        "pie of stance in the senate",
        "SELECT stance, COUNT(*) FROM piracy WHERE chamber = 'senate' GROUP BY stance",
    )


def _fill_polls(con: Any) -> None:
    con.execute("CREATE TABLE polls (startdate DATE, enddate DATE, labor DOUBLE)")
    start = datetime.date(2006, 11, 1)
    rows = []
    for k in range(60):  # a poll every 9 days; those begun in 2006 end in 2007
        begun = start + datetime.timedelta(days=9 * k)
        days = 80 if begun.year == 2006 else 5
        rows.append((begun, begun + datetime.timedelta(days=days), 40.0 + k % 11))
    con.executemany("INSERT INTO polls VALUES (?, ?, ?)", rows)


def test_a_verb_of_an_end_reads_the_end_date(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """ "finished in 2007" of polls with a start and an end date: the end date keeps the year;
    "were there in 2007", whose date unsaid, is refused."""
    path = database_file("duckdb", tmp_path_factory.mktemp("polls"), "polls", _fill_polls)
    engine.connect("o", str(path))
    answer = engine.ask("how many polls finished in 2007?", "o")
    assert kpi(answer) == one(path, "SELECT COUNT(*) FROM polls WHERE YEAR(enddate) = 2007")
    assert kpi(answer) != one(path, "SELECT COUNT(*) FROM polls WHERE YEAR(startdate) = 2007")
    refuses(engine, path, "o", "how many polls were there in 2007?", "2007")
