"""In-process measurements, each run in a fresh subprocess by `benchmarks.run`.

A probe prints one JSON object on its last line of stdout: its figures.
"""
