"""Bands of a number beside another grouping, and groupings said as a clause (issue 12).

- "one line per 1,000-mile distance band": the distances in bins of 1000, one line each;
  "pie … split into 500-mile distance bands": a slice per band.
- "by whether the family had a low income at 16, split by ethnicity": grouped by the yes/no
  column ``lowincome16`` (never only its "yes" rows), with the clause's subject ("the
  family") read as part of the grouping; "applications with a loan-to-value ratio above 0.95,
  by whether they were denied": the applications counted in each group.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bands_whether")
    tables = {
        "fares": [
            "CREATE TABLE airfare AS SELECT 1997 + y AS year, r AS id, 100 + (r * 53) % 2400 AS dist,"
            " 20 + (r * 29) % 4000 AS passen, 60 + (r * 17) % 300 + 5 * y AS fare"
            " FROM range(4) u(y), range(1, 301) t(r)"
        ],
        "loans": [
            "CREATE TABLE HMDA AS SELECT 0.5 + (k * 7 % 60) / 100 AS lvrat,"
            " CASE WHEN k % 5 = 0 THEN 'yes' ELSE 'no' END AS deny FROM range(600) t(k)"
        ],
        "survey": [
            "CREATE TABLE GSS7402 AS SELECT 16 + (k * 7) % 20 AS agefirstbirth,"
            " CASE WHEN k % 3 = 0 THEN 'yes' ELSE 'no' END AS lowincome16,"
            " CASE WHEN k % 4 = 0 THEN 'other' ELSE 'cauc' END AS ethnicity,"
            " k % 6 AS kids FROM range(900) t(k)"
        ],
    }
    return databases(root, tables)


def test_bands_of_a_number_beside_another_grouping(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["fares"],
        "f",
        "average fare by year, one line per 1,000-mile distance band",
        "SELECT year, AVG(fare), FLOOR(dist / 1000) * 1000 FROM airfare GROUP BY 1, 3",
    )
    plots_exactly(
        engine,
        data["fares"],
        "f",
        "pie of total passengers in 2000 split into 500-mile distance bands",
        "SELECT FLOOR(dist / 500) * 500, SUM(passen) FROM airfare WHERE year = 2000 GROUP BY 1",
    )


def test_a_grouping_said_as_a_clause_after_by_whether(
    engine: Engine, data: dict[str, Path]
) -> None:
    answer = plots_exactly(
        engine,
        data["survey"],
        "g",
        "mean age at first birth by whether the family had a low income at 16, split by ethnicity",
        "SELECT lowincome16, AVG(agefirstbirth), ethnicity FROM GSS7402 GROUP BY 1, 3",
    )
    assert answer.compiled.fields["x"].alias == "lowincome16"


def test_rows_said_before_with_are_counted_by_group(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(  # counted, never the sum of the ratio compared
        engine,
        data["loans"],
        "l",
        "applications with a loan-to-value ratio above 0.95, by whether they were denied",
        "SELECT deny, COUNT(*) FROM HMDA WHERE lvrat > 0.95 GROUP BY deny",
    )
