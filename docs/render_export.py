"""Proof that the exported charts really draw: export the sample, print it to PDF with LibreOffice, render PNGs.

    python docs/render_export.py            # docs/export/*.png, sample-export.pdf and sample-export.xlsx

Exports the bundled 2024 staff survey (breakdown by grade, compared with the 2023 wave), converts the
workbook with ``soffice --headless --convert-to pdf`` (LibreOffice draws the native charts itself, from
the cells they point at), renders chosen pages with ``pdftoppm -r 80`` and keeps them under docs/export/.
Needs LibreOffice Calc and poppler-utils (Debian: apt-get install libreoffice-calc-nogui poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

# (sheet whose printed pages to keep, how many of its pages, file name stem)
PAGES = (
    ("Summary", 2, "summary"),
    ("Q1 ", 1, "likert-question"),
    ("Q3 ", 1, "yes-no-question"),
    ("Q14 ", 1, "multi-choice-question"),
    ("Breakdown by", 2, "breakdown-by-grade"),
    ("Themes", 2, "themes"),
    ("Waves", 2, "waves"),
)
MAX_PDF_BYTES = 400_000


def export(out: Path) -> list[str]:
    """Write the sample workbook; return its sheet names."""
    from feedback_gui.core.export import export_workbook
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.waves import compare_waves

    samples = ROOT / "sample_data"
    now = read_survey(samples / "staff_survey_2024.xlsx")
    then = read_survey(samples / "staff_survey_2023.xlsx")
    result = export_workbook(now, out, by="What is your grade?", waves=compare_waves(then, now))
    print(f"exported {out.name}: {len(result.sheets)} sheets, {result.charts} native charts")
    return list(result.sheets)


def to_pdf(xlsx: Path, folder: Path) -> Path:
    """Print the workbook to PDF with LibreOffice (a throw-away profile, so a running LibreOffice is untouched)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(xlsx)], check=True, capture_output=True, timeout=300)
    return folder / (xlsx.stem + ".pdf")


def page_sheets(pdf: Path, names: list[str]) -> list[str]:
    """The sheet printed on each page, read from the footer the export puts there ("Summary – page 1 of 34")."""
    count = int(next(line.split()[-1] for line in _run("pdfinfo", str(pdf)).splitlines()
                     if line.startswith("Pages:")))
    sheets = []
    for page in range(1, count + 1):
        text = _run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-")
        footer = [line.strip() for line in text.splitlines() if " – page " in line][-1].split(" – page ")[0]
        sheets.append(max((n for n in names if footer.endswith(n)), key=len))
    return sheets


def render(pdf: Path, names: list[str], out_dir: Path, resolution: int = 80) -> list[Path]:
    """Render the chosen pages to PNG under ``out_dir``."""
    sheets = page_sheets(pdf, names)
    written = []
    for number, (prefix, pages, stem) in enumerate(PAGES, start=1):
        found = [i + 1 for i, sheet in enumerate(sheets) if sheet.startswith(prefix)][:pages]
        for part, page in enumerate(found, start=1):
            suffix = f"-{part}" if len(found) > 1 else ""
            target = out_dir / f"{number:02d}-{stem}{suffix}"
            _run("pdftoppm", "-r", str(resolution), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                 str(pdf), str(target))
            written.append(target.with_suffix(".png"))
    return written


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    """Export, convert, render; print what was written and how big it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS / "export", help="folder for the PNGs (default docs/export)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        xlsx = folder / "sample-export.xlsx"
        names = export(xlsx)
        pdf = to_pdf(xlsx, folder)
        written = render(pdf, names, args.out)
        shutil.copy(xlsx, args.out / xlsx.name)
        written.append(args.out / xlsx.name)
        if pdf.stat().st_size <= MAX_PDF_BYTES:
            shutil.copy(pdf, args.out / pdf.name)
            written.append(args.out / pdf.name)
    total = sum(p.stat().st_size for p in written)
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    print(f"total {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
