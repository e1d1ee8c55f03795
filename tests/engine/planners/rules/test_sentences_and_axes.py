"""Shapes that answer nothing asked, read off real schemas (issue 12).

A table of posts holds each post's text (a sentence, all of them different), the app it was
sent from and its share count: "top 5 apps by number of posts" must not be drawn per post
text, nor a post's ``id_str`` summed. A state table joined to yearly counts of a disease:
"urban % on x, cases on y" drawn as the urban share against itself, and "total polio cases"
drawn as a sum of the urban share, are refused rather than drawn under the user's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.beside import aggregated_head
from aiser_jupyter.engine.planners.roles import is_identifier
from aiser_jupyter.engine.planners.rules.row_label import label
from aiser_jupyter.errors import AiserError

STATES = ["Ohio", "Iowa", "Texas", "Utah", "Maine", "Idaho", "Kansas", "Oregon"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shapes") / "shapes.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE posts (app VARCHAR, id_str BIGINT, body VARCHAR, posted_at TIMESTAMP, "
        "share_count INTEGER)"
    )
    con.executemany(
        "INSERT INTO posts VALUES (?, ?, ?, ?, ?)",
        [
            [
                ["Phone App", "Web Page", "Desk Tool"][n % 3],
                10_000_000_000 + 7919 * n,
                f"Post number {n}: a sentence about the day, the weather and the news of {n % 97}.",
                f"2017-{1 + n % 12:02d}-{1 + n % 28:02d} 08:00",
                (n * 37) % 500,
            ]
            for n in range(400)
        ],
    )
    con.execute(
        "CREATE TABLE outbreaks (disease VARCHAR, state VARCHAR, year INTEGER, weeks INTEGER, "
        "count INTEGER)"
    )
    con.executemany(
        "INSERT INTO outbreaks VALUES (?, ?, ?, ?, ?)",
        [
            [disease, state, year, 40 + j, 10 * i + j + year - 1950]
            for i, disease in enumerate(["Polio", "Measles", "Mumps"])
            for j, state in enumerate(STATES)
            for year in range(1950, 1960)
        ],
    )
    con.execute("CREATE TABLE StateFacts (rownames VARCHAR, UrbanPop INTEGER, Assault INTEGER)")
    con.executemany(
        "INSERT INTO StateFacts VALUES (?, ?, ?)",
        [[state, 40 + 6 * j, 100 + 30 * j] for j, state in enumerate(STATES)],
    )
    con.close()
    return path


def test_a_sentence_column_is_never_the_rows_label(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    posts = engine.catalog("d").table("posts")
    assert posts is not None
    found = label(posts)
    assert found is None or found.name != "body"


def test_an_id_stored_as_a_string_type_is_an_identifier(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    posts = engine.catalog("d").table("posts")
    assert posts is not None
    column = posts.column("id_str")
    assert column is not None and is_identifier(posts, column)


def test_one_column_on_both_axes_is_refused(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    with pytest.raises(AiserError) as caught:
        engine.ask(
            "percent urban population vs whooping cough cases in 1955 — urban % on x, cases on "
            "y, a point per state",
            "d",
        )
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_a_total_of_things_is_not_a_sum_of_another_number() -> None:
    words = ["top", "5", "states", "by", "total", "polio", "cases", "among", "states"]
    why = {0: "instruction", 1: "number", 2: "name", 3: "instruction", 4: "aggregate", 5: "value"}
    assert aggregated_head(6, words, why, {"urbanpop", "urban"})  # a sum of UrbanPop: left out
    assert not aggregated_head(6, words, why, set())  # cases counted as rows
    assert not aggregated_head(6, words, why, {"count"})  # summed from a count column
