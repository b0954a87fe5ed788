# Build dist\SkillNavigator (SkillNavigator.exe + skillnav.exe), check what it bundles, sign,
# smoke-test, zip. The same steps as build-linux.sh and build-macos.sh (one spec, one smoke test).
#   pwsh -File packaging\build-windows.ps1        (PowerShell 7)
# Uses .venv\Scripts\python.exe, or $env:PYTHON. Smoke checks run packaging/smoke.sh in the
# Git Bash that comes with Git for Windows.
# Signing: WINDOWS_CERT_PATH (.pfx) and WINDOWS_CERT_PASSWORD (optional WINDOWS_TIMESTAMP_URL);
# without them the build is not signed, with a warning.
# Output: dist\SkillNavigator-<version>-windows.zip
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
$Dist = "dist\SkillNavigator"
$Programs = @("$Dist\SkillNavigator.exe", "$Dist\skillnav.exe")
$Version = (Select-String -Path desktop\__init__.py -Pattern '^__version__ = "(.*)"').Matches[0]
$Version = $Version.Groups[1].Value
$Zip = "dist\SkillNavigator-$Version-windows.zip"

function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed (exit code $LASTEXITCODE)" }
}

& $Python -c "import importlib.util as u, sys; sys.exit(u.find_spec('PyInstaller') is None)"
if ($LASTEXITCODE -ne 0) {
    Invoke-Checked $Python @("-m", "pip", "install", "-q", "-e", ".[build]")
}

$Timer = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                         "packaging\desktop.spec")
$Megabytes = (Get-ChildItem $Dist -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
"build: {0:N0} s, {1:N0} MB in $Dist" -f $Timer.Elapsed.TotalSeconds, $Megabytes
Invoke-Checked $Python @("packaging\check_bundle.py", $Dist)

if ($env:WINDOWS_CERT_PATH -and $env:WINDOWS_CERT_PASSWORD) {
    $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $SignTool) {
        $SignTool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
                     Sort-Object FullName | Select-Object -Last 1).FullName
    }
    $Timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL }
                 else { "http://timestamp.digicert.com" }
    Invoke-Checked $SignTool (@("sign", "/f", $env:WINDOWS_CERT_PATH, "/p", $env:WINDOWS_CERT_PASSWORD,
                                "/fd", "SHA256", "/tr", $Timestamp, "/td", "SHA256") + $Programs)
    Invoke-Checked $SignTool (@("verify", "/pa") + $Programs)
} else {
    Write-Warning ("WINDOWS_CERT_PATH / WINDOWS_CERT_PASSWORD are not set: the programs are NOT " +
                   "signed, and SmartScreen will warn counsellors before the first start.")
}

# The console twin prints, so it carries the shared smoke checks.
$GitBash = Join-Path (Split-Path (Split-Path (Get-Command git.exe).Source)) "bin\bash.exe"
Invoke-Checked $GitBash @("packaging/smoke.sh", "dist/SkillNavigator/skillnav.exe")
# The windowed program prints nothing: it must start, paint its window and exit 0.
$Data = Join-Path ([IO.Path]::GetTempPath()) "skillnav-smoke-$PID"
$env:SKILLNAV_QUIT_AFTER_PAINT = "1"
$Gui = (Resolve-Path "$Dist\SkillNavigator.exe").Path
$Run = Start-Process $Gui -ArgumentList @("--data-dir", "`"$Data`"") -PassThru
$null = $Run.Handle  # keeps the exit code readable after the process ends
if (-not $Run.WaitForExit(180000)) {
    $Run.Kill()
    throw "SkillNavigator.exe did not quit after its first paint"
}
Remove-Item Env:SKILLNAV_QUIT_AFTER_PAINT
Remove-Item $Data -Recurse -Force -ErrorAction SilentlyContinue
if ($Run.ExitCode -ne 0) { throw "SkillNavigator.exe exited with $($Run.ExitCode)" }
"smoke: SkillNavigator.exe (windowed) started, painted and exited 0"

if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Dist -DestinationPath $Zip
"artifact: $Zip"
