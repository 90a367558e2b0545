"""Recognise what a file really is from its first bytes, whatever its extension says."""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path

from feedback_gui.core.errors import UnreadableFileError

DEFAULT_SIZE_LIMIT = 1024 * 1024 * 1024  # 1 GB; a setting
DEFAULT_MAX_COLUMNS = 5000  # wider sheets are refused; a setting

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


class FileKind(StrEnum):
    """The formats the importer reads."""

    WORKBOOK = "workbook"  # xlsx / xlsm (Office Open XML)
    TEXT = "text"  # csv / tsv / txt
    SPSS = "spss"
    PROJECT = "project"


TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".dat"}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
SUPPORTED = "xlsx, xlsm, csv, tsv, txt or sav"


def sniff_kind(path: Path, size_limit: int = DEFAULT_SIZE_LIMIT) -> FileKind:
    """Decide how to read ``path``, or raise UnreadableFileError with the reason."""
    if not path.exists():
        raise UnreadableFileError(path, "the file does not exist")
    if path.is_dir():
        raise UnreadableFileError(path, "this is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFileError(path, "the file is empty (0 bytes)")
    if size > size_limit:
        raise UnreadableFileError(
            path, f"the file is {_size_text(size)}, over the {_size_text(size_limit)} limit set in Settings")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UnreadableFileError(path, f"the file cannot be opened ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    if head.startswith(_ZIP):
        return _zip_kind(path)
    if head.startswith(_OLE2):
        return _ole2_kind(path, suffix)
    if head.startswith(b"$FL2") or head.startswith(b"$FL3"):
        return FileKind.SPSS
    if suffix == ".sav":
        raise UnreadableFileError(path, "this is not a valid SPSS .sav file")
    if _looks_binary(head):
        raise UnreadableFileError(path, f"this is not a survey file that can be read ({SUPPORTED})")
    if suffix in WORKBOOK_SUFFIXES | {".xls"} and head.lstrip().startswith(b"<"):
        raise UnreadableFileError(path, f"this is a web page saved with a {suffix} name, not a workbook; open it "
                                        "in Excel and save it as .xlsx")
    return FileKind.TEXT  # a csv named .xls/.xlsx, as some systems export, is read as the text it is


def _size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size} bytes"


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFileError(path, "the workbook is damaged or incomplete (not a valid zip archive)") from None
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        _refuse_bomb(path, entries)
        return FileKind.WORKBOOK
    if "word/document.xml" in names:
        raise UnreadableFileError(path, "this is a Word document, not a spreadsheet")
    if "content.xml" in names:
        raise UnreadableFileError(path, "this is an OpenDocument file; save it as .xlsx or .csv first")
    raise UnreadableFileError(path, "this zip archive is not an Excel workbook")


MAX_UNPACKED = 4 * 1024**3  # a workbook that unpacks to more than 4 GB is refused
MAX_RATIO = 200  # ...as is one whose parts unpack to 200 times their packed size, above 256 MB


def _refuse_bomb(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    """Refuse a "zip bomb": a small workbook whose parts unpack to gigabytes."""
    unpacked = sum(e.file_size for e in entries)
    packed = sum(e.compress_size for e in entries) or 1
    if unpacked > MAX_UNPACKED or (unpacked > 256 * 1024**2 and unpacked / packed > MAX_RATIO):
        raise UnreadableFileError(
            path, f"the workbook unpacks to {unpacked / 1e9:,.1f} GB from {packed / 1e6:,.1f} MB; "
                  "it is refused as unsafe (a zip bomb or a damaged file)")


def _ole2_kind(path: Path, suffix: str) -> FileKind:
    if is_encrypted(path):
        return FileKind.WORKBOOK
    with path.open("rb") as handle:
        blob = handle.read(1 << 16)
    if suffix == ".xls" or "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
        raise UnreadableFileError(path, "this is an old Excel 97-2003 .xls workbook; save it as .xlsx in Excel first")
    raise UnreadableFileError(path, f"this is not a survey file that can be read ({SUPPORTED})")


def is_encrypted(path: Path) -> bool:
    """True if ``path`` is a password-protected Office workbook (an encrypted OLE2 package)."""
    try:
        with path.open("rb") as handle:
            if handle.read(8) != _OLE2:
                return False  # encrypted workbooks are OLE2 containers, never plain zips
    except OSError:
        return False
    import msoffcrypto

    try:
        with path.open("rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:  # noqa: BLE001 - any failure means "not an encrypted Office file we can open"
        return False


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    if head.startswith((b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > 2
