"""The installer never deletes the user's data, and the install checks look for it where the app keeps it."""

from __future__ import annotations

import re

from tests.installer.helpers import INSTALLER


def _sections(iss: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in iss.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def test_upgrades_delete_only_the_old_bundle_and_uninstall_deletes_nothing_extra() -> None:
    sections = _sections((INSTALLER / "feedback_gui.iss").read_text(encoding="utf-8"))
    assert sections["[InstallDelete]"] == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert "[UninstallDelete]" not in sections
    assert "[UninstallRun]" not in sections and "[Code]" not in sections
    for line in sections["[Files]"] + sections["[Icons]"]:
        assert "{userappdata}" not in line and "{localappdata}" not in line and "{userdocs}" not in line


def test_the_checks_plant_data_where_the_app_keeps_it() -> None:
    from feedback_gui.gui.recovery import RECOVERY_NAME
    from feedback_gui.gui.settings_store import APPLICATION, ORGANISATION

    # QSettings (IniFormat, UserScope) on Windows: %APPDATA%\ORGANISATION\APPLICATION.ini; the recovery file is
    # under AppLocalDataLocation: %LOCALAPPDATA%\ORGANISATION\APPLICATION\recovery\.
    settings = f"{ORGANISATION}\\{APPLICATION}.ini"
    autosave = f"{ORGANISATION}\\{APPLICATION}\\recovery\\{RECOVERY_NAME}"
    powershell = (INSTALLER / "check_install_windows.ps1").read_text(encoding="utf-8")
    assert f'Join-Path $env:APPDATA "{settings}"' in powershell
    assert f'Join-Path $env:LOCALAPPDATA "{autosave}"' in powershell
    wine = (INSTALLER / "wine_upgrade_check.sh").read_text(encoding="utf-8")
    assert f'SETTINGS="$APPDATA_DIR/{settings.replace(chr(92), "/")}"' in wine
    assert f'AUTOSAVE="$LOCALAPPDATA_DIR/{autosave.replace(chr(92), "/")}"' in wine
