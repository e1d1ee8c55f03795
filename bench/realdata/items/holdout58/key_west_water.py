"""Hourly water temperatures near Key West, Florida (Stat2Data's KeyWestWater, typed by
``date_loaders.py``).

``KeyWestWater``: one row per hourly reading of NOAA station 8724580 in the Gulf of Mexico, 6,572
readings from 2016-10-03 00:00 to 2017-10-03 00:00: ``DateTime`` (TIMESTAMP, always on the hour,
unique; the loader types the shipped text ``10/3/2016 0:00``; no time zone is documented),
``WaterTemp`` (°F, 68.2 … 90.9, one decimal) and ``t`` (the row's number, 1 … 6,572). The series
has gaps: nothing between 2017-02-28 14:00 and 2017-03-16 15:00, nor between 2017-03-31 20:00
and 2017-06-09 17:00 (no April or May), and a few shorter ones, so months hold 49 (October 2017,
1–3 October) to 744 readings; 2016 has 2,160 readings (3 October – 31 December). No NULLs. One
table; two items meet it with itself 24 hours apart (``b.DateTime = a.DateTime ± INTERVAL 24
HOUR``), where a reading whose partner is missing drops out.
"""

from itemdef import Q

DB = "key_west_water"
T = "KeyWestWater"
M = "CAST(DATE_TRUNC('month', DateTime) AS DATE)"

ITEMS = [
    Q(
        "kwt-01",
        "average water temperature over the whole Key West record",
        "kpi",
        None,
        "avg(WaterTemp)",
        sql=f"SELECT AVG(WaterTemp) AS y FROM {T}",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "kwt-02",
        "monthly average water temperature",
        "line",
        "month(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT {M} AS x, AVG(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin",
    ),
    Q(
        "kwt-03",
        "What was the highest water temperature recorded?",
        "kpi",
        None,
        "max(WaterTemp)",
        sql=f"SELECT MAX(WaterTemp) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "kwt-04",
        "hourly water temperature during the first week of July 2017 (1 to 7 July)",
        "line",
        "DateTime",
        "WaterTemp",
        sql=f"SELECT DateTime AS x, WaterTemp AS y FROM {T}"
        " WHERE DateTime >= TIMESTAMP '2017-07-01' AND DateTime < TIMESTAMP '2017-07-08'"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year",
    ),
    Q(
        "kwt-05",
        "average water temperature by hour of the day",
        "bar",
        "hour(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT HOUR(DateTime) AS x, AVG(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "kwt-06",
        "distribution of the hourly readings in 1-degree bins",
        "bar",
        "WaterTemp",
        "count(*)",
        sql=f"SELECT FLOOR(WaterTemp) AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "kwt-07",
        "lowest reading of each month",
        "bar",
        "month(DateTime)",
        "min(WaterTemp)",
        sql=f"SELECT {M} AS x, MIN(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max temporal-bin",
    ),
    Q(
        "kwt-08",
        "How many hourly readings were above 90°F?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE WaterTemp > 90",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "kwt-09",
        "bar chart of the number of readings taken in each month",
        "bar",
        "month(DateTime)",
        "count(*)",
        sql=f"SELECT {M} AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "kwt-10",
        "months whose average water temperature was above 85 degrees",
        "bar",
        "month(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT {M} AS x, AVG(WaterTemp) AS y FROM {T} GROUP BY x HAVING AVG(WaterTemp) > 85"
        " ORDER BY x",
        hard="Medium",
        tags="having temporal-bin",
    ),
    Q(
        "kwt-11",
        "What was the average water temperature in January 2017?",
        "kpi",
        None,
        "avg(WaterTemp)",
        sql=f"SELECT AVG(WaterTemp) AS y FROM {T}"
        " WHERE YEAR(DateTime) = 2017 AND MONTH(DateTime) = 1",
        hard="Easy",
        tags="kpi condition-month condition-year",
    ),
    Q(
        "kwt-12",
        "water temperature hour by hour on 10 September 2017",
        "line",
        "DateTime",
        "WaterTemp",
        sql=f"SELECT DateTime AS x, WaterTemp AS y FROM {T}"
        " WHERE CAST(DateTime AS DATE) = DATE '2017-09-10' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year",
    ),
    Q(
        "kwt-13",
        "average water temperature by hour of the day in January 2017 and in July 2017, side by"
        " side",
        "bar",
        "hour(DateTime)",
        "avg(WaterTemp)",
        "month(DateTime)",
        sql=f"SELECT HOUR(DateTime) AS x, AVG(WaterTemp) AS y, {M} AS color FROM {T}"
        " WHERE YEAR(DateTime) = 2017 AND MONTH(DateTime) IN (1, 7) GROUP BY x, color"
        " ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive temporal-bin condition-month condition-year",
    ),
    Q(
        "kwt-14",
        "On how many different days did at least one reading go above 90°F?",
        "kpi",
        None,
        "count(distinct date(DateTime))",
        sql=f"SELECT COUNT(DISTINCT CAST(DateTime AS DATE)) AS y FROM {T} WHERE WaterTemp > 90",
        hard="Hard",
        tags="kpi count-of-entity count-distinct condition-number",
    ),
    Q(
        "kwt-15",
        "What is the largest difference between the warmest and the coolest reading of a single"
        " calendar day?",
        "kpi",
        None,
        "max(max(WaterTemp) - min(WaterTemp))",
        sql="SELECT MAX(hi - lo) AS y FROM (SELECT CAST(DateTime AS DATE) AS d,"
        f" MAX(WaterTemp) AS hi, MIN(WaterTemp) AS lo FROM {T} GROUP BY d)",
        hard="Hard",
        tags="kpi min-max",
    ),
    Q(
        "kwt-16",
        "average water temperature in 2016 and in 2017",
        "bar",
        "year(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT YEAR(DateTime) AS x, AVG(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="temporal-bin",
    ),
    Q(
        "kwt-17",
        "highest water temperature of each month, as a line",
        "line",
        "month(DateTime)",
        "max(WaterTemp)",
        sql=f"SELECT {M} AS x, MAX(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin min-max",
    ),
    Q(
        "kwt-18",
        "average water temperature of the readings from midnight to 5 am (hours 0 to 5) in August"
        " 2017",
        "kpi",
        None,
        "avg(WaterTemp)",
        sql=f"SELECT AVG(WaterTemp) AS y FROM {T} WHERE YEAR(DateTime) = 2017"
        " AND MONTH(DateTime) = 8 AND HOUR(DateTime) BETWEEN 0 AND 5",
        hard="Hard",
        tags="kpi condition-number condition-month condition-year",
    ),
    Q(
        "kwt-19",
        "How many readings were taken in 2016?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE YEAR(DateTime) = 2016",
        hard="Easy",
        tags="kpi count-of-entity condition-year",
    ),
    Q(
        "kwt-20",
        "How many readings in August 2017 were warmer than the reading exactly 24 hours earlier"
        " (where there is one)?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} a JOIN {T} b"
        " ON b.DateTime = a.DateTime - INTERVAL 24 HOUR"
        " WHERE YEAR(a.DateTime) = 2017 AND MONTH(a.DateTime) = 8 AND a.WaterTemp > b.WaterTemp",
        hard="Extra Hard",
        tags="kpi count-of-entity condition-month condition-year role-join",
    ),
    Q(
        "kwt-21",
        "each reading of September 2017 (x) against the reading 24 hours later (y)",
        "point",
        "WaterTemp",
        "WaterTemp",
        sql=f"SELECT a.WaterTemp AS x, b.WaterTemp AS y FROM {T} a JOIN {T} b"
        " ON b.DateTime = a.DateTime + INTERVAL 24 HOUR"
        " WHERE YEAR(a.DateTime) = 2017 AND MONTH(a.DateTime) = 9",
        hard="Extra Hard",
        tags="scatter condition-month condition-year role-join",
    ),
    Q(
        "kwt-22",
        "average water temperature of each month of 2017 that has more than 700 readings",
        "bar",
        "month(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT {M} AS x, AVG(WaterTemp) AS y FROM {T} WHERE YEAR(DateTime) = 2017"
        " GROUP BY x HAVING COUNT(*) > 700 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin condition-year",
    ),
    Q(
        "kwt-23",
        "For how many hours in February 2017 was the water colder than 72°F?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE YEAR(DateTime) = 2017 AND MONTH(DateTime) = 2"
        " AND WaterTemp < 72",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-month condition-year",
    ),
    Q(
        "kwt-24",
        "difference between the highest and the lowest water temperature in the record",
        "kpi",
        None,
        "max(WaterTemp) - min(WaterTemp)",
        sql=f"SELECT MAX(WaterTemp) - MIN(WaterTemp) AS y FROM {T}",
        hard="Medium",
        tags="kpi min-max",
    ),
    Q(
        "kwt-25",
        "pie of the 2016 readings by month (October, November, December)",
        "arc",
        "month(DateTime)",
        "count(*)",
        sql=f"SELECT {M} AS x, COUNT(*) AS y FROM {T} WHERE YEAR(DateTime) = 2016 GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="share count-of-entity temporal-bin condition-year",
    ),
    Q(
        "kwt-26",
        "average water temperature over June, July and August 2017",
        "kpi",
        None,
        "avg(WaterTemp)",
        sql=f"SELECT AVG(WaterTemp) AS y FROM {T}"
        " WHERE YEAR(DateTime) = 2017 AND MONTH(DateTime) BETWEEN 6 AND 8",
        hard="Medium",
        tags="kpi condition-month condition-year",
    ),
    Q(
        "kwt-27",
        "On how many days of 2017 was at least one reading taken?",
        "kpi",
        None,
        "count(distinct date(DateTime))",
        sql=f"SELECT COUNT(DISTINCT CAST(DateTime AS DATE)) AS y FROM {T}"
        " WHERE YEAR(DateTime) = 2017",
        hard="Medium",
        tags="kpi count-of-entity count-distinct condition-year",
    ),
    Q(
        "kwt-28",
        "average water temperature per month from November 2016 through February 2017",
        "bar",
        "month(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT {M} AS x, AVG(WaterTemp) AS y FROM {T}"
        " WHERE DateTime >= TIMESTAMP '2016-11-01' AND DateTime < TIMESTAMP '2017-03-01'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-month condition-year-range",
    ),
    Q(
        "kwt-29",
        "the 3 months with the highest average water temperature",
        "bar",
        "month(DateTime)",
        "avg(WaterTemp)",
        sql=f"SELECT {M} AS x, AVG(WaterTemp) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n temporal-bin",
    ),
    Q(
        "kwt-30",
        "coldest reading in January 2017",
        "kpi",
        None,
        "min(WaterTemp)",
        sql=f"SELECT MIN(WaterTemp) AS y FROM {T} WHERE YEAR(DateTime) = 2017 AND MONTH(DateTime) = 1",
        hard="Easy",
        tags="kpi min-max condition-month condition-year",
    ),
    Q(
        "kwt-31",
        "number of readings above 89°F per month, for the months that had any",
        "bar",
        "month(DateTime)",
        "count(*)",
        sql=f"SELECT {M} AS x, COUNT(*) AS y FROM {T} WHERE WaterTemp > 89 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number temporal-bin",
    ),
]
