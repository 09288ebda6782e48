# How rows reach New-OutboundCall: CSV columns, hashtables, blank cells, and what each row ends as.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 40
    Connect-TestOrg $emulator | Out-Null
    $users = @(Get-EmulatorUsers $emulator)
    $presence = @($users | Where-Object email -like 'agent*' | ForEach-Object id | Test-AgentPresence)
    $ready = @($presence | Where-Object CanPlaceCall)
    $agent = $ready[0].UserId
    $callee = $ready[1].UserId
    $noStation = ($presence | Where-Object { -not $_.HasStation } | Select-Object -First 1).UserId
    $queue = (Get-EmulatorQueues $emulator | Select-Object -First 1).id
    function Get-SentBody([string] $conversationId) {
        (Get-EmulatorConversations $emulator | Where-Object id -eq $conversationId).request
    }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'New-OutboundCall rows' {
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'names a misnamed column, with the parameter it meant, in the error of the row it failed' {
        # An Excel export: a BOM, CRLF, and headers written for people.
        $path = Join-Path $TestDrive 'excel.csv'
        [IO.File]::WriteAllText($path, "Phone Number,Agent,Notes`r`n+15557100091,$agent,VIP`r`n", [Text.UTF8Encoding]::new($true))
        $err = $null
        Import-Csv -LiteralPath $path | New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match "columns 'Phone Number' \(PhoneNumber\?\), 'Agent' \(OnBehalfOf\?\), 'Notes' bind to no parameter"
        @(Get-CallPost $emulator).Count | Should -Be 0
    }

    It 'binds a CSV with a PhoneNumber column and a UserId agent column' {
        $rows = Import-Rows "PhoneNumber,UserId`n+15557100001,$agent`n+15557100002,$agent"
        $calls = @($rows | New-OutboundCall -Confirm:$false)
        $calls.Destination | Should -Be @('phone +15557100001', 'phone +15557100002')
        $calls.OnBehalfOf | Should -Be @($agent, $agent)
        @(Get-CallPost $emulator).Count | Should -Be 2
    }

    It 'binds an -InputObject array as it binds piped rows, in order, with a percentage on the progress bar' {
        $rows = @(Import-Rows "PhoneNumber,UserId,Label`n+15557100011,$agent,a`n+15557100012,$agent,`n,$agent,c") +
            @(@{ CallUserId = $callee; OnBehalfOf = $agent }, [GenesysCalls.CallContact]::new('+15557100014'))
        $run = Invoke-Captured -Script 'param($Session, $Rows, $Agent) New-OutboundCall -Session $Session -InputObject $Rows -OnBehalfOf $Agent -Confirm:$false' `
            -Parameters @{ Session = (Get-GenesysSession); Rows = $rows; Agent = $agent }
        @($run.Output.Destination) | Should -Be @('phone +15557100011', 'phone +15557100012', "user $callee", 'phone +15557100014')
        $run.Output[0].InputObject.Label | Should -Be 'a'
        (Get-SentBody $run.Output[0].ConversationId).label | Should -Be 'a'
        (Get-SentBody $run.Output[1].ConversationId).PSObject.Properties.Name | Should -Not -Contain 'label'
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallInvalidRequest,*'
        $run.Errors[0].TargetObject.Label | Should -Be 'c'
        $bar = @($run.Progress | Where-Object RecordType -eq 'Processing')
        $bar[-1].StatusDescription | Should -Be '5 of 5 rows processed'
        $bar[-1].PercentComplete | Should -Be 100
    }

    It 'gives a piped $null row its own error and goes on; an empty CSV or array given to -InputObject is no rows' {
        $err = $null
        $calls = @(@{ PhoneNumber = '+15557100021'; UserId = $agent }, $null, @{ PhoneNumber = '+15557100022'; UserId = $agent } |
            New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue)
        $calls.Destination | Should -Be @('phone +15557100021', 'phone +15557100022')
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallInvalidRequest,*'
        $empty = Import-Rows 'PhoneNumber,UserId'
        @(New-OutboundCall -InputObject $empty -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue) | Should -BeNullOrEmpty
        $err | Should -BeNullOrEmpty
        @(New-OutboundCall -InputObject @() -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue) | Should -BeNullOrEmpty
        $err | Should -BeNullOrEmpty
        @(Get-CallPost $emulator).Count | Should -Be 2
    }

    It 'refuses a piped row whose value PowerShell cannot bind (Priority high), instead of sending it without that value' {
        $err = $null
        $row = [pscustomobject]@{ CallQueueId = $queue; Priority = 'high'; UserId = $agent }
        @($row | New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue) | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallInvalidInput,*'
        $err[0].Exception.Message | Should -BeLike "*Priority value 'high' is not a whole number*"
        $err[0].TargetObject | Should -Be $row
        @(Get-CallPost $emulator).Count | Should -Be 0
        $err = $null
        New-OutboundCall -InputObject $row -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewOutboundCallInvalidInput,*'
    }

    It 'binds a text element of an -InputObject array to -Contact, as piping it does' {
        $piped = @('+15557100031' | New-OutboundCall -OnBehalfOf $agent -Confirm:$false)
        $given = @(New-OutboundCall -InputObject @('+15557100032') -OnBehalfOf $agent -Confirm:$false)
        $piped.Destination | Should -Be 'phone +15557100031'
        $given.Destination | Should -Be 'phone +15557100032'
    }

    It 'reads a SkillId cell of comma-separated ids as several skills' {
        $skills = "$([guid]::NewGuid()),$([guid]::NewGuid())"
        $call = Import-Rows "CallQueueId,SkillId,UserId`n$queue,`"$skills`",$agent" | New-OutboundCall -Confirm:$false
        @((Get-SentBody $call.ConversationId).routingSkillsIds) | Should -Be ($skills -split ',')
    }

    It 'binds CallUserId and CallQueueId columns, and mixed rows with blank cells' {
        $rows = Import-Rows "PhoneNumber,CallUserId,CallQueueId,OnBehalfOf`n,$callee,,$agent`n,,$queue,$agent`n+15557100003,,,$agent"
        $calls = @($rows | New-OutboundCall -Confirm:$false)
        $calls.Destination | Should -Be @("user $callee", "queue $queue", 'phone +15557100003')
    }

    It 'treats blank optional cells as not given and sends none of them' {
        $rows = Import-Rows "PhoneNumber,OnBehalfOf,CallerId,CallerIdName,FromQueueId,ExternalContactId,Label,UuiData,Priority,Attributes`n+15557100004,$agent,,,,,,,,"
        $call = $rows | New-OutboundCall -Confirm:$false
        $call.ConversationId | Should -Not -BeNullOrEmpty
        (Get-SentBody $call.ConversationId).PSObject.Properties.Name | Should -Be @('phoneNumber')
    }

    It 'trims numbers and keeps + readable in the request, the debug stream and Export-Csv' {
        $DebugPreference = 'Continue'
        $debug = New-OutboundCall -PhoneNumber '  +15557100005 ' -OnBehalfOf $agent -Confirm:$false 5>&1
        $DebugPreference = 'SilentlyContinue'
        $call = $debug | Where-Object { $_ -is [GenesysCalls.OutboundCall] }
        $call.Request.PhoneNumber | Should -Be '+15557100005'
        "$($call.Request)" | Should -BeExactly '{"phoneNumber":"+15557100005"}'
        $debugText = $debug | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | Out-String
        $debugText | Should -Match '"phoneNumber":"\+15557100005"'
        $debugText | Should -Not -Match '\\u002B'
        $csv = Join-Path $TestDrive 'placed.csv'
        $call | Export-Csv -LiteralPath $csv
        Get-Content -LiteralPath $csv -Raw | Should -Match '\+15557100005' -Because 'Export-Csv writes the request as JSON text'
        Get-Content -LiteralPath $csv -Raw | Should -Not -Match 'u002B'
    }

    It 'binds a piped hashtable by its keys, and refuses a key of the wrong type with the row' {
        $err = $null
        $calls = @(@{ PhoneNumber = '+15557100006'; OnBehalfOf = $agent; Label = 'from a hashtable' },
            @{ PhoneNumber = '+15557100007'; OnBehalfOf = $agent; Priority = 'high' } |
            New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue)
        $calls.Count | Should -Be 1
        $calls[0].Request.Label | Should -Be 'from a hashtable'
        $calls[0].InputObject.PhoneNumber | Should -Be '+15557100006'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidInput,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match "Not sent: the Priority value 'high' is not a whole number; give a whole number such as 5"
        $err[0].TargetObject.PhoneNumber | Should -Be '+15557100007'
    }

    It 'refuses a row that names two destinations, naming both fields' {
        $err = $null
        [pscustomobject]@{ PhoneNumber = '+15557100008'; CallUserId = $callee; OnBehalfOf = $agent } |
            New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match 'phoneNumber, callUserId'
        @(Get-CallPost $emulator).Count | Should -Be 0
    }

    It 'keeps participant display names' {
        $err = $null
        $null = New-OutboundCall -Participant 'Ann Lee <+15557400001>', "Bob <user:$callee>" -OnBehalfOf $agent -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $sent = Get-EmulatorRequests $emulator | Where-Object { $_.method -eq 'POST' } | Select-Object -First 1
        $sent | Should -Not -BeNullOrEmpty
        $body = (Get-EmulatorConversations $emulator | Select-Object -Last 1).request
        if ($err.Count -eq 0) {
            $body.participants.name | Should -Be @('Ann Lee', 'Bob')
            $body.participants[1].userId | Should -Be $callee
        } else {
            # The service may refuse a conference placed for an agent; the request must still have carried the names.
            "$($err[0].ErrorDetails)$($err[0])" | Should -Not -Match 'name'
        }
    }

    It 'refuses a null attribute instead of sending the text null' {
        $err = $null
        New-OutboundCall -PhoneNumber '+15557100009' -OnBehalfOf $agent -Attribute '{"account":null}' -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidAttributes,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match "'account' is null"
        @(Get-CallPost $emulator).Count | Should -Be 0
    }

    It 'uses the destination as TargetObject for command-line calls' {
        $err = $null
        New-OutboundCall -PhoneNumber 'not a number!' -OnBehalfOf $agent -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].TargetObject | Should -BeExactly 'not a number!'
    }

    It '-WhatIf reports what a real run would refuse, and places nothing' {
        $err = $null
        $rows = @([pscustomobject]@{ PhoneNumber = '+15557100010'; UserId = $agent },
            [pscustomobject]@{ PhoneNumber = '+15557100011'; UserId = $noStation },
            [pscustomobject]@{ PhoneNumber = '+15557100012'; UserId = '00000000-0000-4000-8000-00000000dead' })
        $rows | New-OutboundCall -WhatIf -ErrorVariable err -ErrorAction SilentlyContinue
        $err.FullyQualifiedErrorId | Should -Be @('NewOutboundCallAgentHasNoStation,GenesysCalls.Cmdlets.NewOutboundCallCommand',
            'NewOutboundCallAgentNotFound,GenesysCalls.Cmdlets.NewOutboundCallCommand')
        $err.TargetObject.PhoneNumber | Should -Be @('+15557100011', '+15557100012')
        @(Get-CallPost $emulator).Count | Should -Be 0
    }

    It 'with -ErrorAction Stop, places every row before the failing one and none after it' {
        $rows = 1..300 | ForEach-Object { [pscustomobject]@{ PhoneNumber = ('+1555720{0:d4}' -f $_); UserId = $agent } }
        $rows[150].PhoneNumber = 'not a number!'
        { $rows | New-OutboundCall -Confirm:$false -ErrorAction Stop | Out-Null } |
            Should -Throw -ErrorId 'NewOutboundCallRequestHasWarnings,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        $posts = @(Get-CallPost $emulator)
        $posts.Count | Should -Be 150
    }

    It 'warns once per duplicate row and still places it' {
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ PhoneNumber = '+15557100013'; UserId = $agent } }
        $warnings = $null
        $calls = @($rows | New-OutboundCall -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue)
        $calls.Count | Should -Be 3
        $warnings.Count | Should -Be 2
        "$($warnings[0])" | Should -Match '^Input 2 \(the 2nd object New-OutboundCall received\) calls phone \+15557100013 .* as input 1 does'
    }

    It 'warns once that a list over 1,000 rows belongs in an outbound campaign, unless -Force' {
        $rows = 1..1001 | ForEach-Object { [pscustomobject]@{ PhoneNumber = '+15557100014'; UserId = 'not-an-agent' } }
        $warnings = $null
        $rows | New-OutboundCall -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        @($warnings | Where-Object { "$_" -match 'Add-OutboundContact' }).Count | Should -Be 1
        $rows | New-OutboundCall -Confirm:$false -Force -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        @($warnings | Where-Object { "$_" -match 'Add-OutboundContact' }).Count | Should -Be 0
    }

    It 'gets the service''s answer for a forum body on behalf of an unknown user: the body is checked first' {
        $token = Get-EmulatorToken $emulator
        $answer = try {
            Invoke-RestMethod -SkipCertificateCheck -Method Post -Uri "$($emulator.BaseUri)/api/v2/conversations/calls/user/00000000-0000-4000-8000-00000000dead" `
                -Headers @{ Authorization = "Bearer $token" } -ContentType 'application/json' -Body '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}'
        } catch { $_.ErrorDetails.Message | ConvertFrom-Json }
        $answer.code | Should -Be 'invalid.property'
        $answer.status | Should -Be 400
    }

    It 'shows -Priority as a whole number in help' {
        $text = Get-Help New-OutboundCall -Parameter Priority | Out-String
        $text | Should -Match '-Priority <Int32>'
        $text | Should -Not -Match 'Culture='
    }

    It 'keeps readiness-check errors short when the agent read fails' {
        Invoke-EmulatorAdmin $emulator -Method Post -Path '/emulator/faults' -Body @{ serviceUnavailableRate = 1.0; pathContains = '/api/v2/users'; method = 'GET'; seed = 1 } | Out-Null
        try {
            $err = $null
            $rows = 1..3 | ForEach-Object { [pscustomobject]@{ PhoneNumber = "+1555710002$_"; UserId = $agent } }
            $rows | New-OutboundCall -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
            $err.Count | Should -Be 3
            $err[0].FullyQualifiedErrorId | Should -Match '^NewOutboundCallReadinessCheck'
            "$($err[0])".Length | Should -BeLessThan 400
            "$($err[0])" | Should -Not -Match 'id='
            $err[0].TargetObject.PhoneNumber | Should -Be '+15557100021'
        } finally {
            Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/faults' | Out-Null
        }
    }
}
