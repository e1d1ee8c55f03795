"""Tennessee's Project STAR class-size experiment, 1985–1989 (AER ``STAR``).

One table, one row per student (11,598; ``rownames`` R's row names, kept):
``gender``, ``ethnicity`` (``cauc``, ``afam``, ``asian``, ``hispanic``,
``amindian``, ``other``), ``birth`` (text year and quarter, ``1979 Q3``), and
per grade — suffix ``k`` kindergarten, ``1``, ``2``, ``3`` — the class type
``star*`` (``small``, ``regular``, ``regular+aide``; NULL when the student was
not in the study that year), the scaled scores ``read*`` and ``math*``,
``lunch*`` (``free``/``non-free``), ``school*`` (``inner-city``, ``suburban``,
``rural``, ``urban``), the teacher's ``degree*`` (``bachelor``, ``master``,
``master+``, ``specialist``), career ``ladder*`` (``level1`` …, ``apprentice``,
``probation``, ``pending``), years of ``experience*`` and ``tethnicity*``, and
the ``system*`` (school district) and ``schoolid*`` ids.
"""

from itemdef import Q

DB = "star"
T = "STAR"

ITEMS = [
    Q(
        "star-01",
        "average kindergarten math score by class type",
        "bar",
        "stark",
        "avg(mathk)",
        sql=f"SELECT stark AS x, AVG(mathk) AS y FROM {T} WHERE stark IS NOT NULL"
        " AND mathk IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "star-02",
        "How many students were in a small class in kindergarten?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE stark = 'small'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "star-03",
        "mean 3rd grade reading score by school location (inner-city, suburban, rural, urban)",
        "bar",
        "school3",
        "avg(read3)",
        sql=f"SELECT school3 AS x, AVG(read3) AS y FROM {T} WHERE school3 IS NOT NULL"
        " AND read3 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "star-04",
        "number of students by ethnicity",
        "bar",
        "ethnicity",
        "count(*)",
        sql=f"SELECT ethnicity AS x, COUNT(*) AS y FROM {T} WHERE ethnicity IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "star-05",
        "pie of first graders by class type",
        "arc",
        "star1",
        "count(*)",
        sql=f"SELECT star1 AS x, COUNT(*) AS y FROM {T} WHERE star1 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "star-06",
        "histogram of kindergarten reading scores with 25-point bins",
        "bar",
        "readk",
        "count(*)",
        sql=f"SELECT FLOOR(readk / 25) * 25 AS x, COUNT(*) AS y FROM {T} WHERE readk IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity abbreviation",
    ),
    Q(
        "star-07",
        "scatter of kindergarten reading (x) vs kindergarten math (y) for kids in small classes",
        "point",
        "readk",
        "mathk",
        sql=f"SELECT readk AS x, mathk AS y FROM {T} WHERE stark = 'small'"
        " AND readk IS NOT NULL AND mathk IS NOT NULL",
        hard="Hard",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "star-08",
        "avg first grade math score, free lunch vs non-free lunch",
        "bar",
        "lunch1",
        "avg(math1)",
        sql=f"SELECT lunch1 AS x, AVG(math1) AS y FROM {T} WHERE lunch1 IS NOT NULL"
        " AND math1 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "star-09",
        "average years of experience of the kindergarten teacher by the teacher's highest degree",
        "bar",
        "degreek",
        "avg(experiencek)",
        sql=f"SELECT degreek AS x, AVG(experiencek) AS y FROM {T} WHERE degreek IS NOT NULL"
        " AND experiencek IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="abbreviation",
    ),
    Q(
        "star-10",
        "kindergartners by class type and school location, stacked bars",
        "bar",
        "stark",
        "count(*)",
        "schoolk",
        sql=f"SELECT stark AS x, COUNT(*) AS y, schoolk AS color FROM {T} WHERE stark IS NOT NULL"
        " AND schoolk IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "star-11",
        "average 2nd grade math by class type and gender",
        "bar",
        "star2",
        "avg(math2)",
        "gender",
        sql=f"SELECT star2 AS x, AVG(math2) AS y, gender AS color FROM {T} WHERE star2 IS NOT NULL"
        " AND gender IS NOT NULL AND math2 IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "star-12",
        "number of students born in each quarter, over time",
        "line",
        "birth",
        "count(*)",
        sql=f"SELECT birth AS x, COUNT(*) AS y FROM {T} WHERE birth IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line count-of-entity",
    ),
    Q(
        "star-13",
        "top 3 schools (kindergarten school id) by number of students in small classes",
        "bar",
        "schoolidk",
        "count(*)",
        sql=f"SELECT schoolidk AS x, COUNT(*) AS y FROM {T} WHERE stark = 'small'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity condition-value abbreviation",
    ),
    Q(
        "star-14",
        "which schools had more than 140 kindergartners in the study? (kindergarten school id)",
        "bar",
        "schoolidk",
        "count(*)",
        sql=f"SELECT schoolidk AS x, COUNT(*) AS y FROM {T} WHERE schoolidk IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) > 140 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity abbreviation",
    ),
    Q(
        "star-15",
        "How many kindergartners had a teacher whose highest degree was a master's?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE degreek = 'master'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "star-16",
        "average 3rd grade math score by the teacher's career ladder level",
        "bar",
        "ladder3",
        "avg(math3)",
        sql=f"SELECT ladder3 AS x, AVG(math3) AS y FROM {T} WHERE ladder3 IS NOT NULL"
        " AND math3 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "star-17",
        "lowest first grade reading score in each class type",
        "bar",
        "star1",
        "min(read1)",
        sql=f"SELECT star1 AS x, MIN(read1) AS y FROM {T} WHERE star1 IS NOT NULL"
        " AND read1 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max abbreviation",
    ),
    Q(
        "star-18",
        "how many boys scored above 550 in kindergarten math?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE gender = 'male' AND mathk > 550",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-number abbreviation",
    ),
    Q(
        "star-19",
        "average kindergarten reading score by class type, only for teachers with more than 20"
        " years of experience",
        "bar",
        "stark",
        "avg(readk)",
        sql=f"SELECT stark AS x, AVG(readk) AS y FROM {T} WHERE experiencek > 20"
        " AND stark IS NOT NULL AND readk IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-number abbreviation",
    ),
    Q(
        "star-20",
        "3rd graders in regular classes with an aide, by school location",
        "bar",
        "school3",
        "count(*)",
        sql=f"SELECT school3 AS x, COUNT(*) AS y FROM {T} WHERE star3 = 'regular+aide'"
        " AND school3 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value abbreviation",
    ),
    Q(
        "star-21",
        "mean grade 1 math score by the first grade teacher's ethnicity",
        "bar",
        "tethnicity1",
        "avg(math1)",
        sql=f"SELECT tethnicity1 AS x, AVG(math1) AS y FROM {T} WHERE tethnicity1 IS NOT NULL"
        " AND math1 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "star-22",
        "share of boys and girls among the students",
        "arc",
        "gender",
        "count(*)",
        sql=f"SELECT gender AS x, COUNT(*) AS y FROM {T} WHERE gender IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "star-23",
        "How many kindergartners on free lunch were in small classes?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE lunchk = 'free' AND stark = 'small'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "star-24",
        "top 5 school districts by average kindergarten math score",
        "bar",
        "systemk",
        "avg(mathk)",
        sql=f"SELECT systemk AS x, AVG(mathk) AS y FROM {T} WHERE systemk IS NOT NULL"
        " AND mathk IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n abbreviation",
    ),
    Q(
        "star-25",
        "first graders per school system, for systems with at least 300 of them",
        "bar",
        "system1",
        "count(*)",
        sql=f"SELECT system1 AS x, COUNT(*) AS y FROM {T} WHERE system1 IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) >= 300 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity abbreviation",
    ),
    Q(
        "star-26",
        "highest 3rd grade math score for each ethnicity",
        "bar",
        "ethnicity",
        "max(math3)",
        sql=f"SELECT ethnicity AS x, MAX(math3) AS y FROM {T} WHERE ethnicity IS NOT NULL"
        " AND math3 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max abbreviation",
    ),
    Q(
        "star-27",
        "average 2nd grade reading score by lunch status and ethnicity, Black and white students"
        " only",
        "bar",
        "lunch2",
        "avg(read2)",
        "ethnicity",
        sql=f"SELECT lunch2 AS x, AVG(read2) AS y, ethnicity AS color FROM {T}"
        " WHERE ethnicity IN ('afam', 'cauc') AND lunch2 IS NOT NULL AND read2 IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive condition-value abbreviation",
    ),
    Q(
        "star-28",
        "distribution of first grade math scores in 20-point bins",
        "bar",
        "math1",
        "count(*)",
        sql=f"SELECT FLOOR(math1 / 20) * 20 AS x, COUNT(*) AS y FROM {T} WHERE math1 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity abbreviation",
    ),
]
