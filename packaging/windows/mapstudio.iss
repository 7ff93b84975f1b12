; Inno Setup script for MapStudio on Windows (Inno Setup 6).
; Build the one-folder app first, on Windows:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\mapstudio.spec
; then compile this script (from the repository root):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\mapstudio.iss
; AppVersion must be mapstudio.__version__ (dist\MapStudio\mapstudio-cli.exe --version prints it).
; Output: dist\MapStudio-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MapStudio"
#define AppExe "MapStudio.exe"
#define Root "..\.."

[Setup]
; A fixed AppId lets upgrades replace the previous install. Never change it.
AppId={{6F0C2A5E-7D3B-4E8A-9C41-2B7E5D9A1F63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MapStudio developers
AppPublisherURL=https://github.com/mapstudio/mapstudio
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\mapstudio.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "Open .mapstudio files with MapStudio"; GroupDescription: "File types:"

[Files]
Source: "{#Root}\dist\MapStudio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The document icon shown for .mapstudio files in Explorer.
Source: "{#Root}\resources\icons\application-x-mapstudio.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .mapstudio -> MapStudio.Project, opened by MapStudio.exe "%1". HKA is HKCU for a
; per-user install and HKLM for all users; uninsdeletekey removes it again.
Root: HKA; Subkey: "Software\Classes\.mapstudio"; ValueType: string; ValueName: ""; ValueData: "MapStudio.Project"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.mapstudio"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mapstudio"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.mapstudio\OpenWithProgids"; ValueType: string; ValueName: "MapStudio.Project"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\MapStudio.Project"; ValueType: string; ValueName: ""; ValueData: "MapStudio journey map"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\MapStudio.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\application-x-mapstudio.ico,0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\MapStudio.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mapstudio"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files Python may have written beside the program (bytecode caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
