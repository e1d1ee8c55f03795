"""Readings that used to be drawn wrong rather than refused: "a different colour for each
class" on a scatter of two aggregates colours the points by the class, and "how old is each
member and how many members are each age" counts members per age, not per member."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("club") / "club.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE members AS SELECT
            i AS member_id,
            'member ' || i AS full_name,
            18 + (i * 7) % 23 AS age,
            ['junior', 'senior', 'veteran'][1 + i % 3] AS membership_class,
            100 + (i * 37) % 400 AS annual_fee
        FROM range(120) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    "question",
    [
        "scatter plot of the average and minimum age of members in each membership class,"
        " color different membership classes",
        "show average age vs minimum age as a scatter plot, use a different color for each"
        " membership class",
    ],
)
def test_a_different_colour_for_each_group_colours_the_points(
    engine: Any, club: Path, question: str
) -> None:
    engine.connect("club", str(club))
    answer = engine.ask(question, source="club")
    enc = answer.plan.chart.encoding
    assert answer.plan.chart.mark == "point"
    assert enc.color is not None and enc.detail is None
    fields = answer.compiled.fields
    got = {
        c: (x, y)
        for c, x, y in zip(
            answer.table.column(fields["color"].alias).to_pylist(),
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    }
    con_rows = truth(
        club,
        "SELECT membership_class, [AVG(age), MIN(age)] FROM members GROUP BY 1",
    )
    assert got == {k: pytest.approx(tuple(v)) for k, v in con_rows.items()}


def test_each_member_and_how_many_are_each_age_counts_members_per_age(
    engine: Any, club: Path
) -> None:
    engine.connect("club", str(club))
    answer = engine.ask(
        "How old is each member and how many members are each age? Visualize by scatter chart.",
        source="club",
    )
    assert plotted(answer) == truth(club, "SELECT age, COUNT(*) FROM members GROUP BY age")


def test_members_per_class_is_still_split_by_a_named_second_grouping(
    engine: Any, club: Path
) -> None:
    """The rule drops only the counted table's own label: a second real grouping stays."""
    engine.connect("club", str(club))
    answer = engine.ask(
        "how many members in each membership class and each age as a bar chart", source="club"
    )
    fields = answer.compiled.fields
    assert {"x", "color"} <= set(fields)


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("staff") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE contracts AS SELECT
            i AS contract_id,
            CASE WHEN i % 3 = 0 THEN 'F' ELSE 'T' END AS is_permanent,
            2010 + i % 8 AS start_year
        FROM range(90) t(i)""")
    con.close()
    return path


def test_the_proportion_of_a_flag_is_a_slice_per_side(engine: Any, staff: Path) -> None:
    engine.connect("staff", str(staff))
    answer = engine.ask(
        "Draw a pie chart about the proportion of is_permanent and the amount of is_permanent.",
        source="staff",
    )
    assert answer.plan.chart.mark == "arc"
    fields = answer.compiled.fields
    got = dict(
        zip(
            answer.table.column(fields["color"].alias).to_pylist(),
            answer.table.column(fields["theta"].alias).to_pylist(),
            strict=True,
        )
    )
    assert got == truth(staff, "SELECT is_permanent, COUNT(*) FROM contracts GROUP BY 1")


def test_a_flag_named_as_a_property_still_keeps_its_true_side(engine: Any, staff: Path) -> None:
    engine.connect("staff", str(staff))
    answer = engine.ask("count of contracts that are permanent by start year", source="staff")
    assert plotted(answer) == truth(
        staff,
        "SELECT start_year, COUNT(*) FROM contracts WHERE is_permanent = 'T' GROUP BY 1",
    )


@pytest.fixture(scope="module")
def shops(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shops") / "shops.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE regions (region_id INTEGER PRIMARY KEY, region VARCHAR)")
    con.execute("INSERT INTO regions VALUES (1, 'North'), (2, 'South'), (3, 'East')")
    con.execute("""CREATE TABLE stores (store_id INTEGER PRIMARY KEY, store_name VARCHAR,
        reg_id INTEGER REFERENCES regions(region_id))""")
    con.execute("INSERT INTO stores SELECT i, 'store ' || i, 1 + i % 3 FROM range(1, 12) t(i)")
    con.execute("""CREATE TABLE price_list (item_id INTEGER PRIMARY KEY,
        store INTEGER REFERENCES stores(store_id), item VARCHAR, price DOUBLE)""")
    con.execute(
        "INSERT INTO price_list SELECT i, 1 + i % 11, 'item ' || i, 1.5 * i FROM range(40) t(i)"
    )
    con.close()
    return path


def test_a_grouping_does_not_run_on_into_the_next_sentence(engine: Any, shops: Path) -> None:
    """ "… in each region? List the region name …": "region" ends its sentence, so it does not
    qualify "list" (a weak match of the table price_list) as "the region's list"."""
    engine.connect("shops", str(shops))
    answer = engine.ask(
        "How many stores are there in each region? List the region name and the count.",
        source="shops",
    )
    assert plotted(answer) == truth(
        shops,
        "SELECT r.region, COUNT(*) FROM stores s JOIN regions r ON s.reg_id = r.region_id"
        " GROUP BY 1",
    )


@pytest.fixture(scope="module")
def roads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("roads") / "roads.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE accidents AS SELECT
            i AS accident_id,
            ['north', 'south', 'east', 'west'][1 + i % 4] AS region,
            (i * 7) % 5 AS number_injuries
        FROM range(80) t(i)""")
    con.close()
    return path


def test_the_number_of_x_that_is_a_column_is_that_column(engine: Any, roads: Path) -> None:
    """ "the total number of injuries" against ``number_injuries``: its sum, not a row count."""
    engine.connect("roads", str(roads))
    answer = engine.ask(
        "For accidents with at least 1 injury, show me the total number of injuries in each"
        " region with a bar chart",
        source="roads",
    )
    assert plotted(answer) == truth(
        roads,
        "SELECT region, SUM(number_injuries) FROM accidents WHERE number_injuries >= 1 GROUP BY 1",
    )


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("reviews") / "reviews.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE book (book_id INTEGER PRIMARY KEY, title VARCHAR)")
    con.execute("INSERT INTO book SELECT i, 'book ' || i FROM range(1, 7) t(i)")
    con.execute("""CREATE TABLE review (reviewer_id INTEGER,
        book_id INTEGER REFERENCES book(book_id), stars INTEGER, review_date DATE)""")
    con.execute("""INSERT INTO review SELECT i % 9, 1 + i % 6, 1 + (i * 7) % 5,
        DATE '2024-01-01' + INTERVAL (i) DAY FROM range(50) t(i)""")
    con.close()
    return path


def test_the_lowest_review_is_the_review_tables_one_number(engine: Any, reviews: Path) -> None:
    """ "the lowest review" of a table whose only number is stars: the minimum of stars."""
    engine.connect("reviews", str(reviews))
    answer = engine.ask(
        "Show the title and the lowest review among all books in a bar chart, in ascending"
        " order by title.",
        source="reviews",
    )
    assert plotted(answer) == truth(
        reviews,
        "SELECT b.title, MIN(r.stars) FROM review r JOIN book b USING (book_id) GROUP BY 1",
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("library") / "library.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE genre (genre_label VARCHAR PRIMARY KEY, popularity INTEGER)""")
    con.execute("INSERT INTO genre VALUES ('crime', 7), ('poetry', 4), ('travel', 6)")
    con.execute("""CREATE TABLE author (author_id INTEGER PRIMARY KEY, author_name VARCHAR,
        favourite_genre VARCHAR REFERENCES genre(genre_label))""")
    con.execute("""INSERT INTO author VALUES (1, 'Ada', 'crime'), (2, 'Ben', 'poetry'),
        (3, 'Cy', 'crime'), (4, 'Di', 'travel')""")
    con.close()
    return path


def test_the_names_of_all_genres_are_the_genres_own_names(engine: Any, library: Path) -> None:
    """ "the names of all genres": genre's name column, not the authors' name column."""
    engine.connect("library", str(library))
    answer = engine.ask(
        "List the names of all genres in alphabetical order, together with their popularity"
        " in a bar chart.",
        source="library",
    )
    assert plotted(answer) == truth(library, "SELECT genre_label, popularity FROM genre")


@pytest.fixture(scope="module")
def vets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("vets") / "vets.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE owner AS SELECT i AS owner_id, 'owner ' || i AS full_name,
        30 + i AS age FROM range(1, 9) t(i)""")
    con.execute("""CREATE TABLE animal AS SELECT i AS animal_id,
        ['dog', 'cat', 'rabbit'][1 + i % 3] AS animal_type, 1 + (i * 5) % 13 AS animal_age,
        1 + i % 8 AS owner_id FROM range(30) t(i)""")
    con.close()
    return path


def test_a_word_goes_to_the_column_of_the_table_the_question_is_about(
    engine: Any, vets: Path
) -> None:
    """ "average age for each animal type": the animals' age, not the owners'."""
    engine.connect("vets", str(vets))
    answer = engine.ask("average age for each animal type as a bar chart", source="vets")
    assert plotted(answer) == pytest.approx(
        truth(vets, "SELECT animal_type, AVG(animal_age) FROM animal GROUP BY 1")
    )
