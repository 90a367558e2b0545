"""Turning a grid's header and body into a Survey: one question per column or column group."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from feedback_gui.core.importing.grouping import assign_stems, groups
from feedback_gui.core.importing.layouts import ColumnHeader
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.schema.inference import Inference, infer_column, to_dates, to_numbers
from feedback_gui.core.schema.profile import ColumnProfile, profile_column
from feedback_gui.core.schema.recognisers.columns import (
    ColumnsCall,
    option_columns,
    spss_set_call,
    tick_box_runs,
    tick_run_call,
    tick_run_text,
)
from feedback_gui.core.schema.recognisers.metadata import tool_metadata, tool_note
from feedback_gui.core.schema.roles import is_metadata_header
from feedback_gui.core.survey import (
    CATEGORICAL_TYPES,
    Confidence,
    InferenceNote,
    Layout,
    MultiEncoding,
    Question,
    QuestionType,
    Survey,
)

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


@dataclass(frozen=True)
class ColumnSet:
    """Columns the file itself declares to be one question (an SPSS multiple-response set)."""

    name: str
    label: str
    kind: str  # "D" dichotomy (cells "1"/"0"), "C" categories (cells hold the chosen options)
    variables: tuple[str, ...]  # column ids, in order


def build_survey(
    source: Path,
    columns: list[ColumnHeader],
    body: pd.DataFrame,
    layout: Layout,
    order_hints: dict[str, list[str]] | None = None,
    progress: ProgressFn = no_progress,
    column_sets: list[ColumnSet] | None = None,
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
    tool, tool_columns = tool_metadata([(c.text, c.id) for c in columns])

    ids = _Ids()
    questions: list[Question] = []
    responses: dict[str, pd.Series] = {}
    multi = _multi_column_questions(columns, keys, profiles, tool_columns, column_sets or [])
    handled: set[int] = set()
    for i, column in enumerate(columns):
        if i in handled:
            continue
        found = multi.get(i)
        if found is not None:
            members, text, stem, call = found
            questions.append(_columns_question(text, stem, [keys[m] for m in members], call, ids))
            for m in members:
                responses[keys[m]] = profile_text(profiles[keys[m]])
            handled.update(members)
            if call.used < len(members):  # an "Other (please specify)" column: also free text
                other = members[-1]
                questions.append(_free_text_question(columns[other], keys[other], ids))
            continue
        key = keys[i]
        if i in tool_columns and tool is not None:
            inference = tool_note(tool, column.id or column.text)
        else:
            inference = infer_column(column.text, profiles[key], order_hints.get(column.id or key),
                                     column_id=column.id, import_id=column.import_id, text_box=column.text_box)
        question = _question(column, key, inference, ids)
        questions.append(question)
        responses[key] = _normalised(body[key], profiles[key], inference)
        progress(0.5 + 0.5 * (i + 1) / max(len(columns), 1))
    frame = pd.DataFrame(responses, index=body.index)
    return Survey(source=source, responses=frame, questions=questions, layout=layout)


_MultiFound = tuple[list[int], str, "str | None", ColumnsCall]


def _multi_column_questions(columns: list[ColumnHeader], keys: list[str], profiles: dict[str, ColumnProfile],
                            tool_columns: set[int], column_sets: list[ColumnSet]) -> dict[int, _MultiFound]:
    """Questions spread over several columns, by their first column: declared sets, option columns, tick boxes."""
    found: dict[int, _MultiFound] = {}
    taken: set[int] = set()
    position = {c.id: i for i, c in enumerate(columns) if c.id}
    for declared in column_sets:
        members = [position[v] for v in declared.variables if v in position]
        if len(members) < 2 or taken & set(members):
            continue
        call = _declared_call(declared, [columns[m] for m in members], [keys[m] for m in members], profiles)
        found[members[0]] = (members, declared.label or declared.name, None, call)
        taken.update(members)
    for group in groups(columns):
        members = [m for m in group.members if m not in taken]
        if len(members) < 2 or len(members) != len(group.members):
            continue
        columns_call = option_columns(group.stem, [columns[m].sub or columns[m].text for m in members],
                                      [keys[m] for m in members], [profiles[keys[m]] for m in members])
        if columns_call is not None:
            found[members[0]] = (members, group.stem, group.stem, columns_call)
            taken.update(members)
    free = [None if i in taken or i in tool_columns or columns[i].stem or is_metadata_header(c.text)
            or (c.id and is_metadata_header(c.id)) else profiles[keys[i]] for i, c in enumerate(columns)]
    headers = [c.text for c in columns]
    for start, end in tick_box_runs(headers, free):
        members = list(range(start, end))
        run_headers = [headers[m] for m in members]
        call = tick_run_call(run_headers, [keys[m] for m in members], [profiles[keys[m]] for m in members])
        found[start] = (members, tick_run_text(run_headers), None, call)
    return found


def _declared_call(declared: ColumnSet, members: list[ColumnHeader], keys: list[str],
                   profiles: dict[str, ColumnProfile]) -> ColumnsCall:
    labels = [c.text or c.id or k for c, k in zip(members, keys, strict=True)]
    answered = np.zeros(len(profiles[keys[0]].codes), dtype=bool)
    totals: dict[str, int] = {}
    for key in keys:
        profile = profiles[key]
        answered |= profile.codes >= 0
        for value, count in zip(profile.values, profile.counts, strict=True):
            totals[value] = totals.get(value, 0) + count
    options = sorted(totals, key=lambda v: -totals[v])
    return spss_set_call(declared.kind, labels, keys, options, int(answered.sum()))


def _columns_question(text: str, stem: str | None, keys: list[str], call: ColumnsCall, ids: _Ids) -> Question:
    return Question(
        id=ids.take(slug(text)),
        text=text,
        type=QuestionType.MULTI_CHOICE,
        columns=tuple(keys),
        options=call.options,
        multi_encoding=call.encoding,
        option_columns=call.option_columns,
        inference=call.note,
        stem=stem,
    )


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
        inference=inference.note,
    )


def _column_slug(column: ColumnHeader, key: str) -> str:
    if column.stem and column.sub:
        return f"{slug(column.stem, 4)}__{slug(column.sub, 4)}"
    return slug(column.text or key)


def _free_text_question(column: ColumnHeader, key: str, ids: _Ids) -> Question:
    note = InferenceNote("the text typed under Other in a multi-select question", Confidence.HIGH, "columns")
    return Question(ids.take(slug(column.text) + "_other"), column.text, QuestionType.FREE_TEXT, (key,),
                    stem=column.stem, inference=note)


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
