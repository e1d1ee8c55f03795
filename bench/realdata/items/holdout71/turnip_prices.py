"""Turnip prices on one player's island in Animal Crossing: New Horizons, April 2021 – May 2023
(stevedata's ``turnips``, as shipped).

``turnips``: 1,429 rows, one per price check: ``date`` (DATE, typed by the general rule,
11 April 2021 – 20 May 2023, 770 days), ``time`` (text: ``5:00 a.m.`` on Sundays only, the
price Daisy Mae sells turnips at; ``8:00 a.m.`` and ``12:00 p.m.`` on Monday – Saturday, the
price Nook's Cranny buys them at in the morning and from noon), ``price`` (bells, BIGINT: R
numbers with NAs, whole; 24 … 541, Sunday prices 90 … 110). ``price`` is NULL on 6 rows (the
days the package's help page says the game was not played or the shop was closed: 6 May 2021,
27 December 2021 afternoon, 9 January 2022, 7 February 2022, and 9 August 2022 morning), and one
Saturday's noon row is missing altogether; the gold leaves the NULL prices out of every average,
count of prices and plot. No id; a date has one row (Sundays) or two.
"""

from itemdef import Q

DB = "turnip_prices"
T = "turnips"
SUN = "time = '5:00 a.m.'"
NOON = "time = '12:00 p.m.'"
AM = "time = '8:00 a.m.'"
WEEKDAY = (
    "CASE ISODOW(date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)

ITEMS = [
    Q(
        "tnp-01",
        "how many different days are in the turnip price log?",
        "kpi",
        None,
        "count(distinct date)",
        sql=f"SELECT COUNT(DISTINCT date) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "tnp-02",
        "What's the highest turnip price ever recorded?",
        "kpi",
        None,
        "max(price)",
        sql=f"SELECT MAX(price) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "tnp-03",
        "average turnip price by month in 2022",
        "bar",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        " WHERE YEAR(date) = 2022 AND price IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year",
    ),
    Q(
        "tnp-04",
        "On average, what did Daisy Mae charge for turnips on Sunday mornings (the 5 a.m. price)?",
        "kpi",
        None,
        "avg(price)",
        sql=f"SELECT AVG(price) AS y FROM {T} WHERE {SUN}",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "tnp-05",
        "avg price for each time of day",
        "bar",
        "time",
        "avg(price)",
        sql=f"SELECT time AS x, AVG(price) AS y FROM {T} WHERE price IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "tnp-06",
        "line chart of the monthly average turnip price over the whole period",
        "line",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        " WHERE price IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin",
    ),
    Q(
        "tnp-07",
        "How many times was the price above 300 bells?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE price > 300",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "tnp-08",
        "top 5 noon prices, by date",
        "bar",
        "date",
        "price",
        sql=f"SELECT date AS x, price AS y FROM {T} WHERE {NOON} AND price IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "tnp-09",
        "lowest turnip price in each year",
        "bar",
        "year(date)",
        "min(price)",
        sql=f"SELECT YEAR(date) AS x, MIN(price) AS y FROM {T} WHERE price IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max",
    ),
    Q(
        "tnp-10",
        "histogram of turnip prices, 50 bell bins",
        "bar",
        "price",
        "count(*)",
        sql=f"SELECT FLOOR(price / 50) * 50 AS x, COUNT(*) AS y FROM {T}"
        " WHERE price IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "tnp-11",
        "average turnip price by day of the week",
        "bar",
        "weekday(date)",
        "avg(price)",
        sql=f"SELECT {WEEKDAY} AS x, AVG(price) AS y FROM {T} WHERE price IS NOT NULL"
        " GROUP BY x, ISODOW(date) ORDER BY ISODOW(date)",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "tnp-12",
        "how many prices were recorded each month in 2021",
        "bar",
        "month(date)",
        "count(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, COUNT(price) AS y FROM {T}"
        " WHERE YEAR(date) = 2021 AND price IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year count-of-entity",
    ),
    Q(
        "tnp-13",
        "average price in April 2022",
        "kpi",
        None,
        "avg(price)",
        sql=f"SELECT AVG(price) AS y FROM {T} WHERE YEAR(date) = 2022 AND MONTH(date) = 4",
        hard="Easy",
        tags="kpi condition-year condition-month",
    ),
    Q(
        "tnp-14",
        "On how many days was the noon price over 400?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE {NOON} AND price > 400",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value",
    ),
    Q(
        "tnp-15",
        "highest price in each month of 2022",
        "bar",
        "month(date)",
        "max(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, MAX(price) AS y FROM {T}"
        " WHERE YEAR(date) = 2022 AND price IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year min-max",
    ),
    Q(
        "tnp-16",
        "yearly avg turnip price",
        "bar",
        "year(date)",
        "avg(price)",
        sql=f"SELECT YEAR(date) AS x, AVG(price) AS y FROM {T} WHERE price IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="temporal-bin",
    ),
    Q(
        "tnp-17",
        "Sunday buying price over time, week by week",
        "line",
        "date",
        "price",
        sql=f"SELECT date AS x, price AS y FROM {T} WHERE {SUN} AND price IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-value",
    ),
    Q(
        "tnp-18",
        "cheapest Sunday price Daisy Mae ever offered",
        "kpi",
        None,
        "min(price)",
        sql=f"SELECT MIN(price) AS y FROM {T} WHERE {SUN}",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "tnp-19",
        "pie: share of the price checks in each time slot",
        "arc",
        "time",
        "count(*)",
        sql=f"SELECT time AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "tnp-20",
        "number of prices above 200 bells per year",
        "bar",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {T} WHERE price > 200"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-number count-of-entity",
    ),
    Q(
        "tnp-21",
        "which months had an average price above 100 bells? show their averages",
        "bar",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        " WHERE price IS NOT NULL GROUP BY x HAVING AVG(price) > 100 ORDER BY x",
        hard="Hard",
        tags="temporal-bin having",
    ),
    Q(
        "tnp-22",
        "average noon price per month in 2021",
        "bar",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        f" WHERE {NOON} AND YEAR(date) = 2021 AND price IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-value condition-year",
    ),
    Q(
        "tnp-23",
        "histogram of the Sunday buying prices with 5-bell bins",
        "bar",
        "price",
        "count(*)",
        sql=f"SELECT FLOOR(price / 5) * 5 AS x, COUNT(*) AS y FROM {T}"
        f" WHERE {SUN} AND price IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-value",
    ),
    Q(
        "tnp-24",
        "how many prices under 50 bells were there in 2023",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE price < 50 AND YEAR(date) = 2023",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "tnp-25",
        "avg morning (8 am) vs noon price for each year, side by side",
        "bar",
        "year(date)",
        "avg(price)",
        "time",
        sql=f"SELECT YEAR(date) AS x, AVG(price) AS y, time AS color FROM {T}"
        f" WHERE ({AM} OR {NOON}) AND price IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="temporal-bin two-category non-additive condition-value",
    ),
    Q(
        "tnp-26",
        "number of price checks by year, stacked by time of day",
        "bar",
        "year(date)",
        "count(*)",
        "time",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y, time AS color FROM {T}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="temporal-bin two-category count-of-entity",
    ),
    Q(
        "tnp-27",
        "What was the average turnip price between June 1 and August 31, 2022?",
        "kpi",
        None,
        "avg(price)",
        sql=f"SELECT AVG(price) AS y FROM {T} WHERE date BETWEEN DATE '2022-06-01' AND DATE '2022-08-31'",
        hard="Medium",
        tags="kpi condition-year-range",
    ),
    Q(
        "tnp-28",
        "daily highest price in May 2022, as a line",
        "line",
        "date",
        "max(price)",
        sql=f"SELECT date AS x, MAX(price) AS y FROM {T}"
        " WHERE YEAR(date) = 2022 AND MONTH(date) = 5 AND price IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-year condition-month min-max",
    ),
    Q(
        "tnp-29",
        "How many distinct days saw a price above 400?",
        "kpi",
        None,
        "count(distinct date)",
        sql=f"SELECT COUNT(DISTINCT date) AS y FROM {T} WHERE price > 400",
        hard="Medium",
        tags="kpi count-distinct condition-number",
    ),
    Q(
        "tnp-30",
        "best morning price ever",
        "kpi",
        None,
        "max(price)",
        sql=f"SELECT MAX(price) AS y FROM {T} WHERE {AM}",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "tnp-31",
        "average turnip price since the start of 2023",
        "kpi",
        None,
        "avg(price)",
        sql=f"SELECT AVG(price) AS y FROM {T} WHERE date >= DATE '2023-01-01'",
        hard="Easy",
        tags="kpi condition-year-range",
    ),
    Q(
        "tnp-32",
        "in 2022, how many noon prices over 150 were there each month",
        "bar",
        "month(date)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y FROM {T}"
        f" WHERE {NOON} AND price > 150 AND YEAR(date) = 2022 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin condition-value condition-number condition-year count-of-entity",
    ),
    Q(
        "tnp-33",
        "monthly average Sunday price, line, 2021 through 2022",
        "line",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        f" WHERE {SUN} AND YEAR(date) BETWEEN 2021 AND 2022 AND price IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "tnp-34",
        "the 3 months with the lowest average price",
        "bar",
        "month(date)",
        "avg(price)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(price) AS y FROM {T}"
        " WHERE price IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Hard",
        tags="temporal-bin top-n",
    ),
    Q(
        "tnp-35",
        "how many Sundays are in the data",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE {SUN}",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
]
