"""File → Export to Excel…: choose the file, the sheets, the breakdown and redaction; export in the
background with progress (Cancel, or closing the dialog, leaves no file); then offer to open the workbook or
its folder. The file row, running and messages are :class:`~feedback_gui.gui.file_export_dialog.FileExportDialog`'s."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QGroupBox, QMessageBox, QVBoxLayout, QWidget

from feedback_gui.core.export import export_workbook
from feedback_gui.core.export.elsewhere import ELSEWHERE_ROWS, export_elsewhere
from feedback_gui.core.export.workbook import ExportResult
from feedback_gui.core.survey import QuestionType, Survey
from feedback_gui.gui.file_export_dialog import FileExportDialog, open_in_file_manager, saved_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Work

SHEETS = (  # key, label, what it needs
    ("summary", "&Summary (every headline, with a chart)", None),
    ("questions", "A sheet per &question (table and chart)", None),
    ("breakdown", "Brea&kdown by a demographic", "demographic"),
    ("comments", "&Comments (redacted text, sentiment, themes)", "free_text"),
    ("themes", "T&hemes (counts by sentiment, quotes)", "free_text"),
    ("waves", "&Waves (then, now, change, significance)", "waves"),
    ("equality", "Equal&ity (who answered, who is treated differently)", "equality"),
    ("benchmark", "Bench&mark (each figure against the chosen benchmark)", "benchmark"),
)
LAST_FOLDER_KEY = "lastExportFolder"


class ExportDialog(FileExportDialog):
    """Options for the Excel export; runs it through the app's task runner."""

    TITLE = "Export to Excel"
    FILE_KIND = "workbook"
    FILTERS = {".xlsx": "Excel workbooks (*.xlsx)"}
    LAST_FOLDER_KEY = LAST_FOLDER_KEY
    PROGRESS_VERB = "Exporting"
    SUPPRESSED_NOTE = "written as “–” and never appear in the workbook."

    def __init__(self, state: AppState, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(state, settings, parent)
        self.result: ExportResult | None = None
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
        self.checks["breakdown"].toggled.connect(self.by.setEnabled)
        self.by.setEnabled(self.checks["breakdown"].isChecked())
        self._lay_out([], [sheets_box])

    def _default_name(self, stem: str) -> str:
        return f"{stem} results.xlsx"

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

    def chosen_sheets(self) -> list[str]:
        """The keys of the ticked sheets."""
        return [key for key, box in self.checks.items() if box.isChecked() and box.isEnabled()]

    def _work(self, survey: Survey, target: Path) -> Work:
        sheets = self.chosen_sheets()
        by = self.by.currentData() if "breakdown" in sheets else None
        export = export_elsewhere if survey.respondents > ELSEWHERE_ROWS else export_workbook  # see elsewhere.py
        work = partial(export, survey, target, by=by, sheets=sheets, redact=self.redact.isChecked(),
                       comments=self.state.analysis("comments"), waves=self.state.analysis("waves"),
                       equality=self.state.analysis("equality"), benchmark=self.state.analysis("benchmark"),
                       settings=self.state.settings)
        return lambda progress: work(progress=progress)

    def _done(self, result: ExportResult) -> None:
        self.result = result
        super()._done(result)

    def _done_message(self, result: ExportResult) -> QMessageBox:
        text = f"Saved {Path(result.path).name}: {len(result.sheets)} sheets, {result.charts} native Excel charts."
        return saved_message("Exported", text, Path(result.path), self.parentWidget(),
                             cannot_open="Cannot open the workbook")


__all__ = ["LAST_FOLDER_KEY", "SHEETS", "ExportDialog", "open_in_file_manager"]
