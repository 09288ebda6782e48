<#
.SYNOPSIS
    The main job end to end against a local emulator: validate payloads, check agents, place a call, show it.
.DESCRIPTION
    Run through ./build.ps1 -Task Demo. To run the same steps against a real org, skip the emulator and connect
    with Connect-GenesysOrg -Region <region> (see README.md, "Point it at a real org").
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force
$clientId = '11111111-2222-3333-4444-555555555555'
$secret = ConvertTo-SecureString 'demo-secret' -AsPlainText -Force

function Write-Step([string] $Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }

Write-Step 'Starting the emulator on a free port'
$info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
foreach ($argument in $EmulatorPath, '--port', '0', '--agents', '12', '--client-id', $clientId, '--client-secret', 'demo-secret') { $info.ArgumentList.Add($argument) }
$info.RedirectStandardOutput = $true
$info.UseShellExecute = $false
$emulator = [System.Diagnostics.Process]::Start($info)
try {
    $baseUri = $null
    while (-not $baseUri) {
        $line = $emulator.StandardOutput.ReadLine()
        if ($null -eq $line) { throw 'The emulator stopped before it listened.' }
        if ($line -match '^Listening on (https://\S+)') { $baseUri = $Matches[1] }
    }
    Write-Host "Emulator: $baseUri"

    Write-Step 'Connect-GenesysOrg (client credentials: a service account)'
    Connect-GenesysOrg -BaseUri $baseUri -SkipCertificateCheck -ClientId $clientId -ClientSecret $secret -PassThru | Format-List Name, OrganizationName, AuthFlow, Identity, IsUserContext

    Write-Step 'Test-CallPayload on the body forum answers suggest'
    $wrong = '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}],"type":"agent"}'
    Write-Host $wrong
    Test-CallPayload -Json $wrong | Select-Object -ExpandProperty Diagnostics | Format-List Severity, Code, Path, Message, Hint

    Write-Step 'Test-CallPayload on the right body'
    $right = '{"phoneNumber":"+15559876543","callerId":"+15550100100"}'
    Write-Host $right
    Test-CallPayload -Json $right | Format-Table

    Write-Step 'Test-AgentPresence on the sample agents'
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${clientId}:demo-secret"))
    $raw = (Invoke-RestMethod -SkipCertificateCheck -Method Post "$baseUri/oauth/token" -Body @{ grant_type = 'client_credentials' } -Headers @{ Authorization = "Basic $basic" }).access_token
    $agentIds = (Invoke-RestMethod -SkipCertificateCheck -Headers @{ Authorization = "Bearer $raw" } "$baseUri/api/v2/users?pageSize=100").entities.id
    $agents = $agentIds | Test-AgentPresence
    $agents | Format-Table

    Write-Step 'New-OutboundCall on behalf of the first ready agent'
    $ready = $agents | Where-Object CanPlaceCall | Select-Object -First 1
    $call = $ready | New-OutboundCall -PhoneNumber '+15559876543' -CallerId '+15550100100' -Confirm:$false -Verbose
    $call | Format-List ConversationId, Destination, OnBehalfOf, Endpoint, PlacedAt, CorrelationId

    Write-Step 'The conversation, as GET /api/v2/conversations/calls/{id} returns it'
    $token = Get-GenesysSession -AsSecureString
    Invoke-RestMethod -SkipCertificateCheck -Authentication Bearer -Token $token "$baseUri/api/v2/conversations/calls/$($call.ConversationId)" | ConvertTo-Json -Depth 5

    Disconnect-GenesysOrg
} finally {
    Write-Step 'Stopping the emulator'
    if (-not $emulator.HasExited) { $emulator.Kill(); $emulator.WaitForExit(10000) | Out-Null }
}
