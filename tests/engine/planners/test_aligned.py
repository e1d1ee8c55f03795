"""Glued and abbreviated column names read from the question's words (issue 12): the aligner
alone on a catalog of realistic names, and questions drawn on a small DuckDB table of regions
whose columns are named as real schemas name them (``pctcollege``, ``unemprt``, ``avghrs``,
``gdppc``, ``labsh``, ``hci``, ``emp``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
from aiser_jupyter.engine.planners.aligned import align, compact, spelled

_NAMES = [
    "region",
    "year",
    "count",
    "pctcollege",
    "unemprt",
    "avhours",
    "gdppc",
    "gdppercap",
    "labsh",
    "hci",
    "hc",
    "emp",
    "hm",
    "bs",
    "turnoutho",
    "trumpw",
    "accelerator_id",
    "ghp100k",
    "mpg_c",
]


def _catalog() -> Catalog:
    columns = [Column(name=n, type="DOUBLE", semantic="quantitative") for n in _NAMES]
    return Catalog(source="t", dialect="duckdb", tables=[Table(name="regions", columns=columns)])


def _spelled(question: str) -> dict[str, set[tuple[str, bool]]]:
    """Each aligned span as text → the columns it spells, and whether fully."""
    words = question.lower().split()
    out: dict[str, set[tuple[str, bool]]] = {}
    for a in align(_catalog(), words):
        out.setdefault(" ".join(words[a.start : a.end]), set()).add((a.column.name, a.full))
    return out


@pytest.mark.parametrize(
    ("question", "span", "column"),
    [
        ("average hours worked by region", "average hours", "avhours"),
        ("labour share in 2019", "labour share", "labsh"),
        ("gdp per capita by region", "gdp per capita", "gdppc"),
        ("gdp per capita by region", "gdp per capita", "gdppercap"),
        ("human capital index by region", "human capital index", "hci"),
        ("human capital by region", "human capital", "hc"),
        ("people employed by year", "employed", "emp"),
        ("how often did trump win", "trump win", "trumpw"),
        ("gun homicide rate by region", "gun homicide rate", "ghp100k"),  # a rate per 100k
    ],
)
def test_words_that_each_give_a_prefix_spell_the_name(
    question: str, span: str, column: str
) -> None:
    found = _spelled(question)
    assert (column, True) in found.get(span, set()), found


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("how many regions", "how many"),  # hm: words that only ask spell nothing
        ("total by state", "by state"),  # bs: no span starts with a function word
        ("number of countries", "countries"),  # count: an English word is no abbreviation
        ("emp by year", "emp"),  # a single word gives 3 letters and is longer than the name
        ("browsers for each accelerator", "accelerator"),  # accelerator_id reads in words
        ("hours by region", "hours"),  # one letter of one word is no acronym
        ("regions with gdp above $1,000", "$1,000"),  # no name is spelled by a sign
        # a word cut short, a skipped word and one letter more: "rat[e] of e[u]" is no ghrate
        ("gun homicide rate of eu countries", "gun homicide rate of eu"),
        ("highway mpg vs city mpg for each car", "mpg for each car"),  # mpg_c: a skip, then 'c'
    ],
)
def test_no_spelling_where_an_analyst_would_read_none(question: str, span: str) -> None:
    assert span not in _spelled(question)


def test_a_trailing_letter_or_two_left_over_is_a_partial_spelling() -> None:
    found = _spelled("turnout by region")
    assert found["turnout"] == {("turnoutho", False)}


def test_the_honesty_check_counts_spelling_words_as_the_names_words() -> None:
    words = ["average", "turnout", "of", "swing", "states"]
    catalog = _catalog()
    own, other = spelled(catalog, words, {("regions", "turnoutho")})
    assert own == {1}
    assert other == set()  # no column here is spelled by "swing states"
    assert compact("GDP_per-Cap") == "gdppercap"


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("aligned") / "regions.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE regional_stats AS
        SELECT r.region, 2000 + y AS year,
            10.0 + (r.k * 7 + y * 3) % 30 AS pctcollege,
            2.0 + ((r.k * 5 + y) % 9) * 0.7 AS unemprt,
            20000.0 + (r.k * 3100 + y * 770) % 30000 AS gdppc,
            0.45 + ((r.k + y) % 10) / 50.0 AS labsh,
            1000 * (r.k + y % 4) AS emp,
            1400.0 + (r.k * 53 + y * 17) % 500 AS avhours,
            2.0 + (r.k * 13 + y * 7) % 9 AS trips_per_member,
            CASE WHEN (r.k + y) % 3 = 0 THEN 1 ELSE 0 END AS ss
        FROM (VALUES ('Coast', 1), ('Valley', 2), ('Highlands', 3), ('Plains', 4)) r(region, k),
             range(12) t(y)""")
    con.close()
    return path


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("aligned") / "towns.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE towns AS
        SELECT t.town, p.province, 5.0 + (t.k * 3 + p.j * 7) % 20 AS pctcollege,
            8.0 + (t.k * 5 + p.j * 11) % 15 AS povrate,
            600.0 + (t.k * 70 + p.j * 45) % 500 AS avg_rent
        FROM (VALUES ('Ashford', 1), ('Brampton', 2), ('Clifton', 3), ('Dover', 4),
                     ('Elmwood', 5), ('Fairview', 6)) t(town, k),
             (VALUES ('North', 1), ('South', 2)) p(province, j)
        WHERE t.k + p.j <> 7 AND NOT (p.j = 2 AND t.k < 3)""")
    con.close()
    return path


def _plots(engine: Any, path: Path, question: str, truth: str) -> Any:
    return plots_exactly(engine, path, path.stem, question, truth)


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "average hours worked by region",
            "SELECT region, AVG(avhours) FROM regional_stats GROUP BY region",
        ),
        (
            "average labour share by year",
            "SELECT year, AVG(labsh) FROM regional_stats GROUP BY year",
        ),
        (
            "average GDP per capita by region",
            "SELECT region, AVG(gdppc) FROM regional_stats GROUP BY region",
        ),
        (
            "average unemployment rate by region",
            "SELECT region, AVG(unemprt) FROM regional_stats GROUP BY region",
        ),
        (
            "labour share in the Coast region over time",
            "SELECT year, labsh FROM regional_stats WHERE region = 'Coast'",
        ),
        (
            "average hours worked by region since 2005",
            "SELECT region, AVG(avhours) FROM regional_stats WHERE year >= 2005 GROUP BY region",
        ),
        (
            "average hours worked in 2001 and in 2009 by region, side by side",
            "SELECT region, AVG(avhours), year FROM regional_stats WHERE year IN (2001, 2009)"
            " GROUP BY region, year",
        ),
        (
            "trips per member by region",
            "SELECT region, AVG(trips_per_member) FROM regional_stats GROUP BY region",
        ),
        (
            "maximum percent college by region",
            "SELECT region, MAX(pctcollege) FROM regional_stats GROUP BY region",
        ),
    ],
)
def test_a_glued_name_spelled_out_is_drawn(
    engine: Any, regions: Path, question: str, truth: str
) -> None:
    answer = _plots(engine, regions, question, truth)
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not any(w in notes for w in ("hours", "labour", "share", "gdp", "capita")), notes


def test_words_that_spell_another_column_are_not_dropped(engine: Any, regions: Path) -> None:
    """ "swing states" spells ss, not the region: drawing the average by region alone would
    answer another question, so it is refused, never drawn."""
    from aiser_jupyter.errors import AiserError

    engine.connect("regions", str(regions))
    with pytest.raises(AiserError):
        engine.ask("average labour share of swing states by region", "regions")


def test_one_point_per_named_thing_is_one_point_per_row_when_names_repeat(
    engine: Any, towns: Path
) -> None:
    """Two towns share a name in two provinces: "one point per town" is a point per row,
    not the averages of the towns named alike."""
    _plots(
        engine,
        towns,
        "poverty rate vs percent college, one point per town",
        "SELECT pctcollege, povrate, town FROM towns",
    )


def test_an_aggregate_word_that_is_a_word_of_the_name_reads_as_before(
    engine: Any, towns: Path
) -> None:
    """ "average rent" of avg_rent: the mean of the column, as "average hours" of avhours."""
    _plots(
        engine,
        towns,
        "average rent by province",
        "SELECT province, AVG(avg_rent) FROM towns GROUP BY province",
    )
