"""Proof that the briefing pack really draws: build the sample packs, convert them with LibreOffice, keep PNGs.

    python docs/report/render.py        # docs/report/*.png

Builds the bundled 2024 staff survey's deck and report (by grade, compared with 2023) and the User Voice
deck, converts each with ``soffice --headless --convert-to pdf`` (LibreOffice draws the native charts
from their own data) and renders chosen pages with ``pdftoppm``. Needs LibreOffice Impress and Writer and
poppler-utils (Debian: apt-get install libreoffice-impress libreoffice-writer poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

# (pack, text that starts the slide's title or appears on the page, PNG name)
KEEP = (
    ("staff.pptx", "Staff survey 2024: what staff told us", "deck-01-title"),
    ("staff.pptx", "At a glance (1 of 2)", "deck-02-at-a-glance"),
    ("staff.pptx", "Summary", "deck-03-summary"),
    ("staff.pptx", "Questions answered yes or no (1 of 2)", "deck-04-questions"),
    ("staff.pptx", "By What is your grade? (1 of", "deck-05-breakdown"),
    ("staff.pptx", "Staff survey 2024 compared with Staff survey 2023 (1 of 2)", "deck-06-waves"),
    ("staff.pptx", "Themes in the comments", "deck-07-themes"),
    ("staff.pptx", "In their own words (1 of 2)", "deck-08-quotes"),
    ("user_voice.pptx", "Who responded", "deck-09-user-voice-who"),
    ("user_voice.pptx", "Support needed and received", "deck-10-user-voice-support"),
    ("staff.docx", "Areas for improvement:", "report-01-summary"),
    ("staff.docx", "Questions answered yes or no (1 of 2)", "report-02-findings"),
    ("staff.docx", "In their own words", "report-03-quotes"),
    ("staff.docx", "How we did this", "report-04-methods"),
)


def page_of(pack: Path, pdf: Path, text: str) -> int:
    """The first slide whose title starts with ``text`` (decks), or the first page showing it (documents)."""
    if pack.suffix == ".pptx":
        from pptx import Presentation

        titles = [slide.shapes.title.text for slide in Presentation(str(pack)).slides]
        return next(n for n, title in enumerate(titles, start=1) if title.startswith(text))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True,
                           timeout=120).stdout.split("\f")
    return next(n for n, page in enumerate(pages, start=1) if text in " ".join(page.split()))


def build(folder: Path) -> None:
    """Write the sample packs into ``folder``."""
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.report import build_briefing
    from feedback_gui.core.waves import compare_waves

    samples = ROOT / "sample_data"
    now = read_survey(samples / "staff_survey_2024.xlsx")
    waves = compare_waves(read_survey(samples / "staff_survey_2023.xlsx"), now)
    for ext in ("pptx", "docx"):
        result = build_briefing(now, folder / f"staff.{ext}", by="What is your grade?", waves=waves)
        print(f"built {result.path.name}: {result.charts} charts")
    build_briefing(read_survey(samples / "user_voice_2024.xlsx"), folder / "user_voice.pptx", by="Age band")


def to_pdf(pack: Path, out: Path) -> Path:
    """The pack printed to PDF by LibreOffice (a throw-away profile; one folder per pack, as the names clash)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-impress libreoffice-writer)")
    out.mkdir(exist_ok=True)
    profile = (out / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(out), str(pack)], check=True, capture_output=True, timeout=300)
    return out / (pack.stem + ".pdf")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder)
        pdfs = {name: to_pdf(folder / name, folder / name.replace(".", "_")) for name in {k[0] for k in KEEP}}
        for pack, text, stem in KEEP:
            page = page_of(folder / pack, pdfs[pack], text)
            resolution = "60" if pack.endswith(".pptx") else "70"
            subprocess.run(["pdftoppm", "-png", "-r", resolution, "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdfs[pack]), str(HERE / stem)], check=True, timeout=120)
            print(f"docs/report/{stem}.png")


if __name__ == "__main__":
    main()
