# A fresh user's pass over the row reader: -InputObject arrays, blank cells, messages that name the field and the fix, no prompts.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 10
    Connect-TestOrg $emulator | Out-Null
    $users = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*')
    $agent = $users[0].id
    $queue = (Get-EmulatorQueues $emulator | Select-Object -First 1).id
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe '-InputObject given an array is read element by element' {
    It 'Test-AgentPresence answers each row' {
        $rows = Import-Rows ("Email,Name`n" + (($users[0..2] | ForEach-Object { "$($_.email),x" }) -join "`n"))
        $out = @(Test-AgentPresence -InputObject $rows -ErrorVariable err -ErrorAction SilentlyContinue)
        $err.Count | Should -Be 0 -Because "$err"
        $out.UserId | Should -Be @($users[0..2].id)
    }

    It 'Get-OutboundCall reads each row (one error per row, each carrying its row)' {
        $rows = Import-Rows "ConversationId,Tag`nnot-an-id,a`nalso-not,b"
        Get-OutboundCall -InputObject $rows -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -Be 'GetOutboundCallInvalidConversationId,GenesysCalls.Cmdlets.GetOutboundCallCommand'
        $err.TargetObject.Tag | Should -Be @('a', 'b')
    }

    It 'Test-CallPayload gives one report per row' {
        $rows = @(
            [pscustomobject]@{ PhoneNumber = '+15550001003'; CallerId = '+15550100100'; Label = 'a' }
            [pscustomobject]@{ PhoneNumber = '+15550001005'; CallerId = ''; Label = 'b' }
            [pscustomobject]@{ PhoneNumber = ''; CallerId = ''; Label = 'c' }
        )
        $reports = @(Test-CallPayload -InputObject $rows)
        $reports.Count | Should -Be 3
        $reports.IsValid | Should -Be @($true, $true, $false)
    }
}

Describe 'A blank cell in the right column is "not given", and the error says it is empty' {
    It 'Test-AgentPresence: blank UserId and Email cells are TestAgentPresenceInvalidInput' {
        Import-Rows "Name,Email,UserId,Team`nCy,,,Sales" | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'TestAgentPresenceInvalidInput,GenesysCalls.Cmdlets.TestAgentPresenceCommand'
        "$($err[0])" | Should -Match "The row's Email and UserId cells are empty, so it names no agent"
        $err[0].TargetObject.Name | Should -Be 'Cy'
    }

    It '<Command>: a blank ConversationId cell is empty, not a column to suggest' -ForEach @(
        @{ Command = 'Get-OutboundCall' }, @{ Command = 'Wait-OutboundCall' }, @{ Command = 'Get-OutboundCallback' }
    ) {
        $id = $Command.Replace('-', '') + 'InvalidConversationId,GenesysCalls.Cmdlets.' + $Command.Replace('-', '') + 'Command'
        Import-Rows "ConversationId,Destination`n,+15550001003" | & $Command -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be $id
        "$($err[0])" | Should -Match "The row's ConversationId cell is empty, so it names no conversation; fill it"
        "$($err[0])" | Should -Not -Match '\(ConversationId\?\)'
    }
}

Describe 'A row that names nothing reads as a sentence' {
    It 'has no columns (<Command>)' -ForEach @(
        @{ Command = 'Test-AgentPresence'; Id = 'TestAgentPresenceInvalidInput'; What = 'agent' }
        @{ Command = 'Wait-OutboundCall'; Id = 'WaitOutboundCallInvalidConversationId'; What = 'conversation' }
    ) {
        @{} | & $Command -ErrorVariable err -ErrorAction SilentlyContinue
        ($err[0].FullyQualifiedErrorId -split ',')[0] | Should -Be $Id
        "$($err[0])" | Should -Match "^The row has no columns, so it names no $What; it needs "
    }

    It 'has one column that names nothing' {
        [pscustomobject]@{ Name = 'Ann' } | Test-AgentPresence -ErrorVariable err -ErrorAction SilentlyContinue
        "$($err[0])" | Should -Match "^The row's column 'Name' names no agent; it needs UserId"
    }
}

Describe 'A cell that does not convert: the message names the field, the value and the fix' {
    It 'New-OutboundCallback: a Data cell that is not JSON names Data' {
        Import-Rows "Name,PhoneNumber,QueueId,Data`nFay,+15557900036,$queue,{bad json" |
            New-OutboundCallback -WhatIf -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallbackInvalidValue,GenesysCalls.Cmdlets.NewOutboundCallbackCommand'
        "$($err[0])" | Should -Match '^Not sent: Data is not a JSON object'
        "$($err[0])" | Should -Not -Match 'Attributes'
    }

    It 'New-OutboundCall: Priority=high says how to write it, in one sentence' {
        Import-Rows "PhoneNumber,UserId,Priority`n+15550001003,$agent,high" |
            New-OutboundCall -WhatIf -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidInput,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match "^Not sent: the Priority value 'high' is not a whole number; give a whole number such as 5, or leave it blank"
    }
}

Describe 'Test-CallPayload judges a New-OutboundCall row as the body New-OutboundCall sends' {
    It 'ignores a CSV column that binds to nothing, as New-OutboundCall does' {
        $report = Import-Rows "PhoneNumber,CallerId,Label,UserId,Notes`n+15550001003,+15550100100,renewal,$agent,VIP customer" |
            Test-CallPayload
        $report.IsValid | Should -BeTrue -Because "$($report.Diagnostics | ForEach-Object { "$($_.Code) at $($_.Path)" })"
        $report.Request.Label | Should -Be 'renewal'
    }

    It 'warns about a hashtable key that binds to nothing, as New-OutboundCall does' {
        $report = @{ PhoneNumber = '+15550001003'; Notes = 'VIP' } | Test-CallPayload -WarningVariable warn -WarningAction SilentlyContinue
        $report.IsValid | Should -BeTrue
        "$warn" | Should -Match "The key 'Notes' names no parameter of New-OutboundCall"
    }

    It 'still checks a hashtable whose keys are all CreateCallRequest member names as a body, as typed' {
        $report = @{ phoneNumber = '+15550001003'; callerId = '' } | Test-CallPayload
        $report.Diagnostics.Code | Should -Be @('genesyscalls.value.empty')
    }
}

Describe 'A required parameter left out ends the command with its own error, never a prompt' {
    It '<Command> in a -NonInteractive script' -ForEach @(
        @{ Command = "[pscustomobject]@{ ConversationId = '$([guid]::NewGuid())'; ScheduledTime = '2030-01-02T09:00:00Z' } | Set-OutboundCallback -WhatIf"
            Id = 'SetOutboundCallbackMissingParameter'; Name = '-AgentId' }
        @{ Command = "[pscustomobject]@{ Phone = '+15557781001' } | Add-OutboundContact -WhatIf"; Id = 'AddOutboundContactMissingParameter'; Name = '-ContactListId' }
        @{ Command = 'Start-OutboundCampaign -WhatIf'; Id = 'StartOutboundCampaignMissingParameter'; Name = '-Id' }
        @{ Command = 'Stop-OutboundCampaign -WhatIf'; Id = 'StopOutboundCampaignMissingParameter'; Name = '-Id' }
        @{ Command = "Connect-GenesysOrg -BaseUri '{BaseUri}' -SkipCertificateCheck -ClientSecret (Get-TestSecret)"
            Id = 'ConnectGenesysOrgMissingCredentials'; Name = 'client id' }
    ) {
        $pwsh = (Get-Process -Id $PID).Path
        $connect = "Import-Module '$(Get-TestModulePath)'; Import-Module '$PSScriptRoot/TestSupport.psm1'; " +
            "Connect-TestOrg ([pscustomobject]@{ BaseUri = '$($emulator.BaseUri)'; ClientId = '$($emulator.ClientId)'; " +
            "ClientSecret = '$($emulator.ClientSecret)' }) | Out-Null; "
        $script = $connect + "try { $($Command.Replace('{BaseUri}', $emulator.BaseUri)) -ErrorAction Stop } catch { `$_.FullyQualifiedErrorId; `$_.ToString() }"
        $answer = @(& $pwsh -NoProfile -NonInteractive -Command $script 2>&1)
        ("$($answer[-2])" -split ',')[0] | Should -Be $Id -Because "$answer"
        "$($answer[-1])" | Should -Match ([regex]::Escape($Name))
    }
}
