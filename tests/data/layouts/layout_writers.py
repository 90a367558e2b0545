"""Writing helpers for the layout fixtures: seeded answers, csv text, byte-stable xlsx and sav files."""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from layout_columns import AGREE, Col, exact
from openpyxl import Workbook

FIXED_TIME = datetime(2024, 3, 1, 9, 0, 0)
_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")

START = datetime(2024, 2, 12, 9, 0, 0)
SATISFIED = [
    "Very satisfied",
    "Satisfied",
    "Neither satisfied nor dissatisfied",
    "Dissatisfied",
    "Very dissatisfied",
]
STAFF_COMMENTS = [
    "More time for supervision would help.",
    "The new laptops are much better.",
    "Caseloads are too high.",
    "I would like more face-to-face training.",
    "My manager is very supportive.",
    "Wi-Fi keeps dropping out.",
    "Please sort out the parking.",
    "Induction was rushed.",
    "Good team, hard job.",
    "More admin support please.",
    "Training on toolkits would help.",
    "Thanks for asking.",
    "Communication from leaders could be clearer.",
]
POP_COMMENTS = [
    "My officer listens to me.",
    "Appointments clash with work.",
    "Help with housing please.",
    "The bus fare is too much.",
    "They helped me with benefits.",
    "Keep the same worker.",
    "It's fine.",
    "More help with mental health.",
    "Answer the phone.",
    "Explain things better.",
    "Nothing to add.",
]


def times(rng: random.Random, n: int) -> list[tuple[datetime, datetime]]:
    """``n`` sorted (start, end) pairs over ten days from 12 Feb 2024, 08:00-20:00, 2-25 minutes long."""
    starts = sorted(
        START.replace(hour=0) + timedelta(days=rng.randrange(10), seconds=rng.randrange(8 * 3600, 20 * 3600))
        for _ in range(n)
    )
    return [(s, s + timedelta(seconds=rng.randrange(120, 1500))) for s in starts]


def free(rng: random.Random, n: int, k: int, pool: list[str]) -> list[str | None]:
    """``k`` distinct comments from ``pool`` scattered among ``n`` answers; the rest blank."""
    texts: list[str | None] = rng.sample(pool, k) + [None] * (n - k)
    rng.shuffle(texts)
    return texts


def agree(
    rng: random.Random, counts: list[int], extra: dict[str, int] | None = None, blanks: int = 0
) -> list:
    """Agree-scale answers with these counts (Strongly agree first), plus extra labels and blanks."""
    return exact(rng, dict(zip(AGREE, counts, strict=True)) | (extra or {}), blanks)


def xlsx_rows(ws, rows: list[list[Any]], first_row: int = 1) -> None:
    """Write ``rows`` from ``first_row``; None leaves a cell empty; dates get a date format."""
    for r, row in enumerate(rows, start=first_row):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if isinstance(value, datetime):
                cell.number_format = "m/d/yy h:mm:ss"
            elif isinstance(value, date):
                cell.number_format = "m/d/yyyy"


def csv_text(rows: list[list[Any]], delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> str:
    """Delimited text with CRLF line ends, as Excel and the survey tools write it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def table(cols: list[Col]) -> list[list[Any]]:
    """One row per respondent of what the columns write."""
    return [list(row) for row in zip(*(c.written() for c in cols), strict=True)]


def new_workbook() -> Workbook:
    """A workbook with fixed document properties."""
    wb = Workbook()
    wb.properties.creator = "Feedback Analyser test fixtures"
    wb.properties.lastModifiedBy = "Feedback Analyser test fixtures"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save with a fixed modified time and fixed zip entry times, so re-running gives the same bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>", data)
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, data)


def write_sav(df: pd.DataFrame, path: Path, **kwargs: Any) -> None:
    """pyreadstat.write_sav, then the creation date and time in the file header set to a fixed value."""
    import pyreadstat

    pyreadstat.write_sav(df, str(path), **kwargs)
    data = bytearray(path.read_bytes())
    # SPSS header: "$FL2" (4 bytes), product (60), layout, case size, compression, weight, cases (4 each),
    # bias (8), then creation date "dd mmm yy" (9 bytes) at offset 92 and time "hh:mm:ss" (8) at 101.
    if data[:4] != b"$FL2" or data[94:95] != b" " or data[103:104] != b":":
        raise ValueError("unexpected .sav header layout")
    data[92:101] = FIXED_TIME.strftime("%d %b %y").encode("ascii")
    data[101:109] = FIXED_TIME.strftime("%H:%M:%S").encode("ascii")
    path.write_bytes(bytes(data))
