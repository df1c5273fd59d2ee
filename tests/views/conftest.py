import pytest

from tests.views.synthetic import synthetic_corpus


@pytest.fixture(scope="session")
def corpus():
    return synthetic_corpus()
