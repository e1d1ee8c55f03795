"""Event tables counted by their row noun (issue 12): "states with more than 40 breaches" in a
table named after breaches whose column ``type_of_breach`` also holds the word keeps the states
with more than 40 rows; "per accident year" of ``yearacc`` names the year column by its two
pieces in the other order. Checked on a small DuckDB file of incident reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.planners.spelled import reordered_at
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("breaches") / "breaches.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """
        CREATE TABLE SecurityBreaches AS SELECT
            ['CA', 'TX', 'NY', 'OR', 'VT'][1 + (i * i) % 5] AS State,
            ['Theft', 'Hacking', 'Loss'][1 + i % 3] AS "Type.of.Breach",
            (i * 37) % 900 AS "Individuals.Affected",
            2009 + i % 6 AS yearacc,
            ['f', 'm'][1 + i % 2] AS sex
        FROM range(400) t(i)"""
    )
    con.close()
    return path


def test_states_with_more_than_n_breaches_keep_states_by_their_row_count(
    engine: Any, reports: Path
) -> None:
    engine.connect("breaches", str(reports))
    answer = engine.ask("states with more than 40 breaches", source="breaches")
    expected = truth(
        reports,
        "SELECT State, COUNT(*) FROM SecurityBreaches GROUP BY 1 HAVING COUNT(*) > 40",
    )
    assert plotted(answer) == expected
    assert 0 < len(expected) < 5  # some states are left out


def test_types_of_breach_with_more_than_n_breaches(engine: Any, reports: Path) -> None:
    engine.connect("breaches", str(reports))
    answer = engine.ask("types of breach with more than 130 breaches", source="breaches")
    assert plotted(answer) == truth(
        reports,
        'SELECT "Type.of.Breach", COUNT(*) FROM SecurityBreaches GROUP BY 1 HAVING COUNT(*) > 130',
    )


def test_a_count_of_other_nouns_is_still_refused(engine: Any, reports: Path) -> None:
    engine.connect("breaches", str(reports))
    with pytest.raises(AiserError):
        engine.ask("states with more than 2 breach types", source="breaches")


def test_a_name_read_by_its_pieces_in_the_other_order(engine: Any, reports: Path) -> None:
    engine.connect("breaches", str(reports))
    catalog = engine.catalog("breaches")
    words = ["per", "accident", "year", "and", "year", "accident"]
    assert reordered_at(catalog, "securitybreaches", "yearacc", words, 1) == 2
    assert reordered_at(catalog, "securitybreaches", "yearacc", words, 4) == 0  # in order
    assert reordered_at(catalog, "securitybreaches", "yearacc", ["ac", "year"], 0) == 0
    assert reordered_at(catalog, "securitybreaches", "state", words, 1) == 0
