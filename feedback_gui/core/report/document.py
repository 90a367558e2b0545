"""The Word briefing, written as the inspectorate writes: a summary of strengths and areas for improvement,
then the findings with their figures, charts (pictures with alt text) and tables, comments with a few
redacted quotes, and how the figures were worked out.

Headings are Word's own Heading 1-3 styles, so the navigation pane and a table of contents follow them.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.report.docx_parts import add_picture, add_table, note, set_up
from feedback_gui.core.report.model import Briefing, Section
from feedback_gui.core.report.pictures import chart_png


def write_docx(briefing: Briefing, path: str | Path, progress: ProgressFn = no_progress) -> int:
    """Write the report to ``path``; returns the number of chart pictures in it."""
    doc = Document()
    set_up(doc, briefing.title)
    doc.add_heading(briefing.title, level=0)
    subtitle = doc.add_paragraph(briefing.subtitle)
    subtitle.style = doc.styles["Subtitle"]
    _summary(doc, briefing)
    pictures = 0
    figure = [0]
    sections = list(briefing.sections)
    for done, section in enumerate(sections, start=1):
        if section.heading:
            doc.add_heading(section.heading, level=1)
        pictures += _section(doc, section, figure)
        progress(0.95 * done / len(sections))
    doc.add_heading("How we did this", level=1)
    for heading, paragraphs in briefing.methods:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(str(path))
    progress(1.0)
    return pictures


def _summary(doc, briefing: Briefing) -> None:  # noqa: ANN001 - a python-docx Document
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(briefing.introduction)
    for heading, items in (("Strengths:", briefing.strengths), ("Areas for improvement:", briefing.improvements)):
        doc.add_paragraph().add_run(heading).bold = True
        if not items:
            doc.add_paragraph("None among this survey's rating-scale questions.")
        for sentence in items:
            doc.add_paragraph(sentence, style="List Bullet")
    note(doc, briefing.sorting_note)
    if briefing.cards:
        doc.add_heading("Headline figures", level=2)
        add_table(doc, _cards_table(briefing))


def _cards_table(briefing: Briefing):  # noqa: ANN202
    from feedback_gui.core.analysis.wording import percent_text
    from feedback_gui.core.report.model import Table

    rows = tuple((c.label, f"{c.numerator} out of {c.denominator}", percent_text(c.percent),
                  f"{percent_text(c.ci[0])} to {percent_text(c.ci[1])}") for c in briefing.cards)
    return Table(("Question", "Counted out of relevant", "%", f"{briefing.level} interval"), rows)


def _section(doc, section: Section, figure: list[int]) -> int:  # noqa: ANN001
    doc.add_heading(section.title, level=2)
    if section.key == "quotes":
        _quotes(doc, section)
        return 0
    for sentence in section.sentences:
        doc.add_paragraph(sentence, style="List Bullet")
    drawn = 0
    if section.chart is not None:
        figure[0] += 1
        add_picture(doc, chart_png(section.chart), section.chart.alt_text, section.chart.title)
        doc.add_paragraph(f"Figure {figure[0]}: {section.chart.title}", style="Caption")
        drawn = 1
    if section.table is not None:
        add_table(doc, section.table)
    for text in dict.fromkeys(section.notes):
        note(doc, text)
    return drawn


def _quotes(doc, section: Section) -> None:  # noqa: ANN001
    last = None
    for theme, quote in section.quotes:
        if theme != last:
            doc.add_heading(theme, level=3)
            last = theme
        doc.add_paragraph(f"“{quote}”", style="Quote")
    for text in section.notes:
        note(doc, text)
