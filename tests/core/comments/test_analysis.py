"""The whole comment analysis: JSON shape, order, non-answers, corrections, progress, no network."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook, comment_key
from feedback_gui.core.errors import Cancelled

ROOT = Path(__file__).resolve().parents[3]

COMMENTS = [
    CommentInput(1, "Any other comments?", "My PO Sarah Jones is brilliant and really listens to me."),
    CommentInput(2, "Any other comments?", "n/a"),
    CommentInput(3, "Any other comments?", "   "),
    CommentInput(4, "Any other comments?", "I can't afford the bus fare to get to appointments, ring 07700 900123."),
    CommentInput(5, "Any other comments?", "I would like more help finding work."),
    CommentInput(6, "Any other comments?", "My officer is great, but the hostel is awful and full of drugs."),
    CommentInput(7, "What could be better?", "Domestic abuse information was obtained at my first appointment."),
]


def test_to_dict_has_the_agreed_shape_in_input_order():
    analysis = analyse_comments(COMMENTS, built_in_codebook("user_voice"))
    data = json.loads(json.dumps(analysis.to_dict()))
    assert [c["row"] for c in data["comments"]] == [1, 2, 4, 5, 6, 7]  # blank answer dropped
    for comment in data["comments"]:
        assert set(comment) >= {"row", "question", "text", "sentiment", "themes"}
        assert comment["sentiment"]["label"] in {"positive", "negative", "neutral", "mixed"}
        assert isinstance(comment["sentiment"]["compound"], float)
        assert isinstance(comment["themes"], list)
    for theme in data["themes"]:
        assert set(theme) >= {"name", "count", "positive", "negative", "neutral", "mixed", "quotes"}
        assert theme["count"] == sum(theme[k] for k in ("positive", "negative", "neutral", "mixed"))
        assert all(isinstance(q, str) for q in theme["quotes"])
    assert [t["name"] for t in data["themes"]] == list(built_in_codebook("user_voice").theme_names)
    assert all(set(d) >= {"terms", "count"} for d in data["discovered"])
    assert data["redactions"]["name"] == 1 and data["redactions"]["phone"] == 1


def test_what_the_user_sees_per_comment():
    by_row = {c.row: c for c in analyse_comments(COMMENTS, built_in_codebook("user_voice")).comments}
    assert by_row[1].text == "My PO [NAME] is brilliant and really listens to me."
    assert by_row[1].sentiment.label == "positive"
    assert "Relationship with practitioner" in by_row[1].themes.themes
    assert by_row[4].text.endswith("ring [PHONE].")
    assert {"Finance, benefits and debt", "Travel and access"} <= set(by_row[4].themes.themes)
    assert by_row[5].sentiment.label == "neutral"  # a request
    assert by_row[6].sentiment.label == "mixed"
    assert by_row[7].sentiment.label == "neutral"
    assert not by_row[2].answered and by_row[2].themes.themes == ()


def test_non_answers_count_in_no_figure():
    analysis = analyse_comments(COMMENTS, built_in_codebook("user_voice"))
    summary = analysis.to_dict()["summary"]
    assert summary["non_answers"] == 1 and summary["answered"] == 5
    assert sum(summary[k] for k in ("positive", "negative", "neutral", "mixed")) == 5


def test_redaction_can_be_turned_off():
    analysis = analyse_comments(COMMENTS[:1], built_in_codebook("user_voice"), redact=False)
    assert "Sarah Jones" in analysis.comments[0].text
    assert sum(analysis.redactions.values()) == 0


def test_corrections_override_labels_and_update_counts():
    book = built_in_codebook("user_voice")
    corrections = {comment_key(5, "Any other comments?"): "negative", (7, "What could be better?"): "positive"}
    analysis = analyse_comments(COMMENTS, book, corrections=corrections)
    by_row = {c.row: c for c in analysis.comments}
    assert by_row[5].sentiment.label == "negative" and by_row[5].sentiment.corrected
    assert by_row[7].sentiment.label == "positive"
    relabelled = analyse_comments(COMMENTS, book).with_corrections(corrections)
    assert relabelled.to_dict()["summary"] == analysis.to_dict()["summary"]
    assert relabelled.to_dict()["comments"][3]["corrected"] is True


def test_progress_is_reported_and_cancel_stops_the_work():
    seen: list[float] = []
    analyse_comments(COMMENTS, built_in_codebook("staff"), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction: float) -> None:
        if fraction > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyse_comments(COMMENTS, built_in_codebook("staff"), progress=cancel)


def test_word_cloud_of_an_analysis_maps_words_to_rows():
    analysis = analyse_comments(COMMENTS, built_in_codebook("user_voice"))
    cloud = analysis.word_cloud()
    assert cloud.rows_for("hostel") == (6,)
    assert "sarah" not in cloud.terms and "name" not in cloud.terms  # drawn from redacted text
    assert analysis.word_cloud(sentiment="mixed").rows_for("hostel") == (6,)
    assert analysis.word_cloud(theme="Accommodation").rows_for("bus") == ()


def test_discovery_finds_a_topic_the_codebook_lacks():
    comments = [CommentInput(i, "q", t) for i, t in enumerate(
        ["The car park barrier is broken", "The car park is always full", "No car park spaces left",
         "Car park is dark at night", "The car park needs lighting", "Car park fees are too high"])]
    analysis = analyse_comments(comments, built_in_codebook("user_voice"))
    assert analysis.discovered and "car park" in analysis.discovered[0].terms
    assert analysis.discovered[0].count == len(analysis.discovered[0].members) >= 2
    assert analyse_comments(comments, built_in_codebook("user_voice"), discover=False).discovered == ()


@pytest.mark.slow
def test_process_pool_gives_the_same_result_as_one_process():
    comments = [CommentInput(i, "q", text) for i in range(150) for text in (c.text for c in COMMENTS)]
    one = analyse_comments(comments, built_in_codebook("user_voice"), workers=1, discover=False)
    two = analyse_comments(comments, built_in_codebook("user_voice"), workers=2, discover=False)
    assert one.to_dict() == two.to_dict()


@pytest.mark.slow
def test_cancel_stops_the_process_pool_too():
    comments = [CommentInput(i, "q", text) for i in range(200) for text in (c.text for c in COMMENTS)]
    seen: list[float] = []

    def cancel_when_half_done(fraction: float) -> None:
        seen.append(fraction)
        if fraction >= 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyse_comments(comments, built_in_codebook("user_voice"), workers=2, progress=cancel_when_half_done)
    assert seen[-1] <= 0.8  # stopped during the per-comment work, before summaries and discovery


NO_NETWORK = """
import socket, sys
class Refused(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("network access attempted")
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket = Refused
socket.create_connection = refuse
socket.getaddrinfo = refuse
sys.path.insert(0, {root!r})
from feedback_gui.core.comments import CommentInput, analyse_comments, choose_codebook, render_cloud
texts = ["My PO is brilliant", "The hostel is awful but staff are kind", "More training would help",
         "car park full", "car park broken", "car park dark", "car park fees", "car park spaces"]
comments = [CommentInput(i, "Any comments about your probation officer?", t) for i, t in enumerate(texts)]
analysis = analyse_comments(comments, choose_codebook([c.question for c in comments]))
png = render_cloud(analysis.word_cloud()).png
print(analysis.comments[0].sentiment.label, analysis.codebook.kind, len(png) > 100)
"""


def test_whole_analysis_runs_with_networking_blocked():
    """Sockets are refused from interpreter start, so any download attempt would fail the run."""
    result = subprocess.run([sys.executable, "-c", NO_NETWORK.format(root=str(ROOT))], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["positive", "user_voice", "True"]


def test_analysis_in_process_with_sockets_monkeypatched(monkeypatch):
    import socket

    class Refused(socket.socket):
        def __init__(self, *args, **kwargs):
            raise OSError("network access attempted")

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(socket, "create_connection", refuse)
    analysis = analyse_comments(COMMENTS, built_in_codebook("user_voice"))
    assert len(analysis.comments) == 6
