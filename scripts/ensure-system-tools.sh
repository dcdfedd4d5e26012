#!/usr/bin/env bash
# Check the Debian tools the tests use (npm cannot install them) and install the missing ones
# when running as root on Debian. Otherwise print the exact command and fail.
set -euo pipefail

declare -A package_of=(
  [/usr/bin/chromium]=chromium
  [/usr/bin/pdfsig]=poppler-utils
  [/usr/bin/pdftotext]=poppler-utils
  [/usr/bin/pdftoppm]=poppler-utils
  [/usr/bin/qpdf]=qpdf
  [/usr/bin/zbarimg]=zbar-tools
  [/usr/bin/certutil]=libnss3-tools
  [/usr/share/fonts/truetype/noto/NotoSansLao-Regular.ttf]=fonts-noto-core
)

missing=()
for path in "${!package_of[@]}"; do
  [ -e "$path" ] || missing+=("${package_of[$path]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools from Debian packages: $packages"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
  exit 0
fi

echo "Missing test tools. Install them with:" >&2
echo "  sudo apt-get install -y $packages" >&2
exit 1
