"""A survey with many headline questions: the Overview builds its first cards at once and the rest in turns."""

from __future__ import annotations

import dataclasses

from feedback_gui.core.resources import sample_path
from feedback_gui.gui.loading import load_survey
from feedback_gui.gui.overview import panel as overview_module

from .conftest import WAIT_MS


def _many_headlines(count: int):  # noqa: ANN202 - a Loaded with ``count`` headline results
    loaded = load_survey(sample_path("staff_survey_2024.xlsx"), lambda _f: None)
    base = [r for r in loaded.results.values() if r.headline]
    for i in range(count - len(base)):
        result = base[i % len(base)]
        loaded.results[f"{result.id}_copy{i}"] = dataclasses.replace(result, id=f"{result.id}_copy{i}",
                                                                      text=f"{result.text} (copy {i})")
    return loaded


def test_cards_arrive_in_turns_and_all_in_the_end(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.opener._succeeded(_many_headlines(60))  # noqa: SLF001 - as if read in the background
    overview = window.panels["overview"]
    assert len(overview.cards) == overview_module.FIRST_CARDS and overview.building
    qtbot.waitUntil(lambda: not overview.building, timeout=WAIT_MS)
    assert len(overview.cards) == 60
    assert [c.question_id for c in overview.cards] == [r.id for r in window.state.headline_results()]


def test_asking_for_a_card_builds_the_rest_and_edits_reach_pending_cards(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.opener._succeeded(_many_headlines(60))  # noqa: SLF001
    overview = window.panels["overview"]
    last = window.state.headline_results()[-1]
    assert last.id not in [c.question_id for c in overview.cards]  # still to be built
    headline = dataclasses.replace(last.headline, numerator=1, percent=100.0 / last.headline.denominator)
    window.state.results[last.id] = dataclasses.replace(last, headline=headline)
    window.state.questionChanged.emit(last.id)  # e.g. its counted answers were changed
    card = overview.card_for(f"(copy {last.id.rsplit('_copy', 1)[1]})")
    assert not overview.building and card.question_id == last.id
    assert card.count_label.text() == f"1 out of {last.headline.denominator}"
