"""Survey → Benchmark: the benchmarks to compare with (one ticked), "Your own CSV file…" and "Review matches…".

The submenu is filled each time it opens, from the session, so it always shows the benchmark in use.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from feedback_gui.core.insight.benchmarks import BUILT_IN
from feedback_gui.gui.benchmark.chooser import NO_BENCHMARK, ask_for_csv, cannot_use
from feedback_gui.gui.benchmark.describe import choice_label, choice_tooltip
from feedback_gui.gui.benchmark.session import benchmark_session
from feedback_gui.gui.mnemonics import with_mnemonics
from feedback_gui.gui.state import AppState

OWN_CSV_TEXT = "Your own CSV file…"
REVIEW_TEXT = "Review matches…"


def add_benchmark_menu(menu: QMenu, window: QWidget, state: AppState) -> QMenu:
    """Add the Benchmark submenu to ``menu``; returns it."""
    submenu = menu.addMenu("&Benchmark")
    submenu.setToolTipsVisible(True)
    submenu.aboutToShow.connect(partial(fill_benchmark_menu, submenu, window, state))
    fill_benchmark_menu(submenu, window, state)
    return submenu


def fill_benchmark_menu(menu: QMenu, window: QWidget, state: AppState) -> dict[str, QAction]:
    """(Re)build the submenu; returns its actions by benchmark name ("" for none, "csv", "review")."""
    session = benchmark_session(state)
    menu.clear()
    for old in menu.findChildren(QActionGroup):
        old.deleteLater()
    chosen = session.chosen()
    names: list[str] = ["", *BUILT_IN]
    if chosen and chosen.casefold() not in BUILT_IN:
        names.append(chosen)
    labels = [NO_BENCHMARK, *(choice_label(n) for n in names[1:]), OWN_CSV_TEXT, REVIEW_TEXT]
    texts = with_mnemonics(labels)
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for name, text in zip(names, texts, strict=False):
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked((name or None) == (chosen.casefold() if chosen and chosen.casefold() in BUILT_IN
                                             else chosen))
        action.setToolTip(choice_tooltip(name) if name else "Show no benchmark figures")
        action.setEnabled(state.has_survey)
        group.addAction(action)
        action.triggered.connect(partial(_choose, window, state, name or None))
        actions[name] = action
    menu.addSeparator()
    actions["csv"] = menu.addAction(texts[-2], partial(_choose_csv, window, state))
    actions["csv"].setToolTip("A CSV with the columns question and percent (and, if known, respondents)")
    actions["csv"].setEnabled(state.has_survey)
    menu.addSeparator()
    actions["review"] = menu.addAction(texts[-1], partial(_review, window, state))
    actions["review"].setToolTip("Confirm or reject questions matched by similar wording, or pair them by hand")
    actions["review"].setEnabled(session.comparison is not None)
    return actions


def _choose(window: QWidget, state: AppState, name: str | None) -> None:
    session = benchmark_session(state)
    if name != session.chosen():
        session.choose(name, on_error=partial(cannot_use, window))


def _choose_csv(window: QWidget, state: AppState) -> None:
    path = ask_for_csv(window, state)
    if path is not None:
        _choose(window, state, path)


def _review(window: QWidget, state: AppState) -> None:
    from feedback_gui.gui.benchmark.review import open_review

    open_review(state, window)


__all__ = ["OWN_CSV_TEXT", "REVIEW_TEXT", "add_benchmark_menu", "fill_benchmark_menu"]
