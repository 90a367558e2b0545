"""Inputs of the optional sheets: the comments analysis and the waves comparison, as plain dicts.

The caller may pass the result objects (anything with ``to_dict()``) or their dicts. With no comments
analysis given, the export analyses the survey's free-text answers with the built-in codebook that suits
them. With redaction on, comments and quotes not known to be redacted (a plain dict, an analysis run
with redaction off) go through the redaction here, so nothing unredacted reaches the workbook.
"""

from __future__ import annotations

from copy import deepcopy

from feedback_gui.core.comments import CommentAnalysis, analyse_comments
from feedback_gui.core.comments import redact as redact_text
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import ProgressFn
from feedback_gui.core.survey import QuestionType, Survey


def as_dict(value: object) -> dict | None:
    """A result object's ``to_dict()``, a dict as it is, or None."""
    if value is None:
        return None
    if isinstance(value, dict):
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot export a {type(value).__name__}: expected a result with to_dict()")


def default_drivers(survey: Survey, settings: object) -> dict | None:
    """The key drivers of the engagement index, when the survey has the engagement questions and enough answers."""
    from feedback_gui.core.insight.drivers import key_drivers
    from feedback_gui.core.insight.engagement import find_engagement

    if find_engagement(survey) is None:
        return None
    try:
        return key_drivers(survey, "engagement", settings=settings).to_dict()  # type: ignore[arg-type]
    except FeedbackError:
        return None  # too few answers, or nothing to rank: no Drivers sheet


def comments_dict(
    survey: Survey, comments: object, *, redact: bool, progress: ProgressFn,
) -> dict | None:
    """The comments to export (redacted when ``redact``), or None when the survey has none."""
    already_redacted = bool(getattr(comments, "redacted", False))
    data = as_dict(comments)
    if data is not None and data.get("redacted") is True:  # marked so by export_elsewhere
        already_redacted = True
        data = {k: v for k, v in data.items() if k != "redacted"}
    if data is None and survey.of_type(QuestionType.FREE_TEXT):
        data = as_dict(_analyse(survey, redact, progress))
        already_redacted = redact
    if data is None:
        return None
    return _redacted(data) if redact and not already_redacted else data


def _analyse(survey: Survey, redact: bool, progress: ProgressFn) -> CommentAnalysis:
    inputs = comment_inputs(survey)
    return analyse_comments(inputs, codebook_for(survey, inputs), redact=redact, progress=progress)


def _redacted(data: dict) -> dict:
    out = deepcopy(data)
    for comment in out.get("comments", []):
        if comment.get("text"):
            comment["text"] = redact_text(str(comment["text"])).text
    for theme in out.get("themes", []):
        quotes = theme.get("quotes") or []
        theme["quotes"] = [_redact_quote(q) for q in quotes]
        by_sentiment = theme.get("quotes_by_sentiment") or {}
        theme["quotes_by_sentiment"] = {k: [_redact_quote(q) for q in v] for k, v in by_sentiment.items()}
    return out


def _redact_quote(quote: object) -> object:
    if isinstance(quote, dict):
        return {**quote, "text": redact_text(str(quote.get("text", ""))).text}
    return redact_text(str(quote)).text


def find_question(survey: Survey, key: str):
    """The question a user named (by id, text or a unique part of its text), or a FeedbackError."""
    try:
        return survey.find_question(key)
    except KeyError:
        names = ", ".join(q.text for q in survey.demographics) or "none"
        raise FeedbackError(f"no single question matches {key!r} (demographic questions: {names})") from None
