"""Baseline child process: trafilatura alone over a list of page files, in one process.

    .venv/bin/python bench/trafilatura_alone.py PAGES.txt            # the cleaner's call
    .venv/bin/python bench/trafilatura_alone.py PAGES.txt --extract  # trafilatura.extract

Default: `trafilatura.bare_extraction` with metadata and the options the pipeline's
cleaner uses (flows/clean.py). `--extract`: `trafilatura.extract(page, url=...,
with_metadata=True)` with trafilatura's defaults otherwise, the plain call a user would
write (issue 14's baseline). Either reads each page's bytes and prints one JSON line:
pages, pages with text, import seconds, loop seconds. bench_e2e.py runs it as a
subprocess so its wall time and process memory are measured the way the pipeline's are.
"""
from __future__ import annotations

import json
import sys
import time


def main() -> int:
    args = sys.argv[1:]
    use_extract = "--extract" in args
    paths = [p for p in open([a for a in args if not a.startswith("--")][0],
                             encoding="utf-8").read().splitlines() if p]
    t0 = time.perf_counter()
    import trafilatura
    t1 = time.perf_counter()
    found = 0
    for path in paths:
        with open(path, "rb") as f:
            body = f.read()
        url = "http://127.0.0.1/" + path.rsplit("/", 1)[-1]
        if use_extract:
            text = trafilatura.extract(body, url=url, with_metadata=True)
            found += bool(text)
            continue
        doc = trafilatura.bare_extraction(body, url=url,
                                          with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          deduplicate=False)
        found += bool(doc is not None and doc.text)
    t2 = time.perf_counter()
    print(json.dumps({"pages": len(paths), "with_text": found, "import_s": t1 - t0, "loop_s": t2 - t1,
                      "call": "extract" if use_extract else "bare_extraction"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
