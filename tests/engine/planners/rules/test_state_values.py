"""US states said by name over a column of postal codes ("revenue of the Texas stores" where
``store_state`` holds ``TX``), and a proper noun the plan does not use refused rather than
dropped ("revenue of Narnia" is no chart of all the revenue). Each answer is checked against
SQL written by hand on a small DuckDB file of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.engine.planners.proper import proper_nouns
from aiser_jupyter.engine.planners.us_states import (
    is_state_column,
    state_code_for,
    state_index,
    state_names,
)
from aiser_jupyter.errors import AiserError

#: the states a retail chain's stores are in, as its export stores them
_STATES = ["TX", "CA", "NY", "OH", "WA", "DC", "FL", "PR"]
#: the language of each store's signage: two-letter codes too, of something else
_LANGUAGES = ["en", "es", "fr", "de", "zh", "vi"]


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("chain") / "chain.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """
        CREATE TABLE stores AS SELECT
            i AS store_id,
            ?[1 + (i * 7) % 8] AS store_state,
            ?[1 + (i * 5) % 6] AS signage_language,
            ['mall', 'street', 'outlet'][1 + i % 3] AS store_format,
            1000 + (i * 37) % 900 AS revenue_usd,
            12 + (i * 13) % 40 AS staff
        FROM range(240) t(i)""",
        [_STATES, _LANGUAGES],
    )
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("chain", str(path))
    return engine.ask(question, source="chain")


def test_a_state_named_is_its_postal_code_in_the_column(engine: Any, chain: Path) -> None:
    answer = _ask(engine, chain, "total revenue in Ohio")
    want = one(chain, "SELECT SUM(revenue_usd) FROM stores WHERE store_state = 'OH'")
    assert kpi(answer) == want
    assert "'OH'" in answer.plan.chart.title  # the code used is shown


def test_a_state_of_two_words_and_the_district(engine: Any, chain: Path) -> None:
    answer = _ask(engine, chain, "number of stores by format in New York")
    assert plotted(answer) == truth(
        chain,
        "SELECT store_format, COUNT(*) FROM stores WHERE store_state = 'NY' GROUP BY 1",
    )
    dc = _ask(engine, chain, "average staff of stores in Washington DC")
    want = one(chain, "SELECT AVG(staff) FROM stores WHERE store_state = 'DC'")
    assert kpi(dc) == pytest.approx(want)


def test_states_named_together_are_grouped_on(engine: Any, chain: Path) -> None:
    answer = _ask(engine, chain, "total revenue in Texas and California by state")
    assert plotted(answer) == truth(
        chain,
        "SELECT store_state, SUM(revenue_usd) FROM stores "
        "WHERE store_state IN ('TX', 'CA') GROUP BY 1",
    )


def test_a_proper_noun_the_plan_does_not_use_is_refused(engine: Any, chain: Path) -> None:
    """ "of Narnia": no state, no value; a chart of all the revenue answers another question."""
    with pytest.raises(AiserError) as refused:
        _ask(engine, chain, "total revenue of Narnia")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "narnia" in str(refused.value).lower()


def test_a_question_in_title_case_is_not_full_of_proper_nouns(engine: Any, chain: Path) -> None:
    answer = _ask(engine, chain, "Total Revenue by Store Format")
    assert plotted(answer) == truth(
        chain, "SELECT store_format, SUM(revenue_usd) FROM stores GROUP BY 1"
    )


def test_capitals_that_mark_names_in_a_short_question() -> None:
    words = ["total", "asian", "population", "of", "michigan"]
    assert proper_nouns("total Asian population of Michigan", words) == {1, 4}
    assert proper_nouns("Total Asian Population of Michigan", words) == set()
    assert proper_nouns("Ohio counties by population", ["ohio", "counties", "by"]) == set()


def test_codes_of_other_things_are_not_states() -> None:
    """Country or language codes, or too few values to tell, are not a column of states."""
    assert not is_state_column(["US", "FR", "DE", "GB", "IT", "ES"])
    assert not is_state_column(_LANGUAGES)
    assert not is_state_column(["OH", "MI"])
    assert is_state_column(["IL", "IN", "MI", "OH", "WI"])
    assert state_code_for("OH", ["il", "in", "mi", "oh", "wi"]) == "oh"
    assert state_index()[("new", "york")] == "NY" and state_index()[("puerto", "rico")] == "PR"
    assert "ohio" in state_names("OH") and state_names("ZZ") == set()
    assert "of" not in state_names("DC")


def test_states_of_another_country_are_read_in_their_own_column(
    engine: Any, tmp_path: Path
) -> None:
    """A column of Australian codes (NSW, QLD, …): "in Queensland" is QLD, "Northern Territory"
    is NT — and such a column never reads "Washington" as the WA of Western Australia."""
    import duckdb

    path = tmp_path / "prisons.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE prisoners AS SELECT ['NSW','QLD','VIC','WA','SA','TAS','NT','ACT'][1 + i % 8]"
        " AS state, 2000 + i % 10 AS year, 100 + (i * 37) % 900 AS count FROM range(160) t(i)"
    )
    con.close()
    assert is_state_column(["NSW", "QLD", "VIC", "WA", "SA", "TAS", "NT", "ACT"])
    assert state_names("QLD") == {"queensland"}
    engine.connect("p", str(path))
    answer = engine.ask("total count of prisoners in Queensland", "p")
    assert kpi(answer) == one(path, "SELECT SUM(count) FROM prisoners WHERE state = 'QLD'")
    answer = engine.ask("total count of prisoners in the Northern Territory per year", "p")
    assert plotted(answer) == truth(
        path, "SELECT year, SUM(count) FROM prisoners WHERE state = 'NT' GROUP BY year"
    )
    with pytest.raises(AiserError):
        engine.ask("total count of prisoners in Washington", "p")
