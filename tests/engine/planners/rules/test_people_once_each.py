"""People whose rows repeat, counted and averaged once each (issue 12).

A headache diary holds one row per patient and day; each patient's age, sex and medication
group are on every one of their rows. The catalog confirms on the data which columns hold
one value per id (its ``traits``), on DuckDB and on SQLite. Then:

- "how many male patients are there" counts distinct ids, not diary days;
- "the average age of the patients" and "what percentage of the patients are women" read
  each patient once — over the rows they would weigh a patient by the days they kept;
- a figure of the rows themselves ("average air quality by sex") stays a mean of the rows;
- a household id, under which people of both sexes live, is no person's: "how many women"
  there counts rows.
- "in how many different states were the survey's respondents living", answered from the
  table of states alone, counts every state, not the respondents' states: refused.
- "average age of those who voted and those who did not": both sides of the 0/1 vote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly
from dbfiles import database_file

from aiser_jupyter.engine.planners.honesty import account
from aiser_jupyter.errors import AiserError

#: 40 patients; patient k keeps 1 + (k * 7) % 11 days, so long and short diaries differ in age
PATIENTS = [
    (k, 20 + (k * 13) % 45, "female" if k % 3 else "male", ["none", "reduced", "kept"][k % 3])
    for k in range(1, 41)
]
DIARY = [
    (k, day, "yes" if (k + day) % 4 == 0 else "no", 10.0 + (k * day) % 30, age, sex, med)
    for k, age, sex, med in PATIENTS
    for day in range(1, 2 + (k * 7) % 11)
]
#: households of two or three people of both sexes: the household id repeats, its sex varies
HOMES = [
    (h, p, "female" if p % 2 else "male", 20 + (h * 5 + p * 17) % 50)
    for h in range(1, 31)
    for p in range(1, 3 + h % 2)
]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE diary (id INTEGER, day INTEGER, headache VARCHAR(3), airq DOUBLE,"
        " age INTEGER, sex VARCHAR(6), medication VARCHAR(8))"
    )
    con.executemany("INSERT INTO diary VALUES (?, ?, ?, ?, ?, ?, ?)", DIARY)


def _fill_survey(con: Any) -> None:
    con.execute(
        "CREATE TABLE survey (uid INTEGER, stateabb VARCHAR(2), age INTEGER, sex VARCHAR(6),"
        " educ INTEGER, vote INTEGER)"
    )
    rows = [(k, f"S{k % 12}", 20 + k % 60, "female" if k % 2 else "male", k % 9, k % 3 % 2)
            for k in range(300)]  # fmt: skip
    con.executemany("INSERT INTO survey VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE states (state VARCHAR(2), region VARCHAR(9), income DOUBLE)")
    states = [(f"S{k}", ["South", "West"][k % 2], 4000.0 + 100 * k) for k in range(40)]
    con.executemany("INSERT INTO states VALUES (?, ?, ?)", states)
    con.execute("CREATE TABLE crime (state VARCHAR(2), murder DOUBLE, poverty DOUBLE)")
    crime = [(f"S{k}", 2.0 + k % 9, 8.0 + k % 11) for k in range(40)]
    con.executemany("INSERT INTO crime VALUES (?, ?, ?)", crime)


def _fill_homes(con: Any) -> None:
    con.execute(
        "CREATE TABLE residents (household_id INTEGER, person INTEGER, sex VARCHAR(6), age INTEGER)"
    )
    con.executemany("INSERT INTO residents VALUES (?, ?, ?, ?)", HOMES)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def diary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp("diary"), "diary", _fill)


@pytest.fixture(scope="module")
def duck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("diary_duck"), "diary", _fill)


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("homes"), "homes", _fill_homes)


def test_the_catalog_finds_what_each_patient_has_once(engine: Any, diary: Path) -> None:
    engine.connect("d", str(diary))
    [table] = engine.catalog("d").tables
    assert sorted(table.traits["id"]) == ["age", "medication", "sex"]


def test_patients_are_counted_as_distinct_ids(engine: Any, diary: Path) -> None:
    engine.connect("d", str(diary))
    answer = engine.ask("How many male patients are there?", "d")
    assert kpi(answer) == sum(sex == "male" for _, _, sex, _ in PATIENTS)


def test_a_patients_trait_is_averaged_over_the_patients(engine: Any, duck: Path) -> None:
    once = "SELECT AVG(age) FROM (SELECT DISTINCT id, age FROM diary)"
    assert one(duck, once) != pytest.approx(one(duck, "SELECT AVG(age) FROM diary"))
    engine.connect("d", str(duck))
    assert kpi(engine.ask("average age of the patients", "d")) == pytest.approx(one(duck, once))
    plots_exactly(
        engine,
        duck,
        "d",
        "average age of the patients by medication group",
        "SELECT medication, AVG(age) FROM (SELECT DISTINCT id, age, medication FROM diary)"
        " GROUP BY medication",
    )
    women = "SELECT 100.0 * AVG(CASE WHEN sex = 'female' THEN 1 ELSE 0 END) FROM"
    women += " (SELECT DISTINCT id, sex FROM diary)"
    answer = engine.ask("What percentage of the patients are women?", "d")
    assert kpi(answer) == pytest.approx(one(duck, women))


def test_a_figure_of_the_rows_stays_a_mean_of_the_rows(engine: Any, duck: Path) -> None:
    plots_exactly(
        engine,
        duck,
        "d",
        "average air quality of the patients by sex",
        "SELECT sex, AVG(airq) FROM diary GROUP BY sex",
    )


def test_a_household_id_is_no_persons(engine: Any, homes: Path) -> None:
    engine.connect("h", str(homes))
    [table] = engine.catalog("h").tables
    assert "sex" not in table.traits["household_id"]  # both sexes in one household
    assert kpi(engine.ask("how many women are there?", "h")) == sum(
        sex == "female" for _, _, sex, _ in HOMES
    )


def test_the_states_of_the_respondents_are_not_all_states(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("survey"), "survey", _fill_survey)
    engine.connect("s", str(path))
    question = "In how many different states were the survey's respondents living?"
    try:
        answer = engine.ask(question, "s")
    except AiserError as refused:  # honest; counting all 40 states is not
        assert refused.code == "AISER-PLAN-UNSURE"
    else:
        assert kpi(answer) == 12
    every = engine.ask("how many different states are in the states table?", "s")
    assert kpi(every) == 40
    found = account(question, every.plan, engine.catalog("s"), "duckdb")
    assert "respondents" in [u.text for u in found.blocking]


def test_those_who_did_and_those_who_did_not(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("voters"), "survey", _fill_survey)
    for question in (
        "average age of those who voted and those who did not",
        "average age of those who voted and those who didn't",
    ):
        plots_exactly(
            engine, path, "v", question, "SELECT vote, AVG(age) FROM survey GROUP BY vote"
        )
