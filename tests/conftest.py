"""Shared fixtures: the bundled seeds double as test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq"


@pytest.fixture
def seeds() -> Path:
    return SEEDS
