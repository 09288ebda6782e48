<#
.SYNOPSIS
    Every capability of GenesysCalls once, in order, against a local emulator: a wrong body and its fixes, the
    README's pipeline, outcomes, the hand-off of a list to an outbound campaign, and a callback.
.DESCRIPTION
    Run through ./build.ps1 -Task Demo [-KeepEmulator]. The sample files it writes (agents.csv, calls.csv, leads.csv)
    and the outcomes.csv it exports are left in -WorkingDirectory (a new temporary folder by default) for you to open.
    With -KeepEmulator the emulator keeps running at the end and the Connect-GenesysOrg line to paste is printed.
    To run the same steps against a real org, connect with Connect-GenesysOrg -Region <region> instead (README.md,
    "Point it at a real org").
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath,
    [string] $WorkingDirectory = (Join-Path ([IO.Path]::GetTempPath()) ('genesyscalls-demo-' + [guid]::NewGuid().ToString('N').Substring(0, 8))),
    [switch] $KeepEmulator
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force
# The emulator's own client, not a real secret: it exists only in the local process this script starts.
$clientId = '11111111-2222-3333-4444-555555555555'
$secretText = 'demo-secret'
$secret = ConvertTo-SecureString $secretText -AsPlainText -Force
$step = 0

function Write-Step([string] $Title, [string] $Why) {
    $script:step++
    Write-Host "`n== $script:step. $Title" -ForegroundColor Cyan
    Write-Host "   $Why" -ForegroundColor DarkGray
}

function Show([Parameter(ValueFromPipeline)] $InputObject) {
    begin { $all = [Collections.Generic.List[object]]::new() }
    process { $all.Add($InputObject) }
    end { $all | Out-String | Write-Host }
}

function Start-Emulator {
    $log = Join-Path $WorkingDirectory 'emulator.log'
    # --call-speed 20 plays each call's story 20 times faster than life, so every outcome is known in seconds.
    $arguments = "`"$EmulatorPath`" --port 0 --agents 12 --call-speed 20 --client-id $clientId --client-secret $secretText"
    # Both streams to files: an emulator left running (-KeepEmulator) must not hold this script's output open.
    $process = Start-Process dotnet -ArgumentList $arguments -RedirectStandardOutput $log -RedirectStandardError "$log.err" -PassThru -NoNewWindow
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The emulator stopped before it listened; see $log." }
        $line = Get-Content $log -ErrorAction SilentlyContinue | Where-Object { $_ -match '^Listening on (https://\S+)' } | Select-Object -First 1
        if ($line) { return $process, ($line -replace '^Listening on (https://\S+).*', '$1') }
        Start-Sleep -Milliseconds 100
    }
    throw "The emulator did not listen within 60 s; see $log."
}

New-Item -ItemType Directory -Force $WorkingDirectory | Out-Null
Push-Location $WorkingDirectory
$emulator = $null
$finished = $false
try {
    Write-Step 'A Genesys Cloud org on this machine' 'The emulator answers like the real API (paths, JSON, error codes, rate limits) and dials nobody.'
    $emulator, $baseUri = Start-Emulator
    Write-Host "   Listening on $baseUri; sample files in $WorkingDirectory"

    Write-Step 'Connect-GenesysOrg with client credentials' 'What a scheduled script does: no prompt, the token stays inside the session.'
    Connect-GenesysOrg -BaseUri $baseUri -SkipCertificateCheck -ClientId $clientId -ClientSecret $secret -PassThru | Show

    Write-Step 'Test-CallPayload on the body forum answers suggest' 'Each mistake that earns a 400 is named, with its fix, before any request.'
    $wrong = '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}],"type":"agent"}'
    Write-Host "   $wrong"
    (Test-CallPayload -Json $wrong).Diagnostics | Format-List Code, Path, Message, Hint | Show

    Write-Step 'Test-CallPayload on the right body' 'CreateCallRequest: one destination, a caller id.'
    $right = '{"phoneNumber":"+15559876543","callerId":"+15550100100"}'
    Write-Host "   $right"
    Test-CallPayload -Json $right | Show

    Write-Step 'Who can take a call: Test-AgentPresence on agents.csv' 'Presence, routing status, station and state, for 100 agents in one request.'
    1..6 | ForEach-Object { [pscustomobject]@{ Email = 'agent{0:D4}@example.com' -f $_; Team = 'Renewals' } } | Export-Csv agents.csv
    Import-Csv agents.csv | Test-AgentPresence | Show

    Write-Step "The README's pipeline, as written" 'Every ready agent in agents.csv calls the customer; each call is followed to its end; outcomes.csv holds one row per call.'
    $headline = 'Import-Csv agents.csv | Test-AgentPresence | Where-Object CanPlaceCall | ' +
        'New-OutboundCall -PhoneNumber +15559876543 -Confirm:$false | Wait-OutboundCall -TimeoutSec 900 | Export-Csv outcomes.csv'
    Write-Host "   $headline"
    Invoke-Expression $headline
    Import-Csv outcomes.csv | Format-Table Destination, State, Outcome, DisconnectedBy, TalkTime | Show

    Write-Step 'What happened to each call' 'calls.csv: one number per story (the emulator picks it by the last digit); the outcome, who hung up, Q.850 and SIP.'
    $agents = @(Import-Csv agents.csv | Test-AgentPresence | Where-Object CanPlaceCall)
    $stories = [ordered]@{ '+15557770003' = 'answered'; '+15557770001' = 'busy'; '+15557770000' = 'no answer'
        '+15557770002' = 'not a number'; '+15557770004' = 'rejected' }
    $i = 0
    $stories.Keys | ForEach-Object { [pscustomobject]@{ PhoneNumber = $_; OnBehalfOf = $agents[$i++ % $agents.Count].UserId; Story = $stories[$_] } } |
        Export-Csv calls.csv
    Import-Csv calls.csv | New-OutboundCall -Confirm:$false | Wait-OutboundCall -Until Ended -TimeoutSec 120 |
        Format-Table @{ n = 'Story'; e = { $_.Call.InputObject.Story } }, Outcome, DisconnectedBy, DisconnectType, Q850Code, SipCode | Show

    Write-Step 'A list too large for agents goes to a campaign' 'leads.csv rows become contacts (numbers checked first), the campaign dials them, its progress, then stop.'
    1..20 | ForEach-Object { [pscustomobject]@{ FirstName = "Lead $_"; LastName = 'Demo'; Phone = '+1555888{0:D4}' -f $_; AccountId = "A-$_" } } |
        Export-Csv leads.csv
    $list = Get-OutboundContactList -Name 'Spring renewals'
    $added = @(Import-Csv leads.csv | Add-OutboundContact -ContactListId $list.Id)
    $added | Select-Object -First 3 | Show
    Write-Host "   ... $($added.Count) contacts added in one request."
    $campaign = Get-OutboundCampaign -Name 'Spring renewals'
    $campaign | Start-OutboundCampaign -Confirm:$false
    Start-Sleep -Seconds 1
    Get-OutboundCampaign -Id $campaign.Id -Progress | Show
    $campaign | Stop-OutboundCampaign -Confirm:$false
    Get-OutboundCampaign -Id $campaign.Id | Show

    Write-Step 'No agent free now: the queue calls the customer back' 'A callback waits in its queue for the next free agent, now or at the time the customer chose; followed like a call.'
    $token = Get-GenesysSession -AsSecureString
    $queue = (Invoke-RestMethod -SkipCertificateCheck -Authentication Bearer -Token $token "$baseUri/api/v2/routing/queues").entities[0]
    Write-Host "   Queue: $($queue.name)"
    $later = New-OutboundCallback -PhoneNumber +15557770035 -QueueId $queue.id -ScheduledTime (Get-Date).AddHours(2) -Name 'Ann Lee' `
        -Data @{ note = 'renewal' } -Confirm:$false
    Get-OutboundCallback -ConversationId $later.ConversationId | Show
    $later | Stop-OutboundCallback -Confirm:$false
    Write-Host "   Cancelled: $((Get-OutboundCallback -ConversationId $later.ConversationId).State)"
    New-OutboundCallback -PhoneNumber +15557770013 -QueueId $queue.id -Name 'Bo Chen' -Confirm:$false |
        Wait-OutboundCall -Until Ended -TimeoutSec 120 | Format-Table Name, State, Outcome, DisconnectedBy, Q850Code, AgentId | Show

    Disconnect-GenesysOrg
    $finished = $true
    Write-Step 'Next' 'Your own script, against this emulator or a real org.'
    Write-Host '   Get-Help about_GenesysCalls; Get-Help New-OutboundCall -Examples; README.md, "Point it at a real org".'
    if ($KeepEmulator) {
        Write-Host "   The emulator keeps running (process $($emulator.Id)); paste this to connect:"
        Write-Host "   Connect-GenesysOrg -BaseUri $baseUri -ClientId $clientId -ClientSecret (ConvertTo-SecureString '$secretText' -AsPlainText -Force) -SkipCertificateCheck"
        Write-Host "   Stop it with: Stop-Process -Id $($emulator.Id)"
    }
} finally {
    Pop-Location
    if ($emulator -and -not ($KeepEmulator -and $finished) -and -not $emulator.HasExited) { $emulator.Kill(); $emulator.WaitForExit(10000) | Out-Null }
}
