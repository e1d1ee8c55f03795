"""Democracy, growth and trade across countries (stevedata's PRDEG, OODTPT and Lipset59).

``PRDEG``: David Leblang's data on property rights, democracy and economic growth (1996), one row
per country and decade, 147 rows: 51 countries × ``decade`` 1, 2, 3 (an integer, the three
decades of the study; Chile has decade 3 only, Nepal decade 2 only, Kenya and Zambia decades 2
and 3). ``levine`` is a numeric country id, ``private`` the share of credit allocated to private
enterprise (0.01–0.95), ``rgdp`` the real GDP per head at the start of the decade (thousands of
dollars, 0.21–11.40), ``democ`` the democracy level (integer 0–10; 66 rows at 10), ``pri`` and
``sec`` primary and secondary school attainment (percent), ``grow`` the growth rate of GDP per
head (percent a year, −4.29 … 9.31) and ``xcontrol`` exchange controls (0–1). Country names are
written without spaces (``CostaRica``, ``NewZealand``, ``SouthAfrica``) and the UK, the US and
Germany as ``UK``, ``USA``, ``Germany``. No NULLs.

``OODTPT``: Daniel Kono's "Optimal Obfuscation" data (2006), one row per country, 75 countries:
``country`` (``USA``, ``PRC``, ``ROK``, ``S. Africa``, ``Cent. Af. Rep.``, ``Czech Rep.``,
``Trinidad-Tobago`` …), ``isocode`` (ISO 3166 alpha-3), ``tariff`` (mean most-favoured-nation
tariff, percent, 0–52.4; ``avgtar`` repeats it), ``corecov`` and ``qualcov`` (core and quality
non-tariff barrier coverage ratios, percent; ``qualcov`` NULL for Honduras and Nigeria),
``polity`` (the Polity democracy score averaged over the period, −10 … 10, fractional; NULL for
Ethiopia), ``iec`` (electoral competitiveness, 3–14; 48 countries at 14), the logs ``lngdppc``,
``lngdp``, ``lnexpgdp`` and ``lngovcons``, ``reer`` (real effective exchange rate), ``growth`` (GDP
per head growth, percent), ``dimpgdp`` (change of imports/GDP) and ``gatt`` (GATT member 1/0;
58 members).

``Lipset59``: the 48 countries of Seymour Martin Lipset's 1959 study of democracy and
development, around 1950: ``country`` (``United States``, ``United Kingdom``, ``West Germany`` …),
``cat`` (Lipset's group: ``EE: Stable Democracies`` 13, ``EE: Unstable Democracies and
Dictatorships`` 15, ``LAN: Democracies and Unstable Dictatorships`` 7, ``LAN: Stable
Dictatorships`` 13; EE = European and English-speaking, LAN = Latin American nations),
``iso3c``, ``wbgdp2011est`` (estimated GDP, 2011 dollars), ``wbpopest`` (estimated population),
``unpop`` (population, thousands), ``uninc`` (national income, millions) and ``unincpc`` (national
income per head, dollars) — the three UN figures NULL for 10 countries —, ``xm_qudsest``
(democracy, latent scale), ``v2x_polyarchy`` (V-Dem polyarchy, 0–1; NULL for Czechoslovakia) and
``polity2`` (−10 … 10; NULL for Iceland).

Keys (none declared; each is unique on its side): ``Lipset59.iso3c`` → ``OODTPT.isocode``
(key-join): 26 countries in both — a join on the same-named ``country`` finds only 25, as
``United States`` is ``USA`` in ``OODTPT``. ``PRDEG.country`` → ``OODTPT.country`` (same name):
31 countries join; ``CostaRica``, ``NewZealand`` and ``SouthAfrica`` are spelled otherwise in
``OODTPT`` and drop out (the gold's conditions keep them out of every answer: all three grew by
less than 3% in decade 3 and have tariffs below 10%). ``PRDEG.country`` → ``Lipset59.country``
(same name): 28 countries join; ``CostaRica``, ``NewZealand``, ``UK``, ``USA`` and ``Germany``
drop out, so the gold meets ``Lipset59`` from ``PRDEG`` only for the Latin American stable
dictatorships, whose names agree (Bolivia, Honduras, Nicaragua, Panama, Peru, Venezuela).
``PRDEG`` repeats a country once per decade, so a join fixes the decade or averages over
decades. ``country`` is in all three tables and ``polity`` (``OODTPT``) and ``polity2``
(``Lipset59``) score the same scale in different periods, so a join qualifies them.
"""

from itemdef import Q

DB = "democracy_trade"
LO = "FROM Lipset59 l JOIN OODTPT o ON l.iso3c = o.isocode"
PO = "FROM PRDEG p JOIN OODTPT o ON p.country = o.country"
PL = "FROM PRDEG p JOIN Lipset59 l ON p.country = l.country"

ITEMS = [
    Q(
        "dtp-01",
        "How many countries are in the property rights and growth data (PRDEG)?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM PRDEG",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "dtp-02",
        "average growth rate of GDP per head by decade in PRDEG",
        "line",
        "decade",
        "avg(grow)",
        sql="SELECT decade AS x, AVG(grow) AS y FROM PRDEG GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "dtp-03",
        "top 5 countries by per capita growth in decade 3",
        "bar",
        "country",
        "grow",
        sql="SELECT country AS x, grow AS y FROM PRDEG WHERE decade = 3 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int abbreviation",
    ),
    Q(
        "dtp-04",
        "scatter of growth against the share of credit going to private enterprise, every"
        " country and decade in PRDEG",
        "point",
        "private",
        "grow",
        sql="SELECT private AS x, grow AS y FROM PRDEG ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "dtp-05",
        "Which countries averaged more than 4% growth a year across their decades in PRDEG?",
        "bar",
        "country",
        "avg(grow)",
        sql="SELECT country AS x, AVG(grow) AS y FROM PRDEG GROUP BY x HAVING AVG(grow) > 4"
        " ORDER BY x",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "dtp-06",
        "histogram of PRDEG growth rates in bins of 2 percentage points",
        "bar",
        "grow",
        "count(*)",
        sql="SELECT FLOOR(grow / 2) * 2 AS x, COUNT(*) AS y FROM PRDEG GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "dtp-07",
        "number of countries at each democracy level (0-10) in PRDEG, stacked by decade",
        "bar",
        "democ",
        "count(*)",
        "decade",
        sql="SELECT democ AS x, COUNT(*) AS y, decade AS color FROM PRDEG GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity calendar-int abbreviation",
    ),
    Q(
        "dtp-08",
        "average starting real GDP per head in decade 1, in thousands of dollars",
        "kpi",
        None,
        "avg(rgdp)",
        sql="SELECT AVG(rgdp) AS y FROM PRDEG WHERE decade = 1",
        hard="Easy",
        tags="kpi calendar-int abbreviation",
    ),
    Q(
        "dtp-09",
        "Japan's growth rate decade by decade",
        "line",
        "decade",
        "grow",
        sql="SELECT decade AS x, grow AS y FROM PRDEG WHERE country = 'Japan' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-value calendar-int abbreviation",
    ),
    Q(
        "dtp-10",
        "how many country-decades in PRDEG had negative growth?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM PRDEG WHERE grow < 0",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "dtp-11",
        "lowest growth rate recorded in decade 2",
        "kpi",
        None,
        "min(grow)",
        sql="SELECT MIN(grow) AS y FROM PRDEG WHERE decade = 2",
        hard="Easy",
        tags="kpi min-max calendar-int abbreviation",
    ),
    Q(
        "dtp-12",
        "average growth by decade, countries at democracy level 0 vs those at level 10",
        "bar",
        "decade",
        "avg(grow)",
        "democ",
        sql="SELECT decade AS x, AVG(grow) AS y, democ AS color FROM PRDEG WHERE democ IN (0, 10)"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-number calendar-int abbreviation",
    ),
    Q(
        "dtp-13",
        "share of the total estimated population by Lipset category, as a pie",
        "arc",
        "cat",
        "sum(wbpopest)",
        sql="SELECT cat AS x, SUM(wbpopest) AS y FROM Lipset59 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share abbreviation",
    ),
    Q(
        "dtp-14",
        "average tariff rate of GATT members vs non-members",
        "bar",
        "gatt",
        "avg(tariff)",
        sql="SELECT gatt AS x, AVG(tariff) AS y FROM OODTPT GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "dtp-15",
        "tariff against polity democracy score, one point per country in OODTPT",
        "point",
        "polity",
        "tariff",
        sql="SELECT polity AS x, tariff AS y FROM OODTPT WHERE polity IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "dtp-16",
        "10 countries with the highest tariffs",
        "bar",
        "country",
        "tariff",
        sql="SELECT country AS x, tariff AS y FROM OODTPT ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "dtp-17",
        "distribution of tariff rates across countries, 5-point bins",
        "bar",
        "tariff",
        "count(*)",
        sql="SELECT FLOOR(tariff / 5) * 5 AS x, COUNT(*) AS y FROM OODTPT GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "dtp-18",
        "How many countries have a tariff above 20%?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM OODTPT WHERE tariff > 20",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "dtp-19",
        "the 5 countries with the lowest quality non-tariff barrier coverage",
        "bar",
        "country",
        "qualcov",
        sql="SELECT country AS x, qualcov AS y FROM OODTPT WHERE qualcov IS NOT NULL"
        " ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "dtp-20",
        "pie chart of OODTPT countries: GATT members vs non-members",
        "arc",
        "gatt",
        "count(*)",
        sql="SELECT gatt AS x, COUNT(*) AS y FROM OODTPT GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "dtp-21",
        "average core non-tariff barrier coverage of the countries at the top of the electoral"
        " competitiveness index (14)",
        "kpi",
        None,
        "avg(corecov)",
        sql="SELECT AVG(corecov) AS y FROM OODTPT WHERE iec = 14",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "dtp-22",
        "highest GDP per head growth rate in the trade data (OODTPT)",
        "kpi",
        None,
        "max(growth)",
        sql="SELECT MAX(growth) AS y FROM OODTPT",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "dtp-23",
        "how many countries Lipset put in each category",
        "bar",
        "cat",
        "count(*)",
        sql="SELECT cat AS x, COUNT(*) AS y FROM Lipset59 GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "dtp-24",
        "average national income per head around 1950 by Lipset category",
        "bar",
        "cat",
        "avg(unincpc)",
        sql="SELECT cat AS x, AVG(unincpc) AS y FROM Lipset59 WHERE unincpc IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "dtp-25",
        "the 5 most populous countries in Lipset's data by estimated population",
        "bar",
        "country",
        "wbpopest",
        sql="SELECT country AS x, wbpopest AS y FROM Lipset59 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "dtp-26",
        "total estimated population of Lipset's European and English-speaking stable democracies",
        "kpi",
        None,
        "sum(wbpopest)",
        sql="SELECT SUM(wbpopest) AS y FROM Lipset59 WHERE cat = 'EE: Stable Democracies'",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "dtp-27",
        "V-Dem polyarchy score against national income per head for Lipset's countries",
        "point",
        "unincpc",
        "v2x_polyarchy",
        sql="SELECT unincpc AS x, v2x_polyarchy AS y FROM Lipset59 WHERE unincpc IS NOT NULL"
        " AND v2x_polyarchy IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "dtp-28",
        "average tariff by Lipset category",
        "bar",
        "cat",
        "avg(tariff)",
        sql=f"SELECT l.cat AS x, AVG(o.tariff) AS y {LO} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join abbreviation",
    ),
    Q(
        "dtp-29",
        "Lipset's polity2 score around 1950 against the polity score in the trade data, one"
        " point per country",
        "point",
        "polity2",
        "polity",
        sql=f"SELECT l.polity2 AS x, o.polity AS y {LO} WHERE l.polity2 IS NOT NULL"
        " AND o.polity IS NOT NULL ORDER BY x, y",
        hard="Hard",
        tags="scatter join key-join",
    ),
    Q(
        "dtp-30",
        "tariffs of the countries Lipset classed as Latin American stable dictatorships",
        "bar",
        "country",
        "tariff",
        sql=f"SELECT l.country AS x, o.tariff AS y {LO} WHERE l.cat = 'LAN: Stable Dictatorships'"
        " ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value",
    ),
    Q(
        "dtp-31",
        "Which Lipset categories have an average tariff above 10%?",
        "bar",
        "cat",
        "avg(tariff)",
        sql=f"SELECT l.cat AS x, AVG(o.tariff) AS y {LO} GROUP BY x HAVING AVG(o.tariff) > 10"
        " ORDER BY x",
        hard="Hard",
        tags="join key-join having abbreviation",
    ),
    Q(
        "dtp-32",
        "How many of Lipset's European and English-speaking stable democracies have a tariff"
        " below 5%?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {LO} WHERE l.cat = 'EE: Stable Democracies' AND o.tariff < 5",
        hard="Hard",
        tags="kpi join key-join count-of-entity condition-value condition-number",
    ),
    Q(
        "dtp-33",
        "tariff rates of the countries that grew faster than 3% a year in decade 3",
        "bar",
        "country",
        "tariff",
        sql=f"SELECT p.country AS x, o.tariff AS y {PO} WHERE p.decade = 3 AND p.grow > 3"
        " ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number calendar-int abbreviation",
    ),
    Q(
        "dtp-34",
        "decade-3 growth of the countries whose tariff is above 25%",
        "bar",
        "country",
        "grow",
        sql=f"SELECT p.country AS x, p.grow AS y {PO} WHERE p.decade = 3 AND o.tariff > 25"
        " ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number calendar-int abbreviation",
    ),
    Q(
        "dtp-35",
        "average growth by decade of the countries Lipset classed as Latin American stable"
        " dictatorships",
        "line",
        "decade",
        "avg(grow)",
        sql=f"SELECT p.decade AS x, AVG(p.grow) AS y {PL} WHERE l.cat = 'LAN: Stable Dictatorships'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line join same-name-join condition-value calendar-int abbreviation",
    ),
    Q(
        "dtp-36",
        "for Lipset's Latin American stable dictatorships, decade-3 growth against tariff, one"
        " point per country",
        "point",
        "tariff",
        "grow",
        sql="SELECT o.tariff AS x, p.grow AS y FROM PRDEG p JOIN Lipset59 l ON p.country = l.country"
        " JOIN OODTPT o ON l.iso3c = o.isocode WHERE l.cat = 'LAN: Stable Dictatorships'"
        " AND p.decade = 3 ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter join same-name-join key-join multi-hop condition-value calendar-int"
        " abbreviation",
    ),
]
