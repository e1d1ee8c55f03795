"""A list of crashes asked about as analysts ask (issue 12): deaths are its fatalities; "a
crash caused by human error" keeps that cause's rows and groups nothing (the column is
named only as the value's own: one number, not one bar); "by education level and sex"
groups by both, past the generic "level".

Invented crashes and an invented survey.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine

_CAUSES = ["weather", "mechanical", "human error", "criminal"]
_PHASES = ["takeoff", "en route", "landing"]


@pytest.fixture(scope="module")
def crashes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("crashes") / "crashes.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Crash (Phase VARCHAR, Cause VARCHAR, Fatalities BIGINT)")
    con.executemany(
        "INSERT INTO Crash VALUES (?, ?, ?)",
        [[_PHASES[k % 3], _CAUSES[k % 4], 3 + (k * 41) % 290] for k in range(300)],
    )
    con.close()
    return path


def test_deaths_are_fatalities(engine: Engine, crashes: Path) -> None:
    plots_exactly(
        engine,
        crashes,
        "c",
        "total deaths by cause",
        "SELECT Cause, SUM(Fatalities) FROM Crash GROUP BY Cause",
    )


def test_caused_by_a_value_keeps_it_and_groups_nothing(engine: Engine, crashes: Path) -> None:
    engine.connect("c", str(crashes))
    answer = engine.ask("highest death toll of a single crash caused by human error", "c")
    assert answer.plan.chart.mark == "kpi"
    truth = "SELECT MAX(Fatalities) FROM Crash WHERE Cause = 'human error'"
    assert kpi(answer) == one(crashes, truth)


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Respondent (education VARCHAR, sex VARCHAR, income BIGINT)")
    con.executemany(
        "INSERT INTO Respondent VALUES (?, ?, ?)",
        [[["P", "S", "PS"][k % 3], "MF"[k % 2], 7500 + (k * 997) % 150000] for k in range(600)],
    )
    con.close()
    return path


def test_a_generic_head_between_two_groupings(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average income by education level and sex",
        "SELECT education, AVG(income), sex FROM Respondent GROUP BY education, sex",
    )
