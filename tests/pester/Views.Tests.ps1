# The format file: every column names a real property, and every table reads at 80 columns and uses more when there is.
BeforeDiscovery {
    $formatFile = Join-Path $PSScriptRoot '../../src/GenesysCalls/GenesysCalls.format.ps1xml'
    $views = foreach ($view in ([xml](Get-Content -LiteralPath $formatFile -Raw)).Configuration.ViewDefinitions.View) {
        @{ Name = $view.Name; TypeName = $view.ViewSelectedBy.TypeName; Properties = @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem.PropertyName | Where-Object { $_ }) }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20
    $session = Connect-TestOrg $emulator
    $agents = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*')
    $samples = @{
        'GenesysCalls.CallPayloadReport' = @(Test-CallPayload -Json '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}')
        'GenesysCalls.Diagnostic' = @((Test-CallPayload -Json '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}').Diagnostics)
        'GenesysCalls.GenesysSession' = @($session)
        'GenesysCalls.AgentPresence' = @($agents.id | Test-AgentPresence)
        'GenesysCalls.OutboundCall' = @(New-OutboundCall -PhoneNumber '+15557800001' -OnBehalfOf (@($agents.id | Test-AgentPresence) | Where-Object CanPlaceCall)[0].UserId -Confirm:$false)
        'GenesysCalls.OutboundContactList' = @(Get-OutboundContactList)
        'GenesysCalls.OutboundCampaign' = @(Get-OutboundCampaign -Progress)
    }
    $list = $samples['GenesysCalls.OutboundContactList'][0]
    $samples['GenesysCalls.OutboundContact'] = @([pscustomobject]@{ FirstName = 'Ann'; LastName = 'Lee'; Phone = '+15557800002'; AccountId = 'A-1' } |
        Add-OutboundContact -ContactListId $list.Id -Confirm:$false)
    $ready = @(@($agents.id | Test-AgentPresence) | Where-Object CanPlaceCall)
    $samples['GenesysCalls.OutboundCall'] += @(New-OutboundCall -CallUserId $ready[1].UserId -OnBehalfOf $ready[2].UserId -Confirm:$false)
    $samples['GenesysCalls.OutboundCallStatus'] = @($samples['GenesysCalls.OutboundCall'] | Get-OutboundCall) +
        @($samples['GenesysCalls.OutboundCall'] | ForEach-Object { [pscustomobject]@{ ConversationId = $_.ConversationId } } | Get-OutboundCall)
    $queueId = (Get-EmulatorQueues $emulator)[0].id
    $samples['GenesysCalls.OutboundCallback'] = @(New-OutboundCallback -PhoneNumber '+15557800003' -QueueId $queueId -Name 'Ann Lee' -ScheduledTime (Get-Date).AddHours(2) -Confirm:$false)
    $samples['GenesysCalls.OutboundCallbackStatus'] = @($samples['GenesysCalls.OutboundCallback'] | Get-OutboundCallback)
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'View <Name>' -ForEach $views {
    It 'names only properties the type has' {
        $type = [System.AppDomain]::CurrentDomain.GetAssemblies().GetTypes() | Where-Object FullName -eq $TypeName | Select-Object -First 1
        $type | Should -Not -BeNullOrEmpty -Because "$TypeName is the type the view selects"
        foreach ($property in $Properties) { $type.GetProperty($property) | Should -Not -BeNullOrEmpty -Because "$Name binds $property" }
    }

    It 'fits 80 columns with whole headers' {
        $lines = @($samples[$TypeName] | Format-Table | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        $headers = $lines[0] -split '\s+' | Where-Object { $_ }
        $labels = ([xml](Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../src/GenesysCalls/GenesysCalls.format.ps1xml') -Raw)).Configuration.ViewDefinitions.View |
            Where-Object Name -eq $Name | ForEach-Object { $_.TableControl.TableHeaders.TableColumnHeader.Label }
        $headers | Should -Be $labels
    }

    It 'shows an id (GUID) at 80 columns whole or not at all' {
        $text = $samples[$TypeName] | Format-Table | Out-String -Width 80
        $cut = @([regex]::Matches($text, '(?i)(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f-]*') | Where-Object { $_.Value -notmatch '(?i)^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$' })
        @($cut.Value) | Should -BeNullOrEmpty -Because "a cut id cannot be used; the table was:`n$text"
    }
}

Describe 'Wide tables' {
    It 'shows presence reasons and payload findings whole at 200 columns' {
        $busy = $samples['GenesysCalls.AgentPresence'] | Where-Object { -not $_.CanPlaceCall } | Select-Object -First 1
        $table = $busy | Format-Table | Out-String -Width 200
        $table | Should -Match ([regex]::Escape($busy.Reasons -join '; '))
        $finding = $samples['GenesysCalls.Diagnostic'][0]
        ($finding | Format-Table | Out-String -Width 200) | Should -Match ([regex]::Escape($finding.Message))
    }

    It 'shows whole times' {
        $call = $samples['GenesysCalls.OutboundCall'][0]
        ($call | Format-Table | Out-String -Width 80) | Should -Match ([regex]::Escape($call.PlacedAt.ToString('HH:mm:ss')))
        ($session | Format-List | Out-String -Width 80) | Should -Match 'ExpiresAt\s*:\s*\S' 
    }
}
