"""Layout fixtures that imitate hand-kept sheets and other formats: title and notes rows, semicolons
and cp1252, tabs, a BOM, one-column-per-option multi-selects, and an SPSS file.  Each builder writes
its file and returns the file's entry for expected.json."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from layout_columns import AGREE, DK, NA, PNS, Col, exact, expected_file, ticks, with_variants
from layout_writers import (
    STAFF_COMMENTS,
    agree,
    csv_text,
    free,
    new_workbook,
    save_workbook,
    table,
    write_sav,
    xlsx_rows,
)

TITLE_ROWS = ["Lowestoft office wellbeing check-in", "Collected by the office manager, January 2024"]


def title_and_notes(path: Path) -> dict:
    """Two title rows and a blank row above the header, footer rows below, a Summary sheet first."""
    rng, n = random.Random(505), 20
    teams = ["Offender management", "Court", "Admin"]
    hours = exact(rng, {0: 8, 1: 3, 2: 4, 3: 2, 5: 2, 8: 1})
    cols = [
        Col("No.", "metadata", list(range(1, n + 1))),
        Col(
            "Date", "metadata", sorted(date(2024, 1, 8) + timedelta(days=rng.randrange(18)) for _ in range(n))
        ),
        Col("Team", "demographic", exact(rng, dict(zip(teams, [9, 6, 5], strict=True))), teams),
        Col("I feel supported by my manager", "likert", agree(rng, [5, 8, 3, 3, 1]), AGREE),
        Col(
            "I have had a wellbeing conversation in the last 3 months",
            "yes_no",
            exact(rng, {"Yes": 12, "No": 7}, blanks=1),
            ["Yes", "No"],
        ),
        Col("Hours of overtime last week", "numeric", hours),
        Col("Comments", "free_text", free(rng, n, 7, STAFF_COMMENTS)),
    ]
    wb = new_workbook()
    summary = wb.active
    summary.title = "Summary"
    agreeing = Counter(
        t for t, a in zip(cols[2].values, cols[3].values, strict=True) if a in ("Strongly agree", "Agree")
    )
    by_team = Counter(cols[2].values)
    summary_rows = [
        ["Team", "Responses", "Agree or strongly agree"],
        *[[t, by_team[t], agreeing[t]] for t in teams],
        ["Grand Total", n, sum(agreeing.values())],
    ]
    xlsx_rows(summary, summary_rows)
    ws = wb.create_sheet("Responses")
    xlsx_rows(
        ws,
        [
            [TITLE_ROWS[0]],
            [TITLE_ROWS[1]],
            [],
            [c.header for c in cols],
            *table(cols),
            [],
            [f"Total responses: {n}"],
            ["Notes: comments typed up from paper forms."],
        ],
    )
    save_workbook(wb, path)
    return expected_file(cols, n, "Responses", header_rows=[4])


def semicolon_cp1252(path: Path) -> dict:
    """Semicolon-delimited, Windows-1252 text with £, é and curly apostrophes."""
    rng, n = random.Random(606), 16
    offices = ["Ipswich", "Lowestoft", "Bury St Edmunds"]
    spend = ["£0", "Up to £5", "£5 to £10", "More than £10"]
    explained = exact(rng, {"Yes": 10, "No": 3, DK: 3})
    comments = [
        "The café next to the office is a good place to wait.",
        "My fiancée came with me and that helped.",
        "I can’t afford the £6 bus fare every week.",
        "Staff are friendly but the waiting room’s too small.",
        "Don’t change my officer again.",
        "Résumé help would be good.",
        "It’s ok, they’re doing their best.",
        "Reception wasn’t open when I arrived.",
    ]
    texts: list[str | None] = comments + [None] * (n - len(comments))
    rng.shuffle(texts)
    cols = [
        Col("Respondent", "metadata", list(range(1, n + 1))),
        Col("Office", "demographic", exact(rng, dict(zip(offices, [7, 5, 4], strict=True))), offices),
        Col(
            "Did your practitioner explain your order?",
            "yes_no",
            explained,
            ["Yes", "No"],
            [DK],
            raw=["Don’t know" if v == DK else v for v in explained],
        ),
        Col(
            "How much do you spend getting to appointments?",
            "single_choice",
            exact(rng, dict(zip(spend, [4, 6, 4, 2], strict=True))),
            spend,
        ),
        Col("Do you know how to complain?", "yes_no", exact(rng, {"Yes": 9, "No": 7}), ["Yes", "No"]),
        Col("Comments", "free_text", texts),
    ]
    path.write_bytes(csv_text([[c.header for c in cols], *table(cols)], delimiter=";").encode("cp1252"))
    return expected_file(cols, n, None, header_rows=[1], encoding="cp1252", delimiter=";")


def tabs(path: Path) -> dict:
    """Tab-delimited UTF-8 with hand-typed spellings of Not applicable and Likert labels."""
    rng, n = random.Random(707), 12
    teams = ["North", "South", "Courts"]
    safe = agree(rng, [3, 4, 2, 1, 1], {NA: 1})
    workload = exact(rng, {"Yes": 5, "No": 3, NA: 4})
    cols = [
        Col("Respondent", "metadata", [f"R{i:02d}" for i in range(1, n + 1)]),
        Col(
            "I feel safe in the office",
            "likert",
            safe,
            AGREE,
            [NA],
            raw=with_variants(safe, {"Agree": ["agree "], "Strongly agree": ["Strongly Agree"], NA: ["N/A"]}),
        ),
        Col(
            "My workload is manageable",
            "yes_no",
            workload,
            ["Yes", "No"],
            [NA],
            raw=with_variants(workload, {NA: ["n/a ", "not applicable ", "Not Applicable", "N/A"]}),
        ),
        Col("Team", "demographic", exact(rng, dict(zip(teams, [5, 4, 3], strict=True))), teams),
    ]
    path.write_text(
        csv_text([[c.header for c in cols], *table(cols)], delimiter="\t"), encoding="utf-8", newline=""
    )
    return expected_file(cols, n, None, header_rows=[1], encoding="utf-8", delimiter="\t")


def utf8_bom(path: Path) -> dict:
    """Comma-separated UTF-8 with a byte-order mark; label variants as in tabs.tsv."""
    rng, n = random.Random(808), 14
    useful = agree(rng, [3, 5, 2, 2, 1], {NA: 1})
    induction = exact(rng, {"Yes": 6, "No": 4, NA: 4})
    cols = [
        Col("ID", "metadata", list(range(1, n + 1))),
        Col("Gender", "demographic", exact(rng, {"Male": 7, "Female": 5, PNS: 2}), ["Male", "Female"], [PNS]),
        Col(
            "Supervision is useful",
            "likert",
            useful,
            AGREE,
            [NA],
            raw=with_variants(
                useful, {"Agree": ["agree ", "AGREE"], "Strongly agree": ["Strongly Agree"], NA: ["n/a"]}
            ),
        ),
        Col(
            "I have had an induction",
            "yes_no",
            induction,
            ["Yes", "No"],
            [NA],
            raw=with_variants(induction, {NA: ["N/A", "n/a ", "not applicable ", "Not Applicable"]}),
        ),
        Col("What would help?", "free_text", free(rng, n, 6, STAFF_COMMENTS)),
    ]
    path.write_text(
        "\ufeff" + csv_text([[c.header for c in cols], *table(cols)]), encoding="utf-8", newline=""
    )
    return expected_file(cols, n, None, header_rows=[1], encoding="utf-8-sig", delimiter=",")


def binary_multiselect(path: Path) -> dict:
    """Multi-selects written one column per option: "Stem: Option" headers holding 1/0 or TRUE/FALSE."""
    rng, n = random.Random(909), 15
    support = ["Housing", "Mental health", "Finance, benefits and debt", "Employment"]
    needed = ticks(rng, n, dict(zip(support, [0.4, 0.5, 0.35, 0.3], strict=True)))
    needed[rng.randrange(n)] = []  # ticked nothing: all zeros, still a response
    training = ["Risk assessment", "Report writing", "Safeguarding"]
    wanted = ticks(rng, n, dict(zip(training, [0.5, 0.3, 0.4], strict=True)), blanks=1)
    recommend = Col(
        "Would you recommend the service to a friend?",
        "yes_no",
        exact(rng, {"Yes": 10, "No": 5}),
        ["Yes", "No"],
    )
    support_cols = [f"Support needed: {o}" for o in support]
    training_cols = [f"Training wanted: {o}" for o in training]
    cols = [
        Col("Respondent", "metadata", list(range(1, n + 1))),
        Col("Support needed", "multi_choice", needed, support, columns=support_cols),
        Col("Training wanted", "multi_choice", wanted, training, columns=training_cols),
        recommend,
    ]
    rows = []
    for r in range(n):
        flags = [1 if o in needed[r] else 0 for o in support]
        bools = [None] * len(training) if wanted[r] is None else [o in wanted[r] for o in training]
        rows.append([r + 1, *flags, *bools, recommend.values[r]])
    wb = new_workbook()
    ws = wb.active
    ws.title = "Responses"
    xlsx_rows(ws, [["Respondent", *support_cols, *training_cols, recommend.header], *rows])
    save_workbook(wb, path)
    return expected_file(cols, n, "Responses", header_rows=[1])


LIKERT_CODES = {
    1: "Strongly disagree",
    2: "Disagree",
    3: "Neither agree nor disagree",
    4: "Agree",
    5: "Strongly agree",
}


def spss(path: Path) -> dict:
    """SPSS .sav via pyreadstat: variable labels hold the question text, value labels the answers."""
    rng, n = random.Random(1010), 30
    office_codes = {1: "Ipswich", 2: "Lowestoft", 3: "Bury St Edmunds"}
    yes_no_codes = {1: "Yes", 2: "No", 9: NA}
    offices = exact(rng, {1: 13, 2: 10, 3: 7})
    q1 = exact(rng, {1: 2, 2: 4, 3: 6, 4: 11, 5: 5}, blanks=2)
    q2 = exact(rng, {1: 17, 2: 8, 9: 3}, blanks=2)
    years = exact(rng, {0: 3, 1: 4, 2: 5, 3: 3, 5: 4, 8: 3, 12: 3, 20: 3}, blanks=2)
    last: list[date | None] = [date(2024, 1, 2) + timedelta(days=rng.randrange(40)) for _ in range(n)]
    for i in rng.sample(range(n), 2):
        last[i] = None
    texts = free(rng, n, 12, STAFF_COMMENTS)
    labels = {
        "id": "Respondent ID",
        "office": "Which office do you work from?",
        "q1": "My manager supports my wellbeing",
        "q2": "I received an induction when I joined",
        "q3": "Years in the probation service",
        "q4": "What would most improve your wellbeing at work?",
        "q5": "Date of your last supervision",
    }

    def named(codes: dict[int, str], values: list) -> list:
        return [None if v is None else codes[v] for v in values]

    cols = [
        Col(labels["id"], "metadata", list(range(1, n + 1)), name="id"),
        Col(
            labels["office"],
            "demographic",
            named(office_codes, offices),
            list(office_codes.values()),
            name="office",
        ),
        Col(labels["q1"], "likert", named(LIKERT_CODES, q1), list(LIKERT_CODES.values()), name="q1"),
        Col(labels["q2"], "yes_no", named(yes_no_codes, q2), ["Yes", "No"], [NA], name="q2"),
        Col(
            labels["q3"],
            "numeric",
            years,
            name="q3",
        ),
        Col(labels["q4"], "free_text", texts, name="q4"),
        Col(labels["q5"], "date", last, name="q5"),
    ]
    df = pd.DataFrame(
        {
            "id": [float(i) for i in range(1, n + 1)],
            "office": [float(v) for v in offices],
            "q1": [float("nan") if v is None else float(v) for v in q1],
            "q2": [float("nan") if v is None else float(v) for v in q2],
            "q3": [float("nan") if v is None else float(v) for v in years],
            "q4": ["" if t is None else t for t in texts],
            "q5": pd.Series(last, dtype="object"),
        }
    )
    write_sav(
        df,
        path,
        column_labels=labels,
        file_label="Staff wellbeing pulse survey",
        variable_value_labels={"office": office_codes, "q1": LIKERT_CODES, "q2": yes_no_codes},
        variable_measure={
            "id": "nominal",
            "office": "nominal",
            "q1": "ordinal",
            "q2": "nominal",
            "q3": "scale",
            "q4": "nominal",
            "q5": "scale",
        },
        variable_format={"id": "F4.0", "office": "F1.0", "q1": "F1.0", "q2": "F1.0", "q3": "F2.0"},
    )
    return expected_file(cols, n, None, header_rows=[])
