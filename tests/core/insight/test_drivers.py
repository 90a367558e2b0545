"""Key drivers: Johnson's relative weights and their bootstrap, checked against independent computations."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from scipy.linalg import sqrtm

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.drivers import SMALL_SAMPLE, TOP_ITEMS, key_drivers, small_sample_note
from feedback_gui.core.insight.priorities import MAINTAIN, MONITOR, PRIORITY, STRENGTH, place, quadrant
from feedback_gui.core.insight.relweights import bootstrap_weights, resample_indices, weights_from_data
from tests.conftest import SAMPLES
from tests.core.insight.helpers import AGREE, POINTS, engagement_headers, write_survey


def _r_squared(x: np.ndarray, y: np.ndarray) -> float:
    design = np.column_stack([np.ones(len(y)), x])
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    residual = y - design @ beta
    return 1 - residual.var() / y.var()


def _johnson(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Johnson (2000) straight from the paper: Λ = R^½ (matrix square root), β = Λ⁻¹ r, ε_j = Σ_k Λ_jk² β_k²."""
    corr = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    rxx, rxy = corr[:-1, :-1], corr[:-1, -1]
    lam = np.real(sqrtm(rxx))
    beta = np.linalg.solve(lam, rxy)
    return (lam ** 2) @ (beta ** 2)


def test_orthogonal_predictors_get_their_squared_correlations():
    rng = np.random.default_rng(3)
    q, _ = np.linalg.qr(np.column_stack([np.ones(200), rng.normal(size=(200, 4))]))
    x = q[:, 1:]  # orthogonal to the constant (zero means) and to each other (zero correlations)
    y = x @ np.array([3.0, 2.0, 1.0, 0.0]) + 0.05 * rng.normal(size=200)
    weights = weights_from_data(np.column_stack([x, y]))
    r = np.array([np.corrcoef(x[:, j], y)[0, 1] for j in range(4)])
    assert np.abs(np.corrcoef(x, rowvar=False) - np.eye(4)).max() < 1e-12
    assert weights == pytest.approx(r ** 2, abs=1e-12)
    assert weights.sum() == pytest.approx(_r_squared(x, y), abs=1e-12)


def test_correlated_predictors_share_r_squared_as_johnson_describes():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(300, 5))
    x[:, 1] += 0.8 * x[:, 0]
    x[:, 3] += 0.5 * x[:, 2] - 0.4 * x[:, 0]
    y = x @ np.array([0.6, 0.3, 0.0, 0.4, 0.1]) + rng.normal(size=300)
    weights = weights_from_data(np.column_stack([x, y]))
    assert weights == pytest.approx(_johnson(x, y), abs=1e-10)
    assert weights.sum() == pytest.approx(_r_squared(x, y), abs=1e-10)
    assert (weights >= 0).all()


def test_bootstrap_interval_equals_a_plain_loop_over_the_same_resamples():
    rng = np.random.default_rng(8)
    x = rng.integers(0, 5, size=(60, 3)).astype(float)
    y = x @ np.array([1.0, 0.5, 0.2]) + rng.normal(size=60)
    data = np.column_stack([x, y])
    fast = bootstrap_weights(data, 500, seed=42)
    slow = np.array([_johnson(x[rows], y[rows]) for chunk in resample_indices(60, 500, 42) for rows in chunk])
    assert fast.shape == (500, 3)
    assert fast == pytest.approx(slow, abs=1e-9)
    assert np.percentile(fast, [2.5, 97.5], axis=0) == pytest.approx(np.percentile(slow, [2.5, 97.5], axis=0))


def test_both_ways_of_summing_cross_products_agree(monkeypatch):
    from feedback_gui.core.insight import relweights

    rng = np.random.default_rng(12)
    data = np.column_stack([rng.integers(0, 5, size=(80, 4)) * 25.0, rng.normal(size=80)])
    blocked = bootstrap_weights(data, 500, seed=3)
    monkeypatch.setattr(relweights, "_LOOP_ROWS", 0)  # as for a national survey: one resample at a time
    monkeypatch.setattr(relweights, "_BLOCK_CELLS", 7)  # and, were it blocked, in blocks of one row
    assert bootstrap_weights(data, 500, seed=3) == pytest.approx(blocked, abs=1e-12)


def _drivers_survey(tmp_path, n: int, seed: int = 1):
    """n respondents: engagement driven mostly by the first item, a little by the second, not by the third."""
    rng = np.random.default_rng(seed)
    items = ["My manager supports me", "I have the tools I need", "The canteen is good"]
    rows = []
    for i in range(n):
        base = rng.normal(size=3)
        answers = [AGREE[int(np.clip(2 - round(b * 1.2), 0, 4))] for b in base]
        level = 1.5 * base[0] + 0.5 * base[1] + rng.normal()
        engaged = [AGREE[int(np.clip(2 - round(level + rng.normal(scale=0.5)), 0, 4))] for _ in range(5)]
        rows.append([i + 1, *answers, *engaged])
    return write_survey(tmp_path / f"drivers{n}.csv", ["ID", *items, *engagement_headers()], rows), items, rows


def test_drivers_of_engagement_against_an_independent_computation(tmp_path):
    survey, items, rows = _drivers_survey(tmp_path, 150)
    result = key_drivers(survey, "engagement", resamples=500, seed=9)
    x = np.array([[POINTS[a] for a in row[1:4]] for row in rows], dtype=float)
    y = np.array([np.mean([POINTS[a] for a in row[4:]]) for row in rows])
    expected = _johnson(x, y)
    by_text = {i.question: i for i in result.items}
    for j, text in enumerate(items):
        assert by_text[text].importance == pytest.approx(expected[j], abs=1e-10)
        assert by_text[text].correlation == pytest.approx(np.corrcoef(x[:, j], y)[0, 1], abs=1e-10)
        favourable = np.mean([row[1 + j] in ("Strongly agree", "Agree") for row in rows])
        assert by_text[text].percent == pytest.approx(100 * favourable)
        lo, hi = by_text[text].ci95
        assert lo <= by_text[text].importance <= hi
    assert [i.question for i in result.items] == [items[j] for j in np.argsort(-expected)]
    assert result.items[0].question == items[0] and result.items[-1].question == items[2]
    assert result.r_squared == pytest.approx(_r_squared(x, y), abs=1e-10)
    assert result.respondents == 150 and result.note is None
    assert result.to_dict()["items"][0].keys() == {"question", "correlation", "importance", "ci95", "percent"}


def test_same_seed_same_intervals_other_seed_other_intervals(tmp_path):
    survey, _, _ = _drivers_survey(tmp_path, 60)
    first = key_drivers(survey, "engagement", resamples=500, seed=1)
    again = key_drivers(survey, "engagement", resamples=500, seed=1)
    other = key_drivers(survey, "engagement", resamples=500, seed=2)
    assert [i.ci95 for i in first.items] == [i.ci95 for i in again.items]
    assert [i.ci95 for i in first.items] != [i.ci95 for i in other.items]
    assert [i.importance for i in first.items] == [i.importance for i in other.items]


def test_small_sample_warning_below_100_respondents():
    assert small_sample_note(SMALL_SAMPLE) is None
    note = small_sample_note(SMALL_SAMPLE - 1)
    assert note is not None and "99 respondents" in note and f"top {TOP_ITEMS}" in note and "uncertain" in note


def test_small_sample_note_in_the_result(tmp_path):
    small, _, _ = _drivers_survey(tmp_path, 99)
    large, _, _ = _drivers_survey(tmp_path, 100)
    assert "uncertain" in key_drivers(small, "engagement", resamples=500).note
    assert key_drivers(large, "engagement", resamples=500).note is None


def test_outcome_can_be_a_question_and_mistakes_are_one_line(tmp_path):
    survey, items, _ = _drivers_survey(tmp_path, 40)
    result = key_drivers(survey, "my manager", resamples=500)
    assert result.outcome == items[0] and items[0] not in [i.question for i in result.items]
    with pytest.raises(FeedbackError, match="no index or question starts with"):
        key_drivers(survey, "nothing like this", resamples=500)
    with pytest.raises(FeedbackError, match="at least 500"):
        key_drivers(survey, "engagement", resamples=499)
    with pytest.raises(FeedbackError, match="give more of the wording"):
        key_drivers(survey, "i ", resamples=500)  # "I have the tools", "I am proud", ...: several


def test_priority_quadrants_on_and_beside_the_cuts():
    assert quadrant(0.2, 50.0, 0.2, 50.0) == STRENGTH  # on both cuts: the high side
    assert quadrant(0.2, 49.9, 0.2, 50.0) == PRIORITY
    assert quadrant(0.19, 50.0, 0.2, 50.0) == MAINTAIN
    assert quadrant(0.19, 49.9, 0.2, 50.0) == MONITOR
    matrix = place([("a", 0.3, 80.0), ("b", 0.1, 20.0), ("c", 0.2, None)])
    assert matrix.importance_cut == pytest.approx(0.2) and matrix.percent_cut == pytest.approx(50.0)
    assert [(p.question, p.quadrant) for p in matrix.points] == [("a", STRENGTH), ("b", MONITOR)]


def test_cli_drivers_json_on_the_sample():
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "drivers", str(SAMPLES / "staff_survey_2024.xlsx"),
                           "--outcome", "engagement", "--json"], capture_output=True, text=True, check=True,
                          timeout=120)
    data = json.loads(done.stdout)
    assert {"outcome", "respondents", "r_squared", "items"} <= data.keys()
    assert data["outcome"] == "Engagement index" and data["respondents"] == 81
    importances = [i["importance"] for i in data["items"]]
    assert importances == sorted(importances, reverse=True)
    assert sum(importances) == pytest.approx(data["r_squared"])
    assert "uncertain" in data["note"]  # 81 respondents
    # the top item's correlation, by hand from the file
    df = pd.read_excel(SAMPLES / "staff_survey_2024.xlsx", keep_default_na=False, na_values=[""], engine="openpyxl")
    engagement = df[[c for c in df.columns if "Probation Service" in c and "PDU" not in c]]
    y = engagement.apply(lambda col: col.map(POINTS)).mean(axis=1)
    top = data["items"][0]
    scale = {a: 100 * (4 - i) / 4 for i, a in enumerate(AGREE)} | {
        "Always": 100, "Most of the time": 75, "Sometimes": 50, "Rarely": 25, "Never": 0}
    x = df[top["question"]].map(scale)
    assert top["correlation"] == pytest.approx(np.corrcoef(x, y)[0, 1])


def test_cli_drivers_text_and_failure():
    ok = subprocess.run([sys.executable, "-m", "feedback_gui", "drivers", str(SAMPLES / "staff_survey_2024.xlsx"),
                         "--outcome", "engagement"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "Key drivers of Engagement index" in ok.stdout and "uncertain" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "feedback_gui", "drivers", str(SAMPLES / "user_voice_2024.xlsx"),
                          "--outcome", "engagement"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("feedback-gui drivers: user_voice_2024.xlsx: ") and len(bad.stderr.splitlines()) == 1


@pytest.mark.parametrize(("answered", "ranked"), [(75, True), (74, False)])
def test_an_item_answered_by_half_the_respondents_is_ranked_and_by_fewer_is_left_out(tmp_path, answered, ranked):
    _survey, items, rows = _drivers_survey(tmp_path, 150)  # the share is of respondents with an outcome: all 150
    for row in rows[answered:]:
        row[3] = None  # "The canteen is good" left blank by the rest
    header = ["ID", *items, *engagement_headers()]
    survey = write_survey(tmp_path / f"half{answered}.csv", header, rows)
    result = key_drivers(survey, "engagement", resamples=500, seed=9)
    ranked_texts = {i.question for i in result.items}
    assert (items[2] in ranked_texts) is ranked
    assert any(items[2] in reason and "fewer than half" in reason for reason in result.left_out) is (not ranked)
