"""Counting answers: per option, excluded answers, and who ticked what in a multi-select."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from feedback_gui.core.schema.labels import canonical_label, clean_text, excluded_label
from feedback_gui.core.schema.multiselect import joined_indicators
from feedback_gui.core.survey import MultiEncoding, Question, QuestionType, Survey

_FALSE = {"0", "0.0", "false", "no", "n"}


@dataclass(frozen=True)
class Tally:
    """Answers to one question: counts per option (in order), excluded answers, and how many answered."""

    counts: dict[str, int]
    excluded: dict[str, int]
    answered: int  # gave any answer, excluded ones included

    @property
    def relevant(self) -> int:
        """Answered and not excluded: the denominator."""
        return self.answered - sum(self.excluded.values())


def answer_labels(survey: Survey, question: Question, rows: pd.Index | None = None) -> pd.Series:
    """The question's answers as canonical labels (missing where blank), optionally for some rows."""
    series = survey.responses[question.column]
    if rows is not None:
        series = series.loc[rows]
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series
    text = series.astype("str").where(series.notna())
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    labels = [canonical_label(str(u)) if clean_text(str(u)) else None for u in uniques]
    mapped = np.array(labels + [None], dtype=object)[codes]
    return pd.Series(mapped, index=series.index, dtype="object")


def tally(survey: Survey, question: Question, rows: pd.Index | None = None) -> Tally:
    """Count a single-answer question's answers (optionally among some rows only)."""
    labels = answer_labels(survey, question, rows)
    raw = labels.value_counts(dropna=True, sort=False)
    return tally_found(question, {str(k): int(v) for k, v in raw.items() if int(v) > 0})


def tally_found(question: Question, found: dict[str, int]) -> Tally:
    """The tally of a single-answer question from its answers' counts (labels as in the data, counts > 0)."""
    excluded_names = set(question.excluded) | {k for k in found if excluded_label(k) is not None}
    counts = {option: found.get(option, 0) for option in question.options if option not in excluded_names}
    for label, n in found.items():
        if label not in counts and label not in excluded_names:
            counts[label] = n
    excluded = {label: found.get(label, 0) for label in question.excluded}
    for label in excluded_names:
        if label in found and label not in excluded:
            excluded[label] = found[label]
    answered = int(sum(found.values()))
    return Tally(counts, excluded, answered)


def indicators(survey: Survey, question: Question, rows: pd.Index | None = None) -> pd.DataFrame:
    """For a multi-select question: one boolean column per option, True where the respondent ticked it."""
    frame = survey.responses
    if rows is not None:
        frame = frame.loc[rows]
    if question.multi_encoding == MultiEncoding.JOINED or not question.option_columns:
        return joined_indicators(frame[question.column], question.joined_delimiter or ";", question.options)
    if question.multi_encoding == MultiEncoding.CATEGORIES:  # each column holds one chosen option
        cells = frame[[column for _, column in question.option_columns]].astype("str")
        return pd.DataFrame({option: (cells == option).any(axis=1).to_numpy() for option in question.options},
                            index=frame.index)
    ticks = {}
    for option, column in question.option_columns:
        series = frame[column]
        text = series.astype("str").str.strip().str.casefold()
        ticks[option] = (series.notna() & (text != "") & ~text.isin(_FALSE)).to_numpy()
    return pd.DataFrame(ticks, index=frame.index)


def multi_tally(survey: Survey, question: Question, rows: pd.Index | None = None) -> Tally:
    """Respondents ticking each option; those who ticked at least one are the relevant respondents."""
    ticked = indicators(survey, question, rows)
    counts = {option: int(ticked[option].sum()) for option in ticked.columns}
    answered = int(ticked.any(axis=1).sum())
    if question.multi_encoding == MultiEncoding.BINARY:  # a 0 is an answer: those shown the question are relevant
        frame = survey.responses if rows is None else survey.responses.loc[rows]
        answered = int(frame[[column for _, column in question.option_columns]].notna().any(axis=1).sum())
    return Tally(counts, {}, answered)


def text_answers(survey: Survey, question: Question) -> pd.Series:
    """Non-blank free-text answers, indexed by row."""
    series = survey.responses[question.column]
    text = series.astype("str").where(series.notna())
    text = text[text.notna()]
    return text[text.str.strip() != ""]


def count_any(survey: Survey, question: Question) -> Tally:
    """The tally appropriate to the question's type."""
    if question.type == QuestionType.MULTI_CHOICE:
        return multi_tally(survey, question)
    if question.type in (QuestionType.FREE_TEXT, QuestionType.NUMERIC, QuestionType.DATE, QuestionType.METADATA):
        answered = int(survey.responses[question.column].notna().sum()) if question.columns else 0
        if question.type == QuestionType.FREE_TEXT:
            answered = len(text_answers(survey, question))
        return Tally({}, {}, answered)
    return tally(survey, question)
