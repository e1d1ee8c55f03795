"""Names made of clipped words and initials (issue 12): ``govtspendgdp`` glued from the
lexicon's abbreviation of "government", a clipped "spending" and "GDP" — drawn on a small
DuckDB table beside a column ``ef_government`` that has only one of those words, and
still refused where the question says a word no name has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
from aiser_jupyter.engine.planners.aligned import align


def _catalog(*names: str) -> Catalog:
    columns = [Column(name=n, type="DOUBLE", semantic="quantitative") for n in names]
    return Catalog(source="t", dialect="duckdb", tables=[Table(name="t", columns=columns)])


def test_a_word_gives_its_abbreviation_to_a_glued_name() -> None:
    catalog = _catalog("govtspendgdp", "ef_government")
    found = align(catalog, ["government", "spending", "gdp"])
    assert {(a.column.name, a.full, a.parts) for a in found} >= {
        ("govtspendgdp", True, ("govt", "spend", "gdp"))
    }
    # only the word the lexicon abbreviates gives it: "governance" is no ``govt``
    assert not align(catalog, ["governance", "spending", "gdp"])


@pytest.fixture(scope="module")
def budgets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("initials") / "budgets.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE budgets AS
        SELECT r.region, 2000 + i AS year,
            20.0 + (r.k * 7 + i * 3) % 30 AS govtspendgdp,
            1.0 + (r.k * 5 + i) % 9 AS ef_government,
            3.0 + (r.k * 3 + i * 7) % 6 AS ef_score
        FROM (VALUES ('North', 1), ('South', 2), ('East', 3)) r(region, k), range(12) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    "question",
    [
        "average government spending as % of GDP by region",
        "average government spending to GDP by region",
    ],
)
def test_a_glued_abbreviated_name_is_drawn(engine: Any, budgets: Path, question: str) -> None:
    answer = plots_exactly(
        engine,
        budgets,
        "budgets",
        question,
        "SELECT region, AVG(govtspendgdp) FROM budgets GROUP BY region",
    )
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes


def test_words_no_name_has_still_refuse(engine: Any, budgets: Path) -> None:
    """ "government debt": ``ef_government`` has "government" but no debt."""
    refuses(engine, budgets, "budgets", "average government debt by region", "debt")


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A family of ``ef_*`` columns with its head ``ef_score``; two ``ab_*`` columns (no
    family); a ``cd_*`` family with two heads (``cd_score`` and ``cd_index``)."""
    import duckdb

    path = tmp_path_factory.mktemp("families") / "indexes.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE indexes AS
        SELECT r.region, 2000 + i AS year,
            4.0 + (r.k * 7 + i * 3) % 5 AS ef_score,
            1 + (r.k * 5 + i) % 90 AS ef_rank,
            2.0 + (r.k + i) % 7 AS ef_trade,
            3.0 + (r.k * 3 + i) % 4 AS ef_money,
            5.0 + (r.k * 2 + i) % 3 AS ab_score,
            1 + (r.k + i * 2) % 50 AS ab_rank,
            6.0 + (r.k + i) % 4 AS cd_score,
            7.0 + (r.k * 3 + i) % 5 AS cd_index,
            1.0 + (r.k + i) % 2 AS cd_trade
        FROM (VALUES ('North', 1), ('South', 2), ('East', 3)) r(region, k), range(12) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "average economic freedom by region",
            "SELECT region, AVG(ef_score) FROM indexes GROUP BY region",
        ),
        (
            "economic freedom of the North region over time",
            "SELECT year, ef_score FROM indexes WHERE region = 'North'",
        ),
        (  # the head's own word said: the whole name spelled
            "average economic freedom score by region",
            "SELECT region, AVG(ef_score) FROM indexes GROUP BY region",
        ),
    ],
)
def test_an_index_said_by_the_words_of_its_initials_is_its_score(
    engine: Any, indexes: Path, question: str, truth: str
) -> None:
    answer = plots_exactly(engine, indexes, "indexes", question, truth)
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # another of the family said by its own word: the rank, not the score
        ("average economic freedom rank by region", "freedom"),
        # two columns sharing the letters are no family: "apple boxes" is no ab_score
        ("average apple boxes by region", "apple"),
        # a family with two heads: which is "credit debt" is not said
        ("average credit debt by region", "credit"),
    ],
)
def test_initials_without_the_evidence_of_a_family_head_refuse(
    engine: Any, indexes: Path, question: str, word: str
) -> None:
    refuses(engine, indexes, "indexes", question, word)


def test_words_relating_two_parts_of_a_glued_name_may_be_skipped() -> None:
    catalog = _catalog("govtspendgdp", "tradegdp", "ef_trade")
    said = ["average", "trade", "share", "of", "gdp", "by", "region"]
    assert {(a.column.name, a.start, a.end) for a in align(catalog, said) if a.full} >= {
        ("tradegdp", 1, 5)
    }
    said = ["government", "spending", "as", "a", "share", "of", "gdp"]
    assert ("govtspendgdp", 0, 7) in {(a.column.name, a.start, a.end) for a in align(catalog, said)}
    # a relating word never begins a span
    assert not [a for a in align(catalog, ["share", "of", "gdp"]) if a.column.name == "tradegdp"]


@pytest.fixture(scope="module")
def gci(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A table named by an acronym (``gci``: a global competitiveness index)."""
    import duckdb

    path = tmp_path_factory.mktemp("acronym_table") / "gci.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE gci AS
        SELECT r.region, 'c' || (r.k * 10 + i) AS country, 3.0 + (r.k * 7 + i * 3) % 5 AS score
        FROM (VALUES ('North', 1), ('South', 2), ('East', 3)) r(region, k), range(6) t(i)""")
    con.close()
    return path


def test_a_table_said_by_the_initials_of_its_last_words_is_that_table(
    engine: Any, gci: Path
) -> None:
    answer = plots_exactly(
        engine,
        gci,
        "gci",
        "average score by region in the competitiveness index",
        "SELECT region, AVG(score) FROM gci GROUP BY region",
    )
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes


def test_words_whose_initials_end_no_table_are_left_unused(engine: Any, gci: Path) -> None:
    """ "growth index" ("gi") ends no table's name: said as not used, never as the table."""
    engine.connect("gci", str(gci))
    answer = engine.ask("average score by region in the growth index", "gci")
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert "'growth'" in notes and "'index'" in notes
