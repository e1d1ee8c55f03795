"""Qualifiers the plan had dropped while drawing a chart (issue 12), and a ranking as bars.

- "number of terms by first party": the grouping left out (drawn as one number).
- "highest ratio among approved applications": the status that keeps the rows, left out
  (drawn over every application). A word no status holds ("among registered dogs") and the
  rows' own noun ("among applications") stay no condition.
- "customers with more than 5 orders by segment": each customer's count compared, which the
  plan does not compute — it had kept the segments with more than 5 orders.
- "top 5 states by share of members": a ranking is drawn as bars, not as a pie of 5 parts.

Invented data and the demo data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("loans") / "loans.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Loans (deny VARCHAR, pirat DOUBLE, lvrat DOUBLE)")
    rows = [
        ["yes" if k % 5 == 0 else "no", 0.1 + (k * 7 % 40) / 100, 0.5 + k % 9 / 10]
        for k in range(300)
    ]
    con.executemany("INSERT INTO Loans VALUES (?, ?, ?)", rows)
    con.execute("CREATE TABLE Terms (term BIGINT, seats BIGINT, p1 VARCHAR, p2 VARCHAR)")
    con.executemany(
        "INSERT INTO Terms VALUES (?, ?, ?, ?)",
        [
            [k, 300 + k % 50, ["Reds", "Blues"][k % 2], ["Blues", "Greens"][k % 2]]
            for k in range(60)
        ],
    )
    con.execute("CREATE TABLE States (state VARCHAR, year BIGINT, members DOUBLE)")
    con.executemany(
        "INSERT INTO States VALUES (?, ?, ?)",
        [[f"S{k}", y, 1.0 + (k * 13 % 29)] for k in range(20) for y in (1982, 1983)],
    )
    con.close()
    return path


def test_a_qualified_grouping_left_out_is_refused(engine: Engine, loans: Path) -> None:
    refuses(engine, loans, "l", "number of terms by first party", "party")


def test_a_status_after_among_is_a_condition(engine: Engine, loans: Path) -> None:
    refuses(engine, loans, "l", "highest pirat among approved applications", "approved")
    engine.connect("l", str(loans))
    answer = engine.ask("highest pirat among applications", "l")
    assert answer.table.column(0).to_pylist() == [one(loans, "SELECT MAX(pirat) FROM Loans")]


def test_each_customer_s_count_compared_by_segment_is_refused(
    engine: Engine, demo_path: Path
) -> None:
    refuses(engine, demo_path, "demo", "customers with more than 5 orders by segment", "5")
    refuses(engine, demo_path, "demo", "number of customers with more than 5 orders by segment")


def test_a_ranking_by_share_is_bars(engine: Engine, loans: Path) -> None:
    answer = plots_exactly(
        engine,
        loans,
        "l",
        "top 5 states by share of members in 1982",
        "SELECT state, members FROM States WHERE year = 1982 ORDER BY members DESC, state LIMIT 5",
    )
    assert answer.plan.chart.mark == "bar"
