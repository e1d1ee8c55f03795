from pathlib import Path

from aiser_jupyter.errors import CODES

ROOT = Path(__file__).resolve().parent.parent


def test_readme_documents_every_error_code_and_is_current():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_readme_codes.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    readme = (ROOT / "README.md").read_text()
    assert gen.render(readme) == readme, "run: python scripts/gen_readme_codes.py"
    for code in CODES:
        assert f"`{code}`" in readme
    assert "make lab" in readme and "make test" in readme
