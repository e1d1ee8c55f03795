"""The Mayo Clinic trial of ursodeoxycholic acid in primary biliary cirrhosis (survival's udca, udca2).

``udca``: one row per patient, 170 patients (K. D. Lindor et al., Gastroenterology 1994): ``id``
(1 … 170, unique), ``trt`` (BIGINT, 1 = UDCA, 0 = placebo; 86 and 84), ``stage`` (BIGINT, 0/1: the
help page says only "stage of disease"; 53 and 117), ``bili`` (bilirubin at entry, DOUBLE, 0.3 …
14.5, no unit in the help page), ``riskscore`` (the Mayo PBC risk score at entry, 2.9 … 9.3, NULL
for one patient) and ten DATE columns with R's dotted names, which need quoting: ``entry.dt``
(entry into the study, 21 April 1988 – 1 May 1991), ``last.dt`` (last on-study visit, January 1989
– 30 June 1993, the study's close for 108 patients) and the dates of eight endpoints, NULL when
the endpoint was not reached: ``death.dt`` (16 patients), ``tx.dt`` (liver transplant, 12),
``hprogress.dt`` (histologic progression, 20), ``varices.dt`` (oesophageal varices, 25),
``ascites.dt`` (6), ``enceph.dt`` (encephalopathy, 4), ``double.dt`` (doubling of the initial
bilirubin, 17) and ``worsen.dt`` (worsening of symptoms by two stages, 16); 72 patients reached at
least one. A death or transplant can fall after ``last.dt`` (10 patients).

``udca2``: the same patients with one row per patient and endpoint, 170 × 8 = 1,360 rows:
``id``, ``trt``, ``stage``, ``bili`` and ``riskscore`` repeated from ``udca``, ``endpoint`` (text:
``death``, ``transplant``, ``histologic progression``, ``varices``, ``ascites``,
``encephalopathy``, ``doubling of bilirubin``, ``worsening of symptoms``), ``status`` (1 when the
patient reached it, 116 rows) and ``futime`` (days from entry to the endpoint, or to the last
visit when it was not reached). Checked: ``status`` is 1 exactly where ``udca``'s date of that
endpoint is set, and ``futime`` is the days from ``entry.dt`` to that date or else to ``last.dt``,
on all 1,360 rows. Counting patients in ``udca2`` takes ``COUNT(DISTINCT id)`` or one endpoint.

Join: ``udca2.id`` → ``udca.id`` (same-name-join; every ``udca2`` row finds its patient, eight
rows per patient, nothing drops out); the gold joins it to reach ``udca``'s dates from an
endpoint row. ``udca2`` meets itself on ``id`` to pair two endpoints of the same patient
(role-join).
"""

from itemdef import Q

DB = "udca_trial"
ENTRY = '"entry.dt"'
LAST = '"last.dt"'
DEATH = '"death.dt"'
VARICES = '"varices.dt"'
J = "FROM udca2 v JOIN udca u ON u.id = v.id"

ITEMS = [
    Q(
        "udc-01",
        "How many patients took part in the UDCA trial?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM udca",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "udc-02",
        "number of patients in each treatment arm",
        "bar",
        "trt",
        "count(*)",
        sql="SELECT trt AS x, COUNT(*) AS y FROM udca GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "udc-03",
        "patients enrolled per month",
        "line",
        "month(entry.dt)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {ENTRY}) AS x, COUNT(*) AS y FROM udca GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin count-of-entity abbreviation",
    ),
    Q(
        "udc-04",
        "patients enrolled each year, stacked by treatment arm",
        "bar",
        "year(entry.dt)",
        "count(*)",
        "trt",
        sql=f"SELECT YEAR({ENTRY}) AS x, COUNT(*) AS y, trt AS color FROM udca GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category temporal-bin count-of-entity abbreviation",
    ),
    Q(
        "udc-05",
        "average bilirubin at entry by disease stage",
        "bar",
        "stage",
        "avg(bili)",
        sql="SELECT stage AS x, AVG(bili) AS y FROM udca GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "udc-06",
        "average Mayo risk score by disease stage and treatment arm",
        "bar",
        "stage",
        "avg(riskscore)",
        "trt",
        sql="SELECT stage AS x, AVG(riskscore) AS y, trt AS color FROM udca"
        " WHERE riskscore IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "udc-07",
        "distribution of bilirubin at entry, in bins of 1",
        "bar",
        "bili",
        "count(*)",
        sql="SELECT FLOOR(bili / 1) * 1 AS x, COUNT(*) AS y FROM udca GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "udc-08",
        "bilirubin at entry (x) vs Mayo risk score (y) for each patient",
        "point",
        "bili",
        "riskscore",
        sql="SELECT bili AS x, riskscore AS y FROM udca WHERE riskscore IS NOT NULL",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "udc-09",
        "How many patients died?",
        "kpi",
        None,
        "count(death.dt)",
        sql=f"SELECT COUNT(*) AS y FROM udca WHERE {DEATH} IS NOT NULL",
        hard="Medium",
        tags="kpi count-of-entity abbreviation",
    ),
    Q(
        "udc-10",
        "how many patients reached each endpoint",
        "bar",
        "endpoint",
        "count(*)",
        sql="SELECT endpoint AS x, COUNT(*) AS y FROM udca2 WHERE status = 1 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number",
    ),
    Q(
        "udc-11",
        "patients reaching each endpoint, UDCA vs placebo, stacked",
        "bar",
        "endpoint",
        "count(*)",
        "trt",
        sql="SELECT endpoint AS x, COUNT(*) AS y, trt AS color FROM udca2 WHERE status = 1"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity condition-number abbreviation",
    ),
    Q(
        "udc-12",
        "pie of all endpoint events by type of endpoint",
        "arc",
        "endpoint",
        "count(*)",
        sql="SELECT endpoint AS x, COUNT(*) AS y FROM udca2 WHERE status = 1 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-number",
    ),
    Q(
        "udc-13",
        "average days from entry to death (for survivors, to the last visit), by treatment arm",
        "bar",
        "trt",
        "avg(futime)",
        sql="SELECT trt AS x, AVG(futime) AS y FROM udca2 WHERE endpoint = 'death' GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "udc-14",
        "the 5 patients with the highest bilirubin at entry",
        "bar",
        "id",
        "bili",
        sql="SELECT id AS x, bili AS y FROM udca ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Easy",
        tags="top-n abbreviation",
    ),
    Q(
        "udc-15",
        "How many patients had a bilirubin above 2 at entry?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM udca WHERE bili > 2",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "udc-16",
        "patients who developed oesophageal varices, by the year the varices appeared",
        "bar",
        "year(varices.dt)",
        "count(*)",
        sql=f"SELECT YEAR({VARICES}) AS x, COUNT(*) AS y FROM udca WHERE {VARICES} IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity abbreviation",
    ),
    Q(
        "udc-17",
        "deaths per year",
        "bar",
        "year(death.dt)",
        "count(*)",
        sql=f"SELECT YEAR({DEATH}) AS x, COUNT(*) AS y FROM udca WHERE {DEATH} IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity abbreviation",
    ),
    Q(
        "udc-18",
        "How many patients entered the study in 1989?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM udca WHERE YEAR({ENTRY}) = 1989",
        hard="Easy",
        tags="kpi count-of-entity condition-year abbreviation",
    ),
    Q(
        "udc-19",
        "Among the patients who developed varices, how many days after entering the study did they"
        " appear, on average?",
        "kpi",
        None,
        "avg(varices.dt - entry.dt)",
        sql=f"SELECT AVG(DATEDIFF('day', {ENTRY}, {VARICES})) AS y FROM udca"
        f" WHERE {VARICES} IS NOT NULL",
        hard="Hard",
        tags="kpi abbreviation",
    ),
    Q(
        "udc-20",
        "endpoints reached by more than 10 placebo patients",
        "bar",
        "endpoint",
        "count(*)",
        sql="SELECT endpoint AS x, COUNT(*) AS y FROM udca2 WHERE trt = 0 AND status = 1"
        " GROUP BY x HAVING COUNT(*) > 10 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity condition-number abbreviation",
    ),
    Q(
        "udc-21",
        "average bilirubin at entry of the patients who reached each endpoint",
        "bar",
        "endpoint",
        "avg(bili)",
        sql="SELECT endpoint AS x, AVG(bili) AS y FROM udca2 WHERE status = 1 GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="condition-number abbreviation",
    ),
    Q(
        "udc-22",
        "How many patients had their last on-study visit on 30 June 1993?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM udca WHERE {LAST} = DATE '1993-06-30'",
        hard="Medium",
        tags="kpi count-of-entity abbreviation",
    ),
    Q(
        "udc-23",
        "patients by the year of their last on-study visit",
        "bar",
        "year(last.dt)",
        "count(*)",
        sql=f"SELECT YEAR({LAST}) AS x, COUNT(*) AS y FROM udca GROUP BY x ORDER BY x",
        hard="Easy",
        tags="temporal-bin count-of-entity abbreviation",
    ),
    Q(
        "udc-24",
        "How many patients reached both the varices endpoint and death?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM udca2 a JOIN udca2 b ON a.id = b.id"
        " WHERE a.endpoint = 'varices' AND a.status = 1 AND b.endpoint = 'death' AND b.status = 1",
        hard="Hard",
        tags="kpi count-of-entity role-join condition-value condition-number",
    ),
    Q(
        "udc-25",
        "Among the patients whose bilirubin doubled, how many reached each of the other endpoints?",
        "bar",
        "endpoint",
        "count(*)",
        sql="SELECT a.endpoint AS x, COUNT(*) AS y FROM udca2 a JOIN udca2 b ON a.id = b.id"
        " AND b.endpoint = 'doubling of bilirubin' AND b.status = 1"
        " WHERE a.status = 1 AND a.endpoint <> 'doubling of bilirubin' GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="count-of-entity role-join condition-value condition-number",
    ),
    Q(
        "udc-26",
        "number of endpoint events by the year the patient entered the study",
        "bar",
        "year(entry.dt)",
        "count(*)",
        sql=f"SELECT YEAR(u.{ENTRY}) AS x, COUNT(*) AS y {J} WHERE v.status = 1 GROUP BY x"
        " ORDER BY x",
        hard="Hard",
        tags="join same-name-join temporal-bin count-of-entity condition-number abbreviation",
    ),
    Q(
        "udc-27",
        "For patients who entered in 1988, how many reached each endpoint?",
        "bar",
        "endpoint",
        "count(*)",
        sql=f"SELECT v.endpoint AS x, COUNT(*) AS y {J} WHERE v.status = 1"
        f" AND YEAR(u.{ENTRY}) = 1988 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-year condition-number abbreviation",
    ),
    Q(
        "udc-28",
        "average days of follow-up until death (for survivors, until the last visit), by year of"
        " entry",
        "bar",
        "year(entry.dt)",
        "avg(futime)",
        sql=f"SELECT YEAR(u.{ENTRY}) AS x, AVG(v.futime) AS y {J} WHERE v.endpoint = 'death'"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join temporal-bin condition-value abbreviation",
    ),
    Q(
        "udc-29",
        "How many histologic progression events were there among patients whose last visit was"
        " before 1993?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J} WHERE v.endpoint = 'histologic progression'"
        f" AND v.status = 1 AND u.{LAST} < DATE '1993-01-01'",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-value condition-number"
        " condition-year-range abbreviation",
    ),
    Q(
        "udc-30",
        "each patient's entry date (x) against the days of follow-up until death, or until the last"
        " visit for survivors (y)",
        "point",
        "entry.dt",
        "futime",
        sql=f"SELECT u.{ENTRY} AS x, v.futime AS y {J} WHERE v.endpoint = 'death'",
        hard="Hard",
        tags="scatter join same-name-join condition-value abbreviation",
    ),
    Q(
        "udc-31",
        "average number of endpoints reached per patient, by treatment arm",
        "bar",
        "trt",
        "sum(status) / count(distinct id)",
        sql="SELECT trt AS x, SUM(status) / COUNT(DISTINCT id) AS y FROM udca2 GROUP BY x"
        " ORDER BY x",
        hard="Hard",
        tags="count-distinct abbreviation",
    ),
    Q(
        "udc-32",
        "average bilirubin at entry by treatment arm, stage 1 patients only",
        "bar",
        "trt",
        "avg(bili)",
        sql="SELECT trt AS x, AVG(bili) AS y FROM udca WHERE stage = 1 GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-number abbreviation",
    ),
    Q(
        "udc-33",
        "patients enrolled per month during 1988",
        "line",
        "month(entry.dt)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {ENTRY}) AS x, COUNT(*) AS y FROM udca"
        f" WHERE YEAR({ENTRY}) = 1988 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin count-of-entity condition-year abbreviation",
    ),
    Q(
        "udc-34",
        "How many patients reached at least one endpoint within 365 days of entering the study?",
        "kpi",
        None,
        "count(distinct id)",
        sql="SELECT COUNT(DISTINCT id) AS y FROM udca2 WHERE status = 1 AND futime <= 365",
        hard="Hard",
        tags="kpi count-of-entity count-distinct condition-number",
    ),
    Q(
        "udc-35",
        "patients enrolled per month, one line per treatment arm",
        "line",
        "month(entry.dt)",
        "count(*)",
        "trt",
        sql=f"SELECT DATE_TRUNC('month', {ENTRY}) AS x, COUNT(*) AS y, trt AS color FROM udca"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series temporal-bin count-of-entity abbreviation",
    ),
]
