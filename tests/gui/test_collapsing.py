"""The sidebar folds to icons (button, View menu, Ctrl+\\), sections fold to give their room, and the layout
(splitters, column widths, what is folded) comes back per screen where it still fits."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTableView, QToolTip

from feedback_gui.gui.comments.layout import QUOTES_FOLD_BELOW
from feedback_gui.gui.layout_memory import columns_fit, splitter_fits
from feedback_gui.gui.sidebar import COLLAPSE_BELOW
from feedback_gui.gui.waves.panel import CHART_FOLD_BELOW
from feedback_gui.gui.widgets.collapsible import CollapsibleSection

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, open_and_wait, wait_ready


def test_the_sidebar_collapses_to_icons_and_back_by_button_menu_and_shortcut(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    side, action = window.side, window.actions_by_name["collapse_sidebar"]
    wide = side.width()
    assert not side.is_collapsed() and side.name.isVisible() and action.shortcut().toString() == "Ctrl+\\"
    qtbot.mouseClick(side.collapse_button, Qt.MouseButton.LeftButton)
    assert side.is_collapsed() and action.isChecked() and not side.name.isVisible()
    assert side.width() * 3 < wide and side.open_button.text() == "" and not side.open_button.icon().isNull()
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Backslash, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    assert not side.is_collapsed() and not action.isChecked() and side.width() == wide
    action.trigger()  # View → Collapse Sidebar
    assert side.is_collapsed()
    window.sidebar.setCurrentRow(2)  # a click on an icon still shows its panel
    assert window.current_panel() == "comments"


def test_each_icon_names_its_panel_in_a_tooltip(make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.set_sidebar_collapsed(True)
    for row, spec in enumerate(window.panel_specs):
        item = window.sidebar.item(row)
        assert item.text() == spec.plain_title  # read by screen readers, though not drawn
        assert not item.icon().isNull()
        tip = item.toolTip()
        assert tip.startswith(f"{spec.plain_title} (Ctrl+{row + 1}): ") and spec.description in tip
    window.side.collapse_button.setFocus()
    assert "Ctrl+\\" in window.side.collapse_button.toolTip()


def test_the_sidebar_starts_collapsed_below_its_width_and_stays_as_left(make_window) -> None:  # noqa: ANN001
    side = make_window().side
    assert side.default_layout_state(QSize(COLLAPSE_BELOW - 1, 900)) == 1
    assert side.default_layout_state(QSize(COLLAPSE_BELOW, 900)) == 0
    window = make_window()
    window.set_sidebar_collapsed(True)
    window.close()
    assert make_window().side.is_collapsed()  # remembered for this screen


def test_a_folded_section_gives_its_room_to_the_other_pane_and_takes_it_back(qtbot) -> None:  # noqa: ANN001
    splitter = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(splitter)
    top = QLabel("table")
    section = CollapsibleSection("&Quotes", QLabel("quotes"), splitter)
    splitter.addWidget(top)
    splitter.addWidget(section)
    splitter.resize(400, 600)
    splitter.show()
    splitter.setSizes([300, 300])
    qtbot.waitUntil(lambda: splitter.sizes()[1] > 200, timeout=WAIT_MS)
    before = splitter.sizes()
    section.set_collapsed(True)
    qtbot.waitUntil(lambda: splitter.sizes()[0] > 500, timeout=WAIT_MS)
    assert not section.body.isVisible() and section.label.isVisible()  # the title stays to unfold it
    qtbot.mouseClick(section.button, Qt.MouseButton.LeftButton)
    assert not section.is_collapsed() and splitter.sizes() == before


def test_a_side_column_folds_to_a_strip_with_its_title(qtbot) -> None:  # noqa: ANN001
    section = CollapsibleSection("Th&emes", QLabel("themes"), sideways=True)
    qtbot.addWidget(section)
    section.resize(300, 400)
    section.show()
    section.set_collapsed(True)
    assert section.spine.isVisible() and section.spine.text == "Themes" and not section.label.isVisible()
    assert section.maximumWidth() < 60 and section.button.arrowType() == Qt.ArrowType.RightArrow
    qtbot.mouseClick(section.spine, Qt.MouseButton.LeftButton)
    assert not section.is_collapsed() and section.body.isVisible()


def test_sections_start_folded_on_screens_below_their_size(window) -> None:  # noqa: ANN001
    extras = window.panels["comments"].extras
    assert extras.default_layout_state(QSize(1920, QUOTES_FOLD_BELOW.height() - 1)) == 1
    assert extras.default_layout_state(QSize(1920, QUOTES_FOLD_BELOW.height())) == 0
    chart = window.panels["waves"].chart_section
    assert chart.default_layout_state(QSize(1920, CHART_FOLD_BELOW.height() - 1)) == 1
    assert chart.default_layout_state(QSize(1920, CHART_FOLD_BELOW.height())) == 0
    assert not extras.is_collapsed() and not chart.is_collapsed()  # a 1080p monitor has the room


def test_comments_layout_comes_back_as_it_was_left(qtbot, window, make_window, settings: QSettings) -> None:  # noqa: ANN001
    comments = window.panels["comments"]
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    comments.left.set_collapsed(True)
    comments.extras.set_collapsed(True)
    window.close()
    again = make_window()
    comments = again.panels["comments"]
    assert comments.left.is_collapsed() and comments.extras.is_collapsed()
    comments.extras.set_collapsed(False)
    assert not comments.extras.isHidden() and not comments.extras.body.isHidden()


def test_splitter_and_columns_come_back_only_where_they_fit(qtbot, window, make_window) -> None:  # noqa: ANN001
    questions = window.panels["questions"]
    window.show_panel("questions")
    total = sum(questions.splitter.sizes())
    questions.splitter.setSizes([total - questions.detail.minimumWidth() - 40, questions.detail.minimumWidth() + 40])
    moved = questions.splitter.sizes()
    comments = window.panels["comments"]
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    header = comments.table.horizontalHeader()
    widened = comments.table.columnWidth(1) + 20  # the Question column, widened by the user (room allowing)
    comments.table.setColumnWidth(1, widened)
    assert columns_fit(header, [header.sectionSize(i) for i in range(header.count())])
    window.show_panel("questions")
    window.close()
    again = make_window()
    open_and_wait(qtbot, again, window.state.source)
    again.show_panel("questions")
    splitter = again.panels["questions"].splitter
    qtbot.waitUntil(lambda: not again.layout_memory.pending(splitter), timeout=WAIT_MS)
    assert abs(splitter.sizes()[1] - moved[1]) <= 2
    table = again.panels["comments"].table
    with qtbot.waitSignal(again.panels["comments"].updated, timeout=OPEN_TIMEOUT_MS):
        again.show_panel("comments")
    qtbot.waitUntil(lambda: not again.layout_memory.pending(table.horizontalHeader()), timeout=WAIT_MS)
    assert table.columnWidth(1) == widened


def test_what_fits_is_decided_on_the_boundary(qtbot) -> None:  # noqa: ANN001
    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    left, right = QLabel("left"), QLabel("right")
    left.setMinimumWidth(100)
    right.setMinimumWidth(100)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.resize(400 + splitter.handleWidth(), 100)
    splitter.show()
    qtbot.waitUntil(lambda: sum(splitter.sizes()) == 400, timeout=WAIT_MS)
    assert splitter_fits(splitter, [300, 100])  # the right pane exactly at its minimum
    assert not splitter_fits(splitter, [301, 99])
    assert not splitter_fits(splitter, [300, 100, 5])  # a splitter of another shape

    table = QTableView()
    qtbot.addWidget(table)
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(3, 3)
    table.setModel(model)
    from feedback_gui.gui.widgets.text_columns import give_text_the_room

    give_text_the_room(table, 1, interactive={0: 10, 2: 10})
    table.resize(600, 200)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.width() > 0, timeout=WAIT_MS)
    from feedback_gui.gui.sizing import READABLE_CHARS, chars

    room = header.width() - chars(READABLE_CHARS, table.font())
    assert columns_fit(header, [room - 50, 0, 50])  # the text column left exactly its readable width
    assert not columns_fit(header, [room - 49, 0, 50])
    assert not columns_fit(header, [10, 10])


def test_a_cut_cell_shows_its_whole_text_in_a_tooltip(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from feedback_gui.gui.widgets.text_columns import give_text_the_room

    model = QStandardItemModel(2, 2)
    long = "Have your probation appointments been helpful in supporting your rehabilitation and your family?"
    model.setItem(0, 1, QStandardItem(long))
    model.setItem(1, 1, QStandardItem("Gender"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    delegate = give_text_the_room(table, 1, lines=2)
    table.resize(320, 200)
    table.show()
    qtbot.waitUntil(lambda: table.columnWidth(1) > 50, timeout=WAIT_MS)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(model.index(0, 1))
    assert delegate.is_cut(option, model.index(0, 1))
    option.rect = table.visualRect(model.index(1, 1))
    assert not delegate.is_cut(option, model.index(1, 1))
    centre = table.visualRect(model.index(0, 1)).center()
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent

    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == long, timeout=WAIT_MS)
    QToolTip.hideText()
