"""The winners of the New York City Marathon, 1970–2020 (openintro's ``nyc_marathon``, as shipped,
from Wikipedia's list of winners, retrieved April 2021).

``nyc_marathon``: one row per year and division, 102 rows: ``year`` (BIGINT, 1970–2020),
``division`` (``Men``/``Women``, 51 each), ``name`` and ``country`` of the winner, ``time`` (TIME,
typed by the general rule, 2:05:06 … 3:08:41) and ``time_hrs`` (the same in hours, DOUBLE), and
``note`` (``Course record``, ``Second victory``, ``World record, third victory`` …, NULL on 51
rows). Three rows have no winner, so ``name``, ``country``, ``time`` and ``time_hrs`` are NULL
there: the women's race of 1970 (``No woman finishers``) and both races of 2012 (``Canceled due to
Hurricane Sandy``); the gold filters them out wherever a time, a name or a country is plotted or
counted. The two rows of 2020 are the winners of a virtual event (``Virtual event held due to the
COVID-19``, 2:23:48 and 2:35:28) and are kept. Names lost their accented letters in the export
(``Germn Silva``, ``Andrs Espinosa``, ``Salvador Garca``, ``Anua Ctun``). 20 countries (Kenya 27
wins, the United States 23, Norway 10); Grete Waitz won 9 times. A question comparing the men's
and the women's winner of one year meets the table with itself on ``year`` (``role-join``).
"""

from itemdef import Q

DB = "nyc_marathon"
T = "nyc_marathon"
PAIR = (
    "FROM nyc_marathon m JOIN nyc_marathon w ON w.year = m.year"
    " WHERE m.division = 'Men' AND w.division = 'Women'"
    " AND m.time_hrs IS NOT NULL AND w.time_hrs IS NOT NULL"
)

ITEMS = [
    Q(
        "nym-01",
        "number of wins for Grete Waitz, Bill Rodgers and Mary Keitany",
        "bar",
        "name",
        "count(*)",
        sql=f"SELECT name AS x, COUNT(*) AS y FROM {T}"
        " WHERE name IN ('Grete Waitz', 'Bill Rodgers', 'Mary Keitany') GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "nym-02",
        "fastest men's winning time, in hours",
        "kpi",
        None,
        "min(time_hrs)",
        sql=f"SELECT MIN(time_hrs) AS y FROM {T} WHERE division = 'Men'",
        hard="Easy",
        tags="kpi min-max condition-value abbreviation",
    ),
    Q(
        "nym-03",
        "women's winning time in hours, year by year",
        "line",
        "year",
        "time_hrs",
        sql=f"SELECT year AS x, time_hrs AS y FROM {T} WHERE division = 'Women'"
        " AND time_hrs IS NOT NULL ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "nym-04",
        "winning time in hours over the years, one line for men and one for women",
        "line",
        "year",
        "time_hrs",
        "division",
        sql=f"SELECT year AS x, time_hrs AS y, division AS color FROM {T}"
        " WHERE time_hrs IS NOT NULL ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int abbreviation",
    ),
    Q(
        "nym-05",
        "number of NYC marathon wins by country",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {T} WHERE country IS NOT NULL GROUP BY x"
        " ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "nym-06",
        "top 3 countries by number of women's titles",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {T} WHERE division = 'Women'"
        " AND country IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "nym-07",
        "wins by country, stacked by men's and women's race",
        "bar",
        "country",
        "count(*)",
        "division",
        sql=f"SELECT country AS x, COUNT(*) AS y, division AS color FROM {T}"
        " WHERE country IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "nym-08",
        "how many different countries have produced a winner?",
        "kpi",
        None,
        "count(distinct country)",
        sql=f"SELECT COUNT(DISTINCT country) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "nym-09",
        "how many different men have won the race?",
        "kpi",
        None,
        "count(distinct name)",
        sql=f"SELECT COUNT(DISTINCT name) AS y FROM {T} WHERE division = 'Men'",
        hard="Medium",
        tags="kpi count-distinct count-of-entity condition-value",
    ),
    Q(
        "nym-10",
        "runners who won more than twice, with their number of wins",
        "bar",
        "name",
        "count(*)",
        sql=f"SELECT name AS x, COUNT(*) AS y FROM {T} WHERE name IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) > 2 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity",
    ),
    Q(
        "nym-11",
        "average women's winning time in the 2010s, in minutes",
        "kpi",
        None,
        "avg(time_hrs * 60)",
        sql=f"SELECT AVG(time_hrs * 60) AS y FROM {T} WHERE division = 'Women'"
        " AND year BETWEEN 2010 AND 2019",
        hard="Medium",
        tags="kpi condition-value condition-year-range calendar-int",
    ),
    Q(
        "nym-12",
        "average men's winning time (hours) per decade",
        "bar",
        "decade",
        "avg(time_hrs)",
        sql=f"SELECT FLOOR(year / 10) * 10 AS x, AVG(time_hrs) AS y FROM {T}"
        " WHERE division = 'Men' AND time_hrs IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int condition-value abbreviation",
    ),
    Q(
        "nym-13",
        "average winning time in hours by decade, men vs women side by side",
        "bar",
        "decade",
        "avg(time_hrs)",
        "division",
        sql=f"SELECT FLOOR(year / 10) * 10 AS x, AVG(time_hrs) AS y, division AS color FROM {T}"
        " WHERE time_hrs IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive calendar-int abbreviation",
    ),
    Q(
        "nym-14",
        "How many winning times are noted as course records of any kind?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE note ILIKE '%course record%'",
        hard="Hard",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "nym-15",
        "slowest winning time in hours for each division",
        "bar",
        "division",
        "max(time_hrs)",
        sql=f"SELECT division AS x, MAX(time_hrs) AS y FROM {T} WHERE time_hrs IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="min-max abbreviation",
    ),
    Q(
        "nym-16",
        "histogram of men's winning times in minutes, 2-minute bins",
        "bar",
        "time_hrs * 60",
        "count(*)",
        sql=f"SELECT FLOOR(time_hrs * 60 / 2) * 2 AS x, COUNT(*) AS y FROM {T}"
        " WHERE division = 'Men' AND time_hrs IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-value abbreviation",
    ),
    Q(
        "nym-17",
        "each year's men's winning time against the women's winning time, as a scatter"
        " (men on x, hours)",
        "point",
        "m.time_hrs",
        "w.time_hrs",
        sql=f"SELECT m.time_hrs AS x, w.time_hrs AS y {PAIR} ORDER BY x, y",
        hard="Hard",
        tags="scatter role-join abbreviation",
    ),
    Q(
        "nym-18",
        "how many minutes slower the women's winner was than the men's, each year since 2000",
        "bar",
        "year",
        "(w.time_hrs - m.time_hrs) * 60",
        sql=f"SELECT m.year AS x, (w.time_hrs - m.time_hrs) * 60 AS y {PAIR}"
        " AND m.year >= 2000 ORDER BY x",
        hard="Extra Hard",
        tags="role-join calendar-int condition-year-range",
    ),
    Q(
        "nym-19",
        "In how many years did an American win the men's race?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE division = 'Men' AND country = 'United States'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "nym-20",
        "US winners per decade (both races)",
        "bar",
        "decade",
        "count(*)",
        sql=f"SELECT FLOOR(year / 10) * 10 AS x, COUNT(*) AS y FROM {T}"
        " WHERE country = 'United States' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value calendar-int",
    ),
    Q(
        "nym-21",
        "average winning time of Kenyan winners in hours, men vs women",
        "bar",
        "division",
        "avg(time_hrs)",
        sql=f"SELECT division AS x, AVG(time_hrs) AS y FROM {T} WHERE country = 'Kenya'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "nym-22",
        "Kenyan men's winning times over the years (hours)",
        "line",
        "year",
        "time_hrs",
        sql=f"SELECT year AS x, time_hrs AS y FROM {T} WHERE country = 'Kenya' AND division = 'Men'"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "nym-23",
        "the 5 years with the fastest women's winning times",
        "bar",
        "year",
        "time_hrs",
        sql=f"SELECT year AS x, time_hrs AS y FROM {T} WHERE division = 'Women'"
        " AND time_hrs IS NOT NULL ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n calendar-int condition-value",
    ),
    Q(
        "nym-24",
        "first year a Kenyan won the NYC marathon",
        "kpi",
        None,
        "min(year)",
        sql=f"SELECT MIN(year) AS y FROM {T} WHERE country = 'Kenya'",
        hard="Medium",
        tags="kpi min-max calendar-int condition-value",
    ),
    Q(
        "nym-25",
        "wins per country since 2000",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {T} WHERE year >= 2000"
        " AND country IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "nym-26",
        "winning times in hours in 2019, men and women",
        "bar",
        "division",
        "time_hrs",
        sql=f"SELECT division AS x, time_hrs AS y FROM {T} WHERE year = 2019 ORDER BY x",
        hard="Easy",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "nym-27",
        "pie chart of women's titles by country",
        "arc",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {T} WHERE division = 'Women'"
        " AND country IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "nym-28",
        "how many races were won by someone not from the United States?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE country <> 'United States'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "nym-29",
        "men's winning time for each year of the 1980s",
        "bar",
        "year",
        "time_hrs",
        sql=f"SELECT year AS x, time_hrs AS y FROM {T} WHERE division = 'Men'"
        " AND year BETWEEN 1980 AND 1989 ORDER BY x",
        hard="Easy",
        tags="calendar-int condition-value condition-year-range",
    ),
    Q(
        "nym-30",
        "How many times was the men's race won in under 2 hours 10 minutes?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE division = 'Men' AND time < TIME '02:10:00'",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value",
    ),
    Q(
        "nym-31",
        "Ethiopian wins in the men's and the women's race",
        "bar",
        "division",
        "count(*)",
        sql=f"SELECT division AS x, COUNT(*) AS y FROM {T} WHERE country = 'Ethiopia'"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "nym-32",
        "countries with at least 3 men's titles",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {T} WHERE division = 'Men'"
        " AND country IS NOT NULL GROUP BY x HAVING COUNT(*) >= 3 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity condition-value",
    ),
    Q(
        "nym-33",
        "how many different women have won?",
        "kpi",
        None,
        "count(distinct name)",
        sql=f"SELECT COUNT(DISTINCT name) AS y FROM {T} WHERE division = 'Women'",
        hard="Medium",
        tags="kpi count-distinct count-of-entity condition-value",
    ),
    Q(
        "nym-34",
        "average winning time in hours by country, only countries with 5 or more wins",
        "bar",
        "country",
        "avg(time_hrs)",
        sql=f"SELECT country AS x, AVG(time_hrs) AS y FROM {T} WHERE country IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) >= 5 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "nym-35",
        "In how many years was the women's winner within 15 minutes of the men's winner?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {PAIR} AND (w.time_hrs - m.time_hrs) * 60 <= 15",
        hard="Extra Hard",
        tags="kpi role-join count-of-entity condition-number",
    ),
]
