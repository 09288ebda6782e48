# ./build.ps1 -Task Demo runs tools/Demo.ps1 after the build: run the script itself, as that task does, in its own pwsh.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $pwsh = (Get-Process -Id $PID).Path

    function Invoke-Demo([string] $WorkingDirectory, [switch] $KeepEmulator) {
        $arguments = @('-NoProfile', '-NonInteractive', '-File', (Join-Path $root 'tools/Demo.ps1'),
            '-ModulePath', (Get-TestModulePath), '-EmulatorPath', (Join-Path $root 'out/emulator/GenesysCalls.Emulator.dll'),
            '-WorkingDirectory', $WorkingDirectory)
        if ($KeepEmulator) { $arguments += '-KeepEmulator' }
        $text = & $pwsh @arguments 2>&1 | Out-String
        [pscustomobject]@{ Text = $text -replace '\x1b\[[0-9;]*m', ''; ExitCode = $LASTEXITCODE }
    }

    $work = Join-Path $TestDrive 'demo'
    $run = Invoke-Demo $work
}

Describe 'The demo' {
    It 'runs to the end with no error' {
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Not -MatchExactly 'Exception|ERROR|WARNING:' -Because $run.Text
    }

    It 'introduces every capability once, in order' {
        $titles = [regex]::Matches($run.Text, '(?m)^== \d+\. (.+)$') | ForEach-Object { $_.Groups[1].Value.Trim() }
        $titles | Should -Be @(
            'A Genesys Cloud org on this machine'
            'Connect-GenesysOrg with client credentials'
            'Test-CallPayload on the body forum answers suggest'
            'Test-CallPayload on the right body'
            'Who can take a call: Test-AgentPresence on agents.csv'
            "The README's pipeline, as written"
            'What happened to each call'
            'A list too large for agents goes to a campaign'
            'No agent free now: the queue calls the customer back'
            'Next')
    }

    It "runs the README's headline pipeline verbatim" {
        $readme = Get-Content (Join-Path $root 'README.md') -Raw
        $headline = [regex]::Match($readme, '(?s)Import-Csv agents\.csv \| Test-AgentPresence.*?Export-Csv outcomes\.csv').Value -replace '\s+', ' '
        $headline | Should -Not -BeNullOrEmpty
        $run.Text -replace '\s+', ' ' | Should -Match ([regex]::Escape($headline))
    }

    It 'exports one answered outcome per ready agent' {
        $outcomes = @(Import-Csv (Join-Path $work 'outcomes.csv'))
        $ready = [regex]::Matches($run.Text, '(?m)^Agent \d{4}\s+\S+\s+\S+\s+True\b').Count
        $ready | Should -BeGreaterThan 0
        $outcomes.Count | Should -Be $ready
        $outcomes.Outcome | Sort-Object -Unique | Should -Be 'Answered'
    }

    It 'shows a different outcome for each story, with who hung up and Q.850/SIP' {
        foreach ($line in 'Failed\s+System\s+Error\s+1\s+404', 'Busy\s+Customer\s+Endpoint\s+17\s+486', 'NoAnswer\s+System\s+Timeout\s+19\s+480',
            'Rejected\s+Customer\s+Endpoint\s+21\s+603', 'Answered\s+Agent\s+Peer\s+16') {
            $run.Text | Should -Match $line
        }
    }

    It 'names the forum mistakes and their fixes, then passes the right body' {
        $run.Text | Should -Match 'There is no .from.'
        $run.Text | Should -Match 'There is no .type.'
        $run.Text | Should -Match '(?m)^True\s+0\s+0\s+Json'
    }

    It 'adds the leads, starts the campaign, shows its progress and stops it' {
        $run.Text | Should -Match '20 contacts added in one request'
        $run.Text | Should -Match 'Spring renewals\s+on\s+progressive\s+\d+'
        $run.Text | Should -Match 'Spring renewals\s+(stopping|off)\s'
    }

    It 'schedules a callback, shows it, cancels it, and follows one due now to its outcome' {
        $run.Text | Should -Match '(?m)^\S+\s+Scheduled\s+'
        $run.Text | Should -Match 'Cancelled: Cancelled'
        $run.Text | Should -Match '(?m)^.*Ended\s+Answered\s+Agent\s+16'
    }

    It 'stops the emulator it started' {
        $uri = [regex]::Match($run.Text, 'Listening on (https://\S+?);').Groups[1].Value
        $uri | Should -Not -BeNullOrEmpty
        { Invoke-RestMethod -SkipCertificateCheck "$uri/api/v2/organizations/me" -TimeoutSec 5 } | Should -Throw
    }
}

Describe 'The demo with -KeepEmulator' {
    It 'leaves the emulator running and prints a Connect-GenesysOrg line that works when pasted' {
        $kept = Invoke-Demo (Join-Path $TestDrive 'kept') -KeepEmulator
        $kept.ExitCode | Should -Be 0 -Because $kept.Text
        $emulatorId = [int][regex]::Match($kept.Text, 'Stop-Process -Id (\d+)').Groups[1].Value
        try {
            $line = [regex]::Match($kept.Text, '(?m)^\s*(Connect-GenesysOrg -BaseUri .+)$').Groups[1].Value
            $line | Should -Match 'SkipCertificateCheck'
            $session = & $pwsh -NoProfile -NonInteractive -Command "Import-Module '$(Get-TestModulePath)'; $line -PassThru | ForEach-Object OrganizationName"
            $LASTEXITCODE | Should -Be 0
            $session | Should -Be 'Emulated Org'
        }
        finally { Stop-Process -Id $emulatorId -ErrorAction SilentlyContinue }
    }
}
