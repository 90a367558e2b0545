# Check a built installer on Windows: silent per-user install, Programs and Features entry, the installed app's
# --version and --self-test, a second install over the first keeping the user's data, then uninstall keeping it.
#
#   .\installer\check_install_windows.ps1 -Installer build\installer\FeedbackAnalyser-X.Y.Z-setup.exe -Version X.Y.Z
#
# The user data it plants are where the app keeps them (installer\feedback_gui.iss says where); they are removed
# again at the end. Every native command is followed by Assert-ExitCode (see build_windows.ps1).
param(
    [Parameter(Mandatory = $true)][string]$Installer,
    [Parameter(Mandatory = $true)][string]$Version
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$PSNativeCommandUseErrorActionPreference = $false

function Assert-ExitCode([string]$Step) {
    if ($LASTEXITCODE -ne 0) {
        throw "check_install_windows.ps1: step '$Step' failed (exit code $LASTEXITCODE)"
    }
}

function Invoke-Setup([string]$Exe, [string]$Log, [string]$Step) {
    $process = Start-Process -FilePath $Exe -Wait -PassThru -ArgumentList @(
        "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LOG=`"$Log`"")
    if ($process.ExitCode -ne 0) {
        if (Test-Path $Log) { Get-Content $Log -Tail 30 | Write-Host }
        throw "check_install_windows.ps1: step '$Step' failed (exit code $($process.ExitCode))"
    }
}

$uninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F3D2A1C-8B4E-4C1F-9A7D-3E2B5C8D1F40}_is1"
$settings = Join-Path $env:APPDATA "Feedback Analyser\Feedback Analyser.ini"
$autosave = Join-Path $env:LOCALAPPDATA "Feedback Analyser\Feedback Analyser\recovery\unsaved-work.fbproj"
$project = Join-Path $env:USERPROFILE "Documents\installer-check\my-survey.fbproj"
$logs = Join-Path $env:TEMP "feedback-installer-check"
New-Item -ItemType Directory -Force -Path $logs | Out-Null
$Installer = (Resolve-Path $Installer).Path

Write-Host "==> install $Installer (per user, silent)"
Invoke-Setup $Installer (Join-Path $logs "install-1.log") "first install"
$entry = Get-ItemProperty -Path $uninstallKey
if ($entry.DisplayVersion -ne $Version) { throw "Programs and Features shows version '$($entry.DisplayVersion)', not $Version" }
$app = $entry.InstallLocation.TrimEnd("\")
Write-Host "installed into $app; Programs and Features: $($entry.DisplayName) $($entry.DisplayVersion)"

$cli = Join-Path $app "feedback-gui.exe"
$reported = (& $cli --version | Out-String).Trim()
Assert-ExitCode "installed feedback-gui.exe --version"
if ($reported -ne "feedback-gui $Version") { throw "the installed app says '$reported', not 'feedback-gui $Version'" }
$env:QT_QPA_PLATFORM = "offscreen"
& $cli --self-test
Assert-ExitCode "installed feedback-gui.exe --self-test"
Remove-Item Env:\QT_QPA_PLATFORM

Write-Host "==> plant user data: settings, recent files, an autosave and a project"
foreach ($file in @($settings, $autosave, $project)) { New-Item -ItemType Directory -Force -Path (Split-Path $file) | Out-Null }
Set-Content -Path $settings -Value "[General]`nrecentFiles=$project`ntheme=dark"
Set-Content -Path $autosave -Value '{"planted": "autosave"}'
Set-Content -Path $project -Value '{"planted": "project"}'

Write-Host "==> install again over the installed copy (what an upgrade does)"
Invoke-Setup $Installer (Join-Path $logs "install-2.log") "install over the installed copy"
foreach ($file in @($settings, $autosave, $project)) {
    if (-not (Test-Path $file)) { throw "installing over the installed copy removed $file" }
}
if ((Get-Content $settings -Raw) -notmatch "theme=dark") { throw "installing over the installed copy changed $settings" }

Write-Host "==> uninstall"
$uninstaller = Join-Path $app "unins000.exe"
$process = Start-Process -FilePath $uninstaller -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=`"$(Join-Path $logs 'uninstall.log')`"")
if ($process.ExitCode -ne 0) { throw "check_install_windows.ps1: step 'uninstall' failed (exit code $($process.ExitCode))" }
# The uninstaller runs on from a copy of itself in %TEMP%: give it up to a minute to finish.
for ($wait = 0; $wait -lt 60 -and ((Test-Path $cli) -or (Test-Path $uninstallKey)); $wait++) { Start-Sleep -Seconds 1 }
if (Test-Path $cli) { throw "uninstall left $cli behind" }
if (Test-Path $uninstallKey) { throw "uninstall left the Programs and Features entry behind" }
foreach ($file in @($settings, $autosave, $project)) {
    if (-not (Test-Path $file)) { throw "uninstall removed the user's $file" }
}
Write-Host "user data kept through reinstall and uninstall: $settings, $autosave, $project"

Remove-Item -Force $settings, $autosave, $project
Write-Host "installer check passed"
