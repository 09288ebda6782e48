# What people pipe in and read back, across cmdlets: session names, blank cells, hashtables, and readable output.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 30 -ExtraArguments @('--call-speed', '100')
    Connect-TestOrg $emulator -Name Ops | Out-Null
    $agents = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*')
    $ready = @($agents.id | Test-AgentPresence | Where-Object CanPlaceCall)
    $list = Get-OutboundContactList -Name 'Spring renewals'
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Session names on every connected cmdlet' {
    It '<_> takes -Session by name and completes it' -ForEach @(
        'Test-AgentPresence', 'New-OutboundCall', 'Get-OutboundCall', 'Wait-OutboundCall', 'Stop-OutboundCall', 'Get-OutboundContactList',
        'Add-OutboundContact', 'Get-OutboundCampaign', 'Start-OutboundCampaign', 'Stop-OutboundCampaign') {
        $parameter = (Get-Command $_).Parameters['Session']
        $parameter.Attributes.Where({ $_ -is [GenesysCalls.Cmdlets.Binding.SessionTransformationAttribute] }).Count | Should -Be 1
        $line = "$_ -Session O"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('Ops')
    }

    It 'reads contact lists through a named session' {
        (Get-OutboundContactList -Session Ops -Name 'Spring renewals').Id | Should -Be $list.Id
    }
}

Describe 'Blank cells and hashtables' {
    It 'uses the Email cell when the UserId cell is blank, and says a row with neither names no agent' {
        $rows = Import-Rows "UserId,Email`n,$($agents[0].email)`n,`n$($agents[1].id),"
        $err = $null
        $result = @($rows | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue)
        $result.UserId | Should -Be @($agents[0].id, $agents[1].id)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceInvalidInput,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        "$($err[0])" | Should -Match 'UserId and Email cells are empty'
        @($rows | Test-AgentPresence -Quiet).Count | Should -Be 3
    }

    It 'binds hashtables to Test-AgentPresence and Get-OutboundCall' {
        (@{ UserId = $agents[0].id } | Test-AgentPresence).UserId | Should -Be $agents[0].id
        (@{ Email = $agents[1].email } | Test-AgentPresence).UserId | Should -Be $agents[1].id
        $call = New-OutboundCall -PhoneNumber '+15558100009' -OnBehalfOf $ready[0].UserId -Confirm:$false
        (@{ ConversationId = $call.ConversationId } | Get-OutboundCall).ConversationId | Should -Be $call.ConversationId
        $call | Stop-OutboundCall -Confirm:$false
    }

    It 'warns once about a hashtable key that names no parameter' {
        $warnings = $null
        @{ To = '+15558100001'; OnBehalfOf = $ready[0].UserId }, @{ To = '+15558100002'; OnBehalfOf = $ready[0].UserId } |
            New-OutboundCall -WhatIf -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        @($warnings | Where-Object { "$_" -match "The key 'To' names no parameter" }).Count | Should -Be 1
    }

    It 'says what is wrong with Attributes text, and that nothing was sent' {
        $err = $null
        New-OutboundCall -PhoneNumber '+15558100003' -OnBehalfOf $ready[0].UserId -Attribute '{bad json' -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidAttributes,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match '^Not sent: Attributes is not a JSON object'
        "$($err[0])" | Should -Not -Match 'LineNumber'
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'hashtable'
    }

    It 'checks a CSV row as New-OutboundCall reads it: a blank cell is not given' {
        $rows = Import-Rows "phoneNumber,callerId,label`n +15558100004 ,,"
        $report = $rows | Test-CallPayload
        $report.IsValid | Should -BeTrue
        $report.Request.PhoneNumber | Should -Be '+15558100004'
        (Test-CallPayload -InputObject @{ phoneNumber = '+15558100004'; callerId = '' }).Diagnostics.Code |
            Should -Be @('genesyscalls.value.empty') -Because 'a hashtable is checked as typed'
    }
}

Describe 'Add-OutboundContact rows' {
    It 'refuses a list value and a missing -ContactIdProperty with the row, and trims numbers' {
        $err = $null; $warnings = $null
        $rows = @(
            [pscustomobject]@{ FirstName = 'Ann'; LastName = @(1, 2); Phone = '+15558200001'; AccountId = 'A-1' },
            [pscustomobject]@{ FirstName = 'Bob'; LastName = 'Ray'; Phone = ' +15558200002 '; AccountId = 'A-2' },
            [pscustomobject]@{ FirstName = 'Cy'; LastName = 'Wu'; Phone = '5558200003'; AccountId = 'A-3' })
        $out = @($rows | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        $out.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -Be 'AddOutboundContactInvalidValue,GenesysCalls.Cmdlets.AddOutboundContactCommand'
        $err[0].TargetObject.FirstName | Should -Be 'Ann'
        $out[0].Data['Phone'] | Should -Be '+15558200002'
        @($warnings | Where-Object { "$_" -match 'not in E.164 form' }).Count | Should -Be 1
        $err = $null
        $rows[1] | Add-OutboundContact -ContactListId $list.Id -ContactIdProperty NoSuchColumn -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AddOutboundContactMissingContactId,GenesysCalls.Cmdlets.AddOutboundContactCommand'
    }
}

Describe 'Add-OutboundContact values' {
    It 'refuses a plain value piped in as a row' {
        $err = $null
        '+15558200009' | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AddOutboundContactInvalidValue,GenesysCalls.Cmdlets.AddOutboundContactCommand'
        "$($err[0])" | Should -Match 'a contact row is an object'
    }
}

Describe 'Not found' {
    It 'says plainly that an id names no campaign or contact list' {
        $err = $null
        Get-OutboundCampaign -Id 00000000-0000-4000-8000-000000000000 -ErrorVariable err -ErrorAction SilentlyContinue
        "$($err[0])" | Should -Be 'No campaign has the id 00000000-0000-4000-8000-000000000000.'
        Get-OutboundContactList -Id 00000000-0000-4000-8000-000000000000 -ErrorVariable err -ErrorAction SilentlyContinue
        "$($err[0])" | Should -Be 'No contact list has the id 00000000-0000-4000-8000-000000000000.'
    }
}

Describe 'Readable output' {
    It 'writes words for call states and outcomes in JSON' {
        $call = New-OutboundCall -PhoneNumber '+15558100005' -OnBehalfOf $ready[0].UserId -Confirm:$false
        $json = $call | Wait-OutboundCall -Until Ended -TimeoutSec 30 | ConvertTo-Json -Depth 2
        $json | Should -Match '"State": "Ended"'
        $json | Should -Match '"Outcome": "Answered"'
        $json | Should -Match '"DisconnectedBy": "Customer"'
    }

    It 'exports lists and maps as their values' {
        $presence = Join-Path $TestDrive 'presence.csv'
        $agents.id | Test-AgentPresence | Export-Csv -LiteralPath $presence
        (Get-Content -LiteralPath $presence -Raw) | Should -Match 'Presence is Busy; ready presences'
        $lists = Join-Path $TestDrive 'lists.csv'
        Get-OutboundContactList | Export-Csv -LiteralPath $lists
        $text = (Get-Content -LiteralPath $presence -Raw) + (Get-Content -LiteralPath $lists -Raw)
        $text | Should -Not -Match 'System\.String\[\]|System\.Collections'
        $text | Should -Match 'FirstName; LastName; Phone; AccountId'
    }
}
