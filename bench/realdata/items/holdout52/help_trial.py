"""The HELP trial: detox inpatients in Boston and their follow-up interviews (mosaicData's HELPrct
and HELPfull).

The Health Evaluation and Linkage to Primary Care study randomized adult inpatients of a
detoxification unit who had no primary care physician to a multidisciplinary HELP clinic or to usual
care, and interviewed them at baseline and every 6 months for 2 years (Samet et al., *Addiction*
2003).

``HELPrct``: one row per patient (453; the subjects fully observed on the main baseline variables),
lowercase names, labelled categories, all measured at baseline unless said: ``id`` (subject id, 1 …
470, unique), ``age`` (years, 19–60), ``sex`` (``male``/``female``) and ``female`` (1 = female),
``racegrp`` (``black``, ``white``, ``hispanic``, ``other``), ``substance`` (primary substance of
abuse: ``alcohol`` 177, ``cocaine`` 152, ``heroin`` 124), ``treat`` (randomized to the HELP clinic:
``yes`` 225 / ``no`` 228), ``homeless`` (``homeless``/``housed``), ``g1b`` (serious thoughts of
suicide in the last 30 days, ``yes``/``no``), ``cesd`` (CES-D depression score, 1–60, higher = more
depressive symptoms), ``pcs`` and ``mcs`` (SF-36 physical and mental component scores, lower =
worse), ``i1``/``avg_drinks`` (average drinks a day in the past 30 days; the two columns are equal),
``i2``/``max_drinks`` (maximum drinks in a day, past 30 days), ``d1``/``hospitalizations`` (lifetime
hospitalizations for medical problems; equal), ``e2b`` (times entered a detox programme in the past
6 months; NULL for 239), ``indtot`` (InDUC drug-use consequences score), ``pss_fr`` (perceived
social support from friends, 0–14), ``drugrisk`` and ``sexrisk`` (Risk Assessment Battery scores),
``satreat`` (any substance-abuse treatment at baseline, ``yes``/``no``), and the outcomes after
detox: ``link``/``linkstatus`` (linked to primary care within 12 months, ``yes``/``no`` and 1/0;
NULL for 22), ``dayslink`` (days to linkage or censoring; NULL for 22), ``anysub``/``anysubstatus``
(used any substance after detox; NULL for 207) and ``daysanysub`` (days to first use; NULL for 209).

``HELPfull``: one row per interview (1,472) of 470 subjects, ``ID`` (the same ids), ``TIME`` (the
interview: 0 = baseline, 6, 12, 18, 24 months; 470, 254, 217, 254 and 277 interviews) and
``PREV_TIME`` (the ``TIME`` of the patient's previous interview, NULL at baseline), with 788
uppercase columns in all — mostly the raw questionnaire items coded as numbers (``A1``, ``B3A``,
``H1_30`` … ``Z2``; e.g. ``A1`` sex 1 = male, 2 = female) and scores such as ``CES_D`` (depression,
0–60), ``CESD_CUT`` (1 when ``CES_D`` > 21), ``PCS``, ``MCS``, ``ANY_VIS`` (visits to a regular
doctor since the last interview; follow-ups only), ``REG_MD`` (has a regular doctor, follow-ups
only), ``HOMELESS``, ``SMOKER``, ``ANY_INS`` (0/1 at each interview), ``ALCQ_30`` (total drinks in
the past 30 days), ``PSS_FR``, ``INDTOT``. Baseline characteristics are filled in at ``TIME`` 0 only
(``AGE``, ``RACE`` 1–4, ``PRIM_SUB`` 1 = alcohol, 2 = cocaine, 3 = heroin …); at follow-ups they are
NULL; ``GROUP`` (0 = control, 1 = clinic) is set on every row.

Join: ``HELPrct.id`` → ``HELPfull.ID`` (same name up to case: one identifier in DuckDB, so a query
must qualify it; same-name-join). Every one of the 453 ``HELPrct`` patients has a baseline row in
``HELPfull``; the 17 ``HELPfull`` subjects missing from ``HELPrct`` (and their 43 interviews) drop
out of a join. ``HELPfull`` holds up to five rows per patient, so a baseline figure taken through
the join must be filtered to one ``TIME`` (a join on ``id`` alone repeats each patient 1–5 times).
Many names exist in both tables up to case (``age``/``AGE``, ``pcs``/``PCS``,
``homeless``/``HOMELESS``, ``satreat``/``SATREAT`` …), text labels on the ``HELPrct`` side and 0/1
codes on the other; follow-up questions asked by a baseline label (substance, race group, sex) take
the label from ``HELPrct``. A patient's interviews are compared with each other by meeting
``HELPfull`` with itself on ``ID`` and two fixed ``TIME`` values (role-join), or on ``ID`` and
``PREV_TIME`` → ``TIME`` (an interview and the one before it; every follow-up finds its previous
interview).
"""

from itemdef import Q

DB = "help_trial"
R = "HELPrct"
F = "HELPfull"
J = "FROM HELPfull f JOIN HELPrct r ON r.id = f.ID"
BASE_24 = "FROM HELPfull b JOIN HELPfull f ON f.ID = b.ID AND b.TIME = 0 AND f.TIME = 24"

ITEMS = [
    Q(
        "hlpt-01",
        "How many patients in the HELP study had alcohol as their primary substance?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {R} WHERE substance = 'alcohol'",
        hard="Easy",
        tags="kpi condition-value count-of-entity",
    ),
    Q(
        "hlpt-02",
        "number of patients by primary substance of abuse",
        "bar",
        "substance",
        "count(*)",
        sql=f"SELECT substance AS x, COUNT(*) AS y FROM {R} GROUP BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "hlpt-03",
        "average baseline CES-D depression score by race/ethnicity",
        "bar",
        "racegrp",
        "avg(cesd)",
        sql=f"SELECT racegrp AS x, AVG(cesd) AS y FROM {R} GROUP BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "hlpt-04",
        "pie of patients by housing status (homeless or housed)",
        "arc",
        "homeless",
        "count(*)",
        sql=f"SELECT homeless AS x, COUNT(*) AS y FROM {R} GROUP BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "hlpt-05",
        "patients by substance and sex",
        "bar",
        "substance",
        "count(*)",
        "sex",
        sql=f"SELECT substance AS x, COUNT(*) AS y, sex AS color FROM {R} GROUP BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "hlpt-06",
        "average age by primary substance and treatment arm (HELP clinic yes/no)",
        "bar",
        "substance",
        "avg(age)",
        "treat",
        sql=f"SELECT substance AS x, AVG(age) AS y, treat AS color FROM {R} GROUP BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "hlpt-07",
        "histogram of baseline depression scores (CES-D), bins of 5 points",
        "bar",
        "cesd",
        "count(*)",
        sql=f"SELECT FLOOR(cesd / 5) * 5 AS x, COUNT(*) AS y FROM {R}"
        " WHERE cesd IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "hlpt-08",
        "SF-36 physical component score (x) vs mental component score (y) at baseline, one dot per"
        " patient",
        "point",
        "pcs",
        "mcs",
        sql=f"SELECT pcs AS x, mcs AS y FROM {R}",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "hlpt-09",
        "avg drinks per day over the past 30 days for patients whose main substance is alcohol",
        "kpi",
        None,
        "avg(i1)",
        sql=f"SELECT AVG(i1) AS y FROM {R} WHERE substance = 'alcohol'",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "hlpt-10",
        "percentage of patients linked to primary care, HELP clinic vs usual care",
        "bar",
        "treat",
        "avg(linkstatus)",
        sql=f"SELECT treat AS x, 100.0 * AVG(linkstatus) AS y FROM {R}"
        " WHERE linkstatus IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "hlpt-11",
        "top 10 patients by lifetime number of hospitalizations for medical problems",
        "bar",
        "id",
        "d1",
        sql=f"SELECT id AS x, d1 AS y FROM {R} ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "hlpt-12",
        "which substances have an average baseline mental health score (MCS) under 33?",
        "bar",
        "substance",
        "avg(mcs)",
        sql=f"SELECT substance AS x, AVG(mcs) AS y FROM {R} GROUP BY x HAVING AVG(mcs) < 33",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "hlpt-13",
        "How many patients averaged more than 20 drinks a day in the month before detox?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {R} WHERE i1 > 20",
        hard="Medium",
        tags="kpi condition-number count-of-entity abbreviation",
    ),
    Q(
        "hlpt-14",
        "mean number of days until first substance use after detox, by substance",
        "bar",
        "substance",
        "avg(daysanysub)",
        sql=f"SELECT substance AS x, AVG(daysanysub) AS y FROM {R}"
        " WHERE daysanysub IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "hlpt-15",
        "number of patients who had serious thoughts of suicide in the last 30 days, by race group",
        "bar",
        "racegrp",
        "count(*)",
        sql=f"SELECT racegrp AS x, COUNT(*) AS y FROM {R} WHERE g1b = 'yes' GROUP BY x",
        hard="Medium",
        tags="condition-value count-of-entity abbreviation",
    ),
    Q(
        "hlpt-16",
        "age of the oldest woman in the trial",
        "kpi",
        None,
        "max(age)",
        sql=f"SELECT MAX(age) AS y FROM {R} WHERE sex = 'female'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "hlpt-17",
        "average social support from friends, homeless vs housed patients",
        "bar",
        "homeless",
        "avg(pss_fr)",
        sql=f"SELECT homeless AS x, AVG(pss_fr) AS y FROM {R} GROUP BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "hlpt-18",
        "top 10 patients by the most drinks they had in a single day in the past 30 days",
        "bar",
        "id",
        "i2",
        sql=f"SELECT id AS x, i2 AS y FROM {R} ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "hlpt-19",
        "How many different patients had at least one follow-up interview after baseline?",
        "kpi",
        None,
        "count(distinct ID)",
        sql=f"SELECT COUNT(DISTINCT ID) AS y FROM {F} WHERE TIME > 0",
        hard="Medium",
        tags="kpi count-distinct condition-number",
    ),
    Q(
        "hlpt-20",
        "average CES-D score at each interview, baseline through 24 months",
        "line",
        "TIME",
        "avg(CES_D)",
        sql=f"SELECT TIME AS x, AVG(CES_D) AS y FROM {F} WHERE CES_D IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "hlpt-21",
        "how many interviews were done at each time point?",
        "line",
        "TIME",
        "count(*)",
        sql=f"SELECT TIME AS x, COUNT(*) AS y FROM {F} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int count-of-entity",
    ),
    Q(
        "hlpt-22",
        "percent of interviews scoring as depressed (CES-D over 21) at every interview, baseline"
        " to 24 months",
        "line",
        "TIME",
        "avg(CESD_CUT)",
        sql=f"SELECT TIME AS x, 100.0 * AVG(CESD_CUT) AS y FROM {F} WHERE CESD_CUT IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "hlpt-23",
        "average number of visits to a regular doctor reported at the 6, 12, 18 and 24 month"
        " interviews",
        "bar",
        "TIME",
        "avg(ANY_VIS)",
        sql=f"SELECT TIME AS x, AVG(ANY_VIS) AS y FROM {F} WHERE TIME > 0 AND ANY_VIS IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int condition-number abbreviation",
    ),
    Q(
        "hlpt-24",
        "On average, how much did a patient's CES-D change from baseline to the 24-month"
        " interview?",
        "kpi",
        None,
        "avg(CES_D - CES_D)",
        sql=f"SELECT AVG(f.CES_D - b.CES_D) AS y {BASE_24}",
        hard="Hard",
        tags="kpi role-join abbreviation",
    ),
    Q(
        "hlpt-25",
        "10 patients whose depression score dropped the most between baseline and 24 months",
        "bar",
        "ID",
        "CES_D - CES_D",
        sql=f"SELECT f.ID AS x, b.CES_D - f.CES_D AS y {BASE_24}"
        " WHERE b.CES_D IS NOT NULL AND f.CES_D IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="top-n role-join abbreviation",
    ),
    Q(
        "hlpt-26",
        "each patient's CES-D at 6 months (x) against their CES-D at 24 months (y)",
        "point",
        "CES_D",
        "CES_D",
        sql="SELECT s.CES_D AS x, f.CES_D AS y FROM HELPfull s JOIN HELPfull f ON f.ID = s.ID"
        " AND s.TIME = 6 AND f.TIME = 24 WHERE s.CES_D IS NOT NULL AND f.CES_D IS NOT NULL",
        hard="Hard",
        tags="scatter role-join abbreviation",
    ),
    Q(
        "hlpt-27",
        "average CES-D at every interview time, one line per primary substance",
        "line",
        "TIME",
        "avg(CES_D)",
        "substance",
        sql=f"SELECT f.TIME AS x, AVG(f.CES_D) AS y, r.substance AS color {J}"
        " WHERE f.CES_D IS NOT NULL GROUP BY x, color ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join same-name-join time-line multi-series calendar-int abbreviation",
    ),
    Q(
        "hlpt-28",
        "average mental component score at the 24-month interview by race group",
        "bar",
        "racegrp",
        "avg(MCS)",
        sql=f"SELECT r.racegrp AS x, AVG(f.MCS) AS y {J} WHERE f.TIME = 24 AND f.MCS IS NOT NULL"
        " GROUP BY x",
        hard="Hard",
        tags="join same-name-join condition-number abbreviation",
    ),
    Q(
        "hlpt-29",
        "How many heroin patients were interviewed at 24 months?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {J} WHERE r.substance = 'heroin' AND f.TIME = 24",
        hard="Medium",
        tags="join same-name-join kpi condition-value condition-number count-of-entity",
    ),
    Q(
        "hlpt-30",
        "substances whose patients averaged more than 1.6 doctor visits per follow-up interview",
        "bar",
        "substance",
        "avg(ANY_VIS)",
        sql=f"SELECT r.substance AS x, AVG(f.ANY_VIS) AS y {J} WHERE f.TIME > 0"
        " GROUP BY x HAVING AVG(f.ANY_VIS) > 1.6",
        hard="Hard",
        tags="join same-name-join having condition-number abbreviation",
    ),
    Q(
        "hlpt-31",
        "average CES-D at the 12-month follow-up for patients who were over 40 at baseline",
        "kpi",
        None,
        "avg(CES_D)",
        sql=f"SELECT AVG(f.CES_D) AS y {J} WHERE r.age > 40 AND f.TIME = 12",
        hard="Hard",
        tags="join same-name-join kpi condition-number abbreviation",
    ),
    Q(
        "hlpt-32",
        "24-month interviews by primary substance and sex",
        "bar",
        "substance",
        "count(*)",
        "sex",
        sql=f"SELECT r.substance AS x, COUNT(*) AS y, r.sex AS color {J} WHERE f.TIME = 24"
        " GROUP BY x, color",
        hard="Hard",
        tags="join same-name-join two-category condition-number count-of-entity",
    ),
    Q(
        "hlpt-33",
        "share of 6-month interviews at which the patient was homeless, by primary substance"
        " (percent)",
        "bar",
        "substance",
        "avg(HOMELESS)",
        sql=f"SELECT r.substance AS x, 100.0 * AVG(f.HOMELESS) AS y {J}"
        " WHERE f.TIME = 6 AND f.HOMELESS IS NOT NULL GROUP BY x",
        hard="Hard",
        tags="join same-name-join condition-number",
    ),
    Q(
        "hlpt-34",
        "average total drinks in the past 30 days at the 6-month interview, by substance and sex",
        "bar",
        "substance",
        "avg(ALCQ_30)",
        "sex",
        sql=f"SELECT r.substance AS x, AVG(f.ALCQ_30) AS y, r.sex AS color {J}"
        " WHERE f.TIME = 6 AND f.ALCQ_30 IS NOT NULL GROUP BY x, color",
        hard="Extra Hard",
        tags="join same-name-join two-category non-additive condition-number abbreviation",
    ),
    Q(
        "hlpt-35",
        "How many patients randomized to the HELP clinic completed all four follow-up interviews?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM HELPrct r WHERE r.treat = 'yes' AND r.id IN"
        " (SELECT ID FROM HELPfull WHERE TIME > 0 GROUP BY ID HAVING COUNT(*) = 4)",
        hard="Extra Hard",
        tags="join same-name-join kpi condition-value count-of-entity",
    ),
    Q(
        "hlpt-36",
        "average change in CES-D since the patient's previous interview, at each follow-up time",
        "bar",
        "TIME",
        "avg(CES_D - CES_D)",
        sql="SELECT c.TIME AS x, AVG(c.CES_D - p.CES_D) AS y FROM HELPfull c"
        " JOIN HELPfull p ON p.ID = c.ID AND p.TIME = c.PREV_TIME"
        " WHERE c.CES_D IS NOT NULL AND p.CES_D IS NOT NULL GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="role-join key-join calendar-int abbreviation",
    ),
]
