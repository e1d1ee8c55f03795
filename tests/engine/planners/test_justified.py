"""Every part of a plan asked for by the question (:mod:`.justified`): a filter said only by
a word of the table's name, a flag named only in part, a value after "by whether", a measure
said only as the head of a grouping's phrase — left out of the rules planner's reading, and
refused by the honesty check whichever planner made the plan.

Generic generated tables: incidents a fire service attended (a category that holds the word
FIRE, the sex of the person helped, an injury flag) and films (MPAA rating, a 0/1 Comedy
flag).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.planners.honesty import check_plan
from aiser_jupyter.errors import AiserError
from tests.answers import plots_exactly


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("justified") / "service.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE fire_incidents AS SELECT
            DATE '2018-01-01' + INTERVAL (i * 3) DAY AS reported_at,
            CASE i % 4 WHEN 0 THEN 'FIRE' WHEN 1 THEN 'ALARM' WHEN 2 THEN 'RESCUE'
                ELSE 'HAZMAT' END AS category,
            18 + (i * 7) % 60 AS age,
            CASE WHEN i % 2 = 0 THEN 'Male' ELSE 'Female' END AS sex,
            CASE WHEN i % 5 = 0 THEN 'Yes' ELSE 'No' END AS subject_injury
        FROM range(600) t(i)""")
    con.execute("""
        CREATE TABLE films AS SELECT 'f' || i AS title,
            CASE i % 4 WHEN 0 THEN 'PG' WHEN 1 THEN 'PG-13' WHEN 2 THEN 'R' ELSE 'G' END AS mpaa,
            1 + (i * 7 % 90) / 10.0 AS rating,
            CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END AS Comedy
        FROM range(400) t(i)""")
    con.close()
    return path


def _plan(sql: str, x: str, y: dict[str, str], color: str | None = None) -> ChartPlan:
    encoding: dict[str, Any] = {"x": {"field": x}, "y": y}
    if color:
        encoding["color"] = {"field": color}
    return ChartPlan.model_validate({"sql": sql, "chart": {"mark": "bar", "encoding": encoding}})


def _refused(engine: Any, path: Path, question: str, plan: ChartPlan) -> AiserError:
    """``plan`` (as another planner might make it) refused under ``question``."""
    engine.connect("service", str(path))
    with pytest.raises(AiserError) as caught:
        check_plan(question, plan, engine.catalog("service"), "duckdb")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    return caught.value


def test_a_word_of_the_tables_name_is_no_value_to_filter_on(engine: Any, service: Path) -> None:
    """ "the people fire crews helped" of fire_incidents: all incidents, not category = 'FIRE'."""
    plots_exactly(
        engine,
        service,
        "service",
        "histogram of the age of the people fire crews helped, 10-year bins",
        "SELECT FLOOR(age / 10) * 10, COUNT(*) FROM fire_incidents GROUP BY 1",
    )


def test_a_filter_said_only_by_the_tables_name_is_refused(engine: Any, service: Path) -> None:
    plan = _plan(
        "SELECT age FROM fire_incidents WHERE category = 'FIRE'",
        "age",
        {"aggregate": "count"},
    )
    refused = _refused(engine, service, "age of the people fire crews helped", plan)
    assert "category = 'FIRE'" in str(refused)


def test_a_flag_named_only_in_part_is_refused(engine: Any, service: Path) -> None:
    """ "by sex of the [subject]" says nothing of injuries: no subject_injury = 'Yes'."""
    plan = _plan(
        "SELECT reported_at, sex FROM fire_incidents WHERE subject_injury = 'Yes'",
        "reported_at",
        {"aggregate": "count"},
        color="sex",
    )
    refused = _refused(engine, service, "incidents by sex of the subject", plan)
    assert "subject_injury" in refused.details["unasked"][0]


def test_a_flag_named_whole_is_still_kept(engine: Any, service: Path) -> None:
    plots_exactly(
        engine,
        service,
        "service",
        "number of incidents with a subject injury by sex",
        "SELECT sex, COUNT(*) FROM fire_incidents WHERE subject_injury = 'Yes' GROUP BY 1",
    )
    plots_exactly(
        engine,
        service,
        "service",
        "average rating of comedy films by MPAA rating",
        "SELECT mpaa, AVG(rating) FROM films WHERE Comedy = 1 GROUP BY 1",
    )


def test_by_whether_groups_both_sides_and_is_no_filter(engine: Any, service: Path) -> None:
    """ "by whether the film is a comedy": comedies and the rest, side by side — grouped by
    the 0/1 column, and a plan drawn for comedies only is refused."""
    plots_exactly(
        engine,
        service,
        "service",
        "average rating by MPAA rating and by whether the film is a comedy",
        "SELECT mpaa, AVG(rating), Comedy FROM films GROUP BY mpaa, Comedy",
    )
    plan = _plan(
        "SELECT mpaa, rating FROM films WHERE Comedy = 1",
        "mpaa",
        {"field": "rating", "aggregate": "mean"},
    )
    refused = _refused(
        engine, service, "average rating by mpaa and by whether the film is a comedy", plan
    )
    assert "by whether" in str(refused)


def test_the_head_of_a_groupings_phrase_is_no_measure(engine: Any, service: Path) -> None:
    """ "films by MPAA [rating]": how many films of each rating, not their average rating."""
    plots_exactly(
        engine,
        service,
        "service",
        "pie chart of films by MPAA rating",
        "SELECT mpaa, COUNT(*) FROM films GROUP BY 1",
    )
    plan = _plan("SELECT mpaa, rating FROM films", "mpaa", {"field": "rating", "aggregate": "mean"})
    refused = _refused(engine, service, "pie chart of films by MPAA rating", plan)
    assert "measure rating" in str(refused)
    # said with its aggregate, the same words ask for the average
    plots_exactly(
        engine,
        service,
        "service",
        "average rating by MPAA rating",
        "SELECT mpaa, AVG(rating) FROM films GROUP BY 1",
    )
