"""What every File › Export… dialog shares: the file row, the breakdown, redaction, the small-groups note,
Cancel and Export, the work through the app's task runner, the failure and the "Saved …" message.

A subclass (:class:`~feedback_gui.gui.export_dialog.ExportDialog`,
:class:`~feedback_gui.gui.briefing_dialog.BriefingDialog`) sets the class constants, builds its own options,
calls :meth:`FileExportDialog._lay_out` and says what to run (:meth:`FileExportDialog._work`) and what to say
when it is written (:meth:`FileExportDialog._done_message`). Export runs in the background with the Export
button off; Cancel (or closing the dialog) stops it, and the export leaves no file then.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.survey import Survey
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task, Work

KINDS = {".pptx": "PowerPoint decks", ".docx": "Word documents", ".xlsx": "Excel workbooks"}
FormRow = tuple[str, QWidget | None, QWidget | QLayout]  # label text, its buddy, the field or row


class FileExportDialog(QDialog):
    """Options for writing one file; writes it through the app's task runner (subclasses say what and how)."""

    TITLE = ""  # the window title, its accessible name and the file chooser's caption
    FILE_KIND = ""  # "workbook": "Workbook file name", "Browse for the workbook file"
    FILTERS: dict[str, str] = {}  # extension -> file chooser filter; the first is the default format
    LAST_FOLDER_KEY = ""  # the QSettings key of the folder last written to
    PROGRESS_VERB = "Writing"  # "Writing results.xlsx…" in the progress window
    FAILED_TITLE = "Cannot export"
    SUPPRESSED_NOTE = ""  # what happens to small groups, after "… relevant respondents are "
    REDACTED_TEXT = "comments"  # what is written with [NAME], [PHONE] …
    NO_BREAKDOWN: str | None = None  # the breakdown list's first item (meaning none), if it has one

    def __init__(self, state: AppState, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.task: Task | None = None
        self.setWindowTitle(self.TITLE)
        self.setAccessibleName(self.TITLE)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(f"{self.FILE_KIND.capitalize()} file name")
        browse = QPushButton("Br&owse…", self)
        browse.setAccessibleName(f"Browse for the {self.FILE_KIND} file")
        browse.clicked.connect(self._browse)
        self.path_row = QHBoxLayout()
        self.path_row.addWidget(self.path_edit, 1)
        self.path_row.addWidget(browse)
        self.by = QComboBox(self)
        self.by.setAccessibleName("Breakdown by")
        if self.NO_BREAKDOWN is not None:
            self.by.addItem(self.NO_BREAKDOWN, None)
        for question in state.demographics():
            self.by.addItem(question.text, question.id)
        self.redact = QCheckBox("&Redact names, contact details and case numbers in comments", self)
        self.redact.setChecked(state.settings.redact)  # the Settings default
        self.redact.setAccessibleDescription(f"On by default: {self.REDACTED_TEXT} are written with [NAME], "
                                             "[PHONE] and so on")
        self.note = QLabel(f"Groups with fewer than {state.settings.suppression_threshold} relevant respondents "
                           f"are {self.SUPPRESSED_NOTE}", self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, rows: Sequence[FormRow], options: Sequence[QWidget]) -> None:
        """Lay the dialog out: File, ``rows``, Breakdown by; then ``options``, redaction, the note and the
        buttons. Called by a subclass once its widgets exist; fills in the default file."""
        form = QFormLayout()
        for text, field, row in (("&File:", self.path_edit, self.path_row), *rows,
                                 ("Breakdown &by:", self.by, self.by)):
            label = QLabel(text, self)
            if field is not None:
                label.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (*options, self.redact, self.note, self.buttons):
            layout.addWidget(widget)
        self._set_path(self._default_path())

    # --- the file -----------------------------------------------------------------------------
    def _default_name(self, stem: str) -> str:
        """The file's name when the survey's file is called ``stem``."""
        return f"{stem}{self.chosen_format()}"

    def _default_path(self) -> Path:
        remembered = str(self.settings.value(self.LAST_FOLDER_KEY, "")) if self.settings is not None else ""
        folder = Path(remembered) if remembered else None
        source = self.state.source or Path("survey.xlsx")
        if folder is None or not folder.is_dir():
            folder = source.parent  # beside the survey
        return folder / self._default_name(source.stem)

    def chosen_format(self) -> str:
        """The extension of the format to write (the first of :attr:`FILTERS` unless a subclass chooses)."""
        return next(iter(self.FILTERS))

    def _set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _browse(self) -> None:
        suffix = self.chosen_format()
        order = [suffix, *(s for s in self.FILTERS if s != suffix)]
        path, chosen = QFileDialog.getSaveFileName(self, self.TITLE, self.path_edit.text(),
                                                   ";;".join(self.FILTERS[s] for s in order))
        if path:
            wanted = next((s for s in order if self.FILTERS[s] == chosen), suffix)
            self._set_path(Path(path if Path(path).suffix.lower() in self.FILTERS else path + wanted))

    def target(self) -> Path:
        """The file to write: as typed, with the chosen format's extension added when it has none of ours."""
        text = self.path_edit.text().strip()
        path = Path(text) if text else self._default_path()
        return path if path.suffix.lower() in self.FILTERS else path.with_name(path.name + self.chosen_format())

    # --- running ------------------------------------------------------------------------------
    def _work(self, survey: Survey, target: Path) -> Work:
        """The work that writes ``target`` (run off the GUI thread; it takes the progress callback)."""
        raise NotImplementedError

    def start(self) -> Task | None:
        """Write the file in the background (the dialog stays open until it is written)."""
        survey, runner = self.state.survey, self.state.runner
        if survey is None or runner is None or self.task is not None:
            return None
        target = self.target()
        work = self._work(survey, target)
        self.export_button.setEnabled(False)
        self.task = runner.run(work, f"{self.PROGRESS_VERB} {target.name}…",
                               on_result=self._done, on_error=self._failed, on_cancel=self._stopped)
        return self.task

    def reject(self) -> None:
        """Cancel: stops a file being written (no file is left), then closes."""
        if self.task is not None:
            self.task.cancel()
        super().reject()

    def _stopped(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)

    def _done(self, result: Any) -> None:  # noqa: ANN401 - each subclass's result, with its .path
        self._stopped()
        self._remember(Path(result.path))
        self.accept()
        self.done_message = self._done_message(result)

    def _remember(self, path: Path) -> None:
        """Keep what the next export starts from (here, the folder)."""
        if self.settings is not None:
            self.settings.setValue(self.LAST_FOLDER_KEY, str(path.parent))

    def _done_message(self, result: Any) -> QMessageBox:  # noqa: ANN401
        """The open "Saved …" message for ``result``."""
        raise NotImplementedError

    def _failed(self, _exc: BaseException, message: str) -> None:
        self._stopped()
        self.error_message = QMessageBox(QMessageBox.Icon.Warning, self.FAILED_TITLE, message,
                                         QMessageBox.StandardButton.Ok, self)
        self.error_message.setAccessibleName(self.FAILED_TITLE)
        self.error_message.open()


def saved_message(title: str, text: str, path: Path, parent: QWidget | None, *, notes: Sequence[str] = (),
                  cannot_open: str = "Cannot open the file") -> QMessageBox:
    """"Saved …": ``text``, with Open (the file; ``cannot_open`` titles the message when no program opens it)
    and Open folder; shown, not waited for."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setAccessibleName(title)
    if notes:
        box.setInformativeText(" ".join(notes))
    open_button = box.addButton("&Open", QMessageBox.ButtonRole.ActionRole)
    open_button.setAccessibleName(f"Open {path.name}")
    open_button.clicked.connect(partial(open_file, path, parent, cannot_open))
    open_folder = box.addButton("Open &folder", QMessageBox.ButtonRole.ActionRole)
    open_folder.clicked.connect(partial(open_in_file_manager, path.parent))
    box.setDefaultButton(open_button)
    box.open()
    return box


def open_file(path: Path, parent: QWidget | None = None, title: str = "Cannot open the file") -> bool:
    """Open a file in the program the system uses for it; say so in one line (``title``) when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    kind = KINDS.get(path.suffix.lower(), f"{path.suffix} files")
    show_message(parent, title, f"No program on this computer opens {kind}; {path.name} is in {path.parent}.")
    return False


def open_in_file_manager(folder: Path) -> bool:
    """Show a folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


__all__ = ["FileExportDialog", "open_file", "open_in_file_manager", "saved_message"]
