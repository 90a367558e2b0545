"""Reading SPSS .sav files: variable names become ids, variable labels the question text, and
value labels replace codes (1 -> "Strongly disagree").

Declared user-missing codes (9 = "Not answered") are blank answers, not options; their labels are left
out of the options the file declares. Multiple-response sets become one multi-select question each:
a dichotomy set's variables are read as 1 (the counted value) or 0, a category set's as their labels.
Dates in formats pyreadstat leaves as numbers (QYR, MOYR, WKYR) are converted like the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from feedback_gui.core.errors import UnreadableFileError
from feedback_gui.core.importing.builder import ColumnSet

_SPSS_EPOCH = datetime(1582, 10, 14)
_NUMERIC_DATE_FORMATS = ("QYR", "MOYR", "WKYR")


@dataclass
class SpssFile:
    """A .sav file's cells as text, with what its dictionary declares."""

    body: pd.DataFrame
    names: list[str]
    labels: list[str]
    orders: dict[str, list[str]] = field(default_factory=dict)  # value labels in code order, missing codes left out
    sets: list[ColumnSet] = field(default_factory=list)


def read_spss(path: Path) -> SpssFile:
    """Read a .sav file as text cells with value labels applied (missing cells as NA)."""
    import pyreadstat

    try:
        frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False, user_missing=False)
    except Exception as exc:  # noqa: BLE001 - pyreadstat raises ReadstatError and others
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnreadableFileError(path, f"the SPSS file cannot be read ({message[:120]})") from None
    names = list(frame.columns)
    labels = [meta.column_names_to_labels.get(name) or name for name in names]
    value_labels = {name: meta.variable_value_labels.get(name, {}) for name in names}
    missing = getattr(meta, "missing_ranges", None) or {}
    formats = getattr(meta, "original_variable_types", None) or {}
    sets = _sets(meta, names)
    counted = {v: s_value for s_value, variables in sets.values() for v in variables}
    body = pd.DataFrame(index=range(len(frame)))
    for name in names:
        column = frame[name]
        if name in counted:
            body[name] = _dichotomy(column, counted[name])
        elif str(formats.get(name, "")).upper().startswith(_NUMERIC_DATE_FORMATS):
            body[name] = _numeric_dates(column)
        else:
            body[name] = _as_text(column, value_labels[name])
    orders = {
        name: [str(label) for code, label in sorted(value_labels[name].items(), key=lambda kv: _order(kv[0]))
               if not _is_missing(code, missing.get(name, []))]
        for name in names if value_labels[name] and name not in counted
    }
    declared = [ColumnSet(name, label, kind, tuple(variables)) for name, (label, kind, variables) in
                _declared(meta, names).items()]
    return SpssFile(body, names, labels, {k: v for k, v in orders.items() if v}, declared)


def _declared(meta: object, names: list[str]) -> dict[str, tuple[str, str, list[str]]]:
    """name -> (label, "D"/"C", variables) of every multiple-response set whose variables are all in the file."""
    out = {}
    for name, info in (getattr(meta, "mr_sets", None) or {}).items():
        variables = [v for v in info.get("variable_list", []) if v in names]
        if len(variables) >= 2:
            kind = "D" if info.get("is_dichotomy") or info.get("type") == "D" else "C"
            out[name] = (str(info.get("label") or name), kind, variables)
    return out


def _sets(meta: object, names: list[str]) -> dict[str, tuple[object, list[str]]]:
    """name -> (counted value, variables) of the dichotomy sets."""
    out = {}
    for name, info in (getattr(meta, "mr_sets", None) or {}).items():
        if info.get("is_dichotomy") or info.get("type") == "D":
            variables = [v for v in info.get("variable_list", []) if v in names]
            out[name] = (info.get("counted_value"), variables)
    return out


def _same(value: object, counted: object) -> bool:
    try:
        return float(value) == float(counted)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value).strip() == str(counted).strip()


def _dichotomy(column: pd.Series, counted: object) -> pd.Series:
    """A dichotomy set's variable: "1" where the counted value is, "0" for any other answer, blank if missing."""
    out = [None if _blank(v) else ("1" if _same(v, counted) else "0") for v in column.tolist()]
    return pd.Series(out, index=column.index, dtype="str")


def _numeric_dates(column: pd.Series) -> pd.Series:
    """Seconds since 14 October 1582 (SPSS dates pyreadstat leaves as numbers) as ISO dates."""
    out = [None if _blank(v) else (_SPSS_EPOCH + timedelta(seconds=float(v))).strftime("%Y-%m-%d")
           for v in column.tolist()]
    return pd.Series(out, index=column.index, dtype="str")


def _order(code: object) -> tuple[int, float | str]:
    try:
        return 0, float(code)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1, str(code)


def _is_missing(code: object, ranges: list[dict]) -> bool:
    """True if a value-label code is declared user-missing (a missing value or inside a missing range)."""
    for declared in ranges:
        low, high = declared.get("lo"), declared.get("hi")
        try:
            if float(low) <= float(code) <= float(high):  # type: ignore[arg-type]
                return True
        except (TypeError, ValueError):
            if str(code) in (str(low), str(high)):
                return True
    return False


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value == ""


def _as_text(column: pd.Series, value_labels: dict) -> pd.Series:
    """Codes to their labels; other numbers to plain text without a trailing ".0"."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dt.strftime("%Y-%m-%d %H:%M:%S").astype("str")
    out: list[str | None] = []
    for value in column.tolist():
        if _blank(value):
            out.append(None)
        elif value in value_labels:
            out.append(str(value_labels[value]))
        elif isinstance(value, float) and value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(str(value))
    return pd.Series(out, index=column.index, dtype="str")
