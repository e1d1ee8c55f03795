"""What "how many X" counts, and what "the X data" names (issue 12).

- "how many mothers" over a column ``motherAge`` (its values are age bands) is no count of
  mothers: the distinct values of a column the word only qualifies are refused, while a column
  named for the thing or for its id (``kid``, ``mother_id``) is counted;
- "children" are the kids a ``kid`` column numbers (general English: a kid is a child);
- "in the immunization data", "the prenatal survey": the words say which data is read, never
  a filter on a yes/no column nor a grouping by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("counted") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE immun (kid INTEGER, mother_id INTEGER, immunized VARCHAR,"
        " rural VARCHAR, district VARCHAR)"
    )
    con.executemany(
        "INSERT INTO immun VALUES (?, ?, ?, ?, ?)",
        [
            [3 * k + 2, k // 2, "YN"[k % 3 % 2], "YN"[k % 4 % 2], ("North", "South")[k % 5 % 2]]
            for k in range(400)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def births(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("births") / "births.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE births (motherAge VARCHAR, childAge VARCHAR, weight DOUBLE)")
    con.executemany(
        "INSERT INTO births VALUES (?, ?, ?)",
        [[("24-", "25+")[k % 2], ("0-2", "3+")[k % 3 % 2], 2.5 + k % 20 / 10] for k in range(300)],
    )
    con.close()
    return path


def test_a_word_that_only_qualifies_a_column_is_not_counted(engine: Engine, births: Path) -> None:
    refuses(engine, births, "b", "how many mothers are there", "mothers")
    refuses(engine, births, "b", "number of children", "children")


def test_children_are_the_kids(engine: Engine, data: Path) -> None:
    engine.connect("s", str(data))
    answer = engine.ask("How many children in rural areas were immunized?", "s")
    sql = "SELECT COUNT(*) FROM immun WHERE rural = 'Y' AND immunized = 'Y'"
    assert kpi(answer) == one(data, sql)


def test_the_data_a_word_names_is_neither_filter_nor_grouping(engine: Engine, data: Path) -> None:
    engine.connect("s", str(data))
    answer = engine.ask("how many children are in the immunization data?", "s")
    assert kpi(answer) == one(data, "SELECT COUNT(*) FROM immun")
    plots_exactly(
        engine,
        data,
        "s",
        "number of children by district in the immunization survey",
        "SELECT district, COUNT(*) FROM immun GROUP BY district",
    )
