# A placed call is never unreported, not even when the pipeline stops (issue 19, item 11).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 40
    Connect-TestOrg $emulator | Out-Null
    $presence = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*' | ForEach-Object id | Test-AgentPresence)
    $ready = $presence | Where-Object CanPlaceCall | Select-Object -First 1
    $noStation = $presence | Where-Object { -not $_.HasStation } | Select-Object -First 1
    function Get-CreatedIds { @(Get-EmulatorConversations $emulator | ForEach-Object id) }
}

AfterAll {
    Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/faults' | Out-Null
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'New-OutboundCall -ThrottleLimit when the pipeline stops' {
    It 'writes, or names in the stopping error, every call sent before -ErrorAction Stop (run <Run>)' -ForEach @(1..6 | ForEach-Object { @{ Run = $_ } }) {
        # Slow answers keep several creates in flight when row 21 fails.
        Invoke-EmulatorAdmin $emulator -Method Post -Path '/emulator/faults' -Body @{ latencyMs = 0; pathContains = '/conversations/calls' } | Out-Null
        $before = Get-CreatedIds
        $rows = 1..40 | ForEach-Object {
            [pscustomobject]@{ PhoneNumber = ('+1555{0:d3}{1:d4}' -f $Run, $_); OnBehalfOf = $(if ($_ -eq 21) { $noStation.UserId } else { $ready.UserId }) }
        }
        $out = [System.Collections.Generic.List[object]]::new()
        $stop = $null
        try { $rows | New-OutboundCall -ThrottleLimit 4 -SkipReadinessCheck -Confirm:$false -ErrorAction Stop | ForEach-Object { $out.Add($_) } }
        catch { $stop = $_ }
        Invoke-EmulatorAdmin $emulator -Method Delete -Path '/emulator/faults' | Out-Null
        $stop | Should -Not -BeNullOrEmpty
        $stop.FullyQualifiedErrorId | Should -BeLike 'NewOutboundCall*'
        $created = @(Get-CreatedIds | Where-Object { $_ -notin $before })
        $created.Count | Should -BeGreaterThan 0
        $reported = @($out | ForEach-Object ConversationId)
        $stopText = "$stop $($stop.ErrorDetails.Message)"
        $lost = @($created | Where-Object { $_ -notin $reported -and $stopText -notmatch [regex]::Escape($_) })
        $lost | Should -BeNullOrEmpty
    }
}
