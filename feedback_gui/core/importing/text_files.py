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
from feedback_gui.core.importing.filetypes import DEFAULT_MAX_COLUMNS

_SAMPLE = 1 << 16
TEXT_DISTINCT = 5000  # a column with more distinct cells is read as text, not as a categorical
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
        counts = [_field_count(line, delimiter) for line in lines]
        widest = max(counts)
        if widest < 2:
            continue
        score = sum(1 for c in counts if c == widest) / len(counts) * widest
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_count(text: str, delimiter: str) -> int:
    """Number of fields in the first record of ``text`` (0 if it cannot be parsed)."""
    try:
        return len(next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), []))
    except csv.Error:
        return 0


def read_text_grid(path: Path, max_columns: int = DEFAULT_MAX_COLUMNS) -> tuple[pd.DataFrame, str, str]:
    """Read a delimited text file as a grid of text cells (no header interpretation).

    Returns the grid (positional columns, empty cells as missing), the encoding and the delimiter.
    Well-formed UTF-8 files go through Arrow's reader straight from disk; anything else (other
    encodings, ragged rows, NUL bytes) through a tolerant reader.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE)
    except OSError as exc:
        raise UnreadableFileError(path, f"the file cannot be read ({exc.strerror or exc})") from None
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    old_mac = b"\r" in head and b"\n" not in head  # carriage returns only: the tolerant reader copes
    if b"\x00" not in head and not utf16 and not old_mac:
        bom = head.startswith(b"\xef\xbb\xbf")
        delimiter = sniff_delimiter(head.decode("utf-8", errors="ignore").lstrip("\ufeff"), path.suffix.lower())
        grid = _read_arrow(path, delimiter, 3 if bom else 0, max_columns)
        if grid is not None:
            return grid, "utf-8-sig" if bom else "utf-8", delimiter
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"the file cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:_SAMPLE] and not utf16:
        data = data.replace(b"\x00", b"")
        if not data.strip():
            raise UnreadableFileError(path, "the file holds no text (only NUL bytes)")
    encoding = detect_encoding(path, data)
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = sniff_delimiter(text[:_SAMPLE], path.suffix.lower())
    grid = _parse(text, delimiter, path)
    check_width(path, grid.shape[1], max_columns)
    return grid, encoding, delimiter


def _read_arrow(path: Path, delimiter: str, skip: int, max_columns: int) -> pd.DataFrame | None:
    """Fast path for well-formed UTF-8 files: Arrow's multi-threaded reader, cells dictionary-encoded.

    Returns None when the rows are ragged (title or note rows of another width) or the bytes are
    not UTF-8, so that the tolerant reader takes over.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    with path.open("rb") as handle:
        handle.seek(skip)
        sample = handle.read(_SAMPLE).decode("utf-8", errors="ignore")
    width = _field_count(sample, delimiter)
    if width < 2:
        return None
    check_width(path, width, max_columns)
    names = [f"f{i}" for i in range(width)]
    text = pa.dictionary(pa.int32(), pa.string())
    try:
        with pa.OSFile(str(path), "rb") as source:
            if skip:
                source.seek(skip)
            table = pacsv.read_csv(
                source,
                read_options=pacsv.ReadOptions(column_names=names),
                parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: text for n in names}, null_values=[""], strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                ),
            )
    except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError, OSError):
        return None
    return arrow_to_grid(table, path, max_columns)


def check_width(path: Path, width: int, limit: int = DEFAULT_MAX_COLUMNS) -> None:
    """Refuse a sheet wider than any survey (a setting; Excel itself stops at 16,384 columns)."""
    if width > limit:
        raise UnreadableFileError(path, f"the sheet has {width:,} columns, more than the {limit:,} a survey can "
                                        "have here (a setting); remove unused columns or split the file")


def arrow_to_grid(table: object, path: Path, max_columns: int = DEFAULT_MAX_COLUMNS) -> pd.DataFrame:
    """An Arrow table of text columns as a grid: a categorical per column (one dictionary of its answers),
    or plain text for a column with more distinct values than answer options ever have (free text, ids),
    where a dictionary would cost time and save nothing."""
    import pyarrow as pa

    check_width(path, table.num_columns, max_columns)  # type: ignore[attr-defined]
    columns = []
    for column in table.columns:  # type: ignore[attr-defined]
        if not pa.types.is_dictionary(column.type):
            column = column.cast(pa.string()).dictionary_encode()
        if _distinct(column) > TEXT_DISTINCT:
            column = column.cast(pa.string())
        columns.append(column)
    names = [str(i) for i in range(len(columns))]
    frame = pa.table(columns, names=names).to_pandas()
    frame.columns = range(len(columns))
    return frame


def _distinct(column: object) -> int:
    """How many distinct values a dictionary-encoded column holds (its chunks may have dictionaries of their own)."""
    chunks = getattr(column, "chunks", None)
    if chunks is None:  # one array (a record batch's column), one dictionary
        return len(column.dictionary)  # type: ignore[attr-defined]
    if sum(len(chunk.dictionary) for chunk in chunks) <= TEXT_DISTINCT:
        return TEXT_DISTINCT  # no more than this, whatever the overlap
    unified = column.unify_dictionaries()  # type: ignore[attr-defined]
    return len(unified.chunks[0].dictionary) if unified.num_chunks else 0


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
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    width = 1
    try:
        for row in reader:
            width = max(width, len(row))
    except csv.Error:
        pass
    return width
