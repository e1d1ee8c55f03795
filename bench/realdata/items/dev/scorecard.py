"""College Scorecard outcomes by college and year (causaldata ``scorecard``).

One table, one row per college (``unitid``, the college's id; ``inst_name``
its name, which 148 names share between colleges) and outcome year (``year``:
2007, 2009, 2011–2016): ``state_abbr`` two-letter state or territory code,
``pred_degree_awarded_ipeds`` the predominant degree (1 less than two-year,
2 two-year, 3 four-year or more), ``earnings_med`` median earnings of former
aided students ten years after entry, ``count_working``/``count_not_working``
how many of them work / do not. Earnings and counts are missing for 2015 and
2016. "How many colleges" counts distinct ``unitid``: a college repeats once
per year.
"""

from itemdef import Q

DB = "scorecard"
SC = "scorecard"

ITEMS = [
    Q(
        "scorecard-01",
        "top 10 states by number of colleges",
        "bar",
        "state_abbr",
        "count(distinct unitid)",
        sql=f"SELECT state_abbr AS x, COUNT(DISTINCT unitid) AS y FROM {SC}"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity count-distinct abbreviation",
    ),
    Q(
        "scorecard-02",
        "average median earnings by year",
        "line",
        "year",
        "avg(earnings_med)",
        sql=f"SELECT year AS x, AVG(earnings_med) AS y FROM {SC} WHERE earnings_med IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-03",
        "How many colleges are there?",
        "kpi",
        None,
        "count(distinct unitid)",
        sql=f"SELECT COUNT(DISTINCT unitid) AS y FROM {SC}",
        hard="Medium",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "scorecard-04",
        "number of colleges in Ohio",
        "kpi",
        None,
        "count(distinct unitid)",
        sql=f"SELECT COUNT(DISTINCT unitid) AS y FROM {SC} WHERE state_abbr = 'OH'",
        hard="Hard",
        tags="kpi count-of-entity count-distinct condition-value abbreviation",
    ),
    Q(
        "scorecard-05",
        "average median earnings by predominant degree in 2014",
        "bar",
        "pred_degree_awarded_ipeds",
        "avg(earnings_med)",
        sql=f"SELECT pred_degree_awarded_ipeds AS x, AVG(earnings_med) AS y FROM {SC}"
        " WHERE year = 2014 AND earnings_med IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year abbreviation",
    ),
    Q(
        "scorecard-06",
        "top 10 colleges by median earnings in 2013",
        "bar",
        "inst_name",
        "earnings_med",
        sql=f"SELECT inst_name AS x, earnings_med AS y FROM {SC}"
        " WHERE year = 2013 AND earnings_med IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "scorecard-07",
        "number of colleges per year",
        "line",
        "year",
        "count(distinct unitid)",
        sql=f"SELECT year AS x, COUNT(DISTINCT unitid) AS y FROM {SC} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity count-distinct calendar-int time-line",
    ),
    Q(
        "scorecard-08",
        "median earnings at Harvard University over time",
        "line",
        "year",
        "earnings_med",
        sql=f"SELECT year AS x, earnings_med AS y FROM {SC}"
        " WHERE inst_name = 'Harvard University' AND earnings_med IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-09",
        "10 states with the highest average median earnings in 2014",
        "bar",
        "state_abbr",
        "avg(earnings_med)",
        sql=f"SELECT state_abbr AS x, AVG(earnings_med) AS y FROM {SC}"
        " WHERE year = 2014 AND earnings_med IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "scorecard-10",
        "total number of working students by year",
        "line",
        "year",
        "sum(count_working)",
        sql=f"SELECT year AS x, SUM(count_working) AS y FROM {SC} WHERE count_working IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-11",
        "share of colleges by predominant degree in 2016",
        "arc",
        "pred_degree_awarded_ipeds",
        "count(*)",
        sql=f"SELECT pred_degree_awarded_ipeds AS x, COUNT(*) AS y FROM {SC} WHERE year = 2016"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-year abbreviation",
    ),
    Q(
        "scorecard-12",
        "histogram of median earnings in 2014 with $10,000 bins",
        "bar",
        "earnings_med",
        "count(*)",
        sql=f"SELECT FLOOR(earnings_med / 10000) * 10000 AS x, COUNT(*) AS y FROM {SC}"
        " WHERE year = 2014 AND earnings_med IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year abbreviation",
    ),
    Q(
        "scorecard-13",
        "median earnings of each college in Vermont in 2013",
        "bar",
        "inst_name",
        "earnings_med",
        sql=f"SELECT inst_name AS x, earnings_med AS y FROM {SC}"
        " WHERE state_abbr = 'VT' AND year = 2013 AND earnings_med IS NOT NULL ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year abbreviation",
    ),
    Q(
        "scorecard-14",
        "students not working vs students working, a point per college in 2014",
        "point",
        "count_working",
        "count_not_working",
        sql=f"SELECT count_working AS x, count_not_working AS y FROM {SC} WHERE year = 2014"
        " AND count_working IS NOT NULL AND count_not_working IS NOT NULL",
        hard="Medium",
        tags="scatter condition-year abbreviation",
    ),
    Q(
        "scorecard-15",
        "average median earnings by year for two-year and four-year colleges, a line each",
        "line",
        "year",
        "avg(earnings_med)",
        "pred_degree_awarded_ipeds",
        sql=f"SELECT year AS x, AVG(earnings_med) AS y, pred_degree_awarded_ipeds AS color"
        f" FROM {SC} WHERE pred_degree_awarded_ipeds IN (2, 3) AND earnings_med IS NOT NULL"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Extra Hard",
        tags="multi-series condition-number calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-16",
        "states with more than 300 colleges",
        "bar",
        "state_abbr",
        "count(distinct unitid)",
        sql=f"SELECT state_abbr AS x, COUNT(DISTINCT unitid) AS y FROM {SC}"
        " GROUP BY x HAVING COUNT(DISTINCT unitid) > 300 ORDER BY x",
        hard="Extra Hard",
        tags="having count-of-entity count-distinct abbreviation",
    ),
    Q(
        "scorecard-17",
        "lowest median earnings by state in 2014",
        "bar",
        "state_abbr",
        "min(earnings_med)",
        sql=f"SELECT state_abbr AS x, MIN(earnings_med) AS y FROM {SC}"
        " WHERE year = 2014 AND earnings_med IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max condition-year abbreviation",
    ),
    Q(
        "scorecard-18",
        "median earnings of the University of Michigan-Ann Arbor and Ohio State University-Main"
        " Campus over the years, a line each",
        "line",
        "year",
        "earnings_med",
        "inst_name",
        sql=f"SELECT year AS x, earnings_med AS y, inst_name AS color FROM {SC}"
        " WHERE inst_name IN ('University of Michigan-Ann Arbor',"
        " 'Ohio State University-Main Campus') AND earnings_med IS NOT NULL ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="multi-series condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-19",
        "How many colleges had median earnings above $100,000 in 2014?",
        "kpi",
        None,
        "count(distinct unitid)",
        sql=f"SELECT COUNT(DISTINCT unitid) AS y FROM {SC}"
        " WHERE year = 2014 AND earnings_med > 100000",
        hard="Hard",
        tags="kpi count-of-entity count-distinct condition-number condition-year abbreviation",
    ),
    Q(
        "scorecard-20",
        "number of less-than-two-year colleges in CA, TX and NY",
        "bar",
        "state_abbr",
        "count(distinct unitid)",
        sql=f"SELECT state_abbr AS x, COUNT(DISTINCT unitid) AS y FROM {SC}"
        " WHERE pred_degree_awarded_ipeds = 1 AND state_abbr IN ('CA', 'TX', 'NY')"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity count-distinct condition-value condition-number abbreviation",
    ),
    Q(
        "scorecard-21",
        "average median earnings in Texas by year",
        "line",
        "year",
        "avg(earnings_med)",
        sql=f"SELECT year AS x, AVG(earnings_med) AS y FROM {SC}"
        " WHERE state_abbr = 'TX' AND earnings_med IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-22",
        "highest median earnings of any college",
        "kpi",
        None,
        "max(earnings_med)",
        sql=f"SELECT MAX(earnings_med) AS y FROM {SC}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "scorecard-23",
        "average median earnings in 2014 by state and predominant degree, for CA, TX and NY",
        "bar",
        "state_abbr",
        "avg(earnings_med)",
        "pred_degree_awarded_ipeds",
        sql=f"SELECT state_abbr AS x, AVG(earnings_med) AS y, pred_degree_awarded_ipeds AS color"
        f" FROM {SC} WHERE year = 2014 AND state_abbr IN ('CA', 'TX', 'NY')"
        " AND earnings_med IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive condition-value condition-year abbreviation",
    ),
    Q(
        "scorecard-24",
        "number of colleges in Puerto Rico by year",
        "line",
        "year",
        "count(distinct unitid)",
        sql=f"SELECT year AS x, COUNT(DISTINCT unitid) AS y FROM {SC} WHERE state_abbr = 'PR'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity count-distinct condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "scorecard-25",
        "How many states and territories have colleges in the data?",
        "kpi",
        None,
        "count(distinct state_abbr)",
        sql=f"SELECT COUNT(DISTINCT state_abbr) AS y FROM {SC}",
        hard="Medium",
        tags="kpi count-of-entity count-distinct abbreviation",
    ),
    Q(
        "scorecard-26",
        "average number of working students per college by predominant degree in 2012",
        "bar",
        "pred_degree_awarded_ipeds",
        "avg(count_working)",
        sql=f"SELECT pred_degree_awarded_ipeds AS x, AVG(count_working) AS y FROM {SC}"
        " WHERE year = 2012 AND count_working IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-year abbreviation",
    ),
]
