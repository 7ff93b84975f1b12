"""Errors the model raises when asked for something a journey map cannot hold."""


class ModelError(ValueError):
    """An edit or a record that would break the project's rules.

    The message is meant for the user: it names the thing and the rule.
    """
