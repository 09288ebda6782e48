BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 10
    $other = Start-TestEmulator -Agents 5
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
    Stop-TestEmulator $other
}

Describe 'Connect-GenesysOrg, Get-GenesysSession, Disconnect-GenesysOrg' {
    BeforeEach { Disconnect-GenesysOrg -All }

    It 'connects with client credentials and writes nothing without -PassThru' {
        $output = Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -ClientSecret (Get-TestSecret) -SkipCertificateCheck
        $output | Should -BeNullOrEmpty
        $session = Get-GenesysSession
        $session.OrganizationName | Should -Be 'Emulated Org'
        $session.AuthFlow | Should -Be 'ClientCredentials'
        $session.IsUserContext | Should -BeFalse
        $session.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.GenesysSession'
    }

    It 'accepts -Credential' {
        $credential = [pscredential]::new($emulator.ClientId, (Get-TestSecret))
        (Connect-GenesysOrg -BaseUri $emulator.BaseUri -Credential $credential -SkipCertificateCheck -PassThru).ClientId | Should -Be $emulator.ClientId
    }

    It 'reads credentials from the environment' {
        $env:GENESYSCLOUD_OAUTHCLIENT_ID = $emulator.ClientId
        $env:GENESYSCLOUD_OAUTHCLIENT_SECRET = 'pester-secret'
        try { (Connect-GenesysOrg -BaseUri $emulator.BaseUri -SkipCertificateCheck -PassThru).AuthFlow | Should -Be 'ClientCredentials' }
        finally { Remove-Item env:GENESYSCLOUD_OAUTHCLIENT_ID, env:GENESYSCLOUD_OAUTHCLIENT_SECRET }
    }

    It 'never shows the token' {
        $session = Connect-TestOrg $emulator
        $text = ($session | Format-List * | Out-String) + ($session | ConvertTo-Json -Depth 5) + "$session"
        $text | Should -Not -Match 'eyJ|[A-Za-z0-9_-]{40,}'
        (Get-GenesysSession -AsSecureString) | Should -BeOfType [securestring]
    }

    It 'keeps two sessions side by side' {
        $first = Connect-TestOrg $emulator -Name First
        $second = Connect-TestOrg $other -Name Second
        (Get-GenesysSession).Name | Should -Be 'Second'
        @(Get-GenesysSession -All).Count | Should -Be 2
        (Get-GenesysSession -Name First).ApiBaseUri | Should -Be $first.ApiBaseUri
        $users = Get-EmulatorUsers $emulator
        @(Test-AgentPresence -UserId $users[1].id -Session $first).Count | Should -Be 1
    }

    It 'fails a wrong secret with a terminating error and a stable id' {
        { Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -ClientSecret (ConvertTo-SecureString 'nope' -AsPlainText -Force) -SkipCertificateCheck } |
            Should -Throw -ErrorId 'ConnectGenesysOrgAuthenticationFailed,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
    }

    It 'fails a login host that does not answer with its own id, so a script can tell an outage from a bad secret' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $err = $null
        try {
            Connect-GenesysOrg -BaseUri "https://127.0.0.1:$port/" -ClientId $emulator.ClientId -ClientSecret (ConvertTo-SecureString 'nope' -AsPlainText -Force) `
                -SkipCertificateCheck -ErrorAction Stop
        }
        catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'ConnectGenesysOrgUnreachable,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
        "$($err.CategoryInfo.Category)" | Should -Be 'ConnectionError'
        $err.ErrorDetails.RecommendedAction | Should -Match 'try again'
    }

    It 'refuses http and -SkipCertificateCheck for non-loopback hosts' {
        { Connect-GenesysOrg -BaseUri 'http://example.com' -ClientId $emulator.ClientId -ClientSecret (Get-TestSecret) } |
            Should -Throw -ErrorId 'ConnectGenesysOrgInvalidTarget,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
        { Connect-GenesysOrg -BaseUri 'https://example.com' -SkipCertificateCheck -ClientId $emulator.ClientId -ClientSecret (Get-TestSecret) } |
            Should -Throw -ErrorId 'ConnectGenesysOrgInvalidTarget,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
    }

    It 'signs in with client credentials over loopback http (the emulator''s --http-port)' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $plain = Start-TestEmulator -Agents 3 -ExtraArguments '--http-port', "$port"
        try {
            $session = Connect-GenesysOrg -BaseUri "http://127.0.0.1:$port/" -ClientId $plain.ClientId -ClientSecret (Get-TestSecret) -PassThru
            $session.AuthFlow | Should -Be 'ClientCredentials'
            $session.OrganizationName | Should -Be 'Emulated Org'
            { Connect-GenesysOrg -BaseUri "http://127.0.0.1:$port/" -ClientId $plain.ClientId -ClientSecret (Get-TestSecret 'nope') } |
                Should -Throw -ErrorId 'ConnectGenesysOrgAuthenticationFailed,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
        }
        finally { Stop-TestEmulator $plain }
    }

    It 'costs the token alone, and says in -Verbose what it did not read' {
        Connect-TestOrg $emulator | Out-Null
        Clear-EmulatorLog $emulator
        $verbose = Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -ClientSecret (Get-TestSecret) -SkipCertificateCheck -Verbose 4>&1 |
            Out-String
        @(Get-EmulatorRequests $emulator).path | Should -Be @('/oauth/token')
        $verbose | Should -Match 'Not read now: the organization''s name'
        $verbose = Get-GenesysSession -Verbose 4>&1 | Out-String
        $verbose | Should -Match 'GET /api/v2/tokens/me\) for the session view'
        @(Get-EmulatorRequests $emulator).path | Should -Be @('/oauth/token', '/api/v2/tokens/me')
    }

    It 'keeps secrets out of the verbose stream' {
        $verbose = Connect-TestOrg $emulator -Verbose 4>&1 | Out-String
        $verbose | Should -Not -Match 'pester-secret'
        $verbose | Should -Not -Match 'Bearer [A-Za-z0-9]'
    }

    It 'disconnects, and Get-GenesysSession then errors without output' {
        Connect-TestOrg $emulator | Out-Null
        Disconnect-GenesysOrg
        $err = $null
        Get-GenesysSession -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'GetGenesysSessionNotConnected,GenesysCalls.Cmdlets.GetGenesysSessionCommand'
        { Disconnect-GenesysOrg } | Should -Not -Throw
    }

    It 'completes region names' {
        $line = 'Connect-GenesysOrg -Region eu-w'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'eu-west-1'
        $completion.CompletionMatches.CompletionText | Should -Contain 'eu-west-2'
    }
}
