import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { beschrijf, Serie } from './reeksen';

export type { Serie };

// Only what the dashboards draw: bars and lines on a grid, a legend and a tooltip, on canvas (keeps the chunk small;
// canvas needs no inline styles or SVG markup, so the portal's CSP — style-src 'self' — holds).
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Optie = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), distinguishable side by side. */
const KLEUREN = ['#154273', '#d45500', '#2f7d1f', '#a90061', '#5c3d99', '#00677f', '#8a6d00', '#5a5a5a', '#b3261e', '#0050a0', '#6b4e16', '#3c6e47'];

/**
 * A bar or line chart (ECharts) over categories. The canvas is one image for assistive technology: role="img" with the
 * values in words, and every chart sits beside a table with the same figures (WCAG 1.1.1). Suppressed values are gaps.
 */
export function Grafiek({
  titel,
  categorieen,
  series,
  soort = 'staaf',
  gestapeld = false,
  liggend = false,
}: {
  titel: string;
  categorieen: string[];
  series: Serie[];
  soort?: 'staaf' | 'lijn';
  gestapeld?: boolean;
  liggend?: boolean;
}) {
  const vlak = useRef<HTMLDivElement>(null);
  // Drawn again only when what it shows changes (the arrays are new on every render).
  const inhoud = JSON.stringify({ categorieen, series, soort, gestapeld, liggend });
  useEffect(() => {
    const { categorieen, series, soort, gestapeld, liggend } = JSON.parse(inhoud) as {
      categorieen: string[];
      series: Serie[];
      soort: 'staaf' | 'lijn';
      gestapeld: boolean;
      liggend: boolean;
    };
    const element = vlak.current;
    if (!element) return;
    const grafiek = init(element, undefined, { renderer: 'canvas', locale: 'EN' });
    const categorieAs = {
      type: 'category' as const,
      data: categorieen,
      axisLabel: { color: '#333', interval: 0, width: 180, overflow: 'truncate' as const },
    };
    const waardeAs = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#333' } };
    const optie: Optie = {
      color: KLEUREN,
      animation: false,
      // Rich text: the tooltip is drawn in the canvas, not as HTML with style attributes (the CSP forbids those).
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: series.length > 1, top: 0, textStyle: { color: '#333' } },
      grid: { left: 8, right: 16, top: series.length > 1 ? 48 : 16, bottom: 8, containLabel: true },
      xAxis: liggend ? waardeAs : categorieAs,
      yAxis: liggend ? { ...categorieAs, inverse: true } : waardeAs,
      series: series.map((serie) =>
        soort === 'lijn'
          ? ({
              type: 'line',
              name: serie.naam,
              data: serie.waarden.map((w) => w ?? '-'),
              connectNulls: false,
              symbolSize: 8,
            } satisfies LineSeriesOption)
          : ({
              type: 'bar',
              name: serie.naam,
              data: serie.waarden.map((w) => w ?? '-'),
              ...(gestapeld ? { stack: 'totaal' } : {}),
            } satisfies BarSeriesOption),
      ),
    };
    grafiek.setOption(optie);
    const maat = new ResizeObserver(() => grafiek.resize());
    maat.observe(element);
    return () => {
      maat.disconnect();
      grafiek.dispose();
    };
  }, [inhoud]);
  return (
    <figure className="sluitend-grafiek">
      <figcaption className="utrecht-paragraph">
        <strong>{titel}</strong>
      </figcaption>
      <div
        ref={vlak}
        className={`sluitend-grafiek__vlak${liggend ? ' sluitend-grafiek__vlak--hoog' : ''}`}
        role="img"
        aria-label={beschrijf(titel, categorieen, series)}
      />
    </figure>
  );
}
