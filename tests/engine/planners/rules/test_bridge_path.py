"""A bridge table the plan reads for its condition (``affiliations`` kept where primary) is the
way to the table grouped by: doctors per department they are primarily affiliated with, not
per department they head (``departments.head``, the shorter key)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("clinic") / "clinic.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE doctors (doctor_id INTEGER PRIMARY KEY, doctor_name VARCHAR)")
    con.execute("INSERT INTO doctors SELECT i, 'doctor ' || i FROM range(1, 10) t(i)")
    con.execute("""CREATE TABLE departments (department_id INTEGER PRIMARY KEY,
        name VARCHAR, head INTEGER REFERENCES doctors(doctor_id))""")
    con.execute("""INSERT INTO departments VALUES (1, 'surgery', 1), (2, 'oncology', 2),
        (3, 'pediatrics', 3)""")
    con.execute("""CREATE TABLE affiliations (doctor INTEGER REFERENCES doctors(doctor_id),
        department INTEGER REFERENCES departments(department_id), primary_affiliation BOOLEAN)""")
    con.execute("""INSERT INTO affiliations SELECT i, 1 + i % 3, true FROM range(1, 10) t(i)
        UNION ALL SELECT i, 1 + (i + 1) % 3, false FROM range(1, 5) t(i)""")
    con.close()
    return path


def test_the_bridge_kept_is_the_way_to_the_group(engine: Any, clinic: Path) -> None:
    engine.connect("clinic", str(clinic))
    answer = engine.ask(
        "Show how many doctors for each department name they primarily affiliated in a bar chart.",
        source="clinic",
    )
    assert plotted(answer) == truth(
        clinic,
        "SELECT p.name, COUNT(*) FROM doctors d JOIN affiliations a ON a.doctor = d.doctor_id"
        " JOIN departments p ON a.department = p.department_id WHERE a.primary_affiliation"
        " GROUP BY p.name",
    )
