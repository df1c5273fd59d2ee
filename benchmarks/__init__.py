"""Benchmarks: a corpus generator and one command that measures the targets of the performance issue."""
