"""Aircraft-wildlife strikes reported to the FAA, 1990–1999 (openintro ``birds``).

One table, one row per strike: ``opid``/``operator`` (airline code and name,
also ``BUSINESS``, ``PRIVATELY OWNED``, ``UNKNOWN``), ``atype`` (aircraft type),
``phase_of_flt`` (Approach, Climb, Take-off run, Landing Roll, …), ``ac_mass``
(aircraft mass class 1–5), ``num_engs`` (number of engines), ``date`` (DATE,
1990-01-08 – 1999-10-16; few rows after mid-1998), ``time_of_day`` (Dawn, Day,
Dusk, Night), ``state`` (two-letter codes, also Canadian provinces), ``height``
(feet), ``speed`` (knots), ``effect`` (Precautionary Landing, Aborted
Take-off, Engine Shut Down, Other; mostly NULL), ``sky``, ``species`` (upper
case, ``GULLS``, ``UNKNOWN BIRD - SMALL`` …) and the text bands
``birds_seen`` and ``birds_struck``.
"""

from itemdef import Q

DB = "birds"
T = "birds"

ITEMS = [
    Q(
        "bird-01",
        "number of bird strikes per year",
        "line",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin count-of-entity",
    ),
    Q(
        "bird-02",
        "strikes by phase of flight",
        "bar",
        "phase_of_flt",
        "count(*)",
        sql=f"SELECT phase_of_flt AS x, COUNT(*) AS y FROM {T} WHERE phase_of_flt IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "bird-03",
        "top 3 operators by number of strikes",
        "bar",
        "operator",
        "count(*)",
        sql=f"SELECT operator AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "bird-04",
        "How many bird strikes happened in Texas?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE state = 'TX'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "bird-05",
        "monthly number of strikes in 1996",
        "line",
        "month(date)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y FROM {T}"
        " WHERE YEAR(date) = 1996 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin count-of-entity condition-year",
    ),
    Q(
        "bird-06",
        "pie of strikes by time of day",
        "arc",
        "time_of_day",
        "count(*)",
        sql=f"SELECT time_of_day AS x, COUNT(*) AS y FROM {T} WHERE time_of_day IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "bird-07",
        "average height of the aircraft at the strike, for each phase of flight",
        "bar",
        "phase_of_flt",
        "avg(height)",
        sql=f"SELECT phase_of_flt AS x, AVG(height) AS y FROM {T} WHERE phase_of_flt IS NOT NULL"
        " AND height IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "bird-08",
        "strike counts by sky condition and time of day, stacked",
        "bar",
        "sky",
        "count(*)",
        "time_of_day",
        sql=f"SELECT sky AS x, COUNT(*) AS y, time_of_day AS color FROM {T}"
        " WHERE sky IS NOT NULL AND time_of_day IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "bird-09",
        "histogram of aircraft speed at the time of the strike, in 50-knot bins",
        "bar",
        "speed",
        "count(*)",
        sql=f"SELECT FLOOR(speed / 50) * 50 AS x, COUNT(*) AS y FROM {T} WHERE speed IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity",
    ),
    Q(
        "bird-10",
        "scatter with speed on the x axis and height on the y axis, for strikes during the climb",
        "point",
        "speed",
        "height",
        sql=f"SELECT speed AS x, height AS y FROM {T} WHERE phase_of_flt = 'Climb'"
        " AND speed IS NOT NULL AND height IS NOT NULL",
        hard="Hard",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "bird-11",
        "which states had more than 1000 bird strikes?",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT state AS x, COUNT(*) AS y FROM {T} WHERE state IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) > 1000 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "bird-12",
        "the 3 operators with the most strikes that led to an engine shut down",
        "bar",
        "operator",
        "count(*)",
        sql=f"SELECT operator AS x, COUNT(*) AS y FROM {T} WHERE effect = 'Engine Shut Down'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "bird-13",
        "average number of engines per aircraft mass class",
        "bar",
        "ac_mass",
        "avg(num_engs)",
        sql=f"SELECT ac_mass AS x, AVG(num_engs) AS y FROM {T} WHERE ac_mass IS NOT NULL"
        " AND num_engs IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "bird-14",
        "number of strikes by aircraft mass class, split by number of engines",
        "bar",
        "ac_mass",
        "count(*)",
        "num_engs",
        sql=f"SELECT ac_mass AS x, COUNT(*) AS y, num_engs AS color FROM {T}"
        " WHERE ac_mass IS NOT NULL AND num_engs IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "bird-15",
        "highest speed recorded for each time of day",
        "bar",
        "time_of_day",
        "max(speed)",
        sql=f"SELECT time_of_day AS x, MAX(speed) AS y FROM {T} WHERE time_of_day IS NOT NULL"
        " AND speed IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max",
    ),
    Q(
        "bird-16",
        "How many strikes involved gulls?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE species = 'GULLS'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "bird-17",
        "American Airlines bird strikes by year",
        "line",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {T} WHERE operator = 'AMERICAN AIRLINES'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin count-of-entity condition-value",
    ),
    Q(
        "bird-18",
        "yearly strikes for Southwest Airlines and Delta Air Lines, one line each",
        "line",
        "year(date)",
        "count(*)",
        "operator",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y, operator AS color FROM {T}"
        " WHERE operator IN ('SOUTHWEST AIRLINES', 'DELTA AIR LINES')"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin multi-series count-of-entity condition-value",
    ),
    Q(
        "bird-19",
        "10 most struck species, leaving out the unknown birds",
        "bar",
        "species",
        "count(*)",
        sql=f"SELECT species AS x, COUNT(*) AS y FROM {T} WHERE species NOT LIKE 'UNKNOWN%'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "bird-20",
        "number of strikes in July, per year",
        "line",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {T} WHERE MONTH(date) = 7"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin count-of-entity condition-month",
    ),
    Q(
        "bird-21",
        "How many strikes occurred above 10,000 feet?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE height > 10000",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "bird-22",
        "strikes by number of birds struck",
        "bar",
        "birds_struck",
        "count(*)",
        sql=f"SELECT birds_struck AS x, COUNT(*) AS y FROM {T} WHERE birds_struck IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity",
    ),
    Q(
        "bird-23",
        "average speed by phase of flight in 1995",
        "bar",
        "phase_of_flt",
        "avg(speed)",
        sql=f"SELECT phase_of_flt AS x, AVG(speed) AS y FROM {T} WHERE YEAR(date) = 1995"
        " AND phase_of_flt IS NOT NULL AND speed IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year abbreviation",
    ),
    Q(
        "bird-24",
        "precautionary landings after a strike, per year from 1992 to 1997",
        "line",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {T} WHERE effect = 'Precautionary Landing'"
        " AND YEAR(date) BETWEEN 1992 AND 1997 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin count-of-entity condition-value condition-year-range",
    ),
    Q(
        "bird-25",
        "top 5 states for night-time strikes",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT state AS x, COUNT(*) AS y FROM {T} WHERE time_of_day = 'Night'"
        " AND state IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "bird-26",
        "average strike height by aircraft mass class and time of day",
        "bar",
        "ac_mass",
        "avg(height)",
        "time_of_day",
        sql=f"SELECT ac_mass AS x, AVG(height) AS y, time_of_day AS color FROM {T}"
        " WHERE ac_mass IS NOT NULL AND time_of_day IS NOT NULL AND height IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "bird-27",
        "distribution of strike heights during approach, in bins of 1000 feet",
        "bar",
        "height",
        "count(*)",
        sql=f"SELECT FLOOR(height / 1000) * 1000 AS x, COUNT(*) AS y FROM {T}"
        " WHERE phase_of_flt = 'Approach' AND height IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram count-of-entity condition-value",
    ),
    Q(
        "bird-28",
        "strikes on four-engine aircraft by operator code, for codes with at least 20 such strikes",
        "bar",
        "opid",
        "count(*)",
        sql=f"SELECT opid AS x, COUNT(*) AS y FROM {T} WHERE num_engs = 4 GROUP BY x"
        " HAVING COUNT(*) >= 20 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity condition-number abbreviation",
    ),
]
