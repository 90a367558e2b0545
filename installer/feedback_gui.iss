; Inno Setup script: per-user install of Feedback Analyser, no administrator rights needed.
; Build on Windows after PyInstaller (installer\build_windows.ps1 runs both; Inno Setup 6.3 or newer):
;   iscc /DAppVersion=X.Y.Z installer\feedback_gui.iss
; The version is written in ONE place, pyproject.toml ([project] version); `python installer\build.py --version`
; prints it and build_windows.ps1 passes it here. It names the installer, and Programs and Features shows it
; (AppVersion = DisplayVersion; VersionInfoVersion = the setup file's own version).
;
; User data is never in {app}: settings and recent files are in %APPDATA%\Feedback Analyser\Feedback Analyser.ini
; (QSettings, gui/settings_store.py), autosaves and the error log in %LOCALAPPDATA%\Feedback Analyser\Feedback
; Analyser\ (recovery\, logs\; gui/recovery.py), projects wherever the user saves them. An upgrade (same AppId)
; replaces only the program files, and uninstalling removes only what Setup installed: no [UninstallDelete].

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z (installer\build_windows.ps1 does)
#endif
#if AppVersion == ""
  #error AppVersion is empty: pass the version from pyproject.toml (iscc /DAppVersion=X.Y.Z)
#endif
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible)
#endif
#define AppName "Feedback Analyser"
#define AppExe "FeedbackAnalyser.exe"
#define BundleDir "..\build\dist\FeedbackAnalyser"

[Setup]
AppId={{6F3D2A1C-8B4E-4C1F-9A7D-3E2B5C8D1F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Feedback Analyser team
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user: installs into the user's own Programs folder, no admin rights, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\build\installer
OutputBaseFilename=FeedbackAnalyser-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open Feedback Analyser projects (.fbproj) with {#AppName}"; GroupDescription: "File types:"

[InstallDelete]
; An upgrade first removes the previous version's bundle, so no library of the old version is left beside the
; new one. Only program files live there (user data does not: see the top of this file).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File association for the current user only (HKCU via HKA when installed without admin rights).
Root: HKA; Subkey: "Software\Classes\.fbproj"; ValueType: string; ValueName: ""; ValueData: "FeedbackAnalyser.Project"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\FeedbackAnalyser.Project"; ValueType: string; ValueName: ""; ValueData: "Feedback Analyser project"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\FeedbackAnalyser.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\FeedbackAnalyser.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
