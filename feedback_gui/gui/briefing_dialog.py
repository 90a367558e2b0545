"""File → Export briefing…: a PowerPoint deck or a Word report of the survey (:mod:`feedback_gui.core.report`).

The options are the ``feedback-gui report`` command's: the format (from the file's extension), a title, a
breakdown by a demographic, the comparison with an earlier wave (the Waves panel's, not worked out again),
the comparison with the chosen benchmark (the app's, with the user's match decisions; not worked out again)
and redaction (the Settings default, as in the Excel export). The pack is built through the app's task
runner (progress after half a second, Cancel leaves no file); at the end a message offers to open it. The file
row, running and messages are :class:`~feedback_gui.gui.file_export_dialog.FileExportDialog`'s.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLineEdit, QMessageBox, QRadioButton, QWidget

from feedback_gui.core.progress import ProgressFn
from feedback_gui.gui import describe
from feedback_gui.gui.benchmark import ANALYSIS_KEY
from feedback_gui.gui.benchmark.describe import choice_phrase
from feedback_gui.gui.file_export_dialog import FileExportDialog, open_file, saved_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Work

if TYPE_CHECKING:
    from feedback_gui.core.report import BenchmarkComparison, BriefingResult
    from feedback_gui.core.survey import Survey

LAST_FOLDER_KEY = "lastBriefingFolder"
LAST_FORMAT_KEY = "lastBriefingFormat"  # ".pptx" or ".docx"
FILTERS = {".pptx": "PowerPoint decks (*.pptx)", ".docx": "Word documents (*.docx)"}
FORMATS = tuple(FILTERS)  # the core's report.FORMATS; the core loads openpyxl, so it is imported when a pack is built


class BriefingDialog(FileExportDialog):
    """Options for the briefing pack; builds it through the app's task runner."""

    TITLE = "Export briefing"
    FILE_KIND = "briefing"
    FILTERS = FILTERS
    LAST_FOLDER_KEY = LAST_FOLDER_KEY
    FAILED_TITLE = "Cannot export the briefing"
    SUPPRESSED_NOTE = "shown as “–” and never drawn, as in the app."
    REDACTED_TEXT = "quotes"
    NO_BREAKDOWN = "No breakdown"

    def __init__(self, state: AppState, settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(state, settings, parent)
        self.written: BriefingResult | None = None
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
        self.waves = self._waves_box()
        self.benchmark = self._benchmark_box()
        self._lay_out([("Format:", None, format_row), ("&Title:", self.title_edit, self.title_edit)],
                      [self.waves, self.benchmark])
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
    def _default_name(self, stem: str) -> str:
        suffix = str(self.settings.value(LAST_FORMAT_KEY, ".pptx")) if self.settings is not None else ".pptx"
        return f"{stem} briefing{suffix if suffix in FORMATS else '.pptx'}"

    def chosen_format(self) -> str:
        """".pptx" or ".docx", as the radio buttons say."""
        return next((s for s, b in self.formats.items() if b.isChecked()), ".pptx")

    def _set_path(self, path: Path) -> None:
        super()._set_path(path)
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
        from feedback_gui.core.report.benchmark import from_insight  # (loads the report's charts: see _work)

        return from_insight(comparison)  # type: ignore[arg-type]

    def _chosen_comparison(self) -> object | None:
        comparison = self.state.analysis(ANALYSIS_KEY)
        return comparison if self.benchmark.isEnabled() and self.benchmark.isChecked() else None

    # --- running ------------------------------------------------------------------------------
    def _work(self, survey: Survey, target: Path) -> Work:
        benchmark = self._chosen_comparison()  # laid out for the pack in the worker (the report loads openpyxl)
        options = {"by": self.chosen_by(), "waves": self.chosen_waves(),
                   "comments": self.state.analysis("comments"), "title": self.title_edit.text().strip() or None,
                   "redact": self.redact.isChecked(), "settings": self.state.settings}

        def work(progress: ProgressFn) -> BriefingResult:
            from feedback_gui.core.report import export_briefing, from_insight  # (in the worker: it loads openpyxl)

            laid_out = from_insight(benchmark) if benchmark is not None else None  # type: ignore[arg-type]
            return export_briefing(survey, target, progress=progress, benchmark=laid_out, **options)

        return work

    def _done(self, result: BriefingResult) -> None:
        self.written = result
        super()._done(result)

    def _remember(self, path: Path) -> None:
        super()._remember(path)
        if self.settings is not None:
            self.settings.setValue(LAST_FORMAT_KEY, path.suffix.lower())

    def _done_message(self, result: BriefingResult) -> QMessageBox:
        return done_message(result, self.parentWidget())


def done_message(result: BriefingResult, parent: QWidget | None) -> QMessageBox:
    """"Saved …": what was written, with Open (the file) and Open folder; shown, not waited for."""
    path = Path(result.path)
    charts = describe.plural(result.charts, "native chart" if result.format == "PowerPoint" else "chart")
    text = f"Saved {path.name} ({result.format}): {describe.plural(len(result.sections), 'section')}, {charts}."
    if result.suppressed:
        text += f" Small groups are hidden in {describe.plural(len(result.suppressed), 'breakdown')}."
    return saved_message("Briefing saved", text, path, parent, notes=result.notes,
                         cannot_open="Cannot open the briefing")


def open_briefing(path: Path, parent: QWidget | None = None) -> bool:
    """Open the pack in the program the system uses for it; say so in one line when there is none."""
    return open_file(path, parent, "Cannot open the briefing")


__all__ = ["LAST_FOLDER_KEY", "LAST_FORMAT_KEY", "BriefingDialog", "done_message", "open_briefing"]
