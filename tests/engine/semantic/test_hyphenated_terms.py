"""A metric's synonym matches however the question and the file hyphenate it (issue 15):
"smear-positive cases" names the synonym "smear positive cases", and "out-patient visits"
the synonym written "out-patient visits" or typed apart. Numbers checked by hand-written SQL."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plotted

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine

CLINIC_YAML = """\
version: 1
sources:
  default:
    metrics:
      - {name: positive_cases, table: screenings, sql: sp_cases, aggregate: sum,
         synonyms: [smear positive cases]}
      - {name: outpatient_visits, table: screenings, sql: op_visits, aggregate: sum,
         synonyms: [out-patient visits]}
"""


@pytest.fixture()
def clinic(tmp_path: Path) -> Engine:
    db = tmp_path / "clinic.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE screenings (district TEXT, yr INT, sp_cases INT, op_visits INT)")
    con.executemany(
        "INSERT INTO screenings VALUES (?, ?, ?, ?)",
        [
            ("north", 2020, 5, 40),
            ("north", 2021, 7, 42),
            ("south", 2020, 2, 30),
            ("south", 2021, 4, 31),
        ],
    )
    con.close()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(CLINIC_YAML)
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("clinic", str(db))
    return engine


@pytest.mark.parametrize(
    ("question", "metric", "want"),
    [
        ("smear-positive cases by district", "positive_cases", {"north": 12, "south": 6}),
        ("smear positive cases by district", "positive_cases", {"north": 12, "south": 6}),
        ("out-patient visits by district", "outpatient_visits", {"north": 82, "south": 61}),
        ("out patient visits by district", "outpatient_visits", {"north": 82, "south": 61}),
    ],
)
def test_a_synonym_matches_with_or_without_its_hyphen(
    clinic: Engine, question: str, metric: str, want: dict[str, int]
) -> None:
    answer = clinic.ask(question, "clinic")
    prov = answer.plan.provenance
    assert prov is not None and prov.semantic is not None and metric in prov.semantic
    assert not [n for n in prov.notes if n.startswith("not used")]  # every word was read
    assert plotted(answer) == want
    clinic.close()
