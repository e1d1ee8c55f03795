"""General Social Survey respondents 1974–2018 (stevedata ``gss_wages``), 61,697 rows.

One table, one row per respondent: ``year`` (survey year, integer, 30 waves
with gaps), ``realrinc`` (respondent's income in constant dollars; NULL for
many), ``age``, ``occ10`` (occupation code), ``occrecode`` (occupation group,
Professional, Service, Sales …), ``prestg10`` (occupational prestige score
16–80), ``childs`` (number of children), ``wrkstat`` (Full-Time, Part-Time,
Retired, Housekeeper, Unemployed, Laid Off …), ``gender``, ``educcat``
(Less Than High School, High School, Junior College, Bachelor, Graduate) and
``maritalcat`` (Married, Never Married, Divorced, Separated, Widowed).
"""

from itemdef import Q

DB = "gss_wages"
T = "gss_wages"

ITEMS = [
    Q(
        "gw-01",
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
        "gw-02",
        "trend of average real income by year",
        "line",
        "year",
        "avg(realrinc)",
        sql=f"SELECT year AS x, AVG(realrinc) AS y FROM {T} WHERE realrinc IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "gw-03",
        "average real income per year for men and for women",
        "line",
        "year",
        "avg(realrinc)",
        "gender",
        sql=f"SELECT year AS x, AVG(realrinc) AS y, gender AS color FROM {T}"
        " WHERE realrinc IS NOT NULL GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series abbreviation",
    ),
    Q(
        "gw-04",
        "average income by education category",
        "bar",
        "educcat",
        "avg(realrinc)",
        sql=f"SELECT educcat AS x, AVG(realrinc) AS y FROM {T}"
        " WHERE educcat IS NOT NULL AND realrinc IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "gw-05",
        "respondents by work status in 2018",
        "bar",
        "wrkstat",
        "count(*)",
        sql=f"SELECT wrkstat AS x, COUNT(*) AS y FROM {T} WHERE year = 2018"
        " AND wrkstat IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year calendar-int abbreviation",
    ),
    Q(
        "gw-06",
        "average occupational prestige score for each occupation group",
        "bar",
        "occrecode",
        "avg(prestg10)",
        sql=f"SELECT occrecode AS x, AVG(prestg10) AS y FROM {T}"
        " WHERE occrecode IS NOT NULL AND prestg10 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "gw-07",
        "top 5 occupation groups by average real income since 2000",
        "bar",
        "occrecode",
        "avg(realrinc)",
        sql=f"SELECT occrecode AS x, AVG(realrinc) AS y FROM {T} WHERE year >= 2000"
        " AND occrecode IS NOT NULL AND realrinc IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year-range calendar-int abbreviation",
    ),
    Q(
        "gw-08",
        "How many people were surveyed in 2006?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE year = 2006",
        hard="Easy",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
    Q(
        "gw-09",
        "average number of children by marital status",
        "bar",
        "maritalcat",
        "avg(childs)",
        sql=f"SELECT maritalcat AS x, AVG(childs) AS y FROM {T}"
        " WHERE maritalcat IS NOT NULL AND childs IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "gw-10",
        "age distribution of respondents in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM {T} WHERE age IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity",
    ),
    Q(
        "gw-11",
        "pie of 2016 respondents by education category",
        "arc",
        "educcat",
        "count(*)",
        sql=f"SELECT educcat AS x, COUNT(*) AS y FROM {T} WHERE year = 2016"
        " AND educcat IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-year calendar-int abbreviation",
    ),
    Q(
        "gw-12",
        "number of respondents by marital status and gender",
        "bar",
        "maritalcat",
        "count(*)",
        "gender",
        sql=f"SELECT maritalcat AS x, COUNT(*) AS y, gender AS color FROM {T}"
        " WHERE maritalcat IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "gw-13",
        "average real income by education category and gender",
        "bar",
        "educcat",
        "avg(realrinc)",
        "gender",
        sql=f"SELECT educcat AS x, AVG(realrinc) AS y, gender AS color FROM {T}"
        " WHERE educcat IS NOT NULL AND realrinc IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "gw-14",
        "What is the highest real income reported?",
        "kpi",
        None,
        "max(realrinc)",
        sql=f"SELECT MAX(realrinc) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "gw-15",
        "average age of respondents over the years",
        "line",
        "year",
        "avg(age)",
        sql=f"SELECT year AS x, AVG(age) AS y FROM {T} WHERE age IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "gw-16",
        "number of full-time workers surveyed each year in the 1990s",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {T} WHERE wrkstat = 'Full-Time'"
        " AND year BETWEEN 1990 AND 1999 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity condition-value condition-year-range",
    ),
    Q(
        "gw-17",
        "How many respondents have more than 3 children?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE childs > 3",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "gw-18",
        "average real income of respondents aged 65 or older, by work status",
        "bar",
        "wrkstat",
        "avg(realrinc)",
        sql=f"SELECT wrkstat AS x, AVG(realrinc) AS y FROM {T} WHERE age >= 65"
        " AND wrkstat IS NOT NULL AND realrinc IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-number abbreviation",
    ),
    Q(
        "gw-19",
        "occupation groups with more than 5000 respondents",
        "bar",
        "occrecode",
        "count(*)",
        sql=f"SELECT occrecode AS x, COUNT(*) AS y FROM {T} WHERE occrecode IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) > 5000 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity abbreviation",
    ),
    Q(
        "gw-20",
        "average prestige score by education category for full-time workers",
        "bar",
        "educcat",
        "avg(prestg10)",
        sql=f"SELECT educcat AS x, AVG(prestg10) AS y FROM {T} WHERE wrkstat = 'Full-Time'"
        " AND educcat IS NOT NULL AND prestg10 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "gw-21",
        "scatter of age versus real income for the 2018 respondents",
        "point",
        "age",
        "realrinc",
        sql=f"SELECT age AS x, realrinc AS y FROM {T} WHERE year = 2018"
        " AND age IS NOT NULL AND realrinc IS NOT NULL",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "gw-22",
        "work status breakdown of female respondents",
        "bar",
        "wrkstat",
        "count(*)",
        sql=f"SELECT wrkstat AS x, COUNT(*) AS y FROM {T} WHERE gender = 'Female'"
        " AND wrkstat IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value abbreviation",
    ),
    Q(
        "gw-23",
        "real income trend for respondents with a graduate degree",
        "line",
        "year",
        "avg(realrinc)",
        sql=f"SELECT year AS x, AVG(realrinc) AS y FROM {T} WHERE educcat = 'Graduate'"
        " AND realrinc IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "gw-24",
        "How many divorced women are in the survey?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE maritalcat = 'Divorced' AND gender = 'Female'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "gw-25",
        "bottom 3 occupation groups by average prestige score",
        "bar",
        "occrecode",
        "avg(prestg10)",
        sql=f"SELECT occrecode AS x, AVG(prestg10) AS y FROM {T}"
        " WHERE occrecode IS NOT NULL AND prestg10 IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "gw-26",
        "number of respondents by number of children",
        "bar",
        "childs",
        "count(*)",
        sql=f"SELECT childs AS x, COUNT(*) AS y FROM {T} WHERE childs IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "gw-27",
        "average income of part-time workers in each survey year since 2000",
        "line",
        "year",
        "avg(realrinc)",
        sql=f"SELECT year AS x, AVG(realrinc) AS y FROM {T} WHERE wrkstat = 'Part-Time'"
        " AND year >= 2000 AND realrinc IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-value condition-year-range abbreviation",
    ),
]
