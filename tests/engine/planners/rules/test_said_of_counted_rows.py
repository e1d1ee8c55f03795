"""What is said of the rows a question counts or ranks, the way analysts say it (issue 12).

A register of patients (a status coded A/D beside dates of diagnosis and death), a log of
arrests whose yes/no columns hold Yes/No, and a menu whose item names repeat across chains.
All invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

STATES = ["NSW", "VIC", "QLD", "Other"]
CHAINS = ["Subway", "Sonic", "Arbys", "Taco Bell"]
ITEMS = ["Chicken Wrap", "Grilled Chicken Sandwich", "Cheeseburger", "Hot Dog", "Taco"]


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("register") / "register.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Cases (state VARCHAR, sex VARCHAR, diag DATE, death DATE,"
        ' status VARCHAR, "T.categ" VARCHAR, age BIGINT)'
    )
    con.executemany(
        "INSERT INTO Cases VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            [
                STATES[k % 4],
                "MF"[k % 7 == 0],
                f"{1982 + k % 9}-{1 + k % 12:02d}-{1 + k % 27:02d}",
                f"{1984 + k % 8}-{1 + k * 5 % 12:02d}-{1 + k % 25:02d}",
                "AD"[k % 3 != 0],
                ["hs", "hsid", "id", "het", "haem"][k % 5],
                20 + k * 7 % 50,
            ]
            for k in range(600)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def arrests(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("arrests") / "arrests.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Arrests (released VARCHAR, colour VARCHAR, year BIGINT, age BIGINT,"
        " sex VARCHAR, employed VARCHAR, citizen VARCHAR, checks BIGINT)"
    )
    con.executemany(
        "INSERT INTO Arrests VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                ["Yes", "No"][k % 5 == 0],
                ["White", "Black"][k % 3 == 0],
                1997 + k % 6,
                12 + k * 11 % 50,
                ["Male", "Female"][k % 9 == 0],
                ["Yes", "No"][k % 4 == 0],
                ["Yes", "No"][k % 6 == 0],
                k * 13 % 7,
            ]
            for k in range(900)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def menu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("menu") / "menu.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE fastfood (restaurant VARCHAR, item VARCHAR, calories BIGINT,"
        " sodium BIGINT, cholesterol BIGINT, sugar BIGINT)"
    )
    names = [  # mostly each chain's own, a few shared ("Cheeseburger" at two chains)
        (c, item if (item, k) == ("Cheeseburger", 0) and c in CHAINS[:2] else f"{c} {size} {item}")
        for c in CHAINS
        for item in ITEMS
        for k, size in enumerate(("Small", "Large", "Double", "Footlong"))
    ]
    rows = [
        [chain, item, 200 + (k * 37) % 900, 300 + k * 53 % 3000, 10 + k * 17 % 190, k * 7 % 40]
        for k, (chain, item) in enumerate(names)
    ]
    con.executemany("INSERT INTO fastfood VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return path


def test_what_the_counted_rows_did_is_not_left_out(engine: Engine, arrests: Path) -> None:
    refuses(engine, arrests, "a", "How many arrestees were jailed?", "jailed")
    refuses(engine, arrests, "a", "how many arrestees who fought back were there each year?")


def test_a_status_coded_by_initials_is_the_outcome(engine: Engine, register: Path) -> None:
    engine.connect("r", str(register))
    answer = engine.ask("How many patients died?", "r")
    assert kpi(answer) == one(register, "SELECT COUNT(*) FROM Cases WHERE status = 'D'")
    plots_exactly(
        engine,
        register,
        "r",
        "average age of patients who died vs those still alive",
        "SELECT status, AVG(age) FROM Cases GROUP BY 1",
    )


def test_a_kind_of_patient_or_a_scatter_left_out(engine: Engine, register: Path) -> None:
    refuses(engine, register, "r", "How many haemophiliacs were still alive?", "haemophiliacs")
    refuses(engine, register, "r", "how many men who injected drugs were there in each state?")
    refuses(
        engine, register, "r", "age vs days survived after diagnosis, for those who died (scatter)"
    )


def test_what_every_row_is_said_to_do_keeps_them_all(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "r",
        "how many patients were diagnosed in each state?",
        "SELECT state, COUNT(*) FROM Cases GROUP BY 1",
    )


def test_a_date_named_before_its_range_keeps_rows(engine: Engine, register: Path) -> None:
    engine.connect("r", str(register))
    answer = engine.ask("average age of patients diagnosed before 1986", "r")
    assert kpi(answer) == pytest.approx(
        one(register, "SELECT AVG(age) FROM Cases WHERE diag < DATE '1986-01-01'")
    )


def test_an_average_at_an_event_compared_per_group(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "r",
        "states where the average age at diagnosis is above 44",
        "SELECT state, AVG(age) FROM Cases GROUP BY 1 HAVING AVG(age) > 44",
    )


def test_a_log_of_arrests_said_of_the_people(engine: Engine, arrests: Path) -> None:
    plots_exactly(
        engine,
        arrests,
        "a",
        "arrests by skin colour",
        "SELECT colour, COUNT(*) FROM Arrests GROUP BY 1",
    )
    plots_exactly(
        engine,
        arrests,
        "a",
        "non-citizen arrests over the years",
        "SELECT year, COUNT(*) FROM Arrests WHERE citizen = 'No' GROUP BY 1",
    )
    plots_exactly(
        engine,
        arrests,
        "a",
        "arrestees with 3 or more checks, by colour",
        "SELECT colour, COUNT(*) FROM Arrests WHERE checks >= 3 GROUP BY 1",
    )
    plots_exactly(
        engine,
        arrests,
        "a",
        "share of arrestees with and without a job",
        "SELECT employed, COUNT(*) FROM Arrests GROUP BY 1",
    )
    engine.connect("a", str(arrests))
    answer = engine.ask("How many of the people arrested were under 18?", "a")
    assert kpi(answer) == one(arrests, "SELECT COUNT(*) FROM Arrests WHERE age < 18")


def test_a_rate_drawn_and_a_grouping_the_plan_does_not_make(engine: Engine, arrests: Path) -> None:
    plots_exactly(  # the share released in each colour, never the count of the released
        engine,
        arrests,
        "a",
        "release rate by colour",
        "SELECT colour, AVG(CASE WHEN released = 'Yes' THEN 1.0 ELSE 0 END) FROM Arrests GROUP BY 1",
    )
    refuses(engine, arrests, "a", "number of arrestees by how many databases they showed up in")


def test_items_whose_names_repeat_across_chains(engine: Engine, menu: Path) -> None:
    plots_exactly(
        engine,
        menu,
        "m",
        "top 4 items by sodium",
        "SELECT item, sodium FROM fastfood ORDER BY sodium DESC LIMIT 4",
    )
    engine.connect("m", str(menu))
    answer = engine.ask("What's the most cholesterol in any Subway item?", "m")
    assert kpi(answer) == one(
        menu, "SELECT MAX(cholesterol) FROM fastfood WHERE restaurant = 'Subway'"
    )


def test_a_chain_and_the_name_of_its_items(engine: Engine, menu: Path) -> None:
    plots_exactly(
        engine,
        menu,
        "m",
        "How many items with chicken in the name does each restaurant sell?",
        "SELECT restaurant, COUNT(*) FROM fastfood WHERE item ILIKE '%chicken%' GROUP BY 1",
    )
    plots_exactly(
        engine,
        menu,
        "m",
        "average sugar per chain for items over 800 calories",
        "SELECT restaurant, AVG(sugar) FROM fastfood WHERE calories > 800 GROUP BY 1",
    )
    plots_exactly(
        engine,
        menu,
        "m",
        "which restaurant has the highest average sodium per item?",
        "SELECT restaurant, AVG(sodium) FROM fastfood GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )


@pytest.fixture(scope="module")
def nations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb
    import pycountry

    # R's row names: ISO names with their spaces turned into dots ("New.Zealand")
    names = [getattr(c, "common_name", c.name).replace(" ", ".") for c in pycountry.countries]
    names = sorted(n for n in names if "," not in n and "(" not in n)[:48]
    path = tmp_path_factory.mktemp("nations") / "nations.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE UN98 (rownames VARCHAR, region VARCHAR, tfr DOUBLE, GDPperCapita BIGINT)"
    )
    con.executemany(
        "INSERT INTO UN98 VALUES (?, ?, ?, ?)",
        [
            [n, ["Europe", "Asia", "Africa", "America"][k % 4], 1.2 + k % 7 / 2, 300 + k * 977]
            for k, n in enumerate(names)
        ],
    )
    con.execute("CREATE TABLE Savings (rownames VARCHAR, sr DOUBLE, pop15 DOUBLE)")
    con.executemany(
        "INSERT INTO Savings VALUES (?, ?, ?)",
        [[n, 2 + k * 7 % 19, 20 + k * 3 % 27] for k, n in enumerate(names)],
    )
    con.close()
    return path


def test_a_table_of_countries_named_by_its_year(engine: Engine, nations: Path) -> None:
    plots_exactly(
        engine,
        nations,
        "n",
        "average total fertility rate by region in 1998",
        "SELECT region, AVG(tfr) FROM UN98 GROUP BY 1",
    )
    plots_exactly(
        engine,
        nations,
        "n",
        "top 3 countries by GDP per capita in 1998",
        "SELECT rownames, GDPperCapita FROM UN98 ORDER BY 2 DESC LIMIT 3",
    )


def test_a_bound_glued_into_a_name_is_no_condition_on_another(
    engine: Engine, nations: Path
) -> None:
    refuses(engine, nations, "n", "savings ratio against % of population under 15", "under")


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("monthly") / "monthly.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE economics (date DATE, unemploy BIGINT, hp BIGINT, hp_rpm BIGINT)")
    con.executemany(
        "INSERT INTO economics VALUES (?, ?, ?, ?)",
        [
            [f"{2000 + k // 12}-{k % 12 + 1:02d}-01", 5000 + k * 37 % 900, 300 + k, 5000 + k * 9]
            for k in range(120)
        ],
    )
    con.close()
    return path


def test_a_peak_is_a_maximum_unless_it_says_when(engine: Engine, monthly: Path) -> None:
    refuses(engine, monthly, "e", "line of the peak monthly count of rows for each year", "peak")
    engine.connect("e", str(monthly))
    answer = engine.ask("average rpm of peak horsepower by year", "e")
    assert "hp_rpm" in answer.plan.sql


def test_the_unemployed_are_a_clipped_column_of_counts(engine: Engine, monthly: Path) -> None:
    engine.connect("e", str(monthly))
    answer = engine.ask("lowest number of unemployed in any month", "e")
    assert kpi(answer) == one(monthly, "SELECT MIN(unemploy) FROM economics")
    answer = engine.ask("average number of unemployed across the months of 2005", "e")
    assert kpi(answer) == pytest.approx(
        one(monthly, "SELECT AVG(unemploy) FROM economics WHERE YEAR(date) = 2005")
    )
