BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 40
    Connect-TestOrg $emulator | Out-Null
    $agents = Get-TestAgents $emulator
    $ready, $noStation = $agents.Ready, $agents.NoStation
    function Get-CallPosts { @(Get-CallPost $emulator) }
    function Clear-Log { Clear-EmulatorLog $emulator }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'New-OutboundCall' {
    BeforeEach { Clear-Log }

    It '-WhatIf sends nothing' {
        New-OutboundCall -PhoneNumber '+15559876543' -OnBehalfOf $ready.UserId -WhatIf
        (Get-CallPosts).Count | Should -Be 0
    }

    It 'places a call on behalf of an agent' {
        $call = New-OutboundCall -PhoneNumber '+15559876543' -OnBehalfOf $ready.UserId -Confirm:$false
        $call.ConversationId | Should -Match '^[0-9a-f-]{36}$'
        $call.Endpoint | Should -Be 'POST /api/v2/conversations/calls/user/{userId}'
        $call.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundCall'
        (Get-CallPosts).Count | Should -Be 1
    }

    It 'takes the calling agent from Test-AgentPresence' {
        $call = $ready | New-OutboundCall -PhoneNumber '+15559876544' -Confirm:$false
        $call.OnBehalfOf | Should -Be $ready.UserId
    }

    It 'fails before sending when a service account gives no -OnBehalfOf' {
        $err = $null
        New-OutboundCall -PhoneNumber '+15559876543' -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallUserContextRequired,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        (Get-CallPosts).Count | Should -Be 0
    }

    It 'fails an agent without a station with the reason' {
        $err = $null
        New-OutboundCall -PhoneNumber '+15559876543' -OnBehalfOf $noStation.UserId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        "$($err[0])" | Should -Match 'station'
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallAgentHasNoStation,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        (Get-CallPosts).Count | Should -Be 0
    }

    It 'never sends an invalid payload from Test-CallPayload' {
        $err = $null
        Test-CallPayload -Json '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}' |
            New-OutboundCall -OnBehalfOf $ready.UserId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        (Get-CallPosts).Count | Should -Be 0
    }

    It 'sends a valid payload from Test-CallPayload' {
        $call = Test-CallPayload -Json '{"phoneNumber":"+15551230000","label":"pester"}' | New-OutboundCall -OnBehalfOf $ready.UserId -Confirm:$false
        $call.Request.Label | Should -Be 'pester'
    }

    It 'gives one outcome per CSV row, each carrying its row' {
        $csv = Join-Path ([IO.Path]::GetTempPath()) ("calls-" + [guid]::NewGuid() + '.csv')
        try {
            $rows = 1..20 | ForEach-Object { [pscustomobject]@{ PhoneNumber = ('+1555000{0:d4}' -f $_); OnBehalfOf = $ready.UserId; Attributes = '{"row":"' + $_ + '"}' } }
            $rows += [pscustomobject]@{ PhoneNumber = 'not a number!'; OnBehalfOf = $ready.UserId; Attributes = '' }
            $rows += [pscustomobject]@{ PhoneNumber = '+15550009999'; OnBehalfOf = $noStation.UserId; Attributes = '' }
            $rows | Export-Csv $csv -NoTypeInformation
            $err = $null
            $out = @(Import-Csv $csv | New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue)
            ($out.Count + $err.Count) | Should -Be 22
            $out.Count | Should -Be 20
            $out[0].InputObject.PhoneNumber | Should -Be '+15550000001'
            $out[0].Request.Attributes['row'] | Should -Be '1'
            ($err | ForEach-Object { $_.TargetObject.PhoneNumber }) | Should -Be @('not a number!', '+15550009999')
            (Get-CallPosts).Count | Should -Be 20
        } finally { Remove-Item $csv -ErrorAction SilentlyContinue }
    }

    It 'starts no call after the pipeline stops early' {
        $rows = 1..50 | ForEach-Object { [pscustomobject]@{ PhoneNumber = ('+1555300{0:d4}' -f $_); OnBehalfOf = $ready.UserId } }
        $out = @($rows | New-OutboundCall -ThrottleLimit 4 -Confirm:$false | Select-Object -First 3)
        $out.Count | Should -Be 3
        $placed = (Get-CallPosts).Count
        $placed | Should -BeLessOrEqual 7   # the three shown, and at most the four in flight when the pipeline stopped
        Start-Sleep -Milliseconds 500
        (Get-CallPosts).Count | Should -Be $placed
    }

    It 'stops on warnings unless -Force' {
        $err = $null
        New-OutboundCall -PhoneNumber '555 123 4567' -OnBehalfOf $ready.UserId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallRequestHasWarnings,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        (New-OutboundCall -PhoneNumber '555 123 4567' -OnBehalfOf $ready.UserId -Confirm:$false -Force).ConversationId | Should -Not -BeNullOrEmpty
    }

    It 'writes -Attribute dates as ISO 8601 with offset and numbers invariant, in any culture' {
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            $call = New-OutboundCall -PhoneNumber '+15557770003' -OnBehalfOf $ready.UserId -Confirm:$false `
                -Attribute @{ due = [datetime]'2025-03-04'; amount = 1.5; at = [datetimeoffset]'2025-03-04T10:00:00+02:00' }
        } finally { [cultureinfo]::CurrentCulture = $culture }
        $call.Request.Attributes['due'] | Should -Match '^2025-03-04T00:00:00[+-]\d\d:\d\d$'
        $call.Request.Attributes['amount'] | Should -Be '1.5'
        $call.Request.Attributes['at'] | Should -Be '2025-03-04T10:00:00+02:00'
    }

    It 'accepts contacts created from strings' {
        $call = [GenesysCalls.CallContact]'+15557770000' | New-OutboundCall -OnBehalfOf $ready.UserId -Confirm:$false
        $call.Destination | Should -Be 'phone +15557770000'
    }

    It 'completes queue ids from the connected org' {
        $line = 'New-OutboundCall -CallQueueId Sa'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.ListItemText | Should -Contain 'Sales'
    }

    It 'completes agent ids by name or email, listed with both' {
        $line = "New-OutboundCall -PhoneNumber +15557770002 -OnBehalfOf $($ready.Email.Substring(0, 6))"
        $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $found.CompletionText | Should -Contain $ready.UserId
        ($found | Where-Object CompletionText -eq $ready.UserId).ListItemText | Should -Be "$($ready.Name) <$($ready.Email)>"
        $line = 'Test-AgentPresence -UserId '
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches).Count | Should -BeGreaterThan 0
    }

    It 'shows a table view' {
        (New-OutboundCall -PhoneNumber '+15557770001' -OnBehalfOf $ready.UserId -Confirm:$false | Format-Table | Out-String) | Should -Match 'ConversationId\s+Destination'
    }
}

# A placed call is never unreported, not even when the pipeline stops (issue 19, item 11).
Describe 'New-OutboundCall -ThrottleLimit when the pipeline stops' {
    It 'writes, or names in the stopping error, every call sent before -ErrorAction Stop (run <Run>)' -ForEach @(
        1..6 | ForEach-Object { @{ Run = $_ } }
    ) {
        # -ThrottleLimit 4 keeps creates in flight when row 21 (an agent without a station, refused by the service) stops the pipeline.
        $before = @(Get-EmulatorConversations $emulator | ForEach-Object id)
        $rows = 1..40 | ForEach-Object {
            $agent = if ($_ -eq 21) { $noStation.UserId } else { $ready.UserId }
            [pscustomobject]@{ PhoneNumber = ('+1555{0:d3}{1:d4}' -f $Run, $_); OnBehalfOf = $agent }
        }
        $out = [System.Collections.Generic.List[object]]::new()
        $stop = $null
        try { $rows | New-OutboundCall -ThrottleLimit 4 -SkipReadinessCheck -Confirm:$false -ErrorAction Stop | ForEach-Object { $out.Add($_) } }
        catch { $stop = $_ }
        $stop | Should -Not -BeNullOrEmpty
        $stop.FullyQualifiedErrorId | Should -Be 'NewOutboundCallBadRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        $created = @(Get-EmulatorConversations $emulator | ForEach-Object id | Where-Object { $_ -notin $before })
        $created.Count | Should -BeGreaterThan 0
        $reported = @($out | ForEach-Object ConversationId)
        $stopText = "$stop $($stop.ErrorDetails.Message)"
        $lost = @($created | Where-Object { $_ -notin $reported -and $stopText -notmatch [regex]::Escape($_) })
        $lost | Should -BeNullOrEmpty
    }
}
