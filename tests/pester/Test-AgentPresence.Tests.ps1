BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 250
    Connect-TestOrg $emulator | Out-Null
    $users = @(Get-EmulatorUsers $emulator)
    $agents = @($users | Where-Object email -like 'agent*')
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Test-AgentPresence' {
    It 'answers one object per agent, in input order, in bulk requests' {
        Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/requests' | Out-Null
        $result = @($agents.id | Test-AgentPresence)
        $result.Count | Should -Be $agents.Count
        ($result.UserId -join ',') | Should -Be ($agents.id -join ',')
        $apiCalls = @(Invoke-EmulatorAdmin $emulator -Path '/emulator/requests' | Where-Object path -like '/api/v2/*').Count
        $apiCalls | Should -BeLessOrEqual ([math]::Ceiling($agents.Count / 100) + 1)
        $result[0].PSObject.TypeNames[0] | Should -Be 'GenesysCalls.AgentPresence'
    }

    It 'reads a CSV with UserId, Id or Email columns' {
        $csv = Join-Path ([IO.Path]::GetTempPath()) ("agents-" + [guid]::NewGuid() + '.csv')
        try {
            $agents[0..4] | Select-Object @{ n = 'UserId'; e = { $_.id } } | Export-Csv $csv -NoTypeInformation
            @(Import-Csv $csv | Test-AgentPresence).Count | Should -Be 5
            $agents[0..2] | Select-Object @{ n = 'Email'; e = { $_.email } } | Export-Csv $csv -NoTypeInformation
            @(Import-Csv $csv | Test-AgentPresence).Email | Should -Be $agents[0..2].email
            @($agents[0..2] | Select-Object id | Test-AgentPresence).Count | Should -Be 3
        } finally { Remove-Item $csv -ErrorAction SilentlyContinue }
    }

    It 'gives reasons whenever CanPlaceCall is false' {
        $result = @($agents.id | Test-AgentPresence)
        @($result | Where-Object CanPlaceCall).Count | Should -BeGreaterThan 0
        @($result | Where-Object { -not $_.CanPlaceCall -and -not $_.Reasons }).Count | Should -Be 0
        ($result | Where-Object { -not $_.HasStation } | Select-Object -First 1).Reasons -join ' ' | Should -Match 'station'
    }

    It 'pipes into Where-Object CanPlaceCall' {
        @($agents.id | Test-AgentPresence | Where-Object CanPlaceCall | Where-Object { -not $_.HasStation }).Count | Should -Be 0
    }

    It 'writes a non-terminating error for unknown ids and continues' {
        $err = $null
        $result = @('00000000-0000-0000-0000-00000000dead', $agents[0].id) | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue
        @($result).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceUserNotFound,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        $err[0].TargetObject | Should -Be '00000000-0000-0000-0000-00000000dead'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'rejects malformed ids before any request' {
        $err = $null
        Test-AgentPresence -UserId 'not-a-guid' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceInvalidUserId,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
    }

    It 'returns bools with -Quiet' {
        $result = @($agents[0..4].id | Test-AgentPresence -Quiet)
        $result.Count | Should -Be 5
        $result | ForEach-Object { $_ | Should -BeOfType [bool] }
    }

    It 'honours -ReadyPresence' {
        $busy = @($agents.id | Test-AgentPresence) | Where-Object Presence -eq 'Busy' | Select-Object -First 1
        $busy | Should -Not -BeNullOrEmpty
        (Test-AgentPresence -UserId $busy.UserId -ReadyPresence Available, OnQueue, Busy).Reasons -join ' ' | Should -Not -Match 'Presence is'
    }

    It 'refuses an unknown -ReadyPresence at binding, listing the valid values: <Value>' -ForEach @(
        @{ Value = 'Avail' }, @{ Value = @('Available', 'Bussy') }, @{ Value = 'Available,OnQeue' }
    ) {
        $thrown = { Test-AgentPresence -UserId $agents[0].id -ReadyPresence $Value } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,GenesysCalls.Cmdlets.TestAgentPresenceCommand' -PassThru
        "$thrown" | Should -Match 'is not a system presence\. Valid values: Available, Away, Busy, Offline, Idle, OnQueue'
    }

    It 'splits a comma-separated -ReadyPresence and folds its spellings' {
        $busy = @($agents.id | Test-AgentPresence) | Where-Object Presence -eq 'Busy' | Select-Object -First 1
        (Test-AgentPresence -UserId $busy.UserId -ReadyPresence 'available, on queue,BUSY').Reasons -join ' ' | Should -Not -Match 'Presence is'
        (Test-AgentPresence -UserId $busy.UserId -ReadyPresence 'Available,OnQueue').Reasons -join ' ' | Should -Match 'Presence is'
    }

    It 'completes emails from the connected org' {
        $line = 'Test-AgentPresence -Email agent000'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'agent0001@example.com'
    }

    It 'refuses to run without a session' {
        Disconnect-GenesysOrg -All
        try {
            { Test-AgentPresence -UserId $agents[0].id } | Should -Throw -ErrorId 'TestAgentPresenceNotConnected,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        } finally { Connect-TestOrg $emulator | Out-Null }
    }
}

Describe 'Test-AgentPresence inputs and answers' {
    It '-Quiet answers once per input, in order, false for unknown and malformed ids' {
        $ready = @($agents.id | Test-AgentPresence) | Where-Object CanPlaceCall | Select-Object -First 1
        $ids = @($ready.UserId, '00000000-0000-4000-8000-00000000dead', 'not-a-guid', $ready.UserId)
        $result = @($ids | Test-AgentPresence -Quiet -ErrorAction Stop)
        $result | Should -Be @($true, $false, $false, $true)
    }

    It 'carries the CSV row into the result and into errors' {
        $csv = Join-Path $TestDrive 'agents.csv'
        "UserId,Team`n$($agents[0].id),Red`n00000000-0000-4000-8000-00000000beef,Blue" | Set-Content -LiteralPath $csv
        $err = $null
        $result = @(Import-Csv -LiteralPath $csv | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue)
        $result[0].InputObject.Team | Should -Be 'Red'
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceUserNotFound,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        $err[0].TargetObject.Team | Should -Be 'Blue'
    }

    It 'points an email piped as an id at -Email' {
        $err = $null
        'agent0001@example.com' | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceInvalidUserId,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        "$($err[0])" | Should -Match '-Email'
    }

    It 'binds an Email column' {
        $row = [pscustomobject]@{ Email = $agents[2].email }
        ($row | Test-AgentPresence).UserId | Should -Be $agents[2].id
    }
}
