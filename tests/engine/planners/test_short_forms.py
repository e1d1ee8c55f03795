"""Values named by a short form or another noun (issue 12): "the US", "UK companies" typed in
capitals name a value, never the pronoun; "banks" and "insurers" name the rows of the
categories Banking and Insurance; "companies [that] made a loss" picks rows. A plan that leaves
such a word out draws over all rows, so it is refused, never drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.planners.facts import question_words
from aiser_jupyter.engine.planners.row_forms import shares_a_stem
from aiser_jupyter.engine.planners.short_forms import short_forms


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("short_forms") / "firms.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE firms AS
        SELECT 'Firm ' || i AS name,
            ['United States', 'United Kingdom', 'Japan', 'Germany'][1 + i % 4] AS country,
            ['Banking', 'Insurance', 'Retailing', 'Software'][1 + (i // 4) % 4] AS category,
            10.0 + i AS sales, (i % 7) - 2.0 AS profits, 100.0 + 3 * i AS assets,
            i % 2 AS listed
        FROM range(1, 81) t(i)
    """)
    con.close()
    return path


def test_rows_of_a_verb_object_left_out_are_refused(engine: Any, firms: Path) -> None:
    refuses(engine, firms, "firms", "how many firms made a loss?", "loss")


def test_banks_are_the_rows_of_banking(engine: Any, firms: Path) -> None:
    engine.connect("firms", str(firms))
    answer = engine.ask("total assets of all banks in the list", "firms")
    want = one(firms, "SELECT SUM(assets) FROM firms WHERE category = 'Banking'")
    assert kpi(answer) == pytest.approx(want)


def test_banks_and_insurers_by_country(engine: Any, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "firms",
        "average sales of banks and insurers by country",
        "SELECT country, AVG(sales), category FROM firms"
        " WHERE category IN ('Banking', 'Insurance') GROUP BY 1, 3",
    )


def test_the_us_in_capitals_is_no_pronoun(engine: Any, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "firms",
        "average sales of firms in the US by category",
        "SELECT category, AVG(sales) FROM firms WHERE country = 'United States' GROUP BY 1",
    )


def test_us_as_a_pronoun_filters_nothing(engine: Any, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "firms",
        "show us average sales by category",
        "SELECT category, AVG(sales) FROM firms GROUP BY 1",
    )


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("how many UK firms are there?", "United Kingdom"),
        ("how many Japanese firms are there?", "Japan"),
        ("how many German firms are there?", "Germany"),
        ("how many British firms are there?", "United Kingdom"),
    ],
)
def test_short_forms_and_demonyms_name_the_stored_country(
    engine: Any, firms: Path, question: str, country: str
) -> None:
    engine.connect("firms", str(firms))
    want = one(firms, f"SELECT COUNT(*) FROM firms WHERE country = '{country}'")
    assert kpi(engine.ask(question, "firms")) == want


def test_a_short_form_of_a_flag_it_qualifies_is_said(engine: Any, firms: Path) -> None:
    engine.connect("firms", str(firms))
    answer = engine.ask("how many NYSE listed firms are there?", "firms")
    assert kpi(answer) == one(firms, "SELECT COUNT(*) FROM firms WHERE listed = 1")


def test_capitals_mark_short_forms_only_in_a_lower_case_question() -> None:
    question = "trend of deaths in the US since 1990"
    words = question_words(question)
    assert [words[i] for i in short_forms(question, words)] == ["us"]
    shouted = "DEATHS IN THE US"
    assert short_forms(shouted, question_words(shouted)) == set()


def test_word_forms_on_one_stem_name_a_stored_category() -> None:
    assert shares_a_stem("banks", ["banking", "software"]) == "banking"
    assert shares_a_stem("insurers", ["insurance"]) == "insurance"
    assert shares_a_stem("retailers", ["retailing"]) == "retailing"
    assert shares_a_stem("banking", ["banking"]) is None  # the same form: an exact match
    assert shares_a_stem("sales", ["salesforce"]) is None
