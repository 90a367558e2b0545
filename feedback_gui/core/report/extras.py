"""The sections a briefing has only sometimes: a breakdown, waves, comment themes, support needed (User Voice).

The breakdown is the Excel export's, question by question (:func:`feedback_gui.core.export.breakdown_sheet.
breakdowns`, with the app's suppression): a chart never draws a group that has a suppressed figure on it,
and a table shows a suppressed figure as "–". Comments and quotes arrive redacted (see
:func:`feedback_gui.core.export.sources.comments_dict`).
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback_gui.core.analysis.breakdown import Breakdown, GroupFigure
from feedback_gui.core.analysis.needs import find_needs_pair, unmet_needs
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.export.breakdown_sheet import breakdowns
from feedback_gui.core.export.cells import SUPPRESSED
from feedback_gui.core.export.charts import series_colours
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.export.names import short_label
from feedback_gui.core.report.chart_data import LABEL_LENGTH, WAVE_COLOURS, grouped_chart, themes_chart
from feedback_gui.core.report.model import Section, Table
from feedback_gui.core.report.wording import breakdown_sentence, listing, need_sentence, theme_sentence

ALL = "All respondents"
BARS_PER_CHART = 28  # a breakdown chart shows at most this many bars (questions x groups), and at least 2 questions
ALL_COLOUR = "52606D"  # all respondents in dark grey, so the groups have the palette's eight colours to themselves
WAVE_ITEMS = 6
THEMES_SHOWN = 8
QUOTED_THEMES = 4
QUOTES_PER_THEME = 2
NOT_A_NEED = {"none", "none of these", "nothing", "no support", "not applicable"}


def breakdown_sections(ctx: ExportContext) -> list[Section]:
    """The headlines by the chosen demographic, a few questions to a chart; fills ``ctx.suppressed``."""
    items = breakdowns(ctx)
    if not items or ctx.by is None:
        return []
    for b in items:
        if b.suppressed_groups:
            ctx.suppressed[b.question_text] = list(b.suppressed_groups)
    groups = list(dict.fromkeys(g.group for b in items for g in b.groups))
    per_chart = max(2, min(6, BARS_PER_CHART // (len(groups) + 1)))
    pages = [items[i:i + per_chart] for i in range(0, len(items), per_chart)]
    title = f"By {ctx.by.text}"
    threshold = ctx.settings.suppression_threshold
    out = []
    for number, page in enumerate(pages, start=1):
        shown = [g for g in groups if all(_share(_figure(b, g)) is not None for b in page)]
        hidden = [g for g in groups if g not in shown]
        series = [(ALL, [_share(b.total) for b in page]), *[(g, [_share(_figure(b, g)) for b in page]) for g in shown]]
        alt = (f"Bar chart, {title}: the share of each group giving the counted answers. "
               + " ".join(f"“{b.question_text}”: all respondents {_said(b.total)}"
                          + "".join(f", {g} {_said(_figure(b, g))}" for g in shown) + "." for b in page)
               + (f" Not drawn: {listing(hidden)} (a figure suppressed or missing)." if hidden else ""))
        notes = [b.note for b in page if b.suppressed_groups]
        if hidden:
            notes.append(f"The chart leaves out {listing(hidden)}: some of their figures are not shown.")
        notes.append(f"Groups with fewer than {threshold} relevant respondents show no figure ({SUPPRESSED}), nor does "
                     "any group from which a hidden figure could be worked out.")
        page_title = title if len(pages) == 1 else f"{title} ({number} of {len(pages)})"
        colours = [ALL_COLOUR, *series_colours(len(shown))]
        out.append(Section("breakdown", page_title, grouped_chart(page_title, [b.question_text for b in page], series,
                                                                 alt, colours=colours),
                           tuple(breakdown_sentence(b) for b in page), tuple(notes), _breakdown_table(page, groups),
                           heading=f"Breakdown by {ctx.by.text}" if number == 1 else None))
    return out


def _figure(b: Breakdown, group: str) -> GroupFigure | None:
    return next((g for g in b.groups if g.group == group), None)


def _share(figure: GroupFigure | None) -> float | None:
    if figure is None or figure.suppressed or figure.percent is None:
        return None
    return figure.percent / 100


def _said(figure: GroupFigure | None) -> str:
    share = _share(figure)
    return "no figure" if share is None else percent_text(100 * share)


def _breakdown_table(page: Sequence[Breakdown], groups: list[str]) -> Table:
    def cell(figure: GroupFigure | None) -> str:
        if figure is None:
            return ""
        if figure.suppressed:
            return SUPPRESSED
        return percent_text(figure.percent) if figure.percent is not None else "–"

    rows = tuple((b.question_text, cell(b.total), *[cell(_figure(b, g)) for g in groups]) for b in page)
    return Table(("Question", ALL, *groups), rows)


def waves_sections(waves: dict | None) -> list[Section]:
    """Each matched question then and now, with the change and its significance."""
    matched = list((waves or {}).get("matched") or [])
    if not matched:
        return []
    then_name = wave_name(waves.get("old_wave"), "the earlier survey")  # type: ignore[union-attr]
    now_name = wave_name(waves.get("new_wave"), "the later survey")  # type: ignore[union-attr]
    significance = str(waves.get("significance") or "")  # type: ignore[union-attr]
    refused = [f"Not compared: {_text(n.get('new')) or _text(n.get('old'))} ({n.get('reason')})."
               for n in waves.get("not_comparable") or []]  # type: ignore[union-attr]
    pages = [matched[i:i + WAVE_ITEMS] for i in range(0, len(matched), WAVE_ITEMS)]
    out = []
    for number, page in enumerate(pages, start=1):
        texts = [_text(m.get("new")) or _text(m.get("old")) for m in page]
        series = [(then_name, [_pct(m.get("then")) for m in page]), (now_name, [_pct(m.get("now")) for m in page])]
        labels = [short_label(t, LABEL_LENGTH - 2) + (" *" if m.get("significant") else "")
                  for t, m in zip(texts, page, strict=True)]
        sentences = tuple(f"“{t}”: {m.get('sentence')}."
                          + (" (Matched by similar wording; still to be confirmed.)" if m.get("status") == "proposed"
                             else "") for t, m in zip(texts, page, strict=True))
        alt = f"Bar chart comparing {then_name} with {now_name}. " + " ".join(
            f"“{t}”: {m.get('sentence')}." for t, m in zip(texts, page, strict=True))
        title = f"{now_name} compared with {then_name}"
        title = title if len(pages) == 1 else f"{title} ({number} of {len(pages)})"
        notes = (f"Then: {then_name}. Now: {now_name}. Each percentage is the counted answers over that wave's "
                 "relevant respondents; changes are in percentage points. * A significant change.", significance,
                 *(refused if number == len(pages) else []))
        table = Table(("Question", "Then", "Now", "Change (points)", "Significant"),
                      tuple((t, _pct_text(m.get("then")), _pct_text(m.get("now")),
                             f"{float(m.get('change_points') or 0):+.0f}", "Yes" if m.get("significant") else "No")
                            for t, m in zip(texts, page, strict=True)))
        out.append(Section("waves", title, grouped_chart(title, labels, series, alt, colours=WAVE_COLOURS),
                           sentences, tuple(n for n in notes if n), table,
                           heading="Compared with the last survey" if number == 1 else None))
    return out


def wave_name(label: object, default: str) -> str:
    """A wave's name as a reader says it: "staff_survey_2023.xlsx" -> "Staff survey 2023"."""
    text = str(label or "").strip()
    if not text:
        return default
    stem = text.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem and len(stem.rsplit(".", 1)[1]) <= 4 else stem
    words = " ".join(stem.replace("_", " ").split())
    return words[:1].upper() + words[1:]


def _text(side: object) -> str:
    if isinstance(side, dict):
        return str(side.get("text") or side.get("id") or "")
    return "" if side is None else str(side)


def _pct(side: object) -> float | None:
    value = side.get("percent") if isinstance(side, dict) else None
    return float(value) / 100 if value is not None else None


def _pct_text(side: object) -> str:
    if not isinstance(side, dict) or side.get("percent") is None:
        return "–"
    return f"{percent_text(float(side['percent']))} ({side.get('numerator')} of {side.get('denominator')})"


def theme_sections(comments: dict | None, redacted: bool, heading: str) -> list[Section]:
    """The themes of the comments by sentiment, and a few quotes for the largest themes."""
    themes = sorted((t for t in (comments or {}).get("themes") or [] if int(t.get("count", 0))),
                    key=lambda t: -int(t.get("count", 0)))[:THEMES_SHOWN]
    if not themes:
        return []
    summary = (comments or {}).get("summary") or {}
    answered = int(summary.get("answered") or sum(1 for c in (comments or {}).get("comments", [])
                                                  if c.get("answered", True)))
    redaction = ("Quotes are redacted: names, phone numbers, email addresses, postcodes and case references are "
                 "replaced by placeholders such as [NAME]." if redacted else
                 "Quotes are NOT redacted: they are as respondents wrote them.")
    notes = ("A comment can touch several themes, so the theme counts add up to more than the comments. Comments "
             "that are not answers (“n/a”, “nothing”) are left out.", redaction)
    table = Table(("Theme", "Comments", "Negative", "Positive", "Mixed", "Neutral"),
                  tuple((str(t.get("name")), str(t.get("count", 0)), *[str(t.get(k, 0)) for k in
                                                                       ("negative", "positive", "mixed", "neutral")])
                        for t in themes))
    quotes = tuple((str(t.get("name")), q) for t in themes[:QUOTED_THEMES] for q in _quotes(t))
    chart = themes_chart(themes)
    out = [Section("themes", "Themes in the comments", chart, tuple(theme_sentence(t, answered) for t in themes),
                   notes, table, heading=heading)]
    if quotes:
        out.append(Section("quotes", "In their own words", None, (), (redaction,), None, quotes))
    return out


def _quotes(theme: dict) -> list[str]:
    """A negative and a positive quote when the theme has both, else its best quotes."""
    by = theme.get("quotes_by_sentiment") or {}
    picked = [by[k][0] for k in ("negative", "positive", "mixed") if by.get(k)]
    for q in theme.get("quotes") or []:
        text = q.get("text", "") if isinstance(q, dict) else str(q)
        if text not in picked:
            picked.append(text)
    return [str(q) for q in picked[:QUOTES_PER_THEME]]


def needs_sections(ctx: ExportContext) -> list[Section]:
    """Support needed against support received (User Voice), largest unmet need first."""
    pair = find_needs_pair(ctx.survey)
    if pair is None:
        return []
    needs = [u for u in unmet_needs(ctx.survey, *pair) if u.needed and u.option.strip().casefold() not in NOT_A_NEED]
    if not needs:
        return []
    top = needs[0]
    first = f"{top.option} was the largest unmet need. {need_sentence(top.option, top.needed, top.unmet)}"
    sentences = (first, *[need_sentence(u.option, u.needed, u.unmet) for u in needs[1:]])
    alt = "Bar chart of support needed and not received. " + " ".join(sentences)
    chart = grouped_chart("Support needed and not received", [u.option for u in needs],
                          [("Needed", [float(u.needed) for u in needs]),
                           ("Needed but not received", [float(u.unmet) for u in needs])], alt, percent=False)
    notes = (f"From “{pair[0].text}” and “{pair[1].text}”: a need is unmet when a respondent ticked it as needed "
             "and not as received.",)
    table = Table(("Support", "Needed", "Received", "Not received"),
                  tuple((u.option, str(u.needed), str(u.received), str(u.unmet)) for u in needs))
    return [Section("needs", "Support needed and received", chart, sentences, notes, table)]
