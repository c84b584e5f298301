#!/usr/bin/env bash
# Builds Storyreel for macOS from a checkout, in one command:
#
#   packaging/macos/build_macos.sh [PYTHON]
#
# Gives dist/Storyreel.app (PyInstaller's BUNDLE step in packaging/storyreel.spec) and
# dist/storyreel-<version>-macos-<arch>.dmg, a disk image with the app and a shortcut to
# Applications to drag it onto. Installs PyInstaller into PYTHON's environment (default:
# python3) when missing.
#
# Signing: PyInstaller signs the app ad hoc, which is enough to run it on the machine that
# built it and on CI. For users' Macs, set STORYREEL_CODESIGN_IDENTITY to a "Developer ID
# Application" identity; the app is then signed with the hardened runtime, and notarising
# the .dmg (xcrun notarytool submit --wait, then xcrun stapler staple) is the last step.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${1:-python3}"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)

"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.22,<7"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/storyreel.spec

APP="dist/Storyreel.app"
if [ -n "${STORYREEL_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist \
    --sign "$STORYREEL_CODESIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP"

STAGE="build/dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/storyreel-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "Storyreel $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"
du -sh "$APP" "$DMG"
