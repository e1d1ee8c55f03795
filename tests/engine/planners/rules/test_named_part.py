""" "How many pets does each owner have, grouped by owner's last name": the owners are told
apart by their last name — one bar per last name, not one per first and last name pair."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def kennel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("kennel") / "kennel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE owners AS SELECT i AS owner_id,
        ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'][1 + i] AS first_name,
        ['Ames', 'Bell', 'Cole', 'Dunn', 'Ames', 'Ford'][1 + i] AS last_name,
        ['OH', 'OH', 'TX', 'TX', 'OH', 'TX'][1 + i] AS state FROM range(6) t(i)""")
    con.execute("""CREATE TABLE pets AS SELECT i AS pet_id, (i * 5) % 6 AS owner_id,
        'pet ' || i AS pet_name FROM range(20) t(i)""")
    con.close()
    return path


def test_each_owner_grouped_by_the_owners_last_name(engine: Any, kennel: Path) -> None:
    engine.connect("kennel", str(kennel))
    answer = engine.ask(
        "How many pets each owner has? Return a bar chart that groups by owner's last name.",
        source="kennel",
    )
    assert plotted(answer) == truth(
        kennel,
        "SELECT o.last_name, COUNT(*) FROM pets p JOIN owners o USING (owner_id)"
        " GROUP BY o.last_name",
    )
