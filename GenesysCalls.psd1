@{
    RootModule           = 'GenesysCalls.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '2e6aac7c-fc05-418a-8708-442fa8ec007f'
    Author               = 'GenesysCalls contributors'
    CompanyName          = 'GenesysCalls contributors'
    Copyright            = '(c) GenesysCalls contributors. MIT License.'
    Description          = 'Genesys Cloud outbound calls from PowerShell: connect to an org, check whether agents can take a call, validate CreateCallRequest bodies offline, place calls safely and in bulk from the pipeline (CSV rows in, one outcome per row out), follow each call to its outcome (who hung up, Q.850/SIP), hang calls up, schedule callbacks that a queue delivers to the next free agent, and hand large lists to outbound campaigns (contact lists, start, progress, stop).'
    PowerShellVersion    = '5.1'
    # Windows PowerShell only: netstandard2.0 assemblies need the facades .NET Framework carries from 4.7.1 on.
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('GenesysCalls.format.ps1xml')
    CmdletsToExport      = @(
        'Add-OutboundContact'
        'Connect-GenesysOrg'
        'Disconnect-GenesysOrg'
        'Get-GenesysSession'
        'Get-OutboundCall'
        'Get-OutboundCallback'
        'Get-OutboundCampaign'
        'Get-OutboundContactList'
        'New-OutboundCall'
        'New-OutboundCallback'
        'Set-OutboundCallback'
        'Start-OutboundCampaign'
        'Stop-OutboundCall'
        'Stop-OutboundCallback'
        'Stop-OutboundCampaign'
        'Test-AgentPresence'
        'Test-CallPayload'
        'Wait-OutboundCall'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Genesys', 'GenesysCloud', 'PureCloud', 'Calls', 'Outbound', 'ContactCenter', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
