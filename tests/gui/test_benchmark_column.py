"""A column with something to show only at times (the benchmark's differences) in a table whose text column gets
the room: hidden while there is nothing to show, and, like the type, giving way in a narrow table."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from feedback_gui.gui import sizing
from feedback_gui.gui.widgets.text_columns import COMFORTABLE_CHARS, OptionalColumns, give_text_the_room, show_column

TEXT, FIGURE, DIFFERENCE = range(3)


def _table(qtbot) -> tuple[QTableView, OptionalColumns]:  # noqa: ANN001
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Question", "Headline", "vs benchmark"])
    for text in ("My workload is manageable", "I am proud when I tell others I am part of the Probation Service"):
        model.appendRow([QStandardItem(text), QStandardItem("42%"), QStandardItem("−4 ⚑")])
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    give_text_the_room(table, TEXT, optional=(DIFFERENCE,))
    keeper = table.findChild(OptionalColumns)
    assert isinstance(keeper, OptionalColumns)
    return table, keeper


def _width_for_text(table: QTableView, text_width: int, with_difference: bool) -> int:
    """The table width that leaves ``text_width`` pixels to the text column."""
    others = table.columnWidth(FIGURE) + (table.horizontalHeader().sectionSizeHint(DIFFERENCE) if with_difference
                                          else 0)
    return text_width + others + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()


def test_nothing_to_show_keeps_the_column_hidden_whatever_the_width(qtbot) -> None:  # noqa: ANN001
    table, _keeper = _table(qtbot)
    show_column(table, DIFFERENCE, False)
    table.resize(1600, 300)
    table.show()
    qtbot.waitExposed(table)
    assert table.isColumnHidden(DIFFERENCE)
    show_column(table, DIFFERENCE, True)
    assert not table.isColumnHidden(DIFFERENCE)  # wide: shown as soon as there is something to show
    show_column(table, DIFFERENCE, False)
    assert table.isColumnHidden(DIFFERENCE)


def test_the_column_gives_way_and_comes_back_only_when_the_text_keeps_its_room(qtbot) -> None:  # noqa: ANN001
    table, keeper = _table(qtbot)
    comfortable = sizing.chars(COMFORTABLE_CHARS, table.font())
    assert keeper.comfortable == comfortable
    table.resize(1600, 300)
    table.show()
    qtbot.waitExposed(table)
    show_column(table, DIFFERENCE, True)
    assert not table.isColumnHidden(DIFFERENCE)
    shown_width = table.columnWidth(DIFFERENCE)
    table.resize(_width_for_text(table, comfortable - 10, with_difference=True), 300)  # just too narrow
    qtbot.waitUntil(lambda: table.isColumnHidden(DIFFERENCE), timeout=2000)
    # wider, but not by the column's width: it stays hidden (the text would be too narrow with it)
    table.resize(_width_for_text(table, comfortable + shown_width - 20, with_difference=False), 300)
    qtbot.wait(50)
    assert table.isColumnHidden(DIFFERENCE)
    table.resize(_width_for_text(table, comfortable + shown_width + 20, with_difference=False), 300)
    qtbot.waitUntil(lambda: not table.isColumnHidden(DIFFERENCE), timeout=2000)
