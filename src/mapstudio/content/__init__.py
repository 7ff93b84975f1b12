"""Bundled content: the example project and the templates `mapstudio new` offers.

Projects are built by code through the model's operations, so they always obey
the model's rules and can be rebuilt (and compared) whenever the model changes.
"""
