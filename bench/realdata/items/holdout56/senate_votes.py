"""Three US Senate roll calls and the 2008 presidential election by state (Stat2Data's
AlitoConfirmation, CAFE, CanadianDrugs and Election08).

``AlitoConfirmation``: one row per senator (100) at the vote of 31 January 2006 confirming Samuel
Alito to the Supreme Court: ``State`` (full name such as ``Alabama``), ``Senator`` (``Jeff
Sessions``), ``Party`` (``D``/``R``; Jim Jeffords, an independent, is ``D`` here), ``ConfVote``
(``Yea``/``Nay``; 58 Yea), ``StateOpinion`` (percent of the state's residents supporting the
confirmation, one value per state, 57–78) and ``Vote`` (1 for, 0 against). ``CAFE``: one row per
senator (100) at the March 2002 vote on the amendment that shelved the McCain–Kerry fuel-economy
(CAFE) bill: ``Senator`` (``Sessions, Jeff``), ``State`` (postal code), ``Party`` (``D``, ``I`` for
Jeffords, ``R``), ``Contribution`` (lifetime contributions from car manufacturers, whole dollars,
0–133,250), ``LogContr`` (log10 of contribution + 1), ``Dem`` (1 for D or I) and ``Vote`` (1 yes,
0 no; 62 yes). ``CanadianDrugs``: 94 senators at the January 2017 vote on the Klobuchar amendment
to import drugs from Canada (two non-voters and four newcomers left out; California has no row and
Alabama, Louisiana, Nevada and New Hampshire one each): ``Senator`` (last name only, ``Alexander``),
``Contributions`` (pharmaceutical-industry money over six years, dollars, 3,000–342,310),
``Party`` (``D``/``R``), ``State`` (postal code), ``RollCall`` (``Yea``/``Nay``) and ``Vote``
(``With`` or ``Against`` what drug makers wanted; every ``Nay`` is ``With``). ``Election08``: one
row per state and DC (51): ``State`` (full name **with a trailing space**, ``Alabama `` — all but
``District of Columbia``), ``Abr`` (postal code), ``Income`` (per-capita income 2007, dollars),
``HS`` and ``BA`` (percent of adults with at least a high-school diploma / a bachelor's degree),
``Dem.Rep`` (Gallup 2008: percent Democrat minus percent Republican; a dotted name to quote) and
``ObamaWin`` (1 where Obama carried the state; 29 of 51). No NULLs.

Keys: ``AlitoConfirmation.State`` → ``TRIM(Election08.State)`` (same-name-join once trimmed: all
50 states match, DC has no senators); ``CAFE.State`` and ``CanadianDrugs.State`` →
``Election08.Abr`` (key-join: every code matches); through ``Election08`` the full names of
``AlitoConfirmation`` meet the codes of the other two (multi-hop). A state's two senators meet on
``State`` in a self-join (role-join). Senators' names are written three ways, so senators are not
matched across votes. Gold state names from ``Election08`` are trimmed.
"""

from itemdef import Q

DB = "senate_votes"
E_ALITO = "FROM AlitoConfirmation a JOIN Election08 e ON TRIM(e.State) = a.State"

ITEMS = [
    Q(
        "snv-01",
        "How many senators voted to confirm Alito?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM AlitoConfirmation WHERE ConfVote = 'Yea'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "snv-02",
        "Alito confirmation vote by party: yeas and nays stacked",
        "bar",
        "Party",
        "count(*)",
        "ConfVote",
        sql="SELECT Party AS x, COUNT(*) AS y, ConfVote AS color FROM AlitoConfirmation"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "snv-03",
        "pie of yes vs no votes on the CAFE amendment",
        "arc",
        "Vote",
        "count(*)",
        sql="SELECT Vote AS x, COUNT(*) AS y FROM CAFE GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "snv-04",
        "top 10 senators by contributions from car manufacturers",
        "bar",
        "Senator",
        "Contribution",
        sql="SELECT Senator AS x, Contribution AS y FROM CAFE ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "snv-05",
        "average car industry contribution of senators who voted yes vs no on CAFE",
        "bar",
        "Vote",
        "avg(Contribution)",
        sql="SELECT Vote AS x, AVG(Contribution) AS y FROM CAFE GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "snv-06",
        "average auto-industry money received per senator, by party (CAFE vote data)",
        "bar",
        "Party",
        "avg(Contribution)",
        sql="SELECT Party AS x, AVG(Contribution) AS y FROM CAFE GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "snv-07",
        "total pharma contributions to senators who voted the way drug makers wanted on the"
        " Canadian drug import amendment",
        "kpi",
        None,
        "sum(Contributions)",
        sql="SELECT SUM(Contributions) AS y FROM CanadianDrugs WHERE Vote = 'With'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "snv-08",
        "Canadian drugs vote: average pharmaceutical contributions by party, split by whether the"
        " senator voted with or against the drug makers",
        "bar",
        "Party",
        "avg(Contributions)",
        "Vote",
        sql="SELECT Party AS x, AVG(Contributions) AS y, Vote AS color FROM CanadianDrugs"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "snv-09",
        "histogram of pharmaceutical industry contributions to senators, $50,000 bins",
        "bar",
        "Contributions",
        "count(*)",
        sql="SELECT FLOOR(Contributions / 50000) * 50000 AS x, COUNT(*) AS y FROM CanadianDrugs"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "snv-10",
        "how many democrats voted yea on the klobuchar amendment to import drugs from canada",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CanadianDrugs WHERE Party = 'D' AND RollCall = 'Yea'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "snv-11",
        "5 senators who received the least money from the pharmaceutical industry",
        "bar",
        "Senator",
        "Contributions",
        sql="SELECT Senator AS x, Contributions AS y FROM CanadianDrugs ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "snv-12",
        "per capita income vs percent of adults with a bachelor's degree, one point per state"
        " (DC included, 2008 election data)",
        "point",
        "Income",
        "BA",
        sql="SELECT Income AS x, BA AS y FROM Election08",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "snv-13",
        "10 states (DC included) with the highest per capita income in 2007",
        "bar",
        "State",
        "Income",
        sql="SELECT TRIM(State) AS x, Income AS y FROM Election08 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "snv-14",
        "In how many states did Obama win in 2008? Count DC as a state",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Election08 WHERE ObamaWin = 1",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "snv-15",
        "average share of college graduates (BA %) in states Obama won vs states McCain won, DC"
        " counted as a state",
        "bar",
        "ObamaWin",
        "avg(BA)",
        sql="SELECT ObamaWin AS x, AVG(BA) AS y FROM Election08 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "snv-16",
        "distribution of the Gallup Democrat-minus-Republican gap across the states and DC, 10 point"
        " bins",
        "bar",
        "Dem.Rep",
        "count(*)",
        sql='SELECT FLOOR("Dem.Rep" / 10) * 10 AS x, COUNT(*) AS y FROM Election08'
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "snv-17",
        "number of states with per capita income above $40,000 in the 2008 election table, DC"
        " counted as a state",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Election08 WHERE Income > 40000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "snv-18",
        "How many senators from states Obama carried in 2008 had voted to confirm Alito?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {E_ALITO} WHERE e.ObamaWin = 1 AND a.ConfVote = 'Yea'",
        hard="Hard",
        tags="kpi count-of-entity condition-value join same-name-join",
    ),
    Q(
        "snv-19",
        "average car manufacturer contributions to senators, by whether Obama won their state"
        " in 2008",
        "bar",
        "ObamaWin",
        "avg(Contribution)",
        sql="SELECT e.ObamaWin AS x, AVG(c.Contribution) AS y FROM CAFE c"
        " JOIN Election08 e ON c.State = e.Abr GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join",
    ),
    Q(
        "snv-20",
        "each senator's pharma contributions against the per capita income of their state",
        "point",
        "Income",
        "Contributions",
        sql="SELECT e.Income AS x, d.Contributions AS y FROM CanadianDrugs d"
        " JOIN Election08 e ON d.State = e.Abr",
        hard="Hard",
        tags="scatter join key-join",
    ),
    Q(
        "snv-21",
        "How many Republican senators from states that Obama won voted yea on importing drugs"
        " from Canada?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CanadianDrugs d JOIN Election08 e ON d.State = e.Abr"
        " WHERE d.Party = 'R' AND e.ObamaWin = 1 AND d.RollCall = 'Yea'",
        hard="Hard",
        tags="kpi count-of-entity condition-value join key-join",
    ),
    Q(
        "snv-22",
        "total car-industry contributions to senators from states where public support for"
        " confirming Alito was above 70%",
        "kpi",
        None,
        "sum(Contribution)",
        sql="SELECT SUM(c.Contribution) AS y FROM CAFE c JOIN Election08 e ON c.State = e.Abr"
        " JOIN (SELECT DISTINCT State, StateOpinion FROM AlitoConfirmation) a"
        " ON TRIM(e.State) = a.State WHERE a.StateOpinion > 70",
        hard="Extra Hard",
        tags="kpi condition-number join same-name-join key-join multi-hop",
    ),
    Q(
        "snv-23",
        "In how many states did the two senators vote differently on the CAFE amendment?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CAFE a JOIN CAFE b ON a.State = b.State"
        " AND a.Senator < b.Senator WHERE a.Vote <> b.Vote",
        hard="Hard",
        tags="kpi count-of-entity role-join",
    ),
    Q(
        "snv-24",
        "number of states with one Democratic and one Republican senator at the Alito vote",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM AlitoConfirmation a JOIN AlitoConfirmation b"
        " ON a.State = b.State AND a.Party = 'D' AND b.Party = 'R'",
        hard="Hard",
        tags="kpi count-of-entity condition-value role-join",
    ),
    Q(
        "snv-25",
        "states whose senators together got more than $300,000 from the pharmaceutical industry,"
        " with their total",
        "bar",
        "State",
        "sum(Contributions)",
        sql="SELECT State AS x, SUM(Contributions) AS y FROM CanadianDrugs GROUP BY x"
        " HAVING SUM(Contributions) > 300000 ORDER BY x",
        hard="Medium",
        tags="having",
    ),
    Q(
        "snv-26",
        "which states' senators averaged more than $30,000 in car manufacturer contributions?",
        "bar",
        "State",
        "avg(Contribution)",
        sql="SELECT State AS x, AVG(Contribution) AS y FROM CAFE GROUP BY x"
        " HAVING AVG(Contribution) > 30000 ORDER BY x",
        hard="Medium",
        tags="having",
    ),
    Q(
        "snv-27",
        "How many senators received more than $100,000 from drug makers?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CanadianDrugs WHERE Contributions > 100000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "snv-28",
        "largest car-industry contribution received by a Democratic senator",
        "kpi",
        None,
        "max(Contribution)",
        sql="SELECT MAX(Contribution) AS y FROM CAFE WHERE Party = 'D'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "snv-29",
        "average state public support for Alito, for senators who voted yea vs nay",
        "bar",
        "ConfVote",
        "avg(StateOpinion)",
        sql="SELECT ConfVote AS x, AVG(StateOpinion) AS y FROM AlitoConfirmation GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "snv-30",
        "how many republicans voted against confirming alito",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM AlitoConfirmation WHERE Party = 'R' AND ConfVote = 'Nay'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "snv-31",
        "Senators who voted with the drug makers on the Canadian import amendment: count by"
        " party, stacked, for states Obama won vs lost in 2008",
        "bar",
        "ObamaWin",
        "count(*)",
        "Party",
        sql="SELECT e.ObamaWin AS x, COUNT(*) AS y, d.Party AS color FROM CanadianDrugs d"
        " JOIN Election08 e ON d.State = e.Abr WHERE d.Vote = 'With' GROUP BY x, color"
        " ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity condition-value join key-join",
    ),
    Q(
        "snv-32",
        "5 states with the lowest percentage of adults holding a bachelor's degree",
        "bar",
        "State",
        "BA",
        sql="SELECT TRIM(State) AS x, BA AS y FROM Election08 ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "snv-33",
        "share of all car manufacturer contributions going to each party, as a pie",
        "arc",
        "Party",
        "sum(Contribution)",
        sql="SELECT Party AS x, SUM(Contribution) AS y FROM CAFE GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share",
    ),
    Q(
        "snv-34",
        "state support for Alito vs the state's Democrat-minus-Republican party ID gap, one point"
        " per state",
        "point",
        "Dem.Rep",
        "StateOpinion",
        sql='SELECT e."Dem.Rep" AS x, a.StateOpinion AS y FROM Election08 e'
        " JOIN (SELECT DISTINCT State, StateOpinion FROM AlitoConfirmation) a"
        " ON TRIM(e.State) = a.State",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
]
