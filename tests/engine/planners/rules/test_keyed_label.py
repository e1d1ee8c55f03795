"""A grouping by a column that only holds another table's numbers, named as that table's rows
("count the mechanics certified on …" over ``certification.mechanic``): the bars are the
mechanics, labelled with their names — not employee numbers. A code column keeps its codes,
and a word the schema does not know is still refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def garage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("garage") / "garage.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE shop (shop_code VARCHAR PRIMARY KEY, shop_name VARCHAR)")
    con.execute("INSERT INTO shop VALUES ('N1', 'North yard'), ('S2', 'South yard')")
    con.execute("""CREATE TABLE mechanic (employee_id INTEGER PRIMARY KEY, name VARCHAR,
        shop_code VARCHAR REFERENCES shop(shop_code))""")
    con.execute("""INSERT INTO mechanic VALUES (101, 'Ada Kowal', 'N1'), (102, 'Ben Ruiz', 'N1'),
        (103, 'Cleo Park', 'S2'), (104, 'Dev Rao', 'S2'), (105, 'Eli Moss', 'N1')""")
    con.execute("CREATE TABLE engine (code INTEGER PRIMARY KEY, title VARCHAR, cost INTEGER)")
    con.execute("""INSERT INTO engine VALUES (1, 'V6 rebuild', 7000), (2, 'Diesel tune', 3000),
        (3, 'Turbo fit', 9000)""")
    con.execute("""CREATE TABLE certification (
        mechanic INTEGER REFERENCES mechanic(employee_id),
        engine INTEGER REFERENCES engine(code), certified_on DATE)""")
    con.execute("""INSERT INTO certification VALUES (101, 1, DATE '2020-01-05'),
        (101, 3, DATE '2021-02-01'), (102, 2, DATE '2020-03-09'), (103, 3, DATE '2022-06-01'),
        (104, 2, DATE '2019-07-15'), (105, 1, DATE '2023-01-20'), (105, 2, DATE '2023-02-01')""")
    con.close()
    return path


def test_counted_mechanics_are_labelled_with_their_names(engine: Any, garage: Path) -> None:
    engine.connect("garage", str(garage))
    answer = engine.ask(
        "Find the mechanics who are certified on an engine that costs more than 5000,"
        " and count them by a bar chart",
        source="garage",
    )
    assert plotted(answer) == truth(
        garage,
        "SELECT m.name, COUNT(*) FROM certification c JOIN mechanic m"
        " ON c.mechanic = m.employee_id JOIN engine e ON c.engine = e.code"
        " WHERE e.cost > 5000 GROUP BY 1",
    )
    assert plotted(answer) == {"Ada Kowal": 2, "Cleo Park": 1, "Eli Moss": 1}


def test_a_code_column_keeps_its_codes(engine: Any, garage: Path) -> None:
    engine.connect("garage", str(garage))
    answer = engine.ask("number of mechanics for each shop code", source="garage")
    assert plotted(answer) == {"N1": 3, "S2": 2}


def test_an_unknown_word_is_still_refused(engine: Any, garage: Path) -> None:
    engine.connect("garage", str(garage))
    with pytest.raises(AiserError) as refused:
        engine.ask(
            "count the mechanics certified on an engine with a zorblax rating", source="garage"
        )
    assert refused.value.code == "AISER-PLAN-UNSURE"
