"""GI Bill mortgages, organ donation rates and Republican vote shares by state: the questions that
need a join (see ``gi_bill_states.py``): ``mortgages.bpl`` → ``"votes.repub".rownames``,
``organ_donations.State`` → ``"votes.repub".rownames``, ``mortgages.bpl`` → ``organ_donations.State``
(one quarter fixed, so that each man meets one row)."""

from itemdef import Q

DB = "gi_bill_states"
MV = 'mortgages m JOIN "votes.repub" v ON m.bpl = v.rownames'
OV = 'organ_donations o JOIN "votes.repub" v ON o.State = v.rownames'
MO = "mortgages m JOIN organ_donations o ON m.bpl = o.State"

ITEMS = [
    Q(
        "gib-27",
        "home ownership rate by birth state, only states that voted over 60% Republican in 1972",
        "bar",
        "bpl",
        "avg(home_ownership)",
        sql=f"SELECT m.bpl AS x, AVG(m.home_ownership) AS y FROM {MV} WHERE v.X1972 > 60"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number abbreviation",
    ),
    Q(
        "gib-28",
        "for each birth state, its 1976 Republican share against the home ownership rate of the men born there",
        "point",
        "X1976",
        "avg(home_ownership)",
        sql=f"SELECT v.X1976 AS x, AVG(m.home_ownership) AS y FROM {MV}"
        " GROUP BY m.bpl, v.X1976 ORDER BY x",
        hard="Extra Hard",
        tags="join key-join scatter abbreviation",
    ),
    Q(
        "gib-29",
        "How many men were born in states where the Republicans got under 40% in 1964?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {MV} WHERE v.X1964 < 40",
        hard="Hard",
        tags="join key-join kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "gib-30",
        "veteran share among men born in states the Republicans carried with over 50% in 1960",
        "kpi",
        None,
        "avg(vet_wwko)",
        sql=f"SELECT AVG(m.vet_wwko) AS y FROM {MV} WHERE v.X1960 > 50",
        hard="Hard",
        tags="join key-join kpi condition-number abbreviation",
    ),
    Q(
        "gib-31",
        "organ donation rate in Q1 2012 vs the state's 1976 Republican share, one point per state",
        "point",
        "X1976",
        "Rate",
        sql=f"SELECT v.X1976 AS x, o.Rate AS y FROM {OV} WHERE o.Quarter = 'Q12012' ORDER BY x",
        hard="Hard",
        tags="join key-join scatter condition-value abbreviation",
    ),
    Q(
        "gib-32",
        "average organ donation rate by state for states with a 1976 Republican share above 50%",
        "bar",
        "State",
        "avg(Rate)",
        sql=f"SELECT o.State AS x, AVG(o.Rate) AS y FROM {OV} WHERE v.X1976 > 50"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number",
    ),
    Q(
        "gib-33",
        "scatter of each state's organ donation rate in Q4 2010 against the home ownership rate of men born there",
        "point",
        "Rate",
        "avg(home_ownership)",
        sql=f"SELECT o.Rate AS x, AVG(m.home_ownership) AS y FROM {MO} WHERE o.Quarter = 'Q42010'"
        " GROUP BY o.State, o.Rate ORDER BY x",
        hard="Extra Hard",
        tags="join key-join scatter condition-value",
    ),
    Q(
        "gib-34",
        "number of men by birth state, for states whose organ donation rate was above 0.5 in Q1 2011",
        "bar",
        "bpl",
        "count(*)",
        sql=f"SELECT m.bpl AS x, COUNT(*) AS y FROM {MO} WHERE o.Quarter = 'Q12011'"
        " AND o.Rate > 0.5 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join count-of-entity condition-value condition-number abbreviation",
    ),
    Q(
        "gib-35",
        "1976 Republican share of each state in the organ donation data",
        "bar",
        "State",
        "X1976",
        sql=f"SELECT o.State AS x, v.X1976 AS y FROM {OV} WHERE o.Quarter_Num = 1 ORDER BY x",
        hard="Hard",
        tags="join key-join abbreviation",
    ),
    Q(
        "gib-36",
        "number of nonwhite men by birth state, for states where the 1964 Republican share was over 55%",
        "bar",
        "bpl",
        "count(*)",
        sql=f"SELECT m.bpl AS x, COUNT(*) AS y FROM {MV} WHERE m.nonwhite = 1 AND v.X1964 > 55"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join count-of-entity condition-number abbreviation",
    ),
    Q(
        "gib-37",
        "home ownership rate of men born in states with an organ donation rate above 0.5 in Q1 2012 and a 1976 Republican share above 55%",
        "kpi",
        None,
        "avg(home_ownership)",
        sql=f'SELECT AVG(m.home_ownership) AS y FROM {MO} JOIN "votes.repub" v ON m.bpl = v.rownames'
        " WHERE o.Quarter = 'Q12012' AND o.Rate > 0.5 AND v.X1976 > 55",
        hard="Extra Hard",
        tags="join key-join multi-hop kpi condition-value condition-number abbreviation",
    ),
    Q(
        "gib-38",
        "average organ donation rate over the six quarters for states where the Republicans got under 45% in 1964",
        "bar",
        "State",
        "avg(Rate)",
        sql=f"SELECT o.State AS x, AVG(o.Rate) AS y FROM {OV} WHERE v.X1964 < 45"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number abbreviation",
    ),
]
