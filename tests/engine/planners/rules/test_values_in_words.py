"""Values said in other words: a country by name over a column of ISO codes ("orders from
Portugal" where ``ship_country`` holds ``prt``), a value left out ("top couriers, leaving
out unassigned" → ``courier <> 'unassigned'``), and rows that had one of what a column counts
("shipments with a fragile item" → ``fragile_items > 0``). Each answer is checked against SQL written by
hand on a small DuckDB file of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.engine.planners.countries import code_for, country_names, is_code_column
from aiser_jupyter.errors import AiserError

#: ship countries as a shop's export stores them: lower-case alpha-3, and one alpha-2 (cn)
_COUNTRIES = ["prt", "gbr", "deu", "fra", "esp", "usa", "cn", "nld", "ita", "bel"]

#: couriers, each with its own share of the shipments (unassigned the most)
_COURIERS = ["unassigned"] * 5 + ["fastline"] * 4 + ["parcelco"] * 3 + ["rapidex"] * 2
_COURIERS += ["northpost"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shop") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """
        CREATE TABLE shipments AS SELECT
            i AS shipment_id,
            ?[1 + (i * 7) % 10] AS ship_country,
            ?[1 + (i * 7) % 15] AS courier,
            ['unassigned', 'acme_corp', 'globex', 'initech'][1 + i % 4] AS account_manager,
            5 + (i * 11) % 40 AS weight_kg,
            [0, 0, 0, 1, 0, 2, 0, 0, 3, 1][1 + (i * 3) % 10] AS fragile_items,
            DATE '2024-01-01' + INTERVAL (i % 365) DAY AS delivery_date
        FROM range(500) t(i)""",
        [_COUNTRIES, _COURIERS],
    )
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("shop", str(path))
    return engine.ask(question, source="shop")


def test_a_country_named_is_its_code_in_the_column(engine: Any, shop: Path) -> None:
    answer = _ask(engine, shop, "How many shipments went to Portugal?")
    assert kpi(answer) == one(shop, "SELECT COUNT(*) FROM shipments WHERE ship_country = 'prt'")
    assert "'prt'" in answer.plan.chart.title  # the code used is shown


def test_a_country_stored_as_a_two_letter_code_is_found_as_stored(engine: Any, shop: Path) -> None:
    answer = _ask(engine, shop, "average weight of shipments to China")
    want = one(shop, "SELECT AVG(weight_kg) FROM shipments WHERE ship_country = 'cn'")
    assert kpi(answer) == pytest.approx(want)


def test_a_short_form_and_a_long_name_are_countries_too(engine: Any, shop: Path) -> None:
    answer = _ask(engine, shop, "number of shipments to the United Kingdom and Germany")
    assert plotted(answer) == truth(
        shop,
        "SELECT ship_country, COUNT(*) FROM shipments WHERE ship_country IN ('gbr', 'deu') "
        "GROUP BY 1",
    )
    uk = _ask(engine, shop, "How many shipments went to the UK?")
    assert kpi(uk) == one(shop, "SELECT COUNT(*) FROM shipments WHERE ship_country = 'gbr'")


def test_a_value_left_out_of_the_grouped_column(engine: Any, shop: Path) -> None:
    """'unassigned' is a courier and an account manager: the couriers grouped decide."""
    for cue in ("leaving out", "excluding", "other than"):
        answer = _ask(engine, shop, f"top 3 couriers by number of shipments, {cue} unassigned")
        assert plotted(answer) == truth(
            shop,
            "SELECT courier, COUNT(*) FROM shipments WHERE courier <> 'unassigned' "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
        ), cue
        assert "<> 'unassigned'" in answer.plan.chart.title


def test_two_values_left_out_together(engine: Any, shop: Path) -> None:
    answer = _ask(engine, shop, "number of shipments by courier except fastline and rapidex")
    assert plotted(answer) == truth(
        shop,
        "SELECT courier, COUNT(*) FROM shipments "
        "WHERE courier NOT IN ('fastline', 'rapidex') GROUP BY 1",
    )


def test_a_value_left_out_of_two_columns_the_words_do_not_decide_is_refused(
    engine: Any, shop: Path
) -> None:
    with pytest.raises(AiserError) as refused:
        _ask(engine, shop, "total weight of shipments, leaving out unassigned")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "courier" in str(refused.value) and "account_manager" in str(refused.value)


def test_rows_that_had_one_of_what_a_column_counts(engine: Any, shop: Path) -> None:
    """ "shipments that asked for a fragile item": a condition on the count, rows counted."""
    want = truth(
        shop,
        "SELECT courier, COUNT(*) FROM shipments WHERE fragile_items > 0 GROUP BY 1",
    )
    for said in ("with a fragile item", "that had any fragile items"):
        answer = _ask(engine, shop, f"number of shipments {said} by courier")
        assert plotted(answer) == want, said
    answer = _ask(engine, shop, "How many shipments had at least one fragile item?")
    assert kpi(answer) == one(shop, "SELECT COUNT(*) FROM shipments WHERE fragile_items > 0")


def test_a_date_columns_head_then_a_unit_groups_by_that_unit(engine: Any, shop: Path) -> None:
    """ "per delivery month": delivery_date by month, not by day."""
    answer = _ask(engine, shop, "number of shipments per delivery month")
    drawn = {str(k)[:7]: v for k, v in plotted(answer).items()}
    assert drawn == truth(
        shop, "SELECT strftime(delivery_date, '%Y-%m'), COUNT(*) FROM shipments GROUP BY 1"
    )


def test_codes_of_other_things_are_not_countries() -> None:
    """Airport codes, or too few values to tell, are not a column of countries."""
    assert not is_code_column(["JFK", "LAX", "ORD", "ATL", "DFW", "SFO", "SEA"])
    assert not is_code_column(["prt", "deu"])
    assert is_code_column(["PRT", "DEU", "FRA", "ESP", "ITA"])
    assert code_for("DEU", ["PRT", "FRA", "ESP", "ITA", "NLD"]) == "DEU"
    assert code_for("DEU", ["pt", "fr", "es", "it", "nl"]) == "de"
    assert "portugal" in country_names("prt") and country_names("jfk") == set()
