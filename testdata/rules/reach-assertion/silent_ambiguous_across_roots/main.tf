# Two root modules, dev and prod, linted in one run.
