#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (the demo and the end-to-end tests
# drive them; their own download commands cannot work offline), with their German language packs
# (the demo runs the browsers in German, as Kontext's readers do). Used by `npm start` and by .ci/run.
# Needs root or password-less sudo; otherwise it says which command to run and fails.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x "${KONTEXT_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${KONTEXT_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -n "${KONTEXT_CHROMIUM:-}" ] || [ -f /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
[ -n "${KONTEXT_FIREFOX:-}" ] || compgen -G '/usr/lib/firefox-esr/browser/extensions/langpack-de@*' >/dev/null ||
  missing+=(firefox-esr-l10n-de)
[ "${#missing[@]}" -eq 0 ] && exit 0

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"
  else
    echo "kontext: ${missing[*]} missing; install with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
}
if ! command -v apt-get >/dev/null; then
  echo "kontext: ${missing[*]} missing and no apt-get here; install them and set KONTEXT_CHROMIUM / KONTEXT_FIREFOX" >&2
  exit 1
fi
echo "kontext: installing ${missing[*]} (Debian packages)"
as_root apt-get update </dev/null
as_root apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
