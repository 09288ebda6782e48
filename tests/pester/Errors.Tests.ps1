# The problem table (Core/Commands/Problems) as PowerShell sees it: the ids the host makes, and every help page's list.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $script:Cmdlets = @((Get-Command -Module (Import-Module (Get-TestModulePath) -PassThru -Force)).Name)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Problems = [GenesysCalls.OutboundCall].Assembly.GetType('GenesysCalls.Core.Commands.Problems', $true)
    $script:Records = (Get-Command New-OutboundCall).ImplementingType.Assembly.GetType('GenesysCalls.Cmdlets.Hosting.ErrorRecords', $true)
    function Get-TableId([string] $Cmdlet) {
        @($script:Problems.GetMethod('For').Invoke($null, @($Cmdlet)) | ForEach-Object { $_.IdFor($Cmdlet) }) | Sort-Object -Unique
    }
    function Get-Problem([string] $Name) { $script:Problems.GetField($Name).GetValue($null) }
}

Describe 'Error ids' {
    It 'are the cmdlet''s name without its hyphen, then the problem, made by the host' {
        $id = $script:Records.GetMethod('Id').Invoke($null, @((Get-Problem 'AgentHasNoStation'), 'New-OutboundCall'))
        $id | Should -Be 'NewOutboundCallAgentHasNoStation'
    }

    It 'refuse, under the test suite''s switch, a problem the table does not list for the running cmdlet' {
        $env:GENESYSCALLS_CHECK_PROBLEMS | Should -Be '1'
        { $script:Records.GetMethod('Id').Invoke($null, @((Get-Problem 'AgentHasNoStation'), 'Get-OutboundCall')) } |
            Should -Throw '*Get-OutboundCall raised AgentHasNoStation*'
    }

    It 'come through a real cmdlet as the table says: <Cmdlet> without a session' -ForEach @(
        @{ Cmdlet = 'Get-OutboundCall'; Run = { Get-OutboundCall -ConversationId ([guid]::NewGuid()) -ErrorAction Stop } }
        @{ Cmdlet = 'Test-AgentPresence'; Run = { Test-AgentPresence -UserId ([guid]::NewGuid()) -ErrorAction Stop } }
    ) {
        Disconnect-GenesysOrg -All
        $err = { & $Run } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike "$($Cmdlet.Replace('-', ''))NotConnected,*"
        "$($Cmdlet.Replace('-', ''))NotConnected" | Should -BeIn (Get-TableId $Cmdlet)
    }

    It 'of <_> are exactly the ones its help lists' -ForEach $script:Cmdlets {
        $prefix = $_.Replace('-', '')
        $full = Get-Help $_ -Full
        # The pages' own text, not its rendering (Get-Help wraps long words).
        $help = @($full.description.Text) + @($full.alertSet.alert.Text) -join "`n"
        $named = [regex]::Matches($help, "\b$prefix[A-Z]\w*\b(?!<)") | ForEach-Object Value | Where-Object { $_ -ne "${prefix}Command" } |
            Sort-Object -Unique
        @($named) | Should -Be @(Get-TableId $_)
    }
}
