"""Steel and aluminium around the 2018 US metal tariffs (stevedata's Arca and aluminum_premiums).

``Arca``: the NYSE Arca Steel Index, one row per trading day 3 January 2017 – 2 November 2020
(966 days), ``date`` (DATE) with the day's ``open``, ``high``, ``low`` and ``close`` (index
points, 520.97 … 1,453.17 at the close); no NULLs. ``aluminum_premiums``: the LME aluminium
premium in US dollars per tonne, one row per weekday and ``group`` (the region: ``United
States``, ``Western Europe``, ``East Asia``, ``Southeast Asia``) 2 January 2018 – 30 July 2021
(916 days × 4 = 3,664 rows), ``price`` a whole number (BIGINT; the US premium 200 … 460, Southeast
Asia 15 throughout); ``group`` is a keyword and needs quoting. The premiums barely move after
mid-2019. Join: ``Arca.date`` → ``aluminum_premiums.date`` (same-name-join); the premiums have four
rows a day, so every gold join fixes the region (a join on ``date`` alone repeats each Arca day
four times, 2,816 rows): 704 days are in both tables, while Arca's 251 days of 2017 and 11 later
days the premiums lack (UK bank holidays and a few others) and the premiums' 190 days after
2 November 2020 and 22 earlier dates on which Arca did not trade (US holidays, a few weekend dates)
drop out.
"""

from itemdef import Q

DB = "metal_tariffs"
US = "FROM Arca a JOIN aluminum_premiums p ON a.date = p.date AND p.\"group\" = 'United States'"

ITEMS = [
    Q(
        "alst-01",
        "NYSE Arca steel index closing price over time",
        "line",
        "date",
        "close",
        sql="SELECT date AS x, close AS y FROM Arca ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line",
    ),
    Q(
        "alst-02",
        "average monthly close of the steel index",
        "line",
        "month(date)",
        "avg(close)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(close) AS y FROM Arca GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin",
    ),
    Q(
        "alst-03",
        "What was the steel index's highest close?",
        "kpi",
        None,
        "max(close)",
        sql="SELECT MAX(close) AS y FROM Arca",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "alst-04",
        "lowest close of the steel index in 2020",
        "kpi",
        None,
        "min(close)",
        sql="SELECT MIN(close) AS y FROM Arca WHERE YEAR(date) = 2020",
        hard="Easy",
        tags="kpi min-max condition-year",
    ),
    Q(
        "alst-05",
        "average daily trading range (high minus low) of the steel index by year",
        "bar",
        "year(date)",
        "avg(high - low)",
        sql="SELECT YEAR(date) AS x, AVG(high - low) AS y FROM Arca GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "alst-06",
        "On how many trading days did the steel index close above 1,300?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Arca WHERE close > 1300",
        hard="Easy",
        tags="kpi condition-number count-of-entity",
    ),
    Q(
        "alst-07",
        "top 10 days with the widest gap between the steel index's daily high and low",
        "bar",
        "date",
        "high - low",
        sql="SELECT date AS x, high - low AS y FROM Arca ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "alst-08",
        "histogram of the steel index's daily closes, 50-point bins",
        "bar",
        "close",
        "count(*)",
        sql="SELECT FLOOR(close / 50) * 50 AS x, COUNT(*) AS y FROM Arca"
        " WHERE close IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "alst-09",
        "steel index opening price (x) vs closing price (y), one point per trading day",
        "point",
        "open",
        "close",
        sql="SELECT open AS x, close AS y FROM Arca",
        hard="Easy",
        tags="scatter",
    ),
    Q(
        "alst-10",
        "in 2019, how many days each month did the steel index close higher than it opened?",
        "line",
        "month(date)",
        "count(*)",
        sql="SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y FROM Arca"
        " WHERE YEAR(date) = 2019 AND close > open GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin condition-year condition-number count-of-entity",
    ),
    Q(
        "alst-11",
        "months in which the steel index averaged more than 1,250",
        "bar",
        "month(date)",
        "avg(close)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(close) AS y FROM Arca GROUP BY x"
        " HAVING AVG(close) > 1250 ORDER BY x",
        hard="Medium",
        tags="having temporal-bin",
    ),
    Q(
        "alst-12",
        "daily closes of the steel index in March 2018, when the steel tariffs were announced",
        "line",
        "date",
        "close",
        sql="SELECT date AS x, close AS y FROM Arca"
        " WHERE date >= DATE '2018-03-01' AND date < DATE '2018-04-01' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year",
    ),
    Q(
        "alst-13",
        "highest intraday high of the steel index in each year",
        "bar",
        "year(date)",
        "max(high)",
        sql="SELECT YEAR(date) AS x, MAX(high) AS y FROM Arca GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max",
    ),
    Q(
        "alst-14",
        "How many days in 2020 did the steel index close under 600?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Arca WHERE YEAR(date) = 2020 AND close < 600",
        hard="Medium",
        tags="kpi condition-year condition-number count-of-entity",
    ),
    Q(
        "alst-15",
        "average aluminum premium by region",
        "bar",
        "group",
        "avg(price)",
        sql='SELECT "group" AS x, AVG(price) AS y FROM aluminum_premiums GROUP BY x',
        hard="Easy",
        tags="",
    ),
    Q(
        "alst-16",
        "US aluminum premium over time",
        "line",
        "date",
        "price",
        sql="SELECT date AS x, price AS y FROM aluminum_premiums"
        " WHERE \"group\" = 'United States' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-value",
    ),
    Q(
        "alst-17",
        "monthly average aluminum premium, United States vs Western Europe",
        "line",
        "month(date)",
        "avg(price)",
        "group",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y, \"group\" AS color"
        " FROM aluminum_premiums WHERE \"group\" IN ('United States', 'Western Europe')"
        " GROUP BY x, color ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin multi-series condition-value",
    ),
    Q(
        "alst-18",
        "highest US aluminum premium in the data",
        "kpi",
        None,
        "max(price)",
        sql="SELECT MAX(price) AS y FROM aluminum_premiums WHERE \"group\" = 'United States'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "alst-19",
        "average aluminum premium by region in 2018",
        "bar",
        "group",
        "avg(price)",
        sql='SELECT "group" AS x, AVG(price) AS y FROM aluminum_premiums'
        " WHERE YEAR(date) = 2018 GROUP BY x",
        hard="Easy",
        tags="condition-year",
    ),
    Q(
        "alst-20",
        "How many days was the US aluminum premium at 450 or more?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM aluminum_premiums"
        " WHERE \"group\" = 'United States' AND price >= 450",
        hard="Medium",
        tags="kpi condition-number condition-value count-of-entity",
    ),
    Q(
        "alst-21",
        "average aluminum premium by year and region",
        "bar",
        "year(date)",
        "avg(price)",
        "group",
        sql='SELECT YEAR(date) AS x, AVG(price) AS y, "group" AS color FROM aluminum_premiums'
        " GROUP BY x, color",
        hard="Medium",
        tags="two-category non-additive temporal-bin",
    ),
    Q(
        "alst-22",
        "regions whose average aluminum premium in 2019 was above 80",
        "bar",
        "group",
        "avg(price)",
        sql='SELECT "group" AS x, AVG(price) AS y FROM aluminum_premiums'
        " WHERE YEAR(date) = 2019 GROUP BY x HAVING AVG(price) > 80",
        hard="Medium",
        tags="having condition-year",
    ),
    Q(
        "alst-23",
        "steel index close (y) against the US aluminum premium (x), one point per day",
        "point",
        "price",
        "close",
        sql=f"SELECT p.price AS x, a.close AS y {US}",
        hard="Hard",
        tags="join same-name-join scatter condition-value",
    ),
    Q(
        "alst-24",
        "average steel index close on days the US aluminum premium was above 400",
        "kpi",
        None,
        "avg(close)",
        sql=f"SELECT AVG(a.close) AS y {US} WHERE p.price > 400",
        hard="Hard",
        tags="join same-name-join kpi condition-number condition-value",
    ),
    Q(
        "alst-25",
        "average steel index close at each level of the US aluminum premium",
        "bar",
        "price",
        "avg(close)",
        sql=f"SELECT p.price AS x, AVG(a.close) AS y {US} GROUP BY x",
        hard="Hard",
        tags="join same-name-join condition-value",
    ),
    Q(
        "alst-26",
        "On how many days do we have both a steel index close and aluminum premiums?",
        "kpi",
        None,
        "count(distinct date)",
        sql="SELECT COUNT(DISTINCT a.date) AS y FROM Arca a JOIN aluminum_premiums p"
        " ON a.date = p.date",
        hard="Medium",
        tags="join same-name-join kpi count-distinct",
    ),
    Q(
        "alst-27",
        "steel index close on the days the US aluminum premium stood at 460",
        "line",
        "date",
        "close",
        sql=f"SELECT a.date AS x, a.close AS y {US} WHERE p.price = 460 ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join same-name-join time-line condition-number condition-value",
    ),
    Q(
        "alst-28",
        "Western Europe aluminum premium on the 10 days the steel index closed highest",
        "bar",
        "date",
        "price",
        sql="SELECT a.date AS x, p.price AS y FROM Arca a JOIN aluminum_premiums p"
        " ON a.date = p.date AND p.\"group\" = 'Western Europe' ORDER BY a.close DESC LIMIT 10",
        hard="Hard",
        tags="join same-name-join top-n condition-value",
    ),
    Q(
        "alst-29",
        "average steel index close by year, counting only days the US aluminum premium was above"
        " 420",
        "bar",
        "year(date)",
        "avg(close)",
        sql=f"SELECT YEAR(a.date) AS x, AVG(a.close) AS y {US} WHERE p.price > 420"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join temporal-bin condition-number condition-value",
    ),
    Q(
        "alst-30",
        "number of days per year on which the US aluminum premium was at least 420 while the steel"
        " index closed below 1,100",
        "bar",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(a.date) AS x, COUNT(*) AS y {US} WHERE p.price >= 420 AND a.close < 1100"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join temporal-bin condition-number condition-value count-of-entity",
    ),
    Q(
        "alst-31",
        "average steel index close on days when Western Europe's aluminum premium was higher than"
        " East Asia's",
        "kpi",
        None,
        "avg(close)",
        sql="SELECT AVG(a.close) AS y FROM Arca a"
        " JOIN aluminum_premiums w ON w.date = a.date AND w.\"group\" = 'Western Europe'"
        " JOIN aluminum_premiums e ON e.date = a.date AND e.\"group\" = 'East Asia'"
        " WHERE w.price > e.price",
        hard="Extra Hard",
        tags="join same-name-join role-join kpi condition-value",
    ),
    Q(
        "alst-32",
        "monthly averages: US aluminum premium (x) vs steel index close (y), one point per month",
        "point",
        "avg(price)",
        "avg(close)",
        sql="SELECT p.prem AS x, a.steel AS y"
        " FROM (SELECT DATE_TRUNC('month', date) AS m, AVG(close) AS steel FROM Arca GROUP BY m) a"
        " JOIN (SELECT DATE_TRUNC('month', date) AS m, AVG(price) AS prem FROM aluminum_premiums"
        " WHERE \"group\" = 'United States' GROUP BY m) p ON a.m = p.m",
        hard="Extra Hard",
        tags="join same-name-join scatter temporal-bin condition-value",
    ),
]
