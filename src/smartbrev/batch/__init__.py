"""Running a check over many files: jobs, a process pool, a cache, results in order."""
