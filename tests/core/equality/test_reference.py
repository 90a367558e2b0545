"""Reading a reference population: the bundled caseload CSV, percentages only, typed in, and bad files."""

from __future__ import annotations

import pytest

from feedback_gui.core.equality.reference import read_reference, reference_from_mapping
from feedback_gui.core.errors import FeedbackError
from tests.conftest import SAMPLES


def test_bundled_caseload_profile():
    reference = read_reference(SAMPLES / "caseload_profile.csv")
    assert [c.name for c in reference.characteristics] == ["Sentence type", "Gender", "Disability", "Ethnicity",
                                                           "Age band"]
    assert all(c.total == 2238 for c in reference.characteristics)
    female = reference.characteristic("gender").groups[0]
    assert (female.label, female.count, female.percent) == ("Female", 284, 12.7)
    assert reference.characteristic("Disability").groups[0].percent == 44.2
    assert reference.source == "caseload_profile.csv"


def test_percentages_only_and_proportions(tmp_path):
    path = tmp_path / "percent.csv"
    path.write_text("Characteristic,Group,Percent\nGender,Female,12.7%\nGender,Male,87.3%\n", encoding="utf-8")
    gender = read_reference(path).characteristic("Gender")
    assert gender.total is None and [(g.count, g.percent) for g in gender.groups] == [(None, 12.7), (None, 87.3)]
    path.write_text("variable;value;share\nDisability;Yes;0,442\nDisability;No;0,558\n", encoding="utf-8")
    assert [g.percent for g in read_reference(path).characteristic("Disability").groups] == pytest.approx([44.2, 55.8])
    path.write_text("category\tlevel\tn\nAge band\t18-24\t1,201\nAge band\t25+\t2,000\n", encoding="utf-8")
    assert [g.count for g in read_reference(path).characteristic("Age band").groups] == [1201, 2000]
    path.write_text("variable;value;%\nDisability;Yes;44,2\nDisability;No;55,8\n", encoding="utf-8-sig")
    assert [g.percent for g in read_reference(path).characteristic("Disability").groups] == [44.2, 55.8]


def test_typed_in_reference_percent_or_counts():
    typed = reference_from_mapping({"Gender": {"Female": 12.7, "Male": 87.3}, "Disability": {"Yes": 989, "No": 1249}})
    assert typed.source == "typed in"
    assert [g.count for g in typed.characteristic("Gender").groups] == [None, None]
    disability = typed.characteristic("Disability")
    assert disability.total == 2238 and disability.groups[0].percent == pytest.approx(100 * 989 / 2238)


@pytest.mark.parametrize("text,problem", [
    ("name,size\nGender,3\n", "needs columns characteristic, group and count or percent"),
    ("characteristic,group,percent\nGender,Female,12.7\nGender,Male,82.3\n", "add up to 95.0, not 100"),
    ("characteristic,group,count\nGender,Female,many\n", "'many' where a number should be"),
    ("characteristic,group,count\nGender,Female,3\nGender,female,4\n", "lists the same group twice"),
    ("characteristic,group,count\n", "has no rows"),
])
def test_bad_reference_files_say_what_is_wrong(tmp_path, text, problem):
    path = tmp_path / "ref.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedbackError, match="ref.csv") as caught:
        read_reference(path)
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_missing_reference_file(tmp_path):
    with pytest.raises(FeedbackError, match="nowhere.csv: the reference file does not exist"):
        read_reference(tmp_path / "nowhere.csv")
