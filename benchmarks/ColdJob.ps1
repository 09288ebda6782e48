<#
.SYNOPSIS
    Issue 21's cold scheduled job in whole pwsh processes: the module against a hand-rolled Invoke-RestMethod script.
.DESCRIPTION
    Build first (./build.ps1 -Task Build). Starts the emulator with 50 ms injected on every request (sign-in included),
    then runs each job once to warm the disk cache (and, for the module, to read the emulator's login metadata once, as
    the first job on a machine does), counts each job's requests in the emulator's log, and times -Pairs alternating
    pairs of fresh processes. The job: import, connect with client credentials, check 100 agents, place one call.
    Also times a bare pwsh start against pwsh plus Import-Module. -Module times another build's manifest (a copy of
    out/GenesysCalls from before a change, say) with the same emulator and scripts.
#>
param([int] $Pairs = 9, [int] $LatencyMs = 50, [string] $Module)
$ErrorActionPreference = 'Stop'
function Get-LoadAverage { (Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -replace '^(\S+ \S+ \S+).*', '$1' }
$loadAtStart = Get-LoadAverage
$root = Split-Path $PSScriptRoot
$module = if ($Module) { (Resolve-Path $Module).Path } else { Join-Path $root 'out/GenesysCalls/GenesysCalls.psd1' }
$emulatorDll = Join-Path $root 'out/emulator/GenesysCalls.Emulator.dll'
if (-not (Test-Path $module) -or -not (Test-Path $emulatorDll)) { throw 'Build first: ./build.ps1 -Task Build' }
$pwsh = (Get-Process -Id $PID).Path
$clientId = '11111111-2222-3333-4444-555555555555'
$work = Join-Path ([IO.Path]::GetTempPath()) ('coldjob-' + [guid]::NewGuid())
New-Item -ItemType Directory $work | Out-Null

$info = [Diagnostics.ProcessStartInfo]::new('dotnet')
foreach ($a in @($emulatorDll, '--port', '0', '--agents', '101', '--rate-limit', '100000', '--client-secret', 'bench-secret')) { $info.ArgumentList.Add($a) }
$info.RedirectStandardOutput = $true
$info.UseShellExecute = $false
$emulator = [Diagnostics.Process]::Start($info)
try {
    do { $line = $emulator.StandardOutput.ReadLine() } until ($null -eq $line -or $line -match '^Listening on (https://\S+)')
    $base = $Matches[1]
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${clientId}:bench-secret"))
    $token = (Invoke-RestMethod -SkipCertificateCheck -Method Post "$base/oauth/token" -Headers @{ Authorization = "Basic $basic" } `
        -Body @{ grant_type = 'client_credentials' }).access_token
    $users = (Invoke-RestMethod -SkipCertificateCheck "$base/api/v2/users?pageSize=500" -Headers @{ Authorization = "Bearer $token" }).entities
    $ids = @($users | Where-Object email -like 'agent*' | Select-Object -First 100 | ForEach-Object id)
    Set-Content (Join-Path $work 'ids.txt') $ids

    Set-Content (Join-Path $work 'module.ps1') @"
Import-Module '$module'
Connect-GenesysOrg -BaseUri '$base' -SkipCertificateCheck
`$ready = Get-Content '$work/ids.txt' | Test-AgentPresence | Where-Object CanPlaceCall | Select-Object -First 1
`$ready | New-OutboundCall -PhoneNumber '+15559876543' -Confirm:`$false | Out-Null
"@
    Set-Content (Join-Path $work 'rest.ps1') @"
`$base = '$base'
`$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("`${env:GENESYSCLOUD_OAUTHCLIENT_ID}:`${env:GENESYSCLOUD_OAUTHCLIENT_SECRET}"))
`$token = (Invoke-RestMethod -SkipCertificateCheck -Method Post "`$base/oauth/token" -Headers @{ Authorization = "Basic `$basic" } ``
    -Body @{ grant_type = 'client_credentials' }).access_token
`$headers = @{ Authorization = "Bearer `$token" }
`$query = (Get-Content '$work/ids.txt' | ForEach-Object { "id=`$_" }) -join '&'
`$users = (Invoke-RestMethod -SkipCertificateCheck "`$base/api/v2/users?`$query&pageSize=100&expand=presence,routingStatus,station" -Headers `$headers).entities
`$ready = `$users | Where-Object { `$_.state -eq 'active' -and `$_.station.effectiveStation.id -and
    `$_.presence.presenceDefinition.systemPresence -in 'Available', 'On Queue', 'OnQueue' } | Select-Object -First 1
Invoke-RestMethod -SkipCertificateCheck -Method Post "`$base/api/v2/conversations/calls/user/`$(`$ready.id)" -Headers `$headers ``
    -ContentType 'application/json' -Body '{"phoneNumber":"+15559876543"}' | Out-Null
"@
    # Both jobs read the client credentials from the environment, as a scheduled job does.
    $env:GENESYSCLOUD_OAUTHCLIENT_ID = $clientId
    $env:GENESYSCLOUD_OAUTHCLIENT_SECRET = 'bench-secret'
    $admin = @{ SkipCertificateCheck = $true; ContentType = 'application/json' }
    Invoke-RestMethod @admin -Method Post "$base/emulator/faults" -Body (@{ latencyMs = $LatencyMs; includeLogin = $true } | ConvertTo-Json) | Out-Null

    function Invoke-Job([string] $name) {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        & $pwsh -NoProfile -NonInteractive -File (Join-Path $work "$name.ps1")
        if ($LASTEXITCODE -ne 0) { throw "$name failed" }
        $watch.Elapsed.TotalMilliseconds
    }

    function Get-Requests([string] $name) {
        Invoke-RestMethod @admin -Method Delete "$base/emulator/requests" | Out-Null
        Invoke-Job $name | Out-Null
        @(Invoke-RestMethod @admin "$base/emulator/requests") | ForEach-Object { $_ } | ForEach-Object { "$($_.method) $($_.path)" }
    }

    Invoke-Job 'module' | Out-Null
    Invoke-Job 'rest' | Out-Null
    $moduleRequests = @(Get-Requests 'module')
    $restRequests = @(Get-Requests 'rest')
    $moduleTimes = [Collections.Generic.List[double]]::new()
    $restTimes = [Collections.Generic.List[double]]::new()
    $bare = [Collections.Generic.List[double]]::new()
    $import = [Collections.Generic.List[double]]::new()
    foreach ($i in 1..$Pairs) {
        if ($i % 2) { $moduleTimes.Add((Invoke-Job 'module')); $restTimes.Add((Invoke-Job 'rest')) }
        else { $restTimes.Add((Invoke-Job 'rest')); $moduleTimes.Add((Invoke-Job 'module')) }
        $w = [Diagnostics.Stopwatch]::StartNew(); & $pwsh -NoProfile -NonInteractive -Command 'exit 0'; $bare.Add($w.Elapsed.TotalMilliseconds)
        $w = [Diagnostics.Stopwatch]::StartNew(); & $pwsh -NoProfile -NonInteractive -Command "Import-Module '$module'"; $import.Add($w.Elapsed.TotalMilliseconds)
    }

    function Median($values) { $sorted = @($values | Sort-Object); $sorted[[int][math]::Floor($sorted.Count / 2)] }
    "module job requests ($($moduleRequests.Count)): " + ($moduleRequests -join ', ')
    "hand-rolled requests ($($restRequests.Count)): " + ($restRequests -join ', ')
    [pscustomobject]@{
        LoadAtStart        = $loadAtStart
        LoadAtEnd          = Get-LoadAverage
        LatencyMs          = $LatencyMs
        Pairs              = $Pairs
        ModuleMedianMs     = [math]::Round((Median $moduleTimes), 0)
        HandRolledMedianMs = [math]::Round((Median $restTimes), 0)
        Ratio              = [math]::Round((Median $moduleTimes) / (Median $restTimes), 2)
        BarePwshMedianMs   = [math]::Round((Median $bare), 0)
        PwshImportMedianMs = [math]::Round((Median $import), 0)
        ImportRatio        = [math]::Round((Median $import) / (Median $bare), 2)
    } | Format-List
}
finally {
    if (-not $emulator.HasExited) { $emulator.Kill() }
    Remove-Item env:GENESYSCLOUD_OAUTHCLIENT_ID, env:GENESYSCLOUD_OAUTHCLIENT_SECRET -ErrorAction SilentlyContinue
    Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
}
