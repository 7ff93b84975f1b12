"""Bare-library scripts: the same work as MapStudio, with nothing but Qt or reportlab."""
