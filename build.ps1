<#
.SYNOPSIS
  部门决算公开文件生成脚本 / Builds the final-accounts disclosure documents.

.DESCRIPTION
  默认检查并生成 data/ 下每个年度文件夹中所有部门的公开文件，输出到 output/。
  By default checks and builds every department of every year folder under data/ into output/.

  -Publish 发布 (publishes) finacc for the clerks' PCs into output/publish/: a self-contained single-file build per
  runtime (-Runtimes, default win-x64 and linux-x64) with templates/, data/ (guide, code lists, sample) and 使用说明.txt,
  and the .NET tool package (packages/). The build for this machine's runtime is tried from its folder afterwards.

  -Test 运行全部测试 (runs the test suite): lists the skipped tests with the reason, then prints
  "N passed, N failed, N skipped". On Debian as root, missing font and tool packages are installed first.
  Each slow step (packages, restore, compile) says so first: a fresh machine needs a few minutes.

.EXAMPLE
  dotnet tool restore; dotnet pwsh build.ps1
.EXAMPLE
  dotnet pwsh build.ps1 data/2024/hongshan-jkj -Formats pdf,docx
.EXAMPLE
  dotnet pwsh build.ps1 -Test
.EXAMPLE
  dotnet pwsh build.ps1 -Publish
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0, ValueFromRemainingArguments = $true)]
    [string[]]$Path,
    [string]$Out = 'output',
    [string]$Formats = '',
    [ValidateSet('zh', 'en')]
    [string]$Lang = 'zh',
    [switch]$CheckOnly,
    [switch]$Force,
    [switch]$NoProgress,
    [switch]$Test,
    [switch]$Publish,
    [string[]]$Runtimes = @('win-x64', 'linux-x64')
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
# No banners, telemetry notes or update notices from the tools this script starts.
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$env:POWERSHELL_UPDATECHECK = 'Off'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'

function Write-Step([string]$Text) {
    # Progress of the slow steps, Chinese first: a fresh machine is otherwise silent for minutes.
    Write-Host "[$((Get-Date).ToString('HH:mm:ss'))] $Text"
}

$runtimePackages = @('fonts-arphic-uming', 'fonts-arphic-ukai', 'fonts-wqy-zenhei')
$testPackages = $runtimePackages + @('fonts-wqy-microhei', 'fonts-dejavu-core', 'poppler-utils', 'qpdf', 'libreoffice-writer-nogui', 'chromium', 'libxml2-utils')
# npm installs axe-core for the accessibility test (a Node.js from elsewhere may bring its own npm).
if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { $testPackages += 'npm' }

function Install-DebianPackages([string[]]$Packages) {
    # Only on Linux, as root, with apt: install what is missing. Elsewhere this does nothing.
    if (-not ($PSVersionTable.PSEdition -eq 'Core' -and $IsLinux)) { return }
    if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) { return }
    if ((& id -u) -ne '0') { return }
    $missing = @($Packages | Where-Object { & dpkg -s $_ *> $null; $LASTEXITCODE -ne 0 })
    if ($missing.Count -eq 0) { return }
    Write-Step "安装缺少的软件包，约需 1–3 分钟 (installing missing packages, 1–3 minutes): $($missing -join ' ')"
    & apt-get update -q -o DPkg::Lock::Timeout=600 | Out-Null
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 @missing | Out-Null
    if ($LASTEXITCODE -ne 0) { Write-Warning "apt-get install failed: $($missing -join ' ')" }
}

if ($Test) {
    Install-DebianPackages $testPackages
    $results = Join-Path $PSScriptRoot 'TestResults'
    if (Test-Path -LiteralPath $results) { Remove-Item -LiteralPath $results -Recurse -Force }
    Write-Step '还原 NuGet 包，首次约需 1 分钟 (restoring packages; about a minute the first time)…'
    & dotnet restore FinalAccounts.Publisher.sln -v q
    $code = $LASTEXITCODE
    if ($code -eq 0) {
        Write-Step '编译，首次约需 1–2 分钟 (compiling; 1–2 minutes the first time)…'
        & dotnet build FinalAccounts.Publisher.sln --no-restore -v q -nologo
        $code = $LASTEXITCODE
    }
    if ($code -eq 0) {
        Write-Step '运行测试，约需 3–5 分钟 (running the tests, 3–5 minutes)…'
        & dotnet test FinalAccounts.Publisher.sln --no-build --logger 'trx;LogFileName=tests.trx' --results-directory $results
        $code = $LASTEXITCODE
    }
    $trx = Join-Path $results 'tests.trx'
    if (Test-Path -LiteralPath $trx) {
        & (Join-Path $PSScriptRoot 'tests/TestSummary.ps1') -Trx $trx
    }
    else {
        Write-Host '0 passed, 1 failed, 0 skipped'
        if ($code -eq 0) { $code = 1 }
    }
    exit $code
}

if ($Publish) {
    $target = Join-Path $PSScriptRoot 'output/publish'
    if (Test-Path -LiteralPath $target) { Remove-Item -LiteralPath $target -Recurse -Force }
    $project = 'src/FinalAccounts.Cli'
    foreach ($rid in $Runtimes) {
        $folder = Join-Path $target "finacc-$rid"
        Write-Step "发布 $rid 单文件程序，约需 2–6 分钟 (publishing the self-contained $rid build, 2–6 minutes)…"
        & dotnet publish $project -c Release -r $rid -o $folder -v q -nologo
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    Write-Step '打包 .NET 工具 (packing the .NET tool)…'
    & dotnet pack $project -c Release -o (Join-Path $target 'packages') -v q -nologo
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

    # Try the build for this machine as a clerk would: from its own folder, on the sample data it carries.
    $here = if ($IsLinux) { 'linux-x64' } elseif ($IsMacOS) { '' } else { 'win-x64' }
    if ($Runtimes -contains $here) {
        $folder = Join-Path $target "finacc-$here"
        $exe = Join-Path $folder $(if ($here -eq 'win-x64') { 'finacc.exe' } else { 'finacc' })
        Write-Step "试运行 (trying) $exe check data/2024"
        Push-Location -LiteralPath $folder
        try { & $exe check (Join-Path 'data' '2024') -q; $code = $LASTEXITCODE } finally { Pop-Location }
        if ($code -ne 0) { Write-Warning "finacc check exited with $code"; exit $code }
    }
    Write-Step "已发布到 (published to) $target"
    exit 0
}

Install-DebianPackages $runtimePackages

if (-not $Path -or $Path.Count -eq 0) {
    $Path = @(Get-ChildItem -LiteralPath 'data' -Directory | Where-Object { $_.Name -match '^\d{4}$' } | Sort-Object Name | ForEach-Object { Join-Path 'data' $_.Name })
}

$verb = if ($CheckOnly) { 'check' } else { 'build' }
$cliArgs = @($verb) + $Path + @('--lang', $Lang)
if (-not $CheckOnly) {
    $cliArgs += @('--out', $Out)
    # Without -Formats every registered format is built (finacc's default).
    if ($Formats) { $cliArgs += @('--formats', $Formats) }
    if ($Force) { $cliArgs += '--force' }
    if ($NoProgress) { $cliArgs += '--no-progress' }
}

Write-Step '编译 finacc，首次约需 1–2 分钟 (compiling finacc; 1–2 minutes the first time)…'
& dotnet build src/FinalAccounts.Cli -c Release -v q -nologo
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& dotnet (Join-Path $PSScriptRoot 'src/FinalAccounts.Cli/bin/Release/net10.0/finacc.dll') @cliArgs
exit $LASTEXITCODE
