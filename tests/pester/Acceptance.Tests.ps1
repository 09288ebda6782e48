# The published acceptance scenarios (shared/acceptance/scenarios.ps1), run as the review runs them: in their own
# pwsh, against an emulator started with the review's flags. A scenario whose cmdlets this build does not export yet
# is not run (and not counted).
BeforeDiscovery {
    $scenarioFile = Join-Path $PSScriptRoot '../../../shared/acceptance/scenarios.ps1'
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $needs = @{ connect = 'Connect-GenesysOrg'; presence = 'Test-AgentPresence'; outbound = 'New-OutboundCall'; outcome = 'Wait-OutboundCall'; campaign = 'Add-OutboundContact'; callback = 'New-OutboundCallback' }
    $scenarios = foreach ($name in 'connect', 'presence', 'outbound', 'outcome', 'campaign', 'callback') {
        if ((Test-Path $scenarioFile) -and (Get-Command $needs[$name] -Module GenesysCalls -ErrorAction SilentlyContinue)) { @{ Scenario = $name; File = (Resolve-Path $scenarioFile).Path } }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
}

Describe 'Acceptance scenario <Scenario>' -ForEach $scenarios {
    BeforeAll {
        $extra = [string[]]@()
        if ($Scenario -in 'outcome', 'callback') { $extra = @('--call-speed', '100') }
        $emulator = Start-TestEmulator -Agents 250 -ClientSecret 'bars-secret' -ExtraArguments $extra
    }

    AfterAll { Stop-TestEmulator $emulator }

    It 'passes every check' {
        $output = & (Get-Process -Id $PID).Path -NoProfile -NonInteractive -File $File -Scenario $Scenario -BaseUri $emulator.BaseUri -Module (Get-TestModulePath) 2>&1
        $text = $output | Out-String
        $text | Should -Not -Match 'MISS' -Because $text
        $text | Should -Match "$Scenario (\d+)/\1"
        $LASTEXITCODE | Should -Be 0
    }
}
