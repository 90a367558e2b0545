# Build the Windows installer from the pinned dependency set, and stop at the first step that fails.
#
#   .\installer\build_windows.ps1                       # from the repository root, in PowerShell 5.1 or 7
#   .\installer\build_windows.ps1 -Python "py -3.12"    # another Python 3.12 (default: python on PATH)
#
# Steps: a fresh venv (.build-venv) with exactly installer\requirements-windows.txt (pinned, hashed; see its
# header), the project itself (no dependencies: they all come from the lock), `pip check`, then
# installer\build.py (PyInstaller one-folder bundle, data check, version check, --self-test), then Inno Setup
# (found, or installed with winget or Chocolatey) compiles installer\feedback_gui.iss with the version from
# pyproject.toml into build\installer\FeedbackAnalyser-<version>-setup.exe.
#
# Every native command is followed by Assert-ExitCode: PowerShell before 7.3 does not stop on a non-zero exit
# code even with $ErrorActionPreference = "Stop" (tests/installer checks that no command goes unchecked).
# In GitHub Actions the version and the installer's path are written to $env:GITHUB_OUTPUT.
param(
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$PSNativeCommandUseErrorActionPreference = $false   # 7.3+: we check $LASTEXITCODE ourselves, with the step's name
Set-Location (Split-Path $PSScriptRoot -Parent)

function Assert-ExitCode([string]$Step) {
    if ($LASTEXITCODE -ne 0) {
        throw "build_windows.ps1: step '$Step' failed (exit code $LASTEXITCODE)"
    }
}

function Write-Step([string]$Step) {
    Write-Host ""
    Write-Host "==> $Step" -ForegroundColor Cyan
}

$pythonCommand = $Python -split " "
$pythonExe = $pythonCommand[0]
$pythonArgs = @($pythonCommand | Select-Object -Skip 1)

Write-Step "check Python 3.12 (the lock is for CPython 3.12 on win_amd64)"
& $pythonExe @pythonArgs -c "import sys, platform; print(sys.version); sys.exit(0 if sys.version_info[:2] == (3, 12) and platform.machine().lower() in ('amd64', 'x86_64') else 1)"
Assert-ExitCode "check Python 3.12 64-bit ($Python)"

Write-Step "create the build venv (.build-venv)"
if (Test-Path .build-venv) { Remove-Item -Recurse -Force .build-venv }
& $pythonExe @pythonArgs -m venv .build-venv
Assert-ExitCode "create the build venv"
$venvPython = Join-Path (Get-Location) ".build-venv\Scripts\python.exe"

Write-Step "install the pinned dependencies (installer\requirements-windows.txt)"
& $venvPython -m pip install --disable-pip-version-check --require-hashes --only-binary ":all:" --no-deps -r installer\requirements-windows.txt
Assert-ExitCode "install installer\requirements-windows.txt"

Write-Step "install feedback-gui itself (its dependencies come from the lock)"
& $venvPython -m pip install --disable-pip-version-check --no-deps --no-build-isolation .
Assert-ExitCode "install feedback-gui"

Write-Step "pip check (the lock satisfies every dependency)"
& $venvPython -m pip check
Assert-ExitCode "pip check: the lock is missing a dependency (run python installer\lock_windows.py)"

Write-Step "read the version from pyproject.toml"
$version = (& $venvPython installer\build.py --version | Out-String).Trim()
Assert-ExitCode "read the version (python installer\build.py --version)"
if ($version -notmatch '^\d+\.\d+\.\d+$') { throw "build_windows.ps1: step 'read the version' gave '$version', not X.Y.Z" }
Write-Host "version $version"

Write-Step "PyInstaller bundle, data check, version check and self-test (installer\build.py)"
& $venvPython installer\build.py
Assert-ExitCode "bundle build or self-test (installer\build.py)"

function Find-Iscc {
    $candidates = @()
    if ($env:ISCC) { $candidates += $env:ISCC }
    $onPath = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($onPath) { $candidates += $onPath.Source }
    foreach ($key in @("HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1",
                       "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1",
                       "HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1")) {
        $entry = Get-ItemProperty -Path $key -ErrorAction SilentlyContinue
        if ($entry -and ($entry.PSObject.Properties.Name -contains "InstallLocation")) {
            $candidates += (Join-Path $entry.InstallLocation "ISCC.exe")
        }
    }
    foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if ($folder) { $candidates += (Join-Path $folder "Inno Setup 6\ISCC.exe") }
    }
    foreach ($candidate in $candidates) {
        if ($candidate -and (Test-Path $candidate)) { return $candidate }
    }
    return $null
}

Write-Step "find Inno Setup 6 (ISCC.exe)"
$iscc = Find-Iscc
if (-not $iscc) {
    if (Get-Command winget.exe -ErrorAction SilentlyContinue) {
        Write-Step "install Inno Setup with winget (JRSoftware.InnoSetup)"
        winget install --id JRSoftware.InnoSetup --exact --silent --accept-package-agreements --accept-source-agreements --disable-interactivity
        Assert-ExitCode "install Inno Setup with winget"
    } elseif (Get-Command choco.exe -ErrorAction SilentlyContinue) {
        Write-Step "install Inno Setup with Chocolatey (innosetup)"
        choco install innosetup --yes --no-progress
        Assert-ExitCode "install Inno Setup with Chocolatey"
    } else {
        throw "build_windows.ps1: step 'find Inno Setup' failed: no ISCC.exe, and neither winget nor choco to install it. Install Inno Setup 6.3+ from https://jrsoftware.org/isdl.php or set `$env:ISCC to ISCC.exe."
    }
    $iscc = Find-Iscc
    if (-not $iscc) { throw "build_windows.ps1: step 'find Inno Setup' failed: installed, but ISCC.exe is not where Inno Setup 6 puts it" }
}
Write-Host "ISCC: $iscc"

Write-Step "compile the installer (installer\feedback_gui.iss, version $version)"
& $iscc "/DAppVersion=$version" installer\feedback_gui.iss
Assert-ExitCode "Inno Setup compile (ISCC.exe)"

$installer = Join-Path (Get-Location) "build\installer\FeedbackAnalyser-$version-setup.exe"
if (-not (Test-Path $installer)) { throw "build_windows.ps1: step 'compile the installer' made no $installer" }
Write-Host ("Installer: {0} ({1} MB)" -f $installer, [math]::Round((Get-Item $installer).Length / 1MB))
if ($env:GITHUB_OUTPUT) {
    Add-Content -Path $env:GITHUB_OUTPUT -Value "version=$version"
    Add-Content -Path $env:GITHUB_OUTPUT -Value "installer=$installer"
}
