"""Second groupings and aggregates asked in words (issue 12): "by incident year and gender"
keeps both groupings when the first is a glued name said in the other order; a word that
qualifies a grouping ("esc availability", an acronym's class) does not hide the "and" after it; "and year"
groups by the year of the table's date; "per claim" of a table of claims is per row; an
average of a year column is asked for, a total of one, or of a rate, is refused; "total
observation weight" sums the weight; "median payout" names ``payout_med`` when its rows
are compared, and is a median of it otherwise. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly
from dbfiles import database_file

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE riders (yearinc INTEGER, yearveh INTEGER, gender VARCHAR,"
        " esc VARCHAR, lights VARCHAR, weight DOUBLE, jobless_rate DOUBLE)"
    )
    rows = []
    for n in range(300):
        year = 2001 + n % 6
        rows.append(
            (
                year,
                year - (n * 7) % 19,
                "f" if n % 3 else "m",
                "worn" if n % 4 else "none",
                "on" if n % 5 else "off",
                10.0 + (n * 37) % 113 / 4,
                3.0 + n % 7,
            )
        )
    con.executemany("INSERT INTO riders VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE claims (claim_type VARCHAR, entity_type VARCHAR, filed DATE, people INTEGER,"
        " payout_med DOUBLE)"
    )
    for n in range(200):
        con.execute(
            "INSERT INTO claims VALUES (?, ?, DATE '2010-01-05' + ?, ?, ?)",
            [
                ["theft", "loss", "hack"][n % 3],
                ["clinic", "insurer"][n % 2],
                n * 13,
                100 + (n * 53) % 900,
                200.0 + (n * 71) % 700,
            ],
        )


@pytest.fixture(scope="module")
def rides_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("rides"), "rides", _fill)


@pytest.fixture
def rides(rides_file: Path) -> tuple[Engine, Path]:
    return Engine(EngineConfig(planner="rules", use_cache=False)), rides_file


def test_reordered_year_name_keeps_the_second_grouping(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    plots_exactly(
        engine,
        path,
        "rides",
        "number of riders by incident year and gender, stacked",
        "SELECT yearinc, COUNT(*), gender FROM riders GROUP BY 1, 3",
    )


def test_qualifier_word_before_and_keeps_the_second_grouping(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    plots_exactly(
        engine,
        path,
        "rides",
        "number of riders by esc availability and lights use, stacked",
        "SELECT esc, COUNT(*), lights FROM riders GROUP BY 1, 3",
    )


def test_and_year_groups_by_the_year_of_the_date(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    answer = plots_exactly(
        engine,
        path,
        "rides",
        "average people per claim by entity type and year",
        "SELECT entity_type, AVG(people), DATE_TRUNC('year', filed)::TIMESTAMP FROM claims GROUP BY 1, 3",
    )
    assert answer.compiled.fields["x"].alias == "entity_type"  # the years are the series


def test_average_of_a_year_column_asked_for(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    plots_exactly(
        engine,
        path,
        "rides",
        "trend of the average vehicle year by year of incident",
        "SELECT yearinc, AVG(yearveh) FROM riders GROUP BY 1",
    )


def test_total_after_a_row_noun_sums(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    plots_exactly(
        engine,
        path,
        "rides",
        "trend of the total observation weight by incident year",
        "SELECT yearinc, SUM(weight) FROM riders GROUP BY 1",
    )


@pytest.mark.parametrize(
    "question",
    [
        "total vehicle year by incident year",  # years never add up
        "total jobless rate by incident year",  # nor do rates
    ],
)
def test_meaningless_total_is_refused(rides: tuple[Engine, Path], question: str) -> None:
    engine, path = rides
    engine.connect("rides", str(path))
    with pytest.raises(AiserError) as caught:
        engine.ask(question, "rides")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_statistic_word_before_a_compared_column_names_it(rides: tuple[Engine, Path]) -> None:
    engine, path = rides
    engine.connect("rides", str(path))
    answer = engine.ask("how many claims had median payout above 600?", "rides")
    assert kpi(answer) == one(path, "SELECT COUNT(*) FROM claims WHERE payout_med > 600")


def test_statistic_word_before_a_grouped_measure_stays_the_aggregate(
    rides: tuple[Engine, Path],
) -> None:
    engine, path = rides
    plots_exactly(
        engine,
        path,
        "rides",
        "median payout by entity type",
        "SELECT entity_type, MEDIAN(payout_med) FROM claims GROUP BY 1",
    )
