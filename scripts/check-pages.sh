#!/usr/bin/env bash
# Pages turn the view struct `View::for_link` computed into HTML and compute nothing: none
# reads the baked data (`crate::data`) itself. Prints each line that does, and fails on one.
set -uo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rnE 'crate::data|\bdataset\(\)|\bsearch_index\(\)|\batlas\(\)|\bcorpus\(\)' src/pages/ || true)
if [ -n "$found" ]; then
  echo "A page reads the data itself; give its view struct what it shows instead:"
  echo "$found"
  exit 1
fi
echo "No page reads the data: each shows its view struct."
