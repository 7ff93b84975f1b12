"""MapStudio's benchmark suite: synthetic projects, bare-library baselines, the driver.

`make bench` (or `python -m benchmarks.run`) prints every figure as a ratio
to a baseline doing the same work with bare Qt or bare reportlab in the same
run; see docs/performance.md.
"""
