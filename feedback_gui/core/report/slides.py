"""The PowerPoint briefing: title, at a glance, summary, a slide per section, quotes and methods.

Each slide's speaker notes hold its findings in full (the headline sentences, with denominators and
what was left out), so the presenter can read them out; the slide itself shows the chart and the figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from pptx.util import Inches

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.export.charts import BLUE
from feedback_gui.core.export.names import short_label
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.report.content import card_caption
from feedback_gui.core.report.deck import (
    HEIGHT,
    INK,
    MARGIN,
    MUTED,
    RULE,
    WIDTH,
    bar,
    content_slide,
    new_deck,
    panel,
    speaker_notes,
    text_box,
    title_slide,
)
from feedback_gui.core.report.model import Briefing, Card, Section
from feedback_gui.core.report.slide_charts import add_chart, chart_height

TOP = Inches(1.55)  # below the title and its rule
BOTTOM = HEIGHT - Inches(0.95)  # above the footnote and footer
INNER = WIDTH - 2 * MARGIN
CARDS_PER_SLIDE, CARD_COLUMNS = 12, 4
QUOTES_PER_SLIDE = 4


def write_pptx(briefing: Briefing, path: str | Path, progress: ProgressFn = no_progress) -> int:
    """Write the deck to ``path``; returns the number of native charts in it."""
    prs = new_deck()
    footer = briefing.title
    slide = title_slide(prs, briefing.title, briefing.subtitle)
    speaker_notes(slide, [briefing.introduction])
    _cards(prs, briefing, footer)
    _summary(prs, briefing, footer)
    sections = list(briefing.sections)
    charts = 0
    i = 0
    while i < len(sections):
        section = sections[i]
        if section.key == "profile" and i + 1 < len(sections) and sections[i + 1].key == "profile":
            charts += _pair(prs, section, sections[i + 1], footer)
            i += 2
        elif section.key == "quotes":
            _quotes(prs, section, footer)
            i += 1
        else:
            charts += _section(prs, section, footer)
            i += 1
        progress(0.9 * i / len(sections))
    _methods(prs, briefing, footer)
    prs.core_properties.title = briefing.title
    prs.core_properties.author = prs.core_properties.last_modified_by = "Feedback Analyser"
    prs.core_properties.subject = briefing.subtitle
    prs.save(str(path))
    progress(1.0)
    return charts


def _cards(prs, briefing: Briefing, footer: str) -> None:  # noqa: ANN001 - a python-pptx Presentation
    cards = list(briefing.cards)
    pages = max(1, math.ceil(len(cards) / CARDS_PER_SLIDE))
    per = math.ceil(len(cards) / pages) if cards else 0
    for page in range(pages):
        chunk = cards[page * per:(page + 1) * per]
        title = "At a glance" if pages == 1 else f"At a glance ({page + 1} of {pages})"
        slide = content_slide(prs, title, footer)
        if not chunk:
            text_box(slide, "No question in this survey has answers that can be counted for a headline.", MARGIN,
                     TOP, INNER, Inches(1))
            continue
        columns = min(CARD_COLUMNS, len(chunk))
        rows = math.ceil(len(chunk) / columns)
        gap = Inches(0.25)
        width = (INNER - (columns - 1) * gap) / columns
        height = min(Inches(1.75), (BOTTOM - TOP - (rows - 1) * gap) / rows)
        for n, card in enumerate(chunk):
            left = MARGIN + (n % columns) * (width + gap)
            top = TOP + (n // columns) * (height + gap)
            _card(slide, card, int(left), int(top), int(width), int(height))
        text_box(slide, "Counted answers out of relevant respondents; the line across each bar is the "
                 f"{briefing.level} interval.", MARGIN, BOTTOM + Inches(0.05), INNER, Inches(0.35), size=10,
                 colour=MUTED)
        speaker_notes(slide, [c.sentence for c in chunk])


def _card(slide, card: Card, left: int, top: int, width: int, height: int) -> None:  # noqa: ANN001
    pad = Inches(0.15)
    panel(slide, left, top, width, height)
    label = short_label(card.label, 110)
    text_box(slide, label, left + pad, top + Inches(0.08), width - 2 * pad, Inches(0.62), size=11)
    text_box(slide, percent_text(card.percent), left + pad, top + height - Inches(0.95), Inches(1.3), Inches(0.5),
             size=24, colour=BLUE, bold=True)
    text_box(slide, card_caption(card), left + pad + Inches(1.25), top + height - Inches(0.85),
             width - 2 * pad - Inches(1.25), Inches(0.4), size=9, colour=MUTED)
    track_top, track_width = top + height - Inches(0.32), width - 2 * pad
    bar(slide, left + pad, track_top, track_width, Inches(0.1), RULE)
    bar(slide, left + pad, track_top, track_width * card.percent / 100, Inches(0.1), BLUE)
    low, high = (left + pad + track_width * v / 100 for v in card.ci)
    bar(slide, low, track_top + Inches(0.035), high - low, Inches(0.03), INK)
    for x in (low, high):
        bar(slide, x - Inches(0.01), track_top - Inches(0.03), Inches(0.02), Inches(0.16), INK)


def _summary(prs, briefing: Briefing, footer: str) -> None:  # noqa: ANN001
    slide = content_slide(prs, "Summary", footer)
    text_box(slide, briefing.introduction, MARGIN, TOP, INNER, Inches(0.5), size=14, colour=MUTED)
    half = (INNER - Inches(0.4)) / 2
    for n, (heading, items) in enumerate((("Strengths", briefing.strengths),
                                          ("Areas for improvement", briefing.improvements))):
        left = int(MARGIN + n * (half + Inches(0.4)))
        text_box(slide, heading, left, TOP + Inches(0.6), int(half), Inches(0.45), size=18, bold=True)
        lines = [_short(s) for s in items] or ["None on this survey's rating-scale questions."]
        text_box(slide, lines, left, TOP + Inches(1.1), int(half), BOTTOM - TOP - Inches(1.1), size=13,
                 bullets=bool(items), spacing=8)
    text_box(slide, briefing.sorting_note, MARGIN, BOTTOM, INNER, Inches(0.45), size=9, colour=MUTED)
    speaker_notes(slide, [briefing.introduction, "Strengths:", *briefing.strengths, "Areas for improvement:",
                          *briefing.improvements, briefing.sorting_note])


def _short(sentence: str) -> str:
    """A finding cut to its figure and question: "73% (59 out of 81) – The PDU has a culture …"."""
    start = sentence.find("“", sentence.find(" to “"))
    question = sentence[start:].split("”")[0].strip("“") if start >= 0 else ""
    figures = sentence.split(", ")[1] if ", " in sentence else sentence
    return f"{figures} – {question}" if question else sentence


def _section(prs, section: Section, footer: str) -> int:  # noqa: ANN001
    slide = content_slide(prs, section.title, footer)
    charts = 0
    side = bool(section.figures) and section.key == "questions"
    width = INNER - Inches(3.3) if side else INNER
    if section.chart is not None:
        add_chart(slide, section.chart, MARGIN, TOP, int(width), chart_height(section.chart, BOTTOM - TOP))
        charts = 1
    elif section.sentences:
        text_box(slide, list(section.sentences), MARGIN, TOP, INNER, BOTTOM - TOP, size=14, bullets=True, spacing=8)
    if side:
        _figures(slide, section.figures, int(MARGIN + width + Inches(0.3)), Inches(3.0))
    if section.notes:
        text_box(slide, _footnote(section), MARGIN, BOTTOM + Inches(0.02), INNER, Inches(0.4), size=9, colour=MUTED)
    speaker_notes(slide, [*section.sentences, *section.notes])
    return charts


def _footnote(section: Section) -> str:
    if section.key == "questions":
        return ("Shares of the relevant respondents (those who answered, not counting answers such as “Not "
                "applicable”). Full figures and exclusions are in the speaker notes.")
    return section.notes[-1] if section.key == "breakdown" else section.notes[0]


def _figures(slide, figures: Sequence[Card], left: int, width: int) -> None:  # noqa: ANN001
    """The headline of each question on the chart, beside it."""
    text_box(slide, "Headlines", left, TOP, width, Inches(0.35), size=12, bold=True, colour=MUTED)
    step = min(Inches(0.85), (BOTTOM - TOP - Inches(0.4)) / max(1, len(figures)))
    for n, figure in enumerate(figures):
        top = int(TOP + Inches(0.4) + n * step)
        text_box(slide, percent_text(figure.percent), left, top, Inches(0.95), Inches(0.45), size=20, bold=True,
                 colour=BLUE)
        text_box(slide, [figure.label if len(figure.label) <= 60 else figure.label[:58].rsplit(" ", 1)[0] + "…",
                         f"{figure.numerator} out of {figure.denominator}"], left + Inches(0.95), top,
                 width - Inches(0.95), int(step), size=9, colour=INK)


def _pair(prs, first: Section, second: Section, footer: str) -> int:  # noqa: ANN001
    title = first.heading or "Who responded"
    slide = content_slide(prs, title, footer)
    half = (INNER - Inches(0.4)) / 2
    for n, section in enumerate((first, second)):
        if section.chart is not None:
            add_chart(slide, section.chart, int(MARGIN + n * (half + Inches(0.4))), TOP, int(half),
                      chart_height(section.chart, BOTTOM - TOP))
    speaker_notes(slide, [*first.sentences, *first.notes, *second.sentences, *second.notes])
    return sum(s.chart is not None for s in (first, second))


def _quotes(prs, section: Section, footer: str) -> None:  # noqa: ANN001
    quotes = list(section.quotes)
    pages = math.ceil(len(quotes) / QUOTES_PER_SLIDE)
    for page in range(pages):
        chunk = quotes[page * QUOTES_PER_SLIDE:(page + 1) * QUOTES_PER_SLIDE]
        title = section.title if pages == 1 else f"{section.title} ({page + 1} of {pages})"
        slide = content_slide(prs, title, footer)
        gap = Inches(0.3)
        width, height = (INNER - gap) / 2, (BOTTOM - TOP - gap) / 2
        for n, (theme, quote) in enumerate(chunk):
            left, top = int(MARGIN + (n % 2) * (width + gap)), int(TOP + (n // 2) * (height + gap))
            panel(slide, left, top, int(width), int(height))
            text_box(slide, theme, left + Inches(0.2), top + Inches(0.12), int(width) - Inches(0.4), Inches(0.35),
                     size=11, bold=True, colour=BLUE)
            size = 15 if len(quote) <= 160 else 13 if len(quote) <= 280 else 11
            text_box(slide, f"“{quote}”", left + Inches(0.2), top + Inches(0.5), int(width) - Inches(0.4),
                     int(height) - Inches(0.6), size=size, italic=True)
        text_box(slide, section.notes[0] if section.notes else "", MARGIN, BOTTOM + Inches(0.02), INNER, Inches(0.4),
                 size=9, colour=MUTED)
        speaker_notes(slide, [f"{theme}: “{quote}”" for theme, quote in chunk] + list(section.notes))


def _methods(prs, briefing: Briefing, footer: str) -> None:  # noqa: ANN001
    slide = content_slide(prs, "How these figures were worked out", footer)
    lines = [f"{heading}: {paragraphs[0]}" for heading, paragraphs in briefing.methods if paragraphs]
    text_box(slide, lines[:6], MARGIN, TOP, INNER, BOTTOM - TOP, size=11, bullets=True, spacing=6)
    speaker_notes(slide, [f"{heading}. {' '.join(paragraphs)}" for heading, paragraphs in briefing.methods])
