"""World Values Survey attitudes (stevedata): immigration policy and the justifiability of bribes.

Three tables without declared keys: ``wvs_justifbribe`` (one row per respondent of waves 1–6,
1981–2016: ``s002`` the wave, ``s003`` the WVS country code, ``country``, ``s020`` the survey
year, ``uid`` the respondent, ``f117`` "someone accepting a bribe" 1 = never justifiable …
10 = always justifiable), ``wvs_immig`` (the respondents of waves 3–6 again, same ``uid``,
``e143`` the preferred immigration policy: 1 let anyone come, 2 as long as jobs are
available, 3 strict limits, 4 prohibit people from coming; NULL where not asked) and
``wvs_ccodes`` (``s003`` → ``country`` and ``ccode``, the Correlates of War code, NULL for
five places). Codes 101 and 332 have no ``wvs_ccodes`` row and a NULL ``country``.
"""

from itemdef import Q

DB = "wvs"
IB = "wvs_immig AS i JOIN wvs_justifbribe AS b ON i.uid = b.uid"
IC = "wvs_immig AS i JOIN wvs_ccodes AS c ON i.s003 = c.s003"

ITEMS = [
    Q(
        "wvs-01",
        "number of respondents in each of the six survey waves",
        "bar",
        "s002",
        "count(*)",
        sql="SELECT s002 AS x, COUNT(*) AS y FROM wvs_justifbribe GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "wvs-02",
        "how many countries took part in wave 5?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM wvs_justifbribe WHERE s002 = 5",
        hard="Medium",
        tags="kpi count-distinct count-of-entity condition-number abbreviation",
    ),
    Q(
        "wvs-03",
        "top 10 countries by average bribe justifiability in the 2011 surveys",
        "bar",
        "country",
        "avg(f117)",
        sql="SELECT country AS x, AVG(f117) AS y FROM wvs_justifbribe WHERE s020 = 2011"
        " AND f117 IS NOT NULL AND country IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "wvs-04",
        "how has the average 'accepting a bribe is justifiable' score moved over the survey years?",
        "line",
        "s020",
        "avg(f117)",
        sql="SELECT s020 AS x, AVG(f117) AS y FROM wvs_justifbribe WHERE f117 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "wvs-05",
        "How many respondents said taking a bribe is never justifiable?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wvs_justifbribe WHERE f117 = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "wvs-06",
        "how many respondents gave each answer on the 1-10 bribery scale",
        "bar",
        "f117",
        "count(*)",
        sql="SELECT f117 AS x, COUNT(*) AS y FROM wvs_justifbribe WHERE f117 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "wvs-07",
        "pie of immigration policy preferences (e143) in wave 5",
        "arc",
        "e143",
        "count(*)",
        sql="SELECT e143 AS x, COUNT(*) AS y FROM wvs_immig WHERE s002 = 5 AND e143 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-number abbreviation",
    ),
    Q(
        "wvs-08",
        "which countries had more than 4000 people answer the immigration question?",
        "bar",
        "country",
        "count(e143)",
        sql="SELECT country AS x, COUNT(e143) AS y FROM wvs_immig WHERE country IS NOT NULL"
        " GROUP BY x HAVING COUNT(e143) > 4000 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "wvs-09",
        "people who want to prohibit immigrants from coming, by wave",
        "bar",
        "s002",
        "count(*)",
        sql="SELECT s002 AS x, COUNT(*) AS y FROM wvs_immig WHERE e143 = 4 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value abbreviation",
    ),
    Q(
        "wvs-10",
        "top 5 countries by number of respondents who would let anyone come",
        "bar",
        "country",
        "count(*)",
        sql="SELECT country AS x, COUNT(*) AS y FROM wvs_immig WHERE e143 = 1"
        " AND country IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "wvs-11",
        "10 countries with the highest mean e143 in wave 5",
        "bar",
        "country",
        "avg(e143)",
        sql="SELECT country AS x, AVG(e143) AS y FROM wvs_immig WHERE s002 = 5"
        " AND e143 IS NOT NULL AND country IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-number abbreviation",
    ),
    Q(
        "wvs-12",
        "people who answered the immigration question, per survey year from 1995 to 1999",
        "bar",
        "s020",
        "count(*)",
        sql="SELECT s020 AS x, COUNT(*) AS y FROM wvs_immig WHERE s020 BETWEEN 1995 AND 1999"
        " AND e143 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity calendar-int condition-year-range abbreviation",
    ),
    Q(
        "wvs-13",
        "respondents by wave and immigration policy answer, stacked",
        "bar",
        "s002",
        "count(*)",
        "e143",
        sql="SELECT s002 AS x, COUNT(*) AS y, e143 AS color FROM wvs_immig WHERE e143 IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "wvs-14",
        "average bribery justifiability per wave, Germany next to Sweden",
        "bar",
        "s002",
        "avg(f117)",
        "country",
        sql="SELECT s002 AS x, AVG(f117) AS y, country AS color FROM wvs_justifbribe"
        " WHERE country IN ('Germany', 'Sweden') AND f117 IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-value abbreviation",
    ),
    Q(
        "wvs-15",
        "In how many different years was Argentina asked the bribery question?",
        "kpi",
        None,
        "count(distinct s020)",
        sql="SELECT COUNT(DISTINCT s020) AS y FROM wvs_justifbribe WHERE country = 'Argentina'",
        hard="Medium",
        tags="kpi count-distinct condition-value calendar-int",
    ),
    Q(
        "wvs-16",
        "bottom 5 countries on average bribe justifiability in wave 6",
        "bar",
        "country",
        "avg(f117)",
        sql="SELECT country AS x, AVG(f117) AS y FROM wvs_justifbribe WHERE s002 = 6"
        " AND f117 IS NOT NULL AND country IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n condition-number abbreviation",
    ),
    Q(
        "wvs-17",
        "latest survey year in each wave",
        "bar",
        "s002",
        "max(s020)",
        sql="SELECT s002 AS x, MAX(s020) AS y FROM wvs_justifbribe GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max calendar-int abbreviation",
    ),
    Q(
        "wvs-18",
        "number of countries per wave in the immigration data",
        "bar",
        "s002",
        "count(distinct country)",
        sql="SELECT s002 AS x, COUNT(DISTINCT country) AS y FROM wvs_immig GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-distinct count-of-entity abbreviation",
    ),
    Q(
        "wvs-19",
        "average bribery score by year for the United States",
        "line",
        "s020",
        "avg(f117)",
        sql="SELECT s020 AS x, AVG(f117) AS y FROM wvs_justifbribe WHERE country = 'United States'"
        " AND f117 IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "wvs-20",
        "average bribe justifiability score for each immigration policy preference",
        "bar",
        "e143",
        "avg(f117)",
        sql=f"SELECT i.e143 AS x, AVG(b.f117) AS y FROM {IB} WHERE i.e143 IS NOT NULL"
        " AND b.f117 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "wvs-21",
        "How many respondents would prohibit immigrants and also say bribery is never justifiable?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {IB} WHERE i.e143 = 4 AND b.f117 = 1",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-value condition-number",
    ),
    Q(
        "wvs-22",
        "one point per country in wave 5: average immigration attitude on x, average bribery"
        " score on y",
        "point",
        "avg(e143)",
        "avg(f117)",
        sql=f"SELECT AVG(i.e143) AS x, AVG(b.f117) AS y FROM {IB} WHERE i.s002 = 5"
        " AND i.country IS NOT NULL GROUP BY i.country HAVING COUNT(i.e143) > 0 AND COUNT(b.f117) > 0",
        hard="Extra Hard",
        tags="scatter join same-name-join condition-number having abbreviation",
    ),
    Q(
        "wvs-23",
        "among people who say let anyone come, the average bribery score by wave",
        "bar",
        "s002",
        "avg(f117)",
        sql=f"SELECT i.s002 AS x, AVG(b.f117) AS y FROM {IB} WHERE i.e143 = 1"
        " AND b.f117 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value abbreviation",
    ),
    Q(
        "wvs-24",
        "countries where people wanting strict limits on immigration average above 2.5"
        " on the bribery scale",
        "bar",
        "country",
        "avg(f117)",
        sql=f"SELECT i.country AS x, AVG(b.f117) AS y FROM {IB} WHERE i.e143 = 3"
        " AND b.f117 IS NOT NULL AND i.country IS NOT NULL GROUP BY x"
        " HAVING AVG(b.f117) > 2.5 ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join having condition-value abbreviation",
    ),
    Q(
        "wvs-25",
        "pie: immigration answers of respondents who think a bribe is always justifiable",
        "arc",
        "e143",
        "count(*)",
        sql=f"SELECT i.e143 AS x, COUNT(*) AS y FROM {IB} WHERE b.f117 = 10 AND i.e143 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="share join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "wvs-26",
        "immigration question respondents from European countries (COW codes 200 to 399), per wave",
        "bar",
        "s002",
        "count(*)",
        sql=f"SELECT i.s002 AS x, COUNT(*) AS y FROM {IC} WHERE c.ccode BETWEEN 200 AND 399"
        " AND i.e143 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "wvs-27",
        "average e143 of the countries with a Correlates of War code below 200, by country",
        "bar",
        "country",
        "avg(e143)",
        sql=f"SELECT c.country AS x, AVG(i.e143) AS y FROM {IC} WHERE c.ccode < 200"
        " AND i.e143 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number abbreviation",
    ),
    Q(
        "wvs-28",
        "number of people who answered both the immigration and the bribery question,"
        " per survey year",
        "line",
        "s020",
        "count(*)",
        sql=f"SELECT i.s020 AS x, COUNT(*) AS y FROM {IB} WHERE i.e143 IS NOT NULL"
        " AND b.f117 IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join same-name-join time-line calendar-int count-of-entity",
    ),
    Q(
        "wvs-29",
        "number of people in the immigration survey from each place that the country code list"
        " gives no Correlates of War code",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT c.country AS x, COUNT(*) AS y FROM {IC} WHERE c.ccode IS NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity",
    ),
    Q(
        "wvs-30",
        "respondents who find bribes never justifiable, by their immigration answer and wave,"
        " stacked",
        "bar",
        "s002",
        "count(*)",
        "e143",
        sql=f"SELECT i.s002 AS x, COUNT(*) AS y, i.e143 AS color FROM {IB} WHERE b.f117 = 1"
        " AND i.e143 IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category join same-name-join count-of-entity condition-number abbreviation",
    ),
]
