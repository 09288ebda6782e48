# Sessions by name, replacement, and the sign-in inputs people get wrong.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 5
    $agentId = (Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | Select-Object -First 1).id
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Sessions by name' {
    BeforeEach { Disconnect-GenesysOrg -All }

    It 'takes -Session by name on every connected cmdlet' {
        Connect-TestOrg $emulator -Name Prod | Out-Null
        Connect-TestOrg $emulator -Name Test | Out-Null
        (Test-AgentPresence -UserId $agentId -Session Prod).UserId | Should -Be $agentId
        (New-OutboundCall -PhoneNumber '+15557300001' -OnBehalfOf $agentId -Session Prod -Confirm:$false).ConversationId | Should -Not -BeNullOrEmpty
    }

    It 'names the known sessions when the name is wrong' {
        Connect-TestOrg $emulator -Name Prod | Out-Null
        { Test-AgentPresence -UserId $agentId -Session Staging } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        try { Test-AgentPresence -UserId $agentId -Session Staging } catch { "$_" | Should -Match "No session is named 'Staging'.*'Prod'" }
    }

    It 'takes wildcards in Get-GenesysSession -Name, as Get-Process -Name does' {
        Connect-TestOrg $emulator -Name Prod-EU | Out-Null
        Connect-TestOrg $emulator -Name Prod-US | Out-Null
        Connect-TestOrg $emulator -Name Test | Out-Null
        @(Get-GenesysSession -Name 'Prod*').Name | Should -Be @('Prod-EU', 'Prod-US')
        @(Get-GenesysSession -Name 'prod-us', 'Te?t').Name | Should -Be @('Prod-US', 'Test')
        $err = $null
        @(Get-GenesysSession -Name 'Staging*' -ErrorVariable err).Count | Should -Be 0
        $err | Should -BeNullOrEmpty
    }

    It 'answers an unknown session name with its own not-found error, naming the sessions' {
        Connect-TestOrg $emulator -Name Prod | Out-Null
        $err = $null
        Get-GenesysSession -Name Staging -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'GetGenesysSessionNotFound,GenesysCalls.Cmdlets.GetGenesysSessionCommand'
        "$($err[0])" | Should -Match "no session named 'Staging'.*'Prod'"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'disconnects a session by name' {
        Connect-TestOrg $emulator -Name Prod | Out-Null
        Connect-TestOrg $emulator -Name Test | Out-Null
        Disconnect-GenesysOrg Prod
        @(Get-GenesysSession -All).Name | Should -Be @('Test')
    }

    It 'completes session names' {
        Connect-TestOrg $emulator -Name Production | Out-Null
        foreach ($line in 'Get-GenesysSession -Name Prod', 'Disconnect-GenesysOrg -Session Prod', 'Test-AgentPresence -Session Prod') {
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('Production') -Because $line
        }
    }

    It 'replaces a session connected again with the same -Name, and says so' {
        Connect-TestOrg $emulator -Name Prod | Out-Null
        $verbose = Connect-TestOrg $emulator -Name Prod -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Out-String
        $verbose | Should -Match "Replacing the session 'Prod'"
        @(Get-GenesysSession -All).Name | Should -Be @('Prod')
    }
}

Describe 'Sign-in inputs' {
    BeforeEach { Disconnect-GenesysOrg -All }

    It 'accepts a token read from a file with a trailing newline' {
        $file = Join-Path $TestDrive 'token.txt'
        Set-Content -LiteralPath $file -Value (Get-EmulatorToken $emulator)
        $token = Get-Content -LiteralPath $file -Raw | ConvertTo-SecureString -AsPlainText -Force
        (Connect-GenesysOrg -BaseUri $emulator.BaseUri -AccessToken $token -SkipCertificateCheck -PassThru).AuthFlow | Should -Be 'AccessToken'
    }

    It 'refuses a token with a line break inside it' {
        $token = ConvertTo-SecureString "abc`ndef" -AsPlainText -Force
        { Connect-GenesysOrg -BaseUri $emulator.BaseUri -AccessToken $token -SkipCertificateCheck } |
            Should -Throw -ErrorId 'ConnectGenesysOrgInvalidAccessToken,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
    }

    It 'takes -ClientId with the secret from the environment' {
        $env:GENESYSCLOUD_OAUTHCLIENT_SECRET = $emulator.ClientSecret
        try {
            (Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -SkipCertificateCheck -PassThru).ClientId | Should -Be $emulator.ClientId
        } finally { Remove-Item env:GENESYSCLOUD_OAUTHCLIENT_SECRET }
    }

    It 'says which variable is missing when -ClientId has no secret' {
        Remove-Item env:GENESYSCLOUD_OAUTHCLIENT_SECRET -ErrorAction SilentlyContinue
        { Connect-GenesysOrg -BaseUri $emulator.BaseUri -ClientId $emulator.ClientId -SkipCertificateCheck } |
            Should -Throw -ErrorId 'ConnectGenesysOrgMissingCredentials,GenesysCalls.Cmdlets.ConnectGenesysOrgCommand'
    }
}
