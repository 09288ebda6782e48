# Issue 21: what each step of a job costs in requests, counted in the emulator's log.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20
    Connect-TestOrg $emulator | Out-Null
    $users = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*')
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Request economy' {
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'a job of connect, check and place costs the token, one agent read and the create' {
        Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -ClientSecret (Get-TestSecret) -SkipCertificateCheck
        $ready = $users.id | Test-AgentPresence | Where-Object CanPlaceCall | Select-Object -First 1
        $verbose = $ready | New-OutboundCall -PhoneNumber '+15559876543' -Confirm:$false -Verbose 4>&1
        @($verbose | Where-Object { $_ -is [GenesysCalls.OutboundCall] }).Count | Should -Be 1
        $verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message |
            Should -Contain 'Agent check: 1 agent(s) answered by the AgentPresence handed in (checked under 5 s ago), 0 read (GET /api/v2/users?id=…).'
        @(Get-EmulatorRequests $emulator | ForEach-Object { "$($_.method) $($_.path)" }) |
            Should -Be @('POST /oauth/token', 'GET /api/v2/users', "POST /api/v2/conversations/calls/user/$($ready.UserId)")
    }

    It 'reads an agent again when the AgentPresence handed in is older than the freshness window' {
        $ready = $users.id | Test-AgentPresence | Where-Object CanPlaceCall | Select-Object -First 1
        Start-Sleep -Seconds 6
        Clear-EmulatorLog $emulator
        $ready | New-OutboundCall -PhoneNumber '+15559876543' -Confirm:$false | Should -HaveCount 1
        @(Get-EmulatorRequests $emulator | Where-Object path -eq '/api/v2/users').Count | Should -Be 1
    }
}
