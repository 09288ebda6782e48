# One way in: every row (CSV line, hashtable, object) is read by the core's row reader, driven by each cmdlet's field table.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20
    Connect-TestOrg $emulator | Out-Null
    $ids = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | ForEach-Object id)
    $agent = @($ids | Test-AgentPresence | Where-Object CanPlaceCall)[0].UserId
    $queue = (Get-EmulatorQueues $emulator | Select-Object -First 1).id
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'A row whose columns bind to nothing' {
    It 'names its columns and the one it meant, for a hashtable as for a CSV row (<Column>)' -ForEach @(
        @{ Column = 'Phone' }, @{ Column = 'Number' }, @{ Column = 'phone_number' }, @{ Column = 'Phone Number' }
    ) {
        $err = $null
        @{ $Column = '+15557300001'; OnBehalfOf = $agent } |
            New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -BeLike "*'$Column' (PhoneNumber?)*"
    }

    It 'names a misnamed New-OutboundCallback column with the parameter it meant' {
        $err = $null
        Import-Rows "Phone,QueueId`n+15557300002,$queue" | New-OutboundCallback -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallbackInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallbackCommand'
        "$($err[0])" | Should -BeLike "*'Phone' (PhoneNumber?)*"
    }

    It 'says which columns a Test-AgentPresence row had and which it needs, in input order' {
        $out = @($ids[0], [pscustomobject]@{ Name = 'Ann Lee'; Team = 'Sales' }, $ids[1] | Test-AgentPresence 2>&1)
        $out.Count | Should -Be 3
        $out[0].UserId | Should -Be $ids[0]
        $out[1].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceInvalidInput,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        "$($out[1])" | Should -Match "'Name' and 'Team' name no agent; it needs UserId \(or Id, AgentId\) or Email"
        $out[1].TargetObject.Name | Should -Be 'Ann Lee'
        $out[2].UserId | Should -Be $ids[1]
    }
}

Describe 'The command line wins, and nothing prompts' {
    It 'uses a parameter given on the command line over the row''s column' {
        $call = [pscustomobject]@{ PhoneNumber = '+15557300003'; OnBehalfOf = $agent; Label = 'row' } |
            New-OutboundCall -Label 'command line' -Confirm:$false
        $call.Request.Label | Should -Be 'command line'
    }

    It 'ends with an error naming the parameter when there is neither it nor input: <Command>' -ForEach @(
        @{ Command = 'Get-OutboundCall'; Id = 'GetOutboundCallInvalidConversationId'; Names = '-ConversationId' }
        @{ Command = 'Wait-OutboundCall'; Id = 'WaitOutboundCallInvalidConversationId'; Names = '-ConversationId' }
        @{ Command = 'Test-AgentPresence'; Id = 'TestAgentPresenceInvalidInput'; Names = '-UserId or -Email' }
    ) {
        $thrown = $null
        try { & $Command -ErrorAction Stop } catch { $thrown = $_ }
        $thrown.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        "$thrown" | Should -BeLike "*$Names*"
    }
}

Describe 'Test-CallPayload reads rows as the cmdlet that takes them' {
    It 'checks a New-OutboundCall row (PhoneNumber, CallerId, Label) as the body New-OutboundCall sends, from a CSV or a hashtable' {
        $csv = Import-Rows "PhoneNumber,CallerId,Label`n+15557300004 ,+15557300099,vip"
        foreach ($row in @($csv[0], @{ PhoneNumber = '+15557300004'; CallerId = '+15557300099'; Label = 'vip' })) {
            $report = $row | Test-CallPayload
            $report.IsValid | Should -BeTrue
            $report.Diagnostics | Should -BeNullOrEmpty
            "$($report.Request)" | Should -Be '{"phoneNumber":"+15557300004","callerId":"+15557300099","label":"vip"}'
        }
    }

    It 'keeps checking a row of the body''s own member names as a body' {
        $report = [pscustomobject]@{ phoneNumber = '+15557300005'; callQueueId = $queue } | Test-CallPayload
        $report.IsValid | Should -BeFalse
        $report.Diagnostics.Code | Should -Contain 'too.many.create.conversation.parameters'
        (Test-CallPayload -InputObject @{ phoneNumber = '+15557300005'; callerId = '' }).Diagnostics.Code | Should -Be @('genesyscalls.value.empty')
    }

    It 'binds a row with a FullName or PSPath to -LiteralPath: <Source>' -ForEach @(
        @{ Source = 'Get-ChildItem' }, @{ Source = 'Get-Item' }, @{ Source = 'Resolve-Path' }, @{ Source = 'a FullName column' }
    ) {
        $file = Join-Path $TestDrive 'body.json'
        '{"phoneNumber":"+15557300006"}' | Set-Content -LiteralPath $file
        $piped = switch ($Source) {
            'Get-ChildItem' { Get-ChildItem -LiteralPath $file }
            'Get-Item' { Get-Item -LiteralPath $file }
            'Resolve-Path' { Resolve-Path -LiteralPath $file }
            default { [pscustomobject]@{ FullName = $file; Size = 10 } }
        }
        $report = $piped | Test-CallPayload
        $report.Path | Should -Be $file
        $report.IsValid | Should -BeTrue
    }
}

Describe 'Get-Help shows the row columns as pipeline input' {
    It '<Command> -<Parameter> accepts <Expected>' -ForEach @(
        @{ Command = 'New-OutboundCall'; Parameter = 'PhoneNumber'; Expected = 'True (ByPropertyName)' }
        @{ Command = 'New-OutboundCall'; Parameter = 'Contact'; Expected = 'True (ByValue, ByPropertyName)' }
        @{ Command = 'New-OutboundCall'; Parameter = 'Force'; Expected = 'False' }
        @{ Command = 'New-OutboundCallback'; Parameter = 'ScheduledTime'; Expected = 'True (ByPropertyName)' }
        @{ Command = 'Test-AgentPresence'; Parameter = 'UserId'; Expected = 'True (ByValue, ByPropertyName)' }
        @{ Command = 'Get-OutboundCall'; Parameter = 'ConversationId'; Expected = 'True (ByValue, ByPropertyName)' }
        @{ Command = 'Test-CallPayload'; Parameter = 'LiteralPath'; Expected = 'True (ByPropertyName)' }
    ) {
        (Get-Help $Command -Parameter $Parameter).pipelineInput | Should -Be $Expected
    }
}
