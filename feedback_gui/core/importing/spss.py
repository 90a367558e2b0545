"""Reading SPSS .sav files: variable names become ids, variable labels the question text, and
value labels replace codes (1 -> "Strongly disagree")."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from feedback_gui.core.errors import UnreadableFileError


def read_spss(path: Path) -> tuple[pd.DataFrame, list[str], list[str], dict[str, list[str]]]:
    """Read a .sav file as text cells with value labels applied.

    Returns the body (one column per variable, string cells, missing as NA), the variable names,
    their labels (the name again where a variable has no label) and, per labelled variable, its
    value labels in code order (the natural order of the options).
    """
    import pyreadstat

    try:
        frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False, user_missing=False)
    except Exception as exc:  # noqa: BLE001 - pyreadstat raises ReadstatError and others
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnreadableFileError(path, f"the SPSS file cannot be read ({message[:120]})") from None
    names = list(frame.columns)
    labels = [meta.column_names_to_labels.get(name) or name for name in names]
    body = pd.DataFrame(index=range(len(frame)))
    for name in names:
        body[name] = _as_text(frame[name], meta.variable_value_labels.get(name, {}))
    orders = {
        name: [str(label) for _, label in sorted(meta.variable_value_labels[name].items())]
        for name in names
        if meta.variable_value_labels.get(name)
    }
    return body, names, labels, orders


def _as_text(column: pd.Series, value_labels: dict) -> pd.Series:
    """Codes to their labels; other numbers to plain text without a trailing ".0"."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dt.strftime("%Y-%m-%d %H:%M:%S").astype("str")
    out = []
    for value in column.tolist():
        if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
            out.append(None)
        elif value in value_labels:
            out.append(str(value_labels[value]))
        elif isinstance(value, float) and value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(str(value))
    return pd.Series(out, index=column.index, dtype="str")
