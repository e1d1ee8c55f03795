"""What a question counts, shares out or plots, read from its words (issue 12).

- "monthly sunspot numbers" of a table of one row a month: each month's value, not a line
  of ones; "sunspot number by year" (a sum or a mean of the months?) is refused; "how many
  months per year" counts, as said.
- "from January 2000 on" keeps January 2000 and after, not January 2000 alone.
- "in January, over all the years": one mean over every January, no line by year.
- "percentage of the polls had Remain ahead": a share of the polls, never the mean of a
  share column; "percentage of people aged 65 or older reported a wage": never their
  average wage; "of the non-white workers received unemployment insurance": the
  insured share of the non-white workers, not the non-white share of the insured.
- ``yrdispl`` (1 … 10, the year a worker was displaced) is no amount: never summed.
- "number of sales by number of bathrooms": grouped by ``baths``; a grouping by "number of
  fireplaces" the table does not hold is refused, never dropped.
- "the 5 cities with the most sales" ranked by an unread word is refused.
- "scatter of hourly wage by age": each person a point, not each age's total.
- "number of people interviewed in the polls": the polls are the rows; refused.
- "Remain share by end date": dates drawn by their own values make a line.
- "average sale price" of a column named ``price`` alone is that price.
- "number of days with at least 100 deaths, per year": a tally of some days, drawn as bars;
  "total deaths per month" stays a line.
- "total medical expenses": "medical" names ``meddol`` (clipped ``med``, beside ``drugdol``);
  a sum of another column of expenses is refused.
- "artists represented by a single work": a count of every artist is refused.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses
from dbfiles import database_file

from aiser_jupyter.errors import AiserError


def _fill_sunspots(con: Any) -> None:
    con.execute('CREATE TABLE "sunspot.month" (time DATE, value DOUBLE)')
    rows = [
        (datetime.date(1950 + k // 12, 1 + k % 12, 1), 20.0 + (k * 37) % 190 + k / 100)
        for k in range(60 * 12)
    ]
    con.executemany('INSERT INTO "sunspot.month" VALUES (?, ?)', rows)


@pytest.fixture(scope="module")
def sunspots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("sun"), "sun", _fill_sunspots)


def test_a_series_counted_by_its_own_months_is_its_values(engine: Any, sunspots: Path) -> None:
    plots_exactly(
        engine,
        sunspots,
        "s",
        "monthly sunspot numbers during 1957 and 1958",
        'SELECT CAST(time AS TIMESTAMP), value FROM "sunspot.month"'
        " WHERE YEAR(time) BETWEEN 1957 AND 1958",
    )
    refuses(engine, sunspots, "s", "sunspot number by year")
    plots_exactly(
        engine,
        sunspots,
        "s",
        "how many months per year",
        "SELECT CAST(DATE_TRUNC('year', time) AS TIMESTAMP), COUNT(*) FROM \"sunspot.month\""
        " GROUP BY 1",
    )


def test_from_a_month_on(engine: Any, sunspots: Path) -> None:
    engine.connect("s", str(sunspots))
    answer = engine.ask("average sunspot number from January 2005 on", "s")
    kept = one(sunspots, "SELECT AVG(value) FROM \"sunspot.month\" WHERE time >= DATE '2005-01-01'")
    assert kpi(answer) == pytest.approx(kept)


def test_over_all_the_years_is_one_number(engine: Any, sunspots: Path) -> None:
    engine.connect("s", str(sunspots))
    answer = engine.ask("average sunspot number in January, over all the years", "s")
    january = one(sunspots, 'SELECT AVG(value) FROM "sunspot.month" WHERE MONTH(time) = 1')
    assert kpi(answer) == pytest.approx(january)


def _fill_polls(con: Any) -> None:
    con.execute(
        "CREATE TABLE brexit_polls (enddate DATE, pollster VARCHAR, samplesize INTEGER,"
        " remain DOUBLE, leave DOUBLE)"
    )
    rows = []
    for k in range(80):
        end = datetime.date(2016, 1, 10) + datetime.timedelta(days=2 * k)
        remain = 0.38 + (k * 7) % 15 / 100
        rows.append((end, ["TNS", "ICM", "YouGov"][k % 3], 800 + 37 * k, remain, 0.8 - remain))
    con.executemany("INSERT INTO brexit_polls VALUES (?, ?, ?, ?, ?)", rows)


@pytest.fixture(scope="module")
def polls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("polls"), "polls", _fill_polls)


def test_a_share_of_the_rows_is_no_mean_of_a_share(engine: Any, polls: Path) -> None:
    refuses(engine, polls, "p", "What percentage of the polls had Remain ahead?", "percentage")


def test_the_people_of_the_polls_are_not_its_rows(engine: Any, polls: Path) -> None:
    refuses(
        engine,
        polls,
        "p",
        "total number of people interviewed in the polls that ended in May",
        "people",
    )
    engine.connect("p", str(polls))
    answer = engine.ask("number of polls that ended in May", "p")
    assert kpi(answer) == one(polls, "SELECT COUNT(*) FROM brexit_polls WHERE MONTH(enddate) = 5")


def test_dates_by_their_own_values_make_a_line(engine: Any, polls: Path) -> None:
    answer = plots_exactly(
        engine,
        polls,
        "p",
        "TNS's remain share by end date",
        "SELECT enddate, remain FROM brexit_polls WHERE pollster = 'TNS'",
    )
    assert answer.plan.chart.mark == "line"


def _fill_workers(con: Any) -> None:
    con.execute(
        "CREATE TABLE Benefits (state INTEGER, age INTEGER, wage DOUBLE, nwhite VARCHAR,"
        " ui VARCHAR, yrdispl INTEGER, language VARCHAR)"
    )
    rows = [
        (
            11 + k % 40,
            20 + (k * 7) % 50,
            None if k % 6 == 0 else 8.0 + (k * 13) % 40 / 2,
            "yes" if k % 4 == 0 else "no",
            "yes" if (k * 5) % 7 < 4 else "no",
            1 + k % 10,
            "French" if k % 5 == 0 else "English",
        )
        for k in range(900)
    ]
    con.executemany("INSERT INTO Benefits VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("dsw"), "dsw", _fill_workers)


def test_the_share_is_of_the_rows_before_the_verb(engine: Any, workers: Path) -> None:
    engine.connect("w", str(workers))
    answer = engine.ask(
        "What percentage of the non-white workers received unemployment insurance?", "w"
    )
    insured = one(
        workers,
        "SELECT 100.0 * AVG(CASE WHEN ui = 'yes' THEN 1 ELSE 0 END) FROM Benefits"
        " WHERE nwhite = 'yes'",
    )
    assert kpi(answer) == pytest.approx(insured)
    refuses(
        engine,
        workers,
        "w",
        "What percentage of workers aged 65 or older reported a wage?",
        "percentage",
    )


def test_a_coded_year_is_never_summed(engine: Any, workers: Path) -> None:
    # the year a worker was displaced is no number of workers: never summed, and the word
    # that named it is said to be left out
    refuses(engine, workers, "w", "the 5 state codes with the most displaced workers", "displaced")


def test_a_scatter_of_one_number_by_another_is_its_rows(engine: Any, workers: Path) -> None:
    answer = plots_exactly(
        engine,
        workers,
        "w",
        "scatter of hourly wage by age for French speakers",
        "SELECT age, wage FROM Benefits WHERE language = 'French' AND wage IS NOT NULL",
    )
    assert answer.plan.chart.mark == "point"


def _fill_homes(con: Any) -> None:
    con.execute("CREATE TABLE Sacramento (city VARCHAR, baths DOUBLE, price INTEGER)")
    rows = [
        (
            ["Elk Grove", "Folsom", "Galt", "Davis", "Lincoln", "Rocklin"][k % 6],
            1 + k % 4 / 2,
            90000 + 977 * k,
        )
        for k in range(300)
    ]
    con.executemany("INSERT INTO Sacramento VALUES (?, ?, ?)", rows)


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("sac"), "sac", _fill_homes)


def test_by_the_number_of_things_a_row_holds(engine: Any, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "h",
        "number of sales by number of bathrooms",
        "SELECT baths, COUNT(*) FROM Sacramento GROUP BY baths",
    )
    refuses(engine, homes, "h", "number of sales by number of fireplaces", "fireplaces")


def test_ranked_by_an_unread_word_is_refused(engine: Any, homes: Path) -> None:
    refuses(
        engine,
        homes,
        "h",
        "cheapest sale in each of the 5 cities with the most sales",
        "sales",
    )


def test_a_sale_price_of_a_bare_price(engine: Any, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "h",
        "the 3 cities with the lowest average sale price",
        "SELECT city, AVG(price) FROM Sacramento GROUP BY city ORDER BY 2 LIMIT 3",
    )


def _fill_deaths(con: Any) -> None:
    con.execute("CREATE TABLE deaths (date DATE, deaths INTEGER)")
    start = datetime.date(2015, 1, 1)
    rows = [(start + datetime.timedelta(days=k), 60 + (k * 17) % 70) for k in range(3 * 365)]
    con.executemany("INSERT INTO deaths VALUES (?, ?)", rows)


def test_periods_kept_by_a_number_are_a_tally(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("pmr"), "pmr", _fill_deaths)
    answer = plots_exactly(
        engine,
        path,
        "d",
        "number of days with at least 100 deaths, per year",
        "SELECT CAST(DATE_TRUNC('year', date) AS TIMESTAMP), COUNT(*) FROM deaths"
        " WHERE deaths >= 100 GROUP BY 1",
    )
    assert answer.plan.chart.mark == "bar"
    answer = plots_exactly(
        engine,
        path,
        "d",
        "total deaths per month",
        "SELECT CAST(DATE_TRUNC('month', date) AS TIMESTAMP), SUM(deaths) FROM deaths GROUP BY 1",
    )
    assert answer.plan.chart.mark == "line"


#: the RAND health insurance experiment's columns, as R's Ecdat ships them
_RAND = [
    "plan",
    "site",
    "coins",
    "tookphys",
    "year",
    "zper",
    "black",
    "income",
    "xage",
    "female",
    "educdec",
    "time",
    "outpdol",
    "drugdol",
    "suppdol",
    "mentdol",
    "inpdol",
    "meddol",
    "totadm",
    "inpmis",
    "mentvis",
    "mdvis",
    "notmdvis",
    "num",
    "mhi",
    "disea",
    "physlm",
    "ghindx",
    "mdeoff",
    "pioff",
    "child",
    "fchild",
    "lfam",
    "lpi",
    "idp",
    "logc",
    "fmde",
    "hlthg",
    "hlthf",
    "hlthp",
    "xghindx",
    "linc",
    "lnum",
    "lnmeddol",
    "binexp",
]


def _fill_expenses(con: Any) -> None:
    whole = ("year", "binexp")
    columns = ", ".join(f"{n} {'INTEGER' if n in whole else 'DOUBLE'}" for n in _RAND)
    con.execute(f"CREATE TABLE RandHIE ({columns})")
    rows = [
        tuple(
            1 + k % 5 if n == "year" else k % 2 if n == "binexp" else float(k * (j + 3) % 97)
            for j, n in enumerate(_RAND)
        )
        for k in range(300)
    ]
    con.executemany(f"INSERT INTO RandHIE VALUES ({', '.join('?' * len(_RAND))})", rows)


def test_a_clipped_modifier_names_its_column(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """ "medical" of ``meddol`` beside ``drugdol``: never the sum of another expenses column."""
    path = database_file("duckdb", tmp_path_factory.mktemp("rhe"), "rhe", _fill_expenses)
    engine.connect("r", str(path))
    try:
        answer = engine.ask("total medical expenses", "r")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        assert "medical" in refused.details["unused"]
    else:
        assert kpi(answer) == one(path, "SELECT SUM(meddol) FROM RandHIE")


def _fill_works(con: Any) -> None:
    con.execute("CREATE TABLE tate_text (artist VARCHAR, title VARCHAR, year INTEGER)")
    rows = [(f"artist {k % 40 if k % 3 else k}", f"work {k}", 1800 + k % 200) for k in range(400)]
    con.executemany("INSERT INTO tate_text VALUES (?, ?, ?)", rows)


def test_a_single_thing_keeps_those_with_one(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """ "artists represented by a single work": those with one work, never every artist."""
    path = database_file("duckdb", tmp_path_factory.mktemp("tate"), "tate", _fill_works)
    refuses(engine, path, "t", "How many artists are represented by a single work?", "work")
