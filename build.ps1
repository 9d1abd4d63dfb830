#!/usr/bin/env pwsh
# Restore, build, test, and build the 2022/23 paper: the README's two commands, through PowerShell.
# On Linux: `dotnet tool restore; dotnet pwsh -NoProfile -File build.ps1`.
#   -Target pack     the ReportGen .NET tool packages into artifacts/packages: the pointer package, the
#                    framework-dependent fallback (RID any) and, on linux-x64, the Native AOT package
#   -Target publish  self-contained binaries into artifacts/publish/RID: Native AOT for this machine's RID
#                    (-Runtime linux-x64,win-x64 picks others: Native AOT cannot cross operating systems, so those are
#                    self-contained ReadyToRun single files)
param(
    [string] $Data = 'data/2022-23/budget.json',
    [string] $Out = 'out',
    [ValidateSet('paper', 'pack', 'publish')]
    [string] $Target = 'paper',
    [string] $Runtime = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier,
    [switch] $SkipTests
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $Name, [scriptblock] $Step) {
    Write-Host "== $Name"
    & $Step
    if ($LASTEXITCODE -ne 0) { Write-Host "$Name failed (exit $LASTEXITCODE)"; exit $LASTEXITCODE }
}

$cli = 'src/ReportGen.Cli'
$hostRid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
# The platforms with a Native AOT tool package: ToolPackageRuntimeIdentifiers in the CLI's project, less 'any'.
$aotToolRids = @('linux-x64')

switch ($Target) {
    'paper' {
        Invoke-Step 'restore' { dotnet restore --nologo }
        Invoke-Step 'build' { dotnet build --nologo --no-restore }
        if (-not $SkipTests) { Invoke-Step 'test' { dotnet test --nologo --no-build } }
        Invoke-Step 'paper' { dotnet run --project $cli --no-build -- build $Data --out $Out }
    }
    'pack' {
        # Each pack publishes into its own fresh folder first: a pack takes whatever that folder holds.
        Remove-Item -Recurse -Force artifacts/packages, artifacts/obj/pack -ErrorAction SilentlyContinue
        Invoke-Step 'pack: pointer package' { dotnet pack $cli --nologo -c Release }
        Invoke-Step 'pack: framework-dependent fallback (any)' {
            dotnet pack $cli --nologo -c Release -r any -p:PublishAot=false -p:PublishDir=$PSScriptRoot/artifacts/obj/pack/any/
        }
        if ($aotToolRids -contains $hostRid) {
            Invoke-Step "pack: Native AOT ($hostRid)" {
                dotnet pack $cli --nologo -c Release -r $hostRid -p:PublishDir=$PSScriptRoot/artifacts/obj/pack/$hostRid/
            }
        } else {
            Write-Host "No Native AOT package from ${hostRid}: each is built on its own platform ($($aotToolRids -join ', '))."
        }
        Get-ChildItem artifacts/packages/*.nupkg | ForEach-Object { Write-Host "  $($_.Name)" }
        Write-Host 'Install: dotnet tool install ReportGen --add-source artifacts/packages --tool-path DIR (or -g)'
    }
    'publish' {
        # A comma-separated list, as `pwsh -File` passes an array as one string.
        foreach ($rid in $Runtime.Split(',')) {
            $dir = "artifacts/publish/$rid"
            Remove-Item -Recurse -Force $dir -ErrorAction SilentlyContinue
            # Native AOT compiles with the target platform's own linker, so it cannot cross operating systems.
            if ($rid.Split('-')[0] -eq $hostRid.Split('-')[0]) {
                Invoke-Step "publish: Native AOT ($rid)" { dotnet publish $cli --nologo -c Release -r $rid -o $dir }
            } else {
                Invoke-Step "publish: self-contained ReadyToRun ($rid)" {
                    dotnet publish $cli --nologo -c Release -r $rid -o $dir -p:PublishAot=false --self-contained `
                        -p:PublishSingleFile=true -p:PublishReadyToRun=true
                }
            }
            Get-ChildItem $dir | ForEach-Object { Write-Host "  $($_.FullName) ($([math]::Round($_.Length / 1MB, 1)) MB)" }
        }
    }
}
