"""A grouping phrase with a word the plan does not explain (issue 12): "by their zorblax
rating" over a table whose only rating column is ``rating`` is a rating the data does not
hold, so the chart grouped by ``rating`` is refused; a known English word before the grouped
name ("by hiring year" over ``year``) is still drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly


@pytest.fixture(scope="module")
def garage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("group_phrases") / "garage.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE mechanics AS
        SELECT i AS mechanic_id, 'm' || i AS mechanic_name,
            ['A', 'B', 'C'][1 + i % 3] AS rating, 2015 + i % 4 AS year,
            ['north', 'south'][1 + i % 2] AS shop, 5 + i % 7 AS wind
        FROM range(1, 31) t(i)
    """)
    con.close()
    return path


@pytest.mark.parametrize(
    "question",
    [
        "count the mechanics by their zorblax rating",
        "how many mechanics per zorblax rating",
        "number of mechanics in each zagat shop",
    ],
)
def test_unknown_word_before_the_grouped_name_is_refused(
    engine: Any, garage: Path, question: str
) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("garage", str(garage))
    with pytest.raises(AiserError) as caught:
        engine.ask(question, "garage")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_the_grouped_name_alone_is_drawn(engine: Any, garage: Path) -> None:
    plots_exactly(
        engine,
        garage,
        "garage",
        "count the mechanics by their rating",
        "SELECT rating, COUNT(*) FROM mechanics GROUP BY 1",
    )


def test_a_known_word_before_the_grouped_name_is_drawn(engine: Any, garage: Path) -> None:
    """ "hiring year" of the one year column: an English word that qualifies, not a name."""
    plots_exactly(
        engine,
        garage,
        "garage",
        "number of mechanics by hiring year",
        "SELECT year, COUNT(*) FROM mechanics GROUP BY 1",
    )
