"""The Equality panel from the keyboard: tab order in reading order, names and mnemonics, undoable weighting,
and a heatmap cell that opens its question broken down by the cell's characteristic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from feedback_gui.gui.equality.run import CAP_KEY, WEIGHT_BY_KEY
from feedback_gui.gui.equality.widgets.weighting import mnemonic_letter, with_mnemonics

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, equality_with_reference, wait_ready
from .keyboard import spoken_name, tab_through

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
SUITS = "times that suit you"


@pytest.fixture
def panel(qtbot, make_window):  # noqa: ANN001, ANN201
    """The Equality panel on the User Voice sample with the sample caseload profile, in an active window."""
    window = make_window()
    return equality_with_reference(qtbot, window)  # its background work done, the window active


def _weighted(qtbot, panel, change) -> None:  # noqa: ANN001
    """Make a change and wait for the figures it brings, and for the window to have the keyboard again (a
    progress dialog may have come and gone)."""
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        change()
    wait_ready(qtbot, panel.window())


def test_tab_follows_the_reading_order_in_every_view(qtbot, panel) -> None:  # noqa: ANN001
    top = [panel.choose_button, panel.sample_button, panel.tabs.tabBar()]
    cards = panel.profile.cards
    assert [c.value.characteristic for c in cards][:2] == ["Gender", "Disability"]
    who = [panel.table_toggle, panel.profile, *(w for c in cards for w in (c.table, c.chart.chart_view))]
    assert tab_through(qtbot, panel, panel.choose_button, shown=(*top, *who)) == top + who
    assert QApplication.focusWidget() is panel.window().sidebar  # and on out of the panel
    qtbot.keyClick(cards[0].chart.chart_view, Qt.Key.Key_T)  # every chart becomes its table: Tab follows
    assert tab_through(qtbot, panel, panel.choose_button)[5:7] == [cards[0].table, cards[0].chart.table]

    panel.tabs.tabBar().setFocus()
    qtbot.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Right)  # the Weighting tab, from the keyboard
    view = panel.weighting
    _weighted(qtbot, panel, lambda: view.box("Gender").setChecked(True))  # the tables appear
    weighting = [view, *view.boxes, view.cap, view.table, view.margins]
    assert [view.names[i] for i in range(2)] == ["Sentence type", "Gender"]  # the reference's order, as shown
    visited = tab_through(qtbot, panel, panel.choose_button, shown=(*top, *weighting))
    assert visited == top + weighting
    assert tab_through(qtbot, panel, view.margins, Qt.Key.Key_Backtab) == visited[::-1]

    qtbot.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Right)
    assert tab_through(qtbot, panel, panel.choose_button) == [*top, panel.heatmap]


def test_every_control_has_a_name_and_every_button_a_mnemonic(qtbot, panel) -> None:  # noqa: ANN001
    controls = [panel.choose_button, panel.sample_button, panel.tabs.tabBar(), panel.table_toggle, panel.profile,
                *panel.weighting.tab_stops(), panel.heatmap]
    controls += [w for card in panel.profile.cards for w in (card.table, card.chart.chart_view, card.chart.table)]
    assert all(spoken_name(w).strip() for w in controls), [w for w in controls if not spoken_name(w).strip()]
    assert spoken_name(panel.weighting.box("Gender")) == "Gender"  # the mnemonic's & is not read out

    window = panel.window()
    menus = [a.text() for a in window.menuBar().actions()]
    always = [panel.choose_button.text(), panel.sample_button.text(),
              *(panel.tabs.tabText(i) for i in range(panel.tabs.count()))]
    weighting = [*(b.text() for b in panel.weighting.boxes), panel.weighting.cap_label.text()]
    for texts in (always + [panel.table_toggle.text()], always + weighting):  # what one view shows at once
        letters = [mnemonic_letter(t) for t in texts]
        assert None not in letters, texts
        assert len(set(letters + [mnemonic_letter(m) for m in menus])) == len(letters) + len(menus), texts

    panel.tabs.setCurrentWidget(panel.weighting)
    gender = panel.weighting.box("Gender")
    letter = mnemonic_letter(gender.text())
    _weighted(qtbot, panel, lambda: qtbot.keyClick(panel.tabs.tabBar(), letter, ALT))  # Alt+letter ticks it
    assert gender.isChecked() and gender.hasFocus()
    assert "Weighted by gender (post-stratification)" in panel.weighting.summary.text()


def test_mnemonics_go_to_free_letters_and_keep_ampersands() -> None:
    assert with_mnemonics(["Gender", "Gender identity", "Religion & belief"], "gr") == [
        "G&ender", "Gender &identity", "Religion && &belief"]  # a word's first letter when it is free
    assert with_mnemonics(["Age"], "age") == ["Age"]  # no free letter: no mnemonic, the text unchanged
    assert mnemonic_letter("R&eligion && belief") == "e" and mnemonic_letter("Salt && pepper") is None


def test_weighting_choice_is_undone_with_its_figures(qtbot, panel) -> None:  # noqa: ANN001
    window, state, view = panel.window(), panel.state, panel.weighting
    panel.tabs.setCurrentWidget(view)
    _weighted(qtbot, panel, lambda: view.box("Gender").setChecked(True))
    assert "effective sample size 50.6 of 67 respondents" in view.summary.text()
    _weighted(qtbot, panel, lambda: view.box("Disability").setChecked(True))
    assert "raking" in view.summary.text() and state.project.settings[WEIGHT_BY_KEY] == ["Gender", "Disability"]
    assert window.actions_by_name["undo"].text() == "&Undo weight by gender and disability"

    view.box("Disability").setFocus()
    _weighted(qtbot, panel, lambda: qtbot.keyClick(view.box("Disability"), Qt.Key.Key_Z, CTRL))
    assert view.chosen() == ["Gender"] and state.project.settings[WEIGHT_BY_KEY] == ["Gender"]
    assert "(post-stratification): effective sample size 50.6 of 67 respondents" in view.summary.text()
    row = next(view.model.cells(r) for r in range(view.model.rowCount())
               if "understand what is expected" in view.model.cells(r)[0])
    assert row[1:3] == ["60 out of 67 · 90%", "91% weighted"]
    _weighted(qtbot, panel, state.undo_stack.undo)
    assert view.chosen() == [] and WEIGHT_BY_KEY not in state.project.settings
    assert not view.summary.isVisibleTo(view) and "Tick one to three" in view.message.text()
    _weighted(qtbot, panel, lambda: qtbot.keyClick(view.box("Gender"), Qt.Key.Key_Y, CTRL))  # redo
    assert view.chosen() == ["Gender"] and "effective sample size 50.6" in view.summary.text()


def test_stepping_the_cap_is_one_edit(qtbot, panel) -> None:  # noqa: ANN001
    state, view = panel.state, panel.weighting
    panel.tabs.setCurrentWidget(view)
    _weighted(qtbot, panel, lambda: view.box("Gender").setChecked(True))
    edits = state.undo_stack.count()
    view.cap.setFocus()
    for _ in range(4):  # 1.0 ("no cap") → 3.0 in steps of 0.5
        _weighted(qtbot, panel, lambda: qtbot.keyClick(view.cap, Qt.Key.Key_Up))
    assert state.project.settings[CAP_KEY] == 3.0 and state.undo_stack.count() == edits + 1
    assert panel.window().actions_by_name["undo"].text() == "&Undo cap weights at 3 × average"
    _weighted(qtbot, panel, state.undo_stack.undo)
    assert CAP_KEY not in state.project.settings and view.cap.text() == "no cap"
    assert view.chosen() == ["Gender"]  # only the cap was taken back
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # up and back down: nothing is left to undo
        _weighted(qtbot, panel, lambda key=key: qtbot.keyClick(view.cap, key))
    assert CAP_KEY not in state.project.settings and state.undo_stack.count() == edits
    assert panel.window().actions_by_name["undo"].text() == "&Undo weight by gender"


def _cell(panel, characteristic: str, group: str, text: str):  # noqa: ANN001, ANN202
    matrix = panel.heatmap.heat_model.matrix
    row = next(i for i, r in enumerate(matrix.rows) if text in r.text)
    column = next(j for j, c in enumerate(matrix.columns) if c.characteristic == characteristic and c.group == group)
    return panel.heatmap.heat_model.index(row, column)


def _shows_the_group(window, question_text: str, by_text: str, cells: list[str]) -> None:  # noqa: ANN001
    detail = window.panels["questions"].detail
    assert window.current_panel() == "questions" and question_text in detail.title.text()
    breakdown = detail.breakdown
    assert breakdown.by.currentText() == by_text
    table = breakdown.table
    current = table.currentIndex()
    assert [breakdown.model.index(current.row(), c).data() for c in range(4)] == cells
    assert table.hasFocus()
    top = table.mapTo(detail.viewport(), QPoint(0, 0)).y()  # scrolled into view
    assert 0 <= top < detail.viewport().height()


def test_a_heatmap_cell_opens_the_breakdown_by_its_characteristic(qtbot, panel) -> None:  # noqa: ANN001
    window = panel.window()
    panel.tabs.setCurrentWidget(panel.rates)
    heatmap = panel.heatmap
    index = _cell(panel, "disability", "Yes", SUITS)
    assert "15 out of 16 (94%)" in index.data(Qt.ItemDataRole.ToolTipRole)
    heatmap.setFocus()
    heatmap.setCurrentIndex(index)
    qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    disability = window.state.survey.find_question("disability")
    _shows_the_group(window, "Have you been able to have appointments at times that suit you?", disability.text,
                     ["Yes", "16", "15", "94%"])  # the cell's 15 out of 16

    window.show_panel("equality")
    index = _cell(panel, "disability", "No", "contact your probation practitioner")

    def in_view() -> bool:  # once the panel shown again is laid out, its cell scrolled into view
        heatmap.scrollTo(index)
        return heatmap.isVisible() and heatmap.viewport().rect().contains(heatmap.visualRect(index).center())

    qtbot.waitUntil(in_view, timeout=WAIT_MS)
    qtbot.mouseDClick(heatmap.viewport(), Qt.MouseButton.LeftButton, pos=heatmap.visualRect(index).center())
    comparison = heatmap.cell_at(index).comparison  # the group's figure behind the cell
    _shows_the_group(window, "contact your probation practitioner", disability.text,
                     ["No", str(comparison.group_relevant), str(comparison.group_numerator),
                      f"{comparison.group_percent:.0f}%"])


def test_questions_panel_still_takes_a_plain_question_id(window) -> None:  # noqa: ANN001
    question = window.state.survey.find_question("promotes openness")
    window.show_panel("questions", question.id)
    panel = window.panels["questions"]
    assert panel.detail.question_id == question.id and panel.table.hasFocus()
