"""A 16:9 deck in the app's Okabe–Ito colours: the theme, titled slides, text boxes, footers and notes.

python-pptx's own template is 4:3 in Office blue. Here its slide master and layouts are widened to
16:9 and its theme's colours and fonts replaced, so a slide the presenter adds later matches the rest.
Every slide keeps a real title placeholder (screen readers and the outline view read it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from feedback_gui.core.export.charts import BLUE, GREEN, ORANGE, PURPLE, SKY_BLUE, VERMILLION

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
INK, MUTED, RULE, PANEL = "1F2933", "52606D", "CBD2D9", "F2F4F7"
FONT = "Arial"
TITLE_LAYOUT, TITLE_ONLY = 0, 5
_ACCENTS = (BLUE, ORANGE, GREEN, PURPLE, SKY_BLUE, VERMILLION)


def rgb(hex_colour: str) -> RGBColor:
    """An RGBColor from "0072B2"."""
    return RGBColor.from_string(hex_colour)


def new_deck() -> PresentationType:
    """An empty 16:9 presentation with the app's theme."""
    prs = Presentation()
    scale = WIDTH / prs.slide_width
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    for shapes in [prs.slide_master.shapes, *[layout.shapes for layout in prs.slide_layouts]]:
        for shape in shapes:
            if shape.left is not None and shape.width is not None:
                shape.left, shape.width = Emu(int(shape.left * scale)), Emu(int(shape.width * scale))
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    theme._blob = _themed(theme.blob)  # noqa: SLF001 - python-pptx keeps the theme as a plain part's bytes
    return prs


def _themed(xml: bytes) -> bytes:
    """The theme XML with Okabe–Ito accents, dark ink and Arial for headings and text."""
    text = xml.decode("utf-8")
    colours = {"dk2": INK, **{f"accent{i}": c for i, c in enumerate(_ACCENTS, start=1)},
               "hlink": BLUE, "folHlink": PURPLE}
    for slot, colour in colours.items():
        text = re.sub(rf"<a:{slot}>.*?</a:{slot}>", f'<a:{slot}><a:srgbClr val="{colour}"/></a:{slot}>', text,
                      flags=re.S)
    text = re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{FONT}"', text)
    return text.replace('name="Office Theme"', 'name="Feedback Analyser"', 1).encode("utf-8")


def title_slide(prs: PresentationType, title: str, subtitle: str) -> Slide:
    """The opening slide: a blue band, the title and the subtitle."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_LAYOUT])
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(0.35), HEIGHT)
    _plain(band, BLUE)
    heading, sub = slide.shapes.title, slide.placeholders[1]
    _place(heading, MARGIN + Inches(0.4), Inches(2.2), WIDTH - 2 * MARGIN - Inches(0.4), Inches(1.8))
    _place(sub, MARGIN + Inches(0.4), Inches(4.1), WIDTH - 2 * MARGIN - Inches(0.4), Inches(1.0))
    _fill_text(heading, title, 40, INK, bold=True)
    _fill_text(sub, subtitle, 18, MUTED)
    heading.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    sub.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    return slide


def content_slide(prs: PresentationType, title: str, footer: str) -> Slide:
    """A slide with its title at the top, a thin rule under it and a footer line."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    heading = slide.shapes.title
    _place(heading, MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(0.95))
    _fill_text(heading, title, 26 if len(title) <= 70 else 20, INK, bold=True)
    heading.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    heading.text_frame.word_wrap = True
    rule = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, Inches(1.3), Inches(1.2), Inches(0.06))
    _plain(rule, BLUE)
    text_box(slide, footer, MARGIN, HEIGHT - Inches(0.45), WIDTH - 2 * MARGIN - Inches(0.8), Inches(0.3), size=10,
             colour=MUTED)
    text_box(slide, str(len(prs.slides)), WIDTH - MARGIN - Inches(0.6), HEIGHT - Inches(0.45), Inches(0.6),
             Inches(0.3), size=10, colour=MUTED, align=PP_ALIGN.RIGHT)
    return slide


def emu(value: float) -> Length:
    """A length in EMU (python-pptx wants whole EMU; layouts compute in fractions)."""
    return Emu(int(value))


def text_box(slide: Slide, text: str | Sequence[str], left: float, top: float, width: float, height: float, *,
             size: float = 14, colour: str = INK, bold: bool = False, italic: bool = False,
             align: PP_ALIGN = PP_ALIGN.LEFT, bullets: bool = False, spacing: float = 0):
    """A text box; a sequence of texts gives one paragraph each (with "•" when ``bullets``)."""
    box = slide.shapes.add_textbox(emu(left), emu(top), emu(width), emu(height))
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = Inches(0.05)
    lines = [text] if isinstance(text, str) else list(text)
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = align
        if spacing:
            paragraph.space_after = Pt(spacing)
        run = paragraph.add_run()
        run.text = f"•  {line}" if bullets else line
        _style(run.font, size, colour, bold, italic)
    return box


def panel(slide: Slide, left: float, top: float, width: float, height: float, colour: str = PANEL):
    """A rounded, borderless panel behind a card or a quote."""
    shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, emu(left), emu(top), emu(width), emu(height))
    shape.adjustments[0] = 0.06
    _plain(shape, colour)
    return shape


def bar(slide: Slide, left: float, top: float, width: float, height: float, colour: str):
    """A plain filled rectangle (bars of a card)."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, emu(left), emu(top), emu(max(width, 1)), emu(height))
    _plain(shape, colour)
    return shape


def speaker_notes(slide: Slide, paragraphs: Sequence[str]) -> None:
    """Put ``paragraphs`` in the slide's speaker notes, a blank line between them."""
    frame = slide.notes_slide.notes_text_frame
    if frame is not None:
        frame.text = "\n\n".join(p for p in paragraphs if p)


def _plain(shape, colour: str) -> None:  # noqa: ANN001 - a python-pptx autoshape
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(colour)
    shape.line.fill.background()
    style = shape._element.find(qn("p:style"))  # noqa: SLF001 - the theme's shadow and outline come from here
    if style is not None:
        shape._element.remove(style)  # noqa: SLF001


def _place(shape, left: int, top: int, width: int, height: int) -> None:  # noqa: ANN001
    shape.left, shape.top, shape.width, shape.height = left, top, width, height


def _fill_text(shape, text: str, size: float, colour: str, bold: bool = False) -> None:  # noqa: ANN001
    frame = shape.text_frame
    frame.text = text
    for paragraph in frame.paragraphs:
        paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            _style(run.font, size, colour, bold, False)


def _style(font, size: float, colour: str, bold: bool, italic: bool) -> None:  # noqa: ANN001
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = rgb(colour)
