"""How each real-data benchmark dataset of R tables is loaded into DuckDB (see
``registry.py``) when its tables need more than :func:`load_common.from_r`, which loads
them unchanged: a type fixed, a table renamed or joined from several R objects. Tables and
columns keep the names the package gives them; :func:`load_common.tidy` only types what R
stored as text (ISO dates and times) and drops R's row-name column. Datasets read from
other packages' own files are loaded by ``package_files.py``.
"""

from __future__ import annotations

import duckdb
from load_common import load_r, quote


def load_bakeoff(con: duckdb.DuckDBPyConnection) -> None:
    load_r(con, "bakeoff", ("bakers", "challenges", "episodes", "ratings"))


def load_mpls(con: duckdb.DuckDBPyConnection) -> None:
    """Minneapolis police stops of 2017 and neighbourhood demographics (carData) with use of force (openintro).

    The two date-time columns are text in the package (``2017-01-01T06:00:42Z``,
    UTC, and ``2016/01/01 00:47:36``, local time); they are typed TIMESTAMP with
    their clock times unchanged.
    """
    load_r(con, "carData", ("MplsStops", "MplsDemo"))
    load_r(con, "openintro", ("mn_police_use_of_force",))
    con.execute(
        "ALTER TABLE MplsStops ALTER date TYPE TIMESTAMP USING strptime(date, '%Y-%m-%dT%H:%M:%SZ')"
    )
    con.execute(
        "ALTER TABLE mn_police_use_of_force ALTER response_datetime TYPE TIMESTAMP"
        " USING strptime(response_datetime, '%Y/%m/%d %H:%M:%S')"
    )


def load_birds(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's aircraft-wildlife strikes reported to the FAA, 1990–1999.

    ``date`` is text in the package (``9/30/1990 0:00:00``, always midnight); it
    is typed DATE.
    """
    load_r(con, "openintro", ("birds",))
    con.execute(
        "ALTER TABLE birds ALTER date TYPE DATE USING CAST(strptime(date, '%m/%d/%Y %H:%M:%S') AS DATE)"
    )


def load_terrorism(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's Global Terrorism Database summaries with carData's UN country indicators.

    ``incidents.byCountryYr`` counts incidents by country and year,
    ``terrorism`` sums up the world and the US by year; ``UN`` names its
    countries in its ``rownames`` column (R's row names, not 1..n), which is kept.
    """
    load_r(con, "Ecdat", ("incidents.byCountryYr", "terrorism"))
    load_r(con, "carData", ("UN",))


def load_bundesliga(con: duckdb.DuckDBPyConnection) -> None:
    """vcd's Bundesliga results 1963–2008; ``Date`` (text such as ``1963-08-24T14:30:00Z``) is typed TIMESTAMP."""
    load_r(con, "vcd", ("Bundesliga",))
    con.execute(
        "ALTER TABLE Bundesliga ALTER Date TYPE TIMESTAMP USING strptime(Date, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_us_employment(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's monthly US employment by BLS series 1939–2019; ``Month`` (text such as ``1939 Jan``) is typed DATE."""
    load_r(con, "fpp3", ("us_employment",))
    con.execute(
        "ALTER TABLE us_employment ALTER Month TYPE DATE"
        " USING CAST(strptime(Month, '%Y %b') AS DATE)"
    )


def load_birthdays(con: duckdb.DuckDBPyConnection) -> None:
    """mosaicData's births by US state and day, 1969–1988; ``date`` (text such as ``1969-01-01T00:00:00Z``, always midnight) is typed DATE."""
    load_r(con, "mosaicData", ("Birthdays",))
    con.execute(
        "ALTER TABLE Birthdays ALTER date TYPE DATE"
        " USING CAST(strptime(date, '%Y-%m-%dT%H:%M:%SZ') AS DATE)"
    )


def load_nafld(con: duckdb.DuckDBPyConnection) -> None:
    """survival's non-alcoholic fatty liver disease cohort: its subjects and their outcome events.

    ``nafld1`` has one row per subject (``id``; ``case.id`` the id of the NAFLD
    case a control was matched to, a case's own id for a case), ``nafld3`` one
    row per outcome event (``id``, ``days`` since the subject's index date).
    Their ``rownames`` columns hold R's row names of a subset (not 1..n) and are
    kept. ``nafld2`` (lab values) is left out: as exported, its ``chol`` rows
    repeat the ``hdl`` values and its ``dbp`` rows the ``sbp`` values.
    """
    load_r(con, "survival", ("nafld1", "nafld3"))


def load_us_diseases(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' yearly cases of seven contagious diseases by US state with R's 1970s state facts.

    ``us_contagious_diseases`` has one row per disease, state (full name) and
    ``year``; ``state.x77`` (1977 Statistical Abstract) and ``USArrests`` (1973
    arrests per 100,000) name their 50 states in their ``rownames`` columns (R's
    row names, not 1..n), which are kept.
    """
    load_r(con, "dslabs", ("us_contagious_diseases",))
    load_r(con, "datasets", ("state.x77", "USArrests"))


def load_trump_tweets(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' tweets of Donald Trump's account 2009–2017; ``created_at`` (text such as ``2009-12-23T17:38:18Z``, UTC) is typed TIMESTAMP."""
    load_r(con, "dslabs", ("trump_tweets",))
    con.execute(
        "ALTER TABLE trump_tweets ALTER created_at TYPE TIMESTAMP"
        " USING strptime(created_at, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_hsb_schools(con: duckdb.DuckDBPyConnection) -> None:
    """nlme's High School and Beyond 1982 extract: students' math scores and their schools.

    ``MathAchieve`` has one row per student (``School`` the school's id),
    ``MathAchSchool`` one row per school (``School`` again, unique); its
    ``rownames`` column holds R's row names, the school ids (not 1..n), and is kept.
    """
    load_r(con, "nlme", ("MathAchieve", "MathAchSchool"))


def load_kershaw(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's pitches of Clayton Kershaw in 2013; ``Time`` (text such as ``2013-04-01T20:15:04Z``, UTC) is typed TIMESTAMP."""
    load_r(con, "Stat2Data", ("Kershaw",))
    con.execute(
        "ALTER TABLE Kershaw ALTER Time TYPE TIMESTAMP USING strptime(Time, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_movielens(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' MovieLens ratings (one row per rating); ``timestamp`` (seconds since 1970, UTC) is typed TIMESTAMP."""
    load_r(con, "dslabs", ("movielens",))
    con.execute(
        'ALTER TABLE movielens ALTER "timestamp" TYPE TIMESTAMP'
        ' USING make_timestamp(CAST("timestamp" AS BIGINT) * 1000000)'
    )


def load_aus_tourism(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's quarterly Australian accommodation by state and international arrivals by origin.

    ``aus_accommodation.Date`` and ``aus_arrivals.Quarter`` (text such as ``1998 Q1``, a
    yearquarter in R) are typed DATE, the first day of the quarter.
    """
    load_r(con, "fpp3", ("aus_accommodation", "aus_arrivals"))
    for table, col in (("aus_accommodation", "Date"), ("aus_arrivals", "Quarter")):
        con.execute(
            f"ALTER TABLE {table} ALTER {col} TYPE DATE USING make_date("
            f"CAST(split_part({col}, ' Q', 1) AS INTEGER),"
            f" 3 * CAST(split_part({col}, ' Q', 2) AS INTEGER) - 2, 1)"
        )


def load_marathon(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's training runs of one marathoner, 2002–2006; ``Date`` (text such as ``1/3/2002``) is typed DATE."""
    load_r(con, "Stat2Data", ("Marathon",))
    con.execute(
        "ALTER TABLE Marathon ALTER Date TYPE DATE USING CAST(strptime(Date, '%m/%d/%Y') AS DATE)"
    )


def load_aids_australia(con: duckdb.DuckDBPyConnection) -> None:
    """MASS's Australian AIDS survival data; ``diag`` and ``death`` (days since 1 January 1960) are typed DATE."""
    load_r(con, "MASS", ("Aids2",))
    for col in ("diag", "death"):
        con.execute(
            f"ALTER TABLE Aids2 ALTER {col} TYPE DATE"
            f" USING CAST(DATE '1960-01-01' + CAST({col} AS INTEGER) AS DATE)"
        )


def load_spam_email(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's ``email`` (3,921 emails of one account, January–March 2012); ``time`` (ISO text
    in UTC such as ``2012-01-01T06:16:41Z``) is typed TIMESTAMP, kept in UTC."""
    load_r(con, "openintro", ("email",))
    con.execute(
        "ALTER TABLE email ALTER time TYPE TIMESTAMP"
        " USING CAST(strptime(time, '%Y-%m-%dT%H:%M:%SZ') AS TIMESTAMP)"
    )


def load_bank_calls(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's five-minute call volumes of a North American bank, 2003; ``DateTime`` (text such as
    ``2003-03-03T07:00:00Z``) is typed TIMESTAMP with its clock time unchanged."""
    load_r(con, "fpp3", ("bank_calls",))
    con.execute(
        "ALTER TABLE bank_calls ALTER DateTime TYPE TIMESTAMP"
        " USING strptime(DateTime, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_air_crashes(con: duckdb.DuckDBPyConnection) -> None:
    """vcdExtra's ``AirCrash`` (fatal airliner crashes 1993–2015) with stevedata's ``asn_stats``
    (the Aviation Safety Network's yearly totals 1942–2019), each as shipped."""
    load_r(con, "vcdExtra", ("AirCrash",))
    load_r(con, "stevedata", ("asn_stats",))


def load_exchange_rates(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's weekly dollar exchange rates 1975–1989 (``DM``, ``Pound``, ``Yen``) and daily ones
    1980–1987 (``Garch``), each as shipped but for ``date``: an integer ``yyyymmdd`` in the weekly
    tables and ``yymmdd`` (years 1980–1987) in ``Garch``, typed DATE."""
    load_r(con, "Ecdat", ("DM", "Pound", "Yen", "Garch"))
    for table in ("DM", "Pound", "Yen"):
        con.execute(
            f"ALTER TABLE {quote(table)} ALTER date TYPE DATE"
            " USING strptime(CAST(date AS VARCHAR), '%Y%m%d')::DATE"
        )
    con.execute(
        "ALTER TABLE Garch ALTER date TYPE DATE"
        " USING strptime(CAST(19000000 + date AS VARCHAR), '%Y%m%d')::DATE"
    )


def load_england_history(con: duckdb.DuckDBPyConnection) -> None:
    """HistData's ``Arbuthnot`` (London christenings by sex, plague deaths and all burials,
    1629–1710) and ``Wheat`` (Playfair's English wheat prices and weekly wages, every five years
    1565–1821) with DAAG's ``measles`` (London measles deaths by year 1629–1939, R's time series
    as ``time`` and ``value``), each as shipped; a loader only because the tables come from two
    packages."""
    load_r(con, "HistData", ("Arbuthnot", "Wheat"))
    load_r(con, "DAAG", ("measles",))


def load_grinnell_houses(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's house sales in Grinnell, Iowa, 2005–2015; ``Date`` (days since 1 January 1960,
    agreeing with ``YearSold``, ``MonthSold`` and ``DaySold`` on every row) is typed DATE."""
    load_r(con, "Stat2Data", ("GrinnellHouses",))
    con.execute(
        "ALTER TABLE GrinnellHouses ALTER Date TYPE DATE"
        " USING CAST(DATE '1960-01-01' + CAST(Date AS INTEGER) AS DATE)"
    )


def load_cars_1993(con: duckdb.DuckDBPyConnection) -> None:
    """MASS's ``Cars93``; ``AirBags``' level ``None`` (no air bag, 34 cars), which the export
    wrote as a missing value, is restored as the text ``None``."""
    load_r(con, "MASS", ("Cars93",))
    con.execute("UPDATE Cars93 SET AirBags = 'None' WHERE AirBags IS NULL")


def load_brushtail_possums(con: duckdb.DuckDBPyConnection) -> None:
    """DAAG's ``possum`` and ``possumsites``, each as shipped, with the site number ``possum.site``
    stands for added to ``possumsites`` as ``site``: the ``possum`` help page numbers the sites
    1–7 in the order Cambarville, Bellbird, Whian Whian, Byrangery, Conondale, Allyn River,
    Bulburin, which is not the order of ``possumsites``' rows (Allyn River is its third)."""
    load_r(con, "DAAG", ("possum", "possumsites"))
    order = (
        "Cambarville",
        "Bellbird",
        "Whian Whian",
        "Byrangery",
        "Conondale",
        "Allyn River",
        "Bulburin",
    )
    con.execute("ALTER TABLE possumsites ADD COLUMN site BIGINT")
    for number, name in enumerate(order, start=1):
        con.execute("UPDATE possumsites SET site = ? WHERE rownames = ?", [number, name])
