"""Columns that differ by a short suffix (:mod:`aiser_jupyter.engine.planners.suffix_families`).

A generated cohort of pupils followed from kindergarten to grade 2 — one column per grade of
each score (``spellingk``, ``spelling1``, ``spelling2``; ``writingk`` …), the pupil's home language
and the language of each grade's teacher (``tlanguagek`` …) — and towns with a population
per census (``pop_2000``, ``pop_2010``). The member the question's words pin is drawn ("first
grade", "grade 2", "kindergarten", "in 2000"); a member no word pins is refused, naming the
members, whichever planner drew it; so is the pupil's language under "the teacher's
language". Numbers are checked against SQL written by hand on DuckDB.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.planners.honesty import account
from aiser_jupyter.engine.planners.suffix_families import family_of

GRADES = ["k", "1", "2"]


def _fill(con: Any) -> None:
    scores = ", ".join(f"spelling{g} BIGINT, writing{g} BIGINT" for g in GRADES)
    teachers = ", ".join(f"tlanguage{g} VARCHAR" for g in GRADES)
    con.execute(
        f"CREATE TABLE cohort (pupil BIGINT, sex VARCHAR, language VARCHAR, {scores}, {teachers})"
    )
    langs = ["english", "spanish", "polish"]
    for n in range(60):
        row: list[Any] = [n, ["girl", "boy"][n % 2], langs[n % 3]]
        for k in range(3):
            row += [400 + 10 * k + n % 17 + 30 * (n % 2) * k, 380 + 20 * k + n % 11]
        row += [langs[(n + k) % 3] for k in range(3)]
        con.execute(f"INSERT INTO cohort VALUES ({', '.join('?' * len(row))})", row)
    con.execute(
        "CREATE TABLE towns (town VARCHAR, county VARCHAR, pop_2000 BIGINT, pop_2010 BIGINT)"
    )
    for n in range(12):
        con.execute(
            "INSERT INTO towns VALUES (?, ?, ?, ?)",
            [f"t{n}", ["North", "South", "West"][n % 3], 1_000 * (n + 1), 1_300 * (n + 1) + n],
        )


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("panel") / "panel.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("average first grade spelling score by sex", "spelling1"),
        ("average spelling score in grade 2 by sex", "spelling2"),
        ("average kindergarten spelling score by sex", "spellingk"),
        ("mean 2nd grade writing by sex", "writing2"),
    ],
)
def test_the_words_pin_the_member_drawn(
    engine: Engine, data: Path, question: str, column: str
) -> None:
    plots_exactly(
        engine, data, "d", question, f"SELECT sex, AVG({column}) FROM cohort GROUP BY sex"
    )


def test_two_members_each_pinned_by_its_own_words(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "scatter of kindergarten spelling against grade 2 spelling",
        "SELECT spellingk, spelling2 FROM cohort",  # a scatter named: its axes listed, x first
    )
    assert answer.plan.chart.mark == "point"


def test_a_year_in_the_question_pins_the_census(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "total pop in 2000 by county",
        "SELECT county, SUM(pop_2000) FROM towns GROUP BY county",
    )


def test_a_census_no_year_names_is_the_latest(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "total pop by county",
        "SELECT county, SUM(pop_2010) FROM towns GROUP BY county",
    )


def test_a_score_no_word_pins_is_refused_naming_the_grades(engine: Engine, data: Path) -> None:
    refused = refuses(engine, data, "d", "average spelling score by sex")
    assert {"spellingk", "spelling1", "spelling2"} <= set(refused.details["suggestions"])
    assert "spellingk, spelling1 or spelling2" in str(refused)


def test_two_grades_said_for_one_score_are_refused(engine: Engine, data: Path) -> None:
    refuses(engine, data, "d", "average first grade spelling score in grade 2 by sex")


def test_the_pupils_language_is_not_drawn_for_the_teachers(engine: Engine, data: Path) -> None:
    refuses(engine, data, "d", "number of pupils by the teacher's language", "teacher")


def test_the_pupils_own_language_is_drawn(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average first grade writing by language",
        "SELECT language, AVG(writing1) FROM cohort GROUP BY language",
    )


def _plan(sql: str, x: str, y: str) -> ChartPlan:
    return ChartPlan.model_validate(
        {
            "sql": sql,
            "chart": {
                "mark": "bar",
                "encoding": {"x": {"field": x}, "y": {"field": y, "aggregate": "mean"}},
            },
        }
    )


@pytest.mark.parametrize(
    ("question", "column", "blocking"),
    [
        ("average kindergarten spelling score by sex", "spelling1", "kindergarten"),
        ("average spelling score by sex", "spelling1", "spellingk, spelling1 or spelling2"),
        ("average kindergarten spelling score by sex", "spellingk", None),
        ("average spelling score in grade 1 by sex", "spelling2", "1"),
    ],
)
def test_a_models_plan_is_held_to_the_member_its_words_pin(
    engine: Engine, data: Path, question: str, column: str, blocking: str | None
) -> None:
    engine.connect("d", str(data))
    plan = _plan(f"SELECT sex, {column} FROM cohort", "sex", column)
    found = account(question, plan, engine.catalog("d"), "duckdb")
    texts = [u.text for u in found.blocking]
    assert (blocking in texts) if blocking else not texts, texts


def test_a_family_needs_two_members_of_one_kind(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    catalog = engine.catalog("d")
    spelling = family_of(catalog, "cohort", "spellingk")
    assert spelling is not None and sorted(spelling.members) == ["1", "2", "k"]
    assert family_of(catalog, "cohort", "language") is None
    assert family_of(catalog, "towns", "pop_2010") is not None
    assert family_of(catalog, "towns", "town") is None
