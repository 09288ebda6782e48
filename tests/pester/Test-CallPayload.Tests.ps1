BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $folder = Join-Path ([IO.Path]::GetTempPath()) ("gc-pester-" + [guid]::NewGuid())
    New-Item -ItemType Directory $folder | Out-Null
    Set-Content (Join-Path $folder 'good.json') '{"phoneNumber":"+15551234567"}'
    Set-Content (Join-Path $folder 'bad.json') '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}'
}

AfterAll { Remove-Item $folder -Recurse -Force -ErrorAction SilentlyContinue }

Describe 'Test-CallPayload' {
    It 'reports a valid JSON string' {
        $report = Test-CallPayload -Json '{"phoneNumber":"+15551234567"}'
        $report.IsValid | Should -BeTrue
        $report.Source | Should -Be 'Json'
        $report.Request.PhoneNumber | Should -Be '+15551234567'
        $report.PSObject.TypeNames[0] | Should -Be 'GenesysCalls.CallPayloadReport'
    }

    It 'explains the forum-style from/to body' {
        $report = Test-CallPayload -Json '{"from":{"phoneNumber":"+15551234567"},"to":[{"phoneNumber":"+15559876543"}]}'
        $report.IsValid | Should -BeFalse
        @($report.Diagnostics | Where-Object Code -eq 'invalid.property').Count | Should -Be 2
        ($report.Diagnostics | Where-Object Path -eq 'from').Hint | Should -Match 'calls/user/\{userId\}'
        $report.Diagnostics.Code | Should -Contain 'missing.create.conversation.destination.parameter'
    }

    It 'takes strings from the pipeline, one report each' {
        $reports = '{"phoneNumber":"+15551234567"}', '{}' | Test-CallPayload
        $reports.Count | Should -Be 2
        $reports[1].IsValid | Should -BeFalse
    }

    It 'reads the lines Get-Content pipes from a pretty-printed body as one body, as ConvertFrom-Json does' {
        $pretty = Join-Path $folder 'pretty.json.txt'
        [ordered]@{ phoneNumber = '+15551234567'; label = 'pretty' } | ConvertTo-Json | Set-Content -LiteralPath $pretty
        (Get-Content -LiteralPath $pretty).Count | Should -BeGreaterThan 2
        $reports = @(Get-Content -LiteralPath $pretty | Test-CallPayload)
        $reports.Count | Should -Be 1
        $reports[0].IsValid | Should -BeTrue
        $reports[0].Request.Label | Should -Be 'pretty'
        @(Get-Content -LiteralPath $pretty | Test-CallPayload -Quiet) | Should -Be @($true)
    }

    It 'checks each line of a JSON-lines file on its own' {
        $lines = Join-Path $folder 'bodies.jsonl'
        $bodies = '{"phoneNumber":"+15551234567"}', '{"from":"x"}', '{"callUserId":"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"}'
        Set-Content -LiteralPath $lines -Value $bodies
        (Get-Content -LiteralPath $lines | Test-CallPayload).IsValid | Should -Be @($true, $false, $true)
    }

    It 'reads a file in the encoding its byte order mark names, as Get-Content does: <Encoding>' -ForEach @(
        @{ Encoding = 'unicode' }, @{ Encoding = 'bigendianunicode' }, @{ Encoding = 'utf32' }, @{ Encoding = 'bigendianutf32' },
        @{ Encoding = 'utf8BOM' }, @{ Encoding = 'utf8NoBOM' }
    ) {
        # 'unicode' is what Windows PowerShell 5.1's > and Out-File write.
        $file = Join-Path $folder "body-$Encoding.json.txt"
        '{"phoneNumber":"+15551234567","label":"Zoë"}' | Out-File -LiteralPath $file -Encoding $Encoding
        $report = Test-CallPayload -LiteralPath $file
        $report.Diagnostics | Should -BeNullOrEmpty
        $report.Request.Label | Should -Be 'Zoë'
    }

    It 'checks files from Get-ChildItem' {
        $reports = Get-ChildItem $folder -Filter *.json | Sort-Object Name | Test-CallPayload
        $reports.Count | Should -Be 2
        ($reports | Where-Object { $_.Path -like '*good.json' }).IsValid | Should -BeTrue
        ($reports | Where-Object { $_.Path -like '*bad.json' }).IsValid | Should -BeFalse
    }

    It 'checks -Path with wildcards' {
        @(Test-CallPayload -Path (Join-Path $folder '*.json')).Count | Should -Be 2
    }

    It 'writes a non-terminating error for a missing file and still checks the others' {
        $err = $null
        $reports = Test-CallPayload -Path (Join-Path $folder 'missing.json'), (Join-Path $folder 'good.json') -ErrorVariable err -ErrorAction SilentlyContinue
        @($reports).Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'TestCallPayloadFileNotFound,GenesysCalls.Cmdlets.TestCallPayloadCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'checks hashtables and PSCustomObjects' {
        (Test-CallPayload -InputObject @{ callQueueId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'; priority = 'high' }).Diagnostics.Code | Should -Contain 'invalid.value'
        ([pscustomobject]@{ phoneNumber = '+15551234567' } | Test-CallPayload).IsValid | Should -BeTrue
        (@{ phoneNumber = '+15551234567' } | Test-CallPayload).IsValid | Should -BeTrue
    }

    It 'returns bools with -Quiet' {
        $result = '{"phoneNumber":"+15551234567"}', '{"to":"x"}' | Test-CallPayload -Quiet
        $result | Should -Be @($true, $false)
        $result[0] | Should -BeOfType [bool]
    }

    It 'reports syntax errors with line and column' {
        (Test-CallPayload -Json "{`n  oops`n}").Diagnostics[0].Message | Should -Match 'line 2, column 3'
    }

    It 'shows a table view' {
        (Test-CallPayload -Json '{}' | Format-Table | Out-String) | Should -Match 'IsValid\s+Errors\s+Warnings\s+Source\s+Finding'
        # The first error leads; the rest are counted, so nobody takes the one shown for the only one.
        $table = Test-CallPayload -Json '{"from":"+15551234567","to":"+15557654321"}' | Format-Table | Out-String -Width 200
        $table | Should -Match 'invalid\.property: Value \[from\] .* \(\+2 more\)'
    }

    It 'has full help with at least three examples' {
        $help = Get-Help Test-CallPayload -Full
        $help.Synopsis | Should -Match 'CreateCallRequest'
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
        foreach ($name in 'Json', 'Path', 'InputObject', 'Quiet') {
            ($help.Parameters.Parameter | Where-Object Name -eq $name).Description.Text | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'Test-CallPayload files and output' {
    It 'checks a file whose name has brackets with -LiteralPath, and by pipeline from Get-ChildItem' {
        $file = Join-Path $TestDrive 'call[1].json'
        '{"phoneNumber":"+15551234567"}' | Set-Content -LiteralPath $file
        (Test-CallPayload -LiteralPath $file).IsValid | Should -BeTrue
        (Get-ChildItem -LiteralPath $file | Test-CallPayload).Path | Should -Be $file
    }

    It 'says a folder is a folder' {
        $err = $null
        Test-CallPayload -Path $TestDrive -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'TestCallPayloadPathIsFolder,GenesysCalls.Cmdlets.TestCallPayloadCommand'
    }

    It 'reports a duplicate key as such, not as two destinations' {
        $report = Test-CallPayload -Json '{"phoneNumber":"+15551234567","phoneNumber":"+15551234568"}'
        $report.Diagnostics.Code | Should -Be @('genesyscalls.json.duplicate.property')
        $report.Diagnostics[0].Severity | Should -Be 'Warning'
    }

    It 'exports findings as text with Export-Csv' {
        $csv = Join-Path $TestDrive 'reports.csv'
        Test-CallPayload -Json '{"from":"x"}' | Export-Csv -LiteralPath $csv
        $text = Get-Content -LiteralPath $csv -Raw
        $text | Should -Match 'invalid.property'
        $text | Should -Not -Match 'GenesysCalls.Diagnostic'
    }

    It 'writes words, not numbers or JSON internals, with ConvertTo-Json' {
        $json = Test-CallPayload -Json '{"phoneNumber":"+15551234567","from":"x"}' | ConvertTo-Json -Depth 6
        $json | Should -Match '"Severity": "Error"'
        $json | Should -Not -Match 'ValueKind|UnrecognizedProperties'
        $json | Should -Match '"PhoneNumber": "\+15551234567"'
    }

    It 'shows a warnings-only report as not clean in the table' {
        $table = Test-CallPayload -Json '{"phoneNumber":"555 123 4567"}' | Format-Table | Out-String -Width 80
        $table | Should -Match 'True\s+0\s+1\s+Json\s+genesyscalls.phone.not.e164'
    }
}
