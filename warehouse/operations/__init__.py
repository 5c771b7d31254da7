"""Operations: one reported claim, however many agencies and languages carried it."""
from warehouse.operations.incremental import *  # noqa: F401,F403  (split into modules next)
