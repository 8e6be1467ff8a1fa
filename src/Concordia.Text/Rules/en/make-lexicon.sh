#!/usr/bin/env bash
# Regenerates lexicon.txt.gz (the English word list used to repair glued words) from Debian's
# wamerican and wbritish word lists (apt-get install wamerican wbritish). Lower-case entries are kept
# as they are; capitalised ones (Japanese, Vietnam) only from four letters up, to keep out fragments.
set -euo pipefail
cd "$(dirname "$0")"
cat /usr/share/dict/american-english /usr/share/dict/british-english \
  | grep -v "'" | grep -E '^[A-Za-z]+$' \
  | awk '/^[a-z]+$/ && length($0) >= 2 { print; next } /^[A-Z][a-z]+$/ && length($0) >= 4 { print tolower($0) }' \
  | sort -u | gzip -9n > lexicon.txt.gz
