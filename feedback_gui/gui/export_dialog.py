"""File → Export to Excel…: choose the file, the sheets, the breakdown and redaction; export in the
background with progress; then offer to open the folder."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.export import export_workbook
from feedback_gui.core.export.elsewhere import ELSEWHERE_ROWS, export_elsewhere
from feedback_gui.core.export.workbook import ExportResult
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task

SHEETS = (  # key, label, what it needs
    ("summary", "&Summary (every headline, with a chart)", None),
    ("questions", "A sheet per &question (table and chart)", None),
    ("breakdown", "&Breakdown by a demographic", "demographic"),
    ("comments", "&Comments (redacted text, sentiment, themes)", "free_text"),
    ("themes", "T&hemes (counts by sentiment, quotes)", "free_text"),
    ("waves", "&Waves (then, now, change, significance)", "waves"),
    ("equality", "&Equality (who answered, who is treated differently)", "equality"),
    ("benchmark", "Bench&mark (each figure against the chosen benchmark)", "benchmark"),
)
LAST_FOLDER_KEY = "lastExportFolder"


class ExportDialog(QDialog):
    """Options for the Excel export; runs it through the app's task runner."""

    def __init__(self, state: AppState, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.result: ExportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle("Export to Excel")
        self.setAccessibleName("Export to Excel")
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("Workbook file name")
        self.path_edit.setText(str(self._default_path()))
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.checks: dict[str, QCheckBox] = {}
        sheets_box = QGroupBox("Sheets", self)
        sheets_layout = QVBoxLayout(sheets_box)
        for key, label, needs in SHEETS:
            box = QCheckBox(label, sheets_box)
            available, why = self._available(needs)
            box.setChecked(available)
            box.setEnabled(available)
            if why:
                box.setToolTip(why)
            self.checks[key] = box
            sheets_layout.addWidget(box)
        self.by = QComboBox(self)
        self.by.setAccessibleName("Breakdown by")
        for question in state.demographics():
            self.by.addItem(question.text, question.id)
        self.checks["breakdown"].toggled.connect(self.by.setEnabled)
        self.by.setEnabled(self.checks["breakdown"].isChecked())
        self.redact = QCheckBox("&Redact names, contact details and case numbers in comments", self)
        self.redact.setChecked(True)
        self.redact.setAccessibleDescription("On by default: comments are written with [NAME], [PHONE] and so on")
        form = QFormLayout()
        form.addRow("&File:", path_row)
        form.addRow("Breakdown &by:", self.by)
        note = QLabel(f"Groups with fewer than {state.settings.suppression_threshold} relevant respondents are "
                      "written as “–” and never appear in the workbook.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sheets_box)
        layout.addWidget(self.redact)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _default_path(self) -> Path:
        folder = Path(str(self.settings.value(LAST_FOLDER_KEY, ""))) if self.settings is not None else Path()
        source = self.state.source or Path("survey.xlsx")
        if not str(folder) or not folder.is_dir():
            folder = source.parent
        return folder / f"{source.stem} results.xlsx"

    def _available(self, needs: str | None) -> tuple[bool, str]:
        survey = self.state.survey
        if needs is None:
            return True, ""
        if needs == "demographic":
            return bool(self.state.demographics()), "The survey has no demographic question to break down by."
        if needs == "free_text":
            ok = survey is not None and bool(survey.of_type(QuestionType.FREE_TEXT))
            return ok, "" if ok else "The survey has no free-text questions."
        ok = self.state.analysis(needs) is not None
        if needs == "benchmark":
            return ok, "" if ok else ("Choose a benchmark first (Compare with… on the Overview, or Survey → "
                                      "Benchmark); its comparison is exported.")
        panel = "Waves" if needs == "waves" else "Equality"
        return ok, "" if ok else f"Run the {panel} panel first; its results are exported."

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to Excel", self.path_edit.text(),
                                              "Excel workbooks (*.xlsx)")
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def chosen_sheets(self) -> list[str]:
        """The keys of the ticked sheets."""
        return [key for key, box in self.checks.items() if box.isChecked() and box.isEnabled()]

    def start(self) -> Task | None:
        """Export in the background (the dialog stays open until it is done)."""
        survey = self.state.survey
        runner = self.state.runner
        if survey is None or runner is None:
            return None
        target = Path(self.path_edit.text().strip() or self._default_path())
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        sheets = self.chosen_sheets()
        by = self.by.currentData() if "breakdown" in sheets else None
        export = export_elsewhere if survey.respondents > ELSEWHERE_ROWS else export_workbook  # see elsewhere.py
        work = partial(export, survey, target, by=by, sheets=sheets, redact=self.redact.isChecked(),
                       comments=self.state.analysis("comments"), waves=self.state.analysis("waves"),
                       equality=self.state.analysis("equality"), benchmark=self.state.analysis("benchmark"),
                       settings=self.state.settings)
        self.export_button.setEnabled(False)
        self.task = runner.run(lambda progress: work(progress=progress), f"Exporting {target.name}…",
                               on_result=self._done, on_error=self._failed,
                               on_cancel=lambda: self.export_button.setEnabled(True))
        return self.task

    def _done(self, result: ExportResult) -> None:
        self.result = result
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER_KEY, str(Path(result.path).parent))
        self.accept()
        text = f"Saved {Path(result.path).name}: {len(result.sheets)} sheets, {result.charts} native Excel charts."
        box = QMessageBox(QMessageBox.Icon.Information, "Exported", text, QMessageBox.StandardButton.Close,
                          self.parentWidget())
        open_folder = box.addButton("&Open folder", QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(partial(open_in_file_manager, Path(result.path).parent))
        self.done_message = box
        box.open()

    def _failed(self, _exc: BaseException, message: str) -> None:
        self.export_button.setEnabled(True)
        self.error_message = QMessageBox(QMessageBox.Icon.Warning, "Cannot export", message,
                                         QMessageBox.StandardButton.Ok, self)
        self.error_message.open()


def open_in_file_manager(folder: Path) -> bool:
    """Show a folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
