<#
.SYNOPSIS
  测试结果汇总 / Summarises a test run's TRX file for build.ps1 -Test.

.DESCRIPTION
  Lists the tests that were skipped, grouped by the reason each gave (e.g. a program not installed), then prints the
  closing line "N passed, N failed, N skipped" (the first two fields first: CI reads them). A test the runner did not
  execute counts as skipped; the TRX counters leave those out, so the results themselves are counted.
#>
param([Parameter(Mandatory = $true)][string]$Trx)

$run = ([xml](Get-Content -LiteralPath $Trx -Raw -Encoding UTF8)).TestRun
$results = @($run.Results.UnitTestResult)
$passed = @($results | Where-Object { $_.outcome -eq 'Passed' }).Count
$failed = @($results | Where-Object { $_.outcome -in @('Failed', 'Error', 'Timeout', 'Aborted') }).Count
$skipped = @($results | Where-Object { $_.outcome -notin @('Passed', 'Failed', 'Error', 'Timeout', 'Aborted') })
foreach ($group in ($skipped | Group-Object { "$($_.Output.ErrorInfo.Message)".Trim() } | Sort-Object Name)) {
    $reason = if ($group.Name) { $group.Name } else { '(no reason given)' }
    Write-Host "跳过 $($group.Count) 个测试 (skipped $($group.Count)): $reason"
    foreach ($test in ($group.Group | Select-Object -First 5)) { Write-Host "    $($test.testName)" }
    if ($group.Count -gt 5) { Write-Host "    …" }
}
Write-Host "$passed passed, $failed failed, $($skipped.Count) skipped"
