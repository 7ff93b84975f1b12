"""The Qt user interface. Only this package (and `export/` image writers) import Qt."""
