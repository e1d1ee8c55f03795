"""Values a question names in another form (issue 12): a sign word that is a stored value
("samples that came back positive"), a yes/no column named by its words with a hyphen
("mobile-unit samples" of ``mobile_unit_ind``), a demonym of a stored place ("Western
European firms" → 'Western Europe'), a hyphenated value ("Sub-Saharan Africa"), a value
held by two tables read in the table of the number asked, and several multi-word values
joined by "and" — one of them ending in a chart word ("Blue Sky Air Lines"); and a column
numbering days grouped "per day", one bar each.

Each chart is checked against SQL written here on the same generated DuckDB file, or refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("forms") / "lab.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE lab_samples AS
        SELECT i AS sample_no, 4 + i % 100 AS outbreak_day,
            ['negative', 'negative', 'positive', 'invalid', 'negative'][1 + (i * 7) % 5] AS result,
            (i * 13) % 2 AS mobile_unit_ind,
            ((i * 37) % 200 - 80)::DOUBLE AS balance
        FROM range(600) t(i)""")
    con.execute("""
        CREATE TABLE firms AS
        SELECT 'firm ' || (i % 40) AS firm, 2010 + i // 40 AS year,
            ['Western Europe', 'Eastern Europe', 'North America', 'Sub-Saharan Africa']
                [1 + (i % 40) % 4] AS market,
            ((i * 17) % 90) / 10.0 AS score
        FROM range(400) t(i)""")
    con.execute("""
        CREATE TABLE budgets AS
        SELECT c AS country, 2000 + y AS year, 1.0 + ((y * 7 + k) % 30) / 10.0 AS defence_spend,
            30.0 + (y * 11 + k * 5) % 40 AS govtdebtgdp
        FROM (VALUES ('Norway', 1), ('Sweden', 2), ('Chile', 3)) s(c, k), range(20) r(y)""")
    con.execute("""
        CREATE TABLE rankings AS
        SELECT c AS nation, 2000 + y AS year, (y * 3 + k) % 10 AS rank_score
        FROM (VALUES ('Norway', 1), ('Sweden', 2), ('Kenya', 3)) s(c, k), range(20) r(y)""")
    con.execute("""
        CREATE TABLE flights AS
        SELECT DATE '2015-01-01' + (i * 3)::INTEGER AS flight_date,
            ['NORTH STAR AIRWAYS', 'BLUE SKY AIR LINES', 'CEDAR JET'][1 + (i * 5) % 3] AS airline
        FROM range(900) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("lab", str(path))
    return engine.ask(question, source="lab")


@pytest.mark.parametrize(
    "question", ["How many samples came back positive?", "how many positive samples are there?"]
)
def test_a_sign_word_stored_as_a_value_keeps_its_rows(
    engine: Any, lab: Path, question: str
) -> None:
    answer = _ask(engine, lab, question)
    assert kpi(answer) == one(lab, "SELECT COUNT(*) FROM lab_samples WHERE result = 'positive'")


def test_a_sign_word_before_a_number_still_compares_with_zero(engine: Any, lab: Path) -> None:
    """ "a positive balance": the number is above 0, though 'positive' is a stored result."""
    answer = _ask(engine, lab, "how many samples have a positive balance?")
    assert kpi(answer) == one(lab, "SELECT COUNT(*) FROM lab_samples WHERE balance > 0")


@pytest.mark.parametrize(
    "question",
    [
        "How many samples were collected at a mobile-unit?",
        "How many mobile-unit samples are there?",
    ],
)
def test_a_hyphenated_flag_name_keeps_the_rows_where_it_holds(
    engine: Any, lab: Path, question: str
) -> None:
    answer = _ask(engine, lab, question)
    assert kpi(answer) == one(lab, "SELECT COUNT(*) FROM lab_samples WHERE mobile_unit_ind = 1")


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("samples per outbreak day", "TRUE"),
        ("mobile-unit samples per outbreak day", "mobile_unit_ind = 1"),
    ],
)
def test_a_column_numbering_days_is_one_bar_per_day(
    engine: Any, lab: Path, question: str, where: str
) -> None:
    """ "per outbreak day" of a day number with 100 values: each day, not bins of days, along
    the days as a line."""
    answer = plots_exactly(
        engine,
        lab,
        "lab",
        question,
        f"SELECT outbreak_day, COUNT(*) FROM lab_samples WHERE {where} GROUP BY 1",
    )
    assert answer.plan.chart.mark == "line"


def test_a_demonym_before_a_stored_place_is_that_place(engine: Any, lab: Path) -> None:
    plots_exactly(
        engine,
        lab,
        "lab",
        "number of Western European firms with a score above 4, per year",
        """SELECT year, COUNT(DISTINCT firm) FROM firms
        WHERE market = 'Western Europe' AND score > 4 GROUP BY 1""",
    )


def test_a_hyphenated_value_is_found_whole(engine: Any, lab: Path) -> None:
    answer = _ask(engine, lab, "How many firms of Sub-Saharan Africa are there?")
    assert kpi(answer) == one(
        lab, "SELECT COUNT(DISTINCT firm) FROM firms WHERE market = 'Sub-Saharan Africa'"
    )


def test_a_demonym_of_no_stored_place_is_refused(engine: Any, lab: Path) -> None:
    """No market is Northern Europe: neither Western nor Eastern Europe is guessed."""
    with pytest.raises(AiserError):
        _ask(engine, lab, "number of Northern European firms per year")


def test_a_value_of_two_tables_is_read_in_the_table_of_the_number(engine: Any, lab: Path) -> None:
    plots_exactly(
        engine,
        lab,
        "lab",
        "defence spending for Norway and Sweden since 2010",
        """SELECT year, defence_spend, country FROM budgets
        WHERE country IN ('Norway', 'Sweden') AND year >= 2010""",
    )


def test_a_number_as_a_share_of_another_is_no_pie(engine: Any, lab: Path) -> None:
    """ "as a share of GDP": the ratio column, a line per country over the years."""
    answer = plots_exactly(
        engine,
        lab,
        "lab",
        "government debt as a share of GDP for Norway and Sweden since 2010",
        """SELECT year, govtdebtgdp, country FROM budgets
        WHERE country IN ('Norway', 'Sweden') AND year >= 2010""",
    )
    assert answer.plan.chart.mark == "line"


def test_a_value_of_two_tables_with_nothing_else_said_is_refused(engine: Any, lab: Path) -> None:
    with pytest.raises(AiserError, match="Norway"):
        _ask(engine, lab, "rows for Norway")


def test_multi_word_values_joined_by_and_are_a_series_each(engine: Any, lab: Path) -> None:
    plots_exactly(
        engine,
        lab,
        "lab",
        "yearly flights of North Star Airways and Blue Sky Air Lines, one line each",
        """SELECT DATE_TRUNC('year', flight_date)::TIMESTAMP, COUNT(*), airline FROM flights
        WHERE airline IN ('NORTH STAR AIRWAYS', 'BLUE SKY AIR LINES') GROUP BY 1, 3""",
    )
