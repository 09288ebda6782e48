BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    # Call speed 100: the last digit of the number decides the story (docs/emulator.md), in about 0.2 s.
    $emulator = Start-TestEmulator -Agents 40 -ExtraArguments '--call-speed', '100'
    Connect-TestOrg $emulator | Out-Null
    $ready = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | ForEach-Object id | Test-AgentPresence) |
        Where-Object CanPlaceCall | Select-Object -First 1
    function New-TestCall([string] $LastDigit) {
        New-OutboundCall -PhoneNumber ('+1555010000' + $LastDigit) -OnBehalfOf $ready.UserId -Confirm:$false
    }
    function Get-Requests([string] $Method, [string] $Like) {
        # Invoke-RestMethod writes a JSON array as one object: enumerate it before filtering.
        @(Invoke-EmulatorAdmin $emulator -Path '/emulator/requests' | ForEach-Object { $_ } | Where-Object { $_.method -eq $Method -and $_.path -like $Like })
    }
    function Clear-Log { Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/requests' | Out-Null }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Wait-OutboundCall' {
    It 'follows calls piped from New-OutboundCall to their outcomes' {
        $statuses = @('1', '3', '5' | ForEach-Object { New-TestCall $_ } | Wait-OutboundCall -TimeoutSec 30)
        $statuses.Count | Should -Be 3
        $statuses[0].PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundCallStatus'
        $byDigit = @{}; $statuses | ForEach-Object { $byDigit["$($_.Call.Destination[-1])"] = $_ }
        "$($byDigit['1'].Outcome)" | Should -Be 'Busy'
        $byDigit['1'].Q850Code | Should -Be 17
        "$($byDigit['3'].DisconnectedBy)" | Should -Be 'Agent'
        "$($byDigit['5'].DisconnectedBy)" | Should -Be 'Customer'
        $byDigit['5'].TalkTime | Should -BeGreaterThan ([timespan]::Zero)
        $byDigit['5'].Call.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundCall'
        "$($byDigit['5'].State)" | Should -Be 'Ended'
    }

    It 'in New-OutboundCall | Wait-OutboundCall, subscribes the agent before the first call: calls that end at once need no read' {
        Clear-Log
        $rows = '2', '1' | ForEach-Object { [pscustomobject]@{ PhoneNumber = '+1555010010' + $_; OnBehalfOf = $ready.UserId } }
        $statuses = @($rows | New-OutboundCall -Confirm:$false | Wait-OutboundCall -TimeoutSec 30)
        @($statuses | ForEach-Object { "$($_.Outcome)" } | Sort-Object) | Should -Be @('Busy', 'Failed')
        $log = @(Get-EmulatorRequests $emulator)
        $subscribed = [array]::FindIndex($log, [Predicate[object]] { param($r) $r.method -eq 'POST' -and $r.path -like '*/subscriptions' })
        $created = [array]::FindIndex($log, [Predicate[object]] { param($r) $r.method -eq 'POST' -and $r.path -like '/api/v2/conversations/calls/user/*' })
        $subscribed | Should -BeGreaterOrEqual 0
        $subscribed | Should -BeLessThan $created
        (Get-Requests 'GET' '/api/v2/conversations/calls/*').Count | Should -Be 0
    }

    It 'reports an unanswered call the same way whether Wait-OutboundCall or Get-OutboundCall reads it' {
        $waited = New-TestCall '0' | Wait-OutboundCall -TimeoutSec 30
        $read = Get-OutboundCall -ConversationId $waited.ConversationId
        "$($waited.Outcome)" | Should -Be 'NoAnswer'
        "$($waited.DisconnectType)" | Should -Be 'Timeout'
        "$($read.DisconnectType)" | Should -Be "$($waited.DisconnectType)"
        "$($waited.DisconnectedBy)" | Should -Be 'System'
        "$($read.DisconnectedBy)" | Should -Be 'System'
    }

    It '-Until Answered writes a connected call' {
        $call = New-TestCall '9'
        $status = $call | Wait-OutboundCall -Until Answered -TimeoutSec 20
        "$($status.State)" | Should -Be 'Connected'
        $status.Outcome | Should -BeNullOrEmpty
        $status.AnsweredAt | Should -Not -BeNullOrEmpty
        $call | Stop-OutboundCall -Confirm:$false
    }

    It 'a call that does not end in time is a WaitOutboundCallTimeout error carrying its last status' {
        $call = New-TestCall '9'
        $err = $null
        $out = $call | Wait-OutboundCall -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $call | Stop-OutboundCall -Confirm:$false
        $out | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'WaitOutboundCallTimeout,GenesysCalls.Cmdlets.WaitOutboundCallCommand'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'OperationTimeout'
        "$($err[0].TargetObject.State)" | Should -Be 'Connected'
        $err[0].TargetObject.ConversationId | Should -Be $call.ConversationId
    }

    It 'Select-Object -First stops it and leaves no socket open' {
        $calls = @('9', '9' | ForEach-Object { New-TestCall $_ })
        $first = @($calls | Wait-OutboundCall -Until Answered -TimeoutSec 20 | Select-Object -First 1)
        $first.Count | Should -Be 1
        Start-Sleep -Milliseconds 300
        (Invoke-EmulatorAdmin $emulator -Path '/emulator/notifications').sockets | Should -Be 0
        $calls | Stop-OutboundCall -Confirm:$false
    }

    It 'refuses a malformed id with its own error id' {
        $err = $null
        Wait-OutboundCall -ConversationId 'nope' -TimeoutSec 5 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'WaitOutboundCallInvalidConversationId,GenesysCalls.Cmdlets.WaitOutboundCallCommand'
    }
}

Describe 'Get-OutboundCall' {
    It 'reads by id and by piped OutboundCall' {
        $call = New-TestCall '1'
        Start-Sleep -Milliseconds 300
        $byId = Get-OutboundCall $call.ConversationId
        "$($byId.Outcome)" | Should -Be 'Busy'
        $byId.Call | Should -BeNullOrEmpty
        $piped = $call | Get-OutboundCall
        $piped.Call.ConversationId | Should -Be $call.ConversationId
        $piped.OnBehalfOf | Should -Be $ready.UserId
    }

    It 'writes Destination the same way for the same call, whether read by id, from the call, or by Wait-OutboundCall' {
        $call = New-TestCall '5'
        $waited = $call | Wait-OutboundCall -TimeoutSec 20
        $byId = [pscustomobject]@{ ConversationId = $call.ConversationId } | Get-OutboundCall
        $piped = $call | Get-OutboundCall
        $call.Destination | Should -Be 'phone +15550100005'
        @($byId.Destination, $piped.Destination, $waited.Destination) | Should -Be @('phone +15550100005', 'phone +15550100005', 'phone +15550100005')
    }

    It 'completes -ConversationId with the calls this session placed, newest first, without a request' {
        $call = New-TestCall '9'
        Clear-Log
        $line = 'Stop-OutboundCall -ConversationId '
        $found = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches)
        $found[0].CompletionText | Should -Be $call.ConversationId
        $found[0].ListItemText | Should -BeLike 'phone +15550100009 (placed *)'
        $line = "Get-OutboundCall -ConversationId $($call.ConversationId.Substring(0, 8))"
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText) | Should -Contain $call.ConversationId
        @(Get-EmulatorRequests $emulator | Where-Object path -like '/api/v2/*').Count | Should -Be 0
        $call | Stop-OutboundCall -Confirm:$false
    }

    It 'has a table view that fits 80 columns' {
        $status = New-TestCall '5' | Wait-OutboundCall -TimeoutSec 20
        $lines = ($status | Format-Table | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^ConversationId\s+State\s+Outcome\s+TalkTime\s+Destination$'
        $lines[2] | Should -Match ('^' + [regex]::Escape($status.ConversationId) + '\s+Ended\s+Answered\s+00:00:00\s+\+1555\d+$')
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        # Nobody answered: no talk time shown, rather than a 00:00:00 that reads as a call that connected.
        $busy = New-TestCall '1' | Wait-OutboundCall -TimeoutSec 20
        $row = @(($busy | Format-Table | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() })[2]
        $row | Should -Match ('^' + [regex]::Escape($busy.ConversationId) + '\s+Ended\s+Busy\s+\+1555\d+$')
    }
}

Describe 'Stop-OutboundCall' {
    It '-WhatIf hangs nothing up' {
        $call = New-TestCall '9'
        $call | Wait-OutboundCall -Until Answered -TimeoutSec 20 | Out-Null
        Clear-Log
        $call | Stop-OutboundCall -WhatIf
        (Get-Requests 'PATCH' '/api/v2/conversations/calls/*').Count | Should -Be 0
        "$((Get-OutboundCall $call.ConversationId).State)" | Should -Be 'Connected'
        $call | Stop-OutboundCall -Confirm:$false
    }

    It '-Confirm:$false hangs up once, and the call ends by the agent' {
        $call = New-TestCall '9'
        $call | Wait-OutboundCall -Until Answered -TimeoutSec 20 | Out-Null
        Clear-Log
        Get-OutboundCall $call.ConversationId | Stop-OutboundCall -Confirm:$false
        (Get-Requests 'PATCH' "/api/v2/conversations/calls/$($call.ConversationId)").Count | Should -Be 1
        $ended = $call | Wait-OutboundCall -TimeoutSec 20
        "$($ended.State)" | Should -Be 'Ended'
        "$($ended.DisconnectedBy)" | Should -Be 'Agent'
    }

    It 'an ended call is a warning, not an error' {
        $ended = New-TestCall '1' | Wait-OutboundCall -TimeoutSec 20
        Clear-Log
        $err = $null; $warn = $null
        $ended | Stop-OutboundCall -Confirm:$false -ErrorVariable err -WarningVariable warn -WarningAction SilentlyContinue
        $err.Count | Should -Be 0
        "$warn" | Should -Match 'already ended'
        (Get-Requests 'PATCH' '/api/v2/conversations/calls/*').Count | Should -Be 0
    }

    It 'declares ConfirmImpact High' {
        $meta = [System.Management.Automation.CommandMetadata]::new((Get-Command Stop-OutboundCall))
        "$($meta.ConfirmImpact)" | Should -Be 'High'
        $meta.SupportsShouldProcess | Should -BeTrue
    }
}
