<#
.SYNOPSIS
    Builds, tests, packages and demonstrates GenesysCalls.
.DESCRIPTION
    -Task Build    lays out an importable module at out/GenesysCalls/ (and the emulator at out/emulator/).
    -Task Test     runs every xunit suite (dotnet test), builds, then runs the Pester suite in a fresh pwsh and the SDK
                   suite (tests/sdk: Genesys's JavaScript SDK against the emulator; skipped without Node.js) and the
                   Desktop probe (tests/DesktopProbe: the Windows PowerShell 5.1 path under Mono; skipped without mono).
    -Task Package  builds and writes a nupkg that Install-PSResource / Install-Module accept to out/packages/, and the
                   emulator as a .NET tool package (GenesysCalls.Emulator, command genesys-emulator) beside it.
    -Task Demo     builds, starts the emulator on a free port, and shows every capability once (-KeepEmulator leaves it running).
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # CI runs dotnet test itself before calling this script.
    [switch] $SkipDotnetTest,

    # Package what out/GenesysCalls already holds (a process that has the module loaded cannot rebuild it on Windows).
    [switch] $NoBuild,

    # Demo: leave the emulator running at the end and print the Connect-GenesysOrg line to paste.
    [switch] $KeepEmulator
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$outRoot = Join-Path $root 'out'
$moduleOut = Join-Path $outRoot 'GenesysCalls'
$emulatorOut = Join-Path $outRoot 'emulator'

function Invoke-Native {
    param([Parameter(Mandatory)][string] $FilePath, [string[]] $ArgumentList)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE." }
}

# Native images are compiled for PowerShell 7.6's runtime, for the platforms a package carries; a build makes only its own.
$nativeFramework = 'net10.0'
$packageRuntimes = 'win-x64', 'linux-x64', 'linux-arm64', 'osx-arm64'

# Named as the module names the running process's platform (Loading/NativeImages.cs): this pwsh's OS and process architecture.
function Get-BuildRuntime {
    $info = [Runtime.InteropServices.RuntimeInformation]
    $os = if ($info::IsOSPlatform([Runtime.InteropServices.OSPlatform]::Windows)) { 'win' }
    elseif ($info::IsOSPlatform([Runtime.InteropServices.OSPlatform]::OSX)) { 'osx' } else { 'linux' }
    "$os-$($info::ProcessArchitecture.ToString().ToLowerInvariant())"
}

# ReadyToRun/<framework>-<platform>/ in the module: see src/GenesysCalls/Loading/NativeImages.cs.
function Invoke-NativeImageBuild {
    param([Parameter(Mandatory)][string[]] $Runtime)
    $project = Join-Path $root 'tools/GenesysCalls.NativeImages/GenesysCalls.NativeImages.csproj'
    foreach ($rid in $Runtime) {
        $images = Join-Path $moduleOut "ReadyToRun/$nativeFramework-$rid"
        $published = Join-Path $outRoot "native-$rid"
        Remove-Item $images, $published -Recurse -Force -ErrorAction SilentlyContinue
        Invoke-Native dotnet @('publish', $project, '-c', $Configuration, '-r', $rid, "-p:ModuleFolder=$moduleOut", "-p:NativeFramework=$nativeFramework", '-o', $published, '--nologo', '-v', 'quiet')
        New-Item -ItemType Directory -Force $images | Out-Null
        foreach ($name in 'Microsoft.Identity.Client', 'Microsoft.IdentityModel.Abstractions') {
            Copy-Item (Join-Path $published "$name.dll") $images
        }
        Remove-Item $published -Recurse -Force
    }
}

function Invoke-BuildTask {
    $staging = Join-Path $outRoot 'staging'
    Remove-Item $staging -Recurse -Force -ErrorAction SilentlyContinue
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/GenesysCalls/GenesysCalls.csproj'), '-c', $Configuration, '-o', $staging, '--nologo', '-v', 'quiet')
    Invoke-Native dotnet @('build', (Join-Path $root 'src/GenesysCalls.Emulator/GenesysCalls.Emulator.csproj'), '-c', $Configuration, '-o', $emulatorOut, '--nologo', '-v', 'quiet')
    # Layout (Dependencies/ for third-party assemblies), manifest version and release notes, compiled help: all in
    # the ModuleBuilder tool, so the xunit suite checks the same steps.
    Invoke-Native dotnet @('run', '--project', (Join-Path $root 'tools/GenesysCalls.ModuleBuilder'), '-c', $Configuration, '--',
        '--publish', $staging, '--out', $moduleOut, '--repo', $root)
    Remove-Item $staging -Recurse -Force
    Invoke-NativeImageBuild -Runtime (Get-BuildRuntime)
}

function Invoke-TestTask {
    if (-not $SkipDotnetTest) { Invoke-Native dotnet @('test', $root) }
    Invoke-BuildTask
    $pester = Get-Module Pester -ListAvailable | Where-Object Version -ge ([version]'5.5.0') | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Host 'Installing Pester 5 for the current user.'
        Install-Module Pester -MinimumVersion 5.5.0 -Scope CurrentUser -Force -SkipPublisherCheck
    }

    # A fresh process: binary modules cannot be unloaded, and the suite must not see this session's state.
    $script = "Import-Module Pester -MinimumVersion 5.5.0; `$c = New-PesterConfiguration; `$c.Run.Path = '$(Join-Path $root 'tests/pester')'; " +
        "`$c.Run.PassThru = `$true; `$c.Output.Verbosity = 'Detailed'; `$r = Invoke-Pester -Configuration `$c; " +
        "Write-Host ('pester: ' + `$r.PassedCount + ' passed, ' + (`$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount) + ' failed'); " +
        "if (`$r.Result -ne 'Passed') { exit 1 }"
    Invoke-Native (Get-Process -Id $PID).Path @('-NoProfile', '-NonInteractive', '-Command', $script)
    Invoke-SdkSuite
    Invoke-DesktopProbe
}

# The Desktop path (Windows PowerShell 5.1: .NET Framework, no load contexts) under Mono: tests/DesktopProbe.
function Invoke-DesktopProbe {
    $mono = Get-Command mono -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $mono) {
        Write-Host 'desktop-probe: skipped: mono is not on PATH (apt-get install mono-devel; .ci/run installs it).'
        return
    }

    $probe = Join-Path $outRoot 'desktop-probe'
    Invoke-Native dotnet @('build', (Join-Path $root 'tests/DesktopProbe/DesktopProbe.csproj'), '-c', $Configuration, '-o', $probe, '--nologo',
        '-v', 'quiet', "-p:CoreAssembly=$(Join-Path $moduleOut 'GenesysCalls.Core.dll')")
    $clientId = '11111111-2222-3333-4444-555555555555'
    $secret = [guid]::NewGuid().ToString('n')
    $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in (Join-Path $emulatorOut 'GenesysCalls.Emulator.dll'), '--port', '0', '--http-port', '0', '--agents', '10',
        '--call-speed', '100', '--client-id', $clientId, '--client-secret', $secret) { $info.ArgumentList.Add($argument) }
    $info.RedirectStandardOutput = $true
    $emulator = [Diagnostics.Process]::Start($info)
    try {
        $https, $http = 1..2 | ForEach-Object { $emulator.StandardOutput.ReadLine() -replace '^Listening on ', '' }
        Invoke-Native $mono.Source @((Join-Path $probe 'DesktopProbe.exe'), $moduleOut, $https, $http, $clientId, $secret)
    } finally {
        $emulator.Kill($true)
        $emulator.WaitForExit()
    }
}

# Genesys's JavaScript SDK against the built emulator (tests/sdk, the SDK pinned in its package-lock.json).
function Invoke-SdkSuite {
    $node = Get-Command node -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $npm = Get-Command npm -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $node -or -not $npm) {
        Write-Host 'sdk: skipped: Node.js (node and npm) is not on PATH; install Node.js 20 or later to run tests/sdk.'
        return
    }

    $suite = Join-Path $root 'tests/sdk'
    Invoke-Native $npm.Source @('ci', '--prefix', $suite, '--no-audit', '--no-fund', '--loglevel', 'error')
    $tap = Join-Path $outRoot 'sdk-suite.tap'
    $arguments = @('--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', "--test-reporter-destination=$tap")
    # Node 20 and 21 have the WebSocket client the event test uses behind a flag; 22 and later have it on.
    if ([int](& $node.Source --version).TrimStart('v').Split('.')[0] -lt 22) { $arguments += '--experimental-websocket' }
    Push-Location $suite
    try { & $node.Source @arguments; $exitCode = $LASTEXITCODE } finally { Pop-Location }
    $counts = Get-Content $tap | Select-String '^# (pass|fail) (\d+)$' | ForEach-Object { $_.Matches[0].Groups[2].Value }
    Write-Host "sdk: $($counts[0]) passed, $($counts[1]) failed"
    if ($exitCode -ne 0) { throw "The SDK suite (tests/sdk) failed with exit code $exitCode." }
}

function Invoke-PackageTask {
    if (-not $NoBuild) {
        Invoke-BuildTask
        Invoke-NativeImageBuild -Runtime ($packageRuntimes | Where-Object { $_ -ne (Get-BuildRuntime) })
    }
    $packages = New-Item -ItemType Directory -Force (Join-Path $outRoot 'packages')
    Get-ChildItem $packages -Filter 'GenesysCalls.*.nupkg' | Remove-Item
    $repository = 'GenesysCallsBuild'
    if (Get-Command Publish-PSResource -ErrorAction SilentlyContinue) {
        Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
        Register-PSResourceRepository -Name $repository -Uri $packages.FullName -Trusted
        try { Publish-PSResource -Path $moduleOut -Repository $repository -SkipDependenciesCheck }
        finally { Unregister-PSResourceRepository -Name $repository }
    } else {
        Register-PSRepository -Name $repository -SourceLocation $packages.FullName -PublishLocation $packages.FullName -InstallationPolicy Trusted
        try { Publish-Module -Path $moduleOut -Repository $repository }
        finally { Unregister-PSRepository -Name $repository }
    }

    Invoke-EmulatorPackage -Folder $packages.FullName
    Get-ChildItem $packages -Filter 'GenesysCalls.*.nupkg' | ForEach-Object { Write-Host "Package: $($_.FullName)" }
}

# The emulator as a .NET tool: dotnet tool install GenesysCalls.Emulator --add-source <Folder>, then genesys-emulator.
function Invoke-EmulatorPackage {
    param([Parameter(Mandatory)][string] $Folder)
    Get-ChildItem $Folder -Filter 'GenesysCalls.Emulator.*.nupkg' | Remove-Item
    Invoke-Native dotnet @('pack', (Join-Path $root 'src/GenesysCalls.Emulator/GenesysCalls.Emulator.csproj'), '-c', $Configuration, '-o', $Folder,
        '--nologo', '-v', 'quiet')
}

function Invoke-DemoTask {
    Invoke-BuildTask
    & (Join-Path $root 'tools/Demo.ps1') -ModulePath (Join-Path $moduleOut 'GenesysCalls.psd1') -EmulatorPath (Join-Path $emulatorOut 'GenesysCalls.Emulator.dll') -KeepEmulator:$KeepEmulator
}

switch ($Task) {
    'Build' { Invoke-BuildTask }
    'Test' { Invoke-TestTask }
    'Package' { Invoke-PackageTask }
    'Demo' { Invoke-DemoTask }
}
