#!/usr/bin/env bash
# Notarise a signed .app with Apple, staple the ticket, and re-zip it.
#   packaging/notarize-macos.sh APP ZIP
# Needs APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
app="$1"
zip="$2"
xcrun notarytool submit "$zip" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
xcrun stapler staple "$app"
xcrun stapler validate "$app"
spctl --assess --type execute --verbose=2 "$app"
rm -f "$zip"
ditto -c -k --keepParent "$app" "$zip"  # the stapled app, so it opens offline too
echo "notarised: $app"
