#!/usr/bin/env pwsh
# Restore, build, test, and build the 2022/23 paper: the README's two commands, through PowerShell.
# On Linux: `dotnet tool restore; dotnet pwsh -NoProfile -File build.ps1`.
param(
    [string] $Data = 'data/2022-23/budget.json',
    [string] $Out = 'out',
    [switch] $SkipTests
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $Name, [scriptblock] $Step) {
    Write-Host "== $Name"
    & $Step
    if ($LASTEXITCODE -ne 0) { Write-Host "$Name failed (exit $LASTEXITCODE)"; exit $LASTEXITCODE }
}

Invoke-Step 'restore' { dotnet restore --nologo }
Invoke-Step 'build' { dotnet build --nologo --no-restore }
if (-not $SkipTests) { Invoke-Step 'test' { dotnet test --nologo --no-build } }
Invoke-Step 'paper' { dotnet run --project src/ReportGen.Cli --no-build -- build $Data --out $Out }
