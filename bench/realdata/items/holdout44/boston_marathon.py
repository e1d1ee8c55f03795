"""Winners of the Boston Marathon, 1897–2019 (fpp3's boston_marathon): 265 rows.

``boston_marathon``: one row per event and year: ``Event`` (``Men's open division`` 1897–2019,
``Women's open champion`` 1972–2019, ``Women's pioneer era`` 1966–1971, ``Men's wheelchair``
1975–2019, ``Women's wheelchair`` 1977–2019), ``Year`` (integer), ``Champion`` (the winner's
name; ``Camp Devens Divisional Team`` won the 1918 men's race, a relay of soldiers),
``Country`` and ``Time`` (the winning time, TIME, ``02:55:10``). The men's wheelchair race of
1976 is a row whose ``Champion`` is ``No Contestants``, with NULL ``Country`` and ``Time``.
Times in minutes are ``EPOCH(Time) / 60``.
"""

from itemdef import Q

DB = "boston_marathon"
T = "boston_marathon"
MIN = "EPOCH(Time) / 60"
MEN = "Event = 'Men''s open division'"
WOMEN = "Event = 'Women''s open champion'"

ITEMS = [
    Q(
        "bmar-01",
        "How many different champions have won at Boston?",
        "kpi",
        None,
        "count(distinct Champion)",
        sql=f"SELECT COUNT(DISTINCT Champion) AS y FROM {T} WHERE Champion <> 'No Contestants'",
        hard="Medium",
        tags="kpi count-distinct",
    ),
    Q(
        "bmar-02",
        "number of Boston Marathon wins by country",
        "bar",
        "Country",
        "count(*)",
        sql=f"SELECT Country AS x, COUNT(*) AS y FROM {T} WHERE Country IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "bmar-03",
        "top 5 countries by number of Boston Marathon wins",
        "bar",
        "Country",
        "count(*)",
        sql=f"SELECT Country AS x, COUNT(*) AS y FROM {T} WHERE Country IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "bmar-04",
        "men's open winning time over the years, in minutes",
        "line",
        "Year",
        "Time",
        sql=f"SELECT Year AS x, {MIN} AS y FROM {T} WHERE {MEN} ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "bmar-05",
        "women's open winning times by year (minutes)",
        "line",
        "Year",
        "Time",
        sql=f"SELECT Year AS x, {MIN} AS y FROM {T} WHERE {WOMEN} ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "bmar-06",
        "share of titles by event",
        "arc",
        "Event",
        "count(*)",
        sql=f"SELECT Event AS x, COUNT(*) AS y FROM {T} WHERE Champion <> 'No Contestants'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity",
    ),
    Q(
        "bmar-07",
        "average winning time in minutes by event",
        "bar",
        "Event",
        "avg(Time)",
        sql=f"SELECT Event AS x, AVG({MIN}) AS y FROM {T} WHERE Time IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "bmar-08",
        "fastest winning time per event, in minutes",
        "bar",
        "Event",
        "min(Time)",
        sql=f"SELECT Event AS x, MIN({MIN}) AS y FROM {T} WHERE Time IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max",
    ),
    Q(
        "bmar-09",
        "Kenyan wins by event",
        "bar",
        "Event",
        "count(*)",
        sql=f"SELECT Event AS x, COUNT(*) AS y FROM {T} WHERE Country = 'Kenya'"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "bmar-10",
        "champions who won Boston 4 or more times",
        "bar",
        "Champion",
        "count(*)",
        sql=f"SELECT Champion AS x, COUNT(*) AS y FROM {T} GROUP BY x HAVING COUNT(*) >= 4"
        " ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "bmar-11",
        "How many times has Ernst Van Dyk won?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Champion = 'Ernst Van Dyk'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "bmar-12",
        "average men's open winning time by decade, in minutes",
        "line",
        "Year",
        "avg(Time)",
        sql=f"SELECT (Year // 10) * 10 AS x, AVG({MIN}) AS y FROM {T} WHERE {MEN}"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "bmar-13",
        "wins by country since 1990",
        "bar",
        "Country",
        "count(*)",
        sql=f"SELECT Country AS x, COUNT(*) AS y FROM {T} WHERE Year >= 1990"
        " AND Country IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "bmar-14",
        "men's wheelchair winning times since 2000, in minutes",
        "line",
        "Year",
        "Time",
        sql=f"SELECT Year AS x, {MIN} AS y FROM {T} WHERE Event = 'Men''s wheelchair'"
        " AND Year >= 2000 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value condition-year-range",
    ),
    Q(
        "bmar-15",
        "how many different countries have produced a winner in each event?",
        "bar",
        "Event",
        "count(distinct Country)",
        sql=f"SELECT Event AS x, COUNT(DISTINCT Country) AS y FROM {T} WHERE Country IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-distinct",
    ),
    Q(
        "bmar-16",
        "How many Boston winners came from Japan?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Country = 'Japan'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "bmar-17",
        "share of women's open titles by country",
        "arc",
        "Country",
        "count(*)",
        sql=f"SELECT Country AS x, COUNT(*) AS y FROM {T} WHERE {WOMEN} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "bmar-18",
        "years when the men's open race was won in under 2 hours 10 minutes, with the time in"
        " minutes",
        "bar",
        "Year",
        "Time",
        sql=f"SELECT Year AS x, {MIN} AS y FROM {T} WHERE {MEN} AND Time < TIME '02:10:00'"
        " ORDER BY x",
        hard="Hard",
        tags="calendar-int condition-value condition-number",
    ),
    Q(
        "bmar-19",
        "slowest winning time ever in the men's open, in minutes",
        "kpi",
        None,
        "max(Time)",
        sql=f"SELECT MAX({MIN}) AS y FROM {T} WHERE {MEN}",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "bmar-20",
        "men's and women's open winning times by year, in minutes",
        "line",
        "Year",
        "Time",
        "Event",
        sql=f"SELECT Year AS x, {MIN} AS y, Event AS color FROM {T}"
        " WHERE Event IN ('Men''s open division', 'Women''s open champion') ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series calendar-int condition-value",
    ),
    Q(
        "bmar-21",
        "average men's open winning time (minutes) by country, for countries with at least 3 wins",
        "bar",
        "Country",
        "avg(Time)",
        sql=f"SELECT Country AS x, AVG({MIN}) AS y FROM {T} WHERE {MEN} GROUP BY x"
        " HAVING COUNT(*) >= 3 ORDER BY x",
        hard="Hard",
        tags="having condition-value",
    ),
    Q(
        "bmar-22",
        "histogram of men's open winning times, 5-minute bins",
        "bar",
        "Time",
        "count(*)",
        sql=f"SELECT FLOOR({MIN} / 5) * 5 AS x, COUNT(*) AS y FROM {T} WHERE {MEN}"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="histogram condition-value",
    ),
    Q(
        "bmar-23",
        "number of wins by country and event, for the United States, Kenya and Japan",
        "bar",
        "Country",
        "count(*)",
        "Event",
        sql=f"SELECT Country AS x, COUNT(*) AS y, Event AS color FROM {T}"
        " WHERE Country IN ('United States', 'Kenya', 'Japan') GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity condition-value",
    ),
    Q(
        "bmar-24",
        "average winning time in minutes by event, Kenya vs Ethiopia",
        "bar",
        "Event",
        "avg(Time)",
        "Country",
        sql=f"SELECT Event AS x, AVG({MIN}) AS y, Country AS color FROM {T}"
        " WHERE Country IN ('Kenya', 'Ethiopia') GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-value",
    ),
    Q(
        "bmar-25",
        "the 3 fastest women's wheelchair winning times and their years",
        "bar",
        "Year",
        "Time",
        sql=f"SELECT Year AS x, {MIN} AS y FROM {T} WHERE Event = 'Women''s wheelchair'"
        " ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n calendar-int condition-value",
    ),
    Q(
        "bmar-26",
        "How many times has a Canadian won the men's open race?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Country = 'Canada' AND {MEN}",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "bmar-27",
        "first year a Kenyan won at Boston",
        "kpi",
        None,
        "min(Year)",
        sql=f"SELECT MIN(Year) AS y FROM {T} WHERE Country = 'Kenya'",
        hard="Medium",
        tags="kpi min-max condition-value calendar-int",
    ),
    Q(
        "bmar-28",
        "countries with exactly one Boston win",
        "bar",
        "Country",
        "count(*)",
        sql=f"SELECT Country AS x, COUNT(*) AS y FROM {T} WHERE Country IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) = 1 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "bmar-29",
        "average men's open winning time since 2000, in minutes",
        "kpi",
        None,
        "avg(Time)",
        sql=f"SELECT AVG({MIN}) AS y FROM {T} WHERE {MEN} AND Year >= 2000",
        hard="Medium",
        tags="kpi condition-value condition-year-range calendar-int",
    ),
    Q(
        "bmar-30",
        "number of champions crowned each year",
        "line",
        "Year",
        "count(*)",
        sql=f"SELECT Year AS x, COUNT(*) AS y FROM {T} WHERE Champion <> 'No Contestants'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity",
    ),
    Q(
        "bmar-31",
        "scatter of the men's open winning time against the women's open winning time in the same"
        " year, in minutes",
        "point",
        "Time",
        "Time",
        sql=f"SELECT {MIN.replace('Time', 'm.Time')} AS x, {MIN.replace('Time', 'w.Time')} AS y"
        f" FROM {T} m JOIN {T} w ON m.Year = w.Year"
        " WHERE m.Event = 'Men''s open division' AND w.Event = 'Women''s open champion'"
        " ORDER BY x, y",
        spec=(),
        hard="Extra Hard",
        tags="scatter role-join condition-value",
    ),
]
