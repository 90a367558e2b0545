"""The Comments sheet (each comment, redacted, with its sentiment and themes, filterable) and the Themes sheet.

Both read the shape of ``CommentAnalysis.to_dict()``::

    {"codebook": name, "comments": [{"row", "question", "text", "sentiment": {"label", "compound"},
     "themes": [names], "answered"}], "themes": [{"name", "count", "positive", "negative", "neutral",
     "mixed", "quotes": [...], "quotes_by_sentiment": {label: [...]}}]}

Every comment and quote is written as text (see :func:`feedback_gui.core.export.cells.put_text`).
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl import Workbook

from feedback_gui.core.export.cells import DECIMAL
from feedback_gui.core.export.charts import BLUE, NEUTRAL, PURPLE, VERMILLION, SeriesSpec, bar_chart
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.page import Page

SENTIMENTS = (("Positive", "positive", BLUE), ("Neutral", "neutral", NEUTRAL), ("Mixed", "mixed", PURPLE),
              ("Negative", "negative", VERMILLION))
NOT_AN_ANSWER = "Not an answer"
REDACTED_NOTE = ("Names, phone numbers, email addresses, postcodes and case references are replaced by placeholders "
                 "such as [NAME].")


def _redaction_note(ctx: ExportContext) -> str:
    return REDACTED_NOTE if ctx.redact else "Not redacted: the comments are as respondents wrote them."


def _theme_names(themes: Iterable[object] | None) -> str:
    names = [t.get("name", "") if isinstance(t, dict) else str(t) for t in themes or ()]
    return "; ".join(n for n in names if n)


def _sentiment(comment: dict) -> tuple[str | None, float | None]:
    if comment.get("answered") is False:
        return NOT_AN_ANSWER, None
    sentiment = comment.get("sentiment") or {}
    label = str(sentiment.get("label") or "").capitalize() or None
    return label, sentiment.get("compound")


def write_comments(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Comments sheet."""
    assert ctx.comments is not None  # COMMENTS applies only when there are comments
    comments = ctx.comments.get("comments", [])
    codebook = ctx.comments.get("codebook")
    notes = [f"{len(comments)} comments. {_redaction_note(ctx)}",
             "Row is the respondent's number in the survey file (1 = the first respondent). Sentiment is scored "
             "from -1 (most negative) to 1 (most positive)"
             + (f"; themes come from the {codebook} codebook." if codebook else "."),
             "Use the filter buttons in the header row to show one question, sentiment or theme."]
    headers = ("Row", "Question", "Comment", "Sentiment", "Score", "Themes")
    rows = [[c.get("row"), c.get("question", ""), c.get("text", ""), *_sentiment(c), _theme_names(c.get("themes"))]
            for c in comments]
    name = ctx.names.take("Comments")
    page = Page(wb.create_sheet(name), "Comments", notes)
    table = page.table(headers, rows, formats={"Score": DECIMAL}, text_columns=("Comment", "Question", "Themes"))
    page.widths[table.col("Comment")] = 80
    page.widths[table.col("Question")] = 36
    last = page.ws.cell(table.last_row, len(headers)).coordinate
    page.ws.auto_filter.ref = f"A{table.header_row}:{last}"
    page.finish()
    return [name]


def write_themes(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Themes sheet (comments per theme by sentiment, a stacked bar chart) and the Quotes sheet."""
    assert ctx.comments is not None  # THEMES applies only when there are themes
    themes = ctx.comments.get("themes", [])
    headers = ("Theme", "Comments", *[label for label, _, _ in SENTIMENTS])
    rows = [[t.get("name", ""), t.get("count", 0), *[t.get(key, 0) for _, key, _ in SENTIMENTS]] for t in themes]
    name = ctx.names.take("Themes")
    notes = ["Counts are of answered comments. A comment can touch several themes, so the theme counts add up to "
             "more than the comments; sentiment is that of the whole comment. Comments that are not answers "
             "(“n/a”, “nothing”) are left out." + (" Quotes are redacted." if ctx.redact else "")]
    page = Page(wb.create_sheet(name), "Themes in the comments", notes)
    table = page.table(headers, rows)
    series = [SeriesSpec(table.ref(label), table.cell_formula(label)) for label, _, _ in SENTIMENTS]
    page.chart(bar_chart("Comments by theme and sentiment", series, table.ref("Theme"),
                         [colour for _, _, colour in SENTIMENTS], grouping="stacked", percent=False,
                         value_title="Comments"))
    page.finish()
    quotes = [[t.get("name", ""), sentiment, quote] for t in themes for sentiment, quote in _quotes(t)]
    if not quotes:
        return [name]
    quotes_name = ctx.names.take("Quotes")
    page = Page(wb.create_sheet(quotes_name), "Quotes by theme",
                ["Comments chosen to illustrate each theme, by sentiment." + (" Redacted." if ctx.redact else "")])
    table = page.table(("Theme", "Sentiment", "Quote"), quotes, text_columns=("Quote",))
    page.widths[table.col("Quote")] = 90
    page.finish()
    return [name, quotes_name]


def _quotes(theme: dict) -> list[tuple[str | None, str]]:
    """(sentiment, quote) pairs, by sentiment when the analysis grouped them so."""
    by_sentiment = theme.get("quotes_by_sentiment")
    if by_sentiment:
        return [(label, _text(q)) for label, key, _ in SENTIMENTS for q in by_sentiment.get(key, [])]
    return [(None, _text(q)) for q in theme.get("quotes") or ()]


def _text(quote: object) -> str:
    return str(quote.get("text", "")) if isinstance(quote, dict) else str(quote)


COMMENTS = SheetWriter("comments", "Comments (redacted, with sentiment and themes)",
                       lambda ctx: bool(ctx.comments and ctx.comments.get("comments")), write_comments)
THEMES = SheetWriter("themes", "Themes by sentiment, and quotes",
                     lambda ctx: bool(ctx.comments and ctx.comments.get("themes")), write_themes)
