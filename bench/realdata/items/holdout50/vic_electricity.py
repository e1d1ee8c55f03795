"""Electricity demand of Victoria, Australia, in 2014 (fpp2's ``elecdemand`` and ``elecdaily``).

``elecdemand``: one row per half hour, 17,520 of them, 1 January 2014 00:00 – 31 December 2014
23:30 (``time``, TIMESTAMP, the start of the half hour, in standard time: no daylight-saving
gaps), with ``Demand`` (GW, 2.86 … 9.35), ``WorkDay`` (1 on working days, 0 on weekends and the
ten Victorian public holidays) and ``Temperature`` (°C in Melbourne, 1.5 … 43.2).
``elecdaily``: one row per day, 365 of them (``date``, DATE), with ``Demand`` (the sum of the
day's 48 half-hourly demands, 166.7 … 347.6), ``WorkDay`` (251 working days, 114 not) and
``Temperature`` (the day's maximum of the half-hourly temperatures, 9.8 … 43.2). No NULLs. R's
time index is not in the export; ``build.py``'s loader adds ``time`` and ``date`` from the
documented calendar (checked: ``WorkDay`` is 0 on exactly the Saturdays, Sundays and public
holidays of 2014, and the heat wave of 14–17 January is the hottest stretch).

The tables meet on the day: ``CAST(elecdemand.time AS DATE) = elecdaily.date`` (every day
joins, 48 half-hours to one day). Both tables also share the column names ``Demand``,
``WorkDay`` and ``Temperature``, which are not keys. One year only: months are the months of
2014, and the single weekday item uses VisEval's labels.
"""

from itemdef import Q

DB = "vic_electricity"
H = "elecdemand"
D = "elecdaily"
J = "FROM elecdemand e JOIN elecdaily d ON CAST(e.time AS DATE) = d.date"

ITEMS = [
    Q(
        "vel-01",
        "What was the highest half-hourly electricity demand in Victoria?",
        "kpi",
        None,
        "max(Demand)",
        sql=f"SELECT MAX(Demand) AS y FROM {H}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "vel-02",
        "How many days were weekends or public holidays?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {D} WHERE WorkDay = 0",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "vel-03",
        "daily electricity demand through the year",
        "line",
        "date",
        "Demand",
        sql=f"SELECT date AS x, Demand AS y FROM {D} ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line",
    ),
    Q(
        "vel-04",
        "total electricity demand per month",
        "line",
        "month(date)",
        "sum(Demand)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, SUM(Demand) AS y FROM {D} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin",
    ),
    Q(
        "vel-05",
        "average half-hourly demand for each hour of the day",
        "bar",
        "hour(time)",
        "avg(Demand)",
        sql=f"SELECT HOUR(time) AS x, AVG(Demand) AS y FROM {H} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "vel-06",
        "average demand by hour of the day, working days compared with weekends and holidays",
        "bar",
        "hour(time)",
        "avg(Demand)",
        "WorkDay",
        sql=f"SELECT HOUR(time) AS x, AVG(Demand) AS y, WorkDay AS color FROM {H}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="temporal-bin two-category non-additive",
    ),
    Q(
        "vel-07",
        "distribution of the daily maximum temperature in 5-degree bins",
        "bar",
        "Temperature",
        "count(*)",
        sql=f"SELECT FLOOR(Temperature / 5) * 5 AS x, COUNT(*) AS y FROM {D} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "vel-08",
        "histogram of half-hourly demand with 0.5 GW bins",
        "bar",
        "Demand",
        "count(*)",
        sql=f"SELECT FLOOR(Demand / 0.5) * 0.5 AS x, COUNT(*) AS y FROM {H} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "vel-09",
        "scatter of each day's total demand against its maximum temperature",
        "point",
        "Temperature",
        "Demand",
        sql=f"SELECT Temperature AS x, Demand AS y FROM {D} ORDER BY x, y",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "vel-10",
        "the 5 days with the highest total electricity demand",
        "bar",
        "date",
        "Demand",
        sql=f"SELECT date AS x, Demand AS y FROM {D} ORDER BY y DESC LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "vel-11",
        "Which 10 days were the hottest?",
        "bar",
        "date",
        "Temperature",
        sql=f"SELECT date AS x, Temperature AS y FROM {D} ORDER BY y DESC LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "vel-12",
        "months in which the daily maximum temperature averaged more than 25 degrees",
        "bar",
        "month(date)",
        "avg(Temperature)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(Temperature) AS y FROM {D}"
        " GROUP BY x HAVING AVG(Temperature) > 25 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin",
    ),
    Q(
        "vel-13",
        "How many days reached a maximum temperature above 35°C?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {D} WHERE Temperature > 35",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "vel-14",
        "What was the average daily demand in July?",
        "kpi",
        None,
        "avg(Demand)",
        sql=f"SELECT AVG(Demand) AS y FROM {D} WHERE MONTH(date) = 7",
        hard="Medium",
        tags="kpi condition-month",
    ),
    Q(
        "vel-15",
        "half-hourly demand on 16 January",
        "line",
        "time",
        "Demand",
        sql=f"SELECT time AS x, Demand AS y FROM {H} WHERE CAST(time AS DATE) = DATE '2014-01-16'"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month",
    ),
    Q(
        "vel-16",
        "number of working and non-working days in each month",
        "bar",
        "month(date)",
        "count(*)",
        "WorkDay",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y, WorkDay AS color FROM {D}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity temporal-bin",
    ),
    Q(
        "vel-17",
        "pie of the year's total demand split between working days and non-working days",
        "arc",
        "WorkDay",
        "sum(Demand)",
        sql=f"SELECT WorkDay AS x, SUM(Demand) AS y FROM {D} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share",
    ),
    Q(
        "vel-18",
        "average half-hourly demand by hour of the day on days when the maximum temperature was"
        " above 35 degrees",
        "bar",
        "hour(time)",
        "avg(Demand)",
        sql=f"SELECT HOUR(e.time) AS x, AVG(e.Demand) AS y {J} WHERE d.Temperature > 35"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join temporal-bin condition-number",
    ),
    Q(
        "vel-19",
        "On days whose maximum temperature topped 40 degrees, what was the highest half-hourly"
        " demand?",
        "kpi",
        None,
        "max(Demand)",
        sql=f"SELECT MAX(e.Demand) AS y {J} WHERE d.Temperature > 40",
        hard="Hard",
        tags="kpi join key-join min-max condition-number",
    ),
    Q(
        "vel-20",
        "how the monthly peak of half-hourly demand changed over the year",
        "line",
        "month(time)",
        "max(Demand)",
        sql=f"SELECT DATE_TRUNC('month', time) AS x, MAX(Demand) AS y FROM {H} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin min-max",
    ),
    Q(
        "vel-21",
        "number of half-hours with demand above 7 GW, working days vs non-working days",
        "bar",
        "WorkDay",
        "count(*)",
        sql=f"SELECT WorkDay AS x, COUNT(*) AS y FROM {H} WHERE Demand > 7 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number",
    ),
    Q(
        "vel-22",
        "What was the average maximum temperature of the days on which half-hourly demand went"
        " above 8 GW?",
        "kpi",
        None,
        "avg(Temperature)",
        sql=f"SELECT AVG(Temperature) AS y FROM {D}"
        f" WHERE date IN (SELECT CAST(time AS DATE) FROM {H} WHERE Demand > 8)",
        hard="Extra Hard",
        tags="kpi join key-join condition-number",
    ),
    Q(
        "vel-23",
        "plot the 6 pm demand of each day against that day's maximum temperature",
        "point",
        "Temperature",
        "Demand",
        sql=f"SELECT d.Temperature AS x, e.Demand AS y {J}"
        " WHERE CAST(e.time AS TIME) = TIME '18:00:00' ORDER BY x, y",
        hard="Hard",
        tags="scatter join key-join",
    ),
    Q(
        "vel-24",
        "for every day, the 6 pm demand plotted against the 6 am demand",
        "point",
        "Demand",
        "Demand",
        sql=f"SELECT a.Demand AS x, b.Demand AS y FROM {H} a JOIN {H} b"
        " ON CAST(a.time AS DATE) = CAST(b.time AS DATE)"
        " WHERE CAST(a.time AS TIME) = TIME '06:00:00' AND CAST(b.time AS TIME) = TIME '18:00:00'"
        " ORDER BY x, y",
        spec=(),
        hard="Extra Hard",
        tags="scatter role-join",
    ),
    Q(
        "vel-25",
        "average daily maximum temperature by month",
        "line",
        "month(date)",
        "avg(Temperature)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(Temperature) AS y FROM {D}"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin",
    ),
    Q(
        "vel-26",
        "At which hours of the day does average demand exceed 5 GW?",
        "bar",
        "hour(time)",
        "avg(Demand)",
        sql=f"SELECT HOUR(time) AS x, AVG(Demand) AS y FROM {H} GROUP BY x HAVING AVG(Demand) > 5"
        " ORDER BY x",
        hard="Hard",
        tags="having temporal-bin",
    ),
    Q(
        "vel-27",
        "average daily demand by day of the week",
        "bar",
        "weekday(date)",
        "avg(Demand)",
        sql="SELECT CASE isodow(date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
        " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END AS x,"
        f" AVG(Demand) AS y FROM {D} GROUP BY x, isodow(date) ORDER BY isodow(date)",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "vel-28",
        "monthly average of daily demand, working days and non-working days as two lines",
        "line",
        "month(date)",
        "avg(Demand)",
        "WorkDay",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(Demand) AS y, WorkDay AS color FROM {D}"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series temporal-bin",
    ),
    Q(
        "vel-29",
        "number of days over 30 degrees in each month",
        "bar",
        "month(date)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y FROM {D} WHERE Temperature > 30"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-number",
    ),
    Q(
        "vel-30",
        "top 3 months by total electricity demand",
        "bar",
        "month(date)",
        "sum(Demand)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, SUM(Demand) AS y FROM {D}"
        " GROUP BY x ORDER BY y DESC LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n temporal-bin",
    ),
    Q(
        "vel-31",
        "average demand by hour of the day on days that stayed below 15 degrees",
        "bar",
        "hour(time)",
        "avg(Demand)",
        sql=f"SELECT HOUR(e.time) AS x, AVG(e.Demand) AS y {J} WHERE d.Temperature < 15"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join temporal-bin condition-number",
    ),
    Q(
        "vel-32",
        "scatter of each day's peak half-hourly demand against its total daily demand",
        "point",
        "Demand",
        "max(Demand)",
        sql=f"SELECT d.Demand AS x, MAX(e.Demand) AS y {J} GROUP BY d.date, d.Demand ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter join key-join min-max",
    ),
    Q(
        "vel-33",
        "average half-hourly demand per month, counting only days with a maximum above 30 degrees",
        "bar",
        "month(date)",
        "avg(Demand)",
        sql=f"SELECT DATE_TRUNC('month', d.date) AS x, AVG(e.Demand) AS y {J}"
        " WHERE d.Temperature > 30 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join temporal-bin condition-number",
    ),
    Q(
        "vel-34",
        "How many half-hours had demand above 6 GW on days whose maximum temperature stayed under"
        " 20 degrees?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J} WHERE d.Temperature < 20 AND e.Demand > 6",
        hard="Hard",
        tags="kpi join key-join count-of-entity condition-number",
    ),
    Q(
        "vel-35",
        "What was the average half-hourly temperature on days when total daily demand exceeded 300?",
        "kpi",
        None,
        "avg(Temperature)",
        sql=f"SELECT AVG(e.Temperature) AS y {J} WHERE d.Demand > 300",
        hard="Hard",
        tags="kpi join key-join condition-number",
    ),
    Q(
        "vel-36",
        "plot total daily demand against each day's lowest half-hourly temperature",
        "point",
        "min(Temperature)",
        "Demand",
        sql=f"SELECT MIN(e.Temperature) AS x, d.Demand AS y {J} GROUP BY d.date, d.Demand"
        " ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter join key-join min-max",
    ),
]
