# README's "Dry-run your script", as a module user would do it: the emulator started with no secret, the
# Connect-GenesysOrg line it printed pasted as is, then the section's script run as written in a fresh pwsh.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $readme = Get-Content -Raw (Join-Path $root 'README.md')
    $section = [regex]::Match($readme, '(?s)## Dry-run your script\n(.*?)\n## ').Groups[1].Value
    $blocks = [regex]::Matches($section, '(?s)```powershell\n(.*?)```') | ForEach-Object { $_.Groups[1].Value }
    $script = $blocks[1]

    $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
    # The section's line, with calls played 100 times faster.
    foreach ($argument in (Join-Path $root 'out/emulator/GenesysCalls.Emulator.dll'), '--agents', '50', '--call-speed', '100') {
        $info.ArgumentList.Add($argument)
    }
    $info.RedirectStandardOutput = $true
    $process = [Diagnostics.Process]::Start($info)
    $lines = @(1..4 | ForEach-Object { $process.StandardOutput.ReadLine() })
    $connect = $lines | Where-Object { $_ -like 'Connect-GenesysOrg *' }

    $work = Join-Path $TestDrive 'work'
    New-Item -ItemType Directory -Path $work | Out-Null
    '{"phoneNumber":"+15559876543"}' | Set-Content -LiteralPath (Join-Path $work 'payload.json')
    $run = Join-Path $TestDrive 'dry-run.ps1'
    # What it writes, one line per object: its type and outcome (or validity).
    "`$ErrorActionPreference = 'Stop'`nImport-Module '$(Get-TestModulePath)'`nSet-Location '$work'`n$connect`n& {`n$script`n}" +
        " | ForEach-Object { `$_.GetType().Name + ' ' + (`$_.Outcome ?? `$_.IsValid) }" | Set-Content -LiteralPath $run
}

AfterAll {
    if ($process -and -not $process.HasExited) { $process.Kill(); $process.WaitForExit(10000) | Out-Null }
}

Describe 'README: Dry-run your script' {
    It 'has a script to run and the emulator printed one line to paste' {
        $script | Should -Match 'New-OutboundCall'
        @($connect).Count | Should -Be 1
    }

    It 'runs as written against the emulator, signed in with the pasted line' {
        $output = & (Get-Process -Id $PID).Path -NoProfile -NonInteractive -File $run 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $output | Should -Contain 'CallPayloadReport True'
        @($output | Where-Object { $_ -eq 'OutboundCallStatus Answered' }).Count | Should -Be 3 -Because ($output | Out-String)
    }
}
