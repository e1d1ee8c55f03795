"""COVID-19 PCR tests at the Children's Hospital of Pennsylvania, 2020 (medicaldata ``covid_testing``).

One table, one row per test: ``subject_id`` (a patient has one or more
tests), ``pan_day`` (day after the start of the pandemic, 4–107), ``clinic_name``
(88 clinics and wards, lower case: ``clinical lab``, ``emergency dept``,
``nicu``, ``inpatient ward a`` …), ``result`` (positive, negative, invalid),
``demo_group``, ``age`` (years), ``drive_thru_ind`` (1 = collected at a
drive-thru), ``ct_result`` (PCR cycle threshold, 45 = not detected),
``orderset``, ``payor_group`` and ``patient_class`` (often NULL),
``col_rec_tat`` (hours from collection to receipt in the lab) and
``rec_ver_tat`` (hours from receipt to verification of the result).
"""

from itemdef import Q

DB = "covid_testing"
T = "covid_testing"

ITEMS = [
    Q(
        "cov-01",
        "number of tests by result",
        "bar",
        "result",
        "count(*)",
        sql=f"SELECT result AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "cov-02",
        "pie chart of test results for specimens collected at a drive-thru",
        "arc",
        "result",
        "count(*)",
        sql=f"SELECT result AS x, COUNT(*) AS y FROM {T} WHERE drive_thru_ind = 1"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-number abbreviation",
    ),
    Q(
        "cov-03",
        "How many different patients were tested?",
        "kpi",
        None,
        "count(distinct subject_id)",
        sql=f"SELECT COUNT(DISTINCT subject_id) AS y FROM {T}",
        hard="Medium",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "cov-04",
        "positive tests per day of the pandemic",
        "line",
        "pan_day",
        "count(*)",
        sql=f"SELECT pan_day AS x, COUNT(*) AS y FROM {T} WHERE result = 'positive'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity condition-value abbreviation",
    ),
    Q(
        "cov-05",
        "top 5 clinics by number of tests",
        "bar",
        "clinic_name",
        "count(*)",
        sql=f"SELECT clinic_name AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "cov-06",
        "average collection-to-receipt turnaround time per clinic, for clinics with more than"
        " 500 tests",
        "bar",
        "clinic_name",
        "avg(col_rec_tat)",
        sql=f"SELECT clinic_name AS x, AVG(col_rec_tat) AS y FROM {T} GROUP BY x"
        " HAVING COUNT(*) > 500 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "cov-07",
        "average receipt-to-verification time by payor group",
        "bar",
        "payor_group",
        "avg(rec_ver_tat)",
        sql=f"SELECT payor_group AS x, AVG(rec_ver_tat) AS y FROM {T}"
        " WHERE payor_group IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "cov-08",
        "number of tests by gender and result, stacked",
        "bar",
        "gender",
        "count(*)",
        "result",
        sql=f"SELECT gender AS x, COUNT(*) AS y, result AS color FROM {T}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "cov-09",
        "average age by demographic group, over all tests",
        "bar",
        "demo_group",
        "avg(age)",
        sql=f"SELECT demo_group AS x, AVG(age) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "cov-10",
        "distribution of age over all tests, in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM {T} WHERE age IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity",
    ),
    Q(
        "cov-11",
        "How many tests came back positive?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE result = 'positive'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "cov-12",
        "drive-thru tests per pandemic day, from day 50 on",
        "line",
        "pan_day",
        "count(*)",
        sql=f"SELECT pan_day AS x, COUNT(*) AS y FROM {T} WHERE drive_thru_ind = 1"
        " AND pan_day >= 50 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int count-of-entity condition-number abbreviation",
    ),
    Q(
        "cov-13",
        "which 5 clinics had the lowest average Ct value on their positive tests?",
        "bar",
        "clinic_name",
        "avg(ct_result)",
        sql=f"SELECT clinic_name AS x, AVG(ct_result) AS y FROM {T} WHERE result = 'positive'"
        " AND ct_result IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Hard",
        tags="top-n condition-value abbreviation",
    ),
    Q(
        "cov-14",
        "tests by patient class for government payors",
        "bar",
        "patient_class",
        "count(*)",
        sql=f"SELECT patient_class AS x, COUNT(*) AS y FROM {T} WHERE payor_group = 'government'"
        " AND patient_class IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value",
    ),
    Q(
        "cov-15",
        "longest receipt-to-verification time for each test result",
        "bar",
        "result",
        "max(rec_ver_tat)",
        sql=f"SELECT result AS x, MAX(rec_ver_tat) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max abbreviation",
    ),
    Q(
        "cov-16",
        "scatter of collection-to-receipt time (x) against receipt-to-verification time (y) for"
        " tests from the emergency dept",
        "point",
        "col_rec_tat",
        "rec_ver_tat",
        sql=f"SELECT col_rec_tat AS x, rec_ver_tat AS y FROM {T} WHERE clinic_name = 'emergency dept'",
        hard="Hard",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "cov-17",
        "clinics with at least 10 invalid tests, with their number of invalid tests",
        "bar",
        "clinic_name",
        "count(*)",
        sql=f"SELECT clinic_name AS x, COUNT(*) AS y FROM {T} WHERE result = 'invalid'"
        " GROUP BY x HAVING COUNT(*) >= 10 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity condition-value",
    ),
    Q(
        "cov-18",
        "average age by gender and test result, side by side",
        "bar",
        "gender",
        "avg(age)",
        "result",
        sql=f"SELECT gender AS x, AVG(age) AS y, result AS color FROM {T}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "cov-19",
        "How many tests were collected at drive-thru sites?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE drive_thru_ind = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "cov-20",
        "number of tests per pandemic day, one line per result",
        "line",
        "pan_day",
        "count(*)",
        "result",
        sql=f"SELECT pan_day AS x, COUNT(*) AS y, result AS color FROM {T}"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series calendar-int count-of-entity abbreviation",
    ),
    Q(
        "cov-21",
        "How many patients were tested more than once?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM (SELECT subject_id FROM {T} GROUP BY subject_id"
        " HAVING COUNT(*) > 1)",
        hard="Extra Hard",
        tags="kpi count-of-entity",
    ),
    Q(
        "cov-22",
        "average patient age for NICU tests",
        "kpi",
        None,
        "avg(age)",
        sql=f"SELECT AVG(age) AS y FROM {T} WHERE clinic_name = 'nicu'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "cov-23",
        "number of tests in each inpatient ward",
        "bar",
        "clinic_name",
        "count(*)",
        sql=f"SELECT clinic_name AS x, COUNT(*) AS y FROM {T}"
        " WHERE clinic_name LIKE 'inpatient ward%' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity condition-value",
    ),
    Q(
        "cov-24",
        "positive tests by gender for people older than 18",
        "bar",
        "gender",
        "count(*)",
        sql=f"SELECT gender AS x, COUNT(*) AS y FROM {T} WHERE result = 'positive' AND age > 18"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value condition-number",
    ),
    Q(
        "cov-25",
        "trend of the average collection-to-receipt turnaround over the first 30 days of the"
        " pandemic",
        "line",
        "pan_day",
        "avg(col_rec_tat)",
        sql=f"SELECT pan_day AS x, AVG(col_rec_tat) AS y FROM {T} WHERE pan_day <= 30"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-number abbreviation",
    ),
    Q(
        "cov-26",
        "histogram of the Ct values of positive tests, bin width 5",
        "bar",
        "ct_result",
        "count(*)",
        sql=f"SELECT FLOOR(ct_result / 5) * 5 AS x, COUNT(*) AS y FROM {T}"
        " WHERE result = 'positive' AND ct_result IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram condition-value abbreviation count-of-entity",
    ),
    Q(
        "cov-27",
        "tests per payor group, largest first",
        "bar",
        "payor_group",
        "count(*)",
        sql=f"SELECT payor_group AS x, COUNT(*) AS y FROM {T} WHERE payor_group IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x",
        sort="-y",
        hard="Easy",
        tags="sorted count-of-entity",
    ),
]
