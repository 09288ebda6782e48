@{
    RootModule           = 'GenesysCalls.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
    Author               = 'GenesysCalls contributors'
    CompanyName          = 'GenesysCalls contributors'
    Copyright            = '(c) GenesysCalls contributors. MIT License.'
    Description          = 'Connect to a Genesys Cloud org, check whether agents can take a call, validate CreateCallRequest bodies offline, and place outbound calls safely and in bulk from the pipeline.'
    PowerShellVersion    = '5.1'
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
            ProjectUri   = 'https://github.com/genesyscalls/GenesysCalls'
            LicenseUri   = 'https://github.com/genesyscalls/GenesysCalls/blob/main/LICENSE'
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
