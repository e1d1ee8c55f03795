"""Figure JSON without plotly's validators (figure/plotly_json.py): typed arrays, compact JSON, an HTML fallback."""

from __future__ import annotations


def test_html_fallback_draws_with_pinned_plotly_js_and_escapes_the_data():
    from aiser_jupyter.engine.figure.plotly_json import html_fallback, plotly_cdn

    data = {"data": [{"type": "bar", "x": ["</script><script>alert(1)</script>"], "y": [1]}]}
    html = html_fallback(data, {})
    url, integrity = plotly_cdn()
    assert f'src="{url}" integrity="{integrity}"' in html
    assert "alert(1)</script>" not in html and "\\u003c/script\\u003e" in html
    import plotly

    assert plotly.offline.get_plotlyjs_version() in url
