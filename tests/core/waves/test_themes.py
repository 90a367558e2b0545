"""Comment themes then vs now for a matched free-text question."""

from __future__ import annotations

import pytest

from feedback_gui.core.waves.themes import compare_themes
from tests.core.waves.conftest import IMPROVE


def test_theme_shares_and_sentiment_then_and_now(wave_2023, wave_2024, comparison):
    (match,) = comparison.free_text
    assert match.new.text == IMPROVE
    result = compare_themes(wave_2023, wave_2024, match, comparison.waves)
    assert (result.then_comments, result.now_comments) == (40, 66)  # the README's comment counts
    assert result.codebook == "Staff survey"
    for shift in result.themes:
        for figure, total in ((shift.then, 40), (shift.now, 66)):
            assert figure.share == pytest.approx(100 * figure.comments / total)
            assert (figure.sentiment is None) == (figure.comments == 0)
            assert figure.sentiment is None or -1 <= figure.sentiment <= 1
        assert shift.change_points == pytest.approx(shift.now.share - shift.then.share)
    workload = next(s for s in result.themes if s.theme == "Workload")
    assert workload.now.comments > workload.then.comments  # workload comments grew from 2023 to 2024
    with pytest.raises(ValueError, match="not free text"):
        compare_themes(wave_2023, wave_2024, comparison.changes[0].match, comparison.waves)
