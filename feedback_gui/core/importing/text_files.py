"""Reading delimited text exports (csv, tsv, txt) into a grid of strings.

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252/latin-1 and others found by
charset-normalizer. Delimiters: comma, semicolon, tab or pipe, sniffed from the first lines.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from feedback_gui.core.errors import UnreadableFileError

_SAMPLE = 1 << 16
_DELIMITERS = [",", ";", "\t", "|"]


def detect_encoding(path: Path, data: bytes) -> str:
    """The text encoding of ``data`` (the whole file's bytes)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _is_cp1252(data):
        # Western exports (Excel's "CSV" on a UK machine) are nearly always Windows-1252.
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    return best.encoding if best is not None else "cp1252"


def _is_cp1252(data: bytes) -> bool:
    """True if every byte is defined in Windows-1252 and the text is mostly ASCII."""
    if any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")):
        return False
    high = sum(1 for b in data[: 1 << 20] if b >= 0x80)
    return high <= 0.05 * min(len(data), 1 << 20)


def sniff_delimiter(sample: str, suffix: str) -> str:
    """The delimiter of a text export, from a sample of its first lines."""
    if suffix in (".tsv", ".tab"):
        return "\t"
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters="".join(_DELIMITERS))
        return dialect.delimiter
    except csv.Error:
        pass
    # Fall back on the delimiter that splits the lines most consistently.
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        widest = max(counts)
        if widest < 2:
            continue
        score = sum(1 for c in counts if c == widest) / len(counts) * widest
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_grid(path: Path) -> tuple[pd.DataFrame, str, str]:
    """Read a delimited text file as a grid of strings (no header interpretation).

    Returns the grid (positional columns, empty cells as missing), the encoding and the delimiter.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"the file cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:_SAMPLE] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.replace(b"\x00", b"")
        if not data.strip():
            raise UnreadableFileError(path, "the file holds no text (only NUL bytes)")
    encoding = detect_encoding(path, data)
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("cp1252", errors="replace")
    if encoding == "utf-16":
        encoding = "utf-16"
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text[:_SAMPLE], path.suffix.lower())
    grid = _parse(text, delimiter, path)
    return grid, encoding, delimiter


def _parse(text: str, delimiter: str, path: Path) -> pd.DataFrame:
    """Parse delimited text into a string grid, tolerating ragged rows."""
    width = _max_width(text[: 1 << 20], delimiter)
    try:
        return _read(text, delimiter, width)
    except pd.errors.ParserError:
        # A row further down is wider than any in the sample: widen to the widest line.
        width = max(width, max(line.count(delimiter) for line in text.splitlines()) + 1)
    except pd.errors.EmptyDataError:
        raise UnreadableFileError(path, "the file holds no rows") from None
    try:
        return _read(text, delimiter, width)
    except (pd.errors.ParserError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnreadableFileError(path, f"the text could not be split into columns ({reason})") from None


def _read(text: str, delimiter: str, width: int) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        names=range(width),
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
        engine="c",
        on_bad_lines="error",
    )


def _max_width(sample: str, delimiter: str) -> int:
    """The widest row in a sample of the first lines (rows are often ragged in hand-made files)."""
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    width = 1
    try:
        for row in reader:
            width = max(width, len(row))
    except csv.Error:
        pass
    return width
