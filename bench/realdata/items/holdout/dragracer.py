"""HOLDOUT. RuPaul's Drag Race (R package dragracer): contestants, contestant-episodes, episodes.

Keys are composite and same-named: (season, contestant) and (season, episode);
``rpdr_contep`` has one row per contestant per episode of the season.
"""

from itemdef import Q

DB = "dragracer"
CK = (
    "JOIN rpdr_contestants ON rpdr_contep.season = rpdr_contestants.season"
    " AND rpdr_contep.contestant = rpdr_contestants.contestant"
)
CE = "JOIN rpdr_ep ON rpdr_contep.season = rpdr_ep.season AND rpdr_contep.episode = rpdr_ep.episode"

ITEMS = [
    Q(
        "dragracer-01",
        "How many queens competed in each season?",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_contestants GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "dragracer-02",
        "average contestant age by season",
        "bar",
        "season",
        "avg(age)",
        sql="SELECT season AS x, AVG(age) AS y FROM rpdr_contestants GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "dragracer-03",
        "number of episodes per season",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_ep GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "dragracer-04",
        "number of WIN outcomes per season",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_contep WHERE outcome = 'WIN' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value count-of-entity",
    ),
    Q(
        "dragracer-05",
        "age of the winner of each season",
        "bar",
        "season",
        "age",
        sql="SELECT rpdr_contestants.season AS x, age AS y FROM rpdr_contestants"
        " JOIN (SELECT DISTINCT season, contestant FROM rpdr_contep WHERE rank = 1) AS w"
        " ON rpdr_contestants.season = w.season AND rpdr_contestants.contestant = w.contestant"
        " ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-number",
    ),
    Q(
        "dragracer-06",
        "number of episodes aired per year",
        "line",
        "year(airdate)",
        "count(*)",
        sql="SELECT YEAR(airdate) AS x, COUNT(*) AS y FROM rpdr_ep GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="count-of-entity time-line temporal-bin",
    ),
    Q(
        "dragracer-07",
        "outcome counts in season 10",
        "bar",
        "outcome",
        "count(*)",
        sql="SELECT outcome AS x, COUNT(*) AS y FROM rpdr_contep WHERE season = 'S10'"
        " AND outcome IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-value count-of-entity abbreviation",
    ),
    Q(
        "dragracer-08",
        "average number of queens per episode, by season",
        "bar",
        "season",
        "avg(numqueens)",
        sql="SELECT season AS x, AVG(numqueens) AS y FROM rpdr_ep GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "dragracer-09",
        "seasons with more than 14 episodes",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_ep GROUP BY x HAVING COUNT(*) > 14 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "dragracer-10",
        "number of BTM outcomes per season",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_contep WHERE outcome = 'BTM' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value count-of-entity",
    ),
    Q(
        "dragracer-11",
        "number of eliminations per season",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_contep WHERE eliminated = 1 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number",
    ),
    Q(
        "dragracer-12",
        "mini challenge wins per season",
        "bar",
        "season",
        "sum(minichalw)",
        sql="SELECT season AS x, SUM(minichalw) AS y FROM rpdr_contep GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "dragracer-13",
        "youngest contestant age in each season",
        "bar",
        "season",
        "min(age)",
        sql="SELECT season AS x, MIN(age) AS y FROM rpdr_contestants GROUP BY x ORDER BY x",
        hard="Easy",
        tags="min-max",
    ),
    Q(
        "dragracer-14",
        "the 3 oldest queens",
        "bar",
        "contestant",
        "age",
        sql="SELECT contestant AS x, age AS y FROM rpdr_contestants ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "dragracer-15",
        "number of contestants born before 1985, per season",
        "bar",
        "season",
        "count(*)",
        sql="SELECT season AS x, COUNT(*) AS y FROM rpdr_contestants WHERE dob < DATE '1985-01-01'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year-range count-of-entity",
    ),
    Q(
        "dragracer-16",
        "episodes aired in 2020 by month",
        "line",
        "month(airdate)",
        "count(*)",
        sql="SELECT DATE_TRUNC('month', airdate) AS x, COUNT(*) AS y FROM rpdr_ep"
        " WHERE YEAR(airdate) = 2020 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-year count-of-entity time-line temporal-bin",
    ),
    Q(
        "dragracer-17",
        "number of WIN, HIGH and LOW outcomes per season",
        "bar",
        "season",
        "count(*)",
        "outcome",
        sql="SELECT season AS x, COUNT(*) AS y, outcome AS color FROM rpdr_contep"
        " WHERE outcome IN ('WIN', 'HIGH', 'LOW') GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="condition-value two-category count-of-entity",
    ),
    Q(
        "dragracer-18",
        "which artists had their songs lip-synced most often? top 3",
        "bar",
        "lipsyncartist",
        "count(*)",
        sql="SELECT lipsyncartist AS x, COUNT(*) AS y FROM rpdr_ep WHERE lipsyncartist IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity abbreviation",
    ),
    Q(
        "dragracer-19",
        "queens with at least 4 challenge wins",
        "bar",
        "contestant",
        "count(*)",
        sql="SELECT contestant AS x, COUNT(*) AS y FROM rpdr_contep WHERE outcome = 'WIN'"
        " GROUP BY x HAVING COUNT(*) >= 4 ORDER BY x",
        hard="Hard",
        tags="having condition-value count-of-entity",
    ),
    Q(
        "dragracer-20",
        "How many queens finished in the top 3 of each season?",
        "bar",
        "season",
        "count(distinct contestant)",
        sql="SELECT season AS x, COUNT(DISTINCT contestant) AS y FROM rpdr_contep WHERE rank <= 3"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity count-distinct condition-number",
    ),
    Q(
        "dragracer-21",
        "number of WIN outcomes per year, by the air date of the episode",
        "line",
        "year(airdate)",
        "count(*)",
        sql=f"SELECT YEAR(airdate) AS x, COUNT(*) AS y FROM rpdr_contep {CE}"
        " WHERE outcome = 'WIN' GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join same-name-join condition-value count-of-entity time-line temporal-bin",
    ),
    Q(
        "dragracer-22",
        "number of WIN outcomes by queens aged 30 or older, per season",
        "bar",
        "season",
        "count(*)",
        sql=f"SELECT rpdr_contep.season AS x, COUNT(*) AS y FROM rpdr_contep {CK}"
        " WHERE outcome = 'WIN' AND age >= 30 GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-value condition-number count-of-entity",
    ),
    Q(
        "dragracer-23",
        "How many episodes are there?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM rpdr_ep",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "dragracer-24",
        "share of episodes by lip sync artist for RuPaul, Britney Spears and Madonna",
        "arc",
        "lipsyncartist",
        "count(*)",
        sql="SELECT lipsyncartist AS x, COUNT(*) AS y FROM rpdr_ep"
        " WHERE lipsyncartist IN ('RuPaul', 'Britney Spears', 'Madonna') GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-value count-of-entity",
    ),
    Q(
        "dragracer-25",
        "average age of each season's top 3 queens",
        "bar",
        "season",
        "avg(age)",
        sql="SELECT rpdr_contestants.season AS x, AVG(age) AS y FROM rpdr_contestants"
        " JOIN (SELECT DISTINCT season, contestant FROM rpdr_contep WHERE rank <= 3) AS t"
        " ON rpdr_contestants.season = t.season AND rpdr_contestants.contestant = t.contestant"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-number",
    ),
]
