"""Write the import-layout fixtures and expected.json (deterministic), then check them.

    python tests/data/layouts/make_layout_fixtures.py           # write the files, then check them
    python tests/data/layouts/make_layout_fixtures.py --check   # only check the files already written

Each file imitates the export format of one survey tool (see README.md in this folder); expected.json
is computed from the same answers the generator wrote, never typed by hand.  The check reads every
file back with plain pandas/openpyxl/pyreadstat, using what is known about its layout, and compares
the counts with expected.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fixtures_hand  # noqa: E402
import fixtures_quirks  # noqa: E402
import fixtures_tools  # noqa: E402

BUILDERS = {
    "ms_forms.xlsx": fixtures_tools.ms_forms,
    "google_forms.csv": fixtures_tools.google_forms,
    "qualtrics.csv": fixtures_tools.qualtrics,
    "surveymonkey.xlsx": fixtures_tools.surveymonkey,
    "title_and_notes.xlsx": fixtures_hand.title_and_notes,
    "semicolon_cp1252.csv": fixtures_hand.semicolon_cp1252,
    "tabs.tsv": fixtures_hand.tabs,
    "utf8_bom.csv": fixtures_hand.utf8_bom,
    "binary_multiselect.xlsx": fixtures_hand.binary_multiselect,
    "survey.sav": fixtures_hand.spss,
    "qualtrics_2016.csv": fixtures_quirks.qualtrics_2016,
    "qualtrics_legacy.csv": fixtures_quirks.qualtrics_legacy,
    "limesurvey.csv": fixtures_quirks.limesurvey,
    "google_forms_checkboxes.csv": fixtures_quirks.google_forms_checkboxes,
    "exit_survey.csv": fixtures_quirks.exit_survey,
    "ratings_sheet.xlsx": fixtures_quirks.ratings_sheet,
    "spss_scales.sav": fixtures_quirks.spss_scales,
}
KEEP = {"keep_default_na": False, "na_values": [""]}  # "N/A" and "None" are answers, not missing


def build_all(folder: Path = HERE) -> dict[str, Any]:
    """Write every fixture and expected.json into ``folder``; return the expected dict."""
    expected = {name: build(folder / name) for name, build in BUILDERS.items()}
    text = json.dumps(expected, indent=2, ensure_ascii=False, default=str) + "\n"
    (folder / "expected.json").write_text(text, encoding="utf-8")
    return expected


# ---- reading back ----


def _frame(folder: Path, name: str, n: int) -> pd.DataFrame:
    """The response table of one fixture, columns named by their expected header."""
    path = folder / name
    if name == "ms_forms.xlsx":
        return pd.read_excel(path, sheet_name="Sheet1", engine="openpyxl", **KEEP)
    if name == "google_forms.csv":
        return pd.read_csv(path, encoding="utf-8", dtype=str, **KEEP)
    if name == "qualtrics.csv":
        raw = pd.read_csv(path, encoding="utf-8-sig", header=None, dtype=str, **KEEP)
        assert raw.iloc[0, 0] == "StartDate" and raw.iloc[2, 0].startswith('{"ImportId":"startDate"')
        return raw.iloc[3:].set_axis(list(raw.iloc[1]), axis=1).reset_index(drop=True)
    if name == "surveymonkey.xlsx":
        rows = list(openpyxl.load_workbook(path)["Sheet"].values)
        stems, stem = [], None
        for top, sub in zip(rows[0], rows[1], strict=True):
            stem = top if top is not None else stem
            stems.append(stem if sub in (None, "Response", "Open-Ended Response") else f"{stem} - {sub}")
        return pd.DataFrame(rows[2:], columns=stems)
    if name == "title_and_notes.xlsx":
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == ["Summary", "Responses"]
        ws = wb["Responses"]
        assert ws.cell(4 + n + 2, 1).value == f"Total responses: {n}"
        return pd.read_excel(path, sheet_name="Responses", header=3, nrows=n, engine="openpyxl", **KEEP)
    if name == "semicolon_cp1252.csv":
        return pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, **KEEP)
    if name == "tabs.tsv":
        return pd.read_csv(path, sep="\t", encoding="utf-8", dtype=str, **KEEP)
    if name == "utf8_bom.csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        return pd.read_csv(path, encoding="utf-8-sig", dtype=str, **KEEP)
    if name == "binary_multiselect.xlsx":
        return pd.read_excel(path, sheet_name="Responses", engine="openpyxl", **KEEP)
    if name == "qualtrics_2016.csv":
        raw = pd.read_csv(path, encoding="utf-8", header=None, dtype=str, **KEEP)
        assert raw.iloc[0, 0] == "ResponseID" and raw.iloc[2, 0] == "{'ImportId': 'responseId'}"
        return raw.iloc[3:].set_axis(list(raw.iloc[1]), axis=1).reset_index(drop=True)
    if name == "qualtrics_legacy.csv":
        raw = pd.read_csv(path, encoding="utf-8", header=None, dtype=str, **KEEP)
        assert list(raw.iloc[0, :3]) == ["V1", "V2", "V3"] and raw.iloc[:, -1].isna().all()  # trailing commas
        return raw.iloc[2:, :-1].set_axis(list(raw.iloc[1, :-1]), axis=1).reset_index(drop=True)
    if name in ("limesurvey.csv", "google_forms_checkboxes.csv", "exit_survey.csv"):
        return pd.read_csv(path, encoding="utf-8", dtype=str, **KEEP)
    if name == "ratings_sheet.xlsx":
        return pd.read_excel(path, sheet_name="Feedback", engine="openpyxl", dtype=str, **KEEP)
    if name in ("survey.sav", "spss_scales.sav"):
        import pyreadstat

        df, meta = pyreadstat.read_sav(str(path), apply_value_formats=True)
        labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
        return df.rename(columns=labels)
    raise KeyError(name)


def _blank(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and pd.isna(value))
        or (isinstance(value, str) and not value.strip())
        or value is pd.NaT
    )


def _canonical(value: Any, labels: list[str], codes: dict[str, str] | None = None) -> str:
    """The expected label that ``value`` spells (case, spaces, curly apostrophes, N/A and documented codes ignored)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a rating column read as float because of a blank
    if codes and " ".join(str(value).split()) in codes:
        value = codes[" ".join(str(value).split())]
    key = " ".join(str(value).replace("\u2019", "'").split()).casefold()
    if key in ("n/a", "not applicable"):
        key = "not applicable"
    for label in labels:
        if label.casefold() == key:
            return label
    raise AssertionError(f"{value!r} is none of {labels}")


def _split(cell: str, options: list[str]) -> list[str]:
    found, rest = [], cell
    for option in sorted(options, key=len, reverse=True):
        if option in rest:
            found.append(option)
            rest = rest.replace(option, "", 1)
    if rest.strip(" ,;|") and "Other" in options and "Other" not in found:
        found.append("Other")  # text typed under "Other", appended to the ticked options
        rest = ""
    assert not rest.strip(" ,;|"), f"unknown options left in {cell!r}"
    return found


def _ticked(value: Any) -> bool:
    return not _blank(value) and value not in (0, False, "0", "FALSE")


def _observe(df: pd.DataFrame, q: dict[str, Any]) -> dict[str, Any]:
    """answered/counts/excluded of one expected question, recomputed from the table."""
    seen: dict[str, Any] = {"answered": 0}
    labels = q["options"] + list(q["excluded"])
    counts: Counter[str] = Counter()
    if "columns" in q:
        block = (
            df[q["columns"]]
            if q["columns"][0] in df.columns
            else df[[f"{q['header']} - {c}" for c in q["columns"]]]
        )
        for _, row in block.iterrows():
            if all(_blank(v) for v in row):
                continue
            seen["answered"] += 1
            if q.get("ticked") == "categories":  # each column holds one chosen option
                counts.update({str(v) for v in row if not _blank(v)})
            else:
                counts.update(o for o, v in zip(q["options"], row, strict=True) if _ticked(v))
    else:
        values = [v for v in df[q["header"]] if not _blank(v)]
        seen["answered"] = len(values)
        if q["type"] == "multi_choice":
            for v in values:
                counts.update(_split(str(v), q["options"]))
        elif q["type"] == "numeric":
            numbers = [float(v) for v in values]
            seen["mean"] = round(sum(numbers) / len(numbers), 4)
            seen["min"], seen["max"] = min(numbers), max(numbers)
        elif q["type"] == "date":
            days = sorted(v.date() if isinstance(v, datetime) else v for v in map(_as_date, values))
            seen["min"], seen["max"] = days[0].isoformat(), days[-1].isoformat()
        elif q["type"] != "free_text":
            counts.update(_canonical(v, labels, q.get("codes")) for v in values)
    seen["counts"] = {o: counts[o] for o in q["options"]}
    seen["excluded"] = {label: counts[label] for label in q["excluded"] if counts[label]}
    return seen


def _as_date(value: Any) -> date | datetime:
    if isinstance(value, (date, datetime)):
        return value
    return pd.Timestamp(value).to_pydatetime()


def check_all(folder: Path = HERE) -> None:
    """Read every fixture back and compare it with expected.json; raises AssertionError on a difference."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert list(expected) == list(BUILDERS)
    for name, spec in expected.items():
        df = _frame(folder, name, spec["respondents"])
        assert len(df) == spec["respondents"], (name, len(df))
        assert 8 <= spec["respondents"] <= 40
        for q in spec["questions"]:
            if q["type"] == "metadata":
                assert q["header"] in df.columns, (name, q["header"])
                continue
            seen = _observe(df, q)
            wanted = {k: q[k] for k in seen}
            assert seen == wanted, (name, q["header"], seen, wanted)


def main(argv: list[str] | None = None) -> int:
    """Command line: build (default) and check the fixtures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check the files already written")
    args = parser.parse_args(argv)
    if not args.check:
        build_all()
    check_all()
    print(f"{len(BUILDERS)} layout fixtures OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
