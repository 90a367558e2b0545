""""Pair by hand…": choose a question asked only in the earlier wave and one asked only in the later wave
(the shared :class:`~feedback_gui.gui.widgets.pair_dialog.PairDialog`, with the waves' words)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from feedback_gui.core.waves import QuestionRef
from feedback_gui.gui.describe import type_name
from feedback_gui.gui.widgets.pair_dialog import PairDialog as SharedPairDialog
from feedback_gui.gui.widgets.pair_dialog import PairItem, PairSide


def _items(questions: tuple[QuestionRef, ...]) -> list[PairItem]:
    return [PairItem(q.text, q.text, f"{q.text}\n{type_name(q.type)}") for q in questions]


class PairDialog(SharedPairDialog):
    """Two lists (only in the earlier wave, only in the later wave); OK pairs the chosen two."""

    def __init__(self, old_wave: str, new_wave: str, unmatched_old: tuple[QuestionRef, ...],
                 unmatched_new: tuple[QuestionRef, ...], parent: QWidget | None = None) -> None:
        super().__init__(
            "Pair questions by hand",
            f"Choose a question from {old_wave} and the question of {new_wave} that asks the same thing. Their "
            "figures will be compared (if their answer scales allow it).",
            PairSide(f"Only in &{old_wave}:", f"Questions only in {old_wave}", _items(unmatched_old)),
            PairSide(f"Only in {new_wave} (&later):", f"Questions only in {new_wave}", _items(unmatched_new)),
            description=f"Choose a question asked in {old_wave} and the question of {new_wave} that asks the same "
                        "thing.", parent=parent)
        self.old_list, self.new_list = self.left_list, self.right_list


__all__ = ["PairDialog"]
