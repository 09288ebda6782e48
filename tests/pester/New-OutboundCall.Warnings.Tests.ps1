# A warning holds the call unless -Force, whichever way the request arrives (issue 19, item 1).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $emulator = Start-TestEmulator -Agents 20
    Connect-TestOrg $emulator | Out-Null
    $ready = (Get-TestAgents $emulator).Ready
    # The same name twice: the typed request keeps only the last number, so the warning must travel with it.
    $script:dup = '{"phoneNumber":"+15550001111","phoneNumber":"+15550002222"}'
    $script:held = 'NewOutboundCallRequestHasWarnings,GenesysCalls.Cmdlets.NewOutboundCallCommand'
    $folder = Join-Path ([IO.Path]::GetTempPath()) ("warn-" + [guid]::NewGuid())
    New-Item -ItemType Directory $folder | Out-Null
    $script:dupFile = Join-Path $folder 'dup.json'
    Set-Content -LiteralPath $dupFile -Value $dup
    $script:csv = Join-Path $folder 'calls.csv'
    [pscustomobject]@{ Request = $dup; OnBehalfOf = $ready.UserId } | Export-Csv -LiteralPath $csv -NoTypeInformation
    function Get-CallPosts { @(Get-CallPost $emulator) }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
    Remove-Item -LiteralPath $folder -Recurse -ErrorAction SilentlyContinue
}

Describe 'New-OutboundCall holds a request with warnings on every path' {
    BeforeEach { Clear-EmulatorLog $emulator }

    It 'holds it when it arrives <Path>' -ForEach @(
        @{ Path = 'as a piped Test-CallPayload report of a file'
            Run = { param($p) Test-CallPayload -Path $dupFile | New-OutboundCall -OnBehalfOf $ready.UserId @p } }
        @{ Path = 'as a piped Test-CallPayload report of -Json'
            Run = { param($p) Test-CallPayload -Json $dup | New-OutboundCall -OnBehalfOf $ready.UserId @p } }
        @{ Path = 'in -Request, typed'
            Run = { param($p) New-OutboundCall -Request (Test-CallPayload -Json $dup).Request -OnBehalfOf $ready.UserId @p } }
        @{ Path = 'in -Request, as JSON text'; Run = { param($p) New-OutboundCall -Request $dup -OnBehalfOf $ready.UserId @p } }
        @{ Path = 'in a Request column of a CSV'; Run = { param($p) Import-Csv -LiteralPath $csv | New-OutboundCall @p } }
        @{ Path = 'in a hashtable, as JSON text'; Run = { param($p) @{ Request = $dup; OnBehalfOf = $ready.UserId } | New-OutboundCall @p } }
        @{ Path = 'in a hashtable, typed'
            Run = { param($p) @{ Request = (Test-CallPayload -Json $dup).Request; OnBehalfOf = $ready.UserId } | New-OutboundCall @p } }
        @{ Path = 'in -InputObject rows'; Run = { param($p) New-OutboundCall -InputObject @(Import-Csv -LiteralPath $csv) @p } }
    ) {
        $all = @(& $Run @{ Confirm = $false } 2>&1)
        $err = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        ($all.Count - $err.Count) | Should -Be 0
        @($err).Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be $held
        "$($err[0])" | Should -Match 'phoneNumber appears more than once'
        (Get-CallPosts).Count | Should -Be 0
        $forced = @(& $Run @{ Confirm = $false; Force = $true })
        $forced.Count | Should -Be 1
        (Get-CallPosts).Count | Should -Be 1
    }

    It 'drops the finding when a parameter replaces the repeated field' {
        $call = New-OutboundCall -Request $dup -PhoneNumber '+15550003333' -OnBehalfOf $ready.UserId -Confirm:$false
        $call.Request.PhoneNumber | Should -Be '+15550003333'
    }

    It 'refuses JSON text that is not JSON, naming the syntax error' {
        $err = $null
        New-OutboundCall -Request '{"phoneNumber":' -OnBehalfOf $ready.UserId -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NewOutboundCallInvalidRequest,GenesysCalls.Cmdlets.NewOutboundCallCommand'
        "$($err[0])" | Should -Match 'not valid JSON'
        (Get-CallPosts).Count | Should -Be 0
    }
}
