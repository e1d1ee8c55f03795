"""A panel of areas by year keyed by a code named after a word on one side (``countyfip``)
and bare on the other (``fip``): joined on (code, year) once the data confirms it, so a
question that names a county answers over the other table's rows (issue 12). With the join,
what the words say still decides: an index is averaged, not summed over the joined rows; a
name said in words beats a short name its initials spell; and a word that is both a
table's name and a value of it is a value left out when the plan does not keep it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, plotted, refuses

COUNTIES = ["Avalon", "Borduria", "Carpania", "Dorne", "Elbonia"]


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("named_after") / "panel.duckdb"
    con = duckdb.connect(str(path))
    # one row per county and year: the county's name and figures of its own
    con.execute(
        "CREATE TABLE avalon (countyfip INTEGER, year INTEGER, county VARCHAR,"
        " flucapita DOUBLE, income DOUBLE)"
    )
    con.executemany(
        "INSERT INTO avalon VALUES (?, ?, ?, ?, ?)",
        [
            (10 + i, y, name, 1.5 * (i + 1) + (y - 2000) / 10, 20000.0 + 1000 * i + y)
            for i, name in enumerate(COUNTIES)
            for y in range(2000, 2006)
        ],
    )
    # many rows per county and year (age groups), with county-year figures repeated on each
    con.execute(
        "CREATE TABLE clinics (fip INTEGER, year INTEGER, agegrp INTEGER, visits DOUBLE,"
        " drug INTEGER, fcc DOUBLE)"
    )
    con.executemany(
        "INSERT INTO clinics VALUES (?, ?, ?, ?, ?, ?)",
        [
            (10 + i, y, a, 3.0 * a + i + (y - 2000), 0, 4.0 * (i + 1) + (y - 2000))
            for i in range(len(COUNTIES))
            for y in range(2000, 2006)
            for a in (15, 20, 25, 30)
        ],
    )
    con.execute("ALTER TABLE clinics RENAME COLUMN drug TO drug_index")
    con.execute("UPDATE clinics SET drug_index = (fip % 7) + (year - 2000)")
    con.close()
    return path


def test_the_code_named_after_a_word_and_the_year_are_a_key(engine: Any, panel: Path) -> None:
    engine.connect("panel", str(panel))
    joins = {
        (j.table, j.column, j.ref_table, j.ref_column): j.evidence
        for j in engine.catalog("panel").joins
    }
    assert set(joins) == {
        ("clinics", "fip", "avalon", "countyfip"),
        ("clinics", "year", "avalon", "year"),
    }
    assert joins[("clinics", "fip", "avalon", "countyfip")] == (
        "composite key (fip, year): 100% of 30 sampled pairs found"
    )


def test_a_question_naming_a_county_answers_over_the_joined_rows(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "panel",
        "average visits by age group in Borduria in 2003",
        "SELECT c.agegrp, AVG(c.visits) FROM clinics c JOIN avalon a"
        " ON c.fip = a.countyfip AND c.year = a.year"
        " WHERE a.county = 'Borduria' AND c.year = 2003 GROUP BY 1",
    )


def test_an_index_is_averaged_over_the_joined_rows_not_summed(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "panel",
        "trend of the drug index in Carpania",
        "SELECT c.year, AVG(c.drug_index) FROM clinics c JOIN avalon a"
        " ON c.fip = a.countyfip AND c.year = a.year"
        " WHERE a.county = 'Carpania' GROUP BY 1",
    )


def test_a_name_said_in_words_is_not_read_by_the_initials_of_another(
    engine: Any, panel: Path
) -> None:
    # "flu cases per capita": flucapita in words (with a word between), fcc by its initials
    engine.connect("panel", str(panel))
    try:
        answer = engine.ask("the 3 counties with the most flu cases per capita in 2004", "panel")
    except Exception as err:  # unsure which of the two: refused, never fcc's numbers drawn
        assert getattr(err, "code", None) == "AISER-PLAN-UNSURE", err
        return
    assert "fcc" not in answer.plan.sql
    assert plotted(answer) == pytest.approx({"Elbonia": 7.9, "Dorne": 6.4, "Carpania": 4.9})


def test_a_value_spelled_like_a_table_is_not_read_as_the_table(engine: Any, panel: Path) -> None:
    # "in Avalon": the county Avalon, though a table is named avalon — left out, refused
    refuses(engine, panel, "panel", "average visits by age group in Avalon in 2003", "avalon")
