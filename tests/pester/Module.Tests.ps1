BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $modulePath = Get-TestModulePath
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
}

Describe 'The GenesysCalls module' {
    It 'imports without loading MSAL on the pipeline thread, and warms it up privately on another' {
        if ([Environment]::ProcessorCount -lt 2) { Set-ItResult -Skipped -Because 'the warm-up is not started with one processor'; return }
        # Which thread loads MSAL, and into which load context: the warm-up Import-Module starts must load it on a pool thread.
        $script = @"
Add-Type -TypeDefinition 'public static class MsalLoadWatch { public static volatile int Thread; public static void Start() { System.AppDomain.CurrentDomain.AssemblyLoad += (s, e) => { if (e.LoadedAssembly.GetName().Name == "Microsoft.Identity.Client") Thread = System.Environment.CurrentManagedThreadId; }; } }'
[MsalLoadWatch]::Start()
Import-Module '$modulePath'
`$deadline = [DateTime]::UtcNow.AddSeconds(30)
while ([MsalLoadWatch]::Thread -eq 0 -and [DateTime]::UtcNow -lt `$deadline) { Start-Sleep -Milliseconds 20 }
`$msal = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Identity.Client' }
"`$([MsalLoadWatch]::Thread -ne 0) `$([MsalLoadWatch]::Thread -ne [Environment]::CurrentManagedThreadId) `$([Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$msal).Name)"
"@
        pwsh -NoProfile -NonInteractive -Command $script | Should -Be 'True True GenesysCalls'
    }

    It 'runs MSAL compiled ahead of time where the build made images for this runtime and platform: none of its methods is compiled again' {
        if ([Environment]::ProcessorCount -lt 2) { Set-ItResult -Skipped -Because 'the warm-up is not started with one processor'; return }
        $runtime = "net$([Environment]::Version.Major).0-$([Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier)"
        $images = Join-Path (Split-Path $modulePath) "ReadyToRun/$runtime"
        Test-Path (Join-Path $images 'Microsoft.Identity.Client.dll') | Should -BeTrue -Because "build.ps1 makes the images for the platform it runs on ($runtime)"
        # The JIT's own list of what it compiled (a .NET setting, honoured by release runtimes) while the import's warm-up signs in through MSAL.
        $jitList = Join-Path ([IO.Path]::GetTempPath()) "gc-jit-$([guid]::NewGuid()).txt"
        $script = @"
Import-Module '$modulePath'
`$core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'GenesysCalls.Core' }
`$warmed = `$core.GetType('GenesysCalls.Core.Commands.FirstJobWarmUp', `$true).GetProperty('Completion').GetValue(`$null)
`$ran = `$warmed.Wait(30000) -and `$warmed.Result
`$msal = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Identity.Client' }
"`$ran `$(`$msal.Location)"
"@
        $env:DOTNET_JitStdOutFile = $jitList; $env:DOTNET_JitDisasmSummary = '1'
        try { $result = pwsh -NoProfile -NonInteractive -Command $script }
        finally { Remove-Item env:DOTNET_JitStdOutFile, env:DOTNET_JitDisasmSummary }
        try {
            $result | Should -Be "True $(Join-Path $images 'Microsoft.Identity.Client.dll')"
            $compiled = @(Get-Content $jitList | Where-Object { $_ -match 'JIT compiled Microsoft\.Identity\.Client\.' })
            # Loaded from Dependencies/ instead (IL only), the same sign-in compiles about 800 of MSAL's methods.
            $compiled | Should -BeNullOrEmpty
        } finally { Remove-Item $jitList -ErrorAction SilentlyContinue }
    }

    It 'exports exactly its cmdlets' {
        Import-Module $modulePath -Force
        (Get-Command -Module GenesysCalls).Name | Sort-Object | Should -Be @(
            'Add-OutboundContact', 'Connect-GenesysOrg', 'Disconnect-GenesysOrg', 'Get-GenesysSession', 'Get-OutboundCall', 'Get-OutboundCallback',
            'Get-OutboundCampaign', 'Get-OutboundContactList', 'New-OutboundCall', 'New-OutboundCallback', 'Set-OutboundCallback', 'Start-OutboundCampaign',
            'Stop-OutboundCall', 'Stop-OutboundCallback', 'Stop-OutboundCampaign', 'Test-AgentPresence', 'Test-CallPayload', 'Wait-OutboundCall')
    }

    It 'has full help for every cmdlet: three examples and every parameter described' {
        Import-Module $modulePath -Force
        foreach ($command in Get-Command -Module GenesysCalls) {
            $help = Get-Help $command.Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty -Because $command.Name
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3 -Because $command.Name
            foreach ($parameter in $command.Parameters.Values | Where-Object { $_.Name -notin [System.Management.Automation.PSCmdlet]::CommonParameters -and $_.Name -notin [System.Management.Automation.PSCmdlet]::OptionalCommonParameters -and -not ($_.Attributes | Where-Object { $_ -is [Parameter] -and $_.DontShow }) }) {
                ($help.Parameters.Parameter | Where-Object Name -eq $parameter.Name).Description.Text | Should -Not -BeNullOrEmpty -Because "$($command.Name) -$($parameter.Name)"
            }
        }
        Get-Help about_GenesysCalls | Out-String | Should -Match 'WHY DID I GET A 400'
    }

    It 'shows -WhatIf and -Confirm in the syntax of every cmdlet that changes something' {
        Import-Module $modulePath -Force
        $changing = @(Get-Command -Module GenesysCalls | Where-Object { $_.Parameters.ContainsKey('WhatIf') })
        $changing.Count | Should -BeGreaterOrEqual 5
        foreach ($command in $changing) {
            ((Get-Help $command.Name).syntax | Out-String -Width 300) | Should -Match '\[-WhatIf\] \[-Confirm\]' -Because $command.Name
        }
    }

    It 'loads beside other versions of MSAL and System.Text.Json' {
        # Another module's MSAL: an older one from the NuGet cache, or fetched from nuget.org into a temp folder.
        $conflicts = @(Get-ChildItem (Join-Path $HOME '.nuget/packages/microsoft.identity.client') -Directory -ErrorAction SilentlyContinue |
            Where-Object Name -ne '4.92.0' | ForEach-Object { Get-ChildItem $_.FullName -Recurse -Filter Microsoft.Identity.Client.dll | Where-Object FullName -match 'netstandard2\.0' } | Select-Object -First 1)
        if ($conflicts.Count -eq 0) {
            $download = Join-Path ([IO.Path]::GetTempPath()) ("msal-" + [guid]::NewGuid())
            try {
                Invoke-WebRequest 'https://www.nuget.org/api/v2/package/Microsoft.Identity.Client/4.61.3' -OutFile "$download.zip"
                Expand-Archive "$download.zip" $download
                $conflicts = @(Get-ChildItem $download -Recurse -Filter Microsoft.Identity.Client.dll | Where-Object FullName -match 'netstandard2\.0')
            } catch { }
        }
        if ($conflicts.Count -eq 0) { Set-ItResult -Skipped -Because 'no other MSAL version could be found or fetched to preload'; return }
        $emulator = Start-TestEmulator -Agents 5
        try {
            # The runtime's System.Text.Json is in use first (8.0 on PowerShell 7.4, where ours is newer), and so is the
            # other MSAL. Validation before sign-in is the order that once mixed two System.Text.Json families in MSAL.
            $script = @"
`$null = [System.Text.Json.JsonDocument]::Parse('{}')
Add-Type -Path '$($conflicts[0].FullName)'
Import-Module '$modulePath'
`$before = (Test-CallPayload -Json '{"phoneNumber":"+15551234567"}').IsValid
Connect-GenesysOrg -BaseUri '$($emulator.BaseUri)' -ClientId '$($emulator.ClientId)' -ClientSecret (ConvertTo-SecureString 'pester-secret' -AsPlainText -Force) -SkipCertificateCheck
Test-AgentPresence -UserId '00000000-0000-0000-0000-00000000dead' -ErrorAction SilentlyContinue -ErrorVariable missing | Out-Null
"`$before `$(`$missing.Count)"
"@
            pwsh -NoProfile -NonInteractive -Command $script | Select-Object -Last 1 | Should -Be 'True 1'
        } finally { Stop-TestEmulator $emulator }
    }

    It 'installs from its package into a temporary module path' {
        & (Join-Path $root 'build.ps1') -Task Package -NoBuild
        $package = Get-ChildItem (Join-Path $root 'out/packages') -Filter 'GenesysCalls.*.nupkg' | Select-Object -First 1
        $package | Should -Not -BeNullOrEmpty
        $target = Join-Path ([IO.Path]::GetTempPath()) ("gc-install-" + [guid]::NewGuid())
        New-Item -ItemType Directory $target | Out-Null
        try {
            $script = @"
Unregister-PSResourceRepository -Name GcTest -ErrorAction SilentlyContinue
Register-PSResourceRepository -Name GcTest -Uri '$($package.DirectoryName)' -Trusted
try { Save-PSResource -Name GenesysCalls -Repository GcTest -Path '$target' -TrustRepository } finally { Unregister-PSResourceRepository -Name GcTest }
`$env:PSModulePath = '$target' + [IO.Path]::PathSeparator + `$env:PSModulePath
Import-Module GenesysCalls
(Get-Command -Module GenesysCalls).Count
"@
            pwsh -NoProfile -NonInteractive -Command $script | Select-Object -Last 1 | Should -Be '18'
        } finally { Remove-Item $target -Recurse -Force -ErrorAction SilentlyContinue }
    }
}
