"""A 0–10 "recommend" (NPS) question in the window: its type has a name, and it can be broken down."""

from __future__ import annotations

import pandas as pd
import pytest

from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.describe import type_name
from feedback_gui.gui.questions.models import QuestionTableModel

OFFICE = "Which office do you mainly work from?"


def test_every_question_type_has_a_name_for_people() -> None:
    assert type_name(QuestionType.NPS) == "Recommend 0–10 (NPS)"
    raw = [kind for kind in QuestionType if type_name(kind) == str(kind) or "_" in type_name(kind)]
    assert raw == [], raw


def test_the_recommend_question_is_named_and_broken_down(window) -> None:  # noqa: ANN001
    state = window.state
    nps = next(q for q in state.survey.questions if q.type == QuestionType.NPS)
    window.show_panel("questions", nps.id)
    panel = window.panels["questions"]
    row = panel.model.row_of(nps.id)
    assert panel.model.index(row, QuestionTableModel.TYPE).data() == "Recommend 0–10 (NPS)"
    assert panel.detail.facts.text().startswith("Recommend 0–10 (NPS) · ")
    view = panel.detail.breakdown
    view.choose(OFFICE)
    assert view.table.isVisible() and view.model.rowCount() > 1
    assert "can be broken down" not in view.note.text()

    # each shown group's figure, worked out here from the answers: promoters (9 or 10) of those who answered
    office = state.survey.find_question(OFFICE)
    answers = pd.DataFrame({"office": state.survey.responses[office.column].astype("string"),
                            "score": state.survey.responses[nps.column].astype("string")}).dropna()
    threshold = state.settings.suppression_threshold
    shown = 0
    for r in range(view.model.rowCount() - 1):  # the last row is the total
        group = view.model.index(r, 0).data()
        scores = answers.loc[answers["office"] == group, "score"]
        cells = view.model.cells(r)
        if cells[3] == "–":
            continue  # suppressed: too small a group (or one whose figure would give a small one away)
        shown += 1
        assert len(scores) >= threshold
        assert int(cells[1]) == len(scores)
        assert int(cells[2]) == int(scores.isin(["9", "10"]).sum())
        assert float(cells[3].rstrip("%")) == pytest.approx(100 * scores.isin(["9", "10"]).mean(), abs=0.5)
    assert shown >= 2
