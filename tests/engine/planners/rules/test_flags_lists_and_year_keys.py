"""Flags named with a hyphen, modifiers of the rows, listed groups, extremes as nouns, and
survey ids renumbered each year (issue 12).

- "part-time workers" of a yes/no ``parttime``: the rows where it holds, no grouping.
- "African-American workers", "for black and white workers": which rows; unread, refused.
- "A vs B for people making over $5,000": the rows kept, and B still an axis.
- "all-time high", "record low": the series' maximum, minimum.
- "NYSE composite yearly average" (the table named, not its column): a mean, not a sum.
- "(none, death, recovery)" where one listed word is no value: refused, not filtered.
- "by party identification label (Strong Democrat … Strong Republican)": the groups' labels.
- "withdrawals" of an outcome 'withdraw': those rows.
- "by highest degree": a grouping's name, no maximum of the degree code.
- "top 3 years … by average daily return": the years are the groups.
- A survey's ``id`` repeated each year, joined to a one-year table: the year is part of the key.
- "[people] who oppose [abortion]" of a table ``abortion``: the table's topic, no bar per row.
- "highest weekly wage in each region": the period between the extreme and its number.
- "at each level of education" of a whole-number ``education``: one bar per value.
- "by blood type" of ``abo``: the ABO blood group.
- "what fraction of type AB patients …" drawn as a pie of abo kept to 'AB': one slice, refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

#: party labels of an invented survey
_PARTIES = (
    "['Strong Democrat','Not Str Democrat','Independent','Not Str Republican','Strong Republican']"
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("flags_lists")
    tables = {
        "work": [
            "CREATE TABLE workers AS SELECT 200 + (k * 97) % 6000 AS wage, 8 + k % 10 AS education,"
            " k % 40 AS experience, CASE WHEN k % 5 = 0 THEN 'afam' ELSE 'cauc' END AS ethnicity,"
            " (['northeast', 'midwest', 'south', 'west'])[1 + k % 4] AS region,"
            " CASE WHEN k % 7 = 0 THEN 'yes' ELSE 'no' END AS parttime FROM range(3000) t(k)"
        ],
        "idx": [
            "CREATE TABLE NYSESW AS SELECT DATE '2001-01-01' + INTERVAL (k) DAY AS rownames,"
            " 6000 + (k * 31) % 400 + k / 20.0 AS dat FROM range(3000) t(k)"
            " WHERE dayofweek(DATE '2001-01-01' + INTERVAL (k) DAY) BETWEEN 1 AND 5",
            "CREATE TABLE MSCISwitzerland AS SELECT rownames,"
            " 700 + (epoch(rownames)::BIGINT // 86400 * 17) % 300 AS dat FROM NYSESW"
            " WHERE (epoch(rownames)::BIGINT // 86400) % 9 <> 4",
        ],
        "gss": [
            f"CREATE TABLE abortion AS SELECT id, year, ({_PARTIES})[1 + (id * year) % 5] AS partyid,"
            " (id + year) % 9 AS relactiv"
            " FROM range(1, 401) a(id), (VALUES (2016), (2017), (2018)) y(year)",
            "CREATE TABLE spending AS SELECT id, 2018 AS year, (id * 7) % 12 AS sumnat,"
            " id % 5 AS degree FROM range(1, 401) a(id)",
        ],
        "wait": [
            "CREATE TABLE waitlist AS SELECT 1990 + k % 8 AS year,"
            " (['ltx', 'death', 'withdraw', 'censored'])[1 + (k * 7 + k // 3) % 4] AS event,"
            " 18 + k % 60 AS age, (['A', 'B', 'AB', 'O'])[1 + k % 4] AS abo FROM range(800) t(k)"
        ],
    }
    return databases(root, tables)


def test_a_flag_named_with_a_hyphen_keeps_its_rows(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("w", str(data["work"]))
    answer = engine.ask("average weekly wage of part-time workers", "w")
    assert answer.plan.chart.mark == "kpi"
    want = one(data["work"], "SELECT AVG(wage) FROM workers WHERE parttime = 'yes'")
    assert kpi(answer) == pytest.approx(want)


def test_a_proper_adjective_before_the_rows_is_a_condition(
    engine: Engine, data: dict[str, Path]
) -> None:
    q = "How many African-American workers earn more than $1,000 a week?"  # afam, clipped
    engine.connect("w", str(data["work"]))
    truth = "SELECT COUNT(*) FROM workers WHERE ethnicity = 'afam' AND wage > 1000"
    assert kpi(engine.ask(q, "w")) == one(data["work"], truth)
    q = "How many Irish-American workers earn more than $1,000 a week?"  # no value is Irish
    refuses(engine, data["work"], "w", q, "irish", "american")


def test_two_joined_modifiers_of_the_rows_pick_rows() -> None:
    from aiser_jupyter.engine.planners.coordinated import coordinated_modifier
    from aiser_jupyter.engine.planners.facts import question_words

    words = question_words("mean years of education by region for black and white workers")
    why_at = {0: "aggregate", 3: "measure name", 5: "name", 10: "rows"}
    assert coordinated_modifier(7, words, why_at)
    assert coordinated_modifier(9, words, why_at)
    assert not coordinated_modifier(5, words, why_at)
    alone = question_words("average wage of registered workers")  # maybe true of all of them
    assert not coordinated_modifier(3, alone, {0: "aggregate", 1: "measure name", 4: "rows"})


def test_a_number_compared_stays_a_side_of_the_scatter(
    engine: Engine, data: dict[str, Path]
) -> None:
    answer = plots_exactly(
        engine,
        data["work"],
        "w",
        "years of education vs wage for people making over $5,000 a week",
        "SELECT wage, education FROM workers WHERE wage > 5000",
    )
    assert answer.plan.chart.mark == "point"


def test_all_time_highs_and_record_lows_are_extremes(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("i", str(data["idx"]))
    high = engine.ask("all-time high of the MSCI Switzerland index", "i")
    assert kpi(high) == pytest.approx(one(data["idx"], "SELECT MAX(dat) FROM MSCISwitzerland"))
    low = engine.ask("record low of the NYSE composite", "i")
    assert kpi(low) == pytest.approx(one(data["idx"], "SELECT MIN(dat) FROM NYSESW"))


def test_an_average_said_of_a_table_named_is_a_mean(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["idx"],
        "i",
        "NYSE composite yearly average",
        "SELECT DATE_TRUNC('year', rownames), AVG(dat) FROM NYSESW GROUP BY 1",
    )


def test_a_list_read_in_part_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    q = "number of patients by event (death, censored, recovery)"
    refuses(engine, data["wait"], "t", q, "recovery")


def test_listed_labels_after_a_label_word_keep_every_group(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["gss"],
        "g",
        "average sumnat by party identification label (Strong Democrat … Strong Republican)",
        "SELECT a.partyid, AVG(s.sumnat) FROM spending s"
        " JOIN abortion a ON a.id = s.id AND a.year = s.year GROUP BY 1",
    )


def test_a_survey_id_renumbered_each_year_joins_with_its_year(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("g", str(data["gss"]))
    joins = engine.catalog("g").joins
    keyed = {(j.table, j.column, j.ref_table, j.ref_column) for j in joins}
    assert ("abortion", "id", "spending", "id") in keyed
    assert ("abortion", "year", "spending", "year") in keyed
    answer = engine.ask("average sumnat of the respondents asked about abortion", "g")
    want = one(
        data["gss"],
        "SELECT AVG(s.sumnat) FROM spending s JOIN abortion a ON a.id = s.id AND a.year = s.year",
    )
    assert kpi(answer) == pytest.approx(want)


def test_a_singular_topic_noun_of_a_table_draws_no_bar_per_row(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("g", str(data["gss"]))
    answer = engine.ask("average relactiv of abortion", "g")
    assert kpi(answer) == pytest.approx(one(data["gss"], "SELECT AVG(relactiv) FROM abortion"))


def test_an_outcome_noun_of_a_stored_verb_keeps_its_rows(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["wait"],
        "t",
        "withdrawals from the list per year",
        "SELECT year, COUNT(*) FROM waitlist WHERE event = 'withdraw' GROUP BY year",
    )


def test_a_superlative_after_by_names_the_grouping(engine: Engine, data: dict[str, Path]) -> None:
    refuses(engine, data["gss"], "g", "pie of the 2018 respondents by highest degree", "highest")


def test_the_top_years_are_the_groups() -> None:
    from aiser_jupyter.engine.planners.rules.question import Question
    from aiser_jupyter.engine.planners.rules.reader import read

    reading = read(Question.read("top 3 years for GE by average daily return"))
    assert reading.unit == "year"
    assert read(Question.read("average daily return by month")).unit == "yearmonth"


def test_a_pay_period_stands_between_an_extreme_and_its_number(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["work"],
        "w",
        "lowest weekly wage in each region",
        "SELECT region, MIN(wage) FROM workers GROUP BY region",
    )


def test_each_level_of_a_number_groups_by_its_values(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["work"],
        "w",
        "highest weekly wage at each level of education",
        "SELECT education, MAX(wage) FROM workers GROUP BY education",
    )


def test_an_unread_thing_after_each_level_of_is_refused(
    engine: Engine, data: dict[str, Path]
) -> None:
    q = "highest weekly wage at each level of seniority"  # no column says seniority here
    refuses(engine, data["work"], "w", q, "seniority")


def test_abo_is_the_blood_type(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["wait"],
        "t",
        "number of patients by blood type",
        "SELECT abo, COUNT(*) FROM waitlist GROUP BY abo",
    )


def test_a_pie_of_one_slice_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    error = refuses(
        engine, data["wait"], "t", "What fraction of type AB patients received a transplant?"
    )
    assert "one slice" in str(error)
