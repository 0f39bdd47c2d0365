#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with a private gnome-keyring (Secret Service) unlocked by a throwaway password.
# Use inside dbus-run-session, so the keyring and its bus go away with the test.
set -eu
HOME=$(mktemp -d)
XDG_DATA_HOME="$HOME/.local/share"
XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_DATA_HOME XDG_RUNTIME_DIR
eval "$(printf 'medusa-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
status=0
"$@" || status=$?
rm -rf "$HOME"
exit "$status"
