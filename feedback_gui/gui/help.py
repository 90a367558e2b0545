"""Help: the user guide (docs/user_guide.md, shipped with the app) and the About box with the licences of
everything bundled."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from feedback_gui import __version__
from feedback_gui.core.resources import user_guide_path

BUNDLED = (
    ("VADER sentiment lexicon", "MIT licence, © 2016 C.J. Hutto (resources/sentiment/VADER_LICENSE.txt)"),
    ("Sentiment model", "trained for this app on NHS England pxtextmining labels (MIT, © 2021 NHS England) "
                        "and the project's own labelled comments; only derived numbers are shipped"),
    ("First names and surnames for redaction", "from Faker (MIT) and public ONS / US SSA tables"),
    ("Word-cloud font: Droid Sans Mono", "Apache License 2.0"),
    ("Sample surveys", "made up for this app; the figures follow HM Inspectorate of Probation's Suffolk PDU "
                       "report (May 2024, Open Government Licence v3.0)"),
    ("Qt for Python (PySide6)", "LGPL v3"),
)


def about_html() -> str:
    """The About box text: version, purpose, privacy, and the licences of bundled data."""
    rows = "".join(f"<li><b>{name}</b>: {licence}</li>" for name, licence in BUNDLED)
    return (f"<h3>Feedback Analyser {__version__}</h3>"
            "<p>Headline figures, breakdowns, comment analysis, wave comparisons and equality analysis for staff "
            "surveys and User Voice surveys in probation.</p>"
            "<p><b>Survey data never leaves this computer</b>: the app makes no network connections.</p>"
            f"<p>Bundled data and components:</p><ul>{rows}</ul>")


def user_guide_dialog(parent: QWidget | None = None) -> QDialog:
    """A window showing the user guide."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Feedback Analyser — User guide")
    dialog.setAccessibleName("User guide")
    browser = QTextBrowser(dialog)
    browser.setAccessibleName("User guide text")
    browser.setOpenExternalLinks(False)
    try:
        browser.setMarkdown(user_guide_path().read_text(encoding="utf-8"))
    except OSError:
        browser.setPlainText("The user guide is missing from this installation.")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(760, 640)
    return dialog
