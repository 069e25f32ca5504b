"""Values built in code, held to the rules of a values file.

:func:`checked_values` checks a :class:`~.model.ClusterValues` as the loader checks a file: it
turns the values into their values-file form (``to_values_dict``, camelCase), runs
:func:`~.validate.validate_values` on it and raises :class:`ConfigError` listing every problem,
with field paths spelt as in a values file (``controlPlane.replicas``, ``nodePools.worker.class``).
What passes is rebuilt from that form, so the constructs get values of exactly the shape a file
gives (tuples, not lists; sections as dataclasses, also where a mapping in the values file's
spelling was given).

Values the loader made from a file it checked carry a private mark and are not checked again;
so do the values :func:`checked_values` returns. Nothing else sets the mark: values built or
changed in code (``ClusterValues(...)``, ``dataclasses.replace``) are always checked. The mark
stays with the object, so the mappings inside checked values (``node_pools``, ``node_classes``,
...) are not to be changed in place: build changed values with ``dataclasses.replace``.
"""
from __future__ import annotations

from typing import Any

from .errors import ConfigError, FieldError
from .merge import merge_values
from .model import ClusterValues
from .validate import validate_values

__all__ = ["checked_values", "is_checked", "mark_checked", "mark_released", "released_for"]

_MARK = "_checked_as_values_file"
"""Instance attribute (outside the dataclass fields: no effect on ``==``, kept by pickle)."""
_RELEASES_MARK = "_checked_for_releases"
"""Instance attribute: the management clusters whose release checks the checked values passed."""


def mark_checked(values: ClusterValues) -> ClusterValues:
    """Record that ``values`` passed the values-file checks; returns ``values``. For the loader."""
    object.__setattr__(values, _MARK, True)
    return values


def is_checked(values: Any) -> bool:
    """Whether ``values`` are values the loader or :func:`checked_values` produced."""
    return isinstance(values, ClusterValues) and vars(values).get(_MARK, False) is True


def mark_released(values: ClusterValues, management_cluster) -> None:
    """Record that checked ``values`` passed the checks of the releases ``management_cluster``
    declares (:func:`~.generations.release_value_errors`); values not checked are not marked."""
    if is_checked(values):
        object.__setattr__(values, _RELEASES_MARK, vars(values).get(_RELEASES_MARK, ()) + (management_cluster,))


def released_for(values: Any, management_cluster) -> bool:
    """Whether checked ``values`` passed the release checks of ``management_cluster`` already."""
    return is_checked(values) and management_cluster in vars(values).get(_RELEASES_MARK, ())


def checked_values(values: Any, source: str) -> ClusterValues:
    """``values`` as the loader would build them from a file holding them; raises
    :class:`ConfigError` with every problem, each naming ``source`` (where the values come
    from, e.g. ``VsphereClusterProps(name='alpha').values``) and the field's values-file path."""
    if is_checked(values):
        return values
    if not isinstance(values, ClusterValues):
        raise ConfigError([FieldError(source, "", "is not a ClusterValues", "",
                                      f"found {type(values).__name__}; build one with ClusterValues(...) or "
                                      "load one with load_values_file()")])
    try:
        # A null (``ipPoolName: ""`` is written as one) removes its key, as in a values file.
        mapping = merge_values({}, values.to_values_dict())
        errors = validate_values(mapping, source)
    except RecursionError:
        raise ConfigError([FieldError(source, "", "is nested too deeply (a mapping that contains itself?)",
                                      "", "")]) from None
    if errors:
        raise ConfigError(errors)
    return mark_checked(ClusterValues.from_values_dict(mapping))
