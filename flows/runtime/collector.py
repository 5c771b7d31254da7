"""Python's garbage collector as the page workers run it (issue 14).

A worker keeps what it loaded at start-up (lexicons, their automata and inflection tables,
the gazetteer: about 485,000 objects the collector tracks) for its whole life, and then
allocates, page after page, short-lived containers (tokens, hits, windows) that form no
reference cycles: over three warm passes of `bench/bench_extract.py`'s 189 texts, not one
collection reclaimed an object. Collecting costs the extraction time all the same, and
`settle()`, called once the worker is loaded, stops most of it:

- `gc.freeze()` moves everything loaded so far out of the collector's reach. Without it, a
  full collection walks all of it (about 0.5 s, every few passes over the 189 texts), and
  its pages of memory, shared with the fork server, get copied into each worker.
- The young generation is collected after `YOUNG_THRESHOLD` new container objects instead
  of Python's 700: at 700 a pass over the 189 texts ran about 170 young collections of
  about 0.5 ms each (3 % of the pass, after freezing), at 10,000 about one. The collector
  still runs, so a cycle made by a library is still reclaimed, a little later.
"""
from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """Freeze what this process has loaded and collect its young objects less often; call
    once a long-lived worker has loaded what it keeps."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
