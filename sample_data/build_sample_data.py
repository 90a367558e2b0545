"""Build the bundled sample surveys (deterministic) and check them.

    python sample_data/build_sample_data.py            # write every file, then check them
    python sample_data/build_sample_data.py --check    # only check the files already written
    python sample_data/build_sample_data.py --check --figures path/to/report-figures.json

The check recomputes every figure in tests/data/reference/report-figures.json (when present) from the
files with plain pandas/openpyxl.

The files reproduce every survey figure printed in the HM Inspectorate of Probation report on
Suffolk PDU (May 2024); see README.md in this folder for what is printed and what is chosen.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
DEFAULT_FIGURES = HERE.parent / "tests" / "data" / "reference" / "report-figures.json"
sys.path.insert(0, str(HERE))

import staff_surveys  # noqa: E402
import user_voice  # noqa: E402
from sample_common import assign_ranked, expand, new_workbook, save_workbook  # noqa: E402

CASELOAD_TOTAL = 2238
CASELOAD = {
    "Sentence type": (("Community order", 1267), ("Licence", 540), ("Custody", 431)),
    "Gender": (("Female", 284), ("Male", 1954)),
    "Disability": (("Yes", 989), ("No", 1249)),
    "Ethnicity": (
        ("White British", 2012),
        ("White other", 62),
        ("Black British", 58),
        ("Asian British", 41),
        ("Mixed", 52),
        ("Gypsy or Irish Traveller", 9),
        ("Not recorded", 4),
    ),
    "Age band": (("18-24", 201), ("25-34", 687), ("35-44", 652), ("45-54", 433), ("55 and over", 265)),
}

CASE_TYPES = (("Community order", 37), ("Licence", 19))
STANDARDS = {  # standard -> [(key question, cases answered Yes out of 56)]
    "P2.1 Assessment": [
        ("Does assessment focus sufficiently on engaging the person on probation?", 28),
        ("Does assessment focus sufficiently on the factors linked to offending and desistance?", 40),
        ("Does assessment focus sufficiently on keeping other people safe?", 25),
    ],
    "P2.2 Planning": [
        ("Does planning focus sufficiently on engaging the person on probation?", 22),
        ("Does planning focus sufficiently on reducing reoffending and supporting desistance?", 38),
        ("Does planning focus sufficiently on keeping other people safe?", 25),
    ],
    "P2.3 Implementation and delivery": [
        (
            "Is the sentence or post-custody period implemented effectively with a focus on engaging the "
            "person on probation?",
            25,
        ),
        ("Does the implementation and delivery of services effectively support desistance?", 20),
        (
            "Does the implementation and delivery of services effectively support the safety of other "
            "people?",
            13,
        ),
    ],
    "P2.4 Reviewing": [
        (
            "Does reviewing focus sufficiently on supporting the compliance and engagement of the person on "
            "probation?",
            31,
        ),
        ("Does reviewing focus sufficiently on supporting desistance?", 20),
        ("Does reviewing focus sufficiently on keeping other people safe?", 20),
    ],
}
ORGANISATIONAL_RATINGS = (
    ("P1.1 Leadership", "Good"),
    ("P1.2 Staffing", "Requires improvement"),
    ("P1.3 Services", "Requires improvement"),
)


def build_caseload(path: Path) -> None:
    """Write caseload_profile.csv: characteristic, group, count, percent of the 2,238 caseload."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["characteristic", "group", "count", "percent"])
        for characteristic, groups in CASELOAD.items():
            if sum(n for _, n in groups) != CASELOAD_TOTAL:
                raise ValueError(f"{characteristic} does not add up to {CASELOAD_TOTAL}")
            for group, n in groups:
                writer.writerow([characteristic, group, n, f"{round(100 * n / CASELOAD_TOTAL, 1):.1f}"])


def build_case_audit(path: Path, seed: int = 56) -> None:
    """Write case_audit_2024.xlsx: two header rows (merged standard names over key questions)."""
    rng = random.Random(seed)
    types = expand(CASE_TYPES)
    rng.shuffle(types)
    cases = [(t, rng.gauss(0.0, 1.0)) for t in types]
    columns = []
    for questions in STANDARDS.values():
        for question, yes in questions:
            lean = 0.5 if "engag" in question else 0.0  # engagement better on community orders

            def score(case: tuple[str, float], lean: float = lean) -> float:
                return case[1] + (lean if case[0] == "Community order" else -lean)

            answers = assign_ranked(rng, cases, (("Yes", yes), ("No", len(cases) - yes)), score, noise=1.0)
            columns.append([answers[i] for i in range(len(cases))])
    wb = new_workbook()
    ws = wb.active
    ws.title = "Cases"
    ws.cell(2, 1, "Case ID")
    ws.cell(2, 2, "Case type")
    col = 3
    for standard, questions in STANDARDS.items():
        ws.cell(1, col, standard).font = Font(bold=True)
        ws.cell(1, col).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(questions) - 1)
        for offset, (question, _) in enumerate(questions):
            ws.cell(2, col + offset, question).alignment = Alignment(wrap_text=True, vertical="top")
        col += len(questions)
    for r, (case_type, _) in enumerate(cases):
        ws.cell(3 + r, 1, f"C{r + 1:03d}")
        ws.cell(3 + r, 2, case_type)
        for c, answers in enumerate(columns):
            ws.cell(3 + r, 3 + c, answers[r])
    ratings = wb.create_sheet("Organisational ratings")
    ratings.append(["Standard", "Rating"])
    for row in ORGANISATIONAL_RATINGS:
        ratings.append(list(row))
    save_workbook(wb, path)


def build_all(folder: Path = HERE) -> None:
    """Write every sample file into ``folder``."""
    staff_surveys.build_2024(folder / "staff_survey_2024.xlsx")
    staff_surveys.build_2023(folder / "staff_survey_2023.xlsx")
    user_voice.build(folder / "user_voice_2024.xlsx")
    build_caseload(folder / "caseload_profile.csv")
    build_case_audit(folder / "case_audit_2024.xlsx")


def main(argv: list[str] | None = None) -> int:
    """Command line: build (default) and/or check the sample files."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check the files already written")
    parser.add_argument(
        "--figures", type=Path, default=DEFAULT_FIGURES, help="report-figures.json to cross-check against"
    )
    args = parser.parse_args(argv)
    if not args.check:
        build_all()
    import check_sample_data

    figures = args.figures if args.figures and args.figures.exists() else None
    check_sample_data.check_all(HERE, figures)
    print("sample data OK" + (f" (every figure in {figures.name} reproduced)" if figures else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
