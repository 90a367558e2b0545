"""Inferring a single column's question type, options and default counted answers, with the reason why.

The work is done by the ordered recognisers of :mod:`feedback_gui.core.schema.recognisers`; this module
keeps the entry points the importer and the overrides call, and the conversions of text cells.
"""

from __future__ import annotations

import pandas as pd

from feedback_gui.core.schema.evidence import ColumnEvidence, Inference
from feedback_gui.core.schema.profile import ColumnProfile
from feedback_gui.core.schema.recognisers import CATEGORICAL, recognise
from feedback_gui.core.schema.recognisers.choice import order_options

__all__ = ["Inference", "categorical_inference", "infer_column", "order_options", "to_dates", "to_numbers"]


def infer_column(header: str, profile: ColumnProfile, order_hint: list[str] | None = None, *,
                 column_id: str | None = None, import_id: str | None = None, text_box: bool = False) -> Inference:
    """Infer the question type of one column from its header and its answers (and the file's hints)."""
    return recognise(ColumnEvidence.of(header, profile, order_hint, column_id=column_id, import_id=import_id,
                                         text_box=text_box))


def categorical_inference(
    header: str, values: tuple[str, ...], counts: tuple[int, ...], order_hint: list[str] | None = None,
    allow_free_text: bool = True,
) -> Inference:
    """Type a column of text answers: likert, yes/no, multi-select, demographic, free text or single choice."""
    hint = tuple(order_hint) if order_hint else None
    column = ColumnEvidence(header, tuple(values), tuple(counts), hint, allow_free_text=allow_free_text)
    return recognise(column, CATEGORICAL)


def to_numbers(series: pd.Series) -> pd.Series:
    """Numbers from text cells ("4", "4.5", "4,5"); blanks and non-numbers become missing."""
    text = series.astype("str").str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce")


def to_dates(series: pd.Series) -> pd.Series:
    """Dates from text cells in ISO, day-first UK or Google Forms' forms; others become missing."""
    text = series.astype("str").str.replace(r"\s?(GMT|BST|UTC)([+-]\d+)?$", "", regex=True)
    iso = pd.to_datetime(text, errors="coerce", format="ISO8601")
    if iso.notna().sum() >= 0.9 * series.notna().sum():
        return iso
    return pd.to_datetime(text, errors="coerce", dayfirst=True, format="mixed")

