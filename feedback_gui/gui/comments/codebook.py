"""The codebook editor: add, rename, merge and remove themes, edit their keywords, export and import JSON.

The dialog edits a copy (codebooks are immutable: each change makes a new one) and hands the result
back once, on OK, so the whole edit is one change to the project (one step for undo). Keywords are
one per line; ``*`` at the end matches any ending ("bull*"), double quotes match exact words only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.comments import Codebook, load_codebook, save_codebook
from feedback_gui.core.errors import FeedbackError
from feedback_gui.gui.messages import show_message

JSON_FILTER = "Codebooks (*.json);;All files (*)"


class CodebookDialog(QDialog):
    """Edit a copy of a codebook; ``applied`` carries the edited codebook when OK is pressed."""

    applied = Signal(object)  # Codebook

    def __init__(self, codebook: Codebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Codebook: {codebook.name}")
        self.codebook = codebook
        self._shown: str | None = None  # the theme whose keywords are in the editor
        self.themes = QListWidget(self)
        self.themes.setAccessibleName("Themes of the codebook")
        self.themes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.themes.currentTextChanged.connect(self._show_keywords)
        self.themes.itemSelectionChanged.connect(self._update_buttons)
        themes_label = QLabel("&Themes (select several to merge):", self)
        themes_label.setBuddy(self.themes)
        self.keywords = QPlainTextEdit(self)
        self.keywords.setAccessibleName("Keywords of the selected theme, one per line")
        self.keywords.setTabChangesFocus(True)
        self.keywords_label = QLabel("&Keywords, one per line:", self)
        self.keywords_label.setBuddy(self.keywords)
        hint = QLabel("Words match any form with the same stem (“recruit” finds “recruiting”). End a word with * to "
                      "match any ending; put it in \"double quotes\" to match exactly that word.", self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = self._button("&Add…", "Add a theme", self._ask_add, buttons)
        self.rename_button = self._button("Re&name…", "Rename the selected theme", self._ask_rename, buttons)
        self.merge_button = self._button("&Merge…", "Merge the selected themes into one", self._ask_merge, buttons)
        self.remove_button = self._button("&Remove", "Remove the selected themes", self._remove_selected, buttons)
        buttons.addStretch(1)
        files = QHBoxLayout()
        self._button("&Import…", "Replace this codebook with one from a JSON file", self._ask_import, files)
        self._button("E&xport…", "Save this codebook as a JSON file", self._ask_export, files)
        files.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Apply and analyse again")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(themes_label)
        left.addWidget(self.themes, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.keywords_label)
        right.addWidget(self.keywords, 1)
        right.addWidget(hint)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(files)
        layout.addWidget(box)
        self.resize(760, 480)
        self._fill()

    def _button(self, text: str, tip: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- the edits (each makes a new codebook) -------------------------------------------------
    def edit(self, change: str, *args: object) -> bool:
        """Apply one Codebook method (``add_theme``, ``rename_theme``, …) to the copy; False with a message."""
        self._commit_keywords()
        try:
            self.codebook = getattr(self.codebook, change)(*args)
        except FeedbackError as exc:
            show_message(self, "Cannot change the codebook", str(exc))
            return False
        self._fill()
        return True

    def add_theme(self, name: str, keywords: list[str] | tuple[str, ...] = ()) -> bool:
        """Add a theme at the end and select it."""
        return self.edit("add_theme", name, keywords) and self.select(name.strip())

    def rename_theme(self, old: str, new: str) -> bool:
        """Rename a theme."""
        return self.edit("rename_theme", old, new) and self.select(new.strip())

    def merge_themes(self, names: list[str], into: str) -> bool:
        """Merge themes into one, keeping every keyword."""
        return self.edit("merge_themes", names, into) and self.select(into.strip() or names[0])

    def remove_themes(self, names: list[str]) -> bool:
        """Remove themes."""
        self._commit_keywords()
        for name in names:
            self.codebook = self.codebook.remove_theme(name)
        self._shown = None
        self._fill()
        return True

    def set_keywords(self, name: str, keywords: list[str]) -> None:
        """Replace a theme's keywords."""
        self.edit("set_keywords", name, keywords)

    def import_file(self, path: str | Path) -> bool:
        """Replace the copy with a codebook read from a JSON file."""
        try:
            self.codebook = load_codebook(path)
        except FeedbackError as exc:
            show_message(self, "Cannot import the codebook", str(exc))
            return False
        self._shown = None
        self._fill()
        return True

    def export_file(self, path: str | Path) -> bool:
        """Save the copy (with the keywords being edited) as a JSON file."""
        self._commit_keywords()
        try:
            save_codebook(self.codebook, path)
        except OSError as exc:
            show_message(self, "Cannot export the codebook", f"{Path(path).name}: {exc.strerror or exc}")
            return False
        return True

    def result_codebook(self) -> Codebook:
        """The edited codebook, with the keywords being typed."""
        self._commit_keywords()
        return self.codebook

    def accept(self) -> None:
        self.applied.emit(self.result_codebook())
        super().accept()

    # --- the list and the keywords -------------------------------------------------------------
    def select(self, name: str) -> bool:
        """Select a theme by name."""
        for row in range(self.themes.count()):
            if self.themes.item(row).text() == name:
                self.themes.setCurrentRow(row)
                return True
        return False

    def selected_names(self) -> list[str]:
        """The selected themes, in codebook order."""
        chosen = {item.text() for item in self.themes.selectedItems()}
        return [name for name in self.codebook.theme_names if name in chosen]

    def _fill(self) -> None:
        keep = self._shown
        self.themes.blockSignals(True)
        self.themes.clear()
        self.themes.addItems(list(self.codebook.theme_names))
        self.themes.blockSignals(False)
        self._shown = None
        if not (keep and self.select(keep)) and self.themes.count():
            self.themes.setCurrentRow(0)
        self._show_keywords(self.themes.currentItem().text() if self.themes.currentItem() else "")
        self._update_buttons()

    def _show_keywords(self, name: str) -> None:
        self._commit_keywords()
        self._shown = name or None
        words = self.codebook.theme(name).keywords if name in self.codebook.theme_names else ()
        self.keywords.setPlainText("\n".join(words))
        self.keywords.setEnabled(bool(name))
        shown = name.replace("&", "&&")
        self.keywords_label.setText(f"&Keywords of “{shown}”, one per line:" if name else "&Keywords:")

    def _commit_keywords(self) -> None:
        name = self._shown
        if name and name in self.codebook.theme_names:
            typed = [line for line in self.keywords.toPlainText().splitlines() if line.strip()]
            if tuple(" ".join(w.lower().split()) for w in typed) != self.codebook.theme(name).keywords:
                self.codebook = self.codebook.set_keywords(name, typed)

    def _update_buttons(self) -> None:
        n = len(self.themes.selectedItems())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 2)
        self.remove_button.setEnabled(n >= 1)

    # --- asking --------------------------------------------------------------------------------
    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def _ask_add(self) -> None:
        name = self._ask("Add a theme", "Name of the new theme:")
        if name:
            self.add_theme(name)
            self.keywords.setFocus()

    def _ask_rename(self) -> None:
        names = self.selected_names()
        if len(names) == 1 and (new := self._ask("Rename the theme", f"New name for “{names[0]}”:", names[0])):
            self.rename_theme(names[0], new)

    def _ask_merge(self) -> None:
        names = self.selected_names()
        if len(names) >= 2 and (into := self._ask("Merge themes", f"Merge {', '.join(names)} into:", names[0])):
            self.merge_themes(names, into)

    def _remove_selected(self) -> None:
        self.remove_themes(self.selected_names())

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a codebook", str(Path.home()), JSON_FILTER)
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        suggested = str(Path.home() / (self.codebook.name.replace("/", "-") + ".json"))
        path, _ = QFileDialog.getSaveFileName(self, "Export the codebook", suggested, JSON_FILTER)
        if path:
            self.export_file(path)


__all__ = ["CodebookDialog"]
