"""Men's athletics world records: their progression 1900–2008 and the list of August 2006 (DAAG).

``progression``: one row per world-record time in nine men's track races (``race``: ``100m``,
``200m``, ``400m``, ``800m``, ``1500m``, ``Mile``, ``3000m``, ``10000m``, ``Marathon``), 227 rows;
``year`` the year it was first recorded (an integer, 1900–2008), ``Time`` in minutes and
``Distance`` in kilometres (``Mile`` is 1.6093, ``Marathon`` 42.195); ``rownames`` keeps R's row
names (1 … 250 with gaps). A race's times are not strictly decreasing in ``year`` and a year can
hold two records of one race. ``worldRecords``: the 40 men's world records standing on 9 August
2006, ``Distance`` (km), ``roadORtrack`` (``road``/``track``), ``Place`` (a city), ``Time``
(minutes) and ``Date`` (DATE, 1978–2006). The tables meet on ``Distance`` alone, and only on the
track records (``10`` km is both a track and a road record): 168 of the 227 progression rows find
their 2006 track record — the ``Mile`` (1.6093 against the list's 1.609) and the ``Marathon`` (no
42.195 km row) drop out. The 100m (2007, 2008) and 200m (2008) progressions go past the 2006 list.
"""

from itemdef import Q

DB = "track_records"
J = "FROM progression p JOIN worldRecords w ON p.Distance = w.Distance AND w.roadORtrack = 'track'"

ITEMS = [
    Q(
        "trk-01",
        "How many world record times are in the progression data?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM progression",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "trk-02",
        "how many record times are listed for each race",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM progression GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "trk-03",
        "fastest record time for each race",
        "bar",
        "race",
        "min(Time)",
        sql="SELECT race AS x, MIN(Time) AS y FROM progression GROUP BY x ORDER BY x",
        hard="Easy",
        tags="min-max",
    ),
    Q(
        "trk-04",
        "How has the 100m world record come down over the years? Show the best time each year a"
        " record was set.",
        "line",
        "year",
        "min(Time)",
        sql="SELECT year AS x, MIN(Time) AS y FROM progression WHERE race = '100m'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value min-max",
    ),
    Q(
        "trk-05",
        "histogram of the years world records were set, in 10-year bins",
        "bar",
        "year",
        "count(*)",
        sql="SELECT FLOOR(year / 10) * 10 AS x, COUNT(*) AS y FROM progression"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram calendar-int",
    ),
    Q(
        "trk-06",
        "How many records were set in each race since 1980?",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM progression WHERE year >= 1980"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "trk-07",
        "Which races have more than 30 record times in the progression?",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM progression GROUP BY x HAVING COUNT(*) > 30"
        " ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "trk-08",
        "what year is the first marathon record from?",
        "kpi",
        None,
        "min(year)",
        sql="SELECT MIN(year) AS y FROM progression WHERE race = 'Marathon'",
        hard="Easy",
        tags="kpi min-max condition-value calendar-int",
    ),
    Q(
        "trk-09",
        "scatter of record time (minutes) against race distance (km), every record in the"
        " progression",
        "point",
        "Distance",
        "Time",
        sql="SELECT Distance AS x, Time AS y FROM progression ORDER BY x, y",
        spec=(),
        hard="Easy",
        tags="scatter",
    ),
    Q(
        "trk-10",
        "mile world record progression by year",
        "line",
        "year",
        "min(Time)",
        sql="SELECT year AS x, MIN(Time) AS y FROM progression WHERE race = 'Mile'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value min-max",
    ),
    Q(
        "trk-11",
        "marathon world record over time",
        "line",
        "year",
        "min(Time)",
        sql="SELECT year AS x, MIN(Time) AS y FROM progression WHERE race = 'Marathon'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value min-max",
    ),
    Q(
        "trk-12",
        "800m and 1500m record times over the years, one line per race",
        "line",
        "year",
        "min(Time)",
        "race",
        sql="SELECT year AS x, MIN(Time) AS y, race AS color FROM progression"
        " WHERE race IN ('800m', '1500m') GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series calendar-int condition-value min-max",
    ),
    Q(
        "trk-13",
        "In how many different years was at least one world record set?",
        "kpi",
        None,
        "count(distinct year)",
        sql="SELECT COUNT(DISTINCT year) AS y FROM progression",
        hard="Medium",
        tags="kpi count-distinct calendar-int",
    ),
    Q(
        "trk-14",
        "the 3 years with the most world records",
        "bar",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM progression GROUP BY x ORDER BY y DESC, x"
        " LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity calendar-int",
    ),
    Q(
        "trk-15",
        "share of the progression's record times by race (pie)",
        "arc",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM progression GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "trk-16",
        "how many world records were broken between 1950 and 1969",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM progression WHERE year BETWEEN 1950 AND 1969",
        hard="Easy",
        tags="kpi count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "trk-17",
        "most recent year each race's record was improved",
        "bar",
        "race",
        "max(year)",
        sql="SELECT race AS x, MAX(year) AS y FROM progression GROUP BY x ORDER BY x",
        hard="Easy",
        tags="min-max calendar-int",
    ),
    Q(
        "trk-18",
        "bar chart of the average marathon record time per decade",
        "bar",
        "year",
        "avg(Time)",
        sql="SELECT FLOOR(year / 10) * 10 AS x, AVG(Time) AS y FROM progression"
        " WHERE race = 'Marathon' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-value calendar-int",
    ),
    Q(
        "trk-19",
        "pie chart of the 2006 world records: road vs track",
        "arc",
        "roadORtrack",
        "count(*)",
        sql="SELECT roadORtrack AS x, COUNT(*) AS y FROM worldRecords GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "trk-20",
        "number of world records (as of 2006) by the year they were set",
        "bar",
        "year(Date)",
        "count(*)",
        sql="SELECT YEAR(Date) AS x, COUNT(*) AS y FROM worldRecords GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity",
    ),
    Q(
        "trk-21",
        "Which cities hold more than one world record?",
        "bar",
        "Place",
        "count(*)",
        sql="SELECT Place AS x, COUNT(*) AS y FROM worldRecords GROUP BY x HAVING COUNT(*) > 1"
        " ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "trk-22",
        "In what year was the oldest record on the 2006 list set?",
        "kpi",
        None,
        "min(year(Date))",
        sql="SELECT MIN(YEAR(Date)) AS y FROM worldRecords",
        hard="Medium",
        tags="kpi min-max",
    ),
    Q(
        "trk-23",
        "road race world records: time vs distance, distance on the x axis",
        "point",
        "Distance",
        "Time",
        sql="SELECT Distance AS x, Time AS y FROM worldRecords WHERE roadORtrack = 'road'"
        " ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "trk-24",
        "How many track world records are for 10 km or longer?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM worldRecords WHERE roadORtrack = 'track' AND Distance >= 10",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value abbreviation",
    ),
    Q(
        "trk-25",
        "world records set since 2000, road vs track",
        "bar",
        "roadORtrack",
        "count(*)",
        sql="SELECT roadORtrack AS x, COUNT(*) AS y FROM worldRecords"
        " WHERE Date >= DATE '2000-01-01' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year-range abbreviation",
    ),
    Q(
        "trk-26",
        "For each race in the progression, what is its 2006 track world record time?",
        "bar",
        "race",
        "Time",
        sql="SELECT p.race AS x, w.Time AS y FROM (SELECT DISTINCT race, Distance FROM"
        " progression) p JOIN worldRecords w ON p.Distance = w.Distance"
        " AND w.roadORtrack = 'track' ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value",
    ),
    Q(
        "trk-27",
        "year each race's 2006 track world record was set",
        "bar",
        "race",
        "year(Date)",
        sql="SELECT p.race AS x, YEAR(w.Date) AS y FROM (SELECT DISTINCT race, Distance FROM"
        " progression) p JOIN worldRecords w ON p.Distance = w.Distance"
        " AND w.roadORtrack = 'track' ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value",
    ),
    Q(
        "trk-28",
        "How many progression records were set before the year of the race's 2006 track world"
        " record? By race.",
        "bar",
        "race",
        "count(*)",
        sql=f"SELECT p.race AS x, COUNT(*) AS y {J} WHERE p.year < YEAR(w.Date)"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity condition-value calendar-int",
    ),
    Q(
        "trk-29",
        "number of records set after the year of the 2006 track world record, by race",
        "bar",
        "race",
        "count(*)",
        sql=f"SELECT p.race AS x, COUNT(*) AS y {J} WHERE p.year > YEAR(w.Date)"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity condition-value calendar-int",
    ),
    Q(
        "trk-30",
        "How many progression records are for distances that also have a track world record on"
        " the 2006 list?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J}",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-value",
    ),
    Q(
        "trk-31",
        "total number of progression records for races whose 2006 track world record was set in"
        " the 1990s",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J} WHERE YEAR(w.Date) BETWEEN 1990 AND 1999",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-value condition-year-range",
    ),
    Q(
        "trk-32",
        "number of progression records by the city where the race's 2006 track world record"
        " was set",
        "bar",
        "Place",
        "count(*)",
        sql=f"SELECT w.Place AS x, COUNT(*) AS y {J} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-value",
    ),
    Q(
        "trk-33",
        "By race: how many years passed between the first record in the progression and the"
        " 2006 track world record?",
        "bar",
        "race",
        "year(Date) - min(year)",
        sql=f"SELECT p.race AS x, YEAR(MIN(w.Date)) - MIN(p.year) AS y {J} GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-value calendar-int min-max",
    ),
    Q(
        "trk-34",
        "percent improvement from the slowest progression time to the 2006 track world record,"
        " per race",
        "bar",
        "race",
        "100 * (max(Time) - Time) / max(Time)",
        sql=f"SELECT p.race AS x, 100 * (MAX(p.Time) - MIN(w.Time)) / MAX(p.Time) AS y {J}"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-value min-max",
    ),
    Q(
        "trk-35",
        "progression records per race, for races whose 2006 track world record was set before 1998",
        "bar",
        "race",
        "count(*)",
        sql=f"SELECT p.race AS x, COUNT(*) AS y {J} WHERE w.Date < DATE '1998-01-01'"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-value condition-year-range",
    ),
]
