# The callback cmdlets as a new user meets them: lost answers, past and ambiguous times, Test-CallPayload -Kind Callback on
# every input path, and the words of the help.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20 -ExtraArguments @('--call-speed', '50')
    Connect-TestOrg $emulator | Out-Null
    $queue = (Get-EmulatorQueues $emulator | Where-Object name -EQ 'Sales' | Select-Object -First 1).id
    $agent = (Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | Select-Object -First 1).id
    function Set-Fault([hashtable] $Fault) { Invoke-EmulatorAdmin $emulator -Method Post -Path '/emulator/faults' -Body $Fault | Out-Null }
    function Clear-Fault { Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/faults' | Out-Null }
    function New-LaterCallback([string] $Number) {
        New-OutboundCallback -PhoneNumber $Number -QueueId $queue -ScheduledTime (Get-Date).AddHours(2) -Confirm:$false
    }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'A change whose answer is lost is OutcomeUnknown and never sent again' {
    BeforeEach { Clear-EmulatorLog $emulator }
    AfterEach { Clear-Fault }

    It 'Set-OutboundCallback sends its PATCH once and reports SetOutboundCallbackOutcomeUnknown' {
        $cb = New-LaterCallback '+15557900037'
        Clear-EmulatorLog $emulator
        Set-Fault @{ resetAfterRate = 1; pathContains = '/conversations/callbacks'; method = 'PATCH'; seed = 1 }
        $e = $null
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime (Get-Date).AddHours(3) -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        Clear-Fault
        Start-Sleep -Milliseconds 300   # a dropped request is logged as its handler unwinds
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 1
        @($e).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SetOutboundCallbackOutcomeUnknown,*'
        $e[0].ErrorDetails.RecommendedAction | Should -Match 'Get-OutboundCallback'
    }

    It 'Stop-OutboundCallback sends its bulk disconnect once and reports StopOutboundCallbackOutcomeUnknown' {
        $cb = New-LaterCallback '+15557900038'
        Clear-EmulatorLog $emulator
        Set-Fault @{ resetAfterRate = 1; pathContains = 'bulk/disconnect'; method = 'POST'; seed = 1 }
        $e = $null
        $cb | Stop-OutboundCallback -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        Clear-Fault
        Start-Sleep -Milliseconds 300   # a dropped request is logged as its handler unwinds
        @(Get-EmulatorRequests $emulator | Where-Object path -Like '*bulk/disconnect*').Count | Should -Be 1
        @($e).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'StopOutboundCallbackOutcomeUnknown,*'
    }

    It 'Stop-OutboundCall sends its hang-up PATCH once and reports StopOutboundCallOutcomeUnknown' {
        $caller = (Get-TestAgents $emulator).Ready.UserId
        $call = New-OutboundCall -PhoneNumber '+15557900049' -OnBehalfOf $caller -Confirm:$false
        Clear-EmulatorLog $emulator
        Set-Fault @{ resetAfterRate = 1; pathContains = '/conversations/calls/'; method = 'PATCH'; seed = 1 }
        $e = $null
        $call | Stop-OutboundCall -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        Clear-Fault
        Start-Sleep -Milliseconds 300   # a dropped request is logged as its handler unwinds
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 1
        @($e).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'StopOutboundCallOutcomeUnknown,*'
        $call | Stop-OutboundCall -Confirm:$false -WarningAction SilentlyContinue
    }
}

Describe 'Set-OutboundCallback -ScheduledTime that has already passed' {
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'holds the change as SetOutboundCallbackRequestHasWarnings, also under -WhatIf' {
        $cb = New-LaterCallback '+15557900047'
        Clear-EmulatorLog $emulator
        $e = $null
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime (Get-Date).AddHours(-1) -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime (Get-Date).AddHours(-1) -WhatIf -ErrorVariable +e -ErrorAction SilentlyContinue
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 0
        @($e).Count | Should -Be 2
        $e | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'SetOutboundCallbackRequestHasWarnings,*' }
        $e[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
        ($cb | Get-OutboundCallback).State | Should -Be 'Scheduled'
    }

    It 'sends it with -Force' {
        $cb = New-LaterCallback '+15557900048'
        Clear-EmulatorLog $emulator
        $out = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime (Get-Date).AddMinutes(-1) -Force -Confirm:$false
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 1
        $out | Should -Not -BeNullOrEmpty
    }
}

Describe '-ScheduledTime text that is not ISO 8601 (an Excel date cell)' {
    BeforeAll { $text = (Get-Date).Date.AddDays(2).AddHours(9).ToString('MM/dd/yyyy HH:mm', [cultureinfo]::InvariantCulture) }
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'Test-CallPayload -Kind Callback calls it invalid.date' {
        $tcp = Test-CallPayload -Kind Callback -Json ('{"callbackNumbers":["+15557900037"],"queueId":"' + $queue + '","callbackScheduledTime":"' + $text + '"}')
        ($tcp.Diagnostics | ForEach-Object Code) | Should -Contain 'invalid.date'
    }

    It 'New-OutboundCallback refuses the row as NewOutboundCallbackInvalidValue, naming the field and the fix' {
        $e = $null
        $row = [pscustomobject]@{ PhoneNumber = '+15557900037'; QueueId = $queue; ScheduledTime = $text }
        $out = @($row | New-OutboundCallback -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue)
        @(Get-EmulatorRequests $emulator | Where-Object path -EQ '/api/v2/conversations/callbacks').Count | Should -Be 0
        $out.Count | Should -Be 0
        @($e).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallbackInvalidValue,*'
        $e[0].Exception.Message | Should -Match 'ScheduledTime'
        $e[0].Exception.Message | Should -Match 'ISO 8601'
        $e[0].TargetObject | Should -Be $row
    }

    It 'Set-OutboundCallback refuses it as SetOutboundCallbackInvalidValue; ISO text and [DateTimeOffset] stay accepted' {
        $cb = New-LaterCallback '+15557900046'
        Clear-EmulatorLog $emulator
        $e = $null
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime $text -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 0
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SetOutboundCallbackInvalidValue,*'
        $iso = (Get-Date).AddDays(2).ToString('yyyy-MM-dd HH:mm')
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime $iso -Confirm:$false
        $null = $cb | Set-OutboundCallback -AgentId $agent -ScheduledTime ([DateTimeOffset]::Now.AddDays(3)) -Confirm:$false
        @(Get-EmulatorRequests $emulator | Where-Object method -EQ 'PATCH').Count | Should -Be 2
    }
}

Describe 'Test-CallPayload -Kind Callback on every input path' {
    It 'checks a UTF-16 LE file (Windows PowerShell 5.1 Out-File) as a callback body' {
        $json = '{"callbackNumbers":["+15557900042"],"queueId":"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"}'
        $utf16 = Join-Path $TestDrive 'cb-utf16.json'
        $json | Out-File -FilePath $utf16 -Encoding unicode
        $r = Test-CallPayload -Kind Callback -Path $utf16
        ($r.Diagnostics | ForEach-Object Code) | Should -Not -Contain 'missing.create.conversation.destination.parameter'
        $r.IsValid | Should -BeTrue
        $r.Callback.CallbackNumbers | Should -Be '+15557900042'
    }

    It 'converts a [datetime] in a hashtable as it would be sent' {
        $body = @{ callbackNumbers = @('+15557900042'); queueId = $queue; callbackScheduledTime = (Get-Date).AddHours(1) }
        $r = Test-CallPayload -Kind Callback -InputObject $body
        ($r.Diagnostics | ForEach-Object Code) | Should -Not -Contain 'invalid.date'
        $r.IsValid | Should -BeTrue
        $past = Test-CallPayload -Kind Callback -InputObject @{ callbackNumbers = @('+15557900042'); queueId = $queue; callbackScheduledTime = (Get-Date).AddHours(-1) }
        $past.IsValid | Should -BeTrue
        $past.Diagnostics.Count | Should -BeGreaterThan 0
    }

    It 'checks a CSV row as the body New-OutboundCallback builds from it' {
        $file = Join-Path $TestDrive 'callbacks.csv'
        [IO.File]::WriteAllText($file, "callbackNumbers,queueId,callbackUserName`r`n+15557900033,$queue,`r`n", [Text.UTF8Encoding]::new($true))
        $rows = Import-Csv $file
        @($rows | New-OutboundCallback -Confirm:$false).Count | Should -Be 1
        $r = $rows | Test-CallPayload -Kind Callback
        ($r.Diagnostics | ForEach-Object Code) | Should -Not -Contain 'invalid.value'
        $r.IsValid | Should -BeTrue
        $r.Callback.CallbackNumbers | Should -Be '+15557900033'
    }

    It 'reads parameter-named columns and still reports what New-OutboundCallback would refuse' {
        $rows = @(
            [pscustomobject]@{ PhoneNumber = '+15557900034'; QueueId = $queue; ScheduledTime = (Get-Date).AddDays(1).ToString('yyyy-MM-ddTHH:mm:sszzz') }
            [pscustomobject]@{ PhoneNumber = '+15557900035'; QueueId = $queue; ScheduledTime = '12/05/2026 09:00' }
        )
        $r = @($rows | Test-CallPayload -Kind Callback)
        $r[0].IsValid | Should -BeTrue
        $r[1].IsValid | Should -BeFalse
        ($r[1].Diagnostics | ForEach-Object Code) | Should -Contain 'invalid.date'
    }
}

Describe 'New-OutboundCallback -QueueId given a queue name' {
    It 'points the fix at New-OutboundCallback -QueueId' {
        $e = $null
        $null = New-OutboundCallback -PhoneNumber '+15557900031' -QueueId 'Sales' -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        @($e).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallbackRequestHasWarnings,*'
        $e[0].Exception.Message | Should -Not -Match 'New-OutboundCall -CallQueueId'
        $e[0].Exception.Message | Should -Match 'New-OutboundCallback -QueueId'
    }
}

Describe 'about_GenesysCalls cmdlet list' {
    It 'lists every cmdlet the module exports, before the first example' {
        $about = Get-Help about_GenesysCalls | Out-String -Width 200
        $listing = ($about -split 'Objects flow between them')[0]
        $exported = @(Get-Command -Module GenesysCalls | ForEach-Object Name)
        $exported.Count | Should -Be 18
        @($exported | Where-Object { $listing -notmatch "\b$([regex]::Escape($_))\b" }) | Should -BeNullOrEmpty
        $listing | Should -Match 'eighteen cmdlets'
    }
}
