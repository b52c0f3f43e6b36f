"""The statement constructions, one module per family; each family extends the one before
(base, direct, reports, indirect, according, free_indirect, partial), so a family may use the
steps of the families before it."""
