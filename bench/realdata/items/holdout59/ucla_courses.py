"""UCLA's Fall 2018 course listing and a sample of its courses' textbook prices (openintro's
ucla_f18 and ucla_textbooks_f18).

``ucla_f18``: one row per course listing of the Fall 2018 schedule of classes (3,950 rows; ``year``
2018 and ``term`` ``Fall`` on every row), retrieved from UCLA's registrar on 22 November 2018:
``subject`` (173 subjects: ``Chemistry and Biochemistry``, ``Law``, ``Computer Science`` …),
``subject_abbr`` (``COM SCI``, ``EC ENGR``, ``MATH`` …; NULL on 552 rows of 19 subjects: every row
of ``Theater``, ``Physics``, ``Nursing`` … and 126 of ``Law``'s 127; the scraping leftovers
``Undergraduate`` and ``Graduate`` on 27 rows of ``Law``, ``Bioinformatics`` and ``Neuroscience``),
``course`` (the title, 3,124 distinct), ``course_num`` (text: ``14A``, ``M51A``, ``C191``,
``CM124``, ``A``; an ``M`` prefix marks a course listed under several subjects, 359 rows),
``course_numeric`` (its number as BIGINT, 1–852; NULL for the three leadership or science labs
numbered ``A``/``Z``; below 100 is lower division, 100–199 upper division, 200 and above graduate
and professional) and seven BOOLEAN flags: ``seminar`` (402), ``ind_study`` (independent study,
543), ``apprenticeship`` (86), ``internship`` (50), ``honors_contracts`` (34), ``laboratory`` (72)
and ``special_topic`` (1,182, true exactly when one of the other six is). ``(subject, course_num)``
is not unique (3,777 pairs: several titles under one number), and 19 rows repeat another row
exactly.

``ucla_textbooks_f18``: 201 rows. 200 are a random sample of the lower-division, non-special
listings (``course_numeric`` 1–99, every flag false), one row per sampled listing, with the same 14
columns as ``ucla_f18`` plus the most expensive required textbook's ``textbook_isbn`` (BIGINT; NULL
for the 111 sampled courses without a required book, 79 distinct: some books serve several
courses), its new and used prices at the UCLA bookstore and on Amazon, $ (``bookstore_new`` 89
non-NULL, 6.97–256.75; ``bookstore_used`` 76; ``amazon_new`` 68, all of them with a bookstore
price; ``amazon_used`` 72) and ``notes`` (22, free text). The other row, the 113th, is an export
artefact: ``year`` 9780133356038, ``term`` ``199.96``, ``subject`` ``149.96`` and every other
column NULL, apparently the ISBN and two prices of the row before it (Electrical and Computer
Engineering 2, whose own textbook columns are NULL); the gold never counts it (its subject is never
asked, and it has no price, no title and no number).

Keys: ``ucla_textbooks_f18.subject`` → ``ucla_f18.subject`` (same-name-join): the 74 real subjects
of the sample are all in the listing, whose other 99 subjects drop out of a join; a row-level join
repeats each textbook row once per listing of its subject, so the gold meets the two tables at the
subject level only: per-subject figures joined on ``subject`` (one scatter), or one table's rows
kept by ``IN`` / ``NOT IN`` a subject list computed from the other (five items: subjects by their
course count, their sample size or their average textbook price; the listing's courses of the
subjects with no sampled course). Every sampled course finds its listing on ``(subject, course_num,
course)`` (4 of them twice, exact duplicate listings) and 286 listings on ``(subject, course_num)``
alone; no gold joins a course across the tables. One item meets ``ucla_f18`` with itself on
``course`` (role-join): Computer Science's ``M`` courses whose title Electrical and Computer
Engineering also lists.
"""

from itemdef import Q

DB = "ucla_courses"
C = "ucla_f18"
T = "ucla_textbooks_f18"
LEVEL = (
    "CASE WHEN course_numeric < 100 THEN 'lower division'"
    " WHEN course_numeric < 200 THEN 'upper division' ELSE 'graduate' END"
)

ITEMS = [
    Q(
        "ucf-01",
        "How many courses did UCLA list for Fall 2018?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {C}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "ucf-02",
        "how many different subjects had courses in fall 2018",
        "kpi",
        None,
        "count(distinct subject)",
        sql=f"SELECT COUNT(DISTINCT subject) AS y FROM {C}",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "ucf-03",
        "top 10 subjects by number of courses",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "ucf-04",
        "Which subjects have at least 15 seminar courses?",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE seminar GROUP BY x"
        " HAVING COUNT(*) >= 15",
        hard="Medium",
        tags="having count-of-entity condition-value",
    ),
    Q(
        "ucf-05",
        "pie of fall 2018 courses by level: lower division (numbered under 100), upper division"
        " (100-199) and graduate (200 and up)",
        "arc",
        "course_numeric level",
        "count(*)",
        sql=f"SELECT {LEVEL} AS x, COUNT(*) AS y FROM {C} WHERE course_numeric IS NOT NULL"
        " GROUP BY x",
        hard="Medium",
        tags="share count-of-entity",
    ),
    Q(
        "ucf-06",
        "What percentage of the Fall 2018 courses are independent study?",
        "kpi",
        None,
        "100 * avg(ind_study)",
        sql=f"SELECT 100.0 * AVG(CASE WHEN ind_study THEN 1 ELSE 0 END) AS y FROM {C}",
        hard="Medium",
        tags="kpi abbreviation",
    ),
    Q(
        "ucf-07",
        "the 4 subjects with the most lab courses",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE laboratory GROUP BY x"
        " ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "ucf-08",
        "How many Mathematics courses are numbered 200 or higher?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {C} WHERE subject = 'Mathematics'"
        " AND course_numeric >= 200",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-number",
    ),
    Q(
        "ucf-09",
        "histogram of course numbers, bins of 100",
        "bar",
        "course_numeric",
        "count(*)",
        sql=f"SELECT FLOOR(course_numeric / 100) * 100 AS x, COUNT(*) AS y FROM {C}"
        " WHERE course_numeric IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "ucf-10",
        "lower-division vs upper-division courses in Mathematics, Physics and Statistics"
        " (lower = numbered under 100, upper = 100 to 199), stacked",
        "bar",
        "subject",
        "count(*)",
        "course_numeric level",
        sql=f"SELECT subject AS x, COUNT(*) AS y,"
        " CASE WHEN course_numeric < 100 THEN 'lower division' ELSE 'upper division' END AS color"
        f" FROM {C} WHERE subject IN ('Mathematics', 'Physics', 'Statistics')"
        " AND course_numeric < 200 GROUP BY x, color",
        hard="Hard",
        tags="two-category count-of-entity condition-value condition-number",
    ),
    Q(
        "ucf-11",
        "number of internship courses in each subject that has any",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE internship GROUP BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "ucf-12",
        "number of courses in each engineering subject (subjects with 'Engineering' in the name)",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE subject LIKE '%Engineering%'"
        " GROUP BY x",
        hard="Medium",
        tags="count-of-entity condition-value",
    ),
    Q(
        "ucf-13",
        "Which 4 subjects offer the most graduate-level courses (numbered 200 or above)?",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE course_numeric >= 200"
        " GROUP BY x ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-number",
    ),
    Q(
        "ucf-14",
        "percentage of courses that are seminars in each of the 8 subjects with the most courses",
        "bar",
        "subject",
        "100 * avg(seminar)",
        sql=f"SELECT subject AS x, 100.0 * AVG(CASE WHEN seminar THEN 1 ELSE 0 END) AS y FROM {C}"
        f" WHERE subject IN (SELECT subject FROM {C} GROUP BY subject ORDER BY COUNT(*) DESC"
        " LIMIT 8) GROUP BY x",
        hard="Hard",
        tags="count-of-entity",
    ),
    Q(
        "ucf-15",
        "How many course titles are listed under more than one subject?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM (SELECT course FROM {C} GROUP BY course"
        " HAVING COUNT(DISTINCT subject) > 1)",
        hard="Hard",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "ucf-16",
        "the 7 subjects with the most multiple-listed courses (course number starting with M)",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE course_num LIKE 'M%'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 7",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "ucf-17",
        "How many courses are listed under COM SCI?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {C} WHERE subject_abbr = 'COM SCI'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "ucf-18",
        "subjects with more than 70 courses, from the largest to the smallest",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} GROUP BY x HAVING COUNT(*) > 70"
        " ORDER BY y DESC, x",
        sort="-y",
        hard="Medium",
        tags="having sorted count-of-entity",
    ),
    Q(
        "ucf-19",
        "count of honors contracts courses by subject",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE honors_contracts GROUP BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "ucf-20",
        "What is the average new price of a required textbook at the UCLA bookstore, over the"
        " sampled courses?",
        "kpi",
        None,
        "avg(bookstore_new)",
        sql=f"SELECT AVG(bookstore_new) AS y FROM {T}",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "ucf-21",
        "textbooks: new price at the UCLA bookstore (x) vs new price on Amazon (y)",
        "point",
        "bookstore_new",
        "amazon_new",
        sql=f"SELECT bookstore_new AS x, amazon_new AS y FROM {T}"
        " WHERE bookstore_new IS NOT NULL AND amazon_new IS NOT NULL",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "ucf-22",
        "For how many sampled courses was the textbook cheaper new on Amazon than new at the"
        " bookstore?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE amazon_new < bookstore_new",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "ucf-23",
        "how many of the sampled courses require a textbook",
        "kpi",
        None,
        "count(textbook_isbn)",
        sql=f"SELECT COUNT(textbook_isbn) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "ucf-24",
        "average new bookstore price of the required textbook by subject, for subjects with at"
        " least 3 priced textbooks in the sample",
        "bar",
        "subject",
        "avg(bookstore_new)",
        sql=f"SELECT subject AS x, AVG(bookstore_new) AS y FROM {T}"
        " WHERE bookstore_new IS NOT NULL GROUP BY x HAVING COUNT(*) >= 3",
        hard="Hard",
        tags="having",
    ),
    Q(
        "ucf-25",
        "distribution of new bookstore textbook prices, $50 bins",
        "bar",
        "bookstore_new",
        "count(*)",
        sql=f"SELECT FLOOR(bookstore_new / 50) * 50 AS x, COUNT(*) AS y FROM {T}"
        " WHERE bookstore_new IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "ucf-26",
        "the 5 sampled courses with the most expensive new textbook at the bookstore, labelled by"
        " subject and course number",
        "bar",
        "subject || ' ' || course_num",
        "bookstore_new",
        sql=f"SELECT subject || ' ' || course_num AS x, bookstore_new AS y FROM {T}"
        " WHERE bookstore_new IS NOT NULL ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "ucf-27",
        "On average, how much more does a new textbook cost at the bookstore than new on Amazon,"
        " for books with both prices?",
        "kpi",
        None,
        "avg(bookstore_new - amazon_new)",
        sql=f"SELECT AVG(bookstore_new - amazon_new) AS y FROM {T}"
        " WHERE bookstore_new IS NOT NULL AND amazon_new IS NOT NULL",
        hard="Hard",
        tags="kpi",
    ),
    Q(
        "ucf-28",
        "sampled courses with and without a required textbook in Ethnomusicology, History, Music"
        " and Theater, stacked",
        "bar",
        "subject",
        "count(*)",
        "textbook_isbn is not null",
        sql="SELECT subject AS x, COUNT(*) AS y, CASE WHEN textbook_isbn IS NULL THEN 'no textbook'"
        f" ELSE 'textbook' END AS color FROM {T}"
        " WHERE subject IN ('Ethnomusicology', 'History', 'Music', 'Theater') GROUP BY x, color",
        hard="Hard",
        tags="two-category count-of-entity condition-value",
    ),
    Q(
        "ucf-29",
        "highest new bookstore textbook price in French, German, Spanish and Chinese",
        "bar",
        "subject",
        "max(bookstore_new)",
        sql=f"SELECT subject AS x, MAX(bookstore_new) AS y FROM {T}"
        " WHERE subject IN ('French', 'German', 'Spanish', 'Chinese')"
        " AND bookstore_new IS NOT NULL GROUP BY x",
        hard="Medium",
        tags="min-max condition-value",
    ),
    Q(
        "ucf-30",
        "For each subject with a priced textbook in the sample: its number of Fall 2018 courses"
        " (x) against the average new bookstore price of its sampled textbooks (y)",
        "point",
        "count(*)",
        "avg(bookstore_new)",
        sql=f"SELECT c.n AS x, t.p AS y FROM (SELECT subject, AVG(bookstore_new) AS p FROM {T}"
        " WHERE bookstore_new IS NOT NULL GROUP BY subject) t"
        f" JOIN (SELECT subject, COUNT(*) AS n FROM {C} GROUP BY subject) c"
        " ON t.subject = c.subject",
        hard="Extra Hard",
        tags="scatter join same-name-join count-of-entity",
    ),
    Q(
        "ucf-31",
        "average new bookstore textbook price by subject, only for subjects that list more than"
        " 60 courses in Fall 2018",
        "bar",
        "subject",
        "avg(bookstore_new)",
        sql=f"SELECT subject AS x, AVG(bookstore_new) AS y FROM {T} WHERE bookstore_new IS NOT NULL"
        f" AND subject IN (SELECT subject FROM {C} GROUP BY subject HAVING COUNT(*) > 60)"
        " GROUP BY x",
        hard="Hard",
        tags="join same-name-join condition-number",
    ),
    Q(
        "ucf-32",
        "How many Fall 2018 courses belong to subjects that had none of their courses in the"
        " textbook sample?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {C} WHERE subject NOT IN"
        f" (SELECT subject FROM {T} WHERE subject IS NOT NULL)",
        hard="Hard",
        tags="kpi count-of-entity join same-name-join",
    ),
    Q(
        "ucf-33",
        "number of Fall 2018 courses in each of the 4 subjects with the most courses in the"
        " textbook sample",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE subject IN (SELECT subject FROM {T}"
        " GROUP BY subject ORDER BY COUNT(*) DESC LIMIT 4) GROUP BY x",
        hard="Hard",
        tags="count-of-entity join same-name-join",
    ),
    Q(
        "ucf-34",
        "How many of Computer Science's multiple-listed courses (number starting with M) have a"
        " title that Electrical and Computer Engineering also lists?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {C} a WHERE a.subject = 'Computer Science'"
        " AND a.course_num LIKE 'M%' AND a.course IN"
        f" (SELECT b.course FROM {C} b WHERE b.subject = 'Electrical and Computer Engineering')",
        hard="Extra Hard",
        tags="kpi count-of-entity condition-value role-join",
    ),
    Q(
        "ucf-35",
        "number of Fall 2018 courses in each subject whose sampled textbooks average more than"
        " $100 new at the bookstore",
        "bar",
        "subject",
        "count(*)",
        sql=f"SELECT subject AS x, COUNT(*) AS y FROM {C} WHERE subject IN (SELECT subject FROM {T}"
        " GROUP BY subject HAVING AVG(bookstore_new) > 100) GROUP BY x",
        hard="Hard",
        tags="count-of-entity join same-name-join condition-number",
    ),
    Q(
        "ucf-36",
        "for the subjects with at least 5 courses in the textbook sample, their Fall 2018 courses"
        " by level (lower division under 100, upper division 100-199, graduate 200 and up),"
        " stacked",
        "bar",
        "subject",
        "count(*)",
        "course_numeric level",
        sql=f"SELECT subject AS x, COUNT(*) AS y, {LEVEL} AS color FROM {C}"
        f" WHERE course_numeric IS NOT NULL AND subject IN (SELECT subject FROM {T}"
        " GROUP BY subject HAVING COUNT(*) >= 5) GROUP BY x, color",
        hard="Extra Hard",
        tags="two-category count-of-entity join same-name-join",
    ),
]
