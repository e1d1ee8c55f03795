"""The share of rows a 0/1 column holds for, as analysts ask it (issue 12): "death rate by
year", "share of patients who died", "home ownership rate", never the count of those rows
drawn under a share's title.

A register of patients (each row one patient: an id, an age, the year of surgery, a tumour
size class, 0/1 columns for death, chemotherapy and sex) and a survey of homeowners beside a
table of quarterly rates by state. All invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def patients(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("patients") / "clinic.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE clinic (pid BIGINT, year BIGINT, age BIGINT, size VARCHAR,"
        " death BIGINT, chemo BIGINT, female BIGINT, grade BIGINT)"
    )
    con.executemany(
        "INSERT INTO clinic VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                k,
                1980 + k % 12,
                30 + k * 7 % 55,
                ["<=20", "20-50", ">50"][k % 3],
                int(k % 5 < 2),
                int(k % 4 == 0),
                int(k % 7 < 4),
                1 + k % 3,
            ]
            for k in range(600)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def owners(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("owners") / "owners.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE men (bpl VARCHAR, qob BIGINT, home_ownership BIGINT, vet BIGINT)")
    con.executemany(
        "INSERT INTO men VALUES (?, ?, ?, ?)",
        [
            [["Ohio", "Texas", "Utah"][k % 3], 1 + k % 4, int(k % 3 != 0), int(k % 2 == 0)]
            for k in range(400)
        ],
    )
    con.execute("CREATE TABLE donations (State VARCHAR, Quarter VARCHAR, Rate DOUBLE)")
    con.executemany(
        "INSERT INTO donations VALUES (?, ?, ?)",
        [[s, q, 0.5 + k / 100] for k, (s, q) in enumerate([("Ohio", "Q1"), ("Utah", "Q2")])],
    )
    con.close()
    return path


def test_a_flag_said_with_rate_is_its_mean(engine: Engine, patients: Path) -> None:
    plots_exactly(
        engine,
        patients,
        "c",
        "death rate by year",
        "SELECT year, AVG(death) FROM clinic GROUP BY 1",
    )


def test_rate_after_a_flag_names_no_other_tables_rate(engine: Engine, owners: Path) -> None:
    plots_exactly(
        engine,
        owners,
        "o",
        "home ownership rate by qob",
        "SELECT qob, AVG(home_ownership) FROM men GROUP BY 1",
    )


def test_share_of_the_rows_who_died_is_the_mean_not_a_count(engine: Engine, patients: Path) -> None:
    plots_exactly(
        engine,
        patients,
        "c",
        "share of patients who died, by tumour size",
        "SELECT size, AVG(death) FROM clinic GROUP BY 1",
    )
    plots_exactly(
        engine,
        patients,
        "c",
        "proportion on chemotherapy by year",
        "SELECT year, AVG(chemo) FROM clinic GROUP BY 1",
    )


def test_share_keeps_the_other_conditions(engine: Engine, patients: Path) -> None:
    engine.connect("c", str(patients))
    answer = engine.ask("fraction of patients over 60 who died", "c")
    assert kpi(answer) == pytest.approx(
        one(patients, "SELECT AVG(death) FROM clinic WHERE age > 60")
    )


def test_a_count_of_deaths_stays_a_count(engine: Engine, patients: Path) -> None:
    plots_exactly(
        engine,
        patients,
        "c",
        "number of patients who died by year",
        "SELECT year, COUNT(*) FROM clinic WHERE death = 1 GROUP BY 1",
    )


def test_the_flag_averaged_is_no_filter_too(engine: Engine, patients: Path) -> None:
    plots_exactly(
        engine,
        patients,
        "c",
        "death rate by year (the share of patients who died)",
        "SELECT year, AVG(death) FROM clinic GROUP BY 1",
    )


def test_an_age_beside_a_death_makes_rows_of_people(engine: Engine, patients: Path) -> None:
    engine.connect("c", str(patients))
    answer = engine.ask("how many patients were operated in 1985?", "c")
    assert kpi(answer) == one(patients, "SELECT COUNT(*) FROM clinic WHERE year = 1985")


def test_a_listed_grouping_glossed_by_its_name_groups(engine: Engine, patients: Path) -> None:
    plots_exactly(
        engine,
        patients,
        "c",
        "death rate by tumour grade and sex (female), side by side",
        "SELECT grade, AVG(death), female FROM clinic GROUP BY 1, 3",
    )


def test_a_share_of_a_text_flag_is_not_drawn_as_a_count(engine: Engine, patients: Path) -> None:
    # a share of something no 0/1 column holds stays refused, never a count under its title
    refuses(engine, patients, "c", "share of patients who relapsed by year")
