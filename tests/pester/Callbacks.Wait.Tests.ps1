# Wait-OutboundCall on callbacks: every callback piped in ends as exactly one status or one error, on time, saying whom it is about.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 30 -ExtraArguments @('--call-speed', '100')
    Connect-TestOrg $emulator | Out-Null
    $queue = (Get-EmulatorQueues $emulator | Select-Object -First 1).id
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Wait-OutboundCall on a callback whose call has already ended' {
    It 'reports each callback once (a status or an error), never nothing, whenever it is piped' {
        $lost = foreach ($delay in 0, 100, 300, 600, 1200, 2500, 2500) {
            $cb = New-OutboundCallback -PhoneNumber '+15557900053' -QueueId $queue -Confirm:$false
            Start-Sleep -Milliseconds $delay
            $e = $null
            $out = @($cb | Wait-OutboundCall -Until Ended -TimeoutSec 15 -ErrorVariable e -ErrorAction SilentlyContinue)
            if ($out.Count + @($e).Count -ne 1) { "after $delay ms: $($out.Count) status(es), $(@($e).Count) error(s)" }
            elseif ($out.Count -eq 1) { "$($out[0].State)/$($out[0].Outcome)" | Should -Be 'Ended/Answered' }
        }
        $lost -join '; ' | Should -BeNullOrEmpty -Because 'every callback piped in must end as exactly one status or error'
    }

    It 'reports callbacks saved and piped together, some ended, some dialled, once each' {
        $cbs = 1..6 | ForEach-Object { New-OutboundCallback -PhoneNumber ('+155579101{0}3' -f $_) -QueueId $queue -Confirm:$false }
        Start-Sleep -Milliseconds 800
        $more = 1..4 | ForEach-Object { New-OutboundCallback -PhoneNumber ('+155579102{0}5' -f $_) -QueueId $queue -Confirm:$false }
        $e = $null
        $out = @($cbs + $more | Wait-OutboundCall -Until Ended -TimeoutSec 20 -ErrorVariable e -ErrorAction SilentlyContinue)
        @($e).Count | Should -Be 0
        ($out.ConversationId | Sort-Object) -join ',' | Should -Be ((($cbs + $more).ConversationId | Sort-Object) -join ',')
    }
}

Describe 'Wait-OutboundCall on a callback whose agent is already followed' {
    It 'reports a callback dialled and ended before its agent''s topic was subscribed, though the topic was subscribed before it arrived' {
        $agent = @((Get-TestAgents $emulator).All | Where-Object { $_.HasStation -and $_.Presence -eq 'OnQueue' -and $_.RoutingStatus -eq 'IDLE' })[0].UserId
        $agent | Should -Not -BeNullOrEmpty
        $early = New-OutboundCallback -PhoneNumber '+15557900411' -QueueId $queue -PreferredAgentId $agent -Confirm:$false
        Start-Sleep -Milliseconds 800
        $e = $null
        # The second record hands the first (dialled by then) to the follower, which subscribes the agent; $early comes 3 s later.
        $out = @(& {
                New-OutboundCallback -PhoneNumber '+15557900413' -QueueId $queue -PreferredAgentId $agent -Confirm:$false
                Start-Sleep -Seconds 1
                New-OutboundCallback -PhoneNumber '+15557900423' -QueueId $queue -PreferredAgentId $agent -Confirm:$false
                Start-Sleep -Seconds 3
                $early
            } | Wait-OutboundCall -Until Ended -TimeoutSec 12 -ErrorVariable e -ErrorAction SilentlyContinue)
        @($e | ForEach-Object FullyQualifiedErrorId) | Should -BeNullOrEmpty
        $out.Count | Should -Be 3
        $seen = $out | Where-Object ConversationId -EQ $early.ConversationId
        "$($seen.State)/$($seen.Outcome)/$($seen.AgentId)" | Should -Be "Ended/Busy/$agent"
    }
}

Describe 'Wait-OutboundCall -TimeoutSec on several scheduled callbacks' {
    It 'gives up after about -TimeoutSec, each with its own WaitOutboundCallTimeout and last known state' {
        $cbs = 1..10 | ForEach-Object {
            New-OutboundCallback -PhoneNumber ('+1555792{0:D4}' -f $_) -QueueId $queue -ScheduledTime (Get-Date).AddHours(3) -Confirm:$false
        }
        $e = $null
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = @($cbs | Wait-OutboundCall -Until Ended -TimeoutSec 3 -ErrorVariable e -ErrorAction SilentlyContinue)
        $sw.Stop()
        $out.Count | Should -Be 0
        @($e).Count | Should -Be 10
        @($e | Where-Object { $_.FullyQualifiedErrorId -like 'WaitOutboundCallTimeout,*' }).Count | Should -Be 10
        @($e.TargetObject.State | Select-Object -Unique) | Should -Be 'Scheduled'
        ($e.TargetObject.ConversationId | Sort-Object) -join ',' | Should -Be (($cbs.ConversationId | Sort-Object) -join ',')
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 6 -Because ('-TimeoutSec 3 was asked for; the wait took {0:N1} s' -f $sw.Elapsed.TotalSeconds)
    }
}

Describe 'Wait-OutboundCall statuses of callbacks (about_GenesysCalls CALLBACKS example)' {
    It 'names the number called back and the input row in every status, so callback-outcomes.csv can be reconciled' {
        $csv = Join-Path $TestDrive 'missed-calls.csv'
        "PhoneNumber,QueueId,Name`r`n+15557900301,$queue,Busy Bee`r`n+15557900302,$queue,Bad Number`r`n+15557900303,$queue,Ann Swer`r`n" |
            Set-Content -Path $csv -Encoding utf8BOM
        $statuses = @(Import-Csv $csv | New-OutboundCallback -Confirm:$false | Wait-OutboundCall -Until Ended -TimeoutSec 60)
        $statuses.Count | Should -Be 3
        $statuses | ForEach-Object { $_ | Should -BeOfType ([GenesysCalls.OutboundCallbackStatus]) }
        $byName = @{}
        $statuses | ForEach-Object { $byName[$_.Callback.InputObject.Name] = $_ }
        $byName['Busy Bee'].Outcome | Should -Be 'Busy'
        $byName['Bad Number'].Outcome | Should -Be 'Failed'
        $byName['Ann Swer'].Outcome | Should -Be 'Answered'
        $out = Join-Path $TestDrive 'callback-outcomes.csv'
        $statuses | Export-Csv $out
        foreach ($r in @(Import-Csv $out)) {
            $r.State | Should -Be 'Ended'
            $r.Destination | Should -Match '^\+1555790030[123]$' -Because "the status of $($r.ConversationId) ($($r.Outcome)) must say whom it is about"
            $r.Numbers | Should -Be $r.Destination -Because 'a list exports as its values, not as System.String[]'
            $r.Name | Should -Not -BeNullOrEmpty
        }
    }

    It 'writes the same kind of status as Get-OutboundCallback' {
        $cb = New-OutboundCallback -PhoneNumber '+15557900311' -QueueId $queue -Confirm:$false
        $w = $cb | Wait-OutboundCall -Until Ended -TimeoutSec 30
        $g = $cb | Get-OutboundCallback
        ($w.PSObject.Properties.Name -join ',') | Should -Be ($g.PSObject.Properties.Name -join ',')
        "$($w.Destination)/$($w.Outcome)/$($w.AgentId)" | Should -Be "$($g.Destination)/$($g.Outcome)/$($g.AgentId)"
        $w.Callback | Should -Be $cb
    }
}
