"""Layout fixtures for the quirks of real exports (issue 13), each written from its tool's documented format:
Qualtrics 2016 and legacy header rows, LimeSurvey option columns, Google Forms checkboxes with commas
inside options and "Other" text, an exit survey of TRUE/FALSE reasons and abbreviated agreement codes,
a hand-kept sheet of rating scales without the word "agree", and an SPSS file with reversed value labels,
user-missing codes and multiple-response sets. Each builder writes its file and returns its entry for
expected.json."""

from __future__ import annotations

import csv
import random
import struct
from pathlib import Path

import pandas as pd
from layout_columns import AGREE, Col, exact, expected_file, ticks
from layout_writers import (
    STAFF_COMMENTS,
    csv_text,
    free,
    new_workbook,
    save_workbook,
    table,
    times,
    write_sav,
    xlsx_rows,
)

DKN = "Don't know"
NA = "Not applicable"
TOP = ["Strongly agree", "Agree"]


def _stamps(rng: random.Random, n: int, fmt: str) -> tuple[list[str], list[str]]:
    pairs = times(rng, n)
    return [s.strftime(fmt) for s, _ in pairs], [e.strftime(fmt) for _, e in pairs]


def _respell(values: list, spellings: dict[str, list[str]], rng: random.Random) -> list:
    """Raw cells: each canonical label written in one of its listed spellings, in turn."""
    turn = {k: 0 for k in spellings}
    out = []
    for v in values:
        if v in spellings:
            out.append(spellings[v][turn[v] % len(spellings[v])])
            turn[v] += 1
        else:
            out.append(v)
    return out


# ---- Qualtrics 2016 "Insights": three header rows, row 3 ImportIds as Python-style dicts ----

QUALTRICS_2016_META = [  # (id in rows 1 and 2, ImportId)
    ("ResponseID", "responseId"), ("ResponseSet", "responseSetId"), ("IPAddress", "ipAddress"),
    ("StartDate", "startDate"), ("EndDate", "endDate"), ("RecipientLastName", "panel-RecipientLastName"),
    ("RecipientFirstName", "panel-RecipientFirstName"), ("RecipientEmail", "panel-RecipientEmail"),
    ("ExternalDataReference", "panel-ExternalDataReference"), ("Finished", "finished"), ("Status", "status"),
]
QUALTRICS_2016_TAIL = [("LocationLatitude", "Location-LocationLatitude"),
                       ("LocationLongitude", "Location-LocationLongitude"),
                       ("LocationAccuracy", "Location-LocationAccuracy")]
EASE = ["Very easy", "Easy", "Neither easy nor difficult", "Difficult", "Very difficult"]


def qualtrics_2016(path: Path) -> dict:
    """Qualtrics 2016 CSV: ids; labels (metadata repeat their ids); {'ImportId': 'QID1'}; no BOM."""
    rng, n = random.Random(1301), 18
    starts, ends = _stamps(rng, n, "%Y-%m-%d %H:%M:%S")
    meta_values = {
        "ResponseID": [f"R_{rng.getrandbits(48):012x}" for _ in range(n)],
        "ResponseSet": ["Default Response Set"] * n,
        "IPAddress": [f"192.0.2.{rng.randrange(1, 250)}" for _ in range(n)],
        "StartDate": starts, "EndDate": ends, "Finished": ["1"] * n, "Status": ["0"] * n,
        "LocationLatitude": [f"52.{rng.randrange(10**5):05d}" for _ in range(n)],
        "LocationLongitude": [f"1.{rng.randrange(10**5):05d}" for _ in range(n)],
        "LocationAccuracy": ["-1"] * n,
    }
    meta = [Col(qid, "metadata", meta_values.get(qid, [None] * n), name=qid) for qid, _ in QUALTRICS_2016_META]
    tail = [Col(qid, "metadata", meta_values[qid], name=qid) for qid, _ in QUALTRICS_2016_TAIL]
    tools = agree_values(rng, [4, 7, 3, 3, 1])
    one_to_one = exact(rng, {"Yes": 10, "No": 5, DKN: 3})
    questions = [
        Col("I have the tools I need to do my job", "likert", tools, AGREE, name="Q1", counted=TOP,
            raw=_respell(tools, {"Strongly agree": ["Strongly Agree"], "Neither agree nor disagree":
                                 ["Neither Agree nor Disagree"], "Strongly disagree": ["Strongly Disagree"]}, rng)),
        Col("Have you had a one-to-one with your manager this month?", "yes_no", one_to_one, ["Yes", "No"], [DKN],
            name="Q2", counted=["Yes"], codes={"I don't know": DKN},
            raw=["I don't know" if v == DKN else v for v in one_to_one]),
        Col("What would make your job easier?", "free_text", free(rng, n, 10, STAFF_COMMENTS), name="Q3"),
        Col("How easy is it to get IT support?", "likert", exact(rng, dict(zip(EASE, [2, 5, 4, 4, 2], strict=True)),
                                                                 1), EASE, name="Q4", counted=EASE[:2]),
    ]
    imports = [imp for _, imp in QUALTRICS_2016_META] + ["QID1", "QID2", "QID3_TEXT", "QID4"] + \
              [imp for _, imp in QUALTRICS_2016_TAIL]
    cols = meta + questions + tail
    header = [[c.name for c in cols], [c.header for c in cols], [f"{{'ImportId': '{i}'}}" for i in imports]]
    path.write_text(csv_text([*header, *table(cols)]), encoding="utf-8", newline="")
    return expected_file(cols, n, None, header_rows=[1, 2, 3], encoding="utf-8", delimiter=",")


def agree_values(rng: random.Random, counts: list[int], blanks: int = 0) -> list:
    """Agreement answers with these counts, Strongly agree first."""
    return exact(rng, dict(zip(AGREE, counts, strict=True)), blanks)


# ---- Qualtrics legacy (before 2017): V1..V10 over the labels, a trailing comma on every line ----

LEGACY_LABELS = ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status",
                 "StartDate", "EndDate", "Finished"]
SATISFIED = ["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied", "Very dissatisfied"]


def qualtrics_legacy(path: Path) -> dict:
    """Qualtrics legacy CSV: row 1 V1..V10 then Q1..; row 2 ResponseID .. Finished then question text."""
    rng, n = random.Random(1302), 16
    starts, ends = _stamps(rng, n, "%Y-%m-%d %H:%M:%S")
    values = {"ResponseID": [f"R_{rng.getrandbits(40):010x}" for _ in range(n)],
              "ResponseSet": ["Default Response Set"] * n, "IPAddress": [f"198.51.100.{i + 1}" for i in range(n)],
              "Status": ["0"] * n, "StartDate": starts, "EndDate": ends, "Finished": ["1"] * n}
    cols = [Col(label, "metadata", values.get(label, [None] * n), name=f"V{i}")
            for i, label in enumerate(LEGACY_LABELS, start=1)]
    stem = "To what extent do you agree with the following?"
    satisfied = exact(rng, dict(zip(SATISFIED, [3, 6, 3, 3, 1], strict=True)))
    cols += [
        Col("How satisfied are you with your job?", "likert", satisfied, SATISFIED, name="Q1",
            counted=SATISFIED[:2], raw=_respell(satisfied, {"Very satisfied": ["Very Satisfied"],
                                                            "Very dissatisfied": ["Very Dissatisfied"]}, rng)),
        Col("Do you plan to stay in your role for the next year?", "yes_no",
            exact(rng, {"Yes": 9, "No": 4, "Unsure": 3}), ["Yes", "No", "Unsure"], name="Q2", counted=["Yes"]),
        Col(f"{stem}-I feel valued", "likert", agree_values(rng, [3, 6, 4, 2, 1]), AGREE, name="Q3_1",
            counted=TOP),
        Col(f"{stem}-My workload is manageable", "likert", agree_values(rng, [1, 4, 3, 5, 3]), AGREE,
            name="Q3_2", counted=TOP),
        Col("Is there anything else you would like to say?", "free_text", free(rng, n, 8, STAFF_COMMENTS),
            name="Q4"),
    ]
    tail = [Col(label, "metadata", [f"51.{rng.randrange(10**4):04d}" for _ in range(n)] if label != "LocationAccuracy"
                else ["-1"] * n, name=label) for label in ("LocationLatitude", "LocationLongitude", "LocationAccuracy")]
    cols += tail
    rows = [[c.name for c in cols] + [""], [c.header for c in cols] + [""]]
    rows += [row + [""] for row in table(cols)]
    path.write_text(csv_text(rows), encoding="utf-8", newline="")
    return expected_file(cols, n, None, header_rows=[1, 2], encoding="utf-8", delimiter=",")


# ---- LimeSurvey: full question text and answers, every field quoted ----

LIME_META = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started",
             "Date last action", "Referrer URL"]


def limesurvey(path: Path) -> dict:
    """LimeSurvey CSV (full headings and answers): a multiple-choice question as "Question [Option]" columns
    of 1/0, blank for those not shown it (a condition on the question before), and an "[Other]" text column."""
    rng, n = random.Random(1303), 24
    starts, ends = _stamps(rng, n, "%Y-%m-%d %H:%M:%S")
    meta_values = {"Response ID": list(range(1, n + 1)), "Date submitted": ends, "Last page": ["3"] * n,
                   "Start language": ["en"] * n, "Seed": [str(rng.randrange(10**8, 10**9)) for _ in range(n)],
                   "Date started": starts, "Date last action": ends}
    cols = [Col(h, "metadata", meta_values.get(h, [None] * n)) for h in LIME_META]
    works = exact(rng, {"Yes": 18, "No": 6})
    cols.append(Col("Do you work with people on probation?", "yes_no", works, ["Yes", "No"], counted=["Yes"]))
    stem = "Which of these systems do you use every week?"
    systems = ["nDelius", "OASys", "Microsoft Teams"]
    shown = [i for i, w in enumerate(works) if w == "Yes"]
    picked = ticks(rng, len(shown), dict(zip(systems, [0.7, 0.5, 0.6], strict=True)))
    picked[0], picked[1] = [], []  # shown the question, ticked nothing: still relevant
    others = {2: "Case notes app", 5: "Spreadsheets"}
    chosen: list = [None] * n
    for k, i in enumerate(shown):
        chosen[i] = list(picked[k]) + (["Other"] if k in others else [])
    headers = [f"{stem} [{o}]" for o in [*systems, "Other"]]
    cols.append(Col(stem, "multi_choice", chosen, [*systems, "Other"], columns=headers))
    other_text = [None] * n
    for k, text in others.items():
        other_text[shown[k]] = text
    other_col = Col(headers[-1], "free_text", other_text)
    satisfied = exact(rng, dict(zip(SATISFIED, [5, 8, 4, 3, 1], strict=True)) | {"Not answered": 3})
    cols.append(Col("How satisfied are you with the training you received?", "likert", satisfied, SATISFIED,
                    ["Not answered"], counted=SATISFIED[:2], codes={"No answer": "Not answered"},
                    raw=["No answer" if v == "Not answered" else v for v in satisfied]))
    cols.append(Col("Why did you give that answer?", "free_text", free(rng, n, 11, STAFF_COMMENTS)))
    grid = []
    for i in range(n):
        row = [c.written()[i] for c in cols[:9]]
        ticked = chosen[i]
        row += [None if ticked is None else (1 if o in ticked else 0) for o in systems]
        row.append(other_text[i])
        row += [c.written()[i] for c in cols[10:]]
        grid.append(row)
    header = [c.header for c in cols[:9]] + headers + [c.header for c in cols[10:]]
    path.write_text(csv_text([header, *grid], quoting=csv.QUOTE_ALL), encoding="utf-8", newline="")
    return expected_file([*cols, other_col], n, None, header_rows=[1], encoding="utf-8", delimiter=",")


# ---- Google Forms checkboxes: ", " joins, commas and brackets inside options, "Other" text appended ----

UPDATES = ["Email bulletins, such as the weekly practice update", "Colleagues, managers, or mentors",
           "Reading (guidance, journals, or inspection reports)", "The intranet", "Training days"]
HELPS = ["More time for supervision", "Smaller caseloads", "Better IT, including laptops and phones", "Peer support"]
TEAM_COMMENTS = ["Our team manager is supportive and listens to us.", "We need more admin support in the team.",
                 "The team is stretched but we look after each other.", "Too many new starters at once.",
                 "Morale has improved since the restructure.", "I would like more team meetings in person.",
                 "Cover for sickness is not fair across the team.", "Great colleagues, poor office.",
                 "The duty rota works well for us."]


def google_forms_checkboxes(path: Path) -> dict:
    """Google Forms CSV: checkbox answers joined by ", " in form order, typed "Other" text last."""
    rng, n = random.Random(1304), 30
    stamps = [s.strftime("%Y/%m/%d %I:%M:%S %p GMT") for s, _ in times(rng, n)]
    updates = ticks(rng, n, dict(zip(UPDATES, [0.45, 0.6, 0.4, 0.35, 0.3], strict=True)), blanks=1)
    typed = {3: "Podcasts about probation practice", 11: "My union branch, mostly", 19: "Twitter"}
    for i in typed:
        if updates[i] is None:
            updates[i] = []
    written = [None if u is None else ", ".join([*u, *([typed[i]] if i in typed else [])])
               for i, u in enumerate(updates)]
    chosen = [None if u is None else [*u, *(["Other"] if i in typed else [])] for i, u in enumerate(updates)]
    helps = ticks(rng, n, dict(zip(HELPS, [0.5, 0.55, 0.3, 0.25], strict=True)), blanks=2)
    comments: list = ["Nothing"] * 4 + ["N/A"] * 3 + [TEAM_COMMENTS[0]] * 3 + TEAM_COMMENTS[1:] + [None] * 12
    rng.shuffle(comments)
    cols = [
        Col("Timestamp", "metadata", stamps),
        Col("How do you keep up to date with practice guidance? (Check all that apply)", "multi_choice", chosen,
            [*UPDATES, "Other"], raw=written),
        Col("Which of these would help you most?", "multi_choice", helps, HELPS,
            raw=[None if h is None else ", ".join(h) for h in helps]),
        Col("Do you feel safe in the office?", "yes_no", exact(rng, {"Yes": 17, "No": 5, "Not sure": 4, DKN: 4}),
            ["Yes", "No", "Not sure"], [DKN], counted=["Yes"], codes={"I don't know": DKN}),
        Col("Any comments about your team?", "free_text", comments),
        Col("Which team are you in?", "demographic", exact(rng, {"North": 12, "South": 10, "Courts": 8}),
            ["North", "South", "Courts"]),
    ]
    cols[3].raw = ["I don't know" if v == DKN else v for v in cols[3].values]
    path.write_text(csv_text([[c.header for c in cols], *table(cols)]), encoding="utf-8", newline="")
    return expected_file(cols, n, None, header_rows=[1], encoding="utf-8", delimiter=",")


# ---- An exit survey: TRUE/FALSE reason columns, 0/1, SA/A/N/D/SD with M and NA ----

REASONS = ["Moved to another employer", "Job dissatisfaction", "Interpersonal conflicts", "Lack of recognition",
           "Workload", "Relocation", "Caring responsibilities"]
ABBREVIATED = {"Strongly agree": "SA", "Agree": "A", "Neutral": "N", "Disagree": "D", "Strongly disagree": "SD"}
AGREE_N = ["Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree"]


def exit_survey(path: Path) -> dict:
    """A public-sector exit survey as exported from an HR system: reasons for leaving as TRUE/FALSE columns."""
    rng, n = random.Random(1305), 30
    reasons = ticks(rng, n, dict(zip(REASONS, [0.3, 0.35, 0.2, 0.25, 0.4, 0.1, 0.15], strict=True)), blanks=4)
    cols = [Col("Record ID", "metadata", [f"EX{1000 + i}" for i in range(n)]),
            Col("Separation type", "single_choice",
                exact(rng, {"Resignation": 17, "Retirement": 8, "End of contract": 5}),
                ["Resignation", "Retirement", "End of contract"])]
    reason_cols = [Col(r, "reason", [None if t is None else r in t for t in reasons]) for r in REASONS]
    run = Col("reasons", "multi_choice", reasons, REASONS, columns=REASONS)
    interview = exact(rng, {"Yes": 19, "No": 11})
    cols.append(Col("Exit interview held", "yes_no", interview, ["Yes", "No"], counted=["Yes"],
                    codes={"1": "Yes", "0": "No"}, raw=[1 if v == "Yes" else 0 for v in interview]))
    handover = []
    for label, counts, blanks in (("Had a handover plan", {"Yes": 14, "No": 12}, 4),
                                  ("Had a final one-to-one", {"Yes": 20, "No": 8}, 2),
                                  ("Returned all equipment", {"Yes": 25, "No": 2}, 3)):
        values = exact(rng, counts, blanks)
        handover.append(Col(label, "yes_no", values, ["Yes", "No"], counted=["Yes"],
                            codes={"TRUE": "Yes", "FALSE": "No"},
                            raw=[None if v is None else ("TRUE" if v == "Yes" else "FALSE") for v in values]))
    supported = exact(rng, dict(zip(AGREE_N, [5, 9, 6, 4, 2], strict=True)) | {NA: 4})
    paid = exact(rng, dict(zip(AGREE_N, [2, 6, 5, 10, 4], strict=True)) | {NA: 3})
    abbreviations = {**ABBREVIATED, NA: "M"}
    likert = [
        Col("My manager supported me", "likert", supported, AGREE_N, [NA], counted=TOP,
            codes={**{v: k for k, v in ABBREVIATED.items()}, "M": NA},
            raw=[abbreviations[v] for v in supported]),
        Col("I was paid fairly for my work", "likert", paid, AGREE_N, [NA], counted=TOP,
            codes={**{v: k for k, v in ABBREVIATED.items()}, "NA": NA},
            raw=[{**ABBREVIATED, NA: "NA"}[v] for v in paid]),
    ]
    flexible = exact(rng, {"Yes": 12, "No": 7, "Unsure": 3, "Not eligible": 4, NA: 4})
    flex = Col("Were you offered flexible working?", "yes_no", flexible, ["Yes", "No", "Unsure"],
               ["Not eligible", NA], counted=["Yes"], codes={"N/A": NA},
               raw=["N/A" if v == NA else v for v in flexible])
    ages = ["Under 25", "25-34", "35-49", "50 and over"]
    demographics = [Col("Gender", "demographic", exact(rng, {"Female": 17, "Male": 11, "Prefer not to say": 2}),
                        ["Female", "Male"], ["Prefer not to say"]),
                    Col("Age", "demographic", exact(rng, dict(zip(ages, [4, 9, 10, 7], strict=True))), ages)]
    written = [*cols[:2], *reason_cols, *cols[2:], *handover, *likert, flex, *demographics]
    rows = [[c.header for c in written]]
    for row in table(written):
        rows.append(["" if v is None else ("TRUE" if v is True else "FALSE" if v is False else v) for v in row])
    path.write_text(csv_text(rows), encoding="utf-8", newline="")
    return expected_file([*cols[:2], run, *cols[2:], *handover, *likert, flex, *demographics], n, None,
                         header_rows=[1], encoding="utf-8", delimiter=",")


# ---- A hand-kept sheet of ratings without the word "agree" ----

POSITIVE = ["Positive", "Neutral", "Negative"]
OPEN = ["Very open", "Somewhat open", "Not very open", "Not open at all"]
OFTEN = ["Always", "Often", "Sometimes", "Rarely", "Never"]
QUALITY = ["Good", "Fair", "Poor"]
CONTACT = ["Email", "Phone", "Text message", "Letter"]
RATING = ["1", "2", "3", "4", "5"]


def ratings_sheet(path: Path) -> dict:
    """A team's feedback log kept in Excel: 3-5 point ratings, the same scale spelt differently, "|" joins."""
    rng, n = random.Random(1306), 24
    ease = exact(rng, dict(zip(EASE, [3, 7, 6, 5, 3], strict=True)))
    part = agree_values(rng, [6, 9, 4, 3, 2])
    heard = agree_values(rng, [3, 8, 6, 5, 2])
    contact = ticks(rng, n, dict(zip(CONTACT, [0.7, 0.5, 0.4, 0.15], strict=True)), blanks=1)
    rating = exact(rng, {"1": 2, "2": 3, "3": 6, "4": 8, "5": 4}, 1)
    cols = [
        Col("Ref", "metadata", list(range(1, n + 1))),
        Col("How did you find the induction session?", "likert",
            exact(rng, dict(zip(POSITIVE, [11, 8, 5], strict=True))), POSITIVE, counted=["Positive"]),
        Col("How easy was it to book a room?", "likert", ease, EASE, counted=EASE[:2],
            raw=_respell(ease, {"Very easy": ["Very Easy", "very easy"], "Very difficult": ["VERY DIFFICULT"]}, rng)),
        Col("How open is your manager to new ideas?", "likert",
            exact(rng, dict(zip(OPEN, [7, 9, 5, 3], strict=True))), OPEN, counted=OPEN[:2]),
        Col("How often do you get feedback on your work?", "likert",
            exact(rng, dict(zip(OFTEN, [3, 6, 8, 5, 2], strict=True))), OFTEN, counted=OFTEN[:2]),
        Col("Quality of the training materials", "likert", exact(rng, dict(zip(QUALITY, [10, 9, 5], strict=True))),
            QUALITY, counted=["Good"]),
        Col("I feel part of a team", "likert", part, AGREE, counted=TOP,
            raw=_respell(part, {"Strongly agree": ["Strongly Agree", "Strongly agree\u00a0"],
                                "Agree": ["Agree\u00a0", "agree", "Agree"]}, rng)),
        Col("My views are listened to", "likert", heard, AGREE, counted=TOP),
        Col("How do you prefer to be contacted?", "multi_choice", contact, CONTACT,
            raw=[None if c is None else "|".join(c) for c in contact]),
        Col("Overall rating of the team day", "likert", rating, RATING, counted=["5", "4"],
            codes={"1 - Very poor": "1", "5 - Very good": "5"},
            raw=[{"1": "1 - Very poor", "5": "5 - Very good"}.get(v, v) for v in rating]),
    ]
    wb = new_workbook()
    ws = wb.active
    ws.title = "Feedback"
    xlsx_rows(ws, [[c.header for c in cols], *table(cols)])
    save_workbook(wb, path)
    return expected_file(cols, n, "Feedback", header_rows=[1])


# ---- SPSS: reversed value labels, "Neither", user-missing codes, multiple-response sets ----

REVERSED = {1: "Strongly agree", 2: "Agree", 3: "Neither", 4: "Disagree", 5: "Strongly disagree", 9: "Not answered"}
SATISFACTION = {1: "Very satisfied", 2: "Satisfied", 3: "Neither satisfied nor dissatisfied", 4: "Dissatisfied",
                5: "Very dissatisfied", 8: "Don't know"}
SUPPORT = ["Housing", "Mental health", "Debt advice"]
PRIORITIES = {1: "Training", 2: "Pay", 3: "Workload", 4: "Flexible working"}


def spss_scales(path: Path) -> dict:
    """An SPSS file: agreement coded 1 = Strongly agree .. 5 = Strongly disagree with 9 = Not answered declared
    missing; satisfaction with 8 = Don't know (not declared missing); a dichotomy set and a category set."""
    rng, n = random.Random(1307), 20
    respect = exact(rng, {1: 5, 2: 7, 3: 3, 4: 2, 5: 1, 9: 2})
    fair = exact(rng, {1: 2, 2: 6, 3: 5, 4: 4, 5: 1, 9: 2})
    satisfied = exact(rng, {1: 3, 2: 7, 3: 4, 4: 2, 5: 1, 8: 3})
    support = ticks(rng, n, dict(zip(SUPPORT, [0.4, 0.5, 0.3], strict=True)), blanks=2)
    priority = [rng.sample(sorted(PRIORITIES), 2) for _ in range(n)]
    labels = {"id": "Respondent number", "q1": "My manager treats me with respect",
              "q2": "Work is shared out fairly in my team", "q3": "Overall, how satisfied are you with your job?",
              "s1": SUPPORT[0], "s2": SUPPORT[1], "s3": SUPPORT[2], "p1": "First priority", "p2": "Second priority"}

    def named(codes: dict[int, str], values: list, missing: tuple[int, ...] = ()) -> list:
        return [None if v in missing else codes[v] for v in values]

    order = [REVERSED[k] for k in (1, 2, 3, 4, 5)]
    sat_order = [SATISFACTION[k] for k in (1, 2, 3, 4, 5)]
    cols = [
        Col(labels["id"], "metadata", list(range(1, n + 1)), name="id"),
        Col(labels["q1"], "likert", named(REVERSED, respect, (9,)), order, name="q1", counted=TOP),
        Col(labels["q2"], "likert", named(REVERSED, fair, (9,)), order, name="q2", counted=TOP),
        Col(labels["q3"], "likert", named(SATISFACTION, satisfied), sat_order, [DKN], name="q3",
            counted=sat_order[:2]),
        Col("Support needed", "multi_choice",
            [None if s is None else s for s in support], SUPPORT, columns=list(SUPPORT)),
        Col("Priorities", "multi_choice", [[PRIORITIES[c] for c in p] for p in priority], list(PRIORITIES.values()),
            columns=[labels["p1"], labels["p2"]], ticked="categories"),
    ]
    frame = pd.DataFrame({
        "id": [float(i) for i in range(1, n + 1)],
        "q1": [float(v) for v in respect], "q2": [float(v) for v in fair], "q3": [float(v) for v in satisfied],
        **{f"s{k}": [float("nan") if s is None else float(o in s) for s in support]
           for k, o in enumerate(SUPPORT, start=1)},
        "p1": [float(p[0]) for p in priority], "p2": [float(p[1]) for p in priority],
    })
    write_sav(frame, path, column_labels=labels, file_label="Staff survey with response sets",
              variable_value_labels={"q1": REVERSED, "q2": REVERSED, "q3": SATISFACTION, "p1": PRIORITIES,
                                     "p2": PRIORITIES},
              missing_ranges={"q1": [9], "q2": [9]},
              variable_format={k: "F1.0" for k in ("q1", "q2", "q3", "s1", "s2", "s3", "p1", "p2")})
    _add_mr_sets(path, ["$support=D1 1 14 Support needed s1 s2 s3", "$prio=C 10 Priorities p1 p2"])
    return expected_file(cols, n, None, header_rows=[])


def _add_mr_sets(path: Path, lines: list[str]) -> None:
    """Insert SPSS's multiple-response-set record (type 7, subtype 7) before the dictionary's end (type 999)."""
    data = path.read_bytes()
    end = data.find(struct.pack("<ii", 999, 0), 176)
    if end < 0:
        raise ValueError("no dictionary termination record")
    text = ("\n".join(lines) + "\n").encode("ascii")
    record = struct.pack("<iiii", 7, 7, 1, len(text)) + text
    path.write_bytes(data[:end] + record + data[end:])

