"""The user's corrections to what the importer inferred: a question's type and counted answers."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from feedback_gui.core.schema.inference import categorical_inference, order_options, to_dates, to_numbers
from feedback_gui.core.schema.labels import excluded_label, normalise_labels
from feedback_gui.core.schema.multiselect import detect_joined
from feedback_gui.core.schema.nps import NPS_OPTIONS, PROMOTER_ANSWERS, read_nps_answers
from feedback_gui.core.schema.profile import profile_column
from feedback_gui.core.schema.scale_families import favourable_boxes, read_scale
from feedback_gui.core.schema.scales import full_scale, match_scale, numeric_scale, top_boxes
from feedback_gui.core.survey import MultiEncoding, Question, QuestionType, Survey


def _as_text(series: pd.Series) -> pd.Series:
    """A column back as text cells (numbers without a trailing ".0", dates in ISO form)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return series.dt.strftime("%Y-%m-%d %H:%M:%S").astype("str").where(series.notna())
    if pd.api.types.is_numeric_dtype(series):
        return series.map(lambda v: None if pd.isna(v) else (str(int(v)) if float(v).is_integer() else str(v)))
    return series.astype("str").where(series.notna())


def retype(survey: Survey, question_id: str, new_type: QuestionType | str) -> Question:
    """Change a question's type, re-deriving its options and default counted answers from its answers.

    The survey's responses column is converted to match. Multi-column questions (options held in
    several columns) keep their layout and can only be typed multi_choice.
    """
    new_type = QuestionType(new_type)
    old = survey.question(question_id)
    inferred = old.inferred_type or old.type
    if len(old.columns) > 1:
        if new_type != QuestionType.MULTI_CHOICE:
            raise ValueError("a question held in several columns can only be a multi-select question")
        return old
    text = _as_text(survey.responses[old.column])
    profile = profile_column(text)
    values, counts = profile.values, profile.counts
    column: pd.Series = text
    changes: dict = {"type": new_type, "options": (), "excluded": (), "counted": (), "multi_encoding": None,
                     "joined_delimiter": None, "numeric_scale": False, "inferred_type": inferred}
    if new_type == QuestionType.NUMERIC:
        column = to_numbers(text)
    elif new_type == QuestionType.DATE:
        column = to_dates(text)
    elif new_type == QuestionType.MULTI_CHOICE:
        joined = detect_joined(values, counts, header=old.text)
        delimiter = joined.delimiter if joined else (";" if any(";" in v for v in values) else ",")
        raw_totals = dict(zip(values, counts, strict=True))
        options = joined.options if joined else tuple(order_options(list(values), raw_totals))
        changes.update(options=options, multi_encoding=MultiEncoding.JOINED, joined_delimiter=delimiter)
    elif new_type == QuestionType.NPS:  # answers 0-10 only (see schema/nps.py)
        nps = read_nps_answers(values)
        if nps is None:
            raise ValueError(f"{old.text!r} has answers other than 0 to 10: it cannot be a Net Promoter question")
        from feedback_gui.core.importing.builder import categorical

        column = categorical(profile, nps.labels, list(NPS_OPTIONS) + list(nps.excluded))
        column.index = text.index
        changes.update(options=NPS_OPTIONS, excluded=nps.excluded, counted=PROMOTER_ANSWERS, numeric_scale=True)
    elif new_type in (QuestionType.LIKERT, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
                      QuestionType.DEMOGRAPHIC):
        labels = normalise_labels(values, counts)
        totals: dict[str, int] = {}
        for value, count in zip(values, counts, strict=True):
            totals[labels[value]] = totals.get(labels[value], 0) + count
        excluded = tuple(k for k in totals if excluded_label(k) is not None)
        substantive = [k for k in totals if k not in excluded]
        options, counted, numeric = _options_for(new_type, substantive, totals, old)
        from feedback_gui.core.importing.builder import categorical

        column = categorical(profile, labels, list(options) + list(excluded))
        column.index = text.index
        changes.update(options=options, excluded=excluded, counted=counted, numeric_scale=numeric)
    new = old.with_changes(**changes)
    survey.responses[old.column] = column
    survey.replace_question(new)
    return new


def _options_for(kind: QuestionType, substantive: list[str], totals: dict[str, int],
                 old: Question) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    if kind == QuestionType.LIKERT:
        numbers = numeric_scale(substantive)
        if numbers:
            return numbers, tuple(top_boxes(numbers, True)), True
        scale = match_scale(substantive)
        if scale:
            options = full_scale(scale)
            return options, favourable_boxes(options) or tuple(top_boxes(options, False)), False
        family = read_scale(substantive, strict=False)
        if family is not None:
            return family.ordered, family.counted, False
        keep = [o for o in old.options if o in substantive]
        options = tuple(keep + [s for s in substantive if s not in keep])
        return options, tuple(options[:2]), False
    if kind == QuestionType.YES_NO:
        options = ("Yes", "No", *[s for s in substantive if s not in ("Yes", "No")])
        return options, ("Yes",), False
    inferred = categorical_inference("", tuple(substantive), tuple(totals[s] for s in substantive),
                                     allow_free_text=False)
    options = inferred.options if inferred.type != QuestionType.MULTI_CHOICE else tuple(substantive)
    return tuple(options), (), False


def set_counted(survey: Survey, question_id: str, counted: Sequence[str]) -> Question:
    """Choose which answers a question's headline counts (e.g. "No" for "My workload is manageable")."""
    question = survey.question(question_id)
    unknown = [c for c in counted if c not in question.options]
    if unknown:
        raise ValueError(f"{', '.join(unknown)} is not an option of {question.text!r}")
    new = question.with_changes(counted=tuple(counted))
    survey.replace_question(new)
    return new


def set_excluded(survey: Survey, question_id: str, excluded: Sequence[str]) -> Question:
    """Choose which answers leave the denominator (e.g. count "Not sure" out)."""
    question = survey.question(question_id)
    every = list(question.options) + list(question.excluded)
    unknown = [e for e in excluded if e not in every]
    if unknown:
        raise ValueError(f"{', '.join(unknown)} is not an answer to {question.text!r}")
    options = tuple(o for o in every if o not in excluded)
    new = question.with_changes(options=options, excluded=tuple(excluded),
                                counted=tuple(c for c in question.counted if c in options))
    survey.replace_question(new)
    return new
