# The lifecycle every cmdlet shares (GenesysCmdlet): however a command ends, no progress activity is left open.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 150
    Connect-TestOrg $emulator | Out-Null
    $users = @(Get-EmulatorUsers $emulator)
    $ids = @($users | Where-Object email -like 'agent*' | ForEach-Object id)
    $agent = @($ids | Test-AgentPresence | Where-Object CanPlaceCall)[0].UserId
    function Invoke-Stopped([string] $Script, [hashtable] $Parameters, [scriptblock] $StopWhen) {
        # Runs the script in a fresh runspace and stops it as Ctrl+C does (PowerShell.Stop()) once StopWhen holds for its progress.
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', (Get-TestModulePath)).AddStatement()
            $null = $ps.AddScript($Script).AddParameters($Parameters)
            $handle = $ps.BeginInvoke()
            $deadline = [datetime]::UtcNow.AddSeconds(60)
            while (-not $handle.IsCompleted -and -not (& $StopWhen @($ps.Streams.Progress)) -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $ps.Stop()
            try { $null = $ps.EndInvoke($handle) } catch { }
            [pscustomobject]@{ State = $ps.InvocationStateInfo.State; Progress = @($ps.Streams.Progress) }
        }
        finally { $ps.Dispose() }
    }
    function Get-OpenActivity($progress) {
        # An activity is open when its last record is not Completed.
        @($progress | Group-Object ActivityId | Where-Object { $_.Group[-1].RecordType -ne 'Completed' } | ForEach-Object Name)
    }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe 'Progress is completed on every exit' {
    It 'closes Test-AgentPresence''s bar when Select-Object -First stops it' {
        $run = Invoke-Captured -Script 'param($Session, $Ids) Test-AgentPresence -Session $Session -UserId $Ids | Select-Object -First 3' `
            -Parameters @{ Session = (Get-GenesysSession); Ids = $ids }
        $run.Output.Count | Should -Be 3
        @($run.Progress | Where-Object RecordType -eq 'Processing' | Where-Object PercentComplete -ge 0).Count | Should -BeGreaterThan 0
        Get-OpenActivity $run.Progress | Should -BeNullOrEmpty
    }

    It 'closes New-OutboundCall''s bar when Select-Object -First stops it' {
        $rows = 1..4 | ForEach-Object { [pscustomobject]@{ PhoneNumber = '+1555720000' + $_; OnBehalfOf = $agent } }
        $run = Invoke-Captured -Script 'param($Session, $Rows) New-OutboundCall -Session $Session -InputObject $Rows -Confirm:$false -Force -WarningAction SilentlyContinue | Select-Object -First 2' `
            -Parameters @{ Session = (Get-GenesysSession); Rows = $rows }
        $run.Output.Count | Should -Be 2
        @($run.Progress | Where-Object RecordType -eq 'Processing' | Where-Object PercentComplete -ge 0).Count | Should -BeGreaterThan 0
        Get-OpenActivity $run.Progress | Should -BeNullOrEmpty
    }

    It 'closes every bar when Ctrl+C stops Wait-OutboundCall, and New-OutboundCall upstream of it' {
        $script = 'param($Session, $Agents) $Agents | New-OutboundCall -Session $Session -PhoneNumber +15559876543 -Confirm:$false -Force -WarningAction SilentlyContinue | Wait-OutboundCall -Session $Session'
        $run = Invoke-Stopped $script @{ Session = (Get-GenesysSession); Agents = @($ids | Test-AgentPresence | Where-Object CanPlaceCall | Select-Object -First 2) } {
            param($progress) @($progress | Where-Object Activity -like 'Waiting*').Count -gt 0
        }
        "$($run.State)" | Should -Be 'Stopped'
        $wait = @($run.Progress | Where-Object Activity -like 'Waiting*')
        $wait.Count | Should -BeGreaterThan 0
        "$($wait[-1].RecordType)" | Should -Be 'Completed' -Because "the last record was '$($wait[-1].StatusDescription)'"
        Get-OpenActivity $run.Progress | Should -BeNullOrEmpty
    }

    It 'closes Test-AgentPresence''s bar when Ctrl+C stops it' {
        $run = Invoke-Stopped 'param($Session, $Ids) foreach ($i in 1..20) { Test-AgentPresence -Session $Session -UserId $Ids }' @{ Session = (Get-GenesysSession); Ids = $ids } {
            param($progress) @($progress | Where-Object RecordType -eq 'Processing').Count -gt 0
        }
        "$($run.State)" | Should -Be 'Stopped'
        Get-OpenActivity $run.Progress | Should -BeNullOrEmpty
    }

    It 'closes the bar when a terminating error ends the command' {
        $run = Invoke-Captured -Script 'param($Session, $Ids) $Ids | Test-AgentPresence -Session $Session | ForEach-Object { if ($_.UserId -eq $Ids[2]) { throw "stop here" } $_ }' `
            -Parameters @{ Session = (Get-GenesysSession); Ids = $ids }
        Get-OpenActivity $run.Progress | Should -BeNullOrEmpty
    }
}
