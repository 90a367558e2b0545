# Build the Windows installer: PyInstaller one-folder bundle, self-test, then Inno Setup.
# Run from the repository root in PowerShell:  .\installer\build_windows.ps1
# Needs Python 3.11+ on PATH and Inno Setup 6 (iscc.exe; preinstalled on GitHub's Windows runners).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)

python -m venv .build-venv
. .\.build-venv\Scripts\Activate.ps1
python -m pip install --upgrade pip
python -m pip install . pyinstaller

# Bundle + data check + self-test (installer/build.py prints size and build time).
python installer\build.py
if ($LASTEXITCODE -ne 0) { throw "bundle build or self-test failed" }

$version = python -c "import feedback_gui; print(feedback_gui.__version__)"
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\feedback_gui.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem build\installer\*.exe | ForEach-Object { Write-Host "Installer: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
