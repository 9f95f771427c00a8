import os

import pytest

SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")


@pytest.fixture(scope="session")
def pipeline():
    """One Pipeline for the whole test session (loading the models takes a second)."""
    import extractor
    return extractor.Pipeline()


def sample_text(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        return f.read()
