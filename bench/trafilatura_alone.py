"""Baseline child process: trafilatura alone over a list of page files, in one process.

    .venv/bin/python bench/trafilatura_alone.py PAGES.txt     # one page path a line

Calls `trafilatura.bare_extraction` with metadata, with the options the pipeline's cleaner
uses (flows/clean.py), on each page's bytes, and prints one JSON line: pages, pages with
text, import seconds, loop seconds. bench_e2e.py runs it as a subprocess so its wall time
and process memory are measured the same way as the pipeline's.
"""
from __future__ import annotations

import json
import sys
import time


def main() -> int:
    paths = [p for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
    t0 = time.perf_counter()
    import trafilatura
    t1 = time.perf_counter()
    found = 0
    for path in paths:
        with open(path, "rb") as f:
            body = f.read()
        doc = trafilatura.bare_extraction(body, url="http://127.0.0.1/" + path.rsplit("/", 1)[-1],
                                          with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          deduplicate=False)
        found += bool(doc is not None and doc.text)
    t2 = time.perf_counter()
    print(json.dumps({"pages": len(paths), "with_text": found, "import_s": t1 - t0, "loop_s": t2 - t1}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
