"""Counting the things a panel's rows are about (issue 12): a table of company filings, one row
per company per year, where an identifier (``entity_id``) tells companies apart and a few
companies share a name. Analysts say "firms" for companies, so "how many firms" counts the
identifiers — a distinct count of names would merge the namesakes — "regions with more than N
firms" compares those counts, and "revenue of each firm in 2020" shows each company's own row
of that year, namesakes apart. A word for no kind of company ("agency") is still refused.

A generated DuckDB table; every chart is compared with the SQL an analyst would write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import kpi, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def filings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("panel") / "filings.duckdb"
    con = duckdb.connect(str(path))
    # 60 companies over 6 years (6 of them join in the third year); companies 14, 18 and 22
    # (all in the East) are namesakes of companies 2, 6 and 10: 60 ids, 57 names
    con.execute("""
        CREATE TABLE filings AS SELECT
            100 + e AS entity_id,
            'Company ' || CASE WHEN e IN (14, 18, 22) THEN e - 12 ELSE e END AS company_name,
            ['North', 'South', 'East', 'West'][1 + e % 4] AS region,
            2016 + y AS year,
            1000 + (e * 37 + y * 11) % 500 AS revenue,
            CASE WHEN (e + y) % 9 = 0 THEN NULL ELSE 3 + (e * 5 + y * 3) % 20 END
                AS count_not_billed,
            CASE WHEN (e + y) % 9 = 0 THEN NULL ELSE 10 + (e * 7 + y) % 40 END AS count_billed
        FROM range(60) a(e), range(6) b(y)
        WHERE NOT (e % 10 = 3 AND y < 2)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("filings", str(path))
    return engine.ask(question, "filings")


def _pairs(answer: Any, *channels: str) -> list[tuple[Any, ...]]:
    fields = answer.compiled.fields
    columns = [answer.table.column(fields[c].alias).to_pylist() for c in channels]
    return sorted(zip(*columns, strict=True))


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(tuple(r) for r in con.execute(sql).fetchall())
    finally:
        con.close()


def test_how_many_firms_counts_identifiers_not_names(engine: Any, filings: Path) -> None:
    answer = _ask(engine, filings, "How many firms are there?")
    assert kpi(answer) == 60  # COUNT(DISTINCT company_name) would say 57
    per_year = _ask(engine, filings, "number of firms per year")
    assert plotted(per_year) == truth(
        filings, "SELECT year, COUNT(DISTINCT entity_id) FROM filings GROUP BY 1"
    )
    assert plotted(per_year)[2016] == 54


def test_top_regions_by_number_of_companies(engine: Any, filings: Path) -> None:
    answer = _ask(engine, filings, "top 4 regions by number of companies")
    assert plotted(answer) == truth(
        filings, "SELECT region, COUNT(DISTINCT entity_id) FROM filings GROUP BY 1"
    )
    assert plotted(answer)["East"] == 15  # three of its companies share others' names


def test_regions_with_more_than_n_firms_compare_distinct_firms(engine: Any, filings: Path) -> None:
    answer = _ask(engine, filings, "regions with more than 13 firms")
    assert plotted(answer) == truth(
        filings,
        "SELECT region, COUNT(DISTINCT entity_id) FROM filings GROUP BY 1 "
        "HAVING COUNT(DISTINCT entity_id) > 13",
    )
    assert "East" in plotted(answer)  # 12 names, but 15 companies


def test_each_firm_in_one_year_is_its_own_row(engine: Any, filings: Path) -> None:
    answer = _ask(engine, filings, "revenue of each firm in 2020")
    assert _pairs(answer, "x", "y") == _rows(
        filings, "SELECT company_name, revenue FROM filings WHERE year = 2020"
    )  # 'Company 10' twice: two companies, not their sum


def test_versus_reads_two_columns_not_one_twice(engine: Any, filings: Path) -> None:
    """ "not billed vs billed": the second "billed" names count_billed as well as
    count_not_billed; a scatter of one column against itself answers nothing."""
    answer = _ask(engine, filings, "staff not billed vs staff billed, a point per firm in 2020")
    assert _pairs(answer, "x", "y") == _rows(
        filings,
        "SELECT count_billed, count_not_billed FROM filings WHERE year = 2020 "
        "AND count_billed IS NOT NULL AND count_not_billed IS NOT NULL",
    )


def test_a_word_for_no_kind_of_company_is_refused(engine: Any, filings: Path) -> None:
    with pytest.raises(AiserError) as caught:
        _ask(engine, filings, "revenue of each agency in 2020")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_kinds_name_only_columns_that_name_things() -> None:
    from aiser_jupyter.engine.catalog.model import Column
    from aiser_jupyter.engine.planners.kinds import kind_words, names_kind

    assert "college" in kind_words("institution")
    name = Column(name="inst_name", type="VARCHAR", semantic="nominal")
    assert "university" in names_kind(name, ("institution", "name"))
    count = Column(name="institution_count", type="INTEGER", semantic="quantitative")
    assert names_kind(count, ("institution", "count")) == ()


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("visits") / "visits.duckdb"
    con = duckdb.connect(str(path))
    # 50 customers in 47 towns, a visit a year: customer_id has about as many values as the
    # towns, but identifies customers, not towns
    con.execute("""
        CREATE TABLE visits AS SELECT
            500 + k AS customer_id, 'Town ' || (k % 47) AS town_name, 2018 + y AS year,
            20.0 + (k * 13 + y * 7) % 90 AS spend
        FROM range(50) a(k), range(6) b(y)""")
    con.close()
    return path


def test_an_identifier_of_other_things_is_not_counted(engine: Any, visits: Path) -> None:
    engine.connect("visits", str(visits))
    assert kpi(engine.ask("how many towns are there?", "visits")) == 47
