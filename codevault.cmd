@echo off
rem CodeVault launcher for Windows. Run "codevault.cmd help" for the commands.
setlocal enableextensions
set "ROOT=%~dp0"
set "BACKEND_JAR=%ROOT%backend\target\codevault-backend.jar"
set "DESKTOP_JAR=%ROOT%desktop\target\codevault-desktop.jar"
if "%MICRONAUT_SERVER_PORT%"=="" (set "PORT=8080") else (set "PORT=%MICRONAUT_SERVER_PORT%")
set "SERVER_URL=http://127.0.0.1:%PORT%"

set "COMMAND=%~1"
if "%COMMAND%"=="" set "COMMAND=help"
shift

where java >nul 2>nul || (echo codevault: java is not on the PATH. Install a JDK 17 or newer and try again. 1>&2 & exit /b 1)

if /i "%COMMAND%"=="start" goto start
if /i "%COMMAND%"=="server" goto server
if /i "%COMMAND%"=="desktop" goto desktop
if /i "%COMMAND%"=="analyze" goto analyze
if /i "%COMMAND%"=="test" goto test
if /i "%COMMAND%"=="help" goto help
echo codevault: unknown command '%COMMAND%'. 1>&2
goto help

:build
rem NOTE: unlike the shell launcher, this one builds only when a jar is missing; run "mvnw.cmd package" after edits.
if exist "%BACKEND_JAR%" if exist "%DESKTOP_JAR%" exit /b 0
echo Building CodeVault (the first build downloads dependencies and takes a few minutes)...
call "%ROOT%mvnw.cmd" -B -q -DskipTests package || (echo codevault: the build failed; the messages above say why. 1>&2 & exit /b 1)
exit /b 0

:start
call :build || exit /b 1
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$server = Start-Process -FilePath java -ArgumentList @('-jar', '%BACKEND_JAR%') -NoNewWindow -PassThru;" ^
  "$up = $false;" ^
  "for ($i = 0; $i -lt 600 -and -not $server.HasExited; $i++) {" ^
  "  try { Invoke-WebRequest -UseBasicParsing -TimeoutSec 2 '%SERVER_URL%/health' | Out-Null; $up = $true; break } catch { Start-Sleep -Milliseconds 200 }" ^
  "}" ^
  "if (-not $up) { if (-not $server.HasExited) { Stop-Process -Id $server.Id }; exit 1 }" ^
  "Write-Host 'CodeVault server is up at %SERVER_URL% (health: UP).';" ^
  "& java -Xms128m -XX:MetaspaceSize=64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar '%DESKTOP_JAR%' '--server-url=%SERVER_URL%';" ^
  "Write-Host 'The desktop app was closed; stopping the server.';" ^
  "Stop-Process -Id $server.Id"
exit /b %ERRORLEVEL%

:server
call :build || exit /b 1
java -jar "%BACKEND_JAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:desktop
call :build || exit /b 1
java -Xms128m -XX:MetaspaceSize=64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%DESKTOP_JAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:analyze
call :build || exit /b 1
java -Xmx448m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "%BACKEND_JAR%;%ROOT%backend\target\lib\*" dev.codevault.backend.analysis.cli.AnalyzeCommand %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:test
call "%ROOT%mvnw.cmd" -B verify %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:help
echo Usage: codevault.cmd COMMAND [ARGS...]
echo.
echo Commands:
echo   start     Build if needed, start the server on its embedded defaults, then open the desktop app.
echo   server    Build if needed and run the server in the foreground.
echo   desktop   Build if needed and open the desktop app.
echo   analyze   Build if needed and analyse a folder, a git repository or an archive without a server.
echo   test      Run every test (mvnw.cmd verify).
echo   help      Show this text.
exit /b 0
