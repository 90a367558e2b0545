"""Define (or edit) an index or theme score: a name, what kind, and the questions it averages.

An **index** averages rating-scale answers scored 0–100 per respondent (as the CSPS engagement index); a
**theme score** averages the % positive of questions with counted answers. The list offers the survey's
questions that fit the kind chosen, with a filter for long surveys. The definition is checked by the core
(:func:`~feedback_gui.core.insight.definitions.make_definition`); a name already used by another index is
refused, since saving it would replace that one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.definitions import INDEX, THEME, IndexDefinition, make_definition, usable
from feedback_gui.core.project import Project
from feedback_gui.core.survey import Survey
from feedback_gui.gui import describe

INTRO = ("Choose the questions to average. An index scores each rating-scale answer from 0 to 100 (Strongly agree "
         "100, Agree 75 …), averages each respondent's answers, then averages over respondents. A theme score "
         "averages the % positive of its questions.")


class IndexDialog(QDialog):
    """Name, kind and questions; OK gives :meth:`definition`."""

    def __init__(self, survey: Survey, taken: Sequence[str] = (), definition: IndexDefinition | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.original = definition
        self.taken = {name.casefold() for name in taken} - ({definition.name.casefold()} if definition else set())
        title = f"Edit “{definition.name}”" if definition else "New index or theme"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName("Name")
        self.name_edit.setPlaceholderText("e.g. Wellbeing")
        self.index_radio = QRadioButton("&Index (0–100)", self)
        self.theme_radio = QRadioButton("&Theme score (% positive)", self)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.index_radio)
        self.kinds.addButton(self.theme_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.index_radio)
        kinds.addWidget(self.theme_radio)
        kinds.addStretch(1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName("Filter questions")
        self.filter_edit.setPlaceholderText("Type to show only questions with these words")
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Questions")
        self.list.setAccessibleDescription("Tick the questions to average (Space ticks the current one)")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("What is chosen")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel("&Name:", self)
        name_label.setBuddy(self.name_edit)
        filter_label = QLabel("&Filter:", self)
        filter_label.setBuddy(self.filter_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(QLabel("Kind:", self), kinds)
        form.addRow(filter_label, self.filter_edit)
        questions_label = QLabel("&Questions:", self)
        questions_label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(questions_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._chosen: set[str] = set(Project.key(t) for t in definition.questions) if definition else set()
        (self.theme_radio if definition is not None and definition.kind == THEME else self.index_radio).setChecked(True)
        self.name_edit.setText(definition.name if definition else "")
        self._fill()
        self.kinds.buttonToggled.connect(self._kind_toggled)
        self.filter_edit.textChanged.connect(self._filter)
        self.name_edit.textChanged.connect(self._check)
        self.list.itemChanged.connect(self._ticked)

    # --- what is chosen ------------------------------------------------------------------------
    def kind(self) -> str:
        """INDEX or THEME, as chosen."""
        return THEME if self.theme_radio.isChecked() else INDEX

    def chosen_ids(self) -> list[str]:
        """The ticked questions' ids, in survey order (ticked ones hidden by the filter included)."""
        return [q.id for q in self.survey.questions if Project.key(q.text) in self._chosen and usable(q, self.kind())]

    def definition(self) -> IndexDefinition:
        """The definition as chosen (FeedbackError with a one-line reason when it cannot be one)."""
        name = " ".join(self.name_edit.text().split())
        if name.casefold() in self.taken:
            raise FeedbackError(f"there is already an index or theme called “{name}”: choose another name")
        return make_definition(self.survey, name, self.chosen_ids(), self.kind())

    def tick(self, *texts: str) -> None:
        """Tick the questions whose text contains each of ``texts`` (as clicking their boxes would)."""
        for text in texts:
            hits = [self.list.item(i) for i in range(self.list.count())
                    if text.casefold() in self.list.item(i).text().casefold()]
            if len(hits) != 1:
                raise KeyError(f"{len(hits)} questions match {text!r}")
            hits[0].setCheckState(Qt.CheckState.Checked)

    # --- the list ------------------------------------------------------------------------------
    def _kind_toggled(self, _button: object, on: bool) -> None:
        if on:
            self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for question in self.survey.questions:
            if not usable(question, self.kind()):
                continue
            item = QListWidgetItem(question.text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, Project.key(question.text))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = Project.key(question.text) in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(f"{question.text}\n{describe.type_name(question.type)}")
        self.list.blockSignals(False)
        self._filter(self.filter_edit.text())
        self._check()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _ticked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen.add(key)
        else:
            self._chosen.discard(key)
        self._check()

    def _check(self) -> None:
        if not self.list.count():
            what = "rating-scale questions" if self.kind() == INDEX else "questions with counted answers"
            self.status.setText(f"This survey has no {what}.")
            self.ok_button.setEnabled(False)
            return
        try:
            definition = self.definition()
        except FeedbackError as exc:
            count = len(self.chosen_ids())
            message = str(exc).rstrip(".") + "." if count or self.name_edit.text().strip() else ""
            self.status.setText(f"{describe.plural(count, 'question')} chosen. {message[:1].upper()}{message[1:]}"
                                .strip())
            self.ok_button.setEnabled(False)
            return
        self.status.setText(f"{describe.plural(len(definition.questions), 'question')} chosen.")
        self.ok_button.setEnabled(True)


__all__ = ["INTRO", "IndexDialog"]
