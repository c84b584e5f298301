; Inno Setup 6 script for Storyreel's Windows installer: a per-user or all-users setup .exe
; with a Start-menu entry, an optional desktop icon and an uninstaller.
;
; Built by packaging\windows\build_windows.ps1, which runs PyInstaller first and passes the
; version from pyproject.toml:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\storyreel.iss
;
; Paths are relative to this file. The result is dist\storyreel-<version>-windows-x64-setup.exe.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z storyreel.iss
#endif
#ifndef AppNumericVersion
  ; Windows' version resource takes numbers only (0.2.0rc1 is passed as 0.2.0).
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\storyreel"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Storyreel"
#define AppPublisher "The Storyreel team"
#define AppExeName "Storyreel.exe"

[Setup]
; The AppId identifies Storyreel across versions: an upgrade replaces the old files in place.
; Never change it.
AppId={{6F1C2B7A-8E4D-4A55-9B3C-2D7E5F8A1C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (c) 2026 {#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights unless the user chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=storyreel-{#AppVersion}-windows-x64-setup
SetupIconFile=storyreel.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade removes the previous version's libraries first, so none linger beside the new ones.
; Settings, the job database and the library are elsewhere (see packaging\README.md) and stay.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Turn still frames into video clips"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
