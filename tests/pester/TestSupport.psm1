# Shared helpers for the Pester suite: the built module, and an emulator process per test file.
# A problem raised by a cmdlet its entry in the problem table does not name fails the command (Hosting/ErrorRecords.Id).
$env:GENESYSCALLS_CHECK_PROBLEMS = '1'
$script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModulePath = Join-Path $script:Root 'out/GenesysCalls/GenesysCalls.psd1'
$script:EmulatorDll = Join-Path $script:Root 'out/emulator/GenesysCalls.Emulator.dll'
$script:ClientId = '11111111-2222-3333-4444-555555555555'
$script:ClientSecret = 'pester-secret'

function Get-TestModulePath { $script:ModulePath }

function Start-TestEmulator {
    param([int] $Agents = 60, [int] $RateLimit = 100000, [string[]] $ExtraArguments = @(), [string] $ClientSecret = $script:ClientSecret)
    if (-not (Test-Path $script:EmulatorDll)) { throw "Build first: ./build.ps1 -Task Build ($script:EmulatorDll is missing)." }
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in @($script:EmulatorDll, '--port', '0', '--agents', "$Agents", '--rate-limit', "$RateLimit",
            '--client-id', $script:ClientId, '--client-secret', $ClientSecret) + @($ExtraArguments | Where-Object { $_ })) {
        $info.ArgumentList.Add($argument)
    }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        $read = $process.StandardOutput.ReadLineAsync()
        if (-not $read.Wait(60000)) { break }
        $line = $read.Result
        if ($null -eq $line) { break }
        if ($line -match '^Listening on (https://\S+)') {
            return [pscustomobject]@{ Process = $process; BaseUri = $Matches[1]; ClientId = $script:ClientId; ClientSecret = $ClientSecret }
        }
    }
    $process.Kill()
    throw 'The emulator did not report its listener within 60 s.'
}

function Stop-TestEmulator {
    param([Parameter(Mandatory)] $Emulator)
    if (-not $Emulator.Process.HasExited) { $Emulator.Process.Kill(); $Emulator.Process.WaitForExit(10000) | Out-Null }
}

function Get-TestSecret { param([string] $Secret = $script:ClientSecret) ConvertTo-SecureString $Secret -AsPlainText -Force }

function Connect-TestOrg {
    param([Parameter(Mandatory)] $Emulator, [string] $Name)
    $parameters = @{ BaseUri = $Emulator.BaseUri; ClientId = $Emulator.ClientId; ClientSecret = (Get-TestSecret $Emulator.ClientSecret); SkipCertificateCheck = $true; PassThru = $true }
    if ($Name) { $parameters.Name = $Name }
    Connect-GenesysOrg @parameters
}

function Invoke-Captured {
    # Runs a script in a fresh runspace with the module loaded, and returns what it wrote and its progress records
    # (a nested pipeline in this runspace sends progress to the host, where nothing can read it).
    param([Parameter(Mandatory)] [string] $Script, [hashtable] $Parameters = @{})
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddCommand('Import-Module').AddParameter('Name', (Get-TestModulePath)).AddStatement()
        $output = $ps.AddScript($Script).AddParameters($Parameters).Invoke()
        [pscustomobject]@{ Output = @($output); Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error) }
    }
    finally { $ps.Dispose() }
}

function Invoke-EmulatorAdmin {
    param([Parameter(Mandatory)] $Emulator, [string] $Method = 'Get', [Parameter(Mandatory)] [string] $Path, $Body)
    $parameters = @{ Uri = "$($Emulator.BaseUri)$Path"; Method = $Method; SkipCertificateCheck = $true }
    if ($null -ne $Body) { $parameters.Body = ($Body | ConvertTo-Json -Depth 5); $parameters.ContentType = 'application/json' }
    Invoke-RestMethod @parameters
}

function Get-EmulatorToken {
    param([Parameter(Mandatory)] $Emulator)
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($Emulator.ClientId):$($Emulator.ClientSecret)"))
    (Invoke-RestMethod -SkipCertificateCheck -Method Post "$($Emulator.BaseUri)/oauth/token" -Body @{ grant_type = 'client_credentials' } -Headers @{ Authorization = "Basic $basic" }).access_token
}

function Invoke-EmulatorApi {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $Path)
    Invoke-RestMethod -SkipCertificateCheck -Headers @{ Authorization = "Bearer $(Get-EmulatorToken $Emulator)" } "$($Emulator.BaseUri)$Path"
}

function Get-EmulatorUsers {
    param([Parameter(Mandatory)] $Emulator)
    (Invoke-EmulatorApi $Emulator '/api/v2/users?pageSize=500&state=any').entities
}

function Get-TestAgents {
    # The emulator's agents as Test-AgentPresence sees them: all, the first ready to place a call, the first without a station.
    param([Parameter(Mandatory)] $Emulator)
    $presence = @(Get-EmulatorUsers $Emulator | Where-Object email -like 'agent*' | ForEach-Object id | Test-AgentPresence)
    [pscustomobject]@{
        All = $presence
        Ready = $presence | Where-Object CanPlaceCall | Select-Object -First 1
        NoStation = $presence | Where-Object { -not $_.HasStation } | Select-Object -First 1
    }
}

function Get-EmulatorQueues {
    param([Parameter(Mandatory)] $Emulator)
    (Invoke-EmulatorApi $Emulator '/api/v2/routing/queues?pageSize=100').entities
}

# Invoke-RestMethod writes a JSON array as one object: these unroll the admin API's lists.
function Get-EmulatorRequests {
    param([Parameter(Mandatory)] $Emulator)
    @(Invoke-EmulatorAdmin $Emulator -Path '/emulator/requests') | ForEach-Object { $_ }
}

function Get-EmulatorConversations {
    param([Parameter(Mandatory)] $Emulator)
    @(Invoke-EmulatorAdmin $Emulator -Path '/emulator/conversations') | ForEach-Object { $_ }
}

function Get-CallPost {
    param([Parameter(Mandatory)] $Emulator)
    Get-EmulatorRequests $Emulator | Where-Object { $_.method -eq 'POST' -and $_.path -like '/api/v2/conversations/calls*' }
}

function Clear-EmulatorLog {
    param([Parameter(Mandatory)] $Emulator)
    Invoke-EmulatorAdmin $Emulator -Method Delete -Path '/emulator/requests' | Out-Null
}

function Import-Rows {
    # CSV text as Import-Csv reads it from a file (the way users pipe rows), written under Pester's TestDrive.
    param([string] $CsvText)
    $path = Join-Path (Get-PSDrive TestDrive).Root ('rows-' + [guid]::NewGuid() + '.csv')
    Set-Content -LiteralPath $path -Value $CsvText
    Import-Csv -LiteralPath $path
}

Export-ModuleMember -Function Import-Rows, Get-TestModulePath, Start-TestEmulator, Stop-TestEmulator, Get-TestSecret, Connect-TestOrg, Invoke-EmulatorAdmin, Invoke-EmulatorApi,
    Get-EmulatorToken, Invoke-Captured, Get-EmulatorUsers, Get-TestAgents,
    Get-EmulatorQueues, Get-EmulatorRequests, Get-EmulatorConversations, Get-CallPost, Clear-EmulatorLog
