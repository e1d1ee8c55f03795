"""The semantic layer never makes a chart wrong: what the file adds is read only where the
question says it — a CASE that spells codes out does not take a stored value's words, a
qualified column ("brain weight") does not stand for a bare adjective ("heaviest"), and a
table's other name whose head noun is a number column ("home sales") measures that number.
Each question runs on a small DuckDB table of our own; numbers checked against SQL by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

YAML = """\
version: 1
sources:
  default:
    tables:
      properties:
        synonyms: [real estate, property sales]
        columns:
          use_code: {description: "Land use: resid (residential), indus (industrial)"}
          floor_weight: {description: Floor load rating in kg per square metre}
      monthly_deals:
        synonyms: [car sales, dealer market]
      fish:
        columns:
          live_weight: {synonyms: [weight, mass]}
    dimensions:
      - name: land_use
        table: properties
        sql: "CASE use_code WHEN 'resid' THEN 'residential' WHEN 'indus' THEN 'industrial' END"
"""

SQL = """
CREATE TABLE properties(address TEXT, use_code TEXT, price DOUBLE, floor_weight DOUBLE);
INSERT INTO properties VALUES ('1 Elm St', 'resid', 300000, 200), ('2 Oak Ave', 'resid', 500000, 250),
  ('3 Mill Rd', 'indus', 900000, 1500), ('4 Dock Ln', 'indus', 1100000, 2000),
  ('5 Bay Rd', 'retail', 700000, 400);
CREATE TABLE monthly_deals(dealer TEXT, year INT, month INT, sales INT, listings INT);
INSERT INTO monthly_deals VALUES ('Leeds', 2020, 1, 40, 300), ('Leeds', 2020, 2, 55, 280),
  ('Leeds', 2021, 1, 61, 250), ('York', 2020, 1, 12, 90), ('York', 2020, 2, 18, 95);
CREATE TABLE fish(species TEXT, gutted_weight DOUBLE, live_weight DOUBLE);
INSERT INTO fish VALUES ('cod', 9.0, 11.0), ('tuna', 150.0, 180.0), ('eel', 2.5, 2.0),
  ('halibut', 190.0, 175.0);
CREATE TABLE patients(patient TEXT, birth_weight DOUBLE, weight DOUBLE);
INSERT INTO patients VALUES ('Ann', 4.1, 60.0), ('Bo', 2.9, 95.0), ('Cy', 3.6, 72.0);
"""


@pytest.fixture()
def town(tmp_path: Path) -> Iterator[tuple[Engine, Engine, Path]]:
    db = tmp_path / "town.duckdb"
    con = duckdb.connect(str(db))
    con.execute(SQL)
    con.close()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(YAML)
    with_file = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    bare = Engine(EngineConfig(planner="rules", use_cache=False))
    for engine in (with_file, bare):
        engine.connect("town", str(db))
    yield with_file, bare, db
    with_file.close()
    bare.close()


def test_two_stored_values_compared_are_a_bar_each_with_a_case_spelling_them_out(
    town: tuple[Engine, Engine, Path],
) -> None:
    with_file, bare, db = town
    want = truth(
        db,
        "SELECT use_code, AVG(price) FROM properties WHERE use_code IN ('resid', 'indus') "
        "GROUP BY 1",
        approx=True,
    )
    question = "average price of residential compared with industrial properties"
    for engine in (with_file, bare):  # the file's CASE reads the same rows: the same chart
        answer = engine.ask(question, "town")
        assert plotted(answer) == want


def test_a_plain_column_or_synonym_is_the_number_an_adjective_names(
    town: tuple[Engine, Engine, Path],
) -> None:
    with_file, bare, db = town
    # weight beside birth_weight: the bare noun is the weight, with or without a file
    for engine in (with_file, bare):
        answer = engine.ask("top 2 heaviest patients", "town")
        assert plotted(answer) == truth(
            db, "SELECT patient, weight FROM patients ORDER BY weight DESC LIMIT 2", approx=True
        )
    # gutted and live weight: the file says 'weight' is the live weight
    answer = with_file.ask("top 2 heaviest fish", "town")
    assert plotted(answer) == truth(
        db, "SELECT species, live_weight FROM fish ORDER BY live_weight DESC LIMIT 2", approx=True
    )


def test_two_qualified_weights_and_no_word_for_either_are_refused(
    town: tuple[Engine, Engine, Path],
) -> None:
    _, bare, _ = town
    with pytest.raises(AiserError) as refused:
        bare.ask("top 2 heaviest fish", "town")  # gutted or live: not said, not guessed
    assert refused.value.code.startswith("AISER-PLAN")


def test_a_tables_other_name_ending_in_a_number_column_measures_it(
    town: tuple[Engine, Engine, Path],
) -> None:
    with_file, _, db = town
    answer = with_file.ask("Leeds car sales by month in 2020", "town")
    assert plotted(answer) == truth(
        db,
        "SELECT month, SUM(sales) FROM monthly_deals WHERE dealer = 'Leeds' AND year = 2020 "
        "GROUP BY 1",
        approx=True,
    )


def test_a_text_the_plan_keeps_out_explains_no_word(town: tuple[Engine, Engine, Path]) -> None:
    from aiser_jupyter.engine.plan import ChartPlan
    from aiser_jupyter.engine.planners.honesty import account

    with_file, _, _ = town
    catalog = with_file.catalog("town")

    def unused(where: str) -> set[str]:
        plan = ChartPlan.model_validate(
            {
                "sql": f"SELECT address, price FROM properties WHERE {where}",
                "chart": {
                    "mark": "bar",
                    "encoding": {"x": {"field": "address"}, "y": {"field": "price"}},
                },
            }
        )
        question = "price of retail properties by address"
        return {u.text for u in account(question, plan, catalog, "duckdb").unused}

    assert "retail" not in unused("use_code = 'retail'")
    # a filter that drops those rows (a metric's "use_code <> 'retail'") does not answer it
    assert "retail" in unused("use_code <> 'retail'")
    assert "retail" in unused("use_code NOT IN ('retail', 'indus')")
