"""The waves being compared, for the Waves panel: earlier waves read in the background, the comparison, decisions.

The open survey (``AppState.survey``) is always the newest wave. Earlier waves are kept in the project
after it (``project.surveys[1:]``, each with its label), so a saved project reopens with its waves; the
user's match decisions live in ``project.wave_matches`` and the Benjamini–Hochberg choice in
``project.settings["waves"]``; both are changed through ``state.edit_project``, so they can be undone, and
the comparison is run again when undo or redo puts them back. Reading a wave and comparing run through
the state's task runner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import Project, SurveyRef
from feedback_gui.core.survey import Survey
from feedback_gui.core.waves import (
    WaveComparison,
    WaveSettings,
    compare_surveys,
    confirm_match,
    forget_match_decision,
    pair_questions,
    reject_match,
)
from feedback_gui.gui.loading import Loaded, copy_project, load_survey, resolve_survey_path
from feedback_gui.gui.state import AppState
from feedback_gui.gui.undo import CallbackCommand
from feedback_gui.gui.workers import Task

SETTINGS_KEY = "waves"
MATCHES, WAVE_SETTINGS = "wave_matches", f"settings:{SETTINGS_KEY}"  # the parts of the project edited here
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


@dataclass
class EarlierWave:
    """A wave older than the open survey, read from ``path``."""

    path: Path
    label: str
    survey: Survey
    sheet: str | None = None


def year_in(name: str) -> str | None:
    """The one year (1900–2099) in a file name, if it holds exactly one."""
    years = _YEAR.findall(name)
    return years[0] if len(set(years)) == 1 else None


def wave_names(paths: list[Path]) -> list[str]:
    """Names for waves: the year in each file name when every one has a different year, else the file names."""
    years = [year_in(p.stem) for p in paths]
    if all(years) and len(set(years)) == len(years):
        return [str(y) for y in years]
    stems = [p.stem for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    return [f"{p.parent.name}/{p.name}" for p in paths]


def _same_file(a: Path | str, b: Path | str) -> bool:
    return Path(a).resolve() == Path(b).resolve()


class WaveSession(QObject):
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

    # --- waves ---------------------------------------------------------------------------------
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

    def labels(self) -> list[str]:
        """Every wave's name, oldest first (the open survey last)."""
        paths = [w.path for w in self.waves] + ([self.state.source] if self.state.source else [])
        return wave_names(paths)

    def has_wave(self, path: Path) -> bool:
        """True if ``path`` is the open survey, an earlier wave, or being read."""
        paths = [w.path for w in self.waves] + list(self.pending) + ([self.state.source] if self.state.source else [])
        return any(_same_file(path, p) for p in paths)

    def add_wave(self, path: Path, sheet: str | None = None, restoring: bool = False) -> Task | None:
        """Read an earlier wave in the background (the project's corrections applied); None if already there.

        ``restoring``: the wave is listed in the project already, so adding it is not an edit.
        """
        path = Path(path)
        if self.state.runner is None or not self.state.has_survey or self.has_wave(path):
            return None
        self.pending.add(path)
        self.wavesChanged.emit()  # "reading…"
        work = partial(load_survey, path, sheet=sheet, project=copy_project(self.state.project),
                       settings=self.state.settings)
        return self.state.runner.run(
            work, f"Reading {path.name}…", on_result=partial(self._wave_read, path, restoring, self._opened),
            on_error=lambda _exc, message: self._wave_failed(path, message),
            on_cancel=lambda: self.pending.discard(path))

    def remove_wave(self, index: int) -> None:
        """Stop comparing with the earlier wave at ``index`` (oldest first)."""
        before = list(self.waves)
        del self.waves[index]
        self._waves_edited(f"remove the {before[index].label} wave", before)

    def _waves_edited(self, text: str, before: list[EarlierWave]) -> None:
        """The waves changed (undoably: the surveys read are kept, so undo and redo read no file)."""
        after = list(self.waves)
        self.state.undo_stack.push(CallbackCommand(text, partial(self._set_waves, before),
                                                   partial(self._set_waves, after)))
        self._set_waves(after)

    def _set_waves(self, waves: list[EarlierWave]) -> None:
        self.waves = list(waves)
        self._store_waves()
        self.wavesChanged.emit()
        self.refresh()

    def _wave_read(self, path: Path, restoring: bool, opened: int, loaded: Loaded) -> None:
        self.pending.discard(path)
        if opened != self._opened or any(_same_file(path, w.path) for w in self.waves):
            return
        self.state.apply_counted_default(loaded.survey)
        before = list(self.waves)
        self.waves.append(EarlierWave(path, "", loaded.survey, loaded.survey.layout.sheet))
        if restoring:
            self._set_waves(self.waves)
        else:
            self._order_waves()
            added = next(w for w in self.waves if w.path == path)
            self._waves_edited(f"add the {added.label} wave", before)

    def _wave_failed(self, path: Path, message: str) -> None:
        self.pending.discard(path)
        self.waveFailed.emit(path.name, message)

    def _order_waves(self) -> None:
        """Oldest first: by the year in the file names when every earlier wave has one, else as added."""
        years = [year_in(w.path.stem) for w in self.waves]
        if all(years):
            self.waves.sort(key=lambda w: year_in(w.path.stem) or "")
        for wave, label in zip(self.waves, self.labels(), strict=False):
            wave.label = label

    def _store_waves(self) -> None:
        project = self.state.project
        self._order_waves()
        project.surveys[1:] = [SurveyRef(str(w.path.resolve()), w.sheet, w.label) for w in self.waves]

    def _survey_changed(self) -> None:
        """A survey was opened: keep the earlier waves the project lists, read the ones not read yet."""
        if self.state.refreshing:
            return  # the same survey with its figures computed again: settingsChanged compares again
        self._opened += 1
        wanted = [(self._listed_path(ref), ref.sheet) for ref in self.state.project.surveys[1:]]
        self.waves = [w for w in self.waves if any(_same_file(w.path, path) for path, _sheet in wanted)]
        self.wavesChanged.emit()
        self.refresh()
        for path, sheet in wanted:
            if not any(_same_file(path, w.path) for w in self.waves):
                self.add_wave(path, sheet, restoring=True)

    def _listed_path(self, ref: SurveyRef) -> Path:
        """Where a wave listed in the project is: as stored, else beside the project file."""
        base = self.state.project_path
        if base is None:
            return Path(ref.path)
        try:
            return resolve_survey_path(base, ref.path)
        except FeedbackError:
            return Path(ref.path)  # reported when it cannot be read

    # --- comparison ----------------------------------------------------------------------------
    def later_than_open(self) -> list[EarlierWave]:
        """Earlier waves whose file name names a later year than the open survey's."""
        mine = year_in(self.state.source.stem) if self.state.source else None
        return [w for w in self.waves if mine and (year_in(w.path.stem) or "") > mine]

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

