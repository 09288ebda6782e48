# Every example of every cmdlet's help, as Get-Help shows it, run in its own pwsh against the emulator. Only the
# org changes: Connect-GenesysOrg gets the emulator's -BaseUri (and loses -Region, which the emulator stands in for),
# and the fixtures the examples name (calls.csv, $agentId, ...) exist. An example passes when it exits 0 and writes
# no error. -Interactive examples sign in through a stand-in browser that completes the emulator's sign-in page.
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
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret) -Name Test
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret) -Name Prod
Connect-GenesysOrg -ClientId '$($emulator.ClientId)' -ClientSecret (Get-Secret)
`$listId = (Get-OutboundContactList -Name 'Spring renewals').Id
# Calls to numbers ending in 9 stay connected until hung up; the others end within a second at --call-speed 100.
`$calls = @(New-OutboundCall -PhoneNumber '+15557900029' -OnBehalfOf `$agentId -Confirm:`$false) + @(New-OutboundCall -PhoneNumber '+15557900025' -OnBehalfOf `$agentId -Confirm:`$false)
`$id = `$calls[0].ConversationId
"@

    function Start-Example([string] $code) {
        $script = Join-Path $TestDrive ('example-' + [guid]::NewGuid() + '.ps1')
        # The emulator stands in for every region.
        $body = $code -replace "-Region\s+(?:'[^']*'|`"[^`"]*`"|\S+)", '' -replace 'https://127\.0\.0\.1:5001', $emulator.BaseUri
        Set-Content -LiteralPath $script -Value ($prelude + "`n" + $body)
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

    # Three at a time; sign-in examples one by one, since each listens on the same loopback redirect port.
    $results = @{}
    $all = @(foreach ($command in Get-Command -Module GenesysCalls | Sort-Object Name) {
        foreach ($example in (Get-Help $command.Name -Full).examples.example) { [pscustomobject]@{ Key = $command.Name + '|' + $example.title; Code = $example.code } }
    })
    $queue = [System.Collections.Generic.Queue[object]]::new([object[]]@($all | Where-Object Code -notmatch '-Interactive'))
    $running = [System.Collections.Generic.List[object]]::new()
    while ($queue.Count -gt 0 -or $running.Count -gt 0) {
        while ($queue.Count -gt 0 -and $running.Count -lt 3) { $next = $queue.Dequeue(); $running.Add([pscustomobject]@{ Key = $next.Key; Started = Start-Example $next.Code }) }
        $done = $running[0]
        $running.RemoveAt(0)
        $results[$done.Key] = Complete-Example $done.Started
    }
    foreach ($example in $all | Where-Object Code -match '-Interactive') { $results[$example.Key] = Complete-Example (Start-Example $example.Code) }
}

AfterAll {
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
