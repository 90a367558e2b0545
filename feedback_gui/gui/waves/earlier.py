"""The earlier waves compared with the open survey: their names, reading them in the background, adding, removing.

The open survey is always the newest wave. Earlier waves are kept in the project after it
(``project.surveys[1:]``, each with its label), so a saved project reopens with its waves: when a survey
is opened, the waves its project lists are read again. Waves are ordered oldest first by the year in
their file names (when each has one) and named by it when every file has a different year. Adding and removing a wave is
undoable without reading any file again (the surveys read are kept on the undo stack).

:class:`EarlierWaves` is mixed into :class:`~feedback_gui.gui.waves.session.WaveSession` (it uses the
session's ``state``, ``waves``, ``pending``, ``refresh`` and signals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import SurveyRef
from feedback_gui.core.survey import Survey
from feedback_gui.gui.loading import Loaded, copy_project, load_survey, resolve_survey_path
from feedback_gui.gui.undo import CallbackCommand
from feedback_gui.gui.workers import Task

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


class EarlierWaves:
    """The earlier waves: reading, adding, removing, ordering and naming them, and keeping them in the project."""

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

    def later_than_open(self) -> list[EarlierWave]:
        """Earlier waves whose file name names a later year than the open survey's."""
        mine = year_in(self.state.source.stem) if self.state.source else None
        return [w for w in self.waves if mine and (year_in(w.path.stem) or "") > mine]


__all__ = ["EarlierWave", "EarlierWaves", "wave_names", "year_in"]
