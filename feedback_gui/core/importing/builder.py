"""Turning a grid's header and body into a Survey: one question per column or column group."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from feedback_gui.core.importing.grouping import assign_stems, groups
from feedback_gui.core.importing.layouts import ColumnHeader
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.schema.inference import Inference, infer_column, to_dates, to_numbers
from feedback_gui.core.schema.multiselect import binary_values, is_other_specify
from feedback_gui.core.schema.profile import ColumnProfile, profile_column
from feedback_gui.core.schema.roles import is_metadata_header
from feedback_gui.core.survey import CATEGORICAL_TYPES, Layout, MultiEncoding, Question, QuestionType, Survey

_SLUG_STOP = {"the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "is", "are", "do", "does", "you",
              "your", "i", "my", "me", "have", "has", "that", "which", "what", "with", "be", "it", "at", "by"}


def slug(text: str, words: int = 6) -> str:
    """A short id made from the significant words of a question's text."""
    tokens = [t for t in re.findall(r"[a-z0-9]+", text.casefold()) if t not in _SLUG_STOP]
    return "_".join(tokens[:words]) or "q"


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.used:
            candidate = f"{wanted}_{n}"
            n += 1
        self.used.add(candidate)
        return candidate


def unique_keys(columns: list[ColumnHeader]) -> list[str]:
    """Column keys for the responses frame: the header text, made unique, or "Column N" if blank."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for column in columns:
        base = column.text or column.id or f"Column {column.position + 1}"
        count = seen.get(base, 0) + 1
        seen[base] = count
        keys.append(base if count == 1 else f"{base} ({count})")
    return keys


def build_survey(
    source: Path,
    columns: list[ColumnHeader],
    body: pd.DataFrame,
    layout: Layout,
    order_hints: dict[str, list[str]] | None = None,
    progress: ProgressFn = no_progress,
) -> Survey:
    """Build the Survey from header columns and a body of text cells (columns by position)."""
    body = body.reset_index(drop=True)
    width = body.shape[1]
    columns = list(columns[:width]) + [ColumnHeader(p, "") for p in range(len(columns), width)]
    raw_profiles = []
    for position in range(width):
        raw_profiles.append(profile_column(body[body.columns[position]]))
        progress(0.5 * (position + 1) / max(width, 1))
    # Blank rows are not respondents; columns with neither a header nor an answer are dropped.
    answered = np.zeros(len(body), dtype=bool)
    for profile in raw_profiles:
        answered |= profile.codes >= 0
    keep = [p for p in range(width) if columns[p].text or columns[p].id or raw_profiles[p].values]
    columns = assign_stems([columns[p] for p in keep])
    keys = unique_keys(columns)
    rows = np.flatnonzero(answered)
    all_rows = len(rows) == len(body)
    body = body.iloc[rows, keep].set_axis(keys, axis=1).reset_index(drop=True)
    profiles = {key: raw_profiles[p] if all_rows else _subset(raw_profiles[p], rows)
                for key, p in zip(keys, keep, strict=True)}
    order_hints = order_hints or {}

    ids = _Ids()
    questions: list[Question] = []
    responses: dict[str, pd.Series] = {}
    grouped = {m: g for g in groups(columns) for m in g.members if len(g.members) >= 2}
    handled: set[int] = set()
    for i, column in enumerate(columns):
        if i in handled:
            continue
        group = grouped.get(i)
        if group is not None:
            multi = _multi_columns(group.stem, [columns[m] for m in group.members],
                                   [keys[m] for m in group.members], profiles, ids)
            if multi is not None:
                question, used = multi
                questions.append(question)
                for m in group.members:
                    responses[keys[m]] = profile_text(profiles[keys[m]])
                handled.update(group.members)
                if used < len(group.members):  # an "Other (please specify)" column: also free text
                    other = group.members[-1]
                    questions.append(_free_text_question(columns[other], keys[other], ids))
                continue
        key = keys[i]
        if column.id and is_metadata_header(column.id):
            inference = Inference(QuestionType.METADATA)
        else:
            inference = infer_column(column.text, profiles[key], order_hints.get(column.id or key))
        question = _question(column, key, inference, ids)
        questions.append(question)
        responses[key] = _normalised(body[key], profiles[key], inference)
        progress(0.5 + 0.5 * (i + 1) / max(len(columns), 1))
    frame = pd.DataFrame(responses, index=body.index)
    return Survey(source=source, responses=frame, questions=questions, layout=layout)


def _subset(profile: ColumnProfile, rows: np.ndarray) -> ColumnProfile:
    codes = profile.codes[rows]
    counts = np.bincount(codes[codes >= 0], minlength=len(profile.values))
    return ColumnProfile(profile.values, tuple(int(c) for c in counts), codes)


def _question(column: ColumnHeader, key: str, inference: Inference, ids: _Ids) -> Question:
    return Question(
        id=ids.take(column.id or _column_slug(column, key)),
        id_from_file=column.id is not None,
        text=column.text or key,
        type=inference.type,
        columns=(key,),
        options=inference.options,
        excluded=inference.excluded,
        counted=inference.counted,
        stem=column.stem,
        multi_encoding=MultiEncoding.JOINED if inference.joined else None,
        numeric_scale=inference.numeric_scale,
        joined_delimiter=inference.joined.delimiter if inference.joined else None,
    )


def _column_slug(column: ColumnHeader, key: str) -> str:
    if column.stem and column.sub:
        return f"{slug(column.stem, 4)}__{slug(column.sub, 4)}"
    return slug(column.text or key)


def _free_text_question(column: ColumnHeader, key: str, ids: _Ids) -> Question:
    return Question(ids.take(slug(column.text) + "_other"), column.text, QuestionType.FREE_TEXT, (key,),
                    stem=column.stem)


def _multi_columns(
    stem: str, members: list[ColumnHeader], keys: list[str], profiles: dict[str, ColumnProfile], ids: _Ids
) -> tuple[Question, int] | None:
    """A multi-select held as one column per option, or None if the group is something else (a matrix)."""
    options: list[str] = []
    option_columns: list[tuple[str, str]] = []
    encoding: MultiEncoding | None = None
    used = 0
    for position, (column, key) in enumerate(zip(members, keys, strict=True)):
        profile = profiles[key]
        label = column.sub or column.text
        last = position == len(members) - 1
        if last and encoding is MultiEncoding.COLUMNS and is_other_specify(label):
            options.append(label)
            option_columns.append((label, key))
            continue
        if profile.values and len(profile.values) == 1 and profile.values[0].casefold() == label.casefold():
            kind = MultiEncoding.COLUMNS
        elif profile.values and binary_values(profile.values):
            kind = MultiEncoding.BINARY
        elif not profile.values:
            kind = encoding or MultiEncoding.COLUMNS
        else:
            return None
        if encoding is not None and kind is not encoding:
            return None
        encoding = kind
        options.append(label)
        option_columns.append((label, key))
        used += 1
    if encoding is None or used < 2:
        return None
    question = Question(
        id=ids.take(slug(stem)),
        text=stem,
        type=QuestionType.MULTI_CHOICE,
        columns=tuple(keys),
        options=tuple(options),
        multi_encoding=encoding,
        option_columns=tuple(option_columns),
    )
    return question, used


def _normalised(series: pd.Series, profile: ColumnProfile, inference: Inference) -> pd.Series:
    """The column as the analyses read it: categories of canonical labels, numbers, dates or text."""
    kind = inference.type
    if kind in CATEGORICAL_TYPES:
        labels = inference.labels if inference.labels is not None else _numeric_label
        return categorical(profile, labels, list(inference.options) + list(inference.excluded))
    text = profile_text(profile)
    if kind == QuestionType.NUMERIC:
        return to_numbers(text)
    if kind == QuestionType.DATE:
        return to_dates(text)
    return text


def _numeric_label(value: str) -> str:
    """"4.0" -> "4": rating-scale answers stored as numbers."""
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() else value


def profile_text(profile: ColumnProfile) -> pd.Series:
    """A column's cells as text again (blank cells missing), from its profile."""
    lookup = np.array(list(profile.values) + [None], dtype=object)
    return pd.Series(lookup[profile.codes], dtype="str")


def categorical(profile: ColumnProfile, labels: dict[str, str] | Callable[[str], str],
                categories: list[str]) -> pd.Series:
    """A categorical column from a profile: each answer mapped to its label, categories in order."""
    lookup = labels.get if isinstance(labels, dict) else labels
    position = {label: i for i, label in enumerate(categories)}
    for value in profile.values:
        label = lookup(value) or value
        if label not in position:
            position[label] = len(categories)
            categories.append(label)
    remap = np.array([position[lookup(v) or v] for v in profile.values] + [-1], dtype=np.int64)
    codes = remap[profile.codes]
    dtype = pd.CategoricalDtype(categories)
    return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype, validate=False))
