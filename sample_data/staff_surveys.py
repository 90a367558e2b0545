"""The two staff-survey waves (2024 and 2023) in Microsoft Forms export layout."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sample_comments import STAFF_ANYTHING_ELSE_2024, STAFF_IMPROVE_2023, STAFF_IMPROVE_2024
from sample_common import assign_ranked, expand, new_workbook, save_workbook, weighted_sample

FORMS_META = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
OFFICE_Q = "Which office do you mainly work from?"
GRADE_Q = "What is your grade?"
HELP_Q = "Which of these would help you most in the next 12 months? (Select all that apply)"
HELP_OPTIONS = [
    "More time for supervision",
    "Mentoring",
    "Face-to-face training",
    "Better IT",
    "Smaller caseload",
]
IMPROVE_Q = "What one thing would most improve your ability to deliver a high-quality service?"
ELSE_Q = "Is there anything else you would like to tell us?"
GRADE_CODES = {
    "Probation Officer": "PO",
    "Probation Services Officer": "PSO",
    "PQiP": "PQiP",
    "Senior Probation Officer": "SPO",
    "Case administrator": "CA",
    "Other": "Other",
}
LIKERT = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]
FREQUENCY = ["Always", "Most of the time", "Sometimes", "Rarely", "Never"]
NA = "Not applicable"

# Grade and office leanings (added to a respondent's morale before ranking answers).
_LEADERSHIP = ({"SPO": 0.6, "CA": 0.3, "PO": -0.3}, {"Ipswich": 0.2, "Lowestoft": -0.2})
_WORKLOAD = (
    {"PO": -1.4, "PQiP": -1.1, "PSO": -0.3, "SPO": -0.3, "CA": 1.0, "Other": 0.6},
    {"Lowestoft": -0.5, "Bury St Edmunds": -0.2, "Ipswich": 0.2},
)
_SERVICES = ({"PO": -0.6, "PSO": -0.2, "CA": 0.5, "Other": 0.3}, {"Lowestoft": -0.6, "Ipswich": 0.3})
_SUPERVISION = ({"PQiP": 0.4, "PO": -0.3, "SPO": -0.2}, {})
_SKILLS = ({"PQiP": -1.2, "PSO": -0.3}, {})
_INDUCTION = ({"PSO": -0.6, "CA": 0.3}, {"Lowestoft": -0.3})
_NONE: tuple[dict[str, float], dict[str, float]] = ({}, {})
_NA_NO_CASES = {"CA": 8.0, "SPO": 5.0, "Other": 5.0}  # who says "Not applicable" to caseload items


@dataclass(frozen=True)
class Item:
    """One closed question: its header, exact answer counts (best answer first) and leanings."""

    key: str
    header: str
    answers: tuple[tuple[str, int], ...]
    aside: tuple[str | None, int] | None = None  # drawn before ranking (Not applicable, Don't know; None: blank)
    aside_weights: dict[str, float] = field(default_factory=dict)
    leaning: tuple[dict[str, float], dict[str, float]] = _NONE


def _scale(labels: list[str], counts: list[int]) -> tuple[tuple[str, int], ...]:
    return tuple(zip(labels, counts, strict=True))


ITEMS_2024 = [
    Item(
        "vision",
        "The vision and strategy of the PDU drive the delivery of a high-quality service",
        _scale(FREQUENCY, [21, 45, 11, 3, 1]),
        leaning=_LEADERSHIP,
    ),
    Item(
        "openness",
        "The PDU has a culture that promotes openness and constructive challenge",
        _scale(LIKERT, [18, 41, 13, 7, 2]),
        leaning=_LEADERSHIP,
    ),
    Item(
        "skills",
        "I am allocated cases that I have the appropriate skills, knowledge and experience to manage",
        (("Yes", 47), ("No", 3)),
        (NA, 31),
        _NA_NO_CASES,
        _SKILLS,
    ),
    Item(
        "adjustments",
        "Where I needed reasonable adjustments, they were made",
        (("Yes", 27), ("No", 1)),
        (NA, 53),
    ),
    Item(
        "change_impact",
        "When changes were made to service delivery, the impact was assessed and appropriate action taken",
        (("Yes", 49), ("No", 31)),
        ("Don't know", 1),
        leaning=_LEADERSHIP,
    ),
    Item(
        "bullying",
        "In the last 12 months I have experienced bullying or harassment at work",
        (("No", 71), ("Yes", 10)),
    ),
    Item(
        "supervision_quality",
        "My supervision enhances the quality of my work with people on probation",
        _scale(LIKERT, [20, 42, 10, 6, 3]),
        leaning=_SUPERVISION,
    ),
    Item(
        "supervision_frequency",
        "Supervision is offered at a sufficient frequency",
        _scale(LIKERT, [24, 42, 8, 5, 2]),
        leaning=_SUPERVISION,
    ),
    Item(
        "workload",
        "My workload is manageable",
        (("Yes", 33), ("No", 46)),
        (NA, 2),
        {"Other": 20.0, "SPO": 2.0, "CA": 1.0},
        _WORKLOAD,
    ),
    Item(
        "induction",
        "I received an induction programme when I joined",
        (("Yes", 28), ("No", 19)),
        (NA, 34),
        {"PO": 2.0, "SPO": 2.5},
        _INDUCTION,
    ),
    Item(
        "learning_culture",
        "The PDU has a culture of learning, and continuous improvement is actively promoted",
        _scale(LIKERT, [17, 47, 10, 5, 2]),
        leaning=_LEADERSHIP,
    ),
    Item(
        "services_access",
        "I have access to the range of services required to meet the risks and needs of people on probation",
        _scale(LIKERT, [3, 15, 19, 31, 13]),
        leaning=_SERVICES,
    ),
]
# The Civil Service People Survey engagement questions (B47-B51), "[my organisation]" being the Probation
# Service, and an eNPS question. Drawn from their own seed after everything else, so adding them changed
# no other answer of the 2024 file. Blank answers (None) exercise the index's rule for skipped items.
_ENGAGEMENT = ({"SPO": 0.5, "CA": 0.4, "PO": -0.3, "PQiP": 0.2}, {"Ipswich": 0.1, "Lowestoft": -0.2})
ORG_2024 = "the Probation Service"
ENGAGEMENT_2024 = [
    Item("B47", f"I am proud when I tell others I am part of {ORG_2024}", _scale(LIKERT, [14, 34, 17, 10, 5]),
         (None, 1), leaning=_ENGAGEMENT),
    Item("B48", f"I would recommend {ORG_2024} as a great place to work", _scale(LIKERT, [8, 25, 22, 16, 10]),
         leaning=_ENGAGEMENT),
    Item("B49", f"I feel a strong personal attachment to {ORG_2024}", _scale(LIKERT, [12, 32, 19, 10, 6]),
         (None, 2), leaning=_ENGAGEMENT),
    Item("B50", f"{ORG_2024[0].upper()}{ORG_2024[1:]} inspires me to do the best in my job",
         _scale(LIKERT, [9, 31, 21, 13, 7]), leaning=_ENGAGEMENT),
    Item("B51", f"{ORG_2024[0].upper()}{ORG_2024[1:]} motivates me to help it achieve its objectives",
         _scale(LIKERT, [8, 30, 23, 12, 7]), (None, 1), leaning=_ENGAGEMENT),
    Item("enps", "How likely is it that you would recommend your PDU as a place to work to a friend or family "
         "member? (0 = not at all likely, 10 = extremely likely)",
         tuple((str(v), n) for v, n in zip(range(10, -1, -1), [9, 13, 15, 14, 9, 8, 4, 3, 2, 1, 2], strict=True)),
         (None, 1), leaning=_ENGAGEMENT),
]
ENGAGEMENT_SEED = 47
RAISED_HEADER = "If yes, did you feel able to raise it?"
RAISED_2024 = (("Yes", 5), ("No", 5))

_by_key = {item.key: item for item in ITEMS_2024}
ITEMS_2023 = [
    Item(
        "vision",
        "The vision and strategy of my PDU drive delivery of a high-quality service",
        _scale(FREQUENCY, [16, 38, 15, 5, 2]),
        leaning=_LEADERSHIP,
    ),
    Item(
        "openness",
        "My PDU has a culture which promotes openness and constructive challenge",
        _scale(LIKERT, [12, 36, 15, 10, 3]),
        leaning=_LEADERSHIP,
    ),
    Item("skills", _by_key["skills"].header, (("Yes", 40), ("No", 5)), (NA, 31), _NA_NO_CASES, _SKILLS),
    Item(
        "change_impact",
        _by_key["change_impact"].header,
        (("Yes", 40), ("No", 33)),
        ("Don't know", 3),
        leaning=_LEADERSHIP,
    ),
    Item("bullying", _by_key["bullying"].header, (("No", 68), ("Yes", 8))),
    Item(
        "supervision_quality",
        _by_key["supervision_quality"].header,
        _scale(LIKERT, [15, 40, 11, 7, 3]),
        leaning=_SUPERVISION,
    ),
    Item(
        "supervision_frequency",
        _by_key["supervision_frequency"].header,
        _scale(["Strongly agree", "Agree", "Disagree", "Strongly disagree"], [20, 38, 13, 5]),
        leaning=_SUPERVISION,
    ),
    Item(
        "valued", "I feel valued by my line manager", _scale(LIKERT, [22, 33, 11, 7, 3]), leaning=_SUPERVISION
    ),
    Item(
        "workload",
        _by_key["workload"].header,
        (("Yes", 36), ("No", 38)),
        (NA, 2),
        {"Other": 20.0, "SPO": 2.0, "CA": 1.0},
        _WORKLOAD,
    ),
    Item(
        "induction",
        _by_key["induction"].header,
        (("Yes", 24), ("No", 18)),
        (NA, 34),
        {"PO": 2.0, "SPO": 2.5},
        _INDUCTION,
    ),
    Item(
        "learning_culture",
        _by_key["learning_culture"].header,
        _scale(LIKERT, [14, 41, 12, 7, 2]),
        leaning=_LEADERSHIP,
    ),
    Item(
        "services_access",
        _by_key["services_access"].header,
        _scale(LIKERT, [4, 17, 20, 25, 10]),
        leaning=_SERVICES,
    ),
]
RAISED_2023 = (("Yes", 3), ("No", 5))

OFFICES_2024 = (("Ipswich", 38), ("Lowestoft", 25), ("Bury St Edmunds", 18))
GRADES_2024 = (
    ("Probation Officer", 18),
    ("Probation Services Officer", 22),
    ("PQiP", 15),
    ("Senior Probation Officer", 8),
    ("Case administrator", 15),
    ("Other", 3),
)
OFFICES_2023 = (("Ipswich", 36), ("Lowestoft", 23), ("Bury St Edmunds", 17))
GRADES_2023 = (
    ("Probation Officer", 17),
    ("Probation Services Officer", 21),
    ("PQiP", 12),
    ("Senior Probation Officer", 8),
    ("Case administrator", 14),
    ("Other", 4),
)

# Hand-edited spellings planted in the 2023 sheet: item key -> [(canonical answer, written as)].
VARIANTS_2023 = {
    "openness": [
        ("Agree", "agree "),
        ("Strongly agree", "Strongly Agree"),
        ("Neither agree nor disagree", "Neither agree or disagree"),
    ],
    "workload": [(NA, "N/A"), (NA, "n/a")],
}
TITLE_2023 = "Suffolk PDU staff survey 2023 - responses"
NOTE_2023 = "Note: exported from Microsoft Forms on 14/03/2023; free text checked for names."


@dataclass
class Person:
    """One respondent while the sheet is being built."""

    office: str
    grade: str
    morale: float
    answers: dict[str, str | None] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return GRADE_CODES[self.grade]


def _people(rng: random.Random, offices: tuple, grades: tuple) -> list[Person]:
    office_list, grade_list = expand(offices), expand(grades)
    rng.shuffle(office_list)
    rng.shuffle(grade_list)
    return [Person(o, g, rng.gauss(0.0, 1.0)) for o, g in zip(office_list, grade_list, strict=True)]


def _answer_item(rng: random.Random, people: list[Person], item: Item) -> None:
    pool = list(range(len(people)))
    if item.aside:
        label, n = item.aside
        weights = [
            item.aside_weights.get(people[i].code, 1.0 if not item.aside_weights else 0.3) for i in pool
        ]
        for i in weighted_sample(rng, pool, weights, n):
            people[i].answers[item.key] = label
            pool.remove(i)
    grade_lean, office_lean = item.leaning
    chosen = [people[i] for i in pool]
    ranked = assign_ranked(
        rng,
        chosen,
        item.answers,
        lambda p: p.morale + grade_lean.get(p.code, 0.0) + office_lean.get(p.office, 0.0),
        noise=0.9,
    )
    for local, label in ranked.items():
        chosen[local].answers[item.key] = label


def _answer_raised(rng: random.Random, people: list[Person], counts: tuple) -> None:
    bullied = [p for p in people if p.answers["bullying"] == "Yes"]
    labels = expand(counts)
    rng.shuffle(labels)
    for person in people:
        person.answers["bullying_raised"] = None
    for person, label in zip(bullied, labels, strict=True):
        person.answers["bullying_raised"] = label


def _help_wanted(rng: random.Random, people: list[Person], blanks: int) -> None:
    base = {
        "More time for supervision": 0.25,
        "Mentoring": 0.15,
        "Face-to-face training": 0.35,
        "Better IT": 0.3,
        "Smaller caseload": 0.35,
    }
    boost = {
        "PQiP": {"Mentoring": 0.85, "Face-to-face training": 0.5},
        "PO": {"Smaller caseload": 0.8},
        "PSO": {"Smaller caseload": 0.5, "Face-to-face training": 0.5},
        "CA": {"Better IT": 0.65, "Smaller caseload": 0.05},
        "SPO": {"More time for supervision": 0.6},
    }
    skip = set(rng.sample(range(len(people)), blanks))
    for i, person in enumerate(people):
        if i in skip:
            person.answers["help"] = None
            continue
        probs = {**base, **boost.get(person.code, {})}
        picked = [o for o in HELP_OPTIONS if rng.random() < probs[o]]
        if not picked:
            picked = [max(HELP_OPTIONS, key=lambda o: probs[o])]
        person.answers["help"] = "".join(f"{o};" for o in picked)


def _give_comments(rng: random.Random, people: list[Person], comments: list, key: str) -> None:
    """Hand each comment to an unanswered respondent who fits its hint."""
    for person in people:
        person.answers[key] = None
    order = sorted(range(len(comments)), key=lambda i: (comments[i][1] is None, rng.random()))
    for i in order:
        text, hint = comments[i]
        free = [p for p in people if p.answers[key] is None]

        def fits(p: Person, hint: str | None = hint) -> bool:
            return (
                hint is None
                or hint in (p.code, p.office)
                or (hint == "bullied" and p.answers["bullying"] == "Yes")
            )

        candidates = [p for p in free if fits(p)] or free
        rng.choice(candidates).answers[key] = text


def _times(rng: random.Random, n: int, first: datetime, days: int) -> list[tuple[datetime, datetime]]:
    starts = []
    while len(starts) < n:
        day = first + timedelta(days=rng.randrange(days))
        if day.weekday() >= 5:
            continue
        starts.append(
            day.replace(hour=rng.randrange(8, 18), minute=rng.randrange(60), second=rng.randrange(60))
        )
    starts.sort()
    return [(s, s + timedelta(minutes=rng.randrange(3, 22), seconds=rng.randrange(60))) for s in starts]


def _write_rows(ws, header: list[str], rows: list[list], first_row: int) -> None:
    for c, text in enumerate(header, start=1):
        ws.cell(first_row, c, text)
    for r, row in enumerate(rows, start=first_row + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, datetime):
                cell.number_format = "m/d/yy h:mm:ss"


def _cell(key: str, answer: str | None) -> str | int | None:
    """What a cell holds: Microsoft Forms writes a 0-10 rating as a number."""
    return int(answer) if key == "enps" and answer is not None else answer


def build_2024(path: Path, seed: int = 10) -> list[Person]:
    """Write staff_survey_2024.xlsx (Microsoft Forms layout, 81 respondents) and return the people."""
    rng = random.Random(seed)
    people = _people(rng, OFFICES_2024, GRADES_2024)
    for item in ITEMS_2024:
        _answer_item(rng, people, item)
        if item.key == "bullying":
            _answer_raised(rng, people, RAISED_2024)
    _help_wanted(rng, people, blanks=8)
    _give_comments(rng, people, STAFF_IMPROVE_2024, "improve")
    _give_comments(rng, people, STAFF_ANYTHING_ELSE_2024, "else")
    engagement_rng = random.Random(ENGAGEMENT_SEED)  # its own stream: the other answers stay as they were
    for item in ENGAGEMENT_2024:
        _answer_item(engagement_rng, people, item)
    keys = [item.key for item in ITEMS_2024 + ENGAGEMENT_2024]
    keys.insert(keys.index("bullying") + 1, "bullying_raised")
    headers = [item.header for item in ITEMS_2024 + ENGAGEMENT_2024]
    headers.insert(keys.index("bullying_raised"), RAISED_HEADER)
    header = FORMS_META + headers + [HELP_Q, IMPROVE_Q, OFFICE_Q, GRADE_Q, ELSE_Q]
    rows = []
    for n, (person, (start, end)) in enumerate(
        zip(people, _times(rng, len(people), datetime(2024, 2, 5), 24), strict=True), start=1
    ):
        answers = [_cell(k, person.answers[k]) for k in keys]
        extra = [
            person.answers["help"],
            person.answers["improve"],
            person.office,
            person.grade,
            person.answers["else"],
        ]
        rows.append([n, start, end, "anonymous", None, None, *answers, *extra])
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _write_rows(ws, header, rows, 1)
    save_workbook(wb, path)
    return people


def build_2023(path: Path, seed: int = 2023) -> list[Person]:
    """Write staff_survey_2023.xlsx (title row, header on row 3, a notes row under the data)."""
    rng = random.Random(seed)
    people = _people(rng, OFFICES_2023, GRADES_2023)
    for item in ITEMS_2023:
        _answer_item(rng, people, item)
        if item.key == "bullying":
            _answer_raised(rng, people, RAISED_2023)
    _give_comments(rng, people, STAFF_IMPROVE_2023, "improve")
    for key, variants in VARIANTS_2023.items():
        for canonical, written in variants:
            target = next(p for p in people if p.answers[key] == canonical)
            target.answers[key] = written
    keys = [item.key for item in ITEMS_2023]
    keys.insert(keys.index("bullying") + 1, "bullying_raised")
    headers = [item.header for item in ITEMS_2023]
    headers.insert(keys.index("bullying_raised"), RAISED_HEADER)
    header = FORMS_META + headers + [IMPROVE_Q, OFFICE_Q, GRADE_Q]
    rows = []
    for n, (person, (start, end)) in enumerate(
        zip(people, _times(rng, len(people), datetime(2023, 2, 20), 22), strict=True), start=1
    ):
        rows.append(
            [
                n,
                start,
                end,
                "anonymous",
                None,
                None,
                *[person.answers[k] for k in keys],
                person.answers["improve"],
                person.office,
                person.grade,
            ]
        )
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(1, 1, TITLE_2023)
    _write_rows(ws, header, rows, 3)
    ws.cell(3 + len(rows) + 2, 1, NOTE_2023)
    save_workbook(wb, path)
    return people
