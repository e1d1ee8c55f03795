"""Telecom customers and whether they left (modeldata's wa_churn, IBM Watson's telco churn sample).

``wa_churn``: one row per customer, 7,043 customers, no id column. ``churn`` is ``Yes`` (1,869
customers who left within the last month) or ``No``; ``female``, ``senior_citizen``, ``partner``,
``dependents``, ``phone_service`` and ``paperless_billing`` are 0/1 integers; ``tenure`` is the
number of months the customer has been with the company (integer 0–72; 11 customers at 0);
``multiple_lines`` is ``Yes``/``No``/``No phone service``; ``internet_service`` is ``DSL``,
``Fiber optic`` or ``No``; the six add-ons ``online_security``, ``online_backup``,
``device_protection``, ``tech_support``, ``streaming_tv`` and ``streaming_movies`` are
``Yes``/``No``/``No internet service`` (the last for the 1,526 customers without internet);
``contract`` is ``Month-to-month``, ``One year`` or ``Two year``; ``payment_method`` is
``Electronic check``, ``Mailed check``, ``Bank transfer (automatic)`` or ``Credit card
(automatic)``; ``monthly_charges`` (dollars, 18.25–118.75) and ``total_charges`` (dollars,
18.80–8,684.80) are DOUBLE. ``total_charges`` is NULL for the 11 customers with a tenure of 0
(10 on two-year contracts, one on a one-year contract); no other NULLs. There is no date column:
``tenure`` is a duration, not a calendar.
"""

from itemdef import Q

DB = "telco_churn"
ADDONS = (
    "(online_security = 'Yes')::INT + (online_backup = 'Yes')::INT"
    " + (device_protection = 'Yes')::INT + (tech_support = 'Yes')::INT"
    " + (streaming_tv = 'Yes')::INT + (streaming_movies = 'Yes')::INT"
)
RATE = "100.0 * AVG(CASE WHEN churn = 'Yes' THEN 1 ELSE 0 END)"

ITEMS = [
    Q(
        "wch-01",
        "What percentage of customers churned?",
        "kpi",
        None,
        "100 * avg(churn = 'Yes')",
        sql=f"SELECT {RATE} AS y FROM wa_churn",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "wch-02",
        "customers by contract type, stacked by whether they churned",
        "bar",
        "contract",
        "count(*)",
        "churn",
        sql="SELECT contract AS x, COUNT(*) AS y, churn AS color FROM wa_churn GROUP BY x, color"
        " ORDER BY x, color",
        hard="Easy",
        tags="two-category count-of-entity",
    ),
    Q(
        "wch-03",
        "pie of customers by payment method",
        "arc",
        "payment_method",
        "count(*)",
        sql="SELECT payment_method AS x, COUNT(*) AS y FROM wa_churn GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "wch-04",
        "average monthly charges by internet service, churned vs stayed",
        "bar",
        "internet_service",
        "avg(monthly_charges)",
        "churn",
        sql="SELECT internet_service AS x, AVG(monthly_charges) AS y, churn AS color FROM wa_churn"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "wch-05",
        "histogram of monthly charges in $10 bins",
        "bar",
        "monthly_charges",
        "count(*)",
        sql="SELECT FLOOR(monthly_charges / 10) * 10 AS x, COUNT(*) AS y FROM wa_churn GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Easy",
        tags="histogram",
    ),
    Q(
        "wch-06",
        "distribution of customer tenure, 12-month bins",
        "bar",
        "tenure",
        "count(*)",
        sql="SELECT FLOOR(tenure / 12) * 12 AS x, COUNT(*) AS y FROM wa_churn GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "wch-07",
        "churn rate in percent by months of tenure, as a line",
        "line",
        "tenure",
        "100 * avg(churn = 'Yes')",
        sql=f"SELECT tenure AS x, {RATE} AS y FROM wa_churn GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="",
    ),
    Q(
        "wch-08",
        "total charges against tenure for customers on two-year contracts",
        "point",
        "tenure",
        "total_charges",
        sql="SELECT tenure AS x, total_charges AS y FROM wa_churn WHERE contract = 'Two year'"
        " AND total_charges IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value",
    ),
    Q(
        "wch-09",
        "average monthly bill of customers who churned",
        "kpi",
        None,
        "avg(monthly_charges)",
        sql="SELECT AVG(monthly_charges) AS y FROM wa_churn WHERE churn = 'Yes'",
        hard="Easy",
        tags="kpi condition-value",
    ),
    Q(
        "wch-10",
        "How many customers are senior citizens?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wa_churn WHERE senior_citizen = 1",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "wch-11",
        "Which payment methods have a churn rate above 30%?",
        "bar",
        "payment_method",
        "100 * avg(churn = 'Yes')",
        sql=f"SELECT payment_method AS x, {RATE} AS y FROM wa_churn GROUP BY x HAVING {RATE} > 30"
        " ORDER BY x",
        hard="Hard",
        tags="having",
    ),
    Q(
        "wch-12",
        "top 3 payment methods by number of churned customers",
        "bar",
        "payment_method",
        "count(*)",
        sql="SELECT payment_method AS x, COUNT(*) AS y FROM wa_churn WHERE churn = 'Yes' GROUP BY x"
        " ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "wch-13",
        "how many customers pay more than $100 a month",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wa_churn WHERE monthly_charges > 100",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "wch-14",
        "average total charges by contract type",
        "bar",
        "contract",
        "avg(total_charges)",
        sql="SELECT contract AS x, AVG(total_charges) AS y FROM wa_churn GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "wch-15",
        "number of fiber optic customers without tech support who churned",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wa_churn WHERE internet_service = 'Fiber optic'"
        " AND tech_support = 'No' AND churn = 'Yes'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "wch-16",
        "number of customers by internet service, stacked by whether they stream TV",
        "bar",
        "internet_service",
        "count(*)",
        "streaming_tv",
        sql="SELECT internet_service AS x, COUNT(*) AS y, streaming_tv AS color FROM wa_churn"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "wch-17",
        "pie of the churned customers by internet service",
        "arc",
        "internet_service",
        "count(*)",
        sql="SELECT internet_service AS x, COUNT(*) AS y FROM wa_churn WHERE churn = 'Yes'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "wch-18",
        "largest total amount charged to a single customer",
        "kpi",
        None,
        "max(total_charges)",
        sql="SELECT MAX(total_charges) AS y FROM wa_churn",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "wch-19",
        "churn rate of senior citizens compared with other customers",
        "bar",
        "senior_citizen",
        "100 * avg(churn = 'Yes')",
        sql=f"SELECT senior_citizen AS x, {RATE} AS y FROM wa_churn GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "wch-20",
        "average tenure by contract type for customers who left and customers who stayed",
        "bar",
        "contract",
        "avg(tenure)",
        "churn",
        sql="SELECT contract AS x, AVG(tenure) AS y, churn AS color FROM wa_churn GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "wch-21",
        "how many customers have 0, 1, 2 … 6 of the add-on services (online security, online"
        " backup, device protection, tech support, streaming TV, streaming movies)?",
        "bar",
        "(online_security = 'Yes') + (online_backup = 'Yes') + (device_protection = 'Yes')"
        " + (tech_support = 'Yes') + (streaming_tv = 'Yes') + (streaming_movies = 'Yes')",
        "count(*)",
        sql=f"SELECT {ADDONS} AS x, COUNT(*) AS y FROM wa_churn GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="count-of-entity condition-value",
    ),
    Q(
        "wch-22",
        "average monthly charges of customers who stream both TV and movies",
        "kpi",
        None,
        "avg(monthly_charges)",
        sql="SELECT AVG(monthly_charges) AS y FROM wa_churn WHERE streaming_tv = 'Yes'"
        " AND streaming_movies = 'Yes'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "wch-23",
        "What share of customers use paperless billing, in percent?",
        "kpi",
        None,
        "100 * avg(paperless_billing)",
        sql="SELECT 100.0 * AVG(paperless_billing) AS y FROM wa_churn",
        hard="Medium",
        tags="kpi",
    ),
    Q(
        "wch-24",
        "average monthly charges by payment method",
        "bar",
        "payment_method",
        "avg(monthly_charges)",
        sql="SELECT payment_method AS x, AVG(monthly_charges) AS y FROM wa_churn GROUP BY x"
        " ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "wch-25",
        "cheapest monthly charge paid by a fiber optic customer",
        "kpi",
        None,
        "min(monthly_charges)",
        sql="SELECT MIN(monthly_charges) AS y FROM wa_churn WHERE internet_service = 'Fiber optic'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "wch-26",
        "How many customers have both a partner and dependents?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wa_churn WHERE partner = 1 AND dependents = 1",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "wch-27",
        "churn rate (%) by tenure band of 12 months",
        "bar",
        "tenure",
        "100 * avg(churn = 'Yes')",
        sql=f"SELECT FLOOR(tenure / 12) * 12 AS x, {RATE} AS y FROM wa_churn GROUP BY x ORDER BY x",
        hard="Hard",
        tags="",
    ),
    Q(
        "wch-28",
        "average monthly charges by gender (female = 1) and senior citizen status",
        "bar",
        "female",
        "avg(monthly_charges)",
        "senior_citizen",
        sql="SELECT female AS x, AVG(monthly_charges) AS y, senior_citizen AS color FROM wa_churn"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "wch-29",
        "which tenure lengths (in months) have more than 150 customers?",
        "bar",
        "tenure",
        "count(*)",
        sql="SELECT tenure AS x, COUNT(*) AS y FROM wa_churn GROUP BY x HAVING COUNT(*) > 150"
        " ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "wch-30",
        "the 2 payment methods whose customers have the shortest average tenure",
        "bar",
        "payment_method",
        "avg(tenure)",
        sql="SELECT payment_method AS x, AVG(tenure) AS y FROM wa_churn GROUP BY x ORDER BY y, x"
        " LIMIT 2",
        sort="y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "wch-31",
        "number of customers without phone service",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM wa_churn WHERE phone_service = 0",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "wch-32",
        "average monthly charges of customers who churned in their first 6 months (tenure"
        " under 6), by contract",
        "bar",
        "contract",
        "avg(monthly_charges)",
        sql="SELECT contract AS x, AVG(monthly_charges) AS y FROM wa_churn WHERE churn = 'Yes'"
        " AND tenure < 6 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value condition-number",
    ),
    Q(
        "wch-33",
        "average total charges of churned month-to-month customers with fiber optic",
        "kpi",
        None,
        "avg(total_charges)",
        sql="SELECT AVG(total_charges) AS y FROM wa_churn WHERE churn = 'Yes'"
        " AND contract = 'Month-to-month' AND internet_service = 'Fiber optic'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "wch-34",
        "scatter of monthly charges and total charges for senior citizens who churned",
        "point",
        "monthly_charges",
        "total_charges",
        sql="SELECT monthly_charges AS x, total_charges AS y FROM wa_churn WHERE senior_citizen = 1"
        " AND churn = 'Yes' ORDER BY x, y",
        spec=(),
        hard="Medium",
        tags="scatter condition-value condition-number",
    ),
]
