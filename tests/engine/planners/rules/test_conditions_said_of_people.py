"""Conditions said of patients and of panels the way analysts say them (issue 12).

A register of patients whose yes/no columns also hold 'nk' (not known); a yearly panel of
prices by country beside a table of countries with no years. All invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

COUNTRIES = ["Austria", "Belgium", "Canada", "Denmark", "France", "Greece", "Italy", "Japan"]
COUNTRIES += ["Norway", "Spain", "Sweden", "Turkey"]


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("register") / "register.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE register (outcome VARCHAR, sex VARCHAR, age BIGINT, yronset BIGINT,"
        " diabetes VARCHAR, highbp VARCHAR, hichol VARCHAR, angina VARCHAR, hosp VARCHAR,"
        ' "flc.grp" BIGINT, obesity VARCHAR)'
    )
    yn = ["y", "n", "n", "nk"]
    con.executemany(
        "INSERT INTO register VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                "dead" if k % 3 == 0 else "live",
                "mf"[k % 2],
                35 + k * 7 % 34,
                85 + k % 9,
                yn[k % 4],
                yn[k * 3 % 4],
                yn[k * 5 % 7 % 4],
                yn[k // 3 % 4],
                "yn"[k % 5 % 2],
                1 + k % 10,
                yn[k * 7 % 4],
            ]
            for k in range(400)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("panel") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE GasPanel (country VARCHAR, year BIGINT, gas DOUBLE, price DOUBLE)")
    con.executemany(
        "INSERT INTO GasPanel VALUES (?, ?, ?, ?)",
        [
            [c, y, 4 + (i * 7 + y) % 13 / 10, (i * 5 + y * 3) % 11 / 10 - 0.5]
            for i, c in enumerate(COUNTRIES)
            for y in range(1960, 1979)
        ],
    )
    con.execute("CREATE TABLE CountryGrowth (rownames VARCHAR, invest DOUBLE, popgrowth DOUBLE)")
    con.executemany(
        "INSERT INTO CountryGrowth VALUES (?, ?, ?)",
        [[c, 0.2 + i / 100, 0.01 + i / 1000] for i, c in enumerate(COUNTRIES)],
    )
    con.close()
    return path


def test_a_flag_whose_value_is_not_always_known(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "number of diabetic patients each year",
        "SELECT yronset, COUNT(*) FROM register WHERE diabetes = 'y' GROUP BY 1",
    )
    plots_exactly(
        engine,
        register,
        "g",
        "cases with a history of angina by sex",
        "SELECT sex, COUNT(*) FROM register WHERE angina = 'y' GROUP BY 1",
    )


def test_an_adjective_names_its_condition(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "number of obese patients by sex",
        "SELECT sex, COUNT(*) FROM register WHERE obesity = 'y' GROUP BY 1",
    )


def test_two_flags_held_together(engine: Engine, register: Path) -> None:
    engine.connect("g", str(register))
    answer = engine.ask("how many patients had both high blood pressure and high cholesterol?", "g")
    assert "highbp = 'y'" in answer.plan.sql and "hichol = 'y'" in answer.plan.sql


def test_never_keeps_the_flags_false_side(engine: Engine, register: Path) -> None:
    engine.connect("g", str(register))
    answer = engine.ask("how many patients were never admitted to hospital?", "g")
    assert "hosp = 'n'" in answer.plan.sql


def test_people_under_or_over_a_number_are_their_age(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "patients under 50: number who lived vs died",
        "SELECT outcome, COUNT(*) FROM register WHERE age < 50 GROUP BY 1",
    )
    plots_exactly(
        engine,
        register,
        "g",
        "number of women over 65 by outcome",
        "SELECT outcome, COUNT(*) FROM register WHERE sex = 'f' AND age > 65 GROUP BY 1",
    )


def test_a_span_ending_in_two_digits_and_a_compound_name(engine: Engine, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "p",
        "which countries had an average gas price above zero over 1960-78?",
        "SELECT country, AVG(price) FROM GasPanel GROUP BY 1 HAVING AVG(price) > 0",
    )


def test_a_number_without_years_is_not_read_along_anothers(engine: Engine, panel: Path) -> None:
    refuses(engine, panel, "p", "average annual popgrowth 1960-1978 of the countries")


def test_a_register_with_ages_and_sexes_holds_people(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "subjects enrolled per year of onset",
        "SELECT yronset, COUNT(*) FROM register GROUP BY 1",
    )


def test_one_line_for_each_value_named(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "deaths by year of onset, one line for men and one for women",
        "SELECT yronset, COUNT(*), sex FROM register WHERE outcome = 'dead' GROUP BY 1, 3",
    )


def test_a_grouping_by_whether_left_out_is_refused(engine: Engine, register: Path) -> None:
    refuses(engine, register, "g", "patients by sex, stacked by whether they smoked", "smoked")


def test_a_groups_number_is_never_summed(engine: Engine, register: Path) -> None:
    refuses(engine, register, "g", "total flc.grp by sex")
