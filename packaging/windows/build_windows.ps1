# Builds Storyreel's Windows installer from a checkout, in one command (PowerShell):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1 [-Python python]
#
# Gives dist\storyreel\ (the one-folder bundle: Storyreel.exe opens the window,
# storyreel-cli.exe is the command line) and dist\storyreel-<version>-windows-x64-setup.exe.
# Installs PyInstaller into the given Python's environment when missing. Needs Inno Setup 6
# (https://jrsoftware.org/isinfo.php; on CI: choco install innosetup).
param([string]$Python = "python")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    & $args[0] $args[1..($args.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "'$($args -join ' ')' failed with exit code $LASTEXITCODE." }
}

$version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$numericVersion = ([regex]::Matches($version, '\d+') | Select-Object -First 4 | ForEach-Object { $_.Value }) -join '.'

& $Python -m PyInstaller --version *> $null
if ($LASTEXITCODE -ne 0) { Invoke-Checked $Python -m pip install "pyinstaller>=6.22,<7" }

Invoke-Checked $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\storyreel.spec

$iscc = Get-Command iscc -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $isccPath)) { throw "Inno Setup 6 is not installed (ISCC.exe not found): install it from https://jrsoftware.org/isinfo.php." }
Invoke-Checked $isccPath "/Qp" "/DAppVersion=$version" "/DAppNumericVersion=$numericVersion" packaging\windows\storyreel.iss

Get-Item "dist\storyreel-$version-windows-x64-setup.exe" | Select-Object Name, Length
