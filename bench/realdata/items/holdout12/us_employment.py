"""US monthly employment by BLS series, January 1939 – September 2019 (fpp3).

One table ``us_employment`` (143,412 rows: 148 series × 969 months):
``Month`` (DATE, first day of the month), ``Series_ID`` (BLS code such as
``CEU0500000001``, ``PAYNSA``, ``TEMPHELPN``), ``Title`` (``Total Private``,
``Manufacturing``, ``Retail Trade: Gasoline Stations`` — sub-industries carry
their sector as a prefix, so series overlap and are never summed across
titles) and ``Employed`` (thousands of employees, not seasonally adjusted;
NULL for the months before a series starts, e.g. most sub-industries start in
1990).
"""

from itemdef import Q

DB = "us_employment"
T = "us_employment"

ITEMS = [
    Q(
        "emp-01",
        "Total Private employment month by month in 2019",
        "line",
        "month(Month)",
        "Employed",
        sql=f"SELECT DATE_TRUNC('month', Month) AS x, Employed AS y FROM {T}"
        " WHERE Title = 'Total Private' AND YEAR(Month) = 2019 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year",
    ),
    Q(
        "emp-02",
        "yearly average Manufacturing employment over time",
        "line",
        "year(Month)",
        "avg(Employed)",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y FROM {T} WHERE Title = 'Manufacturing'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "emp-03",
        "How many employment series are there?",
        "kpi",
        None,
        "count(distinct Series_ID)",
        sql=f"SELECT COUNT(DISTINCT Series_ID) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "emp-04",
        "Retail Trade employment every December since 2000",
        "line",
        "Month",
        "Employed",
        sql=f"SELECT Month AS x, Employed AS y FROM {T} WHERE Title = 'Retail Trade'"
        " AND MONTH(Month) = 12 AND YEAR(Month) >= 2000 ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line condition-value condition-month condition-year-range",
    ),
    Q(
        "emp-05",
        "the 5 retail trade sub-industries with the most employees in September 2019",
        "bar",
        "Title",
        "Employed",
        sql=f"SELECT Title AS x, Employed AS y FROM {T} WHERE Title LIKE 'Retail Trade:%'"
        " AND Month = DATE '2019-09-01' AND Employed IS NOT NULL ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-value condition-month condition-year",
    ),
    Q(
        "emp-06",
        "peak monthly employment in Construction",
        "kpi",
        None,
        "max(Employed)",
        sql=f"SELECT MAX(Employed) AS y FROM {T} WHERE Title = 'Construction'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "emp-07",
        "yearly average employment since 1990, Goods-Producing vs Private Service-Providing,"
        " one line each",
        "line",
        "year(Month)",
        "avg(Employed)",
        "Title",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y, Title AS color FROM {T}"
        " WHERE Title IN ('Goods-Producing', 'Private Service-Providing')"
        " AND YEAR(Month) >= 1990 GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin multi-series condition-value condition-year-range",
    ),
    Q(
        "emp-08",
        "How many series already had a value in January 1939?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Month = DATE '1939-01-01'"
        " AND Employed IS NOT NULL",
        hard="Medium",
        tags="kpi count-of-entity condition-month condition-year",
    ),
    Q(
        "emp-09",
        "average Information sector employment per year, 2010 to 2019",
        "line",
        "year(Month)",
        "avg(Employed)",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y FROM {T} WHERE Title = 'Information'"
        " AND YEAR(Month) BETWEEN 2010 AND 2019 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "emp-10",
        "pie of September 2019 government employment: Federal, State Government and"
        " Local Government",
        "arc",
        "Title",
        "Employed",
        sql=f"SELECT Title AS x, Employed AS y FROM {T} WHERE Title IN ('Government: Federal',"
        " 'Government: State Government', 'Government: Local Government')"
        " AND Month = DATE '2019-09-01' ORDER BY x",
        hard="Hard",
        tags="share condition-value condition-month condition-year",
    ),
    Q(
        "emp-11",
        "histogram of monthly Manufacturing employment, bins of 1,000 (thousand employees)",
        "bar",
        "Employed",
        "count(*)",
        sql=f"SELECT FLOOR(Employed / 1000) * 1000 AS x, COUNT(*) AS y FROM {T}"
        " WHERE Title = 'Manufacturing' AND Employed IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-value",
    ),
    Q(
        "emp-12",
        "which series averaged more than 20,000 thousand employees in 2018?",
        "bar",
        "Title",
        "avg(Employed)",
        sql=f"SELECT Title AS x, AVG(Employed) AS y FROM {T} WHERE YEAR(Month) = 2018"
        " GROUP BY x HAVING AVG(Employed) > 20000 ORDER BY x",
        hard="Hard",
        tags="having condition-year",
    ),
    Q(
        "emp-13",
        "yearly average of All Employees, Total Nonfarm",
        "line",
        "year(Month)",
        "avg(Employed)",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y FROM {T}"
        " WHERE Title = 'All Employees, Total Nonfarm' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "emp-14",
        "employment in food services and drinking places every July from 2010 to 2019",
        "line",
        "Month",
        "Employed",
        sql=f"SELECT Month AS x, Employed AS y FROM {T}"
        " WHERE Title = 'Leisure and Hospitality: Food Services and Drinking Places'"
        " AND MONTH(Month) = 7 AND YEAR(Month) BETWEEN 2010 AND 2019 ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line condition-value condition-month condition-year-range",
    ),
    Q(
        "emp-15",
        "the 4 durable goods industries with the fewest employees in September 2019",
        "bar",
        "Title",
        "Employed",
        sql=f"SELECT Title AS x, Employed AS y FROM {T} WHERE Title LIKE 'Durable Goods:%'"
        " AND Month = DATE '2019-09-01' AND Employed IS NOT NULL ORDER BY y, x LIMIT 4",
        sort="y",
        hard="Hard",
        tags="top-n condition-value condition-month condition-year",
    ),
    Q(
        "emp-16",
        "hospital employment by month during 2009",
        "line",
        "month(Month)",
        "Employed",
        sql=f"SELECT DATE_TRUNC('month', Month) AS x, Employed AS y FROM {T}"
        " WHERE Title = 'Education and Health Services: Hospitals' AND YEAR(Month) = 2009"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year",
    ),
    Q(
        "emp-17",
        "annual average employment in oil and gas extraction, year by year",
        "line",
        "year(Month)",
        "avg(Employed)",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y FROM {T}"
        " WHERE Title = 'Mining and Logging: Oil and Gas Extraction' AND Employed IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "emp-18",
        "How many series have a title starting with 'Retail Trade'?",
        "kpi",
        None,
        "count(distinct Series_ID)",
        sql=f"SELECT COUNT(DISTINCT Series_ID) AS y FROM {T} WHERE Title LIKE 'Retail Trade%'",
        hard="Medium",
        tags="kpi count-of-entity count-distinct condition-value",
    ),
    Q(
        "emp-19",
        "yearly average employment for series CEU0500000001 since 2000",
        "line",
        "year(Month)",
        "avg(Employed)",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y FROM {T}"
        " WHERE Series_ID = 'CEU0500000001' AND YEAR(Month) >= 2000 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "emp-20",
        "highest monthly Construction employment in each year from 2000 to 2012",
        "bar",
        "year(Month)",
        "max(Employed)",
        sql=f"SELECT YEAR(Month) AS x, MAX(Employed) AS y FROM {T} WHERE Title = 'Construction'"
        " AND YEAR(Month) BETWEEN 2000 AND 2012 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max condition-value condition-year-range",
    ),
    Q(
        "emp-21",
        "the 5 biggest professional and business services sub-industries by employment"
        " in September 2019",
        "bar",
        "Title",
        "Employed",
        sql=f"SELECT Title AS x, Employed AS y FROM {T}"
        " WHERE Title LIKE 'Professional and Business Services:%'"
        " AND Month = DATE '2019-09-01' ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-value condition-month condition-year",
    ),
    Q(
        "emp-22",
        "temporary help services employment month by month in 2008 and 2009",
        "line",
        "month(Month)",
        "Employed",
        sql=f"SELECT DATE_TRUNC('month', Month) AS x, Employed AS y FROM {T}"
        " WHERE Title = 'All Employees, Temporary Help Services'"
        " AND YEAR(Month) BETWEEN 2008 AND 2009 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "emp-23",
        "average employment by year for Durable Goods and Nondurable Goods, 1980-2019,"
        " one line each",
        "line",
        "year(Month)",
        "avg(Employed)",
        "Title",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y, Title AS color FROM {T}"
        " WHERE Title IN ('Durable Goods', 'Nondurable Goods')"
        " AND YEAR(Month) BETWEEN 1980 AND 2019 GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin multi-series condition-value condition-year-range",
    ),
    Q(
        "emp-24",
        "average employment per year 2015-2019 in federal, state and local government,"
        " grouped bars",
        "bar",
        "year(Month)",
        "avg(Employed)",
        "Title",
        sql=f"SELECT YEAR(Month) AS x, AVG(Employed) AS y, Title AS color FROM {T}"
        " WHERE Title IN ('Government: Federal', 'Government: State Government',"
        " 'Government: Local Government') AND YEAR(Month) BETWEEN 2015 AND 2019"
        " GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive temporal-bin condition-value condition-year-range",
    ),
    Q(
        "emp-25",
        "What was the average Total Private employment in 2019?",
        "kpi",
        None,
        "avg(Employed)",
        sql=f"SELECT AVG(Employed) AS y FROM {T} WHERE Title = 'Total Private'"
        " AND YEAR(Month) = 2019",
        hard="Easy",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "emp-26",
        "How many months did coal mining employment fall below 60 thousand?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Title = 'Mining and Logging: Coal Mining'"
        " AND Employed < 60",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-number",
    ),
    Q(
        "emp-27",
        "lowest monthly Leisure and Hospitality employment per year since 2005",
        "line",
        "year(Month)",
        "min(Employed)",
        sql=f"SELECT YEAR(Month) AS x, MIN(Employed) AS y FROM {T}"
        " WHERE Title = 'Leisure and Hospitality' AND YEAR(Month) >= 2005"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin min-max condition-value condition-year-range",
    ),
    Q(
        "emp-28",
        "number of months in each year since 2016 with Total Nonfarm employment above"
        " 145,000 thousand",
        "bar",
        "year(Month)",
        "count(*)",
        sql=f"SELECT YEAR(Month) AS x, COUNT(*) AS y FROM {T}"
        " WHERE Title = 'All Employees, Total Nonfarm' AND Employed > 145000"
        " AND YEAR(Month) >= 2016 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin count-of-entity condition-value condition-number condition-year-range",
    ),
]
