"""Australian accommodation and arrivals (fpp3), continued: the questions that join the two tables.

``aus_accommodation.Date`` → ``aus_arrivals.Quarter`` (both DATE, the first day of the
quarter; 1998 Q1 – 2012 Q3 in common, 59 quarters). Every question picks one origin (and
mostly one state), or takes a quarter found on the arrivals side, so no join repeats a row.
"""

from itemdef import Q

DB = "aus_tourism"
A = "aus_accommodation"
R = "aus_arrivals"
J = "aus_accommodation AS a JOIN aus_arrivals AS r ON a.Date = r.Quarter"

ITEMS = [
    Q(
        "aut-25",
        "Queensland accommodation takings vs arrivals from Japan, one dot per quarter",
        "point",
        "Arrivals",
        "Takings",
        sql=f"SELECT r.Arrivals AS x, a.Takings AS y FROM {J}"
        " WHERE r.Origin = 'Japan' AND a.State = 'Queensland'",
        hard="Hard",
        tags="scatter join key-join condition-value",
    ),
    Q(
        "aut-26",
        "scatter of New South Wales occupancy against NZ arrivals by quarter",
        "point",
        "Arrivals",
        "Occupancy",
        sql=f"SELECT r.Arrivals AS x, a.Occupancy AS y FROM {J}"
        " WHERE r.Origin = 'NZ' AND a.State = 'New South Wales'",
        hard="Hard",
        tags="scatter join key-join condition-value",
    ),
    Q(
        "aut-27",
        "average Queensland occupancy in quarters when more than 300,000 people arrived from"
        " New Zealand",
        "kpi",
        None,
        "avg(Occupancy)",
        sql=f"SELECT AVG(a.Occupancy) AS y FROM {J}"
        " WHERE a.State = 'Queensland' AND r.Origin = 'NZ' AND r.Arrivals > 300000",
        hard="Extra Hard",
        tags="kpi join key-join condition-value condition-number abbreviation",
    ),
    Q(
        "aut-28",
        "how many quarters had over 200,000 UK arrivals and Victorian occupancy above 65%?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {J} WHERE a.State = 'Victoria' AND r.Origin = 'UK'"
        " AND r.Arrivals > 200000 AND a.Occupancy > 65",
        hard="Extra Hard",
        tags="kpi join key-join count-of-entity condition-value condition-number",
    ),
    Q(
        "aut-29",
        "average occupancy by state in the quarters when Japanese arrivals exceeded 180,000",
        "bar",
        "State",
        "avg(Occupancy)",
        sql=f"SELECT a.State AS x, AVG(a.Occupancy) AS y FROM {J}"
        " WHERE r.Origin = 'Japan' AND r.Arrivals > 180000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-number",
    ),
    Q(
        "aut-30",
        "total takings by state in the quarter when UK arrivals peaked",
        "bar",
        "State",
        "sum(Takings)",
        sql=f"SELECT State AS x, SUM(Takings) AS y FROM {A} WHERE Date = (SELECT Quarter FROM {R}"
        " WHERE Origin = 'UK' ORDER BY Arrivals DESC LIMIT 1) GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-value",
    ),
    Q(
        "aut-31",
        "top 3 states by takings in the quarter with the most arrivals from New Zealand",
        "bar",
        "State",
        "sum(Takings)",
        sql=f"SELECT State AS x, SUM(Takings) AS y FROM {A} WHERE Date = (SELECT Quarter FROM {R}"
        " WHERE Origin = 'NZ' ORDER BY Arrivals DESC LIMIT 1) GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Extra Hard",
        tags="top-n join key-join condition-value abbreviation",
    ),
    Q(
        "aut-32",
        "total South Australian takings per year, counting only quarters in which US arrivals"
        " topped 100,000",
        "line",
        "year(Date)",
        "sum(Takings)",
        sql=f"SELECT YEAR(a.Date) AS x, SUM(a.Takings) AS y FROM {J} WHERE a.State = 'South Australia'"
        " AND r.Origin = 'US' AND r.Arrivals > 100000 GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line temporal-bin join key-join condition-value condition-number",
    ),
    Q(
        "aut-33",
        "UK arrivals against the consumer price index, quarter by quarter",
        "point",
        "CPI",
        "Arrivals",
        sql="SELECT a.CPI AS x, r.Arrivals AS y FROM (SELECT DISTINCT Date, CPI FROM"
        f" {A}) AS a JOIN {R} AS r ON a.Date = r.Quarter WHERE r.Origin = 'UK'",
        hard="Extra Hard",
        tags="scatter join key-join condition-value abbreviation",
    ),
    Q(
        "aut-34",
        "What was Queensland's occupancy in the quarter with the most arrivals from the US?",
        "kpi",
        None,
        "avg(Occupancy)",
        sql=f"SELECT AVG(Occupancy) AS y FROM {A} WHERE State = 'Queensland' AND Date ="
        f" (SELECT Quarter FROM {R} WHERE Origin = 'US' ORDER BY Arrivals DESC LIMIT 1)",
        hard="Extra Hard",
        tags="kpi join key-join condition-value",
    ),
    Q(
        "aut-35",
        "average takings of each state in the quarters with fewer than 100,000 arrivals from the US",
        "bar",
        "State",
        "avg(Takings)",
        sql=f"SELECT a.State AS x, AVG(a.Takings) AS y FROM {J}"
        " WHERE r.Origin = 'US' AND r.Arrivals < 100000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-number",
    ),
]
