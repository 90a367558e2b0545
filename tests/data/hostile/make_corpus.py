"""Build the corpus of hostile and broken input files (issue 7): every file a leader might be sent.

    python tests/data/hostile/make_corpus.py OUT_DIR

The tests build it in a temporary folder (some files are large); nothing here is committed but the
script. Each entry is (file name, what it is); ``build(out)`` writes them all and returns the list.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from pathlib import Path

import openpyxl

GOOD_ROWS = [["Respondent", "My workload is manageable", "Which office do you mainly work from?"],
             ["1", "Yes", "Ipswich"], ["2", "No", "Lowestoft"], ["3", "Not applicable", "Ipswich"]]


def _xlsx(rows: list[list[object]], path: Path, **extra) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for key, value in extra.items():
        setattr(sheet, key, value)
    book.save(path)
    return path


def _rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None,
                 method: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", method) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name, data in (add or {}).items():
            new.writestr(name, data)


def _csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def build(out: Path) -> list[tuple[str, str]]:
    """Write every hostile file into ``out``; returns (name, description) pairs."""
    out.mkdir(parents=True, exist_ok=True)
    made: list[tuple[str, str]] = []

    def note(name: str, what: str) -> Path:
        made.append((name, what))
        return out / name

    good = _xlsx(GOOD_ROWS, out / "_good.xlsx")
    good_bytes = good.read_bytes()
    note("zero_bytes.xlsx", "zero-byte workbook").write_bytes(b"")
    note("zero_bytes.csv", "zero-byte csv").write_bytes(b"")
    note("truncated.xlsx", "workbook cut off half way (interrupted download)").write_bytes(
        good_bytes[: len(good_bytes) // 2])
    note("png_renamed.xlsx", "a PNG picture renamed .xlsx").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    note("pdf_renamed.csv", "a PDF renamed .csv").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(300))
    note("random_bytes.csv", "random binary bytes").write_bytes(random.Random(7).randbytes(4096))

    # Password-protected workbook (password "suffolk").
    import msoffcrypto.format.ooxml as ooxml

    with good.open("rb") as plain, note("password.xlsx", "password-protected workbook (suffolk)").open("wb") as enc:
        ooxml.OOXMLFile(plain).encrypt("suffolk", enc)

    # XML bomb: nested entities inside the sheet.
    with zipfile.ZipFile(good) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + (str(i - 1) if i > 2 else "") + ";") * 10}">' for i in range(2, 12))
    bomb = f'<?xml version="1.0"?><!DOCTYPE w [{entities}]>' + sheet_xml.replace(
        "<t>Yes</t>", "<t>&a11;</t>", 1)
    _rewrite_zip(good, note("xml_bomb.xlsx", "billion-laughs entity expansion inside a sheet"),
                 {"xl/worksheets/sheet1.xml": bomb.encode()})

    # Zip bomb: a sheet part that unpacks to 5 GB of spaces from a few MB.
    path = note("zip_bomb.xlsx", "zip bomb: a sheet part unpacking to 1 GB from 1 MB")
    _zip_bomb(good, path, 1024**3)

    wide = [[f"Question {i}" for i in range(10_000)], ["Yes" if i % 2 else "No" for i in range(10_000)]]
    note("ten_thousand_columns.csv", "10,000 columns").write_text(_csv_text(wide), encoding="utf-8")
    _xlsx(wide, note("ten_thousand_columns.xlsx", "10,000 columns in a workbook"))
    with note("million_rows.csv", "1,000,000 rows").open("w", encoding="utf-8") as handle:
        handle.write("ID,My workload is manageable,Office,Comment\n")
        handle.writelines(f"{i},{'Yes' if i % 3 else 'No'},{'Ipswich' if i % 2 else 'Lowestoft'},\n"
                          for i in range(1_000_000))
    note("nul_bytes.csv", "NUL bytes between the characters").write_bytes(
        _csv_text(GOOD_ROWS).encode().replace(b",", b",\x00"))
    note("mixed_encodings.csv", "UTF-8 and Windows-1252 lines in one file").write_bytes(
        "ID,Comment,Answer\n1,Café staff were great,Yes\n".encode() + "2,Don’t know £5,No\n".encode("cp1252"))
    note("only_headers.csv", "header row only").write_text("Q1,Q2,Q3\n", encoding="utf-8")
    _xlsx([GOOD_ROWS[0]], note("only_headers.xlsx", "header row only, workbook"))
    note("no_header.csv", "data rows without a header").write_text(
        _csv_text([["Yes", "Ipswich", "3"], ["No", "Lowestoft", "4"], ["Yes", "Ipswich", "5"]]), encoding="utf-8")
    note("duplicate_columns.csv", "two columns with the same header").write_text(
        _csv_text([["Q", "Q", "Office"], ["Yes", "No", "Ipswich"], ["No", "No", "Lowestoft"]]), encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Respondent", "Support", None, None, "Office"])
    sheet.append([None, "Housing", "Money", "Health", None])
    sheet.append([1, "Housing", None, "Health", "Ipswich"])
    sheet.append([2, None, "Money", None, "Lowestoft"])
    sheet.merge_cells("B1:D1")
    sheet.merge_cells("A1:A2")
    book.save(note("merged_header.xlsx", "merged header cells over two rows"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Score", "Half", "Lookup", "Answer"])
    for i in range(1, 6):
        sheet.append([i, f"=A{i + 1}/0", f"=VLOOKUP(A{i + 1},Z1:Z2,2,FALSE)", "Yes"])
    sheet.append(["#N/A", "#DIV/0!", "#VALUE!", "No"])
    book.save(note("formulas_and_errors.xlsx", "formulas and error values (#N/A, #DIV/0!)"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Completion time", "Date of last supervision", "Answer"])
    for i in range(5):
        sheet.append([45300 + i + 0.5, 45290 + i, "Yes"])
    book.save(note("dates_as_numbers.xlsx", "dates stored as Excel serial numbers"))
    _rewrite_zip(good, note("macro.xlsm", "macro-enabled workbook with a VBA project"), {},
                 {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)})
    _old_xls(note("old_format.xls", "Excel 97-2003 .xls workbook"))
    note("ragged_rows.csv", "rows of different lengths").write_text(
        "ID,Q1,Q2\n1,Yes\n2,No,Agree,extra,more\n3,Yes,Disagree\n", encoding="utf-8")
    note("over_size_limit.csv", "a file over the size limit (limit set to 1 KB in the test)").write_text(
        _csv_text(GOOD_ROWS * 40), encoding="utf-8")
    note("utf16_tabs.txt", "Excel 'Unicode text': UTF-16 with BOM, tab-delimited").write_bytes(
        _csv_text(GOOD_ROWS, "\t").encode("utf-16"))
    note("html_as_xls.xls", "an HTML table saved with an .xls name (web exports)").write_text(
        "<html><body><table><tr><td>Q1</td></tr><tr><td>Yes</td></tr></table></body></html>", encoding="utf-8")
    with zipfile.ZipFile(note("word_renamed.xlsx", "a Word document renamed .xlsx"), "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with zipfile.ZipFile(note("opendocument.xlsx", "an OpenDocument spreadsheet renamed .xlsx"), "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<document/>")
    with zipfile.ZipFile(note("plain_zip.xlsx", "a zip of photos renamed .xlsx"), "w") as archive:
        archive.writestr("photo1.jpg", b"\xff\xd8\xff" + bytes(100))
    _xlsx([], note("empty_sheet.xlsx", "a workbook whose only sheet is empty"))
    note("blank_lines.csv", "only blank lines").write_text("\n\n\n\n", encoding="utf-8")
    note("bom_only.csv", "a UTF-8 byte-order mark and nothing else").write_bytes(b"\xef\xbb\xbf")
    note("single_column.csv", "one column").write_text("Comment\nGood\nBad\nFine\n", encoding="utf-8")
    note("huge_cell.csv", "one 20 MB cell").write_text("ID,Comment\n1," + "x" * 20_000_000 + "\n",
                                                       encoding="utf-8")
    note("unbalanced_quotes.csv", "an opening quote never closed").write_text(
        'ID,Comment\n1,"never closed\n2,fine\n3,also fine\n', encoding="utf-8")
    note("old_mac_newlines.csv", "carriage returns only (old Mac)").write_bytes(
        _csv_text(GOOD_ROWS).replace("\n", "\r").encode())
    note("semicolon_latin1.csv", "semicolons and Latin-1").write_bytes(
        _csv_text([["Q;é", "Réponse"], ["Oui", "Très bien"]], ";").encode("latin-1"))
    note("long_header.csv", "a 10,000-character header").write_text(
        "ID," + "Why " * 2500 + "\n1,Because\n2,No reason\n", encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.title = "Hidden"
    book.active.sheet_state = "hidden"
    visible = book.create_sheet("Visible")
    for row in GOOD_ROWS:
        visible.append(row)
    book.save(note("hidden_sheet.xlsx", "first sheet hidden"))
    _rewrite_zip(good, note("missing_shared_strings.xlsx", "workbook part list points at missing parts"),
                 {"[Content_Types].xml": b"<Types"})
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(GOOD_ROWS[0])
    sheet["A1048576"] = "end"
    book.save(note("far_away_cell.xlsx", "one cell at the last row of the sheet"))
    note("truncated.sav", "an SPSS file cut off").write_bytes(b"$FL2@(#) IBM SPSS STATISTICS" + bytes(50))
    note("json_renamed.csv", "JSON data with a .csv name").write_text('[{"q": "Yes"}, {"q": "No"}]', encoding="utf-8")
    (out / "folder.csv").mkdir(exist_ok=True)
    made.append(("folder.csv", "a folder named like a file"))
    good.unlink()
    return made


def _zip_bomb(template: Path, target: Path, size: int) -> None:
    """Write a workbook whose sheet part is ``size`` bytes of spaces, deflated (a few MB on disk)."""
    with zipfile.ZipFile(template) as old:
        parts = {i.filename: old.read(i.filename) for i in old.infolist()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                new.writestr(name, data)
        with new.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b" " * (16 * 1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)


def _old_xls(path: Path) -> None:
    """A real BIFF8 .xls (xlwt), or an OLE2 stub named Workbook if xlwt is not installed."""
    try:
        import xlwt
    except ImportError:
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + bytes(512))
        return
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for r, row in enumerate(GOOD_ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile_corpus")
    for name, what in build(target):
        print(f"{name:32} {what}")
