"""A change between waves in words: "up from 48 out of 76 (63%) to 59 out of 81 (73%); not a significant change"."""

from __future__ import annotations

from feedback_gui.core.analysis.wording import percent_text

UP, DOWN, UNCHANGED = "up", "down", "unchanged"


def direction(then_percent: float, now_percent: float) -> str:
    """up, down or unchanged, judged on the percentages as printed (whole numbers)."""
    before, after = percent_text(then_percent), percent_text(now_percent)
    if before == after:
        return UNCHANGED
    return UP if now_percent > then_percent else DOWN


def change_sentence(then: tuple[int, int], now: tuple[int, int], significant: bool) -> str:
    """The change as a sentence: direction, both figures, and whether it is significant.

    ``then`` and ``now`` are (numerator, denominator) pairs with positive denominators.
    """
    (x1, n1), (x2, n2) = then, now
    p1, p2 = 100.0 * x1 / n1, 100.0 * x2 / n2
    verdict = "a significant change" if significant else "not a significant change"
    way = direction(p1, p2)
    if way == UNCHANGED:
        return (f"unchanged at {percent_text(p2)}: {x1} out of {n1} before, {x2} out of {n2} now; {verdict}")
    return f"{way} from {x1} out of {n1} ({percent_text(p1)}) to {x2} out of {n2} ({percent_text(p2)}); {verdict}"
