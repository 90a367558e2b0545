"""The User Voice survey of people on probation: a hand-kept sheet with title rows and a notes row."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sample_comments import UV_BETTER, UV_HELPFUL
from sample_common import assign_ranked, expand, new_workbook, save_workbook, weighted_sample

TITLE = "User Voice survey of people on probation - Suffolk PDU"
FIELDWORK = "Fieldwork February 2024"
SOURCE_NOTE = "Source: User Voice for HM Inspectorate of Probation. 57 face-to-face and 10 online surveys."
NOTES_SHEET = [
    "About this workbook",
    "Survey of people on probation in Suffolk PDU carried out by User Voice for HM Inspectorate of "
    "Probation.",
    "Fieldwork: February 2024. 57 surveys were completed face to face and 10 online.",
    "Multiple-choice support questions: answers are separated by a comma and a space.",
    "Free text has been typed up from paper forms where needed.",
]

ITEMS = [  # (key, header, counts with the best answer first)
    (
        "understand",
        "Do you understand what is expected of you while you are on probation?",
        (("Yes", 60), ("Not sure", 4), ("No", 3)),
    ),
    (
        "contact",
        "Can you contact your probation practitioner when you need to?",
        (("Yes", 43), ("Not sure", 9), ("No", 15)),
    ),
    (
        "helpful",
        "Have your probation appointments been helpful in supporting your rehabilitation?",
        (("Yes", 37), ("Not sure", 12), ("No", 18)),
    ),
    (
        "times",
        "Have you been able to have appointments at times that suit you?",
        (("Yes", 53), ("Not sure", 4), ("No", 10)),
    ),
]
MODE = (("Face-to-face", 57), ("Online", 10))
GENDER = (("Male", 65), ("Female", 2))
DISABILITY_Q = "Do you consider yourself to have a disability?"
DISABILITY = (("Yes", 16), ("No", 51))
AGE = (("18-24", 6), ("25-34", 19), ("35-44", 21), ("45-54", 14), ("55 and over", 7))
ETHNICITY = (
    ("White British", 55),
    ("White other", 3),
    ("Black British", 4),
    ("Asian British", 2),
    ("Mixed", 2),
    ("Gypsy or Irish Traveller", 1),
)
SENTENCE_Q = "What type of sentence are you on?"
SENTENCE = (("Community order", 39), ("Licence (after prison)", 21), ("Unsure", 7))
NEEDED_Q = "What support have you needed?"
RECEIVED_Q = "What support have you received?"
HELPFUL_Q = "What has been most helpful about probation?"
BETTER_Q = "What could probation do better?"
# (option, respondents who needed it, of whom received it). Unmet = needed - received.
NEEDS = (
    ("Mental health", 31, 12),
    ("Finance, benefits and debt", 24, 10),
    ("Accommodation", 20, 12),
    ("Employment, training and education", 18, 11),
    ("Substance misuse", 16, 12),
    ("Relationships and family", 9, 4),
)
RECEIVED_UNASKED = {"Accommodation": 1, "Employment, training and education": 2}  # received, not needed
NEEDED_NONE = 12  # answered "None" to support needed
NEEDS_BLANK = 3  # left both support questions blank
HEADER = [
    "Respondent",
    "Survey mode",
    "Date",
    *[h for _, h, _ in ITEMS],
    "Gender",
    DISABILITY_Q,
    "Age band",
    "Ethnicity",
    SENTENCE_Q,
    NEEDED_Q,
    RECEIVED_Q,
    HELPFUL_Q,
    BETTER_Q,
]


@dataclass
class Respondent:
    """One person on probation while the sheet is being built."""

    attrs: dict[str, str]
    engagement: float
    answers: dict[str, str | None] = field(default_factory=dict)
    needed: set[str] = field(default_factory=set)
    received: set[str] = field(default_factory=set)


def _people(rng: random.Random) -> list[Respondent]:
    columns = {}
    for name, counts in (
        ("mode", MODE),
        ("gender", GENDER),
        ("disability", DISABILITY),
        ("age", AGE),
        ("ethnicity", ETHNICITY),
        ("sentence", SENTENCE),
    ):
        values = expand(counts)
        rng.shuffle(values)
        columns[name] = values
    return [Respondent({k: v[i] for k, v in columns.items()}, rng.gauss(0.0, 1.0)) for i in range(67)]


def _lean(r: Respondent) -> float:
    return r.engagement + {"Licence (after prison)": -0.4, "Unsure": -0.7}.get(r.attrs["sentence"], 0.2)


def _needs(rng: random.Random, people: list[Respondent]) -> None:
    idx = list(range(len(people)))
    rng.shuffle(idx)
    # The first NEEDS_BLANK skip both questions, the next NEEDED_NONE answer "None", the rest need something.
    blank, needers = idx[:NEEDS_BLANK], idx[NEEDS_BLANK + NEEDED_NONE :]

    def weight(option: str, r: Respondent) -> float:
        w = 1.0
        if option == "Mental health" and r.attrs["disability"] == "Yes":
            w = 3.0
        if option == "Accommodation" and r.attrs["sentence"].startswith("Licence"):
            w = 2.5
        if option.startswith("Employment") and r.attrs["age"] in ("18-24", "25-34"):
            w = 1.8
        return w

    for option, n_needed, _ in NEEDS:
        chosen = weighted_sample(rng, needers, [weight(option, people[i]) for i in needers], n_needed)
        for i in chosen:
            people[i].needed.add(option)
    for i in needers:  # everyone in this group needed something: move a need from someone with several
        if people[i].needed:
            continue
        for option, _, _ in sorted(NEEDS, key=lambda _: rng.random()):
            donors = [j for j in needers if option in people[j].needed and len(people[j].needed) > 1]
            if donors:
                people[rng.choice(donors)].needed.discard(option)
                people[i].needed.add(option)
                break
    for option, _, n_met in NEEDS:
        holders = [i for i in needers if option in people[i].needed]
        weights = [2.0 if people[i].answers["helpful"] == "Yes" else 1.0 for i in holders]
        for i in weighted_sample(rng, holders, weights, n_met):
            people[i].received.add(option)
    for option, n in RECEIVED_UNASKED.items():
        others = [i for i in needers if option not in people[i].needed]
        for i in rng.sample(others, n):
            people[i].received.add(option)
    options = [o for o, _, _ in NEEDS]
    for i, person in enumerate(people):
        if i in blank:
            person.answers["needed"] = person.answers["received"] = None
            continue
        person.answers["needed"] = ", ".join(o for o in options if o in person.needed) or "None"
        person.answers["received"] = ", ".join(o for o in options if o in person.received) or "None"


def _comments(rng: random.Random, people: list[Respondent], comments: list, key: str) -> None:
    for person in people:
        person.answers[key] = None
    order = sorted(range(len(comments)), key=lambda i: (comments[i][1] is None, rng.random()))
    for i in order:
        text, hint = comments[i]
        free = [p for p in people if p.answers[key] is None]
        if hint == "female":
            fit = [p for p in free if p.attrs["gender"] == "Female"]
        elif hint == "neg":
            fit = [p for p in free if p.answers["helpful"] == "No"] or [
                p for p in free if p.answers["helpful"] == "Not sure"
            ]
        elif hint == "pos":
            fit = [p for p in free if p.answers["helpful"] == "Yes"]
        else:
            fit = free
        rng.choice(fit or free).answers[key] = text


def build(path: Path, seed: int = 67) -> list[Respondent]:
    """Write user_voice_2024.xlsx and return the respondents."""
    rng = random.Random(seed)
    people = _people(rng)
    for key, _, counts in ITEMS:
        for i, label in assign_ranked(rng, people, counts, _lean, noise=0.8).items():
            people[i].answers[key] = label
    _needs(rng, people)
    _comments(rng, people, UV_HELPFUL, "most_helpful")
    _comments(rng, people, UV_BETTER, "do_better")
    # Face-to-face surveys first (by date), then the online ones, as a hand-kept sheet grows.
    people.sort(key=lambda p: p.attrs["mode"] != "Face-to-face")
    days = sorted(rng.randrange(1, 22) for _ in people[:57]) + sorted(
        rng.randrange(12, 29) for _ in people[57:]
    )
    wb = new_workbook()
    ws = wb.active
    ws.title = "Responses"
    ws.cell(1, 1, TITLE)
    ws.cell(2, 1, FIELDWORK)
    for c, text in enumerate(HEADER, start=1):
        ws.cell(4, c, text)
    for n, (person, day) in enumerate(zip(people, days, strict=True), start=1):
        a = person.attrs
        row = [
            f"UV{n:03d}",
            a["mode"],
            datetime(2024, 2, 1) + timedelta(days=day - 1),
            *[person.answers[k] for k, _, _ in ITEMS],
            a["gender"],
            a["disability"],
            a["age"],
            a["ethnicity"],
            a["sentence"],
            person.answers["needed"],
            person.answers["received"],
            person.answers["most_helpful"],
            person.answers["do_better"],
        ]
        for c, value in enumerate(row, start=1):
            cell = ws.cell(4 + n, c, value)
            if c == 3:
                cell.number_format = "dd/mm/yyyy"
    ws.cell(4 + len(people) + 2, 1, SOURCE_NOTE)
    notes = wb.create_sheet("Notes")
    for r, line in enumerate(NOTES_SHEET, start=1):
        notes.cell(r, 1, line)
    save_workbook(wb, path)
    return people
