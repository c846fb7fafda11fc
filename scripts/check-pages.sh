#!/usr/bin/env bash
# Pages turn the view struct `View::for_link` computed into HTML and compute nothing; a
# component that must compute on demand (a long list's next block, an export, the axis at its
# width) takes the corpus the app provides (`use_corpus`). Neither reads the baked data
# (`crate::data`) itself. Prints each line that does, and fails on one.
set -uo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rnE 'crate::data|\bdataset\(\)|\bsearch_index\(\)|\batlas\(\)|\bcorpus\(\)' src/pages/ src/components/ || true)
if [ -n "$found" ]; then
  echo "A page or component reads the baked data itself; give it its view struct, or use_corpus():"
  echo "$found"
  exit 1
fi
echo "No page or component reads the baked data: pages show their view struct, components the corpus they are given."
