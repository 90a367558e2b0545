"""Recogniser thresholds on and one step beside their boundaries, seen as the user sees them: the column's type,
the confidence of the call, the tool whose metadata a file shows.

Each pair fails if its constant moves by one step either way (integers by 1; word means by 0.1; shares by 0.01,
so the shares are measured over 100 answers).
"""

from __future__ import annotations

import pytest

from feedback_gui.core.importing import read_survey
from feedback_gui.core.schema.evidence import ColumnEvidence
from feedback_gui.core.schema.recognisers import choice, free_text, joined, metadata, recognise
from feedback_gui.core.survey import QuestionType


def column(values: dict[str, int], header: str = "Q") -> ColumnEvidence:
    return ColumnEvidence(header, tuple(values), tuple(values.values()))


# ---- choice: MAX_CLEAR options at most for a clear (high confidence) single choice ----

DRAWS = [f"Draw {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]


@pytest.mark.parametrize("options,confidence", [(15, "high"), (16, "medium")])
def test_a_clear_single_choice_has_at_most_fifteen_options(options, confidence):
    assert choice.MAX_CLEAR == 15
    # Every option chosen REPEATS (5) times: only the number of options decides.
    found = recognise(column({draw: choice.REPEATS for draw in DRAWS[:options]}, "Which prize draw did you enter?"))
    assert found.type == QuestionType.SINGLE_CHOICE and found.note.recogniser == "choice"
    assert found.note.confidence == confidence


# ---- free text: long answers that repeat ----

def _long(words: int, tag: str) -> str:
    """An answer of ``words`` words, no function word and no end punctuation: not shaped like a sentence."""
    return " ".join(["office", "heating", "broken", "again", "during", "winter", "months", "sadly"][: words - 1]
                     + [tag])


@pytest.mark.parametrize("last_words,is_text", [(6, True), (5, False)])
def test_long_answers_average_six_words(last_words, is_text):
    assert free_text.LONG_WORDS == 6.0
    # 10 answers, 3 given once (30%: above SOME_UNIQUE, below UNIQUE_SHARE), none sentence-shaped;
    # 7 x 6 + 6 + 6 + 6 = 60 words: 6.0 on average (on LONG_WORDS); with 5 words last, 5.9 (beside it).
    values = {_long(6, "repeated"): 7, _long(6, "one"): 1, _long(6, "two"): 1, _long(last_words, "three"): 1}
    found = recognise(column(values))
    if is_text:
        assert found.type == QuestionType.FREE_TEXT and found.note.confidence == "medium"
        assert "long answers (6.0 words on average)" in found.note.reason
    else:
        assert found.type == QuestionType.SINGLE_CHOICE and found.note.recogniser == "choice"


# ---- free text: answers shaped like sentences ----

@pytest.mark.parametrize("sentences,is_text", [(50, True), (49, False)])
def test_half_the_answers_shaped_like_sentences(sentences, is_text):
    assert free_text.SENTENCE_SHARE == 0.5
    # 100 answers, 30 given once (30%), about 4 words on average (between SENTENCE_WORDS and LONG_WORDS):
    # 50 of them shaped like sentences (on SENTENCE_SHARE) or 49 (beside it).
    values = {f"Team {i} is short staffed": 1 for i in range(20)}  # 5 words with "is": sentences
    values["The car park is full"] = sentences - 20
    values.update({f"alpha beta gamma{i}": 1 for i in range(10)})  # 3 words: never sentences
    values["alpha beta gamma"] = 100 - sentences - 10
    found = recognise(column(values))
    if is_text:
        assert found.type == QuestionType.FREE_TEXT and found.note.confidence == "medium"
        assert "answers shaped like sentences (50%" in found.note.reason
    else:
        assert found.type == QuestionType.SINGLE_CHOICE and found.note.recogniser == "choice"


# ---- free text: more distinct answers than any choice question has ----

@pytest.mark.parametrize("distinct,kind", [(500, QuestionType.SINGLE_CHOICE), (501, QuestionType.FREE_TEXT)])
def test_more_than_five_hundred_different_answers_are_free_text(distinct, kind):
    assert free_text.MANY_ANSWERS == 500
    # Short codes, each given three times: nothing about their content reads like free text.
    found = recognise(column({f"Code {i}": 3 for i in range(distinct)}, "Which course did you attend last?"))
    assert found.type == kind
    if kind == QuestionType.FREE_TEXT:
        assert found.note.confidence == "high" and found.note.reason == "501 different answers"


# ---- joined multi-select: typed text in at most OTHER_SHARE of the answers for high confidence ----

@pytest.mark.parametrize("typed,confidence", [(10, "high"), (11, "medium")])
def test_typed_text_in_a_tenth_of_the_answers_keeps_a_multi_select_clear(typed, confidence):
    assert joined.OTHER_SHARE == 0.1
    # 100 answers, 30 + typed of them joined (above CLEAR_SHARE); typed text in 10 (on OTHER_SHARE) or 11 (beside).
    values = {"Mentoring;Better IT": 30, "Mentoring": 40 - typed, "Better IT": 30}
    values.update({f"Mentoring;Idea number {i}": 1 for i in range(typed)})
    found = recognise(column(values, "Which would help?"))
    assert found.type == QuestionType.MULTI_CHOICE and found.options == ("Mentoring", "Better IT", "Other")
    assert f"text in {typed} answers is none of them" in found.note.reason
    assert found.note.confidence == confidence


# ---- metadata: SIGNATURE names of a tool identify it ----

CELLS = {"Response ID": "{i}", "Date submitted": "2024-05-{i:02d} 10:00", "Seed": "{seed}", "How are you?": "Fine"}


@pytest.mark.parametrize("headers,tool", [(["Response ID", "Date submitted", "Seed", "How are you?"], "LimeSurvey"),
                                          (["Response ID", "Seed", "How are you?"], None)])
def test_three_of_a_tools_metadata_names_identify_it(tmp_path, headers, tool):
    assert metadata.SIGNATURE == 3
    # LimeSurvey's "Seed" (a number) is metadata only in a file that shows three LimeSurvey names (on SIGNATURE);
    # with two (beside it) no tool is named and "Seed" is a question like any other.
    rows = [[CELLS[h].format(i=i, seed=1000 + 37 * i) for h in headers] for i in range(1, 9)]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(r) for r in [headers, *rows]) + "\n", encoding="utf-8")
    assert metadata.tool_metadata([(h, None) for h in headers])[0] == tool
    seed = next(q for q in read_survey(path).questions if q.text == "Seed")
    if tool:
        assert seed.type == QuestionType.METADATA and seed.inference.reason == "LimeSurvey metadata ('Seed')"
    else:
        assert seed.type == QuestionType.NUMERIC
