/**
 * Fit a plotly figure from the kernel to the sidebar: transparent background,
 * the theme's font and grid colours, compact margins. The figure's data is untouched.
 */

export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

type Json = { [key: string]: any };

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.body).getPropertyValue(name).trim();
  return value || fallback;
}

function axis(existing: Json | undefined, grid: string, line: string, font: string): Json {
  return {
    ...(existing ?? {}),
    gridcolor: grid,
    linecolor: line,
    zerolinecolor: line,
    tickfont: { ...(existing?.tickfont ?? {}), color: font },
    title: typeof existing?.title === 'object' ? { ...existing.title, font: { color: font } } : existing?.title,
    automargin: true
  };
}

/** A copy of `figure` styled for the panel at `height` pixels. */
export function panelFigure(figure: Json, height: number): Json {
  const font = cssVar('--jp-ui-font-color1', '#333');
  const muted = cssVar('--jp-ui-font-color2', '#666');
  const grid = cssVar('--jp-border-color2', '#e0e0e0');
  const line = cssVar('--jp-border-color1', '#bdbdbd');
  const layout: Json = { ...(figure.layout ?? {}) };
  delete layout.title; // the panel shows the title above the chart, where it can wrap
  delete layout.width;
  const styled: Json = {
    ...layout,
    height,
    autosize: true,
    margin: { l: 8, r: 8, t: 8, b: 8, pad: 2 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { ...(layout.font ?? {}), color: font, family: cssVar('--jp-ui-font-family', 'sans-serif'), size: 11 },
    legend: {
      ...(layout.legend ?? {}),
      orientation: 'h',
      x: 0,
      xanchor: 'left',
      y: -0.15,
      yanchor: 'top',
      font: { color: muted, size: 10 },
      title: { ...(layout.legend?.title ?? {}), side: 'top', font: { color: muted, size: 10 } }
    },
    hoverlabel: { ...(layout.hoverlabel ?? {}), font: { size: 12 } }
  };
  for (const key of Object.keys(layout)) {
    if (/^[xy]axis\d*$/.test(key)) {
      styled[key] = axis(layout[key], grid, line, muted);
    }
  }
  if (!('xaxis' in styled)) {
    styled.xaxis = axis(undefined, grid, line, muted);
  }
  if (!('yaxis' in styled)) {
    styled.yaxis = axis(undefined, grid, line, muted);
  }
  if (styled.template?.layout) {
    // The template's light backgrounds would win over the theme in places (polar, scene).
    styled.template = { ...styled.template, layout: { ...styled.template.layout, paper_bgcolor: 'rgba(0,0,0,0)', plot_bgcolor: 'rgba(0,0,0,0)' } };
  }
  return {
    data: figure.data ?? [],
    layout: styled,
    // The sidebar is too narrow for the mode bar: it would cover the plot. Zoom by dragging,
    // reset by double-click; "Insert as cell" gives the full-size chart.
    config: { displaylogo: false, responsive: true, displayModeBar: false }
  };
}

/** The chart's title from the figure, as plain text. */
export function figureTitle(figure: Json): string {
  const title = figure.layout?.title;
  const text = typeof title === 'string' ? title : title?.text;
  return typeof text === 'string' ? text.replace(/<[^>]*>/g, '') : '';
}
