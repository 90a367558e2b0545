#!/usr/bin/env bash
# installer/wine_upgrade_check.sh WINTEST
#
# Upgrades and uninstall keep the user's data: checked under Wine with installer/feedback_gui.iss, after
# ../shared/tools/windows_check.sh has run with WINTEST=... (it leaves Wine, Xvfb, the npm package's ISCC.exe
# and a Wine prefix there). No Windows Python is needed: the bundle is a stand-in (a small Windows exe under the
# app's two names, plus a file that says which version it is), so this checks the installer script, not the app.
#
# For each install mode -- per user (the Wine-only copy of the script with {autopf} spelled
# {localappdata}\Programs, since Wine 8 cannot expand {autopf}) and all users (the script as shipped) -- it
#   1. compiles version 0.0.1 and 0.0.2 of the installer, the old bundle holding one extra file;
#   2. installs 0.0.1 silently; plants the user's data where the app keeps it: settings and recent files
#      (%APPDATA%\Feedback Analyser\Feedback Analyser.ini), an autosave and the error log
#      (%LOCALAPPDATA%\Feedback Analyser\Feedback Analyser\recovery, \logs), and a project in Documents;
#   3. installs 0.0.2 over it: same folder, new files, the old-only file gone, Programs and Features says
#      0.0.2, the .fbproj association still there, every piece of user data unchanged;
#   4. uninstalls: program files, Programs and Features entry and association gone, user data unchanged.
# Prints PASS/FAIL per check and a summary; exit status 1 if any check failed.
set -u
W=$(realpath "${1:?usage: wine_upgrade_check.sh WINTEST (the folder windows_check.sh used)}")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export WINEPREFIX=${WINEPREFIX:-$W/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="}
ISCC=$W/npm-iscc/package/bin/ISCC.exe
[ -f "$ISCC" ] || { echo "no $ISCC: run windows_check.sh with WINTEST=$W first"; exit 2; }
[ -f "$WINEPREFIX/system.reg" ] || { echo "no Wine prefix at $WINEPREFIX: set WINEPREFIX to the one windows_check.sh used"; exit 2; }
WORK=$W/upgrade
LOGS=$WORK/logs
FAILED=0
KEY='Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F3D2A1C-8B4E-4C1F-9A7D-3E2B5C8D1F40}_is1'
winpath() { echo "Z:$(realpath -m "$1" | tr / '\\')"; }
unixpath() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
check() {  # check DESCRIPTION COMMAND...: PASS or FAIL
    local what=$1; shift
    echo "--- $MODE: $what: $*" >> "$LOGS/checks.log"
    if "$@" >> "$LOGS/checks.log" 2>&1; then echo "PASS  $MODE: $what" | tee -a "$WORK/summary.txt"
    else echo "FAIL  $MODE: $what" | tee -a "$WORK/summary.txt"; FAILED=1; fi
}
same() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }
contains() { case "$1" in *"$2"*) return 0 ;; esac; return 1; }
CLASS='Software\Classes\FeedbackAnalyser.Project\shell\open\command'
reg_value() {  # reg_value ROOT KEY NAME: the value's data ("" for the default value), or nothing
    # /reg:64: Setup writes the 64-bit view (64-bit install mode); `wine reg` reads the 32-bit one by default.
    local which=(/v "$3") name=$3
    [ -z "$3" ] && which=(/ve) && name="(Default)"
    wine reg query "$1\\$2" "${which[@]}" /reg:64 2>/dev/null | tr -d '\r' |
        awk -v n="$name" '$1 == n { $1 = ""; $2 = ""; sub(/^  */, ""); print }'
}

rm -rf "$WORK" && mkdir -p "$LOGS" "$WORK/installer" "$WORK/resources/icons"
: > "$WORK/summary.txt"
cp "$ROOT/resources/icons/app.ico" "$WORK/resources/icons/"
Xvfb :97 -screen 0 1024x768x24 -nolisten tcp > "$LOGS/xvfb.log" 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null' EXIT
sleep 2
export DISPLAY=:97   # Inno Setup's Setup needs a display even when silent

# build VERSION SCRIPT NAME: a stand-in bundle for VERSION, compiled with SCRIPT into build/installer/NAME.exe
build() {
    local version=$1 script=$2 name=$3 bundle=$WORK/build/dist/FeedbackAnalyser
    rm -rf "$bundle" && mkdir -p "$bundle/_internal"
    cp "$WINEPREFIX/drive_c/windows/system32/hostname.exe" "$bundle/FeedbackAnalyser.exe"
    cp "$WINEPREFIX/drive_c/windows/system32/hostname.exe" "$bundle/feedback-gui.exe"
    echo "$version" > "$bundle/_internal/bundle-version.txt"
    [ "$version" = 0.0.1 ] && echo old > "$bundle/_internal/only-in-0.0.1.dll"
    sed "s/OutputBaseFilename=.*/OutputBaseFilename=$name/" "$script" > "$WORK/installer/feedback_gui.iss"
    wine "$ISCC" /Q "/DAppVersion=$version" "$(winpath "$WORK/installer/feedback_gui.iss")" >> "$LOGS/compile.log" 2>&1
}

# setup EXE MODE LOG: silent install; 0 if Setup says it succeeded
setup() {
    wine "$(winpath "$1")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "$2" "/LOG=$(winpath "$3")"
    wineserver -w
    grep -aq 'Installation process succeeded' "$3"
}

APPDATA_DIR=$(unixpath "$(wine cmd /c echo %APPDATA% | tr -d '\r')")
LOCALAPPDATA_DIR=$(unixpath "$(wine cmd /c echo %LOCALAPPDATA% | tr -d '\r')")
DOCUMENTS_DIR=$(unixpath "$(wine cmd /c echo %USERPROFILE% | tr -d '\r')")/Documents
SETTINGS="$APPDATA_DIR/Feedback Analyser/Feedback Analyser.ini"
AUTOSAVE="$LOCALAPPDATA_DIR/Feedback Analyser/Feedback Analyser/recovery/unsaved-work.fbproj"
ERRLOG="$LOCALAPPDATA_DIR/Feedback Analyser/Feedback Analyser/logs/feedback-gui-errors.log"
PROJECT="$DOCUMENTS_DIR/Probation surveys/Suffolk 2024.fbproj"
SETTINGS_TEXT=$'[General]\nrecentFiles=C:\\\\Users\\\\me\\\\Documents\\\\Probation surveys\\\\Suffolk 2024.fbproj\ntheme=dark'
AUTOSAVE_TEXT='{"format": 1, "surveys": ["C:/Users/me/Documents/staff.xlsx"], "edits": []}'
ERRLOG_TEXT='--- 2026-01-01T10:00:00 feedback-gui 0.0.1 Python 3.12.10'
PROJECT_TEXT='{"format": 1, "surveys": ["staff.xlsx"], "name": "Suffolk 2024"}'

cycle() {  # cycle MODE SCRIPT ROOTKEY SWITCH
    MODE=$1
    local script=$2 root=$3 switch=$4 dir app
    build 0.0.1 "$script" "old-$MODE" || { echo "FAIL  $MODE: compile 0.0.1" | tee -a "$WORK/summary.txt"; FAILED=1; return; }
    build 0.0.2 "$script" "new-$MODE" || { echo "FAIL  $MODE: compile 0.0.2" | tee -a "$WORK/summary.txt"; FAILED=1; return; }
    check "install 0.0.1" setup "$WORK/build/installer/old-$MODE.exe" "$switch" "$LOGS/$MODE-install-old.log"
    dir=$(grep -a -m1 'Directory for uninstall files:' "$LOGS/$MODE-install-old.log" | sed 's/.*files: //' | tr -d '\r')
    app=$(unixpath "$dir")
    echo "      installed into $dir"
    check "0.0.1 in Programs and Features" test "$(reg_value "$root" "$KEY" DisplayVersion)" = 0.0.1
    mkdir -p "$(dirname "$SETTINGS")" "$(dirname "$AUTOSAVE")" "$(dirname "$ERRLOG")" "$(dirname "$PROJECT")"
    printf '%s' "$SETTINGS_TEXT" > "$SETTINGS"; printf '%s' "$AUTOSAVE_TEXT" > "$AUTOSAVE"
    printf '%s' "$ERRLOG_TEXT" > "$ERRLOG"; printf '%s' "$PROJECT_TEXT" > "$PROJECT"

    check "install 0.0.2 over 0.0.1" setup "$WORK/build/installer/new-$MODE.exe" "$switch" "$LOGS/$MODE-install-new.log"
    check "0.0.2 went into the same folder" grep -aqF "Directory for uninstall files: $dir" "$LOGS/$MODE-install-new.log"
    check "the bundle is 0.0.2" same "$app/_internal/bundle-version.txt" 0.0.2
    check "the file only 0.0.1 had is gone" test ! -e "$app/_internal/only-in-0.0.1.dll"
    check "0.0.2 in Programs and Features" test "$(reg_value "$root" "$KEY" DisplayVersion)" = 0.0.2
    check ".fbproj opens with the installed app" contains "$(reg_value "$root" "$CLASS" '')" "\"$dir\\FeedbackAnalyser.exe\" \"%1\""
    check "upgrade kept settings and recent files" same "$SETTINGS" "$SETTINGS_TEXT"
    check "upgrade kept the autosave" same "$AUTOSAVE" "$AUTOSAVE_TEXT"
    check "upgrade kept the error log" same "$ERRLOG" "$ERRLOG_TEXT"
    check "upgrade kept the project" same "$PROJECT" "$PROJECT_TEXT"

    wine "$dir\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$LOGS/$MODE-uninstall.log")"
    wineserver -w
    check "uninstall succeeded" grep -aq 'Uninstallation process succeeded' "$LOGS/$MODE-uninstall.log"
    check "uninstall removed the program" test ! -e "$app/feedback-gui.exe" -a ! -e "$app/unins000.exe"
    check "uninstall removed the Programs and Features entry" test -z "$(reg_value "$root" "$KEY" DisplayVersion)"
    check "uninstall removed the .fbproj association" test -z "$(reg_value "$root" "$CLASS" '')"
    check "uninstall kept settings and recent files" same "$SETTINGS" "$SETTINGS_TEXT"
    check "uninstall kept the autosave" same "$AUTOSAVE" "$AUTOSAVE_TEXT"
    check "uninstall kept the error log" same "$ERRLOG" "$ERRLOG_TEXT"
    check "uninstall kept the project" same "$PROJECT" "$PROJECT_TEXT"
    rm -f "$SETTINGS" "$AUTOSAVE" "$ERRLOG" "$PROJECT"
}

sed 's/{autopf}/{localappdata}\\Programs/' "$ROOT/installer/feedback_gui.iss" > "$WORK/feedback_gui.wine-peruser.iss"
cycle peruser-wine "$WORK/feedback_gui.wine-peruser.iss" HKCU /CURRENTUSER
cycle allusers "$ROOT/installer/feedback_gui.iss" HKLM /ALLUSERS
echo; echo "==== $(grep -c '^PASS' "$WORK/summary.txt") passed, $(grep -c '^FAIL' "$WORK/summary.txt") failed ($WORK/summary.txt)"
exit $FAILED
