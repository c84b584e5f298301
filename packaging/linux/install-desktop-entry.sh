#!/bin/sh
# Adds Storyreel from this portable folder to your applications menu (for your user only).
#   ./install-desktop-entry.sh           add or refresh the menu entry and the icon
#   ./install-desktop-entry.sh --remove  take them away again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/storyreel.desktop"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for size in 16 32 48 64 128 256 512; do
    rm -f "$icons/${size}x${size}/apps/storyreel.png"
  done
  rm -f "$icons/scalable/apps/storyreel.svg"
  echo "Removed Storyreel from the applications menu."
  exit 0
fi

for size in 16 32 48 64 128 256 512; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/_internal/app/resources/icons/storyreel-$size.png" "$icons/${size}x${size}/apps/storyreel.png"
done
mkdir -p "$icons/scalable/apps" "$data/applications"
cp "$here/_internal/app/resources/icons/storyreel.svg" "$icons/scalable/apps/storyreel.svg"
# The menu entry starts this folder's storyreel; quoting keeps paths with spaces working.
sed -e "s|^Exec=storyreel$|Exec=\"$here/storyreel\"|" "$here/storyreel.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
echo "Added Storyreel to the applications menu (it starts $here/storyreel)."
