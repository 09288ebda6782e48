<#
.SYNOPSIS
    Cold Import-Module time of the built GenesysCalls against empty binary modules, in fresh pwsh processes.
.DESCRIPTION
    Build first (./build.ps1 -Task Build). Each sample starts a new pwsh, so nothing is cached in-process; the three
    modules are imported in turn, sample by sample. The yardsticks are an empty binary module imported by its dll and
    the same with a one-line manifest (RootModule and ModuleVersion): what any manifest module pays in PowerShell's own
    module machinery before its code runs. Prints the medians and the ratios, and the load average before and after.
    Importing starts the sign-in warm-up on a pool thread (MSAL loads there, privately; tests/pester/Module.Tests.ps1).
#>
param([int] $Samples = 15, [string] $Module)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot
$module = if ($Module) { (Resolve-Path $Module).Path } else { Join-Path $root 'out/GenesysCalls/GenesysCalls.psd1' }
if (-not (Test-Path $module)) { throw "Build first: $module is missing." }
function Get-LoadAverage { (Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -replace '^(\S+ \S+ \S+).*', '$1' }
$loadAtStart = Get-LoadAverage
$pwsh = (Get-Process -Id $PID).Path

$empty = Join-Path ([IO.Path]::GetTempPath()) ("EmptyBinary-" + [guid]::NewGuid())
New-Item -ItemType Directory $empty | Out-Null
Add-Type -OutputAssembly (Join-Path $empty 'EmptyBinary.dll') -TypeDefinition @'
using System.Management.Automation;
[Cmdlet(VerbsDiagnostic.Test, "Nothing")]
public sealed class TestNothingCommand : PSCmdlet { }
'@
Set-Content (Join-Path $empty 'EmptyBinary.psd1') "@{ RootModule = 'EmptyBinary.dll'; ModuleVersion = '1.0' }"

try {
    $paths = [ordered]@{ GenesysCalls = $module; EmptyManifest = Join-Path $empty 'EmptyBinary.psd1'; EmptyDll = Join-Path $empty 'EmptyBinary.dll' }
    $times = @{}
    foreach ($name in $paths.Keys) { $times[$name] = [Collections.Generic.List[double]]::new() }
    foreach ($i in 1..$Samples) {
        foreach ($name in $paths.Keys) {
            $times[$name].Add([double](& $pwsh -NoProfile -NonInteractive -Command "`$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$($paths[$name])'; `$w.Elapsed.TotalMilliseconds"))
        }
    }
    function Median($values) { $sorted = @($values | Sort-Object); $sorted[[int][math]::Floor($sorted.Count / 2)] }
    [pscustomobject]@{
        LoadAtStart          = $loadAtStart
        LoadAtEnd            = Get-LoadAverage
        GenesysCallsMs       = [math]::Round((Median $times.GenesysCalls), 1)
        EmptyManifestMs      = [math]::Round((Median $times.EmptyManifest), 1)
        EmptyDllMs           = [math]::Round((Median $times.EmptyDll), 1)
        RatioToEmptyManifest = [math]::Round((Median $times.GenesysCalls) / (Median $times.EmptyManifest), 2)
    } | Format-List
} finally {
    Remove-Item $empty -Recurse -Force -ErrorAction SilentlyContinue
}
