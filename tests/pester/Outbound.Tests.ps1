BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    # Dial rate 0: a started campaign stays on, so status checks do not race the dialer.
    $emulator = Start-TestEmulator -Agents 2 -ExtraArguments @('--dial-rate', '0')
    Connect-TestOrg $emulator | Out-Null
    $list = Get-OutboundContactList -Name 'Spring renewals'
    function Rows([int] $From, [int] $To) {
        foreach ($i in $From..$To) { [pscustomobject]@{ FirstName = "F$i"; LastName = "L$i"; Phone = ('+1555{0:d7}' -f $i); AccountId = "A$i" } }
    }
    function ContactPosts { @(Invoke-EmulatorAdmin $emulator -Path '/emulator/requests' | ForEach-Object { $_ } | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/contacts' }).Count }
    function ClearLog { Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/requests' | Out-Null }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe "Add-OutboundContact help's rejected-rows file" {
    It 'says which input and column to fix for a value the service refuses' {
        $rows = @(Rows 9001 9003)
        $rows[1].LastName = 'x' * 1100
        $failed = $null
        $rows | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $rejected = @($failed | ForEach-Object { $_.TargetObject | Add-Member -PassThru Reason "$_" })
        $rejected.Count | Should -Be 1
        $rejected[0].FirstName | Should -Be 'F9002'
        $rejected[0].Reason | Should -Match 'input 2'
        $rejected[0].Reason | Should -Match 'LastName'
    }
}

Describe 'Get-OutboundContactList' {
    It 'returns typed lists with columns, phone columns, size and import state' {
        $list.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundContactList'
        $list.ColumnNames | Should -Be @('FirstName', 'LastName', 'Phone', 'AccountId')
        $list.PhoneColumns[0].ColumnName | Should -Be 'Phone'
        $list.PhoneColumns[0].Type | Should -Be 'cell'
        $list.Size | Should -BeOfType [long]
        $list.ImportState | Should -BeNullOrEmpty
        (Get-OutboundContactList -Id $list.Id).Name | Should -Be 'Spring renewals'
        @(Get-OutboundContactList -Name 'spring*').Count | Should -Be 1
    }

    It 'writes a non-terminating error for a name that matches nothing' {
        $err = $null
        Get-OutboundContactList -Name 'Autumn' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'GetOutboundContactListNotFound,GenesysCalls.Cmdlets.GetOutboundContactListCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'completes list names and ids from the org' {
        $line = 'Get-OutboundContactList -Name Spr'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain "'Spring renewals'"
        $line = 'Add-OutboundContact -ContactListId '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain $list.Id
    }

    It 'completes campaign ids, listed by name' {
        $campaign = Get-OutboundCampaign -Name 'Spring renewals'
        $line = 'Start-OutboundCampaign -Id '
        $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $found.CompletionText | Should -Contain $campaign.Id
        ($found | Where-Object CompletionText -eq $campaign.Id).ListItemText | Should -BeLike 'Spring renewals (*)'
    }

    It 'has a table view that fits 80 columns' {
        $text = Get-OutboundContactList | Format-Table | Out-String -Width 200
        $text | Should -Match 'Name\s+Size\s+ImportState\s+Id'
        ($text -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
    }
}

Describe 'Add-OutboundContact' {
    It 'names every contact added but not taken when the pipeline stops (Select-Object -First), and only those' {
        $w = $null
        $out = @(Rows 9101 9110 | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -WarningVariable w | Select-Object -First 3)
        $out.Count | Should -Be 3
        $named = [regex]::Matches("$w", 'added as contact (\w+)') | ForEach-Object { $_.Groups[1].Value }
        @($named).Count | Should -Be 7
        @($named | Where-Object { $_ -in $out.ContactId }) | Should -BeNullOrEmpty
        "$w" | Should -Match '^Sent before the pipeline stopped, and not written: input 4: added as contact'
    }

    It 'adds a CSV, one output per row carrying the row, in batches of 1,000' {
        $csv = Join-Path ([IO.Path]::GetTempPath()) ("contacts-" + [guid]::NewGuid() + '.csv')
        try {
            Rows 1 1500 | Export-Csv $csv -NoTypeInformation
            ClearLog
            $before = (Get-OutboundContactList -Id $list.Id).Size
            $out = @(Import-Csv $csv | Add-OutboundContact -ContactListId $list.Id -Confirm:$false)
            $out.Count | Should -Be 1500
            $out[0].PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundContact'
            $out[0].Input.Phone | Should -Be '+15550000001'
            $out[0].Data['Phone'] | Should -Be '+15550000001'
            $out[0].ContactListId | Should -Be $list.Id
            ContactPosts | Should -Be 2
            (Get-OutboundContactList -Id $list.Id).Size | Should -Be ($before + 1500)
        } finally { Remove-Item $csv -ErrorAction SilentlyContinue }
    }

    It 'takes rows as an -InputObject array: same outputs, and the progress bar shows a percentage' {
        $rows = @(Rows 3001 3003)
        $run = Invoke-Captured -Script 'param($Session, $ListId, $Rows) Add-OutboundContact -Session $Session -ContactListId $ListId -InputObject $Rows -Confirm:$false' `
            -Parameters @{ Session = (Get-GenesysSession); ListId = $list.Id; Rows = $rows }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 3
        @($run.Output | ForEach-Object { $_.Data.Phone }) | Should -Be @($rows.Phone)
        $bar = @($run.Progress | Where-Object RecordType -eq 'Processing')
        $bar.Count | Should -BeGreaterThan 0
        $bar[-1].PercentComplete | Should -Be 100
        $bar[-1].StatusDescription | Should -Be '3 of 3 rows sent'
        $piped = Invoke-Captured -Script 'param($Session, $ListId, $Rows) $Rows | Add-OutboundContact -Session $Session -ContactListId $ListId -Confirm:$false' `
            -Parameters @{ Session = (Get-GenesysSession); ListId = $list.Id; Rows = $rows }
        @($piped.Progress | Where-Object RecordType -eq 'Processing')[-1].StatusDescription | Should -Be '3 rows sent'
    }

    It 'gives a piped $null row an error, and takes an empty CSV given to -InputObject as no rows' {
        $err = $null
        $null | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'AddOutboundContactInvalidValue,*'
        $empty = @()
        Add-OutboundContact -ContactListId $list.Id -InputObject $empty -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err | Should -BeNullOrEmpty
    }

    It 'refuses the later of two rows with the same contact id, so neither is reported added and lost' {
        $err = $null
        $rows = @([pscustomobject]@{ FirstName = 'X'; LastName = 'L'; Phone = '+15551113333'; AccountId = 'DUP-1' },
            [pscustomobject]@{ FirstName = 'Y'; LastName = 'L'; Phone = '+15551113334'; AccountId = 'DUP-1' })
        $added = @($rows | Add-OutboundContact -ContactListId $list.Id -ContactIdProperty AccountId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue)
        $added.Count | Should -Be 1
        $added[0].Data.FirstName | Should -Be 'X'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'AddOutboundContactDuplicateContactId,*'
        $err[0].TargetObject.FirstName | Should -Be 'Y'
    }

    It 'binds a hashtable as a row and takes the contact id from a property' {
        $out = @{ firstname = 'Ann'; PHONE = '+15559990001'; AccountId = 'K-1' } | Add-OutboundContact -ContactListId $list.Id -ContactIdProperty AccountId -Confirm:$false
        $out.ContactId | Should -Be 'K-1'
        $out.Data['FirstName'] | Should -Be 'Ann'
        $out.Data['LastName'] | Should -Be ''
    }

    It 'sends nothing with -WhatIf' {
        ClearLog
        Rows 1 10 | Add-OutboundContact -ContactListId $list.Id -WhatIf | Should -BeNullOrEmpty
        ContactPosts | Should -Be 0
    }

    It 'writes errors that carry the row, and sends the rest' {
        $rows = @(Rows 2001 2005)
        $rows[2].Phone = 'not a number'
        $err = $null
        $out = @($rows | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 4
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'AddOutboundContactInvalidPhoneNumber,GenesysCalls.Cmdlets.AddOutboundContactCommand'
        $err[0].TargetObject.AccountId | Should -Be 'A2003'
        "$($err[0])" | Should -Match "holds 'not a number'"
    }

    It 'with -ErrorAction Stop at row 6 (empty Phone) adds and writes exactly rows 1-5, and sends nothing after' {
        $csv = Join-Path ([IO.Path]::GetTempPath()) ("contacts-stop-" + [guid]::NewGuid() + '.csv')
        try {
            $rows = @(Rows 4001 4008)
            $rows[5].Phone = ''
            $rows | Export-Csv $csv -NoTypeInformation
            ClearLog
            $added = [System.Collections.Generic.List[object]]::new()
            $caught = $null
            try {
                Import-Csv $csv | Add-OutboundContact -ContactListId $list.Id -Confirm:$false -ErrorAction Stop | ForEach-Object { $added.Add($_) }
            } catch { $caught = $_ }
            $caught.FullyQualifiedErrorId | Should -Be 'AddOutboundContactNoPhoneNumber,GenesysCalls.Cmdlets.AddOutboundContactCommand'
            $caught.TargetObject.AccountId | Should -Be 'A4006'
            @($added.Input.AccountId) | Should -Be @('A4001', 'A4002', 'A4003', 'A4004', 'A4005')
            ContactPosts | Should -Be 1
        } finally { Remove-Item $csv -ErrorAction SilentlyContinue }
    }

    It 'writes outcomes in input order with 2>&1: a refused row after the rows before it in its batch' {
        $rows = @(Rows 4101 4105)
        $rows[1].Phone = 'not a number'
        $rows[3].Phone = ''
        $all = @($rows | Add-OutboundContact -ContactListId $list.Id -Confirm:$false 2>&1)
        @($all | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.TargetObject.AccountId)" } else { $_.Input.AccountId } }) |
            Should -Be @('A4101', 'error A4102', 'A4103', 'error A4104', 'A4105')
        @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId |
            Should -Be @('AddOutboundContactInvalidPhoneNumber,GenesysCalls.Cmdlets.AddOutboundContactCommand',
                'AddOutboundContactNoPhoneNumber,GenesysCalls.Cmdlets.AddOutboundContactCommand')
    }

    It 'refuses a row whose -ContactIdProperty cell is blank (not given) and sends nothing for it' {
        $csv = Join-Path ([IO.Path]::GetTempPath()) ("contacts-blank-id-" + [guid]::NewGuid() + '.csv')
        try {
            "FirstName,LastName,Phone,AccountId`nAnn,Lee,+15557781001," | Set-Content $csv
            ClearLog
            $err = $null
            $out = Import-Csv $csv | Add-OutboundContact -ContactListId $list.Id -ContactIdProperty AccountId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            ContactPosts | Should -Be 0
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be 'AddOutboundContactMissingContactId,GenesysCalls.Cmdlets.AddOutboundContactCommand'
            $err[0].TargetObject.FirstName | Should -Be 'Ann'
        } finally { Remove-Item $csv -ErrorAction SilentlyContinue }
    }

    It 'warns once about a property that names no column' {
        $warn = $null
        1..3 | ForEach-Object { [pscustomobject]@{ Phone = "+1555777000$_"; Email = "x$_@example.com" } } |
            Add-OutboundContact -ContactListId $list.Id -Confirm:$false -WarningVariable warn -WarningAction SilentlyContinue | Out-Null
        @($warn).Count | Should -Be 1
        "$($warn[0])" | Should -Match "'Email' names no column"
    }

    It 'ends with a terminating error for an unknown list' {
        { Rows 1 1 | Add-OutboundContact -ContactListId '00000000-0000-4000-8000-000000000001' -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'AddOutboundContactContactListNotFound,GenesysCalls.Cmdlets.AddOutboundContactCommand'
    }
}

Describe 'Get-, Start- and Stop-OutboundCampaign' {
    BeforeAll { $campaign = Get-OutboundCampaign -Name 'Spring renewals' }

    It 'returns the campaign on the list, with progress on request' {
        $campaign.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.OutboundCampaign'
        $campaign.ContactListId | Should -Be $list.Id
        $campaign.Status | Should -Be 'off'
        $campaign.ContactsCalled | Should -BeNullOrEmpty
        $p = Get-OutboundCampaign -Id $campaign.Id -Progress
        $p.TotalContacts | Should -Be (Get-OutboundContactList -Id $list.Id).Size
        $p.ContactsCalled | Should -Be 0
        $line = 'Start-OutboundCampaign -Name Spr'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain "'Spring renewals'"
        ((Get-OutboundCampaign | Format-Table | Out-String -Width 200) -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
    }

    It 'changes nothing with -WhatIf' {
        $campaign | Start-OutboundCampaign -WhatIf
        (Get-OutboundCampaign -Id $campaign.Id).Status | Should -Be 'off'
    }

    It 'reports a refusal as an error with its own id' {
        Invoke-EmulatorAdmin $emulator -Method Patch -Path "/emulator/campaigns/$($campaign.Id)" -Body @{ siteHasActiveEdges = $false } | Out-Null
        $err = $null
        $campaign | Start-OutboundCampaign -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'StartOutboundCampaignNoActiveEdges,GenesysCalls.Cmdlets.StartOutboundCampaignCommand'
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'Edge'
        Invoke-EmulatorAdmin $emulator -Method Patch -Path "/emulator/campaigns/$($campaign.Id)" -Body @{ siteHasActiveEdges = $true } | Out-Null
    }

    It 'starts from the pipeline with -PassThru and stops by name' {
        $started = $campaign | Start-OutboundCampaign -Confirm:$false -PassThru
        $started.Status | Should -Be 'on'
        (Get-OutboundCampaign -Id $campaign.Id).Status | Should -Be 'on'
        Stop-OutboundCampaign -Name 'Spring renewals' -Confirm:$false
        (Get-OutboundCampaign -Id $campaign.Id).Status | Should -BeIn @('stopping', 'off')
    }

    It 'declares high confirm impact' {
        foreach ($name in 'Start-OutboundCampaign', 'Stop-OutboundCampaign') {
            $attribute = (Get-Command $name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]
            $attribute.ConfirmImpact | Should -Be 'High'
        }
    }
}
