# How rows and objects reach the callback cmdlets through PowerShell's binder, and what each ends as.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20 -ExtraArguments @('--call-speed', '100')
    Connect-TestOrg $emulator | Out-Null
    $queue = (Get-EmulatorQueues $emulator | Select-Object -First 1).id
    $agent = (Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | Select-Object -First 1).id
    function Get-Held { @(Invoke-EmulatorAdmin $emulator -Path '/emulator/callbacks') | ForEach-Object { $_ } }
    function Get-CallbackPost { Get-EmulatorRequests $emulator | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/api/v2/conversations/callbacks' } }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'New-OutboundCallback rows' {
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'binds CSV columns named after the parameters or the API fields, a blank cell being not given' {
        $at = (Get-Date).AddHours(2).ToString('yyyy-MM-ddTHH:mm:sszzz')
        $rows = Import-Rows "CallbackNumbers,QueueId,CallbackUserName,ScheduledTime,Data`n+15557300001,$queue,Ann,$at,`"{`"`"note`"`":`"`"x`"`"}`"`n+15557300002,$queue,,,"
        $out = @($rows | New-OutboundCallback -Confirm:$false)
        $out.Count | Should -Be 2
        $out[0].Name | Should -Be 'Ann'
        $out[0].InputObject.CallbackNumbers | Should -Be '+15557300001'
        $out[1].ScheduledTime | Should -BeNullOrEmpty
        $sent = @(Get-Held | Sort-Object { $_.numbers[0] })
        $sent[0].request.data.note | Should -Be 'x'
        $sent[1].request.PSObject.Properties.Name | Should -Not -Contain 'callbackUserName'
        @(Get-CallbackPost).Count | Should -Be 2
    }

    It 'refuses a row without a queue before any request, with its id and the row as target' {
        $e = $null
        $rows = Import-Rows "PhoneNumber,QueueId`n+15557300003,`n+15557300004,$queue"
        $out = @($rows | New-OutboundCallback -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 1
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallbackInvalidRequest*'
        $e[0].TargetObject.PhoneNumber | Should -Be '+15557300003'
        @(Get-CallbackPost).Count | Should -Be 1
    }

    It 'binds hashtables by key and warns once about a key that names nothing' {
        $w = $null
        $out = @(@{ PhoneNumber = '+15557300005'; QueueId = $queue; Phone = 'x' }, @{ PhoneNumber = '+15557300006'; QueueId = $queue; Phone = 'y' } |
            New-OutboundCallback -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue)
        $out.Count | Should -Be 2
        @($w | Where-Object { "$_" -match "'Phone'" }).Count | Should -Be 1
    }

    It '-WhatIf sends nothing' {
        New-OutboundCallback -PhoneNumber '+15557300007' -QueueId $queue -WhatIf
        @(Get-CallbackPost).Count | Should -Be 0
    }

    It 'says in -Verbose that a time without offset is local time' {
        $v = New-OutboundCallback -PhoneNumber '+15557300008' -QueueId $queue -ScheduledTime ((Get-Date).AddHours(3).ToString('yyyy-MM-ddTHH:mm:ss')) -Confirm:$false -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Out-String
        $v | Should -Match 'local time'
    }

    It 'takes the typed body of Test-CallPayload -Kind Callback' {
        $report = Test-CallPayload -Kind Callback -Json ('{"callbackNumbers":["+15557300009"],"queueId":"' + $queue + '"}')
        $report.IsValid | Should -BeTrue
        $out = $report | New-OutboundCallback -Confirm:$false
        $out.Numbers | Should -Be '+15557300009'
    }
}

Describe 'Get-, Set-, Stop-OutboundCallback and Wait-OutboundCall' {
    It 'follows one callback from scheduled to cancelled through the pipeline' {
        $cb = New-OutboundCallback -PhoneNumber '+15557300010' -QueueId $queue -ScheduledTime (Get-Date).AddHours(2) -Confirm:$false
        ($cb | Get-OutboundCallback).State | Should -Be 'Scheduled'
        $t = (Get-Date).AddHours(4)
        $s = $cb | Set-OutboundCallback -ScheduledTime $t -AgentId $agent -Confirm:$false
        [math]::Abs(($s.ScheduledTime - [DateTimeOffset]$t).TotalSeconds) | Should -BeLessThan 1
        $cb | Stop-OutboundCallback -WhatIf
        ($cb | Get-OutboundCallback).State | Should -Be 'Scheduled'
        $cb | Stop-OutboundCallback -Confirm:$false
        ($cb | Get-OutboundCallback).State | Should -Be 'Cancelled'
        $w = $null
        $cb | Stop-OutboundCallback -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Match 'already ended'
    }

    It 'Set-OutboundCallback without a time or queue is refused before any request' {
        $cb = New-OutboundCallback -PhoneNumber '+15557300011' -QueueId $queue -ScheduledTime (Get-Date).AddHours(2) -Confirm:$false
        Clear-EmulatorLog $emulator
        $e = $null
        $cb | Set-OutboundCallback -AgentId $agent -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SetOutboundCallbackNothingToChange*'
        @(Get-EmulatorRequests $emulator | Where-Object method -eq 'PATCH').Count | Should -Be 0
    }

    It 'a callback due now ends with its call outcome in Wait-OutboundCall and Get-OutboundCallback' {
        $cb = New-OutboundCallback -PhoneNumber '+15557300014' -QueueId $queue -Confirm:$false
        $e = $null
        $s = $cb | Wait-OutboundCall -Until Ended -TimeoutSec 30 -ErrorVariable e -ErrorAction SilentlyContinue
        "$($s.State)/$($s.Outcome)" | Should -Be 'Ended/Rejected' -Because "$e $($e.FullyQualifiedErrorId)"
        $g = $cb | Get-OutboundCallback
        "$($g.State)/$($g.Outcome)" | Should -Be 'Ended/Rejected'
        $g.Callback.ConversationId | Should -Be $cb.ConversationId
    }
}
