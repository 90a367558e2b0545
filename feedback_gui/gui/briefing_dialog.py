"""File → Export briefing…: a PowerPoint deck or a Word report of the survey (:mod:`feedback_gui.core.report`).

The options are the ``feedback-gui report`` command's: the format (from the file's extension), a title, a
breakdown by a demographic, the comparison with an earlier wave (the Waves panel's, not worked out again),
the comparison with the chosen benchmark (the app's, with the user's match decisions; not worked out again)
and redaction (the Settings default, as in the Excel export). The pack is built through the app's task
runner (progress after half a second, Cancel leaves no file); at the end a message offers to open it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.progress import ProgressFn
from feedback_gui.gui import describe
from feedback_gui.gui.benchmark import ANALYSIS_KEY
from feedback_gui.gui.benchmark.describe import choice_phrase
from feedback_gui.gui.export_dialog import open_in_file_manager
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task

if TYPE_CHECKING:
    from feedback_gui.core.report import BenchmarkComparison, BriefingResult

LAST_FOLDER_KEY = "lastBriefingFolder"
LAST_FORMAT_KEY = "lastBriefingFormat"  # ".pptx" or ".docx"
FILTERS = {".pptx": "PowerPoint decks (*.pptx)", ".docx": "Word documents (*.docx)"}
FORMATS = tuple(FILTERS)  # the core's report.FORMATS; the core loads openpyxl, so it is imported when a pack is built


class BriefingDialog(QDialog):
    """Options for the briefing pack; builds it through the app's task runner."""

    def __init__(self, state: AppState, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.written: BriefingResult | None = None
        self.task: Task | None = None
        self.setWindowTitle("Export briefing")
        self.setAccessibleName("Export briefing")
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("Briefing file name")
        browse = QPushButton("Br&owse…", self)
        browse.setAccessibleName("Browse for the briefing file")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.formats = {".pptx": QRadioButton("&PowerPoint deck (.pptx)", self),
                        ".docx": QRadioButton("&Word report (.docx)", self)}
        self.formats[".pptx"].setAccessibleDescription("Slides with native charts you can edit, speaker notes")
        self.formats[".docx"].setAccessibleDescription("A report in the inspectorate's style, with headings, "
                                                       "tables, charts and a methods section")
        self._format_group = QButtonGroup(self)
        format_row = QHBoxLayout()
        for button in self.formats.values():
            self._format_group.addButton(button)
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("Leave empty to use the survey's name")
        self.by = QComboBox(self)
        self.by.setAccessibleName("Breakdown by")
        self.by.addItem("No breakdown", None)
        for question in state.demographics():
            self.by.addItem(question.text, question.id)
        self.waves = self._waves_box()
        self.benchmark = self._benchmark_box()
        self.redact = QCheckBox("&Redact names, contact details and case numbers in comments", self)
        self.redact.setChecked(state.settings.redact)  # the Settings default, as the Excel export starts from
        self.redact.setAccessibleDescription("On by default: quotes are written with [NAME], [PHONE] and so on")
        form = QFormLayout()
        for text, field, row in (("&File:", self.path_edit, path_row), ("Format:", None, format_row),
                                 ("&Title:", self.title_edit, self.title_edit), ("Breakdown &by:", self.by, self.by)):
            label = QLabel(text, self)
            if field is not None:
                label.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(label, row)
        note = QLabel(f"Groups with fewer than {state.settings.suppression_threshold} relevant respondents are "
                      "shown as “–” and never drawn, as in the app.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.waves)
        layout.addWidget(self.benchmark)
        layout.addWidget(self.redact)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._set_path(self._default_path())
        self.path_edit.textEdited.connect(self._path_edited)
        for suffix, button in self.formats.items():
            button.toggled.connect(partial(self._format_toggled, suffix))

    def _waves_box(self) -> QCheckBox:
        waves = self.state.analysis("waves")
        labels: tuple[str, ...] = tuple(getattr(waves, "waves", ()))
        earlier = labels[-2] if len(labels) >= 2 else "the earlier wave"
        box = QCheckBox(f"&Compare with {earlier.replace('&', '&&')} (from the Waves panel)", self)
        box.setChecked(waves is not None)
        box.setEnabled(waves is not None)
        if waves is None:
            box.setToolTip("Compare waves in the Waves panel first; its comparison goes into the briefing.")
        return box

    def _benchmark_box(self) -> QCheckBox:
        comparison = self.state.analysis(ANALYSIS_KEY)
        name = choice_phrase(str(getattr(comparison, "against", ""))) if comparison is not None else "a benchmark"
        box = QCheckBox(f"Bench&mark: compare with {name.replace('&', '&&')}", self)
        box.setChecked(comparison is not None)
        box.setEnabled(comparison is not None)
        if comparison is None:
            box.setToolTip("Choose a benchmark first (Compare with… on the Overview, or Survey → Benchmark); its "
                           "comparison goes into the briefing.")
        else:
            box.setToolTip(str(getattr(comparison, "source", "")))
        return box

    # --- the file and its format --------------------------------------------------------------
    def _default_path(self) -> Path:
        remembered = str(self.settings.value(LAST_FOLDER_KEY, "")) if self.settings is not None else ""
        folder = Path(remembered) if remembered else None
        source = self.state.source or Path("survey.xlsx")
        if folder is None or not folder.is_dir():
            folder = source.parent
        suffix = str(self.settings.value(LAST_FORMAT_KEY, ".pptx")) if self.settings is not None else ".pptx"
        return folder / f"{source.stem} briefing{suffix if suffix in FORMATS else '.pptx'}"

    def chosen_format(self) -> str:
        """".pptx" or ".docx", as the radio buttons say."""
        return next((s for s, b in self.formats.items() if b.isChecked()), ".pptx")

    def _set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._path_edited(str(path))

    def _path_edited(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        if suffix in FORMATS and not self.formats[suffix].isChecked():
            self.formats[suffix].setChecked(True)  # typing .docx chooses Word
        elif not any(b.isChecked() for b in self.formats.values()):
            self.formats[".pptx"].setChecked(True)

    def _format_toggled(self, suffix: str, checked: bool) -> None:
        text = self.path_edit.text().strip()
        if not checked or not text or Path(text).suffix.lower() == suffix:
            return
        path = Path(text)
        self.path_edit.setText(str(path.with_suffix(suffix) if path.suffix.lower() in FORMATS
                                   else path.with_name(path.name + suffix)))

    def _browse(self) -> None:
        suffix = self.chosen_format()
        other = next(s for s in FORMATS if s != suffix)
        path, chosen = QFileDialog.getSaveFileName(self, "Export briefing", self.path_edit.text(),
                                                   f"{FILTERS[suffix]};;{FILTERS[other]}")
        if path:
            wanted = other if chosen == FILTERS[other] else suffix
            self._set_path(Path(path if Path(path).suffix.lower() in FORMATS else path + wanted))

    def target(self) -> Path:
        """The file to write: as typed, with the chosen format's extension added when it has neither."""
        text = self.path_edit.text().strip()
        path = Path(text) if text else self._default_path()
        return path if path.suffix.lower() in FORMATS else path.with_name(path.name + self.chosen_format())

    # --- options ------------------------------------------------------------------------------
    def chosen_by(self) -> str | None:
        """The id of the demographic to break down by, or None."""
        return self.by.currentData()

    def chosen_waves(self) -> object | None:
        """The Waves panel's comparison when it is to go in (never worked out again here)."""
        return self.state.analysis("waves") if self.waves.isEnabled() and self.waves.isChecked() else None

    def chosen_benchmark(self) -> BenchmarkComparison | None:
        """The app's benchmark comparison (with the user's match decisions), laid out for the pack, when it is to
        go in (never worked out again here)."""
        comparison = self._chosen_comparison()
        if comparison is None:
            return None
        from feedback_gui.core.report.benchmark import from_insight  # (loads the report's charts: see start)

        return from_insight(comparison)  # type: ignore[arg-type]

    def _chosen_comparison(self) -> object | None:
        comparison = self.state.analysis(ANALYSIS_KEY)
        return comparison if self.benchmark.isEnabled() and self.benchmark.isChecked() else None

    # --- running ------------------------------------------------------------------------------
    def start(self) -> Task | None:
        """Build the pack in the background (the dialog stays open until it is written)."""
        survey, runner = self.state.survey, self.state.runner
        if survey is None or runner is None or self.task is not None:
            return None
        target = self.target()
        benchmark = self._chosen_comparison()  # laid out for the pack in the worker (the report loads openpyxl)
        options = {"by": self.chosen_by(), "waves": self.chosen_waves(),
                   "comments": self.state.analysis("comments"), "title": self.title_edit.text().strip() or None,
                   "redact": self.redact.isChecked(), "settings": self.state.settings}

        def work(progress: ProgressFn) -> BriefingResult:
            from feedback_gui.core.report import export_briefing, from_insight  # (in the worker: it loads openpyxl)

            laid_out = from_insight(benchmark) if benchmark is not None else None  # type: ignore[arg-type]
            return export_briefing(survey, target, progress=progress, benchmark=laid_out, **options)

        self.export_button.setEnabled(False)
        self.task = runner.run(work, f"Writing {target.name}…",
                               on_result=self._done, on_error=self._failed, on_cancel=self._stopped)
        return self.task

    def reject(self) -> None:
        """Cancel: stops a pack being built (no file is left), then closes."""
        if self.task is not None:
            self.task.cancel()
        super().reject()

    def _stopped(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)

    def _done(self, result: BriefingResult) -> None:
        self._stopped()
        self.written = result
        path = Path(result.path)
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
            self.settings.setValue(LAST_FORMAT_KEY, path.suffix.lower())
        self.accept()
        self.done_message = done_message(result, self.parentWidget())

    def _failed(self, _exc: BaseException, message: str) -> None:
        self._stopped()
        self.error_message = QMessageBox(QMessageBox.Icon.Warning, "Cannot export the briefing", message,
                                         QMessageBox.StandardButton.Ok, self)
        self.error_message.setAccessibleName("Cannot export the briefing")
        self.error_message.open()


def done_message(result: BriefingResult, parent: QWidget | None) -> QMessageBox:
    """"Saved …": what was written, with Open (the file) and Open folder; shown, not waited for."""
    path = Path(result.path)
    charts = describe.plural(result.charts, "native chart" if result.format == "PowerPoint" else "chart")
    text = f"Saved {path.name} ({result.format}): {describe.plural(len(result.sections), 'section')}, {charts}."
    if result.suppressed:
        text += f" Small groups are hidden in {describe.plural(len(result.suppressed), 'breakdown')}."
    box = QMessageBox(QMessageBox.Icon.Information, "Briefing saved", text, QMessageBox.StandardButton.Close, parent)
    box.setAccessibleName("Briefing saved")
    if result.notes:
        box.setInformativeText(" ".join(result.notes))
    open_file = box.addButton("&Open", QMessageBox.ButtonRole.ActionRole)
    open_file.setAccessibleName(f"Open {path.name}")
    open_file.clicked.connect(partial(open_briefing, path, parent))
    open_folder = box.addButton("Open &folder", QMessageBox.ButtonRole.ActionRole)
    open_folder.clicked.connect(partial(open_in_file_manager, path.parent))
    box.setDefaultButton(open_file)
    box.open()
    return box


def open_briefing(path: Path, parent: QWidget | None = None) -> bool:
    """Open the pack in the program the system uses for it; say so in one line when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    kind = "PowerPoint decks" if path.suffix.lower() == ".pptx" else "Word documents"
    show_message(parent, "Cannot open the briefing",
                 f"No program on this computer opens {kind}; {path.name} is in {path.parent}.")
    return False


__all__ = ["LAST_FOLDER_KEY", "LAST_FORMAT_KEY", "BriefingDialog", "done_message", "open_briefing"]
