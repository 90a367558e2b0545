"""Layout fixtures that imitate survey tools' own exports: Microsoft Forms, Google Forms, Qualtrics,
SurveyMonkey.  Each builder writes its file and returns the file's entry for expected.json."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from layout_columns import AGREE, DK, NA, PNS, Col, exact, expected_file, ticks
from layout_writers import (
    POP_COMMENTS,
    SATISFIED,
    STAFF_COMMENTS,
    agree,
    csv_text,
    free,
    new_workbook,
    save_workbook,
    table,
    times,
    xlsx_rows,
)


def ms_forms(path: Path) -> dict:
    """Microsoft Forms Excel export: six metadata columns, one header row, sheet Sheet1."""
    rng, n = random.Random(101), 24
    stamps = times(rng, n)
    help_options = ["Risk assessment", "Domestic abuse", "Safeguarding children", "Report writing"]
    help_q = ticks(rng, n, dict(zip(help_options, [0.5, 0.4, 0.3, 0.25], strict=True)), blanks=3)
    rating = exact(rng, {1: 2, 2: 3, 3: 6, 4: 8, 5: 4}, blanks=1)
    joined: list[date | None] = [date(2019, 1, 7) + timedelta(days=rng.randrange(1800)) for _ in range(n)]
    for i in rng.sample(range(n), 2):
        joined[i] = None
    cols = [
        Col("ID", "metadata", list(range(1, n + 1))),
        Col("Start time", "metadata", [s for s, _ in stamps]),
        Col("Completion time", "metadata", [e for _, e in stamps]),
        Col("Email", "metadata", ["anonymous"] * n),
        Col("Name", "metadata", [None] * n),
        Col("Last modified time", "metadata", [None] * n),
        Col(
            "How satisfied are you with the support from your line manager?",
            "likert",
            exact(rng, dict(zip(SATISFIED, [6, 9, 4, 3, 2], strict=True))),
            SATISFIED,
        ),
        Col(
            "Have you completed your mandatory training?",
            "yes_no",
            exact(rng, {"Yes": 17, "No": 5}, 2),
            ["Yes", "No"],
        ),
        Col(
            "Which training would you like? (Select all that apply)",
            "multi_choice",
            help_q,
            help_options,
            raw=[None if t is None else "".join(f"{o};" for o in t) for t in help_q],
        ),
        Col("Any other comments?", "free_text", free(rng, n, 12, STAFF_COMMENTS)),
        Col(
            "How would you rate the new office? (1 = poor, 5 = excellent)",
            "likert",
            rating,
            ["1", "2", "3", "4", "5"],
        ),
        Col("When did you join the PDU?", "date", joined),
        Col(
            "Which office do you work from?",
            "demographic",
            exact(rng, {"Ipswich": 11, "Lowestoft": 8, "Bury St Edmunds": 5}),
            ["Ipswich", "Lowestoft", "Bury St Edmunds"],
        ),
    ]
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_rows(ws, [[c.header for c in cols], *table(cols)])
    save_workbook(wb, path)
    return expected_file(cols, n, "Sheet1", header_rows=[1])


def google_forms(path: Path) -> dict:
    """Google Forms CSV: Timestamp text, ", "-joined checkboxes, a grid as "Stem [Row]" columns."""
    rng, n = random.Random(202), 20
    services = ["Mental health", "Finance, benefits and debt", "Accommodation", "Employment"]
    picked = ticks(rng, n, dict(zip(services, [0.45, 0.4, 0.3, 0.25], strict=True)), blanks=2)
    stem = "How much do you agree with these statements?"
    grid = {
        "My practitioner listens to me": [5, 8, 4, 2, 1],
        "I know how to contact my practitioner": [7, 7, 3, 2, 1],
        "Appointments are at convenient times": [3, 6, 5, 4, 2],
    }
    stamps = [s.strftime("%Y/%m/%d %I:%M:%S %p GMT") for s, _ in times(rng, n)]
    ages = ["18-24", "25-34", "35-44", "45 and over"]
    cols = [
        Col("Timestamp", "metadata", stamps),
        Col("Email address", "metadata", [f"respondent{i:02d}@example.org" for i in range(1, n + 1)]),
        Col(
            "Do you feel safe at your appointments?",
            "yes_no",
            exact(rng, {"Yes": 13, "No": 4, PNS: 3}),
            ["Yes", "No"],
            [PNS],
        ),
        Col(
            "Which services have helped you?",
            "multi_choice",
            picked,
            services,
            raw=[None if p is None else ", ".join(p) for p in picked],
        ),
        *[Col(f"{stem} [{row}]", "likert", agree(rng, counts), AGREE) for row, counts in grid.items()],
        Col(
            "How would you rate probation overall?",
            "likert",
            exact(rng, {1: 1, 2: 3, 3: 5, 4: 7, 5: 4}),
            ["1", "2", "3", "4", "5"],
        ),
        Col("What could we do better?", "free_text", free(rng, n, 11, POP_COMMENTS)),
        Col(
            "What is your age group?",
            "demographic",
            exact(rng, dict(zip(ages, [3, 6, 5, 4], strict=True)) | {PNS: 2}),
            ages,
            [PNS],
        ),
    ]
    path.write_text(csv_text([[c.header for c in cols], *table(cols)]), encoding="utf-8", newline="")
    return expected_file(cols, n, None, header_rows=[1], encoding="utf-8", delimiter=",")


QUALTRICS_META = [  # (row-1 id, row-2 label, ImportId)
    ("StartDate", "Start Date", "startDate"),
    ("EndDate", "End Date", "endDate"),
    ("Status", "Response Type", "status"),
    ("IPAddress", "IP Address", "ipAddress"),
    ("Progress", "Progress", "progress"),
    ("Duration (in seconds)", "Duration (in seconds)", "duration"),
    ("Finished", "Finished", "finished"),
    ("RecordedDate", "Recorded Date", "recordedDate"),
    ("ResponseId", "Response ID", "_recordId"),
    ("RecipientLastName", "Recipient Last Name", "recipientLastName"),
    ("RecipientFirstName", "Recipient First Name", "recipientFirstName"),
    ("RecipientEmail", "Recipient Email", "recipientEmail"),
    ("ExternalReference", "External Data Reference", "externalDataReference"),
    ("LocationLatitude", "Location Latitude", "locationLatitude"),
    ("LocationLongitude", "Location Longitude", "locationLongitude"),
    ("DistributionChannel", "Distribution Channel", "distributionChannel"),
    ("UserLanguage", "User Language", "userLanguage"),
]


def qualtrics(path: Path) -> dict:
    """Qualtrics CSV: three header rows (ids, question text, ImportId JSON), UTF-8 with BOM."""
    rng, n = random.Random(303), 15
    stamps = times(rng, n)
    fmt = "%Y-%m-%d %H:%M:%S"
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    meta_values = {
        "StartDate": [s.strftime(fmt) for s, _ in stamps],
        "EndDate": [e.strftime(fmt) for _, e in stamps],
        "Status": ["IP Address"] * n,
        "IPAddress": [None] * n,
        "Progress": [100] * n,
        "Duration (in seconds)": [int((e - s).total_seconds()) for s, e in stamps],
        "Finished": ["True"] * n,
        "RecordedDate": [e.strftime(fmt) for _, e in stamps],
        "ResponseId": ["R_" + "".join(rng.choice(letters) for _ in range(15)) for _ in range(n)],
        "DistributionChannel": ["anonymous"] * n,
        "UserLanguage": ["EN-GB"] * n,
    }
    cols = [
        Col(label, "metadata", meta_values.get(qid, [None] * n), name=qid) for qid, label, _ in QUALTRICS_META
    ]
    import_ids = [
        (
            {"ImportId": imp, "timeZone": "Europe/London"}
            if imp in ("startDate", "endDate", "recordedDate")
            else {"ImportId": imp}
        )
        for _, _, imp in QUALTRICS_META
    ]
    tenure = ["Less than 1 year", "1 to 2 years", "3 to 5 years", "More than 5 years"]
    systems = ["nDelius", "OASys", "Microsoft Teams", "Email"]
    used = ticks(rng, n, dict(zip(systems, [0.8, 0.6, 0.7, 0.9], strict=True)), blanks=1)
    stem = "To what extent do you agree with the following?"
    matrix = {
        "I have the training I need": [3, 6, 3, 2, 1],
        "I have time to reflect on my practice": [2, 5, 4, 3, 1],
        "I know who to ask for advice": [4, 6, 2, 2, 1],
    }
    questions = [
        Col(
            "How long have you worked in probation?",
            "demographic",
            exact(rng, dict(zip(tenure, [3, 5, 4, 3], strict=True))),
            tenure,
            name="Q1",
        ),
        Col(
            "Do you have access to reflective supervision?",
            "yes_no",
            exact(rng, {"Yes": 9, "No": 4, DK: 2}),
            ["Yes", "No"],
            [DK],
            name="Q2",
        ),
        *[
            Col(f"{stem} - {item}", "likert", agree(rng, counts), AGREE, name=f"Q3_{k}")
            for k, (item, counts) in enumerate(matrix.items(), start=1)
        ],
        Col(
            "Which of these systems do you use every week? - Selected Choice",
            "multi_choice",
            used,
            systems,
            raw=[None if u is None else ",".join(u) for u in used],
            name="Q4",
        ),
        Col(
            "What would most improve your working day?",
            "free_text",
            free(rng, n, 9, STAFF_COMMENTS),
            name="Q5",
        ),
    ]
    import_ids += [
        {"ImportId": "QID1"},
        {"ImportId": "QID2"},
        *[{"ImportId": f"QID3_{k}"} for k in (1, 2, 3)],
        {"ImportId": "QID4"},
        {"ImportId": "QID5_TEXT"},
    ]
    cols += questions
    header = [
        [c.name for c in cols],
        [c.header for c in cols],
        [json.dumps(i, separators=(",", ":")) for i in import_ids],
    ]
    path.write_text("\ufeff" + csv_text([*header, *table(cols)]), encoding="utf-8", newline="")
    return expected_file(cols, n, None, header_rows=[1, 2, 3], encoding="utf-8-sig", delimiter=",")


SURVEYMONKEY_META = [
    "Respondent ID",
    "Collector ID",
    "Start Date",
    "End Date",
    "IP Address",
    "Email Address",
    "First Name",
    "Last Name",
    "Custom Data 1",
]
OTHER = "Other (please specify)"
OTHER_TEXTS = ["Help with my CV", "A food bank referral", "Help to get my ID sorted", "Counselling"]


def surveymonkey(path: Path) -> dict:
    """SurveyMonkey expanded xlsx: question text in row 1 over its columns, options/items in row 2."""
    rng, n = random.Random(404), 18
    stamps = times(rng, n)
    ids = sorted(rng.randrange(114_000_000_000, 115_000_000_000) for _ in range(n))
    meta_values = {
        "Respondent ID": ids,
        "Collector ID": [431_829_115] * n,
        "Start Date": [s for s, _ in stamps],
        "End Date": [e for _, e in stamps],
    }
    cols = [Col(h, "metadata", meta_values.get(h, [None] * n)) for h in SURVEYMONKEY_META]
    often = ["Every week", "Every two weeks", "Once a month", "Less often"]
    cols.append(
        Col(
            "How often do you see your probation practitioner?",
            "single_choice",
            exact(rng, dict(zip(often, [5, 6, 5, 2], strict=True))),
            often,
        )
    )
    help_stem = "What help have you been offered? (tick all that apply)"
    help_options = ["Housing", "Mental health", "Debt advice", "Drug and alcohol services", OTHER]
    offered = ticks(rng, n, dict(zip(help_options, [0.4, 0.45, 0.3, 0.3, 0.15], strict=True)), blanks=2)
    multi = Col(help_stem, "multi_choice", offered, help_options, columns=help_options)
    matrix_stem = "How far do you agree with the following statements?"
    matrix = [
        ("I am treated with respect", [6, 7, 3, 1, 1], {}),
        ("My appointments are useful", [3, 6, 4, 3, 2], {}),
        ("I understand the conditions of my order or licence", [5, 6, 2, 1, 1], {NA: 3}),
    ]
    matrix_cols = []
    for item, counts, extra in matrix:
        values = agree(rng, counts, extra)
        matrix_cols.append(
            Col(
                f"{matrix_stem} - {item}",
                "likert",
                values,
                AGREE,
                [NA] if extra else [],
                raw=["N/A" if v == NA else v for v in values],
            )
        )
    open_q = Col(
        "Is there anything else you would like to tell us?", "free_text", free(rng, n, 8, POP_COMMENTS)
    )
    cols += [multi, *matrix_cols, open_q]

    row1 = [
        *SURVEYMONKEY_META,
        cols[9].header,
        help_stem,
        *[None] * (len(help_options) - 1),
        matrix_stem,
        *[None] * (len(matrix) - 1),
        open_q.header,
    ]
    row2 = [None] * len(SURVEYMONKEY_META) + [
        "Response",
        *help_options,
        *[i for i, _, _ in matrix],
        "Open-Ended Response",
    ]
    others = iter(OTHER_TEXTS * n)
    rows = []
    for r in range(n):
        ticked = offered[r] or []
        multi_cells = [(next(others) if o == OTHER else o) if o in ticked else None for o in help_options]
        rows.append(
            [
                *(c.written()[r] for c in cols[:10]),
                *multi_cells,
                *(c.written()[r] for c in matrix_cols),
                open_q.written()[r],
            ]
        )
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet"
    xlsx_rows(ws, [row1, row2, *rows])
    save_workbook(wb, path)
    return expected_file(cols, n, "Sheet", header_rows=[1, 2])
