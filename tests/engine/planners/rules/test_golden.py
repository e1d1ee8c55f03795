"""Golden questions, each with the SQL an analyst would write for it, executed on DuckDB:
the rule planner's chart must plot exactly those rows, with that kind of chart — or refuse.

Generic generated tables (no benchmark's names): a daily weather table, a quarterly table of
integer calendar columns, trips with same-name and role joins, and the bundled demo shop.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("golden") / "world.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE daily AS SELECT DATE '2020-01-01' + INTERVAL (i) DAY AS day,
            (i % 37) / 3.0 AS rain, 5 + (i % 23) AS temp_max, (i % 17) - 2 AS temp_min,
            CASE WHEN i % 5 = 0 THEN 'rain' WHEN i % 5 = 1 THEN 'sun' ELSE 'fog' END AS weather,
            CASE WHEN i % 7 = 0 THEN NULL WHEN i % 3 = 0 THEN 'N' ELSE 'SW' END AS wind_dir
        FROM range(730) t(i)""")
    con.execute("""
        CREATE TABLE quarters AS SELECT 2000 + i // 4 AS year, 1 + i % 4 AS quarter,
            100.0 + i * 3.5 AS gdp, 4 + (i % 9) / 2.0 AS unemp_rate
        FROM range(40) t(i)""")
    con.execute("""
        CREATE TABLE trips AS SELECT i AS trip, CASE i % 3 WHEN 0 THEN 'AA' WHEN 1 THEN 'UA' ELSE 'DL' END AS carrier,
            CASE i % 4 WHEN 0 THEN 'JFK' WHEN 1 THEN 'LAX' WHEN 2 THEN 'SFO' ELSE 'ORD' END AS origin,
            CASE i % 4 WHEN 0 THEN 'LAX' WHEN 1 THEN 'JFK' WHEN 2 THEN 'ORD' ELSE 'SFO' END AS dest,
            (i * 7) % 61 AS dep_delay, 300 + (i * 13) % 2500 AS distance,
            DATE '2021-01-01' + INTERVAL (i % 365) DAY AS flight_date,
            DATE '2021-01-01' + INTERVAL (i % 365) DAY - INTERVAL (i % 90) DAY AS booked_on
        FROM range(600) t(i)""")
    con.execute(
        "CREATE TABLE shops AS SELECT i AS shop_id, 'shop ' || i AS city FROM range(1, 6) t(i)"
    )
    con.execute(
        "CREATE TABLE sales AS SELECT i AS sale_id, 1 + (i * i) % 5 AS shop_id, 10.0 + i % 7 AS amount FROM range(200) t(i)"
    )
    con.execute(
        "CREATE TABLE carriers AS SELECT * FROM (VALUES ('AA', 'American'), ('UA', 'United'), ('DL', 'Delta')) t(carrier, name)"
    )
    con.execute(
        "CREATE TABLE stations AS SELECT * FROM (VALUES ('JFK', 'New York'), ('LAX', 'Los Angeles'), "
        "('SFO', 'San Francisco'), ('ORD', 'Chicago')) t(code, city)"
    )
    con.close()
    return path


#: a carrier is grouped by its code or labelled by its name: the same groups, either is right
BY_CARRIER = " |OR| "
#: question, truth SQL returning the plotted rows (x, y[, colour]) (alternatives joined by
#: BY_CARRIER), expected mark (alternatives joined by "|")
GOLDEN: list[tuple[str, str, str]] = [
    # measures: aggregate words, counts of rows, distinct counts, defaults by what a number is
    ("total rain by weather", "SELECT weather, SUM(rain) FROM daily GROUP BY 1", "bar"),
    (
        "average max temperature by weather",
        "SELECT weather, AVG(temp_max) FROM daily GROUP BY 1",
        "bar",
    ),
    ("number of days by weather", "SELECT weather, COUNT(*) FROM daily GROUP BY 1", "bar"),
    ("how many trips per carrier", "SELECT carrier, COUNT(*) FROM trips GROUP BY 1", "bar"),
    (
        "how many different origins does each carrier fly from",
        "SELECT carrier, COUNT(DISTINCT origin) FROM trips GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, COUNT(DISTINCT origin) FROM trips t JOIN carriers c USING (carrier) GROUP BY 1",
        "bar",
    ),
    (
        "average departure delay by carrier name",
        "SELECT c.name, AVG(dep_delay) FROM trips t JOIN carriers c USING (carrier) GROUP BY 1",
        "bar",
    ),
    # time: dates truncated, integer calendar columns, ranges on both
    (
        "monthly rain in 2020",
        "SELECT DATE_TRUNC('month', day), SUM(rain) FROM daily WHERE day < DATE '2021-01-01' GROUP BY 1",
        "line",
    ),
    (
        "average unemployment rate per year",
        "SELECT year, AVG(unemp_rate) FROM quarters GROUP BY 1",
        "line",
    ),
    (
        "gdp by quarter in 2003",
        "SELECT quarter, SUM(gdp) FROM quarters WHERE year = 2003 GROUP BY 1",
        "bar|line",
    ),
    (
        "gdp per year since 2005",
        "SELECT year, SUM(gdp) FROM quarters WHERE year >= 2005 GROUP BY 1",
        "line",
    ),
    (
        "number of trips by day of the week",
        "SELECT ISODOW(flight_date), COUNT(*) FROM trips GROUP BY 1",
        "bar",
    ),
    (
        "rain in July 2020 by weather",
        "SELECT weather, SUM(rain) FROM daily WHERE day >= DATE '2020-07-01' AND day < DATE '2020-08-01' GROUP BY 1",
        "bar",
    ),
    # conditions: values, comparisons on rows and on groups, roles chosen by the words
    (
        "number of trips by carrier from JFK",
        "SELECT carrier, COUNT(*) FROM trips WHERE origin = 'JFK' GROUP BY 1",
        "bar",
    ),
    (
        "average delay by destination city",
        "SELECT s.city, AVG(dep_delay) FROM trips t JOIN stations s ON t.dest = s.code GROUP BY 1",
        "bar",
    ),
    (
        "trips with a delay above 40 by carrier",
        "SELECT carrier, COUNT(*) FROM trips WHERE dep_delay > 40 GROUP BY 1",
        "bar",
    ),
    (
        "carriers with more than 199 trips",
        "SELECT carrier, COUNT(*) FROM trips GROUP BY 1 HAVING COUNT(*) > 199",
        "bar",
    ),
    (
        "weather types with an average max temperature above 16",
        "SELECT weather, AVG(temp_max) FROM daily GROUP BY 1 HAVING AVG(temp_max) > 16",
        "bar",
    ),
    # form: top-N, two groupings of an average side by side, a kpi, a histogram
    (
        "top 2 carriers by total distance",
        "SELECT carrier, SUM(distance) FROM trips GROUP BY 1 ORDER BY 2 DESC LIMIT 2"
        + BY_CARRIER
        + "SELECT c.name, SUM(distance) FROM trips JOIN carriers c USING (carrier) GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
        "bar",
    ),
    (
        "average delay by carrier and origin",
        "SELECT carrier, AVG(dep_delay), origin FROM trips GROUP BY 1, 3"
        + BY_CARRIER
        + "SELECT c.name, AVG(dep_delay), origin FROM trips JOIN carriers c USING (carrier) GROUP BY 1, 3",
        "bar",
    ),
    ("What was the total distance?", "SELECT SUM(distance) FROM trips", "kpi"),
    # the words say whose column: a table's attribute, the date of an event, the rows counted
    (
        "number of trips by destination city",
        "SELECT s.city, COUNT(*) FROM trips t JOIN stations s ON t.dest = s.code GROUP BY 1",
        "bar",
    ),
    (
        "number of trips booked in March 2021 by carrier",
        "SELECT carrier, COUNT(*) FROM trips WHERE booked_on >= DATE '2021-03-01' AND booked_on < DATE '2021-04-01' GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, COUNT(*) FROM trips JOIN carriers c USING (carrier) "
        "WHERE booked_on >= DATE '2021-03-01' AND booked_on < DATE '2021-04-01' GROUP BY 1",
        "bar",
    ),
    (
        "which shops had more than 40 purchases",
        "SELECT shop_id, COUNT(*) FROM sales GROUP BY 1 HAVING COUNT(*) > 40",
        "bar",
    ),
    # a group with no value is left out (and said in the notes)
    (
        "average rain by wind direction",
        "SELECT wind_dir, AVG(rain) FROM daily WHERE wind_dir IS NOT NULL GROUP BY 1",
        "bar",
    ),
    (
        "average max temperature by weather",
        "SELECT weather, AVG(temp_max) FROM daily GROUP BY 1",
        "bar",
    ),
    ("max temperature against min temperature", "SELECT temp_min, temp_max FROM daily", "point"),
    # a value of two columns: "from" and "to" say which role
    (
        "number of trips to LAX by carrier",
        "SELECT carrier, COUNT(*) FROM trips WHERE dest = 'LAX' GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, COUNT(*) FROM trips JOIN carriers c USING (carrier) WHERE dest = 'LAX' GROUP BY 1",
        "bar",
    ),
    (
        "trips from SFO to ORD per month",
        "SELECT DATE_TRUNC('month', flight_date), COUNT(*) FROM trips WHERE origin = 'SFO' AND dest = 'ORD' GROUP BY 1",
        "line",
    ),
]


def _rows(table: Any, fields: dict[str, Any], mark: str) -> list[tuple[Any, ...]]:
    if mark == "kpi":
        return [(table.column(fields["y"].alias)[0].as_py(),)]
    if mark == "arc":
        names = [fields["color"].alias, fields["theta"].alias]
    else:
        names = [
            fields[c].alias for c in ("x", "y", "color") if c in fields and fields[c] is not None
        ]
    cols = [table.column(n).to_pylist() for n in names]
    return list(zip(*cols, strict=True))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return str(a)[:10] == str(b)[:10]


def _weekday(value: Any) -> Any:
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return names.index(value) + 1 if value in names else value


@pytest.mark.parametrize(("question", "truth", "mark"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_question(engine: Any, world: Path, question: str, truth: str, mark: str) -> None:
    import duckdb

    engine.connect("world", str(world))
    answer = engine.ask(question, "world")
    assert answer.plan.chart.mark in mark.split("|"), answer.plan.sql
    got = [
        tuple(_weekday(v) for v in row)
        for row in _rows(answer.table, answer.compiled.fields, answer.plan.chart.mark)
    ]
    con = duckdb.connect(str(world), read_only=True)
    wants = [[tuple(r) for r in con.sql(sql).fetchall()] for sql in truth.split(BY_CARRIER)]
    con.close()
    assert any(_matches(got, want) for want in wants), (
        answer.plan.sql,
        got[:5],
        [w[:5] for w in wants],
    )


def _matches(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> bool:
    if len(got) != len(want):
        return False
    unmatched = list(want)
    for row in got:
        hit = next(
            (w for w in unmatched if all(_same(a, b) for a, b in zip(row, w, strict=True))), None
        )
        if hit is None:
            return False
        unmatched.remove(hit)
    return True


@pytest.mark.parametrize(
    "question",
    [
        "average receiving delay by carrier",  # no such measure: "receiving"
        "number of trips by carrier in 1999",  # no trips in 1999? the filter applies — or refuse
        "total trip by carrier",  # a trip number is a code: never summed
        "average delay by origin airport elevation",  # no elevation anywhere
        "number of trips at JFK by carrier",  # JFK is an origin and a destination: which?
    ],
)
def test_questions_the_data_cannot_answer_are_refused_not_drawn(
    engine: Any, world: Path, question: str
) -> None:
    engine.connect("world", str(world))
    try:
        answer = engine.ask(question, "world")
    except AiserError as refused:
        assert refused.code.startswith("AISER-PLAN-")
        return
    # drawn only if every word was used: the 1999 filter leaves nothing to draw
    assert "1999" in answer.plan.sql and answer.rows == 0


def test_groups_with_no_value_are_left_out_and_said(engine: Any, world: Path) -> None:
    engine.connect("world", str(world))
    wind = engine.catalog("world").table("daily").column("wind_dir")
    assert wind.nulls == 105  # every 7th of 730 days: counted by the profile
    answer = engine.ask("average rain by wind direction", "world")
    assert None not in answer.table.column(answer.compiled.fields["x"].alias).to_pylist()
    assert "rows with no wind_dir are left out" in answer.plan.provenance.notes


#: one conversation: each follow-up changes the chart before it (truth as in GOLDEN)
CONVERSATION: list[tuple[str, str, str]] = [
    (
        "number of trips by carrier",
        "SELECT carrier, COUNT(*) FROM trips GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, COUNT(*) FROM trips JOIN carriers c USING (carrier) GROUP BY 1",
        "bar",
    ),
    (
        "only from JFK",
        "SELECT carrier, COUNT(*) FROM trips WHERE origin = 'JFK' GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, COUNT(*) FROM trips JOIN carriers c USING (carrier) WHERE origin = 'JFK' GROUP BY 1",
        "bar",
    ),
    (
        "now by month",
        "SELECT DATE_TRUNC('month', flight_date), COUNT(*) FROM trips WHERE origin = 'JFK' GROUP BY 1",
        "line",
    ),
    (
        "average delay instead",
        "SELECT DATE_TRUNC('month', flight_date), AVG(dep_delay) FROM trips WHERE origin = 'JFK' GROUP BY 1",
        "line",
    ),
    (
        "as a bar chart",
        "SELECT DATE_TRUNC('month', flight_date), AVG(dep_delay) FROM trips WHERE origin = 'JFK' GROUP BY 1",
        "bar",
    ),
    (
        "by carrier instead",
        "SELECT carrier, AVG(dep_delay) FROM trips WHERE origin = 'JFK' GROUP BY 1"
        + BY_CARRIER
        + "SELECT c.name, AVG(dep_delay) FROM trips JOIN carriers c USING (carrier) WHERE origin = 'JFK' GROUP BY 1",
        "bar",
    ),
]


def test_follow_ups_change_the_chart_before_them(engine: Any, world: Path) -> None:
    import duckdb

    engine.connect("world", str(world))
    con = duckdb.connect(str(world), read_only=True)
    for question, gold, mark in CONVERSATION:
        answer = engine.ask(question, "world")
        assert answer.plan.chart.mark == mark, (question, answer.plan.sql)
        got = [
            tuple(_weekday(v) for v in row)
            for row in _rows(answer.table, answer.compiled.fields, answer.plan.chart.mark)
        ]
        wants = [[tuple(r) for r in con.sql(sql).fetchall()] for sql in gold.split(BY_CARRIER)]
        assert any(_matches(got, want) for want in wants), (question, answer.plan.sql, got[:5])
        if "JFK" in gold:  # the title says which rows the chart keeps
            assert "where origin = 'JFK'" in answer.plan.chart.title, answer.plan.chart.title
    con.close()


def test_a_follow_up_with_nothing_to_change_asks_for_the_whole_question(
    engine: Any, world: Path
) -> None:
    engine.connect("world", str(world))
    with pytest.raises(AiserError) as refused:
        engine.ask("average receiving delay by carrier", "world")
    with pytest.raises(AiserError) as nothing:
        engine.ask("only from JFK", "world")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert nothing.value.code == "AISER-PLAN-UNDERSTOOD"
    assert "ask the whole question" in str(nothing.value)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def people(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """500 people; every 5th has no age, every 3rd no income — in DuckDB and in SQLite."""
    rows = [
        (i, None if i % 5 == 0 else 20.0 + i % 50, None if i % 3 == 0 else 1000.0 * (i % 40))
        for i in range(500)
    ]
    path = tmp_path_factory.mktemp("people") / f"people.{request.param}"
    if request.param == "sqlite":
        import sqlite3

        con = sqlite3.connect(path)
        con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, age REAL, income REAL)")
        con.executemany("INSERT INTO people VALUES (?, ?, ?)", rows)
        con.commit()
    else:
        import duckdb

        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, age DOUBLE, income DOUBLE)")
        con.executemany("INSERT INTO people VALUES (?, ?, ?)", rows)
    con.close()
    return path


def test_points_and_bins_with_no_value_are_left_out_and_said(engine: Any, people: Path) -> None:
    engine.connect("people", str(people))
    scatter = engine.ask("age against income", "people")
    assert scatter.plan.chart.mark == "point"
    assert scatter.rows == sum(1 for i in range(500) if i % 5 and i % 3)  # both known: 267
    assert "rows with no age are left out" in scatter.plan.provenance.notes
    assert "rows with no income are left out" in scatter.plan.provenance.notes
    hist = engine.ask("histogram of age", "people")
    counts = hist.table.column(hist.compiled.fields["y"].alias).to_pylist()
    assert sum(counts) == 400  # the 100 people with no age are in no bin
    assert None not in hist.table.column(hist.compiled.fields["x"].alias).to_pylist()
    assert "rows with no age are left out" in hist.plan.provenance.notes


def test_a_follow_up_changes_the_last_chart_of_its_own_source(engine: Any, world: Path) -> None:
    engine.connect("world", str(world))
    engine.ask("number of trips by carrier", "world")
    engine.ask("total revenue by region", "demo")  # another source in between
    answer = engine.ask("only from JFK", "world")
    assert "trips" in answer.plan.sql and "origin" in answer.plan.sql
    assert answer.plan.chart.mark == "bar"
    assert answer.rows == 3  # the three carriers, as the question before it on this source


def test_orders_in_a_table_of_order_lines_are_its_distinct_order_ids(
    engine: Any, tmp_path: Path
) -> None:
    """No orders table, an order_id that repeats on each line: "orders" are counted once each."""
    import duckdb

    path = tmp_path / "lines.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE sales_lines AS SELECT i AS line_no, i // 3 AS order_id, "
        "DATE '2023-01-01' + INTERVAL (i % 300) DAY AS order_date, 10.0 + i % 7 AS amount, "
        "CASE i % 2 WHEN 0 THEN 'a' ELSE 'b' END AS category FROM range(900) t(i)"
    )
    want = dict(
        con.sql("SELECT category, COUNT(DISTINCT order_id) FROM sales_lines GROUP BY 1").fetchall()
    )
    con.close()
    engine.connect("lines", str(path))
    answer = engine.ask("how many orders by category", "lines")
    got = plotted(answer)
    assert got == want  # 300 orders in all, not 900 lines
    lines = engine.ask("number of sales lines by category", "lines")
    assert sum(lines.table.column(lines.compiled.fields["y"].alias).to_pylist()) == 900


def test_a_count_of_things_the_rows_are_not_is_refused(engine: Any, tmp_path: Path) -> None:
    """One row per pizza sold, several per order ``id``: "orders" are not the rows, and no
    column says which they are — asked, not drawn as a count of pizzas."""
    import duckdb

    path = tmp_path / "pizzas.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE pizzas AS SELECT (i // 2)::VARCHAR AS id, "
        "DATE '2015-01-01' + INTERVAL (i % 300) DAY AS date, "
        "CASE i % 3 WHEN 0 THEN 'S' WHEN 1 THEN 'M' ELSE 'L' END AS size FROM range(900) t(i)"
    )
    con.close()
    engine.connect("pizzas", str(path))
    with pytest.raises(AiserError) as refused:
        engine.ask("How many orders per month?", "pizzas")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "orders" in refused.value.details["unused"]
    drawn = engine.ask("number of pizzas by size", "pizzas")
    assert sum(drawn.table.column(drawn.compiled.fields["y"].alias).to_pylist()) == 900
    items = engine.ask("number of items by size", "pizzas")  # "items": the rows, whatever they are
    assert sum(items.table.column(items.compiled.fields["y"].alias).to_pylist()) == 900


def test_a_table_is_labelled_by_its_own_name_not_by_the_name_of_something_else(
    engine: Any, tmp_path: Path
) -> None:
    """episodes(episode, winner_name) rated in ratings: "by episode" groups episodes, not winners' names
    (a winner wins several episodes); nation(n_nationkey, n_name): "by nation" is n_name."""
    import duckdb

    path = tmp_path / "shows.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE episodes AS SELECT i AS episode, ['Ann', 'Bob', 'Cy'][1 + i % 3] AS winner_name "
        "FROM range(1, 10) t(i)"
    )
    con.execute(
        "CREATE TABLE ratings AS SELECT 1 + i % 9 AS episode, 1000 + i * 10 AS viewers "
        "FROM range(27) t(i)"
    )
    con.execute(
        "CREATE TABLE nation AS SELECT i AS n_nationkey, 'nation ' || i AS n_name, i % 2 AS n_regionkey "
        "FROM range(5) t(i)"
    )
    con.close()
    engine.connect("shows", str(path))
    by_episode = engine.ask("average viewers by episode", "shows")
    assert by_episode.compiled.fields["x"].field == "episode"
    assert by_episode.rows == 9
    from aiser_jupyter.engine.planners.rules.row_label import label

    catalog = engine.catalog("shows")
    assert label(catalog.table("nation")).name == "n_name"
    assert label(catalog.table("episodes")).name != "winner_name"


def test_a_label_tells_the_rows_apart_and_a_code_is_the_id(engine: Any, tmp_path: Path) -> None:
    """bakers(baker, baker_full): first names repeat across series, full names do not — the 3
    oldest bakers are 3 people; "species code" is species_id, not the species' name."""
    import duckdb

    path = tmp_path / "people.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE bakers AS SELECT 1 + i % 4 AS series, ['Ann', 'Bob', 'Cy'][1 + i % 3] AS baker, "
        "'Baker ' || i AS baker_full, 20 + (i * 7) % 50 AS age FROM range(12) t(i)"
    )
    con.execute(
        "CREATE TABLE species AS SELECT * FROM (VALUES ('DM', 'merriami'), ('DO', 'ordii'), "
        "('PP', 'penicillatus')) t(species_id, species)"
    )
    con.execute(
        "CREATE TABLE surveys AS SELECT i AS record_id, ['DM', 'DO', 'PP'][1 + i % 3] AS species_id, "
        "20 + i % 9 AS hindfoot_length FROM range(90) t(i)"
    )
    con.close()
    engine.connect("people", str(path))
    oldest = engine.ask("the 3 oldest bakers", "people")
    names = oldest.table.column(oldest.compiled.fields["x"].alias).to_pylist()
    assert len(set(names)) == 3 and all(n.startswith("Baker ") for n in names)
    by_code = engine.ask("average hindfoot length for each species code", "people")
    assert set(by_code.table.column(by_code.compiled.fields["x"].alias).to_pylist()) == {
        "DM",
        "DO",
        "PP",
    }


def test_older_than_compares_the_age_not_the_grouping_after_it(engine: Any, tmp_path: Path) -> None:
    """ "bakers older than 40, per series": the age is compared; "series" only groups."""
    import duckdb

    path = tmp_path / "ages.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE bakers AS SELECT 1 + i % 3 AS series, 30 + (i * 7) % 30 AS age, "
        "1000 + i % 9 AS score FROM range(60) t(i)"
    )
    want = dict(con.sql("SELECT series, COUNT(*) FROM bakers WHERE age > 40 GROUP BY 1").fetchall())
    con.close()
    engine.connect("ages", str(path))
    answer = engine.ask("number of bakers older than 40, per series", "ages")
    got = plotted(answer)
    assert got == want, answer.plan.sql


def test_daily_says_what_a_row_is_in_a_table_of_one_row_per_day(
    engine: Any, tmp_path: Path
) -> None:
    import duckdb

    path = tmp_path / "weather.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE weather AS SELECT DATE '2020-01-01' + INTERVAL (i) DAY AS date, "
        "(i % 17) - 2 AS temp_min FROM range(730) t(i)"
    )
    want = dict(con.sql("SELECT YEAR(date), AVG(temp_min) FROM weather GROUP BY 1").fetchall())
    con.close()
    engine.connect("weather", str(path))
    answer = engine.ask("average daily low temperature by year", "weather")
    got = {int(str(k)[:4]): v for k, v in plotted(answer).items()}
    assert got == pytest.approx(want)


def test_a_count_of_its_own_things_is_a_new_question_not_a_follow_up(
    engine: Any, world: Path
) -> None:
    """ "how many trips from JFK had a delay above 30?" after a chart by carrier names what it
    counts: one number, not the last chart narrowed."""
    engine.connect("world", str(world))
    engine.ask("number of trips by carrier", "world")
    answer = engine.ask("how many trips from JFK had a delay above 30?", "world")
    assert answer.plan.chart.mark == "kpi"
    assert "Follow-up of" not in " ".join(answer.plan.provenance.notes)
    (value,) = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert (
        value
        == truth(world, "SELECT 1, COUNT(*) FROM trips WHERE origin = 'JFK' AND dep_delay > 30")[1]
    )
    follow = engine.ask("only from LAX", "world")  # a follow-up of the new question
    (lax,) = follow.table.column(follow.compiled.fields["y"].alias).to_pylist()
    assert (
        lax
        == truth(world, "SELECT 1, COUNT(*) FROM trips WHERE origin = 'LAX' AND dep_delay > 30")[1]
    )
