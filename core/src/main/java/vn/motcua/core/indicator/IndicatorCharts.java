package vn.motcua.core.indicator;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The dashboards' charts drawn on the server with JFreeChart as PNG images, in Liberation Sans (it has every
 * Vietnamese letter; the JDK's logical fonts may not on a bare server), sized for a 1366×768 screen.
 */
public final class IndicatorCharts {
    public static final int WIDTH = 620;
    public static final int HEIGHT = 300;
    private static final Color BLUE = new Color(0x1a, 0x73, 0xc8);
    private static final Color GREY = new Color(0xb0, 0xbc, 0xc8);
    private static final Color GREEN = new Color(0x2e, 0x8b, 0x57);
    private static final StandardChartTheme THEME = theme();

    private IndicatorCharts() {
    }

    /** Received per month (bars) with the on-time rate (%) as a second series. */
    public static byte[] trend(List<IndicatorService.Month> months, String title) {
        DefaultCategoryDataset rate = new DefaultCategoryDataset();
        DefaultCategoryDataset score = new DefaultCategoryDataset();
        for (IndicatorService.Month m : months) {
            String label = String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear() % 100);
            Figures f = m.figures();
            rate.addValue(f.ended() == 0 ? null : 100.0 * f.onTimeOrEarly() / f.ended(), "Tỷ lệ đúng hạn (%)", label);
            score.addValue(Scorecard.score(f).outOf100().orElse(null), "Điểm (quy đổi 100)", label);
            rate.addValue(f.received() == 0 ? null : 100.0 * f.get(vn.motcua.core.dossier.Tally.RECEIVED_ONLINE) / f.received(),
                    "Tỷ lệ trực tuyến (%)", label);
        }
        for (Object key : score.getColumnKeys()) {
            rate.addValue(score.getValue("Điểm (quy đổi 100)", (Comparable) key), "Điểm (quy đổi 100)", (Comparable) key);
        }
        JFreeChart chart = new JFreeChart(title, THEME.getExtraLargeFont(), new CategoryPlot(), true);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setDataset(rate);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis("Tháng"));
        NumberAxis axis = new NumberAxis("%");
        axis.setRange(0, 105);
        plot.setRangeAxis(axis);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, BLUE);
        lines.setSeriesPaint(1, GREEN);
        lines.setSeriesPaint(2, new Color(0xd9, 0x82, 0x1e));
        plot.setRenderer(lines);
        THEME.apply(chart);
        return png(chart);
    }

    /** Each group's points earned as a share of its measurable points (%), this period against the previous one. */
    public static byte[] groups(Scorecard.Score now, Scorecard.Score previous, String nowLabel, String previousLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Scorecard.Group g : Scorecard.Group.values()) {
            data.addValue(now.group(g).ratio().map(r -> r * 100).orElse(null), nowLabel, g.label());
            data.addValue(previous.group(g).ratio().map(r -> r * 100).orElse(null), previousLabel, g.label());
        }
        return bars(data, "Điểm theo nhóm chỉ số (% điểm đo được)", "Nhóm chỉ số", "%", 105, BLUE, GREY);
    }

    /** How many centers score in each band of ten points. */
    public static byte[] distribution(List<IndicatorService.CenterRow> centers) {
        int[] bands = new int[10];
        for (IndicatorService.CenterRow c : centers) {
            c.score().outOf100().ifPresent(s -> bands[Math.min(9, (int) (s / 10))]++);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < 10; i++) {
            data.addValue(bands[i], "Số trung tâm", (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 9));
        }
        return bars(data, "Phân bố điểm của các trung tâm", "Điểm (quy đổi 100)", "Số trung tâm", 0, BLUE, GREY);
    }

    private static byte[] bars(DefaultCategoryDataset data, String title, String x, String y, double max, Color a, Color b) {
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(title, x, y, data, PlotOrientation.VERTICAL, true, false, false);
        THEME.apply(chart);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        if (max > 0) {
            plot.getRangeAxis().setRange(0, max);
        } else {
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, a);
        renderer.setSeriesPaint(1, b);
        return png(chart);
    }

    private static byte[] png(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xf7, 0xf9, 0xfb));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StandardChartTheme theme() {
        System.setProperty("java.awt.headless", "true");
        Font base = font("liberation/LiberationSans-Regular.ttf");
        Font bold = font("liberation/LiberationSans-Bold.ttf");
        StandardChartTheme theme = new StandardChartTheme("MotCua");
        theme.setExtraLargeFont(bold.deriveFont(15f));
        theme.setLargeFont(bold.deriveFont(12f));
        theme.setRegularFont(base.deriveFont(11f));
        theme.setSmallFont(base.deriveFont(10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(new Color(0xf7, 0xf9, 0xfb));
        return theme;
    }

    private static Font font(String resource) {
        try (InputStream in = IndicatorCharts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        }
    }
}
