"""Both sides of a property asked for: "counties with and without a smoking ban" groups by the
yes/no column the property names; "cyclists versus pedestrians" of a column storing ``cyclist``
and ``pedest`` groups by that column, the abbreviated value read beside its sibling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("towns") / "towns.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE county_years AS SELECT
            'county' || (i % 20) AS county,
            2000 + i // 20 AS year,
            (i * 37) % 500 + 10.5 AS asthma,
            CASE WHEN (i * 7) % 3 = 0 THEN 'yes' ELSE 'no' END AS smokingban,
            CASE WHEN i % 20 < 8 AND i >= 60 THEN 'yes' ELSE 'no' END AS limit30
        FROM range(200) t(i)""")
    con.execute("""
        CREATE TABLE injuries AS SELECT
            i AS injury_id,
            ['cyclist', 'pedest', 'pedest', 'motorist'][1 + i % 4] AS victim,
            (i * 11) % 90 AS age
        FROM range(400) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("towns", str(path))
    return engine.ask(question, source="towns")


@pytest.mark.parametrize(
    "question",
    [
        "average asthma rate in 2005 for counties with and without a smoking ban",
        "in 2005, compare the average asthma rate of counties with a smoking ban and counties "
        "without one",
    ],
)
def test_with_and_without_groups_by_the_flag(engine: Any, towns: Path, question: str) -> None:
    answer = _ask(engine, towns, question)
    assert plotted(answer) == pytest.approx(
        truth(
            towns,
            "SELECT smokingban, AVG(asthma) FROM county_years WHERE year = 2005 GROUP BY 1",
        )
    )


def test_without_alone_is_no_grouping_of_both_sides(engine: Any, towns: Path) -> None:
    try:
        answer = _ask(
            engine, towns, "average asthma rate in 2005 of counties without a smoking ban"
        )
    except AiserError:
        return  # refused: not drawn as both sides
    assert plotted(answer) != pytest.approx(
        truth(
            towns,
            "SELECT smokingban, AVG(asthma) FROM county_years WHERE year = 2005 GROUP BY 1",
        )
    )


def test_with_and_without_a_flag_named_in_other_words(engine: Any, towns: Path) -> None:
    """ "a 30 mph limit" of ``limit30``: every word of the name said, in another order."""
    answer = _ask(
        engine, towns, "average asthma rate by year for counties with and without a 30 mph limit"
    )
    fields = answer.compiled.fields
    drawn = {
        (x, c): y
        for x, y, c in zip(
            *(answer.table.column(fields[k].alias).to_pylist() for k in ("x", "y", "color")),
            strict=True,
        )
    }
    import duckdb

    con = duckdb.connect(str(towns), read_only=True)
    rows = con.execute(
        "SELECT year, limit30, AVG(asthma) FROM county_years GROUP BY 1, 2"
    ).fetchall()
    con.close()
    assert drawn == pytest.approx({(x, c): y for x, c, y in rows})


def test_with_and_without_a_flag_not_named_is_refused(engine: Any, towns: Path) -> None:
    with pytest.raises(AiserError):
        _ask(
            engine,
            towns,
            "average asthma rate by year for counties with and without a 20 mph limit",
        )


@pytest.mark.parametrize("question", ["cyclists versus pedestrians", "pedestrians vs cyclists"])
def test_an_abbreviated_value_beside_its_sibling(engine: Any, towns: Path, question: str) -> None:
    answer = _ask(engine, towns, f"number of injuries of {question}")
    assert plotted(answer) == truth(
        towns,
        "SELECT victim, COUNT(*) FROM injuries WHERE victim IN ('cyclist', 'pedest') GROUP BY 1",
    )


def test_a_word_no_value_begins_is_no_such_value(engine: Any, towns: Path) -> None:
    """ "pedals" begins with no stored value ("pedest" is not its start): never read as one."""
    try:
        answer = _ask(engine, towns, "number of injuries of cyclists versus pedals")
    except AiserError:
        return
    assert "pedest" not in answer.plan.sql
