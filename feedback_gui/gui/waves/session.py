"""The waves being compared, for the Waves panel: earlier waves read in the background, the comparison, decisions.

The open survey (``AppState.survey``) is always the newest wave. Earlier waves are kept in the project
after it (``project.surveys[1:]``, each with its label), so a saved project reopens with its waves
(:mod:`feedback_gui.gui.waves.earlier` reads, adds and removes them). The user's match decisions live in
``project.wave_matches`` and the Benjamini–Hochberg choice in ``project.settings["waves"]``; both are
changed through ``state.edit_project``, so they can be undone, and the comparison is run again when undo
or redo puts them back. Reading a wave and comparing run through the state's task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.project import Project
from feedback_gui.core.waves import (
    WaveComparison,
    WaveSettings,
    compare_surveys,
    confirm_match,
    forget_match_decision,
    pair_questions,
    reject_match,
)
from feedback_gui.gui.state import AppState
from feedback_gui.gui.waves.earlier import EarlierWave, EarlierWaves, wave_names, year_in
from feedback_gui.gui.workers import Task

SETTINGS_KEY = "waves"
MATCHES, WAVE_SETTINGS = "wave_matches", f"settings:{SETTINGS_KEY}"  # the parts of the project edited here


class WaveSession(EarlierWaves, QObject):
    """The earlier waves and the latest comparison; every change goes through here."""

    wavesChanged = Signal()  # waves added or removed (the comparison follows)
    compared = Signal(object)  # WaveComparison, or None when there is nothing to compare
    comparisonFailed = Signal(str)  # one-line message
    waveFailed = Signal(str, str)  # file name, one-line message

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.waves: list[EarlierWave] = []
        self.comparison: WaveComparison | None = None
        self.pending: set[Path] = set()  # waves being read
        self._generation = 0  # results of older comparisons are dropped
        self._opened = 0  # counts surveys opened: a wave read for an earlier one is dropped
        state.surveyChanged.connect(self._survey_changed)
        state.questionChanged.connect(lambda _qid: self.refresh())
        state.settingsChanged.connect(self._settings_changed)
        state.projectRestored.connect(self._project_restored)

    # --- settings ------------------------------------------------------------------------------
    @property
    def fdr(self) -> bool:
        """True when significance is judged with the Benjamini–Hochberg correction (the default)."""
        return bool(self.state.project.settings.get(SETTINGS_KEY, {}).get("fdr", True))

    def set_fdr(self, on: bool) -> None:
        """Turn the Benjamini–Hochberg correction on or off (saved in the project) and compare again."""
        if on == self.fdr:
            return
        text = f"turn the Benjamini–Hochberg correction {'on' if on else 'off'}"
        self.state.edit_project(text, WAVE_SETTINGS,
                                lambda: self.state.project.settings.setdefault(SETTINGS_KEY, {}).update(fdr=bool(on)))
        self.refresh()

    # --- comparison ----------------------------------------------------------------------------
    def refresh(self) -> Task | None:
        """Compare the waves again in the background (or announce that there is nothing to compare)."""
        self._generation += 1
        if not self.state.has_survey or not self.waves or self.state.runner is None:
            self.comparison = None
            self.compared.emit(None)
            return None
        assert self.state.survey is not None
        generation = self._generation
        surveys = [w.survey for w in self.waves] + [self.state.survey]
        work = partial(compare_surveys, surveys, WaveSettings(fdr=self.fdr),
                       decisions=[dict(d) for d in self.state.project.wave_matches], analysis=self.state.settings,
                       labels=self.labels())
        return self.state.runner.run(
            lambda progress: work(progress=progress), "Comparing waves…",
            on_result=lambda result: self._compared(generation, result),
            on_error=lambda _exc, message: self._failed(generation, message),
            on_cancel=lambda: self._failed(generation, "The comparison was cancelled."))

    def _compared(self, generation: int, result: WaveComparison) -> None:
        if generation == self._generation:
            self.comparison = result
            self.state.set_analysis("waves", result)
            self.compared.emit(result)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.comparison = None
            self.state.set_analysis("waves", None)
            self.comparisonFailed.emit(message)

    # --- decisions (undoable) ------------------------------------------------------------------
    def confirm(self, old_text: str, new_text: str) -> None:
        """Accept a proposed match (saved in the project)."""
        self._decide(f"confirm the match of “{new_text}”", confirm_match, old_text, new_text)

    def reject(self, old_text: str, new_text: str) -> None:
        """Refuse a match: the two questions are listed as unmatched from now on."""
        self._decide(f"reject the match of “{new_text}”", reject_match, old_text, new_text)

    def pair(self, old_text: str, new_text: str) -> None:
        """Pair an earlier and a later question by hand."""
        self._decide(f"pair “{new_text}” by hand", pair_questions, old_text, new_text)

    def forget(self, old_text: str, new_text: str) -> None:
        """Drop any decision about a pair (a rejected pair may then be matched again)."""
        self._decide(f"forget the decision about “{new_text}”", forget_match_decision, old_text, new_text)

    def _decide(self, text: str, decide: Callable[[Project, str, str], object], old_text: str, new_text: str) -> None:
        if self.state.edit_project(text, MATCHES, partial(decide, self.state.project, old_text, new_text)):
            self.refresh()

    def _project_restored(self, part: str) -> None:
        if part == WAVE_SETTINGS:
            self.wavesChanged.emit()  # the bar shows the Benjamini–Hochberg choice
        if part in (MATCHES, WAVE_SETTINGS):
            self.refresh()

    def _settings_changed(self) -> None:
        for wave in self.waves:  # earlier waves count what the open survey counts by default
            self.state.apply_counted_default(wave.survey)
        self.refresh()


__all__ = ["MATCHES", "SETTINGS_KEY", "WAVE_SETTINGS", "EarlierWave", "WaveSession", "wave_names", "year_in"]
