import inspect
import types

import pytest

import aiorthanc
import aiorthanc.testing


@pytest.mark.parametrize("module", [aiorthanc, aiorthanc.testing])
def test_all_is_exactly_the_public_names(module: types.ModuleType) -> None:
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    public |= {"__version__"} & set(vars(module))
    assert set(module.__all__) == public
    assert len(module.__all__) == len(set(module.__all__))


def test_public_names_have_docstrings() -> None:
    for name in aiorthanc.__all__:
        value = getattr(aiorthanc, name)
        # Type aliases carry no runtime docstring; classes and functions must.
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__doc__, name


def test_version_is_a_string() -> None:
    assert isinstance(aiorthanc.__version__, str)
    assert aiorthanc.__version__[0].isdigit()
