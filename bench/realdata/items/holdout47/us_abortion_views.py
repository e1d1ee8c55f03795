"""Americans' views on abortion in six waves of the World Values Survey (stevedata's wvs_usa_abortion).

``wvs_usa_abortion``: one row per US respondent (10,387), ``wvsccode`` 840 on every row, ``wave``
1–6 with its ``year`` (1982, 1990, 1995, 1999, 2006, 2011; integer calendar). ``aj``: how
justifiable abortion is, 1 (never) … 10 (always), NULL for 299. ``age`` in years (17–96).
Dummies: ``collegeed`` college graduate (NULL in 1982 and 1990), ``female``, ``unemployed``,
``trustmostpeople`` (1 = most people can be trusted), ``nationalpride`` (1 = very proud to be
American). Scales: ``ideology`` 1 (far left) … 10 (far right), ``satisfinancial`` financial
satisfaction 1–10, ``godimportant`` importance of God 1–10, ``postma4`` the post-materialist index
(−1 materialist, 0 mixed, 1 post-materialist; NULL in 1982), ``cai`` the child autonomy index
−2 … 2, ``respectauthority`` more respect for authority would be a bad (−1), neutral (0) or good
(1) thing. Percentages are 100 × the average of a dummy over respondents who answered. No join.
"""

from itemdef import Q

DB = "us_abortion_views"
T = "wvs_usa_abortion"

ITEMS = [
    Q(
        "usab-01",
        "How many people were interviewed in the US World Values Survey data?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "usab-02",
        "number of respondents per survey year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int count-of-entity",
    ),
    Q(
        "usab-03",
        "how has the average abortion justifiability score changed over the survey years?",
        "line",
        "year",
        "avg(aj)",
        sql=f"SELECT year AS x, AVG(aj) AS y FROM {T} WHERE aj IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "usab-04",
        "average abortion justifiability for women vs men",
        "bar",
        "female",
        "avg(aj)",
        sql=f"SELECT female AS x, AVG(aj) AS y FROM {T}"
        " WHERE female IS NOT NULL AND aj IS NOT NULL GROUP BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "usab-05",
        "average abortion justifiability by left-right self-placement",
        "bar",
        "ideology",
        "avg(aj)",
        sql=f"SELECT ideology AS x, AVG(aj) AS y FROM {T}"
        " WHERE ideology IS NOT NULL AND aj IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "usab-06",
        "percentage saying abortion is never justifiable (a 1 on the scale), by survey year",
        "line",
        "year",
        "100 * avg(aj = 1)",
        sql=f"SELECT year AS x, 100 * AVG(CASE WHEN aj = 1 THEN 1 ELSE 0 END) AS y FROM {T}"
        " WHERE aj IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "usab-07",
        "how many respondents gave each answer on the 1-10 abortion justifiability scale?",
        "bar",
        "aj",
        "count(*)",
        sql=f"SELECT aj AS x, COUNT(*) AS y FROM {T} WHERE aj IS NOT NULL GROUP BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "usab-08",
        "pie of materialists, mixed and post-materialists on the post-materialist index",
        "arc",
        "postma4",
        "count(*)",
        sql=f"SELECT postma4 AS x, COUNT(*) AS y FROM {T} WHERE postma4 IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "usab-09",
        "average age of respondents in each survey wave",
        "bar",
        "wave",
        "avg(age)",
        sql=f"SELECT wave AS x, AVG(age) AS y FROM {T} WHERE age IS NOT NULL GROUP BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "usab-10",
        "age distribution of the respondents in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM {T}"
        " WHERE age IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usab-11",
        "how important God is to Americans on average, survey year by survey year",
        "line",
        "year",
        "avg(godimportant)",
        sql=f"SELECT year AS x, AVG(godimportant) AS y FROM {T}"
        " WHERE godimportant IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "usab-12",
        "What percent of the 2011 respondents were college graduates?",
        "kpi",
        None,
        "100 * avg(collegeed)",
        sql=f"SELECT 100 * AVG(collegeed) AS y FROM {T} WHERE year = 2011",
        hard="Medium",
        tags="kpi condition-year abbreviation",
    ),
    Q(
        "usab-13",
        "average abortion justifiability of college graduates vs non-graduates in each survey year",
        "bar",
        "year",
        "avg(aj)",
        "collegeed",
        sql=f"SELECT year AS x, AVG(aj) AS y, collegeed AS color FROM {T}"
        " WHERE collegeed IS NOT NULL AND aj IS NOT NULL GROUP BY x, color",
        hard="Hard",
        tags="two-category non-additive calendar-int abbreviation",
    ),
    Q(
        "usab-14",
        "How many unemployed respondents were there in 1982?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE unemployed = 1 AND year = 1982",
        hard="Medium",
        tags="kpi condition-year condition-number count-of-entity",
    ),
    Q(
        "usab-15",
        "number of respondents by ideology and sex",
        "bar",
        "ideology",
        "count(*)",
        "female",
        sql=f"SELECT ideology AS x, COUNT(*) AS y, female AS color FROM {T}"
        " WHERE ideology IS NOT NULL AND female IS NOT NULL GROUP BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "usab-16",
        "average financial satisfaction by age, in 10-year age groups",
        "bar",
        "age",
        "avg(satisfinancial)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, AVG(satisfinancial) AS y FROM {T}"
        " WHERE age IS NOT NULL AND satisfinancial IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="abbreviation",
    ),
    Q(
        "usab-17",
        "age (x) vs average abortion justifiability (y), one point per year of age",
        "point",
        "age",
        "avg(aj)",
        sql=f"SELECT age AS x, AVG(aj) AS y FROM {T}"
        " WHERE age IS NOT NULL AND aj IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "usab-18",
        "ideology positions where the average abortion justifiability score is above 5",
        "bar",
        "ideology",
        "avg(aj)",
        sql=f"SELECT ideology AS x, AVG(aj) AS y FROM {T}"
        " WHERE ideology IS NOT NULL AND aj IS NOT NULL GROUP BY x HAVING AVG(aj) > 5",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "usab-19",
        "In which survey year was the percentage of people saying most people can be trusted the"
        " lowest?",
        "bar",
        "year",
        "100 * avg(trustmostpeople)",
        sql=f"SELECT year AS x, 100 * AVG(trustmostpeople) AS y FROM {T}"
        " WHERE trustmostpeople IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 1",
        sort="y",
        hard="Hard",
        tags="top-n calendar-int",
    ),
    Q(
        "usab-20",
        "percentage who say most people can be trusted, by survey year",
        "line",
        "year",
        "100 * avg(trustmostpeople)",
        sql=f"SELECT year AS x, 100 * AVG(trustmostpeople) AS y FROM {T}"
        " WHERE trustmostpeople IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int",
    ),
    Q(
        "usab-21",
        "average abortion justifiability among women under 30 in 2011",
        "kpi",
        None,
        "avg(aj)",
        sql=f"SELECT AVG(aj) AS y FROM {T} WHERE female = 1 AND age < 30 AND year = 2011",
        hard="Medium",
        tags="kpi condition-year condition-number abbreviation",
    ),
    Q(
        "usab-22",
        "would more respect for authority be a good thing, a bad thing or not matter? share of"
        " answers as a pie",
        "arc",
        "respectauthority",
        "count(*)",
        sql=f"SELECT respectauthority AS x, COUNT(*) AS y FROM {T}"
        " WHERE respectauthority IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="share count-of-entity",
    ),
    Q(
        "usab-23",
        "average abortion justifiability by child autonomy index",
        "bar",
        "cai",
        "avg(aj)",
        sql=f"SELECT cai AS x, AVG(aj) AS y FROM {T} WHERE aj IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "usab-24",
        "percentage very proud to be American, by survey year",
        "line",
        "year",
        "100 * avg(nationalpride)",
        sql=f"SELECT year AS x, 100 * AVG(nationalpride) AS y FROM {T}"
        " WHERE nationalpride IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int",
    ),
    Q(
        "usab-25",
        "In 2006, average abortion justifiability at each level of importance of God",
        "bar",
        "godimportant",
        "avg(aj)",
        sql=f"SELECT godimportant AS x, AVG(aj) AS y FROM {T}"
        " WHERE year = 2006 AND godimportant IS NOT NULL AND aj IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="condition-year abbreviation",
    ),
    Q(
        "usab-26",
        "number of respondents by survey year and post-materialist index",
        "bar",
        "year",
        "count(*)",
        "postma4",
        sql=f"SELECT year AS x, COUNT(*) AS y, postma4 AS color FROM {T}"
        " WHERE postma4 IS NOT NULL GROUP BY x, color",
        hard="Medium",
        tags="two-category calendar-int count-of-entity abbreviation",
    ),
    Q(
        "usab-27",
        "average left-right ideology score over time",
        "line",
        "year",
        "avg(ideology)",
        sql=f"SELECT year AS x, AVG(ideology) AS y FROM {T}"
        " WHERE ideology IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "usab-28",
        "age of the oldest respondent",
        "kpi",
        None,
        "max(age)",
        sql=f"SELECT MAX(age) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "usab-29",
        "How many respondents in 1990 said abortion is always justifiable?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE year = 1990 AND aj = 10",
        hard="Medium",
        tags="kpi condition-year condition-number count-of-entity abbreviation",
    ),
    Q(
        "usab-30",
        "survey years in which more than 70% said they were very proud to be American",
        "bar",
        "year",
        "100 * avg(nationalpride)",
        sql=f"SELECT year AS x, 100 * AVG(nationalpride) AS y FROM {T}"
        " WHERE nationalpride IS NOT NULL GROUP BY x HAVING 100 * AVG(nationalpride) > 70",
        hard="Hard",
        tags="having calendar-int",
    ),
    Q(
        "usab-31",
        "the 3 ideology positions with the highest average importance of God",
        "bar",
        "ideology",
        "avg(godimportant)",
        sql=f"SELECT ideology AS x, AVG(godimportant) AS y FROM {T}"
        " WHERE ideology IS NOT NULL AND godimportant IS NOT NULL GROUP BY x"
        " ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
]
