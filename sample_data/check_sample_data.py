"""Check the written sample files with plain pandas/openpyxl (no Feedback Analyser code).

Every report figure is recomputed from the files: the denominator is respondents who answered and
did not say Not applicable / Don't know / Prefer not to say; blank means not answered.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import build_sample_data as build
import openpyxl
import pandas as pd
import staff_surveys as staff
import user_voice as uv

EXCLUDED = {
    "not applicable": "Not applicable",
    "n/a": "Not applicable",
    "don't know": "Don't know",
    "prefer not to say": "Prefer not to say",
}
# What the report prints, as (counted answers, numerator, denominator).
STAFF_2024_FIGURES = {
    "vision": (["Always", "Most of the time"], 66, 81),
    "openness": (["Strongly agree", "Agree"], 59, 81),
    "skills": (["Yes"], 47, 50),
    "adjustments": (["Yes"], 27, 28),
    "change_impact": (["Yes"], 49, 80),
    "bullying": (["Yes"], 10, 81),
    "bullying_raised": (["No"], 5, 10),
    "supervision_quality": (["Strongly agree", "Agree"], 62, 81),
    "supervision_frequency": (["Strongly agree", "Agree"], 66, 81),
    "workload": (["No"], 46, 79),
    "induction": (["No"], 19, 47),
    "learning_culture": (["Strongly agree", "Agree"], 64, 81),
    "services_access": (["Disagree", "Strongly disagree"], 44, 81),
}
STAFF_2023_FIGURES = {"openness": (["Strongly agree", "Agree"], 48, 76), "workload": (["No"], 38, 74)}
UV_FIGURES = {
    "understand": (["Yes"], 60, 67),
    "contact": (["Yes"], 43, 67),
    "helpful": (["Yes"], 37, 67),
    "not_helpful": (["No"], 18, 67),
    "times": (["Yes"], 53, 67),
}
# Chosen (not printed) outcomes of the seeded generators, asserted so that a change is noticed.
HELP_COUNTS = {
    "More time for supervision": 21,
    "Mentoring": 19,
    "Face-to-face training": 32,
    "Better IT": 25,
    "Smaller caseload": 36,
}
UV_UNMET = {
    "Mental health": 19,
    "Finance, benefits and debt": 14,
    "Accommodation": 8,
    "Employment, training and education": 7,
    "Substance misuse": 4,
    "Relationships and family": 5,
}
QUOTES_HELPFUL = 2
# pandas reads "N/A", "n/a" and "None" as missing by default; they are answers here.
KEEP = {
    "keep_default_na": False,
    "na_values": [""],
    "engine": "openpyxl",
}  # the first two report quotes are in "most helpful", the third in "do better"


def canonical(value: str) -> str:
    """The answer with hand-edited spellings undone (case, spaces, N/A, "or" for "nor")."""
    key = (
        " ".join(value.split()).casefold().replace("neither agree or disagree", "neither agree nor disagree")
    )
    if key in EXCLUDED:
        return EXCLUDED[key]
    return key[:1].upper() + key[1:]


def figure(column: pd.Series, counted: list[str]) -> tuple[int, int]:
    """(numerator, denominator) of ``column``: blanks and excluded answers leave the denominator."""
    answers = [canonical(v) for v in column.dropna().astype(str) if v.strip()]
    relevant = [a for a in answers if a not in EXCLUDED.values()]
    return sum(a in counted for a in relevant), len(relevant)


def _counts(column: pd.Series) -> dict[str, int]:
    return dict(Counter(column.dropna().astype(str)))


def _headers(items: list[staff.Item]) -> dict[str, str]:
    return {item.key: item.header for item in items} | {"bullying_raised": staff.RAISED_HEADER}


def check_staff_2024(folder: Path) -> pd.DataFrame:
    """81 Microsoft Forms rows whose answers give exactly the printed figures."""
    df = pd.read_excel(folder / "staff_survey_2024.xlsx", sheet_name="Sheet1", **KEEP)
    assert len(df) == 81 and list(df["ID"]) == list(range(1, 82))
    assert list(df.columns[:6]) == staff.FORMS_META
    assert (df["Completion time"] > df["Start time"]).all()
    assert df["Start time"].dt.month.eq(2).all() and df["Start time"].dt.year.eq(2024).all()
    for item in staff.ITEMS_2024:
        expected = dict(item.answers) | (dict([item.aside]) if item.aside else {})
        assert _counts(df[item.header]) == expected, item.key
    for item in staff.ENGAGEMENT_2024:  # CSPS B47-B51 and the 0-10 recommend question (chosen counts)
        column = df[item.header]
        if item.key == "enps":
            column = column.dropna().astype(int).astype(str)
        assert _counts(column) == dict(item.answers), item.key
        assert int(df[item.header].isna().sum()) == (item.aside[1] if item.aside else 0), item.key
    headers = _headers(staff.ITEMS_2024)
    for key, (counted, num, den) in STAFF_2024_FIGURES.items():
        assert figure(df[headers[key]], counted) == (num, den), (key, figure(df[headers[key]], counted))
    raised = df[staff.RAISED_HEADER].notna()
    assert raised.equals(df[headers["bullying"]].eq("Yes"))
    assert _counts(df[staff.OFFICE_Q]) == dict(staff.OFFICES_2024)
    assert _counts(df[staff.GRADE_Q]) == dict(staff.GRADES_2024)
    help_cells = df[staff.HELP_Q].dropna()
    assert all(cell.endswith(";") for cell in help_cells)
    ticks = Counter(o for cell in help_cells for o in cell.split(";") if o)
    assert set(ticks) <= set(staff.HELP_OPTIONS)
    assert dict(ticks) == HELP_COUNTS, dict(ticks)
    improve = df[staff.IMPROVE_Q].dropna()
    assert len(improve) >= 60 and all(5 <= len(t.split()) <= 60 for t in improve)
    assert 25 <= df[staff.ELSE_Q].notna().sum() <= 35
    return df


def check_staff_2023(folder: Path) -> pd.DataFrame:
    """76 rows under a title row; hand-edited spellings counted as their canonical answers."""
    ws = openpyxl.load_workbook(folder / "staff_survey_2023.xlsx").active
    assert ws["A1"].value == staff.TITLE_2023 and ws["A2"].value is None and ws["A3"].value == "ID"
    assert ws.cell(3 + 76 + 1, 1).value is None and ws.cell(3 + 76 + 2, 1).value == staff.NOTE_2023
    df = pd.read_excel(folder / "staff_survey_2023.xlsx", header=2, nrows=76, **KEEP)
    assert len(df) == 76 and list(df["ID"]) == list(range(1, 77))
    assert "Where I needed reasonable adjustments, they were made" not in df.columns
    for item in staff.ITEMS_2023:
        expected = Counter(dict(item.answers) | (dict([item.aside]) if item.aside else {}))
        for canonical_label, written in staff.VARIANTS_2023.get(item.key, []):
            expected[canonical_label] -= 1
            expected[written] += 1
        assert _counts(df[item.header]) == dict(+expected), item.key
        assert Counter(canonical(v) for v in df[item.header].dropna()) == Counter(
            dict(item.answers) | (dict([item.aside]) if item.aside else {})
        ), item.key
    headers = _headers(staff.ITEMS_2023)
    for key, (counted, num, den) in STAFF_2023_FIGURES.items():
        assert figure(df[headers[key]], counted) == (num, den), key
    assert df[staff.RAISED_HEADER].notna().equals(df[headers["bullying"]].eq("Yes"))
    assert 35 <= df[staff.IMPROVE_Q].notna().sum() <= 45
    assert df["Start time"].min() >= pd.Timestamp(2023, 2, 1) and df["Start time"].max() < pd.Timestamp(
        2023, 3, 14
    )
    return df


def _split_options(cell: str, options: list[str]) -> set[str]:
    """Options in a ", "-joined cell, matching whole options first (some contain a comma)."""
    found, rest = set(), cell
    for option in sorted(options + ["None"], key=len, reverse=True):
        if option in rest:
            found.add(option)
            rest = rest.replace(option, "")
    assert not rest.replace(",", "").strip(), cell
    return found


def check_user_voice(folder: Path, quotes: list[str] | None = None) -> pd.DataFrame:
    """67 hand-kept rows below three title rows; needs, unmet needs and quotes as recorded."""
    wb = openpyxl.load_workbook(folder / "user_voice_2024.xlsx")
    assert wb.sheetnames == ["Responses", "Notes"]
    ws = wb["Responses"]
    assert (ws["A1"].value, ws["A2"].value, ws["A3"].value, ws["A4"].value) == (
        uv.TITLE,
        uv.FIELDWORK,
        None,
        "Respondent",
    )
    assert ws.cell(4 + 67 + 1, 1).value is None and ws.cell(4 + 67 + 2, 1).value == uv.SOURCE_NOTE
    df = pd.read_excel(folder / "user_voice_2024.xlsx", sheet_name="Responses", header=3, nrows=67, **KEEP)
    assert list(df.columns) == uv.HEADER and list(df["Respondent"]) == [f"UV{i:03d}" for i in range(1, 68)]
    headers = {key: header for key, header, _ in uv.ITEMS} | {"not_helpful": uv.ITEMS[2][1]}
    for key, header, counts in uv.ITEMS:
        assert _counts(df[header]) == dict(counts), key
    for key, (counted, num, den) in UV_FIGURES.items():
        assert figure(df[headers[key]], counted) == (num, den), key
    for column, counts in (
        ("Survey mode", uv.MODE),
        ("Gender", uv.GENDER),
        (uv.DISABILITY_Q, uv.DISABILITY),
        ("Age band", uv.AGE),
        ("Ethnicity", uv.ETHNICITY),
        (uv.SENTENCE_Q, uv.SENTENCE),
    ):
        assert _counts(df[column]) == dict(counts), column
    options = [o for o, _, _ in uv.NEEDS]
    needed = [_split_options(c, options) if isinstance(c, str) else None for c in df[uv.NEEDED_Q]]
    received = [_split_options(c, options) if isinstance(c, str) else None for c in df[uv.RECEIVED_Q]]
    assert sum(n is None for n in needed) == uv.NEEDS_BLANK and [n is None for n in needed] == [
        r is None for r in received
    ]
    assert sum(n == {"None"} for n in needed if n) == uv.NEEDED_NONE
    for option, n_needed, n_met in uv.NEEDS:
        assert sum(option in n for n in needed if n) == n_needed, option
        assert sum(option in n and option in r for n, r in zip(needed, received, strict=True) if n) == n_met
    unmet = {
        o: sum(o in n and o not in r for n, r in zip(needed, received, strict=True) if n) for o in options
    }
    assert unmet == UV_UNMET, unmet
    assert max(unmet, key=unmet.get) == "Mental health"
    assert sorted(unmet.values(), reverse=True)[1] == unmet["Finance, benefits and debt"]
    helpful, better = df[uv.HELPFUL_Q].dropna().tolist(), df[uv.BETTER_Q].dropna().tolist()
    assert 45 <= len(helpful) <= 55 and 40 <= len(better) <= 50
    if quotes:
        assert all(q in helpful for q in quotes[:QUOTES_HELPFUL]) and all(
            q in better for q in quotes[QUOTES_HELPFUL:]
        )
    return df


def check_caseload(folder: Path) -> pd.DataFrame:
    """Each characteristic adds up to 2,238; percent is the count rounded to one decimal place."""
    df = pd.read_csv(folder / "caseload_profile.csv")
    assert list(df.columns) == ["characteristic", "group", "count", "percent"]
    for characteristic, rows in df.groupby("characteristic"):
        assert rows["count"].sum() == build.CASELOAD_TOTAL, characteristic
    assert (df["percent"] == (100 * df["count"] / build.CASELOAD_TOTAL).round(1)).all()
    lookup = df.set_index(["characteristic", "group"])
    assert lookup.loc[("Gender", "Female"), "percent"] == 12.7
    assert lookup.loc[("Disability", "Yes"), "percent"] == 44.2
    assert lookup.loc[("Sentence type", "Community order"), "count"] == 1267
    return df


def check_case_audit(folder: Path) -> dict[str, int]:
    """56 cases, merged standard names over the key questions, Yes counts as printed."""
    wb = openpyxl.load_workbook(folder / "case_audit_2024.xlsx")
    assert wb.sheetnames == ["Cases", "Organisational ratings"]
    ws = wb["Cases"]
    assert ws["A1"].value is None and ws["A2"].value == "Case ID" and ws["B2"].value == "Case type"
    merged = sorted(str(r) for r in ws.merged_cells.ranges)
    assert merged == ["C1:E1", "F1:H1", "I1:K1", "L1:N1"], merged
    assert [ws.cell(1, c).value for c in (3, 6, 9, 12)] == list(build.STANDARDS)
    df = pd.read_excel(folder / "case_audit_2024.xlsx", sheet_name="Cases", header=1, engine="openpyxl")
    assert len(df) == 56 and list(df["Case ID"]) == [f"C{i:03d}" for i in range(1, 57)]
    assert _counts(df["Case type"]) == dict(build.CASE_TYPES)
    yes = {}
    for questions in build.STANDARDS.values():
        for question, n in questions:
            assert set(df[question]) == {"Yes", "No"} and (df[question] == "Yes").sum() == n, question
            yes[question] = n
    ratings = pd.read_excel(
        folder / "case_audit_2024.xlsx", sheet_name="Organisational ratings", engine="openpyxl"
    )
    assert [tuple(r) for r in ratings.itertuples(index=False)] == list(build.ORGANISATIONAL_RATINGS)
    return yes


def check_against_figures(
    folder: Path, figures_path: Path, staff_df: pd.DataFrame, uv_df: pd.DataFrame
) -> None:
    """Recompute every figure in report-figures.json from the files."""
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    s = figures["staff_survey_2024"]
    assert len(staff_df) == s["respondents"]
    for item in s["items"]:
        assert figure(staff_df[item["text"]], item["counted"]) == (item["numerator"], item["denominator"]), (
            item["id"]
        )
        assert {canonical(v) for v in staff_df[item["text"]].dropna()} <= set(item["scale"]), item["id"]
    u = figures["user_voice_2024"]
    assert len(uv_df) == u["respondents"] and _counts(uv_df["Survey mode"]) == u["mode"]
    texts = {i["id"]: i["text"] for i in u["items"] if "scale" in i}
    for item in u["items"]:
        text = texts["helpful"] if item["id"] == "not_helpful" else item["text"]
        assert figure(uv_df[text], item["counted"]) == (item["numerator"], item["denominator"]), item["id"]
    profile = {p["id"]: p["respondents"] for p in u["profile_vs_caseload"]}
    assert (uv_df["Gender"] == "Female").sum() == profile["female"]["numerator"]
    assert (uv_df[uv.DISABILITY_Q] == "Yes").sum() == profile["disability"]["numerator"]
    assert {k: v for k, v in _counts(uv_df[uv.SENTENCE_Q]).items()} == {
        k: v for k, v in u["sentence"].items() if k != "report"
    }
    check_user_voice(folder, u["quotes"])
    c = figures["caseload_2024"]
    caseload = pd.read_csv(folder / "caseload_profile.csv").set_index(["characteristic", "group"])
    assert caseload.loc[("Sentence type", "Community order"), "count"] == c["community"]
    assert caseload.loc[("Sentence type", "Licence"), "count"] == c["licence"]
    assert caseload.loc[("Sentence type", "Custody"), "count"] == c["custody"]
    assert caseload.loc[("Gender", "Female"), "percent"] == c["female_percent"]
    assert caseload.loc[("Disability", "Yes"), "percent"] == c["disability_percent"]
    yes = check_case_audit(folder)
    for questions in figures["case_inspection_2024"]["standards"].values():
        for question, n in questions:
            assert yes[question] == n, question


def check_no_formula_like_cells(folder: Path) -> None:
    """No text cell starts with a character a spreadsheet could take for a formula."""
    for path in sorted(folder.glob("*.xlsx")):
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for value in row:
                    assert not (isinstance(value, str) and value[:1] in "=+-@"), (path.name, value)


def check_all(folder: Path, figures_path: Path | None = None) -> None:
    """Run every check; raises AssertionError on the first difference."""
    check_no_formula_like_cells(folder)
    staff_df = check_staff_2024(folder)
    check_staff_2023(folder)
    uv_df = check_user_voice(folder)
    check_caseload(folder)
    check_case_audit(folder)
    if figures_path is not None:
        check_against_figures(folder, figures_path, staff_df, uv_df)
