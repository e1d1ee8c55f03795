"""Reddit's 2020 survey of r/financialindependence (openintro's reddit_finance).

``reddit_finance``: one row per respondent (1,998, none retired), all answers as the survey
coded them. Text bands: ``age`` and ``retire_age`` (``24-28``, ``44-48`` …; ``Undecided``),
``pan_inc_chg`` / ``pan_exp_chg`` (the pandemic's effect on income / expenses: ``Increased``,
``Decreased``, ``Stayed the same``) with their ``_pct`` bands, ``pan_fi_chg`` (the FI number),
``pan_ret_date_chg`` (the planned retirement date), ``pan_financial_impact`` (``Positive``,
``Neutral``, ``Negative``), ``political`` (party; NULL on 599 rows), ``race_eth``, ``gender``,
``edu`` (two spellings of the doctorate as shipped), ``rel_status``, ``children``, ``country``
(free text: ``United States``, ``Canada``, ``Uk`` …), ``fin_indy`` (``Yes``/``No``: already
financially independent), ``fin_indy_lvl`` (``FI``, ``LeanFI``, ``FatFI`` …, only for the FI),
``stp_whn_fin_indy`` (stop working when FI?), ``industry``, ``employer``, ``role``, ``housing``
(``Own``, ``Rent`` and a tail of free-text answers), ``edu_status``. Amounts in the respondent's
own currency, NULL when not answered: ``fin_indy_num`` (the FI number), ``tgt_sf_wthdrw_rt``
(target safe withdrawal rate, percent), ``retire_exp`` (expected yearly spending in retirement),
balances (``home_value``, ``brokerage_accts_tax``, ``retirement_accts_tax``, ``cash``,
``invst_accts``, ``spec_crypto`` …) and debts (``student_loans``, ``mortgage``, ``auto_loan`` …),
and the 2020 flows ``"2020_gross_inc"``, ``"2020_housing_exp"``, ``"2020_taxes"``,
``"2020_charity"``, ``"2020_invst_save"`` … (names starting with a digit, quoted in SQL).
Self-reported, with some absurd values kept as shipped.
"""

from itemdef import Q

DB = "reddit_fire"

ITEMS = [
    Q(
        "rfs-01",
        "How many people answered the FI survey?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM reddit_finance",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "rfs-02",
        "how many respondents are already financially independent?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM reddit_finance WHERE fin_indy = 'Yes'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "rfs-03",
        "respondents by age group",
        "bar",
        "age",
        "count(*)",
        sql="SELECT age AS x, COUNT(*) AS y FROM reddit_finance WHERE age IS NOT NULL GROUP BY x"
        " ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "rfs-04",
        "pie of how the pandemic affected people's finances overall",
        "arc",
        "pan_financial_impact",
        "count(*)",
        sql="SELECT pan_financial_impact AS x, COUNT(*) AS y FROM reddit_finance"
        " WHERE pan_financial_impact IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "rfs-05",
        "top 5 industries by number of respondents",
        "bar",
        "industry",
        "count(*)",
        sql="SELECT industry AS x, COUNT(*) AS y FROM reddit_finance WHERE industry IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "rfs-06",
        "average 2020 gross income by industry for respondents in the United States",
        "bar",
        "industry",
        "avg(2020_gross_inc)",
        sql='SELECT industry AS x, AVG("2020_gross_inc") AS y FROM reddit_finance'
        " WHERE country = 'United States' AND industry IS NOT NULL"
        ' AND "2020_gross_inc" IS NOT NULL GROUP BY x ORDER BY x',
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "rfs-07",
        "what safe withdrawal rate are people targeting on average? leave out answers above 10%",
        "kpi",
        None,
        "avg(tgt_sf_wthdrw_rt)",
        sql="SELECT AVG(tgt_sf_wthdrw_rt) AS y FROM reddit_finance WHERE tgt_sf_wthdrw_rt <= 10",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "rfs-08",
        "histogram of target withdrawal rates (up to 10%) in 0.5-point bins",
        "bar",
        "tgt_sf_wthdrw_rt",
        "count(*)",
        sql="SELECT FLOOR(tgt_sf_wthdrw_rt / 0.5) * 0.5 AS x, COUNT(*) AS y FROM reddit_finance"
        " WHERE tgt_sf_wthdrw_rt <= 10 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-number abbreviation",
    ),
    Q(
        "rfs-09",
        "number of respondents by gender, split by whether their income went up, down or stayed"
        " the same in the pandemic",
        "bar",
        "gender",
        "count(*)",
        "pan_inc_chg",
        sql="SELECT gender AS x, COUNT(*) AS y, pan_inc_chg AS color FROM reddit_finance"
        " WHERE gender IS NOT NULL AND pan_inc_chg IS NOT NULL GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "rfs-10",
        "How many respondents own their home and how many rent?",
        "bar",
        "housing",
        "count(*)",
        sql="SELECT housing AS x, COUNT(*) AS y FROM reddit_finance WHERE housing IN ('Own', 'Rent')"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value",
    ),
    Q(
        "rfs-11",
        "average 2020 housing costs by industry, only industries with more than 100 respondents",
        "bar",
        "industry",
        "avg(2020_housing_exp)",
        sql='SELECT industry AS x, AVG("2020_housing_exp") AS y FROM reddit_finance'
        " WHERE industry IS NOT NULL GROUP BY x HAVING COUNT(*) > 100 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "rfs-12",
        "2020 gross income vs 2020 taxes for US respondents",
        "point",
        "2020_gross_inc",
        "2020_taxes",
        sql='SELECT "2020_gross_inc" AS x, "2020_taxes" AS y FROM reddit_finance'
        " WHERE country = 'United States' AND \"2020_gross_inc\" IS NOT NULL"
        ' AND "2020_taxes" IS NOT NULL',
        spec=(),
        hard="Medium",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "rfs-13",
        "How many different countries are the respondents from?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM reddit_finance",
        hard="Easy",
        tags="kpi count-distinct",
    ),
    Q(
        "rfs-14",
        "average student loan balance by age group, among people who reported student loans",
        "bar",
        "age",
        "avg(student_loans)",
        sql="SELECT age AS x, AVG(student_loans) AS y FROM reddit_finance"
        " WHERE student_loans IS NOT NULL AND age IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "rfs-15",
        "expected yearly spending in retirement, on average, by planned retirement age",
        "bar",
        "retire_age",
        "avg(retire_exp)",
        sql="SELECT retire_age AS x, AVG(retire_exp) AS y FROM reddit_finance"
        " WHERE retire_age IS NOT NULL AND retire_exp IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "rfs-16",
        "largest cash balance anyone reported",
        "kpi",
        None,
        "max(cash)",
        sql="SELECT MAX(cash) AS y FROM reddit_finance",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "rfs-17",
        "3 most common political parties among respondents",
        "bar",
        "political",
        "count(*)",
        sql="SELECT political AS x, COUNT(*) AS y FROM reddit_finance WHERE political IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "rfs-18",
        "average amount invested or saved in 2020 by employer type, men vs women",
        "bar",
        "employer",
        "avg(2020_invst_save)",
        "gender",
        sql='SELECT employer AS x, AVG("2020_invst_save") AS y, gender AS color FROM reddit_finance'
        " WHERE employer IS NOT NULL AND gender IN ('Male', 'Female')"
        ' AND "2020_invst_save" IS NOT NULL GROUP BY x, color ORDER BY x, color',
        hard="Hard",
        tags="two-category non-additive condition-value abbreviation",
    ),
    Q(
        "rfs-19",
        "How many people's income stayed the same during the pandemic while their expenses went"
        " down?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM reddit_finance WHERE pan_inc_chg = 'Stayed the same'"
        " AND pan_exp_chg = 'Decreased'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "rfs-20",
        "average taxable brokerage balance by relationship status",
        "bar",
        "rel_status",
        "avg(brokerage_accts_tax)",
        sql="SELECT rel_status AS x, AVG(brokerage_accts_tax) AS y FROM reddit_finance"
        " WHERE rel_status IS NOT NULL AND brokerage_accts_tax IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "rfs-21",
        "respondents with a mortgage, by education",
        "bar",
        "edu",
        "count(*)",
        sql="SELECT edu AS x, COUNT(*) AS y FROM reddit_finance WHERE mortgage > 0"
        " AND edu IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number abbreviation",
    ),
    Q(
        "rfs-22",
        "how did the pandemic change people's planned retirement date, by age group",
        "bar",
        "age",
        "count(*)",
        "pan_ret_date_chg",
        sql="SELECT age AS x, COUNT(*) AS y, pan_ret_date_chg AS color FROM reddit_finance"
        " WHERE age IS NOT NULL AND pan_ret_date_chg IS NOT NULL GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "rfs-23",
        "among the financially independent, how many are at each FI level?",
        "bar",
        "fin_indy_lvl",
        "count(*)",
        sql="SELECT fin_indy_lvl AS x, COUNT(*) AS y FROM reddit_finance WHERE fin_indy = 'Yes'"
        " AND fin_indy_lvl IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value abbreviation",
    ),
    Q(
        "rfs-24",
        "5 job roles with the highest average 2020 income",
        "bar",
        "role",
        "avg(2020_gross_inc)",
        sql='SELECT role AS x, AVG("2020_gross_inc") AS y FROM reddit_finance'
        " WHERE role IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "rfs-25",
        "total charitable giving in 2020 across all respondents",
        "kpi",
        None,
        "sum(2020_charity)",
        sql='SELECT SUM("2020_charity") AS y FROM reddit_finance',
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "rfs-26",
        "average home value by age group for homeowners",
        "bar",
        "age",
        "avg(home_value)",
        sql="SELECT age AS x, AVG(home_value) AS y FROM reddit_finance WHERE housing = 'Own'"
        " AND home_value IS NOT NULL AND age IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "rfs-27",
        "number of people who made more than $200k in 2020, by industry",
        "bar",
        "industry",
        "count(*)",
        sql='SELECT industry AS x, COUNT(*) AS y FROM reddit_finance WHERE "2020_gross_inc" > 200000'
        " AND industry IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number abbreviation",
    ),
    Q(
        "rfs-28",
        "share of respondents by type of employer",
        "arc",
        "employer",
        "count(*)",
        sql="SELECT employer AS x, COUNT(*) AS y FROM reddit_finance WHERE employer IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "rfs-29",
        "retirement account balances plotted against taxable brokerage balances",
        "point",
        "brokerage_accts_tax",
        "retirement_accts_tax",
        sql="SELECT brokerage_accts_tax AS x, retirement_accts_tax AS y FROM reddit_finance"
        " WHERE brokerage_accts_tax IS NOT NULL AND retirement_accts_tax IS NOT NULL",
        hard="Hard",
        tags="scatter abbreviation",
    ),
    Q(
        "rfs-30",
        "average planned retirement spending by whether people will stop working once they hit FI",
        "bar",
        "stp_whn_fin_indy",
        "avg(retire_exp)",
        sql="SELECT stp_whn_fin_indy AS x, AVG(retire_exp) AS y FROM reddit_finance"
        " WHERE stp_whn_fin_indy IS NOT NULL AND retire_exp IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "rfs-31",
        "how many respondents are full-time students?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM reddit_finance WHERE edu_status = 'Full time student'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "rfs-32",
        "Which age groups paid more than $40,000 in taxes in 2020 on average?",
        "bar",
        "age",
        "avg(2020_taxes)",
        sql='SELECT age AS x, AVG("2020_taxes") AS y FROM reddit_finance WHERE age IS NOT NULL'
        ' GROUP BY x HAVING AVG("2020_taxes") > 40000 ORDER BY x',
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "rfs-33",
        "histogram of 2020 gross income for incomes below $500,000, $50k bins",
        "bar",
        "2020_gross_inc",
        "count(*)",
        sql='SELECT FLOOR("2020_gross_inc" / 50000) * 50000 AS x, COUNT(*) AS y FROM reddit_finance'
        ' WHERE "2020_gross_inc" < 500000 GROUP BY x ORDER BY x',
        sort="x",
        hard="Medium",
        tags="histogram condition-number abbreviation",
    ),
]
