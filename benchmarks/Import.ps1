<#
.SYNOPSIS
    Cold Import-Module time of the built GenesysCalls against an empty binary module, in fresh pwsh processes.
.DESCRIPTION
    Build first (./build.ps1 -Task Build). Each sample starts a new pwsh, so nothing is cached in-process.
    Prints the median of each and their ratio, and whether importing GenesysCalls loaded MSAL (it must not).
#>
param([int] $Samples = 15)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot
$module = Join-Path $root 'out/GenesysCalls/GenesysCalls.psd1'
if (-not (Test-Path $module)) { throw "Build first: $module is missing." }

$empty = Join-Path ([IO.Path]::GetTempPath()) ("EmptyBinary-" + [guid]::NewGuid())
New-Item -ItemType Directory $empty | Out-Null
Add-Type -OutputAssembly (Join-Path $empty 'EmptyBinary.dll') -TypeDefinition @'
using System.Management.Automation;
[Cmdlet(VerbsDiagnostic.Test, "Nothing")]
public sealed class TestNothingCommand : PSCmdlet { }
'@

function Measure-Import([string] $path) {
    $times = foreach ($i in 1..$Samples) {
        [double](pwsh -NoProfile -NonInteractive -Command "`$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$path'; `$w.Elapsed.TotalMilliseconds")
    }
    ($times | Sort-Object)[[int]($times.Count / 2)]
}

try {
    $ours = Measure-Import $module
    $baseline = Measure-Import (Join-Path $empty 'EmptyBinary.dll')
    $msal = pwsh -NoProfile -NonInteractive -Command "Import-Module '$module'; [bool]([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Identity.Client' })"
    [pscustomobject]@{
        GenesysCallsMs = [math]::Round($ours, 1)
        EmptyBinaryMs  = [math]::Round($baseline, 1)
        Ratio          = [math]::Round($ours / $baseline, 2)
        MsalLoaded     = $msal
    } | Format-List
} finally {
    Remove-Item $empty -Recurse -Force -ErrorAction SilentlyContinue
}
