"""General Social Survey abortion opinions 1972–2018 and spending attitudes of 2018 (stevedata).

``gss_abortion``: one row per respondent, 64,814 of them in 32 survey years 1972–2018 (``year``;
``id`` numbers the respondents within a year, 1 … n, so it repeats across years). ``race``
(``White``, ``Black``, ``Other``), ``sex`` (``Female``, ``Male``) and ``partyid`` (``Strong
Democrat`` … ``Strong Republican``, ``Other Party``) are text; ``pid`` is ``partyid`` as 0–6
(NULL for other parties); ``age`` and ``educ`` (years of school) are integers; ``relactiv`` the
religious activity on a 1–11 scale (asked in 1991, 1998 and from 2006); ``hispanic`` 0/1 and
``hispaniccat`` its code (asked from 2000). ``abany``, ``abdefect``, ``abnomore``, ``abhlth``,
``abpoor``, ``abrape`` and ``absingle`` are 1 when the respondent thinks abortion should be legal
for any reason / for a serious defect of the fetus / for a married woman who wants no more
children / when her health is in danger / when the family is poor / after a rape / for a single
woman who won't marry, 0 when not; ``abany`` was first asked in 1977, no item of the battery in
1986, and the battery is NULL for the respondents not asked it.

``gss_spending``: the 2,348 respondents of 2018 (``year`` always 2018, ``id`` 1 … 2,348) with
numeric codes: ``sex`` 1 = female, 0 = male; ``race`` 1 white, 2 black, 3 other; ``degree`` 0 no
high-school diploma … 4 graduate degree; ``partyid`` 0 strong Democrat … 6 strong Republican, 7
other party; ``polviews`` 1 extremely liberal … 7 extremely conservative; ``rincom16`` the income
bracket 1–26; ``news`` how often one reads a newspaper, 1 every day … 5 never; ``wrkstat`` the
work status 1–8 (1 full-time … 5 retired … 8 other); ``xnorcsiz`` the size of place 1–10. Every
``nat*`` column is −1 (the country spends too much on it), 0 (about right) or 1 (too little):
``natspac`` space, ``natenvir`` environment, ``natheal`` health, ``natarms`` military,
``natfare`` welfare … ; ``sumnat`` is the sum of all of them, ``sumnatsoc`` of the social ones.

They meet on ``(year, id)``: every 2018 respondent of ``gss_spending`` is the 2018 respondent of
``gss_abortion`` with the same ``id`` (sex, race, age, schooling and party agree on every row),
so all 2,348 join and the 62,466 ``gss_abortion`` rows of 1972–2016 drop out; a join on ``id``
alone would pair each 2018 respondent with a respondent of every other year (58,652 rows). Both
tables have ``age``, ``educ``, ``sex``, ``race`` and ``partyid`` — the last three text in one
table and codes in the other.
"""

from itemdef import Q

DB = "gss_opinions"
J = "FROM gss_spending s JOIN gss_abortion a ON s.year = a.year AND s.id = a.id"

ITEMS = [
    Q(
        "gop-01",
        "How many respondents are in the GSS abortion data?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gss_abortion",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "gop-02",
        "share of people who think abortion should be legal for any reason, by survey year",
        "line",
        "year",
        "avg(abany)",
        sql="SELECT year AS x, AVG(abany) AS y FROM gss_abortion WHERE abany IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "gop-03",
        "number of respondents per survey year",
        "line",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM gss_abortion GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int count-of-entity",
    ),
    Q(
        "gop-04",
        "support for legal abortion in cases of rape by party ID",
        "bar",
        "partyid",
        "avg(abrape)",
        sql="SELECT partyid AS x, AVG(abrape) AS y FROM gss_abortion"
        " WHERE partyid IS NOT NULL AND abrape IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "gop-05",
        "average support for abortion for any reason by race and sex",
        "bar",
        "race",
        "avg(abany)",
        "sex",
        sql="SELECT race AS x, AVG(abany) AS y, sex AS color FROM gss_abortion"
        " WHERE abany IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "gop-06",
        "racial breakdown of the respondents as a pie",
        "arc",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM gss_abortion GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "gop-07",
        "age distribution of the respondents in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql="SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM gss_abortion"
        " WHERE age IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "gop-08",
        "the 3 survey years with the most respondents",
        "bar",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM gss_abortion GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int count-of-entity",
    ),
    Q(
        "gop-09",
        "In which years did a majority say abortion should be legal if the family is poor and"
        " can't afford more children?",
        "bar",
        "year",
        "avg(abpoor)",
        sql="SELECT year AS x, AVG(abpoor) AS y FROM gss_abortion WHERE abpoor IS NOT NULL"
        " GROUP BY x HAVING AVG(abpoor) > 0.5 ORDER BY x",
        hard="Hard",
        tags="having calendar-int abbreviation",
    ),
    Q(
        "gop-10",
        "average years of schooling by party identification",
        "bar",
        "partyid",
        "avg(educ)",
        sql="SELECT partyid AS x, AVG(educ) AS y FROM gss_abortion"
        " WHERE partyid IS NOT NULL AND educ IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "gop-11",
        "respondents by party ID and sex",
        "bar",
        "partyid",
        "count(*)",
        "sex",
        sql="SELECT partyid AS x, COUNT(*) AS y, sex AS color FROM gss_abortion"
        " WHERE partyid IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "gop-12",
        "support for abortion for any reason over the years, men vs women",
        "line",
        "year",
        "avg(abany)",
        "sex",
        sql="SELECT year AS x, AVG(abany) AS y, sex AS color FROM gss_abortion"
        " WHERE abany IS NOT NULL GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series calendar-int abbreviation",
    ),
    Q(
        "gop-13",
        "How many Hispanic respondents are there?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gss_abortion WHERE hispanic = 1",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "gop-14",
        "share supporting legal abortion for any reason at each level of religious activity",
        "bar",
        "relactiv",
        "avg(abany)",
        sql="SELECT relactiv AS x, AVG(abany) AS y FROM gss_abortion"
        " WHERE relactiv IS NOT NULL AND abany IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "gop-15",
        "number of respondents under 30 in each survey year since 2010",
        "bar",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM gss_abortion WHERE age < 30 AND year >= 2010"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number condition-year-range calendar-int",
    ),
    Q(
        "gop-16",
        "In 2018, how many people said abortion should be legal in all six situations asked about"
        " (birth defect, no more children wanted, mother's health, poverty, rape, single woman)?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gss_abortion WHERE year = 2018 AND abdefect = 1"
        " AND abnomore = 1 AND abhlth = 1 AND abpoor = 1 AND abrape = 1 AND absingle = 1",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year abbreviation",
    ),
    Q(
        "gop-17",
        "average age of respondents by race since 2000",
        "bar",
        "race",
        "avg(age)",
        sql="SELECT race AS x, AVG(age) AS y FROM gss_abortion WHERE year >= 2000"
        " AND age IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-year-range",
    ),
    Q(
        "gop-18",
        "how many 2018 respondents say the country spends too little on the environment?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gss_spending WHERE natenvir = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "gop-19",
        "average sumnat score by political views (polviews)",
        "bar",
        "polviews",
        "avg(sumnat)",
        sql="SELECT polviews AS x, AVG(sumnat) AS y FROM gss_spending WHERE polviews IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "gop-20",
        "pie of the 2018 respondents by highest degree",
        "arc",
        "degree",
        "count(*)",
        sql="SELECT degree AS x, COUNT(*) AS y FROM gss_spending GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "gop-21",
        "histogram of the total spending score sumnat, bins of 5",
        "bar",
        "sumnat",
        "count(*)",
        sql="SELECT FLOOR(sumnat / 5) * 5 AS x, COUNT(*) AS y FROM gss_spending GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "gop-22",
        "average social spending score (sumnatsoc) by sex and race",
        "bar",
        "sex",
        "avg(sumnatsoc)",
        "race",
        sql="SELECT sex AS x, AVG(sumnatsoc) AS y, race AS color FROM gss_spending"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "gop-23",
        "opinions on military spending (natarms) by party id, stacked",
        "bar",
        "partyid",
        "count(*)",
        "natarms",
        sql="SELECT partyid AS x, COUNT(*) AS y, natarms AS color FROM gss_spending"
        " WHERE partyid IS NOT NULL AND natarms IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "gop-24",
        "age vs total spending score for respondents with a graduate degree",
        "point",
        "age",
        "sumnat",
        sql="SELECT age AS x, sumnat AS y FROM gss_spending WHERE degree = 4 AND age IS NOT NULL"
        " ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-number abbreviation",
    ),
    Q(
        "gop-25",
        "which 3 work statuses have the highest average sumnatsoc?",
        "bar",
        "wrkstat",
        "avg(sumnatsoc)",
        sql="SELECT wrkstat AS x, AVG(sumnatsoc) AS y FROM gss_spending WHERE wrkstat IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "gop-26",
        "income brackets (rincom16) whose average sumnat is above 7",
        "bar",
        "rincom16",
        "avg(sumnat)",
        sql="SELECT rincom16 AS x, AVG(sumnat) AS y FROM gss_spending WHERE rincom16 IS NOT NULL"
        " GROUP BY x HAVING AVG(sumnat) > 7 ORDER BY x",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "gop-27",
        "average age of people who never read a newspaper (news = 5)",
        "kpi",
        None,
        "avg(age)",
        sql="SELECT AVG(age) AS y FROM gss_spending WHERE news = 5 AND age IS NOT NULL",
        hard="Easy",
        tags="kpi condition-number",
    ),
    Q(
        "gop-28",
        "support for abortion for any reason by political views (polviews), 2018",
        "bar",
        "polviews",
        "avg(abany)",
        sql=f"SELECT s.polviews AS x, AVG(a.abany) AS y {J}"
        " WHERE s.polviews IS NOT NULL AND a.abany IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-29",
        "average sumnat by party identification label (Strong Democrat … Strong Republican)",
        "bar",
        "partyid",
        "avg(sumnat)",
        sql=f"SELECT a.partyid AS x, AVG(s.sumnat) AS y {J} WHERE a.partyid IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-30",
        "How many people think we spend too little on the environment and also support abortion"
        " for any reason?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J} WHERE s.natenvir = 1 AND a.abany = 1",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "gop-31",
        "average view on environmental spending (natenvir) among supporters vs opponents of"
        " abortion for any reason",
        "bar",
        "abany",
        "avg(natenvir)",
        sql=f"SELECT a.abany AS x, AVG(s.natenvir) AS y {J}"
        " WHERE a.abany IS NOT NULL AND s.natenvir IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-32",
        "2018 respondents by highest degree, split by whether they support abortion for any reason",
        "bar",
        "degree",
        "count(*)",
        "abany",
        sql=f"SELECT s.degree AS x, COUNT(*) AS y, a.abany AS color {J}"
        " WHERE a.abany IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="join same-name-join two-category count-of-entity abbreviation",
    ),
    Q(
        "gop-33",
        "average religious activity (relactiv) by opinion on welfare spending (natfare)",
        "bar",
        "natfare",
        "avg(relactiv)",
        sql=f"SELECT s.natfare AS x, AVG(a.relactiv) AS y {J}"
        " WHERE s.natfare IS NOT NULL AND a.relactiv IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-34",
        "support for abortion in case of rape by how often people read the newspaper",
        "bar",
        "news",
        "avg(abrape)",
        sql=f"SELECT s.news AS x, AVG(a.abrape) AS y {J}"
        " WHERE s.news IS NOT NULL AND a.abrape IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-35",
        "average sumnatsoc for Hispanic vs non-Hispanic respondents",
        "bar",
        "hispanic",
        "avg(sumnatsoc)",
        sql=f"SELECT a.hispanic AS x, AVG(s.sumnatsoc) AS y {J} WHERE a.hispanic IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "gop-36",
        "top 3 income brackets (rincom16) by support for abortion for any reason",
        "bar",
        "rincom16",
        "avg(abany)",
        sql=f"SELECT s.rincom16 AS x, AVG(a.abany) AS y {J}"
        " WHERE s.rincom16 IS NOT NULL AND a.abany IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n abbreviation",
    ),
    Q(
        "gop-37",
        "political views (polviews) where more than 60% support abortion for any reason",
        "bar",
        "polviews",
        "avg(abany)",
        sql=f"SELECT s.polviews AS x, AVG(a.abany) AS y {J}"
        " WHERE s.polviews IS NOT NULL AND a.abany IS NOT NULL GROUP BY x"
        " HAVING AVG(a.abany) > 0.6 ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join having abbreviation",
    ),
    Q(
        "gop-38",
        "average sumnat of people who oppose abortion even in case of rape",
        "kpi",
        None,
        "avg(sumnat)",
        sql=f"SELECT AVG(s.sumnat) AS y {J} WHERE a.abrape = 0",
        hard="Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
]
