# Every example of every cmdlet's help, as Get-Help shows it, run against the emulator (in a fresh runspace, or in its
# own pwsh when it ends with exit). Only the org changes: Connect-GenesysOrg gets the emulator's -BaseUri (and loses
# -Region, which the emulator stands in for), and the fixtures the examples name (calls.csv, $agentId, ...) exist. An
# example passes when it writes no error (and, in its own pwsh, exits 0). -Interactive examples sign in through a stand-in browser that completes the emulator's sign-in page.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $examples = foreach ($command in Get-Command -Module GenesysCalls | Sort-Object Name) {
        foreach ($example in (Get-Help $command.Name -Full).examples.example) {
            @{ Command = $command.Name; Key = $command.Name + '|' + $example.title; Title = ($example.title -replace '^-+\s*|\s*-+$', ''); Code = $example.code }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $codeClientId = 'b1c2d3e4-0000-4000-8000-123456789abc'
    $seed = Join-Path $TestDrive 'seed.json'
    @{
        clients = @(@{ id = $codeClientId; name = 'Help examples sign-in'; grantType = 'CODE' })
        # The agent New-OutboundCall's first example names.
        users = @(@{ id = '3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e'; name = 'Example Agent'; email = 'example.agent@example.com'; stationName = 'Example phone' })
    } | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $seed
    $emulator = Start-TestEmulator -Agents 20 -ClientSecret 'emulator-secret' -ExtraArguments @('--seed', $seed, '--call-speed', '100')
    $users = @(Get-EmulatorUsers $emulator | Where-Object email -like 'agent*')
    Import-Module (Get-TestModulePath) -Force
    Connect-TestOrg $emulator | Out-Null
    $ready = @($users.id | Test-AgentPresence | Where-Object CanPlaceCall)
    Disconnect-GenesysOrg -All

    $work = Join-Path $TestDrive 'work'
    New-Item -ItemType Directory -Path (Join-Path $work 'payloads') -Force | Out-Null
    $agentId = $ready[0].UserId
    "PhoneNumber,OnBehalfOf,FromQueueId,CallerId,Label,Attributes`n+15557900001,$agentId,,,pester,`"{`"`"account`"`":`"`"1`"`"}`"`n+15557900002,$agentId,,+15550100100,,"
        | Set-Content -LiteralPath (Join-Path $work 'calls.csv')
    "UserId`n$($ready[0].UserId)`n$($ready[1].UserId)" | Set-Content -LiteralPath (Join-Path $work 'agents.csv')
    "phoneNumber,callerId,label`n+15557900003,+15550100100,callback" | Set-Content -LiteralPath (Join-Path $work 'callbacks.csv')
    '{"phoneNumber":"+15557900004","label":"callback"}' | Set-Content -LiteralPath (Join-Path $work 'callback.json')
    '{"phoneNumber":"+15557900005"}' | Set-Content -LiteralPath (Join-Path $work 'payload.json')
    '{"phoneNumber":"+15557900006"}' | Set-Content -LiteralPath (Join-Path $work 'payloads/good.json')
    '{"from":{"phoneNumber":"+15557900007"}}' | Set-Content -LiteralPath (Join-Path $work 'payloads/forum.json')
    $users[0..2].email | Set-Content -LiteralPath (Join-Path $work 'emails.txt')
    "PhoneNumber,Name,QueueId`n+15557900031,Ann Lee,$((Get-EmulatorQueues $emulator)[0].id)`n+15557900032,Bob Ray,$((Get-EmulatorQueues $emulator)[0].id)" |
        Set-Content -LiteralPath (Join-Path $work 'missed-calls.csv')
    "FirstName,LastName,Phone,AccountId`nAnn,Lee,+15557900011,A-1`nBob,Ray,+15557900012,A-2" | Set-Content -LiteralPath (Join-Path $work 'leads.csv')

    # The stand-in browser: open the sign-in page as the first agent and follow the redirect back to the module.
    $bin = Join-Path $TestDrive 'bin'
    New-Item -ItemType Directory -Path $bin -Force | Out-Null
    "#!/bin/sh`nexec curl -sk -o /dev/null -L `"`$1&login_hint=$($users[0].email)`"" | Set-Content -LiteralPath (Join-Path $bin 'xdg-open')
    chmod +x (Join-Path $bin 'xdg-open')

    $prelude = @"
`$ErrorActionPreference = 'Continue'
Import-Module '$(Get-TestModulePath)'
`$PSDefaultParameterValues = @{ 'Connect-GenesysOrg:BaseUri' = '$($emulator.BaseUri)'; 'Connect-GenesysOrg:SkipCertificateCheck' = `$true; 'Invoke-RestMethod:SkipCertificateCheck' = `$true }
function Get-Credential { [pscredential]::new('$($emulator.ClientId)', (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force)) }
function Get-Secret { ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force }
`$agentId = '$agentId'; `$ids = @('$($ready[0].UserId)', '$($ready[1].UserId)'); `$codeClientId = '$codeClientId'
`$queueId = '$((Get-EmulatorQueues $emulator)[0].id)'; `$skillId = '6f0e9d8c-7b6a-4594-8382-716f5e4d3c2b'
`$env:GENESYS_CLIENT_ID = '$($emulator.ClientId)'
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret)
"@

    # Only what an example names is set up before it, so each starts fast.
    $optional = [ordered]@{
        'Test|Prod' = @"
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret) -Name Test
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret) -Name Prod
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret)
"@
        '\$listId' = "`$listId = (Get-OutboundContactList -Name 'Spring renewals').Id"
        # At --call-speed 100 these are answered at once and end within a second (a number ending in 9 would stay connected 36 s).
        '\$calls|\$id\b' = @"
`$calls = @(New-OutboundCall -PhoneNumber '+15557900026' -OnBehalfOf `$agentId -Confirm:`$false) + @(New-OutboundCall -PhoneNumber '+15557900025' -OnBehalfOf `$agentId -Confirm:`$false)
`$id = `$calls[0].ConversationId
"@
    }

    function Start-Example([string] $code) {
        $script = Join-Path $TestDrive ('example-' + [guid]::NewGuid() + '.ps1')
        # The emulator stands in for every region.
        $body = $code -replace "-Region\s+(?:'[^']*'|`"[^`"]*`"|\S+)", '' -replace 'https://127\.0\.0\.1:5001', $emulator.BaseUri
        $setup = foreach ($need in $optional.Keys) { if ($code -match $need) { $optional[$need] } }
        Set-Content -LiteralPath $script -Value ($prelude + "`n" + ($setup -join "`n") + "`n" + $body)
        $info = [System.Diagnostics.ProcessStartInfo]::new((Get-Process -Id $PID).Path)
        foreach ($a in '-NoProfile', '-NonInteractive', '-File', $script) { $info.ArgumentList.Add($a) }
        $info.WorkingDirectory = $work
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.Environment['GENESYSCLOUD_OAUTHCLIENT_ID'] = $emulator.ClientId
        $info.Environment['GENESYSCLOUD_OAUTHCLIENT_SECRET'] = 'emulator-secret'
        $info.Environment.Remove('GENESYSCLOUD_REGION') | Out-Null
        $info.Environment['PATH'] = $bin + [IO.Path]::PathSeparator + $env:PATH
        $info.Environment['DISPLAY'] = ':0'
        $process = [System.Diagnostics.Process]::Start($info)
        [pscustomobject]@{ Process = $process; Output = $process.StandardOutput.ReadToEndAsync(); Errors = $process.StandardError.ReadToEndAsync() }
    }

    function Complete-Example($started) {
        if (-not $started.Process.WaitForExit(90000)) { $started.Process.Kill(); return [pscustomobject]@{ ExitCode = -1; Output = ''; Errors = 'did not finish within 90 s' } }
        [pscustomobject]@{ ExitCode = $started.Process.ExitCode; Output = $started.Output.Result; Errors = $started.Errors.Result }
    }

    # An example that ends with exit runs in its own pwsh, so its exit code can be read; the others run one by one in a
    # fresh runspace of this process (a new pwsh for each takes minutes on two cores). Sessions are per process, so each
    # example starts from its own sign-in in the prelude, and nothing runs beside it.
    function Invoke-InRunspace([string] $code) {
        $setup = foreach ($need in $optional.Keys) { if ($code -match $need) { $optional[$need] } }
        $body = $code -replace "-Region\s+(?:'[^']*'|`"[^`"]*`"|\S+)", '' -replace 'https://127\.0\.0\.1:5001', $emulator.BaseUri
        $runspace = [runspacefactory]::CreateRunspace()
        $runspace.Open()
        $runspace.SessionStateProxy.Path.SetLocation($work) | Out-Null
        $shell = [powershell]::Create()
        $shell.Runspace = $runspace
        try {
            $null = $shell.AddScript($prelude + "`n" + ($setup -join "`n") + "`n" + $body)
            $output = try { $shell.Invoke() | Out-String } catch { $_.Exception.Message }
            $errors = ($shell.Streams.Error | ForEach-Object { "$_" }) -join "`n"
            [pscustomobject]@{ ExitCode = 0; Output = $output; Errors = $errors }
        } finally {
            $shell.Dispose()
            $runspace.Dispose()
            Disconnect-GenesysOrg -All
        }
    }

    $results = @{}
    $all = @(foreach ($command in Get-Command -Module GenesysCalls | Sort-Object Name) {
        foreach ($example in (Get-Help $command.Name -Full).examples.example) { [pscustomobject]@{ Key = $command.Name + '|' + $example.title; Code = $example.code } }
    })
    $ownProcess = @($all | Where-Object Code -match '\bexit\b' | ForEach-Object { [pscustomobject]@{ Key = $_.Key; Started = Start-Example $_.Code } })
    $saved = @{ PATH = $env:PATH; DISPLAY = $env:DISPLAY; ID = $env:GENESYSCLOUD_OAUTHCLIENT_ID; SECRET = $env:GENESYSCLOUD_OAUTHCLIENT_SECRET; REGION = $env:GENESYSCLOUD_REGION }
    try {
        $env:PATH = $bin + [IO.Path]::PathSeparator + $env:PATH
        $env:DISPLAY = ':0'
        $env:GENESYSCLOUD_OAUTHCLIENT_ID = $emulator.ClientId
        $env:GENESYSCLOUD_OAUTHCLIENT_SECRET = 'emulator-secret'
        $env:GENESYSCLOUD_REGION = $null
        foreach ($example in $all | Where-Object Code -notmatch '\bexit\b') { $results[$example.Key] = Invoke-InRunspace $example.Code }
    } finally {
        $env:PATH = $saved.PATH; $env:DISPLAY = $saved.DISPLAY; $env:GENESYSCLOUD_OAUTHCLIENT_ID = $saved.ID
        $env:GENESYSCLOUD_OAUTHCLIENT_SECRET = $saved.SECRET; $env:GENESYSCLOUD_REGION = $saved.REGION
    }
    foreach ($started in $ownProcess) { $results[$started.Key] = Complete-Example $started.Started }
}

AfterAll {
    Disconnect-GenesysOrg -All
    Stop-TestEmulator $emulator
}

Describe '<Command> help: <Title>' -ForEach $examples {
    It 'runs as written against the emulator' {
        $result = $results[$Key]
        $result | Should -Not -BeNullOrEmpty
        $result.Errors | Should -BeNullOrEmpty -Because "$Command '$Title' should write no error:`n$Code"
        $result.ExitCode | Should -Be 0 -Because $result.Output
    }
}
