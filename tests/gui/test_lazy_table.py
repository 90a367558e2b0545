"""A lazily filled table shows a long list a batch at a time, and the rest as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from feedback_gui.gui.lazy_table import DISPLAY, LazyTable


class Numbers(LazyTable):
    headers = ("Number",)

    def data(self, index, role: int = DISPLAY):  # noqa: ANN001, ANN201
        return str(self._rows[index.row()]) if index.isValid() and role == DISPLAY else None


def test_rows_come_a_batch_at_a_time() -> None:
    model = Numbers()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.replace_rows(range(1000))
    assert (model.total_rows, model.rowCount()) == (1000, model.batch)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * model.batch and inserted == [(model.batch, 2 * model.batch - 1)]
    model.fetch_all()
    assert model.rowCount() == 1000 and not model.canFetchMore(QModelIndex())
    assert model.index(999, 0).data() == "999"
    model.replace_rows(range(10))
    assert model.rowCount() == 10 and not model.canFetchMore(QModelIndex())


def test_scrolling_to_the_end_fetches_more(qtbot) -> None:  # noqa: ANN001
    model = Numbers()
    model.replace_rows(range(100_000))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == model.batch
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.batch, timeout=2000)
    assert model.rowCount() < model.total_rows  # still far from all of them
