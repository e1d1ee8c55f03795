"""A stored count of another table's rows ("Number_of_hosts" of a party) is not added up by
an attribute of those rows: "number of hosts by nationality" is refused, not drawn as each
party's hosts added to every nationality among them; the same count by a column of its own
table, and the hosts themselves counted by nationality, are still drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("stored_counts") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE event (event_id INTEGER PRIMARY KEY, city VARCHAR,
            number_of_speakers INTEGER)""")
    con.execute("""
        CREATE TABLE speaker (speaker_id INTEGER PRIMARY KEY, full_name VARCHAR,
            nationality VARCHAR)""")
    con.execute("""
        CREATE TABLE event_speaker (event_id INTEGER REFERENCES event (event_id),
            speaker_id INTEGER REFERENCES speaker (speaker_id))""")
    con.execute("""
        INSERT INTO event SELECT i, ['Oslo', 'Lima', 'Pune'][1 + i % 3], 2 + i % 5
        FROM range(1, 13) t(i)""")
    con.execute("""
        INSERT INTO speaker SELECT i, 'Speaker ' || i, ['Peru', 'India', 'Norway', 'Chile'][1 + i % 4]
        FROM range(1, 21) t(i)""")
    con.execute("""
        INSERT INTO event_speaker SELECT 1 + i % 12, 1 + (i * 7) % 20 FROM range(0, 30) t(i)""")
    con.close()
    return path


def test_a_stored_count_added_up_by_its_things_attribute_is_refused(
    engine: Any, data: Path
) -> None:
    error = refuses(engine, data, "d", "number of speakers by nationality")
    assert "number_of_speakers" in str(error)


def test_the_stored_count_by_its_own_tables_column_is_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of speakers by city",
        "SELECT city, SUM(number_of_speakers) FROM event GROUP BY 1",
    )
