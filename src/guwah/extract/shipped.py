"""The extractor's trained models as shipped in the package, and the one in use.

Each model (the act classifier, the person and victim model, the attribution model) is read once
from its folder beside the code; a bench script or test may put another in its place for a block
(`using`: cross-validation, rules alone). One copy of that rule for the three models.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

M = TypeVar("M")


class ShippedModel(Generic[M]):
    """A model read by `read(folder)` on first use (None, with a warning naming what the extractor
    falls back to, when the folder has no meta.json), unless `using` put another in place."""

    def __init__(self, folder: Path, read: Callable[[Path], M], without: str) -> None:
        self.folder, self._read, self._without = folder, read, without
        self._loaded: list[M | None] = []
        self._override: list[M | None] = []

    def _shipped(self) -> M | None:
        if not self._loaded:
            if (self.folder / "meta.json").exists():
                self._loaded.append(self._read(self.folder))
            else:
                log.warning("no model in %s: %s", self.folder, self._without)
                self._loaded.append(None)
        return self._loaded[0]

    def current(self) -> M | None:
        """The model the extractor uses: the shipped one, or the one `using` put in place."""
        return self._override[-1] if self._override else self._shipped()

    @contextmanager
    def using(self, model: M | None) -> Iterator[M | None]:
        """Extract with another model (or none: rules alone) inside the block."""
        self._override.append(model)
        try:
            yield model
        finally:
            self._override.pop()


def write_linear(path: Path | str, meta: dict, coef, intercept) -> int:
    """Write a linear model's folder: `meta` as meta.json, `coef` and `intercept` as float32 arrays in
    weights.npz (no pickle); returns the folder's size in bytes."""
    import json

    import numpy as np

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(path / "weights.npz", "wb") as handle:
        np.savez_compressed(handle, coef=np.asarray(coef, dtype="float32"),
                            intercept=np.asarray(intercept, dtype="float32"))
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def read_linear(path: Path | str) -> tuple[dict, object, object]:
    """(meta, coef, intercept) of a folder written by `write_linear`, read without pickle.

    Raises:
        OSError, ValueError: a missing or unreadable file (the caller names what it expected).
    """
    import json

    import numpy as np

    path = Path(path)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    with np.load(path / "weights.npz", allow_pickle=False) as weights:
        return meta, weights["coef"], weights["intercept"]


def read_linear_model(path: Path | str, what: str, features_version: int, settings: Callable[[dict], tuple],
                      fits: Callable[[tuple, object, object, tuple], bool]) -> tuple[dict, tuple, object, object, tuple]:
    """(meta, features, coef, intercept, settings) of a linear model's folder (`write_linear`): the one
    reader of the trained models (`attribution`, `roles_model`). `settings(meta)` reads the model's own
    settings from its meta.json; `fits(features, coef, intercept, settings)` says whether the weights'
    shapes and the settings are this version's.

    Raises:
        InputError: "<path> is not <what>": a missing or unreadable file or setting, another
        `features_version`, or weights or settings that do not fit.
    """
    from guwah.errors import InputError

    try:
        meta, coef, intercept = read_linear(path)
        features = tuple(meta["features"])
        read = settings(meta)
    except (OSError, ValueError, KeyError) as error:
        raise InputError(f"{path} is not {what}: {error}", value=str(path)) from error
    if meta.get("features_version") != features_version or not fits(features, coef, intercept, read):
        raise InputError(f"{path} is not {what} of this version", value=str(path))
    return meta, features, coef, intercept, read
