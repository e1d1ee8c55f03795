"""Outcome words, grouping phrases and ranked nouns the plan must explain (issue 12): "people
killed" counts the rows whose two-valued outcome column holds ``dead``; "unbelted" keeps the
other value of a belted/none column; a "by ..." phrase or a "which 3 ..." noun the plan does
not explain is refused, never drawn over all rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
from aiser_jupyter.engine.planners.outcomes import outcome_values


@pytest.fixture(scope="module")
def crashes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("outcomes") / "crashes.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE occupants AS
        SELECT i AS occupant_id, 2010 + i % 4 AS crash_year, 18 + (i * 7) % 60 AS age,
            CASE WHEN i % 5 = 0 THEN 'dead' ELSE 'alive' END AS status,
            CASE WHEN i % 3 = 0 THEN 'none' ELSE 'belted' END AS belt,
            CASE WHEN i % 2 = 0 THEN 'driver' ELSE 'passenger' END AS seat
        FROM range(1, 121) t(i)
    """)
    con.close()
    return path


def test_killed_counts_the_dead_per_year(engine: Any, crashes: Path) -> None:
    plots_exactly(
        engine,
        crashes,
        "crashes",
        "number of people killed per crash year",
        "SELECT crash_year, COUNT(*) FROM occupants WHERE status = 'dead' GROUP BY 1",
    )


def test_unbelted_keeps_the_other_value(engine: Any, crashes: Path) -> None:
    engine.connect("crashes", str(crashes))
    answer = engine.ask("how many unbelted occupants died?", "crashes")
    want = one(crashes, "SELECT COUNT(*) FROM occupants WHERE status = 'dead' AND belt = 'none'")
    assert kpi(answer) == want


@pytest.mark.parametrize(
    "question",
    [
        "average age of the occupants who died, by impact speed category",
        "oldest age in each impact speed category",
        "which 3 hospitals treated the most occupants?",
        "how many different hospitals treated occupants?",
    ],
)
def test_unexplained_grouping_or_ranked_noun_is_refused(
    engine: Any, crashes: Path, question: str
) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("crashes", str(crashes))
    with pytest.raises(AiserError):
        engine.ask(question, "crashes")


def test_grouping_phrase_with_a_used_name_is_drawn(engine: Any, crashes: Path) -> None:
    """ "per crash year" is grouped by crash_year: the phrase is explained, the chart drawn."""
    plots_exactly(
        engine,
        crashes,
        "crashes",
        "average age per crash year",
        "SELECT crash_year, AVG(age) FROM occupants GROUP BY 1",
    )


def test_a_derivation_names_a_value_only_in_a_two_valued_column() -> None:
    def catalog(samples: list[str]) -> Catalog:
        column = Column(name="outcome", type="VARCHAR", distinct=len(samples), samples=samples)
        return Catalog(source="t", dialect="duckdb", tables=[Table(name="t", columns=[column])])

    assert [v for _, _, v in outcome_values("killed", catalog(["alive", "dead"]))] == ["dead"]
    assert [v for _, _, v in outcome_values("unbelted", catalog(["belted", "none"]))] == ["none"]
    assert outcome_values("killed", catalog(["alive", "dead", "injured"])) == []
    assert outcome_values("wounded", catalog(["alive", "dead"])) == []
