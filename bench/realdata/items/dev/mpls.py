"""Minneapolis police: 2017 stops and neighbourhood demographics (carData), use of force (openintro).

Three tables without declared keys: ``MplsStops`` (one row per stop in 2017,
``idNum`` unique; ``date`` a TIMESTAMP in UTC as the package ships it;
``problem`` traffic or suspicious; ``citationIssued``, ``personSearch``,
``vehicleSearch`` YES/NO; ``policePrecinct`` 1–5), ``MplsDemo`` (one row per
neighbourhood: ``population``, the fractions ``white``, ``black``,
``foreignBorn``, ``poverty``, ``collegeGrad`` and the median household income
``hhIncome``) and ``mn_police_use_of_force`` (one row per use of force,
2016 – August 2021, ``response_datetime`` local time, ``force_type``,
``is_911_call`` Yes/No, ``sex``, ``age``, ``precinct``). Both fact tables join
``MplsDemo`` on ``neighborhood``; ``Near - North`` (2,256 stops) and two
industrial areas have no demographics row, so those rows drop out of a join.
"""

from itemdef import Q

DB = "mpls"
ST_DEMO = "MplsStops AS s JOIN MplsDemo AS d ON s.neighborhood = d.neighborhood"
UF_DEMO = "mn_police_use_of_force AS f JOIN MplsDemo AS d ON f.neighborhood = d.neighborhood"
UF = "mn_police_use_of_force"
WEEKDAY = (
    "CASE ISODOW(response_datetime) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)

ITEMS = [
    Q(
        "mpls-01",
        "number of stops by precinct",
        "bar",
        "policePrecinct",
        "count(*)",
        sql="SELECT policePrecinct AS x, COUNT(*) AS y FROM MplsStops GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "mpls-02",
        "stops per month in 2017",
        "line",
        "month(date)",
        "count(*)",
        sql="SELECT DATE_TRUNC('month', date) AS x, COUNT(*) AS y FROM MplsStops"
        " WHERE YEAR(date) = 2017 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line condition-year",
    ),
    Q(
        "mpls-03",
        "pie chart of traffic vs suspicious stops",
        "arc",
        "problem",
        "count(*)",
        sql="SELECT problem AS x, COUNT(*) AS y FROM MplsStops GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "mpls-04",
        "How many stops ended with a citation being issued?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM MplsStops WHERE citationIssued = 'YES'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "mpls-05",
        "top 10 neighborhoods by number of stops",
        "bar",
        "neighborhood",
        "count(*)",
        sql="SELECT neighborhood AS x, COUNT(*) AS y FROM MplsStops WHERE neighborhood IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "mpls-06",
        "vehicle searches per precinct",
        "bar",
        "policePrecinct",
        "count(*)",
        sql="SELECT policePrecinct AS x, COUNT(*) AS y FROM MplsStops WHERE vehicleSearch = 'YES'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value",
    ),
    Q(
        "mpls-07",
        "number of stops by precinct and problem, stacked",
        "bar",
        "policePrecinct",
        "count(*)",
        "problem",
        sql="SELECT policePrecinct AS x, COUNT(*) AS y, problem AS color FROM MplsStops"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "mpls-08",
        "which neighborhoods had more than 1000 stops?",
        "bar",
        "neighborhood",
        "count(*)",
        sql="SELECT neighborhood AS x, COUNT(*) AS y FROM MplsStops WHERE neighborhood IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) > 1000 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "mpls-09",
        "gender breakdown of the people stopped, as a pie",
        "arc",
        "gender",
        "count(*)",
        sql="SELECT gender AS x, COUNT(*) AS y FROM MplsStops WHERE gender IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "mpls-10",
        "number of person searches by race",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM MplsStops WHERE personSearch = 'YES'"
        " AND race IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value",
    ),
    Q(
        "mpls-12",
        "poverty rate vs share of college graduates, one point per neighborhood",
        "point",
        "collegeGrad",
        "poverty",
        sql="SELECT collegeGrad AS x, poverty AS y FROM MplsDemo",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "mpls-13",
        "5 neighborhoods with the highest median household income",
        "bar",
        "neighborhood",
        "hhIncome",
        sql="SELECT neighborhood AS x, hhIncome AS y FROM MplsDemo ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "mpls-14",
        "number of stops per neighborhood for neighborhoods with a median household income"
        " below $30,000",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT s.neighborhood AS x, COUNT(*) AS y FROM {ST_DEMO} WHERE d.hhIncome < 30000"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "mpls-15",
        "stops in each neighborhood against the neighborhood's household income, as a scatter",
        "point",
        "hhIncome",
        "count(*)",
        sql=f"SELECT d.hhIncome AS x, COUNT(*) AS y FROM {ST_DEMO} GROUP BY d.neighborhood, x",
        hard="Extra Hard",
        tags="join same-name-join scatter count-of-entity abbreviation",
    ),
    Q(
        "mpls-16",
        "How many stops were made in neighborhoods where more than half of the residents are Black?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {ST_DEMO} WHERE d.black > 0.5",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-number",
    ),
    Q(
        "mpls-17",
        "stops by precinct in neighborhoods where over 30% of residents were born abroad",
        "bar",
        "policePrecinct",
        "count(*)",
        sql=f"SELECT s.policePrecinct AS x, COUNT(*) AS y FROM {ST_DEMO} WHERE d.foreignBorn > 0.3"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "mpls-18",
        "person searches per neighborhood in neighborhoods where more than 60% of adults are"
        " college graduates",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT s.neighborhood AS x, COUNT(*) AS y FROM {ST_DEMO} WHERE s.personSearch = 'YES'"
        " AND d.collegeGrad > 0.6 GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity condition-value condition-number abbreviation",
    ),
    Q(
        "mpls-19",
        "traffic stops by neighborhood for neighborhoods with fewer than 3,000 residents",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT s.neighborhood AS x, COUNT(*) AS y FROM {ST_DEMO} WHERE s.problem = 'traffic'"
        " AND d.population < 3000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-value condition-number",
    ),
    Q(
        "mpls-20",
        "number of uses of force per year",
        "line",
        "year(response_datetime)",
        "count(*)",
        sql=f"SELECT YEAR(response_datetime) AS x, COUNT(*) AS y FROM {UF} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="count-of-entity temporal-bin time-line",
    ),
    Q(
        "mpls-21",
        "breakdown of uses of force by type of force",
        "bar",
        "force_type",
        "count(*)",
        sql=f"SELECT force_type AS x, COUNT(*) AS y FROM {UF} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "mpls-22",
        "uses of force by hour of the day",
        "bar",
        "hour(response_datetime)",
        "count(*)",
        sql=f"SELECT HOUR(response_datetime) AS x, COUNT(*) AS y FROM {UF} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "mpls-23",
        "histogram of the age of the people force was used on, 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM {UF} WHERE age IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "mpls-24",
        "How many times was a Taser used in 2020?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {UF} WHERE force_type = 'Taser'"
        " AND YEAR(response_datetime) = 2020",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-year",
    ),
    Q(
        "mpls-25",
        "uses of force by precinct, split by whether it was a 911 call",
        "bar",
        "precinct",
        "count(*)",
        "is_911_call",
        sql=f"SELECT precinct AS x, COUNT(*) AS y, is_911_call AS color FROM {UF}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity",
    ),
    Q(
        "mpls-26",
        "monthly trend of chemical irritant use since 2019",
        "line",
        "month(response_datetime)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', response_datetime) AS x, COUNT(*) AS y FROM {UF}"
        " WHERE force_type = 'Chemical Irritant' AND response_datetime >= DATE '2019-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity condition-value condition-year-range temporal-bin time-line",
    ),
    Q(
        "mpls-27",
        "uses of force by day of the week",
        "bar",
        "weekday(response_datetime)",
        "count(*)",
        sql=f"SELECT {WEEKDAY} AS x, COUNT(*) AS y FROM {UF} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "mpls-28",
        "yearly uses of force by sex of the subject, one line per sex",
        "line",
        "year(response_datetime)",
        "count(*)",
        "sex",
        sql=f"SELECT YEAR(response_datetime) AS x, COUNT(*) AS y, sex AS color FROM {UF}"
        " WHERE sex IS NOT NULL GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line multi-series",
    ),
    Q(
        "mpls-29",
        "uses of force per neighborhood, for neighborhoods with more than 10,000 residents",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT f.neighborhood AS x, COUNT(*) AS y FROM {UF_DEMO} WHERE d.population > 10000"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-number",
    ),
    Q(
        "mpls-30",
        "How many uses of force were in neighborhoods with a median household income over $100k?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {UF_DEMO} WHERE d.hhIncome > 100000",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "mpls-31",
        "yearly uses of force in neighborhoods with a poverty rate above 10%",
        "line",
        "year(response_datetime)",
        "count(*)",
        sql=f"SELECT YEAR(f.response_datetime) AS x, COUNT(*) AS y FROM {UF_DEMO}"
        " WHERE d.poverty > 0.1 GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity condition-number temporal-bin time-line",
    ),
    Q(
        "mpls-32",
        "uses of force in 2021 per neighborhood, in neighborhoods where under 40% of residents"
        " are white",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT f.neighborhood AS x, COUNT(*) AS y FROM {UF_DEMO} WHERE d.white < 0.4"
        " AND YEAR(f.response_datetime) = 2021 GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity condition-number condition-year",
    ),
    Q(
        "mpls-33",
        "top 5 neighborhoods by number of uses of force among those with a median household"
        " income under $40,000",
        "bar",
        "neighborhood",
        "count(*)",
        sql=f"SELECT f.neighborhood AS x, COUNT(*) AS y FROM {UF_DEMO} WHERE d.hhIncome < 40000"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n count-of-entity condition-number abbreviation",
    ),
    Q(
        "mpls-34",
        "uses of force in June 2020 by type of force",
        "bar",
        "force_type",
        "count(*)",
        sql=f"SELECT force_type AS x, COUNT(*) AS y FROM {UF} WHERE YEAR(response_datetime) = 2020"
        " AND MONTH(response_datetime) = 6 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year condition-month",
    ),
]
