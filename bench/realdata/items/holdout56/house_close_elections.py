"""US House elections and the voting records of the winners, 1948–1990 (causaldata's
close_elections_lmb, from Lee, Moretti and Butler 2004).

``close_elections_lmb``: 13,588 rows, one per ADA voting score of the representative a House race
elected: most races (6,446 of 7,142) have two rows, one per year of the Congress that followed,
with the same race columns and two ``score`` values; 696 races (all of 1960, a few others) have
one. ``state`` is the ICPSR state code (BIGINT, 1 = Connecticut … 82 = Hawaii, 50 codes, no
names), ``district`` the district number within the state (1–99), ``id`` a row number (unique,
3–17,128 with gaps), ``score`` the ADA score (higher = more liberal; the adjusted scores run
−27.9 … 128.9: 819 below 0 and 264 above 100), ``year`` the election year (even years: 1948, 1950,
1954 … 1980, 1984 … 1990; none in 1952, 1962, 1972 and 1982), ``demvoteshare`` the Democratic share
of the two-party vote (a fraction 0–1; 0 or 1 in the races that were uncontested), ``democrat``
(1 when the Democrat won), and ``lagdemocrat``/``lagdemvoteshare`` the same for the previous race
in the district. ``demvoteshare`` is NULL on 11 rows (6 races, 1956 and 1986) and
``lagdemvoteshare`` on 11 others; ``democrat`` is 1 exactly where ``demvoteshare`` > 0.5.

A race is ``(state, district, year)``: questions about races, seats and vote shares count each race
once (``SELECT DISTINCT`` of the race columns, 7,142 races in 505 state–district pairs);
questions about ADA scores use every row. NULL vote shares are filtered wherever they would be a
measure or a bin.
"""

from itemdef import Q

DB = "house_close_elections"
T = "close_elections_lmb"
RACES = (
    "(SELECT DISTINCT state, district, year, demvoteshare, democrat, lagdemocrat,"
    " lagdemvoteshare FROM close_elections_lmb)"
)

ITEMS = [
    Q(
        "clh-01",
        "average ADA score of all House members in the data",
        "kpi",
        None,
        "avg(score)",
        sql=f"SELECT AVG(score) AS y FROM {T}",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "clh-02",
        "average ADA voting score by election year",
        "line",
        "year",
        "avg(score)",
        sql=f"SELECT year AS x, AVG(score) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "clh-03",
        "ADA score trend over election years, one line for seats the Democrats won and one for"
        " seats the Republicans won",
        "line",
        "year",
        "avg(score)",
        "democrat",
        sql=f"SELECT year AS x, AVG(score) AS y, democrat AS color FROM {T} GROUP BY x, color"
        " ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int abbreviation",
    ),
    Q(
        "clh-04",
        "how many different districts have a race in the data in each election year?",
        "line",
        "year",
        "count(distinct district)",
        sql=f"SELECT year AS x, COUNT(DISTINCT (state, district)) AS y FROM {T} GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int count-distinct count-of-entity",
    ),
    Q(
        "clh-05",
        "percent of House races won by Democrats in each election year, each race counted once",
        "line",
        "year",
        "100 * avg(democrat)",
        sql=f"SELECT year AS x, 100 * AVG(democrat) AS y FROM {RACES} r GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int",
    ),
    Q(
        "clh-06",
        "histogram of ADA scores in bins of 10 points",
        "bar",
        "score",
        "count(*)",
        sql=f"SELECT FLOOR(score / 10) * 10 AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "clh-07",
        "distribution of the Democratic vote share across races (each race once), bins of 0.1",
        "bar",
        "demvoteshare",
        "count(*)",
        sql=f"SELECT FLOOR(demvoteshare * 10) / 10 AS x, COUNT(*) AS y FROM {RACES} r"
        " WHERE demvoteshare IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram abbreviation",
    ),
    Q(
        "clh-08",
        "How many races had a Democratic vote share of exactly 0 or exactly 1 (one candidate"
        " only)?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RACES} r WHERE demvoteshare IN (0, 1)",
        hard="Hard",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "clh-09",
        "average Democratic vote share in the 1974 races, counting each race once",
        "kpi",
        None,
        "avg(demvoteshare)",
        sql=f"SELECT AVG(demvoteshare) AS y FROM {RACES} r WHERE year = 1974",
        hard="Medium",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "clh-10",
        "number of close races in the 1980s, where the Democrat got between 48% and 52% of the"
        " vote",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RACES} r WHERE year BETWEEN 1980 AND 1989"
        " AND demvoteshare BETWEEN 0.48 AND 0.52",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year-range calendar-int abbreviation",
    ),
    Q(
        "clh-11",
        "seats won by each party per election year, stacked bars (Democratic win yes/no)",
        "bar",
        "year",
        "count(*)",
        "democrat",
        sql=f"SELECT year AS x, COUNT(*) AS y, democrat AS color FROM {RACES} r"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity calendar-int",
    ),
    Q(
        "clh-12",
        "1990: ADA score against the Democratic vote share, one point per score",
        "point",
        "demvoteshare",
        "score",
        sql=f"SELECT demvoteshare AS x, score AS y FROM {T} WHERE year = 1990"
        " AND demvoteshare IS NOT NULL",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "clh-13",
        "Democratic vote share in the 1988 races against the share in the same district's"
        " previous race, one point per race",
        "point",
        "lagdemvoteshare",
        "demvoteshare",
        sql=f"SELECT lagdemvoteshare AS x, demvoteshare AS y FROM {RACES} r WHERE year = 1988"
        " AND demvoteshare IS NOT NULL AND lagdemvoteshare IS NOT NULL",
        hard="Hard",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "clh-14",
        "How many seats flipped from Republican to Democrat in 1974?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RACES} r WHERE year = 1974 AND lagdemocrat = 0"
        " AND democrat = 1",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "clh-15",
        "number of seats that changed party in each election year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {RACES} r WHERE democrat <> lagdemocrat"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line count-of-entity calendar-int",
    ),
    Q(
        "clh-16",
        "top 5 state codes by average ADA score",
        "bar",
        "state",
        "avg(score)",
        sql=f"SELECT state AS x, AVG(score) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "clh-17",
        "election years in which the average ADA score of Democratic winners was above 60",
        "bar",
        "year",
        "avg(score)",
        sql=f"SELECT year AS x, AVG(score) AS y FROM {T} WHERE democrat = 1 GROUP BY x"
        " HAVING AVG(score) > 60 ORDER BY x",
        hard="Hard",
        tags="having condition-number calendar-int abbreviation",
    ),
    Q(
        "clh-18",
        "highest ADA score in the data",
        "kpi",
        None,
        "max(score)",
        sql=f"SELECT MAX(score) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "clh-19",
        "lowest ADA score recorded for each election year, over time",
        "line",
        "year",
        "min(score)",
        sql=f"SELECT year AS x, MIN(score) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line min-max calendar-int abbreviation",
    ),
    Q(
        "clh-20",
        "What was the average ADA score of Republican winners elected from 1970 to 1980 inclusive?",
        "kpi",
        None,
        "avg(score)",
        sql=f"SELECT AVG(score) AS y FROM {T} WHERE democrat = 0 AND year BETWEEN 1970 AND 1980",
        hard="Medium",
        tags="kpi condition-number condition-year-range calendar-int abbreviation",
    ),
    Q(
        "clh-21",
        "average ADA score by which party held the seat before the election and which party won it",
        "bar",
        "lagdemocrat",
        "avg(score)",
        "democrat",
        sql=f"SELECT lagdemocrat AS x, AVG(score) AS y, democrat AS color FROM {T}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "clh-22",
        "How many ADA scores are below zero?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE score < 0",
        hard="Easy",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "clh-23",
        "pie of races won by Democrats vs Republicans in 1964",
        "arc",
        "democrat",
        "count(*)",
        sql=f"SELECT democrat AS x, COUNT(*) AS y FROM {RACES} r WHERE year = 1964 GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-year calendar-int",
    ),
    Q(
        "clh-24",
        "How many distinct congressional districts (state and district number) appear in the data?",
        "kpi",
        None,
        "count(distinct district)",
        sql=f"SELECT COUNT(DISTINCT (state, district)) AS y FROM {T}",
        hard="Medium",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "clh-25",
        "average Democratic share of the vote per election year (each race once)",
        "line",
        "year",
        "avg(demvoteshare)",
        sql=f"SELECT year AS x, AVG(demvoteshare) AS y FROM {RACES} r"
        " WHERE demvoteshare IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "clh-26",
        "average ADA score of Democrats who won with less than 55% of the vote",
        "kpi",
        None,
        "avg(score)",
        sql=f"SELECT AVG(score) AS y FROM {T} WHERE democrat = 1 AND demvoteshare < 0.55",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "clh-27",
        "average ADA score by decade of the election and winning party (Democrat yes/no)",
        "bar",
        "decade",
        "avg(score)",
        "democrat",
        sql=f"SELECT FLOOR(year / 10) * 10 AS x, AVG(score) AS y, democrat AS color FROM {T}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive calendar-int abbreviation",
    ),
    Q(
        "clh-28",
        "the 3 election years with the lowest average ADA score among Republican winners",
        "bar",
        "year",
        "avg(score)",
        sql=f"SELECT year AS x, AVG(score) AS y FROM {T} WHERE democrat = 0 GROUP BY x"
        " ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n condition-number calendar-int abbreviation",
    ),
    Q(
        "clh-29",
        "state codes where the Democrats won more than 85% of the races, with that percentage",
        "bar",
        "state",
        "100 * avg(democrat)",
        sql=f"SELECT state AS x, 100 * AVG(democrat) AS y FROM {RACES} r GROUP BY x"
        " HAVING AVG(democrat) > 0.85 ORDER BY x",
        hard="Extra Hard",
        tags="having",
    ),
    Q(
        "clh-30",
        "How many House races are in the data for 1960?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RACES} r WHERE year = 1960",
        hard="Medium",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
    Q(
        "clh-31",
        "what percent of the 1958 races did the Democrats win?",
        "kpi",
        None,
        "100 * avg(democrat)",
        sql=f"SELECT 100 * AVG(democrat) AS y FROM {RACES} r WHERE year = 1958",
        hard="Medium",
        tags="kpi condition-year calendar-int",
    ),
    Q(
        "clh-32",
        "average ADA score of Democratic winners over time, only races the Democrat won with"
        " under 55% of the vote",
        "line",
        "year",
        "avg(score)",
        sql=f"SELECT year AS x, AVG(score) AS y FROM {T} WHERE democrat = 1"
        " AND demvoteshare < 0.55 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line condition-number calendar-int abbreviation",
    ),
    Q(
        "clh-33",
        "number of races per state code, top 10 states",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT state AS x, COUNT(*) AS y FROM {RACES} r GROUP BY x ORDER BY y DESC, x"
        " LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
]
