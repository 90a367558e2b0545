"""A survey sent to another process in pieces (text columns in slices) arrives whole and in order."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from feedback_gui.core import processes
from feedback_gui.core.errors import FeedbackError, UnreadableFileError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.resources import sample_path


def test_a_survey_in_slices_arrives_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "COLUMN_SLICE", 10)  # the 81 respondents' text columns go in 9 slices
    survey = read_survey(sample_path("user_voice_2024.xlsx"))
    survey.raw_columns["Q1"] = pd.Series([f"answer {i}" for i in range(survey.respondents)], dtype=object)
    messages = [pickle.loads(pickle.dumps(m)) for m in processes.survey_messages(survey)]
    kinds = {m[0] for m in messages}
    assert {"column part", "column", "raw part"} <= kinds
    assert max(len(m[2]) for m in messages if m[0] == "column part") == 10
    assembler = processes.SurveyAssembler()
    assert all(assembler.take(m) for m in messages)
    assert not assembler.take(("progress", 0.5))
    arrived = assembler.survey()
    pd.testing.assert_frame_equal(arrived.responses, survey.responses)
    assert list(arrived.responses.columns) == list(survey.responses.columns)
    assert arrived.questions == survey.questions and arrived.layout == survey.layout
    assert arrived.raw_columns.keys() == survey.raw_columns.keys() == {"Q1"}
    for name, values in survey.raw_columns.items():
        pd.testing.assert_series_equal(arrived.raw_columns[name], values)


def test_errors_cross_as_the_same_kind() -> None:
    error = UnreadableFileError(sample_path("staff_survey_2024.xlsx"), "the sheet is empty")
    rebuilt = processes.rebuilt_error(*pickle.loads(pickle.dumps(processes.portable_error(error))))
    assert type(rebuilt) is UnreadableFileError and str(rebuilt) == str(error)
    plain = processes.rebuilt_error(*processes.portable_error(FeedbackError("no such question")))
    assert type(plain) is FeedbackError and str(plain) == "no such question"
    other = processes.rebuilt_error(*processes.portable_error(KeyError("x")))
    assert isinstance(other, RuntimeError) and "KeyError" in str(other)


def test_a_survey_that_never_arrived_is_a_clear_error() -> None:
    with pytest.raises(FeedbackError, match="did not arrive"):
        processes.SurveyAssembler().survey()
