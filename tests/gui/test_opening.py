"""Opening files: broken files, drag and drop, passwords, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from feedback_gui.core.resources import sample_path

from .conftest import OPEN_TIMEOUT_MS, open_and_wait


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 8], ids=["empty", "binary-junk"])
def test_broken_file_shows_one_line_and_keeps_the_survey(qtbot, window, tmp_path, content) -> None:  # noqa: ANN001
    broken = tmp_path / "responses.xlsx"
    broken.write_bytes(content)
    title = window.windowTitle()
    with qtbot.waitSignal(window.opener.openFailed, timeout=OPEN_TIMEOUT_MS):
        window.open_path(broken)
    box = window.last_message
    assert box is not None and box.isVisible()
    assert "responses.xlsx" in box.text() and "\n" not in box.text() and "Traceback" not in box.text()
    assert window.state.survey.respondents == 81
    assert window.windowTitle() == title
    assert window.panels["overview"].card_for("promotes openness").count_label.text() == "59 out of 81"
    box.close()


def _drop(window, path: Path) -> bool:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(window.rect().center(), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(window.rect().center()), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return True


def test_dropping_a_survey_file_opens_it_and_shows_the_preview(qtbot, window) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        assert _drop(window, sample_path("user_voice_2024.xlsx"))
    assert window.state.survey.respondents == 67
    assert window.windowTitle().startswith("user_voice_2024.xlsx")
    assert window.status_survey.text().startswith("67 respondents")
    assert window.preview is not None and window.preview.isVisible()
    assert "3 rows above the header skipped" in window.preview.layout_label.text()


def test_preview_after_import_can_be_turned_off(qtbot, window, settings) -> None:  # noqa: ANN001
    settings.setValue("preview/showAfterImport", False)
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    window.open_path(sample_path("staff_survey_2023.xlsx"))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=OPEN_TIMEOUT_MS)
    assert window.state.survey.respondents == 76 and window.preview is None


def test_dropping_another_kind_of_file_is_refused(window, tmp_path) -> None:  # noqa: ANN001
    picture = tmp_path / "chart.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drop(window, picture)
    assert not window.runner.busy


def test_opened_files_join_the_recent_list(qtbot, window, settings, tmp_path) -> None:  # noqa: ANN001
    assert Path(settings.fileName()).parent == tmp_path
    assert window.recent.paths()[0] == sample_path("staff_survey_2024.xlsx").resolve()
    window.fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0] == "&1 staff_survey_2024.xlsx"
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    assert [p.name for p in window.recent.paths()[:2]] == ["user_voice_2024.xlsx", "staff_survey_2024.xlsx"]


def test_password_is_asked_for_and_retried(qtbot, make_window, tmp_path) -> None:  # noqa: ANN001
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = tmp_path / "locked.xlsx"
    with sample_path("staff_survey_2024.xlsx").open("rb") as plain, locked.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    answers, asked = ["wrong", "secret"], []

    def ask(parent, name, reason):  # noqa: ANN001, ANN202
        asked.append((name, reason))
        return answers.pop(0)

    window = make_window(ask_password=ask)
    open_and_wait(qtbot, window, locked)
    assert window.state.survey.respondents == 81
    assert [name for name, _ in asked] == ["locked.xlsx", "locked.xlsx"]
    assert "password-protected" in asked[0][1] and "not right" in asked[1][1]


def test_cancelling_the_password_prompt_opens_nothing(qtbot, make_window, tmp_path) -> None:  # noqa: ANN001
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = tmp_path / "locked.xlsx"
    with sample_path("staff_survey_2024.xlsx").open("rb") as plain, locked.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    window = make_window(ask_password=lambda *args: None)
    with qtbot.waitSignal(window.runner.finished, timeout=OPEN_TIMEOUT_MS):
        window.open_path(locked)
    assert window.state.survey is None and window.last_message is None
