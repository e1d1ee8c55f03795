"""Every match of the German Bundesliga 1963/64 – 2008/09 (vcd ``Bundesliga``), written blind.

One table, ``Bundesliga`` (14,018 rows, one per match): ``HomeTeam``,
``AwayTeam`` (52 club names, spelled without umlauts: ``Bayern Muenchen``),
``HomeGoals``, ``AwayGoals``, ``Round`` (matchday 1–34; 30 in 1963 and 1964,
38 in 1991), ``Year`` (the year the season started: the 2000 season runs from
August 2000 to May 2001) and ``Date`` (kick-off, TIMESTAMP as the package
gives it; NULL for two matches of 1998). "Season" in a question means ``Year``.
"""

from itemdef import Q

DB = "bundesliga"
T = "Bundesliga"
GOALS = "HomeGoals + AwayGoals"

ITEMS = [
    Q(
        "bl-01",
        "trend of total goals scored per season",
        "line",
        "Year",
        f"sum({GOALS})",
        sql=f"SELECT Year AS x, SUM({GOALS}) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line",
    ),
    Q(
        "bl-02",
        "average home goals per match by season",
        "line",
        "Year",
        "avg(HomeGoals)",
        sql=f"SELECT Year AS x, AVG(HomeGoals) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "bl-03",
        "how many matches were played in each season",
        "bar",
        "Year",
        "count(*)",
        sql=f"SELECT Year AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity calendar-int",
    ),
    Q(
        "bl-04",
        "top 10 teams by number of home matches played",
        "bar",
        "HomeTeam",
        "count(*)",
        sql=f"SELECT HomeTeam AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "bl-05",
        "Bayern Muenchen's home goals per season since 1990",
        "line",
        "Year",
        "sum(HomeGoals)",
        sql=f"SELECT Year AS x, SUM(HomeGoals) AS y FROM {T}"
        " WHERE HomeTeam = 'Bayern Muenchen' AND Year >= 1990 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "bl-06",
        "How many matches ended 0-0?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE HomeGoals = 0 AND AwayGoals = 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "bl-07",
        "most goals a home team scored in a single match",
        "kpi",
        None,
        "max(HomeGoals)",
        sql=f"SELECT MAX(HomeGoals) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "bl-08",
        "histogram of goals per match (home plus away), bin width 2",
        "bar",
        GOALS,
        "count(*)",
        sql=f"SELECT FLOOR(({GOALS}) / 2) * 2 AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram",
    ),
    Q(
        "bl-09",
        "number of matches by kick-off hour",
        "bar",
        "hour(Date)",
        "count(*)",
        sql=f"SELECT HOUR(Date) AS x, COUNT(*) AS y FROM {T} WHERE Date IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "bl-10",
        "matches played per month from August 2000 through May 2001",
        "line",
        "month(Date)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', Date) AS x, COUNT(*) AS y FROM {T}"
        " WHERE Date >= TIMESTAMP '2000-08-01' AND Date < TIMESTAMP '2001-06-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line condition-year-range",
    ),
    Q(
        "bl-11",
        "average number of goals per match in each round of the 2005 season",
        "bar",
        "Round",
        f"avg({GOALS})",
        sql=f"SELECT Round AS x, AVG({GOALS}) AS y FROM {T} WHERE Year = 2005"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int",
    ),
    Q(
        "bl-12",
        "home wins, draws and away wins per season since 2000, stacked",
        "bar",
        "Year",
        "count(*)",
        "result",
        sql="SELECT Year AS x, COUNT(*) AS y, CASE WHEN HomeGoals > AwayGoals THEN 'home win'"
        " WHEN HomeGoals = AwayGoals THEN 'draw' ELSE 'away win' END AS color"
        f" FROM {T} WHERE Year >= 2000 GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "bl-13",
        "How many matches did the home team win in the 1995 season?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE HomeGoals > AwayGoals AND Year = 1995",
        hard="Medium",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
    Q(
        "bl-14",
        "which 5 teams scored the most goals in away matches overall",
        "bar",
        "AwayTeam",
        "sum(AwayGoals)",
        sql=f"SELECT AwayTeam AS x, SUM(AwayGoals) AS y FROM {T} GROUP BY x"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "bl-15",
        "number of seasons each club has played, for clubs with at least 30 seasons",
        "bar",
        "HomeTeam",
        "count(distinct Year)",
        sql=f"SELECT HomeTeam AS x, COUNT(DISTINCT Year) AS y FROM {T} GROUP BY x"
        " HAVING COUNT(DISTINCT Year) >= 30 ORDER BY x",
        hard="Hard",
        tags="count-distinct having calendar-int",
    ),
    Q(
        "bl-16",
        "number of matches with 8 or more goals in each season",
        "bar",
        "Year",
        "count(*)",
        sql=f"SELECT Year AS x, COUNT(*) AS y FROM {T} WHERE {GOALS} >= 8 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number calendar-int",
    ),
    Q(
        "bl-17",
        "scatter of home goals vs away goals for Bayern Muenchen's home matches in the 1990 season",
        "point",
        "HomeGoals",
        "AwayGoals",
        sql=f"SELECT HomeGoals AS x, AwayGoals AS y FROM {T}"
        " WHERE HomeTeam = 'Bayern Muenchen' AND Year = 1990 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value condition-year calendar-int",
    ),
    Q(
        "bl-18",
        "Borussia Dortmund home goals per season in the 1990s",
        "bar",
        "Year",
        "sum(HomeGoals)",
        sql=f"SELECT Year AS x, SUM(HomeGoals) AS y FROM {T} WHERE HomeTeam = 'Borussia Dortmund'"
        " AND Year BETWEEN 1990 AND 1999 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int",
    ),
    Q(
        "bl-19",
        "compare the average home goals of Bayern Muenchen, Borussia Dortmund and Schalke 04"
        " in their home matches",
        "bar",
        "HomeTeam",
        "avg(HomeGoals)",
        sql=f"SELECT HomeTeam AS x, AVG(HomeGoals) AS y FROM {T}"
        " WHERE HomeTeam IN ('Bayern Muenchen', 'Borussia Dortmund', 'Schalke 04')"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "bl-20",
        "which seasons had more than 1,000 goals in total",
        "bar",
        "Year",
        f"sum({GOALS})",
        sql=f"SELECT Year AS x, SUM({GOALS}) AS y FROM {T} GROUP BY x"
        f" HAVING SUM({GOALS}) > 1000 ORDER BY x",
        hard="Hard",
        tags="having calendar-int",
    ),
    Q(
        "bl-21",
        "how many different clubs have played in the Bundesliga",
        "kpi",
        None,
        "count(distinct HomeTeam)",
        sql=f"SELECT COUNT(DISTINCT HomeTeam) AS y FROM {T}",
        hard="Medium",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "bl-22",
        "number of matches per calendar year of the match date, 2000 to 2008",
        "line",
        "year(Date)",
        "count(*)",
        sql=f"SELECT YEAR(Date) AS x, COUNT(*) AS y FROM {T}"
        " WHERE YEAR(Date) BETWEEN 2000 AND 2008 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line condition-year-range",
    ),
    Q(
        "bl-23",
        "highest total goals in one match, season by season",
        "line",
        "Year",
        f"max({GOALS})",
        sql=f"SELECT Year AS x, MAX({GOALS}) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="min-max calendar-int time-line",
    ),
    Q(
        "bl-24",
        "per season, how many home matches did Werder Bremen win by scoring at least 3 goals",
        "line",
        "Year",
        "count(*)",
        sql=f"SELECT Year AS x, COUNT(*) AS y FROM {T} WHERE HomeTeam = 'Werder Bremen'"
        " AND HomeGoals >= 3 AND HomeGoals > AwayGoals GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity condition-value condition-number calendar-int time-line",
    ),
    Q(
        "bl-25",
        "average goals per match by kick-off hour, for seasons from 2000 on",
        "bar",
        "hour(Date)",
        f"avg({GOALS})",
        sql=f"SELECT HOUR(Date) AS x, AVG({GOALS}) AS y FROM {T}"
        " WHERE Year >= 2000 AND Date IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin condition-year-range calendar-int",
    ),
    Q(
        "bl-26",
        "average home goals per season for Bayern Muenchen and Hamburger SV, 2004 to 2008,"
        " side by side",
        "bar",
        "Year",
        "avg(HomeGoals)",
        "HomeTeam",
        sql=f"SELECT Year AS x, AVG(HomeGoals) AS y, HomeTeam AS color FROM {T}"
        " WHERE HomeTeam IN ('Bayern Muenchen', 'Hamburger SV') AND Year BETWEEN 2004 AND 2008"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-value condition-year-range calendar-int",
    ),
    Q(
        "bl-27",
        "total away goals conceded at home by Hamburger SV in each season of the 1980s",
        "bar",
        "Year",
        "sum(AwayGoals)",
        sql=f"SELECT Year AS x, SUM(AwayGoals) AS y FROM {T} WHERE HomeTeam = 'Hamburger SV'"
        " AND Year BETWEEN 1980 AND 1989 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int",
    ),
]
