"""Who the rows are and how numbers are bounded, as analysts say it (issue 12).

A list of homicides (each row a victim: age, borough, year), a developer survey (each row a
respondent with a salary, 0/1 columns for kinds of developer, a job-years column) and a
register of towns with coordinates and populations in two census years. All invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


def _db(tmp_path_factory: pytest.TempPathFactory, name: str) -> tuple[Path, object]:
    import duckdb

    path = tmp_path_factory.mktemp(name) / f"{name}.duckdb"
    return path, duckdb.connect(str(path))


@pytest.fixture(scope="module")
def homicides(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, con = _db(tmp_path_factory, "homicides")
    con.execute(
        "CREATE TABLE homicides (forename VARCHAR, age BIGINT, borough VARCHAR, year BIGINT)"
    )
    con.executemany(
        "INSERT INTO homicides VALUES (?, ?, ?, ?)",
        [
            [f"Name{k}", 12 + k * 7 % 60, ["Hackney", "Camden", "Ealing"][k % 3], 2006 + k % 6]
            for k in range(300)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, con = _db(tmp_path_factory, "survey")
    con.execute(
        "CREATE TABLE survey (Country VARCHAR, Salary DOUBLE, YearsCodedJob BIGINT,"
        " Remote VARCHAR, Desktop_applications_developer BIGINT, Mobile_developer BIGINT,"
        " Embedded_developer BIGINT, CompanySizeNumber BIGINT)"
    )
    con.executemany(
        "INSERT INTO survey VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                ["Canada", "Germany", "India"][k % 3],
                30000.0 + k * 997 % 90000,
                k % 20,
                ["Remote", "Not remote"][k % 3 == 0],
                k % 2,
                k % 3 == 0,
                k % 5 == 0,
                [20, 100, 1000, 10000][k % 4],
            ]
            for k in range(500)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, con = _db(tmp_path_factory, "towns")
    con.execute(
        "CREATE TABLE towns (name VARCHAR, latitude DOUBLE, longitude DOUBLE,"
        " population_2016 BIGINT, population_2021 BIGINT)"
    )
    con.executemany(
        "INSERT INTO towns VALUES (?, ?, ?, ?, ?)",
        [
            [f"Town {k}", 42.0 + k * 0.07, -95.0 + k * 0.1, 900 + k * 131, 1000 + k * 137]
            for k in range(150)
        ],
    )
    con.close()
    return path


def test_the_victims_of_a_list_of_homicides_are_its_rows(engine: Engine, homicides: Path) -> None:
    plots_exactly(
        engine,
        homicides,
        "t",
        "mean victim age in each borough",
        "SELECT borough, AVG(age) FROM homicides GROUP BY 1",
    )
    answer = engine.ask("how many of the victims were under 18?", "t")  # no follow-up of it
    assert kpi(answer) == one(homicides, "SELECT COUNT(*) FROM homicides WHERE age < 18")


def test_respondents_with_a_salary_are_the_rows(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "t",
        "pie of remote vs non-remote respondents",
        "SELECT Remote, COUNT(*) FROM survey GROUP BY 1",
    )


def test_a_word_several_flags_end_in_names_none_of_them(engine: Engine, survey: Path) -> None:
    refuses(engine, survey, "t", "how many developers answered the survey?")


def test_employees_are_no_misspelt_synonym_of_a_job(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "respondents by company size (number of employees)",
        "SELECT CompanySizeNumber, COUNT(*) FROM survey GROUP BY 1",
    )


def test_a_year_before_a_number_is_no_top_n(engine: Engine, towns: Path) -> None:
    engine.connect("t", str(towns))
    answer = engine.ask("smallest 2021 population of any town", "t")
    assert kpi(answer) == one(towns, "SELECT MIN(population_2021) FROM towns")


def test_north_of_a_latitude_bounds_the_latitude(engine: Engine, towns: Path) -> None:
    engine.connect("t", str(towns))
    answer = engine.ask("combined 2021 population of towns north of latitude 46", "t")
    assert kpi(answer) == one(towns, "SELECT SUM(population_2021) FROM towns WHERE latitude > 46")


def test_over_time_of_one_number_is_refused(engine: Engine, towns: Path) -> None:
    refuses(engine, towns, "t", "Town 3's population over time", "time")


def test_a_demonym_in_ian_names_its_country(engine: Engine, survey: Path) -> None:
    engine.connect("s", str(survey))
    answer = engine.ask("average salary of Canadian respondents", "s")
    assert kpi(answer) == pytest.approx(
        one(survey, "SELECT AVG(Salary) FROM survey WHERE Country = 'Canada'")
    )


def test_the_other_axis_left_unread_is_refused(engine: Engine, survey: Path) -> None:
    refuses(
        engine,
        survey,
        "s",
        "for German respondents, plot salary against years of professional coding",
        "coding",
    )


def test_an_adverb_names_the_value_of_its_adjective(engine: Engine, survey: Path) -> None:
    engine.connect("s", str(survey))
    answer = engine.ask("how many respondents work remotely?", "s")
    assert kpi(answer) == one(survey, "SELECT COUNT(*) FROM survey WHERE Remote = 'Remote'")


def test_a_range_after_people_is_their_age(engine: Engine, homicides: Path) -> None:
    plots_exactly(
        engine,
        homicides,
        "h",
        "teenage victims (13 to 19) per year",
        "SELECT year, COUNT(*) FROM homicides WHERE age BETWEEN 13 AND 19 GROUP BY 1",
    )


@pytest.fixture(scope="module")
def votes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, con = _db(tmp_path_factory, "votes")
    con.execute(
        "CREATE TABLE HouseVote (Dist VARCHAR, Party VARCHAR, Dem BIGINT, Rep BIGINT,"
        " ACAvote BIGINT)"
    )
    con.executemany(
        "INSERT INTO HouseVote VALUES (?, ?, ?, ?, ?)",
        [
            [f"D-{k}", "DR"[k % 3 != 0], int(k % 3 == 0), int(k % 3 != 0), int(k % 5 != 0)]
            for k in range(435)
        ],
    )
    con.close()
    return path


def test_voted_against_keeps_the_no_votes(engine: Engine, votes: Path) -> None:
    engine.connect("v", str(votes))
    answer = engine.ask("how many Republicans voted against the ACA?", "v")
    assert kpi(answer) == one(votes, "SELECT COUNT(*) FROM HouseVote WHERE Rep = 1 AND ACAvote = 0")
