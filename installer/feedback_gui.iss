; Inno Setup script: per-user install of Feedback Analyser, no administrator rights needed.
; Build on Windows after PyInstaller (installer\build_windows.ps1 runs both):
;   iscc /DAppVersion=0.1.0 installer\feedback_gui.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Feedback Analyser"
#define AppExe "FeedbackAnalyser.exe"
#define BundleDir "..\build\dist\FeedbackAnalyser"

[Setup]
AppId={{6F3D2A1C-8B4E-4C1F-9A7D-3E2B5C8D1F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Feedback Analyser team
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

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open Feedback Analyser projects (.fbproj) with {#AppName}"; GroupDescription: "File types:"

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
